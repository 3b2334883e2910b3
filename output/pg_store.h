/* pg_store.h - persistent graphs: a librdf storage opened from a SPEC.
 *
 * SPEC is `sqlite:PATH` (the embedded default; a bare PATH means the
 * same), `memory` (the `hashes` storage in memory), or `NAME:OPTIONS` for
 * any other librdf storage, passed through (`postgresql:host=127.0.0.1,
 * port=5432,database=kg,user=me` -- values may be quoted librdf-style or
 * not; the pseudo-option `name=` sets the storage's model name).
 *
 * Every document is its own named graph (librdf context, the document's
 * IRI), written in one transaction that first removes the graph's old
 * statements: re-extracting a document replaces it, and a crash (even
 * SIGKILL) leaves every earlier document committed and, where the storage
 * has usable transactions (sqlite; not postgresql, see pg_store.c), the
 * current one absent.
 *
 * sqlite as shipped by librdf is quadratic (its literals and blanks
 * tables have no index, and its per-statement duplicate check and
 * per-graph delete scan); opening a sqlite store adds, with the sqlite3
 * API, `CREATE INDEX IF NOT EXISTS` on literals(text,language,datatype),
 * blanks(blank) and triples(contextUri,subjectUri,predicateUri) -- and
 * deliberately none led by predicateUri, which makes it quadratic again.
 */
#ifndef PG_STORE_H
#define PG_STORE_H

#include <stdio.h>
#include "pg_rdf.h"

typedef struct pg_store pg_store;

/* Constructor: opens (creating it when absent) the store named by spec
 * (borrowed).  rdf is borrowed for the store's lifetime.  Returns NULL
 * after reporting "cannot open store SPEC: reason". */
pg_store *pg_new_store(pg_rdf *rdf, const char *spec);
/* Destructor: rolls back an open transaction, closes.  Accepts NULL. */
void pg_free_store(pg_store *s);

/* The model over the store (borrowed from the store). */
librdf_model *pg_store_model(pg_store *s);
/* The librdf storage name ("sqlite", "hashes", "postgresql", ...). */
const char *pg_store_kind(const pg_store *s);

/* Starts writing one document into graph (borrowed IRI string): begins
 * a transaction (where the storage has them) and removes the graph's
 * statements.  Returns 0, or -1 after reporting an error. */
int pg_store_begin(pg_store *s, const char *graph);
/* Adds one statement to the graph begun last; st is borrowed, graph is
 * ignored (the begun graph is used).  A pg_statement_fn.  Returns 0 or
 * -1 after reporting an error. */
int pg_store_statement(void *store, librdf_statement *st, librdf_node *graph);
/* Commits the document begun last.  Returns 0 or -1 (reported). */
int pg_store_commit(pg_store *s);
/* Abandons the document begun last.  Returns 0 or -1 (reported). */
int pg_store_rollback(pg_store *s);

/* Removes graph (an IRI string, borrowed) in its own transaction.
 * *found (may be NULL) is set to the number of statements removed.
 * Returns 0 or -1 (reported). */
int pg_store_remove(pg_store *s, const char *graph, long *found /* OUT */);

/* Parses the RDF file path (borrowed; "-" is not accepted) into the
 * store, its syntax guessed from the name and content.  Quads keep their
 * graphs; triples go to a graph named by the file's file: URI.  Each graph
 * loaded is replaced, all in one transaction.  *n (may be NULL) gets the
 * number of statements.  Returns 0 or -1 (reported with line and column). */
int pg_store_load(pg_store *s, const char *path, unsigned long *n /* OUT */);

/* Writes a summary to out (borrowed): documents, entities per pg: type,
 * relations per contract predicate, triples; one "key<TAB>value" per line.
 * Returns 0 or -1 (reported). */
int pg_store_stats(pg_store *s, FILE *out);

#endif /* PG_STORE_H */
