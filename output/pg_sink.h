/* pg_sink.h - statements to a serialized RDF file in one of raptor's formats.
 *
 * A sink receives the statements pg_graph_emit produces, document after
 * document, and writes them to a FILE* in a raptor serializer format.
 * N-Triples and N-Quads are streamed: each statement goes straight to the
 * serializer, so memory stays flat over a corpus (N-Quads carries each
 * document's named graph).  Every other format needs the whole graph
 * (Turtle and RDF/XML group by subject), so the sink collects statements
 * into an in-memory librdf model on the `hashes` storage (never `memory`,
 * whose duplicate check is quadratic) -- the union of the documents'
 * graphs, each triple once, as raptor has no writer for a quad format
 * other than N-Quads -- and serializes it at pg_sink_finish, declaring
 * the prefixes of pg_graph_namespaces.  TriG and JSON-LD, which raptor
 * cannot write, go through pg_writers: TriG one document's named graph
 * at a time, JSON-LD the union of the graphs at the end.
 */
#ifndef PG_SINK_H
#define PG_SINK_H

#include <stdio.h>
#include "pg_rdf.h"
#include "pg_graph.h"

typedef struct pg_sink pg_sink;

/* Constructor: a sink writing format (a raptor serializer name) to out.
 * rdf and out are borrowed for the sink's lifetime (out is flushed, never
 * closed); gopts (may be NULL) is read now, for the prefixes.  A
 * streaming sink holds up to 256 KiB of serialized text and passes it to
 * out when that fills and at pg_sink_finish.  Returns NULL after
 * reporting an error (an unknown format among them). */
pg_sink *pg_new_sink(pg_rdf *rdf, const char *format,
                     const pg_graph_opts *gopts, FILE *out);
/* Destructor: drops anything not yet written.  Accepts NULL. */
void pg_free_sink(pg_sink *k);

/* Whether the format streams (N-Triples, N-Quads).  Returns 1 or 0. */
int pg_sink_streams(const pg_sink *k);

/* Takes one statement; st and graph are borrowed (copied if kept).  A
 * pg_statement_fn: pass pg_sink_statement and the sink to pg_graph_emit.
 * Returns 0, or -1 after reporting an error. */
int pg_sink_statement(void *sink, librdf_statement *st, librdf_node *graph);

/* Writes what is held (model formats), ends the document and flushes.
 * Returns 0, or -1 after reporting an error (a write error included). */
int pg_sink_finish(pg_sink *k);

/* Number of statements taken so far. */
unsigned long pg_sink_count(const pg_sink *k);

#endif /* PG_SINK_H */
