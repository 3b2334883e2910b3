/* pg_view.c - the index of a graph that the views are written from (see
 * pg_view.h and pg_view_int.h).
 *
 * One pass over the model's statements (or one named graph's) files each
 * statement by its predicate: types, labels and aliases onto the subject
 * node, NIF offsets and contexts onto sentences and mentions, rdf:subject
 * /predicate/object, prov:wasDerivedFrom and pg:rule onto evidence
 * records, the contract's relations into a list of facts.  Then the
 * entities are sorted (class, label, IRI), the facts sorted and each
 * given its evidence records (a record matches a fact on subject,
 * predicate and object, through a hash), and the mentions and incoming
 * facts of every entity are indexed by counting.  Everything is n log n
 * in the statements; nothing depends on hash or store order.
 */
#include "pg_view_int.h"
#include "pg_graph.h"

#include <stdlib.h>
#include <string.h>

#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

#define PG_ETYPE(id, name, slug, zh, work) name,
static const char *const all_names[PG_T__COUNT] = {
#include "pg_etypes.def"
};
#undef PG_ETYPE
#define PG_ETYPE(id, name, slug, zh, work) zh,
static const char *const all_zh[PG_T__COUNT] = {
#include "pg_etypes.def"
};
#undef PG_ETYPE
const char *const *const pv_type_name = all_names + 1;
const char *const *const pv_type_zh = all_zh + 1;

const char *const pv_rel_iri[PV_NRELS] = {
  "http://schema.org/affiliation", "http://schema.org/jobTitle",
  "http://www.w3.org/ns/org#subOrganizationOf", PG_NS "proposedBy",
  PG_NS "adoptedAt", "http://purl.org/dc/terms/date",
  "http://schema.org/startDate", "http://schema.org/endDate",
  "http://schema.org/location", PG_NS "developedBy",
  "http://schema.org/founder", "http://schema.org/attendee"
};
const char *const pv_rel_curie[PV_NRELS] = {
  "schema:affiliation", "schema:jobTitle", "org:subOrganizationOf",
  "pg:proposedBy", "pg:adoptedAt", "dcterms:date", "schema:startDate",
  "schema:endDate", "schema:location", "pg:developedBy", "schema:founder",
  "schema:attendee"
};
const char *const pv_rel_en[PV_NRELS] = {
  "works for", "title", "unit of", "proposed or issued by", "adopted at",
  "date", "starts", "ends", "held in", "developed by", "founded by",
  "attended by"
};

/* The predicates the index reads besides the relations. */
enum { P_TYPE, P_LABEL, P_ALT, P_TEXT, P_BEGIN, P_END, P_CTX, P_IDENT,
       P_SUBJ, P_PRED, P_OBJ, P_DERIVED, P_RULE, P_TITLE, P_SOURCE, P__N };
static const char *const pred_iri[P__N] = {
  RDF "type", "http://www.w3.org/2000/01/rdf-schema#label",
  "http://www.w3.org/2004/02/skos/core#altLabel", PG_NS "text",
  NIF "beginIndex", NIF "endIndex", NIF "referenceContext",
  "http://www.w3.org/2005/11/its/rdf#taIdentRef", RDF "subject",
  RDF "predicate", RDF "object", "http://www.w3.org/ns/prov#wasDerivedFrom",
  PG_NS "rule", "http://purl.org/dc/terms/title",
  "http://purl.org/dc/terms/source"
};

/* A copy of s the view owns, or NULL (v->oom set). */
static char *keep(pg_view *v, const char *s)
{
  char **ns;
  char *c;

  if (v->ns == v->caps) {
    size_t cap = v->caps ? v->caps * 2 : 1024;
    if (!(ns = realloc(v->strs, cap * sizeof *ns))) {
      v->oom = 1;
      return NULL;
    }
    v->strs = ns;
    v->caps = cap;
  }
  if (!(c = strdup(s))) {
    v->oom = 1;
    return NULL;
  }
  return v->strs[v->ns++] = c;
}

static uint64_t str_hash(const char *s)
{
  return pg_fnv1a(PG_FNV_OFFSET, s, strlen(s));
}

/* The node named iri, added when new.  Returns its index or -1 (oom). */
static int node_id(pg_view *v, const char *iri)
{
  uint64_t h = str_hash(iri);
  int e;
  pv_node *n;

  for (e = pg_hmap_first(v->ids, h); e >= 0; e = pg_hmap_next(v->ids, e))
    if (!strcmp(v->nodes[pg_hmap_value(v->ids, e)].iri, iri))
      return pg_hmap_value(v->ids, e);
  if (v->nn == v->capn) {
    size_t cap = v->capn ? v->capn * 2 : 1024;
    if (!(n = realloc(v->nodes, cap * sizeof *n))) {
      v->oom = 1;
      return -1;
    }
    v->nodes = n;
    v->capn = cap;
  }
  n = &v->nodes[v->nn];
  memset(n, 0, sizeof *n);
  n->type = n->ctx = n->ident = n->a_subj = n->a_rel = n->a_obj = -1;
  n->a_sent = n->section = -1;
  n->begin = n->end = -1;
  if (!(n->iri = keep(v, iri)) || pg_hmap_add(v->ids, h, (int)v->nn) < 0) {
    v->oom = 1;
    return -1;
  }
  return (int)v->nn++;
}

/* The node of an IRI or blank node term, or -1 (a literal, or oom). */
static int term_id(pg_view *v, librdf_node *t)
{
  const char *b;
  char *s;
  int k;

  if (librdf_node_is_resource(t))
    return node_id(v, (const char *)librdf_uri_as_string(
                          librdf_node_get_uri(t)));
  if (!librdf_node_is_blank(t))
    return -1;
  b = (const char *)librdf_node_get_blank_identifier(t);
  if (!(s = malloc(strlen(b) + 3))) {
    v->oom = 1;
    return -1;
  }
  sprintf(s, "_:%s", b);
  k = node_id(v, s);
  free(s);
  return k;
}

static int rel_index(const char *iri)
{
  int i;

  for (i = 0; i < PV_NRELS; i++)
    if (!strcmp(iri, pv_rel_iri[i]))
      return i;
  return -1;
}

/* *slot = the lesser of *slot and s (a copy), so the choice does not
 * depend on statement order. */
static void keep_least(pg_view *v, char **slot, const char *s)
{
  if (!*slot || strcmp(s, *slot) < 0)
    *slot = keep(v, s);
}

static void add_alt(pg_view *v, pv_node *n, const char *s)
{
  char **a;

  if (n->nalts == n->capalts) {
    size_t cap = n->capalts ? n->capalts * 2 : 4;
    if (!(a = realloc(n->alts, cap * sizeof *a))) {
      v->oom = 1;
      return;
    }
    n->alts = a;
    n->capalts = cap;
  }
  if ((n->alts[n->nalts] = keep(v, s)))
    n->nalts++;
}

static void add_fact(pg_view *v, int s, int rel, librdf_node *o)
{
  pv_fact *f;
  librdf_uri *dt;

  if (v->nf == v->capf) {
    size_t cap = v->capf ? v->capf * 2 : 256;
    if (!(f = realloc(v->facts, cap * sizeof *f))) {
      v->oom = 1;
      return;
    }
    v->facts = f;
    v->capf = cap;
  }
  f = &v->facts[v->nf];
  memset(f, 0, sizeof *f);
  f->subj = s;
  f->rel = rel;
  f->obj = term_id(v, o);
  if (f->obj < 0) {
    if (!librdf_node_is_literal(o) ||
        !(f->lit = keep(v, (const char *)librdf_node_get_literal_value(o))))
      return;
    if (librdf_node_get_literal_value_language(o))
      f->lang = keep(v, librdf_node_get_literal_value_language(o));
    if ((dt = librdf_node_get_literal_value_datatype_uri(o)))
      f->dt = keep(v, (const char *)librdf_uri_as_string(dt));
  }
  v->nf++;
}

/* The literal value of o, or NULL. */
static const char *lit(librdf_node *o)
{
  return librdf_node_is_literal(o)
             ? (const char *)librdf_node_get_literal_value(o) : NULL;
}

/* A label by its language. */
static void add_label(pg_view *v, pv_node *n, librdf_node *o)
{
  const char *s = lit(o), *lang;

  if (!s)
    return;
  lang = librdf_node_get_literal_value_language(o);
  if (lang && !strcmp(lang, "zh"))
    keep_least(v, &n->label_zh, s);
  else if (lang && !strcmp(lang, "en"))
    keep_least(v, &n->label_en, s);
  else
    keep_least(v, &n->label_other, s);
}

/* rdf:type o on node n. */
static void add_type(pv_node *n, librdf_node *o)
{
  const char *c;
  int i;

  if (!librdf_node_is_resource(o))
    return;
  c = (const char *)librdf_uri_as_string(librdf_node_get_uri(o));
  if (!strcmp(c, NIF "Context"))
    n->is_doc = 1;
  if (strncmp(c, PG_NS, strlen(PG_NS)))
    return;
  for (i = 0; i < PV_NTYPES; i++)
    if (!strcmp(c + strlen(PG_NS), pv_type_name[i]) &&
        (n->type < 0 || i < n->type))
      n->type = i;
}

/* The object o of predicate p (a P_ code) on node k.  Node references
 * are looked up first: term_id may move v->nodes. */
static void file_pred(pg_view *v, int k, int p, librdf_node *o)
{
  const char *s = lit(o);
  int ref = s || p == P_PRED || p == P_TYPE || p == P_LABEL ? -1
            : term_id(v, o);
  pv_node *n = &v->nodes[k];

  switch (p) {
  case P_TYPE: add_type(n, o); break;
  case P_LABEL: add_label(v, n, o); break;
  case P_ALT: if (s) add_alt(v, n, s); break;
  case P_TEXT: if (s) keep_least(v, &n->text, s); break;
  case P_BEGIN: if (s) n->begin = strtol(s, NULL, 10); break;
  case P_END: if (s) n->end = strtol(s, NULL, 10); break;
  case P_CTX: n->ctx = ref; break;
  case P_IDENT: n->ident = ref; break;
  case P_SUBJ: n->a_subj = ref; break;
  case P_PRED:
    if (librdf_node_is_resource(o))
      n->a_rel = rel_index((const char *)librdf_uri_as_string(
          librdf_node_get_uri(o)));
    break;
  case P_OBJ:
    if (s)
      n->a_lit = keep(v, s);
    else
      n->a_obj = ref;
    break;
  case P_DERIVED: n->a_sent = ref; break;
  case P_RULE: if (s) keep_least(v, &n->rule, s); break;
  case P_TITLE: if (s) keep_least(v, &n->title, s); break;
  case P_SOURCE: if (s) keep_least(v, &n->source, s); break;
  }
}

/* Files one statement. */
static void read_statement(pg_view *v, librdf_statement *st)
{
  librdf_node *p = librdf_statement_get_predicate(st);
  const char *piri;
  int k, i, rel;

  if (!librdf_node_is_resource(p))
    return;
  piri = (const char *)librdf_uri_as_string(librdf_node_get_uri(p));
  for (i = 0; i < P__N && strcmp(piri, pred_iri[i]); i++)
    ;
  rel = i < P__N ? -1 : rel_index(piri);
  if (i == P__N && rel < 0)
    return;
  if ((k = term_id(v, librdf_statement_get_subject(st))) < 0)
    return;
  if (rel >= 0)
    add_fact(v, k, rel, librdf_statement_get_object(st));
  else
    file_pred(v, k, i, librdf_statement_get_object(st));
}

const char *pv_label(const pg_view *v, int k)
{
  const pv_node *n = &v->nodes[k];

  return n->label_zh ? n->label_zh : n->label_en ? n->label_en
         : n->label_other ? n->label_other : n->iri;
}

/* Sort records: each carries its keys, so no comparison needs the view
 * (qsort has no context argument in C11). */
typedef struct ent_key {
  int type;
  const char *label, *iri;
  int k;                        /* the node                            */
} ent_key;

static int ent_cmp(const void *x, const void *y)
{
  const ent_key *a = x, *b = y;
  int c;

  if (a->type != b->type)
    return a->type - b->type;
  if ((c = strcmp(a->label, b->label)))
    return c;
  return strcmp(a->iri, b->iri);
}

static int str_cmp(const void *x, const void *y)
{
  return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Facts by subject section, relation, object text, object IRI or
 * language and datatype (the keys were set by sort_facts). */
static int fact_cmp(const void *x, const void *y)
{
  const pv_fact *a = x, *b = y;
  int c;

  if (a->ssec != b->ssec)
    return a->ssec - b->ssec;
  if (a->rel != b->rel)
    return a->rel - b->rel;
  if ((c = strcmp(a->okey, b->okey)) || (c = strcmp(a->oiri, b->oiri)) ||
      (c = strcmp(a->lang ? a->lang : "", b->lang ? b->lang : "")))
    return c;
  return strcmp(a->dt ? a->dt : "", b->dt ? b->dt : "");
}

typedef struct ev_key {
  const char *doc;              /* the sentence's document IRI, or ""  */
  long begin;                   /* the sentence's start               */
  const char *iri;              /* the record's IRI                   */
  int k;
} ev_key;

static int ev_cmp(const void *x, const void *y)
{
  const ev_key *a = x, *b = y;
  int c;

  if ((c = strcmp(a->doc, b->doc)))
    return c;
  if (a->begin != b->begin)
    return a->begin < b->begin ? -1 : 1;
  return strcmp(a->iri, b->iri);
}

/* The entities in report order, each node's section set.  Returns 0 or
 * -1 (oom). */
static int sort_entities(pg_view *v)
{
  ent_key *keys;
  size_t i, n = 0;

  for (i = 0; i < v->nn; i++)
    n += v->nodes[i].type >= 0;
  keys = malloc((n ? n : 1) * sizeof *keys);
  v->ents = malloc((n ? n : 1) * sizeof *v->ents);
  if (!keys || !v->ents) {
    free(keys);
    return -1;
  }
  for (i = 0, n = 0; i < v->nn; i++)
    if (v->nodes[i].type >= 0) {
      keys[n].type = v->nodes[i].type;
      keys[n].label = pv_label(v, (int)i);
      keys[n].iri = v->nodes[i].iri;
      keys[n++].k = (int)i;
    }
  qsort(keys, n, sizeof *keys, ent_cmp);
  for (i = 0; i < n; i++) {
    v->ents[i] = keys[i].k;
    v->nodes[keys[i].k].section = (int)i;
  }
  v->ne = n;
  free(keys);
  for (i = 0; i < v->nn; i++) /* aliases sorted, each once */
    if (v->nodes[i].nalts) {
      pv_node *m = &v->nodes[i];
      size_t a, b = 0;
      qsort(m->alts, m->nalts, sizeof *m->alts, str_cmp);
      for (a = 0; a < m->nalts; a++)
        if (!b || strcmp(m->alts[b - 1], m->alts[a]))
          m->alts[b++] = m->alts[a];
      m->nalts = b;
    }
  return 0;
}

/* Keeps the facts about entities, sorted, each once. */
static void sort_facts(pg_view *v)
{
  size_t i, k = 0;
  pv_fact *f;

  for (i = 0; i < v->nf; i++) {
    f = &v->facts[i];
    if (v->nodes[f->subj].section < 0)
      continue;
    f->ssec = v->nodes[f->subj].section;
    f->okey = f->obj >= 0 ? pv_label(v, f->obj) : f->lit;
    f->oiri = f->obj >= 0 ? v->nodes[f->obj].iri : "";
    v->facts[k++] = *f;
  }
  v->nf = k;
  qsort(v->facts, v->nf, sizeof *v->facts, fact_cmp);
  for (i = 0, k = 0; i < v->nf; i++)
    if (!k || fact_cmp(&v->facts[k - 1], &v->facts[i]))
      v->facts[k++] = v->facts[i];
  v->nf = k;
}

/* The hash of a fact's (subject, relation, object). */
static uint64_t fact_hash(const pg_view *v, int subj, int rel, int obj,
                          const char *lit)
{
  uint64_t h = str_hash(v->nodes[subj].iri);

  h = pg_fnv1a(h, &rel, sizeof rel);
  return obj >= 0 ? pg_fnv1a(h, v->nodes[obj].iri, strlen(v->nodes[obj].iri))
                  : pg_fnv1a(h ^ 1, lit, strlen(lit));
}

/* Appends evidence record node r to fact f.  Returns 0 or -1. */
static int add_ev(pv_fact *f, int r)
{
  int *e = realloc(f->ev, (f->nev + 1) * sizeof *e);

  if (!e)
    return -1;
  f->ev = e;
  f->ev[f->nev++] = r;
  return 0;
}

/* Sorts fact f's evidence records. */
static int sort_ev(const pg_view *v, pv_fact *f)
{
  ev_key *keys = malloc(f->nev * sizeof *keys);
  const pv_node *r, *snt;
  size_t i;

  if (!keys)
    return -1;
  for (i = 0; i < f->nev; i++) {
    r = &v->nodes[f->ev[i]];
    snt = r->a_sent >= 0 ? &v->nodes[r->a_sent] : NULL;
    keys[i].doc = snt && snt->ctx >= 0 ? v->nodes[snt->ctx].iri : "";
    keys[i].begin = snt ? snt->begin : -1;
    keys[i].iri = r->iri;
    keys[i].k = f->ev[i];
  }
  qsort(keys, f->nev, sizeof *keys, ev_cmp);
  for (i = 0; i < f->nev; i++)
    f->ev[i] = keys[i].k;
  free(keys);
  return 0;
}

/* Gives each fact the evidence records that state it.  Returns 0 or -1. */
static int link_evidence(pg_view *v)
{
  pg_hmap *m = pg_new_hmap();
  size_t i;
  int e, rc = -1;
  pv_node *r;
  pv_fact *f;

  if (!m)
    return -1;
  for (i = 0; i < v->nf; i++)
    if (pg_hmap_add(m, fact_hash(v, v->facts[i].subj, v->facts[i].rel,
                                 v->facts[i].obj, v->facts[i].lit),
                    (int)i) < 0)
      goto done;
  for (i = 0; i < v->nn; i++) {
    r = &v->nodes[i];
    if (r->a_subj < 0 || r->a_rel < 0 || (r->a_obj < 0 && !r->a_lit))
      continue;
    for (e = pg_hmap_first(m, fact_hash(v, r->a_subj, r->a_rel, r->a_obj,
                                        r->a_lit));
         e >= 0; e = pg_hmap_next(m, e)) {
      f = &v->facts[pg_hmap_value(m, e)];
      if (f->subj == r->a_subj && f->rel == r->a_rel && f->obj == r->a_obj &&
          (f->obj >= 0 || !strcmp(f->lit, r->a_lit)) && add_ev(f, (int)i))
        goto done;
    }
  }
  for (i = 0; i < v->nf; i++)
    if (v->facts[i].nev > 1 && sort_ev(v, &v->facts[i]))
      goto done;
  rc = 0;
done:
  pg_free_hmap(m);
  return rc;
}

/* A counting index: for each node k, the items whose key is k, in item
 * order: idx[start[k] .. start[k + 1]).  key(i) < 0 skips item i. */
static int count_index(size_t nn, size_t nitems, const int *keys,
                       int **start, int **idx)
{
  size_t i;
  int *pos;

  *start = calloc(nn + 1, sizeof **start);
  *idx = malloc((nitems ? nitems : 1) * sizeof **idx);
  pos = calloc(nn + 1, sizeof *pos);
  if (!*start || !*idx || !pos) {
    free(pos);
    return -1;
  }
  for (i = 0; i < nitems; i++)
    if (keys[i] >= 0)
      (*start)[keys[i] + 1]++;
  for (i = 0; i < nn; i++)
    (*start)[i + 1] += (*start)[i];
  memcpy(pos, *start, (nn + 1) * sizeof *pos);
  for (i = 0; i < nitems; i++)
    if (keys[i] >= 0)
      (*idx)[pos[keys[i]]++] = (int)i;
  free(pos);
  return 0;
}

/* Mentions per entity and incoming facts per node; the documents. */
static int index_links(pg_view *v)
{
  size_t n = v->nn > v->nf ? v->nn : v->nf, i;
  int *keys = malloc((n ? n : 1) * sizeof *keys), rc = -1;
  ent_key *dk;

  if (!keys)
    return -1;
  for (i = 0; i < v->nn; i++)
    keys[i] = v->nodes[i].ident;
  if (count_index(v->nn, v->nn, keys, &v->ment_start, &v->ment))
    goto done;
  for (i = 0; i < v->nf; i++)
    keys[i] = v->facts[i].obj;
  if (count_index(v->nn, v->nf, keys, &v->in_start, &v->in))
    goto done;
  if (!(v->docs = malloc((v->nn ? v->nn : 1) * sizeof *v->docs)) ||
      !(dk = malloc((v->nn ? v->nn : 1) * sizeof *dk)))
    goto done;
  for (i = 0; i < v->nn; i++)
    if (v->nodes[i].is_doc) {
      dk[v->nd].type = 0;
      dk[v->nd].label = dk[v->nd].iri = v->nodes[i].iri;
      dk[v->nd++].k = (int)i;
    }
  qsort(dk, v->nd, sizeof *dk, ent_cmp);
  for (i = 0; i < v->nd; i++)
    v->docs[i] = dk[i].k;
  free(dk);
  rc = 0;
done:
  free(keys);
  return rc;
}

/* Reads the statements of stream st (owned, freed here) into v. */
static void read_stream(pg_view *v, librdf_stream *st)
{
  for (; st && !librdf_stream_end(st) && !v->oom; librdf_stream_next(st))
    read_statement(v, librdf_stream_get_object(st));
  if (st)
    librdf_free_stream(st);
}

pg_view *pg_new_view(pg_rdf *rdf, librdf_model *model, const char *graph)
{
  pg_view *v = calloc(1, sizeof *v);
  librdf_node *g = NULL;
  librdf_stream *st;

  if (!v || !(v->ids = pg_new_hmap()))
    goto oom;
  if (graph) {
    g = librdf_new_node_from_uri_string(pg_rdf_world(rdf),
                                        (const unsigned char *)graph);
    st = g ? librdf_model_context_as_stream(model, g) : NULL;
  } else {
    st = librdf_model_as_stream(model);
  }
  if (!st) {
    pg_rdf_error(rdf, NULL, "cannot read the statements of %s",
                 graph ? graph : "the store");
    goto err;
  }
  read_stream(v, st);
  if (v->oom || sort_entities(v))
    goto oom;
  sort_facts(v);
  if (link_evidence(v) || index_links(v))
    goto oom;
  if (g)
    librdf_free_node(g);
  return v;
oom:
  pg_rdf_error(rdf, NULL, "out of memory reading the graph");
err:
  if (g)
    librdf_free_node(g);
  pg_free_view(v);
  return NULL;
}

void pg_free_view(pg_view *v)
{
  size_t i;

  if (!v)
    return;
  for (i = 0; i < v->nn; i++)
    free(v->nodes[i].alts);
  for (i = 0; i < v->nf; i++)
    free(v->facts[i].ev);
  for (i = 0; i < v->ns; i++)
    free(v->strs[i]);
  free(v->strs);
  free(v->nodes);
  free(v->facts);
  free(v->ents);
  free(v->ment_start);
  free(v->ment);
  free(v->in_start);
  free(v->in);
  free(v->docs);
  pg_free_hmap(v->ids);
  free(v);
}

size_t pg_view_entities(const pg_view *v) { return v->ne; }
size_t pg_view_facts(const pg_view *v) { return v->nf; }
size_t pg_view_documents(const pg_view *v) { return v->nd; }

const char *pg_view_doc_title(const pg_view *v)
{
  const pv_node *d;

  if (v->nd != 1)
    return NULL;
  d = &v->nodes[v->docs[0]];
  return d->title ? d->title : d->source;
}

int pg_view_graphs(pg_rdf *rdf, librdf_model *model, char ***graphs,
                   size_t *n)
{
  librdf_iterator *it = librdf_model_get_contexts(model);
  librdf_node *g;
  char **a = NULL, **na;
  size_t cap = 0;

  *graphs = NULL;
  *n = 0;
  if (!it) {
    pg_rdf_error(rdf, NULL, "the store lists no named graphs");
    return -1;
  }
  for (; !librdf_iterator_end(it); librdf_iterator_next(it)) {
    g = librdf_iterator_get_object(it);
    if (!g || !librdf_node_is_resource(g))
      continue;
    if (*n == cap) {
      cap = cap ? cap * 2 : 64;
      if (!(na = realloc(a, cap * sizeof *na)))
        goto oom;
      a = na;
    }
    if (!(a[*n] = strdup((const char *)librdf_uri_as_string(
              librdf_node_get_uri(g)))))
      goto oom;
    (*n)++;
  }
  librdf_free_iterator(it);
  if (*n)
    qsort(a, *n, sizeof *a, str_cmp);
  *graphs = a;
  return 0;
oom:
  librdf_free_iterator(it);
  while (*n)
    free(a[--*n]);
  free(a);
  pg_rdf_error(rdf, NULL, "out of memory");
  return -1;
}
