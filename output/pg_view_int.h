/* pg_view_int.h - the index behind pg_view, shared by its writers.
 *
 * Every IRI or blank node the view reads is a pv_node (numbered in the
 * order first seen); the roles a node plays (entity, document, sentence,
 * mention, evidence record) are fields of the one struct, unused ones -1
 * or NULL.  Strings are owned by the view.
 */
#ifndef PG_VIEW_INT_H
#define PG_VIEW_INT_H

#include "pg_view.h"
#include "pg_hmap.h"
#include "pg_annot.h"

/* The contract's entity classes (pg:Person ...), in the report's order:
 * the rows of pg_etypes.def after PG_T_NONE (index i is type i + 1). */
#define PV_NTYPES (PG_T__COUNT - 1)
extern const char *const *const pv_type_name; /* "Person", ...           */
extern const char *const *const pv_type_zh;   /* "人物", ...              */

/* The contract's relation predicates. */
#define PV_NRELS 12
extern const char *const pv_rel_iri[PV_NRELS];   /* full IRI            */
extern const char *const pv_rel_curie[PV_NRELS]; /* "schema:affiliation" */
extern const char *const pv_rel_en[PV_NRELS];    /* "works for"          */

typedef struct pv_node {
  char *iri;           /* IRI, or "_:" + blank label                  */
  int type;            /* entity class index, or -1                   */
  int is_doc;          /* 1: a nif:Context                            */
  char *label_zh;      /* least rdfs:label @zh, or NULL               */
  char *label_en;      /* least rdfs:label @en, or NULL               */
  char *label_other;   /* least other rdfs:label, or NULL             */
  char **alts;         /* skos:altLabel, sorted, each once            */
  size_t nalts, capalts;
  char *text;          /* sentence: pg:text                           */
  long begin, end;     /* NIF offsets (code points), or -1            */
  int ctx;             /* nif:referenceContext node, or -1            */
  int ident;           /* mention: itsrdf:taIdentRef node, or -1      */
  int a_subj, a_rel;   /* evidence: rdf:subject node, predicate index */
  int a_obj;           /* evidence: rdf:object node, or -1            */
  char *a_lit;         /* evidence: rdf:object literal, or NULL       */
  int a_sent;          /* prov:wasDerivedFrom node, or -1             */
  char *rule;          /* pg:rule, or NULL                            */
  char *title, *source; /* document: dcterms:title, dcterms:source    */
  int section;         /* entity: its index in v->ents, else -1       */
} pv_node;

typedef struct pv_fact {
  int subj;            /* entity node                                 */
  int rel;             /* relation index                              */
  int obj;             /* object node, or -1 for a literal            */
  char *lit;           /* literal's lexical form (borrowed from the view) */
  char *lang, *dt;     /* its language and datatype, or NULL          */
  int *ev;             /* evidence record nodes, owned                */
  size_t nev;
  int ssec;            /* sort keys: the subject's section,           */
  const char *okey;    /*   the object's label or literal,            */
  const char *oiri;    /*   the object's IRI ("" for a literal)       */
} pv_fact;

struct pg_view {
  pv_node *nodes;      /* owned                                       */
  size_t nn, capn;
  pg_hmap *ids;        /* hash of iri -> node index                   */
  char **strs;         /* every string the view keeps (owned)         */
  size_t ns, caps;
  pv_fact *facts;      /* sorted by subject section, relation, object */
  size_t nf, capf;
  int *ents;           /* entity nodes in report order                */
  size_t ne;
  int *ment_start;     /* mentions of entity node k: ment[ment_start  */
  int *ment;           /*   [k] .. ment_start[k + 1])                 */
  int *in_start;       /* facts whose object is node k: in[in_start   */
  int *in;             /*   [k] .. in_start[k + 1]), fact indexes     */
  int *docs;           /* document nodes, sorted by IRI               */
  size_t nd;
  int oom;             /* 1: out of memory while reading              */
};

/* The label to show for node k: @zh, else @en, else any, else the IRI. */
const char *pv_label(const pg_view *v, int k);

#endif /* PG_VIEW_INT_H */
