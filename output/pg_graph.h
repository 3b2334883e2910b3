/* pg_graph.h - annotation set to RDF statements (the output contract).
 *
 * Mints stable IRIs (a key from type + canonical label under a base that
 * --base changes), and emits, in a fixed deterministic order, every
 * statement of one document: the nif:Context with its text and metadata,
 * the entities with labels and aliases, the NIF mentions, the relation
 * triples, their evidence records (sentence + rule, linked with PROV), the
 * W3C ORG membership records and the transitive closure of
 * org:subOrganizationOf.  Statements go to a callback, one at a time, so a
 * sink can stream them (serializer), store them (librdf model) or count
 * them, and nothing accumulates here.
 *
 * IRIs (with the default base https://w3id.org/policygraph/id/):
 *   document   <base>doc/<doc id>                  (also its named graph)
 *   entity     <base><type slug>/<key>             e.g. .../org/国家信息中心
 *   role       <base>role/<title>
 *   mention    <document>#char=<b>,<e>             (RFC 5147 / NIF 2.0)
 *   sentence   <document>#char=<b>,<e>             (a nif:Sentence)
 *   fact       <document>#fact-<16 hex digits>     (hash of s, p, o)
 *   membership <document>#membership-<16 hex digits>
 */
#ifndef PG_GRAPH_H
#define PG_GRAPH_H

#include <redland.h>
#include "pg_annot.h"

#define PG_NS "https://w3id.org/policygraph/ns#"
#define PG_DEFAULT_BASE "https://w3id.org/policygraph/id/"

/* How much provenance to write (--provenance). */
typedef enum pg_prov_level {
  PG_PROV_FULL = 0,  /* mentions, and evidence records for every fact   */
  PG_PROV_ENTITIES,  /* mentions only                                    */
  PG_PROV_NONE       /* neither (the document context is still written) */
} pg_prov_level;

typedef struct pg_graph_opts {
  const char *base;          /* IRI base ending in / or #; NULL: default */
  pg_prov_level provenance;  /* PG_PROV_FULL by default (0)              */
} pg_graph_opts;

/* Receives one statement.  st, its nodes and graph (the document's named
 * graph node) are borrowed: valid only during the call; copy what you
 * keep (librdf_new_statement_from_statement).  Return 0 to go on,
 * non-zero to stop the emission (pg_graph_emit then returns that value). */
typedef int (*pg_statement_fn)(void *user, librdf_statement *st,
                               librdf_node *graph);

/* Emits every statement of document a.  world is borrowed.  Returns 0,
 * -1 on out of memory, or the callback's non-zero value. */
int pg_graph_emit(librdf_world *world, const pg_annot *a,
                  const pg_graph_opts *opts, pg_statement_fn fn, void *user);

/* The IRI of the document with id doc_id: a new string the caller frees. */
char *pg_graph_doc_iri(const pg_graph_opts *opts, const char *doc_id);

/* The IRI of an entity of type t with key key: a new string. */
char *pg_graph_entity_iri(const pg_graph_opts *opts, pg_etype t,
                          const char *key);

typedef struct pg_namespace {
  const char *prefix; /* e.g. "pg"                                    */
  const char *uri;    /* e.g. "https://w3id.org/policygraph/ns#"      */
} pg_namespace;

/* The prefixes serializers declare (pg, schema, org, dcterms, skos, rdfs,
 * rdf, xsd, prov, nif, itsrdf, and one per entity type under the base),
 * ending with {NULL, NULL}.  The per-type ones depend on opts->base, so
 * they are written into buf (at least PG_NS_BUF_SIZE bytes, owned by the
 * caller) and the returned array points into it. */
#define PG_NS_MAX 32
#define PG_NS_BUF_SIZE 4096
const pg_namespace *pg_graph_namespaces(const pg_graph_opts *opts,
                                        pg_namespace out[PG_NS_MAX],
                                        char buf[PG_NS_BUF_SIZE]);

#endif /* PG_GRAPH_H */
