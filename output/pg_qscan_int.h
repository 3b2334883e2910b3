/* pg_qscan_int.h - the SPARQL tokenizer shared by the scanner
 * (pg_qscan.c) and the group rewriter (pg_qrewrite.c).
 *
 * A scan holds the user's query and its tokens (positions in bytes and,
 * for messages, line and code-point column); the helpers below test
 * tokens and find brackets.  Private to output/.
 */
#ifndef PG_QSCAN_INT_H
#define PG_QSCAN_INT_H

#include <stddef.h>
#include "pg_log.h"

typedef enum ttype {
  T_NAME, /* keyword, prefixed name, blank node label, 'a'   */
  T_IRI,  /* <...>                                            */
  T_VAR,  /* ?x $x                                            */
  T_STR,  /* string literal (quotes included)                 */
  T_NUM,  /* number                                           */
  T_LANG, /* @zh                                              */
  T_OP    /* punctuation and operators (1 or 2 bytes)         */
} ttype;

typedef struct tok {
  ttype t;
  size_t b, e;     /* byte span in the query */
  long line, col;  /* 1-based; col in code points */
} tok;

/* One rewrite of the user's text: bytes [b, e) become text. */
typedef struct edit {
  size_t b, e;
  char text[160];
} edit;

typedef struct scan {
  pg_log *log;
  const char *src;   /* query name for messages */
  const char *q;     /* the query (borrowed)    */
  tok *tk;           /* tokens (owned)          */
  size_t n, cap;
  edit ed[16];       /* rewrites, in text order once sorted */
  size_t n_ed;
} scan;


/* Tokenizes s->q into s->tk (appends; an empty T_OP ends the list).
 * Returns 0 or -1 (out of memory). */
int pg_qs_lex(scan *s);
/* Whether token i is keyword kw (case-insensitive) / operator op. */
int pg_qs_is_kw(const scan *s, size_t i, const char *kw);
int pg_qs_is_op(const scan *s, size_t i, const char *op);
/* Index of the token closing the bracket opened at i, or s->n - 1. */
size_t pg_qs_closing(const scan *s, size_t i);
/* Reports msg at token i as an error; returns -1. */
int pg_qs_refuse(scan *s, size_t i, const char *msg);

/* Rewrites the WHERE group of the query scanned in s (form keyword at
 * token f) for rasqal (see pg_qrewrite.c): *out becomes a new string
 * (owned by the caller), or NULL when there is no group.  Returns 0, -1
 * after reporting a refusal, -2 when out of memory. */
int pg_qrewrite(scan *s, size_t f, char **out /* OUT */);

#endif /* PG_QSCAN_INT_H */
