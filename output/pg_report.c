/* pg_report.c - the HTML view: one self-contained page (see pg_view.h).
 *
 * The page is static HTML with one inline stylesheet: no script, and no
 * URL it loads (stylesheets, fonts, images), so it opens the same from a
 * mail attachment or an archive in ten years.  Every string from the
 * graph goes through html_text/html_attr.  Sections: a summary with a
 * link per entity class, then per class one <section class="type">, and
 * in it one <section class="entity" id="eN"> per entity (N its place in
 * the report's order, so links are stable for the same graph) with its
 * labels, aliases and IRI, its facts (each linked to the object's
 * section, with every evidence sentence, the subject's and object's
 * mentions in it marked, the document and the rule), and the facts that
 * point at it.
 *
 * Marking: a mention of the subject or object entity (its NIF offsets,
 * code points into the document) that lies inside the evidence sentence
 * (same document, within the sentence's offsets) is marked; a literal
 * object (a title, a date) is marked where its text first occurs in the
 * sentence.  Overlapping marks keep the earlier one.
 */
#include "pg_view_int.h"

#include <stdlib.h>
#include <string.h>

/* Writes s[0..n) with &, <, >, " and ' as character references. */
static void html_n(FILE *out, const char *s, size_t n)
{
  size_t i;

  for (i = 0; i < n; i++)
    switch (s[i]) {
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\'': fputs("&#39;", out); break;
    default: fputc(s[i], out);
    }
}

static void html(FILE *out, const char *s)
{
  html_n(out, s, strlen(s));
}

static const char style[] =
  "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",sans-serif;"
  "margin:0 auto;max-width:60em;padding:1em;color:#222;line-height:1.5}"
  "h1{font-size:1.5em}h2{border-bottom:2px solid #ccc;margin-top:2em}"
  "section.entity{border:1px solid #ddd;border-radius:4px;padding:.5em 1em;"
  "margin:1em 0}section.entity:target{border-color:#c60;"
  "background:#fff8ef}h3{margin:.2em 0}.en{color:#666;font-weight:normal}"
  ".iri{font-family:monospace;font-size:.8em;color:#777;"
  "word-break:break-all}.rel{color:#555}"
  "blockquote{margin:.3em 0 .6em 1em;padding-left:.6em;"
  "border-left:3px solid #ccc}mark{background:#ffe08a}"
  "mark.obj{background:#bde4ff}.src{font-size:.8em;color:#777}"
  "nav a{margin-right:1em}ul{padding-left:1.2em}";

static void head(const pg_view *v, FILE *out, const char *title)
{
  size_t i, count[PV_NTYPES] = { 0 };

  fputs("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n"
        "<meta charset=\"utf-8\">\n<title>", out);
  html(out, title);
  fprintf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n"
          "<header>\n<h1>", style);
  html(out, title);
  fprintf(out, "</h1>\n<p class=\"summary\">%zu document%s, %zu entities, "
          "%zu facts</p>\n<nav>", v->nd, v->nd == 1 ? "" : "s", v->ne,
          v->nf);
  for (i = 0; i < v->ne; i++)
    count[v->nodes[v->ents[i]].type]++;
  for (i = 0; i < PV_NTYPES; i++)
    if (count[i])
      fprintf(out, "<a href=\"#t-%s\">%s %s (%zu)</a>", pv_type_name[i],
              pv_type_zh[i], pv_type_name[i], count[i]);
  fputs("</nav>\n</header>\n", out);
}

/* A link to node k's section, or its label (and IRI) when it has none. */
static void node_link(const pg_view *v, FILE *out, int k)
{
  const pv_node *n = &v->nodes[k];

  if (n->section >= 0) {
    fprintf(out, "<a href=\"#e%d\">", n->section);
    html(out, pv_label(v, k));
    fputs("</a>", out);
  } else {
    fputs("<span class=\"iri\">", out);
    html(out, n->iri);
    fputs("</span>", out);
  }
}

/* Byte offset in s of code point cp (or strlen(s)). */
static size_t cp_byte(const char *s, long cp)
{
  size_t b = 0;

  for (; s[b] && cp > 0; cp--)
    for (b++; ((unsigned char)s[b] & 0xC0) == 0x80; b++)
      ;
  return b;
}

typedef struct mark {
  size_t b, e;           /* bytes in the sentence's text */
  int obj;               /* 1: the object, 0: the subject */
} mark;

static int mark_cmp(const void *x, const void *y)
{
  const mark *a = x, *b = y;

  return a->b != b->b ? (a->b < b->b ? -1 : 1) : a->obj - b->obj;
}

/* Adds the marks of entity node k's mentions inside sentence snt. */
static size_t entity_marks(const pg_view *v, const pv_node *snt, int k,
                           int obj, mark *m, size_t n, size_t max)
{
  int i;
  const pv_node *me;

  if (k < 0 || !v->ment_start)
    return n;
  for (i = v->ment_start[k]; i < v->ment_start[k + 1] && n < max; i++) {
    me = &v->nodes[v->ment[i]];
    if (me->ctx != snt->ctx || me->begin < snt->begin ||
        me->end > snt->end || me->begin >= me->end)
      continue;
    m[n].b = cp_byte(snt->text, me->begin - snt->begin);
    m[n].e = cp_byte(snt->text, me->end - snt->begin);
    m[n++].obj = obj;
  }
  return n;
}

/* The sentence of evidence record r, its fact's mentions marked. */
static void evidence(const pg_view *v, FILE *out, const pv_fact *f, int r)
{
  const pv_node *rec = &v->nodes[r], *snt, *doc;
  mark m[64];
  size_t n = 0, i, at = 0;
  const char *hit;

  if (rec->a_sent < 0 || !(snt = &v->nodes[rec->a_sent])->text)
    return;
  n = entity_marks(v, snt, f->subj, 0, m, n, 64);
  n = entity_marks(v, snt, f->obj, 1, m, n, 64);
  if (f->obj < 0 && *f->lit && n < 64 && (hit = strstr(snt->text, f->lit))) {
    m[n].b = (size_t)(hit - snt->text);
    m[n].e = m[n].b + strlen(f->lit);
    m[n++].obj = 1;
  }
  qsort(m, n, sizeof *m, mark_cmp);
  fputs("<blockquote class=\"evidence\">", out);
  for (i = 0; i < n; i++) {
    if (m[i].b < at || m[i].e <= m[i].b)
      continue; /* overlaps the mark before */
    html_n(out, snt->text + at, m[i].b - at);
    fputs(m[i].obj ? "<mark class=\"obj\">" : "<mark class=\"subj\">", out);
    html_n(out, snt->text + m[i].b, m[i].e - m[i].b);
    fputs("</mark>", out);
    at = m[i].e;
  }
  html(out, snt->text + at);
  fputs("<br><span class=\"src\">", out);
  doc = snt->ctx >= 0 ? &v->nodes[snt->ctx] : NULL;
  if (doc) {
    html(out, doc->source ? doc->source : doc->iri);
    fprintf(out, ", characters %ld–%ld", snt->begin, snt->end);
  }
  if (rec->rule) {
    fputs(doc ? " · rule " : "rule ", out);
    html(out, rec->rule);
  }
  fputs("</span></blockquote>", out);
}

static void fact_item(const pg_view *v, FILE *out, const pv_fact *f)
{
  size_t e;

  fprintf(out, "<li class=\"fact\"><span class=\"rel\" title=\"%s\">%s</span> ",
          pv_rel_curie[f->rel], pv_rel_en[f->rel]);
  if (f->obj >= 0) {
    node_link(v, out, f->obj);
  } else {
    fputs("<span class=\"value\">", out);
    html(out, f->lit);
    fputs("</span>", out);
  }
  for (e = 0; e < f->nev; e++)
    evidence(v, out, f, f->ev[e]);
  if (!f->nev)
    fputs("<div class=\"src\">no evidence recorded</div>", out);
  fputs("</li>\n", out);
}

/* The facts whose subject is entity k: f[*i ..] while they last. */
static void entity(const pg_view *v, FILE *out, int k, size_t *fi)
{
  const pv_node *n = &v->nodes[k];
  size_t a;
  int i;

  fprintf(out, "<section class=\"entity\" id=\"e%d\" data-type=\"%s\">\n"
          "<h3>", n->section, pv_type_name[n->type]);
  html(out, pv_label(v, k));
  if (n->label_en && n->label_zh) {
    fputs(" <span class=\"en\" lang=\"en\">", out);
    html(out, n->label_en);
    fputs("</span>", out);
  }
  fputs("</h3>\n<div class=\"iri\">", out);
  html(out, n->iri);
  fputs("</div>\n", out);
  if (n->nalts) {
    fputs("<p class=\"aliases\">Also written: ", out);
    for (a = 0; a < n->nalts; a++) {
      fputs(a ? "、" : "", out);
      html(out, n->alts[a]);
    }
    fputs("</p>\n", out);
  }
  if (*fi < v->nf && v->facts[*fi].subj == k) {
    fputs("<ul class=\"facts\">\n", out);
    for (; *fi < v->nf && v->facts[*fi].subj == k; ++*fi)
      fact_item(v, out, &v->facts[*fi]);
    fputs("</ul>\n", out);
  }
  if (v->in_start[k] < v->in_start[k + 1]) {
    fputs("<p class=\"incoming\">Named in: ", out);
    for (i = v->in_start[k]; i < v->in_start[k + 1]; i++) {
      const pv_fact *f = &v->facts[v->in[i]];
      fputs(i > v->in_start[k] ? "; " : "", out);
      node_link(v, out, f->subj);
      fprintf(out, " <span class=\"rel\">(%s)</span>", pv_rel_en[f->rel]);
    }
    fputs("</p>\n", out);
  }
  fputs("</section>\n", out);
}

int pg_view_write_html(const pg_view *v, FILE *out, const char *title)
{
  size_t i, fi = 0;
  int type = -1, k;

  head(v, out, title && *title ? title : "policygraph report");
  fputs("<main>\n", out);
  for (i = 0; i < v->ne; i++) {
    k = v->ents[i];
    if (v->nodes[k].type != type) {
      if (type >= 0)
        fputs("</section>\n", out);
      type = v->nodes[k].type;
      fprintf(out, "<section class=\"type\" id=\"t-%s\">\n<h2>%s %s</h2>\n",
              pv_type_name[type], pv_type_zh[type], pv_type_name[type]);
    }
    entity(v, out, k, &fi);
  }
  if (type >= 0)
    fputs("</section>\n", out);
  fputs("</main>\n<footer class=\"src\">Written by policygraph from the "
        "RDF graph; facts link to the entities they name.</footer>\n"
        "</body>\n</html>\n", out);
  return ferror(out) ? -1 : 0;
}
