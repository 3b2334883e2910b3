/* pg_query_int.h - private parts of the SPARQL module (pg_query.c,
 * pg_qscan.c, pg_qresults.c).
 *
 * The scanner (pg_qscan.c) reads the user's query with a small SPARQL
 * tokenizer before rasqal sees it: it refuses what rasqal 0.9.33 cannot
 * run or runs wrongly (naming line and column), rewrites what is easy to
 * rewrite, prepends the contract's PREFIX declarations, and turns
 * DESCRIBE (which rasqal cannot execute) into SELECTs whose answers are
 * the resources to describe.  The writers (pg_qresults.c) print bindings
 * and booleans in each results format.
 */
#ifndef PG_QUERY_INT_H
#define PG_QUERY_INT_H

#include <stdio.h>
#include <redland.h>
#include "pg_log.h"

typedef enum pg_qkind {
  PG_QK_UNKNOWN = 0, /* not a query form we know: rasqal will say why */
  PG_QK_SELECT,
  PG_QK_ASK,
  PG_QK_CONSTRUCT,
  PG_QK_DESCRIBE
} pg_qkind;

/* What to run, made from the user's query by pg_qscan. */
typedef struct pg_qplan {
  pg_qkind kind;
  char *text;       /* the query for rasqal (owned): PREFIXes added,
                       rewrites applied; for DESCRIBE a SELECT DISTINCT
                       over its variables, or NULL when it has none   */
  char **consts;    /* DESCRIBE: one SELECT per constant term, binding
                       it to ?r (owned, n_consts of them)              */
  size_t n_consts;
  size_t prefix_len; /* bytes prepended to line 1 of the user's text   */
  char **vars;      /* SELECT: the projected variables' names, as the
                       query lists them (owned; none for SELECT *): the
                       header when rasqal, on no rows, reports none    */
  size_t n_vars;
  char *user;       /* the query as the user wrote it, prefixed (owned),
                       when text was rewritten: rasqal parses it first,
                       so that syntax errors name the user's lines     */
  int graphs;       /* the query names graphs (GRAPH, FROM): it runs
                       on the store as it is, not on the merged
                       default graph                                   */
} pg_qplan;

/* Scans query (borrowed), reporting refusals to log with source (the
 * query's name) and the line and column.  Fills plan (caller clears it
 * with pg_qplan_clear, on error too).  Returns 0, or -1 after reporting
 * (refused, or out of memory). */
int pg_qscan(pg_log *log, const char *source, const char *query,
             pg_qplan *plan /* OUT */);
void pg_qplan_clear(pg_qplan *plan);

/* ---- result writers (pg_qresults.c) ---- */

typedef enum pg_qfmt {
  PG_QF_TABLE = 0, PG_QF_CSV, PG_QF_TSV, PG_QF_JSON, PG_QF_XML
} pg_qfmt;

/* Display of IRIs as prefixed names in tables: the contract's prefixes
 * and the entity-type ones under the base. */
typedef struct pg_qprefixes {
  const char *prefix[40]; /* borrowed */
  const char *uri[40];    /* borrowed */
  size_t n;
} pg_qprefixes;

/* Writes every row of bindings results r (borrowed) to out.  vars
 * (n_vars of them, borrowed) name the columns when r reports none.
 * Returns 0 or -1 (write error or out of memory; not reported: the caller
 * names the source). */
int pg_qwrite_bindings(librdf_query_results *r, pg_qfmt f,
                       const pg_qprefixes *px, char *const *vars,
                       size_t n_vars, FILE *out);
/* Writes a boolean result. */
int pg_qwrite_boolean(int value, pg_qfmt f, FILE *out);

/* Terminal columns of the UTF-8 string s (East Asian Wide and Fullwidth
 * count 2, combining marks 0), independent of the locale. */
size_t pg_qwidth(const char *s);

#endif /* PG_QUERY_INT_H */
