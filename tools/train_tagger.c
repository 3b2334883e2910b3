/* train_tagger.c - trains the statistical tagger's model (pg_tagger.h).
 *
 * Usage: train-tagger [-e EPOCHS] [-g REPEAT] [-f MINFREQ] [-p MINWEIGHT]
 *                     [-L LACDIR [-m MARGIN] [-j THREADS]] [-x EXCLUDE.list]...
 *                     [-G GOLDDIR -w WORKING.list] -o MODEL CORPUSDIR
 *
 * Silver labels: every .txt file of CORPUSDIR not named in an -x list is run
 * through the rules (pg_extractor) and their Person, Organization, Place
 * and work mentions become BIES tags (outermost first).  With -L, Baidu
 * LAC's small model (pg_lac.h, read from LACDIR) is the teacher of the
 * names the rules miss: the people it finds that no rule mention overlaps
 * (pg_tagger_apply_lac, CRF margin >= MARGIN, default 2) are tagged too,
 * so that the tagger learns, at a hundredth of LAC's cost, what an
 * independently trained recognizer knows.  LAC runs on THREADS threads
 * (default 2), a batch of documents at a time; the tags do not depend on
 * the thread count.  Gold labels: for
 * each name in WORKING.list with a GOLDDIR/<name>.gold.tsv (or
 * <name without .txt>.gold.tsv), the gold entities' labels and aliases
 * are found by string matching in the text (longest first) and tagged;
 * those documents are not silver-labelled (they are -x'd anyway), and are
 * seen REPEAT times per epoch.  Documents are visited in a fixed
 * pseudo-random order per epoch; everything is integer and sorted, so the
 * same inputs give the same model file byte for byte.  -p drops, after
 * averaging, the weights below MINWEIGHT in absolute value (16 = one
 * update; pg_tagger_prune).
 *
 * The program prints what it read to standard error, and the gold files
 * it used on standard output (one a line) for the training manifest.
 */
#include "pg_extract.h"
#include "pg_input.h"
#include "pg_lexicon.h"
#include "pg_recognize.h"
#include "pg_tagger.h"
#include "pg_text.h"

#include "pg_lac.h"

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct corpus {
  uint32_t *v;  size_t nv, vcap;   /* all views, concatenated          */
  uint8_t *tag;                    /* their tags                       */
  size_t *off;  size_t nd, dcap;   /* document d is v[off[d], off[d+1]) */
  int *gold;                       /* per document: 1 for gold labels  */
} corpus;

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_all(const char *path, size_t *len)
{
  FILE *fp = fopen(path, "rb");
  char *buf = NULL;
  long n;

  if (!fp)
    return NULL;
  if (fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 &&
      fseek(fp, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1))) {
    *len = fread(buf, 1, (size_t)n, fp);
    buf[*len] = '\0';
  }
  fclose(fp);
  return buf;
}

/* Names listed in a file, one a line. */
static int in_list(char **list, size_t n, const char *name)
{
  return n && bsearch(&name, list, n, sizeof *list, cmp_str) != NULL;
}

static size_t read_list(const char *path, char ***list, size_t n)
{
  FILE *fp = fopen(path, "r");
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;

  if (!fp) {
    fprintf(stderr, "train-tagger: cannot read %s\n", path);
    exit(1);
  }
  while ((len = getline(&line, &cap, fp)) >= 0) {
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r' ||
                       line[len - 1] == ' '))
      line[--len] = '\0';
    if (!len || line[0] == '#')
      continue;
    *list = realloc(*list, (n + 1) * sizeof **list);
    (*list)[n++] = strdup(line);
  }
  free(line);
  fclose(fp);
  qsort(*list, n, sizeof **list, cmp_str);
  return n;
}

static int tt_of(pg_etype e)
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

/* Tags [b, e) with type tt unless a tag is already there. */
static void put_span(uint8_t *tag, size_t b, size_t e, int tt)
{
  size_t i;

  for (i = b; i < e; i++)
    if (tag[i] != PG_TAG_O)
      return;
  for (i = b; i < e; i++)
    tag[i] = (uint8_t)PG_TAG(tt, e - b == 1 ? PG_BIES_S
                                 : i == b   ? PG_BIES_B
                                 : i + 1 == e ? PG_BIES_E : PG_BIES_I);
}

/* Appends a document's view (with all tags O); returns its tags. */
static uint8_t *add_doc(corpus *c, const uint32_t *v, size_t n, int gold)
{
  if (c->nv + n > c->vcap) {
    while (c->nv + n > c->vcap)
      c->vcap = c->vcap ? c->vcap * 2 : 1 << 20;
    c->v = realloc(c->v, c->vcap * sizeof *c->v);
    c->tag = realloc(c->tag, c->vcap);
  }
  if (c->nd + 2 > c->dcap) {
    c->dcap = c->dcap ? c->dcap * 2 : 1024;
    c->off = realloc(c->off, c->dcap * sizeof *c->off);
    c->gold = realloc(c->gold, c->dcap * sizeof *c->gold);
  }
  if (!c->v || !c->tag || !c->off || !c->gold) {
    fprintf(stderr, "train-tagger: out of memory\n");
    exit(1);
  }
  memcpy(c->v + c->nv, v, n * sizeof *v);
  memset(c->tag + c->nv, PG_TAG_O, n);
  c->off[c->nd] = c->nv;
  c->gold[c->nd] = gold;
  c->nd++;
  c->nv += n;
  c->off[c->nd] = c->nv;
  return c->tag + c->nv - n;
}

/* Mention order: longer first, then earlier. */
static const pg_annot *sort_a;
static int cmp_mention(const void *x, const void *y)
{
  const pg_mention *a = &sort_a->m[*(const int *)x];
  const pg_mention *b = &sort_a->m[*(const int *)y];
  size_t la = a->ce - a->cb, lb = b->ce - b->cb;

  if (la != lb)
    return la > lb ? -1 : 1;
  return a->cb < b->cb ? -1 : a->cb > b->cb;
}

/* A name the rules found: its folded view string, type and document. */
typedef struct surf { char *s; int tt; size_t doc; } surf;
typedef struct surfs { surf *v; size_t n, cap; } surfs;

static void add_surf(surfs *ss, const uint32_t *v, size_t n, int tt,
                     size_t doc)
{
  if (ss->n == ss->cap) {
    ss->cap = ss->cap ? ss->cap * 2 : 4096;
    if (!(ss->v = realloc(ss->v, ss->cap * sizeof *ss->v))) {
      fprintf(stderr, "train-tagger: out of memory\n");
      exit(1);
    }
  }
  ss->v[ss->n].s = pg_utf8_encode(v, n);
  ss->v[ss->n].tt = tt;
  ss->v[ss->n].doc = doc;
  ss->n++;
}

/* Silver: the rules' mentions of a, tagged in its view (and recorded in
 * ss for the corpus-wide expansion). */
static void silver(corpus *c, const pg_annot *a, surfs *ss)
{
  uint32_t *v;
  size_t *map, vn, i, k, *inv;
  int *ord;
  uint8_t *tag;

  if (pg_tagger_view(a, &v, &map, &vn))
    exit(1);
  tag = add_doc(c, v, vn, 0);
  inv = malloc((a->doc.cn + 1) * sizeof *inv);
  ord = malloc((a->nm + 1) * sizeof *ord);
  for (i = 0; i <= a->doc.cn; i++)
    inv[i] = (size_t)-1;
  for (k = 0; k <= vn; k++)
    inv[map[k]] = k;
  for (i = 0; i < a->nm; i++)
    ord[i] = (int)i;
  sort_a = a;
  qsort(ord, a->nm, sizeof *ord, cmp_mention);
  for (i = 0; i < a->nm; i++) {
    const pg_mention *m = &a->m[ord[i]];
    size_t b = m->cb, e = m->ce;
    int tt = tt_of(m->type);
    while (b < e && inv[b] == (size_t)-1) b++;
    while (e > b && inv[e - 1] == (size_t)-1) e--;
    if (tt >= 0 && b < e) {
      put_span(tag, inv[b], inv[e - 1] + 1, tt);
      if (inv[e - 1] + 1 - inv[b] >= 2)
        add_surf(ss, v + inv[b], inv[e - 1] + 1 - inv[b], tt, c->nd - 1);
    }
  }
  free(inv);
  free(ord);
  free(v);
  free(map);
}

typedef struct gstr { uint32_t *s; size_t n; int tt; } gstr;

static int cmp_gstr(const void *x, const void *y)
{
  const gstr *a = x, *b = y;
  size_t i;

  if (a->n != b->n)
    return a->n > b->n ? -1 : 1;
  for (i = 0; i < a->n; i++)
    if (a->s[i] != b->s[i])
      return a->s[i] < b->s[i] ? -1 : 1;
  return a->tt - b->tt;
}

/* Adds the folded, space-free form of UTF-8 s. */
static void add_gstr(gstr **g, size_t *n, const char *s, int tt)
{
  uint32_t *cp = NULL;
  size_t ncp = 0, i, k = 0, bad;

  if (pg_utf8_decode(s, strlen(s), &cp, &ncp, &bad) || !ncp) {
    free(cp);
    return;
  }
  for (i = 0; i < ncp; i++)
    if (!pg_is_space(cp[i]))
      cp[k++] = pg_fold_cp(cp[i]);
  if (k < 2) { /* one character matches everywhere */
    free(cp);
    return;
  }
  *g = realloc(*g, (*n + 1) * sizeof **g);
  (*g)[*n].s = cp;
  (*g)[*n].n = k;
  (*g)[*n].tt = tt;
  (*n)++;
}

/* Gold: the entities of gold file path, found in a's view. */
static void gold(corpus *c, const pg_annot *a, const char *path,
                 surfs *names)
{
  size_t len, i, p, n = 0;
  char *buf = read_all(path, &len), *line, *save = NULL;
  gstr *g = NULL;
  uint32_t *v;
  size_t *map, vn;
  uint8_t *tag;

  for (line = strtok_r(buf, "\n", &save); line;
       line = strtok_r(NULL, "\n", &save)) {
    char *f[4] = {0}, *q = line, *al, *s2 = NULL;
    int k, tt;
    if (strncmp(line, "E\t", 2) && strncmp(line, "E?\t", 3))
      continue;
    for (k = 0; k < 4 && q; k++) {
      f[k] = q;
      if ((q = strchr(q, '\t')))
        *q++ = '\0';
    }
    if (!f[2] || (tt = tt_of(pg_etype_from_name(f[1]))) < 0)
      continue;
    add_gstr(&g, &n, f[2], tt);
    for (al = f[3] ? strtok_r(f[3], "|", &s2) : NULL; al;
         al = strtok_r(NULL, "|", &s2))
      add_gstr(&g, &n, al, tt);
  }
  qsort(g, n, sizeof *g, cmp_gstr);
  if (pg_tagger_view(a, &v, &map, &vn))
    exit(1);
  tag = add_doc(c, v, vn, 1);
  for (i = 0; i < n; i++)
    for (p = 0; p + g[i].n <= vn; p++)
      if (!memcmp(v + p, g[i].s, g[i].n * sizeof *v))
        put_span(tag, p, p + g[i].n, g[i].tt);
  for (i = 0; i < n; i++) {
    add_surf(names, g[i].s, g[i].n, g[i].tt, c->nd - 1);
    free(g[i].s);
  }
  free(g);
  free(buf);
  free(v);
  free(map);
}

/* The gold file of a working-list name, or NULL. */
static char *gold_path(const char *dir, const char *name)
{
  char path[4096], base[1024];
  size_t l = strlen(name);

  snprintf(base, sizeof base, "%s", name);
  if (l > 4 && !strcmp(base + l - 4, ".txt"))
    base[l - 4] = '\0';
  snprintf(path, sizeof path, "%s/%s.gold.tsv", dir, base);
  if (access(path, R_OK))
    snprintf(path, sizeof path, "%s/%s.gold.tsv", dir, name);
  return access(path, R_OK) ? NULL : strdup(path);
}

static uint64_t rnd(uint64_t *s) /* xorshift64* */
{
  *s ^= *s >> 12;
  *s ^= *s << 25;
  *s ^= *s >> 27;
  return *s * 2685821657736338717ULL;
}

static void on_log(void *user, pg_log_level level, const pg_locator *loc,
                   const char *text)
{
  char buf[4200];

  (void)user;
  if (level == PG_LOG_ERROR)
    fprintf(stderr, "train-tagger: %s: %s\n",
            pg_locator_format(loc, buf, sizeof buf), text);
}

static int cmp_surf(const void *x, const void *y)
{
  const surf *a = x, *b = y;
  int c = strcmp(a->s, b->s);

  if (c)
    return c;
  if (a->tt != b->tt)
    return a->tt - b->tt;
  return a->doc < b->doc ? -1 : a->doc > b->doc;
}

typedef struct hits { size_t *len; int *val; } hits;

static int on_hit(void *user, size_t b, size_t e, int value)
{
  hits *h = user;

  if (e - b > h->len[b]) {
    h->len[b] = e - b;
    h->val[b] = value;
  }
  return 0;
}

/* Longest-leftmost matches of ac in document d of c: calls back with
 * each. */
static void scan_doc(const corpus *c, size_t d, const pg_ac *ac, hits *h,
                     void (*fn)(void *, const corpus *, size_t, size_t,
                                size_t, int),
                     void *user)
{
  size_t b = c->off[d], n = c->off[d + 1] - b, i, e = 0;

  memset(h->len, 0, (n + 1) * sizeof *h->len);
  pg_ac_scan(ac, c->v + b, n, on_hit, h);
  for (i = 0; i < n; i++) {
    if (!h->len[i] || i < e)
      continue;
    fn(user, c, d, i, i + h->len[i], h->val[i]);
    e = i + h->len[i];
  }
}

typedef struct cand { char *s; int tt; size_t rule, all; } cand;
typedef struct expctx { cand *k; size_t added; } expctx;

static void count_hit(void *user, const corpus *c, size_t d, size_t b,
                      size_t e, int val)
{
  (void)c; (void)d; (void)b; (void)e;
  ((expctx *)user)->k[val].all++;
}

static void tag_hit(void *user, const corpus *c, size_t d, size_t b,
                    size_t e, int val)
{
  expctx *x = user;
  uint8_t *tag = c->tag + c->off[d];
  size_t k;

  for (k = b; k < e && tag[k] == PG_TAG_O; k++)
    ;
  if (k < e)
    return;
  put_span(tag, b, e, x->k[val].tt);
  x->added++;
}

/* Corpus-wide expansion of the silver labels.  The rules miss a name in
 * one sentence (a leader in a list, a city without its province) that
 * they found in another; without this the tagger learns their misses as
 * O.  A name qualifies when the rules found it in at least two documents
 * and minfreq times, with one type for 90% of those, and at no less than
 * a fifth of the places it is written (so that 代表 or 今天, which a rule
 * took for a name a few times among thousands, do not).  It is then
 * tagged wherever the rules left it untagged, longest first, left to
 * right, only over O tags. */
static void expand(corpus *c, surfs *ss, int minfreq)
{
  pg_ac *ac = pg_new_ac(0), *keep = pg_new_ac(0);
  size_t i, j, k, nk = 0, nkeep = 0, d;
  cand *ks = NULL;
  expctx x = {NULL, 0};
  hits h;

  qsort(ss->v, ss->n, sizeof *ss->v, cmp_surf);
  for (i = 0; i < ss->n; i = j) {
    size_t best = 0, docs = 0, run;
    int bt = -1;
    for (j = i; j < ss->n && !strcmp(ss->v[j].s, ss->v[i].s); j++)
      ;
    for (k = i; k < j; k = k + run) {
      for (run = 0; k + run < j && ss->v[k + run].tt == ss->v[k].tt; run++)
        ;
      if (run > best) {
        best = run;
        bt = ss->v[k].tt;
      }
    }
    for (k = i; k < j; k++)
      docs += k == i || ss->v[k].doc != ss->v[k - 1].doc;
    if ((int)(j - i) < minfreq || docs < 2 || best * 10 < (j - i) * 9)
      continue;
    ks = realloc(ks, (nk + 1) * sizeof *ks);
    ks[nk].s = ss->v[i].s;
    ks[nk].tt = bt;
    ks[nk].rule = j - i;
    ks[nk].all = 0;
    if (pg_ac_add(ac, ks[nk].s, (int)nk) == 0)
      nk++;
  }
  pg_ac_build(ac);
  h.len = malloc((c->nv + 1) * sizeof *h.len);
  h.val = malloc((c->nv + 1) * sizeof *h.val);
  x.k = ks;
  for (d = 0; d < c->nd; d++)
    if (!c->gold[d])
      scan_doc(c, d, ac, &h, count_hit, &x);
  for (i = 0; i < nk; i++)
    if (ks[i].rule * 5 >= ks[i].all && pg_ac_add(keep, ks[i].s, (int)i) == 0)
      nkeep++;
  pg_ac_build(keep);
  for (d = 0; d < c->nd; d++)
    if (!c->gold[d])
      scan_doc(c, d, keep, &h, tag_hit, &x);
  fprintf(stderr, "train-tagger: %zu of %zu names found by the rules tagged "
          "again at %zu more places\n", nkeep, nk, x.added);
  for (i = 0; i < ss->n; i++)
    free(ss->v[i].s);
  free(ss->v);
  free(ks);
  free(h.len);
  free(h.val);
  pg_free_ac(ac);
  pg_free_ac(keep);
}

/* The gold names (labels and aliases of the working half's entities)
 * tagged wherever a silver document writes them and neither the rules
 * nor the expansion tagged anything there (longest first, left to right,
 * only over O tags): silver documents would otherwise teach O for every
 * name the rules never find (央视网 in 央视网消息) against the gold. */
static void project_gold(corpus *c, surfs *gs)
{
  pg_ac *ac = pg_new_ac(0);
  cand *ks = calloc(gs->n, sizeof *ks);
  expctx x = {NULL, 0};
  size_t i, d, nk = 0;
  hits h;

  qsort(gs->v, gs->n, sizeof *gs->v, cmp_surf);
  for (i = 0; i < gs->n; i++) {
    ks[nk].s = gs->v[i].s;
    ks[nk].tt = gs->v[i].tt;
    if (pg_ac_add(ac, ks[nk].s, (int)nk) == 0) /* first type wins */
      nk++;
  }
  pg_ac_build(ac);
  h.len = malloc((c->nv + 1) * sizeof *h.len);
  h.val = malloc((c->nv + 1) * sizeof *h.val);
  x.k = ks;
  for (d = 0; d < c->nd; d++)
    if (!c->gold[d])
      scan_doc(c, d, ac, &h, tag_hit, &x);
  fprintf(stderr, "train-tagger: %zu gold names tagged at %zu places in "
          "silver documents\n", nk, x.added);
  for (i = 0; i < gs->n; i++)
    free(gs->v[i].s);
  free(gs->v);
  free(ks);
  free(h.len);
  free(h.val);
  pg_free_ac(ac);
}

static char **list_dir(const char *dir, size_t *n)
{
  DIR *d = opendir(dir);
  struct dirent *de;
  char **names = NULL;
  size_t l;

  *n = 0;
  if (!d) {
    fprintf(stderr, "train-tagger: cannot read %s\n", dir);
    exit(1);
  }
  while ((de = readdir(d))) {
    l = strlen(de->d_name);
    if (l < 5 || strcmp(de->d_name + l - 4, ".txt"))
      continue;
    names = realloc(names, (*n + 1) * sizeof *names);
    names[(*n)++] = strdup(de->d_name);
  }
  closedir(d);
  qsort(names, *n, sizeof *names, cmp_str);
  return names;
}

static pg_annot *run_rules(pg_extractor *x, const char *path)
{
  size_t len = 0;
  char *bytes = read_all(path, &len);
  pg_annot *a;

  if (!bytes) {
    fprintf(stderr, "train-tagger: cannot read %s\n", path);
    exit(1);
  }
  a = pg_extractor_run(x, path, (const unsigned char *)bytes, len, NULL);
  free(bytes);
  return a;
}

/* LAC's people added to a batch of annotations, on threads: thread k
 * takes documents k, k + n, ...; each touches only its own annotations. */
typedef struct lacjob {
  const pg_recognizer *rec;
  const pg_lac *lac;
  pg_annot **a;
  size_t n, first, step;
  double margin;
  size_t added;
  int failed;
} lacjob;

static void *lac_batch(void *arg)
{
  lacjob *j = arg;

  for (size_t i = j->first; i < j->n; i += j->step) {
    int r;
    if (!j->a[i])
      continue;
    if ((r = pg_tagger_apply_lac(j->rec, j->lac, j->a[i], j->margin)) < 0)
      j->failed = 1;
    else
      j->added += (size_t)r;
  }
  return NULL;
}

static size_t add_lac(const pg_recognizer *rec, const pg_lac *lac,
                      pg_annot **a, size_t n, double margin, int threads)
{
  pthread_t th[16];
  lacjob job[16];
  size_t added = 0;
  int k;

  for (k = 0; k < threads; k++) {
    job[k] = (lacjob){rec, lac, a, n, (size_t)k, (size_t)threads, margin, 0, 0};
    if (k && pthread_create(&th[k], NULL, lac_batch, &job[k])) {
      fprintf(stderr, "train-tagger: cannot start a thread\n");
      exit(1);
    }
  }
  lac_batch(&job[0]);
  for (k = 0; k < threads; k++) {
    if (k)
      pthread_join(th[k], NULL);
    if (job[k].failed) {
      fprintf(stderr, "train-tagger: out of memory\n");
      exit(1);
    }
    added += job[k].added;
  }
  return added;
}

static void train(pg_tagger *t, const corpus *c, int epochs, int repeat)
{
  size_t *order, n = 0, d, i;
  uint64_t seed = 0x9E3779B97F4A7C15ULL;
  int ep, r;

  order = malloc((c->nd * (size_t)repeat + 1) * sizeof *order);
  for (ep = 0; ep < epochs; ep++) {
    long wrong = 0, w;
    n = 0;
    for (d = 0; d < c->nd; d++)
      for (r = 0; r < (c->gold[d] ? repeat : 1); r++)
        order[n++] = d;
    for (i = n; i > 1; i--) { /* Fisher-Yates, fixed seed */
      size_t j = (size_t)(rnd(&seed) % i), tmp = order[i - 1];
      order[i - 1] = order[j];
      order[j] = tmp;
    }
    for (i = 0; i < n; i++) {
      d = order[i];
      w = pg_tagger_learn(t, c->v + c->off[d], c->off[d + 1] - c->off[d],
                          c->tag + c->off[d]);
      if (w < 0) {
        fprintf(stderr, "train-tagger: out of memory\n");
        exit(1);
      }
      wrong += w;
    }
    fprintf(stderr, "train-tagger: epoch %d: %ld wrong tags, %zu features\n",
            ep + 1, wrong, pg_tagger_size(t));
  }
  free(order);
}

int main(int argc, char **argv)
{
  const char *out = NULL, *gdir = NULL, *wlist = NULL, *datadir = NULL;
  const char *lacdir = NULL;
  double lac_margin = 2.0;
  int threads = 2;
  pg_lac *lac = NULL;
  pg_annot *batch[256];
  size_t nb = 0, lac_added = 0;
  char **excl = NULL, **work = NULL, **names, path[4096];
  size_t nex = 0, nw = 0, nn, i, ngold = 0;
  int epochs = 5, repeat = 5, opt;
  corpus c;
  surfs ss = {NULL, 0, 0}, gnames = {NULL, 0, 0};
  int minfreq = 3, prune = 0;
  pg_log log;
  pg_extractor *x;
  pg_recognizer *rec;
  pg_tagger *t;

  memset(&c, 0, sizeof c);
  while ((opt = getopt(argc, argv, "e:g:x:G:w:o:d:f:p:L:m:j:")) != -1) {
    switch (opt) {
    case 'e': epochs = atoi(optarg); break;
    case 'g': repeat = atoi(optarg); break;
    case 'x': nex = read_list(optarg, &excl, nex); break;
    case 'G': gdir = optarg; break;
    case 'w': wlist = optarg; break;
    case 'o': out = optarg; break;
    case 'd': datadir = optarg; break;
    case 'f': minfreq = atoi(optarg); break;
    case 'p': prune = atoi(optarg); break;
    case 'L': lacdir = optarg; break;
    case 'm': lac_margin = atof(optarg); break;
    case 'j': threads = atoi(optarg); break;
    default: goto usage;
    }
  }
  if (!out || optind + 1 != argc || (gdir && !wlist) || epochs < 1 ||
      repeat < 1 || threads < 1 || threads > 16)
    goto usage;
  if (wlist)
    nw = read_list(wlist, &work, 0);
  memset(&log, 0, sizeof log);
  log.fn = on_log;
  if (!(x = pg_new_extractor(datadir, &log)) ||
      !(rec = pg_new_recognizer(datadir ? datadir : pg_default_datadir(),
                                &log)) ||
      !(t = pg_new_tagger(rec)) || (lacdir && !(lac = pg_lac_open(lacdir, &log))))
    return 1;
  names = list_dir(argv[optind], &nn);
  for (i = 0; i <= nn; i++) {
    /* a batch: the rules in turn, LAC on threads, then the tags in
     * document order */
    if (i < nn && !in_list(excl, nex, names[i])) {
      snprintf(path, sizeof path, "%s/%s", argv[optind], names[i]);
      batch[nb++] = run_rules(x, path);
    }
    if (nb == sizeof batch / sizeof *batch || (i == nn && nb)) {
      if (lac)
        lac_added += add_lac(rec, lac, batch, nb, lac_margin, threads);
      for (size_t k = 0; k < nb; k++)
        if (batch[k]) {
          silver(&c, batch[k], &ss);
          pg_free_annot(batch[k]);
        }
      nb = 0;
    }
  }
  fprintf(stderr, "train-tagger: %zu silver documents, %zu characters\n",
          c.nd, c.nv);
  if (lac)
    fprintf(stderr, "train-tagger: LAC named %zu people the rules missed\n",
            lac_added);
  if (minfreq > 0)
    expand(&c, &ss, minfreq);
  for (i = 0; gdir && i < nw; i++) {
    char *gp = gold_path(gdir, work[i]);
    pg_annot *a;
    if (!gp)
      continue;
    snprintf(path, sizeof path, "%s/%s", argv[optind], work[i]);
    if ((a = run_rules(x, path))) {
      gold(&c, a, gp, &gnames);
      printf("%s\n", gp);
      ngold++;
      pg_free_annot(a);
    }
    free(gp);
  }
  fprintf(stderr, "train-tagger: %zu gold documents (x%d per epoch)\n",
          ngold, repeat);
  if (gnames.n)
    project_gold(&c, &gnames);
  train(t, &c, epochs, repeat);
  if (pg_tagger_average(t) || (prune > 0 && pg_tagger_prune(t, prune)) ||
      pg_tagger_save(t, out, &log))
    return 1;
  fprintf(stderr, "train-tagger: %zu features written to %s\n",
          pg_tagger_size(t), out);
  pg_free_tagger(t);
  pg_lac_free(lac);
  pg_free_recognizer(rec);
  pg_free_extractor(x);
  free(c.v);
  free(c.tag);
  free(c.off);
  free(c.gold);
  for (i = 0; i < nn; i++)
    free(names[i]);
  free(names);
  for (i = 0; i < nex; i++)
    free(excl[i]);
  free(excl);
  for (i = 0; i < nw; i++)
    free(work[i]);
  free(work);
  return 0;
usage:
  fprintf(stderr, "Usage: train-tagger [-e EPOCHS] [-g REPEAT] [-f MINFREQ] [-p MINWEIGHT] "
                  "[-L LACDIR [-m MARGIN] [-j THREADS]] [-x LIST]... "
                  "[-G GOLDDIR -w WORKING.list] [-d DATADIR] -o MODEL "
                  "CORPUSDIR\n");
  return 2;
}
