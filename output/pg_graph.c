/* pg_graph.c - annotation set to RDF statements (see pg_graph.h).
 *
 * One pass over the annotation set, in its own order (documents, then
 * entities, mentions, facts, closure), so the same input always yields the
 * same statements in the same order: no hash-table iteration, no time, no
 * locale.  Each statement is built, handed to the callback and freed; the
 * only state kept is a bitmap of the sentences already written.  Record
 * IRIs (facts, memberships) hash their content, so they stay the same
 * when unrelated facts come and go.
 */
#include "pg_graph.h"
#include "pg_text.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NS_XSD "http://www.w3.org/2001/XMLSchema#"
#define NS_SCHEMA "http://schema.org/"
#define NS_ORG "http://www.w3.org/ns/org#"
#define NS_DCT "http://purl.org/dc/terms/"
#define NS_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NS_PROV "http://www.w3.org/ns/prov#"
#define NS_NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NS_ITS "http://www.w3.org/2005/11/its/rdf#"
#define NS_FOAF "http://xmlns.com/foaf/0.1/"

/* IRI path segment per entity type (index: pg_etype). */
static const char *const type_slug[PG_T__COUNT] = {
  "thing", "person", "organization", "place", "initiative", "declaration",
  "law", "report", "event", "product"
};

/* Predicate IRI per relation (index: pg_pred); membership has none. */
static const char *const pred_iri[PG_P__COUNT] = {
  NS_SCHEMA "affiliation", NS_SCHEMA "jobTitle", NS_ORG "subOrganizationOf",
  PG_NS "proposedBy", PG_NS "adoptedAt", NS_DCT "date",
  NS_SCHEMA "startDate", NS_SCHEMA "endDate", NS_SCHEMA "location",
  PG_NS "developedBy", NS_SCHEMA "founder", NS_SCHEMA "attendee", NULL
};

/* The emission context: where statements go and what was written. */
typedef struct emitter {
  librdf_world *w;       /* borrowed                                  */
  const pg_annot *a;     /* borrowed                                  */
  const char *base;      /* IRI base                                  */
  pg_prov_level prov;    /* provenance level                          */
  pg_statement_fn fn;    /* callback                                  */
  void *user;            /* callback data                             */
  librdf_node *graph;    /* the document node (owned)                 */
  char *doc_iri;         /* its IRI (owned)                           */
  unsigned char *sent_done; /* one flag per sentence written (owned)  */
  int rc;                /* first error or callback stop; 0 if none   */
} emitter;

static uint64_t fnv1a(uint64_t h, const char *s)
{
  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 1099511628211ULL;
  }
  h ^= 0x1f; /* separator, so ("ab","c") differs from ("a","bc") */
  h *= 1099511628211ULL;
  return h;
}

/* Appends s to the IRI in buf, percent-encoding what an IRI may not hold
 * raw (ASCII other than unreserved and a few sub-delims); non-ASCII UTF-8
 * stays as it is (IRIs allow it, and it keeps Chinese readable). */
static char *iri_append(const char *prefix, const char *s)
{
  size_t pl = strlen(prefix), n = strlen(s);
  char *out = malloc(pl + 3 * n + 1), *p;

  if (!out)
    return NULL;
  memcpy(out, prefix, pl);
  p = out + pl;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
        (c >= 'A' && c <= 'Z') || strchr("-._~!$&'()*+,;=:@", c)) {
      *p++ = (char)c;
    } else {
      sprintf(p, "%%%02X", c);
      p += 3;
    }
  }
  *p = '\0';
  return out;
}

static const char *base_of(const pg_graph_opts *opts)
{
  return opts && opts->base && *opts->base ? opts->base : PG_DEFAULT_BASE;
}

char *pg_graph_doc_iri(const pg_graph_opts *opts, const char *doc_id)
{
  char prefix[1024];

  snprintf(prefix, sizeof prefix, "%sdoc/", base_of(opts));
  return iri_append(prefix, doc_id);
}

char *pg_graph_entity_iri(const pg_graph_opts *opts, pg_etype t,
                          const char *key)
{
  char prefix[1024];

  if ((unsigned)t >= PG_T__COUNT)
    t = PG_T_NONE;
  snprintf(prefix, sizeof prefix, "%s%s/", base_of(opts), type_slug[t]);
  return iri_append(prefix, key);
}

/* ------------------------------------------------------------ nodes */

static librdf_node *iri(emitter *em, const char *s)
{
  librdf_node *n = librdf_new_node_from_uri_string(em->w,
                                                   (const unsigned char *)s);
  if (!n && !em->rc)
    em->rc = -1;
  return n;
}

/* A literal with a language tag (lang may be NULL) or a datatype IRI
 * (dt may be NULL). */
static librdf_node *lit(emitter *em, const char *s, const char *lang,
                        const char *dt)
{
  librdf_uri *u = dt ? librdf_new_uri(em->w, (const unsigned char *)dt)
                     : NULL;
  librdf_node *n = librdf_new_node_from_typed_literal(
      em->w, (const unsigned char *)s, lang, u);

  if (u)
    librdf_free_uri(u);
  if (!n && !em->rc)
    em->rc = -1;
  return n;
}

static librdf_node *num(emitter *em, size_t v)
{
  char buf[32];

  snprintf(buf, sizeof buf, "%zu", v);
  return lit(em, buf, NULL, NS_XSD "nonNegativeInteger");
}

/* Emits (s p o): takes ownership of the three nodes, on error too. */
static void put(emitter *em, librdf_node *s, const char *p, librdf_node *o)
{
  librdf_node *pn = iri(em, p);
  librdf_statement *st;
  int rc;

  if (em->rc || !s || !pn || !o) {
    if (s)
      librdf_free_node(s);
    if (pn)
      librdf_free_node(pn);
    if (o)
      librdf_free_node(o);
    if (!em->rc)
      em->rc = -1;
    return;
  }
  st = librdf_new_statement_from_nodes(em->w, s, pn, o);
  if (!st) {
    em->rc = -1;
    return;
  }
  rc = em->fn(em->user, st, em->graph);
  if (rc)
    em->rc = rc;
  librdf_free_statement(st);
}

/* Emits (s p o) where s is borrowed (copied for the statement). */
static void put_s(emitter *em, librdf_node *s, const char *p, librdf_node *o)
{
  put(em, s ? librdf_new_node_from_node(s) : NULL, p, o);
}

static librdf_node *entity_node(emitter *em, int ei)
{
  const pg_entity *e = &em->a->ent[ei];
  pg_graph_opts o = {em->base, em->prov};
  char *s = pg_graph_entity_iri(&o, e->type, e->key ? e->key : e->label);
  librdf_node *n = s ? iri(em, s) : NULL;

  free(s);
  if (!n && !em->rc)
    em->rc = -1;
  return n;
}

/* The original text of [b, e) as a new UTF-8 string. */
static char *orig_text(const pg_doc *d, size_t b, size_t e)
{
  if (e > d->on)
    e = d->on;
  if (b > e)
    b = e;
  return pg_utf8_encode(d->ocp + b, e - b);
}

static librdf_node *span_node(emitter *em, size_t b, size_t e)
{
  char *s = malloc(strlen(em->doc_iri) + 64);
  librdf_node *n;

  if (!s) {
    em->rc = -1;
    return NULL;
  }
  sprintf(s, "%s#char=%zu,%zu", em->doc_iri, b, e);
  n = iri(em, s);
  free(s);
  return n;
}

static const char *date_type(const char *v, pg_littype lt)
{
  switch (lt) {
  case PG_LIT_DATE: return NS_XSD "date";
  case PG_LIT_GYEARMONTH: return NS_XSD "gYearMonth";
  case PG_LIT_GYEAR: return NS_XSD "gYear";
  default: break;
  }
  switch (v ? strlen(v) : 0) {
  case 4: return NS_XSD "gYear";
  case 7: return NS_XSD "gYearMonth";
  default: return NS_XSD "date";
  }
}

/* ------------------------------------------------------------ parts */

static const char *mime_of(const char *format)
{
  if (format && !strcmp(format, "html"))
    return "text/html";
  if (format && !strcmp(format, "xml"))
    return "application/xml";
  return "text/plain";
}

static void emit_document(emitter *em)
{
  const pg_doc *d = &em->a->doc;
  librdf_node *g = em->graph;
  char *text = orig_text(d, 0, d->on);

  put_s(em, g, NS_RDF "type", iri(em, NS_NIF "Context"));
  put_s(em, g, NS_RDF "type", iri(em, NS_PROV "Entity"));
  if (text)
    put_s(em, g, NS_NIF "isString", lit(em, text, NULL, NULL));
  else
    em->rc = -1;
  free(text);
  put_s(em, g, NS_NIF "beginIndex", num(em, 0));
  put_s(em, g, NS_NIF "endIndex", num(em, d->on));
  put_s(em, g, NS_DCT "source", lit(em, d->name, NULL, NULL));
  put_s(em, g, NS_DCT "format", lit(em, mime_of(d->format), NULL, NULL));
  if (d->title)
    put_s(em, g, NS_DCT "title", lit(em, d->title, "zh", NULL));
  if (d->authors)
    put_s(em, g, NS_DCT "creator", lit(em, d->authors, NULL, NULL));
  if (d->date) {
    put_s(em, g, NS_DCT "date",
          lit(em, d->date, NULL, date_type(d->date, PG_LIT_NONE)));
    if (d->date_source)
      put_s(em, g, PG_NS "dateSource", lit(em, d->date_source, NULL, NULL));
  }
}

static void emit_entity(emitter *em, int ei)
{
  const pg_entity *e = &em->a->ent[ei];
  librdf_node *s = entity_node(em, ei);
  char cls[128];
  size_t i;

  snprintf(cls, sizeof cls, PG_NS "%s", pg_etype_name(e->type));
  put_s(em, s, NS_RDF "type", iri(em, cls));
  put_s(em, s, NS_RDFS "label", lit(em, e->label, "zh", NULL));
  if (e->label_en)
    put_s(em, s, NS_RDFS "label", lit(em, e->label_en, "en", NULL));
  for (i = 0; i < e->n_alias; i++)
    put_s(em, s, NS_SKOS "altLabel", lit(em, e->alias[i], "zh", NULL));
  if (e->subtype)
    put_s(em, s, PG_NS "category", lit(em, e->subtype, NULL, NULL));
  if (s)
    librdf_free_node(s);
}

static void emit_mention(emitter *em, const pg_mention *m)
{
  const pg_doc *d = &em->a->doc;
  librdf_node *s = span_node(em, m->b, m->e);
  char *anchor = orig_text(d, m->b, m->e);
  char cls[128];

  snprintf(cls, sizeof cls, PG_NS "%s", pg_etype_name(m->type));
  put_s(em, s, NS_RDF "type", iri(em, NS_NIF "String"));
  put_s(em, s, NS_RDF "type", iri(em, NS_NIF "Phrase"));
  put_s(em, s, NS_NIF "anchorOf", anchor ? lit(em, anchor, NULL, NULL)
                                         : NULL);
  put_s(em, s, NS_NIF "beginIndex", num(em, m->b));
  put_s(em, s, NS_NIF "endIndex", num(em, m->e));
  put_s(em, s, NS_NIF "referenceContext",
        librdf_new_node_from_node(em->graph));
  put_s(em, s, NS_ITS "taIdentRef", entity_node(em, m->entity));
  put_s(em, s, NS_ITS "taClassRef", iri(em, cls));
  if (m->rule)
    put_s(em, s, PG_NS "rule", lit(em, m->rule, NULL, NULL));
  free(anchor);
  if (s)
    librdf_free_node(s);
}

/* The sentence node of fact f, written out the first time it is used.
 * Returns a new node. */
static librdf_node *sentence_node(emitter *em, size_t si)
{
  const pg_doc *d = &em->a->doc;
  size_t b, e;
  librdf_node *s;
  char *text;

  if (si >= d->n_sent)
    si = d->n_sent ? d->n_sent - 1 : 0;
  if (!d->n_sent)
    return librdf_new_node_from_node(em->graph);
  pg_doc_orig_span(d, d->sent[si].b, d->sent[si].e, &b, &e);
  s = span_node(em, b, e);
  if (!s || em->sent_done[si])
    return s;
  em->sent_done[si] = 1;
  text = orig_text(d, b, e);
  put_s(em, s, NS_RDF "type", iri(em, NS_NIF "String"));
  put_s(em, s, NS_RDF "type", iri(em, NS_NIF "Sentence"));
  put_s(em, s, NS_NIF "beginIndex", num(em, b));
  put_s(em, s, NS_NIF "endIndex", num(em, e));
  put_s(em, s, NS_NIF "referenceContext",
        librdf_new_node_from_node(em->graph));
  put_s(em, s, PG_NS "text", text ? lit(em, text, NULL, NULL) : NULL);
  free(text);
  return s;
}

/* A record IRI <doc>#<kind>-<hash of the parts>. */
static librdf_node *record_node(emitter *em, const char *kind,
                                const char *const parts[], size_t n)
{
  uint64_t h = 1469598103934665603ULL;
  char *s = malloc(strlen(em->doc_iri) + strlen(kind) + 32);
  librdf_node *node;
  size_t i;

  if (!s) {
    em->rc = -1;
    return NULL;
  }
  for (i = 0; i < n; i++)
    h = fnv1a(h, parts[i] ? parts[i] : "");
  sprintf(s, "%s#%s-%016llx", em->doc_iri, kind, (unsigned long long)h);
  node = iri(em, s);
  free(s);
  return node;
}

static const char *node_str(librdf_node *n)
{
  if (!n)
    return "";
  if (librdf_node_is_resource(n))
    return (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
  return (const char *)librdf_node_get_literal_value(n);
}

static librdf_node *fact_object(emitter *em, const pg_fact *f)
{
  if (f->obj >= 0)
    return entity_node(em, f->obj);
  if (f->lt == PG_LIT_ZH || f->lt == PG_LIT_NONE)
    return lit(em, f->lit ? f->lit : "", "zh", NULL);
  return lit(em, f->lit ? f->lit : "", NULL, date_type(f->lit, f->lt));
}

/* Evidence: <record> prov:wasDerivedFrom <sentence>; pg:rule "id". */
static void put_evidence(emitter *em, librdf_node *rec, const pg_fact *f)
{
  put_s(em, rec, NS_PROV "wasDerivedFrom", sentence_node(em, f->sent));
  put_s(em, rec, PG_NS "rule", lit(em, f->rule ? f->rule : "unknown",
                                   NULL, NULL));
}

static void emit_fact(emitter *em, const pg_fact *f)
{
  const char *p = pred_iri[f->pred];
  librdf_node *s = entity_node(em, f->subj), *o = fact_object(em, f), *rec;
  const char *parts[4];

  if (!s || !o) {
    if (s)
      librdf_free_node(s);
    if (o)
      librdf_free_node(o);
    return;
  }
  put_s(em, s, p, librdf_new_node_from_node(o));
  if (em->prov == PG_PROV_FULL) {
    parts[0] = node_str(s);
    parts[1] = p;
    parts[2] = node_str(o);
    parts[3] = librdf_node_is_literal(o) ? "literal" : "resource";
    rec = record_node(em, "fact", parts, 4);
    put_s(em, rec, NS_RDF "type", iri(em, PG_NS "Assertion"));
    put_s(em, rec, NS_RDF "type", iri(em, NS_RDF "Statement"));
    put_s(em, rec, NS_RDF "subject", librdf_new_node_from_node(s));
    put_s(em, rec, NS_RDF "predicate", iri(em, p));
    put_s(em, rec, NS_RDF "object", librdf_new_node_from_node(o));
    put_evidence(em, rec, f);
    if (rec)
      librdf_free_node(rec);
  }
  librdf_free_node(s);
  librdf_free_node(o);
}

static librdf_node *role_node(emitter *em, const char *title)
{
  char prefix[1024];
  char *s;
  librdf_node *n;

  snprintf(prefix, sizeof prefix, "%srole/", em->base);
  s = iri_append(prefix, title);
  n = s ? iri(em, s) : NULL;
  free(s);
  if (!s)
    em->rc = -1;
  return n;
}

static void emit_membership(emitter *em, const pg_fact *f)
{
  librdf_node *person = entity_node(em, f->subj), *org, *rec, *role;
  const char *parts[4];

  org = f->obj >= 0 ? entity_node(em, f->obj) : NULL;
  parts[0] = node_str(person);
  parts[1] = node_str(org);
  parts[2] = f->obj2 >= 0 ? em->a->ent[f->obj2].label : "";
  parts[3] = f->lit ? f->lit : "";
  rec = record_node(em, "membership", parts, 4);
  put_s(em, rec, NS_RDF "type", iri(em, NS_ORG "Membership"));
  put_s(em, rec, NS_ORG "member", person);
  if (org)
    put_s(em, rec, NS_ORG "organization", org);
  if (f->obj2 >= 0)
    put_s(em, rec, PG_NS "unit", entity_node(em, f->obj2));
  if (f->lit && *f->lit) {
    role = role_node(em, f->lit);
    put_s(em, role, NS_RDF "type", iri(em, NS_ORG "Role"));
    put_s(em, role, NS_RDFS "label", lit(em, f->lit, "zh", NULL));
    put_s(em, rec, NS_ORG "role", role);
  }
  if (em->prov == PG_PROV_FULL)
    put_evidence(em, rec, f);
  if (rec)
    librdf_free_node(rec);
}

/* org:transitiveSubOrganizationOf for every ancestor of every unit,
 * following this document's org:subOrganizationOf facts.  Depth-first
 * with a per-start visited mark; chains are short. */
static void emit_closure(emitter *em)
{
  const pg_annot *a = em->a;
  unsigned char *seen = calloc(a->ne ? a->ne : 1, 1);
  int *stack = malloc((a->ne + 1) * sizeof *stack);
  size_t ei, i;

  if (!seen || !stack) {
    em->rc = -1;
    goto done;
  }
  for (ei = 0; ei < a->ne && !em->rc; ei++) {
    size_t top = 0;
    librdf_node *s = NULL;
    memset(seen, 0, a->ne);
    seen[ei] = 1;
    stack[top++] = (int)ei;
    while (top && !em->rc) {
      int cur = stack[--top];
      for (i = 0; i < a->nf; i++) {
        const pg_fact *f = &a->f[i];
        if (f->pred != PG_P_SUBORG || f->subj != cur || f->obj < 0 ||
            seen[f->obj])
          continue;
        seen[f->obj] = 1;
        stack[top++] = f->obj;
        if (!s)
          s = entity_node(em, (int)ei);
        put_s(em, s, NS_ORG "transitiveSubOrganizationOf",
              entity_node(em, f->obj));
      }
    }
    if (s)
      librdf_free_node(s);
  }
done:
  free(seen);
  free(stack);
}

int pg_graph_emit(librdf_world *world, const pg_annot *a,
                  const pg_graph_opts *opts, pg_statement_fn fn, void *user)
{
  emitter em;
  size_t i;

  memset(&em, 0, sizeof em);
  em.w = world;
  em.a = a;
  em.base = base_of(opts);
  em.prov = opts ? opts->provenance : PG_PROV_FULL;
  em.fn = fn;
  em.user = user;
  em.doc_iri = pg_graph_doc_iri(opts, a->doc.id ? a->doc.id : "document");
  em.sent_done = calloc(a->doc.n_sent + 1, 1);
  if (!em.doc_iri || !em.sent_done || !(em.graph = iri(&em, em.doc_iri))) {
    em.rc = -1;
    goto done;
  }
  emit_document(&em);
  for (i = 0; i < a->ne && !em.rc; i++)
    emit_entity(&em, (int)i);
  for (i = 0; i < a->nm && !em.rc && em.prov != PG_PROV_NONE; i++)
    if (a->m[i].entity >= 0)
      emit_mention(&em, &a->m[i]);
  for (i = 0; i < a->nf && !em.rc; i++) {
    if (a->f[i].pred == PG_P_MEMBERSHIP)
      emit_membership(&em, &a->f[i]);
    else if ((unsigned)a->f[i].pred < PG_P__COUNT && a->f[i].subj >= 0)
      emit_fact(&em, &a->f[i]);
  }
  if (!em.rc)
    emit_closure(&em);
done:
  if (em.graph)
    librdf_free_node(em.graph);
  free(em.doc_iri);
  free(em.sent_done);
  return em.rc;
}

const pg_namespace *pg_graph_namespaces(const pg_graph_opts *opts,
                                        pg_namespace out[PG_NS_MAX],
                                        char buf[PG_NS_BUF_SIZE])
{
  static const pg_namespace fixed[] = {
    {"pg", PG_NS},          {"rdf", NS_RDF},       {"rdfs", NS_RDFS},
    {"xsd", NS_XSD},        {"schema", NS_SCHEMA}, {"org", NS_ORG},
    {"dcterms", NS_DCT},    {"skos", NS_SKOS},     {"prov", NS_PROV},
    {"nif", NS_NIF},        {"itsrdf", NS_ITS},    {"foaf", NS_FOAF},
  };
  const char *base = base_of(opts);
  size_t n = 0, used = 0, i;
  int w;

  for (i = 0; i < sizeof fixed / sizeof *fixed; i++)
    out[n++] = fixed[i];
  for (i = 1; i <= PG_T__COUNT && n < PG_NS_MAX - 1; i++) {
    /* The entity types, then "doc" and "role". */
    const char *slug = i < PG_T__COUNT ? type_slug[i]
                                       : NULL;
    const char *names[2] = {"doc", "role"};
    size_t k, nk = slug ? 1 : 2;
    for (k = 0; k < nk; k++) {
      const char *pfx = slug ? slug : names[k];
      w = snprintf(buf + used, PG_NS_BUF_SIZE - used, "%s%s/", base, pfx);
      if (w < 0 || (size_t)w >= PG_NS_BUF_SIZE - used)
        break;
      out[n].prefix = pfx;
      out[n].uri = buf + used;
      used += (size_t)w + 1;
      n++;
    }
  }
  out[n].prefix = NULL;
  out[n].uri = NULL;
  return out;
}
