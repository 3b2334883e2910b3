/* cli_query.c - the query subcommand's bridge (see cli_query.h).
 *
 * The query text comes from the command line or a file; pg_query_run
 * (output/pg_query.h) does the rest: refusing what rasqal cannot run,
 * DESCRIBE, and the results formats.  Messages name the query file, or
 * "<command line>".
 *
 * --engine oxigraph hands the query to Oxigraph instead: the graph is
 * written as N-Quads (each statement with its named graph) and the query,
 * prefixed, into a temporary folder, and `node policygraph-oxigraph.mjs`
 * (from the data folder) answers it on standard output.  It needs node
 * and the npm package oxigraph (found as that script says).
 */
#include "config.h"
#include "cli_query.h"
#include "policygraph.h"
#include "pg_query.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

char *cli_read_query(const char *path, pg_log *log)
{
  unsigned char *bytes = NULL;
  size_t len = 0;

  if (policygraph_read(path, &bytes, &len, log))
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

/* Writes model's statements, each with its context, as N-Quads to path. */
static int write_nquads(pg_rdf *rdf, librdf_model *model, const char *path)
{
  raptor_serializer *ser = raptor_new_serializer(pg_rdf_raptor(rdf),
                                                 "nquads");
  FILE *f = fopen(path, "w");
  librdf_stream *st = NULL;
  int rc = -1;

  if (!ser || !f || raptor_serializer_start_to_file_handle(ser, NULL, f) ||
      !(st = librdf_model_as_stream(model)))
    goto done;
  for (rc = 0; !rc && !librdf_stream_end(st); librdf_stream_next(st)) {
    raptor_statement t = *(raptor_statement *)librdf_stream_get_object(st);
    t.graph = (raptor_term *)librdf_stream_get_context2(st);
    rc = raptor_serializer_serialize_statement(ser, &t);
  }
  if (!rc)
    rc = raptor_serializer_serialize_end(ser);
done:
  if (st)
    librdf_free_stream(st);
  if (ser)
    raptor_free_serializer(ser);
  if (f && fclose(f))
    rc = -1;
  return rc;
}

static int write_text(const char *path, const char *text)
{
  FILE *f = fopen(path, "w");
  int rc = f && fputs(text, f) >= 0 ? 0 : -1;

  if (f && fclose(f))
    rc = -1;
  return rc;
}

/* Runs node on the script; returns its exit status, or -1. */
static int run_node(const char *script, const char *data, const char *q,
                    const char *fmt, FILE *out)
{
  pid_t pid;
  int st;

  fflush(out);
  if ((pid = fork()) < 0)
    return -1;
  if (!pid) {
    if (fileno(out) != STDOUT_FILENO)
      dup2(fileno(out), STDOUT_FILENO);
    execlp("node", "node", script, data, q, fmt, (char *)NULL);
    _exit(127);
  }
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR)
      return -1;
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int cli_run_oxigraph(pg_rdf *rdf, librdf_model *model, const char *query,
                     const char *qfile, const char *format, FILE *out)
{
  const char *src = qfile ? qfile : "<command line>";
  const char *dd = getenv("POLICYGRAPH_DATADIR");
  const char *tmp = getenv("TMPDIR");
  char dir[4096], data[4200], qpath[4200], script[4200];
  char *text = pg_query_prefixed(query);
  int rc = -1, st;

  snprintf(script, sizeof script, "%s/policygraph-oxigraph.mjs",
           dd && *dd ? dd : PG_PKGDATADIR);
  if (!(dd && *dd) && access(script, R_OK)) /* not installed: the source */
    snprintf(script, sizeof script, "%s/policygraph-oxigraph.mjs",
             PG_SRCDATADIR);
  snprintf(dir, sizeof dir, "%s/policygraph-oxigraph.XXXXXX",
           tmp && *tmp ? tmp : "/tmp");
  if (!text || !mkdtemp(dir)) {
    pg_rdf_error(rdf, src, "cannot make a temporary folder for oxigraph");
    free(text);
    return -1;
  }
  snprintf(data, sizeof data, "%s/graph.nq", dir);
  snprintf(qpath, sizeof qpath, "%s/query.rq", dir);
  if (write_nquads(rdf, model, data) || write_text(qpath, text))
    pg_rdf_error(rdf, src, "cannot write the graph for oxigraph in %s", dir);
  else if ((st = run_node(script, data, qpath,
                          !strcmp(format, "table") ? "tsv" : format,
                          out)) == 127)
    pg_rdf_error(rdf, src, "--engine oxigraph needs node (Node.js) and "
                 "the npm package oxigraph");
  else if (st == 3)
    pg_rdf_error(rdf, src, "--engine oxigraph: the npm package oxigraph "
                 "is not installed (npm install oxigraph in a folder, then "
                 "set PG_OXIGRAPH_DIR to that folder)");
  else if (st)
    pg_rdf_error(rdf, src, "oxigraph could not answer the query");
  else
    rc = 0;
  unlink(data);
  unlink(qpath);
  rmdir(dir);
  free(text);
  return rc;
}
