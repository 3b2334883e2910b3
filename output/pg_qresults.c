/* pg_qresults.c - SPARQL results written as a table, CSV, TSV, JSON or XML.
 *
 * Written here rather than by rasqal's formatters so that every format is
 * UTF-8 (Chinese readable, never \u escapes), deterministic, and exactly
 * what the SPARQL 1.1 results specifications say: CSV (values only, CRLF,
 * quoted when needed), TSV (Turtle terms), JSON and XML.  The table is for
 * people: IRIs as prefixed names (the contract's prefixes and the entity
 * types' under the default base), literals without quotes with their
 * language tag as "@zh", columns aligned by terminal width computed with
 * the East Asian Width rules (wide and fullwidth characters count two
 * columns, combining marks none) so that it does not depend on the
 * locale.  The table buffers its rows to measure them; the other formats
 * stream.
 */
#include "pg_query_int.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ width */

/* Decodes one UTF-8 code point at *p, advancing *p; bad bytes are U+FFFD. */
static unsigned long utf8_next(const unsigned char **p)
{
  const unsigned char *s = *p;
  unsigned long c = s[0];
  int n = c < 0x80 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  int i;

  if (n < 0) {
    *p = s + 1;
    return 0xFFFD;
  }
  c &= n ? (0x3F >> n) : 0x7F;
  for (i = 1; i <= n; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      *p = s + i;
      return 0xFFFD;
    }
    c = (c << 6) | (s[i] & 0x3F);
  }
  *p = s + n + 1;
  return c;
}

static int in_ranges(unsigned long c, const unsigned long (*r)[2], size_t n)
{
  size_t i;

  for (i = 0; i < n; i++)
    if (c >= r[i][0] && c <= r[i][1])
      return 1;
  return 0;
}

/* Columns of one code point (Unicode 15 East Asian Width W and F). */
static int cp_width(unsigned long c)
{
  static const unsigned long zero[][2] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A},
    {0x064B, 0x065F}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064},
    {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
    {0xE0100, 0xE01EF},
  };
  static const unsigned long wide[][2] = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC},
    {0x2614, 0x2615}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
  };

  if (in_ranges(c, zero, sizeof zero / sizeof *zero))
    return 0;
  return in_ranges(c, wide, sizeof wide / sizeof *wide) ? 2 : 1;
}

size_t pg_qwidth(const char *s)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t w = 0;

  while (*p)
    w += (size_t)cp_width(utf8_next(&p));
  return w;
}

/* ------------------------------------------------------------ strings */

/* A growing string. */
typedef struct sbuf {
  char *s;
  size_t n, cap;
  int oom;
} sbuf;

static void sb_putn(sbuf *b, const char *s, size_t n)
{
  if (b->oom)
    return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = (b->n + n + 1) * 2;
    char *p = realloc(b->s, cap);
    if (!p) {
      b->oom = 1;
      return;
    }
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}

static void sb_puts(sbuf *b, const char *s) { sb_putn(b, s, strlen(s)); }

/* Appends s with the escapes of one format: 't' Turtle/TSV string,
 * 'j' JSON, 'x' XML, 'c' table cell (control characters as \n, \t). */
static void sb_esc(sbuf *b, const char *s, char how)
{
  char tmp[8];

  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    const char *e = NULL;
    if (how == 'x')
      e = c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;"
        : c == '"' ? "&quot;" : NULL;
    else if (c == '\n')
      e = "\\n";
    else if (c == '\t')
      e = "\\t";
    else if (c == '\r')
      e = "\\r";
    else if (how != 'c' && (c == '"' || c == '\\'))
      e = c == '"' ? "\\\"" : "\\\\";
    if (!e && c < 0x20 && how != 'x') {
      snprintf(tmp, sizeof tmp, "\\u%04X", c);
      e = tmp;
    }
    if (e)
      sb_puts(b, e);
    else
      sb_putn(b, s, 1);
  }
}

/* ------------------------------------------------------------ terms */

static const char *uri_of(librdf_node *n)
{
  return (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
}

static const char *dt_of(librdf_node *n)
{
  librdf_uri *u = librdf_node_get_literal_value_datatype_uri(n);

  return u ? (const char *)librdf_uri_as_string(u) : NULL;
}

/* The table's text for n: prefixed name, value@lang, value, _:id. */
static void term_table(sbuf *b, librdf_node *n, const pg_qprefixes *px)
{
  const char *lang, *u, *best = NULL;
  size_t i, bl = 0;

  if (!n)
    return;
  if (librdf_node_is_resource(n)) {
    u = uri_of(n);
    for (i = 0; i < px->n; i++) {
      size_t l = strlen(px->uri[i]);
      if (l > bl && !strncmp(u, px->uri[i], l) && u[l]) {
        best = px->prefix[i];
        bl = l;
      }
    }
    if (best) {
      sb_puts(b, best);
      sb_puts(b, ":");
      sb_esc(b, u + bl, 'c');
    } else {
      sb_puts(b, "<");
      sb_esc(b, u, 'c');
      sb_puts(b, ">");
    }
  } else if (librdf_node_is_blank(n)) {
    sb_puts(b, "_:");
    sb_puts(b, (const char *)librdf_node_get_blank_identifier(n));
  } else {
    sb_esc(b, (const char *)librdf_node_get_literal_value(n), 'c');
    if ((lang = librdf_node_get_literal_value_language(n)) && *lang) {
      sb_puts(b, "@");
      sb_puts(b, lang);
    }
  }
}

/* CSV: IRI, lexical form or _:id, quoted when it holds , " CR or LF. */
static void term_csv(sbuf *b, librdf_node *n)
{
  const char *v;

  if (!n)
    return;
  if (librdf_node_is_resource(n))
    v = uri_of(n);
  else if (librdf_node_is_blank(n)) {
    sb_puts(b, "_:");
    v = (const char *)librdf_node_get_blank_identifier(n);
  } else
    v = (const char *)librdf_node_get_literal_value(n);
  if (!strpbrk(v, ",\"\r\n")) {
    sb_puts(b, v);
    return;
  }
  sb_puts(b, "\"");
  for (; *v; v++)
    sb_putn(b, *v == '"' ? "\"\"" : v, *v == '"' ? 2 : 1);
  sb_puts(b, "\"");
}

/* TSV: the Turtle term. */
static void term_tsv(sbuf *b, librdf_node *n)
{
  const char *lang, *dt;

  if (!n)
    return;
  if (librdf_node_is_resource(n)) {
    sb_puts(b, "<");
    sb_puts(b, uri_of(n));
    sb_puts(b, ">");
  } else if (librdf_node_is_blank(n)) {
    sb_puts(b, "_:");
    sb_puts(b, (const char *)librdf_node_get_blank_identifier(n));
  } else {
    sb_puts(b, "\"");
    sb_esc(b, (const char *)librdf_node_get_literal_value(n), 't');
    sb_puts(b, "\"");
    if ((lang = librdf_node_get_literal_value_language(n)) && *lang) {
      sb_puts(b, "@");
      sb_puts(b, lang);
    } else if ((dt = dt_of(n))) {
      sb_puts(b, "^^<");
      sb_puts(b, dt);
      sb_puts(b, ">");
    }
  }
}

static void term_json(sbuf *b, const char *name, librdf_node *n)
{
  const char *lang, *dt;

  sb_puts(b, "\"");
  sb_esc(b, name, 'j');
  sb_puts(b, "\": { \"type\": \"");
  if (librdf_node_is_resource(n)) {
    sb_puts(b, "uri\", \"value\": \"");
    sb_esc(b, uri_of(n), 'j');
    sb_puts(b, "\" }");
    return;
  }
  if (librdf_node_is_blank(n)) {
    sb_puts(b, "bnode\", \"value\": \"");
    sb_esc(b, (const char *)librdf_node_get_blank_identifier(n), 'j');
    sb_puts(b, "\" }");
    return;
  }
  sb_puts(b, "literal\", \"value\": \"");
  sb_esc(b, (const char *)librdf_node_get_literal_value(n), 'j');
  sb_puts(b, "\"");
  if ((lang = librdf_node_get_literal_value_language(n)) && *lang) {
    sb_puts(b, ", \"xml:lang\": \"");
    sb_esc(b, lang, 'j');
    sb_puts(b, "\"");
  } else if ((dt = dt_of(n))) {
    sb_puts(b, ", \"datatype\": \"");
    sb_esc(b, dt, 'j');
    sb_puts(b, "\"");
  }
  sb_puts(b, " }");
}

static void term_xml(sbuf *b, const char *name, librdf_node *n)
{
  const char *lang, *dt;

  sb_puts(b, "      <binding name=\"");
  sb_esc(b, name, 'x');
  sb_puts(b, "\">");
  if (librdf_node_is_resource(n)) {
    sb_puts(b, "<uri>");
    sb_esc(b, uri_of(n), 'x');
    sb_puts(b, "</uri>");
  } else if (librdf_node_is_blank(n)) {
    sb_puts(b, "<bnode>");
    sb_esc(b, (const char *)librdf_node_get_blank_identifier(n), 'x');
    sb_puts(b, "</bnode>");
  } else {
    sb_puts(b, "<literal");
    if ((lang = librdf_node_get_literal_value_language(n)) && *lang) {
      sb_puts(b, " xml:lang=\"");
      sb_esc(b, lang, 'x');
      sb_puts(b, "\"");
    } else if ((dt = dt_of(n))) {
      sb_puts(b, " datatype=\"");
      sb_esc(b, dt, 'x');
      sb_puts(b, "\"");
    }
    sb_puts(b, ">");
    sb_esc(b, (const char *)librdf_node_get_literal_value(n), 'x');
    sb_puts(b, "</literal>");
  }
  sb_puts(b, "</binding>\n");
}

/* ------------------------------------------------------------ streams */

/* One row of a streamed format into b. */
/* The column names: rasqal's, or the query's when rasqal has none. */
typedef struct header {
  const char *const *names; /* borrowed */
  int nv;
} header;

static const char *col_name(librdf_query_results *r, const header *h,
                            int i)
{
  return h->names ? h->names[i]
                  : librdf_query_results_get_binding_name(r, i);
}

static void row_stream(sbuf *b, librdf_query_results *r, const header *h,
                       pg_qfmt f, int first)
{
  int i, any = 0, nv = h->nv;

  if (f == PG_QF_JSON)
    sb_puts(b, first ? "      { " : ",\n      { ");
  if (f == PG_QF_XML)
    sb_puts(b, "    <result>\n");
  for (i = 0; i < nv; i++) {
    librdf_node *n = librdf_query_results_get_binding_value(r, i);
    const char *name = col_name(r, h, i);
    if ((f == PG_QF_CSV || f == PG_QF_TSV) && i)
      sb_puts(b, f == PG_QF_CSV ? "," : "\t");
    if (f == PG_QF_CSV)
      term_csv(b, n);
    else if (f == PG_QF_TSV)
      term_tsv(b, n);
    else if (n && f == PG_QF_JSON) {
      if (any++)
        sb_puts(b, ", ");
      term_json(b, name, n);
    } else if (n && f == PG_QF_XML)
      term_xml(b, name, n);
    if (n)
      librdf_free_node(n);
  }
  if (f == PG_QF_CSV)
    sb_puts(b, "\r\n");
  else if (f == PG_QF_TSV)
    sb_puts(b, "\n");
  else if (f == PG_QF_JSON)
    sb_puts(b, " }");
  else
    sb_puts(b, "    </result>\n");
}

static void head_stream(sbuf *b, librdf_query_results *r, const header *h,
                        pg_qfmt f)
{
  int i, nv = h->nv;

  if (f == PG_QF_JSON)
    sb_puts(b, "{\n  \"head\": { \"vars\": [ ");
  if (f == PG_QF_XML)
    sb_puts(b, "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/"
               "2005/sparql-results#\">\n  <head>\n");
  for (i = 0; i < nv; i++) {
    const char *name = col_name(r, h, i);
    if (f == PG_QF_CSV || f == PG_QF_TSV) {
      if (i)
        sb_puts(b, f == PG_QF_CSV ? "," : "\t");
      sb_puts(b, f == PG_QF_TSV ? "?" : "");
      sb_puts(b, name);
    } else if (f == PG_QF_JSON) {
      sb_puts(b, i ? ", \"" : "\"");
      sb_esc(b, name, 'j');
      sb_puts(b, "\"");
    } else {
      sb_puts(b, "    <variable name=\"");
      sb_esc(b, name, 'x');
      sb_puts(b, "\"/>\n");
    }
  }
  sb_puts(b, f == PG_QF_CSV ? "\r\n" : f == PG_QF_TSV ? "\n"
           : f == PG_QF_JSON ? " ] },\n  \"results\": {\n    \"bindings\": [\n"
           : "  </head>\n  <results>\n");
}

static int flush_sb(sbuf *b, FILE *out)
{
  int rc = b->oom || (b->n && fwrite(b->s, 1, b->n, out) != b->n) ? -1 : 0;

  b->n = 0;
  return rc;
}

static int write_stream(librdf_query_results *r, const header *h, pg_qfmt f,
                        FILE *out)
{
  sbuf b = { NULL, 0, 0, 0 };
  int rc, first = 1;

  head_stream(&b, r, h, f);
  rc = flush_sb(&b, out);
  while (!rc && !librdf_query_results_finished(r)) {
    row_stream(&b, r, h, f, first);
    first = 0;
    rc = flush_sb(&b, out);
    librdf_query_results_next(r);
  }
  if (f == PG_QF_JSON)
    sb_puts(&b, first ? "    ]\n  }\n}\n" : "\n    ]\n  }\n}\n");
  else if (f == PG_QF_XML)
    sb_puts(&b, "  </results>\n</sparql>\n");
  if (!rc)
    rc = flush_sb(&b, out);
  free(b.s);
  return rc;
}

/* ------------------------------------------------------------ table */

/* Cells of the table, row-major, header first (owned strings). */
typedef struct cells {
  char **c;
  size_t n, cap;
} cells;

static int cells_add(cells *t, sbuf *b)
{
  if (b->oom)
    return -1;
  if (t->n == t->cap) {
    size_t cap = t->cap ? 2 * t->cap : 64;
    char **p = realloc(t->c, cap * sizeof *p);
    if (!p)
      return -1;
    t->c = p;
    t->cap = cap;
  }
  t->c[t->n++] = b->s ? b->s : strdup("");
  b->s = NULL;
  b->n = b->cap = 0;
  return t->c[t->n - 1] ? 0 : -1;
}

static int read_table(librdf_query_results *r, const header *h,
                      const pg_qprefixes *px, cells *t)
{
  sbuf b = { NULL, 0, 0, 0 };
  int i, nv = h->nv;

  for (i = 0; i < nv; i++) {
    sb_puts(&b, col_name(r, h, i));
    if (cells_add(t, &b))
      return -1;
  }
  while (!librdf_query_results_finished(r)) {
    for (i = 0; i < nv; i++) {
      librdf_node *n = librdf_query_results_get_binding_value(r, i);
      term_table(&b, n, px);
      if (n)
        librdf_free_node(n);
      if (cells_add(t, &b))
        return -1;
    }
    librdf_query_results_next(r);
  }
  return 0;
}

/* Writes line b without its trailing spaces, and a newline. */
static void put_line(sbuf *b, FILE *out)
{
  while (b->n && b->s[b->n - 1] == ' ')
    b->n--;
  if (b->n)
    fwrite(b->s, 1, b->n, out);
  fputc('\n', out);
  b->n = 0;
}

/* " a   | b" lines, a rule of '-' and '+' under the header, and a count. */
static int print_table(const cells *t, size_t nv, FILE *out)
{
  size_t *w = calloc(nv, sizeof *w), i, j, k, rows = t->n / nv;
  sbuf b = { NULL, 0, 0, 0 };
  int rc;

  if (!w)
    return -1;
  for (i = 0; i < t->n; i++)
    if (pg_qwidth(t->c[i]) > w[i % nv])
      w[i % nv] = pg_qwidth(t->c[i]);
  for (i = 0; i < rows; i++) {
    for (j = 0; j < nv; j++) {
      const char *c = t->c[i * nv + j];
      sb_puts(&b, j ? " | " : " ");
      sb_puts(&b, c);
      for (k = pg_qwidth(c); k < w[j]; k++)
        sb_puts(&b, " ");
    }
    put_line(&b, out);
    for (j = 0; !i && j < nv; j++) {
      sb_puts(&b, j ? "+" : "");
      for (k = 0; k < w[j] + 2 - (j + 1 == nv); k++)
        sb_puts(&b, "-");
    }
    if (!i)
      put_line(&b, out);
  }
  fprintf(out, "(%zu row%s)\n", rows - 1, rows - 1 == 1 ? "" : "s");
  rc = b.oom || ferror(out) ? -1 : 0;
  free(b.s);
  free(w);
  return rc;
}

static int write_table(librdf_query_results *r, const header *h,
                       const pg_qprefixes *px, FILE *out)
{
  cells t = { NULL, 0, 0 };
  int nv = h->nv, rc = -1;
  size_t i;

  if (nv > 0 && !read_table(r, h, px, &t))
    rc = print_table(&t, (size_t)nv, out);
  else if (nv <= 0)
    rc = fputs("(no variables)\n", out) < 0 ? -1 : 0;
  for (i = 0; i < t.n; i++)
    free(t.c[i]);
  free(t.c);
  return rc;
}

int pg_qwrite_bindings(librdf_query_results *r, pg_qfmt f,
                       const pg_qprefixes *px, char *const *vars,
                       size_t n_vars, FILE *out)
{
  header h = { NULL, librdf_query_results_get_bindings_count(r) };

  if (h.nv <= 0 && n_vars) { /* rasqal names no columns when no rows */
    h.names = (const char *const *)vars;
    h.nv = (int)n_vars;
  }
  return f == PG_QF_TABLE ? write_table(r, &h, px, out)
                          : write_stream(r, &h, f, out);
}

int pg_qwrite_boolean(int value, pg_qfmt f, FILE *out)
{
  const char *v = value ? "true" : "false";
  int rc;

  switch (f) {
  case PG_QF_JSON:
    rc = fprintf(out, "{\n  \"head\": {},\n  \"boolean\": %s\n}\n", v);
    break;
  case PG_QF_XML:
    rc = fprintf(out, "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www."
                 "w3.org/2005/sparql-results#\">\n  <head></head>\n"
                 "  <boolean>%s</boolean>\n</sparql>\n", v);
    break;
  case PG_QF_CSV:
    rc = fprintf(out, "_askResult\r\n%s\r\n", v);
    break;
  case PG_QF_TSV:
    rc = fprintf(out, "?_askResult\n%s\n", v);
    break;
  default:
    rc = fprintf(out, "%s\n", v);
    break;
  }
  return rc < 0 ? -1 : 0;
}
