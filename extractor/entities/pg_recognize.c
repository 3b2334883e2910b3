/* pg_recognize.c - entity recognition and merging (see pg_recognize.h).
 *
 * One document goes through five steps:
 *   1. build the view (pg_rctx.h): folded clean text without layout
 *      spaces, with a map back to clean offsets;
 *   2. propose candidates: the lexicon automaton in one pass, then the
 *      pattern recognizers (organizations and people, works, events,
 *      products), which may record facts between candidates;
 *   3. resolve overlaps: longer spans first, crossing spans lose, a span
 *      inside a longer one survives only when its type differs (a place
 *      inside an initiative's title) or it is structural (a parent inside
 *      its unit's written form); then names already found are looked up
 *      again everywhere (a person named once with a title and later alone);
 *   4. merge (pg_merge.c): group by type and label, fold aliases and short
 *      forms into one entity each, write mentions, entities and keys;
 *   5. turn the recorded facts into facts between entities.
 * Every step is linear in the document (the overlap check looks only at
 * the positions a candidate covers, and candidates are short).  Measured:
 * about 6-9 MB/s for recognition on a 10 MB document.
 */
#include "pg_recognize.h"
#include "pg_rctx.h"
#include "pg_merge.h"
#include "pg_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static const char *const table_files[PG_W__COUNT] = {
  "surnames.txt", "titles.txt", "credits.txt", "org_heads.txt",
  "head_block.txt", "proper_starts.txt", "work_heads.txt",
  "event_heads.txt", "stop_words.txt", "weak_stops.txt", "post_name.txt",
  "generic.txt", "work_verbs.txt", "found_verbs.txt", "country_short.txt",
  "product_context.txt", "org_abbrev.txt", "unquoted_heads.txt",
  "bylines.txt", "non_names.txt", "org_list_nouns.txt",
  "not_org_start.txt", "person_list_nouns.txt"
};

/* Loads one word table: "word" or "word TAB value" per line. */
static int load_table(pg_recognizer *r, int t, const char *dir, pg_log *log)
{
  char path[4096], *line = NULL, *tab;
  size_t cap = 0, vcap = 0;
  ssize_t len;
  FILE *fp;
  int rc = 0;

  snprintf(path, sizeof path, "%s/tables/%s", dir, table_files[t]);
  if (!(fp = fopen(path, "r"))) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
               "cannot read table");
    return -1;
  }
  while (!rc && (len = getline(&line, &cap, fp)) >= 0) {
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (!len || line[0] == '#')
      continue;
    if ((tab = strchr(line, '\t')))
      *tab++ = '\0';
    if (r->nval[t] == vcap) {
      char **p = realloc(r->wval[t], (vcap = vcap ? vcap * 2 : 64) *
                                         sizeof *p);
      char **q = p ? realloc(r->wkey[t], vcap * sizeof *q) : NULL;
      if (p)
        r->wval[t] = p;
      if (!q) { rc = -1; break; }
      r->wkey[t] = q;
    }
    r->wval[t][r->nval[t]] = strdup(tab ? tab : line);
    r->wkey[t][r->nval[t]] = strdup(line);
    if (!r->wval[t][r->nval[t]] || !r->wkey[t][r->nval[t]] ||
        pg_ac_add(r->fw[t], line, (int)r->nval[t]) < 0 ||
        pg_ac_add(r->bw[t], line, (int)r->nval[t]) < 0)
      rc = -1;
    r->nval[t]++;
  }
  free(line);
  fclose(fp);
  return rc;
}

pg_recognizer *pg_new_recognizer(const char *datadir, pg_log *log)
{
  pg_recognizer *r = calloc(1, sizeof *r);
  char path[4096];
  int t;

  if (!r)
    return NULL;
  snprintf(path, sizeof path, "%s/lexicon", datadir);
  if (!(r->lex = pg_new_lexicon(path, log)))
    goto err;
  for (t = 0; t < PG_W__COUNT; t++) {
    if (!(r->fw[t] = pg_new_ac(0)) || !(r->bw[t] = pg_new_ac(1)) ||
        load_table(r, t, datadir, log))
      goto err;
  }
  return r;
err:
  pg_free_recognizer(r);
  return NULL;
}

void pg_free_recognizer(pg_recognizer *r)
{
  int t;
  size_t i;

  if (!r)
    return;
  pg_free_lexicon(r->lex);
  for (t = 0; t < PG_W__COUNT; t++) {
    pg_free_ac(r->fw[t]);
    pg_free_ac(r->bw[t]);
    for (i = 0; i < r->nval[t]; i++) {
      free(r->wval[t][i]);
      free(r->wkey[t][i]);
    }
    free(r->wval[t]);
    free(r->wkey[t]);
  }
  free(r);
}

/* ---------------------------------------------------------------- helpers */

int pg_rc_is_open_quote(uint32_t c)
{
  return c == '"' || c == 0x201C || c == 0x300C || c == 0x300E ||
         c == 0x2018;
}

int pg_rc_is_close_quote(uint32_t c)
{
  return c == '"' || c == 0x201D || c == 0x300D || c == 0x300F ||
         c == 0x2019;
}

int pg_rc_is_punct(uint32_t c)
{
  static const uint32_t p[] = {
    ',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '\n', '/',
    '<', '>', '%', '&', '*', '=', '~', '|', '#', '@',
    0x3001, 0x3002, 0x300A, 0x300B, 0x201C, 0x201D, 0x2018, 0x2019,
    0x3010, 0x3011, 0x300C, 0x300D, 0x300E, 0x300F, 0x2026,
    0xFF5E, 0x3008, 0x3009, 0x2022, 0xFE10, 0xFE11
  };
  size_t i;

  if (c < 0x80)
    return c < 0x20 || (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
                        !(c >= '0' && c <= '9') && c != '-' && c != '+' &&
                        c != '.' && c != '_' && c != ' ');
  if (c >= 0x4E00 && c <= 0x9FFF)
    return 0;
  for (i = 0; i < sizeof p / sizeof *p; i++)
    if (c == p[i])
      return 1;
  return 0;
}

int pg_rc_is_name_char(uint32_t c)
{
  return pg_is_han(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == 0x2014 || c == '-' || c == 0x00B7 || c == 0x2027 || c == '+';
}

size_t pg_rc_word_at(const pg_rctx *x, int table, size_t i, int *val)
{
  return i < x->vn ? pg_ac_longest_at(x->r->fw[table], x->v, x->vn, i, val)
                   : 0;
}

size_t pg_rc_word_ending(const pg_rctx *x, int table, size_t lo, size_t e,
                         int *val)
{
  return pg_ac_longest_ending(x->r->bw[table], x->v, lo, e, val);
}

int pg_rc_stop_in(const pg_rctx *x, size_t i)
{
  int val = -1;
  const char *v;

  if (!pg_rc_word_at(x, PG_W_STOP, i, &val))
    return 0;
  v = pg_rc_value(x, PG_W_STOP, val);
  return v && !strcmp(v, "b");
}

const char *pg_rc_value(const pg_rctx *x, int table, int val)
{
  return (val >= 0 && (size_t)val < x->r->nval[table])
             ? x->r->wval[table][val]
             : NULL;
}

int pg_rc_all_generic(const pg_rctx *x, size_t b, size_t e, int places)
{
  size_t i = b, l;

  while (i < e) {
    int ci = x->lexat[i];
    l = pg_rc_word_at(x, PG_W_GENERIC, i, NULL);
    if (places && ci >= 0 && x->c[ci].ve - i > l &&
        (x->c[ci].type == PG_T_PLACE || x->c[ci].type == PG_T_ORGANIZATION))
      l = x->c[ci].ve - i;
    if (places && !l && (x->v[i] == 0x2014 || x->v[i] == 0x4E00))
      l = 1;
    if (!l || i + l > e)
      return 0;
    i += l;
  }
  return 1;
}

int pg_rc_lex_on(const pg_rctx *x, size_t b, size_t e, pg_etype t)
{
  int ci = b < x->vn ? x->lexat[b] : -1;

  if (ci >= 0 && x->c[ci].ve == e &&
      (t == PG_T_NONE || x->c[ci].type == t))
    return ci;
  return -1;
}

int pg_rc_add(pg_rctx *x, size_t vb, size_t ve, pg_etype type,
              const char *rule, int lex, int prio)
{
  pg_cand *c;

  if (x->oom || ve <= vb || ve > x->vn)
    return -1;
  if (x->nc == x->ccap) {
    size_t nc = x->ccap ? x->ccap * 2 : 256;
    pg_cand *p = realloc(x->c, nc * sizeof *p);
    if (!p) {
      x->oom = 1;
      return -1;
    }
    x->c = p;
    x->ccap = nc;
  }
  c = &x->c[x->nc];
  memset(c, 0, sizeof *c);
  c->vb = vb;
  c->ve = ve;
  c->type = type;
  c->rule = rule;
  c->lex = lex;
  c->prio = prio;
  c->mi = -1;
  c->same = -1;
  c->top = -1;
  return (int)x->nc++;
}

int pg_rc_alias(pg_rctx *x, int ci, const char *alias)
{
  pg_cand *c;

  if (ci < 0 || !alias || !*alias)
    return 0;
  c = &x->c[ci];
  if (c->n_alias == 4)
    return 0;
  if (!(c->alias[c->n_alias] = strdup(alias))) {
    x->oom = 1;
    return -1;
  }
  c->n_alias++;
  return 0;
}

void pg_rc_label(pg_rctx *x, int ci, char *label)
{
  if (ci < 0 || !label) {
    free(label);
    return;
  }
  free(x->c[ci].label);
  x->c[ci].label = label;
}

int pg_rc_fact(pg_rctx *x, int subj, pg_pred pred, int obj, int obj2,
               const char *lit, pg_littype lt, size_t vpos, const char *rule)
{
  pg_pfact *f;

  if (subj < 0 || (obj < 0 && !lit) || x->oom)
    return -1;
  if (x->nf == x->fcap) {
    size_t nc = x->fcap ? x->fcap * 2 : 64;
    pg_pfact *p = realloc(x->f, nc * sizeof *p);
    if (!p) {
      x->oom = 1;
      return -1;
    }
    x->f = p;
    x->fcap = nc;
  }
  f = &x->f[x->nf];
  f->subj = subj;
  f->pred = pred;
  f->obj = obj;
  f->obj2 = obj2;
  f->lit = lit ? strdup(lit) : NULL;
  f->lt = lt;
  f->vpos = vpos;
  f->rule = rule;
  if (lit && !f->lit) {
    x->oom = 1;
    return -1;
  }
  x->nf++;
  return 0;
}

static char *encode_view(pg_rctx *x, size_t b, size_t e, int dash)
{
  uint32_t *buf;
  size_t i, k = 0;
  char *s;

  if (e > x->vn)
    e = x->vn;
  buf = malloc((e > b ? e - b : 1) * sizeof *buf);
  if (!buf) {
    x->oom = 1;
    return NULL;
  }
  for (i = b; i < e; i++) {
    uint32_t c = x->a->doc.ccp[x->vmap[i]];
    if (c == '\n')
      continue;
    if (dash && c == 0x4E00 && i > b && i + 1 < e && x->lexend[i] >= 0 &&
        x->lexat[i + 1] >= 0)
      c = 0x2014;
    buf[k++] = c;
  }
  s = pg_utf8_encode(buf, k);
  free(buf);
  if (!s)
    x->oom = 1;
  return s;
}

char *pg_rc_text(pg_rctx *x, size_t b, size_t e)
{
  return encode_view(x, b, e, 0);
}

char *pg_rc_name(pg_rctx *x, size_t b, size_t e)
{
  return encode_view(x, b, e, 1);
}

char *pg_rc_text_cut(pg_rctx *x, size_t b, size_t e, size_t cut)
{
  char *head = pg_rc_text(x, b, cut), *tail = pg_rc_text(x, cut + 1, e);
  char *s = head && tail ? malloc(strlen(head) + strlen(tail) + 1) : NULL;

  if (s) {
    strcpy(s, head);
    strcat(s, tail);
  } else {
    x->oom = 1;
  }
  free(head);
  free(tail);
  return s;
}

/* ---------------------------------------------------------------- view */

static int build_view(pg_rctx *x)
{
  const pg_doc *d = &x->a->doc;
  size_t i, k = 0;

  x->v = malloc((d->cn + 1) * sizeof *x->v);
  x->vmap = malloc((d->cn + 1) * sizeof *x->vmap);
  x->lexat = malloc((d->cn + 1) * sizeof *x->lexat);
  x->lexend = malloc((d->cn + 1) * sizeof *x->lexend);
  if (!x->v || !x->vmap || !x->lexat || !x->lexend)
    return -1;
  for (i = 0; i < d->cn; i++) {
    uint32_t c = d->ccp[i];
    if (c == '\n' || c == '\r' || c == 0x2029) {
      if (k && x->v[k - 1] != '\n') {
        x->vmap[k] = i;
        x->v[k++] = '\n';
      }
      continue;
    }
    if (pg_is_space(c) || c == 0xFEFF)
      continue;
    x->vmap[k] = i;
    x->v[k++] = pg_fold_cp(c);
  }
  x->vmap[k] = d->cn;
  x->vn = k;
  for (i = 0; i <= k; i++)
    x->lexat[i] = x->lexend[i] = -1;
  return 0;
}

/* ---------------------------------------------------------------- lexicon */

typedef struct lexhits {
  int *best;     /* per start: longest entry (value) */
  size_t *blen;  /* its length                       */
} lexhits;

static int on_hit(void *user, size_t b, size_t e, int value)
{
  lexhits *h = user;

  if (e - b > h->blen[b]) {
    h->blen[b] = e - b;
    h->best[b] = value;
  }
  return 0;
}

static int is_latin(uint32_t c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

/* Latin keys must not sit inside a longer Latin word (in clean text). */
static int latin_ok(const pg_rctx *x, size_t b, size_t e)
{
  const pg_doc *d = &x->a->doc;
  size_t cb = x->vmap[b], ce = x->vmap[e - 1] + 1;

  if (is_latin(x->v[b]) && cb > 0 && is_latin(pg_fold_cp(d->ccp[cb - 1])))
    return 0;
  if (is_latin(x->v[e - 1]) && ce < d->cn && is_latin(pg_fold_cp(d->ccp[ce])))
    return 0;
  return 1;
}

/* An organization written with 公司/集团 after its lexicon name. */
static void extend_company(pg_rctx *x, int ci)
{
  static const uint32_t gs[] = {0x516C, 0x53F8}; /* 公司 */
  pg_cand *c = &x->c[ci];
  char *s;

  if (c->type != PG_T_ORGANIZATION || c->ve + 2 > x->vn ||
      x->v[c->ve] != gs[0] || x->v[c->ve + 1] != gs[1])
    return;
  if ((s = pg_rc_text(x, c->vb, c->ve + 2))) {
    x->c[ci].ve += 2;
    pg_rc_alias(x, ci, s);
    free(s);
  }
}

static int rec_lexicon(pg_rctx *x)
{
  lexhits h;
  size_t i, e = 0;
  int rc = -1;

  h.best = malloc((x->vn + 1) * sizeof *h.best);
  h.blen = calloc(x->vn + 1, sizeof *h.blen);
  if (!h.best || !h.blen)
    goto done;
  pg_ac_scan(pg_lexicon_ac(x->r->lex), x->v, x->vn, on_hit, &h);
  for (i = 0; i < x->vn; i++) {
    const pg_lex_entry *le;
    int ci;
    if (!h.blen[i] || i < e || !latin_ok(x, i, i + h.blen[i]))
      continue;
    le = pg_lexicon_entry(x->r->lex, h.best[i]);
    ci = pg_rc_add(x, i, i + h.blen[i], le->type, "lex", h.best[i], 3);
    if (ci < 0)
      goto done;
    x->lexat[i] = ci;
    x->lexend[i + h.blen[i]] = ci;
    extend_company(x, ci);
    e = x->c[ci].ve;
  }
  rc = 0;
done:
  free(h.best);
  free(h.blen);
  return rc;
}

/* The lexicon place a one-character form stands for: its value lists
 * the countries it may mean, '|'-separated (巴: 巴基斯坦|巴西); the first
 * one the document names in full, else the first.  -1 when none. */
static int short_country(const pg_rctx *x, const char *val,
                         const unsigned char *named)
{
  char buf[128];
  char *tok, *save = NULL;
  int first = -1, le;

  if (!val || strlen(val) >= sizeof buf)
    return -1;
  strcpy(buf, val);
  for (tok = strtok_r(buf, "|", &save); tok; tok = strtok_r(NULL, "|", &save)) {
    if ((le = pg_lexicon_find(x->r->lex, tok, PG_T_PLACE)) < 0)
      continue;
    if (first < 0)
      first = le;
    if (named[le])
      return le;
  }
  return first;
}

/* named[i]: lexicon entry i is written in full in the document (one pass
 * over the candidates, so every 中巴两国 costs no more than a lookup).
 * Caller frees; NULL on out of memory. */
static unsigned char *named_entries(const pg_rctx *x)
{
  size_t nl = pg_lexicon_size(x->r->lex), i;
  unsigned char *named = calloc(nl ? nl : 1, 1);

  for (i = 0; named && i < x->nc; i++)
    if (x->c[i].lex >= 0 && (size_t)x->c[i].lex < nl &&
        x->c[i].ve - x->c[i].vb > 1)
      named[x->c[i].lex] = 1;
  return named;
}

/* Coordinated one-character country forms: 中美两国, 中赞双方. */
static int rec_short_forms(pg_rctx *x)
{
  static const uint32_t liang[] = {0x4E24, 0x56FD}; /* 两国 */
  static const uint32_t shuang[] = {0x53CC, 0x65B9}; /* 双方 */
  unsigned char *named = NULL;
  size_t i, k;

  for (i = 0; i + 4 <= x->vn; i++) {
    int v1 = -1, v2 = -1;
    if (!((x->v[i + 2] == liang[0] && x->v[i + 3] == liang[1]) ||
          (x->v[i + 2] == shuang[0] && x->v[i + 3] == shuang[1])))
      continue;
    if (pg_rc_word_at(x, PG_W_SHORT, i, &v1) != 1 ||
        pg_rc_word_at(x, PG_W_SHORT, i + 1, &v2) != 1)
      continue;
    for (k = 0; k < 2; k++) {
      int le, ci;
      if (!named && !(named = named_entries(x)))
        return -1;
      le = short_country(x, pg_rc_value(x, PG_W_SHORT, k ? v2 : v1), named);
      if (le < 0)
        continue;
      if ((ci = pg_rc_add(x, i + k, i + k + 1, PG_T_PLACE, "place.short", le,
                          3)) < 0) {
        free(named);
        return -1;
      }
      x->c[ci].quiet = 1; /* 美 is a mention of 美国, not a name for it */
    }
  }
  free(named);
  return 0;
}

static int wcs_has(const wchar_t *s, uint32_t c)
{
  for (; *s; s++)
    if ((uint32_t)*s == c)
      return 1;
  return 0;
}

/* A county or city written after its province or city, not in the
 * lexicon: 浙江省义乌市, 广东省深圳市南山区. */
static int rec_admin_places(pg_rctx *x)
{
  /* 市 县 区 州 镇, and what may not follow them (市场, 县长, 区域 ...) */
  static const uint32_t suf[] = {0x5E02, 0x53BF, 0x533A, 0x5DDE, 0x9547};
  static const uint32_t no[] = {0x573A, 0x957F, 0x6C11, 0x653F, 0x59D4,
                                0x7EA7, 0x57DF, 0x522B, 0x5C5E, 0x5185,
                                0x5916, 0x91CC, 0x59D4, 0x5E9C, 0x4F4D};
  size_t i, n = x->nc, k, q;

  for (i = 0; i < n; i++) {
    const pg_lex_entry *le = x->c[i].lex >= 0 && x->c[i].type == PG_T_PLACE
                                 ? pg_lexicon_entry(x->r->lex, x->c[i].lex)
                                 : NULL;
    size_t e = x->c[i].ve;
    if (!le || !le->subtype ||
        (strcmp(le->subtype, "province") && strcmp(le->subtype, "city")))
      continue;
    for (q = e + 2; q <= e + 3 && q < x->vn; q++) {
      int hit = 0;
      for (k = e; k < q && pg_is_han(x->v[k]) && x->lexat[k] < 0 &&
                  !pg_rc_stop_in(x, k);
           k++)
        ;
      if (k < q)
        break;
      for (k = 0; k < sizeof suf / sizeof *suf; k++)
        hit |= x->v[q] == suf[k];
      for (k = 0; hit && q + 1 < x->vn && k < sizeof no / sizeof *no; k++)
        hit &= x->v[q + 1] != no[k];
      for (k = e; hit && k < q; k++) /* 多个城市, 各县: no quantifiers */
        hit = !wcs_has(L"个各多些等几该本全每城", x->v[k]);
      if (hit && !pg_rc_all_generic(x, e, q, 1)) {
        if (pg_rc_add(x, e, q + 1, PG_T_PLACE, "place.admin", -1, 2) < 0)
          return -1;
        break;
      }
    }
  }
  return 0;
}

/* ---------------------------------------------------------------- main */

static void free_ctx(pg_rctx *x)
{
  size_t i;
  int k;

  for (i = 0; i < x->nc; i++) {
    free(x->c[i].label);
    for (k = 0; k < x->c[i].n_alias; k++)
      free(x->c[i].alias[k]);
  }
  for (i = 0; i < x->nf; i++)
    free(x->f[i].lit);
  free(x->c);
  free(x->f);
  free(x->v);
  free(x->vmap);
  free(x->lexat);
  free(x->lexend);
}

int pg_recognize(pg_recognizer *r, pg_annot *a, pg_log *log)
{
  pg_rctx x;
  int rc = -1;

  (void)log;
  memset(&x, 0, sizeof x);
  x.r = r;
  x.a = a;
  if (build_view(&x))
    goto done;
  if (rec_lexicon(&x) || rec_short_forms(&x) || rec_admin_places(&x) ||
      pg_rec_orgs(&x) ||
      pg_rec_persons(&x) || pg_rec_works(&x) || pg_rec_events(&x) ||
      pg_rec_products(&x) || x.oom)
    goto done;
  rc = pg_merge(&x);
done:
  free_ctx(&x);
  return rc;
}
