/* pg_query.c - SPARQL execution: plan, run, write (see pg_query.h).
 *
 * The scanner (pg_qscan.c) turns the user's text into a plan; this file
 * runs it with librdf over rasqal and hands the results to the writers
 * (pg_qresults.c).  Graph answers (CONSTRUCT, DESCRIBE) are gathered into
 * an array of statements, sorted with raptor_statement_compare and
 * deduplicated, so the output is the same whatever the storage's hash
 * order; carriage returns in literals become line feeds, because raptor's
 * Turtle writer puts a raw CR in a literal that nothing can read back.
 * They are written with raptor's serializer directly (a librdf_statement
 * is a raptor_statement), declaring the contract's prefixes; N-Triples
 * through a pg_sink, which writes non-ASCII characters as UTF-8 as
 * `extract -o ntriples` does.
 */
#include "pg_query.h"
#include "pg_query_int.h"
#include "pg_graph.h"
#include "pg_sink.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ formats */

static const char *const fmt_names[] = { "table", "csv", "tsv", "json",
                                         "xml" };

static int fmt_of(const char *name, pg_qfmt *f)
{
  size_t i;

  for (i = 0; i < sizeof fmt_names / sizeof *fmt_names; i++)
    if (!strcmp(name ? name : "table", fmt_names[i])) {
      *f = (pg_qfmt)i;
      return 0;
    }
  return -1;
}

int pg_query_is_format(const char *name)
{
  pg_qfmt f;

  return name && !fmt_of(name, &f);
}

static const char *graph_format(const pg_query_opts *o, pg_qfmt f)
{
  static const char *const by_fmt[] = { "turtle", "ntriples", "ntriples",
                                        "json", "rdfxml-abbrev" };

  return o && o->graph_format ? o->graph_format : by_fmt[f];
}

/* ------------------------------------------------------------ graphs */

/* A set of statements being gathered (owned copies). */
typedef struct stset {
  librdf_statement **st;
  size_t n, cap;
} stset;

/* A copy of literal node n with CR and CRLF as LF, or NULL if n has none. */
static librdf_node *without_cr(librdf_world *w, librdf_node *n)
{
  const char *v, *lang;
  char *t, *p;
  librdf_node *m;

  if (!librdf_node_is_literal(n) ||
      !strchr(v = (const char *)librdf_node_get_literal_value(n), '\r'))
    return NULL;
  if (!(t = malloc(strlen(v) + 1)))
    return NULL;
  for (p = t; *v; v++)
    if (*v != '\r')
      *p++ = *v;
    else if (v[1] != '\n')
      *p++ = '\n';
  *p = '\0';
  lang = librdf_node_get_literal_value_language(n);
  m = librdf_new_node_from_typed_literal(
      w, (const unsigned char *)t, lang,
      librdf_node_get_literal_value_datatype_uri(n));
  free(t);
  return m;
}

/* Adds a copy of st (borrowed).  Returns 0 or -1 (out of memory). */
static int stset_add(stset *s, librdf_world *w, librdf_statement *st)
{
  librdf_statement *c;
  librdf_node *o;

  if (s->n == s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 256;
    librdf_statement **p = realloc(s->st, cap * sizeof *p);
    if (!p)
      return -1;
    s->st = p;
    s->cap = cap;
  }
  if (!(c = librdf_new_statement_from_statement(st)))
    return -1;
  if ((o = without_cr(w, librdf_statement_get_object(c)))) {
    librdf_node *old = librdf_statement_get_object(c);
    librdf_statement_set_object(c, o); /* takes o, keeps the old one */
    librdf_free_node(old);
  }
  s->st[s->n++] = c;
  return 0;
}

static void stset_clear(stset *s)
{
  size_t i;

  for (i = 0; i < s->n; i++)
    librdf_free_statement(s->st[i]);
  free(s->st);
  memset(s, 0, sizeof *s);
}

static int cmp_st(const void *a, const void *b)
{
  return raptor_statement_compare(*(librdf_statement *const *)a,
                                  *(librdf_statement *const *)b);
}

/* Sorts and drops duplicates. */
static void stset_sort(stset *s)
{
  size_t i, k = 0;

  if (!s->n)
    return;
  qsort(s->st, s->n, sizeof *s->st, cmp_st);
  for (i = 1; i < s->n; i++) {
    if (!cmp_st(&s->st[k], &s->st[i]))
      librdf_free_statement(s->st[i]);
    else
      s->st[++k] = s->st[i];
  }
  s->n = k + 1;
}

/* Writes the sorted set as N-Triples through a sink.  Returns 0 or -1. */
static int write_ntriples(pg_rdf *rdf, stset *s, FILE *out)
{
  pg_sink *k = pg_new_sink(rdf, "ntriples", NULL, out);
  size_t i;
  int rc = k ? 0 : -1;

  stset_sort(s);
  for (i = 0; !rc && i < s->n; i++)
    rc = pg_sink_statement(k, s->st[i], NULL);
  if (k && pg_sink_finish(k))
    rc = -1;
  pg_free_sink(k);
  return rc;
}

/* Writes the sorted set in raptor serializer format name. */
static int write_graph(pg_rdf *rdf, stset *s, const char *name, FILE *out)
{
  raptor_world *rw = pg_rdf_raptor(rdf);
  raptor_serializer *ser = raptor_new_serializer(rw, name);
  pg_namespace ns[PG_NS_MAX];
  char buf[PG_NS_BUF_SIZE];
  size_t i;
  int rc = -1;

  if (!strcmp(name, "ntriples")) {
    if (ser)
      raptor_free_serializer(ser);
    return write_ntriples(rdf, s, out);
  }
  if (!ser) {
    pg_rdf_error(rdf, NULL, "unknown RDF format '%s' for a graph result",
                 name);
    return -1;
  }
  if (raptor_serializer_start_to_file_handle(ser, NULL, out))
    goto done;
  pg_graph_namespaces(NULL, ns, buf);
  for (i = 0; ns[i].prefix; i++) {
    raptor_uri *u = raptor_new_uri(rw, (const unsigned char *)ns[i].uri);
    if (u) {
      raptor_serializer_set_namespace(ser, u,
                                      (const unsigned char *)ns[i].prefix);
      raptor_free_uri(u);
    }
  }
  stset_sort(s);
  for (i = 0; i < s->n; i++)
    if (raptor_serializer_serialize_statement(ser, s->st[i]))
      goto done;
  rc = raptor_serializer_serialize_end(ser) ? -1 : 0;
done:
  raptor_free_serializer(ser);
  return rc;
}

/* Adds the statements of stream st (freed here). */
static int add_stream(stset *s, librdf_world *w, librdf_stream *st)
{
  int rc = 0;

  if (!st)
    return -1;
  for (; !rc && !librdf_stream_end(st); librdf_stream_next(st))
    rc = stset_add(s, w, librdf_stream_get_object(st));
  librdf_free_stream(st);
  return rc;
}

/* ------------------------------------------------------------ describe */

/* Resources to describe, and those already described (owned nodes). */
typedef struct nodeq {
  librdf_node **n;
  size_t len, cap, done;
} nodeq;

/* Queues a copy of n unless it is a literal or queued already. */
static int nodeq_add(nodeq *q, librdf_node *n)
{
  size_t i;

  if (!n || librdf_node_is_literal(n))
    return 0;
  for (i = 0; i < q->len; i++)
    if (librdf_node_equals(q->n[i], n))
      return 0;
  if (q->len == q->cap) {
    size_t cap = q->cap ? 2 * q->cap : 32;
    librdf_node **p = realloc(q->n, cap * sizeof *p);
    if (!p)
      return -1;
    q->n = p;
    q->cap = cap;
  }
  return (q->n[q->len++] = librdf_new_node_from_node(n)) ? 0 : -1;
}

static void nodeq_clear(nodeq *q)
{
  size_t i;

  for (i = 0; i < q->len; i++)
    librdf_free_node(q->n[i]);
  free(q->n);
}

/* Whether o is a node to follow from r: blank, or r's fragment <r#...>. */
static int follows(librdf_node *r, librdf_node *o)
{
  const char *rs, *os;
  size_t l;

  if (librdf_node_is_blank(o))
    return 1;
  if (!librdf_node_is_resource(o) || !librdf_node_is_resource(r))
    return 0;
  rs = (const char *)librdf_uri_as_string(librdf_node_get_uri(r));
  os = (const char *)librdf_uri_as_string(librdf_node_get_uri(o));
  l = strlen(rs);
  return !strchr(rs, '#') && !strncmp(rs, os, l) && os[l] == '#';
}

/* Whether n is a blank node or a fragment IRI <...#...>: a record about
 * something else (a mention, a sentence, a fact or membership record). */
static int is_record(librdf_node *n)
{
  return librdf_node_is_blank(n) ||
         (librdf_node_is_resource(n) &&
          strchr((const char *)librdf_uri_as_string(librdf_node_get_uri(n)),
                 '#'));
}

/* Statements about r: as subject (following blank and fragment objects,
 * which are queued in follow), and, when inbound, as object (queueing
 * the subjects that are records, is_record, so that their own triples
 * are written too). */
static int describe_one(librdf_world *w, librdf_model *m, librdf_node *r,
                        int inbound, stset *s, nodeq *follow)
{
  librdf_statement *pat = librdf_new_statement(w);
  librdf_stream *st;
  int rc = -1;
  size_t from = s->n, i;

  if (!pat)
    return -1;
  librdf_statement_set_subject(pat, librdf_new_node_from_node(r));
  if (add_stream(s, w, librdf_model_find_statements(m, pat)))
    goto done;
  for (i = from; i < s->n; i++) {
    librdf_node *o = librdf_statement_get_object(s->st[i]);
    if (follows(r, o) && nodeq_add(follow, o))
      goto done;
  }
  if (inbound) {
    librdf_statement_clear(pat);
    librdf_statement_set_object(pat, librdf_new_node_from_node(r));
    st = librdf_model_find_statements(m, pat);
    from = s->n;
    if (add_stream(s, w, st))
      goto done;
    for (i = from; i < s->n; i++) /* mentions, fact and membership records */
      if (is_record(librdf_statement_get_subject(s->st[i])) &&
          nodeq_add(follow, librdf_statement_get_subject(s->st[i])))
        goto done;
  }
  rc = 0;
done:
  librdf_free_statement(pat);
  return rc;
}

/* Runs SELECT text and queues every IRI or blank node it binds. */
static int bound_nodes(pg_rdf *rdf, librdf_model *m, const char *text,
                       nodeq *q)
{
  librdf_query *qu = librdf_new_query(pg_rdf_world(rdf), "sparql", NULL,
                                      (const unsigned char *)text, NULL);
  librdf_query_results *r = qu ? librdf_model_query_execute(m, qu) : NULL;
  int rc = r ? 0 : -1, i, nv;

  nv = r ? librdf_query_results_get_bindings_count(r) : 0;
  for (; !rc && r && !librdf_query_results_finished(r);
       librdf_query_results_next(r))
    for (i = 0; !rc && i < nv; i++) {
      librdf_node *n = librdf_query_results_get_binding_value(r, i);
      rc = nodeq_add(q, n);
      if (n)
        librdf_free_node(n);
    }
  if (r)
    librdf_free_query_results(r);
  if (qu)
    librdf_free_query(qu);
  return rc;
}

static int run_describe(pg_rdf *rdf, librdf_model *m, const pg_qplan *p,
                        const char *gfmt, FILE *out)
{
  nodeq roots = { NULL, 0, 0, 0 }, follow = { NULL, 0, 0, 0 };
  stset s = { NULL, 0, 0 };
  size_t i;
  int rc = -1;

  if (p->text && bound_nodes(rdf, m, p->text, &roots))
    goto done;
  for (i = 0; i < p->n_consts; i++)
    if (bound_nodes(rdf, m, p->consts[i], &roots))
      goto done;
  for (i = 0; i < roots.len; i++)
    if (describe_one(pg_rdf_world(rdf), m, roots.n[i], 1, &s, &follow))
      goto done;
  for (i = 0; i < follow.len; i++) /* grows while walked */
    if (describe_one(pg_rdf_world(rdf), m, follow.n[i], 0, &s, &follow))
      goto done;
  rc = write_graph(rdf, &s, gfmt, out);
done:
  nodeq_clear(&roots);
  nodeq_clear(&follow);
  stset_clear(&s);
  return rc;
}

/* ------------------------------------------------------------ messages */

/* While a query runs, rdf's log handler is wrapped (and restored after):
 * rasqal's "$$agg$$ used but not bound" warnings, which every aggregate
 * triggers, are dropped, and syntax errors, for which rasqal knows the
 * line but never the column, get the column of the unexpected token
 * named in the message when that line holds it. */
typedef struct qfilter {
  pg_log_fn fn;      /* the handler wrapped            */
  void *user;        /* its data                       */
  const char *query; /* the user's text (borrowed)     */
} qfilter;

/* Column (code points, 1-based) of the token in "unexpected TOKEN" on
 * line `line` of q, or 0. */
static long guess_column(const char *q, long line, const char *text)
{
  const char *u = strstr(text, "unexpected "), *p, *e;
  char tokbuf[64];
  size_t n;
  long col = 1;

  if (!u)
    return 0;
  u += strlen("unexpected ");
  if (*u == '\'') {
    e = strchr(++u, '\'');
  } else {
    for (e = u; *e && *e != ' ' && *e != ','; e++)
      ;
  }
  n = e ? (size_t)(e - u) : 0;
  if (!n || n >= sizeof tokbuf || *u == '$')
    return 0;
  memcpy(tokbuf, u, n);
  tokbuf[n] = '\0';
  for (p = q; *p && line > 1; p++)
    if (*p == '\n')
      line--;
  for (; *p && *p != '\n'; p++) {
    if (!strncasecmp(p, tokbuf, n))
      return col;
    if (((unsigned char)*p & 0xC0) != 0x80)
      col++;
  }
  return 0;
}

static void filter_msg(void *user, pg_log_level level, const pg_locator *loc,
                       const char *text)
{
  qfilter *f = user;
  pg_locator l;

  if (level == PG_LOG_WARN && strstr(text, "$$agg$$"))
    return;
  if (level == PG_LOG_ERROR && loc && loc->line > 0 && loc->column <= 0) {
    l = *loc;
    l.column = guess_column(f->query, l.line, text);
    loc = &l;
  }
  if (f->fn)
    f->fn(f->user, level, loc, text);
}

/* ------------------------------------------------------------ run */

static int write_results(pg_rdf *rdf, librdf_query_results *r,
                         const pg_qplan *p, pg_qfmt f, const char *gfmt,
                         FILE *out)
{
  pg_namespace ns[PG_NS_MAX];
  char buf[PG_NS_BUF_SIZE];
  pg_qprefixes px;
  stset s = { NULL, 0, 0 };
  int rc;

  if (librdf_query_results_is_boolean(r))
    return pg_qwrite_boolean(librdf_query_results_get_boolean(r) > 0, f, out);
  if (librdf_query_results_is_graph(r)) {
    rc = add_stream(&s, pg_rdf_world(rdf), librdf_query_results_as_stream(r));
    if (!rc)
      rc = write_graph(rdf, &s, gfmt, out);
    stset_clear(&s);
    return rc;
  }
  pg_graph_namespaces(NULL, ns, buf);
  for (px.n = 0; ns[px.n].prefix && px.n < 40; px.n++) {
    px.prefix[px.n] = ns[px.n].prefix;
    px.uri[px.n] = ns[px.n].uri;
  }
  return pg_qwrite_bindings(r, f, &px, p->vars, p->n_vars, out);
}

/* Whether rasqal parses the user's own text (plan->user, when the plan's
 * text is a rewrite of it), run on an empty model: syntax errors are then
 * reported, through rdf's log, on the user's lines.  1 or 0 (reported). */
static int parses(pg_rdf *rdf, const char *text)
{
  librdf_world *w = pg_rdf_world(rdf);
  librdf_storage *st = librdf_new_storage(w, "hashes", "syntax",
                                          "hash-type='memory'");
  librdf_model *m = st ? librdf_new_model(w, st, NULL) : NULL;
  librdf_query *q = m ? librdf_new_query(w, "sparql", NULL,
                                         (const unsigned char *)text, NULL)
                      : NULL;
  librdf_query_results *r = q ? librdf_model_query_execute(m, q) : NULL;
  int ok = r != NULL;

  if (r)
    librdf_free_query_results(r);
  if (q)
    librdf_free_query(q);
  if (m)
    librdf_free_model(m);
  if (st)
    librdf_free_storage(st);
  return ok;
}

/* The default graph as SPARQL has it -- the RDF merge of the named
 * graphs, each triple once -- for a model with contexts (the store keeps
 * each document in its own graph, and rasqal would see a triple stated
 * by n documents n times: COUNT 17 documents out of 16, 4,291 rows for
 * 50 answers).  A new in-memory model (hashes keep one copy of a
 * triple), or NULL when m has no contexts (use m) or on error
 * (reported, *failed set).  Memory and time are linear in the store's
 * size: about 0.2 s for the 16 bundled articles' 20,781 quads. */
static librdf_model *merged(pg_rdf *rdf, librdf_model *m, int *failed)
{
  librdf_world *w = pg_rdf_world(rdf);
  librdf_storage *st;
  librdf_model *d = NULL;
  librdf_stream *s;
  int rc = 0;

  *failed = 0;
  if (!librdf_model_supports_contexts(m))
    return NULL;
  st = librdf_new_storage(w, "hashes", "merged", "hash-type='memory'");
  if (st && (d = librdf_new_model(w, st, NULL)) &&
      (s = librdf_model_as_stream(m))) {
    for (; !rc && !librdf_stream_end(s); librdf_stream_next(s))
      rc = librdf_model_add_statement(d, librdf_stream_get_object(s));
    librdf_free_stream(s);
    if (!rc)
      return d;
  }
  if (d)
    librdf_free_model(d);
  if (st)
    librdf_free_storage(st);
  *failed = 1;
  pg_rdf_error(rdf, NULL, "cannot merge the store's graphs for the query");
  return NULL;
}

static int run_plan(pg_rdf *rdf, librdf_model *m, const pg_qplan *p,
                    pg_qfmt f, const char *gfmt, const char *src, FILE *out)
{
  librdf_query *q;
  librdf_query_results *r = NULL;
  librdf_model *d = NULL;
  int rc, failed = 0;

  if (p->kind == PG_QK_DESCRIBE) {
    rc = run_describe(rdf, m, p, gfmt, out);
    if (rc)
      pg_rdf_error(rdf, src, "the DESCRIBE query could not be answered");
    return rc;
  }
  if (p->user && !parses(rdf, p->user))
    return -1;
  if (!p->graphs && !(d = merged(rdf, m, &failed)) && failed)
    return -1;
  q = librdf_new_query(pg_rdf_world(rdf), "sparql", NULL,
                       (const unsigned char *)p->text, NULL);
  if (q)
    r = librdf_model_query_execute(d ? d : m, q);
  if (!r) {
    pg_rdf_error(rdf, src, "the query could not be run");
    rc = -1;
  } else if ((rc = write_results(rdf, r, p, f, gfmt, out))) {
    pg_rdf_error(rdf, src, "cannot write the results as %s", fmt_names[f]);
  }
  if (r)
    librdf_free_query_results(r);
  if (q)
    librdf_free_query(q);
  if (d) {
    librdf_storage *st = librdf_model_get_storage(d);
    librdf_free_model(d);
    librdf_free_storage(st);
  }
  return rc;
}

int pg_query_run(pg_rdf *rdf, librdf_model *model, const char *query,
                 const pg_query_opts *opts, FILE *out)
{
  const char *src = opts && opts->source ? opts->source : "<query>";
  pg_log *log = pg_rdf_log(rdf);
  qfilter filter = { NULL, NULL, query };
  pg_qplan plan;
  pg_qfmt f;
  int rc = -1;

  if (fmt_of(opts ? opts->format : NULL, &f)) {
    pg_rdf_error(rdf, NULL, "unknown results format '%s' (table, csv, tsv, "
                 "json, xml)", opts->format);
    return -1;
  }
  if (pg_qscan(pg_rdf_log(rdf), src, query, &plan))
    goto done;
  /* rasqal's "variable bound but unused" warnings (level 30) fire on
   * every aggregate, "used but not bound" on its own $$agg$$ variables:
   * noise that would hide real messages, so rasqal warns of nothing. */
  rasqal_world_set_warning_level(librdf_world_get_rasqal(pg_rdf_world(rdf)),
                                 0);
  if (log) {
    filter.fn = log->fn;
    filter.user = log->user;
    log->fn = filter_msg;
    log->user = &filter;
  }
  pg_rdf_set_file(rdf, src);
  rc = run_plan(rdf, model, &plan, f, graph_format(opts, f), src, out);
  pg_rdf_set_file(rdf, NULL);
  if (log) {
    log->fn = filter.fn;
    log->user = filter.user;
  }
  if (fflush(out) && !rc) {
    pg_rdf_error(rdf, src, "cannot write the results");
    rc = -1;
  }
done:
  pg_qplan_clear(&plan);
  return rc;
}

int pg_query_check(pg_log *log, const char *query, const char *source)
{
  pg_qplan plan;
  int rc = pg_qscan(log, source, query, &plan);

  pg_qplan_clear(&plan);
  return rc;
}
