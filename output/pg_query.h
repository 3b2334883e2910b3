/* pg_query.h - SPARQL queries over a graph, safely, with readable results.
 *
 * Runs a SPARQL query string against a librdf model with rasqal 0.9.33
 * and writes the answer: bindings as a table for people (aligned for wide
 * Chinese characters, prefixed names) or as SPARQL 1.1 CSV, TSV, JSON or
 * XML results; ASK as true/false; CONSTRUCT and DESCRIBE graphs as Turtle
 * with the contract's prefixes (or any raptor serializer).  Before rasqal
 * sees the query, it is scanned: what rasqal cannot run, runs wrongly or
 * crashes on (property paths, EXISTS, MINUS, VALUES with several rows or
 * after a triple pattern, SERVICE, SPARQL Update) is refused with its
 * line and column and a way to ask it that works; CONCAT over computed
 * strings (CONCAT(STR(?x), ...), which reads freed memory in rasqal) is
 * rewritten to bind each computed argument first; the
 * contract's prefixes (pg, rdf, rdfs, xsd, schema, org, dcterms, skos,
 * prov, nif, itsrdf, foaf and the entity types' person:, organization:
 * ... under the default base) are declared for queries that omit them;
 * DESCRIBE, which rasqal cannot execute, is answered here (see
 * pg_query_run).  Known limitations of rasqal 0.9.33 that remain:
 * GROUP_CONCAT ignores its separator (a warning says so); syntax errors
 * come with a line only (the column is that of the unexpected token the
 * message names, found on that line); an OPTIONAL after patterns that
 * give several rows per subject may join rows of other subjects; an
 * aggregate over no rows gives one row instead of none.
 */
#ifndef PG_QUERY_H
#define PG_QUERY_H

#include <stdio.h>
#include "pg_rdf.h"

typedef struct pg_query_opts {
  const char *source;       /* the query's name in messages: its file, or
                               "<command line>"; NULL: "<query>"          */
  const char *format;       /* results: table (NULL), csv, tsv, json, xml */
  const char *graph_format; /* CONSTRUCT/DESCRIBE: a raptor serializer
                               name; NULL: turtle for table, ntriples for
                               csv/tsv, json (RDF/JSON) for json,
                               rdfxml-abbrev for xml                      */
} pg_query_opts;

/* Whether name is a results format pg_query_run knows: 1 or 0. */
int pg_query_is_format(const char *name);

/* Runs query (borrowed, UTF-8) on model (borrowed) and writes the answer
 * to out (borrowed, flushed, not closed).  Messages -- refusals, syntax
 * errors with the line (rasqal's locator), warnings -- go to rdf's log,
 * naming opts->source.  opts may be NULL (table, "<query>").
 *
 * DESCRIBE <iri> ... / DESCRIBE ?x ... WHERE { ... } writes, for every
 * resource named or bound: all its triples as subject, those of the blank
 * nodes and of its own fragment IRIs (<R#...>) it points to, recursively;
 * every triple with it as object, and the triples of those subjects that
 * are blank nodes or fragment IRIs (so an entity comes with its mentions
 * and their offsets, its fact evidence records with sentence and rule,
 * its memberships; a document with its mentions and sentences) -- sorted,
 * each once.
 *
 * Returns 0, or -1 after reporting an error (refused query, syntax error,
 * unknown format, write error). */
int pg_query_run(pg_rdf *rdf, librdf_model *model, const char *query,
                 const pg_query_opts *opts, FILE *out);

/* Checks query (borrowed) without running it: what pg_query_run would
 * refuse is reported to log (may be NULL) naming source.  Returns 0 when
 * the query may be given to rasqal, -1 when refused. */
int pg_query_check(pg_log *log, const char *query, const char *source);

/* The query (borrowed) with the contract's PREFIX declarations it does
 * not make itself put before it, on its first line: a new string, or NULL
 * when out of memory.  For another SPARQL engine (--engine oxigraph). */
char *pg_query_prefixed(const char *query);

/* The query (borrowed) with each "name=VALUE" of binds (borrowed) given
 * as a one-row VALUES ?name { "VALUE"@zh } (@en when VALUE is all
 * ASCII) at the start of its WHERE group: the value is escaped, so it is
 * always one literal, whatever it holds.  A new string, or NULL after
 * reporting to log (no such variable, no WHERE group, out of memory). */
char *pg_query_bind(pg_log *log, const char *source, const char *query,
                    char *const *binds, size_t n_binds);

#endif /* PG_QUERY_H */
