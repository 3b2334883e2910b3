/* pg_writers.h - TriG and JSON-LD: the two formats raptor cannot write.
 *
 * raptor 2.0.15 reads TriG but has no TriG serializer, and knows nothing
 * of JSON-LD; librdf has neither.  Both are small over a sorted set of
 * triples, so policygraph writes them by hand: a pg_tset holds copies of
 * the statements (one block of memory per triple), sorts them by subject,
 * predicate and object in byte order (no hash order reaches the output)
 * and drops duplicates; the writers walk it once.  Non-ASCII characters
 * are written as UTF-8, never escaped.
 *
 * TriG is written a graph at a time (the sink gives each document's
 * statements as one block), so only one document is held.  JSON-LD holds
 * the whole graph, as Turtle does, and embeds the @context of the
 * published ontology/context.jsonld, whose prefixes compact its keys.
 */
#ifndef PG_WRITERS_H
#define PG_WRITERS_H

#include <stdio.h>
#include <redland.h>
#include "pg_graph.h"
#include "pg_log.h"

typedef struct pg_tset pg_tset;

/* Constructor: an empty set.  Returns NULL on out of memory. */
pg_tset *pg_new_tset(void);
/* Destructor.  Accepts NULL. */
void pg_free_tset(pg_tset *t);
/* Adds a copy of st's three terms (st is borrowed).  Returns 0, or -1 on
 * out of memory. */
int pg_tset_add(pg_tset *t, librdf_statement *st);
/* Number of triples added (duplicates included) since the last clear. */
size_t pg_tset_count(const pg_tset *t);
/* Drops every triple, keeping the memory of the index. */
void pg_tset_clear(pg_tset *t);

/* Writes the @prefix lines of ns (borrowed, ending with {NULL, NULL}) and
 * a blank line.  Returns 0, or -1 on a write error. */
int pg_trig_write_head(FILE *out, const pg_namespace *ns);
/* Writes t (sorted now, each triple once) as one TriG block in graph
 * (an IRI, borrowed; NULL: the default graph, braces and all), names
 * abbreviated with ns where Turtle allows.  Returns 0, or -1 on a write
 * error. */
int pg_trig_write_graph(FILE *out, pg_tset *t, const char *graph,
                        const pg_namespace *ns);

typedef struct pg_jsonld_ctx pg_jsonld_ctx;

/* Constructor: reads the JSON-LD context file path (borrowed): a JSON
 * object whose "@context" member is an object of prefix definitions
 * ("pg": "https://w3id.org/policygraph/ns#").  Returns NULL after
 * reporting an error to log with the file and, for a syntax error, the
 * byte offset. */
pg_jsonld_ctx *pg_new_jsonld_ctx(const char *path, pg_log *log);
/* Destructor.  Accepts NULL. */
void pg_free_jsonld_ctx(pg_jsonld_ctx *c);

/* Writes t (sorted now, each triple once) as one JSON-LD document: the
 * context's "@context" object as the file has it, then "@graph", one
 * node object per subject with "@id", "@type" and one key per predicate
 * (a compact IRI where a prefix of the context fits, else the IRI).
 * Returns 0, or -1 on a write error. */
int pg_jsonld_write(FILE *out, pg_tset *t, const pg_jsonld_ctx *c);

#endif /* PG_WRITERS_H */
