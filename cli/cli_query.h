/* cli_query.h - the query subcommand's bridge to SPARQL execution.
 *
 * Reads the query (argument or -f file) and runs it with pg_query_run
 * (output/pg_query.h), naming its source in messages.
 */
#ifndef CLI_QUERY_H
#define CLI_QUERY_H

#include <stdio.h>
#include "pg_rdf.h"

/* Reads the query file path ("-": stdin).  Returns a new string, or NULL
 * after reporting the file and reason. */
char *cli_read_query(const char *path, pg_log *log);

/* Whether name is a results format (table, csv, tsv, json, xml). */
int cli_is_results_format(const char *name);

/* Runs query (borrowed) on model (borrowed) and writes the results in
 * format (table, csv, tsv, json, xml) to out.  qfile names the query's
 * file in messages (NULL: the query came from the command line).
 * Returns 0, or -1 after reporting an error (syntax errors with line and
 * column). */
int cli_run_query(pg_rdf *rdf, librdf_model *model, const char *query,
                  const char *qfile, const char *format, FILE *out);

/* The same with Oxigraph (node and the npm package oxigraph) answering:
 * the model (borrowed) is written as N-Quads to a temporary folder.
 * Table results are given as TSV.  Returns 0 or -1 (reported). */
int cli_run_oxigraph(pg_rdf *rdf, librdf_model *model, const char *query,
                     const char *qfile, const char *format, FILE *out);

#endif /* CLI_QUERY_H */
