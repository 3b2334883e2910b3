/* pg_recognize.c - entity recognition and merging (see pg_recognize.h).
 *
 * One document goes through five steps:
 *   1. build the view (pg_rctx.h): folded clean text without layout
 *      spaces, with a map back to clean offsets;
 *   2. propose candidates: the lexicon automaton in one pass, then the
 *      pattern recognizers of the table `recognizers` below (places,
 *      organizations, people, works, events, products; one file each,
 *      helpers in pg_rctx.c and pg_names.c), which may record facts
 *      between candidates;
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
#include "pg_place.h"
#include "pg_org.h"
#include "pg_person.h"
#include "pg_work.h"
#include "pg_event.h"
#include "pg_merge.h"
#include "pg_names.h"
#include "pg_text.h"

#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *const table_files[PG_W__COUNT] = {
  "surnames.txt", "titles.txt", "credits.txt", "org_heads.txt",
  "head_block.txt", "proper_starts.txt", "work_heads.txt",
  "event_heads.txt", "stop_words.txt", "weak_stops.txt", "post_name.txt",
  "generic.txt", "work_verbs.txt", "found_verbs.txt", "country_short.txt",
  "product_context.txt", "org_abbrev.txt", "unquoted_heads.txt",
  "bylines.txt", "non_names.txt", "org_list_nouns.txt",
  "not_org_start.txt", "person_list_nouns.txt", "venue_heads.txt",
  "venue_context.txt", "clause_words.txt", "event_bodies.txt",
  "project_verbs.txt", "ceremonies.txt", "person_intro.txt",
  "craft_series.txt", "craft_nouns.txt", "org_kinds.txt",
  "work_nouns_before.txt", "state_forms.txt"
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

/* ---------------------------------------------------------------- view */

/* Length of a web address starting at s[i] (http://…, https://…, www.…)
 * up to the first character no address holds, or 0.  Addresses name no
 * entity: huggingface.co/deepseek-ai is no product. */
static size_t url_at(const uint32_t *s, size_t n, size_t i)
{
  static const char *const starts[] = {"http://", "https://", "www."};
  size_t k, j, l;

  if (i > 0 && s[i - 1] < 0x80 && (isalnum((int)s[i - 1]) || s[i - 1] == '/'))
    return 0;
  for (k = 0; k < sizeof starts / sizeof *starts; k++) {
    l = strlen(starts[k]);
    for (j = 0; j < l && i + j < n && s[i + j] < 0x80 &&
                tolower((int)s[i + j]) == starts[k][j];
         j++)
      ;
    if (j < l)
      continue;
    for (j = i + l; j < n && s[j] > 0x20 && s[j] < 0x7F; j++)
      ;
    while (j > i + l && strchr(".,;:)!?'\"", (int)s[j - 1]))
      j--;
    return j > i + l ? j - i : 0;
  }
  return 0;
}

static int build_view(pg_rctx *x)
{
  const pg_doc *d = &x->a->doc;
  size_t i, k = 0, l;

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
    if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') &&
        (l = url_at(d->ccp, d->cn, i))) {
      x->vmap[k] = i; /* one mark for the whole address */
      x->v[k++] = 0xFFFC;
      i += l - 1;
      continue;
    }
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
  const pg_lexicon *lex;
  int *best;     /* per start: longest entry (value)          */
  size_t *blen;  /* its length                                */
  int *alt;      /* per start: longest entry that is no work  */
  size_t *alen;  /* its length (联合国 in 联合国宪章)          */
  int branch;    /* the last local academy named (天津市社科院), or -1 */
  const pg_lex_entry *branch_of; /* the national academy it is one of */
} lexhits;

static int on_hit(void *user, size_t b, size_t e, int value)
{
  lexhits *h = user;

  if (e - b > h->blen[b]) {
    h->blen[b] = e - b;
    h->best[b] = value;
  }
  if (e - b > h->alen[b] &&
      !pg_etype_is_work(pg_lexicon_entry(h->lex, value)->type)) {
    h->alen[b] = e - b;
    h->alt[b] = value;
  }
  return 0;
}

static int is_latin(uint32_t c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9');
}

/* Latin keys must not sit inside a longer Latin word (in clean text); a
 * product's may be followed by its version number (ChatGLM3-6B). */
static int latin_ok(const pg_rctx *x, size_t b, size_t e, int version_ok)
{
  const pg_doc *d = &x->a->doc;
  size_t cb = x->vmap[b], ce = x->vmap[e - 1] + 1;

  if (is_latin(x->v[b]) && cb > 0 && is_latin(pg_fold_cp(d->ccp[cb - 1])))
    return 0;
  if (is_latin(x->v[e - 1]) && ce < d->cn && is_latin(pg_fold_cp(d->ccp[ce])) &&
      !(version_ok && d->ccp[ce] >= '0' && d->ccp[ce] <= '9' &&
        !(x->v[e - 1] >= '0' && x->v[e - 1] <= '9')) &&
      !(version_ok && x->v[e - 1] >= '0' && x->v[e - 1] <= '9' &&
        !(d->ccp[ce] >= '0' && d->ccp[ce] <= '9')))
    return 0; /* (ChatGLM3-6B, GPT-4V: a version after a product's name) */
  return 1;
}

/* An organization written with 公司/集团 after its lexicon name. */
static void extend_company(pg_rctx *x, int ci)
{
  /* the legal forms a company is registered under, longest first */
  static const char *const forms[] = {
    "控股集团有限公司", "控股股份有限公司", "集团股份有限公司",
    "控股有限公司", "集团有限公司", "股份有限公司", "有限责任公司",
    "集团公司", "控股集团", "有限公司", "公司", "集团"};
  pg_cand *c = &x->c[ci];
  size_t i, n = 0;
  char *s;

  if (c->type != PG_T_ORGANIZATION)
    return;
  for (i = 0; i < sizeof forms / sizeof *forms && !n; i++)
    n = pg_rc_spells(x, c->ve, forms[i]);
  if (n && (s = pg_rc_text(x, c->vb, c->ve + n))) {
    c->ve += n;
    pg_rc_alias(x, ci, s);
    free(s);
  }
}

/* A country name used as a modifier names no place: 中国特色社会主义,
 * 马克思主义中国化, 中国式现代化, 中国梦 (e is where the name ends). */
static int country_as_modifier(const pg_rctx *x, const pg_lex_entry *le,
                               size_t e)
{
  return le->subtype && !strcmp(le->subtype, "country") && e < x->vn &&
         (x->v[e] == 0x5F0F /* 式 */ || x->v[e] == 0x68A6 /* 梦 */ ||
          (x->v[e] == 0x5316 /* 化, but not 中国化工 */ &&
           (e + 1 >= x->vn || !pg_is_han(x->v[e + 1]) ||
            x->v[e + 1] == 0x7684 /* 的 */)) ||
          (e + 1 < x->vn && x->v[e] == 0x7279 && x->v[e + 1] == 0x8272));
}

/* 中东|部地区: a region ending in a compass character before 部 (not 部分,
 * 部门…) is half of a compass word (中东部 "central and eastern"). */
static int compass_part(const pg_rctx *x, const pg_lex_entry *le, size_t e)
{
  static const uint32_t compass[] = {0x4E1C, 0x897F, 0x5357, 0x5317,
                                     0x4E2D}; /* 东 西 南 北 中 */
  size_t k;

  if (!le->subtype || strcmp(le->subtype, "region") || e < 1 ||
      e >= x->vn || x->v[e] != 0x90E8 /* 部 */ ||
      pg_rc_word_at(x, PG_W_HEADBLOCK, e, NULL) > 1)
    return 0;
  for (k = 0; k < sizeof compass / sizeof *compass; k++)
    if (x->v[e - 1] == compass[k])
      return 1;
  return 0;
}

/* 老挝人民革命党|中央, 越南共产党|中央: 党中央 ending another party's name
 * is that party's centre, not the CPC's. */
static int other_party(const pg_rctx *x, size_t i)
{
  static const char *const ends[] = {"共产", "革命", "人民", "劳动", "民主",
                                     "工人", "社会", "统一", "自由", "保守",
                                     "发展", "阵线", "团结", "民族"};
  size_t k;

  if (x->v[i] != 0x515A) /* 党 */
    return 0;
  for (k = 0; k < sizeof ends / sizeof *ends; k++)
    if (pg_rc_spells_before(x, i, ends[k]))
      return 1;
  return 0;
}

/* A national academy's short name (an entry that names its institutes
 * with its name: 社科院, 中科院) written right after a province, city or
 * county (天津市|社科院, 上海|社科院) names that place's own academy, not
 * the national one the name stands for alone: one candidate over both,
 * labelled as written; the short name alone later in the text is that
 * academy again.  Its index, -2 on out of memory, or -1 when the name is
 * no such short form. */
static int local_branch(pg_rctx *x, lexhits *h, size_t i,
                        const pg_lex_entry *le, size_t len)
{
  int pc = i > 0 ? x->lexend[i] : -1, ci;
  const pg_lex_entry *pe;
  char *w;

  if (len > 3 || !(le->flags & PG_LEX_PREFIXNAMING))
    return -1; /* academies only: 深圳|中广核 is the one company */
  if ((pc < 0 || x->c[pc].type != PG_T_PLACE) && h->branch >= 0 &&
      le == h->branch_of) {
    /* 社科院 alone after 天津市社科院: that academy again */
    if ((ci = pg_rc_add(x, i, i + len, PG_T_ORGANIZATION, "org.local-branch",
                        -1, 3)) < 0)
      return -2;
    pg_rc_label(x, ci, x->c[h->branch].label ? strdup(x->c[h->branch].label)
                                             : NULL);
    x->c[ci].quiet = 1; /* 社科院 is the national academy's alias */
    x->lexat[i] = ci;
    x->lexend[i + len] = ci;
    return ci;
  }
  if (pc < 0 || x->c[pc].type != PG_T_PLACE || x->c[pc].lex < 0)
    return -1;
  pe = pg_lexicon_entry(x->r->lex, x->c[pc].lex);
  if (!pe->subtype || (strcmp(pe->subtype, "province") &&
                       strcmp(pe->subtype, "city") &&
                       strcmp(pe->subtype, "county")))
    return -1;
  if (!(w = pg_rc_text(x, i, i + len)))
    return -2;
  if (!strcmp(w, le->label)) {
    free(w);
    return -1; /* the body's full name: 北京|中国人民大学 is no branch */
  }
  free(w);
  if ((ci = pg_rc_add(x, x->c[pc].vb, i + len, PG_T_ORGANIZATION,
                      "org.local-branch", -1, 3)) < 0)
    return -2;
  pg_rc_label(x, ci, pg_rc_name(x, x->c[pc].vb, i + len));
  x->lexend[i + len] = ci;
  h->branch = ci;
  h->branch_of = le;
  return ci;
}

/* Adds lexicon entry v over [i, i + len) unless its context rules it
 * out; returns the candidate, -1 when ruled out, -2 on failure. */
static int lex_accept(pg_rctx *x, lexhits *h, size_t i, int v, size_t len)
{
  const pg_lex_entry *le = pg_lexicon_entry(x->r->lex, v);
  int ci;

  if (!latin_ok(x, i, i + len, le->type == PG_T_PRODUCT))
    return -1;
  if (le->type == PG_T_PLACE && (country_as_modifier(x, le, i + len) ||
                                 compass_part(x, le, i + len)))
    return -1;
  if (le->type == PG_T_PLACE && le->subtype &&
      !strcmp(le->subtype, "region") && i + len + 2 <= x->vn &&
      x->v[i + len] == 0x5730 && x->v[i + len + 1] == 0x533A)
    len += 2; /* 加勒比地区, 中东地区: the region as written */
  if (le->type == PG_T_PLACE && le->subtype &&
      !strcmp(le->subtype, "country")) {
    size_t l = pg_rc_word_at(x, PG_W_STATEFORM, i + len, NULL);
    if (l && (i + len + l >= x->vn || !pg_is_han(x->v[i + len + l]) ||
              !pg_rc_word_at(x, PG_W_ORGHEAD, i + len + l, NULL)))
      len += l; /* 斐济共和国: the country under its formal name */
  }
  if (le->type == PG_T_ORGANIZATION && other_party(x, i))
    return -1;
  if (le->type == PG_T_PERSON && len == 2 &&
      pg_rc_person_name(x, i, x->vn) > i + 2)
    return -1; /* 吴清远表示 names someone else than 吴清 */
  if (pg_etype_is_work(le->type) &&
      pg_rc_word_at(x, PG_W_ORGHEAD, i + len, NULL))
    return -1; /* 中国载人航天工程|办公室: a body's name */
  if (le->type == PG_T_ORGANIZATION &&
      (ci = local_branch(x, h, i, le, len)) != -1)
    return ci;
  if ((ci = pg_rc_add(x, i, i + len, le->type, "lex", v, 3)) < 0)
    return -2;
  x->lexat[i] = ci;
  x->lexend[i + len] = ci;
  extend_company(x, ci);
  return ci;
}

/* A body whose lexicon name a term interrupts after a word no entry
 * holds (政协|第十四届|全国委员会: 政协全国委员会): the name's length after
 * the term, its entry in *v and its start in *vb; or 0.  The word is up to
 * six Han characters before b that start the entry's name; the name ends
 * with a body's head (民革|第十三届|中央常务委员会 is not 民革中央). */
static size_t prefix_term(const pg_rctx *x, size_t b, size_t oe, int *v,
                          size_t *vb)
{
  uint32_t buf[40];
  size_t k, n, i, r;

  for (k = 1; k <= 6 && k <= b && pg_is_han(x->v[b - k]); k++) {
    n = 0;
    for (i = b - k; i < b; i++)
      buf[n++] = x->v[i];
    for (i = oe; i < x->vn && n < sizeof buf / sizeof *buf; i++)
      buf[n++] = x->v[i];
    if ((r = pg_ac_longest_at(pg_lexicon_ac(x->r->lex), buf, n, 0, v)) >
            k + 1 &&
        pg_lexicon_entry(x->r->lex, *v)->type == PG_T_ORGANIZATION &&
        pg_rc_word_ending(x, PG_W_ORGHEAD, oe, oe + (r - k), NULL)) {
      *vb = b - k;
      return r - k;
    }
  }
  return 0;
}

/* A body named with its term: 十三届|全国人大常委会, 中国共产党|第十九届|中
 * 央委员会 (the lexicon knows 中国共产党中央委员会).  The term's body is the
 * body: one more mention of the lexicon entry, the written form an alias.
 * Returns 0, or -1 on failure. */
static int lex_terms(pg_rctx *x)
{
  size_t b, oe, i;
  uint32_t buf[40];

  for (b = 0; b + 3 < x->vn; b++) {
    int a, v = -1, ci, pre = 0;
    size_t vb, ve = 0, r;
    if ((b > 0 && pg_rc_is_numeral(x->v[b - 1])) || !(oe = pg_rc_term_at(x, b)))
      continue;
    a = x->lexend[b];
    if (a >= 0 && x->c[a].type == PG_T_ORGANIZATION &&
        x->c[a].ve - x->c[a].vb < 16) { /* 中国共产党|第十九届|中央委员会 */
      size_t la = x->c[a].ve - x->c[a].vb, n = la;
      for (i = x->c[a].vb; i < x->c[a].ve; i++)
        buf[i - x->c[a].vb] = x->v[i];
      for (i = oe; i < x->vn && n < sizeof buf / sizeof *buf; i++)
        buf[n++] = x->v[i];
      if ((r = pg_ac_longest_at(pg_lexicon_ac(x->r->lex), buf, n, 0, &v)) >
              la + 1 &&
          v != x->c[a].lex &&
          pg_lexicon_entry(x->r->lex, v)->type == PG_T_ORGANIZATION)
        vb = x->c[a].vb, ve = oe + (r - la);
    } else if (a < 0 && b > 0 && pg_is_han(x->v[b - 1]) &&
               (r = prefix_term(x, b, oe, &v, &vb))) {
      ve = oe + r; /* 政协|第十四届|全国委员会: 政协全国委员会 */
      pre = 1;
    } else if ((a = x->lexat[oe]) >= 0 &&
               x->c[a].type == PG_T_ORGANIZATION && x->c[a].vb == oe &&
               !pg_rc_word_ending(x, PG_W_EVENTHEAD, oe, x->c[a].ve, NULL)) {
      vb = b, ve = x->c[a].ve, v = x->c[a].lex; /* 十三届|全国人大常委会;
        but 第七十五届|联合国大会 is a session, an event */
    }
    if (!ve)
      continue;
    if ((ci = pg_rc_add(x, vb, ve, PG_T_ORGANIZATION, "lex", v, 3)) < 0)
      return -1;
    pg_rc_alias_text(x, ci, vb, ve);
    if (pre && x->lexat[vb] < 0) /* a chain may start with it: 政协第十四届
                                     全国委员会|经济委员会 */
      x->lexat[vb] = ci;
    if (pre && x->lexend[ve] < 0)
      x->lexend[ve] = ci;
  }
  return 0;
}

/* Leftmost-longest lexicon matches.  A place, body or person inside a
 * work's name is a mention of its own (联合国|宪章, 巴黎|协定, 黄河|保护
 * 法), also when it starts the name, except a country that starts it
 * (中华人民共和国|民法典); a work inside another work is not. */
static int rec_lexicon(pg_rctx *x)
{
  lexhits h;
  size_t i, e = 0, we = 0;
  int rc = -1, ci;

  h.lex = x->r->lex;
  h.branch = -1;
  h.branch_of = NULL;
  h.best = malloc((x->vn + 1) * sizeof *h.best);
  h.blen = calloc(x->vn + 1, sizeof *h.blen);
  h.alt = malloc((x->vn + 1) * sizeof *h.alt);
  h.alen = calloc(x->vn + 1, sizeof *h.alen);
  if (!h.best || !h.blen || !h.alt || !h.alen)
    goto done;
  pg_ac_scan(pg_lexicon_ac(x->r->lex), x->v, x->vn, on_hit, &h);
  for (i = 0; i < x->vn; i++) {
    if (!h.blen[i] || i < e)
      continue;
    if (pg_etype_is_work(pg_lexicon_entry(x->r->lex, h.best[i])->type)) {
      int wk = -1;
      if (i >= we) {
        if ((wk = lex_accept(x, &h, i, h.best[i], h.blen[i])) == -2)
          goto done;
        if (wk >= 0)
          we = x->c[wk].ve;
      }
      if (!h.alen[i] || (wk >= 0 && pg_rc_lex_country(x, h.alt[i])))
        continue; /* 中华人民共和国|数据安全法: the country is no mention */
      if ((ci = lex_accept(x, &h, i, h.alt[i], h.alen[i])) == -2)
        goto done;
    } else if ((ci = lex_accept(x, &h, i, h.best[i], h.blen[i])) == -2) {
      goto done;
    }
    if (ci >= 0)
      e = x->c[ci].ve;
  }
  rc = lex_terms(x);
done:
  free(h.best);
  free(h.blen);
  free(h.alt);
  free(h.alen);
  return rc;
}

/* ---------------------------------------------------------------- main */

static void free_ctx(pg_rctx *x)
{
  size_t i;
  int k;

  for (i = 0; i < x->nc; i++) {
    free(x->c[i].label);
    free(x->c[i].key);
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

/* The recognizers, in the order they run: each sees the candidates of
 * the ones before it (the lexicon's first).  A new recognizer is one
 * file with one function and one row here. */
static const struct {
  const char *name;         /* for messages and the documentation */
  int (*run)(pg_rctx *x);   /* 0, or -1 on out of memory          */
} recognizers[] = {
  {"lexicon", rec_lexicon},
  {"place.short", pg_rec_short_forms},
  {"place.admin", pg_rec_admin_places},
  {"place.town", pg_rec_towns},
  {"place.venue", pg_rec_venues},
  {"organization", pg_rec_orgs},
  {"person", pg_rec_persons},
  {"organization.units", pg_rec_unit_lists},
  {"work", pg_rec_works},
  {"event", pg_rec_events},
  {"product", pg_rec_products},
};

int pg_recognize(pg_recognizer *r, pg_annot *a, pg_log *log)
{
  pg_rctx x;
  size_t k;
  int rc = -1;

  memset(&x, 0, sizeof x);
  x.r = r;
  x.a = a;
  if (build_view(&x))
    goto done;
  for (k = 0; k < sizeof recognizers / sizeof *recognizers; k++)
    if (recognizers[k].run(&x))
      goto done;
  if (x.oom)
    goto done;
  rc = pg_merge(&x);
done:
  if (rc)
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){a->doc.name, 0, 0, -1},
               "out of memory while recognizing names");
  free_ctx(&x);
  return rc;
}
