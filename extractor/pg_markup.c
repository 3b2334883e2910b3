/* pg_markup.c - article text of HTML/XML via libxml2 (see pg_markup.h).
 *
 * Parsing: a parser context per document, with the structured error
 * handler on the context (and, for XPath and other messages that do not
 * know the context, libxml2's structured handler set for the duration of
 * the call and restored afterwards): nothing global survives a call.
 * Options: HTML_PARSE_NONET|NOERROR|NOWARNING|NOBLANKS for HTML;
 * XML_PARSE_NONET for XML, without XML_PARSE_NOENT, DTDLOAD or HUGE, so
 * external entities are never fetched (an XXE payload stays an unexpanded
 * reference, which the walker skips) and libxml2's entity amplification
 * and depth limits stay on (billion laughs fails with an error).
 *
 * Text: one non-recursive walk over the body in document order (libxml2's
 * HTML parser accepts any nesting depth, so recursion would be a stack
 * overflow waiting for a 10,000-deep page).  Block elements end a line
 * (paragraphs and headings with a blank line); script, style, navigation
 * and other boilerplate subtrees are skipped; runs of whitespace collapse
 * to one space.  In XML, when the body has paragraph elements (p, para,
 * paragraph, head, h1-h6) only their text is taken.
 */
#include "pg_markup.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>

/* ------------------------------------------------------------- buffer */

typedef struct sbuf {
  char *p;
  size_t n, cap;
  int brk;    /* pending break: 0 none, 1 newline, 2 blank line */
  int space;  /* pending space                                  */
  int oom;    /* an allocation failed                           */
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n)
{
  if (b->oom)
    return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    char *p;

    while (cap < b->n + n + 1)
      cap *= 2;
    if (!(p = realloc(b->p, cap))) {
      b->oom = 1;
      return;
    }
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = '\0';
}

/* Appends text, collapsing whitespace and emitting pending breaks. */
static void sb_text(sbuf *b, const char *s)
{
  size_t i, run;

  for (i = 0; s[i]; i += run) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
      b->space = 1;
      run = 1;
      continue;
    }
    for (run = 0; s[i + run] && s[i + run] != ' ' && s[i + run] != '\t' &&
                  s[i + run] != '\n' && s[i + run] != '\r';
         run++)
      ;
    if (b->n && b->brk)
      sb_put(b, "\n\n", (size_t)b->brk);
    else if (b->n && b->space)
      sb_put(b, " ", 1);
    b->brk = b->space = 0;
    sb_put(b, s + i, run);
  }
}

static void sb_break(sbuf *b, int level)
{
  if (level > b->brk)
    b->brk = level;
  b->space = 0;
}

/* ----------------------------------------------------------- classes */

static int name_in(const xmlChar *name, const char *const *list)
{
  for (; *list; list++)
    if (!xmlStrcasecmp(name, (const xmlChar *)*list))
      return 1;
  return 0;
}

static const char *const drop_tags[] = {
    "script", "style", "nav", "header", "footer", "aside", "form",
    "noscript", "iframe", "head", "template", "svg", "button", "select",
    "menu", "object", "embed", NULL};
static const char *const para_tags[] = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
    "ul", "ol", "dl", "section", "article", "div", "main", "figure",
    "figcaption", "caption", "address", "center", "para", "paragraph",
    "head", NULL};
static const char *const line_tags[] = {
    "li", "tr", "dt", "dd", "br", "hr", "option", NULL};
static const char *const xml_para_tags[] = {
    "p", "para", "paragraph", "head", "h1", "h2", "h3", "h4", "h5", "h6",
    NULL};

/* ------------------------------------------------------------- walker */

typedef struct walker {
  sbuf *out;
  int html;        /* HTML rules (else XML)                        */
  int only_paras;  /* XML: take text only inside paragraph elements */
  long in_para;    /* depth inside paragraph elements               */
} walker;

static int dropped(const walker *w, const xmlNode *n)
{
  return w->html && name_in(n->name, drop_tags);
}

/* Break level of element n: 2 paragraph, 1 line, 0 inline. */
static int block_level(const walker *w, const xmlNode *n)
{
  if (!w->html)
    return name_in(n->name, xml_para_tags) ? 2 : w->in_para ? 0 : 1;
  if (name_in(n->name, para_tags))
    return 2;
  return name_in(n->name, line_tags) ? 1 : 0;
}

/* Visits n on the way down; returns 1 to descend into its children. */
static int enter(walker *w, xmlNode *n)
{
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    if (n->content && (!w->only_paras || w->in_para))
      sb_text(w->out, (const char *)n->content);
    return 0;
  }
  if (n->type != XML_ELEMENT_NODE || dropped(w, n))
    return 0; /* entity references (XXE), comments, PIs: skipped */
  sb_break(w->out, block_level(w, n));
  if (!w->html && name_in(n->name, xml_para_tags))
    w->in_para++;
  return 1;
}

static void leave(walker *w, xmlNode *n)
{
  if (n->type != XML_ELEMENT_NODE || dropped(w, n))
    return;
  if (!w->html && name_in(n->name, xml_para_tags))
    w->in_para--;
  sb_break(w->out, block_level(w, n));
}

/* Walks the subtree of root in document order without recursion. */
static void walk(walker *w, xmlNode *root)
{
  xmlNode *n = root;

  for (;;) {
    if (enter(w, n) && n->children) {
      n = n->children;
      continue;
    }
    for (;;) {
      leave(w, n);
      if (n == root)
        return;
      if (n->next) {
        n = n->next;
        break;
      }
      n = n->parent;
    }
  }
}

/* Whether the subtree of root has an XML paragraph element. */
static int has_paras(xmlNode *root)
{
  xmlNode *n = root;

  for (;;) {
    if (n->type == XML_ELEMENT_NODE && name_in(n->name, xml_para_tags))
      return 1;
    if (n->type == XML_ELEMENT_NODE && n->children) {
      n = n->children;
      continue;
    }
    while (n != root && !n->next)
      n = n->parent;
    if (n == root)
      return 0;
    n = n->next;
  }
}

/* -------------------------------------------------------------- errors */

typedef struct errctx {
  pg_log *log;
  const char *name;
  int n_errors;
  int quiet;      /* drop messages (HTML parsing: HTML_PARSE_NOERROR) */
} errctx;

static void report(errctx *e, const xmlError *err)
{
  pg_locator loc = {e->name, err->line, err->int2, -1};
  char msg[512];
  size_t k;

  if (e->quiet)
    return;
  snprintf(msg, sizeof msg, "%s", err->message ? err->message : "error");
  k = strlen(msg);
  while (k && (msg[k - 1] == '\n' || msg[k - 1] == ' '))
    msg[--k] = '\0';
  if (err->level == XML_ERR_WARNING) {
    pg_log_msg(e->log, PG_LOG_WARN, &loc, "%s", msg);
  } else {
    e->n_errors++;
    pg_log_msg(e->log, PG_LOG_ERROR, &loc, "%s", msg);
  }
}

/* Context handler: userData is the parser context, _private our errctx. */
static void on_ctxt_error(void *user, xmlErrorPtr err)
{
  xmlParserCtxtPtr ctxt = user;

  if (ctxt && ctxt->_private && err)
    report(ctxt->_private, err);
}

/* Global handler (XPath and the like), set only during a call. */
static void on_error(void *user, xmlErrorPtr err)
{
  if (user && err)
    report(user, err);
}

/* ------------------------------------------------------------ queries */

/* Whitespace-collapsed text of n (new string), or NULL if empty. */
static char *node_text(xmlNode *n)
{
  sbuf b = {0};
  walker w = {&b, 0, 0, 0};
  xmlChar *when;

  if (n->type == XML_ATTRIBUTE_NODE || n->type == XML_TEXT_NODE) {
    xmlChar *c = xmlNodeGetContent(n);

    if (c)
      sb_text(&b, (const char *)c);
    xmlFree(c);
  } else if (n->type == XML_ELEMENT_NODE &&
             (when = xmlGetProp(n, (const xmlChar *)"when"))) {
    sb_text(&b, (const char *)when); /* TEI <date when="..."> */
    xmlFree(when);
  } else {
    walk(&w, n);
  }
  if (b.oom || !b.n) {
    free(b.p);
    return NULL;
  }
  return b.p;
}

/* First node of XPath expr in doc, or NULL (errors reported when the
 * expression is the user's). */
static xmlNode *xpath_first(xmlDoc *doc, const char *expr)
{
  xmlXPathContextPtr xc = xmlXPathNewContext(doc);
  xmlXPathObjectPtr r = xc ? xmlXPathEvalExpression((const xmlChar *)expr,
                                                    xc)
                           : NULL;
  xmlNode *n = NULL;

  if (r && r->type == XPATH_NODESET && r->nodesetval &&
      r->nodesetval->nodeNr > 0)
    n = r->nodesetval->nodeTab[0];
  xmlXPathFreeObject(r);
  xmlXPathFreeContext(xc);
  return n;
}

/* Text of the first match among exprs (NULL-terminated), or NULL. */
static char *first_text(xmlDoc *doc, const char *const *exprs)
{
  xmlNode *n;
  char *s;

  for (; *exprs; exprs++)
    if ((n = xpath_first(doc, *exprs)) && (s = node_text(n)))
      return s;
  return NULL;
}

/* content of the first <meta> whose name or property is in names. */
static char *meta_content(xmlDoc *doc, const char *const *names)
{
  xmlNode *n = xmlDocGetRootElement(doc), *root = n;
  char *out = NULL;

  while (n && !out) {
    if (n->type == XML_ELEMENT_NODE &&
        !xmlStrcasecmp(n->name, (const xmlChar *)"meta")) {
      xmlChar *nm = xmlGetProp(n, (const xmlChar *)"name");
      xmlChar *c;

      if (!nm)
        nm = xmlGetProp(n, (const xmlChar *)"property");
      if (nm && name_in(nm, names) &&
          (c = xmlGetProp(n, (const xmlChar *)"content"))) {
        out = strdup((const char *)c);
        xmlFree(c);
      }
      xmlFree(nm);
    }
    if (n->type == XML_ELEMENT_NODE && n->children) {
      n = n->children;
      continue;
    }
    while (n != root && !n->next)
      n = n->parent;
    n = n == root ? NULL : n->next;
  }
  return out;
}

/* ---------------------------------------------------------- metadata */

char *pg_markup_norm_date(const char *s)
{
  int y = 0, m = 0, d = 0, k = 0;
  char *out;

  if (!s)
    return NULL;
  while (*s && !isdigit((unsigned char)*s))
    s++;
  if (sscanf(s, "%4d%n", &y, &k) < 1 || k != 4 || y < 1000)
    return NULL;
  s += 4;
  /* separators: - / . or 年 (E5 B9 B4), 月 (E6 9C 88) */
  while (*s == '-' || *s == '/' || *s == '.' || *s == ' ' ||
         (unsigned char)*s >= 0x80)
    s++;
  if (isdigit((unsigned char)*s)) {
    m = (int)strtol(s, (char **)&s, 10);
    while (*s == '-' || *s == '/' || *s == '.' || *s == ' ' ||
           (unsigned char)*s >= 0x80)
      s++;
    if (isdigit((unsigned char)*s))
      d = (int)strtol(s, NULL, 10);
  }
  if (!(out = malloc(16)))
    return NULL;
  if (m >= 1 && m <= 12 && d >= 1 && d <= 31)
    snprintf(out, 16, "%04d-%02d-%02d", y, m, d);
  else if (m >= 1 && m <= 12)
    snprintf(out, 16, "%04d-%02d", y, m);
  else
    snprintf(out, 16, "%04d", y);
  return out;
}

static const char *const date_metas[] = {
    "date", "pubdate", "publishdate", "article:published_time",
    "publish_date", "dc.date", "dcterms.date", NULL};
static const char *const author_metas[] = {"author", "dc.creator", NULL};
static const char *const html_titles[] = {"//title", "//h1", NULL};
static const char *const xml_titles[] = {
    "//*[local-name()='title']", "//*[local-name()='headline']",
    "//*[local-name()='h1']", NULL};
static const char *const xml_dates[] = {
    "//*[local-name()='date']", "//*[local-name()='pubDate']", NULL};
static const char *const xml_bodies[] = {
    "//*[local-name()='body']", "//*[local-name()='text']",
    "//*[local-name()='article']", "//*[local-name()='content']", NULL};

static void set_meta(pg_doc *doc, xmlDoc *x, int html,
                     const pg_decode_opts *o)
{
  const char *const tx[] = {o ? o->title_xpath : NULL, NULL};
  char *date;

  doc->title = tx[0] ? first_text(x, tx) : NULL;
  if (!doc->title)
    doc->title = first_text(x, html ? html_titles : xml_titles);
  date = html ? meta_content(x, date_metas) : first_text(x, xml_dates);
  if (date && !doc->date && (doc->date = pg_markup_norm_date(date)))
    doc->date_source = strdup("metadata");
  free(date);
  if (html && !doc->authors)
    doc->authors = meta_content(x, author_metas);
}

/* The body element: the user's XPath, else the usual suspects. */
static xmlNode *find_body(xmlDoc *x, const pg_decode_opts *o, errctx *e)
{
  const char *const *p;
  xmlNode *n;

  if (o && o->body_xpath) {
    n = xpath_first(x, o->body_xpath);
    if (!n)
      pg_log_msg(e->log, PG_LOG_ERROR,
                 &(pg_locator){e->name, 0, 0, -1},
                 "body XPath '%s' matches nothing", o->body_xpath);
    return n;
  }
  for (p = xml_bodies; *p; p++) /* HTML: the parser always adds <body> */
    if ((n = xpath_first(x, *p)))
      return n;
  return xmlDocGetRootElement(x);
}

/* ------------------------------------------------------------- driver */

static xmlDoc *parse(const char *name, const char *s, size_t len, int html,
                     errctx *e)
{
  xmlParserCtxtPtr c = html ? htmlNewParserCtxt() : xmlNewParserCtxt();
  xmlDoc *x = NULL;
  int n = len > 0x7FFFFFFF ? 0x7FFFFFFF : (int)len;

  if (!c)
    return NULL;
  c->_private = e;
  if (c->sax)
    c->sax->serror = on_ctxt_error;
  if (html)
    x = htmlCtxtReadMemory(c, s, n, name, "UTF-8",
                           HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                               HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
  else
    x = xmlCtxtReadMemory(c, s, n, name, "UTF-8", XML_PARSE_NONET);
  if (html)
    htmlFreeParserCtxt(c);
  else
    xmlFreeParserCtxt(c);
  return x;
}

static int extract(pg_doc *doc, xmlDoc *x, int html,
                   const pg_decode_opts *o, errctx *e)
{
  sbuf b = {0};
  walker w = {&b, html, 0, 0};
  xmlNode *body = find_body(x, o, e);

  if (!body)
    return -1;
  w.only_paras = !html && has_paras(body);
  walk(&w, body);
  if (b.oom || !(doc->orig = b.p ? b.p : strdup(""))) {
    free(b.p);
    pg_log_msg(e->log, PG_LOG_ERROR, &(pg_locator){e->name, 0, 0, -1},
               "out of memory");
    return -1;
  }
  doc->orig_len = b.n;
  set_meta(doc, x, html, o);
  return 0;
}

int pg_markup_extract(pg_doc *doc, const char *name, const char *utf8,
                      size_t len, int is_html, const pg_decode_opts *opts,
                      pg_log *log)
{
  errctx e = {log, name, 0, is_html};
  xmlStructuredErrorFunc old_fn = xmlStructuredError;
  void *old_ctx = xmlStructuredErrorContext;
  xmlDoc *x;
  int rc = -1;

  xmlSetStructuredErrorFunc(&e, on_error);
  x = parse(name, utf8, len, is_html, &e);
  e.quiet = 0;
  if (!x) { /* recoverable errors were reported; fatal ones end here */
    if (!e.n_errors)
      pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){name, 0, 0, -1},
                 "cannot parse the document as %s",
                 is_html ? "HTML" : "XML");
    goto done;
  }
  rc = extract(doc, x, is_html, opts, &e);
done:
  xmlFreeDoc(x);
  xmlSetStructuredErrorFunc(old_ctx, old_fn);
  return rc;
}
