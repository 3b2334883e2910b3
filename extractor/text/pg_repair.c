/* pg_repair.c - layout repair: original text to clean text + map (see .h).
 *
 * Five passes over a growing buffer of (code point, original index) pairs,
 * each keeping the pairs honest so every clean character can be traced back:
 *
 *   1. fold    - full-width Latin letters, digits, a few symbols and the
 *                ideographic space become ASCII, 1:1 (utf8proc NFKC of the
 *                single character).  Chinese punctuation (，。（）：“”) is
 *                left alone: the recognizers expect it.
 *   2. columns - a paragraph whose two PDF columns were interleaved line by
 *                line ("left0 right0 left1 right1 ...", separated by single
 *                spaces) is rebuilt as left column, paragraph break, right
 *                column.  The decision is statistical and document-local:
 *                for the fragment boundaries, how often does the character
 *                pair (last of fragment i, first of fragment i+1) occur
 *                elsewhere in the document unbroken, against the pair
 *                (last of i, first of i+2)?  Mid-word line breaks make the
 *                alternate pairs common words ("研|究", "赞比|亚").  Runs of
 *                such paragraphs separated by blank lines continue their
 *                columns; a long unbroken line ends the interleave.
 *   2b. unwrap - a hard-wrapped text (print or PDF layout: most lines
 *                within a few columns of one width) loses the line breaks
 *                that follow a full line not ending a sentence, so words
 *                and names the layout cut are whole again (常晖表|示);
 *                a break between two Latin words becomes a space.
 *   3. spaces  - a single space inside a line between two Han characters
 *                (or Han and CJK punctuation, digits or Latin) is a line
 *                wrap scar and is dropped; spaces between Latin words and
 *                digits, and runs of spaces, are kept.
 *   4. t2s     - when the head of the text (up to a break after its
 *                first 4000 Han characters) changes noticeably under
 *                OpenCC's t2s, the rest is converted too and the text
 *                becomes simplified Chinese, 1:1 (the converted text when
 *                the code point count is preserved, else character by
 *                character).  Each character goes through OpenCC once.
 *
 * OpenCC loads its dictionaries when opened (milliseconds), so a pg_t2s
 * (see pg_repair.h) opens it once, on the first document that needs it,
 * and keeps it for the documents after; plain pg_repair opens and closes
 * one per call.
 *
 * Inserted characters (the paragraph break between columns) map to the
 * original index of the next original character.  Pass 2 reorders text,
 * so map[] is not monotonic there; pg_doc_orig_span() widens for that.
 *
 * Known weakness: the column detector needs >= 6 fragments of 5-30
 * characters and enough repeated bigrams in the document to decide; short
 * documents with interleaved columns are left as they are.
 */
#include "pg_repair.h"
#include "pg_text.h"

#include <math.h>
#include <opencc/opencc.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* A buffer of clean code points with their original indexes. */
typedef struct rbuf {
  uint32_t *cp;  /* code points                    */
  size_t *map;   /* original index of each         */
  size_t n, cap;
} rbuf;

static int rbuf_reserve(rbuf *b, size_t need)
{
  size_t cap = b->cap ? b->cap : 64;
  uint32_t *cp;
  size_t *map;

  if (need <= b->cap)
    return 0;
  while (cap < need)
    cap *= 2;
  cp = realloc(b->cp, cap * sizeof *cp);
  if (!cp)
    return -1;
  b->cp = cp;
  map = realloc(b->map, (cap + 1) * sizeof *map);
  if (!map)
    return -1;
  b->map = map;
  b->cap = cap;
  return 0;
}

static int rbuf_push(rbuf *b, uint32_t c, size_t orig)
{
  if (b->n + 1 > b->cap && rbuf_reserve(b, b->n + 1))
    return -1;
  b->cp[b->n] = c;
  b->map[b->n] = orig;
  b->n++;
  return 0;
}

/* Appends src[b, e) (cp and map) to dst. */
static int rbuf_append(rbuf *dst, const rbuf *src, size_t b, size_t e)
{
  if (e <= b)
    return 0;
  if (rbuf_reserve(dst, dst->n + (e - b)))
    return -1;
  memcpy(dst->cp + dst->n, src->cp + b, (e - b) * sizeof *src->cp);
  memcpy(dst->map + dst->n, src->map + b, (e - b) * sizeof *src->map);
  dst->n += e - b;
  return 0;
}

static void rbuf_free(rbuf *b)
{
  free(b->cp);
  free(b->map);
  b->cp = NULL;
  b->map = NULL;
  b->n = b->cap = 0;
}

/* ---------------------------------------------------------------- fold */

/* Full-width forms we fold: letters, digits, a few symbols that never act
 * as Chinese punctuation, and the ideographic space. */
static int foldable(uint32_t c)
{
  if (c == 0x3000)
    return 1;
  if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
      (c >= 0xFF41 && c <= 0xFF5A))
    return 1;
  return c == 0xFF03 || c == 0xFF04 || c == 0xFF05 || c == 0xFF06 ||
         c == 0xFF0A || c == 0xFF0B || c == 0xFF0F || c == 0xFF1D ||
         c == 0xFF20 || c == 0xFF3F;
}

/* NFKC of one code point through utf8proc, when that is one code point. */
static uint32_t fold_char(uint32_t c)
{
  utf8proc_int32_t out[4];
  utf8proc_ssize_t n;
  int last = 0;

  if (!foldable(c))
    return c;
  n = utf8proc_decompose_char((utf8proc_int32_t)c, out, 4,
                              UTF8PROC_COMPAT | UTF8PROC_COMPOSE, &last);
  if (n != 1 || out[0] < 0)
    return c;
  return (uint32_t)out[0];
}

static void pass_fold(rbuf *b)
{
  size_t i;

  for (i = 0; i < b->n; i++)
    b->cp[i] = fold_char(b->cp[i]);
}

/* ------------------------------------------------------------- classes */

static int is_latin_letter(uint32_t c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_cjk_punct(uint32_t c)
{
  return (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF1F) || (c >= 0x2018 && c <= 0x201F) ||
         c == 0x2014 || c == 0x2026 || c == 0x00B7 || c == 0xFF3B ||
         c == 0xFF3D || c == 0xFF5B || c == 0xFF5D;
}

static int is_ascii_punct(uint32_t c)
{
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' ||
         c == ')' || c == '!' || c == '?' || c == '"' || c == '\'';
}

static int is_terminal(uint32_t c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B ||
         c == '!' || c == '?' || c == ';' || c == 0x2026;
}

/* --------------------------------------------------------------- pairs */

/* Counts of adjacent code point pairs in the document (open addressing). */
typedef struct pairtab {
  uint64_t *key;  /* (a << 32 | b) + 1; 0 = empty */
  uint32_t *cnt;
  size_t cap;     /* power of two                  */
  size_t used;    /* distinct pairs stored         */
} pairtab;

static size_t pair_slot(const pairtab *t, uint64_t k)
{
  size_t h = (size_t)((k * 0x9E3779B97F4A7C15ULL) >> 17) & (t->cap - 1);

  while (t->key[h] && t->key[h] != k)
    h = (h + 1) & (t->cap - 1);
  return h;
}

static uint32_t pair_count(const pairtab *t, uint32_t a, uint32_t b)
{
  uint64_t k = (((uint64_t)a << 32) | b) + 1;

  return t->key ? t->cnt[pair_slot(t, k)] : 0;
}

#define PG_PAIR_CAP ((size_t)1 << 21) /* bounds the table's memory */

/* Fills t with the pairs of b (both characters non-space). */
static int pair_build(pairtab *t, const rbuf *b)
{
  size_t i, h;

  t->cap = 1024;
  while (t->cap < 2 * b->n + 2 && t->cap < PG_PAIR_CAP)
    t->cap *= 2;
  t->key = calloc(t->cap, sizeof *t->key);
  t->cnt = calloc(t->cap, sizeof *t->cnt);
  if (!t->key || !t->cnt)
    return -1;
  for (i = 0; i + 1 < b->n; i++) {
    uint64_t k = (((uint64_t)b->cp[i] << 32) | b->cp[i + 1]) + 1;

    if (pg_is_space(b->cp[i]) || pg_is_space(b->cp[i + 1]))
      continue;
    h = pair_slot(t, k);
    if (!t->key[h]) {
      if (4 * (t->used + 1) > 3 * t->cap)
        continue; /* full: later pairs go uncounted */
      t->key[h] = k;
      t->used++;
    }
    t->cnt[h]++;
  }
  return 0;
}

static void pair_free(pairtab *t)
{
  free(t->key);
  free(t->cnt);
  t->key = NULL;
  t->cnt = NULL;
}

/* ------------------------------------------------------------- columns */

#define PG_MAX_FRAGS 512 /* fragments examined per paragraph            */
#define PG_FRAG_MIN 5    /* shortest column line fragment (code points) */
#define PG_FRAG_MAX 30   /* longer: an unbroken line, ends interleave   */

/* One line split into fragments at single spaces that are not next to a
 * Latin letter ("大模型 DeepSeek 等" stays one fragment). */
typedef struct para {
  size_t b, e;                 /* the line [b, e) without '\n'       */
  size_t fb[PG_MAX_FRAGS];     /* fragment starts                    */
  size_t fe[PG_MAX_FRAGS];     /* fragment ends                      */
  size_t nf;                   /* fragments before the tail          */
  size_t tail;                 /* start of the unbroken tail, or e   */
  int interleaved;             /* decided by para_decide()           */
} para;

static int frag_sep(const rbuf *x, size_t i, size_t b, size_t e)
{
  if (x->cp[i] != ' ' || i == b || i + 1 >= e)
    return 0;
  if (pg_is_space(x->cp[i - 1]) || pg_is_space(x->cp[i + 1]))
    return 0;
  return !is_latin_letter(x->cp[i - 1]) && !is_latin_letter(x->cp[i + 1]);
}

/* Splits line [b, e) of x into fragments; stops at the first long one. */
static void para_split(para *p, const rbuf *x, size_t b, size_t e)
{
  size_t i, s = b;

  p->b = b;
  p->e = e;
  p->nf = 0;
  p->tail = e;
  p->interleaved = 0;
  for (i = b; i <= e; i++) {
    if (i < e && !frag_sep(x, i, b, e))
      continue;
    if (i - s > PG_FRAG_MAX || p->nf == PG_MAX_FRAGS) {
      p->tail = s;
      return;
    }
    p->fb[p->nf] = s;
    p->fe[p->nf] = i;
    p->nf++;
    s = i + 1;
  }
}

/* Decides whether p's fragments alternate between two columns. */
static void para_decide(para *p, const rbuf *x, const pairtab *t)
{
  double seq = 0, alt = 0;
  size_t i, nshort = 0;

  if (p->nf < 6)
    return;
  for (i = 0; i < p->nf; i++)
    if (p->fe[i] - p->fb[i] < PG_FRAG_MIN)
      nshort++;
  if (nshort * 4 > p->nf)
    return;
  for (i = 0; i + 1 < p->nf; i++)
    seq += log1p(pair_count(t, x->cp[p->fe[i] - 1], x->cp[p->fb[i + 1]]));
  for (i = 0; i + 2 < p->nf; i++)
    alt += log1p(pair_count(t, x->cp[p->fe[i] - 1], x->cp[p->fb[i + 2]]));
  seq /= (double)(p->nf - 1);
  alt /= (double)(p->nf - 2);
  p->interleaved = alt >= 0.8 && alt > seq + 0.5;
}

/* Appends the fragments of column col (0 left, 1 right) of p to out. */
static int emit_column(rbuf *out, const rbuf *x, const para *p, int col)
{
  size_t i;

  for (i = (size_t)col; i < p->nf; i += 2)
    if (rbuf_append(out, x, p->fb[i], p->fe[i]))
      return -1;
  return 0;
}

/* Paragraph break between column chunks; it maps to the next original
 * character, which is the first character of the next chunk. */
static int emit_break(rbuf *out, size_t next_orig)
{
  return rbuf_push(out, '\n', next_orig) || rbuf_push(out, '\n', next_orig);
}

/* First fragment of column col in p, for the map of a break before it. */
static size_t col_first(const rbuf *x, const para *p, int col)
{
  return x->map[p->fb[(size_t)col < p->nf ? (size_t)col : 0]];
}

/* Appends one column of a run of interleaved paragraphs g[0..ng) to out.
 * A chunk that ends a sentence starts a new paragraph in the column; one
 * that does not is continued by the next paragraph's chunk. */
static int emit_run_column(rbuf *out, const rbuf *x, const para *g,
                           size_t ng, int col)
{
  size_t k;

  for (k = 0; k < ng; k++) {
    if (k && out->n && is_terminal(out->cp[out->n - 1]) &&
        emit_break(out, col_first(x, &g[k], col)))
      return -1;
    if (emit_column(out, x, &g[k], col))
      return -1;
  }
  return 0;
}

/* The last paragraph's tail goes on with the column of its last fragment,
 * unless the other column reads on better into it. */
static int tail_column(const rbuf *x, const para *p, const pairtab *t)
{
  int last = (int)((p->nf - 1) % 2);
  uint32_t first = x->cp[p->tail];
  uint32_t a = pair_count(t, x->cp[p->fe[p->nf - 1] - 1], first);
  uint32_t b = pair_count(t, x->cp[p->fe[p->nf - 2] - 1], first);

  return b > a ? 1 - last : last;
}

/* Emits a run of interleaved paragraphs: left, break, right (+ tail). */
static int emit_run(rbuf *out, const rbuf *x, const para *g, size_t ng,
                    const pairtab *t)
{
  const para *l = &g[ng - 1];
  int tc = l->tail < l->e ? tail_column(x, l, t) : -1;

  if (emit_run_column(out, x, g, ng, 0))
    return -1;
  if (tc == 0 && rbuf_append(out, x, l->tail, l->e))
    return -1;
  if (emit_break(out, col_first(x, &g[0], 1)) ||
      emit_run_column(out, x, g, ng, 1))
    return -1;
  if (tc == 1 && rbuf_append(out, x, l->tail, l->e))
    return -1;
  return 0;
}

/* End of the line starting at i. */
static size_t line_end(const rbuf *x, size_t i)
{
  while (i < x->n && x->cp[i] != '\n')
    i++;
  return i;
}

/* Skips blank lines from i (which is at a '\n'); returns the start of the
 * next non-blank line, or x->n. */
static size_t next_para(const rbuf *x, size_t i)
{
  size_t j = i;

  while (j < x->n && pg_is_space(x->cp[j]))
    j++;
  while (j > i && x->cp[j - 1] != '\n')
    j--;
  return j;
}

/* Collects a run of interleaved paragraphs starting with the line at b
 * into g (capacity gcap).  Returns how many; 0 if the line is not one.
 * *end is set to where the run ends (end of its last line). */
static size_t collect_run(const rbuf *x, size_t b, const pairtab *t,
                          para *g, size_t gcap, size_t *end)
{
  size_t ng = 0, e;

  while (ng < gcap && b < x->n) {
    e = line_end(x, b);
    para_split(&g[ng], x, b, e);
    para_decide(&g[ng], x, t);
    if (!g[ng].interleaved)
      break;
    *end = e;
    ng++;
    if (g[ng - 1].tail < e || e >= x->n)
      break;
    b = next_para(x, e);
  }
  return ng;
}

#define PG_RUN_MAX 8 /* interleaved paragraphs joined into one run */

/* Pass 2: reassembles interleaved columns of x into out (t: x's pairs). */
static int pass_columns(rbuf *out, const rbuf *x, const pairtab *t)
{
  para *g = malloc(PG_RUN_MAX * sizeof *g);
  size_t i = 0, e, end, ng;
  int rc = -1;

  if (!g)
    goto done;
  while (i < x->n) {
    e = line_end(x, i);
    ng = collect_run(x, i, t, g, PG_RUN_MAX, &end);
    if (ng) {
      if (emit_run(out, x, g, ng, t))
        goto done;
      e = end;
    } else if (rbuf_append(out, x, i, e)) {
      goto done;
    }
    if (e < x->n && rbuf_append(out, x, e, e + 1))
      goto done;
    i = e + 1;
  }
  rc = 0;
done:
  free(g);
  return rc;
}

/* Whether some line is an interleaved paragraph (then the column pass
 * rebuilds the text; else it is skipped, saving a copy). */
static int has_columns(const rbuf *x, const pairtab *t)
{
  para *p = malloc(sizeof *p);
  size_t i = 0, e, spaces;
  int found = 0;

  while (p && i < x->n && !found) {
    for (e = i, spaces = 0; e < x->n && x->cp[e] != '\n'; e++)
      spaces += x->cp[e] == ' ';
    if (spaces >= 5) {
      para_split(p, x, i, e);
      para_decide(p, x, t);
      found = p->interleaved;
    }
    i = e + 1;
  }
  free(p);
  return found;
}

/* -------------------------------------------------------------- unwrap */

/* Display width of a character in a fixed-width layout: Han and
 * full-width forms take two columns. */
static int cell_width(uint32_t c)
{
  return (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                 (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
                 (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
                 c == 0x201C || c == 0x201D || c == 0x2014 || c == 0x2026
             ? 2
             : 1;
}

#define PG_WRAP_MIN_LINES 8  /* full lines that make a hard-wrapped text */
#define PG_WRAP_MIN_WIDTH 16 /* columns: narrower lines are no wrap width */
#define PG_WRAP_SLACK 3      /* columns a full line may fall short by     */
#define PG_WRAP_MAX_WIDTH 512

/* The wrap width of a hard-wrapped text (print or PDF layout: lines cut
 * at a fixed width, 前三季度主要金融数据变化怎么看（高质量 / 发展看亮点), or
 * 0: the most common line width, when at least PG_WRAP_MIN_LINES lines
 * and a quarter of the lines of that width or more are within
 * PG_WRAP_SLACK columns of it. */
static int wrap_width(const rbuf *x)
{
  unsigned hist[PG_WRAP_MAX_WIDTH + 1] = {0};
  size_t i, lines = 0;
  int w = 0, best = 0, k;
  unsigned near = 0, wide = 0;

  for (i = 0; i <= x->n; i++) {
    if (i == x->n || x->cp[i] == '\n') {
      if (w >= PG_WRAP_MIN_WIDTH && w <= PG_WRAP_MAX_WIDTH)
        hist[w]++, lines++;
      w = 0;
      continue;
    }
    w += cell_width(x->cp[i]);
  }
  if (lines < PG_WRAP_MIN_LINES)
    return 0;
  for (k = PG_WRAP_MIN_WIDTH; k <= PG_WRAP_MAX_WIDTH; k++)
    if (hist[k] && (!best || hist[k] > hist[best]))
      best = k;
  if (!best)
    return 0;
  for (k = PG_WRAP_MIN_WIDTH; k <= PG_WRAP_MAX_WIDTH; k++) {
    if (k >= best - PG_WRAP_SLACK && k <= best + 1)
      near += hist[k];
    if (k >= best - PG_WRAP_SLACK)
      wide += hist[k];
  }
  return near >= PG_WRAP_MIN_LINES && near * 4 >= lines && near * 10 >= wide * 8
             ? best
             : 0;
}

/* Pass 2b: in a hard-wrapped text, a line break after a full line that
 * does not end a sentence is a wrap, not a break: it is dropped (a space
 * between two Latin words), so words and names cut by the layout are whole
 * again (常晖表 / 示, 董 / 希淼).  In place, like pass_spaces. */
static void pass_unwrap(rbuf *x)
{
  int ww = wrap_width(x), w = 0;
  size_t i, k = 0;

  if (!ww)
    return;
  for (i = 0; i < x->n; i++) {
    uint32_t c = x->cp[i];
    if (c == '\n') {
      if (w >= ww - PG_WRAP_SLACK && k > 0 && i + 1 < x->n &&
          x->cp[i + 1] != '\n' && !pg_is_space(x->cp[i + 1]) &&
          !is_terminal(x->cp[k - 1]) && x->cp[k - 1] != 0xFF1A &&
          x->cp[k - 1] != 0x201D) {
        w = 0;
        if (!(pg_is_latin_alnum(x->cp[k - 1]) &&
              pg_is_latin_alnum(x->cp[i + 1])))
          continue;
        c = ' '; /* Latin words on both sides stay apart */
      } else {
        w = 0;
      }
    } else {
      w += cell_width(c);
    }
    x->cp[k] = c;
    x->map[k] = x->map[i];
    k++;
  }
  x->n = k;
}

/* -------------------------------------------------------------- spaces */

/* Classes for the space rule: 0 other, 1 Han, 2 CJK punctuation,
 * 3 Latin letter or digit, 4 ASCII punctuation. */
static int sp_class(uint32_t c)
{
  if (pg_is_han(c))
    return 1;
  if (is_cjk_punct(c))
    return 2;
  if (pg_is_latin_alnum(c))
    return 3;
  if (is_ascii_punct(c))
    return 4;
  return 0;
}

/* Whether the single space between a and b is a line-wrap scar. */
static int stray_space(uint32_t a, uint32_t b)
{
  int ca = sp_class(a), cb = sp_class(b);

  if (!ca || !cb)
    return 0;
  if (ca == 1 || cb == 1)
    return 1; /* Han next to Han, punctuation, Latin or digits */
  return (ca == 2 && cb != 0) || (cb == 2 && ca != 0);
}

#define PG_JOIN_MIN 3 /* pair count that makes a broken word across a
                         blank line (a page break) whole again */

/* Whether the blank line at x[i], x[i+1] ("\n\n") splits a word: Han on
 * both sides, no sentence end before, and the pair a common one. */
static int stray_break(const rbuf *x, size_t i, const pairtab *t)
{
  if (i == 0 || i + 2 >= x->n || x->cp[i] != '\n' || x->cp[i + 1] != '\n')
    return 0;
  if (!pg_is_han(x->cp[i - 1]) || !pg_is_han(x->cp[i + 2]))
    return 0;
  return pair_count(t, x->cp[i - 1], x->cp[i + 2]) >= PG_JOIN_MIN;
}

/* Pass 3: drops stray spaces (and word-splitting blank lines) of x, in
 * place (a filter: it only ever writes behind where it reads). */
static void pass_spaces(rbuf *x, const pairtab *t)
{
  size_t i, k = 0;

  for (i = 0; i < x->n; i++) {
    if (x->cp[i] == ' ' && i > 0 && i + 1 < x->n &&
        !pg_is_space(x->cp[i - 1]) && !pg_is_space(x->cp[i + 1]) &&
        stray_space(x->cp[i - 1], x->cp[i + 1]))
      continue;
    if (stray_break(x, i, t)) {
      i++;
      continue;
    }
    x->cp[k] = x->cp[i];
    x->map[k] = x->map[i];
    k++;
  }
  x->n = k;
}

/* ----------------------------------------------------------------- t2s */

/* Converts UTF-8 s with cc; returns the code points (caller frees) and
 * their count, or NULL. */
static uint32_t *cc_convert(opencc_t cc, const char *s, size_t *n)
{
  char *conv = opencc_convert_utf8(cc, s, strlen(s));
  uint32_t *cp = NULL;
  size_t bad;

  if (!conv)
    return NULL;
  if (pg_utf8_decode(conv, strlen(conv), &cp, n, &bad))
    cp = NULL;
  opencc_convert_utf8_free(conv);
  return cp;
}

/* Converts code points cp[0..n) with cc into *out (caller frees; NULL
 * when OpenCC failed) and *out_n.  0, or -1 on out of memory. */
static int cc_convert_cp(opencc_t cc, const uint32_t *cp, size_t n,
                         uint32_t **out /* OUT */, size_t *out_n /* OUT */)
{
  char *u = pg_utf8_encode(cp, n);

  *out = u ? cc_convert(cc, u, out_n) : NULL;
  free(u);
  return u ? 0 : -1;
}

#define PG_T2S_SAMPLE 4000 /* Han characters that decide */

/* Can OpenCC's t2s join c with a neighbour into one word?  Its
 * dictionaries (TSPhrases, TSCharacters) hold words of Han characters
 * only, so not when c is Latin, a space, a line break or punctuation. */
static int t2s_joins(uint32_t c)
{
  return !(c < 0x2E80 || (c >= 0x3000 && c <= 0x303F) ||
           (c >= 0xFF00 && c <= 0xFFEF));
}

/* Where to cut x into a head that decides and a rest: after the first
 * character that no word spans (t2s_joins) following the PG_T2S_SAMPLE-th
 * Han character, or at the end.  Converting the two parts apart gives
 * what converting the whole text gives. */
static size_t t2s_cut(const rbuf *x)
{
  size_t i, k = 0;

  for (i = 0; i < x->n && k < PG_T2S_SAMPLE; i++)
    k += pg_is_han(x->cp[i]) != 0;
  for (; i < x->n; i++)
    if (!t2s_joins(x->cp[i]))
      return i + 1;
  return x->n;
}

/* Whether head o[0..n), converted to c[0..cn), looks traditional: at
 * least 3 of its Han characters, and 1 in 100, change (a conversion that
 * is not 1:1 counts as 3 changes). */
static int looks_traditional(const uint32_t *o, size_t n, const uint32_t *c,
                             size_t cn)
{
  size_t i, k = 0, diff = 0;

  for (i = 0; i < n; i++) {
    if (!pg_is_han(o[i]))
      continue;
    k++;
    diff += i < cn && c[i] != o[i];
  }
  if (cn != n)
    diff += 3;
  return k >= 2 && diff >= 3 && diff * 100 >= k;
}

/* Converts the Han characters of x one at a time. */
static void t2s_per_char(opencc_t cc, rbuf *x)
{
  size_t i, n;
  uint32_t *c;
  char u[8];

  for (i = 0; i < x->n; i++) {
    if (!pg_is_han(x->cp[i]))
      continue;
    u[pg_utf8_put(u, x->cp[i])] = '\0';
    c = cc_convert(cc, u, &n);
    if (c && n == 1)
      x->cp[i] = c[0];
    free(c);
  }
}

/* Very frequent characters whose simplified and traditional forms differ
 * (这/這, 们/們, ...), as parallel code point lists: a text with several
 * simplified forms and no traditional one is simplified, and OpenCC (a few
 * milliseconds to load its dictionaries) is not opened at all. */
static const uint32_t simp_forms[] = {0x8FD9, 0x4EEC, 0x56FD, 0x8BF4, 0x65F6,
                                      0x4E3A, 0x6765, 0x4F1A, 0x4E2A, 0x53D1,
                                      0x7ECF, 0x5BF9};
static const uint32_t trad_forms[] = {0x9019, 0x5011, 0x570B, 0x8AAA, 0x6642,
                                      0x70BA, 0x4F86, 0x6703, 0x500B, 0x767C,
                                      0x7D93, 0x5C0D};

static int surely_simplified(const rbuf *x)
{
  size_t i, k, simp = 0, n = sizeof simp_forms / sizeof *simp_forms;

  for (i = 0; i < x->n; i++) {
    if (x->cp[i] < 0x4E00 || x->cp[i] > 0x9FFF)
      continue;
    for (k = 0; k < n; k++) {
      if (x->cp[i] == trad_forms[k])
        return 0;
      simp += x->cp[i] == simp_forms[k];
    }
  }
  return simp >= 3;
}

struct pg_t2s {
  opencc_t cc;  /* owned; (opencc_t)-1 until opened or when it failed */
  int tried;    /* 1: opencc_open was called                         */
};

pg_t2s *pg_new_t2s(void)
{
  pg_t2s *t = calloc(1, sizeof *t);

  if (t)
    t->cc = (opencc_t)-1;
  return t;
}

void pg_free_t2s(pg_t2s *t)
{
  if (!t)
    return;
  if (t->cc != (opencc_t)-1)
    opencc_close(t->cc);
  free(t);
}

/* The converter of t, opened on first use; (opencc_t)-1 if OpenCC is
 * not available (warned about for each document that needed it). */
static opencc_t t2s_open(pg_t2s *t, pg_log *log)
{
  if (!t->tried) {
    t->tried = 1;
    t->cc = opencc_open("t2s.json");
  }
  if (t->cc == (opencc_t)-1)
    pg_log_msg(log, PG_LOG_WARN, NULL,
               "OpenCC t2s.json not available: traditional Chinese is not "
               "converted");
  return t->cc;
}

/* Pass 4: traditional to simplified, 1:1, when the text looks
 * traditional.  t (borrowed) holds the converter.  The head decides, and
 * the rest is converted only then (see t2s_cut).  Failing to load OpenCC
 * is a warning, not an error. */
static int pass_t2s(rbuf *x, pg_t2s *t, pg_log *log)
{
  opencc_t cc = t2s_open(t, log);
  uint32_t *head = NULL, *rest = NULL;
  size_t cut, nh = 0, nr = 0;
  int rc = 0;

  if (cc == (opencc_t)-1)
    return 0;
  cut = t2s_cut(x);
  if (cc_convert_cp(cc, x->cp, cut, &head, &nh))
    return -1;
  if (!head || !looks_traditional(x->cp, cut, head, nh))
    goto done; /* OpenCC failing counts as no change */
  if (cut < x->n && (rc = cc_convert_cp(cc, x->cp + cut, x->n - cut, &rest,
                                        &nr)))
    goto done;
  if (nh == cut && (cut == x->n || (rest && nr == x->n - cut))) {
    memcpy(x->cp, head, nh * sizeof *head);
    if (rest)
      memcpy(x->cp + cut, rest, nr * sizeof *rest);
  } else {
    t2s_per_char(cc, x);
  }
done:
  free(head);
  free(rest);
  return rc;
}

/* ---------------------------------------------------------------- main */

/* Moves b into doc (ccp, cn, map with map[cn] = on). */
static void install(pg_doc *doc, rbuf *b)
{
  free(doc->ccp);
  free(doc->map);
  b->map[b->n] = doc->on;
  doc->ccp = b->cp;
  doc->map = b->map;
  doc->cn = b->n;
  b->cp = NULL;
  b->map = NULL;
}

static int has_han(const rbuf *x)
{
  size_t i;

  for (i = 0; i < x->n; i++)
    if (pg_is_han(x->cp[i]))
      return 1;
  return 0;
}

int pg_repair_t2s(pg_doc *doc, const pg_repair_opts *opts, pg_t2s *t2s,
                  pg_log *log)
{
  static const pg_repair_opts none;
  rbuf a = {0}, b = {0};
  pairtab t = {0};
  size_t i;

  if (!opts)
    opts = &none;
  if (rbuf_reserve(&a, doc->on + 1))
    goto oom;
  for (i = 0; i < doc->on; i++) {
    a.cp[i] = doc->ocp[i];
    a.map[i] = i;
  }
  a.n = doc->on;
  pass_fold(&a);
  if (pair_build(&t, &a))
    goto oom;
  if (!opts->no_columns && has_columns(&a, &t)) {
    if (pass_columns(&b, &a, &t))
      goto oom;
    rbuf_free(&a);
    a = b;
    memset(&b, 0, sizeof b);
  }
  if (!opts->no_unwrap)
    pass_unwrap(&a);
  pass_spaces(&a, &t);
  pair_free(&t);
  if (!opts->no_t2s && has_han(&a) && !surely_simplified(&a) &&
      pass_t2s(&a, t2s, log))
    goto oom;
  install(doc, &a);
  return 0;
oom:
  pair_free(&t);
  rbuf_free(&a);
  rbuf_free(&b);
  pg_log_msg(log, PG_LOG_ERROR, NULL, "layout repair: out of memory");
  return -1;
}

int pg_repair(pg_doc *doc, const pg_repair_opts *opts, pg_log *log)
{
  pg_t2s *t = pg_new_t2s();
  int rc;

  if (!t) {
    pg_log_msg(log, PG_LOG_ERROR, NULL, "layout repair: out of memory");
    return -1;
  }
  rc = pg_repair_t2s(doc, opts, t, log);
  pg_free_t2s(t);
  return rc;
}
