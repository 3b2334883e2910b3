/* cli_report.h - `policygraph report`: a view of a graph written to a
 * file, standard output or one file per document (see pg_view.h). */
#ifndef CLI_REPORT_H
#define CLI_REPORT_H

#include "pg_rdf.h"

typedef enum cli_view {
  CLI_VIEW_HTML = 0,        /* the HTML page (default)               */
  CLI_VIEW_DOT,             /* --dot                                 */
  CLI_VIEW_CSV_ENTITIES,    /* --csv entities                        */
  CLI_VIEW_CSV_RELATIONS    /* --csv relations                       */
} cli_view;

typedef struct cli_report_opts {
  cli_view view;            /* what to write                         */
  const char *outfile;      /* -O, or NULL for standard output       */
  const char *per_doc;      /* --per-document DIR, or NULL           */
  const char *title;        /* --title, or NULL                      */
} cli_report_opts;

/* Writes the view of model (borrowed) as o says: one view of the whole
 * graph to -O or standard output, or with per_doc one file per named
 * graph in that folder (DOC.html, .dot or .csv, from the graph IRI's
 * last segment) and, for HTML, an index.html linking them.  Files are
 * written atomically.  Returns 0, or -1 after reporting an error. */
int cli_report_run(pg_rdf *rdf, librdf_model *model,
                   const cli_report_opts *o);

#endif /* CLI_REPORT_H */
