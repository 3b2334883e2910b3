/* pg_store.c - persistent graphs on a librdf storage (see pg_store.h).
 *
 * Opening parses the SPEC into a storage name, a model name and a librdf
 * options string.  sqlite gets two extras: the file is first opened with
 * the sqlite3 API, so "not a database" and "cannot create" are reported
 * with sqlite's own reason before librdf hides it, and once librdf has
 * created its tables the two indexes that make it linear are added on
 * that same connection.  `new='yes'` (which drops librdf's tables) is
 * passed only when the file is absent or empty.
 *
 * Transactions: sqlite (and mysql) implement librdf's transaction calls;
 * `hashes` does not, and postgresql's are unusable (see pg_new_store).
 * Without them writes go on one statement at a time: every earlier
 * document still stays whole, only the one being written when the process
 * dies is left partial until it is extracted again (a warning names the
 * storage once; not for the in-memory store, which dies with the
 * process anyway).
 *
 * The SQL server storages (postgresql, mysql) create their tables only
 * with new='yes', which on an existing store empties it: they are opened
 * as they are first, with Redland's messages muted, and created only when
 * that fails.
 */
#include "pg_store.h"
#include "pg_graph.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* How long sqlite waits for another process's lock, in milliseconds. */
#define BUSY_MS 60000

struct pg_store {
  pg_rdf *rdf;              /* borrowed                                  */
  char *spec;               /* owned: the SPEC for messages (no password) */
  char *kind;               /* owned: librdf storage name                */
  librdf_storage *storage;  /* owned                                     */
  librdf_model *model;      /* owned                                     */
  int tx;                   /* 1: storage has transactions               */
  int in_tx;                /* 1: a transaction is open                  */
  int warned_tx;            /* 1: "no transactions" was said             */
  librdf_node *graph;       /* owned: graph of the document begun last   */
};

/* The parsed SPEC. */
typedef struct store_spec {
  char kind[64];            /* librdf storage name                        */
  char name[4096];          /* storage (model) name, or sqlite's path      */
  char *options;            /* owned librdf options string                */
} store_spec;

/* Whether librdf knows a storage called name. */
static int is_storage(pg_rdf *rdf, const char *name)
{
  const char *n, *label;
  unsigned i;

  for (i = 0; !librdf_storage_enumerate(pg_rdf_world(rdf), i, &n, &label);
       i++)
    if (!strcmp(n, name))
      return 1;
  return 0;
}

/* Appends "k='v'" for each comma-separated k=v of in (quotes kept when
 * present) to a new options string; name= goes to sp->name instead. */
static int passthrough_options(store_spec *sp, const char *in)
{
  size_t n = strlen(in);
  char *out = malloc(2 * n + 3), *p = out, *dup = strdup(in), *tok, *save;

  if (!out || !dup)
    goto err;
  *p = '\0';
  for (tok = strtok_r(dup, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
    char *eq = strchr(tok, '=');
    if (!eq)
      continue;
    *eq = '\0';
    if (!strcmp(tok, "name")) {
      snprintf(sp->name, sizeof sp->name, "%s", eq + 1);
      continue;
    }
    p += sprintf(p, "%s%s=%s%s%s", p == out ? "" : ",", tok,
                 eq[1] == '\'' ? "" : "'", eq + 1, eq[1] == '\'' ? "" : "'");
  }
  free(dup);
  sp->options = out;
  return 0;
err:
  free(out);
  free(dup);
  return -1;
}

/* A copy of spec for messages, with the value of password= hidden.
 * Returns a new string or NULL. */
static char *redact(const char *spec)
{
  char *r = strdup(spec), *p, *end;

  if (r && (p = strstr(r, "password="))) {
    p += 9;
    end = p + strcspn(p, ",");
    if (end > p) {
      memmove(p + 3, end, strlen(end) + 1);
      memcpy(p, "***", 3);
    }
  }
  return r;
}

/* Splits spec into kind, name and options.  Returns 0, -1 (out of
 * memory) or -2 (NAME: is no librdf storage). */
static int parse_spec(pg_rdf *rdf, const char *spec, store_spec *sp)
{
  const char *colon = strchr(spec, ':');
  size_t kl = colon ? (size_t)(colon - spec) : 0;

  memset(sp, 0, sizeof *sp);
  snprintf(sp->name, sizeof sp->name, "policygraph");
  if (!strcmp(spec, "memory")) {
    snprintf(sp->kind, sizeof sp->kind, "hashes");
    sp->options = strdup("hash-type='memory',contexts='yes'");
  } else if (colon && kl < sizeof sp->kind && kl > 0) {
    memcpy(sp->kind, spec, kl);
    sp->kind[kl] = '\0';
    if (!strcmp(sp->kind, "sqlite"))
      goto sqlite;
    if (!is_storage(rdf, sp->kind)) {
      if (sp->kind[strspn(sp->kind, "abcdefghijklmnopqrstuvwxyz0123456789"
                                    "_-")])
        goto sqlite; /* not a storage name: a path with a colon */
      return -2;
    }
    if (passthrough_options(sp, colon + 1))
      return -1;
  } else {
    goto sqlite;
  }
  return sp->options ? 0 : -1;
sqlite:
  /* sqlite:PATH, or a bare PATH (which may itself hold a colon). */
  snprintf(sp->kind, sizeof sp->kind, "sqlite");
  snprintf(sp->name, sizeof sp->name, "%s",
           !strncmp(spec, "sqlite:", 7) ? spec + 7 : spec);
  sp->options = strdup("contexts='yes'");
  return sp->options ? 0 : -1;
}

/* sqlite before librdf: an existing file must be a database (librdf
 * would only say "open failed").  *is_new says whether librdf must create
 * its tables; it then deletes and recreates the file, so no connection is
 * kept open across.  Returns 0 or -1 (reported). */
static int sqlite_check(pg_store *s, const char *path, int *is_new)
{
  struct stat st;
  sqlite3 *db = NULL;
  int rc;

  *is_new = stat(path, &st) != 0 || st.st_size == 0;
  if (*is_new) {
    /* librdf would only say "open failed": find the system's reason. */
    FILE *fp = fopen(path, "ab");
    if (!fp) {
      pg_rdf_error(s->rdf, path, "cannot open store %s: %s", s->spec,
                   strerror(errno));
      return -1;
    }
    fclose(fp);
    return 0;
  }
  rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK) {
    sqlite3_busy_timeout(db, BUSY_MS);
    rc = sqlite3_exec(db, "SELECT 1 FROM triples LIMIT 1", NULL, NULL, NULL);
  }
  if (rc != SQLITE_OK)
    pg_rdf_error(s->rdf, path, "cannot open store %s: %s", s->spec,
                 db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  sqlite3_close(db);
  return rc == SQLITE_OK ? 0 : -1;
}

/* The integer the one-row query sql answers on db, or -1. */
static int sqlite_count(sqlite3 *db, const char *sql)
{
  sqlite3_stmt *q = NULL;
  int n = -1;

  if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) == SQLITE_OK &&
      sqlite3_step(q) == SQLITE_ROW)
    n = sqlite3_column_int(q, 0);
  sqlite3_finalize(q);
  return n;
}

/* The indexes that make librdf's sqlite storage linear.  The first two
 * serve its node lookups.  The third serves what a store of many
 * documents does all the time: librdf checks every statement it adds with
 * "SELECT 1 FROM triples WHERE subjectUri=? AND predicateUri=? AND
 * objectUri=? AND contextUri=?", which its own spindex (subjectUri,
 * subjectBlank, predicateUri) answers by scanning every row of the
 * subject -- an entity named in n documents has rows in n graphs, so the
 * check grows with the corpus -- and replacing a document deletes "WHERE
 * contextUri=?", a full scan.  Measured on 400 copies of the example,
 * re-extracting 19: 8.6 s without it, 2.2 s with it (SQL time 6.0 s to
 * 0.8 s).  It leads with contextUri, so that sqlite's planner picks it
 * (three columns matched) for that check.
 *
 * The last two serve queries: librdf asks for "?s p o" and "?s p ?o"
 * patterns, which spindex cannot answer, so each was a full scan; and
 * rasqal evaluates each triple pattern once per row of the patterns
 * before it, so a query's time grew with the square of the store.  With
 * them, over 1,000 generated documents (781,171 statements),
 * documents-mentioning.rq took 2.1 s instead of 197.5 s; loading 100
 * documents took 7.4 s instead of 6.1 s.  (predicateUri, subjectUri)
 * rather than (predicateUri, objectUri): a "s p ?o" look-up matches two
 * of its columns, so the planner never prefers it to spindex wrongly.
 *
 * It also puts the file in WAL journal mode (persistent): librdf sets no
 * busy handler on its connection, so in the default rollback mode a
 * reader (a `query` while an `extract` runs) makes the writer's COMMIT
 * fail with "database is locked" and a document is lost; in WAL mode
 * readers never block the writer nor it them, and a process killed mid
 * transaction still leaves only committed documents.  The index and mode
 * are written only when missing, so opening an indexed store writes
 * nothing.  Returns 0 or -1. */
static int sqlite_indexes(pg_store *s, const char *path)
{
  static const char sql[] =
      "CREATE INDEX IF NOT EXISTS pg_literals_index"
      " ON literals(text, language, datatype);"
      "CREATE INDEX IF NOT EXISTS pg_blanks_index ON blanks(blank);"
      "CREATE INDEX IF NOT EXISTS pg_context_index"
      " ON triples(contextUri, subjectUri, predicateUri);"
      "CREATE INDEX IF NOT EXISTS pg_ps_index"
      " ON triples(predicateUri, subjectUri);"
      "CREATE INDEX IF NOT EXISTS pg_op_index"
      " ON triples(objectUri, predicateUri);";
  sqlite3 *db = NULL;
  char *msg = NULL;
  int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);

  if (rc == SQLITE_OK) {
    sqlite3_busy_timeout(db, BUSY_MS); /* a concurrent writer: wait */
    rc = sqlite_count(db, "SELECT count(*) FROM sqlite_master WHERE name IN "
                      "('pg_literals_index','pg_blanks_index',"
                      "'pg_context_index','pg_ps_index','pg_op_index')") == 5
         ? SQLITE_OK
         : sqlite3_exec(db, sql, NULL, NULL, &msg);
  }
  if (rc == SQLITE_OK && !sqlite_count(db, "SELECT journal_mode = 'wal' "
                                       "FROM pragma_journal_mode"))
    rc = sqlite3_exec(db, "PRAGMA journal_mode=WAL", NULL, NULL, &msg);
  if (rc != SQLITE_OK)
    pg_rdf_error(s->rdf, path, "cannot index store %s: %s", s->spec,
                 msg ? msg : db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  sqlite3_free(msg);
  sqlite3_close(db);
  return rc == SQLITE_OK ? 0 : -1;
}

/* librdf_new_storage + librdf_new_model, with new='yes' first when
 * is_new.  Returns 0 or -1 (librdf's messages only). */
static int try_open(pg_store *s, store_spec *sp, int is_new)
{
  librdf_world *w = pg_rdf_world(s->rdf);
  char *opts = malloc(strlen(sp->options) + 12);

  if (!opts)
    return -1;
  sprintf(opts, "%s%s", is_new ? "new='yes'," : "", sp->options);
  pg_rdf_set_file(s->rdf, !strcmp(sp->kind, "sqlite") ? sp->name : NULL);
  s->storage = librdf_new_storage(w, sp->kind, sp->name, opts);
  if (s->storage)
    s->model = librdf_new_model(w, s->storage, NULL);
  pg_rdf_set_file(s->rdf, NULL);
  free(opts);
  if (s->model)
    return 0;
  if (s->storage)
    librdf_free_storage(s->storage);
  s->storage = NULL;
  return -1;
}

/* Creates the librdf storage and model for sp.  The SQL server storages
 * (postgresql, mysql) create their tables only with new='yes', which on
 * an existing store would empty it: so they are first opened as they
 * are, quietly, and created only when that fails (a server that cannot
 * be reached fails both ways and says why the second time).  Returns 0
 * or -1. */
static int open_librdf(pg_store *s, store_spec *sp, int is_new)
{
  int server = !strcmp(sp->kind, "postgresql") || !strcmp(sp->kind, "mysql");

  if (server && !strstr(sp->options, "new=")) {
    pg_rdf_mute(s->rdf, 1);
    is_new = try_open(s, sp, 0) != 0;
    pg_rdf_mute(s->rdf, 0);
  } else if (!strcmp(sp->kind, "sqlite") && !is_new) {
    /* librdf's connection has no busy handler, and its opening PRAGMAs
     * fail with "database is locked" while another process checkpoints
     * or writes the same file: sqlite_check has shown it is a database,
     * so wait and retry, quietly, for up to BUSY_MS, then once more
     * aloud.  (Never with new='yes', which would empty a store another
     * process has just created.) */
    struct timespec nap = { 0, 10 * 1000 * 1000 };
    long waited = 0;

    pg_rdf_mute(s->rdf, 1);
    while (try_open(s, sp, 0) && waited < BUSY_MS) {
      nanosleep(&nap, NULL);
      waited += nap.tv_nsec / 1000000;
      if (nap.tv_nsec < 200 * 1000 * 1000)
        nap.tv_nsec *= 2;
    }
    pg_rdf_mute(s->rdf, 0);
  }
  if (!s->model && try_open(s, sp, is_new)) {
    pg_rdf_error(s->rdf, NULL, "cannot open store %s: librdf's %s storage "
                 "refused it (see the message above)", s->spec, sp->kind);
    return -1;
  }
  if (!librdf_model_supports_contexts(s->model)) {
    pg_rdf_error(s->rdf, NULL, "cannot use store %s: the %s storage has no "
                 "named graphs (contexts)", s->spec, sp->kind);
    return -1;
  }
  return 0;
}

pg_store *pg_new_store(pg_rdf *rdf, const char *spec)
{
  pg_store *s = calloc(1, sizeof *s);
  store_spec sp = { "", "", NULL };
  int is_new = 0, sqlite, rc = -1;

  if (!s || !(s->spec = redact(spec)) || (rc = parse_spec(rdf, spec, &sp))) {
    if (rc == -2)
      pg_rdf_error(rdf, NULL, "cannot open store %s: librdf has no storage "
                   "called '%s' (is its librdf-storage package installed?)",
                   s->spec, sp.kind);
    else
      pg_rdf_error(rdf, NULL, "out of memory");
    goto err;
  }
  s->rdf = rdf;
  if (!(s->kind = strdup(sp.kind)))
    goto err;
  sqlite = !strcmp(sp.kind, "sqlite");
  if (sqlite && sqlite_check(s, sp.name, &is_new))
    goto err;
  if (open_librdf(s, &sp, is_new))
    goto err;
  if (sqlite && sqlite_indexes(s, sp.name))
    goto err;
  /* librdf's postgresql storage adds a node by INSERTing it and ignoring
   * the duplicate-key error, which inside a transaction aborts it
   * ("current transaction is aborted, commands ignored"; measured with
   * librdf 1.0.17 and PostgreSQL 15): it is written without one. */
  s->tx = strcmp(sp.kind, "hashes") != 0 && strcmp(sp.kind, "postgresql");
  free(sp.options);
  return s;
err:
  free(sp.options);
  pg_free_store(s);
  return NULL;
}

void pg_free_store(pg_store *s)
{
  if (!s)
    return;
  if (s->in_tx)
    librdf_model_transaction_rollback(s->model);
  if (s->graph)
    librdf_free_node(s->graph);
  if (s->model)
    librdf_free_model(s->model);
  if (s->storage)
    librdf_free_storage(s->storage);
  free(s->kind);
  free(s->spec);
  free(s);
}

librdf_model *pg_store_model(pg_store *s) { return s->model; }

const char *pg_store_kind(const pg_store *s) { return s->kind; }

/* sqlite: librdf's "BEGIN IMMEDIATE" fails at once while another
 * process writes (librdf's connection has no busy handler), so retry,
 * quietly, for up to BUSY_MS: concurrent extract processes then take
 * turns document by document.  Returns 0 when a transaction is open, -1
 * when the caller should try once more and report. */
static int tx_start_waiting(pg_store *s)
{
  struct timespec nap = { 0, 10 * 1000 * 1000 };
  long waited = 0;
  int rc;

  pg_rdf_mute(s->rdf, 1);
  while ((rc = librdf_model_transaction_start(s->model)) != 0 &&
         waited < BUSY_MS) {
    nanosleep(&nap, NULL);
    waited += nap.tv_nsec / 1000000;
    if (nap.tv_nsec < 200 * 1000 * 1000)
      nap.tv_nsec *= 2;
  }
  pg_rdf_mute(s->rdf, 0);
  if (rc)
    return -1;
  s->in_tx = 1;
  return 0;
}

/* Opens a transaction when the storage has them.  Returns 0 or -1. */
static int tx_start(pg_store *s)
{
  if (!s->tx) {
    if (!s->warned_tx && strcmp(s->kind, "hashes"))
      pg_log_msg(pg_rdf_log(s->rdf), PG_LOG_WARN, NULL,
                 "store %s: written without transactions (librdf's %s "
                 "storage cannot use them); an interrupted run leaves its "
                 "last document partly written until it is extracted again",
                 s->spec, s->kind);
    s->warned_tx = 1;
    return 0;
  }
  if (!strcmp(s->kind, "sqlite") && !tx_start_waiting(s))
    return 0;
  if (librdf_model_transaction_start(s->model) == 0) {
    s->in_tx = 1;
    return 0;
  }
  if (!strcmp(s->kind, "sqlite") || !strcmp(s->kind, "postgresql") ||
      !strcmp(s->kind, "mysql")) {
    pg_rdf_error(s->rdf, NULL, "store %s: cannot start a transaction",
                 s->spec);
    return -1;
  }
  s->tx = 0; /* and warn, once, as for the storages known without */
  return tx_start(s);
}

/* Removes every statement of graph g (borrowed). *n gets how many when
 * n is not NULL.  Returns 0 or -1 (reported). */
static int drop_graph(pg_store *s, librdf_node *g, long *n)
{
  librdf_stream *st;
  long count = 0;

  if (n) {
    st = librdf_model_context_as_stream(s->model, g);
    for (; st && !librdf_stream_end(st); librdf_stream_next(st))
      count++;
    if (st)
      librdf_free_stream(st);
    *n = count;
    if (!count)
      return 0;
  }
  if (librdf_model_context_remove_statements(s->model, g)) {
    pg_rdf_error(s->rdf, NULL, "store %s: cannot remove graph <%s>",
                 s->spec, librdf_uri_as_string(librdf_node_get_uri(g)));
    return -1;
  }
  return 0;
}

int pg_store_begin(pg_store *s, const char *graph)
{
  if (s->graph)
    librdf_free_node(s->graph);
  s->graph = librdf_new_node_from_uri_string(pg_rdf_world(s->rdf),
                                             (const unsigned char *)graph);
  if (!s->graph) {
    pg_rdf_error(s->rdf, NULL, "store %s: bad graph IRI <%s>", s->spec,
                 graph);
    return -1;
  }
  if (tx_start(s))
    return -1;
  if (drop_graph(s, s->graph, NULL)) {
    pg_store_rollback(s);
    return -1;
  }
  return 0;
}

int pg_store_statement(void *store, librdf_statement *st, librdf_node *graph)
{
  pg_store *s = store;

  (void)graph;
  if (librdf_model_context_add_statement(s->model, s->graph, st)) {
    pg_rdf_error(s->rdf, NULL, "store %s: cannot add a statement", s->spec);
    return -1;
  }
  return 0;
}

int pg_store_commit(pg_store *s)
{
  if (!s->in_tx)
    return librdf_model_sync(s->model) ? -1 : 0;
  s->in_tx = 0;
  if (librdf_model_transaction_commit(s->model)) {
    pg_rdf_error(s->rdf, NULL, "store %s: cannot commit", s->spec);
    return -1;
  }
  return 0;
}

int pg_store_rollback(pg_store *s)
{
  if (!s->in_tx)
    return 0;
  s->in_tx = 0;
  if (librdf_model_transaction_rollback(s->model)) {
    pg_rdf_error(s->rdf, NULL, "store %s: cannot roll back", s->spec);
    return -1;
  }
  return 0;
}

int pg_store_remove(pg_store *s, const char *graph, long *found)
{
  librdf_node *g = librdf_new_node_from_uri_string(
      pg_rdf_world(s->rdf), (const unsigned char *)graph);
  long n = 0;
  int rc = -1;

  if (!g) {
    pg_rdf_error(s->rdf, NULL, "store %s: bad graph IRI <%s>", s->spec,
                 graph);
    return -1;
  }
  if (tx_start(s))
    goto done;
  if (drop_graph(s, g, &n)) {
    pg_store_rollback(s);
    goto done;
  }
  rc = pg_store_commit(s);
done:
  if (found)
    *found = n;
  librdf_free_node(g);
  return rc;
}

/* ------------------------------------------------------------ loading */

/* The state of one pg_store_load. */
typedef struct load_ctx {
  pg_store *s;              /* borrowed                                  */
  raptor_parser *parser;    /* borrowed                                  */
  librdf_node *file_graph;  /* owned: the file's own graph (triples)     */
  librdf_node *last;        /* borrowed: graph of the previous statement */
  librdf_node **seen;       /* owned copies: graphs already replaced     */
  size_t n_seen, cap_seen;
  unsigned long n;          /* statements added                          */
  int failed;               /* 1: stop adding                            */
} load_ctx;

/* Replaces graph g the first time the load meets it.  Returns 0 / -1. */
static int load_graph_once(load_ctx *lc, librdf_node *g)
{
  size_t i;
  librdf_node **grown;

  if (lc->last && librdf_node_equals(lc->last, g))
    return 0;
  for (i = 0; i < lc->n_seen; i++)
    if (librdf_node_equals(lc->seen[i], g)) {
      lc->last = lc->seen[i];
      return 0;
    }
  if (lc->n_seen == lc->cap_seen) {
    lc->cap_seen = lc->cap_seen ? 2 * lc->cap_seen : 16;
    grown = realloc(lc->seen, lc->cap_seen * sizeof *grown);
    if (!grown)
      return -1;
    lc->seen = grown;
  }
  if (!(lc->seen[lc->n_seen] = librdf_new_node_from_node(g)))
    return -1;
  lc->last = lc->seen[lc->n_seen++];
  return drop_graph(lc->s, g, NULL);
}

/* raptor's statement handler: one parsed statement into the store. */
static void load_statement(void *user, raptor_statement *rs)
{
  load_ctx *lc = user;
  raptor_statement copy;
  librdf_node *g;

  if (lc->failed)
    return;
  g = rs->graph ? rs->graph : lc->file_graph;
  copy = *rs; /* shallow: terms stay the parser's */
  copy.graph = NULL;
  if (load_graph_once(lc, g) ||
      librdf_model_context_add_statement(lc->s->model, g, &copy)) {
    pg_rdf_error(lc->s->rdf, NULL, "store %s: cannot add a statement",
                 lc->s->spec);
    lc->failed = 1;
    raptor_parser_parse_abort(lc->parser);
    return;
  }
  lc->n++;
}

/* Parses the open file fp (named path) with parser into the store. */
static int load_parse(load_ctx *lc, FILE *fp, const char *path)
{
  raptor_world *rw = pg_rdf_raptor(lc->s->rdf);
  unsigned char *u = raptor_uri_filename_to_uri_string(path);
  raptor_uri *base = u ? raptor_new_uri(rw, u) : NULL;
  int rc = -1;

  if (u)
    raptor_free_memory(u);
  if (!base)
    return -1;
  lc->file_graph = librdf_new_node_from_uri(pg_rdf_world(lc->s->rdf), base);
  if (lc->file_graph) {
    raptor_parser_set_statement_handler(lc->parser, lc, load_statement);
    pg_rdf_set_file(lc->s->rdf, path);
    rc = raptor_parser_parse_file_stream(lc->parser, fp, path, base) ||
         lc->failed ? -1 : 0;
    pg_rdf_set_file(lc->s->rdf, NULL);
  }
  raptor_free_uri(base);
  return rc;
}

/* Opens path and picks its parser.  Returns the parser or NULL. */
static raptor_parser *load_open(pg_store *s, const char *path, FILE **fp)
{
  unsigned char head[4096];
  size_t len;
  const char *name;
  raptor_parser *p;

  if (!(*fp = fopen(path, "rb"))) {
    pg_rdf_error(s->rdf, path, "cannot open: %s", strerror(errno));
    return NULL;
  }
  len = fread(head, 1, sizeof head, *fp);
  rewind(*fp);
  name = pg_rdf_guess_parser(s->rdf, path, head, len);
  if (!name) {
    pg_rdf_error(s->rdf, path, "cannot tell which RDF syntax this is");
    return NULL;
  }
  if (!(p = raptor_new_parser(pg_rdf_raptor(s->rdf), name)))
    pg_rdf_error(s->rdf, path, "no %s parser", name);
  return p;
}

int pg_store_load(pg_store *s, const char *path, unsigned long *n)
{
  load_ctx lc;
  FILE *fp = NULL;
  size_t i;
  int rc = -1;

  memset(&lc, 0, sizeof lc);
  lc.s = s;
  if (!(lc.parser = load_open(s, path, &fp)))
    goto done;
  if (tx_start(s))
    goto done;
  if (load_parse(&lc, fp, path)) {
    pg_store_rollback(s);
    goto done;
  }
  rc = pg_store_commit(s);
done:
  if (n)
    *n = rc ? 0 : lc.n;
  if (lc.parser)
    raptor_free_parser(lc.parser);
  if (fp)
    fclose(fp);
  for (i = 0; i < lc.n_seen; i++)
    librdf_free_node(lc.seen[i]);
  free(lc.seen);
  if (lc.file_graph)
    librdf_free_node(lc.file_graph);
  return rc;
}

/* ------------------------------------------------------------ stats */

#define NS_SCHEMA "http://schema.org/"
#define NS_NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define NS_RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


/* Contract predicates, with the prefixed name printed for each. */
static const char *const stat_preds[][2] = {
  { NS_SCHEMA "affiliation", "schema:affiliation" },
  { NS_SCHEMA "jobTitle", "schema:jobTitle" },
  { "http://www.w3.org/ns/org#subOrganizationOf", "org:subOrganizationOf" },
  { PG_NS "proposedBy", "pg:proposedBy" },
  { PG_NS "adoptedAt", "pg:adoptedAt" },
  { "http://purl.org/dc/terms/date", "dcterms:date" },
  { NS_SCHEMA "startDate", "schema:startDate" },
  { NS_SCHEMA "endDate", "schema:endDate" },
  { NS_SCHEMA "location", "schema:location" },
  { PG_NS "developedBy", "pg:developedBy" },
  { NS_SCHEMA "founder", "schema:founder" },
  { NS_SCHEMA "attendee", "schema:attendee" },
  { NULL, NULL }
};

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Counts distinct matches of (NULL|p, NULL|o pattern): subjects when
 * o is given (rdf:type counts), subject+object pairs otherwise.
 * Returns the count or -1 (out of memory, reported).  n log n. */
static long count_distinct(pg_store *s, const char *p, const char *o)
{
  librdf_world *w = pg_rdf_world(s->rdf);
  librdf_statement *pat = librdf_new_statement_from_nodes(w, NULL,
      librdf_new_node_from_uri_string(w, (const unsigned char *)p),
      o ? librdf_new_node_from_uri_string(w, (const unsigned char *)o) : NULL);
  librdf_stream *st = pat ? librdf_model_find_statements(s->model, pat) : NULL;
  char **keys = NULL, **grown, *a, *b;
  size_t n = 0, cap = 0, i;
  long uniq = -1;

  for (; st && !librdf_stream_end(st); librdf_stream_next(st)) {
    librdf_statement *x = librdf_stream_get_object(st);
    if (n == cap) {
      cap = cap ? 2 * cap : 256;
      if (!(grown = realloc(keys, cap * sizeof *keys)))
        goto done;
      keys = grown;
    }
    a = (char *)raptor_term_to_string(librdf_statement_get_subject(x));
    b = o ? NULL : (char *)raptor_term_to_string(librdf_statement_get_object(x));
    keys[n] = malloc((a ? strlen(a) : 0) + (b ? strlen(b) : 0) + 2);
    if (keys[n])
      sprintf(keys[n], "%s %s", a ? a : "", b ? b : "");
    raptor_free_memory(a);
    raptor_free_memory(b);
    if (!keys[n])
      goto done;
    n++;
  }
  if (n) /* qsort on a null array is undefined, even for no elements */
    qsort(keys, n, sizeof *keys, cmp_str);
  for (uniq = 0, i = 0; i < n; i++)
    uniq += !i || strcmp(keys[i], keys[i - 1]);
done:
  if (uniq < 0)
    pg_rdf_error(s->rdf, NULL, "out of memory");
  for (i = 0; i < n; i++)
    free(keys[i]);
  free(keys);
  if (st)
    librdf_free_stream(st);
  if (pat)
    librdf_free_statement(pat);
  return uniq;
}

int pg_store_stats(pg_store *s, FILE *out)
{
  char iri[256];
  long n;
  int i, size = librdf_model_size(s->model);

  if ((n = count_distinct(s, NS_RDF_TYPE, NS_NIF "Context")) < 0)
    return -1;
  fprintf(out, "documents\t%ld\n", n);
  for (i = 1; i < PG_T__COUNT; i++) {
    const char *type = pg_etype_name((pg_etype)i);
    snprintf(iri, sizeof iri, "%s%s", PG_NS, type);
    if ((n = count_distinct(s, NS_RDF_TYPE, iri)) < 0)
      return -1;
    fprintf(out, "entities pg:%s\t%ld\n", type, n);
  }
  for (i = 0; stat_preds[i][0]; i++) {
    if ((n = count_distinct(s, stat_preds[i][0], NULL)) < 0)
      return -1;
    fprintf(out, "relations %s\t%ld\n", stat_preds[i][1], n);
  }
  fprintf(out, "triples\t%d\n", size);
  return fflush(out) || ferror(out) ? -1 : 0;
}
