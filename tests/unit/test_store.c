/* test_store.c - stores: SPEC parsing, a graph per document replaced on
 * re-extraction, rollback, removal, loading files (quads keep their
 * graphs, triples get the file's), stats, sqlite's indexes and
 * persistence across opens, and clear errors for stores that cannot be
 * opened. */
#include "pg_store.h"
#include "../tap.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char last_error[1024];
static char last_where[512];

static void keep(void *user, pg_log_level level, const pg_locator *loc,
                 const char *text)
{
  (void)user;
  if (level != PG_LOG_ERROR)
    return;
  snprintf(last_error, sizeof last_error, "%s", text);
  pg_locator_format(loc, last_where, sizeof last_where);
}

/* Writes n statements <x> <p> "v<i>" into graph g as one document. */
static int write_doc(pg_store *s, pg_rdf *rdf, const char *g, int n)
{
  librdf_world *w = pg_rdf_world(rdf);
  char v[32];
  int i, rc = pg_store_begin(s, g);

  for (i = 0; !rc && i < n; i++) {
    librdf_statement *st;
    snprintf(v, sizeof v, "v%d", i);
    st = librdf_new_statement_from_nodes(w,
        librdf_new_node_from_uri_string(w, (const unsigned char *)"http://x"),
        librdf_new_node_from_uri_string(w, (const unsigned char *)"http://p"),
        librdf_new_node_from_literal(w, (const unsigned char *)v, "zh", 0));
    rc = pg_store_statement(s, st, NULL);
    librdf_free_statement(st);
  }
  return rc ? rc : pg_store_commit(s);
}

static int size(pg_store *s) { return librdf_model_size(pg_store_model(s)); }

/* Graph replacement, rollback and removal on an open store. */
static void exercise(pg_store *s, pg_rdf *rdf, const char *what)
{
  long n = -1;

  is_int(write_doc(s, rdf, "http://g/1", 3), 0, "%s: document 1", what);
  is_int(write_doc(s, rdf, "http://g/2", 2), 0, "%s: document 2", what);
  is_int(size(s), 5, "%s: 5 statements", what);
  is_int(write_doc(s, rdf, "http://g/1", 1), 0, "%s: document 1 again",
         what);
  is_int(size(s), 3, "%s: re-extraction replaced its graph", what);
  is_int(write_doc(s, rdf, "http://g/1", 1), 0, "%s: and again", what);
  is_int(size(s), 3, "%s: same input twice, same store", what);
  is_int(pg_store_remove(s, "http://g/2", &n), 0, "%s: remove 2", what);
  is_int(n, 2, "%s: its 2 statements went", what);
  is_int(size(s), 1, "%s: 1 statement left", what);
  is_int(pg_store_remove(s, "http://g/none", &n), 0, "%s: remove absent",
         what);
  is_int(n, 0, "%s: found nothing", what);
}

static void test_memory(pg_rdf *rdf)
{
  pg_store *s = pg_new_store(rdf, "memory");

  ok(s != NULL, "memory store");
  is_str(pg_store_kind(s), "hashes", "memory is the hashes storage");
  exercise(s, rdf, "memory");
  pg_free_store(s);
}

static int count_indexes(const char *path)
{
  sqlite3 *db;
  sqlite3_stmt *q;
  int n = -1;

  if (sqlite3_open(path, &db) == SQLITE_OK &&
      sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE "
                         "name IN ('pg_literals_index','pg_blanks_index',"
                         "'pg_context_index','pg_ps_index','pg_op_index')",
                         -1, &q, NULL) == SQLITE_OK) {
    if (sqlite3_step(q) == SQLITE_ROW)
      n = sqlite3_column_int(q, 0);
    sqlite3_finalize(q);
  }
  sqlite3_close(db);
  return n;
}

/* The index sqlite's planner picks for sql over path's triples, or "". */
static const char *plan_index(const char *path, const char *sql)
{
  static char idx[64];
  char q[512];
  sqlite3 *db;
  sqlite3_stmt *st;

  idx[0] = '\0';
  snprintf(q, sizeof q, "EXPLAIN QUERY PLAN %s", sql);
  if (sqlite3_open(path, &db) == SQLITE_OK &&
      sqlite3_prepare_v2(db, q, -1, &st, NULL) == SQLITE_OK) {
    while (sqlite3_step(st) == SQLITE_ROW) {
      const char *d = (const char *)sqlite3_column_text(st, 3);
      const char *u = d ? strstr(d, "USING INDEX ") : NULL;

      if (u)
        sscanf(u + 12, "%63s", idx);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return idx;
}

static void test_sqlite(pg_rdf *rdf, const char *dir)
{
  char path[512], spec[600];
  pg_store *s;

  snprintf(path, sizeof path, "%s/kg.sqlite", dir);
  snprintf(spec, sizeof spec, "sqlite:%s", path);
  s = pg_new_store(rdf, spec);
  ok(s != NULL, "sqlite store created");
  is_str(pg_store_kind(s), "sqlite", "kind sqlite");
  is_int(count_indexes(path), 5, "the literals, blanks, context, "
         "predicate-subject and object-predicate indexes exist");
  /* What each serves: librdf's check before every insert, its "?s p o"
   * and "s p ?o" look-ups, and a document's replacement. */
  is_str(plan_index(path, "SELECT 1 FROM triples WHERE subjectUri=1 AND "
                    "predicateUri=2 AND objectUri=3 AND contextUri=4"),
         "pg_context_index", "the insert check uses the context index");
  is_str(plan_index(path, "SELECT * FROM triples WHERE predicateUri=2 AND "
                    "objectUri=3"),
         "pg_op_index", "?s p o uses the object-predicate index");
  is_str(plan_index(path, "SELECT * FROM triples WHERE subjectUri=1 AND "
                    "predicateUri=2"),
         "pg_ps_index", "s p ?o uses the predicate-subject index");
  is_str(plan_index(path, "SELECT * FROM triples WHERE predicateUri=2"),
         "pg_ps_index", "?s p ?o uses the predicate-subject index");
  is_str(plan_index(path, "DELETE FROM triples WHERE contextUri=4"),
         "pg_context_index", "a document's removal uses the context index");
  exercise(s, rdf, "sqlite");
  /* A rolled-back document leaves nothing. */
  pg_store_begin(s, "http://g/3");
  pg_store_rollback(s);
  is_int(size(s), 1, "sqlite: rollback leaves the store as it was");
  pg_free_store(s);
  s = pg_new_store(rdf, path); /* a bare path means sqlite */
  ok(s != NULL, "reopened by bare path");
  is_int(size(s), 1, "sqlite: the statement persisted");
  is_int(write_doc(s, rdf, "http://g/1", 4), 0, "write after reopening");
  is_int(size(s), 4, "sqlite: replaced after reopening");
  pg_free_store(s);
  unlink(path);
}

static void test_bad(pg_rdf *rdf, const char *dir)
{
  char path[512];
  FILE *fp;

  snprintf(path, sizeof path, "%s/not-a-db.sqlite", dir);
  fp = fopen(path, "w");
  fputs("this is not a database, just text\n", fp);
  fclose(fp);
  ok(pg_new_store(rdf, path) == NULL, "a text file is not a store");
  ok(!strncmp(last_error, "cannot open store ", 18), "cannot open store");
  ok(strstr(last_error, "file is not a database") != NULL,
     "the reason is sqlite's (%s)", last_error);
  unlink(path);
  snprintf(path, sizeof path, "sqlite:%s/no/such/dir/x.db", dir);
  ok(pg_new_store(rdf, path) == NULL, "a store in a missing directory");
  ok(strstr(last_error, "cannot open store sqlite:") &&
     strstr(last_error, "No such file or directory"),
     "names the store and the reason (%s)", last_error);
}

static void test_load(pg_rdf *rdf, const char *dir)
{
  char nq[512], ttl[512], bad[512];
  pg_store *s = pg_new_store(rdf, "memory");
  unsigned long n = 0;
  FILE *fp;

  snprintf(nq, sizeof nq, "%s/a.nq", dir);
  snprintf(ttl, sizeof ttl, "%s/b.ttl", dir);
  snprintf(bad, sizeof bad, "%s/c.ttl", dir);
  fp = fopen(nq, "w");
  fputs("<http://x> <http://p> \"1\" <http://g/a> .\n"
        "<http://x> <http://p> \"2\" <http://g/b> .\n", fp);
  fclose(fp);
  fp = fopen(ttl, "w");
  fputs("@prefix e: <http://e/> .\ne:x e:p e:y, e:z .\n", fp);
  fclose(fp);
  fp = fopen(bad, "w");
  fputs("@prefix e: <http://e/> .\ne:x e:p e:y .\ne:x e:p .\n", fp);
  fclose(fp);
  is_int(pg_store_load(s, nq, &n), 0, "load N-Quads");
  is_int(n, 2, "2 quads");
  is_int(pg_store_load(s, ttl, &n), 0, "load Turtle");
  is_int(size(s), 4, "4 statements");
  is_int(pg_store_load(s, nq, &n), 0, "load the N-Quads again");
  is_int(pg_store_load(s, ttl, &n), 0, "and the Turtle");
  is_int(size(s), 4, "still 4: each graph was replaced");
  is_int(pg_store_remove(s, "http://g/a", NULL), 0, "the quads' graphs are "
         "kept");
  is_int(size(s), 3, "removing one takes its statement");
  ok(pg_store_load(s, bad, &n) != 0, "a syntax error fails the load");
  ok(!strncmp(last_where, bad, strlen(bad)) &&
     !strcmp(last_where + strlen(bad), ":3"),
     "the message names the file and line (%s)", last_where);
  last_where[0] = 0;
  ok(pg_store_load(s, "/no/such/file.nt", &n) != 0, "a missing file too");
  pg_free_store(s);
  unlink(nq);
  unlink(ttl);
  unlink(bad);
}

static void test_stats(pg_rdf *rdf, const char *dir)
{
  char nt[512];
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len), *fp;
  pg_store *s = pg_new_store(rdf, "memory");

  snprintf(nt, sizeof nt, "%s/d.nt", dir);
  fp = fopen(nt, "w");
  fputs("<http://d/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
        "Context> .\n"
        "<http://p/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/policygraph/ns#Person> .\n"
        "<http://p/1> <http://schema.org/affiliation> <http://o/1> .\n", fp);
  fclose(fp);
  pg_store_load(s, nt, NULL);
  is_int(pg_store_stats(s, out), 0, "stats");
  fclose(out);
  ok(buf && strstr(buf, "documents\t1\n"), "one document");
  ok(buf && strstr(buf, "entities pg:Person\t1\n"), "one person");
  ok(buf && strstr(buf, "relations schema:affiliation\t1\n"),
     "one affiliation");
  ok(buf && strstr(buf, "triples\t3\n"), "three triples");
  free(buf);
  pg_free_store(s);
  unlink(nt);
}

int main(void)
{
  pg_log log = { keep, NULL, 0, 0 };
  pg_rdf *rdf = pg_new_rdf(&log);
  char dir[] = "/tmp/pg-test-store-XXXXXX";

  ok(mkdtemp(dir) != NULL, "temporary directory");
  test_memory(rdf);
  test_sqlite(rdf, dir);
  test_bad(rdf, dir);
  test_load(rdf, dir);
  test_stats(rdf, dir);
  rmdir(dir);
  pg_free_rdf(rdf);
  return tap_done();
}
