/* pg_sink.c - statements to a serialized RDF file (see pg_sink.h).
 *
 * Streaming formats hand each borrowed statement to a raptor serializer
 * started on the caller's FILE*: a librdf_statement is a raptor_statement,
 * so a shallow copy on the stack carrying the graph term is all N-Quads
 * needs.  Model formats copy the statement into a hashes model and
 * serialize it with librdf at the end.
 *
 * Known weakness, written here on purpose: raptor's Turtle writer puts a
 * raw carriage return inside a literal, which no parser (raptor included)
 * reads back, so for Turtle every "\r\n" and lone "\r" in a literal
 * becomes "\n" before the statement enters the model.
 */
#include "pg_sink.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct pg_sink {
  pg_rdf *rdf;               /* borrowed                                */
  FILE *out;                 /* borrowed                                */
  char *format;              /* owned: raptor serializer name           */
  int streams;               /* 1: ntriples/nquads straight to `ser`    */
  int fix_cr;                /* 1: normalize \r out of literals (Turtle) */
  raptor_serializer *ser;    /* owned, streaming formats only           */
  librdf_storage *storage;   /* owned, model formats only               */
  librdf_model *model;       /* owned, model formats only               */
  pg_namespace ns[PG_NS_MAX];  /* prefixes to declare                   */
  char ns_buf[PG_NS_BUF_SIZE]; /* their strings                         */
  unsigned long n;           /* statements taken                        */
  int finished;              /* pg_sink_finish ran                      */
};

/* Opens the raptor serializer of a streaming sink. Returns 0 or -1. */
static int open_stream(pg_sink *k)
{
  k->ser = raptor_new_serializer(pg_rdf_raptor(k->rdf), k->format);
  if (!k->ser || raptor_serializer_start_to_file_handle(k->ser, NULL,
                                                        k->out)) {
    pg_rdf_error(k->rdf, NULL, "cannot start the %s serializer", k->format);
    return -1;
  }
  return 0;
}

/* Opens the in-memory model of a model sink.  It has no contexts: every
 * model format writes triples (raptor has no TriG writer), and librdf's
 * hashes storage with contexts streams a triple once per graph it is in
 * (measured: RDF/XML then repeats it), while without contexts it keeps
 * each triple once -- the union of the documents' graphs, which is what
 * these formats should show.  Returns 0 or -1. */
static int open_model(pg_sink *k)
{
  librdf_world *w = pg_rdf_world(k->rdf);

  k->storage = librdf_new_storage(w, "hashes", "pg-sink",
                                  "hash-type='memory'");
  if (k->storage)
    k->model = librdf_new_model(w, k->storage, NULL);
  if (!k->model) {
    pg_rdf_error(k->rdf, NULL, "cannot create an in-memory hashes model");
    return -1;
  }
  return 0;
}

pg_sink *pg_new_sink(pg_rdf *rdf, const char *format,
                     const pg_graph_opts *gopts, FILE *out)
{
  pg_sink *k;

  if (!pg_rdf_is_format(rdf, format)) {
    pg_rdf_error(rdf, NULL, "unknown output format '%s'",
                 format ? format : "");
    return NULL;
  }
  k = calloc(1, sizeof *k);
  if (!k || !(k->format = strdup(format))) {
    pg_rdf_error(rdf, NULL, "out of memory");
    goto err;
  }
  k->rdf = rdf;
  k->out = out;
  k->streams = !strcmp(format, "ntriples") || !strcmp(format, "nquads");
  k->fix_cr = !strcmp(format, "turtle");
  pg_graph_namespaces(gopts, k->ns, k->ns_buf);
  if (k->streams ? open_stream(k) : open_model(k))
    goto err;
  return k;
err:
  pg_free_sink(k);
  return NULL;
}

void pg_free_sink(pg_sink *k)
{
  if (!k)
    return;
  if (k->ser)
    raptor_free_serializer(k->ser);
  if (k->model)
    librdf_free_model(k->model);
  if (k->storage)
    librdf_free_storage(k->storage);
  free(k->format);
  free(k);
}

int pg_sink_streams(const pg_sink *k) { return k->streams; }

unsigned long pg_sink_count(const pg_sink *k) { return k->n; }

/* A copy of literal node n with "\r\n" and "\r" turned into "\n", or NULL
 * when n needs no change (or on out of memory, reported via *err). */
static librdf_node *without_cr(pg_sink *k, librdf_node *n, int *err)
{
  const char *v, *s;
  char *t, *p;
  librdf_node *out;

  if (!librdf_node_is_literal(n))
    return NULL;
  v = (const char *)librdf_node_get_literal_value(n);
  if (!v || !strchr(v, '\r'))
    return NULL;
  if (!(t = malloc(strlen(v) + 1))) {
    *err = 1;
    return NULL;
  }
  for (s = v, p = t; *s; s++) {
    if (*s == '\r') {
      *p++ = '\n';
      if (s[1] == '\n')
        s++;
    } else {
      *p++ = *s;
    }
  }
  *p = '\0';
  out = librdf_new_node_from_typed_literal(
      pg_rdf_world(k->rdf), (const unsigned char *)t,
      librdf_node_get_literal_value_language(n),
      librdf_node_get_literal_value_datatype_uri(n));
  free(t);
  if (!out)
    *err = 1;
  return out;
}

/* Adds st (borrowed) to the model under graph (borrowed, may be NULL). */
static int add_to_model(pg_sink *k, librdf_statement *st, librdf_node *graph)
{
  librdf_statement *copy = NULL;
  librdf_node *o;
  int err = 0, rc;

  if (k->fix_cr) {
    o = without_cr(k, librdf_statement_get_object(st), &err);
    if (err)
      goto err;
    if (o) {
      /* from_nodes owns (and on error frees) the three nodes */
      copy = librdf_new_statement_from_nodes(
          pg_rdf_world(k->rdf),
          librdf_new_node_from_node(librdf_statement_get_subject(st)),
          librdf_new_node_from_node(librdf_statement_get_predicate(st)), o);
      if (!copy)
        goto err;
      st = copy;
    }
  }
  (void)graph; /* triples only: see open_model */
  rc = librdf_model_add_statement(k->model, st);
  if (copy)
    librdf_free_statement(copy);
  if (rc) {
    pg_rdf_error(k->rdf, NULL, "cannot add a statement to the model");
    return -1;
  }
  return 0;
err:
  pg_rdf_error(k->rdf, NULL, "out of memory");
  return -1;
}

int pg_sink_statement(void *sink, librdf_statement *st, librdf_node *graph)
{
  pg_sink *k = sink;
  raptor_statement rs;

  k->n++;
  if (!k->streams)
    return add_to_model(k, st, graph);
  rs = *st; /* shallow: borrowed terms, never freed through rs */
  rs.graph = graph;
  if (raptor_serializer_serialize_statement(k->ser, &rs)) {
    pg_rdf_error(k->rdf, NULL, "cannot write a statement as %s", k->format);
    return -1;
  }
  return 0;
}

/* Writes raptor's JSON text to out with each "\\UXXXXXXXX" escape (which
 * raptor's JSON writer emits for characters beyond the BMP, and which is
 * not JSON: YAJL, raptor's own JSON parser and Python all refuse it)
 * turned into the UTF-16 surrogate pair JSON wants.  Returns 0 or -1. */
static int write_json(const unsigned char *js, size_t len, FILE *out)
{
  size_t i = 0;
  unsigned long cp;
  char hex[9];

  while (i < len) {
    if (js[i] != '\\' || i + 1 >= len) {
      putc(js[i++], out);
      continue;
    }
    if (js[i + 1] == 'U' && i + 10 <= len) {
      memcpy(hex, js + i + 2, 8);
      hex[8] = '\0';
      cp = strtoul(hex, NULL, 16);
      if (cp > 0xFFFF && cp <= 0x10FFFF) {
        cp -= 0x10000;
        fprintf(out, "\\u%04lX\\u%04lX", 0xD800 + (cp >> 10),
                0xDC00 + (cp & 0x3FF));
      } else {
        fprintf(out, "\\u%04lX", cp & 0xFFFF);
      }
      i += 10;
      continue;
    }
    putc(js[i], out); /* any other escape: both characters as they are */
    putc(js[i + 1], out);
    i += 2;
  }
  return ferror(out) ? -1 : 0;
}

/* Serializes the model to out: JSON through write_json, the others
 * straight to the file.  Returns 0 or -1 (not reported). */
static int serialize(pg_sink *k, librdf_serializer *ser)
{
  unsigned char *js;
  size_t len = 0;
  int rc;

  if (strncmp(k->format, "json", 4))
    return librdf_serializer_serialize_model_to_file_handle(ser, k->out,
                                                            NULL, k->model)
               ? -1 : 0;
  js = librdf_serializer_serialize_model_to_counted_string(ser, NULL,
                                                           k->model, &len);
  if (!js)
    return -1;
  rc = write_json(js, len, k->out);
  librdf_free_memory(js);
  return rc;
}

/* Serializes the model to out, declaring the prefixes. Returns 0 or -1. */
static int write_model(pg_sink *k)
{
  librdf_world *w = pg_rdf_world(k->rdf);
  librdf_serializer *ser = librdf_new_serializer(w, k->format, NULL, NULL);
  librdf_uri *u;
  pg_log *log = pg_rdf_log(k->rdf);
  int i, errors, rc = -1;

  if (!ser) {
    pg_rdf_error(k->rdf, NULL, "cannot create the %s serializer", k->format);
    return -1;
  }
  for (i = 0; k->ns[i].prefix; i++) {
    if (!strcmp(k->ns[i].prefix, "rdf"))
      continue; /* raptor declares rdf: itself and refuses a second one */
    /* Formats without prefixes (json, dot, html) refuse them: fine. */
    u = librdf_new_uri(w, (const unsigned char *)k->ns[i].uri);
    if (u) {
      librdf_serializer_set_namespace(ser, u, k->ns[i].prefix);
      librdf_free_uri(u);
    }
  }
  /* Some serializers report an error and still return 0: count them. */
  errors = log ? log->n_errors : 0;
  if (serialize(k, ser) || (log && log->n_errors > errors))
    pg_rdf_error(k->rdf, NULL, "cannot serialize the graph as %s",
                 k->format);
  else
    rc = 0;
  librdf_free_serializer(ser);
  return rc;
}

int pg_sink_finish(pg_sink *k)
{
  int rc = 0;

  if (k->finished)
    return 0;
  k->finished = 1;
  if (k->streams)
    rc = raptor_serializer_serialize_end(k->ser) ? -1 : 0;
  else
    rc = write_model(k);
  if (fflush(k->out) || ferror(k->out)) {
    pg_rdf_error(k->rdf, NULL, "cannot write the output: %s",
                 strerror(errno));
    rc = -1;
  }
  return rc;
}
