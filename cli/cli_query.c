/* cli_query.c - the query subcommand's bridge (see cli_query.h).
 *
 * The query text comes from the command line or a file; pg_query_run
 * (output/pg_query.h) does the rest: refusing what rasqal cannot run,
 * DESCRIBE, and the results formats.  Messages name the query file, or
 * "<command line>".
 */
#include "config.h"
#include "cli_query.h"
#include "pg_input.h"
#include "pg_query.h"

#include <stdlib.h>

char *cli_read_query(const char *path, pg_log *log)
{
  unsigned char *bytes = NULL;
  size_t len = 0;

  if (pg_input_read(path, &bytes, &len, log))
    return NULL;
  return (char *)bytes;
}

int cli_is_results_format(const char *name)
{
  return pg_query_is_format(name);
}

int cli_run_query(pg_rdf *rdf, librdf_model *model, const char *query,
                  const char *qfile, const char *format, FILE *out)
{
  pg_query_opts o = { qfile ? qfile : "<command line>", format, NULL };

  return pg_query_run(rdf, model, query, &o, out);
}
