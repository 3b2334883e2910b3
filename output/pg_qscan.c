/* pg_qscan.c - reads a SPARQL query before rasqal does (see pg_query_int.h).
 *
 * rasqal 0.9.33 crashes on some valid queries (VALUES after a triple
 * pattern), answers others wrongly (VALUES with several rows, CONCAT over
 * STR) and cannot parse or execute others (property paths, EXISTS, MINUS,
 * DESCRIBE, Update).  A user's query must never crash policygraph, so a
 * tokenizer (strings, IRIs, comments and variables recognized; positions
 * in code points) walks the query with a stack of brackets -- braces for
 * groups, parentheses for expressions or for path groups/collections --
 * and refuses those constructs with their line and column and a way to
 * write the question that rasqal can run.  CONCAT over computed strings
 * is rewritten instead: each computed argument is bound first with a
 * BIND placed before the BIND/FILTER holding it (or before the closing
 * brace of the WHERE group, for a projection), the inserted text
 * keeping every line where it was.  It is a scanner, not a parser:
 * it may let an unusual spelling through, which rasqal then reports as a
 * syntax error (never a crash: the crash needs VALUES, which is checked
 * wherever it appears).  The contract's PREFIX declarations the query
 * does not make itself are prepended on line 1, so rasqal's line numbers
 * stay the user's.
 */
#include "pg_query_int.h"
#include "pg_qscan_int.h"
#include "pg_query.h"
#include "pg_graph.h"

#include <ctype.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------ lexer */

static int is_name_byte(unsigned char c)
{
  return c >= 0x80 || isalnum(c) || c == '_' || c == '-' || c == ':' ||
         c == '.' || c == '%' || c == '\\';
}

static int push_tok(scan *s, ttype t, size_t b, size_t e, long line,
                    long col)
{
  if (s->n == s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 256;
    tok *p = realloc(s->tk, cap * sizeof *p);
    if (!p)
      return -1;
    s->tk = p;
    s->cap = cap;
  }
  s->tk[s->n].t = t;
  s->tk[s->n].b = b;
  s->tk[s->n].e = e;
  s->tk[s->n].line = line;
  s->tk[s->n].col = col;
  s->n++;
  return 0;
}

/* The end of the string literal starting at i (a quote). */
static size_t str_end(const char *q, size_t i)
{
  char c = q[i];
  int longq = q[i + 1] == c && q[i + 2] == c;
  size_t j = i + (longq ? 3 : 1);

  while (q[j]) {
    if (q[j] == '\\' && q[j + 1]) {
      j += 2;
      continue;
    }
    if (longq && q[j] == c && q[j + 1] == c && q[j + 2] == c)
      return j + 3;
    if (!longq && (q[j] == c || q[j] == '\n'))
      return j + 1;
    j++;
  }
  return j;
}

/* The end of the IRI reference at i ('<'), or 0 when '<' is an operator. */
static size_t iri_end(const char *q, size_t i)
{
  size_t j = i + 1;

  for (; q[j] && q[j] != '>'; j++)
    if ((unsigned char)q[j] <= 0x20 || strchr("<\"{}|^`", q[j]))
      return 0;
  return q[j] == '>' ? j + 1 : 0;
}

/* The end of the token starting at i, and its type. */
static size_t tok_end(const char *q, size_t i, ttype *t)
{
  size_t j = i + 1;
  unsigned char c = (unsigned char)q[i];

  if (c == '"' || c == '\'') {
    *t = T_STR;
    return str_end(q, i);
  }
  if (c == '<' && (j = iri_end(q, i))) {
    *t = T_IRI;
    return j;
  }
  if ((c == '?' || c == '$') && is_name_byte((unsigned char)q[i + 1])) {
    *t = T_VAR;
    for (j = i + 1; is_name_byte((unsigned char)q[j]) && q[j] != ':' &&
                    q[j] != '.' && q[j] != '-'; j++)
      ;
    return j;
  }
  if (c == '@' && isalpha((unsigned char)q[i + 1])) {
    *t = T_LANG;
    for (j = i + 1; isalnum((unsigned char)q[j]) || q[j] == '-'; j++)
      ;
    return j;
  }
  if (isdigit(c)) {
    *t = T_NUM;
    for (j = i; isalnum((unsigned char)q[j]) || q[j] == '.' ||
                ((q[j] == '+' || q[j] == '-') && (q[j-1] == 'e' || q[j-1] == 'E'));
         j++)
      ;
    while (j > i + 1 && q[j - 1] == '.')
      j--;
    return j;
  }
  if (is_name_byte(c) && c != '.' && c != '-') {
    *t = T_NAME;
    for (j = i; is_name_byte((unsigned char)q[j]); j++)
      if (q[j] == '\\' && q[j + 1])
        j++;
    while (j > i + 1 && q[j - 1] == '.') /* a final '.' ends the triple */
      j--;
    return j;
  }
  *t = T_OP;
  if (strchr("^&|!<>", c) && q[i + 1] &&
      (q[i + 1] == '=' || (q[i + 1] == (char)c && c != '!' && c != '<' &&
                           c != '>')))
    return i + 2;
  return i + 1;
}

int pg_qs_lex(scan *s)
{
  const char *q = s->q;
  size_t i = 0, j, k;
  long line = 1, col = 1;
  ttype t;

  while (q[i]) {
    unsigned char c = (unsigned char)q[i];
    if (c == '\n') {
      line++, col = 1, i++;
      continue;
    }
    if (isspace(c)) {
      i++, col++;
      continue;
    }
    if (c == '#') {
      while (q[i] && q[i] != '\n')
        i++;
      continue;
    }
    j = tok_end(q, i, &t);
    if (push_tok(s, t, i, j, line, col))
      return -1;
    for (k = i; k < j; k++) {
      if (q[k] == '\n')
        line++, col = 1;
      else if (((unsigned char)q[k] & 0xC0) != 0x80)
        col++;
    }
    i = j;
  }
  return push_tok(s, T_OP, i, i, line, col); /* end marker, empty */
}

/* ------------------------------------------------------------ helpers */

int pg_qs_is_kw(const scan *s, size_t i, const char *kw)
{
  const tok *t = &s->tk[i];
  size_t n = strlen(kw);

  return i < s->n && t->t == T_NAME && t->e - t->b == n &&
         !strncasecmp(s->q + t->b, kw, n);
}

int pg_qs_is_op(const scan *s, size_t i, const char *op)
{
  const tok *t = &s->tk[i];
  size_t n = strlen(op);

  return i < s->n && t->t == T_OP && t->e - t->b == n &&
         !strncmp(s->q + t->b, op, n);
}

int pg_qs_refuse(scan *s, size_t i, const char *msg)
{
  pg_locator loc = { s->src, s->tk[i].line, s->tk[i].col, (long)s->tk[i].b };

  pg_log_msg(s->log, PG_LOG_ERROR, &loc, "%s", msg);
  return -1;
}

/* Index of the token closing the bracket opened at i, or s->n - 1. */
size_t pg_qs_closing(const scan *s, size_t i)
{
  int depth = 0;

  for (; i < s->n - 1; i++) {
    if (pg_qs_is_op(s, i, "(") || pg_qs_is_op(s, i, "{") || pg_qs_is_op(s, i, "["))
      depth++;
    else if (pg_qs_is_op(s, i, ")") || pg_qs_is_op(s, i, "}") || pg_qs_is_op(s, i, "]"))
      if (--depth == 0)
        return i;
  }
  return s->n - 1;
}

/* ------------------------------------------------------------ checks */

static int refuse_empty_values(scan *s, size_t i)
{
  return pg_qs_refuse(s, i, "VALUES with no rows crashes the SPARQL engine "
                      "(rasqal 0.9.33); its answer is no rows: drop the "
                      "query, or give VALUES a row");
}

/* VALUES at token i: rows counted, place checked.  top is the bracket
 * the VALUES sits in (0 at the top level). */
static int check_values(scan *s, size_t i, char top)
{
  size_t j = i + 1, end, rows = 0;

  if (top == '{' && i > 0 && !pg_qs_is_op(s, i - 1, "{"))
    return pg_qs_refuse(s, i, "VALUES after a triple pattern or other element of "
                  "its group crashes the SPARQL engine (rasqal 0.9.33): put "
                  "it first in its group, { VALUES ?x { ... } ?x ... }");
  if (pg_qs_is_op(s, j, "("))
    j = pg_qs_closing(s, j) + 1;
  else
    j++;
  if (!pg_qs_is_op(s, j, "{"))
    return 0; /* malformed: rasqal reports it */
  end = pg_qs_closing(s, j);
  for (j++; j < end; j++) {
    if (pg_qs_is_op(s, j, "(")) {
      rows++;
      j = pg_qs_closing(s, j);
    } else if (s->tk[j].t != T_LANG && !pg_qs_is_op(s, j, "^^") &&
               !(j > 0 && pg_qs_is_op(s, j - 1, "^^"))) {
      rows++;
    }
  }
  if (!rows)
    return refuse_empty_values(s, i);
  if (rows >= 2)
    return pg_qs_refuse(s, i, "VALUES with two or more rows gives wrong answers in "
                  "the SPARQL engine (rasqal 0.9.33): use FILTER(?x IN (a, "
                  "b, ...)) or one query per value");
  return 0;
}

/* Where BIND(STR(?v) AS ?t) goes for the CONCAT at token i: before the
 * BIND or FILTER holding it, in its group; for a projection or HAVING of
 * the query itself, before the closing brace of its WHERE group.
 * Returns the token index, or 0 when there is no such place. */
static size_t bind_point(const scan *s, size_t i, size_t form)
{
  size_t k = i, open = 0;
  int paren = 0, brace = 0;

  while (k-- > 0) {
    if (pg_qs_is_op(s, k, ")"))
      paren++;
    else if (pg_qs_is_op(s, k, "(") && paren)
      paren--;
    else if (pg_qs_is_op(s, k, "("))
      open = k;
    else if (pg_qs_is_op(s, k, "}"))
      brace++;
    else if (pg_qs_is_op(s, k, "{") && brace)
      brace--;
    else if (pg_qs_is_op(s, k, "{"))
      break; /* the group holding the CONCAT */
  }
  if (!open)
    return 0;
  if (k != (size_t)-1) { /* in a group: BIND( / FILTER( / FILTER fn( */
    if (pg_qs_is_kw(s, open - 1, "BIND") || pg_qs_is_kw(s, open - 1, "FILTER"))
      return open - 1;
    return open >= 2 && pg_qs_is_kw(s, open - 2, "FILTER") ? open - 2 : 0;
  }
  /* The query's projection: the last '}' of its WHERE group. */
  for (k = form; k < s->n - 1 && !pg_qs_is_op(s, k, "{"); k++)
    ;
  k = pg_qs_closing(s, k);
  return k > i && pg_qs_is_op(s, k, "}") ? k : 0;
}

/* Records the rewrite of CONCAT argument [a, z] (tokens, a function
 * call) into ?__pg_strN, bound before token at. */
static void add_bind(scan *s, size_t a, size_t z, size_t at)
{
  size_t n = s->n_ed / 2 + 1;

  s->ed[s->n_ed].b = s->ed[s->n_ed].e = s->tk[at].b;
  snprintf(s->ed[s->n_ed].text, sizeof s->ed[0].text,
           "BIND(%.*s AS ?__pg_str%zu) ", (int)(s->tk[z].e - s->tk[a].b),
           s->q + s->tk[a].b, n);
  s->ed[s->n_ed + 1].b = s->tk[a].b;
  s->ed[s->n_ed + 1].e = s->tk[z].e;
  snprintf(s->ed[s->n_ed + 1].text, sizeof s->ed[0].text, "?__pg_str%zu",
           n);
  s->n_ed += 2;
}

/* CONCAT at token i: an argument computed by a function (STR, LCASE,
 * SUBSTR, ...) reads freed memory in rasqal, so each such argument is
 * bound first, BIND(STR(?v) AS ?__pg_strN), and replaced by that
 * variable (a SELECT * shows it).  A call holding further calls, or one
 * where no place for the BIND is found, is refused. */
static int check_concat(scan *s, size_t i, size_t form)
{
  size_t j, end, at, z, k;

  if (!pg_qs_is_op(s, i + 1, "("))
    return 0;
  end = pg_qs_closing(s, i + 1);
  for (j = i + 2; j < end; j = z + 2) { /* z + 1 is the ',' */
    for (z = j; z < end && !pg_qs_is_op(s, z, ","); z++)
      if (pg_qs_is_op(s, z, "(") || pg_qs_is_op(s, z, "{") || pg_qs_is_op(s, z, "["))
        z = pg_qs_closing(s, z);
    if (z-- == j)
      continue; /* an empty argument: rasqal reports it */
    /* the argument is tokens [j, z] */
    if (!(s->tk[j].t == T_NAME || s->tk[j].t == T_IRI) ||
        !pg_qs_is_op(s, j + 1, "(") || pg_qs_closing(s, j + 1) != z)
      continue; /* a variable, a constant or an operator expression */
    for (k = 0; k < s->n_ed && s->ed[k].b != s->tk[j].b; k++)
      ;
    if (k < s->n_ed)
      continue; /* rewritten already */
    for (k = j + 2; k < z && !pg_qs_is_op(s, k, "("); k++)
      ;
    if (k < z || !(at = bind_point(s, i, form)) || s->n_ed + 2 > 16)
      return pg_qs_refuse(s, j, "CONCAT over a computed string (STR(...), "
                    "LCASE(...), ...) reads freed memory in the SPARQL "
                    "engine (rasqal 0.9.33) and this one cannot be "
                    "rewritten: bind it first, BIND(STR(?x) AS ?s) ... "
                    "CONCAT(?s, ...)");
    add_bind(s, j, z, at);
  }
  return 0;
}

static int cmp_edit(const void *a, const void *b)
{
  const edit *x = a, *y = b;

  return x->b < y->b ? -1 : x->b > y->b;
}

/* The user's text with the rewrites applied: a new string. */
static char *apply_edits(scan *s)
{
  size_t len = strlen(s->q) + 1, i, at = 0;
  char *out, *p;

  for (i = 0; i < s->n_ed; i++)
    len += strlen(s->ed[i].text);
  if (!(out = p = malloc(len)))
    return NULL;
  qsort(s->ed, s->n_ed, sizeof *s->ed, cmp_edit);
  for (i = 0; i < s->n_ed; i++) {
    memcpy(p, s->q + at, s->ed[i].b - at);
    p += s->ed[i].b - at;
    p += sprintf(p, "%s", s->ed[i].text);
    at = s->ed[i].e;
  }
  strcpy(p, s->q + at);
  return out;
}

static int warn_separator(scan *s, size_t i)
{
  size_t j, end;
  pg_locator loc = { s->src, s->tk[i].line, s->tk[i].col, (long)s->tk[i].b };

  if (!pg_qs_is_op(s, i + 1, "("))
    return 0;
  end = pg_qs_closing(s, i + 1);
  for (j = i + 2; j < end; j++)
    if (pg_qs_is_kw(s, j, "separator"))
      pg_log_msg(s->log, PG_LOG_WARN, &loc,
                 "GROUP_CONCAT's separator is ignored by the SPARQL engine "
                 "(rasqal 0.9.33): values are joined with a space");
  return 0;
}

/* Whether op token i is a property-path operator (in a pattern). */
static const char *path_op(const scan *s, size_t i)
{
  static const char *const ops[] = { "/", "|", "^", "*", "+", "?", "!" };
  size_t k;

  if (s->tk[i].t != T_OP)
    return NULL;
  for (k = 0; k < sizeof ops / sizeof *ops; k++)
    if (pg_qs_is_op(s, i, ops[k])) {
      if (k == 4 && isdigit((unsigned char)s->q[s->tk[i].e]))
        return NULL; /* +5: a signed number */
      return ops[k];
    }
  return NULL;
}

/* Whether the regular expression of string token t may match the empty
 * string (or cannot be told): rasqal 0.9.33's REPLACE loops for ever on
 * an empty match. */
static int may_match_empty(const scan *s, const tok *t)
{
  size_t n = t->e - t->b, i, k = 0, q;
  char *re;
  regex_t rx;
  int empty = 1;

  q = n >= 6 && s->q[t->b + 1] == s->q[t->b] && s->q[t->b + 2] == s->q[t->b]
      ? 3 : 1;
  if (n < 2 * q || !(re = malloc(n + 1)))
    return 1;
  for (i = t->b + q; i < t->e - q; i++) {
    if (s->q[i] == '\\' && i + 1 < t->e - q &&
        (s->q[i + 1] == '\\' || s->q[i + 1] == '"' || s->q[i + 1] == '\''))
      i++;
    re[k++] = s->q[i];
  }
  re[k] = '\0';
  if (k && !strstr(re, "(?") && !strstr(re, "\\b") && !strstr(re, "\\B") &&
      !regcomp(&rx, re, REG_EXTENDED | REG_NOSUB)) {
    empty = !regexec(&rx, "", 0, NULL, 0);
    regfree(&rx);
  }
  free(re);
  return empty;
}

/* REPLACE at token i: its pattern (second argument) must be a string that
 * cannot match the empty string. */
static int check_replace(scan *s, size_t i)
{
  size_t j, end;

  if (!pg_qs_is_op(s, i + 1, "("))
    return 0;
  end = pg_qs_closing(s, i + 1);
  for (j = i + 2; j < end && !pg_qs_is_op(s, j, ","); j++)
    if (pg_qs_is_op(s, j, "(") || pg_qs_is_op(s, j, "["))
      j = pg_qs_closing(s, j);
  if (j >= end)
    return 0; /* malformed: rasqal reports it */
  j++;
  if (s->tk[j].t == T_STR && pg_qs_is_op(s, j + 1, ",") &&
      !may_match_empty(s, &s->tk[j]))
    return 0;
  return pg_qs_refuse(s, j, "REPLACE with a pattern that may match the "
                      "empty string (or is not a string literal, so it "
                      "might) never ends in the SPARQL engine (rasqal "
                      "0.9.33): give a pattern that matches at least one "
                      "character, or run the query with --engine oxigraph");
}

static int has_group_by(const scan *s)
{
  size_t i;

  for (i = 0; i + 1 < s->n; i++)
    if (pg_qs_is_kw(s, i, "GROUP") && pg_qs_is_kw(s, i + 1, "BY"))
      return 1;
  return 0;
}

static int check_keyword(scan *s, size_t i, char top, size_t form)
{
  static const char *const refused[][2] = {
    { "EXISTS", "FILTER EXISTS / NOT EXISTS is not supported by the SPARQL "
      "engine (rasqal 0.9.33): use OPTIONAL { ... } FILTER(!BOUND(?x))" },
    { "MINUS", "MINUS is not supported by the SPARQL engine (rasqal 0.9.33): "
      "use OPTIONAL { ... } FILTER(!BOUND(?x))" },
    { "SERVICE", "SERVICE (federated query) is not supported" },
  };
  size_t k;

  for (k = 0; k < sizeof refused / sizeof *refused; k++)
    if (pg_qs_is_kw(s, i, refused[k][0]))
      return pg_qs_refuse(s, i, refused[k][1]);
  if (pg_qs_is_kw(s, i, "VALUES"))
    return check_values(s, i, top);
  if (pg_qs_is_kw(s, i, "CONCAT"))
    return check_concat(s, i, form);
  if ((pg_qs_is_kw(s, i, "COUNT") || pg_qs_is_kw(s, i, "SUM") ||
       pg_qs_is_kw(s, i, "AVG")) && pg_qs_is_op(s, i + 1, "(") &&
      pg_qs_is_kw(s, i + 2, "DISTINCT") && has_group_by(s))
    return pg_qs_refuse(s, i, "an aggregate over DISTINCT values with "
                        "GROUP BY miscounts in the SPARQL engine (rasqal "
                        "0.9.33): take the distinct rows in a sub-select "
                        "and count them, SELECT ?g (COUNT(?x) AS ?n) WHERE "
                        "{ { SELECT DISTINCT ?g ?x WHERE { ... } } } GROUP "
                        "BY ?g, or run the query with --engine oxigraph");
  if (pg_qs_is_kw(s, i, "REPLACE"))
    return check_replace(s, i);
  if (pg_qs_is_kw(s, i, "GROUP_CONCAT"))
    return warn_separator(s, i);
  return 0;
}

/* The walk: brackets on a stack ('{', '[', 'p' path group or collection,
 * 'e' expression); property-path operators refused in patterns. */
static int walk(scan *s, size_t from, size_t form)
{
  char stack[256];
  size_t depth = 0, i;
  int in_select = 0; /* between SELECT and its WHERE: '*' and '(' ok */
  const char *op;

  for (i = from; i < s->n - 1; i++) {
    char top = depth ? stack[depth - 1] : 0;
    if (pg_qs_is_kw(s, i, "SELECT"))
      in_select = 1;
    else if (pg_qs_is_kw(s, i, "WHERE") || pg_qs_is_op(s, i, "{"))
      in_select = 0;
    if (s->tk[i].t == T_NAME && check_keyword(s, i, top, form))
      return -1;
    if (pg_qs_is_op(s, i, "{") || pg_qs_is_op(s, i, "[") || pg_qs_is_op(s, i, "(")) {
      char k = s->q[s->tk[i].b];
      if (depth == sizeof stack)
        return pg_qs_refuse(s, i, "the query is nested too deeply");
      if (k == '(')
        k = (!top || top == 'e' || in_select || !i ||
             s->tk[i - 1].t == T_NAME || s->tk[i - 1].t == T_IRI) ? 'e' : 'p';
      stack[depth++] = k;
    } else if (pg_qs_is_op(s, i, "}") || pg_qs_is_op(s, i, "]") || pg_qs_is_op(s, i, ")")) {
      if (depth)
        depth--;
    } else if (top && top != 'e' && !in_select && (op = path_op(s, i))) {
      char msg[320];
      snprintf(msg, sizeof msg, "property path operator '%s' is not "
               "supported by the SPARQL engine (rasqal 0.9.33): write each "
               "step as its own triple pattern "
               "(org:transitiveSubOrganizationOf holds the closure of "
               "org:subOrganizationOf)", op);
      return pg_qs_refuse(s, i, msg);
    }
  }
  return 0;
}

/* ------------------------------------------------------------ prefixes */

/* Whether the query declares prefix name p (e.g. "pg:"). */
static int declares(const scan *s, const char *p)
{
  size_t i, n = strlen(p);

  for (i = 0; i + 1 < s->n; i++)
    if (pg_qs_is_kw(s, i, "PREFIX") && s->tk[i + 1].t == T_NAME &&
        s->tk[i + 1].e - s->tk[i + 1].b == n &&
        !strncmp(s->q + s->tk[i + 1].b, p, n))
      return 1;
  return 0;
}

/* "PREFIX a: <...> PREFIX b: <...> " for the contract's prefixes the
 * query does not declare; a new string. */
static char *prefix_header(const scan *s)
{
  pg_namespace ns[PG_NS_MAX];
  char buf[PG_NS_BUF_SIZE], name[64];
  size_t i, len = 1;
  char *h;

  pg_graph_namespaces(NULL, ns, buf);
  for (i = 0; ns[i].prefix; i++)
    len += strlen(ns[i].prefix) + strlen(ns[i].uri) + 16;
  if (!(h = malloc(len)))
    return NULL;
  *h = '\0';
  for (i = 0; ns[i].prefix; i++) {
    snprintf(name, sizeof name, "%s:", ns[i].prefix);
    if (declares(s, name))
      continue;
    strcat(h, "PREFIX ");
    strcat(h, name);
    strcat(h, " <");
    strcat(h, ns[i].uri);
    strcat(h, "> ");
  }
  return h;
}

/* ------------------------------------------------------------ plan */

static char *concat3(const char *a, const char *b, size_t bn, const char *c)
{
  size_t an = strlen(a), cn = strlen(c);
  char *r = malloc(an + bn + cn + 1);

  if (!r)
    return NULL;
  memcpy(r, a, an);
  memcpy(r + an, b, bn);
  memcpy(r + an + bn, c, cn + 1);
  return r;
}

/* Index of the query-form keyword: the first token after the prologue. */
static size_t form_index(const scan *s)
{
  size_t i = 0;

  for (;;) {
    if (pg_qs_is_kw(s, i, "PREFIX"))
      i += 3;
    else if (pg_qs_is_kw(s, i, "BASE"))
      i += 2;
    else
      return i < s->n ? i : s->n - 1;
  }
}

/* One-row SELECT binding constant term t to ?r, after prologue. */
static char *const_query(const scan *s, const tok *t, const char *prologue)
{
  char *mid = concat3("SELECT ?r WHERE { BIND(", s->q + t->b, t->e - t->b,
                      " AS ?r) }");
  char *q = mid ? concat3(prologue, "", 0, mid) : NULL;

  free(mid);
  return q;
}

/* DESCRIBE at token d: a SELECT over its variables (when it has any; not
 * DISTINCT, which leaks in rasqal 0.9.33 -- the caller drops duplicate
 * resources itself) and a one-row SELECT per constant term.  prologue:
 * the PREFIX header plus the user's text before DESCRIBE. */
static int plan_describe(scan *s, size_t d, const char *prologue,
                         pg_qplan *plan)
{
  size_t i, body;
  char *vars, *p, *head;

  for (i = d + 1; i < s->n - 1 && (s->tk[i].t == T_VAR || pg_qs_is_op(s, i, "*") ||
                                   s->tk[i].t == T_IRI ||
                                   (s->tk[i].t == T_NAME &&
                                    !pg_qs_is_kw(s, i, "WHERE") &&
                                    !pg_qs_is_kw(s, i, "FROM")));
       i++)
    ;
  body = i;
  plan->consts = calloc(body - d, sizeof *plan->consts);
  vars = malloc(s->tk[body].b - s->tk[d].b + 32);
  if (!plan->consts || !vars)
    goto oom;
  p = vars + sprintf(vars, "SELECT ");
  for (i = d + 1; i < body; i++) {
    const tok *t = &s->tk[i];
    if (t->t == T_VAR || t->t == T_OP) {
      memcpy(p, s->q + t->b, t->e - t->b);
      p += t->e - t->b;
      *p++ = ' ';
    } else if (!(plan->consts[plan->n_consts++] = const_query(s, t,
                                                               prologue))) {
      goto oom;
    }
  }
  *p = '\0';
  if (p > vars + strlen("SELECT ")) {
    head = concat3(prologue, vars, strlen(vars), "");
    plan->text = head ? concat3(head, s->q + s->tk[body].b,
                                strlen(s->q + s->tk[body].b), "")
                      : NULL;
    free(head);
    if (!plan->text)
      goto oom;
  }
  free(vars);
  return 0;
oom:
  free(vars);
  return -1;
}

/* The variables projected by the SELECT at token f: ?v at the top level,
 * and the ?v of (expression AS ?v). */
static int plan_vars(scan *s, size_t f, pg_qplan *plan)
{
  size_t i;
  int depth = 0;

  plan->vars = calloc(s->n, sizeof *plan->vars);
  if (!plan->vars)
    return -1;
  for (i = f + 1; i < s->n - 1 && !pg_qs_is_kw(s, i, "WHERE") &&
                  !pg_qs_is_kw(s, i, "FROM") && !pg_qs_is_op(s, i, "{"); i++) {
    const tok *t = &s->tk[i];
    if (pg_qs_is_op(s, i, "("))
      depth++;
    else if (pg_qs_is_op(s, i, ")"))
      depth--;
    else if (t->t == T_VAR && (!depth || pg_qs_is_kw(s, i - 1, "AS"))) {
      char *v = strndup(s->q + t->b + 1, t->e - t->b - 1);
      if (!v)
        return -1;
      plan->vars[plan->n_vars++] = v;
    }
  }
  return 0;
}

static pg_qkind kind_of(const scan *s, size_t f)
{
  if (pg_qs_is_kw(s, f, "SELECT"))
    return PG_QK_SELECT;
  if (pg_qs_is_kw(s, f, "ASK"))
    return PG_QK_ASK;
  if (pg_qs_is_kw(s, f, "CONSTRUCT"))
    return PG_QK_CONSTRUCT;
  if (pg_qs_is_kw(s, f, "DESCRIBE"))
    return PG_QK_DESCRIBE;
  return PG_QK_UNKNOWN;
}

static int refuse_update(scan *s, size_t f)
{
  static const char *const upd[] = { "INSERT", "DELETE", "LOAD", "CLEAR",
                                     "DROP", "CREATE", "ADD", "MOVE", "COPY",
                                     "WITH" };
  size_t k;

  for (k = 0; k < sizeof upd / sizeof *upd; k++)
    if (pg_qs_is_kw(s, f, upd[k]))
    {
      char msg[200];
      snprintf(msg, sizeof msg, "SPARQL Update (%s) is not supported: "
               "queries are read-only (use policygraph load or extract "
               "--store to change a store)", upd[k]);
      return pg_qs_refuse(s, f, msg);
    }
  return 0;
}

int pg_qscan(pg_log *log, const char *source, const char *query,
             pg_qplan *plan)
{
  scan s;
  char *header = NULL, *prologue = NULL, *owned = NULL;
  size_t f, i;
  int rc = -1;

  memset(&s, 0, sizeof s);
  s.log = log;
  s.src = source ? source : "<query>";
  s.q = query;
  memset(plan, 0, sizeof *plan);
  if (pg_qs_lex(&s) || !(header = prefix_header(&s)))
    goto oom;
  f = form_index(&s);
  plan->kind = kind_of(&s, f);
  plan->prefix_len = strlen(header);
  if (refuse_update(&s, f) || walk(&s, 0, f))
    goto done;
  if (s.n_ed) { /* rewritten: scan the new text instead */
    char *text = apply_edits(&s);
    if (!text)
      goto oom;
    free(s.tk);
    s.tk = NULL;
    s.n = s.cap = s.n_ed = 0;
    s.q = query = owned = text;
    if (pg_qs_lex(&s))
      goto oom;
    f = form_index(&s);
  }
  if (plan->kind == PG_QK_SELECT && plan_vars(&s, f, plan))
    goto oom;
  for (i = 0; i < s.n; i++)
    if (pg_qs_is_kw(&s, i, "GRAPH") || pg_qs_is_kw(&s, i, "FROM"))
      plan->graphs = 1;
  if (plan->kind != PG_QK_DESCRIBE) {
    char *rew = NULL;
    int r = plan->kind == PG_QK_UNKNOWN ? 0 : pg_qrewrite(&s, f, &rew);
    if (r == -1)
      goto done;
    if (r == -2)
      goto oom;
    if (rew && !(plan->user = concat3(header, query, strlen(query), ""))) {
      free(rew);
      goto oom;
    }
    plan->text = concat3(header, rew ? rew : query,
                         strlen(rew ? rew : query), "");
    free(rew);
    if (!plan->text)
      goto oom;
    rc = 0;
    goto done;
  }
  if (!(prologue = concat3(header, query, s.tk[f].b, "")) ||
      plan_describe(&s, f, prologue, plan))
    goto oom;
  rc = 0;
  goto done;
oom:
  pg_log_msg(log, PG_LOG_ERROR, NULL, "out of memory");
done:
  free(header);
  free(prologue);
  free(owned);
  free(s.tk);
  return rc;
}

void pg_qplan_clear(pg_qplan *plan)
{
  size_t i;

  if (!plan)
    return;
  free(plan->text);
  free(plan->user);
  for (i = 0; i < plan->n_consts; i++)
    free(plan->consts[i]);
  free(plan->consts);
  for (i = 0; i < plan->n_vars; i++)
    free(plan->vars[i]);
  free(plan->vars);
  memset(plan, 0, sizeof *plan);
}

char *pg_query_prefixed(const char *query)
{
  scan s;
  char *header = NULL, *r = NULL;

  memset(&s, 0, sizeof s);
  s.src = "<query>";
  s.q = query;
  if (!pg_qs_lex(&s) && (header = prefix_header(&s)))
    r = concat3(header, query, strlen(query), "");
  free(header);
  free(s.tk);
  return r;
}

/* Appends the SPARQL string literal of v to o (escaped), tagged @zh when
 * v holds a character beyond ASCII, else @en: the graph's labels. */
static char *literal_of(const char *v)
{
  size_t n = strlen(v), i;
  char *o = malloc(2 * n + 8), *p = o;
  int wide = 0;

  if (!o)
    return NULL;
  *p++ = '"';
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)v[i];
    wide |= c >= 0x80;
    if (c == '"' || c == '\\')
      *p++ = '\\', *p++ = (char)c;
    else if (c == '\n')
      *p++ = '\\', *p++ = 'n';
    else if (c == '\r')
      *p++ = '\\', *p++ = 'r';
    else if (c == '\t')
      *p++ = '\\', *p++ = 't';
    else if (c >= 0x20)
      *p++ = (char)c;
  }
  strcpy(p, wide ? "\"@zh" : "\"@en");
  return o;
}

char *pg_query_bind(pg_log *log, const char *source, const char *query,
                    char *const *binds, size_t n_binds)
{
  scan s;
  size_t i, k, f, at = 0;
  int depth = 0;
  char *head = NULL, *r = NULL, *vars = NULL, *vals;

  memset(&s, 0, sizeof s);
  s.log = log;
  s.src = source ? source : "<query>";
  s.q = query;
  if (pg_qs_lex(&s))
    goto oom;
  f = form_index(&s);
  for (i = f; i < s.n - 1 && !at; i++) {
    if (pg_qs_is_op(&s, i, "("))
      depth++;
    else if (pg_qs_is_op(&s, i, ")"))
      depth--;
    else if (!depth && pg_qs_is_op(&s, i, "{") &&
             !pg_qs_is_kw(&s, f, "CONSTRUCT"))
      at = i;
    else if (!depth && pg_qs_is_kw(&s, i, "WHERE") &&
             pg_qs_is_op(&s, i + 1, "{"))
      at = i + 1;
  }
  if (!at) {
    pg_log_msg(log, PG_LOG_ERROR, NULL, "%s: --bind needs a query with a "
               "WHERE group", s.src);
    goto done;
  }
  if (!(head = strdup("")) || !(vars = strdup("")))
    goto oom;
  for (k = 0; k < n_binds; k++) {
    const char *eq = strchr(binds[k], '=');
    char *lit, *h;
    size_t nl = eq ? (size_t)(eq - binds[k]) : 0;
    for (i = 0; nl && i < s.n - 1; i++)
      if (s.tk[i].t == T_VAR && s.tk[i].e - s.tk[i].b - 1 == nl &&
          !strncmp(query + s.tk[i].b + 1, binds[k], nl))
        break;
    if (!nl || i == s.n - 1) {
      pg_log_msg(log, PG_LOG_ERROR, NULL, "%s: --bind %s: the query has no "
                 "variable ?%.*s", s.src, binds[k], (int)nl, binds[k]);
      goto done;
    }
    if (!(lit = literal_of(eq + 1)))
      goto oom;
    h = malloc(strlen(head) + strlen(vars) + nl + strlen(lit) + 8);
    if (h) {
      sprintf(h, "%s ?%.*s", vars, (int)nl, binds[k]);
      free(vars);
      vars = h;
      h = malloc(strlen(head) + strlen(lit) + 4);
    }
    if (h)
      sprintf(h, "%s %s", head, lit);
    free(lit);
    free(head);
    if (!(head = h))
      goto oom;
  }
  if (!(vals = malloc(strlen(vars) + strlen(head) + 32)))
    goto oom;
  sprintf(vals, " VALUES (%s ) { (%s ) }", vars, head);
  free(head);
  head = vals;
  if (!(r = malloc(strlen(query) + strlen(head) + 2)))
    goto oom;
  memcpy(r, query, s.tk[at].e);
  strcpy(r + s.tk[at].e, head);
  strcat(r, query + s.tk[at].e);
  goto done;
oom:
  pg_log_msg(log, PG_LOG_ERROR, NULL, "out of memory");
done:
  free(head);
  free(vars);
  free(s.tk);
  return r;
}
