/* pg_sink.c - statements to a serialized RDF file (see pg_sink.h).
 *
 * Streaming formats hand each borrowed statement to a raptor serializer:
 * a librdf_statement is a raptor_statement, so a shallow copy on the stack
 * carrying the graph term is all N-Quads needs (no conversion).  Model
 * formats copy the statement into a hashes model and serialize it with
 * librdf at the end.
 *
 * raptor's N-Triples writer escapes every term byte by byte, one
 * raptor_iostream_write_byte per byte.  On an iostream over a FILE* each
 * of those is an fputc (a locked stdio call), which measured as the
 * largest single cost of `extract -o nquads`.  So the serializer writes
 * to an iostream of our own whose bytes go into a fixed buffer (a store
 * and an increment per byte) that reaches the FILE* in one fwrite when it
 * fills and at pg_sink_finish.  The buffer is fixed-size, so memory stays
 * flat; a write error is remembered and reported at pg_sink_finish, as
 * stdio's would be.
 *
 * raptor 2.0.15 writes N-Triples as the 2004 recommendation had it, every
 * non-ASCII character as \uXXXX.  N-Triples and N-Quads 1.1 (2014) are
 * UTF-8 and allow any non-ASCII character raw in IRIs and strings, and a
 * Chinese label is unreadable escaped, so the iostream undoes exactly
 * those escapes on the way out (utf8_*): a backslash starts an escape, the
 * next byte ends it unless it is u or U, whose hex digits are held until
 * complete; \\ and every escape below U+0080 pass through as raptor wrote
 * them.  Only a backslash leaves the hot path.
 *
 * Known weakness, written here on purpose: raptor's Turtle writer puts a
 * raw carriage return inside a literal, which no parser (raptor included)
 * reads back, so for Turtle every "\r\n" and lone "\r" in a literal
 * becomes "\n" before the statement enters the model.
 */
#include "pg_sink.h"
#include "pg_input.h"
#include "pg_writers.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Bytes a streaming sink holds before one fwrite to its FILE*. */
#define PG_SINK_BUF_SIZE (256 * 1024)

struct pg_sink {
  pg_rdf *rdf;               /* borrowed                                */
  FILE *out;                 /* borrowed                                */
  char *format;              /* owned: raptor serializer name           */
  int streams;               /* 1: ntriples/nquads straight to `ser`    */
  int fix_cr;                /* 1: normalize \r out of literals (Turtle) */
  raptor_serializer *ser;    /* owned, streaming formats only           */
  raptor_iostream *ios;      /* owned: `ser` writes here, into `buf`    */
  unsigned char *buf;        /* owned: PG_SINK_BUF_SIZE bytes           */
  size_t len;                /* bytes held in buf                       */
  int werr;                  /* errno of the first failed write, or 0   */
  int utf8;                  /* 1: turn \u escapes back into UTF-8     */
  char esc[10];              /* held escape: backslash, u/U, hex digits */
  int esc_len;               /* bytes held in esc (0: none)             */
  pg_tset *tset;             /* owned: trig (one document), jsonld (all) */
  char *graph;               /* owned: trig, the graph being collected  */
  int trig_head;             /* trig: the @prefix lines are written     */
  pg_jsonld_ctx *ctx;        /* owned: jsonld, the published @context   */
  librdf_storage *storage;   /* owned, model formats only               */
  librdf_model *model;       /* owned, model formats only               */
  pg_namespace ns[PG_NS_MAX];  /* prefixes to declare                   */
  char ns_buf[PG_NS_BUF_SIZE]; /* their strings                         */
  unsigned long n;           /* statements taken                        */
  int finished;              /* pg_sink_finish ran                      */
};

/* Writes the held bytes to out with one fwrite.  After a failed write
 * the bytes are dropped (the error is reported at pg_sink_finish).
 * Returns 0 or -1. */
static int buf_flush(pg_sink *k)
{
  if (k->len && !k->werr && fwrite(k->buf, 1, k->len, k->out) != k->len)
    k->werr = errno ? errno : EIO;
  k->len = 0;
  return k->werr ? -1 : 0;
}

#if defined(__GNUC__)
#define PG_NOINLINE __attribute__((noinline))
#else
#define PG_NOINLINE
#endif

/* ios_write_byte when the buffer is full: flush, then store.  Kept out
 * of ios_write_byte (noinline) so that stays a few instructions with no
 * stack frame: measured, the frame was half its cost. */
static PG_NOINLINE int write_byte_flushing(pg_sink *k, int byte)
{
  if (buf_flush(k))
    return 1;
  k->buf[k->len++] = (unsigned char)byte;
  return 0;
}

/* One byte into the buffer, no escape handling.  Returns 0 or 1. */
static int put_byte(pg_sink *k, int byte)
{
  if (k->len < PG_SINK_BUF_SIZE) {
    k->buf[k->len++] = (unsigned char)byte;
    return 0;
  }
  return write_byte_flushing(k, byte);
}

/* The value of hex digit c, or -1. */
static int hex_value(int c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

/* Writes the held escape: as UTF-8 when it is a complete \u or \U escape
 * of a non-ASCII scalar value, else its bytes as they are.  Returns 0
 * or 1. */
static int utf8_release(pg_sink *k)
{
  unsigned long cp = 0;
  unsigned char u[4];
  int i, n = k->esc_len, want = n > 1 && k->esc[1] == 'U' ? 10 : 6, rc = 0;

  k->esc_len = 0;
  if (n == want) {
    for (i = 2; i < n; i++)
      cp = cp * 16 + (unsigned long)hex_value(k->esc[i]);
    if (cp >= 0x80 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
      if (cp < 0x800) {
        u[0] = (unsigned char)(0xC0 | cp >> 6), n = 2;
      } else if (cp < 0x10000) {
        u[0] = (unsigned char)(0xE0 | cp >> 12), n = 3;
      } else {
        u[0] = (unsigned char)(0xF0 | cp >> 18), n = 4;
      }
      for (i = n - 1; i > 0; i--, cp >>= 6)
        u[i] = (unsigned char)(0x80 | (cp & 0x3F));
      for (i = 0; i < n && !rc; i++)
        rc = put_byte(k, u[i]);
      return rc;
    }
  }
  for (i = 0; i < n && !rc; i++)
    rc = put_byte(k, k->esc[i]);
  return rc;
}

/* One byte through the escape state: see the file comment.  Returns 0
 * or 1. */
static int utf8_byte(pg_sink *k, int byte)
{
  int n = k->esc_len;

  if (!n) {
    if (byte != '\\')
      return put_byte(k, byte);
    k->esc[k->esc_len++] = '\\';
    return 0;
  }
  if (n == 1 && byte != 'u' && byte != 'U') { /* \\, \", \n, ... */
    k->esc_len = 0;
    return put_byte(k, '\\') || put_byte(k, byte);
  }
  if (n >= 2 && hex_value(byte) < 0) /* not an escape raptor writes */
    return utf8_release(k) || utf8_byte(k, byte);
  k->esc[k->esc_len++] = (char)byte;
  if (k->esc_len == (k->esc[1] == 'U' ? 10 : 6))
    return utf8_release(k);
  return 0;
}

/* raptor_iostream handler: one byte into the buffer.  raptor calls it
 * for nearly every byte it writes, so it is the sink's hot path.
 * Returns 0 or 1. */
static int ios_write_byte(void *user, const int byte)
{
  pg_sink *k = user;

  if (k->utf8 && (byte == '\\' || k->esc_len))
    return utf8_byte(k, byte);
  if (k->len < PG_SINK_BUF_SIZE) {
    k->buf[k->len++] = (unsigned char)byte;
    return 0;
  }
  return write_byte_flushing(k, byte);
}

/* raptor_iostream handler: nmemb items of size bytes into the buffer (a
 * block larger than the buffer goes straight to out).  Returns nmemb, or
 * 0 on a write error (fwrite's convention, which raptor expects). */
static int ios_write_bytes(void *user, const void *ptr, size_t size,
                           size_t nmemb)
{
  pg_sink *k = user;
  size_t n = size * nmemb, i;

  if (k->utf8 && (k->esc_len || memchr(ptr, '\\', n))) {
    for (i = 0; i < n; i++)
      if (utf8_byte(k, ((const unsigned char *)ptr)[i]))
        return 0;
    return (int)nmemb;
  }
  if (n > PG_SINK_BUF_SIZE - k->len) {
    if (buf_flush(k))
      return 0;
    if (n >= PG_SINK_BUF_SIZE) {
      if (fwrite(ptr, 1, n, k->out) != n) {
        k->werr = errno ? errno : EIO;
        return 0;
      }
      return (int)nmemb;
    }
  }
  memcpy(k->buf + k->len, ptr, n);
  k->len += n;
  return (int)nmemb;
}

static const raptor_iostream_handler ios_handler = {
  2,               /* version: writes                                   */
  NULL, NULL,      /* init, finish: the sink owns the buffer            */
  ios_write_byte, ios_write_bytes,
  NULL,            /* write_end: pg_sink_finish flushes                 */
  NULL, NULL       /* read_bytes, read_eof                              */
};

/* Opens the raptor serializer of a streaming sink, writing to the
 * buffer.  Returns 0 or -1. */
static int open_stream(pg_sink *k)
{
  raptor_world *rw = pg_rdf_raptor(k->rdf);

  if (!(k->buf = malloc(PG_SINK_BUF_SIZE)) ||
      !(k->ios = raptor_new_iostream_from_handler(rw, k, &ios_handler))) {
    pg_rdf_error(k->rdf, NULL, "out of memory");
    return -1;
  }
  k->ser = raptor_new_serializer(rw, k->format);
  if (!k->ser || raptor_serializer_start_to_iostream(k->ser, NULL, k->ios)) {
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

/* Opens what the hand-written formats hold: a triple set, and for
 * JSON-LD the context file of the data directory.  Returns 0 or -1. */
static int open_tset(pg_sink *k)
{
  char path[4200];

  if (!(k->tset = pg_new_tset())) {
    pg_rdf_error(k->rdf, NULL, "out of memory");
    return -1;
  }
  if (strcmp(k->format, "jsonld"))
    return 0;
  snprintf(path, sizeof path, "%s/context.jsonld", pg_default_datadir());
  k->ctx = pg_new_jsonld_ctx(path, pg_rdf_log(k->rdf));
  return k->ctx ? 0 : -1;
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
  k->utf8 = k->streams;
  k->fix_cr = !strcmp(format, "turtle");
  pg_graph_namespaces(gopts, k->ns, k->ns_buf);
  if (k->streams ? open_stream(k)
      : !strcmp(format, "trig") || !strcmp(format, "jsonld") ? open_tset(k)
      : open_model(k))
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
  if (k->ios) /* after the serializer, which may still write to it */
    raptor_free_iostream(k->ios);
  free(k->buf);
  pg_free_tset(k->tset);
  free(k->graph);
  pg_free_jsonld_ctx(k->ctx);
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

/* TriG: writes the graph collected so far as one block.  Returns 0 or
 * -1 (reported). */
static int trig_flush(pg_sink *k)
{
  if (!k->trig_head && pg_trig_write_head(k->out, k->ns))
    return -1;
  k->trig_head = 1;
  if (!pg_tset_count(k->tset))
    return 0;
  if (pg_trig_write_graph(k->out, k->tset, k->graph, k->ns))
    return -1;
  pg_tset_clear(k->tset);
  return 0;
}

/* TriG and JSON-LD: st into the triple set.  TriG writes a document's
 * block when the next document's first statement arrives (a document's
 * statements come together, also under -j).  Returns 0 or -1. */
static int add_to_tset(pg_sink *k, librdf_statement *st, librdf_node *graph)
{
  const char *g = NULL;

  if (k->ctx) /* JSON-LD: the union of the graphs, as Turtle */
    goto add;
  if (graph && librdf_node_is_resource(graph))
    g = (const char *)librdf_uri_as_string(librdf_node_get_uri(graph));
  if (!g != !k->graph || (g && strcmp(g, k->graph))) {
    if (trig_flush(k))
      return -1;
    free(k->graph);
    k->graph = NULL;
    if (g && !(k->graph = strdup(g)))
      goto oom;
  }
add:
  if (!pg_tset_add(k->tset, st))
    return 0;
oom:
  pg_rdf_error(k->rdf, NULL, "out of memory");
  return -1;
}

int pg_sink_statement(void *sink, librdf_statement *st, librdf_node *graph)
{
  pg_sink *k = sink;
  raptor_statement rs;

  k->n++;
  if (k->tset)
    return add_to_tset(k, st, graph);
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

/* Writes code point cp (0x80 .. 0x10FFFF, no surrogate) as UTF-8. */
static void put_utf8(unsigned long cp, FILE *out)
{
  if (cp < 0x800) {
    putc((int)(0xC0 | cp >> 6), out);
  } else if (cp < 0x10000) {
    putc((int)(0xE0 | cp >> 12), out);
    putc((int)(0x80 | (cp >> 6 & 0x3F)), out);
  } else {
    putc((int)(0xF0 | cp >> 18), out);
    putc((int)(0x80 | (cp >> 12 & 0x3F)), out);
    putc((int)(0x80 | (cp >> 6 & 0x3F)), out);
  }
  putc((int)(0x80 | (cp & 0x3F)), out);
}

/* Writes raptor's JSON text to out with each \uXXXX escape of a non-ASCII
 * character, and each "\UXXXXXXXX" escape (which raptor's JSON writer
 * emits for characters beyond the BMP, and which is not JSON: YAJL,
 * raptor's own JSON parser and Python all refuse it), written as the
 * character in UTF-8, which JSON allows raw.  Returns 0 or -1. */
static int write_json(const unsigned char *js, size_t len, FILE *out)
{
  size_t i = 0, w;
  unsigned long cp;
  char hex[9];

  while (i < len) {
    if (js[i] != '\\' || i + 1 >= len) {
      putc(js[i++], out);
      continue;
    }
    w = js[i + 1] == 'U' ? 8 : js[i + 1] == 'u' ? 4 : 0;
    if (w && i + 2 + w <= len) {
      memcpy(hex, js + i + 2, w);
      hex[w] = '\0';
      cp = strtoul(hex, NULL, 16);
      if (cp >= 0x80 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
        put_utf8(cp, out);
        i += 2 + w;
        continue;
      }
      if (w == 8) { /* not a character: keep it JSON */
        fprintf(out, "\\uFFFD");
        i += 10;
        continue;
      }
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
  if (k->streams) {
    rc = raptor_serializer_serialize_end(k->ser) ? -1 : 0;
    if (k->esc_len && utf8_release(k))
      rc = -1;
    buf_flush(k);
  } else if (k->ctx) {
    rc = pg_jsonld_write(k->out, k->tset, k->ctx);
  } else if (k->tset) {
    rc = trig_flush(k);
  } else {
    rc = write_model(k);
  }
  errno = 0;
  if (fflush(k->out) || ferror(k->out) || k->werr) {
    pg_rdf_error(k->rdf, NULL, "cannot write the output: %s",
                 strerror(k->werr ? k->werr : errno ? errno : EIO));
    rc = -1;
  }
  return rc;
}
