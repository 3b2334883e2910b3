/* main.c - the policygraph program: subcommands, options, exit codes.
 *
 * Everything that does work lives in libpolicygraph; this file parses the
 * command line (one getopt_long table per subcommand), wires the library's
 * parts together and is the only place that prints a diagnostic: every
 * message from the extractor, librdf, raptor and rasqal arrives through
 * one pg_log handler and leaves as
 *   policygraph: Error - FILE:LINE:COL - text
 * Exit status: PG_EXIT_OK, PG_EXIT_FAILURE (bad input, a store or query
 * error), PG_EXIT_USAGE (the command line itself is wrong).
 *
 * extract runs documents one at a time: read, extract, emit the graph to
 * the sink (a serializer or in-memory model) and to the store (one
 * transaction per document), free.  A document that fails is reported and
 * the run goes on with the next, so a store keeps every good document and
 * every bad one is named in one run; but the output is all or nothing:
 * the -O file is renamed into place only when every document succeeded,
 * and on standard output the formats that are written at the end (all
 * but N-Triples and N-Quads, which stream) are not written at all.
 * With --store and neither -o nor -O, nothing goes to standard output.
 */
#include "config.h"
#include "pg_extract.h"
#include "pg_input.h"
#include "pg_graph.h"
#include "pg_rdf.h"
#include "pg_sink.h"
#include "pg_store.h"
#include "pg_outfile.h"
#include "policygraph.h"
#include "cli_query.h"

#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef enum pg_exit {
  PG_EXIT_OK = 0,       /* success                                  */
  PG_EXIT_FAILURE = 1,  /* bad input, store or query failure         */
  PG_EXIT_USAGE = 2     /* wrong command line                        */
} pg_exit;

static const char usage_text[] =
  "Usage: policygraph extract [-o FORMAT] [-O OUTFILE] [--store SPEC] [--base IRI]\n"
  "                           [--provenance full|entities|none] [--doc-date DATE]\n"
  "                           [--input-format auto|text|html|xml] [--encoding ENC]\n"
  "                           [--lenient] [-q] FILE...   ('-' = stdin)\n"
  "       policygraph query (--store SPEC | --data RDFFILE...) [-r table|csv|tsv|json|xml]\n"
  "                         (QUERY | -f FILE.rq)\n"
  "       policygraph load --store SPEC RDFFILE...\n"
  "       policygraph remove --store SPEC [--base IRI] DOC...\n"
  "       policygraph stats --store SPEC\n"
  "       policygraph formats\n"
  "       policygraph --help | --version\n"
  "\n"
  "Turns Chinese policy text into an RDF knowledge graph.\n"
  "\n"
  "extract options:\n"
  "  -o, --format FORMAT     output syntax, a raptor serializer name (default turtle;\n"
  "                          see `policygraph formats`)\n"
  "  -O, --output OUTFILE    write to OUTFILE atomically (default: standard output)\n"
  "  -s, --store SPEC        also write each document, as its own named graph, into a\n"
  "                          store (then only -o/-O write to a file or standard output)\n"
  "  -b, --base IRI          base of the IRIs minted (default " PG_DEFAULT_BASE ")\n"
  "  --provenance LEVEL      full (mentions and evidence), entities (mentions), none\n"
  "  --doc-date DATE         the document's date, YYYY[-MM[-DD]]\n"
  "  --input-format FMT      auto (default), text, html or xml\n"
  "  --encoding ENC          input encoding (default: detect UTF-8, UTF-16, GB18030, BIG5)\n"
  "  --lenient               replace undecodable bytes (with a warning) instead of failing\n"
  "  -q, --quiet             no warnings\n"
  "\n"
  "query options:\n"
  "  -s, --store SPEC        query a store\n"
  "  -d, --data RDFFILE...   query RDF files (syntax from the name or content)\n"
  "  -r, --results FORMAT    table (default on a terminal, else tsv), csv, tsv, json, xml\n"
  "  -f, --file FILE.rq      read the query from a file\n"
  "\n"
  "SPEC: sqlite:PATH (a bare PATH means sqlite), memory, or NAME:OPTIONS for any\n"
  "librdf storage, e.g. postgresql:host=127.0.0.1,port=5432,database=kg,user=me\n"
  "\n"
  "DOC (remove): a document IRI, or the input file name or id it was extracted from.\n"
  "\n"
  "Exit status: 0 success, 1 failure, 2 usage error.\n";

/* The -O temporary file, for on_signal: the program's one global,
 * because a signal handler receives nothing else.  Set while the file
 * exists, cleared before it is renamed or removed. */
static const char *volatile temp_path;

/* SIGINT, SIGTERM, SIGHUP, SIGPIPE: remove the half-written -O file, then
 * die of the signal as if unhandled.  unlink and raise are async-signal
 * safe. */
static void on_signal(int sig)
{
  const char *p = temp_path;

  if (p)
    unlink(p);
  signal(sig, SIG_DFL);
  raise(sig);
}

/* The program's state: how messages print and how many went out. */
typedef struct cli {
  pg_log log;     /* handler = print_message, user = this         */
  int quiet;      /* -q: no warnings                               */
} cli;

/* The one place diagnostics are printed. */
static void print_message(void *user, pg_log_level level,
                          const pg_locator *loc, const char *text)
{
  cli *c = user;
  char where[1200];
  const char *what;
  size_t n = strlen(text);

  if (level < PG_LOG_WARN || (level == PG_LOG_WARN && c->quiet))
    return;
  what = level == PG_LOG_ERROR ? "Error" : "Warning";
  while (n && (text[n - 1] == '\n' || text[n - 1] == ' '))
    n--;
  pg_locator_format(loc, where, sizeof where);
  if (*where)
    fprintf(stderr, "policygraph: %s - %s - %.*s\n", what, where, (int)n,
            text);
  else
    fprintf(stderr, "policygraph: %s - %.*s\n", what, (int)n, text);
}

/* A usage error: one line saying what, one line hinting where to look. */
static int usage_error(const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 1, 2)))
#endif
  ;
static int usage_error(const char *fmt, ...)
{
  va_list ap;

  fprintf(stderr, "policygraph: Error - ");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry 'policygraph --help' for more information.\n");
  return PG_EXIT_USAGE;
}

/* ------------------------------------------------------------ formats */

/* Prints raptor's serializers, one "name<TAB>label" per line, to out. */
static void list_formats(pg_rdf *rdf, FILE *out, const char *indent)
{
  const char *name, *label;
  unsigned i;

  for (i = 0; !pg_rdf_format_at(rdf, i, &name, &label); i++)
    fprintf(out, "%s%s\t%s\n", indent, name, label);
}

static int cmd_formats(cli *c, int argc, char **argv)
{
  pg_rdf *rdf;

  if (argc > 1)
    return usage_error("formats takes no arguments, got '%s'", argv[1]);
  if (!(rdf = pg_new_rdf(&c->log)))
    return PG_EXIT_FAILURE;
  list_formats(rdf, stdout, "");
  pg_free_rdf(rdf);
  return fflush(stdout) ? PG_EXIT_FAILURE : PG_EXIT_OK;
}

/* ------------------------------------------------------------ extract */

typedef struct extract_args {
  const char *format;      /* -o, or NULL                              */
  const char *outfile;     /* -O, or NULL                              */
  const char *store;       /* --store, or NULL                         */
  pg_graph_opts gopts;     /* --base, --provenance                     */
  pg_extract_opts xopts;   /* --doc-date, --input-format, ...          */
  char **files;            /* FILE... (borrowed from argv)             */
  int n_files;
} extract_args;

/* Where the statements of a run go: a sink, a store, or both. */
typedef struct dest {
  pg_sink *sink;    /* borrowed, or NULL */
  pg_store *store;  /* borrowed, or NULL */
} dest;

static int to_dest(void *user, librdf_statement *st, librdf_node *graph)
{
  dest *d = user;

  if (d->sink && pg_sink_statement(d->sink, st, graph))
    return -1;
  if (d->store && pg_store_statement(d->store, st, graph))
    return -1;
  return 0;
}

/* A document of the run: its id and where it came from. */
typedef struct doc_seen {
  char *id;       /* owned document id, or NULL when it failed early */
  size_t index;   /* its position in the run                         */
} doc_seen;

static int cmp_seen(const void *a, const void *b)
{
  const doc_seen *x = a, *y = b;
  int c = strcmp(x->id ? x->id : "", y->id ? y->id : "");

  return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* Warns about inputs that share a document id, so share a named graph
 * (a/x.txt and b/x.txt): in a store the later replaces the earlier.
 * Sorting keeps it n log n over a corpus.  Frees the ids. */
static void warn_same_ids(cli *c, doc_seen *seen, size_t n,
                          const pg_input_list *list)
{
  pg_locator loc = { NULL, 0, 0, -1 };
  size_t i;

  qsort(seen, n, sizeof *seen, cmp_seen);
  for (i = 1; i < n; i++)
    if (seen[i].id && seen[i - 1].id && !strcmp(seen[i].id, seen[i - 1].id)) {
      loc.file = list->path[seen[i].index];
      pg_log_msg(&c->log, PG_LOG_WARN, &loc, "same document id '%s' as %s: "
                 "one named graph holds both, and in a store this one "
                 "replaced it (name the files apart)", seen[i].id,
                 list->path[seen[i - 1].index]);
    }
  for (i = 0; i < n; i++)
    free(seen[i].id);
}

/* Extracts one file into d.  Returns 0 or -1 (reported). */
static int extract_one(cli *c, pg_rdf *rdf, pg_extractor *x,
                       const extract_args *ea, const char *path, dest *d,
                       char **id /* OUT: the document id, a new string */)
{
  unsigned char *bytes = NULL;
  size_t len = 0;
  pg_annot *a = NULL;
  char *iri = NULL;
  int rc = -1;

  if (pg_input_read(path, &bytes, &len, &c->log))
    goto done;
  if (!len) {
    pg_rdf_error(rdf, path, "empty document: there is no text to extract");
    goto done;
  }
  if (!(a = pg_extractor_run(x, path, bytes, len, &ea->xopts)))
    goto done;
  *id = strdup(a->doc.id);
  if (d->store) {
    if (!(iri = pg_graph_doc_iri(&ea->gopts, a->doc.id)))
      goto done;
    if (pg_store_begin(d->store, iri))
      goto done;
  }
  rc = pg_graph_emit(pg_rdf_world(rdf), a, &ea->gopts, to_dest, d) ? -1 : 0;
  if (d->store)
    rc = rc ? (pg_store_rollback(d->store), -1) : pg_store_commit(d->store);
  if (rc)
    pg_rdf_error(rdf, path, "the graph of this document was not written");
done:
  free(iri);
  pg_free_annot(a);
  free(bytes);
  return rc;
}

/* Runs every input; returns the number that failed (or -1 at setup). */
static int extract_all(cli *c, pg_rdf *rdf, const extract_args *ea, dest *d)
{
  pg_input_list list = { NULL, 0, 0 };
  pg_extractor *x = NULL;
  doc_seen *seen = NULL;
  int failed = 0;
  size_t i;

  if (pg_input_expand(&list, ea->files, (size_t)ea->n_files, &c->log))
    failed++;
  if (!list.n && !failed) {
    pg_log_msg(&c->log, PG_LOG_ERROR, NULL, "no input documents found");
    failed++;
  }
  if (list.n && !(x = pg_new_extractor(NULL, &c->log))) {
    pg_input_list_clear(&list);
    return -1;
  }
  if (list.n && !(seen = calloc(list.n, sizeof *seen))) {
    pg_log_msg(&c->log, PG_LOG_ERROR, NULL, "out of memory");
    failed++;
  }
  for (i = 0; seen && i < list.n; i++) {
    seen[i].index = i;
    if (extract_one(c, rdf, x, ea, list.path[i], d, &seen[i].id))
      failed++;
  }
  if (seen)
    warn_same_ids(c, seen, list.n, &list);
  free(seen);
  pg_free_extractor(x);
  pg_input_list_clear(&list);
  return failed;
}

static int run_extract(cli *c, pg_rdf *rdf, const extract_args *ea)
{
  pg_outfile *of = NULL;
  pg_store *store = NULL;
  dest d = { NULL, NULL };
  int failed, to_file = ea->outfile || ea->format || !ea->store;
  int rc = PG_EXIT_FAILURE;

  if (ea->store && !(store = d.store = pg_new_store(rdf, ea->store)))
    goto done;
  if (ea->outfile) {
    if (!(of = pg_new_outfile(ea->outfile, &c->log)))
      goto done;
    temp_path = pg_outfile_temp_path(of);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_signal);
    signal(SIGPIPE, on_signal);
  }
  if (to_file && !(d.sink = pg_new_sink(rdf, ea->format ? ea->format
                                                        : "turtle",
                                        &ea->gopts,
                                        of ? pg_outfile_stream(of)
                                           : stdout)))
    goto done;
  failed = extract_all(c, rdf, ea, &d);
  if (failed)
    goto done; /* the -O file (never renamed) is removed below */
  if (d.sink && pg_sink_finish(d.sink))
    goto done;
  temp_path = NULL; /* from here the temporary is renamed or removed */
  if (of && pg_outfile_commit(of))
    goto done;
  rc = PG_EXIT_OK;
done:
  if (rc && d.sink && !of && pg_sink_streams(d.sink))
    pg_sink_finish(d.sink); /* ends the lines already streamed out */
  temp_path = NULL;
  pg_free_sink(d.sink);
  pg_free_outfile(of);
  pg_free_store(store);
  return rc;
}

/* Parses one extract option into ea; returns 0 or a usage exit code. */
static int extract_opt(extract_args *ea, int ch, const char *arg, cli *c)
{
  switch (ch) {
  case 'o': ea->format = arg; break;
  case 'O': ea->outfile = arg; break;
  case 's': ea->store = arg; break;
  case 'b': ea->gopts.base = arg; break;
  case 'q': c->quiet = 1; break;
  case 'P':
    if (!strcmp(arg, "full")) ea->gopts.provenance = PG_PROV_FULL;
    else if (!strcmp(arg, "entities")) ea->gopts.provenance = PG_PROV_ENTITIES;
    else if (!strcmp(arg, "none")) ea->gopts.provenance = PG_PROV_NONE;
    else return usage_error("--provenance must be full, entities or none, "
                            "not '%s'", arg);
    break;
  case 'D': ea->xopts.doc_date = arg; break;
  case 'I':
    if (strcmp(arg, "auto") && strcmp(arg, "text") && strcmp(arg, "html") &&
        strcmp(arg, "xml"))
      return usage_error("--input-format must be auto, text, html or xml, "
                         "not '%s'", arg);
    ea->xopts.decode.input_format = arg;
    break;
  case 'E': ea->xopts.decode.encoding = arg; break;
  case 'L': ea->xopts.decode.lenient = 1; break;
  default: return usage_error("%s", "bad extract option");
  }
  return 0;
}

static int cmd_extract(cli *c, int argc, char **argv)
{
  static const struct option opts[] = {
    { "format", required_argument, NULL, 'o' },
    { "output", required_argument, NULL, 'O' },
    { "store", required_argument, NULL, 's' },
    { "base", required_argument, NULL, 'b' },
    { "provenance", required_argument, NULL, 'P' },
    { "doc-date", required_argument, NULL, 'D' },
    { "input-format", required_argument, NULL, 'I' },
    { "encoding", required_argument, NULL, 'E' },
    { "lenient", no_argument, NULL, 'L' },
    { "quiet", no_argument, NULL, 'q' },
    { NULL, 0, NULL, 0 }
  };
  extract_args ea;
  pg_rdf *rdf;
  int ch, rc;

  memset(&ea, 0, sizeof ea);
  while ((ch = getopt_long(argc, argv, ":o:O:s:b:q", opts, NULL)) != -1) {
    if (ch == '?')
      return usage_error("unknown extract option '%s'", argv[optind - 1]);
    if (ch == ':')
      return usage_error("option '%s' needs a value", argv[optind - 1]);
    if ((rc = extract_opt(&ea, ch, optarg, c)))
      return rc;
  }
  ea.files = argv + optind;
  ea.n_files = argc - optind;
  if (!ea.n_files)
    return usage_error("%s", "extract needs at least one FILE ('-' = stdin)");
  if (!(rdf = pg_new_rdf(&c->log)))
    return PG_EXIT_FAILURE;
  if (ea.format && !pg_rdf_is_format(rdf, ea.format)) {
    fprintf(stderr, "policygraph: Error - unknown output format '%s'; "
            "the formats are:\n", ea.format);
    list_formats(rdf, stderr, "  ");
    pg_free_rdf(rdf);
    return PG_EXIT_USAGE;
  }
  rc = run_extract(c, rdf, &ea);
  pg_free_rdf(rdf);
  return rc;
}

/* ------------------------------------------------------------ stores */

/* Parses "--store SPEC [--base IRI]" plus operands for load, remove and
 * stats.  Returns 0 or a usage exit code. */
static int store_args(int argc, char **argv, const char *cmd, int min_ops,
                      const char **spec, const char **base, int *first)
{
  static const struct option opts[] = {
    { "store", required_argument, NULL, 's' },
    { "base", required_argument, NULL, 'b' },
    { NULL, 0, NULL, 0 }
  };
  int ch;

  *spec = *base = NULL;
  while ((ch = getopt_long(argc, argv, ":s:b:", opts, NULL)) != -1) {
    if (ch == 's')
      *spec = optarg;
    else if (ch == 'b' && base)
      *base = optarg;
    else if (ch == ':')
      return usage_error("option '%s' needs a value", argv[optind - 1]);
    else
      return usage_error("unknown option '%s'", argv[optind - 1]);
  }
  if (!*spec)
    return usage_error("%s needs --store SPEC", cmd);
  if (argc - optind < min_ops)
    return usage_error("%s needs more arguments", cmd);
  if (!min_ops && argc > optind)
    return usage_error("unexpected argument '%s'", argv[optind]);
  *first = optind;
  return 0;
}

static int cmd_load(cli *c, int argc, char **argv)
{
  const char *spec, *base;
  pg_rdf *rdf = NULL;
  pg_store *s = NULL;
  int first, i, rc = store_args(argc, argv, "load", 1, &spec, &base, &first);

  if (rc)
    return rc;
  rc = PG_EXIT_FAILURE;
  if (!(rdf = pg_new_rdf(&c->log)) || !(s = pg_new_store(rdf, spec)))
    goto done;
  rc = PG_EXIT_OK;
  for (i = first; i < argc; i++)
    if (pg_store_load(s, argv[i], NULL))
      rc = PG_EXIT_FAILURE;
done:
  pg_free_store(s);
  pg_free_rdf(rdf);
  return rc;
}

/* The graph IRI for a DOC operand of remove: an IRI as given, else the
 * document IRI of the id derived from the name.  Returns a new string. */
static char *doc_graph(const char *doc, const char *base)
{
  pg_graph_opts g = { base, PG_PROV_FULL };
  char *id, *iri;

  if (strstr(doc, "://") || !strncmp(doc, "urn:", 4))
    return strdup(doc);
  if (!(id = pg_doc_id_from_name(doc, NULL, 0)))
    return NULL;
  iri = pg_graph_doc_iri(&g, id);
  free(id);
  return iri;
}

static int cmd_remove(cli *c, int argc, char **argv)
{
  const char *spec, *base;
  pg_rdf *rdf = NULL;
  pg_store *s = NULL;
  char *iri;
  long n;
  int first, i, rc = store_args(argc, argv, "remove", 1, &spec, &base,
                                &first);
  if (rc)
    return rc;
  rc = PG_EXIT_FAILURE;
  if (!(rdf = pg_new_rdf(&c->log)) || !(s = pg_new_store(rdf, spec)))
    goto done;
  rc = PG_EXIT_OK;
  for (i = first; i < argc; i++) {
    if (!(iri = doc_graph(argv[i], base)) || pg_store_remove(s, iri, &n))
      rc = PG_EXIT_FAILURE;
    else if (!n) {
      pg_rdf_error(rdf, NULL, "%s: no document <%s> in store %s", argv[i],
                   iri, spec);
      rc = PG_EXIT_FAILURE;
    }
    free(iri);
  }
done:
  pg_free_store(s);
  pg_free_rdf(rdf);
  return rc;
}

static int cmd_stats(cli *c, int argc, char **argv)
{
  const char *spec, *base;
  pg_rdf *rdf = NULL;
  pg_store *s = NULL;
  int first, rc = store_args(argc, argv, "stats", 0, &spec, &base, &first);

  if (rc)
    return rc;
  rc = PG_EXIT_FAILURE;
  if ((rdf = pg_new_rdf(&c->log)) && (s = pg_new_store(rdf, spec)) &&
      !pg_store_stats(s, stdout))
    rc = PG_EXIT_OK;
  pg_free_store(s);
  pg_free_rdf(rdf);
  return rc;
}

/* ------------------------------------------------------------ query */

typedef struct query_args {
  const char *store;        /* --store, or NULL                      */
  char **data;              /* --data files (owned array)            */
  int n_data;
  const char *results;      /* -r                                    */
  const char *qfile;        /* -f                                    */
  const char *query;        /* QUERY operand                         */
} query_args;

/* Parses the query command line.  Returns 0 or a usage exit code. */
static int query_parse(query_args *qa, int argc, char **argv)
{
  static const struct option opts[] = {
    { "store", required_argument, NULL, 's' },
    { "data", required_argument, NULL, 'd' },
    { "results", required_argument, NULL, 'r' },
    { "file", required_argument, NULL, 'f' },
    { NULL, 0, NULL, 0 }
  };
  int ch, i, ops;

  while ((ch = getopt_long(argc, argv, ":s:d:r:f:", opts, NULL)) != -1) {
    switch (ch) {
    case 's': qa->store = optarg; break;
    case 'd': qa->data[qa->n_data++] = optarg; break;
    case 'r': qa->results = optarg; break;
    case 'f': qa->qfile = optarg; break;
    case ':': return usage_error("option '%s' needs a value",
                                 argv[optind - 1]);
    default: return usage_error("unknown query option '%s'",
                                argv[optind - 1]);
    }
  }
  ops = argc - optind;
  /* "--data A B QUERY": operands before the query are more data files. */
  if (!qa->qfile && ops < 1)
    return usage_error("%s", "query needs a QUERY or -f FILE.rq");
  if (!qa->qfile)
    qa->query = argv[argc - 1], ops--;
  if (ops && !qa->n_data)
    return usage_error("unexpected argument '%s'", argv[optind]);
  for (i = 0; i < ops; i++)
    qa->data[qa->n_data++] = argv[optind + i];
  if (!qa->store == !qa->n_data)
    return usage_error("%s", "query needs either --store SPEC or --data "
                       "RDFFILE...");
  if (!qa->results)
    qa->results = isatty(STDOUT_FILENO) ? "table" : "tsv";
  if (!cli_is_results_format(qa->results))
    return usage_error("-r must be table, csv, tsv, json or xml, not '%s'",
                       qa->results);
  return 0;
}

/* Opens the store or loads the --data files into memory. */
static pg_store *query_store(pg_rdf *rdf, const query_args *qa)
{
  pg_store *s = pg_new_store(rdf, qa->store ? qa->store : "memory");
  int i;

  for (i = 0; s && !qa->store && i < qa->n_data; i++)
    if (pg_store_load(s, qa->data[i], NULL)) {
      pg_free_store(s);
      return NULL;
    }
  return s;
}

static int cmd_query(cli *c, int argc, char **argv)
{
  query_args qa;
  pg_rdf *rdf = NULL;
  pg_store *s = NULL;
  char *text = NULL;
  int rc;

  memset(&qa, 0, sizeof qa);
  if (!(qa.data = calloc((size_t)argc + 1, sizeof *qa.data)))
    return PG_EXIT_FAILURE;
  if ((rc = query_parse(&qa, argc, argv)))
    goto done;
  rc = PG_EXIT_FAILURE;
  if (qa.qfile && !(text = cli_read_query(qa.qfile, &c->log)))
    goto done;
  if (!(rdf = pg_new_rdf(&c->log)) || !(s = query_store(rdf, &qa)))
    goto done;
  if (!cli_run_query(rdf, pg_store_model(s), text ? text : qa.query,
                     qa.qfile ? qa.qfile : NULL, qa.results, stdout))
    rc = PG_EXIT_OK;
done:
  free(text);
  pg_free_store(s);
  pg_free_rdf(rdf);
  free(qa.data);
  return rc;
}

/* ------------------------------------------------------------ main */

int main(int argc, char **argv)
{
  static const struct { const char *name;
                        int (*fn)(cli *, int, char **); } cmds[] = {
    { "extract", cmd_extract }, { "query", cmd_query },
    { "load", cmd_load },       { "remove", cmd_remove },
    { "stats", cmd_stats },     { "formats", cmd_formats },
  };
  cli c;
  size_t i;

  memset(&c, 0, sizeof c);
  c.log.fn = print_message;
  c.log.user = &c;
  if (argc < 2)
    return usage_error("%s", "a subcommand is needed");
  for (i = 1; i < (size_t)argc && strcmp(argv[i], "--"); i++)
    if (!strcmp(argv[i], "--help") || !strcmp(argv[1], "-h")) {
      fputs(usage_text, stdout);
      return fflush(stdout) ? PG_EXIT_FAILURE : PG_EXIT_OK;
    }
  if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
    printf("policygraph %s\n", policygraph_version());
    return PG_EXIT_OK;
  }
  for (i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
    if (!strcmp(argv[1], cmds[i].name)) {
      optind = 1;
      return cmds[i].fn(&c, argc - 1, argv + 1);
    }
  return usage_error("unknown subcommand '%s'", argv[1]);
}
