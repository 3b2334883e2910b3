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
 * entity per group.
 *
 * A long document (a whole corpus in one file) has tens of thousands of
 * groups, so nothing here compares every group with every other: short
 * forms are found by hashing every suffix of every long label against the
 * short labels (and their abbreviation expansions), event abbreviations
 * by their first and last two characters, shared event aliases and
 * lexicon parents by hash lookups.  Each index only proposes candidates;
 * the original pairwise predicates decide, in the original order, so the
 * result is what comparing all pairs gives.
 */
#include "pg_merge.h"
#include "pg_hmap.h"
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

/* Is place candidate p a division of an address (a province, city,
 * county or district: in the lexicon with that subtype, or a name the
 * place rules made ending in 省, 市, 区 or 县)? */
static int division(const pg_rctx *x, const pg_cand *p)
{
  const pg_lex_entry *le = p->lex >= 0 ? pg_lexicon_entry(x->r->lex, p->lex)
                                       : NULL;
  uint32_t last = p->ve > p->vb ? x->v[p->ve - 1] : 0;

  if (p->type != PG_T_PLACE)
    return 0;
  if (le)
    return le->subtype && (!strcmp(le->subtype, "province") ||
                           !strcmp(le->subtype, "city") ||
                           !strcmp(le->subtype, "county") ||
                           !strcmp(le->subtype, "district"));
  return last == 0x7701 || last == 0x5E02 || last == 0x533A || last == 0x53BF;
}

/* Is place c one division of an address of two or more that an
 * organization's name starts with (湖北省|荆州市|沙市区|人民法院,
 * 江苏省|淮安市|新安小学)?  Such an address names its places, where one
 * division alone (湖北省委, 台州市立医院) names none.  place_at[i] is
 * the longest place candidate starting at view position i, or -1. */
static int address_part(const pg_rctx *x, const int *place_at,
                        const pg_cand *o, const pg_cand *c)
{
  size_t b = o->vb;
  int n = 0, hit = 0;

  if (o->type != PG_T_ORGANIZATION || !place_at)
    return 0;
  while (b < o->ve && place_at[b] >= 0) {
    const pg_cand *p = &x->c[place_at[b]];
    if (p->ve >= o->ve || !division(x, p))
      break;
    hit |= p->vb == c->vb && p->ve == c->ve;
    n++;
    b = p->ve;
  }
  return hit && n >= 2;
}

/* Accepts or rejects candidate ci against occ (see the file comment). */
static void resolve_one(pg_rctx *x, int *occ, const int *place_at, int ci)
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
   * place inside an organization's name (北京市经济和信息化局) or a
   * person's (吴清远) */
  if ((o->type != c->type &&
       !((o->type == PG_T_ORGANIZATION || o->type == PG_T_EVENT) &&
         c->type == PG_T_PLACE && !country_prefix(x, o, c) &&
         !address_part(x, place_at, o, c)) &&
       !(o->type == PG_T_PERSON && c->type == PG_T_PLACE) &&
       !edition_of(o, c)) ||
      c->structural)
    c->mi = 0;
}

/* Marks accepted candidates with mi = 0 (others stay -1). */
static int resolve(pg_rctx *x, int *occ)
{
  order *ord = malloc((x->nc + 1) * sizeof *ord);
  int *place_at = malloc((x->vn + 1) * sizeof *place_at);
  size_t i;

  if (!ord || !place_at) {
    free(ord);
    free(place_at);
    return -1;
  }
  for (i = 0; i < x->vn; i++)
    place_at[i] = -1;
  for (i = 0; i < x->nc; i++) {
    const pg_cand *p = &x->c[i];
    if (p->type == PG_T_PLACE && p->ve > p->vb && p->vb < x->vn &&
        (place_at[p->vb] < 0 ||
         x->c[place_at[p->vb]].ve - x->c[place_at[p->vb]].vb < p->ve - p->vb))
      place_at[p->vb] = (int)i;
  }
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
    resolve_one(x, occ, place_at, ord[i].idx);
  free(ord);
  free(place_at);
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
    /* a work's short form may hold a place (上海宣言); a person's name
     * found elsewhere after a title may end in one (吴清远表示: no 清远) */
    if (o >= 0 && !(x->c[o].type == PG_T_PLACE && x->c[o].vb >= b &&
                     x->c[o].ve <= e && x->c[value].type != PG_T_PLACE &&
                     x->c[value].type != PG_T_PERSON &&
                     x->c[value].type != PG_T_ORGANIZATION) &&
        !(x->c[o].type == PG_T_PLACE && x->c[o].vb > b && x->c[o].ve <= e &&
          x->c[value].type == PG_T_PERSON && x->c[value].lex < 0 &&
          e - b >= 3))
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
  for (i = b; i < e; i++) {
    int o = g->occ[i];
    if (o >= 0 && x->c[value].type == PG_T_PERSON &&
        x->c[o].type == PG_T_PLACE)
      x->c[o].mi = -1; /* the place was part of the name */
    g->occ[i] = ci;
  }
  return 0;
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

/* Is UTF-8 s at least min CJK ideographs (U+4000..U+9FFF) and nothing
 * else?  Units' own names (数量经济与技术经济研究所) qualify as keys for
 * bare mentions; short or mixed aliases (办公厅, DEPA) do not. */
static int han_key(const char *s, size_t min)
{
  size_t n = 0;

  for (; *s; s += 3, n++)
    if ((unsigned char)s[0] < 0xE4 || (unsigned char)s[0] > 0xE9 ||
        !s[1] || !s[2])
      return 0;
  return n >= min;
}

/* Finds further bare mentions of names that patterns found, and of the
 * own names of units found inside a chain (中国社会科学院数量经济与技术
 * 经济研究所 -> a later bare 数量经济与技术经济研究所). */
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
    if (c->mi >= 0 && c->lex < 0 && pg_etype_is_work(c->type) &&
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
    if (c->type == PG_T_ORGANIZATION) {
      int k;
      for (k = 0; k < c->n_alias; k++)
        if (han_key(c->alias[k], 5) && pg_ac_add(ac, c->alias[k], (int)i) < 0)
          goto done;
    }
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
  int drop;            /* names nothing: no entity     */
  char *key;           /* merge key (owned) or NULL    */
} group;

typedef struct gset {
  group *g;
  size_t n, cap;
  smap by_label;       /* "type\tlabel" -> group      */
  int *of;             /* candidate -> group, or -1    */
  size_t nof;          /* candidates                   */
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

/* The merge key of (type, label): the label with the look-alikes of the
 * middle dot a transliterated name is written with (•, ・, ‧) read as ·,
 * so that 埃里克•博格洛夫 and 埃里克·博格洛夫 are one person. */
static char *type_key(pg_etype t, const char *label)
{
  size_t n = strlen(label), i, j = 2;
  char *k = malloc(n + 3);

  if (!k)
    return NULL;
  k[0] = (char)('A' + t);
  k[1] = '\t';
  for (i = 0; i < n; i++) {
    const unsigned char *u = (const unsigned char *)label + i;
    if (i + 2 < n &&
        ((u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA2 || u[2] == 0xA7)) ||
         (u[0] == 0xE3 && u[1] == 0x83 && u[2] == 0xBB))) {
      k[j++] = (char)0xC2;
      k[j++] = (char)0xB7;
      i += 2;
      continue;
    }
    k[j++] = label[i];
  }
  k[j] = 0;
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
    if (c->key && !s->g[gi].key && !(s->g[gi].key = strdup(c->key)))
      gi = -1;
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

/* A group's label as code points, decoded once for the event checks. */
typedef struct ucs {
  uint32_t *cp;  /* owned; NULL when not decoded or not valid UTF-8 */
  size_t n;
} ucs;

/* Where the name of event lg starts after a leading year (2026, 2026年).
 * With end: a name quoted after the year (2024年“全国药品安全宣传周”)
 * starts inside the quotes, and *end is where it ends (lg->n or the
 * closing quote). */
static size_t event_body(const ucs *lg, size_t *end)
{
  size_t j = 0;

  while (j < lg->n && lg->cp[j] < 0x80 && lg->cp[j] >= '0' &&
         lg->cp[j] <= '9')
    j++;
  if (j < lg->n && lg->cp[j] == 0x5E74) /* 年 */
    j++;
  if (end) {
    *end = lg->n;
    if (j + 2 < lg->n && pg_rc_is_open_quote(lg->cp[j]) &&
        pg_rc_is_close_quote(lg->cp[lg->n - 1])) {
      j++;
      --*end;
    }
  }
  return j;
}

/* Is event label sh an abbreviation of lg: no digits, the same Han
 * numerals if it has any, same first two and last two characters, its
 * characters in order inside lg
 * (数字治理论坛 -> 2026数字治理国际论坛)? */
static int event_abbrev(const ucs *sh, const ucs *lg)
{
  const uint32_t *a = sh->cp, *b = lg->cp;
  size_t na = sh->n, nb = lg->n, i, j;

  if (!a || !b)
    return 0;
  j = event_body(lg, &nb);
  if (na < 4 || nb - j <= na || a[0] != b[j] ||
      a[na - 1] != b[nb - 1] || a[na - 2] != b[nb - 2])
    return 0;
  if (a[1] != b[j + 1]) { /* 中拉论坛第四届…会议 for 中国－拉美…论坛第四届
                             …会议: one character a part, when the two end
                             alike from a session's numeral on */
    size_t cs = 0, k;
    int num = 0;
    while (cs < na && cs < nb - j && a[na - 1 - cs] == b[nb - 1 - cs])
      cs++;
    for (k = na - cs; k < na; k++)
      num |= pg_rc_is_numeral(a[k]) && a[k] != 0x4E00; /* not 一 alone */
    if (cs < 6 || !num)
      return 0;
  }
  for (i = 0; i < na && j < nb; j++)
    if (a[i] == b[j])
      i++;
  if (i < na)
    return 0;
  for (i = 0; i < na; i++)
    if (a[i] >= '0' && a[i] <= '9')
      return 0;
  for (i = 0; i < na && !pg_rc_is_numeral(a[i]); i++)
    ;
  if (i == na)
    return 1; /* no numeral to compare */
  for (i = 0, j = event_body(lg, NULL);; i++, j++) { /* the same Han numerals:
                                                 第十次 is not 第十一次 */
    while (i < na && !pg_rc_is_numeral(a[i]))
      i++;
    while (j < nb && !pg_rc_is_numeral(b[j]))
      j++;
    if (i == na || j == nb)
      return i == na && j == nb;
    if (a[i] != b[j])
      return 0;
  }
}

/* Does label start with 省 or 市 (standing for a province or city)? */
static int starts_sheng_shi(const char *label)
{
  return !strncmp(label, "\xE7\x9C\x81", 3) || /* 省 */
         !strncmp(label, "\xE5\xB8\x82", 3);   /* 市 */
}

/* Is group g a work named by its head word alone (《意见》指出, the
 * document the text has named in full)? */
static int work_head(const struct pg_recognizer *r, const group *g)
{
  size_t i;

  if (!pg_etype_is_work(g->type) || g->lex >= 0)
    return 0;
  for (i = 0; i < r->nval[PG_W_WORKHEAD]; i++)
    if (!strcmp(r->wkey[PG_W_WORKHEAD][i], g->label))
      return 1;
  return 0;
}

/* Bytes of a work's label without a closing parenthetical (（试行）,
 * （2021—2025年）, （修订草案）): 《办法》 stands for 《…管理办法（试行）》. */
static size_t core_len(pg_etype t, const char *label)
{
  static const char open[] = "\xEF\xBC\x88", close[] = "\xEF\xBC\x89"; /* （） */
  size_t n = strlen(label);
  const char *p;

  if (!pg_etype_is_work(t) || n < 6 || strcmp(label + n - 3, close))
    return n;
  for (p = label + n - 3; p > label; p--)
    if (!strncmp(p, open, 3))
      return (size_t)(p - label);
  return n;
}

/* Is a work's label a draft's: a closing parenthetical holding 草案 or
 * 征求意见稿 (（草案）, （修订草案）)?  A draft is the work it drafts. */
static int draft_of(pg_etype t, const char *label)
{
  size_t c = core_len(t, label);

  return c < strlen(label) &&
         (strstr(label + c, "草案") || strstr(label + c, "征求意见稿"));
}

/* Does sh name a division (省, 市, 县) and lg more of one: is sh no
 * contraction of lg but the body of a place above lg's (吉林省政府, not
 * 吉林省长春市人民政府)?  A contraction that names none may drop them
 * (湖北十堰太和医院 for 湖北省十堰市太和医院). */
static int drops_division(const ucs *sh, const ucs *lg)
{
  static const uint32_t div[] = {0x7701, 0x5E02, 0x53BF}; /* 省 市 县 */
  size_t i, k, ns, nl, any = 0;

  for (i = 0; i < sh->n; i++) /* 湖北十堰太和医院 names no division */
    any += sh->cp[i] == div[0] || sh->cp[i] == div[1] || sh->cp[i] == div[2];
  for (k = 0; any && k < 3; k++) {
    for (ns = 0, i = 0; i < sh->n; i++)
      ns += sh->cp[i] == div[k];
    for (nl = 0, i = 0; i < lg->n; i++)
      nl += lg->cp[i] == div[k];
    if (nl > ns)
      return 1;
  }
  return 0;
}

/* Is l[0..n) qualifiers only, the words a body's name may drop when
 * written short (中共中央|党史和文献研究院, 国家|文物局)? */
static int qualifiers_only(const char *l, size_t n)
{
  static const char *const q[] = {"中华人民共和国", "中国共产党", "中共",
                                  "中央", "中国", "国家", "全国"};
  size_t i, k, m;

  for (i = 0; i < n;) {
    for (k = 0; k < sizeof q / sizeof *q; k++)
      if ((m = strlen(q[k])) <= n - i && !strncmp(l + i, q[k], m))
        break;
    if (k == sizeof q / sizeof *q)
      return 0;
    i += strlen(q[k]);
  }
  return 1;
}

/* Is short a short form of long: a suffix of a longer work title, or an
 * organization written with 省/市 standing for its province or city?
 * u holds the decoded labels of events. */
static int short_form(const struct pg_recognizer *r, const gset *s,
                      const ucs *u, int i, int j)
{
  const group *sh = &s->g[i], *lg = &s->g[j];
  size_t ls = strlen(sh->label), ll = strlen(lg->label);

  if (sh->type != lg->type || ls >= ll + 16 || sh->lex >= 0)
    return 0;
  if (sh->type == PG_T_ORGANIZATION && starts_sheng_shi(sh->label) &&
      abbrev_of(r, sh->label, lg->label))
    return 1;
  if (sh->type == PG_T_EVENT && event_abbrev(&u[i], &u[j]))
    return 1;
  /* 中国国经中心 after 中国国际经济中心: an organization's contraction,
   * five characters or more, two fewer than the name at least */
  if (sh->type == PG_T_ORGANIZATION && u[i].n >= 5 && u[j].n >= u[i].n + 2 &&
      !drops_division(&u[i], &u[j]) && event_abbrev(&u[i], &u[j]))
    return 1;
  if (pg_etype_is_work(sh->type) && work_head(r, sh))
    ll = core_len(lg->type, lg->label);
  if (ls >= ll || strncmp(lg->label + ll - ls, sh->label, ls))
    return 0;
  if (sh->type == PG_T_ORGANIZATION && lg->lex >= 0 && ll - ls > 3 &&
      !qualifiers_only(lg->label, ll - ls))
    return 0; /* 发展局 after 商务及经济发展局: a known body is written by its
                 aliases (商经局); a tail that drops more than its
                 qualifiers (国家|市场监督管理总局) or a character cut
                 off by another name (联合国|家文物局) is another body */
  /* 领导小组 after 中央应对新冠肺炎疫情工作领导小组, 领导小组会议 after
   * its meeting: the tail of one name alone in the document */
  return pg_utf8_count(sh->label) >= (sh->type == PG_T_ORGANIZATION ? 3 : 4) ||
         work_head(r, sh); /* 《意见》 after 《关于…的意见》, when one only */
}

/* ------------------------------------------------------------ indexes */

/* FNV-1a over type t and then the bytes of s[0..n) backwards, so that
 * the hashes of all suffixes of a label come out of one pass. */
static uint64_t rhash_start(pg_etype t)
{
  unsigned char b = (unsigned char)t;

  return pg_fnv1a(PG_FNV_OFFSET, &b, 1);
}

static uint64_t rhash(pg_etype t, const char *s, size_t n)
{
  uint64_t h = rhash_start(t);

  while (n--)
    h = pg_fnv1a(h, s + n, 1);
  return h;
}

/* ------------------------------------------------------------ short forms */

/* A string a longer label of the same type may end with for group g to
 * be its short form: g's label, or an expansion of its abbreviation. */
typedef struct skey {
  char *s;     /* owned */
  size_t n;    /* bytes */
  int g;       /* the short group */
} skey;

/* Candidate (short, long) pairs for short_form, found through indexes:
 * a superset of the pairs it accepts, each pair listed once or more. */
typedef struct pairs {
  int (*p)[2]; /* (short, long) */
  size_t n, cap;
  skey *k;     /* keys (suffix index) */
  size_t nk, kcap;
  pg_hmap *kidx; /* rhash(type, key) -> key */
  ucs *u;      /* per group: decoded label (events only) */
} pairs;

static int pair_add(pairs *ps, int sh, int lg)
{
  if (ps->n == ps->cap) {
    size_t nc = ps->cap ? ps->cap * 2 : 256;
    int (*p)[2] = realloc(ps->p, nc * sizeof *p);
    if (!p)
      return -1;
    ps->p = p;
    ps->cap = nc;
  }
  ps->p[ps->n][0] = sh;
  ps->p[ps->n][1] = lg;
  ps->n++;
  return 0;
}

/* Adds key s[0..n) (copied) for short group g. */
static int key_add(pairs *ps, const gset *s, int g, const char *str, size_t n)
{
  skey *k;

  if (ps->nk == ps->kcap) {
    size_t nc = ps->kcap ? ps->kcap * 2 : 64;
    skey *p = realloc(ps->k, nc * sizeof *p);
    if (!p)
      return -1;
    ps->k = p;
    ps->kcap = nc;
  }
  k = &ps->k[ps->nk];
  if (!(k->s = malloc(n + 1)))
    return -1;
  memcpy(k->s, str, n);
  k->s[n] = '\0';
  k->n = n;
  k->g = g;
  if (pg_hmap_add(ps->kidx, rhash(s->g[g].type, str, n), (int)ps->nk) < 0) {
    free(k->s);
    return -1;
  }
  ps->nk++;
  return 0;
}

/* The keys of short group g: its label, and for 省/市 organizations each
 * expansion of an abbreviation it ends with (as abbrev_of builds them). */
static int short_keys(const struct pg_recognizer *r, pairs *ps,
                      const gset *s, int g)
{
  const group *sh = &s->g[g];
  size_t i, ls = strlen(sh->label);
  char buf[512];

  if (pg_etype_is_work(sh->type) || sh->type == PG_T_EVENT)
    return pg_utf8_count(sh->label) >= 4 || work_head(r, sh)
               ? key_add(ps, s, g, sh->label, ls)
               : 0;
  if (sh->type != PG_T_ORGANIZATION)
    return 0;
  if (pg_utf8_count(sh->label) >= 3 && key_add(ps, s, g, sh->label, ls))
    return -1;
  if (!starts_sheng_shi(sh->label))
    return 0;
  for (i = 0; i < r->nval[PG_W_ABBREV]; i++) {
    const char *k = r->wkey[PG_W_ABBREV][i], *v = r->wval[PG_W_ABBREV][i];
    size_t lk = strlen(k), lv = strlen(v);
    if (!ends_with(sh->label, k) || ls - lk + lv >= sizeof buf)
      continue;
    memcpy(buf, sh->label, ls - lk);
    memcpy(buf + ls - lk, v, lv);
    if (key_add(ps, s, g, buf, ls - lk + lv))
      return -1;
  }
  return 0;
}

/* Pairs (short, g) for every key of g's type that is a proper suffix of
 * the first len bytes of g's label: one pass over the suffixes, each
 * looked up by its hash. */
static int suffix_scan(pairs *ps, const gset *s, int g, size_t len)
{
  const char *lab = s->g[g].label;
  uint64_t h = rhash_start(s->g[g].type);
  size_t k;
  int e;

  for (k = len; k >= 1; k--) {
    size_t n = len - k;
    for (e = pg_hmap_first(ps->kidx, h); e >= 0;
         e = pg_hmap_next(ps->kidx, e)) {
      const skey *key = &ps->k[pg_hmap_value(ps->kidx, e)];
      if (key->g != g && key->n == n &&
          s->g[key->g].type == s->g[g].type && !memcmp(key->s, lab + k, n) &&
          pair_add(ps, key->g, g))
        return -1;
    }
    h = pg_fnv1a(h, lab + k - 1, 1);
  }
  return 0;
}

/* suffix_scan over g's label, and over its core without a closing
 * （试行） for a head alone (《办法》). */
static int suffix_pairs(pairs *ps, const gset *s, int g)
{
  size_t ll = strlen(s->g[g].label),
         cl = core_len(s->g[g].type, s->g[g].label);

  if (cl < ll && suffix_scan(ps, s, g, cl))
    return -1;
  return suffix_scan(ps, s, g, ll);
}

/* The key of event label u as a long form (first two characters after
 * its year, last two) or as a short one (first and last two): the four
 * characters event_abbrev compares.  0 when it has no such key. */
static int event_key(const ucs *u, int as_long, uint32_t k[4])
{
  size_t n = u->n, j = as_long && u->cp ? event_body(u, &n) : 0;

  if (!u->cp)
    return 0;
  if (n < j + (as_long ? 5 : 4))
    return 0;
  k[0] = u->cp[j];
  k[1] = u->cp[j + 1];
  k[2] = u->cp[n - 2];
  k[3] = u->cp[n - 1];
  return 1;
}

static uint64_t event_key_hash(const uint32_t k[4])
{
  return pg_fnv1a(PG_FNV_OFFSET, k, 4 * sizeof *k);
}

/* Pairs of events (and of organizations) with the same key: decodes every
 * such label into
 * ps->u, indexes the long keys, looks the short keys up. */
static int event_pairs(pairs *ps, const gset *s)
{
  pg_hmap *ev = pg_new_hmap(), *ev2 = pg_new_hmap();
  uint32_t k[4], q[4];
  size_t i, bad;
  int e, j, rc = -1;

  if (!ev || !ev2)
    goto done;
  for (i = 0; i < s->n; i++) {
    if (s->g[i].type != PG_T_EVENT && s->g[i].type != PG_T_ORGANIZATION)
      continue;
    if (pg_utf8_decode(s->g[i].label, strlen(s->g[i].label), &ps->u[i].cp,
                       &ps->u[i].n, &bad) == -2 ||
        (event_key(&ps->u[i], 1, k) &&
         pg_hmap_add(ev, event_key_hash(k), (int)i) < 0))
      goto done;
    if (s->g[i].type == PG_T_EVENT && event_key(&ps->u[i], 1, k) &&
        (k[1] = 0, pg_hmap_add(ev2, event_key_hash(k), (int)i) < 0))
      goto done;
  }
  for (i = 0; i < s->n; i++) {
    if ((s->g[i].type != PG_T_EVENT && s->g[i].type != PG_T_ORGANIZATION) ||
        s->g[i].lex >= 0 || !event_key(&ps->u[i], 0, k) ||
        (s->g[i].type == PG_T_ORGANIZATION && ps->u[i].n < 5))
      continue;
    for (e = pg_hmap_first(ev, event_key_hash(k)); e >= 0;
         e = pg_hmap_next(ev, e)) {
      j = pg_hmap_value(ev, e);
      if (j != (int)i && event_key(&ps->u[j], 1, q) &&
          !memcmp(k, q, sizeof k) && pair_add(ps, (int)i, j))
        goto done;
    }
    if (s->g[i].type != PG_T_EVENT)
      continue;
    /* 中拉论坛第四届部长级会议: the second character may differ (event_abbrev
     * then asks for a session's tail in common) */
    k[1] = 0;
    for (e = pg_hmap_first(ev2, event_key_hash(k)); e >= 0;
         e = pg_hmap_next(ev2, e)) {
      j = pg_hmap_value(ev2, e);
      if (j != (int)i && event_key(&ps->u[j], 1, q) &&
          q[1] != ps->u[i].cp[1] && (q[1] = 0, !memcmp(k, q, sizeof k)) &&
          pair_add(ps, (int)i, j))
        goto done;
    }
  }
  rc = 0;
done:
  pg_free_hmap(ev);
  pg_free_hmap(ev2);
  return rc;
}

static int cmp_pair(const void *pa, const void *pb)
{
  const int *a = pa, *b = pb;

  if (a[0] != b[0])
    return a[0] < b[0] ? -1 : 1;
  return (a[1] > b[1]) - (a[1] < b[1]);
}

/* Fills ps with the candidate pairs of s, sorted by short group, then
 * long group. */
static int find_pairs(const struct pg_recognizer *r, const gset *s,
                      pairs *ps)
{
  size_t i;

  if (!(ps->u = calloc(s->n + 1, sizeof *ps->u)) ||
      !(ps->kidx = pg_new_hmap()))
    return -1;
  for (i = 0; i < s->n; i++)
    if (s->g[i].lex < 0 && short_keys(r, ps, s, (int)i))
      return -1;
  for (i = 0; ps->nk && i < s->n; i++)
    if ((s->g[i].type == PG_T_ORGANIZATION || s->g[i].type == PG_T_EVENT ||
         pg_etype_is_work(s->g[i].type)) &&
        suffix_pairs(ps, s, (int)i))
      return -1;
  if (event_pairs(ps, s))
    return -1;
  if (ps->n)
    qsort(ps->p, ps->n, sizeof *ps->p, cmp_pair);
  return 0;
}

static void free_pairs(pairs *ps, size_t ngroups)
{
  size_t i;

  for (i = 0; i < ps->nk; i++)
    free(ps->k[i].s);
  free(ps->k);
  pg_free_hmap(ps->kidx);
  for (i = 0; ps->u && i < ngroups; i++)
    free(ps->u[i].cp);
  free(ps->u);
  free(ps->p);
}

/* Unions groups: alias equal to another label; short forms (a group
 * with exactly one longer form, up to union, joins it).  0, or -1 on out
 * of memory. */
/* A group found by patterns whose label or alias is also a name of a
 * lexicon entry of the same type found in the document is that entry:
 * 第十九届中央委员会, also 中国共产党第十九届中央委员会, is 中共中央 written
 * with its term; the programme “一带一路”倡议 is the lexicon's 一带一路.
 * The lexicon groups' names are their candidates' aliases and their
 * entries' aliases.  0, or -1 on out of memory. */
static int lexicon_alias_unions(const struct pg_recognizer *r, gset *s)
{
  smap lexal;
  size_t i, k;
  int rc = -1;

  if (smap_init(&lexal, 64))
    return -1;
  for (i = 0; i < s->n; i++) {
    const pg_lex_entry *le;
    const char *a;
    char name[160];
    if (s->g[i].lex < 0)
      continue;
    for (k = 0; k < s->g[i].n_alias; k++) {
      char *key = type_key(s->g[i].type, s->g[i].alias[k]);
      if (!key || (smap_get(&lexal, key) < 0 && smap_put(&lexal, key, (int)i))) {
        free(key);
        goto done;
      }
      free(key);
    }
    le = pg_lexicon_entry(r->lex, s->g[i].lex);
    if (le && le->label) {
      char *key = type_key(s->g[i].type, le->label);
      if (!key || (smap_get(&lexal, key) < 0 && smap_put(&lexal, key, (int)i))) {
        free(key);
        goto done;
      }
      free(key);
    }
    for (a = le ? le->aliases : NULL; (a = pg_lex_alias_next(a, name,
                                                             sizeof name));) {
      char *key;
      if (!*name)
        continue;
      if (!(key = type_key(s->g[i].type, name)) ||
          (smap_get(&lexal, key) < 0 && smap_put(&lexal, key, (int)i))) {
        free(key);
        goto done;
      }
      free(key);
    }
  }
  for (i = 0; i < s->n; i++) {
    int o = -1;
    char *key;
    if (s->g[i].lex >= 0)
      continue;
    if (s->g[i].label && (key = type_key(s->g[i].type, s->g[i].label))) {
      o = smap_get(&lexal, key);
      free(key);
    }
    for (k = 0; o < 0 && k < s->g[i].n_alias; k++)
      if ((key = type_key(s->g[i].type, s->g[i].alias[k]))) {
        o = smap_get(&lexal, key);
        free(key);
      }
    if (o < 0 && s->g[i].label && draft_of(s->g[i].type, s->g[i].label) &&
        (key = type_key(s->g[i].type, s->g[i].label))) {
      key[2 + core_len(s->g[i].type, s->g[i].label)] = '\0';
      o = smap_get(&lexal, key); /* 《…维护国家安全法（草案）》: the law */
      free(key);
    }
    if (o >= 0 && root(s, o) != root(s, (int)i))
      s->g[root(s, (int)i)].up = root(s, o);
  }
  rc = 0;
done:
  smap_free(&lexal);
  return rc;
}

/* A work named by its head word alone (《规划》, 《办法》) that no full
 * title in the document resolves (none, or two) names nothing: dropped
 * with its mentions. */
static void drop_bare_heads(const struct pg_recognizer *r, gset *s)
{
  size_t i, k;
  int *members = calloc(s->n ? s->n : 1, sizeof *members);

  if (!members)
    return; /* nothing dropped: the document keeps a junk name */
  for (i = 0; i < s->n; i++)
    members[root(s, (int)i)]++;
  for (i = 0; i < s->n; i++)
    if (root(s, (int)i) == (int)i && members[i] == 1 &&
        work_head(r, &s->g[i]))
      s->g[i].drop = 1;
  free(members);
  for (k = 0; s->of && k < s->nof; k++)
    if (s->of[k] >= 0 && s->g[root(s, s->of[k])].drop)
      s->of[k] = -1;
}

/* Groups of one type with the same merge key are one.  0, or -1 on out
 * of memory. */
static int key_unions(gset *s)
{
  smap keys;
  size_t i;
  int rc = -1;

  if (smap_init(&keys, 16))
    return -1;
  for (i = 0; i < s->n; i++) {
    char *k;
    int o;
    if (!s->g[i].key)
      continue;
    if (!(k = type_key(s->g[i].type, s->g[i].key)))
      goto done;
    if ((o = smap_get(&keys, k)) < 0) {
      if (smap_put(&keys, k, (int)i)) {
        free(k);
        goto done;
      }
    } else if (root(s, o) != root(s, (int)i))
      s->g[root(s, (int)i)].up = root(s, o);
    free(k);
  }
  rc = 0;
done:
  smap_free(&keys);
  return rc;
}

static int unite(const struct pg_recognizer *r, gset *s)
{
  pairs ps;
  size_t i, k, p = 0, na, a;
  int rc = -1, *claim = NULL, *ao = NULL;

  memset(&ps, 0, sizeof ps);
  /* A work's label two other works claim as their alias names neither
   * (《评价报告》 written between its 2021 and 2022 editions): claim[o]
   * is the first claimant, or -2 when there are two; ao holds, per alias
   * in order, the group it names (or -1), read once. */
  for (i = 0, na = 0; i < s->n; i++)
    na += s->g[i].n_alias;
  if (!(claim = malloc((s->n ? s->n : 1) * sizeof *claim)) ||
      !(ao = malloc((na ? na : 1) * sizeof *ao)))
    goto done;
  for (i = 0; i < s->n; i++)
    claim[i] = -1;
  for (i = 0, a = 0; i < s->n; i++)
    for (k = 0; k < s->g[i].n_alias; k++, a++) {
      char *key = type_key(s->g[i].type, s->g[i].alias[k]);
      int o = key ? smap_get(&s->by_label, key) : -1;
      free(key);
      ao[a] = o < 0 || o == (int)i || s->g[o].lex >= 0 ? -1 : o;
      if (ao[a] >= 0)
        claim[o] = claim[o] == -1 || claim[o] == (int)i ? (int)i : -2;
    }
  for (i = 0, a = 0; i < s->n; i++)
    for (k = 0; k < s->g[i].n_alias; k++, a++) {
      int o = ao[a];
      if (o >= 0 && root(s, o) != root(s, (int)i) &&
          !(pg_etype_is_work(s->g[o].type) && claim[o] == -2))
        s->g[root(s, o)].up = root(s, (int)i);
    }
  if (key_unions(s) || lexicon_alias_unions(r, s))
    goto done;
  if (find_pairs(r, s, &ps))
    goto done;
  for (i = 0; i < s->n; i++) {
    int hit = -1, many = 0;
    for (; p < ps.n && ps.p[p][0] == (int)i; p++) {
      int j = ps.p[p][1];
      if (short_form(r, s, ps.u, (int)i, j)) {
        many += hit >= 0 && root(s, hit) != root(s, j);
        hit = j;
      }
    }
    if (hit >= 0 && !many && root(s, hit) != root(s, (int)i))
      s->g[root(s, (int)i)].up = root(s, hit);
  }
  drop_bare_heads(r, s);
  rc = 0;
done:
  free(claim);
  free(ao);
  free_pairs(&ps, s->n);
  return rc;
}

/* An alias two different events share (世界人工智能大会 for the 2024 and
 * the 2025 editions) names neither: it is dropped from both.  Event
 * aliases are indexed by hash in group order, so each is compared only
 * with later aliases of the same hash; for each alias of each group in
 * turn, the first later group (of another root) that still has it loses
 * it too.  0, or -1 on out of memory. */
static int drop_shared_event_aliases(gset *s)
{
  pg_hmap *m;
  int (*ref)[2] = NULL; /* per entry of m: (group, alias index) */
  size_t i, a, n = 0;
  int e, rc = -1;

  for (i = 0; i < s->n; i++)
    if (s->g[i].type == PG_T_EVENT)
      n += s->g[i].n_alias;
  if (!n)
    return 0;
  m = pg_new_hmap();
  if (!m || !(ref = malloc(n * sizeof *ref)))
    goto done;
  for (i = 0; i < s->n; i++)
    for (a = 0; s->g[i].type == PG_T_EVENT && a < s->g[i].n_alias; a++) {
      const char *al = s->g[i].alias[a];
      if ((e = pg_hmap_add(m, pg_fnv1a(PG_FNV_OFFSET, al, strlen(al)), 0)) < 0)
        goto done;
      ref[e][0] = (int)i;
      ref[e][1] = (int)a;
    }
  for (i = 0; i < n; i++) {
    char *x = s->g[ref[i][0]].alias[ref[i][1]];
    for (e = pg_hmap_next(m, (int)i); *x && e >= 0; e = pg_hmap_next(m, e)) {
      char *y = s->g[ref[e][0]].alias[ref[e][1]];
      if (ref[e][0] != ref[i][0] && !strcmp(x, y) &&
          root(s, ref[i][0]) != root(s, ref[e][0])) {
        x[0] = y[0] = '\0';
        break;
      }
    }
  }
  rc = 0;
done:
  pg_free_hmap(m);
  free(ref);
  return rc;
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

/* One label of entity e as written, when the text was converted (t2s):
 * the label is looked for in the clean text around mention m and, where
 * it maps one to one onto the original, the original form is an alias
 * (a unit labelled with its chain, 台湾海军司令部, is 台灣海軍司令部 as
 * printed).  Returns 0, or -1 on failure. */
static int written_label(pg_annot *a, const pg_mention *m, int e,
                         const char *label)
{
  const pg_doc *d = &a->doc;
  uint32_t *l = NULL, *buf;
  size_t n = 0, bad, k, j, lo, hi;
  int rc = 0;

  if (pg_utf8_decode(label, strlen(label), &l, &n, &bad) || !n ||
      n > 64) {
    free(l);
    return 0;
  }
  lo = m->cb > 64 ? m->cb - 64 : 0;
  hi = m->ce + 64 < d->cn ? m->ce + 64 : d->cn;
  for (k = lo; k + n <= hi; k++) {
    int differs = 0;
    if (memcmp(d->ccp + k, l, n * sizeof *l))
      continue;
    for (j = 0; j < n; j++)
      if (d->map[k + j] >= d->on || (j && d->map[k + j] != d->map[k] + j))
        break;
    if (j < n)
      continue; /* repair moved or dropped characters here */
    if (!(buf = malloc(n * sizeof *buf))) {
      rc = -1;
      break;
    }
    for (j = 0; j < n; j++) {
      buf[j] = d->ocp[d->map[k] + j];
      differs |= buf[j] != l[j];
    }
    if (differs) {
      char *form = pg_utf8_encode(buf, n);
      rc = form ? pg_entity_add_alias(&a->ent[e], form) : -1;
      free(form);
    }
    free(buf);
    break;
  }
  free(l);
  return rc;
}

/* Adds the written form of each entity's labels in a converted text. */
static int written_labels(pg_annot *a)
{
  const pg_doc *d = &a->doc;
  size_t k, i, j, na;
  int converted = 0;

  for (k = 0; k < d->cn && !converted; k++)
    converted = d->map[k] < d->on && pg_is_han(d->ccp[k]) &&
                d->ccp[k] != d->ocp[d->map[k]];
  if (!converted)
    return 0;
  for (i = 0; i < a->nm; i++) {
    const pg_mention *m = &a->m[i];
    int e = m->entity;
    if (e < 0)
      continue;
    if (written_label(a, m, e, a->ent[e].label))
      return -1;
    na = a->ent[e].n_alias;
    for (j = 0; j < na; j++)
      if (written_label(a, m, e, a->ent[e].alias[j]))
        return -1;
  }
  return 0;
}

static int commit(pg_rctx *x, gset *s)
{
  size_t i;

  for (i = 0; i < s->n; i++)
    if (root(s, (int)i) == (int)i && !s->g[i].drop &&
        make_entity(x, s, (int)i))
      return -1;
  for (i = 0; i < s->n; i++)
    if (!s->g[root(s, (int)i)].drop && add_aliases(x, s, (int)i))
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
  return written_labels(x->a);
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

/* Has entity pe a mention written name (UTF-8), exactly? */
static int named_as(const pg_annot *a, int pe, const char *name)
{
  size_t k;
  int hit = 0;

  for (k = 0; !hit && k < a->ent[pe].n_mention; k++) {
    const pg_mention *m = &a->m[a->ent[pe].mention[k]];
    char *t = pg_utf8_encode(a->doc.ccp + m->cb, m->ce - m->cb);
    hit = t && !strcmp(t, name);
    free(t);
  }
  return hit;
}

/* Is entity ei written, in one of its mentions, with a name of lexicon
 * entry pi inside (国务院办公厅 holds 国务院, 中共中央办公厅 中共中央), a
 * name the parent's entity pe is also written with on its own (中共中央
 * in 中共中央总书记; not only 党中央)?  The text then states that the one
 * is part of the other. */
static int written_within(const pg_rctx *x, int ei, int pi, int pe)
{
  const pg_annot *a = x->a;
  const pg_lex_entry *le = pi >= 0 ? pg_lexicon_entry(x->r->lex, pi) : NULL;
  size_t k;

  if (!le)
    return 0;
  for (k = 0; k < a->ent[ei].n_mention; k++) {
    const pg_mention *m = &a->m[a->ent[ei].mention[k]];
    char *t = pg_utf8_encode(a->doc.ccp + m->cb, m->ce - m->cb), name[160];
    const char *al = le->aliases;
    int hit = 0;
    if (!t)
      return 0;
    hit = strstr(t, le->label) != NULL && named_as(a, pe, le->label);
    while (!hit && (al = pg_lex_alias_next(al, name, sizeof name)))
      hit = strlen(name) >= 2 * 3 && strstr(t, name) != NULL && /* 2 chars+ */
            named_as(a, pe, name);
    free(t);
    if (hit)
      return 1;
  }
  return 0;
}

/* A lexicon organization's parent, when the document names both and the
 * organization is written with the parent's name in it.  The
 * parent is the entity of the organization group labelled with its name
 * (labels are unique per type, and only a root group has an entity). */
static int lexicon_parents(pg_rctx *x, const gset *s)
{
  pg_annot *a = x->a;
  size_t i;

  for (i = 0; i < s->n; i++) {
    const group *g = &s->g[i];
    const pg_lex_entry *le = g->lex >= 0 ? pg_lexicon_entry(x->r->lex, g->lex)
                                         : NULL;
    int ei = g->ent, pg;
    char *key;
    if (!le || !le->parent || ei < 0 || !a->ent[ei].n_mention)
      continue;
    if (!(key = type_key(PG_T_ORGANIZATION, le->parent)))
      return -1;
    pg = smap_get(&s->by_label, key);
    free(key);
    if (pg >= 0 && s->g[pg].ent >= 0 &&
        written_within(x, ei, pg_lexicon_find(x->r->lex, le->parent,
                                              PG_T_ORGANIZATION),
                       s->g[pg].ent) &&
        pg_annot_add_fact(a, ei, PG_P_SUBORG, s->g[pg].ent, -1, NULL,
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
    free(s->g[i].key);
    for (k = 0; k < s->g[i].n_alias; k++)
      free(s->g[i].alias[k]);
    free(s->g[i].alias);
  }
  free(s->g);
  free(s->of);
  smap_free(&s->by_label);
}

/* ---------------------------------------------------------------- home */

/* The document's own province: the lexicon province most written (alone
 * or inside a name), two times or more and at least twice as often as any
 * other; -1 when the document has none (a national or multi-province
 * text). */
static int home_province(const pg_rctx *x)
{
  int best = -1, second = 0, nbest = 0, k, *cnt;
  size_t i, nl = pg_lexicon_size(x->r->lex);

  if (!(cnt = calloc(nl ? nl : 1, sizeof *cnt)))
    return -1;
  for (i = 0; i < x->nc; i++) {
    const pg_cand *c = &x->c[i];
    const pg_lex_entry *le;
    if (c->type != PG_T_PLACE || c->lex < 0 || (size_t)c->lex >= nl)
      continue; /* inside names too: 广东省人民政府 counts */
    le = pg_lexicon_entry(x->r->lex, c->lex);
    if (le->subtype && !strcmp(le->subtype, "province"))
      cnt[c->lex]++;
  }
  for (k = 0; (size_t)k < nl; k++) {
    if (cnt[k] > nbest) {
      second = nbest;
      nbest = cnt[k];
      best = k;
    } else if (cnt[k] > second) {
      second = cnt[k];
    }
  }
  free(cnt);
  return nbest >= 2 && nbest >= 2 * second ? best : -1;
}

/* 我省 in a province's own document (home >= 0) is that province. */
static int home_place(pg_rctx *x, int *occ, int home)
{
  static const uint32_t wo_sheng[] = {0x6211, 0x7701}; /* 我省 */
  size_t p;
  int ci;

  for (p = 0; home >= 0 && p + 2 <= x->vn; p++) {
    if (memcmp(x->v + p, wo_sheng, sizeof wo_sheng) || occ[p] >= 0 ||
        occ[p + 1] >= 0)
      continue;
    if ((ci = pg_rc_add(x, p, p + 2, PG_T_PLACE, "place.home", home, 1)) < 0)
      return x->oom ? -1 : 0;
    x->c[ci].mi = 0;
    occ[p] = occ[p + 1] = ci;
  }
  return 0;
}

/* In a province's own document a body written 省工业和信息化厅 or
 * 省委网信办, and not united with a fuller name, is that province's:
 * labelled 广东省工业和信息化厅, the written form an alias.  (Its label
 * is its IRI: 省教育厅 of two provinces must not be one node.) */
static int home_orgs(pg_rctx *x, gset *s, int home)
{
  const pg_lex_entry *le;
  size_t i, pl;
  char *lab, *old;
  int rc;

  if (home < 0)
    return 0;
  le = pg_lexicon_entry(x->r->lex, home);
  pl = strlen(le->label);
  if (pl < 3 || strcmp(le->label + pl - 3, "省"))
    return 0;
  for (i = 0; i < s->n; i++) {
    group *g = &s->g[i];
    if (root(s, (int)i) != (int)i || g->type != PG_T_ORGANIZATION ||
        g->lex >= 0 || strncmp(g->label, "省", 3) || strlen(g->label) < 9)
      continue;
    if (!(lab = malloc(pl + strlen(g->label) + 1)))
      return -1;
    memcpy(lab, le->label, pl);
    strcpy(lab + pl, g->label + 3);
    old = g->label;
    g->label = lab;
    rc = group_alias(g, old);
    free(old);
    if (rc)
      return -1;
  }
  return 0;
}

/* ------------------------------------------------------ shared units */

/* The candidate ci stands for after rejected duplicates, or -1. */
static int cand_kept(const pg_rctx *x, int ci)
{
  int hops = 0;

  while (ci >= 0 && x->c[ci].mi < 0 && x->c[ci].same >= 0 && hops++ < 8)
    ci = x->c[ci].same;
  return ci >= 0 && x->c[ci].mi >= 0 ? ci : -1;
}

/* Candidate ci's label as group_cand takes it (owned), or NULL. */
static char *cand_group_label(pg_rctx *x, int ci)
{
  const pg_cand *c = &x->c[ci];

  if (c->lex >= 0)
    return strdup(pg_lexicon_entry(x->r->lex, c->lex)->label);
  return c->label ? strdup(c->label) : pg_rc_name(x, c->vb, c->ve);
}

typedef struct unit_rec {
  int unit;       /* candidate */
  int parent;     /* its parent's candidate */
  int first;      /* the first record of the same own name */
  int shared;     /* (on a first record) units of two bodies have it */
  char *own;      /* its own name (owned) */
  char *plab;     /* its parent's label this round (owned) */
} unit_rec;

/* Units of different bodies that share a name (经济学院 of 四川大学 and of
 * 西安财经大学) are different bodies: each such unit is labelled with its
 * parent's name before its own (四川大学经济学院), where units take their
 * own name alone (信息化和产业发展部) when the text gives that name to one
 * body's unit only.  The name alone is then no alias of any of them (a
 * unit written without its parent keeps it as its label).  Parents are
 * labelled first: a unit of a split unit takes its parent's new label
 * (北京大学人民医院急诊科) in a later round.  Before grouping, which keys
 * groups by label. */
static int split_units(pg_rctx *x)
{
  unit_rec *r = NULL;
  pg_hmap *m = NULL;
  size_t i, n = 0;
  int rc = -1, e, round, changed = 1;

  if (!x->nf)
    return 0;
  if (!(r = calloc(x->nf, sizeof *r)) || !(m = pg_new_hmap()))
    goto done;
  for (i = 0; i < x->nf; i++) {
    const pg_pfact *f = &x->f[i];
    int u, pa;
    uint64_t h;
    if (f->pred != PG_P_SUBORG || (u = cand_kept(x, f->subj)) < 0 ||
        (pa = cand_kept(x, f->obj)) < 0 || pa == u ||
        x->c[u].type != PG_T_ORGANIZATION || x->c[u].lex >= 0)
      continue;
    r[n].unit = u;
    r[n].parent = pa;
    r[n].first = (int)n;
    if (!(r[n].own = cand_group_label(x, u))) {
      n++;
      goto done;
    }
    h = pg_fnv1a(PG_FNV_OFFSET, r[n].own, strlen(r[n].own));
    for (e = pg_hmap_first(m, h); e >= 0; e = pg_hmap_next(m, e))
      if (!strcmp(r[pg_hmap_value(m, e)].own, r[n].own)) {
        r[n].first = pg_hmap_value(m, e);
        break;
      }
    if (r[n].first == (int)n && pg_hmap_add(m, h, (int)n) < 0) {
      n++;
      goto done;
    }
    n++;
  }
  for (round = 0; round < 4 && changed; round++) {
    changed = 0;
    for (i = 0; i < n; i++) {
      free(r[i].plab);
      if (!(r[i].plab = cand_group_label(x, r[i].parent)))
        goto done;
      r[i].shared = 0;
    }
    for (i = 0; i < n; i++)
      if (strcmp(r[i].plab, r[r[i].first].plab))
        r[r[i].first].shared = 1;
    for (i = 0; i < n; i++) {
      size_t lo = strlen(r[i].own), lp = strlen(r[i].plab);
      const char *cur = x->c[r[i].unit].label;
      char *l;
      if (!r[r[i].first].shared ||
          (lo >= lp && !strncmp(r[i].own, r[i].plab, lp)))
        continue;
      if (cur && strlen(cur) == lp + lo && !strncmp(cur, r[i].plab, lp) &&
          !strcmp(cur + lp, r[i].own))
        continue; /* labelled so in an earlier round */
      if (!(l = malloc(lp + lo + 1)))
        goto done;
      memcpy(l, r[i].plab, lp);
      memcpy(l + lp, r[i].own, lo + 1);
      pg_rc_label(x, r[i].unit, l);
      x->c[r[i].unit].quiet = 1; /* 经济学院 alone names none of them */
      changed = 1;
    }
  }
  rc = 0;
done:
  for (i = 0; i < n; i++) {
    free(r[i].own);
    free(r[i].plab);
  }
  free(r);
  pg_free_hmap(m);
  return rc;
}

/* 广安市市委, the level written twice, is 广安市委: that form as an alias
 * (groups with that label are then united with it). */
static int doubled_level_alias(pg_rctx *x)
{
  static const char *const lv[] = {"市市", "省省", "县县", "区区"};
  size_t i, k;

  for (i = 0; i < x->nc; i++) {
    char *l, *d;
    if (x->c[i].type != PG_T_ORGANIZATION || x->c[i].mi < 0 ||
        x->c[i].lex >= 0)
      continue;
    if (!(l = cand_group_label(x, (int)i)))
      return -1;
    for (k = 0; k < sizeof lv / sizeof *lv; k++)
      if ((d = strstr(l, lv[k])) && d > l) {
        memmove(d, d + 3, strlen(d + 3) + 1);
        if (pg_rc_alias(x, (int)i, l)) {
          free(l);
          return -1;
        }
        break;
      }
    free(l);
  }
  return 0;
}

int pg_merge(pg_rctx *x)
{
  int *occ = malloc((x->vn + 1) * sizeof *occ);
  gset s;
  size_t i;
  int rc = -1, home = -1;

  memset(&s, 0, sizeof s);
  if (!occ || resolve(x, occ) || coref(x, occ) ||
      home_place(x, occ, home = home_province(x)) || split_units(x) ||
      doubled_level_alias(x) ||
      smap_init(&s.by_label, 64))
    goto done;
  if (!(s.of = malloc((x->nc + 1) * sizeof *s.of)))
    goto done;
  for (i = 0; i < x->nc; i++)
    s.of[i] = -1;
  s.nof = x->nc;
  for (i = 0; i < x->nc; i++)
    if (x->c[i].mi >= 0 && group_cand(x, &s, (int)i))
      goto done;
  if (unite(x->r, &s) || home_orgs(x, &s, home) ||
      drop_shared_event_aliases(&s) || commit(x, &s) ||
      add_facts(x, &s) || lexicon_parents(x, &s))
    goto done;
  rc = 0;
done:
  free_groups(&s);
  free(occ);
  return rc;
}
