/* pg_viewtext.c - the DOT picture and the CSV tables (see pg_view.h).
 *
 * DOT: one node per entity (its label, filled by class) and one edge per
 * relation between two entities; relations to literals (titles, dates)
 * and everything about provenance (documents, sentences, mentions,
 * evidence records) are left out, so the picture shows who is connected
 * to what.  Node names are e<section>, as the HTML anchors.
 *
 * CSV (RFC 4180): a field is quoted when it holds a comma, a double
 * quote, CR or LF, with quotes doubled; records end in CRLF; the header
 * is the first record; no byte-order mark (spreadsheets that want one
 * for UTF-8 are told so in the README).  Aliases are joined with "; ".
 */
#include "pg_view_int.h"

#include <stdlib.h>
#include <string.h>

static const char *const type_color[PV_NTYPES] = {
  "#ffe08a", "#bde4ff", "#c8f0c8", "#f5c6e8", "#e0d0ff", "#ffd0c0",
  "#e8e8e8", "#fff0b0", "#c0f0f0"
};

/* A DOT string: backslash and double quote escaped, line breaks as \n. */
static void dot_string(FILE *out, const char *s)
{
  fputc('"', out);
  for (; *s; s++)
    if (*s == '"' || *s == '\\')
      fprintf(out, "\\%c", *s);
    else if (*s == '\n')
      fputs("\\n", out);
    else if (*s != '\r')
      fputc(*s, out);
  fputc('"', out);
}

int pg_view_write_dot(const pg_view *v, FILE *out)
{
  size_t i;
  const pv_node *n;
  const pv_fact *f;

  fputs("digraph policygraph {\n  graph [rankdir=LR, fontname=\"Noto Sans "
        "CJK SC\"];\n  node [shape=box, style=\"rounded,filled\", "
        "fontname=\"Noto Sans CJK SC\"];\n  edge [fontname=\"Noto Sans "
        "CJK SC\", fontsize=10];\n", out);
  for (i = 0; i < v->ne; i++) {
    n = &v->nodes[v->ents[i]];
    fprintf(out, "  e%d [label=", n->section);
    dot_string(out, pv_label(v, v->ents[i]));
    fprintf(out, ", fillcolor=\"%s\", tooltip=", type_color[n->type]);
    dot_string(out, n->iri);
    fprintf(out, ", class=\"%s\"];\n", pv_type_name[n->type]);
  }
  for (i = 0; i < v->nf; i++) {
    f = &v->facts[i];
    if (f->obj < 0 || v->nodes[f->obj].section < 0)
      continue; /* a literal, or a node that is no entity */
    fprintf(out, "  e%d -> e%d [label=\"%s\"];\n",
            v->nodes[f->subj].section, v->nodes[f->obj].section,
            pv_rel_curie[f->rel]);
  }
  fputs("}\n", out);
  return ferror(out) ? -1 : 0;
}

/* One CSV field (sep: what comes before it, "" for the first). */
static void csv_field(FILE *out, const char *sep, const char *s)
{
  fputs(sep, out);
  if (!s)
    return;
  if (!strpbrk(s, ",\"\r\n")) {
    fputs(s, out);
    return;
  }
  fputc('"', out);
  for (; *s; s++) {
    if (*s == '"')
      fputc('"', out);
    fputc(*s, out);
  }
  fputc('"', out);
}

int pg_view_write_csv_entities(const pg_view *v, FILE *out)
{
  size_t i, a, len;
  const pv_node *n;
  char *aliases;

  fputs("id,type,label,aliases,label_en\r\n", out);
  for (i = 0; i < v->ne; i++) {
    n = &v->nodes[v->ents[i]];
    for (a = 0, len = 1; a < n->nalts; a++)
      len += strlen(n->alts[a]) + 2;
    if (!(aliases = malloc(len)))
      return -1;
    for (a = 0, *aliases = '\0'; a < n->nalts; a++) {
      if (a)
        strcat(aliases, "; ");
      strcat(aliases, n->alts[a]);
    }
    csv_field(out, "", n->iri);
    csv_field(out, ",", pv_type_name[n->type]);
    csv_field(out, ",", pv_label(v, v->ents[i]));
    csv_field(out, ",", aliases);
    csv_field(out, ",", n->label_en);
    fputs("\r\n", out);
    free(aliases);
  }
  return ferror(out) ? -1 : 0;
}

/* One relations record: the fact, evidence record r (or -1). */
static void relation_row(const pg_view *v, FILE *out, const pv_fact *f,
                         int r)
{
  const pv_node *rec = r >= 0 ? &v->nodes[r] : NULL;
  const pv_node *snt = rec && rec->a_sent >= 0 ? &v->nodes[rec->a_sent]
                                               : NULL;
  const pv_node *doc = snt && snt->ctx >= 0 ? &v->nodes[snt->ctx] : NULL;

  csv_field(out, "", v->nodes[f->subj].iri);
  csv_field(out, ",", pv_rel_curie[f->rel]);
  csv_field(out, ",", f->obj >= 0 ? v->nodes[f->obj].iri : f->lit);
  csv_field(out, ",", snt ? snt->text : NULL);
  csv_field(out, ",", pv_label(v, f->subj));
  csv_field(out, ",", f->obj >= 0 ? pv_label(v, f->obj) : f->lit);
  csv_field(out, ",", doc ? (doc->source ? doc->source : doc->iri) : NULL);
  csv_field(out, ",", rec ? rec->rule : NULL);
  fputs("\r\n", out);
}

int pg_view_write_csv_relations(const pg_view *v, FILE *out)
{
  size_t i, e;
  const pv_fact *f;

  fputs("subject,relation,object,evidence,subject_label,object_label,"
        "document,rule\r\n", out);
  for (i = 0; i < v->nf; i++) {
    f = &v->facts[i];
    if (!f->nev)
      relation_row(v, out, f, -1);
    for (e = 0; e < f->nev; e++)
      relation_row(v, out, f, f->ev[e]);
  }
  return ferror(out) ? -1 : 0;
}
