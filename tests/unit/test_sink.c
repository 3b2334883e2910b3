/* test_sink.c - serializer sinks: streamed N-Triples/N-Quads byte for
 * byte (also past the sink's buffer, against raptor writing to the FILE*
 * itself, its \u escapes written as UTF-8), write errors reported, model
 * formats re-parsed to the same triples, prefixes declared, carriage
 * returns kept out of Turtle, unknown formats refused. */
#include "pg_sink.h"
#include "../tap.h"

#include <stdlib.h>
#include <string.h>

static int n_errors;

static void count_errors(void *user, pg_log_level level,
                         const pg_locator *loc, const char *text)
{
  (void)user; (void)loc; (void)text;
  n_errors += level == PG_LOG_ERROR;
}

/* Emits three statements (one with a literal holding "\r\n", one twice)
 * in graph g1 and one in g2 into a sink of format; returns the output. */
static char *write_sample(pg_rdf *rdf, const char *format, int *rc)
{
  librdf_world *w = pg_rdf_world(rdf);
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  pg_sink *k = pg_new_sink(rdf, format, NULL, out);
  librdf_node *g1 = librdf_new_node_from_uri_string(w,
      (const unsigned char *)"https://w3id.org/policygraph/id/doc/a");
  librdf_node *g2 = librdf_new_node_from_uri_string(w,
      (const unsigned char *)"https://w3id.org/policygraph/id/doc/b");
  librdf_statement *s1 = librdf_new_statement_from_nodes(w,
      librdf_new_node_from_uri_string(w, (const unsigned char *)
          "https://w3id.org/policygraph/id/organization/x"),
      librdf_new_node_from_uri_string(w, (const unsigned char *)
          "http://www.w3.org/2000/01/rdf-schema#label"),
      librdf_new_node_from_typed_literal(w, (const unsigned char *)
          "国家\r\n信息中心", "zh", NULL));
  librdf_statement *s2 = librdf_new_statement_from_nodes(w,
      librdf_new_node_from_uri_string(w, (const unsigned char *)
          "https://w3id.org/policygraph/id/organization/x"),
      librdf_new_node_from_uri_string(w, (const unsigned char *)
          "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
      librdf_new_node_from_uri_string(w, (const unsigned char *)
          "https://w3id.org/policygraph/ns#Organization"));

  *rc = !k;
  if (k) {
    *rc |= pg_sink_statement(k, s1, g1);
    *rc |= pg_sink_statement(k, s2, g1);
    *rc |= pg_sink_statement(k, s2, g1);
    *rc |= pg_sink_statement(k, s2, g2);
    *rc |= pg_sink_finish(k);
    is_int(pg_sink_count(k), 4, "%s: four statements taken", format);
  }
  pg_free_sink(k);
  fclose(out);
  librdf_free_statement(s1);
  librdf_free_statement(s2);
  librdf_free_node(g1);
  librdf_free_node(g2);
  return buf;
}

static void count_one(void *user, raptor_statement *st)
{
  (void)st;
  ++*(int *)user;
}

/* Number of statements raptor's parser reads back from text. */
static int reparse(pg_rdf *rdf, const char *parser, const char *text)
{
  raptor_parser *p = raptor_new_parser(pg_rdf_raptor(rdf), parser);
  raptor_uri *base = raptor_new_uri(pg_rdf_raptor(rdf),
                                    (const unsigned char *)"http://base/");
  int n = 0, before = n_errors;

  raptor_parser_set_statement_handler(p, &n, count_one);
  raptor_parser_parse_start(p, base);
  raptor_parser_parse_chunk(p, (const unsigned char *)text, strlen(text), 1);
  raptor_free_uri(base);
  raptor_free_parser(p);
  return n_errors > before ? -1 : n;
}

static void test_streams(pg_rdf *rdf)
{
  int rc;
  char *nt = write_sample(rdf, "ntriples", &rc), *nq;

  is_int(rc, 0, "ntriples written");
  is_str(nt,
    "<https://w3id.org/policygraph/id/organization/x> "
    "<http://www.w3.org/2000/01/rdf-schema#label> "
    "\"国家\\r\\n信息中心\"@zh .\n"
    "<https://w3id.org/policygraph/id/organization/x> "
    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    "<https://w3id.org/policygraph/ns#Organization> .\n"
    "<https://w3id.org/policygraph/id/organization/x> "
    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    "<https://w3id.org/policygraph/ns#Organization> .\n"
    "<https://w3id.org/policygraph/id/organization/x> "
    "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    "<https://w3id.org/policygraph/ns#Organization> .\n",
    "ntriples streams each statement as given, in order");
  nq = write_sample(rdf, "nquads", &rc);
  is_int(rc, 0, "nquads written");
  ok(nq && strstr(nq, "<https://w3id.org/policygraph/ns#Organization> "
                      "<https://w3id.org/policygraph/id/doc/b> .\n"),
     "nquads carries the document's named graph");
  is_int(reparse(rdf, "nquads", nq), 4, "nquads reads back");
  free(nt);
  free(nq);
}

/* N-Triples with the characters raptor escapes: non-ASCII in an IRI and
 * in literals (BMP and beyond), a control character, and a literal
 * backslash before "u4E2D", which must stay two escapes' worth. */
static void test_utf8(pg_rdf *rdf)
{
  librdf_world *w = pg_rdf_world(rdf);
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  pg_sink *k = pg_new_sink(rdf, "ntriples", NULL, out);
  librdf_statement *st = librdf_new_statement_from_nodes(w,
      librdf_new_node_from_uri_string(w, (const unsigned char *)
          "https://w3id.org/policygraph/id/person/张明"),
      librdf_new_node_from_uri_string(w, (const unsigned char *)
          "http://www.w3.org/2000/01/rdf-schema#label"),
      librdf_new_node_from_typed_literal(w, (const unsigned char *)
          "张明 é \xf0\xa0\x80\x80 \x01 \\u4E2D \\\\", "zh", NULL));

  ok(k && !pg_sink_statement(k, st, NULL) && !pg_sink_finish(k),
     "utf8: written");
  fclose(out);
  is_str(buf, "<https://w3id.org/policygraph/id/person/张明> "
         "<http://www.w3.org/2000/01/rdf-schema#label> "
         "\"张明 é \xf0\xa0\x80\x80 \\u0001 \\\\u4E2D \\\\\\\\\"@zh .\n",
         "utf8: non-ASCII raw, control and backslashes escaped");
  is_int(reparse(rdf, "ntriples", buf), 1, "utf8: raptor reads it back");
  pg_free_sink(k);
  free(buf);
  buf = NULL;
  out = open_memstream(&buf, &len);
  k = pg_new_sink(rdf, "json", NULL, out);
  ok(k && !pg_sink_statement(k, st, NULL) && !pg_sink_finish(k),
     "utf8: RDF/JSON written");
  fclose(out);
  ok(buf && strstr(buf, "\"张明 é \xf0\xa0\x80\x80 \\u0001 \\\\u4E2D \\\\\\\\\"") &&
         strstr(buf, "person/张明\""),
     "utf8: RDF/JSON holds the characters raw, beyond the BMP too");
  is_int(reparse(rdf, "json", buf), 1, "utf8: raptor reads the JSON back");
  librdf_free_statement(st);
  pg_free_sink(k);
  free(buf);
}

static void test_models(pg_rdf *rdf)
{
  static const char *const fmts[][2] = {
    { "turtle", "turtle" }, { "rdfxml", "rdfxml" },
    { "rdfxml-abbrev", "rdfxml" }, { "json", "json" },
    { "json-triples", "json" },
  };
  size_t i;
  int rc;
  char *out;

  for (i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
    out = write_sample(rdf, fmts[i][0], &rc);
    is_int(rc, 0, "%s written", fmts[i][0]);
    /* s2 is in two graphs but is one triple: two triples in all. */
    is_int(reparse(rdf, fmts[i][1], out), 2, "%s reads back to 2 triples",
           fmts[i][0]);
    if (!strcmp(fmts[i][0], "turtle")) {
      ok(out && !strchr(out, '\r'), "turtle: no raw carriage return");
      ok(out && strstr(out, "@prefix pg: <https://w3id.org/policygraph/ns#>"),
         "turtle declares pg:");
      ok(out && strstr(out, "pg:Organization"), "and uses it");
    }
    if (!strcmp(fmts[i][0], "rdfxml-abbrev"))
      ok(out && strstr(out, "xmlns:pg=\"https://w3id.org/policygraph/ns#\""),
         "rdfxml-abbrev declares pg:");
    free(out);
  }
}

/* Statement i of a long stream: a mention-like subject, a literal that
 * grows with i (ASCII, Chinese, escapes), and every 500th a literal
 * larger than the sink's buffer.  A new statement. */
static librdf_statement *long_statement(librdf_world *w, int i)
{
  char subj[128], *text;
  size_t len = (size_t)(i % 500 == 499 ? 300000 : 40 + i % 200), k;
  librdf_statement *st;

  snprintf(subj, sizeof subj,
           "https://w3id.org/policygraph/id/doc/d#char=%d,%d", i, i + 2);
  text = malloc(len * 3 + 1);
  for (k = 0; k < len; k++)
    memcpy(text + 3 * k, k % 7 == 0 ? "a\\b" : k % 7 == 1 ? "\r\n\"" :
                         "国", 3); /* 3 bytes each */
  text[3 * len] = '\0';
  st = librdf_new_statement_from_nodes(w,
      librdf_new_node_from_uri_string(w, (const unsigned char *)subj),
      librdf_new_node_from_uri_string(w, (const unsigned char *)
          "https://w3id.org/policygraph/ns#text"),
      librdf_new_node_from_typed_literal(w, (const unsigned char *)text,
                                         NULL, NULL));
  free(text);
  return st;
}

/* Streams n long statements in graph g as format, through a sink
 * (through_sink) or through raptor's serializer on the FILE* itself;
 * returns the output (*len bytes). */
static char *write_long(pg_rdf *rdf, const char *format, int n,
                        int through_sink, size_t *len)
{
  librdf_world *w = pg_rdf_world(rdf);
  char *buf = NULL;
  FILE *out = open_memstream(&buf, len);
  librdf_node *g = librdf_new_node_from_uri_string(w,
      (const unsigned char *)"https://w3id.org/policygraph/id/doc/d");
  pg_sink *k = through_sink ? pg_new_sink(rdf, format, NULL, out) : NULL;
  raptor_serializer *ser = through_sink ? NULL
      : raptor_new_serializer(pg_rdf_raptor(rdf), format);
  raptor_statement rs;
  librdf_statement *st;
  int i;

  if (ser)
    raptor_serializer_start_to_file_handle(ser, NULL, out);
  for (i = 0; i < n; i++) {
    st = long_statement(w, i);
    rs = *st;
    rs.graph = g;
    if (k)
      pg_sink_statement(k, st, g);
    else if (ser)
      raptor_serializer_serialize_statement(ser, &rs);
    librdf_free_statement(st);
  }
  if (k)
    pg_sink_finish(k);
  if (ser)
    raptor_serializer_serialize_end(ser);
  pg_free_sink(k);
  if (ser)
    raptor_free_serializer(ser);
  librdf_free_node(g);
  fclose(out);
  return buf;
}

/* The reference for the sink's streamed unescaping, over a whole text
 * in place: each \uXXXX or \UXXXXXXXX escape of a non-ASCII character
 * becomes its UTF-8 bytes, every other escape stays.  Returns the new
 * length. */
static size_t unescape_ref(char *t, size_t n)
{
  size_t i = 0, o = 0, w;
  unsigned long cp;
  char hex[9];

  while (i < n) {
    if (t[i] != '\\' || i + 1 >= n) {
      t[o++] = t[i++];
      continue;
    }
    w = t[i + 1] == 'u' ? 4 : t[i + 1] == 'U' ? 8 : 0;
    if (!w || i + 2 + w > n) {
      t[o++] = t[i++];
      t[o++] = t[i++];
      continue;
    }
    memcpy(hex, t + i + 2, w);
    hex[w] = '\0';
    cp = strtoul(hex, NULL, 16);
    if (cp < 0x80) {
      memmove(t + o, t + i, 2 + w);
      o += 2 + w;
    } else if (cp < 0x800) {
      t[o++] = (char)(0xC0 | cp >> 6);
      t[o++] = (char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      t[o++] = (char)(0xE0 | cp >> 12);
      t[o++] = (char)(0x80 | (cp >> 6 & 0x3F));
      t[o++] = (char)(0x80 | (cp & 0x3F));
    } else {
      t[o++] = (char)(0xF0 | cp >> 18);
      t[o++] = (char)(0x80 | (cp >> 12 & 0x3F));
      t[o++] = (char)(0x80 | (cp >> 6 & 0x3F));
      t[o++] = (char)(0x80 | (cp & 0x3F));
    }
    i += 2 + w;
  }
  return o;
}

static void test_long_stream(pg_rdf *rdf)
{
  static const char *const fmts[] = { "nquads", "ntriples" };
  size_t i, n1 = 0, n2 = 0;
  char *a, *b;

  for (i = 0; i < 2; i++) {
    a = write_long(rdf, fmts[i], 1500, 1, &n1);
    b = write_long(rdf, fmts[i], 1500, 0, &n2);
    ok(n1 > 2u << 20, "%s: a long stream (%zu bytes, past the buffer)",
       fmts[i], n1);
    n2 = b ? unescape_ref(b, n2) : 0;
    ok(n1 == n2 && a && b && !memcmp(a, b, n1),
       "%s: raptor's bytes on the FILE* itself, \\u escapes as UTF-8",
       fmts[i]);
    free(a);
    free(b);
  }
}

/* A write error (a full device) is reported at pg_sink_finish. */
static void test_write_error(pg_rdf *rdf)
{
  FILE *full = fopen("/dev/full", "w");
  pg_sink *k;
  librdf_statement *st;
  librdf_node *g;
  int i, rc = 0;

  if (!full) {
    ok(1, "# SKIP no /dev/full");
    return;
  }
  k = pg_new_sink(rdf, "nquads", NULL, full);
  g = librdf_new_node_from_uri_string(pg_rdf_world(rdf),
      (const unsigned char *)"https://w3id.org/policygraph/id/doc/d");
  for (i = 0; i < 600; i++) {
    st = long_statement(pg_rdf_world(rdf), i);
    rc |= pg_sink_statement(k, st, g);
    librdf_free_statement(st);
  }
  is_int(rc, 0, "statements are taken while the write error waits");
  n_errors = 0;
  ok(pg_sink_finish(k) == -1 && n_errors == 1,
     "a write error is reported once, at the end");
  pg_free_sink(k);
  librdf_free_node(g);
  fclose(full);
}

int main(void)
{
  pg_log log = { count_errors, NULL, 0, 0 };
  pg_rdf *rdf = pg_new_rdf(&log);
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);

  test_streams(rdf);
  test_utf8(rdf);
  test_long_stream(rdf);
  test_write_error(rdf);
  test_models(rdf);
  n_errors = 0;
  ok(pg_new_sink(rdf, "no-such-format", NULL, out) == NULL,
     "an unknown format is refused");
  is_int(n_errors, 1, "with one error");
  ok(pg_new_sink(rdf, "atom", NULL, out) == NULL, "atom is refused");
  pg_free_sink(NULL);
  fclose(out);
  free(buf);
  pg_free_rdf(rdf);
  return tap_done();
}
