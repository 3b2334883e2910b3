/* pg_api.c - the public session API of policygraph.h.
 *
 * A thin layer over the modules the program uses (pg_extract, pg_graph,
 * pg_sink, pg_store): a session owns one of each, so a library user
 * never sees a librdf world or an annotation set.  Messages go to the
 * user's function through an internal pg_log whose locator is unpacked
 * into file, line and column.
 */
#include "config.h"
#include "policygraph.h"
#include "pg_extract.h"
#include "pg_input.h"
#include "pg_graph.h"
#include "pg_rdf.h"
#include "pg_sink.h"
#include "pg_store.h"

#include <stdlib.h>
#include <string.h>

_Static_assert((int)POLICYGRAPH_ERROR == (int)PG_LOG_ERROR &&
               (int)POLICYGRAPH_WARN == (int)PG_LOG_WARN,
               "public and internal log levels agree");

struct policygraph {
  pg_log log;               /* routes to fn                          */
  policygraph_log_fn fn;    /* the user's, or NULL                   */
  void *user;               /* for fn                                */
  pg_rdf *rdf;              /* owned                                 */
  pg_extractor *x;          /* owned                                 */
  pg_graph_opts gopts;      /* base points into strs                 */
  pg_extract_opts xopts;    /* strings point into strs               */
  char *strs[5];            /* owned copies of the option strings    */
  pg_sink *sink;            /* owned, or NULL                        */
  pg_store *store;          /* owned, or NULL                        */
};

static void to_user(void *user, pg_log_level level, const pg_locator *loc,
                    const char *text)
{
  policygraph *pg = user;

  if (pg->fn)
    pg->fn(pg->user, (policygraph_level)level, loc ? loc->file : NULL,
           loc ? loc->line : 0, loc ? loc->column : 0, text);
}

/* Copies s into pg->strs[i]; returns the copy (NULL for NULL) and sets
 * *bad on out of memory. */
static const char *keep(policygraph *pg, int i, const char *s, int *bad)
{
  if (!s)
    return NULL;
  if (!(pg->strs[i] = strdup(s)))
    *bad = 1;
  return pg->strs[i];
}

/* Reads opts into the session.  Returns 0 or -1 (reported). */
static int set_options(policygraph *pg, const policygraph_options *o)
{
  int bad = 0;
  const char *prov = o->provenance;

  pg->gopts.base = keep(pg, 0, o->base, &bad);
  pg->xopts.decode.input_format = keep(pg, 1, o->input_format, &bad);
  pg->xopts.decode.encoding = keep(pg, 2, o->encoding, &bad);
  pg->xopts.doc_date = keep(pg, 3, o->doc_date, &bad);
  pg->xopts.decode.lenient = o->lenient;
  if (bad) {
    pg_log_msg(&pg->log, PG_LOG_ERROR, NULL, "out of memory");
    return -1;
  }
  if (!prov || !strcmp(prov, "full"))
    pg->gopts.provenance = PG_PROV_FULL;
  else if (!strcmp(prov, "entities"))
    pg->gopts.provenance = PG_PROV_ENTITIES;
  else if (!strcmp(prov, "none"))
    pg->gopts.provenance = PG_PROV_NONE;
  else {
    pg_log_msg(&pg->log, PG_LOG_ERROR, NULL, "provenance must be full, "
               "entities or none, not '%s'", prov);
    return -1;
  }
  return 0;
}

policygraph *policygraph_new(const policygraph_options *opts,
                             policygraph_log_fn log, void *user)
{
  static const policygraph_options none = { NULL, NULL, NULL, NULL, NULL,
                                            NULL, 0 };
  policygraph *pg = calloc(1, sizeof *pg);

  if (!pg) {
    if (log)
      log(user, POLICYGRAPH_ERROR, NULL, 0, 0, "out of memory");
    return NULL;
  }
  pg->fn = log;
  pg->user = user;
  pg->log.fn = to_user;
  pg->log.user = pg;
  if (set_options(pg, opts ? opts : &none))
    goto err;
  if (!(pg->rdf = pg_new_rdf(&pg->log)))
    goto err;
  if (!(pg->x = pg_new_extractor(opts ? opts->datadir : NULL, &pg->log)))
    goto err;
  return pg;
err:
  policygraph_free(pg);
  return NULL;
}

void policygraph_free(policygraph *pg)
{
  size_t i;

  if (!pg)
    return;
  pg_free_sink(pg->sink);
  pg_free_store(pg->store);
  pg_free_extractor(pg->x);
  pg_free_rdf(pg->rdf);
  for (i = 0; i < sizeof pg->strs / sizeof pg->strs[0]; i++)
    free(pg->strs[i]);
  free(pg);
}

int policygraph_output(policygraph *pg, const char *format, FILE *out)
{
  pg_free_sink(pg->sink);
  pg->sink = pg_new_sink(pg->rdf, format, &pg->gopts, out);
  return pg->sink ? 0 : -1;
}

int policygraph_store(policygraph *pg, const char *spec)
{
  pg_free_store(pg->store);
  pg->store = pg_new_store(pg->rdf, spec);
  return pg->store ? 0 : -1;
}

static int to_both(void *user, librdf_statement *st, librdf_node *graph)
{
  policygraph *pg = user;

  if (pg->sink && pg_sink_statement(pg->sink, st, graph))
    return -1;
  if (pg->store && pg_store_statement(pg->store, st, graph))
    return -1;
  return 0;
}

int policygraph_extract(policygraph *pg, const char *name,
                        const void *bytes, size_t len)
{
  pg_annot *a = pg_extractor_run(pg->x, name, bytes, len, &pg->xopts);
  char *iri = NULL;
  int rc = -1;

  if (!a)
    return -1;
  if (pg->store && (!(iri = pg_graph_doc_iri(&pg->gopts, a->doc.id)) ||
                    pg_store_begin(pg->store, iri)))
    goto done;
  rc = pg_graph_emit(pg_rdf_world(pg->rdf), a, &pg->gopts, to_both, pg)
           ? -1 : 0;
  if (pg->store)
    rc = rc ? (pg_store_rollback(pg->store), -1)
            : pg_store_commit(pg->store);
done:
  free(iri);
  pg_free_annot(a);
  return rc;
}

int policygraph_extract_file(policygraph *pg, const char *path)
{
  unsigned char *bytes = NULL;
  size_t len = 0;
  int rc;

  if (pg_input_read(path, &bytes, &len, &pg->log))
    return -1;
  rc = policygraph_extract(pg, path, bytes, len);
  free(bytes);
  return rc;
}

int policygraph_finish(policygraph *pg)
{
  int rc = pg->sink ? pg_sink_finish(pg->sink) : 0;

  pg_free_sink(pg->sink);
  pg->sink = NULL;
  return rc;
}

const char *policygraph_version(void) { return PACKAGE_VERSION; }
