/* cli_report.c - `policygraph report` (see cli_report.h).
 *
 * The graph (a store, --data files, or documents extracted into memory
 * by main.c) is read into a pg_view per page: the whole model for one
 * page, or each named graph for --per-document, one at a time, so memory
 * follows the largest document rather than the corpus.  Every file goes
 * through pg_outfile, so a failed run leaves no half page behind.
 */
#include "config.h"
#include "cli_report.h"
#include "pg_view.h"
#include "pg_outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *const view_ext[] = { "html", "dot", "csv", "csv" };

/* Writes view v to out as o says.  Returns 0 or -1 (not reported). */
static int write_view(const pg_view *v, FILE *out, const cli_report_opts *o,
                      const char *title)
{
  switch (o->view) {
  case CLI_VIEW_DOT: return pg_view_write_dot(v, out);
  case CLI_VIEW_CSV_ENTITIES: return pg_view_write_csv_entities(v, out);
  case CLI_VIEW_CSV_RELATIONS: return pg_view_write_csv_relations(v, out);
  default: return pg_view_write_html(v, out, title);
  }
}

/* Writes v to path (atomically), or to standard output when path is
 * NULL.  Returns 0 or -1 (reported). */
static int write_file(pg_rdf *rdf, const pg_view *v, const char *path,
                      const cli_report_opts *o, const char *title)
{
  pg_outfile *of = NULL;
  FILE *out = stdout;
  int rc = -1;

  if (path && !(of = pg_new_outfile(path, pg_rdf_log(rdf))))
    return -1;
  if (of)
    out = pg_outfile_stream(of);
  if (write_view(v, out, o, title) || fflush(out)) {
    pg_rdf_error(rdf, path ? path : "<stdout>", "cannot write: %s",
                 strerror(errno ? errno : EIO));
    goto done;
  }
  rc = of ? pg_outfile_commit(of) : 0;
done:
  pg_free_outfile(of);
  return rc;
}

/* The file name of graph IRI g in a folder: its last path segment with
 * anything but [A-Za-z0-9._-] and non-ASCII bytes as '_'.  A new string. */
static char *graph_file(const char *dir, const char *g, const char *ext)
{
  const char *seg = strrchr(g, '/');
  size_t n, i, len;
  char *p;

  seg = seg && seg[1] ? seg + 1 : g;
  n = strlen(seg);
  len = strlen(dir) + n + strlen(ext) + 3;
  if (!(p = malloc(len)))
    return NULL;
  i = (size_t)snprintf(p, len, "%s/", dir);
  for (; *seg; seg++)
    p[i++] = (*seg & 0x80) || strchr("._-", *seg) ||
             (*seg >= '0' && *seg <= '9') || (*seg >= 'A' && *seg <= 'Z') ||
             (*seg >= 'a' && *seg <= 'z') ? *seg : '_';
  snprintf(p + i, len - i, ".%s", ext);
  return p;
}

/* index.html of --per-document: a link per page written. */
static int write_index(pg_rdf *rdf, const cli_report_opts *o, char **graphs,
                       char **titles, size_t n)
{
  char path[4200];
  pg_outfile *of;
  FILE *out;
  size_t i;
  const char *base;
  int rc;

  snprintf(path, sizeof path, "%s/index.html", o->per_doc);
  if (!(of = pg_new_outfile(path, pg_rdf_log(rdf))))
    return -1;
  out = pg_outfile_stream(of);
  fputs("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">"
        "\n<title>policygraph report: documents</title>\n</head>\n<body>\n"
        "<h1>Documents</h1>\n<ul>\n", out);
  for (i = 0; i < n; i++) {
    char *f = graph_file(".", graphs[i], "html");
    const char *t = titles[i] ? titles[i] : graphs[i], *c;
    base = f ? f + 2 : "";
    /* graph_file's names hold nothing HTML or a URL path must escape */
    fprintf(out, "<li><a href=\"%s\">", base);
    for (c = t; *c; c++)
      switch (*c) {
      case '&': fputs("&amp;", out); break;
      case '<': fputs("&lt;", out); break;
      case '>': fputs("&gt;", out); break;
      default: fputc(*c, out);
      }
    fputs("</a></li>\n", out);
    free(f);
  }
  fputs("</ul>\n</body>\n</html>\n", out);
  rc = ferror(out) ? -1 : pg_outfile_commit(of);
  pg_free_outfile(of);
  return rc;
}

/* --per-document: one file per named graph.  Returns 0 or -1. */
static int per_document(pg_rdf *rdf, librdf_model *model,
                        const cli_report_opts *o)
{
  char **graphs = NULL, **titles = NULL, *path;
  size_t n = 0, i;
  pg_view *v;
  const char *t;
  int rc = -1;

  if (mkdir(o->per_doc, 0777) && errno != EEXIST) {
    pg_rdf_error(rdf, o->per_doc, "cannot make the folder: %s",
                 strerror(errno));
    return -1;
  }
  if (pg_view_graphs(rdf, model, &graphs, &n))
    return -1;
  if (!(titles = calloc(n + 1, sizeof *titles)))
    goto done;
  for (i = 0; i < n; i++) {
    if (!(v = pg_new_view(rdf, model, graphs[i])))
      goto done;
    t = pg_view_doc_title(v);
    titles[i] = t ? strdup(t) : NULL;
    path = graph_file(o->per_doc, graphs[i], view_ext[o->view]);
    rc = path ? write_file(rdf, v, path, o, o->title ? o->title : t) : -1;
    free(path);
    pg_free_view(v);
    if (rc)
      goto done;
    rc = -1;
  }
  rc = o->view == CLI_VIEW_HTML ? write_index(rdf, o, graphs, titles, n) : 0;
done:
  for (i = 0; i < n; i++) {
    free(graphs[i]);
    if (titles)
      free(titles[i]);
  }
  free(graphs);
  free(titles);
  return rc;
}

int cli_report_run(pg_rdf *rdf, librdf_model *model,
                   const cli_report_opts *o)
{
  pg_view *v;
  char title[256];
  const char *t = o->title;
  int rc;

  if (o->per_doc)
    return per_document(rdf, model, o);
  if (!(v = pg_new_view(rdf, model, NULL)))
    return -1;
  if (!t) {
    if (pg_view_doc_title(v))
      t = pg_view_doc_title(v);
    else {
      snprintf(title, sizeof title, "policygraph report: %zu documents",
               pg_view_documents(v));
      t = title;
    }
  }
  rc = write_file(rdf, v, o->outfile, o, t);
  pg_free_view(v);
  return rc;
}
