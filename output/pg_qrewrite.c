/* pg_qrewrite.c - reorders and renames a query's groups so that rasqal
 * 0.9.33 answers them rightly (see pg_query_int.h, pg_qrewrite).
 *
 * Measured on the 16 bundled articles against Oxigraph: rasqal keeps
 * variable values in one table shared by the whole query, and when the
 * triple patterns of an OPTIONAL (or of a group, a UNION branch) are
 * done, it unbinds every variable they mention -- also those the patterns
 * before it bound.  The next row of those patterns then has them unbound,
 * the OPTIONAL matches anything, and rows of other subjects come out
 * (?w a pg:Initiative . ?w rdfs:label ?l . OPTIONAL { ?w dcterms:date ?d }:
 * 170 rows for 40).  So each group is rewritten: its triple patterns
 * first (as SPARQL allows: a join commutes; moving one across an OPTIONAL
 * or BIND is checked to keep the answers), then its other elements in
 * their order, its FILTERs last (a FILTER's scope is its whole group).
 * Before an OPTIONAL, a group or a GRAPH, each variable it shares with
 * the group's triple patterns is copied, BIND(?w AS ?__pg_wN), and the
 * element uses the copy: it can only unbind the copy, which the next row
 * computes again.  What cannot be made safe this way -- an OPTIONAL
 * sharing a variable that only an earlier OPTIONAL or group may bind -- is
 * refused, naming the construct.  The scanner is a tokenizer, not a
 * parser: it rewrites only the shapes listed in pg_qrewrite's comment.
 */
#include "pg_query_int.h"
#include "pg_qscan_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum ekind { E_TRIPLES, E_FILTER, E_OPTIONAL, E_BIND, E_GROUP,
                     E_OTHER } ekind;

typedef struct elem {
  ekind k;
  size_t b, e; /* tokens, inclusive */
} elem;

/* A variable renaming: name (without '?') -> new name. */
typedef struct rmap {
  char from[32][64], to[32][64];
  size_t n;
} rmap;

typedef struct rw {
  scan *s;
  char *out;        /* text being built (owned) */
  size_t n, cap;
  int oom;
  int changed;      /* a rename was made        */
  unsigned next_id; /* for ?__pg_<v><id>         */
} rw;

static void put(rw *w, const char *t, size_t n)
{
  if (w->oom)
    return;
  if (w->n + n + 1 > w->cap) {
    size_t cap = (w->n + n + 1) * 2;
    char *p = realloc(w->out, cap);
    if (!p) {
      w->oom = 1;
      return;
    }
    w->out = p;
    w->cap = cap;
  }
  memcpy(w->out + w->n, t, n);
  w->n += n;
  w->out[w->n] = '\0';
}

static void puts_(rw *w, const char *t) { put(w, t, strlen(t)); }

/* The variable name of token i (no '?'), copied into buf. */
static const char *var_name(const scan *s, size_t i, char buf[64])
{
  size_t n = s->tk[i].e - s->tk[i].b - 1;

  if (n >= 64)
    n = 63;
  memcpy(buf, s->q + s->tk[i].b + 1, n);
  buf[n] = '\0';
  return buf;
}

static const char *rmap_get(const rmap *r, const char *v)
{
  size_t i;

  for (i = r->n; i-- > 0;)
    if (!strcmp(r->from[i], v))
      return r->to[i];
  return NULL;
}

/* Whether variable v occurs in tokens [b, e]. */
static int has_var(const scan *s, size_t b, size_t e, const char *v)
{
  char buf[64];
  size_t i;

  for (i = b; i <= e; i++)
    if (s->tk[i].t == T_VAR && !strcmp(var_name(s, i, buf), v))
      return 1;
  return 0;
}

/* Emits token i (renamed by r) with the text between it and token i-1. */
static void emit_tok(rw *w, size_t i, const rmap *r)
{
  const scan *s = w->s;
  char buf[64];
  const char *to;

  put(w, " ", 1);
  if (s->tk[i].t == T_VAR && (to = rmap_get(r, var_name(s, i, buf)))) {
    put(w, "?", 1);
    puts_(w, to);
  } else {
    put(w, s->q + s->tk[i].b, s->tk[i].e - s->tk[i].b);
  }
  if (i + 1 < s->n && memchr(s->q + s->tk[i].e, '\n',
                             s->tk[i + 1].b - s->tk[i].e))
    put(w, "\n", 1);
}

static int emit_group(rw *w, size_t o, const rmap *r, const char **cert,
                      size_t n_cert);

/* Emits tokens [b, e], recursing into the groups it opens when groups
 * is set (UNION branches, GRAPH and OPTIONAL groups). */
static int emit_span(rw *w, size_t b, size_t e, const rmap *r, int groups,
                     const char **cert, size_t n_cert)
{
  size_t i;

  for (i = b; i <= e; i++) {
    if (groups && pg_qs_is_op(w->s, i, "{")) {
      if (emit_group(w, i, r, cert, n_cert))
        return -1;
      i = pg_qs_closing(w->s, i);
    } else {
      emit_tok(w, i, r);
    }
  }
  return 0;
}

static int is_element_kw(const scan *s, size_t i)
{
  static const char *const kws[] = { "FILTER", "OPTIONAL", "BIND", "VALUES",
                                     "GRAPH", "MINUS", "SERVICE" };
  size_t k;

  for (k = 0; k < sizeof kws / sizeof *kws; k++)
    if (pg_qs_is_kw(s, i, kws[k]))
      return 1;
  return 0;
}

/* The elements of the group opened at token o; returns their count. */
static size_t parse_group(const scan *s, size_t o, elem *el, size_t max)
{
  size_t c = pg_qs_closing(s, o), i = o + 1, n = 0, j;

  while (i < c && n < max) {
    elem *x = &el[n];
    if (pg_qs_is_op(s, i, ".")) {
      i++;
      continue;
    }
    x->b = i;
    if (pg_qs_is_kw(s, i, "FILTER")) {
      x->k = E_FILTER;
      j = pg_qs_is_op(s, i + 1, "(") ? i + 1 : i + 2;
      x->e = pg_qs_closing(s, j);
    } else if (pg_qs_is_kw(s, i, "OPTIONAL") || pg_qs_is_kw(s, i, "MINUS")) {
      x->k = pg_qs_is_kw(s, i, "OPTIONAL") ? E_OPTIONAL : E_OTHER;
      x->e = pg_qs_closing(s, i + 1);
    } else if (pg_qs_is_kw(s, i, "BIND")) {
      x->k = E_BIND;
      x->e = pg_qs_closing(s, i + 1);
    } else if (pg_qs_is_kw(s, i, "VALUES")) {
      x->k = E_OTHER;
      j = pg_qs_is_op(s, i + 1, "(") ? pg_qs_closing(s, i + 1) + 1 : i + 2;
      x->e = pg_qs_closing(s, j);
    } else if (pg_qs_is_kw(s, i, "GRAPH") || pg_qs_is_kw(s, i, "SERVICE")) {
      x->k = E_GROUP;
      for (j = i + 1; j < c && !pg_qs_is_op(s, j, "{"); j++)
        ;
      x->e = pg_qs_closing(s, j);
    } else if (pg_qs_is_op(s, i, "{")) {
      x->k = E_GROUP;
      x->e = pg_qs_closing(s, i);
      while (pg_qs_is_kw(s, x->e + 1, "UNION") &&
             pg_qs_is_op(s, x->e + 2, "{"))
        x->e = pg_qs_closing(s, x->e + 2);
    } else {
      x->k = E_TRIPLES;
      for (j = i; j < c && !pg_qs_is_op(s, j, "{") && !is_element_kw(s, j);
           j++) {
        if (pg_qs_is_op(s, j, "[") || pg_qs_is_op(s, j, "("))
          j = pg_qs_closing(s, j);
        else if (pg_qs_is_op(s, j, "."))
          break;
      }
      x->e = j < c && pg_qs_is_op(s, j, ".") ? j : j - 1;
    }
    if (x->e >= c)
      x->e = c - 1;
    if (x->e < x->b)
      break;
    i = x->e + 1;
    n++;
  }
  return n;
}

/* Whether v occurs in a triple pattern among elements [0, upto). */
static int in_triples(const scan *s, const elem *el, size_t upto,
                      const char *v)
{
  size_t i;

  for (i = 0; i < upto; i++)
    if (el[i].k == E_TRIPLES && has_var(s, el[i].b, el[i].e, v))
      return 1;
  return 0;
}

/* Whether every branch of the group (or UNION of groups) el binds v in
 * a triple pattern of its own. */
static int group_binds(const scan *s, const elem *el, const char *v)
{
  elem sub[128];
  size_t i = el->b, n;

  if (!pg_qs_is_op(s, i, "{") || pg_qs_is_kw(s, i + 1, "SELECT"))
    return 0;
  for (;;) {
    n = parse_group(s, i, sub, sizeof sub / sizeof *sub);
    if (!in_triples(s, sub, n, v))
      return 0;
    i = pg_qs_closing(s, i);
    if (i >= el->e)
      return 1;
    i += 2; /* UNION { */
  }
}

/* Whether v is bound for sure before element x: by a triple pattern or
 * by a group before it. */
static int bound_before(const scan *s, const elem *el, size_t x,
                        const char *v)
{
  size_t i;

  for (i = 0; i < x; i++)
    if ((el[i].k == E_TRIPLES && has_var(s, el[i].b, el[i].e, v)) ||
        (el[i].k == E_GROUP && group_binds(s, &el[i], v)))
      return 1;
  return 0;
}

/* Checks that moving the triple patterns of element t before element x
 * (an OPTIONAL or BIND) keeps the answers. */
static int check_move(scan *s, const elem *el, size_t x, size_t t)
{
  char buf[64], msg[400];
  size_t i;

  for (i = el[t].b; i <= el[t].e; i++) {
    const char *v;
    if (s->tk[i].t != T_VAR)
      continue;
    v = var_name(s, i, buf);
    if (!has_var(s, el[x].b, el[x].e, v) || bound_before(s, el, x, v))
      continue;
    snprintf(msg, sizeof msg, "this triple pattern shares ?%s with the %s "
             "before it, which no triple pattern before that binds: the "
             "SPARQL engine (rasqal 0.9.33) joins that wrongly; bind ?%s "
             "before the %s, or run the query with --engine oxigraph", v,
             el[x].k == E_OPTIONAL ? "OPTIONAL" : "BIND", v,
             el[x].k == E_OPTIONAL ? "OPTIONAL" : "BIND");
    return pg_qs_refuse(s, i, msg);
  }
  return 0;
}

/* For element x (an OPTIONAL or a group): the variables it shares with
 * the group's triple patterns (or with the enclosing groups', cert) are
 * copied by a BIND emitted here and renamed in x (r2); one it shares only
 * with an earlier OPTIONAL, group or BIND is refused. */
static int bind_shared(rw *w, const elem *el, size_t n_el, size_t x,
                       const rmap *r, rmap *r2, const char **cert,
                       size_t n_cert)
{
  scan *s = w->s;
  char buf[64], msg[400], line[200];
  size_t i, k;

  *r2 = *r;
  for (i = el[x].b; i <= el[x].e; i++) {
    const char *v, *src;
    int certain = 0, shared = 0;
    if (s->tk[i].t != T_VAR)
      continue;
    v = var_name(s, i, buf);
    if (strncmp(v, "__pg_", 5) == 0 && rmap_get(r2, v))
      continue;
    if (rmap_get(r2, v) && r2->n > r->n) {
      for (k = r->n; k < r2->n && strcmp(r2->from[k], v); k++)
        ;
      if (k < r2->n)
        continue; /* done already */
    }
    certain = in_triples(s, el, n_el, v) || bound_before(s, el, x, v);
    for (k = 0; !certain && k < n_cert; k++)
      certain = !strcmp(cert[k], v);
    for (k = 0; k < x; k++)
      if (el[k].k != E_TRIPLES && el[k].k != E_FILTER &&
          has_var(s, el[k].b, el[k].e, v))
        shared = 1;
    if (!certain && shared && el[x].k == E_OPTIONAL) {
      snprintf(msg, sizeof msg, "this OPTIONAL shares ?%s with an OPTIONAL, "
               "group or BIND before it, and no triple pattern of its group "
               "binds ?%s: the SPARQL engine (rasqal 0.9.33) joins that "
               "wrongly; nest it in that OPTIONAL (OPTIONAL { ... OPTIONAL "
               "{ ... } }) or run the query with --engine oxigraph", v, v);
      return pg_qs_refuse(s, el[x].b, msg);
    }
    if (!certain || r2->n == 32)
      continue;
    src = rmap_get(r, v);
    snprintf(r2->from[r2->n], 64, "%s", v);
    snprintf(r2->to[r2->n], 64, "__pg_%.40s%u", v, w->next_id++);
    snprintf(line, sizeof line, " BIND(?%s AS ?%s)", src ? src : v,
             r2->to[r2->n]);
    puts_(w, line);
    r2->n++;
    w->changed = 1;
  }
  return 0;
}

/* Whether the sub-select group at token o aggregates, groups, orders,
 * slices or takes distinct rows: measured wrong when joined (one row per
 * outer row with COUNT 1, 574 rows for 64). */
static int modifies(const scan *s, size_t o)
{
  static const char *const kws[] = { "GROUP", "COUNT", "SUM", "MIN", "MAX",
                                     "AVG", "SAMPLE", "GROUP_CONCAT",
                                     "LIMIT", "OFFSET", "ORDER", "DISTINCT",
                                     "REDUCED", "HAVING" };
  size_t i, k, c = pg_qs_closing(s, o);

  for (i = o + 1; i < c; i++)
    for (k = 0; k < sizeof kws / sizeof *kws; k++)
      if (pg_qs_is_kw(s, i, kws[k]))
        return 1;
  return 0;
}

/* Emits the group opened at token o, rewritten (see the file comment).
 * cert: variables the enclosing groups' triple patterns bind. */
static int emit_group(rw *w, size_t o, const rmap *r, const char **cert,
                      size_t n_cert)
{
  scan *s = w->s;
  size_t c = pg_qs_closing(s, o), n, i, t, nc = n_cert;
  elem el[128];
  const char *cert2[256];
  char names[256][64];
  rmap r2;

  if (pg_qs_is_kw(s, o + 1, "SELECT")) { /* a sub-select: its WHERE */
    for (i = o + 1; i < c && !pg_qs_is_op(s, i, "{"); i++)
      ;
    emit_tok(w, o, r);
    if (i < c) {
      if (emit_span(w, o + 1, i - 1, r, 0, cert, n_cert) ||
          emit_group(w, i, r, cert, n_cert))
        return -1;
      i = pg_qs_closing(s, i) + 1;
    }
    return i <= c ? emit_span(w, i, c, r, 0, cert, n_cert) : 0;
  }
  n = parse_group(s, o, el, sizeof el / sizeof *el);
  for (i = 0, t = 0; i < n; i++)
    t += el[i].k != E_FILTER;
  for (i = 0; t > 1 && i < n; i++)
    if (el[i].k == E_GROUP && pg_qs_is_op(s, el[i].b, "{") &&
        pg_qs_is_kw(s, el[i].b + 1, "SELECT") && modifies(s, el[i].b))
      return pg_qs_refuse(s, el[i].b + 1, "a sub-select with an aggregate, "
                          "GROUP BY, ORDER BY, LIMIT or DISTINCT joined with "
                          "other patterns of its group gives wrong rows in the "
                          "SPARQL engine (rasqal 0.9.33): make the "
                          "sub-select the whole group, { SELECT ... WHERE "
                          "{ ... all patterns ... } }, or run the query "
                          "with --engine oxigraph");
  for (i = 0; i < n_cert && i < 256; i++)
    cert2[i] = cert[i];
  for (i = 0; i < n; i++)
    if (el[i].k == E_TRIPLES) {
      for (t = el[i].b; t <= el[i].e && nc < 256; t++)
        if (s->tk[t].t == T_VAR)
          cert2[nc] = var_name(s, t, names[nc]), nc++;
      for (t = 0; t < i; t++)
        if ((el[t].k == E_OPTIONAL || el[t].k == E_BIND) &&
            check_move(s, el, t, i))
          return -1;
    }
  emit_tok(w, o, r);
  for (i = 0; i < n; i++) /* VALUES first: after a pattern it crashes */
    if (el[i].k == E_OTHER && pg_qs_is_kw(s, el[i].b, "VALUES") &&
        emit_span(w, el[i].b, el[i].e, r, 0, cert2, nc))
      return -1;
  for (i = 0; i < n; i++) /* triple patterns next */
    if (el[i].k == E_TRIPLES) {
      if (emit_span(w, el[i].b, el[i].e, r, 0, cert2, nc))
        return -1;
      if (!pg_qs_is_op(s, el[i].e, "."))
        puts_(w, " .");
    }
  for (i = 0; i < n; i++) {
    if (el[i].k == E_TRIPLES || el[i].k == E_FILTER ||
        (el[i].k == E_OTHER && pg_qs_is_kw(s, el[i].b, "VALUES")))
      continue;
    if (el[i].k == E_OPTIONAL || el[i].k == E_GROUP) {
      if (bind_shared(w, el, n, i, r, &r2, cert, n_cert) ||
          emit_span(w, el[i].b, el[i].e, &r2, 1, cert2, nc))
        return -1;
    } else if (emit_span(w, el[i].b, el[i].e, r, 0, cert2, nc)) {
      return -1;
    }
  }
  for (i = 0; i < n; i++) /* FILTERs last: their scope is the group */
    if (el[i].k == E_FILTER &&
        emit_span(w, el[i].b, el[i].e, r, 0, cert2, nc))
      return -1;
  emit_tok(w, c, r);
  return w->oom ? -1 : 0;
}

/* The '{' of the query's WHERE group, after the form keyword f, or 0. */
static size_t where_group(const scan *s, size_t f)
{
  size_t i, first = 0;
  int depth = 0;

  for (i = f + 1; i < s->n - 1; i++) {
    if (pg_qs_is_op(s, i, "("))
      depth++;
    else if (pg_qs_is_op(s, i, ")"))
      depth--;
    else if (!depth && pg_qs_is_kw(s, i, "WHERE"))
      return pg_qs_is_op(s, i + 1, "{") ? i + 1 : 0;
    else if (!depth && pg_qs_is_op(s, i, "{")) {
      if (!pg_qs_is_kw(s, f, "CONSTRUCT") || first)
        return i;
      first = i;
      i = pg_qs_closing(s, i);
    }
  }
  return 0;
}

/* SELECT * -> SELECT ?a ?b ... (the user's variables in order of first
 * appearance), so that the copies made here stay out of the answer. */
static void emit_star(rw *w, size_t f, size_t o)
{
  const scan *s = w->s;
  char seen[64][64], buf[64];
  size_t n = 0, i, k, c = pg_qs_closing(s, o);

  for (i = o; i <= c && n < 64; i++) {
    if (s->tk[i].t != T_VAR || !strncmp(var_name(s, i, buf), "__pg_", 5))
      continue;
    for (k = 0; k < n && strcmp(seen[k], buf); k++)
      ;
    if (k == n) {
      strcpy(seen[n++], buf);
      puts_(w, " ?");
      puts_(w, buf);
    }
  }
  (void)f;
}

int pg_qrewrite(scan *s, size_t f, char **out)
{
  rw w;
  rmap r;
  size_t o, i, star = (size_t)-1;
  int rc;

  *out = NULL;
  if (!(o = where_group(s, f)))
    return 0;
  memset(&w, 0, sizeof w);
  memset(&r, 0, sizeof r);
  w.s = s;
  w.next_id = 1;
  if (pg_qs_is_kw(s, f, "SELECT"))
    for (i = f + 1; i < o && star == (size_t)-1; i++)
      if (pg_qs_is_op(s, i, "*") && !pg_qs_is_op(s, i - 1, "("))
        star = i;
  put(&w, s->q, s->tk[0].b);
  for (i = 0; i < o; i++) {
    if (i == star)
      emit_star(&w, f, o);
    else
      emit_tok(&w, i, &r);
  }
  rc = emit_group(&w, o, &r, NULL, 0);
  for (i = pg_qs_closing(s, o) + 1; !rc && i < s->n - 1; i++)
    emit_tok(&w, i, &r);
  if (rc || w.oom) {
    free(w.out);
    return w.oom ? -2 : -1;
  }
  *out = w.out;
  return 0;
}
