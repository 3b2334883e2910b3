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
 *
 * extract -j N hands the documents to N worker processes (cli_jobs.c)
 * forked after the lexicon is loaded.  A worker serializes a document
 * into memory -- in the output format when that streams and there is no
 * store, else as N-Quads the parent parses into its sink and store -- and
 * the parent takes the documents in input order, messages included, so a
 * run's bytes on stdout and stderr do not depend on N.  The inputs are
 * walked lazily (policygraph_inputs) and the only per-document state is the
 * same-id filter (cli_seen.c), so memory stays flat over a corpus.
 */
#include "config.h"
#include "pg_graph.h"
#include "pg_rdf.h"
#include "pg_sink.h"
#include "pg_store.h"
#include "pg_outfile.h"
#include "policygraph.h"
#include "cli_query.h"
#include "pg_query.h"
#include "cli_jobs.h"
#include "cli_progress.h"
#include "cli_seen.h"
#include "cli_report.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
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
  "                           [--body-xpath XPATH] [--title-xpath XPATH]\n"
  "                           [--lenient] [--model[=MARGIN]] [--lac[=MARGIN]] [-j N] [--progress | --no-progress]\n"
  "                           [--stdin-name NAME] [-q] FILE...   ('-' = stdin)\n"
  "       policygraph query (--store SPEC | --data RDFFILE...) [-r table|csv|tsv|json|xml]\n"
  "                         [--bind NAME=VALUE]... [--engine rasqal|oxigraph]\n"
  "                         (QUERY | -f FILE.rq)\n"
  "       policygraph load --store SPEC RDFFILE...\n"
  "       policygraph remove --store SPEC [--base IRI] DOC...\n"
  "       policygraph stats --store SPEC\n"
  "       policygraph report [--store SPEC | --data RDFFILE...] [FILE...] [-O OUTFILE]\n"
  "                          [--dot | --csv entities|relations] [--per-document DIR]\n"
  "                          [--title TEXT] [-q]\n"
  "       policygraph formats\n"
  "       policygraph help [COMMAND] | COMMAND --help | --help | --version\n"
  "\n"
  "Turns Chinese policy text into an RDF knowledge graph.\n"
  "\n"
  "extract options:\n"
  "  -o, --format FORMAT     output syntax (default turtle): a raptor serializer,\n"
  "                          trig or jsonld (see `policygraph formats`)\n"
  "  -O, --output OUTFILE    write to OUTFILE atomically (default: standard output)\n"
  "  -s, --store SPEC        also write each document, as its own named graph, into a\n"
  "                          store (then only -o/-O write to a file or standard output)\n"
  "  -b, --base IRI          base of the IRIs minted (default " PG_DEFAULT_BASE ")\n"
  "  --provenance LEVEL      full (mentions and evidence), entities (mentions), none\n"
  "  --doc-date DATE         the document's date, YYYY[-MM[-DD]]\n"
  "  --input-format FMT      auto (default), text, html or xml\n"
  "  --encoding ENC          input encoding (default: detect UTF-8, UTF-16, GB18030, BIG5)\n"
  "  --body-xpath XPATH      XML/HTML: the element holding the article body\n"
  "  --title-xpath XPATH     XML/HTML: the element holding the title\n"
  "  --lenient               replace undecodable bytes (with a warning) instead of failing\n"
  "  --model[=MARGIN]        also add the names the statistical tagger finds and the\n"
  "                          rules missed (pg:rule \"model.perceptron\", pg:confidence:\n"
  "                          the margin); MARGIN: least margin kept (default 0)\n"
  "  --lac[=MARGIN]          also add the names Baidu LAC's small model finds and the\n"
  "                          rules missed (pg:rule \"model.lac\", pg:confidence: the CRF\n"
  "                          margin; MARGIN: least kept, default 0).  The model is read\n"
  "                          from $POLICYGRAPH_LAC_DIR or python3-jieba's lac_small;\n"
  "                          it is slow (about 50 KB of text a second per core)\n"
  "  -j, --jobs N            N worker processes (0: one per CPU; default 1); the\n"
  "                          output is the same, byte for byte, as with one\n"
  "  --progress              show documents done / total, MB/s and time left on\n"
  "                          stderr (default: on a terminal, for more than one\n"
  "                          document, unless -q); --no-progress: never\n"
  "  --stdin-name NAME       name standard input's document NAME (its id, source\n"
  "                          and messages), as if read from the file NAME\n"
  "  -q, --quiet             no warnings\n"
  "\n"
  "query options:\n"
  "  -s, --store SPEC        query a store\n"
  "  -d, --data RDFFILE...   query RDF files (syntax from the name or content)\n"
  "  -r, --results FORMAT    table (default on a terminal, else tsv), csv, tsv, json, xml\n"
  "  -f, --file FILE.rq      read the query from a file\n"
  "  --bind NAME=VALUE       give ?NAME the value \"VALUE\"@zh (@en if all ASCII),\n"
  "                          e.g. --bind organization=国家信息中心\n"
  "  --engine ENGINE         rasqal (default, in process) or oxigraph (node and\n"
  "                          the npm package oxigraph; see PG_OXIGRAPH_DIR)\n"
  "\n"
  "report options:\n"
  "  -s, --store SPEC        the graph of a store\n"
  "  -d, --data RDFFILE      the graph of RDF files (repeat; syntax from the name)\n"
  "  FILE...                 documents extracted for the report (as extract does)\n"
  "  -O, --output OUTFILE    write to OUTFILE atomically (default: standard output)\n"
  "  (default)               one self-contained HTML page: entities by type, each\n"
  "                          fact with its evidence sentence, the mention marked\n"
  "  --dot                   the entities and their relations as Graphviz DOT (no\n"
  "                          literals, no provenance): dot -Tsvg makes an SVG\n"
  "  --csv entities          CSV (RFC 4180): id,type,label,aliases,label_en\n"
  "  --csv relations         CSV: subject,relation,object,evidence,... per evidence\n"
  "  --per-document DIR      one file per document (named graph) in DIR, and for\n"
  "                          HTML an index.html\n"
  "  --title TEXT            the page's title\n"
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

/* Blocks the signals on_signal handles; *old gets the mask to restore. */
static void block_exit_signals(sigset_t *old)
{
  sigset_t sigs;

  sigemptyset(&sigs);
  sigaddset(&sigs, SIGINT);
  sigaddset(&sigs, SIGTERM);
  sigaddset(&sigs, SIGHUP);
  sigaddset(&sigs, SIGPIPE);
  sigprocmask(SIG_BLOCK, &sigs, old);
}

/* The program's state: how messages print and how many went out. */
typedef struct cli {
  pg_log log;              /* handler = print_message, user = this   */
  int quiet;               /* -q: no warnings                         */
  cli_progress *progress;  /* extract's progress line, or NULL        */
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
  cli_progress_clear(c->progress);
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
  policygraph_doc_options xopts; /* --doc-date, --input-format, ... */
  char **files;            /* FILE... (borrowed from argv)             */
  int n_files;
  const char *stdin_name;  /* --stdin-name: standard input's name, or NULL */
  int jobs;                /* -j: worker processes; 1 = none, in process */
  int progress;            /* --progress 1, --no-progress 0, else -1   */
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

/* One extract run: what every document passes through, in the parent
 * and (the fields marked "worker") in each -j worker. */
typedef struct run {
  cli *c;                   /* the program: log, -q, progress line       */
  pg_rdf *rdf;              /* the parent's Redland context              */
  const extract_args *ea;   /* the command line                          */
  dest *d;                  /* where statements go                       */
  FILE *out;                /* the sink's stream: raw -j frames go here  */
  int raw;                  /* -j: frames hold the output format as is   */
  policygraph_extractor *x; /* loaded once, before the workers fork      */
  policygraph_inputs *it;   /* the walk over the inputs                  */
  pg_log walk_log;          /* -j: the walk's messages into walk_pre     */
  cli_buf *walk_pre;        /* -j: borrowed from cli_jobs, per document  */
  cli_seen *seen;           /* document ids, for the same-id warning     */
  size_t n;                 /* documents run                             */
  int failed;               /* documents that failed, and walk errors    */
  raptor_parser *parser;    /* -j, not raw: reads the frames' N-Quads    */
  raptor_uri *parse_base;   /* its base URI (N-Quads needs none to speak of) */
  dest *parse_to;           /* where the parser's statements go now      */
  int parse_err;            /* a statement could not be written          */
  pg_log_fn print;          /* worker: the program's message printer     */
  pg_rdf *wrdf;             /* worker: its own Redland context           */
  FILE *mem;                /* worker: memory stream of one document     */
  char *mbuf;               /* worker: mem's buffer                      */
  size_t mlen;              /* worker: bytes in it                       */
  cli_result *cur;          /* worker: the document running now          */
} run;

/* The name of the document read from path: --stdin-name for "-". */
static const char *doc_name(const extract_args *ea, const char *path)
{
  return !strcmp(path, "-") && ea->stdin_name ? ea->stdin_name : path;
}

/* Extracts one file into d, reporting through r's log and rdf.
 * Returns 0 or -1 (reported). */
static int extract_one(run *r, pg_rdf *rdf, const char *path, dest *d,
                       char **id /* OUT: the document id, a new string */,
                       unsigned long long *nread /* OUT: bytes read */)
{
  const extract_args *ea = r->ea;
  const char *name = doc_name(ea, path);
  unsigned char *bytes = NULL;
  size_t len = 0;
  pg_annot *a = NULL;
  char *iri = NULL;
  int rc = -1;

  if (policygraph_read(path, &bytes, &len, &r->c->log))
    goto done;
  *nread = len;
  if (!len) {
    pg_rdf_error(rdf, name, "empty document: there is no text to extract");
    goto done;
  }
  if (!(a = policygraph_extractor_run(r->x, name, bytes, len, &ea->xopts)))
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
    pg_rdf_error(rdf, name, "the graph of this document was not written");
done:
  free(iri);
  policygraph_annot_free(a);
  free(bytes);
  return rc;
}

/* Counts a finished document: its status, id (NULL when it failed
 * before it had one) and progress. */
static void doc_done(run *r, const char *path, unsigned long long size,
                     unsigned long long nread, const char *id, int status)
{
  if (status)
    r->failed++;
  if (cli_seen_add(r->seen, r->n++, path, id)) {
    pg_log_msg(&r->c->log, PG_LOG_ERROR, NULL, "out of memory");
    r->failed++;
  }
  if (r->c->progress)
    cli_progress_add(r->c->progress, size ? size : nread);
}

/* -j 1: every document in this process, one after the other.
 * Returns 0, or -1 when the walk ran out of memory (reported). */
static int run_serial(run *r)
{
  unsigned long long size, nread;
  const char *path;
  char *id;
  int k, st;

  while ((k = policygraph_inputs_next(r->it, &path, &size)) > 0) {
    id = NULL;
    nread = 0;
    st = extract_one(r, r->rdf, path, r->d, &id, &nread);
    doc_done(r, path, size, nread, id, st);
    free(id);
  }
  return k;
}

/* ---------------------------------------- extract -j N: the workers */

/* Worker: a message of the running document is recorded in its frame;
 * any other is printed here. */
static void wk_log(void *user, pg_log_level level, const pg_locator *loc,
                   const char *text)
{
  run *r = user;

  if (r->cur && !cli_msgs_record(&r->cur->msgs, level, loc, text))
    return;
  r->print(r->c, level, loc, text);
}

/* Worker, after the fork: its own Redland world and a memory stream
 * for the statements of one document.  The extractor r->x is the
 * parent's, shared copy-on-write. */
static int wk_start(void *user)
{
  run *r = user;

  r->print = r->c->log.fn;
  r->c->log.fn = wk_log;
  r->c->log.user = r;
  r->c->progress = NULL; /* the parent draws it */
  if (!(r->wrdf = pg_new_rdf(&r->c->log)))
    return -1;
  if (!(r->mem = open_memstream(&r->mbuf, &r->mlen))) {
    pg_log_msg(&r->c->log, PG_LOG_ERROR, NULL, "open_memstream: %s",
               strerror(errno));
    return -1;
  }
  return 0;
}

/* Worker: one document into res, serialized by a sink of its own (in the
 * output format for raw frames, else N-Quads for the parent to read):
 * finishing the sink is what flushes its buffer, and N-Triples and
 * N-Quads have no header or footer, so one sink per document writes the
 * very bytes one sink over the run would. */
static void wk_work(void *user, const char *path, cli_result *res)
{
  run *r = user;
  const char *fmt = r->raw ? (r->ea->format ? r->ea->format : "turtle")
                           : "nquads";
  dest d = { NULL, NULL };

  r->cur = res;
  rewind(r->mem);
  if (!(d.sink = pg_new_sink(r->wrdf, fmt, &r->ea->gopts, r->mem))) {
    res->status = -1;
  } else {
    res->status = extract_one(r, r->wrdf, path, &d, &res->id, &res->bytes);
    if (pg_sink_finish(d.sink))
      res->status = -1;
    pg_free_sink(d.sink);
  }
  if (fflush(r->mem) || cli_buf_add(&res->data, r->mbuf, r->mlen)) {
    pg_log_msg(&r->c->log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
               "out of memory holding the statements of this document");
    res->status = -1;
  }
  r->cur = NULL;
}

/* ---------------------------------------- extract -j N: the parent */

/* The walk's messages, recorded for cli_jobs to replay in order. */
static void walk_log(void *user, pg_log_level level, const pg_locator *loc,
                     const char *text)
{
  run *r = user;

  if (!r->walk_pre || cli_msgs_record(r->walk_pre, level, loc, text))
    r->c->log.fn(r->c->log.user, level, loc, text);
}

static int jb_next(void *user, const char **path, unsigned long long *size,
                   cli_buf *pre)
{
  run *r = user;
  int k;

  r->walk_pre = pre;
  k = policygraph_inputs_next(r->it, path, size);
  r->walk_pre = NULL;
  return k;
}

/* raptor's statement handler: one parsed statement to its destination. */
static void on_parsed(void *user, raptor_statement *st)
{
  run *r = user;

  if (!r->parse_err && to_dest(r->parse_to, st, st->graph)) {
    r->parse_err = 1;
    raptor_parser_parse_abort(r->parser);
  }
}

/* Reads the N-Quads of a frame into d.  Returns 0 or -1 (reported).
 * Known weakness of raptor 2.0.15, not ours: its N-Triples term parser
 * keeps a reference to each typed literal's datatype URI.  URIs are
 * interned, so that is one reference per datatype, not growth; the CLI
 * tests suppress it for LeakSanitizer (tests/cli/lsan.supp). */
static int parse_frame(run *r, dest *d, const cli_buf *data)
{
  raptor_world *w = pg_rdf_raptor(r->rdf);

  if (!data->n)
    return 0;
  if (!r->parser) {
    r->parser = raptor_new_parser(w, "nquads");
    r->parse_base = raptor_new_uri(w, (const unsigned char *)"file:///-");
    if (!r->parser || !r->parse_base) {
      pg_rdf_error(r->rdf, NULL, "cannot create an N-Quads parser");
      return -1;
    }
    raptor_parser_set_statement_handler(r->parser, r, on_parsed);
  }
  r->parse_to = d;
  r->parse_err = 0;
  if (raptor_parser_parse_start(r->parser, r->parse_base) ||
      raptor_parser_parse_chunk(r->parser,
                                (const unsigned char *)data->p, data->n, 1))
    return -1;
  return r->parse_err ? -1 : 0;
}

/* Puts a frame's N-Quads into the sink and the store, the store in one
 * transaction as extract_one does.  Returns 0 or -1 (reported). */
static int put_frame(run *r, const char *path, const cli_result *res)
{
  dest d = *r->d;
  char *iri;
  int rc;

  if (res->status || !d.store) { /* a failed document never reaches it */
    d.store = NULL;
    return parse_frame(r, &d, &res->data);
  }
  if (!(iri = pg_graph_doc_iri(&r->ea->gopts, res->id)))
    return -1;
  if (pg_store_begin(d.store, iri)) {
    free(iri);
    return -1;
  }
  rc = parse_frame(r, &d, &res->data);
  rc = rc ? (pg_store_rollback(d.store), -1) : pg_store_commit(d.store);
  if (rc)
    pg_rdf_error(r->rdf, doc_name(r->ea, path),
                 "the graph of this document was not written");
  free(iri);
  return rc;
}

/* Parent, in input order: the document's messages, then its statements. */
static int jb_done(void *user, size_t seq, const char *path,
                   unsigned long long size, cli_result *res)
{
  run *r = user;
  int st = res->status;

  (void)seq; /* r->n counts the same */
  cli_msgs_replay(&res->msgs, &r->c->log);
  if (r->raw)
    fwrite(res->data.p ? res->data.p : "", 1, res->data.n, r->out);
  else if (put_frame(r, path, res))
    st = -1;
  doc_done(r, path, size, res->bytes, res->id, st);
  return 0;
}

/* -j N: the documents through N workers.  Returns 0 or -1 (reported). */
static int run_parallel(run *r, unsigned n)
{
  cli_jobs_fns fns = { r, jb_next, wk_start, wk_work, jb_done };
  int rc = cli_jobs_run(n, &fns, &r->c->log);

  if (r->parser)
    raptor_free_parser(r->parser);
  if (r->parse_base)
    raptor_free_uri(r->parse_base);
  return rc;
}

/* ---------------------------------------- extract: the run */

/* Counts the inputs and their bytes: a walk without reading (about a
 * second for 200 000 files, cached), for the progress line's totals, the
 * number of workers worth starting and the size of the same-id filter.
 * Messages are left to the real walk. */
static void count_inputs(const extract_args *ea, unsigned long long *docs,
                         unsigned long long *bytes)
{
  policygraph_inputs *it = policygraph_inputs_new(ea->files, (size_t)ea->n_files,
                                        NULL);
  unsigned long long size;
  const char *path;

  *docs = *bytes = 0;
  while (it && policygraph_inputs_next(it, &path, &size) > 0) {
    (*docs)++;
    *bytes += size;
  }
  policygraph_inputs_free(it);
}

/* Starts the progress line when asked (--progress), or by default on a
 * terminal without -q for more than one document. */
static void start_progress(cli *c, const extract_args *ea,
                           unsigned long long docs, unsigned long long bytes)
{
  int tty = isatty(STDERR_FILENO);

  if (!ea->progress || (ea->progress < 0 && (c->quiet || !tty)))
    return;
  if (ea->progress > 0 || docs > 1)
    c->progress = cli_new_progress(stderr, tty, docs, bytes);
}

/* Runs every input; returns the number that failed (or -1 at setup). */
static int extract_all(cli *c, pg_rdf *rdf, const extract_args *ea, dest *d,
                       FILE *out)
{
  run r;
  unsigned long long docs, bytes;
  unsigned jobs = (unsigned)ea->jobs;
  int k;

  count_inputs(ea, &docs, &bytes);
  start_progress(c, ea, docs, bytes);
  memset(&r, 0, sizeof r);
  r.c = c;
  r.rdf = rdf;
  r.ea = ea;
  r.d = d;
  r.out = out;
  r.walk_log.fn = walk_log;
  r.walk_log.user = &r;
  if (docs && jobs > docs)
    jobs = (unsigned)docs; /* no idle workers */
  r.raw = jobs > 1 && d->sink && pg_sink_streams(d->sink) && !d->store;
  r.it = policygraph_inputs_new(ea->files, (size_t)ea->n_files,
                           jobs > 1 ? &r.walk_log : &c->log);
  r.seen = cli_new_seen((size_t)docs);
  if (!r.it || !r.seen || !(r.x = policygraph_extractor_new(NULL, &c->log))) {
    if (!r.seen)
      pg_log_msg(&c->log, PG_LOG_ERROR, NULL, "out of memory");
    k = -1;
    goto done;
  }
  if ((jobs > 1 ? run_parallel(&r, jobs) : run_serial(&r)) < 0)
    r.failed++;
  r.failed += policygraph_inputs_errors(r.it);
  if (!r.n && !r.failed) {
    pg_log_msg(&c->log, PG_LOG_ERROR, NULL, "no input documents found");
    r.failed++;
  }
  if (c->progress)
    cli_progress_end(c->progress);
  if (cli_seen_report(r.seen, ea->files, (size_t)ea->n_files, &c->log))
    r.failed++;
  k = r.failed;
done:
  cli_free_progress(c->progress);
  c->progress = NULL;
  cli_free_seen(r.seen);
  policygraph_extractor_free(r.x);
  policygraph_inputs_free(r.it);
  return k;
}

static int run_extract(cli *c, pg_rdf *rdf, const extract_args *ea)
{
  pg_outfile *of = NULL;
  pg_store *store = NULL;
  sigset_t old;
  FILE *out;
  dest d = { NULL, NULL };
  int failed, to_file = ea->outfile || ea->format || !ea->store;
  int rc = PG_EXIT_FAILURE;

  if (ea->store && !(store = d.store = pg_new_store(rdf, ea->store)))
    goto done;
  if (ea->outfile) {
    /* Signals wait while the temporary is created and named for
     * on_signal, so none can leave it behind unnamed. */
    block_exit_signals(&old);
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    signal(SIGHUP, on_signal);
    signal(SIGPIPE, on_signal);
    if ((of = pg_new_outfile(ea->outfile, &c->log)))
      temp_path = pg_outfile_temp_path(of);
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (!of)
      goto done;
  }
  out = of ? pg_outfile_stream(of) : stdout;
  if (to_file && !(d.sink = pg_new_sink(rdf, ea->format ? ea->format
                                                        : "turtle",
                                        &ea->gopts, out)))
    goto done;
  failed = extract_all(c, rdf, ea, &d, out);
  if (failed)
    goto done; /* the -O file (never renamed) is removed below */
  if (d.sink && pg_sink_finish(d.sink))
    goto done;
  /* temp_path stays set through the commit: a signal before the rename
   * removes the temporary, one after it finds the name gone and leaves
   * the complete file. */
  if (of && pg_outfile_commit(of))
    goto done;
  rc = PG_EXIT_OK;
done:
  if (rc && d.sink && !of && pg_sink_streams(d.sink))
    pg_sink_finish(d.sink); /* ends the lines already streamed out */
  pg_free_sink(d.sink);
  block_exit_signals(&old); /* the temporary goes with its name */
  temp_path = NULL;
  pg_free_outfile(of);
  sigprocmask(SIG_SETMASK, &old, NULL);
  pg_free_store(store);
  return rc;
}

enum { OPT_PROGRESS = 256, OPT_NO_PROGRESS, OPT_STDIN_NAME,
       OPT_BODY_XPATH, OPT_TITLE_XPATH, OPT_MODEL, OPT_LAC };

/* --model[=MARGIN] and --lac[=MARGIN]: turns the recognizer on and reads
 * the least margin kept, when given. */
static int margin_opt(const char *opt, const char *arg, int *on, double *conf)
{
  char *end;

  *on = 1;
  if (arg) {
    *conf = strtod(arg, &end);
    if (end == arg || *end)
      return usage_error("%s takes a number, not '%s'", opt, arg);
  }
  return 0;
}

/* Parses -j N (0: one worker per online CPU).  Returns 0 or a usage
 * exit code. */
static int jobs_opt(extract_args *ea, const char *arg)
{
  char *end;
  long n, cpus;

  errno = 0;
  n = strtol(arg, &end, 10);
  if (errno || end == arg || *end || n < 0 || n > 64)
    return usage_error("-j needs a number of worker processes from 1 to 64 "
                       "(0: one per CPU), not '%s'", arg);
  if (n == 0) {
    cpus = sysconf(_SC_NPROCESSORS_ONLN);
    n = cpus < 1 ? 1 : cpus > 64 ? 64 : cpus;
  }
  ea->jobs = (int)n;
  return 0;
}

/* Whether s is a calendar date YYYY, YYYY-MM or YYYY-MM-DD. */
static int valid_date(const char *s)
{
  static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30,
                              31 };
  int y, m = 1, d = 1, n = 0;
  size_t len = strlen(s), i;

  for (i = 0; i < len; i++)
    if (!(isdigit((unsigned char)s[i]) ||
          (s[i] == '-' && (i == 4 || i == 7))))
      return 0;
  if (len == 4)
    n = sscanf(s, "%4d", &y) == 1;
  else if (len == 7)
    n = sscanf(s, "%4d-%2d", &y, &m) == 2;
  else if (len == 10)
    n = sscanf(s, "%4d-%2d-%2d", &y, &m, &d) == 3;
  if (!n || m < 1 || m > 12 || d < 1 || d > days[m - 1])
    return 0;
  return !(m == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400)));
}

/* Whether name is one of raptor's serializer names: -O takes a file name,
 * and `-O turtle` is nearly always -o turtle mistyped. */
static int is_format_name(const char *name)
{
  static const char *const fmts[] = { "ntriples", "turtle", "rdfxml",
    "rdfxml-abbrev", "rdfxml-xmp", "nquads", "json", "json-triples", "dot",
    "html", "atom", "rss-1.0", "mkr", "trig", "jsonld", "ttl", "nt", "nq",
    "xml", "rdf", "csv", "tsv" };
  size_t i;

  for (i = 0; i < sizeof fmts / sizeof *fmts; i++)
    if (!strcmp(name, fmts[i]))
      return 1;
  return 0;
}

/* Parses one extract option into ea; returns 0 or a usage exit code. */
static int extract_opt(extract_args *ea, int ch, const char *arg, cli *c)
{
  switch (ch) {
  case 'o': ea->format = arg; break;
  case 'O':
    if (is_format_name(arg))
      return usage_error("-O/--output names the file to write, and '%s' is "
                         "a format: use -o %s (or -O ./%s for a file of that "
                         "name)", arg, arg, arg);
    ea->outfile = arg;
    break;
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
  case 'D':
    if (!valid_date(arg))
      return usage_error("--doc-date must be a date YYYY, YYYY-MM or "
                         "YYYY-MM-DD, not '%s'", arg);
    ea->xopts.doc_date = arg;
    break;
  case 'I':
    if (strcmp(arg, "auto") && strcmp(arg, "text") && strcmp(arg, "html") &&
        strcmp(arg, "xml"))
      return usage_error("--input-format must be auto, text, html or xml, "
                         "not '%s'", arg);
    ea->xopts.input_format = arg;
    break;
  case 'E': ea->xopts.encoding = arg; break;
  case 'L': ea->xopts.lenient = 1; break;
  case OPT_BODY_XPATH: ea->xopts.body_xpath = arg; break;
  case OPT_MODEL:
    return margin_opt("--model", arg, &ea->xopts.model, &ea->xopts.model_conf);
  case OPT_LAC:
    return margin_opt("--lac", arg, &ea->xopts.lac, &ea->xopts.lac_conf);
  case OPT_TITLE_XPATH: ea->xopts.title_xpath = arg; break;
  case 'j': return jobs_opt(ea, arg);
  case OPT_PROGRESS: ea->progress = 1; break;
  case OPT_STDIN_NAME: ea->stdin_name = arg; break;
  case OPT_NO_PROGRESS: ea->progress = 0; break;
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
    { "body-xpath", required_argument, NULL, OPT_BODY_XPATH },
    { "title-xpath", required_argument, NULL, OPT_TITLE_XPATH },
    { "quiet", no_argument, NULL, 'q' },
    { "jobs", required_argument, NULL, 'j' },
    { "progress", no_argument, NULL, OPT_PROGRESS },
    { "no-progress", no_argument, NULL, OPT_NO_PROGRESS },
    { "stdin-name", required_argument, NULL, OPT_STDIN_NAME },
    { "model", optional_argument, NULL, OPT_MODEL },
    { "lac", optional_argument, NULL, OPT_LAC },
    { NULL, 0, NULL, 0 }
  };
  extract_args ea;
  pg_rdf *rdf;
  int ch, rc;

  memset(&ea, 0, sizeof ea);
  ea.jobs = 1;
  ea.progress = -1;
  while ((ch = getopt_long(argc, argv, ":o:O:s:b:qj:", opts, NULL)) != -1) {
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
/* For commands that read a store (query, stats, remove): a sqlite store
 * (sqlite:PATH or a bare PATH) must exist, rather than be created empty
 * by opening it.  Returns 0 or an exit code (reported). */
static int store_exists(const char *spec)
{
  const char *path = !strncmp(spec, "sqlite:", 7) ? spec + 7
                     : strchr(spec, ':') || !strcmp(spec, "memory") ? NULL
                     : spec;

  if (!path || !access(path, F_OK))
    return 0;
  fprintf(stderr, "policygraph: Error - %s - no such store (extract --store "
          "or load creates one)\n", path);
  return PG_EXIT_FAILURE;
}

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
  return strcmp(cmd, "load") ? store_exists(*spec) : 0;
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
  if (!(id = policygraph_doc_id(doc, NULL, 0)))
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

/* ------------------------------------------------------------ report */

/* Parses report's command line into o, ea (documents to extract) and
 * the data files.  Returns 0 or a usage exit code. */
static int report_parse(int argc, char **argv, cli_report_opts *o,
                        extract_args *ea, const char **store, char **data,
                        int *n_data, cli *c)
{
  static const struct option opts[] = {
    { "store", required_argument, NULL, 's' },
    { "data", required_argument, NULL, 'd' },
    { "output", required_argument, NULL, 'O' },
    { "dot", no_argument, NULL, 'G' },
    { "csv", required_argument, NULL, 'C' },
    { "per-document", required_argument, NULL, 'P' },
    { "title", required_argument, NULL, 'T' },
    { "quiet", no_argument, NULL, 'q' },
    { NULL, 0, NULL, 0 }
  };
  int ch, views = 0;

  while ((ch = getopt_long(argc, argv, ":s:d:O:q", opts, NULL)) != -1) {
    switch (ch) {
    case 's': *store = optarg; break;
    case 'd': data[(*n_data)++] = optarg; break;
    case 'O': o->outfile = optarg; break;
    case 'G': o->view = CLI_VIEW_DOT; views++; break;
    case 'C':
      if (strcmp(optarg, "entities") && strcmp(optarg, "relations"))
        return usage_error("--csv must be entities or relations, not '%s'",
                           optarg);
      o->view = strcmp(optarg, "entities") ? CLI_VIEW_CSV_RELATIONS
                                           : CLI_VIEW_CSV_ENTITIES;
      views++;
      break;
    case 'P': o->per_doc = optarg; break;
    case 'T': o->title = optarg; break;
    case 'q': c->quiet = 1; break;
    case ':': return usage_error("option '%s' needs a value",
                                 argv[optind - 1]);
    default: return usage_error("unknown report option '%s'",
                                argv[optind - 1]);
    }
  }
  ea->files = argv + optind;
  ea->n_files = argc - optind;
  if (views > 1)
    return usage_error("%s", "report writes one view: --dot or --csv, not both");
  if (o->per_doc && o->outfile)
    return usage_error("%s", "report: -O and --per-document exclude each other");
  if (!*store + !*n_data + !ea->n_files != 2)
    return usage_error("%s", "report needs one of --store SPEC, --data "
                       "RDFFILE... or documents FILE...");
  return *store ? store_exists(*store) : 0;
}

/* The store report reads: --store, or a memory store holding the --data
 * files or the documents extracted.  Returns NULL after reporting. */
static pg_store *report_store(cli *c, pg_rdf *rdf, const char *spec,
                              char **data, int n_data,
                              const extract_args *ea)
{
  pg_store *s = pg_new_store(rdf, spec ? spec : "memory");
  dest d = { NULL, NULL };
  int i;

  if (!s || spec)
    return s;
  for (i = 0; i < n_data; i++)
    if (pg_store_load(s, data[i], NULL))
      goto err;
  d.store = s;
  if (ea->n_files && extract_all(c, rdf, ea, &d, NULL))
    goto err;
  return s;
err:
  pg_free_store(s);
  return NULL;
}

static int cmd_report(cli *c, int argc, char **argv)
{
  cli_report_opts o;
  extract_args ea;
  const char *spec = NULL;
  char **data = calloc((size_t)argc + 1, sizeof *data);
  int n_data = 0, rc;
  pg_rdf *rdf = NULL;
  pg_store *s = NULL;

  if (!data)
    return PG_EXIT_FAILURE;
  memset(&o, 0, sizeof o);
  memset(&ea, 0, sizeof ea);
  ea.jobs = 1;
  ea.progress = 0;
  if ((rc = report_parse(argc, argv, &o, &ea, &spec, data, &n_data, c)))
    goto done;
  rc = PG_EXIT_FAILURE;
  if ((rdf = pg_new_rdf(&c->log)) &&
      (s = report_store(c, rdf, spec, data, n_data, &ea)) &&
      !cli_report_run(rdf, pg_store_model(s), &o))
    rc = PG_EXIT_OK;
done:
  pg_free_store(s);
  pg_free_rdf(rdf);
  free(data);
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
  const char *engine;       /* --engine: NULL (rasqal) or "oxigraph" */
  char **bind;              /* --bind NAME=VALUE (owned array)       */
  int n_bind;
} query_args;

/* Parses the query command line.  Returns 0 or a usage exit code. */
static int query_parse(query_args *qa, int argc, char **argv)
{
  static const struct option opts[] = {
    { "store", required_argument, NULL, 's' },
    { "data", required_argument, NULL, 'd' },
    { "results", required_argument, NULL, 'r' },
    { "file", required_argument, NULL, 'f' },
    { "engine", required_argument, NULL, 'E' },
    { "bind", required_argument, NULL, 'B' },
    { NULL, 0, NULL, 0 }
  };
  int ch, i, ops;

  while ((ch = getopt_long(argc, argv, ":s:d:r:f:", opts, NULL)) != -1) {
    switch (ch) {
    case 's': qa->store = optarg; break;
    case 'd': qa->data[qa->n_data++] = optarg; break;
    case 'r': qa->results = optarg; break;
    case 'f': qa->qfile = optarg; break;
    case 'B':
      if (!strchr(optarg, '=') || *optarg == '=')
        return usage_error("--bind needs NAME=VALUE, not '%s'", optarg);
      qa->bind[qa->n_bind++] = optarg;
      break;
    case 'E':
      if (strcmp(optarg, "rasqal") && strcmp(optarg, "oxigraph"))
        return usage_error("--engine must be rasqal or oxigraph, not '%s'",
                           optarg);
      qa->engine = strcmp(optarg, "oxigraph") ? NULL : optarg;
      break;
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
  if (!(qa.data = calloc((size_t)argc + 1, sizeof *qa.data)) ||
      !(qa.bind = calloc((size_t)argc + 1, sizeof *qa.bind))) {
    free(qa.data);
    return PG_EXIT_FAILURE;
  }
  if ((rc = query_parse(&qa, argc, argv)))
    goto done;
  rc = PG_EXIT_FAILURE;
  if (qa.qfile && !(text = cli_read_query(qa.qfile, &c->log)))
    goto done;
  if (qa.n_bind) {
    char *b = pg_query_bind(&c->log, qa.qfile ? qa.qfile : "<command line>",
                            text ? text : qa.query, qa.bind,
                            (size_t)qa.n_bind);
    if (!b)
      goto done;
    free(text);
    text = b;
  }
  if (qa.store && store_exists(qa.store))
    goto done;
  if (!(rdf = pg_new_rdf(&c->log)) || !(s = query_store(rdf, &qa)))
    goto done;
  if (!(qa.engine ? cli_run_oxigraph : cli_run_query)(
          rdf, pg_store_model(s), text ? text : qa.query,
          qa.qfile ? qa.qfile : NULL, qa.results, stdout))
    rc = PG_EXIT_OK;
done:
  free(text);
  pg_free_store(s);
  pg_free_rdf(rdf);
  free(qa.data);
  free(qa.bind);
  return rc;
}

/* Prints the paragraph of usage_text starting with the line that begins
 * with start, up to its blank line, after a blank line. */
static void print_paragraph(const char *start)
{
  const char *p = strstr(usage_text, start), *e;

  if (!p)
    return;
  e = strstr(p, "\n\n");
  if (!e)
    e = p + strlen(p) - 1;
  printf("\n%.*s\n", (int)(e - p), p);
}

/* `policygraph help CMD`, `policygraph CMD --help`: the usage lines of
 * subcommand cmd, its options, the SPEC note when it takes a store, and
 * the exit status.  Returns an exit code. */
static int cmd_help(const char *cmd)
{
  const char *p = usage_text, *e, *end = strstr(usage_text, "\n\n");
  char head[64], sect[64];
  size_t hl;
  int in = 0, any = 0, spec = 0;

  hl = (size_t)snprintf(head, sizeof head, "policygraph %s", cmd);
  for (; p < end; p = e + 1) {
    const char *l = p;
    e = strchr(p, '\n');
    if (!strncmp(l, "Usage: ", 7) || !strncmp(l, "       policygraph", 18)) {
      l += 7;
      in = !strncmp(l, head, hl) && (l[hl] == ' ' || l + hl == e);
    }
    if (in) {
      const char *from = any ? p : l, *k;
      printf("%s%.*s\n", any ? "" : "Usage: ", (int)(e - from), from);
      any = 1;
      for (k = p; k + 4 <= e; k++)
        spec |= !strncmp(k, "SPEC", 4);
    }
  }
  if (!any || !strcmp(cmd, "help"))
    return usage_error("unknown subcommand '%s'", cmd);
  snprintf(sect, sizeof sect, "\n%s options:\n", cmd);
  if (strstr(usage_text, sect))
    print_paragraph(strstr(usage_text, sect) + 1);
  if (spec)
    print_paragraph("SPEC:");
  print_paragraph("Exit status");
  return fflush(stdout) ? PG_EXIT_FAILURE : PG_EXIT_OK;
}

/* ------------------------------------------------------------ main */

int main(int argc, char **argv)
{
  static const struct { const char *name;
                        int (*fn)(cli *, int, char **); } cmds[] = {
    { "extract", cmd_extract }, { "query", cmd_query },
    { "load", cmd_load },       { "remove", cmd_remove },
    { "stats", cmd_stats },     { "formats", cmd_formats },
    { "report", cmd_report },
  };
  cli c;
  size_t i;

  memset(&c, 0, sizeof c);
  c.log.fn = print_message;
  c.log.user = &c;
  if (argc < 2)
    return usage_error("%s", "a subcommand is needed");
  if (!strcmp(argv[1], "help") && argc > 2)
    return cmd_help(argv[2]);
  for (i = 1; i < (size_t)argc && strcmp(argv[i], "--"); i++)
    if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h") ||
        !strcmp(argv[1], "help")) {
      if (i > 1 && strcmp(argv[1], "help"))
        return cmd_help(argv[1]);
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
