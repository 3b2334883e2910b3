/* pg_decode.c - bytes to the original text of a document (see pg_decode.h).
 *
 * Three steps: choose the encoding (the user's --encoding; else a BOM;
 * else, for markup, the charset the document declares in its XML
 * declaration or HTML <meta>; else UTF-16 by the first bytes of an XML
 * declaration; else UTF-8 when the bytes are valid UTF-8; else GB18030 or
 * BIG5, by which decoding yields more of the most frequent Chinese
 * characters), convert to UTF-8 (our own strict decoder for UTF-8, iconv
 * for the rest), then choose the format (the user's, else by the first
 * bytes) and, for HTML and XML, let pg_markup extract the article text
 * (pg_markup.c says why libxml2 gets UTF-8 rather than the raw bytes).
 * The text that comes out is doc->orig: every offset counts code points
 * in it.
 *
 * Bytes invalid in the chosen encoding are an error naming the byte offset
 * (and line, and for UTF-8 the column) and the encoding expected; with
 * lenient they become U+FFFD and one warning counts them.  When the
 * encoding was the document's declaration, bytes that contradict it are
 * an error naming the declaration and the bad byte's line and column (in
 * characters, counted in the text decoded before it).  Valid UTF-8 (with
 * PG_UTF8_EVIDENCE multi-byte sequences or more) under a declaration of
 * another encoding contradicts it too: GB18030 would decode most of it,
 * as mojibake - the usual fate of a page converted with iconv and its
 * <meta> left as it was.  With lenient the bytes win: a warning, and the
 * encoding is detected as if nothing were declared.  Known weakness: a
 * single-byte declaration (iso-8859-1) accepts any bytes, so GBK under it
 * reads as Latin-1.  Empty input and NUL bytes (binary files) are errors,
 * never crashes.
 */
#include "pg_decode.h"
#include "pg_markup.h"
#include "pg_text.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A growable byte buffer. */
typedef struct bbuf {
  char *p;
  size_t n, cap;
} bbuf;

static int bb_reserve(bbuf *b, size_t more)
{
  size_t cap = b->cap ? b->cap : 256;
  char *p;

  if (b->n + more + 1 <= b->cap)
    return 0;
  while (cap < b->n + more + 1)
    cap *= 2;
  if (!(p = realloc(b->p, cap)))
    return -1;
  b->p = p;
  b->cap = cap;
  return 0;
}

static int bb_put(bbuf *b, const char *s, size_t n)
{
  if (bb_reserve(b, n))
    return -1;
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
  return 0;
}

/* Where a bad byte is, for messages. */
typedef struct badpos {
  size_t off;     /* byte offset in the input, or (size_t)-1 if none */
  size_t count;   /* bad sequences replaced (lenient)                */
  int truncated;  /* the first bad sequence is cut by the input end   */
  size_t out_at;  /* UTF-8 bytes written before the first bad one     */
} badpos;

#define BADPOS_NONE {(size_t)-1, 0, 0, 0}

/* Whether the UTF-8 sequence at s[0..n) is a valid start cut short. */
static int utf8_cut(const unsigned char *s, size_t n)
{
  size_t need = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
  size_t i;

  if (!need || s[0] > 0xF4 || n >= need)
    return 0;
  for (i = 1; i < n; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  return 1;
}

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* UTF-8 to UTF-8, validated; invalid bytes replaced when lenient. */
static int conv_utf8(bbuf *out, const char *s, size_t len, int lenient,
                     badpos *bp)
{
  size_t i = 0, v;

  while (i < len) {
    v = pg_utf8_valid_len(s + i, len - i);
    if (bb_put(out, s + i, v))
      return -2;
    i += v;
    if (i == len)
      break;
    if (bp->off == (size_t)-1) {
      bp->off = i;
      bp->truncated = utf8_cut((const unsigned char *)s + i, len - i);
      bp->out_at = out->n;
    }
    if (!lenient)
      return -1;
    bp->count++;
    if (bb_put(out, REPLACEMENT, 3))
      return -2;
    i++;
  }
  return 0;
}

/* enc to UTF-8 through iconv; invalid bytes replaced when lenient.
 * Returns 0, -1 on invalid input, -2 out of memory, -3 unknown enc. */
static int conv_iconv(bbuf *out, const char *enc, const char *s, size_t len,
                      int lenient, badpos *bp)
{
  iconv_t cd = iconv_open("UTF-8", enc);
  char *in = (char *)s, *o;
  size_t inleft = len, oleft;
  int rc = 0;

  if (cd == (iconv_t)-1)
    return -3;
  while (inleft && !rc) {
    if (bb_reserve(out, inleft * 2 + 16)) {
      rc = -2;
      break;
    }
    o = out->p + out->n;
    oleft = out->cap - out->n - 1;
    if (iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1 || errno == E2BIG) {
      out->n = (size_t)(o - out->p);
      continue;
    }
    out->n = (size_t)(o - out->p);
    if (bp->off == (size_t)-1) {
      bp->off = (size_t)(in - s);
      bp->truncated = errno == EINVAL;
      bp->out_at = out->n;
    }
    if (!lenient) {
      rc = -1;
    } else {
      bp->count++;
      rc = bb_put(out, REPLACEMENT, 3) ? -2 : 0;
      in++;
      inleft--;
    }
  }
  if (out->p)
    out->p[out->n] = '\0';
  iconv_close(cd);
  return rc;
}

/* Frequent Chinese characters, simplified and traditional forms: a right
 * decoding of Chinese text is full of them, a wrong one almost never. */
static const char freq_chars[] =
    "的一是不了在人有我他这這中大为為上个個国國们們来來说說时時和地"
    "出也年会會发發展经經";

static size_t freq_score(const char *u, size_t n)
{
  size_t i = 0, score = 0;
  char ch[5];

  while (i < n) {
    size_t l = 1;

    while (i + l < n && ((unsigned char)u[i + l] & 0xC0) == 0x80)
      l++;
    if (l == 3) {
      memcpy(ch, u + i, 3);
      ch[3] = '\0';
      score += strstr(freq_chars, ch) != NULL;
    }
    i += l;
  }
  return score;
}

#define PG_GUESS_SAMPLE 65536 /* bytes looked at to tell GB from BIG5 */

/* GB18030 or BIG5 for bytes that are not UTF-8. */
static const char *guess_cjk(const unsigned char *b, size_t len)
{
  size_t n = len < PG_GUESS_SAMPLE ? len : PG_GUESS_SAMPLE;
  bbuf g = {0}, t = {0};
  badpos bg = BADPOS_NONE, bt = BADPOS_NONE;
  size_t sg, st;

  conv_iconv(&g, "GB18030", (const char *)b, n, 1, &bg);
  conv_iconv(&t, "BIG5-HKSCS", (const char *)b, n, 1, &bt);
  /* a cut at the sample's end may split one character: ignore 1 error */
  sg = freq_score(g.p ? g.p : "", g.n) * 4 / (1 + (bg.count > 1 ? bg.count : 0));
  st = freq_score(t.p ? t.p : "", t.n) * 4 / (1 + (bt.count > 1 ? bt.count : 0));
  free(g.p);
  free(t.p);
  return st > sg ? "BIG5" : "GB18030";
}

#define PG_UTF8_EVIDENCE 8 /* multi-byte sequences that make it UTF-8 */

/* UTF-8 when valid, or when the part before the first bad byte holds
 * enough multi-byte sequences that legacy encodings are implausible (a
 * damaged or truncated UTF-8 file then gets a precise error). */
static int looks_utf8(const unsigned char *b, size_t len)
{
  size_t v = pg_utf8_valid_len((const char *)b, len), i, multi = 0;

  if (v == len || utf8_cut(b + v, len - v))
    return 1;
  for (i = 0; i < v && multi < PG_UTF8_EVIDENCE; i++)
    multi += b[i] >= 0xC0;
  return multi >= PG_UTF8_EVIDENCE;
}

/* Canonical name of an encoding label, the user's or the document's
 * (iconv name in *iconv_name): the WHATWG labels of GBK and Big5 map to
 * the supersets GB18030 and BIG5-HKSCS, others go to iconv as written. */
static const char *canon_encoding(const char *e, const char **iconv_name)
{
  static const char *const u8[] = {"utf-8", "utf8", "unicode-1-1-utf-8",
                                   "unicode11utf8", "unicode20utf8",
                                   "x-unicode20utf8", NULL};
  static const char *const gb[] = {
      "gbk", "gb2312", "gb18030", "cp936", "euc-cn", "gb-2312", "x-gbk",
      "chinese", "csgb2312", "csiso58gb231280", "gb_2312", "gb_2312-80",
      "iso-ir-58", "ms936", "windows-936", "x-euc-cn", NULL};
  static const char *const b5[] = {"big5", "big-5", "cp950", "big5-hkscs",
                                   "cn-big5", "csbig5", "x-x-big5", "ms950",
                                   "windows-950", NULL};
  size_t i;

  for (i = 0; u8[i]; i++)
    if (!strcasecmp(e, u8[i]))
      return *iconv_name = "UTF-8";
  for (i = 0; gb[i]; i++)
    if (!strcasecmp(e, gb[i]))
      return *iconv_name = "GB18030";
  for (i = 0; b5[i]; i++)
    if (!strcasecmp(e, b5[i])) {
      *iconv_name = "BIG5-HKSCS";
      return "BIG5";
    }
  return *iconv_name = e;
}

/* The chosen encoding and how many BOM bytes to skip. */
typedef struct encsel {
  const char *name;     /* canonical, for doc->encoding               */
  const char *iconv;    /* name for iconv_open                        */
  size_t skip;          /* BOM length                                 */
  int declared;         /* chosen by the document's own declaration   */
  pg_charset_decl decl; /* that declaration (name and iconv may point
                           into decl.name)                            */
} encsel;

static const char *sniff_format(const char *u, size_t n);

/* Detection, for bytes without a BOM or a usable declaration. */
static encsel detect_encoding(const unsigned char *b, size_t len)
{
  encsel s = {"UTF-8", "UTF-8", 0, 0, {{0}, NULL, 0, 0}};

  /* XML's own autodetection (XML 1.0 appendix F): "<?" in UTF-16 */
  if (len >= 4 && !memcmp(b, "<\0?\0", 4))
    s.name = s.iconv = "UTF-16LE";
  else if (len >= 4 && !memcmp(b, "\0<\0?", 4))
    s.name = s.iconv = "UTF-16BE";
  else if (!looks_utf8(b, len)) {
    s.name = guess_cjk(b, len);
    s.iconv = strcmp(s.name, "BIG5") ? "GB18030" : "BIG5-HKSCS";
  }
  return s;
}

/* Whether iconv can convert from enc. */
static int iconv_knows(const char *enc)
{
  iconv_t cd = iconv_open("UTF-8", enc);

  if (cd == (iconv_t)-1)
    return 0;
  iconv_close(cd);
  return 1;
}

/* The encoding markup declares for itself, into s: 1 when usable (a
 * declaration of UTF-16 or UTF-32 in bytes read as ASCII, or of a charset
 * iconv does not know, is ignored with a warning). */
static int declared_encoding(encsel *s, const unsigned char *b, size_t len,
                             const char *fmt, const char *name, pg_log *log)
{
  pg_charset_decl *d = &s->decl;
  pg_locator loc = {name, 0, 0, -1};

  if (!fmt || !*fmt || !strcmp(fmt, "auto"))
    fmt = sniff_format((const char *)b, len);
  if ((strcmp(fmt, "html") && strcmp(fmt, "xml")) ||
      !pg_markup_declared_charset(b, len, !strcmp(fmt, "html"), d))
    return 0;
  loc.line = d->line;
  loc.byte = (long)d->byte;
  s->name = canon_encoding(d->name, &s->iconv);
  if (!strncasecmp(d->name, "utf-16", 6) || !strncasecmp(d->name, "utf16", 5) ||
      !strncasecmp(d->name, "utf-32", 6) || !strncasecmp(d->name, "ucs-", 4)) {
    pg_log_msg(log, PG_LOG_WARN, &loc,
               "%s declares charset \"%s\", but the bytes have no BOM and "
               "read as ASCII: declaration ignored", d->how, d->name);
    return 0;
  }
  if (!iconv_knows(s->iconv)) {
    pg_log_msg(log, PG_LOG_WARN, &loc,
               "%s declares charset \"%s\", which iconv does not know: "
               "declaration ignored, encoding detected", d->how, d->name);
    return 0;
  }
  s->declared = 1;
  return 1;
}

/* Fills *s (OUT; its name may point into s->decl, so s must outlive its
 * use).  user: --encoding, or NULL; fmt: --input-format, or NULL. */
static void choose_encoding(encsel *s, const unsigned char *b, size_t len,
                            const char *user, const char *fmt,
                            const char *name, pg_log *log)
{
  *s = (encsel){"UTF-8", "UTF-8", 0, 0, {{0}, NULL, 0, 0}};
  if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
    s->skip = 3;
  else if (len >= 2 && b[0] == 0xFF && b[1] == 0xFE)
    s->name = s->iconv = "UTF-16LE", s->skip = 2;
  else if (len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
    s->name = s->iconv = "UTF-16BE", s->skip = 2;
  if (user && *user && strcasecmp(user, "auto")) {
    s->name = canon_encoding(user, &s->iconv);
    if (strcmp(s->name, "UTF-8") && strncasecmp(s->name, "UTF-16", 6))
      s->skip = 0;
    return;
  }
  if (s->skip || declared_encoding(s, b, len, fmt, name, log))
    return; /* a BOM outranks any declaration */
  *s = detect_encoding(b, len);
}

/* Line and column (1-based, in characters) of the first bad byte: the
 * text decoded before it, u[0..n), ends there. */
static void locate(const char *u, size_t n, long *line, long *col)
{
  size_t i;

  *line = 1;
  *col = 1;
  for (i = 0; i < n; i++) {
    if (u[i] == '\n') {
      (*line)++;
      *col = 1;
    } else if (((unsigned char)u[i] & 0xC0) != 0x80) {
      (*col)++;
    }
  }
}

static void report_bad(pg_log *log, pg_locator *loc,
                       const unsigned char *b, size_t len, const encsel *e,
                       size_t off, int lenient, const badpos *bp)
{
  if (lenient)
    pg_log_msg(log, PG_LOG_WARN, loc,
               "%zu invalid %s sequence(s) replaced by U+FFFD (first at "
               "byte %zu)", bp->count, e->name, off);
  else if (bp->truncated || off >= len)
    pg_log_msg(log, PG_LOG_ERROR, loc,
               "truncated %s sequence at end of input: expected %s text "
               "(name another encoding with --encoding, or use --lenient)",
               e->name, e->name);
  else
    pg_log_msg(log, PG_LOG_ERROR, loc,
               "invalid %s at byte %zu (0x%02X): expected %s text (name "
               "another encoding with --encoding, or use --lenient)",
               e->name, off, b[off], e->name);
}

/* The document declared e->decl and the bytes disagree, as what says
 * ("invalid GB18030 at byte 26 (0xE5)"); instead names the encoding read
 * instead when lenient (a warning), else NULL (an error). */
static void report_contradiction(pg_log *log, const pg_locator *loc,
                                 const encsel *e, const char *what,
                                 const char *instead)
{
  if (!instead)
    pg_log_msg(log, PG_LOG_ERROR, loc,
               "%s, but the %s on line %ld declares charset \"%s\": the "
               "declaration contradicts the bytes (name the real encoding "
               "with --encoding, or use --lenient to ignore the "
               "declaration)", what, e->decl.how, e->decl.line, e->decl.name);
  else
    pg_log_msg(log, PG_LOG_WARN, loc,
               "%s, but the %s on line %ld declares charset \"%s\": "
               "declaration ignored, read as %s", what, e->decl.how,
               e->decl.line, e->decl.name, instead);
}

/* Multi-byte sequences in b[0..len) when it is all valid UTF-8, else 0. */
static size_t utf8_multi(const unsigned char *b, size_t len)
{
  size_t i, multi = 0;

  if (pg_utf8_valid_len((const char *)b, len) != len)
    return 0;
  for (i = 0; i < len; i++)
    multi += b[i] >= 0xC0;
  return multi;
}

/* Converts per e, out emptied first.  0, or -1 invalid, -2 out of memory,
 * -3 unknown encoding. */
static int convert(bbuf *out, const unsigned char *b, size_t len,
                   const encsel *e, int lenient, badpos *bp)
{
  const char *s = (const char *)b + e->skip;

  out->n = 0;
  *bp = (badpos)BADPOS_NONE;
  return !strcmp(e->iconv, "UTF-8")
             ? conv_utf8(out, s, len - e->skip, lenient, bp)
             : conv_iconv(out, e->iconv, s, len - e->skip, lenient, bp);
}

/* First, strict pass of a declared encoding: 0, -2, -3 as convert(),
 * -1 when the bytes are cut short, -4 when they contradict the
 * declaration (what and *loc then say how and where). */
static int declared_pass(bbuf *out, const unsigned char *b, size_t len,
                         const encsel *e, badpos *bp, char *what,
                         size_t wsize, pg_locator *loc)
{
  size_t multi = strcmp(e->iconv, "UTF-8") ? utf8_multi(b, len) : 0;
  int rc;

  if (multi >= PG_UTF8_EVIDENCE) { /* valid in e too, but as mojibake */
    snprintf(what, wsize, "the bytes are valid UTF-8 (%zu multi-byte "
             "characters)", multi);
    loc->line = e->decl.line;
    loc->byte = (long)e->decl.byte;
    return -4;
  }
  if ((rc = convert(out, b, len, e, 0, bp)) != -1 || bp->truncated)
    return rc;
  loc->byte = (long)(bp->off + e->skip);
  locate(out->p, bp->out_at, &loc->line, &loc->column);
  snprintf(what, wsize, "invalid %s at byte %zu (0x%02X)%s", e->name,
           bp->off + e->skip, b[bp->off + e->skip],
           utf8_multi(b, len) ? " (the bytes are valid UTF-8)" : "");
  return -4;
}

/* Converts b to UTF-8 in out per *e (which lenient may change to the
 * detected encoding when the bytes contradict a declaration).  Returns 0
 * or -1 (reported). */
static int to_utf8(bbuf *out, const char *name, const unsigned char *b,
                   size_t len, encsel *e, int lenient, pg_log *log)
{
  badpos bp = BADPOS_NONE;
  pg_locator loc = {name, 0, 0, -1};
  char what[160];
  int rc = e->declared
               ? declared_pass(out, b, len, e, &bp, what, sizeof what, &loc)
               : convert(out, b, len, e, lenient, &bp);

  if (rc == -4) {
    encsel d = detect_encoding(b, len);

    report_contradiction(log, &loc, e, what, lenient ? d.name : NULL);
    if (!lenient)
      return -1;
    *e = d;
    rc = -1;
  }
  if (rc == -1 && lenient) /* only after a declaration's strict pass */
    rc = convert(out, b, len, e, 1, &bp);
  if (rc == -3 || rc == -2) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){name, 0, 0, -1}, "%s%s%s",
               rc == -3 ? "unknown encoding '" : "out of memory",
               rc == -3 ? e->name : "", rc == -3 ? "'" : "");
    return -1;
  }
  if (bp.off != (size_t)-1) {
    size_t off = bp.off + e->skip;

    if (off > len)
      off = len;
    loc.byte = (long)off;
    locate(out->p, bp.out_at, &loc.line, &loc.column);
    if (strcmp(e->name, "UTF-8"))
      loc.column = 0; /* line and byte only, as the CLI's tests pin */
    report_bad(log, &loc, b, len, e, off, lenient, &bp);
  }
  return rc ? -1 : 0;
}

/* Byte offset of the first NUL in s[0..n), or (size_t)-1. */
static size_t find_nul(const char *s, size_t n)
{
  const char *z = memchr(s, '\0', n);

  return z ? (size_t)(z - s) : (size_t)-1;
}

/* "text", "html" or "xml" by content: markup starts with '<'; it is HTML
 * when it says so (a doctype or <html> early on) or when its first tag is
 * an HTML one, else XML. */
static const char *sniff_format(const char *u, size_t n)
{
  static const char *const html_first[] = {
      "html", "head", "body", "meta", "title", "p", "div", "h1", "h2",
      "h3", "link", "section", "article", "table", "span", "a", "br",
      "script", "style", "main", "header", "nav", NULL};
  char head[1025], *t;
  size_t i = 0, k;

  while (i < n && (u[i] == ' ' || u[i] == '\t' || u[i] == '\n' ||
                   u[i] == '\r'))
    i++;
  if (i >= n || u[i] != '<')
    return "text";
  k = n - i < 1024 ? n - i : 1024;
  memcpy(head, u + i, k);
  head[k] = '\0';
  for (k = 0; head[k]; k++)
    if (head[k] >= 'A' && head[k] <= 'Z')
      head[k] = (char)(head[k] + 32);
  if (strstr(head, "<!doctype html") || strstr(head, "<html"))
    return "html";
  if (!strncmp(head, "<?xml", 5))
    return "xml";
  for (t = head; (t = strchr(t, '<'));) {
    t++;
    if (*t == '?' || *t == '!')
      continue; /* declaration, doctype, comment */
    for (k = 0; html_first[k]; k++) {
      size_t l = strlen(html_first[k]);

      if (!strncmp(t, html_first[k], l) &&
          (t[l] == '>' || t[l] == ' ' || t[l] == '/' || t[l] == '\n'))
        return "html";
    }
    return "xml";
  }
  return "xml";
}

/* Everything pg_decode sets, freed on its error path. */
static void undo(pg_doc *doc)
{
  char **f[] = {&doc->orig, &doc->format, &doc->encoding, &doc->title,
                &doc->date, &doc->date_source, &doc->authors};
  size_t i;

  for (i = 0; i < sizeof f / sizeof *f; i++) {
    free(*f[i]);
    *f[i] = NULL;
  }
  free(doc->ocp);
  doc->ocp = NULL;
  doc->on = doc->orig_len = 0;
}

/* Format step: text as is, markup through pg_markup.  Takes u. */
static int to_text(pg_doc *doc, const char *name, bbuf *u, const char *fmt,
                   const pg_decode_opts *o, pg_log *log)
{
  int rc = 0;

  if (!strcmp(fmt, "text")) {
    doc->orig = u->p ? u->p : strdup("");
    doc->orig_len = u->n;
    u->p = NULL;
    return doc->orig ? 0 : -1;
  }
  rc = pg_markup_extract(doc, name, u->p ? u->p : "", u->n,
                         !strcmp(fmt, "html"), o, log);
  free(u->p);
  u->p = NULL;
  return rc;
}

static const char *choose_format(const pg_decode_opts *o, const bbuf *u,
                                 const char *name, pg_log *log)
{
  const char *f = o ? o->input_format : NULL;

  if (!f || !*f || !strcmp(f, "auto"))
    return sniff_format(u->p ? u->p : "", u->n);
  if (!strcmp(f, "text") || !strcmp(f, "html") || !strcmp(f, "xml"))
    return f;
  pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){name, 0, 0, -1},
             "unknown input format '%s' (expected auto, text, html or xml)",
             f);
  return NULL;
}

int pg_decode(pg_doc *doc, const char *name, const unsigned char *bytes,
              size_t len, const pg_decode_opts *opts, pg_log *log)
{
  encsel e;
  bbuf u = {0};
  const char *fmt;
  size_t nul, bad;

  if (!len || !bytes) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){name, 0, 0, -1},
               "empty document");
    return -1;
  }
  choose_encoding(&e, bytes, len, opts ? opts->encoding : NULL,
                  opts ? opts->input_format : NULL, name, log);
  if (strncmp(e.name, "UTF-16", 6) &&
      (nul = find_nul((const char *)bytes, len)) != (size_t)-1) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){name, 0, 0, (long)nul},
               "NUL byte at byte %zu: binary data, not text", nul);
    return -1;
  }
  if (to_utf8(&u, name, bytes, len, &e, opts && opts->lenient, log))
    goto err;
  if ((nul = find_nul(u.p ? u.p : "", u.n)) != (size_t)-1) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){name, 0, 0, -1},
               "NUL character (at UTF-8 byte %zu after decoding %s): "
               "binary data, not text", nul, e.name);
    goto err;
  }
  if (!(fmt = choose_format(opts, &u, name, log)) ||
      to_text(doc, name, &u, fmt, opts, log))
    goto err;
  doc->format = strdup(fmt);
  doc->encoding = strdup(e.name);
  if (!doc->format || !doc->encoding ||
      pg_utf8_decode(doc->orig, doc->orig_len, &doc->ocp, &doc->on, &bad)) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){name, 0, 0, -1},
               "out of memory");
    goto err;
  }
  return 0;
err:
  free(u.p);
  undo(doc);
  return -1;
}
