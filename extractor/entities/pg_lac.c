/* pg_lac.c - Baidu LAC's small model: reader and forward pass.
 *
 * A parameter file (PaddlePaddle's save_persistables format) is:
 *   uint32 version (0), uint64 LoD levels, for each a uint64 byte size and
 *   that many bytes, uint32 tensor version (0), int32 size of a TensorDesc
 *   protobuf message (field 1: data type, 5 = FP32; field 2, repeated:
 *   dims), then the tensor's floats, little-endian, row-major.
 * Only that much protobuf is read; the dims are checked against the shapes
 * the network needs, so a wrong or truncated file is refused by name.
 *
 * The GRU is PaddlePaddle's dynamic_gru with origin_mode off: given the
 * projected input x (3H: update, reset, candidate) and the previous state
 * h,
 *   u = sigmoid(x_u + h W_u + b_u), r = sigmoid(x_r + h W_r + b_r),
 *   c = tanh(x_c + (r * h) W_c + b_c), h' = (1 - u) * h + u * c,
 * where the weight file holds W_ur (H x 2H) and then W_c (H x H), each
 * row-major.  The CRF's transition file holds the start scores, the end
 * scores, then the T x T transitions (from, to).
 */
#include "pg_lac.h"
#include "pg_input.h"
#include "pg_text.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { EMB = 128, HID = 128, GATES = 3 * HID };

struct pg_lac {
  int ntags;
  char **tag_name;      /* ntags */
  signed char *cls;     /* ntags: PG_LAC_* */
  unsigned char *begin; /* ntags */
  uint16_t *bmp;        /* 65536: code point -> id, 0xFFFF unknown */
  int oov;              /* id of "OOV" */
  int vocab;            /* rows of the embedding */
  float *emb;           /* vocab x EMB */
  float *fc_w[4], *fc_b[4];   /* layer l, direction d: [2l + d] */
  float *gru_w[4], *gru_b[4]; /* HID x 2HID then HID x HID; 3HID */
  float *out_w, *out_b;       /* 2HID x ntags; ntags */
  float *crf;                 /* (ntags + 2) x ntags */
};

static void fail(pg_log *log, const char *path, long off, const char *why)
{
  pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
             "LAC model: %s (at byte %ld)", why, off);
}

static uint64_t le(const unsigned char *p, int bytes)
{
  uint64_t v = 0;

  for (int i = bytes - 1; i >= 0; i--)
    v = v << 8 | p[i];
  return v;
}

/* Reads a protobuf varint at *p (below end); -1 when malformed. */
static int64_t varint(const unsigned char **p, const unsigned char *end)
{
  uint64_t v = 0;

  for (int shift = 0; *p < end && shift < 64; shift += 7) {
    unsigned char c = *(*p)++;
    v |= (uint64_t)(c & 0x7f) << shift;
    if (!(c & 0x80))
      return (int64_t)v;
  }
  return -1;
}

/* Reads dir/model_baseline/name, a float tensor of exactly the dims
 * d0 (and d1 when > 0; d0 == -1 takes any first dim, stored in *rows). */
static float *read_tensor(const char *dir, const char *name, long d0, long d1,
                          long *rows, pg_log *log)
{
  char path[4096];
  unsigned char *buf;
  size_t len, off = 0;
  long dims[4];
  int nd = 0, type = -1;
  float *t = NULL;

  snprintf(path, sizeof path, "%s/model_baseline/%s", dir, name);
  if (pg_input_read(path, &buf, &len, log))
    return NULL;
  if (len < 12 || le(buf, 4) != 0) {
    fail(log, path, 0, "expected a version 0 parameter file");
    goto out;
  }
  uint64_t lod = le(buf + 4, 8);
  off = 12;
  for (uint64_t i = 0; i < lod; i++) {
    if (len - off < 8 || le(buf + off, 8) > len - off - 8) {
      fail(log, path, (long)off, "truncated level of detail");
      goto out;
    }
    off += 8 + le(buf + off, 8);
  }
  if (len - off < 8 || le(buf + off, 4) != 0) {
    fail(log, path, (long)off, "expected a version 0 tensor");
    goto out;
  }
  uint32_t dsize = (uint32_t)le(buf + off + 4, 4);
  off += 8;
  if (dsize > len - off) {
    fail(log, path, (long)off, "truncated tensor description");
    goto out;
  }
  const unsigned char *p = buf + off, *end = p + dsize;
  while (p < end) {
    int64_t key = varint(&p, end), v;
    if (key < 0 || (key & 7) != 0 || (v = varint(&p, end)) < 0) {
      fail(log, path, (long)(p - buf), "unexpected tensor description");
      goto out;
    }
    if (key >> 3 == 1)
      type = (int)v;
    else if (key >> 3 == 2 && nd < 4)
      dims[nd++] = (long)v;
  }
  off += dsize;
  if (type != 5) {
    fail(log, path, (long)off, "expected 32-bit floats");
    goto out;
  }
  if (nd != (d1 > 0 ? 2 : 1) || (d0 >= 0 && dims[0] != d0) ||
      (d1 > 0 && dims[1] != d1) || dims[0] <= 0) {
    char why[160];
    snprintf(why, sizeof why, "expected a %ld x %ld tensor", d0, d1);
    fail(log, path, (long)off, why);
    goto out;
  }
  size_t count = (size_t)dims[0] * (size_t)(d1 > 0 ? d1 : 1);
  if (len - off != count * 4) {
    fail(log, path, (long)off, "size does not match the tensor's dims");
    goto out;
  }
  if (!(t = malloc(count * sizeof *t))) {
    fail(log, path, (long)off, "out of memory");
    goto out;
  }
  for (size_t i = 0; i < count; i++) {
    uint32_t u = (uint32_t)le(buf + off + 4 * i, 4);
    memcpy(&t[i], &u, 4);
  }
  if (rows)
    *rows = dims[0];
out:
  free(buf);
  return t;
}

/* Reads "id<TAB>name" lines of dir/name; calls fn for each. */
static int read_dic(const char *dir, const char *name, pg_log *log,
                    int (*fn)(pg_lac *, long, const char *, size_t),
                    pg_lac *m)
{
  char path[4096];
  unsigned char *buf;
  size_t len;
  long line = 0;

  snprintf(path, sizeof path, "%s/%s", dir, name);
  if (pg_input_read(path, &buf, &len, log))
    return -1;
  for (char *s = (char *)buf, *nl; s < (char *)buf + len; s = nl + 1) {
    line++;
    if (!(nl = strchr(s, '\n')))
      nl = (char *)buf + len;
    char *tab = memchr(s, '\t', (size_t)(nl - s)), *e;
    long id = strtol(s, &e, 10);
    if (nl == s)
      continue;
    if (!tab || e != tab || id < 0 || id > 65534 ||
        fn(m, id, tab + 1, (size_t)(nl - tab - 1))) {
      pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, line, 1, -1},
                 "LAC model: expected an id, a tab and a symbol");
      free(buf);
      return -1;
    }
  }
  free(buf);
  return 0;
}

static int add_word(pg_lac *m, long id, const char *w, size_t n)
{
  uint32_t *cp = NULL;
  size_t ncp = 0, bad;

  if (n == 3 && !memcmp(w, "OOV", 3)) {
    m->oov = (int)id;
    return 0;
  }
  /* one code point of the BMP; longer symbols (OOV_HANZ) are not input */
  if (pg_utf8_decode(w, n, &cp, &ncp, &bad))
    return -1;
  if (ncp == 1 && cp[0] < 65536)
    m->bmp[cp[0]] = (uint16_t)id;
  free(cp);
  return 0;
}

static int add_tag(pg_lac *m, long id, const char *w, size_t n)
{
  if (id >= 255 || id != m->ntags)
    return -1; /* dense, in order */
  char **names = realloc(m->tag_name, (size_t)(id + 1) * sizeof *names);
  if (!names)
    return -1;
  m->tag_name = names;
  if (!(names[id] = malloc(n + 1)))
    return -1;
  memcpy(names[id], w, n);
  names[id][n] = 0;
  m->ntags++;
  return 0;
}

static int tag_class(const char *t)
{
  size_t n = strcspn(t, "-");

  if ((n == 2 && !memcmp(t, "nr", 2)) || (n == 3 && !memcmp(t, "PER", 3)))
    return PG_LAC_PER;
  if ((n == 2 && !memcmp(t, "nt", 2)) || (n == 3 && !memcmp(t, "ORG", 3)))
    return PG_LAC_ORG;
  if ((n == 2 && !memcmp(t, "ns", 2)) || (n == 3 && !memcmp(t, "LOC", 3)))
    return PG_LAC_LOC;
  if (n == 2 && !memcmp(t, "nw", 2))
    return PG_LAC_WORK;
  return PG_LAC_NONE;
}

pg_lac *pg_lac_open(const char *dir, pg_log *log)
{
  pg_lac *m = calloc(1, sizeof *m);
  long rows = 0;
  char name[32];

  if (!dir)
    dir = PG_LAC_DIR;
  if (!m || !(m->bmp = malloc(65536 * sizeof *m->bmp)))
    goto fail;
  memset(m->bmp, 0xff, 65536 * sizeof *m->bmp);
  m->oov = -1;
  if (read_dic(dir, "word.dic", log, add_word, m) ||
      read_dic(dir, "tag.dic", log, add_tag, m))
    goto fail;
  if (m->ntags < 2 || m->oov < 0) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){dir, 0, 0, -1},
               "LAC model: word.dic has no OOV or tag.dic no tags");
    goto fail;
  }
  if (!(m->cls = malloc((size_t)m->ntags)) ||
      !(m->begin = malloc((size_t)m->ntags)))
    goto fail;
  for (int t = 0; t < m->ntags; t++) {
    const char *s = m->tag_name[t];
    size_t n = strlen(s);
    m->cls[t] = (signed char)tag_class(s);
    m->begin[t] = !strcmp(s, "O") || (n > 2 && !strcmp(s + n - 2, "-B"));
  }
  if (!(m->emb = read_tensor(dir, "word_emb", -1, EMB, &rows, log)))
    goto fail;
  m->vocab = (int)rows;
  if (m->oov >= m->vocab) {
    fail(log, "word_emb", 0, "OOV id beyond the embedding");
    goto fail;
  }
  for (size_t c = 0; c < 65536; c++)
    if (m->bmp[c] != 0xFFFF && m->bmp[c] >= m->vocab)
      m->bmp[c] = 0xFFFF; /* no row: read as OOV */
  for (int i = 0; i < 4; i++) {
    long in = i < 2 ? EMB : 2 * HID;
    snprintf(name, sizeof name, "fc_%d.w_0", i);
    if (!(m->fc_w[i] = read_tensor(dir, name, in, GATES, NULL, log)))
      goto fail;
    snprintf(name, sizeof name, "fc_%d.b_0", i);
    if (!(m->fc_b[i] = read_tensor(dir, name, GATES, 0, NULL, log)))
      goto fail;
    snprintf(name, sizeof name, "gru_%d.w_0", i);
    if (!(m->gru_w[i] = read_tensor(dir, name, HID, GATES, NULL, log)))
      goto fail;
    snprintf(name, sizeof name, "gru_%d.b_0", i);
    if (!(m->gru_b[i] = read_tensor(dir, name, 1, GATES, NULL, log)))
      goto fail;
  }
  if (!(m->out_w = read_tensor(dir, "fc_4.w_0", 2 * HID, m->ntags, NULL, log)) ||
      !(m->out_b = read_tensor(dir, "fc_4.b_0", m->ntags, 0, NULL, log)) ||
      !(m->crf = read_tensor(dir, "crfw", m->ntags + 2, m->ntags, NULL, log)))
    goto fail;
  return m;
fail:
  pg_lac_free(m);
  return NULL;
}

void pg_lac_free(pg_lac *m)
{
  if (!m)
    return;
  for (int t = 0; t < m->ntags; t++)
    free(m->tag_name[t]);
  free(m->tag_name);
  free(m->cls);
  free(m->begin);
  free(m->bmp);
  free(m->emb);
  for (int i = 0; i < 4; i++) {
    free(m->fc_w[i]);
    free(m->fc_b[i]);
    free(m->gru_w[i]);
    free(m->gru_b[i]);
  }
  free(m->out_w);
  free(m->out_b);
  free(m->crf);
  free(m);
}

int pg_lac_ntags(const pg_lac *m) { return m->ntags; }

const char *pg_lac_tag_name(const pg_lac *m, int t)
{
  return t >= 0 && t < m->ntags ? m->tag_name[t] : "";
}

int pg_lac_class(const pg_lac *m, int t)
{
  return t >= 0 && t < m->ntags ? m->cls[t] : PG_LAC_NONE;
}

int pg_lac_begins(const pg_lac *m, int t)
{
  return t >= 0 && t < m->ntags && m->begin[t];
}

/* y[o] = b[o] + sum_i x[i] W[i][o], for o < no. */
static inline void affine(const float *restrict x, int ni,
                          const float *restrict w, const float *restrict b,
                          int no, float *restrict y)
{
  memcpy(y, b, (size_t)no * sizeof *y);
  for (int i = 0; i < ni; i++) {
    const float xi = x[i], *row = w + (size_t)i * no;
    for (int o = 0; o < no; o++)
      y[o] += xi * row[o];
  }
}

/* affine of four inputs to the gates' width at once, into four
 * consecutive rows of y: each weight row is read once for the four (the
 * whole tagging takes a tenth less time than with one affine each). */
static void project4(const float *const xs[4], int ni,
                     const float *restrict w, const float *restrict b,
                     float *restrict y)
{
  for (int k = 0; k < 4; k++)
    memcpy(y + k * GATES, b, GATES * sizeof *y);
  for (int i = 0; i < ni; i++) {
    const float x0 = xs[0][i], x1 = xs[1][i], x2 = xs[2][i], x3 = xs[3][i];
    const float *row = w + (size_t)i * GATES;
    for (int o = 0; o < GATES; o++) {
      const float r = row[o];
      y[o] += x0 * r;
      y[GATES + o] += x1 * r;
      y[2 * GATES + o] += x2 * r;
      y[3 * GATES + o] += x3 * r;
    }
  }
}

static float sigmoid(float x) { return 1.0f / (1.0f + expf(-x)); }

/* Runs the GRU of index g over the projected inputs x (n x GATES), in
 * reverse when rev, writing states into out (row stride 2HID, offset
 * already applied). */
static void gru(const pg_lac *m, int g, const float *x, size_t n, int rev,
                float *out)
{
  const float *wur = m->gru_w[g], *wc = wur + HID * 2 * HID, *b = m->gru_b[g];
  float h[HID] = {0}, gate[2 * HID], rh[HID], cand[HID];

  for (size_t k = 0; k < n; k++) {
    size_t t = rev ? n - 1 - k : k;
    const float *xt = x + t * GATES;
    for (int o = 0; o < 2 * HID; o++)
      gate[o] = xt[o] + b[o];
    for (int i = 0; i < HID; i++) {
      const float hi = h[i], *row = wur + (size_t)i * 2 * HID;
      for (int o = 0; o < 2 * HID; o++)
        gate[o] += hi * row[o];
    }
    for (int i = 0; i < HID; i++)
      rh[i] = sigmoid(gate[HID + i]) * h[i];
    for (int o = 0; o < HID; o++)
      cand[o] = xt[2 * HID + o] + b[2 * HID + o];
    for (int i = 0; i < HID; i++) {
      const float ri = rh[i], *row = wc + (size_t)i * HID;
      for (int o = 0; o < HID; o++)
        cand[o] += ri * row[o];
    }
    for (int i = 0; i < HID; i++) {
      float u = sigmoid(gate[i]);
      h[i] = (1.0f - u) * h[i] + u * tanhf(cand[i]);
    }
    memcpy(out + t * 2 * HID, h, sizeof h);
  }
}

/* The model was trained on text whose full-width forms were made
 * half-width (LAC's q2b table): the full-width ASCII block, the ideographic
 * space, and the marks 。、“”‘’ read as . , " and '.  Without it every
 * full-width comma reads as a verb and a name runs across it. */
static uint32_t half_width(uint32_t c)
{
  if (c >= 0xFF01 && c <= 0xFF5E)
    return c - 0xFEE0;
  switch (c) {
  case 0x3000: return ' ';
  case 0x3002: return '.';
  case 0x3001: return ',';
  case 0x201C: case 0x201D: return '"';
  case 0x2018: case 0x2019: return '\'';
  default: return c;
  }
}

/* Best path through the emissions em (n x T) under the CRF: tags[n].
 * With margin, also each position's margin: the best path's score minus
 * the best score of a path with another tag there (max-marginals from a
 * forward and a backward max pass).  back (n x T) and score (n x T) are
 * scratch. */
static void viterbi(const pg_lac *m, const float *em, size_t n, uint8_t *tags,
                    float *margin, int *back, float *score)
{
  if (n == 0 || m->ntags < 1)
    return;
  const int T = m->ntags;
  const float *start = m->crf, *stop = m->crf + T, *trans = m->crf + 2 * T;
  float *al = score; /* al[t][j]: best score of a prefix ending in j at t */

  for (int j = 0; j < T; j++)
    al[j] = start[j] + em[j];
  for (size_t t = 1; t < n; t++)
    for (int j = 0; j < T; j++) {
      const float *prev = al + (t - 1) * T;
      int bi = 0;
      float bs = prev[0] + trans[j];
      for (int i = 1; i < T; i++) {
        float s = prev[i] + trans[(size_t)i * T + j];
        if (s > bs)
          bs = s, bi = i;
      }
      al[t * T + j] = bs + em[t * T + j];
      back[t * T + j] = bi;
    }
  const float *last = al + (n - 1) * T;
  int best = 0;
  for (int j = 1; j < T; j++)
    if (last[j] + stop[j] > last[best] + stop[best])
      best = j;
  float total = last[best] + stop[best];
  for (size_t t = n; t-- > 0;) {
    tags[t] = (uint8_t)best;
    if (t)
      best = back[t * T + best];
  }
  if (!margin)
    return;
  /* be[j]: best score of the suffix after t given tag j at t; computed
   * in place from the end, two rows reused */
  float *be = malloc(2 * (size_t)T * sizeof *be);
  if (!be) { /* no margins: report none as sure */
    for (size_t t = 0; t < n; t++)
      margin[t] = 0.0f;
    return;
  }
  float *cur = be, *nxt = be + T;
  for (int j = 0; j < T; j++)
    cur[j] = stop[j];
  for (size_t t = n; t-- > 0;) {
    float other = -INFINITY;
    for (int j = 0; j < T; j++)
      if (j != tags[t] && al[t * T + j] + cur[j] > other)
        other = al[t * T + j] + cur[j];
    margin[t] = total - other;
    if (!t)
      break;
    for (int i = 0; i < T; i++) {
      float bs = -INFINITY;
      for (int j = 0; j < T; j++) {
        float s = trans[(size_t)i * T + j] + em[t * T + j] + cur[j];
        if (s > bs)
          bs = s;
      }
      nxt[i] = bs;
    }
    float *sw = cur;
    cur = nxt;
    nxt = sw;
  }
  free(be);
}

int pg_lac_tag(const pg_lac *m, const uint32_t *cp, size_t n, uint8_t *tags,
               float *margin)
{
  const int T = m->ntags;
  float *a, *b, *proj, *em, *score;
  int *back;

  if (n == 0)
    return 0;
  a = malloc(n * 2 * HID * sizeof *a);
  b = malloc(n * 2 * HID * sizeof *b);
  proj = malloc(n * GATES * sizeof *proj);
  em = malloc(n * (size_t)T * sizeof *em);
  score = malloc(n * (size_t)T * sizeof *score);
  back = malloc(n * (size_t)T * sizeof *back);
  if (!a || !b || !proj || !em || !score || !back) {
    free(a), free(b), free(proj), free(em), free(score), free(back);
    return -1;
  }
  /* layer 1 reads the embeddings, layer 2 layer 1's states */
  for (int l = 0; l < 2; l++) {
    int ni = l == 0 ? EMB : 2 * HID;
    for (int d = 0; d < 2; d++) {
      int g = 2 * l + d;
      const float *xs[4];
      for (size_t t = 0; t < n; t++) {
        if (l == 0) {
          uint32_t c = half_width(cp[t]);
          int id = c < 65536 && m->bmp[c] != 0xFFFF ? m->bmp[c] : m->oov;
          xs[t % 4] = m->emb + (size_t)id * EMB;
        } else {
          xs[t % 4] = a + t * 2 * HID;
        }
        if (t % 4 == 3)
          project4(xs, ni, m->fc_w[g], m->fc_b[g], proj + (t - 3) * GATES);
      }
      for (size_t t = n - n % 4; t < n; t++) /* the last one to three */
        affine(xs[t % 4], ni, m->fc_w[g], m->fc_b[g], GATES,
               proj + t * GATES);
      gru(m, g, proj, n, d, b + d * HID);
    }
    float *s = a;
    a = b;
    b = s;
  }
  for (size_t t = 0; t < n; t++)
    affine(a + t * 2 * HID, 2 * HID, m->out_w, m->out_b, T, em + t * T);
  viterbi(m, em, n, tags, margin, back, score);
  free(a), free(b), free(proj), free(em), free(score), free(back);
  return 0;
}
