/* pg_docapi.c - the document layer of policygraph.h.
 *
 * The public names of what a front end writing its own graphs needs from
 * below the output layer: the extraction pipeline (pg_extract), the
 * input walk and reader (pg_input) and document ids.  Each is a thin
 * wrapper, so the program uses the same code as before through the one
 * public header.
 */
#include "config.h"
#include "policygraph.h"
#include "pg_extract.h"
#include "pg_input.h"

#include <stdlib.h>

struct policygraph_extractor {
  pg_extractor *x;
};

policygraph_extractor *policygraph_extractor_new(const char *datadir,
                                                 struct pg_log *log)
{
  policygraph_extractor *e = calloc(1, sizeof *e);

  if (!e) {
    pg_log_msg(log, PG_LOG_ERROR, NULL, "out of memory");
    return NULL;
  }
  if (!(e->x = pg_new_extractor(datadir, log))) {
    free(e);
    return NULL;
  }
  return e;
}

void policygraph_extractor_free(policygraph_extractor *e)
{
  if (!e)
    return;
  pg_free_extractor(e->x);
  free(e);
}

struct pg_annot *policygraph_extractor_run(policygraph_extractor *e,
                                           const char *name,
                                           const void *bytes, size_t len,
                                           const policygraph_doc_options *o)
{
  pg_extract_opts xo = {0};

  if (o) {
    xo.decode.input_format = o->input_format;
    xo.decode.encoding = o->encoding;
    xo.decode.body_xpath = o->body_xpath;
    xo.decode.title_xpath = o->title_xpath;
    xo.decode.lenient = o->lenient;
    xo.doc_date = o->doc_date;
    xo.doc_id = o->doc_id;
    xo.model = o->model;
    xo.model_conf = o->model_conf;
    xo.lac = o->lac;
    xo.lac_conf = o->lac_conf;
  }
  return pg_extractor_run(e->x, name, bytes, len, &xo);
}

void policygraph_annot_free(struct pg_annot *a) { pg_free_annot(a); }

char *policygraph_doc_id(const char *name, const void *bytes, size_t len)
{
  return pg_doc_id_from_name(name, bytes, len);
}

struct policygraph_inputs {
  pg_input_iter *it;
};

policygraph_inputs *policygraph_inputs_new(char *const *paths, size_t n,
                                           struct pg_log *log)
{
  policygraph_inputs *w = calloc(1, sizeof *w);

  if (!w || !(w->it = pg_new_input_iter(paths, n, log))) {
    free(w);
    return NULL;
  }
  return w;
}

int policygraph_inputs_next(policygraph_inputs *w, const char **path,
                            unsigned long long *size)
{
  return pg_input_next(w->it, path, size);
}

int policygraph_inputs_errors(const policygraph_inputs *w)
{
  return pg_input_iter_errors(w->it);
}

void policygraph_inputs_free(policygraph_inputs *w)
{
  if (!w)
    return;
  pg_free_input_iter(w->it);
  free(w);
}

int policygraph_read(const char *path, unsigned char **bytes, size_t *len,
                     struct pg_log *log)
{
  return pg_input_read(path, bytes, len, log);
}
