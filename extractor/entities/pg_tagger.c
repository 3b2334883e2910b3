/* pg_tagger.c - averaged structured perceptron over BIES tags (see
 * pg_tagger.h).
 *
 * Features.  For character i of a segment (a line, cut after 。！？), with
 * c(k) its k-th neighbour (digits folded to 0, segment ends as 0):
 *   BIAS; U-2..U2 = c(k); B-2..B1 = c(k)c(k+1); S = c(-1)c(1);
 *   K = the class trigram of c(-1) c(0) c(1) (Han, digit, Latin, 《, 》,
 *       other punctuation);
 *   L = type and BIES position of the lexicon entry covering i (longest,
 *       leftmost first), LN / LP = type of a lexicon entry starting at
 *       i+1 / ending at i-1;
 *   SN = a surname starts at i (its length); TP / TN = a title ends at
 *   i-1 / starts at i+1; OH = the organization head ending at i (which
 *   one), ON = one starts at i+1; WH / EH = a work / event head ends at
 *   i; PN = a word that follows names (表示, 指出) starts at i+1; ST / SP
 *   = a stop word starts at i / ends at i-1; Q = 《》 context (first,
 *   last or inner character of a title).
 * A feature is the FNV-1a hash of (template, a, b); weights live in one
 * open-addressing table of rows of 17 int32, found by hash.
 *
 * Training keeps beside each weight the sum of step * update, so the
 * average over all steps is w - u / step (Daume's trick), in integers.
 *
 * Known weaknesses: hash collisions between features are possible (64
 * bits: unlikely); segments longer than SEG_MAX are cut there.
 */
#include "pg_tagger.h"
#include "pg_lac.h"
#include "pg_lexicon.h"
#include "pg_merge.h"
#include "pg_rctx.h"
#include "pg_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NT PG_TAG__COUNT
#define NEG_INF (INT64_MIN / 4)
#define SEG_MAX 2000 /* longest segment decoded as one sequence */
#define MAXF 32      /* features per character                  */

enum {
  F_BIAS = 1, F_U = 2, /* U-2..U2: 2..6 */
  F_B = 8,             /* B-2..B1: 8..11 */
  F_S = 12, F_K, F_L, F_LN, F_LP, F_SN, F_TP, F_TN, F_OH, F_ON, F_WH, F_EH,
  F_PN, F_ST, F_SP, F_Q
};

struct pg_tagger {
  const struct pg_recognizer *rec; /* borrowed: dictionaries, or NULL */
  uint64_t *key;            /* nslot feature hashes, 0: empty slot      */
  int32_t *slot_row;        /* row of each slot                         */
  size_t nslot;             /* a power of two (or 0)                    */
  unsigned shift;           /* 64 - log2(nslot): home slot = hash >> it */
  int32_t *w;               /* nrow * NT weights                        */
  int64_t *u;               /* nrow * NT step-weighted sums (training)  */
  size_t nrow, rowcap;
  int32_t tw[NT * NT];      /* transition weights prev * NT + cur       */
  int64_t tu[NT * NT];
  int64_t step;             /* training steps so far (starts at 1)      */
  uint8_t pred[NT][NT];     /* legal predecessors of each tag, ascending */
  uint8_t npred[NT];
  uint8_t succ[NT][NT];     /* legal successors of each tag, ascending  */
  uint8_t nsucc[NT];
  /* A loaded model is frozen: its features stay in the file's bytes,
   * found through a bucket index on the hash's top bits (the file lists
   * them in hash order), with no table to build. */
  unsigned char *fbuf;      /* the model file, or NULL (owned)          */
  uint32_t *fbucket;        /* 2^fbits + 1: offset in fbuf of the first
                               feature of each bucket (and of its end)  */
  uint32_t fend;            /* offset of the end of the features        */
  size_t nf;                /* features of the frozen model             */
  unsigned fbits;
};

/* ---------------------------------------------------------------- table */

static uint64_t fhash(uint32_t tmpl, uint32_t a, uint32_t b)
{
  uint32_t in[3] = {tmpl, a, b};
  uint64_t h = 1469598103934665603ULL;
  int i, k;

  for (i = 0; i < 3; i++)
    for (k = 0; k < 4; k++) {
      h ^= (in[i] >> (8 * k)) & 0xFF;
      h *= 1099511628211ULL;
    }
  return h ? h : 1;
}

/* Home slot of a hash in a table of nslot slots: its top bits.  FNV's
 * high bits are well spread, and a model file lists features in hash
 * order, so loading fills the table front to back (one pass over memory
 * instead of a cache miss per feature). */
static size_t slot_of(uint64_t h, unsigned shift)
{
  return (size_t)(h >> shift);
}

/* 64 - log2(nslot), nslot a power of two >= 2. */
static unsigned shift_of(size_t nslot)
{
  unsigned bits = 0;

  while (((size_t)1 << bits) < nslot)
    bits++;
  return 64 - bits;
}

static int legal(int prev, int cur);

pg_tagger *pg_new_tagger(const struct pg_recognizer *rec)
{
  pg_tagger *t = calloc(1, sizeof *t);
  int c, p;

  if (!t)
    return NULL;
  t->rec = rec;
  t->step = 1;
  for (c = 0; c < NT; c++)
    for (p = 0; p < NT; p++)
      if (legal(p, c)) {
        t->pred[c][t->npred[c]++] = (uint8_t)p;
        t->succ[p][t->nsucc[p]++] = (uint8_t)c;
      }
  return t;
}

void pg_free_tagger(pg_tagger *t)
{
  if (!t)
    return;
  free(t->key);
  free(t->slot_row);
  free(t->w);
  free(t->u);
  free(t->fbuf);
  free(t->fbucket);
  free(t);
}

size_t pg_tagger_size(const pg_tagger *t)
{
  return t->fbuf ? t->nf : t->nrow;
}

static uint64_t rd_le(const unsigned char *p, int bytes)
{
  uint64_t x = 0;
  int i;

  for (i = 0; i < bytes; i++)
    x |= (uint64_t)p[i] << (8 * i);
  return x;
}

/* The same for the decoder's inner loop: one unaligned load where the host
 * is little-endian (the byte loop above is not fused by GCC at -O2, and
 * was a fifth of the tagger's time). */
static inline uint64_t rd_le64(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t x;
  memcpy(&x, p, sizeof x);
  return x;
#else
  return rd_le(p, 8);
#endif
}

static inline int32_t rd_le_i32(const unsigned char *p)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  int32_t x;
  memcpy(&x, p, sizeof x);
  return x;
#else
  return (int32_t)(uint32_t)rd_le(p, 4);
#endif
}

/* Row of feature h, or -1. */
static int32_t find_row(const pg_tagger *t, uint64_t h)
{
  size_t m, i;

  if (!t->nslot)
    return -1;
  m = t->nslot - 1;
  for (i = slot_of(h, t->shift) & m; t->key[i]; i = (i + 1) & m)
    if (t->key[i] == h)
      return t->slot_row[i];
  return -1;
}

static int rehash(pg_tagger *t, size_t nslot)
{
  uint64_t *key = calloc(nslot, sizeof *key);
  int32_t *row = malloc(nslot * sizeof *row);
  size_t i, k, m = nslot - 1;
  unsigned shift = shift_of(nslot);

  if (!key || !row) {
    free(key);
    free(row);
    return -1;
  }
  for (i = 0; i < t->nslot; i++) {
    if (!t->key[i])
      continue;
    for (k = slot_of(t->key[i], shift) & m; key[k];
         k = (k + 1) & m)
      ;
    key[k] = t->key[i];
    row[k] = t->slot_row[i];
  }
  free(t->key);
  free(t->slot_row);
  t->key = key;
  t->slot_row = row;
  t->nslot = nslot;
  t->shift = shift;
  return 0;
}

/* Row of feature h, added (zero) when missing; -1 on out of memory.
 * with_u: keep training sums too. */
static int32_t get_row(pg_tagger *t, uint64_t h, int with_u)
{
  int32_t r = find_row(t, h);
  size_t m, i;

  if (r >= 0)
    return r;
  if ((t->nrow + 1) * 2 > t->nslot &&
      rehash(t, t->nslot ? t->nslot * 2 : 1024))
    return -1;
  if (t->nrow == t->rowcap) {
    size_t cap = t->rowcap ? t->rowcap * 2 : 1024;
    int32_t *w = realloc(t->w, cap * NT * sizeof *w);
    if (!w)
      return -1;
    t->w = w;
    if (with_u || t->u) {
      int64_t *u = realloc(t->u, cap * NT * sizeof *u);
      if (!u)
        return -1;
      t->u = u;
    }
    t->rowcap = cap;
  }
  memset(t->w + t->nrow * NT, 0, NT * sizeof *t->w);
  if (t->u)
    memset(t->u + t->nrow * NT, 0, NT * sizeof *t->u);
  m = t->nslot - 1;
  for (i = slot_of(h, t->shift) & m; t->key[i]; i = (i + 1) & m)
    ;
  t->key[i] = h;
  t->slot_row[i] = (int32_t)t->nrow;
  return (int32_t)t->nrow++;
}

/* ---------------------------------------------------------------- features */

/* Per-segment dictionary facts, computed once per segment. */
typedef struct segctx {
  const uint32_t *v; /* the segment (folded), borrowed  */
  size_t n;
  uint8_t *lex;      /* n: 1 + type * 4 + bies, or 0     */
  uint8_t *lstart;   /* n + 1: 1 + type of a lexicon entry starting here */
  uint8_t *lend;     /* n + 1: 1 + type of one ending here (index = end) */
  uint8_t *quote;    /* n: 1 first, 2 last, 3 inner of 《...》, 4 single */
} segctx;

static int type_of(pg_etype e)
{
  switch (e) {
  case PG_T_PERSON: return PG_TT_PER;
  case PG_T_ORGANIZATION: return PG_TT_ORG;
  case PG_T_PLACE: return PG_TT_LOC;
  case PG_T_INITIATIVE: case PG_T_DECLARATION: case PG_T_LAW:
  case PG_T_REPORT: return PG_TT_WORK;
  default: return -1;
  }
}

typedef struct lexbest {
  size_t *len;   /* per start: longest entry length */
  int *val;      /* its entry                        */
} lexbest;

static int on_lex(void *user, size_t b, size_t e, int value)
{
  lexbest *lb = user;

  if (e - b > lb->len[b]) {
    lb->len[b] = e - b;
    lb->val[b] = value;
  }
  return 0;
}

static void seg_lexicon(const pg_tagger *t, segctx *s, lexbest *lb)
{
  const pg_lexicon *lx = t->rec->lex;
  size_t i, k, e = 0;

  memset(lb->len, 0, s->n * sizeof *lb->len);
  pg_ac_scan(pg_lexicon_ac(lx), s->v, s->n, on_lex, lb);
  for (i = 0; i < s->n; i++) {
    const pg_lex_entry *le;
    int tt;
    if (!lb->len[i] || !(le = pg_lexicon_entry(lx, lb->val[i])))
      continue;
    tt = type_of(le->type);
    if (tt < 0)
      tt = PG_TT__COUNT; /* an event or product: its own code */
    s->lstart[i] = (uint8_t)(1 + tt);
    if (!s->lend[i + lb->len[i]])
      s->lend[i + lb->len[i]] = (uint8_t)(1 + tt);
    if (i < e)
      continue;
    e = i + lb->len[i];
    for (k = i; k < e; k++)
      s->lex[k] = (uint8_t)(1 + 4 * tt +
                            (e - i == 1 ? PG_BIES_S
                             : k == i   ? PG_BIES_B
                             : k + 1 == e ? PG_BIES_E
                                          : PG_BIES_I));
  }
}

static void seg_quotes(segctx *s)
{
  size_t i, k, open = (size_t)-1;

  for (i = 0; i < s->n; i++) {
    if (s->v[i] == 0x300A) {
      open = i;
    } else if (s->v[i] == 0x300B && open != (size_t)-1) {
      for (k = open + 1; k < i; k++)
        s->quote[k] = i - open == 2 ? 4 : k == open + 1 ? 1
                                      : k + 1 == i ? 2 : 3;
      open = (size_t)-1;
    }
  }
}

/* Fills s's dictionary arrays (work holds 4n + 2 bytes and 2n size_t /
 * int slots, see seg_alloc). */
static void seg_prepare(const pg_tagger *t, segctx *s, lexbest *lb)
{
  memset(s->lex, 0, s->n);
  memset(s->lstart, 0, s->n + 1);
  memset(s->lend, 0, s->n + 1);
  memset(s->quote, 0, s->n);
  if (t->rec)
    seg_lexicon(t, s, lb);
  seg_quotes(s);
}

static uint32_t fold_digit(uint32_t c)
{
  return (c >= '0' && c <= '9') ? '0' : c;
}

static uint32_t cls(uint32_t c)
{
  if (!c) return 0;
  if (pg_is_han(c)) return 1;
  if (c >= '0' && c <= '9') return 2;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 3;
  if (c == 0x300A) return 4;
  if (c == 0x300B) return 5;
  if (pg_rc_is_punct(c)) return 6;
  return 7;
}

/* Word of table tb starting at i of the segment (its length), value in
 * *val. */
static size_t word_at(const pg_tagger *t, const segctx *s, int tb, size_t i,
                      int *val)
{
  return i < s->n ? pg_ac_longest_at(t->rec->fw[tb], s->v, s->n, i, val) : 0;
}

static size_t word_ending(const pg_tagger *t, const segctx *s, int tb,
                          size_t e, int *val)
{
  return e ? pg_ac_longest_ending(t->rec->bw[tb], s->v, 0, e, val) : 0;
}

/* The dictionary features of character i. */
static size_t dict_feats(const pg_tagger *t, const segctx *s, size_t i,
                         uint64_t *f)
{
  size_t k = 0, l;
  int val = -1;

  if (s->lex[i])
    f[k++] = fhash(F_L, s->lex[i], 0);
  if (s->lstart[i + 1] && i + 1 < s->n)
    f[k++] = fhash(F_LN, s->lstart[i + 1], 0);
  if (i && s->lend[i])
    f[k++] = fhash(F_LP, s->lend[i], 0);
  if (!t->rec)
    return k;
  if ((l = word_at(t, s, PG_W_SURNAME, i, NULL)))
    f[k++] = fhash(F_SN, (uint32_t)l, 0);
  if (word_ending(t, s, PG_W_TITLE, i, NULL))
    f[k++] = fhash(F_TP, 1, 0);
  if (word_at(t, s, PG_W_TITLE, i + 1, NULL))
    f[k++] = fhash(F_TN, 1, 0);
  if (word_ending(t, s, PG_W_ORGHEAD, i + 1, &val))
    f[k++] = fhash(F_OH, (uint32_t)val, 0);
  if (word_at(t, s, PG_W_ORGHEAD, i + 1, NULL))
    f[k++] = fhash(F_ON, 1, 0);
  if (word_ending(t, s, PG_W_WORKHEAD, i + 1, NULL))
    f[k++] = fhash(F_WH, 1, 0);
  if (word_ending(t, s, PG_W_EVENTHEAD, i + 1, NULL))
    f[k++] = fhash(F_EH, 1, 0);
  if (word_at(t, s, PG_W_POSTNAME, i + 1, NULL))
    f[k++] = fhash(F_PN, 1, 0);
  if ((l = word_at(t, s, PG_W_STOP, i, NULL)))
    f[k++] = fhash(F_ST, (uint32_t)l, 0);
  if (word_ending(t, s, PG_W_STOP, i, NULL))
    f[k++] = fhash(F_SP, 1, 0);
  return k;
}

/* Every feature of character i of s into f (at most MAXF); the count. */
static size_t feats(const pg_tagger *t, const segctx *s, size_t i,
                    uint64_t *f)
{
  uint32_t c[5];
  size_t k = 0;
  int d;

  for (d = -2; d <= 2; d++) {
    long p = (long)i + d;
    c[d + 2] = (p < 0 || (size_t)p >= s->n) ? 0 : fold_digit(s->v[p]);
  }
  f[k++] = fhash(F_BIAS, 0, 0);
  for (d = 0; d < 5; d++)
    f[k++] = fhash(F_U + (uint32_t)d, c[d], 0);
  for (d = 0; d < 4; d++)
    f[k++] = fhash(F_B + (uint32_t)d, c[d], c[d + 1]);
  f[k++] = fhash(F_S, c[1], c[3]);
  f[k++] = fhash(F_K, cls(c[1]) * 64 + cls(c[2]) * 8 + cls(c[3]), 0);
  if (s->quote[i])
    f[k++] = fhash(F_Q, s->quote[i], 0);
  k += dict_feats(t, s, i, f + k);
  return k;
}

/* ---------------------------------------------------------------- decode */

static int legal(int prev, int cur) /* prev == -1: sequence start */
{
  int cp = cur ? (cur - 1) % 4 : -1, pp = prev > 0 ? (prev - 1) % 4 : -1;

  if (cp == PG_BIES_I || cp == PG_BIES_E)
    return prev > 0 && (pp == PG_BIES_B || pp == PG_BIES_I) &&
           (prev - 1) / 4 == (cur - 1) / 4;
  return prev <= 0 || pp == PG_BIES_E || pp == PG_BIES_S;
}

static int legal_end(int tag)
{
  int p = tag ? (tag - 1) % 4 : -1;
  return !tag || p == PG_BIES_E || p == PG_BIES_S;
}

/* Scratch space for one segment. */
typedef struct work {
  int64_t *emit, *alpha, *beta; /* n * NT each              */
  uint8_t *back;                /* n * NT back pointers     */
  uint8_t *bytes;               /* 4n + 2 dictionary bytes  */
  size_t *len;                  /* n: lexicon scan          */
  int *val;
  size_t cap;
} work;

static void free_work(work *w)
{
  free(w->emit);
  free(w->alpha);
  free(w->beta);
  free(w->back);
  free(w->bytes);
  free(w->len);
  free(w->val);
}

static int grow_work(work *w, size_t n)
{
  if (n <= w->cap)
    return 0;
  free_work(w);
  memset(w, 0, sizeof *w);
  w->emit = malloc(n * NT * sizeof *w->emit);
  w->alpha = malloc(n * NT * sizeof *w->alpha);
  w->beta = malloc(n * NT * sizeof *w->beta);
  w->back = malloc(n * NT);
  w->bytes = malloc(4 * n + 2);
  w->len = malloc(n * sizeof *w->len);
  w->val = malloc(n * sizeof *w->val);
  if (!w->emit || !w->alpha || !w->beta || !w->back || !w->bytes ||
      !w->len || !w->val)
    return -1;
  w->cap = n;
  return 0;
}

static void seg_init(const pg_tagger *t, work *w, segctx *s,
                     const uint32_t *v, size_t n)
{
  lexbest lb = {w->len, w->val};

  s->v = v;
  s->n = n;
  s->lex = w->bytes;
  s->lstart = s->lex + n;
  s->lend = s->lstart + n + 1;
  s->quote = s->lend + n + 1;
  seg_prepare(t, s, &lb);
}

#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)0)
#endif

#define BLOCK 64 /* characters whose features a frozen model looks up together */

/* Emissions of characters [b, e) (e - b <= BLOCK) with a frozen model.
 * Lookups are memory-bound (one read in the bucket index, one in the
 * file's bytes, both anywhere in megabytes), so they go in three passes
 * over the block, each prefetching what the next reads: hashes and
 * buckets, then the features' bytes, then the sums. */
static void frozen_block(const pg_tagger *t, const segctx *s, size_t b,
                         size_t e, int64_t *emit)
{
  uint64_t h[BLOCK * MAXF];
  uint32_t lo[BLOCK * MAXF], hi[BLOCK * MAXF];
  unsigned char nf[BLOCK];
  size_t i, k, j = 0, bk;
  const unsigned char *p, *end;

  for (i = b; i < e; i++) {
    nf[i - b] = (unsigned char)feats(t, s, i, h + (i - b) * MAXF);
    for (k = 0; k < nf[i - b]; k++)
      PREFETCH(t->fbucket + (size_t)(h[(i - b) * MAXF + k] >>
                                     (64 - t->fbits)));
  }
  for (i = 0; i < e - b; i++)
    for (k = 0; k < nf[i]; k++) {
      j = i * MAXF + k;
      bk = (size_t)(h[j] >> (64 - t->fbits));
      lo[j] = t->fbucket[bk];
      hi[j] = t->fbucket[bk + 1];
      if (lo[j] < hi[j])
        PREFETCH(t->fbuf + lo[j]);
    }
  for (i = 0; i < e - b; i++) {
    int64_t *em = emit + (b + i) * NT;
    for (k = 0; k < NT; k++)
      em[k] = 0;
    for (k = 0; k < nf[i]; k++) {
      j = i * MAXF + k;
      for (p = t->fbuf + lo[j], end = t->fbuf + hi[j]; p < end;
           p += 9 + 5 * (size_t)p[8]) {
        int c;
        if (rd_le64(p) != h[j])
          continue;
        for (c = p[8], p += 9; c > 0; c--, p += 5)
          em[p[0]] += rd_le_i32(p + 1);
        break;
      }
    }
  }
}

static void emissions(const pg_tagger *t, const segctx *s, int64_t *emit)
{
  uint64_t f[MAXF];
  size_t i, k, nf;
  int tg;

  if (t->fbuf) {
    for (i = 0; i < s->n; i += BLOCK)
      frozen_block(t, s, i, i + BLOCK < s->n ? i + BLOCK : s->n, emit);
    return;
  }
  for (i = 0; i < s->n; i++) {
    int64_t *e = emit + i * NT;
    for (tg = 0; tg < NT; tg++)
      e[tg] = 0;
    nf = feats(t, s, i, f);
    for (k = 0; k < nf; k++) {
      int32_t r = find_row(t, f[k]);
      const int32_t *wr;
      if (r < 0)
        continue;
      wr = t->w + (size_t)r * NT;
      for (tg = 0; tg < NT; tg++)
        e[tg] += wr[tg];
    }
  }
}

/* Viterbi over the segment: the best tags into tags; returns the best
 * path's score (w->alpha keeps the forward scores for margins()). */
static int64_t viterbi(const pg_tagger *t, work *w, size_t n, uint8_t *tags)
{
  int64_t *a = w->alpha, *em = w->emit, best;
  size_t i;
  int cur, p, k, bt = 0;

  for (cur = 0; cur < NT; cur++)
    a[cur] = legal(-1, cur) ? em[cur] : NEG_INF;
  for (i = 1; i < n; i++)
    for (cur = 0; cur < NT; cur++) {
      int64_t m = NEG_INF;
      int arg = 0;
      for (k = 0; k < t->npred[cur]; k++) {
        int64_t sc;
        p = t->pred[cur][k];
        if (a[(i - 1) * NT + p] == NEG_INF)
          continue;
        sc = a[(i - 1) * NT + p] + t->tw[p * NT + cur];
        if (sc > m) { m = sc; arg = p; }
      }
      a[i * NT + cur] = m == NEG_INF ? NEG_INF : m + em[i * NT + cur];
      w->back[i * NT + cur] = (uint8_t)arg;
    }
  best = NEG_INF;
  for (cur = 0; cur < NT; cur++)
    if (legal_end(cur) && a[(n - 1) * NT + cur] > best) {
      best = a[(n - 1) * NT + cur];
      bt = cur;
    }
  for (i = n; i-- > 0;) {
    tags[i] = (uint8_t)bt;
    bt = w->back[i * NT + bt];
  }
  return best;
}

/* The max-marginal margin of each best tag (viterbi() ran on w, best
 * its score): a backward pass, then per character the best score of a
 * path through another tag. */
static void margins(const pg_tagger *t, work *w, size_t n,
                    const uint8_t *tags, int64_t best, int32_t *margin)
{
  int64_t *a = w->alpha, *b = w->beta, *em = w->emit;
  size_t i;
  int cur, p, k;

  for (cur = 0; cur < NT; cur++)
    b[(n - 1) * NT + cur] = legal_end(cur) ? 0 : NEG_INF;
  for (i = n - 1; i-- > 0;)
    for (cur = 0; cur < NT; cur++) {
      int64_t m = NEG_INF;
      for (k = 0; k < t->nsucc[cur]; k++) { /* p: the next tag */
        int64_t sc;
        p = t->succ[cur][k];
        if (b[(i + 1) * NT + p] == NEG_INF)
          continue;
        sc = t->tw[cur * NT + p] + em[(i + 1) * NT + p] + b[(i + 1) * NT + p];
        if (sc > m) m = sc;
      }
      b[i * NT + cur] = m;
    }
  for (i = 0; i < n; i++) {
    int64_t other = NEG_INF, d;
    for (cur = 0; cur < NT; cur++) {
      int64_t mm;
      if (cur == tags[i] || a[i * NT + cur] == NEG_INF ||
          b[i * NT + cur] == NEG_INF)
        continue;
      mm = a[i * NT + cur] + b[i * NT + cur];
      if (mm > other) other = mm;
    }
    d = other == NEG_INF ? INT32_MAX : best - other;
    margin[i] = d > INT32_MAX ? INT32_MAX : (int32_t)d;
  }
}

/* Segment end: after 。！？ (folded ! ?), before a line break, or SEG_MAX. */
static size_t seg_end(const uint32_t *v, size_t n, size_t b)
{
  size_t i;

  for (i = b; i < n && i - b < SEG_MAX; i++) {
    if (v[i] == '\n')
      return i;
    if (v[i] == 0x3002 || v[i] == '!' || v[i] == '?')
      return i + 1;
  }
  return i;
}

/* Whether the margins of the segment v[b, e) with best tags tags[b, e)
 * are wanted (user: the caller's); NULL: always. */
typedef int (*want_fn)(void *user, const uint8_t *tags, size_t b, size_t e);

/* pg_tagger_decode, computing margins only for the segments want accepts
 * (the others' margins are INT32_MAX). */
static int decode(const pg_tagger *t, const uint32_t *v, size_t n,
                  uint8_t *tags, int32_t *margin, want_fn want, void *user)
{
  work w;
  segctx s;
  size_t b = 0, e, i;
  int64_t best;

  memset(&w, 0, sizeof w);
  while (b < n) {
    if (v[b] == '\n') {
      tags[b] = PG_TAG_O;
      if (margin)
        margin[b] = INT32_MAX;
      b++;
      continue;
    }
    e = seg_end(v, n, b);
    if (grow_work(&w, e - b)) {
      free_work(&w);
      return -1;
    }
    seg_init(t, &w, &s, v + b, e - b);
    emissions(t, &s, w.emit);
    best = viterbi(t, &w, e - b, tags + b);
    if (margin && (!want || want(user, tags, b, e)))
      margins(t, &w, e - b, tags + b, best, margin + b);
    else if (margin)
      for (i = b; i < e; i++)
        margin[i] = INT32_MAX;
    b = e;
  }
  free_work(&w);
  return 0;
}

int pg_tagger_decode(const pg_tagger *t, const uint32_t *v, size_t n,
                     uint8_t *tags, int32_t *margin)
{
  return decode(t, v, n, tags, margin, NULL, NULL);
}

/* ---------------------------------------------------------------- learn */

static int update(pg_tagger *t, uint64_t h, int tag, int d)
{
  int32_t r = get_row(t, h, 1);

  if (r < 0)
    return -1;
  t->w[(size_t)r * NT + tag] += d;
  t->u[(size_t)r * NT + tag] += t->step * d;
  return 0;
}

static void update_trans(pg_tagger *t, int p, int c, int d)
{
  t->tw[p * NT + c] += d;
  t->tu[p * NT + c] += t->step * d;
}

/* One step on the segment in w/s: returns wrong tags or -1. */
static long learn_seg(pg_tagger *t, work *w, const segctx *s,
                      const uint8_t *gold, uint8_t *pred)
{
  uint64_t f[MAXF];
  size_t i, k, nf;
  long wrong = 0;

  emissions(t, s, w->emit);
  viterbi(t, w, s->n, pred);
  for (i = 0; i < s->n; i++) {
    if (gold[i] != pred[i]) {
      wrong++;
      nf = feats(t, s, i, f);
      for (k = 0; k < nf; k++)
        if (update(t, f[k], gold[i], 1) || update(t, f[k], pred[i], -1))
          return -1;
    }
    if (i && (gold[i] != pred[i] || gold[i - 1] != pred[i - 1])) {
      update_trans(t, gold[i - 1], gold[i], 1);
      update_trans(t, pred[i - 1], pred[i], -1);
    }
  }
  t->step++;
  return wrong;
}

long pg_tagger_learn(pg_tagger *t, const uint32_t *v, size_t n,
                     const uint8_t *gold)
{
  work w;
  segctx s;
  size_t b = 0, e;
  long wrong = 0, r;
  uint8_t *pred = malloc(n ? n : 1);

  memset(&w, 0, sizeof w);
  if (!pred)
    return -1;
  if (t->fbuf || (!t->u && t->nrow)) /* a loaded or averaged model */
    return free(pred), -1;
  while (b < n) {
    if (v[b] == '\n') {
      b++;
      continue;
    }
    e = seg_end(v, n, b);
    if (grow_work(&w, e - b)) {
      wrong = -1;
      break;
    }
    seg_init(t, &w, &s, v + b, e - b);
    if ((r = learn_seg(t, &w, &s, gold + b, pred + b)) < 0) {
      wrong = -1;
      break;
    }
    wrong += r;
    b = e;
  }
  free_work(&w);
  free(pred);
  return wrong;
}

/* 16 (w - u / step), rounded toward zero, in int32. */
static int32_t avg(int32_t w, int64_t u, int64_t step)
{
  int64_t v = (16 * ((int64_t)w * step - u)) / step;

  return v > INT32_MAX ? INT32_MAX : v < INT32_MIN ? INT32_MIN : (int32_t)v;
}

/* Drops the rows left at zero and compacts the rest, in row order (a row
 * only moves down).  Returns 0 or -1 (out of memory). */
static int drop_zero_rows(pg_tagger *t)
{
  size_t r, i, k = 0;
  int32_t *newrow;
  int tg, nz;

  /* newrow[r] is row r's new index or -1 */
  newrow = malloc((t->nrow ? t->nrow : 1) * sizeof *newrow);
  if (!newrow)
    return -1;
  for (r = 0; r < t->nrow; r++) {
    for (nz = 0, tg = 0; tg < NT; tg++)
      nz |= t->w[r * NT + tg] != 0;
    newrow[r] = nz ? (int32_t)k : -1;
    if (nz && r != k)
      memmove(t->w + k * NT, t->w + r * NT, NT * sizeof *t->w);
    k += nz ? 1 : 0;
  }
  for (i = 0; i < t->nslot; i++)
    if (t->key[i] && (t->slot_row[i] = newrow[t->slot_row[i]]) < 0)
      t->key[i] = 0;
  free(newrow);
  t->nrow = k;
  return rehash(t, t->nslot); /* re-probe after the removals */
}

int pg_tagger_average(pg_tagger *t)
{
  size_t r, i;
  int tg;

  if (!t->u)
    return 0;
  for (i = 0; i < NT * NT; i++) {
    t->tw[i] = avg(t->tw[i], t->tu[i], t->step);
    t->tu[i] = 0;
  }
  for (r = 0; r < t->nrow; r++)
    for (tg = 0; tg < NT; tg++)
      t->w[r * NT + tg] = avg(t->w[r * NT + tg], t->u[r * NT + tg], t->step);
  free(t->u);
  t->u = NULL;
  return drop_zero_rows(t);
}

int pg_tagger_prune(pg_tagger *t, int32_t min)
{
  size_t i;

  if (t->fbuf || t->u) /* frozen, or not averaged yet */
    return -1;
  for (i = 0; i < t->nrow * NT; i++)
    if (t->w[i] > -min && t->w[i] < min)
      t->w[i] = 0;
  return drop_zero_rows(t);
}

int pg_tagger_set(pg_tagger *t, const char *name, int prev, int tag,
                  int32_t w)
{
  static const char *const tn[] = {"BIAS", "U-2", "U-1", "U0", "U1", "U2",
                                   "B-2", "B-1", "B0", "B1", "S"};
  static const uint32_t tid[] = {F_BIAS, F_U, F_U + 1, F_U + 2, F_U + 3,
                                 F_U + 4, F_B, F_B + 1, F_B + 2, F_B + 3,
                                 F_S};
  const char *eq;
  uint32_t *cp = NULL, a = 0, b = 0;
  size_t i, ncp = 0, len, bad;
  int32_t r;

  if (tag < 0 || tag >= NT || t->fbuf) /* a loaded model is frozen */
    return -1;
  if (!name) {
    if (prev < 0 || prev >= NT)
      return -1;
    t->tw[prev * NT + tag] = w;
    return 0;
  }
  eq = strchr(name, '=');
  len = eq ? (size_t)(eq - name) : strlen(name);
  for (i = 0; i < sizeof tn / sizeof *tn; i++)
    if (strlen(tn[i]) == len && !strncmp(tn[i], name, len))
      break;
  if (i == sizeof tn / sizeof *tn)
    return -1;
  if (eq && pg_utf8_decode(eq + 1, strlen(eq + 1), &cp, &ncp, &bad))
    return -1;
  a = ncp > 0 ? fold_digit(pg_fold_cp(cp[0])) : 0;
  b = ncp > 1 ? fold_digit(pg_fold_cp(cp[1])) : 0;
  free(cp);
  if ((r = get_row(t, fhash(tid[i], a, b), 0)) < 0)
    return -1;
  t->w[(size_t)r * NT + tag] = w;
  return 0;
}

/* ---------------------------------------------------------------- spans */

size_t pg_tagger_spans(const uint8_t *tags, const int32_t *margin, size_t n,
                       pg_tagger_span_fn fn, void *user)
{
  size_t i, b = 0, count = 0;
  int32_t low = INT32_MAX;
  int open = -1;

  for (i = 0; i < n; i++) {
    int tg = tags[i], tt = tg ? (tg - 1) / 4 : -1, pos = tg ? (tg - 1) % 4 : -1;
    if (pos == PG_BIES_B || pos == PG_BIES_S || tg == PG_TAG_O) {
      open = -1;
      if (tg != PG_TAG_O) {
        open = tt;
        b = i;
        low = INT32_MAX;
      }
    } else if (tt != open) {
      open = -1;
    }
    if (open < 0)
      continue;
    if (margin && margin[i] < low)
      low = margin[i];
    if (pos == PG_BIES_E || pos == PG_BIES_S) {
      if (fn)
        fn(user, b, i + 1, open, low / 16.0);
      count++;
      open = -1;
    }
  }
  return count;
}

/* ---------------------------------------------------------------- files */

static const char magic[8] = {'P', 'G', 'T', 'A', 'G', '1', '\n', '\0'};

static void put_le(FILE *fp, uint64_t x, int bytes)
{
  int i;

  for (i = 0; i < bytes; i++)
    fputc((int)((x >> (8 * i)) & 0xFF), fp);
}

static int cmp_u64(const void *a, const void *b)
{
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* File: magic, u32 tags, u32 features, tags^2 i32 transitions, then per
 * feature in hash order: u64 hash, u8 n, n * (u8 tag, i32 weight). */
int pg_tagger_save(const pg_tagger *t, const char *path, pg_log *log)
{
  uint64_t *keys = malloc((t->nrow ? t->nrow : 1) * sizeof *keys);
  size_t i, k = 0;
  FILE *fp = NULL;
  int tg, n, rc = -1;

  if (!keys)
    goto done;
  if (t->fbuf) { /* frozen: the file's own bytes */
    if ((fp = fopen(path, "wb")) && fwrite(t->fbuf, 1, t->fend, fp) == t->fend)
      rc = 0;
    goto done;
  }
  for (i = 0; i < t->nslot; i++)
    if (t->key[i])
      keys[k++] = t->key[i];
  qsort(keys, k, sizeof *keys, cmp_u64);
  if (!(fp = fopen(path, "wb")))
    goto done;
  fwrite(magic, 1, sizeof magic, fp);
  put_le(fp, NT, 4);
  put_le(fp, k, 4);
  for (i = 0; i < NT * NT; i++)
    put_le(fp, (uint32_t)t->tw[i], 4);
  for (i = 0; i < k; i++) {
    const int32_t *w = t->w + (size_t)find_row(t, keys[i]) * NT;
    for (n = 0, tg = 0; tg < NT; tg++)
      n += w[tg] != 0;
    put_le(fp, keys[i], 8);
    put_le(fp, (uint64_t)n, 1);
    for (tg = 0; tg < NT; tg++)
      if (w[tg]) {
        put_le(fp, (uint64_t)tg, 1);
        put_le(fp, (uint32_t)w[tg], 4);
      }
  }
  rc = ferror(fp) ? -1 : 0;
done:
  if (fp && fclose(fp))
    rc = -1;
  if (rc)
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
               "cannot write the model");
  free(keys);
  return rc;
}

/* Reads the whole file at once and keeps it: the feature section is
 * checked and indexed in one pass (the model is then frozen). */
int pg_tagger_load(pg_tagger *t, const char *path, pg_log *log)
{
  FILE *fp = fopen(path, "rb");
  unsigned char *buf = NULL, *p, *end;
  const char *why = "cannot read the model";
  uint32_t *bucket = NULL;
  uint64_t nf, h, prev = 0;
  size_t i, k, len, bk;
  unsigned bits = 1;
  long sz;

  if (!fp || fseek(fp, 0, SEEK_END) || (sz = ftell(fp)) < 0 ||
      fseek(fp, 0, SEEK_SET) || !(buf = malloc((size_t)sz + 1)) ||
      (len = fread(buf, 1, (size_t)sz, fp)) != (size_t)sz)
    goto err;
  end = buf + len;
  why = "not a tagger model (or a truncated one)";
  if (len < sizeof magic + 8 + 4 * NT * NT || len > UINT32_MAX ||
      memcmp(buf, magic, sizeof magic) ||
      rd_le(buf + sizeof magic, 4) != NT)
    goto err;
  nf = rd_le(buf + sizeof magic + 4, 4);
  while (((uint64_t)1 << bits) < 2 * nf) /* most buckets empty or single */
    bits++;
  if (!(bucket = malloc((((size_t)1 << bits) + 1) * sizeof *bucket))) {
    why = "out of memory";
    goto err;
  }
  p = buf + sizeof magic + 8 + 4 * NT * NT;
  for (i = 0, bk = 0; i < nf; i++) {
    if (end - p < 9 || (size_t)(end - p - 9) < 5 * (size_t)p[8] ||
        p[8] > NT || ((h = rd_le(p, 8)) <= prev && i))
      goto err; /* truncated, or not in hash order */
    for (k = 0; k < p[8]; k++)
      if (p[9 + 5 * k] >= NT)
        goto err;
    prev = h;
    for (; bk <= (size_t)(h >> (64 - bits)); bk++)
      bucket[bk] = (uint32_t)(p - buf);
    p += 9 + 5 * (size_t)p[8];
  }
  for (; bk <= ((size_t)1 << bits); bk++)
    bucket[bk] = (uint32_t)(p - buf);
  for (i = 0; i < NT * NT; i++)
    t->tw[i] = (int32_t)(uint32_t)rd_le(buf + sizeof magic + 8 + 4 * i, 4);
  free(t->fbuf);
  free(t->fbucket);
  t->fbuf = buf;
  t->fbucket = bucket;
  t->fend = (uint32_t)(p - buf);
  t->nf = nf;
  t->fbits = bits;
  fclose(fp);
  return 0;
err:
  pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1}, "%s", why);
  free(buf);
  free(bucket);
  if (fp)
    fclose(fp);
  return -1;
}

/* ---------------------------------------------------------------- apply */

int pg_tagger_view(const pg_annot *a, uint32_t **v, size_t **map, size_t *vn)
{
  const pg_doc *d = &a->doc;
  size_t i, k = 0;

  *v = malloc((d->cn + 1) * sizeof **v);
  *map = malloc((d->cn + 1) * sizeof **map);
  if (!*v || !*map) {
    free(*v);
    free(*map);
    *v = NULL;
    *map = NULL;
    return -1;
  }
  for (i = 0; i < d->cn; i++) {
    uint32_t c = d->ccp[i];
    if (c == '\n' || c == '\r' || c == 0x2029) {
      if (k && (*v)[k - 1] != '\n') {
        (*map)[k] = i;
        (*v)[k++] = '\n';
      }
      continue;
    }
    if (pg_is_space(c) || c == 0xFEFF)
      continue;
    (*map)[k] = i;
    (*v)[k++] = pg_fold_cp(c);
  }
  (*map)[k] = d->cn;
  *vn = k;
  return 0;
}

typedef struct applyctx {
  const pg_tagger *t;                /* the perceptron, or NULL for LAC */
  const struct pg_recognizer *rec;   /* tables of the filters           */
  const char *rule;                  /* pg:rule of the mentions added    */
  pg_annot *a;
  uint32_t *v;        /* the view, owned (apply_begin, apply_done) */
  size_t *map;        /* view -> clean position, owned            */
  size_t vn;
  unsigned char *cov; /* per clean position: 1 + the type of the rule
                         mention covering it, or 0 */
  double min_conf;
  int added;
  int oom;
} applyctx;

/* The entity type of a work span v[b, e): its head word's, or NONE. */
static pg_etype work_type(const applyctx *c, size_t b, size_t e)
{
  const struct pg_recognizer *r = c->rec;
  int val = -1;
  const char *tn;

  if (!r || !pg_ac_longest_ending(r->bw[PG_W_WORKHEAD], c->v, b, e, &val))
    return PG_T_NONE;
  tn = val >= 0 && (size_t)val < r->nval[PG_W_WORKHEAD]
           ? r->wval[PG_W_WORKHEAD][val] : NULL;
  return tn ? pg_etype_from_name(tn) : PG_T_NONE;
}

/* Is view span [b, e) no name: exactly a word of a table that holds
 * titles, heads, stop words or generic words (代表, 同志, 委员会, 今天)?
 * Or, for a person, not started by a surname (nor foreign, with ·)? */
static int no_name(const applyctx *c, size_t b, size_t e, int tt)
{
  static const int tables[] = {PG_W_TITLE, PG_W_CREDIT, PG_W_ORGHEAD,
                               PG_W_WORKHEAD, PG_W_EVENTHEAD, PG_W_STOP,
                               PG_W_WEAKSTOP, PG_W_POSTNAME, PG_W_GENERIC,
                               PG_W_NONNAME, PG_W_UNQHEAD, PG_W_HEADBLOCK,
                               PG_W_PROPER, PG_W_NOTORG};
  const struct pg_recognizer *r = c->rec;
  size_t i;

  if (!r)
    return 0;
  for (i = 0; i < sizeof tables / sizeof *tables; i++)
    if (pg_ac_longest_ending(r->bw[tables[i]], c->v, b, e, NULL) == e - b)
      return 1;
  if (tt == PG_TT_PER) {
    for (i = b; i < e; i++)
      if (c->v[i] == 0x00B7 || c->v[i] == 0x2027)
        return 0;
    return e - b > 4 ||
           !pg_ac_longest_at(r->fw[PG_W_SURNAME], c->v, e, b, NULL);
  }
  return 0;
}

/* The entity of type ty labelled label, or a new one; -1 on OOM. */
static int entity_for(pg_annot *a, pg_etype ty, const char *label)
{
  size_t i, k;
  int ei;

  for (i = 0; i < a->ne; i++) {
    if (a->ent[i].type != ty)
      continue;
    if (!strcmp(a->ent[i].label, label))
      return (int)i;
    for (k = 0; k < a->ent[i].n_alias; k++)
      if (!strcmp(a->ent[i].alias[k], label))
        return (int)i;
  }
  if ((ei = pg_annot_add_entity(a, ty, label, NULL)) < 0)
    return -1;
  if (!(a->ent[ei].key = pg_entity_key(label)))
    return -1;
  return ei;
}

/* Does view span [b, e), of type ty, touch a rule mention of the same
 * type with no mark or blank between (济社会研究中心 right after the 经 of
 * another body's name): a piece of a name the rules read otherwise.  A
 * name next to a name of another type is one (北京|张三, 华为|任正非). */
static int fragment(const applyctx *c, size_t b, size_t e, pg_etype ty)
{
  unsigned char t = (unsigned char)(ty + 1);

  if (b > 0 && pg_is_han(c->v[b - 1]) && c->map[b - 1] + 1 == c->map[b] &&
      c->cov[c->map[b - 1]] == t)
    return 1;
  return e < c->vn && pg_is_han(c->v[e]) && c->map[e - 1] + 1 == c->map[e] &&
         c->cov[c->map[e]] == t;
}

/* Is view span [b, e) a piece of a Latin word (isc of Cisco) or of an
 * address (huggingface of https://huggingface.co/)? */
static int latin_piece(const applyctx *c, size_t b, size_t e)
{
  if ((b > 0 && pg_is_latin_alnum(c->v[b - 1]) &&
       pg_is_latin_alnum(c->v[b])) ||
      (e < c->vn && pg_is_latin_alnum(c->v[e]) &&
       pg_is_latin_alnum(c->v[e - 1])))
    return 1;
  return (pg_is_latin_alnum(c->v[b]) && b > 0 &&
          (c->v[b - 1] == '.' || c->v[b - 1] == '/' || c->v[b - 1] == '@')) ||
         (pg_is_latin_alnum(c->v[e - 1]) && e < c->vn &&
          (c->v[e] == '.' || c->v[e] == '/' || c->v[e] == '@') &&
          e + 1 < c->vn && pg_is_latin_alnum(c->v[e + 1]));
}

static void on_span(void *user, size_t b, size_t e, int tt, double conf)
{
  static const pg_etype ty[PG_TT__COUNT] = {PG_T_PERSON, PG_T_ORGANIZATION,
                                            PG_T_PLACE, PG_T_NONE};
  applyctx *c = user;
  size_t cb = c->map[b], ce = c->map[e - 1] + 1, i;
  pg_etype type = tt == PG_TT_WORK ? work_type(c, b, e) : ty[tt];
  int mi, ei;

  if (c->oom || conf < c->min_conf || e - b < 2 || type == PG_T_NONE ||
      no_name(c, b, e, tt))
    return;
  for (i = cb; i < ce; i++)
    if (c->cov[i])
      return;
  if (fragment(c, b, e, type) || latin_piece(c, b, e))
    return;
  for (i = b; i < e; i++) /* no punctuation inside a name */
    if (c->v[i] == '\n' || (pg_rc_is_punct(c->v[i]) && c->v[i] != 0x00B7 &&
                            c->v[i] != '-' && c->v[i] != 0x2014))
      return;
  if ((mi = pg_annot_add_mention(c->a, cb, ce, type, c->rule,
                                 -1)) < 0 ||
      (ei = entity_for(c->a, type, c->a->m[mi].surface)) < 0 ||
      pg_annot_link(c->a, mi, ei)) {
    c->oom = 1;
    return;
  }
  c->a->m[mi].conf = conf;
  for (i = cb; i < ce; i++)
    c->cov[i] = (unsigned char)(type + 1);
  c->added++;
}

/* want_fn of apply: margins only matter for a segment holding a span of
 * two or more characters that no rule mention overlaps (on_span drops
 * the others whatever their confidence), and most segments hold none. */
static int want_margins(void *user, const uint8_t *tags, size_t b, size_t e)
{
  const applyctx *c = user;
  size_t i, k, sb = b;

  for (i = b; i < e; i++) {
    int tg = tags[i], pos = tg ? (tg - 1) % 4 : -1;
    if (pos == PG_BIES_B)
      sb = i;
    if (pos != PG_BIES_E)
      continue;
    for (k = c->map[sb]; k <= c->map[i] && !c->cov[k]; k++)
      ;
    if (k > c->map[i])
      return 1;
  }
  return 0;
}

/* Sets c up for adding mentions to a with rule (borrowed): the view, its
 * map, and which clean positions the mentions already there cover.
 * Returns 0, or -1 on out of memory (apply_done frees what was made). */
static int apply_begin(applyctx *c, pg_annot *a,
                       const struct pg_recognizer *rec, const char *rule,
                       double min_conf)
{
  uint32_t *v = NULL;
  size_t *map = NULL, vn = 0, i, k;

  memset(c, 0, sizeof *c);
  if (pg_tagger_view(a, &v, &map, &vn))
    return -1;
  c->v = v;
  c->map = map;
  c->vn = vn;
  if (!(c->cov = calloc(a->doc.cn + 1, 1)))
    return -1;
  for (i = 0; i < a->nm; i++)
    for (k = a->m[i].cb; k < a->m[i].ce && k < a->doc.cn; k++)
      c->cov[k] = (unsigned char)(a->m[i].type + 1);
  c->rec = rec;
  c->rule = rule;
  c->a = a;
  c->min_conf = min_conf;
  return 0;
}

static void apply_done(applyctx *c)
{
  free(c->v);
  free(c->map);
  free(c->cov);
}

int pg_tagger_apply(const pg_tagger *t, pg_annot *a, double min_conf)
{
  applyctx c;
  uint8_t *tags = NULL;
  int32_t *margin = NULL;
  int rc = -1;

  if (apply_begin(&c, a, t->rec, "model.perceptron", min_conf) ||
      !(tags = malloc(c.vn + 1)) ||
      !(margin = malloc((c.vn + 1) * sizeof *margin)))
    goto done;
  c.t = t;
  if (decode(t, c.v, c.vn, tags, margin, want_margins, &c))
    goto done;
  pg_tagger_spans(tags, margin, c.vn, on_span, &c);
  rc = c.oom ? -1 : c.added;
done:
  apply_done(&c);
  free(tags);
  free(margin);
  return rc;
}

/* A sentence end the LAC model's segments stop after: LAC was trained on
 * sentences, and a segment's cost is linear in its length. */
static int lac_end(uint32_t c)
{
  return c == '\n' || c == 0x3002 || c == 0xFF01 || c == 0xFF1F ||
         c == 0xFF1B || c == '!' || c == '?' || c == ';';
}

enum { LAC_MAX_SEGMENT = 512 };

/* Can a person's name start at view position i, which no rule mention
 * covers: a surname, or a foreign name's dot within the next ten? */
static int lac_person_start(const applyctx *c, size_t i, size_t se)
{
  if (c->cov[c->map[i]])
    return 0;
  if (c->rec && pg_ac_longest_at(c->rec->fw[PG_W_SURNAME], c->v, se, i, NULL))
    return 1;
  for (size_t k = i; k < se && k < i + 10; k++)
    if (c->v[k] == 0x00B7 || c->v[k] == 0x2027)
      return 1;
  return 0;
}

int pg_tagger_apply_lac(const struct pg_recognizer *rec, const pg_lac *m,
                        pg_annot *a, double min_conf)
{
  applyctx c;
  const uint32_t *v;
  size_t vn, k;
  uint8_t *tags = NULL;
  float *margin = NULL;
  int rc = -1;

  if (apply_begin(&c, a, rec, "model.lac", min_conf) ||
      !(tags = malloc(c.vn + 1)) ||
      !(margin = malloc((c.vn + 1) * sizeof *margin)))
    goto done;
  v = c.v;
  vn = c.vn;
  for (size_t sb = 0, se; sb < vn; sb = se) {
    for (se = sb; se < vn && se - sb < LAC_MAX_SEGMENT && !lac_end(v[se]);
         se++)
      ;
    if (se < vn && se - sb < LAC_MAX_SEGMENT)
      se++; /* the end mark belongs to its sentence */
    /* a segment where no name could start that no rule mention covers
     * holds nothing to add: most segments */
    for (k = sb; k < se && (v[k] == '\n' || !lac_person_start(&c, k, se)); k++)
      ;
    if (k == se)
      continue;
    size_t te = v[se - 1] == '\n' ? se - 1 : se; /* no line break: OOV */
    if (pg_lac_tag(m, v + sb, te - sb, tags + sb, margin + sb))
      goto done;
    for (size_t b = sb, e; b < te; b = e) {
      float conf = margin[b];
      for (e = b + 1; e < te && !pg_lac_begins(m, tags[e]); e++)
        if (margin[e] < conf)
          conf = margin[e];
      if (pg_lac_class(m, tags[b]) == PG_LAC_PER)
        on_span(&c, b, e, PG_TT_PER, conf);
      if (c.oom)
        goto done;
    }
  }
  rc = c.added;
done:
  apply_done(&c);
  free(tags);
  free(margin);
  return rc;
}
