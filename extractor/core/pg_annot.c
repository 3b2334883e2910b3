/* pg_annot.c - the annotation set (see pg_annot.h).
 *
 * Plain growable arrays; indexes, not pointers, link mentions, entities
 * and facts, so arrays can grow without invalidating links.  Arrays grow
 * geometrically; an entity's mention and alias lists carry no capacity
 * field, so theirs is implied by the count (see grow_implied), and only
 * this file may add to them.  Duplicate facts are found through an
 * open-addressing hash index over the fact array (pg_annot.f_slot), kept
 * at most half full, so adding a fact costs constant expected time however
 * long the document; the array itself keeps the order facts were added in,
 * and nothing depends on hash order.
 */
#include "pg_annot.h"
#include "pg_hmap.h"
#include "pg_text.h"

#include <stdlib.h>
#include <string.h>

static char *xstrdup(const char *s)
{
  size_t n;
  char *d;

  if (!s)
    return NULL;
  n = strlen(s) + 1;
  d = malloc(n);
  if (d)
    memcpy(d, s, n);
  return d;
}

/* Grows *arr (of elements of size sz) so that it has room for one more. */
static int grow(void **arr, size_t *cap, size_t n, size_t sz)
{
  size_t nc;
  void *p;

  if (n < *cap)
    return 0;
  nc = *cap ? *cap * 2 : 16;
  p = realloc(*arr, nc * sz);
  if (!p)
    return -1;
  *arr = p;
  *cap = nc;
  return 0;
}

/* Grows *arr (n elements of size sz) so that it has room for one more,
 * for arrays whose capacity is implied by their count: 0 for none, else
 * the smallest power of two >= max(n, 4).  Doubling at those counts keeps
 * a long list linear to build, where growing by one was quadratic. */
static int grow_implied(void **arr, size_t n, size_t sz)
{
  void *p;

  if (n && (n < 4 || (n & (n - 1))))
    return 0; /* below the implied capacity */
  p = realloc(*arr, (n ? 2 * n : 4) * sz);
  if (!p)
    return -1;
  *arr = p;
  return 0;
}

pg_annot *pg_new_annot(void)
{
  return calloc(1, sizeof(pg_annot));
}

static void free_doc(pg_doc *d)
{
  free(d->name);
  free(d->id);
  free(d->title);
  free(d->date);
  free(d->date_source);
  free(d->authors);
  free(d->format);
  free(d->encoding);
  free(d->orig);
  free(d->ocp);
  free(d->ccp);
  free(d->map);
  free(d->sent);
}

void pg_free_annot(pg_annot *a)
{
  size_t i, j;

  if (!a)
    return;
  free_doc(&a->doc);
  for (i = 0; i < a->nm; i++)
    free(a->m[i].surface);
  free(a->m);
  for (i = 0; i < a->ne; i++) {
    pg_entity *e = &a->ent[i];
    free(e->subtype);
    free(e->label);
    free(e->label_en);
    for (j = 0; j < e->n_alias; j++)
      free(e->alias[j]);
    free(e->alias);
    free(e->key);
    free(e->mention);
  }
  free(a->ent);
  for (i = 0; i < a->nf; i++)
    free(a->f[i].lit);
  free(a->f);
  free(a->f_slot);
  free(a);
}

void pg_doc_orig_span(const pg_doc *d, size_t cb, size_t ce, size_t *b,
                      size_t *e)
{
  size_t i, lo, hi;

  if (!d->map || ce <= cb) {
    *b = cb;
    *e = ce;
    return;
  }
  lo = d->map[cb];
  hi = d->map[ce - 1] + 1;
  /* Repair may reorder (column reassembly): widen to the whole extent. */
  if (hi <= lo || hi - lo > 2 * (ce - cb) + 64) {
    for (i = cb; i < ce; i++) {
      if (d->map[i] < lo)
        lo = d->map[i];
      if (d->map[i] + 1 > hi)
        hi = d->map[i] + 1;
    }
  }
  *b = lo;
  *e = hi;
}

int pg_annot_add_mention(pg_annot *a, size_t cb, size_t ce, pg_etype type,
                         const char *rule, int lex)
{
  pg_mention *m;

  if (ce > a->doc.cn || cb >= ce)
    return -1;
  if (grow((void **)&a->m, &a->m_cap, a->nm, sizeof *a->m))
    return -1;
  m = &a->m[a->nm];
  memset(m, 0, sizeof *m);
  m->cb = cb;
  m->ce = ce;
  pg_doc_orig_span(&a->doc, cb, ce, &m->b, &m->e);
  m->type = type;
  m->rule = rule;
  m->lex = lex;
  m->entity = -1;
  m->surface = pg_utf8_encode(a->doc.ccp + cb, ce - cb);
  if (!m->surface)
    return -1;
  return (int)a->nm++;
}

int pg_annot_add_entity(pg_annot *a, pg_etype type, const char *label,
                        const char *label_en)
{
  pg_entity *e;

  if (grow((void **)&a->ent, &a->ent_cap, a->ne, sizeof *a->ent))
    return -1;
  e = &a->ent[a->ne];
  memset(e, 0, sizeof *e);
  e->type = type;
  e->label = xstrdup(label);
  e->label_en = xstrdup(label_en);
  if (!e->label || (label_en && !e->label_en)) {
    free(e->label);
    free(e->label_en);
    return -1;
  }
  return (int)a->ne++;
}

int pg_entity_add_alias(pg_entity *e, const char *alias)
{
  size_t i;

  if (!alias || !*alias || (e->label && !strcmp(e->label, alias)))
    return 0;
  for (i = 0; i < e->n_alias; i++)
    if (!strcmp(e->alias[i], alias))
      return 0;
  if (grow_implied((void **)&e->alias, e->n_alias, sizeof *e->alias))
    return -1;
  if (!(e->alias[e->n_alias] = xstrdup(alias)))
    return -1;
  e->n_alias++;
  return 0;
}

int pg_annot_link(pg_annot *a, int mi, int ei)
{
  pg_entity *e;

  if (mi < 0 || ei < 0 || (size_t)mi >= a->nm || (size_t)ei >= a->ne)
    return -1;
  e = &a->ent[ei];
  if (grow_implied((void **)&e->mention, e->n_mention, sizeof *e->mention))
    return -1;
  e->mention[e->n_mention++] = mi;
  a->m[mi].entity = ei;
  return 0;
}

static int same_str(const char *x, const char *y)
{
  return (!x && !y) || (x && y && !strcmp(x, y));
}

/* FNV-1a over a fact's identity: subj, pred, obj, obj2 and lit. */
static size_t fact_hash(int subj, pg_pred pred, int obj, int obj2,
                        const char *lit)
{
  int32_t w[5];
  uint64_t h;

  w[0] = subj;
  w[1] = (int32_t)pred;
  w[2] = obj;
  w[3] = obj2;
  w[4] = lit != NULL; /* NULL and "" differ */
  h = pg_fnv1a(PG_FNV_OFFSET, w, sizeof w);
  if (lit)
    h = pg_fnv1a(h, lit, strlen(lit));
  return (size_t)(h ^ (h >> 32));
}

/* The slot of the fact equal to the given one, or of the empty slot where
 * it would go.  a->f_nslot must be non-zero. */
static size_t fact_slot(const pg_annot *a, size_t h, int subj, pg_pred pred,
                        int obj, int obj2, const char *lit)
{
  size_t mask = a->f_nslot - 1, i = h & mask;

  while (a->f_slot[i]) {
    const pg_fact *f = &a->f[a->f_slot[i] - 1];
    if (f->subj == subj && f->pred == pred && f->obj == obj &&
        f->obj2 == obj2 && same_str(f->lit, lit))
      break;
    i = (i + 1) & mask;
  }
  return i;
}

/* Makes room in the index for one more fact, rebuilding it at twice the
 * size when it would be more than half full.  0, or -1 on out of memory
 * (the old index stays). */
static int fact_index_grow(pg_annot *a)
{
  size_t ns, i, *old = a->f_slot;

  if ((a->nf + 1) * 2 <= a->f_nslot)
    return 0;
  ns = a->f_nslot ? a->f_nslot * 2 : 64;
  if (!(a->f_slot = calloc(ns, sizeof *a->f_slot))) {
    a->f_slot = old;
    return -1;
  }
  a->f_nslot = ns;
  for (i = 0; i < a->nf; i++) {
    const pg_fact *f = &a->f[i];
    size_t k = fact_slot(a, fact_hash(f->subj, f->pred, f->obj, f->obj2,
                                      f->lit),
                         f->subj, f->pred, f->obj, f->obj2, f->lit);
    a->f_slot[k] = i + 1;
  }
  free(old);
  return 0;
}

size_t pg_annot_drop_facts(pg_annot *a, const unsigned char *drop)
{
  size_t i, j, k;

  for (i = j = 0; i < a->nf; i++) {
    if (drop[i]) {
      free(a->f[i].lit);
      continue;
    }
    a->f[j++] = a->f[i];
  }
  if (j == a->nf)
    return 0;
  k = a->nf - j;
  a->nf = j;
  memset(a->f_slot, 0, a->f_nslot * sizeof *a->f_slot); /* re-index */
  for (i = 0; i < a->nf; i++) {
    const pg_fact *f = &a->f[i];
    a->f_slot[fact_slot(a, fact_hash(f->subj, f->pred, f->obj, f->obj2,
                                     f->lit),
                        f->subj, f->pred, f->obj, f->obj2, f->lit)] = i + 1;
  }
  return k;
}

int pg_annot_add_fact(pg_annot *a, int subj, pg_pred pred, int obj,
                      int obj2, const char *lit, pg_littype lt, size_t sent,
                      const char *rule)
{
  pg_fact *f;
  size_t h, k;

  if (fact_index_grow(a))
    return -1;
  h = fact_hash(subj, pred, obj, obj2, lit);
  k = fact_slot(a, h, subj, pred, obj, obj2, lit);
  if (a->f_slot[k])
    return (int)(a->f_slot[k] - 1);
  if (grow((void **)&a->f, &a->f_cap, a->nf, sizeof *a->f))
    return -1;
  f = &a->f[a->nf];
  memset(f, 0, sizeof *f);
  f->subj = subj;
  f->pred = pred;
  f->obj = obj;
  f->obj2 = obj2;
  f->lit = xstrdup(lit);
  if (lit && !f->lit)
    return -1;
  f->lt = lt;
  f->sent = sent;
  f->rule = rule;
  a->f_slot[k] = a->nf + 1;
  return (int)a->nf++;
}

size_t pg_doc_sentence_at(const pg_doc *d, size_t cb)
{
  size_t lo = 0, hi = d->n_sent;

  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->sent[mid].e <= cb)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < d->n_sent ? lo : (d->n_sent ? d->n_sent - 1 : 0);
}

/* The columns of pg_etypes.def, per type. */
static const struct {
  const char *name, *slug, *zh;
  int work;
} etypes[PG_T__COUNT] = {
#define PG_ETYPE(id, name, slug, zh, work) {name, slug, zh, work},
#include "pg_etypes.def"
#undef PG_ETYPE
};

static const char *const pred_names[PG_P__COUNT] = {
  "affiliation", "jobTitle", "subOrganizationOf", "proposedBy", "adoptedAt",
  "date", "startDate", "endDate", "location", "developedBy", "founder",
  "attendee", "membership"
};

const char *pg_etype_name(pg_etype t)
{
  return (unsigned)t < PG_T__COUNT ? etypes[t].name : "None";
}

const char *pg_etype_slug(pg_etype t)
{
  return etypes[(unsigned)t < PG_T__COUNT ? t : PG_T_NONE].slug;
}

const char *pg_etype_zh(pg_etype t)
{
  return etypes[(unsigned)t < PG_T__COUNT ? t : PG_T_NONE].zh;
}

int pg_etype_is_work(pg_etype t)
{
  return (unsigned)t < PG_T__COUNT && etypes[t].work;
}

pg_etype pg_etype_from_name(const char *s)
{
  int t;

  for (t = 1; t < PG_T__COUNT; t++)
    if (!strcmp(s, etypes[t].name))
      return (pg_etype)t;
  return PG_T_NONE;
}

const char *pg_pred_name(pg_pred p)
{
  return (unsigned)p < PG_P__COUNT ? pred_names[p] : "?";
}

/* Every rule id with its description (pg_rules.def). */
static const struct {
  const char *id, *text;
} rules[] = {
#define PG_RULE(id, text) {id, text},
#include "pg_rules.def"
#undef PG_RULE
};

const char *pg_rule_description(const char *id)
{
  size_t i;

  for (i = 0; id && i < sizeof rules / sizeof *rules; i++)
    if (!strcmp(rules[i].id, id))
      return rules[i].text;
  return NULL;
}
