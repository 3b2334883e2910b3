/* pg_writers.c - TriG and JSON-LD by hand (see pg_writers.h).
 *
 * Why by hand: raptor 2.0.15 has no TriG or JSON-LD serializer (`rapper
 * --help` lists none, raptor_world_get_serializer_description neither),
 * and the two are plain text over a sorted triple list.  A triple is one
 * malloc block: the struct, then its strings.  Terms keep their kind
 * ('I' IRI, 'B' blank node, 'L' literal), value, language and datatype.
 *
 * Turtle names: an IRI is written prefix:local when a namespace is a
 * prefix of it and the rest is a PN_LOCAL of Turtle 1.1 (letters of the
 * PN_CHARS_BASE ranges, CJK included, digits, '_' and '-'; no '.', '%'
 * or '\' escapes, to keep the check short), else as <IRI> with the
 * characters IRIREF forbids as \u escapes.  Blank node labels keep
 * [A-Za-z0-9] and write any other byte as _XX.
 *
 * JSON-LD: keys are compact IRIs of the context's prefixes (rdfs:label),
 * "@type" holds the classes; literals are {"@value", "@language"} or
 * {"@value", "@type"}, xsd:string a JSON string; node references
 * {"@id"} with the full IRI.  The context is the file's, byte for byte.
 */
#include "pg_writers.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define XSD_STRING "http://www.w3.org/2001/XMLSchema#string"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDF_LANGSTRING \
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

typedef struct term {
  char kind;         /* 'I', 'B' or 'L'                          */
  const char *v;     /* IRI, blank label or lexical form         */
  const char *lang;  /* literal's language, or ""                */
  const char *dt;    /* literal's datatype IRI, or ""            */
} term;

typedef struct triple {
  term s, p, o;      /* strings live after the struct, same block */
} triple;

struct pg_tset {
  triple **v;        /* owned, each owned                        */
  size_t n, cap;
};

pg_tset *pg_new_tset(void) { return calloc(1, sizeof(pg_tset)); }

void pg_tset_clear(pg_tset *t)
{
  size_t i;

  for (i = 0; i < t->n; i++)
    free(t->v[i]);
  t->n = 0;
}

void pg_free_tset(pg_tset *t)
{
  if (!t)
    return;
  pg_tset_clear(t);
  free(t->v);
  free(t);
}

size_t pg_tset_count(const pg_tset *t) { return t->n; }

/* The strings of node n: *v, *lang, *dt (borrowed from n; "" when
 * absent) and its kind. */
static char node_parts(librdf_node *n, const char **v, const char **lang,
                       const char **dt)
{
  librdf_uri *u;

  *lang = *dt = "";
  if (librdf_node_is_literal(n)) {
    *v = (const char *)librdf_node_get_literal_value(n);
    if (librdf_node_get_literal_value_language(n))
      *lang = librdf_node_get_literal_value_language(n);
    if ((u = librdf_node_get_literal_value_datatype_uri(n)))
      *dt = (const char *)librdf_uri_as_string(u);
    if (!strcmp(*dt, XSD_STRING) || !strcmp(*dt, RDF_LANGSTRING))
      *dt = ""; /* RDF 1.1: the same literal as the plain one */
    if (!*v)
      *v = "";
    return 'L';
  }
  if (librdf_node_is_blank(n)) {
    *v = (const char *)librdf_node_get_blank_identifier(n);
    return 'B';
  }
  *v = (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
  return 'I';
}

/* Copies the nine strings of a triple after the struct. */
static void pack(triple *tr, const char *src[9])
{
  char *p = (char *)(tr + 1);
  const char **dst[9] = { &tr->s.v, &tr->s.lang, &tr->s.dt, &tr->p.v,
                          &tr->p.lang, &tr->p.dt, &tr->o.v, &tr->o.lang,
                          &tr->o.dt };
  size_t i, len;

  for (i = 0; i < 9; i++) {
    len = strlen(src[i]) + 1;
    memcpy(p, src[i], len);
    *dst[i] = p;
    p += len;
  }
}

int pg_tset_add(pg_tset *t, librdf_statement *st)
{
  const char *src[9];
  char kind[3];
  size_t size = sizeof(triple), i;
  triple *tr, **nv;

  kind[0] = node_parts(librdf_statement_get_subject(st), &src[0], &src[1],
                       &src[2]);
  kind[1] = node_parts(librdf_statement_get_predicate(st), &src[3],
                       &src[4], &src[5]);
  kind[2] = node_parts(librdf_statement_get_object(st), &src[6], &src[7],
                       &src[8]);
  for (i = 0; i < 9; i++)
    size += strlen(src[i]) + 1;
  if (t->n == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 256;
    if (!(nv = realloc(t->v, cap * sizeof *nv)))
      return -1;
    t->v = nv;
    t->cap = cap;
  }
  if (!(tr = malloc(size)))
    return -1;
  pack(tr, src);
  tr->s.kind = kind[0];
  tr->p.kind = kind[1];
  tr->o.kind = kind[2];
  t->v[t->n++] = tr;
  return 0;
}

static int term_cmp(const term *a, const term *b)
{
  int c;

  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  if ((c = strcmp(a->v, b->v)) || (c = strcmp(a->lang, b->lang)))
    return c;
  return strcmp(a->dt, b->dt);
}

/* Subject, then predicate (rdf:type first, Turtle's "a" leading), then
 * object. */
static int triple_cmp(const void *x, const void *y)
{
  const triple *a = *(triple *const *)x, *b = *(triple *const *)y;
  int c, ta, tb;

  if ((c = term_cmp(&a->s, &b->s)))
    return c;
  ta = a->p.kind == 'I' && !strcmp(a->p.v, RDF_TYPE);
  tb = b->p.kind == 'I' && !strcmp(b->p.v, RDF_TYPE);
  if (ta != tb)
    return tb - ta;
  if ((c = term_cmp(&a->p, &b->p)))
    return c;
  return term_cmp(&a->o, &b->o);
}

/* Sorts t and drops duplicates. */
static void tset_sort(pg_tset *t)
{
  size_t i, k = 0;

  if (t->n)
    qsort(t->v, t->n, sizeof *t->v, triple_cmp);
  for (i = 0; i < t->n; i++) {
    if (k && !triple_cmp(&t->v[k - 1], &t->v[i]))
      free(t->v[i]);
    else
      t->v[k++] = t->v[i];
  }
  t->n = k;
}

/* ---------------------------------------------------------------- UTF-8 */

/* The code point at *p (advanced past it); a bad byte is taken as is. */
static uint32_t next_cp(const unsigned char **p)
{
  const unsigned char *s = *p;
  uint32_t c = s[0];
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0, i;

  if (c >= 0x80 && c < 0xC0)
    n = 0;
  if (n)
    c &= 0x3F >> n;
  for (i = 1; i <= n; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *p = s + 1;
      return s[0];
    }
    c = c << 6 | (s[i] & 0x3F);
  }
  *p = s + n + 1;
  return c;
}

/* Turtle 1.1's PN_CHARS_BASE, PN_CHARS_U and PN_CHARS. */
static int pn_base(uint32_t c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) ||
         (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
         (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) ||
         (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
         (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
         (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

static int pn_chars(uint32_t c)
{
  return pn_base(c) || c == '_' || c == '-' || (c >= '0' && c <= '9') ||
         c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
         (c >= 0x203F && c <= 0x2040);
}

/* Whether s may stand after "prefix:" in Turtle as it is. */
static int is_local(const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  uint32_t c;

  if (!*p)
    return 0;
  c = next_cp(&p);
  if (!(pn_base(c) || c == '_' || (c >= '0' && c <= '9')))
    return 0;
  while (*p)
    if (!pn_chars(next_cp(&p)))
      return 0;
  return 1;
}

/* The namespace of ns that is the longest prefix of iri, or NULL. */
static const pg_namespace *ns_of(const char *iri, const pg_namespace *ns)
{
  const pg_namespace *best = NULL;
  size_t len, blen = 0;

  for (; ns && ns->prefix; ns++) {
    len = strlen(ns->uri);
    if (len > blen && !strncmp(iri, ns->uri, len)) {
      best = ns;
      blen = len;
    }
  }
  return best;
}

/* ---------------------------------------------------------------- TriG */

int pg_trig_write_head(FILE *out, const pg_namespace *ns)
{
  for (; ns && ns->prefix; ns++)
    fprintf(out, "@prefix %s: <%s> .\n", ns->prefix, ns->uri);
  fputc('\n', out);
  return ferror(out) ? -1 : 0;
}

/* An IRI: prefix:local where it fits, else <IRI>. */
static void ttl_iri(FILE *out, const char *iri, const pg_namespace *ns)
{
  const pg_namespace *n = ns_of(iri, ns);
  const unsigned char *p;

  if (n && is_local(iri + strlen(n->uri))) {
    fprintf(out, "%s:%s", n->prefix, iri + strlen(n->uri));
    return;
  }
  fputc('<', out);
  for (p = (const unsigned char *)iri; *p; p++)
    if (*p <= 0x20 || strchr("<>\"{}|^`\\", *p))
      fprintf(out, "\\u%04X", *p);
    else
      fputc(*p, out);
  fputc('>', out);
}

static void ttl_blank(FILE *out, const char *label)
{
  const unsigned char *p = (const unsigned char *)label;

  fputs("_:", out);
  for (; *p; p++)
    if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
        (*p >= '0' && *p <= '9'))
      fputc(*p, out);
    else
      fprintf(out, "_%02X", *p);
}

/* A string in double quotes, as both Turtle and JSON write it: quote,
 * backslash and control characters escaped, everything else (UTF-8 too)
 * as it is. */
static void quoted_string(FILE *out, const char *s)
{
  const unsigned char *p = (const unsigned char *)s;

  fputc('"', out);
  for (; *p; p++)
    switch (*p) {
    case '"': fputs("\\\"", out); break;
    case '\\': fputs("\\\\", out); break;
    case '\n': fputs("\\n", out); break;
    case '\r': fputs("\\r", out); break;
    case '\t': fputs("\\t", out); break;
    default:
      if (*p < 0x20 || *p == 0x7F)
        fprintf(out, "\\u%04X", *p);
      else
        fputc(*p, out);
    }
  fputc('"', out);
}

static void ttl_term(FILE *out, const term *t, const pg_namespace *ns)
{
  if (t->kind == 'I') {
    ttl_iri(out, t->v, ns);
  } else if (t->kind == 'B') {
    ttl_blank(out, t->v);
  } else {
    quoted_string(out, t->v);
    if (*t->lang) {
      fprintf(out, "@%s", t->lang);
    } else if (*t->dt) {
      fputs("^^", out);
      ttl_iri(out, t->dt, ns);
    }
  }
}

int pg_trig_write_graph(FILE *out, pg_tset *t, const char *graph,
                        const pg_namespace *ns)
{
  const triple *a, *prev = NULL;
  size_t i;

  tset_sort(t);
  if (graph)
    ttl_iri(out, graph, ns);
  fputs(graph ? " {\n" : "{\n", out);
  for (i = 0; i < t->n; i++, prev = a) {
    a = t->v[i];
    if (prev && !term_cmp(&prev->s, &a->s) && !term_cmp(&prev->p, &a->p)) {
      fputs(", ", out);
    } else {
      if (prev && !term_cmp(&prev->s, &a->s)) {
        fputs(" ;\n        ", out);
      } else {
        if (prev)
          fputs(" .\n\n", out);
        fputs("    ", out);
        ttl_term(out, &a->s, ns);
        fputs("\n        ", out);
      }
      if (a->p.kind == 'I' && !strcmp(a->p.v, RDF_TYPE))
        fputc('a', out);
      else
        ttl_term(out, &a->p, ns);
      fputc(' ', out);
    }
    ttl_term(out, &a->o, ns);
  }
  fputs(prev ? " .\n}\n\n" : "}\n\n", out);
  return ferror(out) ? -1 : 0;
}

/* ---------------------------------------------------------------- JSON-LD */

struct pg_jsonld_ctx {
  char *text;             /* owned: the file                           */
  const char *ctx;        /* the "@context" value inside text          */
  size_t ctx_len;         /* its length                                */
  pg_namespace ns[64];    /* its prefixes (strings owned, in `names`)  */
  char *names;            /* owned: the prefixes' strings              */
};

static const char *skip_ws(const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  return p;
}

/* Past the JSON string at p ('"'), or NULL.  Escapes are stepped over,
 * not decoded: prefixes and IRIs of a context need none. */
static const char *skip_string(const char *p)
{
  if (*p++ != '"')
    return NULL;
  for (; *p && *p != '"'; p++)
    if (*p == '\\' && !*++p)
      return NULL;
  return *p ? p + 1 : NULL;
}

/* Past the JSON value at p, or NULL. */
static const char *skip_value(const char *p)
{
  int depth = 0;

  do {
    p = skip_ws(p);
    if (*p == '"') {
      if (!(p = skip_string(p)))
        return NULL;
    } else if (*p == '{' || *p == '[') {
      depth++, p++;
    } else if (*p == '}' || *p == ']') {
      if (--depth < 0)
        return NULL;
      p++;
    } else if (*p == ',' || *p == ':') {
      if (!depth)
        return NULL;
      p++;
    } else if (*p) {
      const char *b = p;
      while (*p && !strchr(" \t\r\n,:{}[]\"", *p))
        p++;
      if (p == b)
        return NULL;
    } else {
      return NULL;
    }
  } while (depth);
  return p;
}

/* Reads the members of the object at p: "@context" found sets c->ctx;
 * when ctx is set the object is the context, and its string members are
 * its prefixes.  Returns past the object, or NULL. */
static const char *read_object(pg_jsonld_ctx *c, const char *p, int ctx,
                               char **names)
{
  const char *k, *ke, *v, *ve;
  size_t n = 0;

  if (*(p = skip_ws(p)) != '{')
    return NULL;
  for (p = skip_ws(p + 1); *p != '}';) {
    k = p;
    if (!(ke = skip_string(k)) || *(p = skip_ws(ke)) != ':')
      return NULL;
    v = skip_ws(p + 1);
    if (!ctx && ke - k == 10 && !strncmp(k, "\"@context\"", 10)) {
      if (*v != '{' || !(ve = read_object(c, v, 1, names)))
        return NULL;
      c->ctx = v;
      c->ctx_len = (size_t)(ve - v);
    } else if (!(ve = skip_value(v))) {
      return NULL;
    } else if (ctx && *v == '"' && k[1] != '@' &&
               n < sizeof c->ns / sizeof *c->ns - 1) {
      c->ns[n].prefix = *names;
      *names += sprintf(*names, "%.*s", (int)(ke - k - 2), k + 1) + 1;
      c->ns[n++].uri = *names;
      *names += sprintf(*names, "%.*s", (int)(ve - v - 2), v + 1) + 1;
    }
    p = skip_ws(ve);
    if (*p == ',')
      p = skip_ws(p + 1);
    else if (*p != '}')
      return NULL;
  }
  return p + 1;
}

/* The whole file at path, NUL-terminated, or NULL (errno set). */
static char *slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  char *buf = NULL, *nb;
  size_t len = 0, cap = 0, k;

  if (!f)
    return NULL;
  do {
    if (cap - len < 4096) {
      if (!(nb = realloc(buf, cap += 65536))) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = nb;
    }
    k = fread(buf + len, 1, cap - len - 1, f);
    len += k;
  } while (k);
  buf[len] = '\0';
  if (ferror(f)) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  return buf;
}

pg_jsonld_ctx *pg_new_jsonld_ctx(const char *path, pg_log *log)
{
  pg_jsonld_ctx *c = calloc(1, sizeof *c);
  pg_locator loc = { path, 0, 0, -1 };
  const char *end;
  char *names;

  if (!c || !(c->text = slurp(path))) {
    pg_log_msg(log, PG_LOG_ERROR, &loc, "cannot read the JSON-LD context: %s",
               c ? strerror(errno) : "out of memory");
    goto err;
  }
  if (!(c->names = names = malloc(strlen(c->text) + 2)))
    goto err;
  end = read_object(c, c->text, 0, &names);
  if (!end || *skip_ws(end) || !c->ctx) {
    loc.byte = end ? (long)(skip_ws(end) - c->text) : -1;
    pg_log_msg(log, PG_LOG_ERROR, &loc, "not a JSON object with an "
               "\"@context\" object of prefixes");
    goto err;
  }
  return c;
err:
  pg_free_jsonld_ctx(c);
  return NULL;
}

void pg_free_jsonld_ctx(pg_jsonld_ctx *c)
{
  if (!c)
    return;
  free(c->text);
  free(c->names);
  free(c);
}

/* An IRI as a JSON string: a compact IRI where a prefix of the context
 * fits (not "//...", which JSON-LD reads as an IRI), else as it is. */
static void json_iri(FILE *out, const char *iri, const pg_jsonld_ctx *c)
{
  const pg_namespace *n = ns_of(iri, c->ns);
  const char *local = n ? iri + strlen(n->uri) : NULL;
  char *s;

  if (!local || !*local || !strncmp(local, "//", 2)) {
    quoted_string(out, iri);
    return;
  }
  if (!(s = malloc(strlen(n->prefix) + strlen(local) + 2))) {
    quoted_string(out, iri);
    return;
  }
  sprintf(s, "%s:%s", n->prefix, local);
  quoted_string(out, s);
  free(s);
}

static void json_node_ref(FILE *out, const term *t)
{
  char *s;

  if (t->kind != 'B') {
    quoted_string(out, t->v);
    return;
  }
  if ((s = malloc(strlen(t->v) + 3))) {
    sprintf(s, "_:%s", t->v);
    quoted_string(out, s);
    free(s);
  }
}

static void json_object(FILE *out, const term *t, const pg_jsonld_ctx *c)
{
  if (t->kind != 'L') {
    fputs("{\"@id\": ", out);
    json_node_ref(out, t);
    fputc('}', out);
  } else if (*t->lang) {
    fputs("{\"@value\": ", out);
    quoted_string(out, t->v);
    fputs(", \"@language\": ", out);
    quoted_string(out, t->lang);
    fputc('}', out);
  } else if (*t->dt) {
    fputs("{\"@value\": ", out);
    quoted_string(out, t->v);
    fputs(", \"@type\": ", out);
    json_iri(out, t->dt, c);
    fputc('}', out);
  } else {
    quoted_string(out, t->v);
  }
}

static int is_class_triple(const triple *a)
{
  return a->p.kind == 'I' && !strcmp(a->p.v, RDF_TYPE) && a->o.kind == 'I';
}

/* One node object: the triples [b, e) of t share their subject. */
static void json_node(FILE *out, const pg_tset *t, size_t b, size_t e,
                      const pg_jsonld_ctx *c)
{
  size_t i;
  int types = 0;
  const triple *a, *prev = NULL;

  fputs("    {\n      \"@id\": ", out);
  json_node_ref(out, &t->v[b]->s);
  for (i = b; i < e; i++)
    if (is_class_triple(t->v[i])) {
      fputs(types++ ? ", " : ",\n      \"@type\": [", out);
      json_iri(out, t->v[i]->o.v, c);
    }
  if (types)
    fputc(']', out);
  for (i = b; i < e; i++) {
    a = t->v[i];
    if (is_class_triple(a))
      continue;
    if (prev && !term_cmp(&prev->p, &a->p)) {
      fputs(", ", out);
    } else {
      if (prev)
        fputc(']', out);
      fputs(",\n      ", out);
      json_iri(out, a->p.v, c);
      fputs(": [", out);
    }
    json_object(out, &a->o, c);
    prev = a;
  }
  fputs(prev ? "]\n    }" : "\n    }", out);
}

int pg_jsonld_write(FILE *out, pg_tset *t, const pg_jsonld_ctx *c)
{
  size_t b, e;

  tset_sort(t);
  fputs("{\n  \"@context\": ", out);
  fwrite(c->ctx, 1, c->ctx_len, out);
  fputs(",\n  \"@graph\": [", out);
  for (b = 0; b < t->n; b = e) {
    for (e = b + 1; e < t->n && !term_cmp(&t->v[b]->s, &t->v[e]->s); e++)
      ;
    fputs(b ? ",\n" : "\n", out);
    json_node(out, t, b, e, c);
  }
  fputs(t->n ? "\n  ]\n}\n" : "]\n}\n", out);
  return ferror(out) ? -1 : 0;
}
