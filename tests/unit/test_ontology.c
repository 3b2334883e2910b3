/* test_ontology.c - the ontology declares every pg: term; the example
 * queries give their known answers.
 *
 * 1. ontology/policygraph.ttl parses, and every pg: term it declares has
 *    Chinese and English labels and comments, and (classes) a
 *    superclass or (properties) a range.
 * 2. Every pg: term used in tests/queries/known.ttl -- as a predicate or
 *    as a class -- and in the program's own output on the bundled example
 *    articles ($PG extract -o ntriples on examples/ *.txt; skipped when the
 *    program or the examples are missing or extraction fails) is
 *    declared.
 * 3. Each ontology/queries/NAME.rq, run on known.ttl with pg_query_run as
 *    TSV, gives exactly tests/queries/NAME.tsv.
 */
#include "config.h"
#include "pg_query.h"
#include "../tap.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PG "https://w3id.org/policygraph/ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"

static const char *srcdir(void)
{
  const char *s = getenv("PG_SRCDIR");

  return s && *s ? s : PG_SRCDATADIR "/..";
}

static char *slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  long n;

  if (!f)
    return NULL;
  if (!fseek(f, 0, SEEK_END) && (n = ftell(f)) >= 0 && !fseek(f, 0, SEEK_SET)
      && (buf = malloc((size_t)n + 1))) {
    buf[fread(buf, 1, (size_t)n, f)] = '\0';
  }
  fclose(f);
  return buf;
}

static librdf_model *load(pg_rdf *rdf, const char *path, const char *syntax)
{
  librdf_world *w = pg_rdf_world(rdf);
  librdf_storage *st = librdf_new_storage(w, "hashes", NULL,
                                          "hash-type='memory'");
  librdf_model *m = st ? librdf_new_model(w, st, NULL) : NULL;
  librdf_parser *p = librdf_new_parser(w, syntax, NULL, NULL);
  librdf_uri *u = librdf_new_uri_from_filename(w, path);
  int rc = m && p && u ? librdf_parser_parse_into_model(p, u, NULL, m) : -1;

  if (u)
    librdf_free_uri(u);
  if (p)
    librdf_free_parser(p);
  if (rc && m) {
    librdf_free_model(m);
    m = NULL;
  }
  if (!m && st)
    librdf_free_storage(st);
  return m; /* its storage is freed with it by free_model */
}

static void free_model(librdf_model *m)
{
  librdf_storage *st = m ? librdf_model_get_storage(m) : NULL;

  if (m)
    librdf_free_model(m);
  if (st)
    librdf_free_storage(st);
}

/* Whether the ontology gives term p an (s p o) with o a literal in lang
 * (NULL: any object). */
static int has(librdf_world *w, librdf_model *onto, const char *term,
               const char *pred, const char *lang)
{
  librdf_node *s = librdf_new_node_from_uri_string(
      w, (const unsigned char *)term);
  librdf_node *p = librdf_new_node_from_uri_string(
      w, (const unsigned char *)pred);
  librdf_iterator *it = librdf_model_get_targets(onto, s, p);
  int found = 0;

  for (; it && !librdf_iterator_end(it) && !found; librdf_iterator_next(it)) {
    librdf_node *o = librdf_iterator_get_object(it);
    const char *l = librdf_node_is_literal(o)
                    ? librdf_node_get_literal_value_language(o) : NULL;
    found = !lang || (l && !strcmp(l, lang));
  }
  if (it)
    librdf_free_iterator(it);
  librdf_free_node(s);
  librdf_free_node(p);
  return found;
}

static int declared(librdf_world *w, librdf_model *onto, const char *term)
{
  return has(w, onto, term, RDFS "label", "zh") &&
         has(w, onto, term, RDFS "label", "en") &&
         has(w, onto, term, RDFS "comment", "zh") &&
         has(w, onto, term, RDFS "comment", "en");
}

/* Checks every pg: predicate and pg: class of model m is declared. */
static void check_terms(librdf_world *w, librdf_model *onto, librdf_model *m,
                        const char *what)
{
  librdf_stream *st = librdf_model_as_stream(m);
  char seen[8192] = "";
  int undeclared = 0, n = 0;

  for (; st && !librdf_stream_end(st); librdf_stream_next(st)) {
    librdf_statement *s = librdf_stream_get_object(st);
    librdf_node *nodes[2] = { librdf_statement_get_predicate(s),
                              librdf_statement_get_object(s) };
    int k;
    for (k = 0; k < 2; k++) {
      const char *u;
      if (!librdf_node_is_resource(nodes[k]))
        continue;
      u = (const char *)librdf_uri_as_string(librdf_node_get_uri(nodes[k]));
      if (strncmp(u, PG, strlen(PG)) || strstr(seen, u))
        continue;
      if (strlen(seen) + strlen(u) + 2 < sizeof seen) {
        strcat(seen, u);
        strcat(seen, " ");
      }
      n++;
      if (!declared(w, onto, u)) {
        undeclared++;
        printf("#   %s uses %s, which the ontology does not declare\n",
               what, u);
      }
    }
  }
  if (st)
    librdf_free_stream(st);
  ok(n > 0 && !undeclared, "%s: all %d pg: terms declared", what, n);
}

/* The ontology's own pg: terms are complete. */
static void check_ontology(librdf_world *w, librdf_model *onto)
{
  librdf_stream *st = librdf_model_as_stream(onto);
  int bad = 0, n = 0;

  for (; st && !librdf_stream_end(st); librdf_stream_next(st)) {
    librdf_statement *s = librdf_stream_get_object(st);
    librdf_node *subj = librdf_statement_get_subject(s);
    const char *u, *p;
    if (!librdf_node_is_resource(subj))
      continue;
    u = (const char *)librdf_uri_as_string(librdf_node_get_uri(subj));
    p = (const char *)librdf_uri_as_string(
        librdf_node_get_uri(librdf_statement_get_predicate(s)));
    if (strncmp(u, PG, strlen(PG)) || strcmp(p, RDFS "isDefinedBy"))
      continue;
    n++;
    if (!declared(w, onto, u) ||
        !(has(w, onto, u, RDFS "subClassOf", NULL) ||
          has(w, onto, u, RDFS "range", NULL) ||
          !strncmp(u, PG "usedWith", strlen(PG "usedWith")))) {
      bad++;
      printf("#   %s lacks a label, comment, superclass or range\n", u);
    }
  }
  if (st)
    librdf_free_stream(st);
  ok(n >= 18 && !bad, "ontology: %d pg: terms, each with zh/en labels "
     "and comments, and a superclass or range", n);
}

/* The program's N-Triples on the bundled examples, checked like known.ttl. */
static void check_program(pg_rdf *rdf, librdf_model *onto)
{
  const char *pg = getenv("PG");
  char cmd[4096], out[] = "/tmp/pg-onto-XXXXXX";
  librdf_model *m;
  int fd;

  if (!pg || access(pg, X_OK) || (fd = mkstemp(out)) < 0) {
    printf("ok %d # SKIP no program to run\n", ++tap_n);
    return;
  }
  close(fd);
  snprintf(cmd, sizeof cmd, "'%s' extract -o ntriples -O '%s' '%s'/examples/"
           "*.txt 2>/dev/null", pg, out, srcdir());
  if (system(cmd) || !(m = load(rdf, out, "ntriples"))) {
    printf("ok %d # SKIP extract on examples/*.txt did not work yet\n",
           ++tap_n);
    unlink(out);
    return;
  }
  check_terms(pg_rdf_world(rdf), onto, m, "program output (examples)");
  free_model(m);
  unlink(out);
}

/* Runs ontology/queries/NAME.rq on known and compares with NAME.tsv. */
static void check_query(pg_rdf *rdf, librdf_model *known, const char *name)
{
  char path[1024], *q, *want, *got = NULL;
  size_t len = 0, n = strlen(name) - 3;
  pg_query_opts o = { path, "tsv", NULL };
  FILE *f;
  int rc;

  snprintf(path, sizeof path, "%s/tests/queries/%.*s.tsv", srcdir(), (int)n,
           name);
  want = slurp(path);
  snprintf(path, sizeof path, "%s/ontology/queries/%s", srcdir(), name);
  q = slurp(path);
  f = open_memstream(&got, &len);
  rc = q && f ? pg_query_run(rdf, known, q, &o, f) : -1;
  if (f)
    fclose(f);
  ok(!rc && want, "%s runs and has an expected answer", name);
  is_str(got, want ? want : "(missing .tsv)", "%s: expected answer", name);
  free(q);
  free(want);
  free(got);
}

static void check_queries(pg_rdf *rdf, librdf_model *known)
{
  char path[1024];
  struct dirent **list = NULL;
  int i, n;

  snprintf(path, sizeof path, "%s/ontology/queries", srcdir());
  n = scandir(path, &list, NULL, alphasort);
  ok(n > 7, "ontology/queries lists the example queries");
  for (i = 0; i < n; i++) {
    size_t l = strlen(list[i]->d_name);
    if (l > 3 && !strcmp(list[i]->d_name + l - 3, ".rq"))
      check_query(rdf, known, list[i]->d_name);
    free(list[i]);
  }
  free(list);
}

int main(void)
{
  pg_log log = { NULL, NULL, 0, 0 };
  pg_rdf *rdf = pg_new_rdf(&log);
  char path[1024];
  librdf_model *onto, *known;

  snprintf(path, sizeof path, "%s/ontology/policygraph.ttl", srcdir());
  onto = rdf ? load(rdf, path, "turtle") : NULL;
  ok(onto != NULL, "ontology parses");
  snprintf(path, sizeof path, "%s/tests/queries/known.ttl", srcdir());
  known = rdf ? load(rdf, path, "turtle") : NULL;
  ok(known != NULL, "known graph parses");
  if (onto && known) {
    check_ontology(pg_rdf_world(rdf), onto);
    check_terms(pg_rdf_world(rdf), onto, known, "known.ttl");
    check_program(rdf, onto);
    check_queries(rdf, known);
  }
  free_model(onto);
  free_model(known);
  pg_free_rdf(rdf);
  return tap_done();
}
