/* pg_merge.c - overlap resolution, coreference and merging (see pg_merge.h).
 *
 * Resolution visits candidates longest first and keeps, per view position,
 * the outermost accepted candidate covering it: a candidate whose span is
 * free is accepted; one inside a single accepted candidate survives when
 * its type differs or it is structural; anything crossing loses.  Names
 * found by patterns (people, organizations) are then matched again over
 * the whole view with a per-document automaton, so a later bare mention
 * joins the entity.  Merging groups candidates by (type, label) in a hash
 * table, unions groups whose label is another group's alias or a short
 * form of a longer title of the same type (上海宣言 -> 人工智能全球治理
 * 上海宣言, 省数据资源管理局 -> 安徽省数据资源管理局), and writes one
 * entity per group.  Groups are few per document; the pairwise short-form
 * check is quadratic in groups of one type, never in the text.
 */
#include "pg_merge.h"
#include "pg_text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---------------------------------------------------------------- map */

typedef struct smap {
  char **k;  /* keys (owned) or NULL */
  int *v;    /* values               */
  size_t cap, n;
} smap;

static size_t hash_str(const char *s)
{
  size_t h = 5381;

  while (*s)
    h = h * 33 + (unsigned char)*s++;
  return h;
}

static int smap_init(smap *m, size_t want)
{
  m->cap = 64;
  while (m->cap < want * 2)
    m->cap *= 2;
  m->n = 0;
  m->k = calloc(m->cap, sizeof *m->k);
  m->v = calloc(m->cap, sizeof *m->v);
  return m->k && m->v ? 0 : -1;
}

static void smap_free(smap *m)
{
  size_t i;

  for (i = 0; m->k && i < m->cap; i++)
    free(m->k[i]);
  free(m->k);
  free(m->v);
}

/* Value of key, or -1. */
static int smap_get(const smap *m, const char *key)
{
  size_t i = hash_str(key) & (m->cap - 1);

  while (m->k[i]) {
    if (!strcmp(m->k[i], key))
      return m->v[i];
    i = (i + 1) & (m->cap - 1);
  }
  return -1;
}

/* Sets key (copied) to v unless present.  0, or -1 on out of memory. */
static int smap_put(smap *m, const char *key, int v)
{
  size_t i;

  if ((m->n + 1) * 2 > m->cap) {
    smap old = *m;
    size_t j;
    if (smap_init(m, old.cap))
      return -1;
    for (j = 0; j < old.cap; j++)
      if (old.k[j]) {
        size_t h = hash_str(old.k[j]) & (m->cap - 1);
        while (m->k[h])
          h = (h + 1) & (m->cap - 1);
        m->k[h] = old.k[j];
        m->v[h] = old.v[j];
        m->n++;
      }
    free(old.k);
    free(old.v);
  }
  i = hash_str(key) & (m->cap - 1);
  while (m->k[i]) {
    if (!strcmp(m->k[i], key))
      return 0;
    i = (i + 1) & (m->cap - 1);
  }
  if (!(m->k[i] = strdup(key)))
    return -1;
  m->v[i] = v;
  m->n++;
  return 0;
}

/* ---------------------------------------------------------------- resolve */

typedef struct order {
  size_t len, vb;
  int prio, idx;
} order;

static int cmp_order(const void *pa, const void *pb)
{
  const order *a = pa, *b = pb;

  if (a->len != b->len)
    return a->len > b->len ? -1 : 1;
  if (a->prio != b->prio)
    return a->prio > b->prio ? -1 : 1;
  if (a->vb != b->vb)
    return a->vb < b->vb ? -1 : 1;
  return a->idx - b->idx;
}

/* Is place c the country an organization's or event's name starts with
 * (巴基斯坦信息技术和电信部, 中国—中亚峰会; a year or ordinal may come
 * first)?  Other places inside such names are not mentions. */
static int country_prefix(const pg_rctx *x, const pg_cand *o,
                          const pg_cand *c)
{
  const pg_lex_entry *le = c->lex >= 0 ? pg_lexicon_entry(x->r->lex, c->lex)
                                       : NULL;

  size_t b = o->vb;

  while (b < c->vb && b < x->vn && !pg_is_han(x->v[b]))
    b++; /* 2026中国… */
  if (b < c->vb && b + 1 < c->vb && x->v[b] == 0x7B2C) /* 第N届 */
    while (b < c->vb && x->v[b] != 0x5C4A && x->v[b] != 0x6B21)
      b++;
  if (b < c->vb && (x->v[b] == 0x5E74 || x->v[b] == 0x5C4A ||
                    x->v[b] == 0x6B21))
    b++;
  return c->vb == b && le && le->subtype &&
         !strcmp(le->subtype, "country");
}

/* In 第七十八届联合国大会 or 十四届全国人大四次会议 the organization's name
 * names the event series (an edition), not the organization; in a session
 * written after the organization (二十国集团领导人第十九次峰会) it does. */
static int edition_of(const pg_cand *o, const pg_cand *c)
{
  return o->type == PG_T_EVENT && c->type == PG_T_ORGANIZATION &&
         (!strcmp(o->rule, "event.ordinal") || !strcmp(o->rule, "event.year"));
}

/* Accepts or rejects candidate ci against occ (see the file comment). */
static void resolve_one(pg_rctx *x, int *occ, int ci)
{
  pg_cand *c = &x->c[ci], *o;
  size_t i;
  int first;

  if (c->type == PG_T_NONE || c->ve <= c->vb)
    return;
  first = occ[c->vb];
  for (i = c->vb + 1; i < c->ve; i++)
    if (occ[i] != first)
      return; /* crossing: rejected */
  if (first < 0) {
    for (i = c->vb; i < c->ve; i++)
      occ[i] = ci;
    c->mi = 0;
    return;
  }
  o = &x->c[first];
  if (o->vb == c->vb && o->ve == c->ve) {
    if (o->type == c->type)
      c->same = first;
    return;
  }
  /* different types nest (英国 in 英国人工智能机遇行动计划), except a
   * place inside an organization's name (北京市经济和信息化局) */
  if ((o->type != c->type &&
       !((o->type == PG_T_ORGANIZATION || o->type == PG_T_EVENT) &&
         c->type == PG_T_PLACE && !country_prefix(x, o, c)) &&
       !edition_of(o, c)) ||
      c->structural)
    c->mi = 0;
}

/* Marks accepted candidates with mi = 0 (others stay -1). */
static int resolve(pg_rctx *x, int *occ)
{
  order *ord = malloc((x->nc + 1) * sizeof *ord);
  size_t i;

  if (!ord)
    return -1;
  for (i = 0; i < x->vn; i++)
    occ[i] = -1;
  for (i = 0; i < x->nc; i++) {
    ord[i].len = x->c[i].ve - x->c[i].vb;
    ord[i].vb = x->c[i].vb;
    ord[i].prio = x->c[i].prio;
    ord[i].idx = (int)i;
  }
  qsort(ord, x->nc, sizeof *ord, cmp_order);
  for (i = 0; i < x->nc; i++)
    resolve_one(x, occ, ord[i].idx);
  free(ord);
  return 0;
}

/* ---------------------------------------------------------------- coref */

typedef struct gazctx {
  pg_rctx *x;
  int *occ;
  size_t n0;  /* candidates before the pass */
} gazctx;

static int on_gaz(void *user, size_t b, size_t e, int value)
{
  gazctx *g = user;
  pg_rctx *x = g->x;
  size_t i;
  int ci;

  for (i = b; i < e; i++) {
    int o = g->occ[i];
    /* a work's short form may hold a place (上海宣言) */
    if (o >= 0 && !(x->c[o].type == PG_T_PLACE && x->c[o].vb >= b &&
                     x->c[o].ve <= e && x->c[value].type != PG_T_PLACE &&
                     x->c[value].type != PG_T_PERSON &&
                     x->c[value].type != PG_T_ORGANIZATION))
      return 0;
  }
  if (x->c[value].type == PG_T_PERSON && e < x->vn && pg_is_han(x->v[e]) &&
      b > 0 && pg_is_han(x->v[b - 1]) &&
      !pg_rc_word_at(x, PG_W_POSTNAME, e, NULL))
    return 0; /* a short name glued inside running text */
  ci = pg_rc_add(x, b, e, x->c[value].type, "coref", x->c[value].lex, 1);
  if (ci < 0)
    return 1;
  x->c[ci].label = x->c[value].label ? strdup(x->c[value].label)
                                     : pg_rc_name(x, x->c[value].vb,
                                                  x->c[value].ve);
  x->c[ci].mi = 0;
  for (i = b; i < e; i++)
    g->occ[i] = ci;
  return 0;
}

static int is_work_type(pg_etype t)
{
  return t == PG_T_INITIATIVE || t == PG_T_DECLARATION || t == PG_T_LAW ||
         t == PG_T_REPORT;
}

/* Short forms of a work title that start at a place inside it
 * (人工智能全球治理上海宣言 -> 上海宣言): keys for the coreference pass. */
static int work_suffixes(pg_rctx *x, pg_ac *ac, int ci)
{
  pg_cand *c = &x->c[ci];
  size_t k;

  for (k = c->vb + 1; k + 2 < c->ve; k++) {
    int p = x->lexat[k];
    char *s;
    if (p < 0 || x->c[p].type != PG_T_PLACE || x->c[p].ve + 2 > c->ve)
      continue;
    if (!(s = pg_rc_text(x, k, c->ve)) || pg_ac_add(ac, s, ci) < 0) {
      free(s);
      return -1;
    }
    free(s);
  }
  return 0;
}

/* Finds further bare mentions of names that patterns found. */
static int coref(pg_rctx *x, int *occ)
{
  pg_ac *ac = pg_new_ac(0);
  gazctx g = {x, occ, x->nc};
  size_t i;
  int rc = -1;

  if (!ac)
    return -1;
  for (i = 0; i < g.n0; i++) {
    pg_cand *c = &x->c[i];
    char *s;
    if (c->mi >= 0 && c->lex < 0 && is_work_type(c->type) &&
        work_suffixes(x, ac, (int)i))
      goto done;
    if (c->mi < 0 || c->lex >= 0 || c->ve - c->vb < 2 ||
        (c->type != PG_T_PERSON && c->type != PG_T_ORGANIZATION))
      continue;
    if (!(s = pg_rc_text(x, c->vb, c->ve)) || pg_ac_add(ac, s, (int)i) < 0) {
      free(s);
      goto done;
    }
    free(s);
  }
  if (pg_ac_build(ac))
    goto done;
  pg_ac_scan(ac, x->v, x->vn, on_gaz, &g);
  rc = x->oom ? -1 : 0;
done:
  pg_free_ac(ac);
  return rc;
}

/* ---------------------------------------------------------------- groups */

typedef struct group {
  pg_etype type;
  char *label;         /* owned                        */
  int lex;             /* lexicon entry or -1          */
  char **alias;        /* owned                        */
  size_t n_alias, cap;
  int up;              /* union-find parent            */
  int ent;             /* entity index once committed  */
} group;

typedef struct gset {
  group *g;
  size_t n, cap;
  smap by_label;       /* "type\tlabel" -> group      */
  int *of;             /* candidate -> group, or -1    */
} gset;

static int root(gset *s, int i)
{
  while (s->g[i].up != i)
    i = s->g[i].up = s->g[s->g[i].up].up;
  return i;
}

static int group_alias(group *g, const char *a)
{
  size_t i;

  if (!a || !*a || !strcmp(a, g->label))
    return 0;
  for (i = 0; i < g->n_alias; i++)
    if (!strcmp(g->alias[i], a))
      return 0;
  if (g->n_alias == g->cap) {
    size_t nc = g->cap ? g->cap * 2 : 4;
    char **p = realloc(g->alias, nc * sizeof *p);
    if (!p)
      return -1;
    g->alias = p;
    g->cap = nc;
  }
  if (!(g->alias[g->n_alias] = strdup(a)))
    return -1;
  g->n_alias++;
  return 0;
}

static char *type_key(pg_etype t, const char *label)
{
  size_t n = strlen(label);
  char *k = malloc(n + 3);

  if (k) {
    k[0] = (char)('A' + t);
    k[1] = '\t';
    memcpy(k + 2, label, n + 1);
  }
  return k;
}

/* The group of (type, label), created when new.  -1 on out of memory. */
static int group_for(gset *s, pg_etype t, const char *label, int lex)
{
  char *k = type_key(t, label);
  int gi;

  if (!k)
    return -1;
  if ((gi = smap_get(&s->by_label, k)) < 0) {
    if (s->n == s->cap) {
      size_t nc = s->cap ? s->cap * 2 : 64;
      group *p = realloc(s->g, nc * sizeof *p);
      if (!p) {
        free(k);
        return -1;
      }
      s->g = p;
      s->cap = nc;
    }
    gi = (int)s->n;
    memset(&s->g[gi], 0, sizeof s->g[gi]);
    s->g[gi].type = t;
    s->g[gi].lex = -1;
    s->g[gi].up = gi;
    s->g[gi].ent = -1;
    s->g[gi].label = strdup(label);
    if (!s->g[gi].label || smap_put(&s->by_label, k, gi)) {
      free(k);
      return -1;
    }
    s->n++;
  }
  if (lex >= 0 && s->g[gi].lex < 0)
    s->g[gi].lex = lex;
  free(k);
  return gi;
}

/* Puts accepted candidate ci into its group. */
static int group_cand(pg_rctx *x, gset *s, int ci)
{
  pg_cand *c = &x->c[ci];
  const pg_lex_entry *le = c->lex >= 0 ? pg_lexicon_entry(x->r->lex, c->lex)
                                       : NULL;
  char *label = le ? strdup(le->label)
                   : c->label ? strdup(c->label) : pg_rc_name(x, c->vb, c->ve);
  char *surf = pg_rc_text(x, c->vb, c->ve);
  int gi = -1, k;

  if (label && surf)
    gi = group_for(s, c->type, label, le ? c->lex : -1);
  if (gi >= 0) {
    s->of[ci] = gi;
    if (!c->quiet && group_alias(&s->g[gi], surf))
      gi = -1;
    for (k = 0; gi >= 0 && k < c->n_alias; k++)
      if (group_alias(&s->g[gi], c->alias[k]))
        gi = -1;
  }
  free(label);
  free(surf);
  return gi < 0 ? -1 : 0;
}

static int is_work(pg_etype t)
{
  return t == PG_T_INITIATIVE || t == PG_T_DECLARATION || t == PG_T_LAW ||
         t == PG_T_REPORT;
}

static int ends_with(const char *s, const char *suf)
{
  size_t ls = strlen(s), lf = strlen(suf);

  return lf <= ls && !strcmp(s + ls - lf, suf);
}

/* Does the organization abbreviation sh (省科技厅), expanded by
 * tables/org_abbrev.txt (科技厅 -> 科学技术厅), end the label lg? */
static int abbrev_of(const struct pg_recognizer *r, const char *sh,
                     const char *lg)
{
  size_t i, ls = strlen(sh);
  char buf[512];

  for (i = 0; i < r->nval[PG_W_ABBREV]; i++) {
    const char *k = r->wkey[PG_W_ABBREV][i], *v = r->wval[PG_W_ABBREV][i];
    size_t lk = strlen(k);
    if (!ends_with(sh, k) || ls - lk + strlen(v) >= sizeof buf)
      continue;
    memcpy(buf, sh, ls - lk);
    strcpy(buf + ls - lk, v);
    if (ends_with(lg, buf) && strcmp(lg, buf))
      return 1;
  }
  return 0;
}

/* Is event label sh an abbreviation of lg: no digits, same first two and
 * last two characters, its characters in order inside lg
 * (数字治理论坛 -> 2026数字治理国际论坛)? */
static int event_abbrev(const char *sh, const char *lg)
{
  uint32_t *a = NULL, *b = NULL;
  size_t na, nb, bad, i, j = 0;
  int ok = 0;

  if (pg_utf8_decode(sh, strlen(sh), &a, &na, &bad) ||
      pg_utf8_decode(lg, strlen(lg), &b, &nb, &bad))
    goto done;
  while (j < nb && b[j] < 0x80 && b[j] >= '0' && b[j] <= '9')
    j++;
  if (j < nb && b[j] == 0x5E74) /* 年 */
    j++;
  if (na < 4 || nb - j <= na || a[0] != b[j] || a[1] != b[j + 1] ||
      a[na - 1] != b[nb - 1] || a[na - 2] != b[nb - 2])
    goto done;
  for (i = 0; i < na && j < nb; j++)
    if (a[i] == b[j])
      i++;
  ok = i == na;
  for (i = 0; ok && i < na; i++)
    if (a[i] >= '0' && a[i] <= '9')
      ok = 0;
done:
  free(a);
  free(b);
  return ok;
}

/* Is short a short form of long: a suffix of a longer work title, or an
 * organization written with 省/市 standing for its province or city? */
static int short_form(const struct pg_recognizer *r, const group *sh,
                      const group *lg)
{
  size_t ls = strlen(sh->label), ll = strlen(lg->label);

  if (sh->type != lg->type || ls >= ll + 16 || sh->lex >= 0)
    return 0;
  if (sh->type == PG_T_ORGANIZATION &&
      (!strncmp(sh->label, "\xE7\x9C\x81", 3) ||
       !strncmp(sh->label, "\xE5\xB8\x82", 3)) &&
      abbrev_of(r, sh->label, lg->label))
    return 1;
  if (sh->type == PG_T_EVENT)
    return event_abbrev(sh->label, lg->label);
  if (ls >= ll || strcmp(lg->label + ll - ls, sh->label))
    return 0;
  if (is_work(sh->type))
    return pg_utf8_count(sh->label) >= 4;
  if (sh->type == PG_T_ORGANIZATION)
    return !strncmp(sh->label, "\xE7\x9C\x81", 3) || /* 省 */
           !strncmp(sh->label, "\xE5\xB8\x82", 3);   /* 市 */
  return 0;
}

/* Unions groups: alias equal to another label; short forms. */
static void unite(const struct pg_recognizer *r, gset *s)
{
  size_t i, j, k;

  for (i = 0; i < s->n; i++)
    for (k = 0; k < s->g[i].n_alias; k++) {
      char *key = type_key(s->g[i].type, s->g[i].alias[k]);
      int o = key ? smap_get(&s->by_label, key) : -1;
      free(key);
      if (o >= 0 && root(s, o) != root(s, (int)i) && s->g[o].lex < 0)
        s->g[root(s, o)].up = root(s, (int)i);
    }
  for (i = 0; i < s->n; i++) {
    int hit = -1, many = 0;
    for (j = 0; j < s->n; j++)
      if (j != i && short_form(r, &s->g[i], &s->g[j])) {
        many += hit >= 0 && root(s, hit) != root(s, (int)j);
        hit = (int)j;
      }
    if (hit >= 0 && !many && root(s, hit) != root(s, (int)i))
      s->g[root(s, (int)i)].up = root(s, hit);
  }
}

/* An alias two different events share (世界人工智能大会 for the 2024 and
 * the 2025 editions) names neither: it is dropped from both. */
static void drop_shared_event_aliases(gset *s)
{
  size_t i, j, a, b;

  for (i = 0; i < s->n; i++)
    for (j = i + 1; s->g[i].type == PG_T_EVENT && j < s->n; j++) {
      if (s->g[j].type != PG_T_EVENT || root(s, (int)i) == root(s, (int)j))
        continue;
      for (a = 0; a < s->g[i].n_alias; a++)
        for (b = 0; b < s->g[j].n_alias; b++)
          if (*s->g[i].alias[a] &&
              !strcmp(s->g[i].alias[a], s->g[j].alias[b])) {
            s->g[j].alias[b][0] = '\0';
            s->g[i].alias[a][0] = '\0';
            break;
          }
    }
}

/* ---------------------------------------------------------------- commit */

char *pg_entity_key(const char *label)
{
  char *n = (char *)utf8proc_NFKC((const utf8proc_uint8_t *)label);
  char *p, *q;

  if (!n)
    return NULL;
  for (p = q = n; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
      *q++ = *p;
  *q = '\0';
  return n;
}

/* Creates the entity of root group gi. */
static int make_entity(pg_rctx *x, gset *s, int gi)
{
  group *g = &s->g[gi];
  const pg_lex_entry *le = g->lex >= 0 ? pg_lexicon_entry(x->r->lex, g->lex)
                                       : NULL;
  pg_entity *e;
  int ei;

  if (!le) { /* a pattern found a name the lexicon knows */
    g->lex = pg_lexicon_find(x->r->lex, g->label, g->type);
    le = g->lex >= 0 ? pg_lexicon_entry(x->r->lex, g->lex) : NULL;
  }
  ei = pg_annot_add_entity(x->a, g->type, g->label, le ? le->label_en : NULL);

  if (ei < 0)
    return -1;
  g->ent = ei;
  e = &x->a->ent[ei];
  if (le && le->subtype && !(e->subtype = strdup(le->subtype)))
    return -1;
  if (!(e->key = pg_entity_key(g->label)))
    return -1;
  if (le && le->aliases) { /* the lexicon's other names */
    char *all = strdup(le->aliases), *tok, *save = NULL;
    if (!all)
      return -1;
    for (tok = strtok_r(all, "|", &save); tok; tok = strtok_r(NULL, "|", &save))
      if (pg_entity_add_alias(&x->a->ent[ei], tok)) {
        free(all);
        return -1;
      }
    free(all);
  }
  return 0;
}

/* Adds the labels and aliases of group gi to its root's entity. */
static int add_aliases(pg_rctx *x, gset *s, int gi)
{
  group *g = &s->g[gi];
  pg_entity *e = &x->a->ent[s->g[root(s, gi)].ent];
  size_t k;

  if (pg_entity_add_alias(e, g->label))
    return -1;
  for (k = 0; k < g->n_alias; k++)
    if (pg_entity_add_alias(e, g->alias[k]))
      return -1;
  return 0;
}

/* Keeps the form a mention was written in (traditional characters, say)
 * as an alias when it differs from the clean text it was recognized in by
 * more than layout spaces.  Only for spans that map one to one: a span
 * that repair stitched across columns has other text in between. */
static int add_written_form(pg_annot *a, int mi)
{
  const pg_mention *m = &a->m[mi];
  const pg_doc *d = &a->doc;
  size_t i, k = m->cb, n = 0;
  uint32_t *buf;
  char *form;
  int differs = 0, rc;

  if (m->e <= m->b || m->e - m->b > 2 * (m->ce - m->cb) + 4)
    return 0;
  buf = malloc((m->e - m->b) * sizeof *buf);
  if (!buf)
    return -1;
  for (i = m->b; i < m->e; i++) {
    if (pg_is_space(d->ocp[i]))
      continue;
    while (k < m->ce && pg_is_space(d->ccp[k]))
      k++;
    if (k >= m->ce || d->map[k] != i) {
      free(buf);
      return 0; /* not a one-to-one span */
    }
    if (d->ccp[k] != d->ocp[i] && !(d->ccp[k] < 0x80 && d->ocp[i] >= 0xFF01))
      differs = 1;
    buf[n++] = d->ocp[i];
    k++;
  }
  if (!differs) {
    free(buf);
    return 0;
  }
  form = pg_utf8_encode(buf, n);
  free(buf);
  if (!form)
    return -1;
  rc = pg_entity_add_alias(&a->ent[m->entity], form);
  free(form);
  return rc;
}

static int commit(pg_rctx *x, gset *s)
{
  size_t i;

  for (i = 0; i < s->n; i++)
    if (root(s, (int)i) == (int)i && make_entity(x, s, (int)i))
      return -1;
  for (i = 0; i < s->n; i++)
    if (add_aliases(x, s, (int)i))
      return -1;
  for (i = 0; i < x->nc; i++) {
    pg_cand *c = &x->c[i];
    int mi;
    if (s->of[i] < 0)
      continue;
    mi = pg_annot_add_mention(x->a, x->vmap[c->vb], x->vmap[c->ve - 1] + 1,
                              c->type, c->rule, c->lex);
    if (mi < 0 ||
        pg_annot_link(x->a, mi, s->g[root(s, s->of[i])].ent) ||
        add_written_form(x->a, mi))
      return -1;
    c->mi = mi;
  }
  return 0;
}

/* Entity of candidate ci (following rejected duplicates), or -1. */
static int ent_of(pg_rctx *x, gset *s, int ci)
{
  int hops = 0;

  while (ci >= 0 && s->of[ci] < 0 && x->c[ci].same >= 0 && hops++ < 8)
    ci = x->c[ci].same;
  if (ci < 0 || s->of[ci] < 0)
    return -1;
  return s->g[root(s, s->of[ci])].ent;
}

static int add_facts(pg_rctx *x, gset *s)
{
  size_t i;

  for (i = 0; i < x->nf; i++) {
    pg_pfact *f = &x->f[i];
    int su = ent_of(x, s, f->subj), ob = -1, ob2 = -1;
    if (su < 0)
      continue;
    if (f->obj >= 0 && (ob = ent_of(x, s, f->obj)) < 0)
      continue;
    if (f->obj2 >= 0)
      ob2 = ent_of(x, s, f->obj2);
    if (ob >= 0 && ob == su)
      continue;
    if (pg_annot_add_fact(x->a, su, f->pred, ob, ob2, f->lit, f->lt,
                          pg_doc_sentence_at(&x->a->doc,
                                             x->vmap[f->vpos < x->vn
                                                         ? f->vpos
                                                         : x->vn]),
                          f->rule) < 0)
      return -1;
  }
  return 0;
}

/* A lexicon organization's parent, when the document names both. */
static int lexicon_parents(pg_rctx *x, const gset *s)
{
  pg_annot *a = x->a;
  size_t i, j;

  for (i = 0; i < s->n; i++) {
    const group *g = &s->g[i];
    const pg_lex_entry *le = g->lex >= 0 ? pg_lexicon_entry(x->r->lex, g->lex)
                                         : NULL;
    int ei = g->ent;
    if (!le || !le->parent || ei < 0 || !a->ent[ei].n_mention)
      continue;
    for (j = 0; j < a->ne; j++)
      if (a->ent[j].type == PG_T_ORGANIZATION &&
          !strcmp(a->ent[j].label, le->parent) &&
          pg_annot_add_fact(a, ei, PG_P_SUBORG, (int)j, -1, NULL,
                            PG_LIT_NONE,
                            pg_doc_sentence_at(&a->doc,
                                               a->m[a->ent[ei].mention[0]].cb),
                            "org.lexicon") < 0)
        return -1;
  }
  return 0;
}

static void free_groups(gset *s)
{
  size_t i, k;

  for (i = 0; i < s->n; i++) {
    free(s->g[i].label);
    for (k = 0; k < s->g[i].n_alias; k++)
      free(s->g[i].alias[k]);
    free(s->g[i].alias);
  }
  free(s->g);
  free(s->of);
  smap_free(&s->by_label);
}

int pg_merge(pg_rctx *x)
{
  int *occ = malloc((x->vn + 1) * sizeof *occ);
  gset s;
  size_t i;
  int rc = -1;

  memset(&s, 0, sizeof s);
  if (!occ || resolve(x, occ) || coref(x, occ) ||
      smap_init(&s.by_label, 64))
    goto done;
  if (!(s.of = malloc((x->nc + 1) * sizeof *s.of)))
    goto done;
  for (i = 0; i < x->nc; i++)
    s.of[i] = -1;
  for (i = 0; i < x->nc; i++)
    if (x->c[i].mi >= 0 && group_cand(x, &s, (int)i))
      goto done;
  unite(x->r, &s);
  drop_shared_event_aliases(&s);
  if (commit(x, &s) || add_facts(x, &s) || lexicon_parents(x, &s))
    goto done;
  rc = 0;
done:
  free_groups(&s);
  free(occ);
  return rc;
}
