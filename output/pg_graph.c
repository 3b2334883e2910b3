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

/* Predicate IRI per relation (index: pg_pred); membership has none. */
static const char *const pred_iri[PG_P__COUNT] = {
  NS_SCHEMA "affiliation", NS_SCHEMA "jobTitle", NS_ORG "subOrganizationOf",
  PG_NS "proposedBy", PG_NS "adoptedAt", NS_DCT "date",
  NS_SCHEMA "startDate", NS_SCHEMA "endDate", NS_SCHEMA "location",
  PG_NS "developedBy", NS_SCHEMA "founder", NS_SCHEMA "attendee", NULL
};

/* The fixed vocabulary the emitter writes (predicates and classes). */
typedef enum vterm {
  V_RDF_TYPE = 0, V_RDF_STATEMENT, V_RDF_SUBJECT, V_RDF_PREDICATE,
  V_RDF_OBJECT, V_RDFS_LABEL, V_SKOS_ALTLABEL,
  V_NIF_CONTEXT, V_NIF_STRING, V_NIF_PHRASE, V_NIF_SENTENCE,
  V_NIF_ISSTRING, V_NIF_BEGIN, V_NIF_END, V_NIF_ANCHOROF, V_NIF_REFCONTEXT,
  V_ITS_IDENTREF, V_ITS_CLASSREF,
  V_PROV_ENTITY, V_PROV_DERIVEDFROM,
  V_DCT_SOURCE, V_DCT_FORMAT, V_DCT_TITLE, V_DCT_CREATOR, V_DCT_DATE,
  V_PG_DATESOURCE, V_PG_CATEGORY, V_PG_RULE, V_PG_TEXT, V_PG_ASSERTION,
  V_PG_UNIT,
  V_ORG_MEMBERSHIP, V_ORG_MEMBER, V_ORG_ORGANIZATION, V_ORG_ROLE,
  V_ORG_ROLE_CLASS, V_ORG_TRANSSUBORG, V_PG_CONFIDENCE,
  V__COUNT
} vterm;

static const char *const vterm_iri[V__COUNT] = {
  NS_RDF "type", NS_RDF "Statement", NS_RDF "subject", NS_RDF "predicate",
  NS_RDF "object", NS_RDFS "label", NS_SKOS "altLabel",
  NS_NIF "Context", NS_NIF "String", NS_NIF "Phrase", NS_NIF "Sentence",
  NS_NIF "isString", NS_NIF "beginIndex", NS_NIF "endIndex",
  NS_NIF "anchorOf", NS_NIF "referenceContext",
  NS_ITS "taIdentRef", NS_ITS "taClassRef",
  NS_PROV "Entity", NS_PROV "wasDerivedFrom",
  NS_DCT "source", NS_DCT "format", NS_DCT "title", NS_DCT "creator",
  NS_DCT "date",
  PG_NS "dateSource", PG_NS "category", PG_NS "rule", PG_NS "text",
  PG_NS "Assertion", PG_NS "unit",
  NS_ORG "Membership", NS_ORG "member", NS_ORG "organization", NS_ORG "role",
  NS_ORG "Role", NS_ORG "transitiveSubOrganizationOf", PG_NS "confidence"
};

/* Literal datatypes. */
typedef enum xtype {
  X_NONE = 0, X_NONNEG, X_DATE, X_GYEARMONTH, X_GYEAR, X_DECIMAL, X__COUNT
} xtype;

static const char *const xtype_iri[X__COUNT] = {
  NULL, NS_XSD "nonNegativeInteger", NS_XSD "date", NS_XSD "gYearMonth",
  NS_XSD "gYear", NS_XSD "decimal"
};

/* The emission context: where statements go and what was written.
 *
 * Nodes that recur (vocabulary, classes, predicates, datatypes, the
 * document's entities) are built once per emission, on first use, and
 * each statement takes a copy (librdf_new_node_from_node: a reference
 * count) instead of building the IRI again: that building (string
 * formatting, and raptor's URI table lookup) was measured as a large
 * share of the emission. */
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
  librdf_node *vocab[V__COUNT];   /* owned, NULL until first used     */
  librdf_node *cls[PG_T__COUNT];  /* class per entity type, likewise  */
  librdf_node *pred[PG_P__COUNT]; /* predicate per relation, likewise */
  librdf_uri *xt[X__COUNT];       /* datatype IRIs, likewise          */
  librdf_node **ent;     /* entity nodes by index, likewise (owned)   */
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
  snprintf(prefix, sizeof prefix, "%s%s/", base_of(opts), pg_etype_slug(t));
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

/* The node held in *slot, built from IRI s on first use.  Returns it
 * borrowed (owned by the emitter), or NULL on out of memory. */
static librdf_node *cached(emitter *em, librdf_node **slot, const char *s)
{
  if (!*slot)
    *slot = iri(em, s);
  return *slot;
}

/* Vocabulary term t, borrowed. */
static librdf_node *V(emitter *em, vterm t)
{
  return cached(em, &em->vocab[t], vterm_iri[t]);
}

/* A new copy of a borrowed node (a reference), or NULL for NULL. */
static librdf_node *copy(librdf_node *n)
{
  return n ? librdf_new_node_from_node(n) : NULL;
}

/* A new node for vocabulary term t (for an object position). */
static librdf_node *Vnew(emitter *em, vterm t)
{
  return copy(V(em, t));
}

/* A new node for the class of entity type t (pg:Person ...). */
static librdf_node *class_node(emitter *em, pg_etype t)
{
  char cls[128];

  if ((unsigned)t >= PG_T__COUNT)
    t = PG_T_NONE;
  if (!em->cls[t]) {
    snprintf(cls, sizeof cls, PG_NS "%s", pg_etype_name(t));
    em->cls[t] = iri(em, cls);
  }
  return copy(em->cls[t]);
}

/* A literal with a language tag (lang may be NULL) or a datatype. */
/* The language of a name the text gives: "zh", unless it holds no CJK
 * character (U+2E80 and above, all of them three bytes or more in UTF-8)
 * and at least one Latin letter -- ChatGPT, Mistral AI -- then "en". */
static const char *name_lang(const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  int latin = 0;

  for (; *p; p++) {
    if (*p >= 0xE2 && !(*p == 0xE2 && p[1] < 0xBA))
      return "zh";
    if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')
      latin = 1;
  }
  return latin ? "en" : "zh";
}

static librdf_node *lit(emitter *em, const char *s, const char *lang,
                        xtype dt)
{
  librdf_uri *u = NULL;
  librdf_node *n;

  if (lang && !strcmp(lang, "zh") && s)
    lang = name_lang(s);

  if (dt != X_NONE) {
    if (!em->xt[dt])
      em->xt[dt] = librdf_new_uri(em->w,
                                  (const unsigned char *)xtype_iri[dt]);
    if (!(u = em->xt[dt])) {
      if (!em->rc)
        em->rc = -1;
      return NULL;
    }
  }
  n = librdf_new_node_from_typed_literal(em->w, (const unsigned char *)s,
                                         lang, u);
  if (!n && !em->rc)
    em->rc = -1;
  return n;
}

/* Writes v in decimal at p (no terminator); returns the end.  Offsets
 * are formatted for every mention and sentence, and snprintf measured
 * about ten times slower than this. */
static char *put_dec(char *p, size_t v)
{
  char tmp[24];
  size_t n = 0;

  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  while (n)
    *p++ = tmp[--n];
  return p;
}

static librdf_node *num(emitter *em, size_t v)
{
  char buf[24];

  *put_dec(buf, v) = '\0';
  return lit(em, buf, NULL, X_NONNEG);
}

/* Emits (s p o): takes ownership of s and o, on error too; p is
 * borrowed (the statement takes a reference). */
static void put(emitter *em, librdf_node *s, librdf_node *p, librdf_node *o)
{
  librdf_node *pn = copy(p);
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

/* Emits (s p o) where s is borrowed (copied for the statement) and p is
 * vocabulary term t. */
static void put_s(emitter *em, librdf_node *s, vterm t, librdf_node *o)
{
  put(em, copy(s), V(em, t), o);
}

/* The node of entity ei, borrowed (built on first use). */
static librdf_node *entity_ref(emitter *em, int ei)
{
  const pg_entity *e = &em->a->ent[ei];
  pg_graph_opts o = {em->base, em->prov};
  char *s;

  if (em->ent[ei])
    return em->ent[ei];
  s = pg_graph_entity_iri(&o, e->type, e->key ? e->key : e->label);
  em->ent[ei] = s ? iri(em, s) : NULL;
  free(s);
  if (!em->ent[ei] && !em->rc)
    em->rc = -1;
  return em->ent[ei];
}

/* A new node for entity ei. */
static librdf_node *entity_node(emitter *em, int ei)
{
  return copy(entity_ref(em, ei));
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

/* The node <document>#char=b,e. */
static librdf_node *span_node(emitter *em, size_t b, size_t e)
{
  size_t len = strlen(em->doc_iri);
  char *s = malloc(len + 64), *p;
  librdf_node *n;

  if (!s) {
    em->rc = -1;
    return NULL;
  }
  memcpy(s, em->doc_iri, len);
  memcpy(s + len, "#char=", 6);
  p = put_dec(s + len + 6, b);
  *p++ = ',';
  *put_dec(p, e) = '\0';
  n = iri(em, s);
  free(s);
  return n;
}

static xtype date_type(const char *v, pg_littype lt)
{
  switch (lt) {
  case PG_LIT_DATE: return X_DATE;
  case PG_LIT_GYEARMONTH: return X_GYEARMONTH;
  case PG_LIT_GYEAR: return X_GYEAR;
  default: break;
  }
  switch (v ? strlen(v) : 0) {
  case 4: return X_GYEAR;
  case 7: return X_GYEARMONTH;
  default: return X_DATE;
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

  put_s(em, g, V_RDF_TYPE, Vnew(em, V_NIF_CONTEXT));
  put_s(em, g, V_RDF_TYPE, Vnew(em, V_PROV_ENTITY));
  if (text)
    put_s(em, g, V_NIF_ISSTRING, lit(em, text, NULL, X_NONE));
  else
    em->rc = -1;
  free(text);
  put_s(em, g, V_NIF_BEGIN, num(em, 0));
  put_s(em, g, V_NIF_END, num(em, d->on));
  put_s(em, g, V_DCT_SOURCE, lit(em, d->name, NULL, X_NONE));
  put_s(em, g, V_DCT_FORMAT, lit(em, mime_of(d->format), NULL, X_NONE));
  if (d->title)
    put_s(em, g, V_DCT_TITLE, lit(em, d->title, "zh", X_NONE));
  if (d->authors)
    put_s(em, g, V_DCT_CREATOR, lit(em, d->authors, NULL, X_NONE));
  if (d->date) {
    put_s(em, g, V_DCT_DATE,
          lit(em, d->date, NULL, date_type(d->date, PG_LIT_NONE)));
    if (d->date_source)
      put_s(em, g, V_PG_DATESOURCE, lit(em, d->date_source, NULL, X_NONE));
  }
}

static void emit_entity(emitter *em, int ei)
{
  const pg_entity *e = &em->a->ent[ei];
  librdf_node *s = entity_ref(em, ei);
  size_t i;

  put_s(em, s, V_RDF_TYPE, class_node(em, e->type));
  put_s(em, s, V_RDFS_LABEL, lit(em, e->label, "zh", X_NONE));
  if (e->label_en)
    put_s(em, s, V_RDFS_LABEL, lit(em, e->label_en, "en", X_NONE));
  for (i = 0; i < e->n_alias; i++)
    put_s(em, s, V_SKOS_ALTLABEL, lit(em, e->alias[i], "zh", X_NONE));
  if (e->subtype)
    put_s(em, s, V_PG_CATEGORY, lit(em, e->subtype, NULL, X_NONE));
}

static void emit_mention(emitter *em, const pg_mention *m)
{
  const pg_doc *d = &em->a->doc;
  librdf_node *s = span_node(em, m->b, m->e);
  char *anchor = orig_text(d, m->b, m->e);

  put_s(em, s, V_RDF_TYPE, Vnew(em, V_NIF_STRING));
  put_s(em, s, V_RDF_TYPE, Vnew(em, V_NIF_PHRASE));
  put_s(em, s, V_NIF_ANCHOROF, anchor ? lit(em, anchor, NULL, X_NONE)
                                      : NULL);
  put_s(em, s, V_NIF_BEGIN, num(em, m->b));
  put_s(em, s, V_NIF_END, num(em, m->e));
  put_s(em, s, V_NIF_REFCONTEXT, copy(em->graph));
  put_s(em, s, V_ITS_IDENTREF, entity_node(em, m->entity));
  put_s(em, s, V_ITS_CLASSREF, class_node(em, m->type));
  if (m->rule)
    put_s(em, s, V_PG_RULE, lit(em, m->rule, NULL, X_NONE));
  if (m->rule && !strncmp(m->rule, "model.", 6)) { /* the tagger's margin */
    char conf[48]; /* two decimals, without the locale's separator */
    long long c = (long long)(m->conf * 100 + (m->conf < 0 ? -0.5 : 0.5));
    snprintf(conf, sizeof conf, "%s%lld.%02lld", c < 0 ? "-" : "",
             (c < 0 ? -c : c) / 100, (c < 0 ? -c : c) % 100);
    put_s(em, s, V_PG_CONFIDENCE, lit(em, conf, NULL, X_DECIMAL));
  }
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
    return copy(em->graph);
  pg_doc_orig_span(d, d->sent[si].b, d->sent[si].e, &b, &e);
  s = span_node(em, b, e);
  if (!s || em->sent_done[si])
    return s;
  em->sent_done[si] = 1;
  text = orig_text(d, b, e);
  put_s(em, s, V_RDF_TYPE, Vnew(em, V_NIF_STRING));
  put_s(em, s, V_RDF_TYPE, Vnew(em, V_NIF_SENTENCE));
  put_s(em, s, V_NIF_BEGIN, num(em, b));
  put_s(em, s, V_NIF_END, num(em, e));
  put_s(em, s, V_NIF_REFCONTEXT, copy(em->graph));
  put_s(em, s, V_PG_TEXT, text ? lit(em, text, NULL, X_NONE) : NULL);
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
    return lit(em, f->lit ? f->lit : "", "zh", X_NONE);
  return lit(em, f->lit ? f->lit : "", NULL, date_type(f->lit, f->lt));
}

/* Evidence: <record> prov:wasDerivedFrom <sentence>; pg:rule "id". */
static void put_evidence(emitter *em, librdf_node *rec, const pg_fact *f)
{
  put_s(em, rec, V_PROV_DERIVEDFROM, sentence_node(em, f->sent));
  put_s(em, rec, V_PG_RULE, lit(em, f->rule ? f->rule : "unknown",
                                NULL, X_NONE));
}

static void emit_fact(emitter *em, const pg_fact *f)
{
  librdf_node *p = cached(em, &em->pred[f->pred], pred_iri[f->pred]);
  librdf_node *s = entity_ref(em, f->subj), *o = fact_object(em, f), *rec;
  const char *parts[4];

  if (!s || !o || !p) {
    if (o)
      librdf_free_node(o);
    return;
  }
  put(em, copy(s), p, copy(o));
  if (em->prov == PG_PROV_FULL) {
    parts[0] = node_str(s);
    parts[1] = pred_iri[f->pred];
    parts[2] = node_str(o);
    parts[3] = librdf_node_is_literal(o) ? "literal" : "resource";
    rec = record_node(em, "fact", parts, 4);
    put_s(em, rec, V_RDF_TYPE, Vnew(em, V_PG_ASSERTION));
    put_s(em, rec, V_RDF_TYPE, Vnew(em, V_RDF_STATEMENT));
    put_s(em, rec, V_RDF_SUBJECT, copy(s));
    put_s(em, rec, V_RDF_PREDICATE, copy(p));
    put_s(em, rec, V_RDF_OBJECT, copy(o));
    put_evidence(em, rec, f);
    if (rec)
      librdf_free_node(rec);
  }
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
  librdf_node *person = entity_ref(em, f->subj), *org, *rec, *role;
  const char *parts[4];

  org = f->obj >= 0 ? entity_ref(em, f->obj) : NULL;
  parts[0] = node_str(person);
  parts[1] = node_str(org);
  parts[2] = f->obj2 >= 0 ? em->a->ent[f->obj2].label : "";
  parts[3] = f->lit ? f->lit : "";
  rec = record_node(em, "membership", parts, 4);
  put_s(em, rec, V_RDF_TYPE, Vnew(em, V_ORG_MEMBERSHIP));
  put_s(em, rec, V_ORG_MEMBER, copy(person));
  if (org)
    put_s(em, rec, V_ORG_ORGANIZATION, copy(org));
  if (f->obj2 >= 0)
    put_s(em, rec, V_PG_UNIT, entity_node(em, f->obj2));
  if (f->lit && *f->lit) {
    role = role_node(em, f->lit);
    put_s(em, role, V_RDF_TYPE, Vnew(em, V_ORG_ROLE_CLASS));
    put_s(em, role, V_RDFS_LABEL, lit(em, f->lit, "zh", X_NONE));
    put_s(em, rec, V_ORG_ROLE, role);
  }
  if (em->prov == PG_PROV_FULL)
    put_evidence(em, rec, f);
  if (rec)
    librdf_free_node(rec);
}

/* The org:subOrganizationOf facts of a, grouped by subject in fact
 * order: the parents of entity x are obj[first[x] .. first[x + 1]).
 * Returns 0, or -1 on out of memory. */
static int suborg_index(const pg_annot *a, size_t **first /* OUT */,
                        int **obj /* OUT */)
{
  size_t i, n = 0, *at;
  const pg_fact *f;

  *first = calloc(a->ne + 2, sizeof **first);
  for (i = 0; *first && i < a->nf; i++) {
    f = &a->f[i];
    if (f->pred == PG_P_SUBORG && f->subj >= 0 && (size_t)f->subj < a->ne &&
        f->obj >= 0 && (size_t)f->obj < a->ne)
      (*first)[f->subj + 2]++, n++;
  }
  *obj = malloc((n + 1) * sizeof **obj);
  if (!*first || !*obj)
    return -1;
  for (i = 2; i < a->ne + 2; i++)
    (*first)[i] += (*first)[i - 1];
  at = *first + 1; /* at[x]: where the next parent of x goes */
  for (i = 0; i < a->nf; i++) {
    f = &a->f[i];
    if (f->pred == PG_P_SUBORG && f->subj >= 0 && (size_t)f->subj < a->ne &&
        f->obj >= 0 && (size_t)f->obj < a->ne)
      (*obj)[at[f->subj]++] = f->obj;
  }
  return 0; /* at[x] ended at the start of x + 1: first[] is complete */
}

/* org:transitiveSubOrganizationOf for every ancestor of every unit,
 * following this document's org:subOrganizationOf facts.  Depth-first
 * from each entity that has a parent, in fact order; seen[x] holds the
 * start the search last reached x from, so nothing is cleared between
 * starts (linear in the entities plus the closure, where a scan of every
 * fact from every entity was quadratic in a long document). */
static void emit_closure(emitter *em)
{
  const pg_annot *a = em->a;
  size_t *first = NULL, *seen = calloc(a->ne + 1, sizeof *seen), ei, k;
  int *obj = NULL, *stack = malloc((a->ne + 1) * sizeof *stack);

  if (suborg_index(a, &first, &obj) || !seen || !stack) {
    em->rc = -1;
    goto done;
  }
  for (ei = 0; ei < a->ne && !em->rc; ei++) {
    size_t top = 0;
    if (first[ei] == first[ei + 1])
      continue; /* no parent */
    seen[ei] = ei + 1;
    stack[top++] = (int)ei;
    while (top && !em->rc) {
      int cur = stack[--top];
      for (k = first[cur]; k < first[cur + 1]; k++) {
        if (seen[obj[k]] == ei + 1)
          continue;
        seen[obj[k]] = ei + 1;
        stack[top++] = obj[k];
        put_s(em, entity_ref(em, (int)ei), V_ORG_TRANSSUBORG,
              entity_node(em, obj[k]));
      }
    }
  }
done:
  free(first);
  free(obj);
  free(seen);
  free(stack);
}

/* Frees the emitter's nodes and strings. */
static void emitter_clear(emitter *em)
{
  size_t i;

  for (i = 0; i < V__COUNT; i++)
    if (em->vocab[i])
      librdf_free_node(em->vocab[i]);
  for (i = 0; i < PG_T__COUNT; i++)
    if (em->cls[i])
      librdf_free_node(em->cls[i]);
  for (i = 0; i < PG_P__COUNT; i++)
    if (em->pred[i])
      librdf_free_node(em->pred[i]);
  for (i = 0; i < X__COUNT; i++)
    if (em->xt[i])
      librdf_free_uri(em->xt[i]);
  for (i = 0; em->ent && i < em->a->ne; i++)
    if (em->ent[i])
      librdf_free_node(em->ent[i]);
  free(em->ent);
  if (em->graph)
    librdf_free_node(em->graph);
  free(em->doc_iri);
  free(em->sent_done);
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
  em.ent = calloc(a->ne + 1, sizeof *em.ent);
  if (!em.doc_iri || !em.sent_done || !em.ent ||
      !(em.graph = iri(&em, em.doc_iri))) {
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
  emitter_clear(&em);
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
    const char *slug = i < PG_T__COUNT ? pg_etype_slug((pg_etype)i)
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
