/* pg_markup.c - article text of HTML/XML via libxml2 (see pg_markup.h).
 *
 * Encoding: pg_decode converts every document to UTF-8 itself and hands
 * libxml2 UTF-8 with the encoding forced (and *_PARSE_IGNORE_ENC), rather
 * than letting libxml2 decode the raw bytes by their <meta> or XML
 * declaration.  One decoder serves text, HTML and XML alike; it names the
 * byte and line of a bad sequence, replaces with --lenient, maps
 * GBK/GB2312 to GB18030 and BIG5 to BIG5-HKSCS (libxml2 hands the names
 * to iconv as written), and it never stops half way: libxml2 2.9.14 given
 * UTF-8 bytes under <meta charset="gbk"> keeps the first few characters
 * and drops the rest with an "encoder error".  The declaration is still
 * the document's own word: pg_markup_declared_charset() finds it in the
 * raw bytes the way a browser's prescan does, and pg_decode honours it.
 *
 * Parsing: a parser context per document, with the structured error
 * handler on the context (and, for XPath and other messages that do not
 * know the context, libxml2's structured handler set for the duration of
 * the call and restored afterwards): nothing global survives a call.
 * Options: HTML_PARSE_NONET|NOERROR|NOWARNING|NOBLANKS for HTML;
 * XML_PARSE_NONET for XML, without XML_PARSE_NOENT, DTDLOAD or HUGE, so
 * external entities and DTDs are never fetched and libxml2's entity depth
 * and amplification checks stay on (billion laughs fails with an error).
 *
 * Entities: XML_PARSE_NOENT would substitute them in the tree, but in
 * libxml2 2.9.14 it also loads external parsed entities from the file
 * system (XML_PARSE_NONET stops only the network, and the entity loader
 * hook is process-global).  Without it libxml2 still parses each internal
 * entity's replacement text once, under the reference node, and never
 * loads an external one; the walker descends into internal entities
 * there and skips the rest, so &org; reads as its text and an XXE payload
 * reads as nothing.  libxml2 does not count repeated references to one
 * large entity when it does not copy them, so the walker keeps its own
 * budget (PG_ENT_FACTOR times the input plus PG_ENT_ALLOWANCE bytes, each
 * reference costing PG_ENT_COST) and fails with an error beyond it.  The
 * extracted text, entities expanded, is the document's text: offsets
 * count in it, as for any markup (DESIGN: the nif:isString).
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
#include <strings.h>

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

#define PG_ENT_DEPTH 40           /* nested entity references followed */
#define PG_ENT_FACTOR 5           /* entity text allowed per input byte */
#define PG_ENT_ALLOWANCE 1000000  /* entity text allowed in any case    */
#define PG_ENT_COST 20            /* budget charged per reference        */

typedef struct walker {
  sbuf *out;
  int html;        /* HTML rules (else XML)                        */
  int only_paras;  /* XML: take text only inside paragraph elements */
  long in_para;    /* depth inside paragraph elements               */
  size_t budget;   /* entity text (bytes) still allowed             */
  xmlNode *refs[PG_ENT_DEPTH]; /* entity references being expanded  */
  int nrefs;       /* entries in refs                               */
  xmlNode *over;   /* the reference that exhausted the budget, or NULL */
} walker;

static void walker_init(walker *w, sbuf *out, int html, size_t budget)
{
  memset(w, 0, sizeof *w);
  w->out = out;
  w->html = html;
  w->budget = budget;
}

/* Charges n bytes of entity text to w; 0, or -1 when over budget. */
static int charge(walker *w, size_t n, xmlNode *at)
{
  if (!w->nrefs && at->type != XML_ENTITY_REF_NODE)
    return 0; /* the document's own text is free */
  if (n > w->budget) {
    w->over = w->nrefs ? w->refs[0] : at;
    return -1;
  }
  w->budget -= n;
  return 0;
}

/* The internal entity that reference n names, when it is one whose
 * replacement libxml2 parsed and that is not already being expanded (a
 * loop, which libxml2 rejects anyway); else NULL.  External entities are
 * never loaded, so they have no children and read as nothing. */
static xmlEntity *expandable(const walker *w, const xmlNode *n)
{
  xmlEntity *e = (xmlEntity *)n->children;
  int i;

  if (!e || e->type != XML_ENTITY_DECL ||
      e->etype != XML_INTERNAL_GENERAL_ENTITY || !e->children ||
      w->nrefs >= PG_ENT_DEPTH)
    return NULL;
  for (i = 0; i < w->nrefs; i++)
    if (w->refs[i]->children == n->children)
      return NULL;
  return e;
}

/* class/id words of page furniture: navigation, breadcrumbs, share bars,
 * related links, footers (a news site's <div class="nav">) */
static const char *const drop_words[] = {
    "nav", "navbar", "navigation", "menu", "header", "footer", "foot",
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "share", "related",
    "sidebar", "copyright", "comment", "comments", "recommend", "toolbar",
    "topbar", "banner", "advert", "ads", "login", "search", "links",
    "friendlink", NULL};
/* ... unless the same attribute says it is the article's own */
static const char *const keep_words[] = {
    "article", "content", "post", "main", "title", "text", "body", "story",
    "detail", NULL};

/* 1 when class or id attribute value v has a word of list (words split
 * at spaces, '-' and '_', compared without case). */
static int attr_has(const xmlChar *v, const char *const *list)
{
  char word[32];
  size_t k;

  while (v && *v) {
    while (*v && (isspace(*v) || *v == '-' || *v == '_'))
      v++;
    for (k = 0; *v && !isspace(*v) && *v != '-' && *v != '_'; v++)
      if (k + 1 < sizeof word)
        word[k++] = (char)*v;
    word[k] = '\0';
    if (k && name_in((const xmlChar *)word, list))
      return 1;
  }
  return 0;
}

/* Is n page furniture by its class or id? */
static int furniture(const xmlNode *n)
{
  static const char *const attrs[] = {"class", "id"};
  int drop = 0, keep = 0;
  size_t i;

  for (i = 0; i < 2; i++) {
    xmlChar *v = xmlGetNoNsProp((xmlNode *)n, (const xmlChar *)attrs[i]);
    if (v) {
      drop |= attr_has(v, drop_words);
      keep |= attr_has(v, keep_words);
      xmlFree(v);
    }
  }
  return drop && !keep;
}

static int dropped(const walker *w, const xmlNode *n)
{
  return w->html && (name_in(n->name, drop_tags) || furniture(n));
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

/* Visits n on the way down; returns its first child to descend into
 * (an internal entity's replacement for a reference), or NULL. */
static xmlNode *enter(walker *w, xmlNode *n)
{
  xmlEntity *e;

  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    if (n->content && (!w->only_paras || w->in_para) &&
        !charge(w, strlen((const char *)n->content), n))
      sb_text(w->out, (const char *)n->content);
    return NULL;
  }
  if (n->type == XML_ENTITY_REF_NODE) {
    if (!(e = expandable(w, n)) || charge(w, PG_ENT_COST, n))
      return NULL;
    w->refs[w->nrefs++] = n;
    return e->children;
  }
  if (n->type != XML_ELEMENT_NODE || dropped(w, n))
    return NULL; /* comments, PIs, boilerplate: skipped */
  sb_break(w->out, block_level(w, n));
  if (!w->html && name_in(n->name, xml_para_tags))
    w->in_para++;
  return n->children;
}

static void leave(walker *w, xmlNode *n)
{
  if (n->type != XML_ELEMENT_NODE || dropped(w, n))
    return;
  if (!w->html && name_in(n->name, xml_para_tags))
    w->in_para--;
  sb_break(w->out, block_level(w, n));
}

/* The node to continue from after the last child of n's parent: the
 * parent, or for an entity's replacement the reference that led there. */
static xmlNode *up(walker *w, xmlNode *n)
{
  n = n->parent;
  if (n && n->type == XML_ENTITY_DECL && w->nrefs)
    n = w->refs[--w->nrefs];
  return n;
}

/* Walks the subtree of root in document order without recursion; stops
 * early when the entity budget runs out (w->over set). */
static void walk(walker *w, xmlNode *root)
{
  xmlNode *n = root, *child;

  for (;;) {
    if ((child = enter(w, n))) {
      n = child;
      continue;
    }
    if (w->over)
      return;
    for (;;) {
      leave(w, n);
      if (n == root)
        return;
      if (n->next) {
        n = n->next;
        break;
      }
      if (!(n = up(w, n)))
        return;
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
  int loops;      /* entity loop/amplification reports held back     */
  long loop_line, loop_col; /* where the last (outermost) one was     */
} errctx;

static void report(errctx *e, const xmlError *err)
{
  pg_locator loc = {e->name, err->line, err->int2, -1};
  char msg[512];
  size_t k;

  if (e->quiet)
    return;
  if (err->code == XML_ERR_ENTITY_LOOP) {
    /* said once per nesting level, innermost first with lines counted
     * in the entity's text: keep the last, reported after parsing */
    e->loops++;
    e->n_errors++;
    e->loop_line = err->line;
    e->loop_col = err->int2;
    return;
  }
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
  walker w;
  xmlChar *when;

  walker_init(&w, &b, 0, PG_ENT_ALLOWANCE);

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
  if (b.oom || !b.n || w.over) { /* metadata: no title beats a bomb */
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

/* --------------------------------------------------- declared charset */

/* The prescan reads raw bytes of an unknown ASCII-compatible encoding, so
 * it looks only at ASCII: '<', '>', quotes and tag names are the same
 * bytes in UTF-8, GB18030 and BIG5 (whose multi-byte sequences never use
 * bytes below 0x40 - GB18030's four-byte forms use digits, harmless
 * here).  It follows the HTML standard's prescan, but reads up to
 * PG_PRESCAN_MAX bytes, to the end of the head, rather than 1,024:
 * pages from older sites put long scripts before their <meta>. */

#define PG_PRESCAN_MAX 65536 /* bytes of an HTML head searched          */
#define PG_XMLDECL_MAX 1024  /* bytes an XML declaration may take       */

static int lc(int c)
{
  return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int is_ws(int c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Whether b[i..n) starts with w (lower case), ignoring ASCII case. */
static int at_word(const unsigned char *b, size_t i, size_t n, const char *w)
{
  for (; *w; w++, i++)
    if (i >= n || lc(b[i]) != *w)
      return 0;
  return 1;
}

/* Offset of the first w (lower case) in b[i..n), ignoring case, or n. */
static size_t find_word(const unsigned char *b, size_t i, size_t n,
                        const char *w)
{
  for (; i < n; i++)
    if (at_word(b, i, n, w))
      return i;
  return n;
}

/* One attribute of a tag: name lower-cased, value as written, both cut
 * to their buffers (no charset name comes near). */
typedef struct attr {
  char name[16];
  char value[160];
} attr;

/* Reads the attribute at b[*i..n) into a and moves *i past it; returns 0
 * at the end of the tag ('>' or the end of input).  After the HTML
 * standard's "get an attribute", without its character references. */
static int next_attr(const unsigned char *b, size_t *i, size_t n, attr *a)
{
  size_t k = *i, l = 0;
  unsigned char q;

  a->name[0] = a->value[0] = '\0';
  while (k < n && (is_ws(b[k]) || b[k] == '/'))
    k++;
  if (k >= n || b[k] == '>') {
    *i = k;
    return 0;
  }
  for (; k < n && !is_ws(b[k]) && b[k] != '/' && b[k] != '>' &&
         (b[k] != '=' || !l); k++)
    if (l + 1 < sizeof a->name)
      a->name[l++] = (char)lc(b[k]);
  a->name[l] = '\0';
  while (k < n && is_ws(b[k]))
    k++;
  if (k < n && b[k] == '=') {
    for (k++; k < n && is_ws(b[k]); k++)
      ;
    l = 0;
    q = k < n && (b[k] == '"' || b[k] == '\'') ? b[k++] : 0;
    for (; k < n && (q ? b[k] != q : !is_ws(b[k]) && b[k] != '>'); k++)
      if (l + 1 < sizeof a->value)
        a->value[l++] = (char)b[k];
    a->value[l] = '\0';
    k += q && k < n;
  }
  *i = k;
  return 1;
}

/* Copies charset name s[0..n) to out when it looks like one. */
static int take_name(const char *s, size_t n, pg_charset_decl *out)
{
  size_t i;

  while (n && is_ws((unsigned char)*s))
    s++, n--;
  while (n && is_ws((unsigned char)s[n - 1]))
    n--;
  if (!n || n >= sizeof out->name)
    return 0;
  for (i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
          (s[i] >= '0' && s[i] <= '9') || strchr("-_.:+()", s[i])))
      return 0;
  memcpy(out->name, s, n);
  out->name[n] = '\0';
  return 1;
}

/* The charset in a Content-Type value ("text/html; charset=gbk"). */
static int charset_of_content(const char *c, pg_charset_decl *out)
{
  const unsigned char *u = (const unsigned char *)c;
  size_t n = strlen(c), i = 0, k;

  while ((i = find_word(u, i, n, "charset")) < n) {
    for (i += 7; i < n && is_ws(u[i]); i++)
      ;
    if (i >= n || u[i] != '=')
      continue;
    for (i++; i < n && is_ws(u[i]); i++)
      ;
    if (i < n && (u[i] == '"' || u[i] == '\'')) {
      for (k = i + 1; k < n && u[k] != u[i]; k++)
        ;
      return k < n && take_name(c + i + 1, k - i - 1, out);
    }
    for (k = i; k < n && u[k] != ';' && !is_ws(u[k]); k++)
      ;
    return take_name(c + i, k - i, out);
  }
  return 0;
}

/* Line (1-based) of byte off. */
static long line_of(const unsigned char *b, size_t off)
{
  long line = 1;
  size_t i;

  for (i = 0; i < off; i++)
    line += b[i] == '\n';
  return line;
}

/* The <meta> whose attributes start at b[*i]: 1 and *out when it declares
 * a charset; *i moves past the tag. */
static int meta_charset(const unsigned char *b, size_t *i, size_t n,
                        pg_charset_decl *out)
{
  attr a;
  int http_ct = 0, got = 0;
  pg_charset_decl content = {{0}, NULL, 0, 0};

  while (next_attr(b, i, n, &a)) {
    if (!strcmp(a.name, "charset") && !got)
      got = take_name(a.value, strlen(a.value), out);
    else if (!strcmp(a.name, "http-equiv"))
      http_ct = !strcasecmp(a.value, "content-type");
    else if (!strcmp(a.name, "content") && !content.name[0])
      charset_of_content(a.value, &content);
  }
  if (got) {
    out->how = "<meta charset>";
    return 1;
  }
  if (http_ct && content.name[0]) {
    memcpy(out->name, content.name, sizeof out->name);
    out->how = "<meta http-equiv>";
    return 1;
  }
  return 0;
}

/* Tags whose content is raw text, skipped whole by the prescan. */
static const char *const raw_tags[] = {"script", "style", "title",
                                       "textarea", "xmp", NULL};

/* HTML: the first <meta> in the head that declares a charset. */
static int scan_meta(const unsigned char *b, size_t n, pg_charset_decl *out)
{
  size_t i = 0, t, k;
  char tag[16];
  attr a;

  while ((i = find_word(b, i, n, "<")) < n) {
    t = i;
    if (at_word(b, i, n, "<!--")) {
      i = find_word(b, i + 4, n, "-->") + 3;
      continue;
    }
    if (at_word(b, i, n, "</head") || at_word(b, i, n, "<body"))
      return 0;
    for (i++, k = 0; i < n && ((b[i] >= 'a' && b[i] <= 'z') ||
                               (b[i] >= 'A' && b[i] <= 'Z') ||
                               (b[i] >= '0' && b[i] <= '9')); i++)
      if (k + 1 < sizeof tag)
        tag[k++] = (char)lc(b[i]);
    tag[k] = '\0';
    if (!k) { /* </x>, <!x>, <?x>: to the '>'; a lone '<': go on */
      if (i < n && (b[i] == '/' || b[i] == '!' || b[i] == '?'))
        i = find_word(b, i, n, ">");
      continue;
    }
    if (!strcmp(tag, "meta") && meta_charset(b, &i, n, out)) {
      out->byte = t;
      out->line = line_of(b, t);
      return 1;
    }
    while (next_attr(b, &i, n, &a))
      ;
    if (name_in((const xmlChar *)tag, raw_tags)) {
      char end[20];

      snprintf(end, sizeof end, "</%s", tag);
      i = find_word(b, i, n, end);
    }
  }
  return 0;
}

/* XML (and XHTML): the encoding of an XML declaration at the start. */
static int scan_xml_decl(const unsigned char *b, size_t n,
                         pg_charset_decl *out)
{
  size_t i = 0, start, end;
  attr a;

  while (i < n && is_ws(b[i]))
    i++;
  if (!at_word(b, i, n, "<?xml") || i + 5 >= n || !is_ws(b[i + 5]))
    return 0;
  start = i;
  end = find_word(b, i, n - i > PG_XMLDECL_MAX ? i + PG_XMLDECL_MAX : n,
                  "?>");
  for (i += 5; next_attr(b, &i, end, &a);)
    if (!strcmp(a.name, "encoding") &&
        take_name(a.value, strlen(a.value), out)) {
      out->how = "XML declaration";
      out->byte = start;
      out->line = line_of(b, start);
      return 1;
    }
  return 0;
}

int pg_markup_declared_charset(const unsigned char *bytes, size_t len,
                               int is_html, pg_charset_decl *out)
{
  size_t n = len < PG_PRESCAN_MAX ? len : PG_PRESCAN_MAX;

  memset(out, 0, sizeof *out);
  if (!bytes)
    return 0;
  if (is_html && scan_meta(bytes, n, out))
    return 1;
  memset(out, 0, sizeof *out);
  return scan_xml_decl(bytes, n, out);
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
                               HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS |
                               HTML_PARSE_IGNORE_ENC);
  else
    x = xmlCtxtReadMemory(c, s, n, name, "UTF-8",
                          XML_PARSE_NONET | XML_PARSE_IGNORE_ENC);
  if (html)
    htmlFreeParserCtxt(c);
  else
    xmlFreeParserCtxt(c);
  return x;
}

/* Reports that the entities under reference n would expand beyond what
 * a document of len bytes may. */
static void report_bomb(errctx *e, xmlNode *n, size_t len)
{
  pg_locator loc = {e->name, n ? xmlGetLineNo(n) : 0, 0, -1};

  if (loc.line < 0)
    loc.line = 0;
  pg_log_msg(e->log, PG_LOG_ERROR, &loc,
             "entity '%s' expands beyond %zu bytes of text (%d times the "
             "%zu-byte document plus %d): refused as an entity "
             "amplification (billion laughs) attack",
             n && n->name ? (const char *)n->name : "?",
             (size_t)PG_ENT_FACTOR * len + PG_ENT_ALLOWANCE, PG_ENT_FACTOR,
             len, PG_ENT_ALLOWANCE);
}

/* Text of the body (and metadata) of x, parsed from len bytes, into doc. */
static int extract(pg_doc *doc, xmlDoc *x, size_t len, int html,
                   const pg_decode_opts *o, errctx *e)
{
  sbuf b = {0};
  walker w;
  xmlNode *body = find_body(x, o, e);

  if (!body)
    return -1;
  walker_init(&w, &b, html, (size_t)PG_ENT_FACTOR * len + PG_ENT_ALLOWANCE);
  w.only_paras = !html && has_paras(body);
  walk(&w, body);
  if (w.over) {
    free(b.p);
    report_bomb(e, w.over, len);
    return -1;
  }
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
  errctx e = {log, name, 0, is_html, 0, 0, 0};
  xmlStructuredErrorFunc old_fn = xmlStructuredError;
  void *old_ctx = xmlStructuredErrorContext;
  xmlDoc *x;
  int rc = -1;

  xmlSetStructuredErrorFunc(&e, on_error);
  x = parse(name, utf8, len, is_html, &e);
  e.quiet = 0;
  if (e.loops) /* libxml2 2.9.14 says "entity reference loop" of bombs */
    pg_log_msg(log, PG_LOG_ERROR,
               &(pg_locator){name, e.loop_line, e.loop_col, -1},
               "entity references loop or expand without bound (an "
               "amplification attack such as billion laughs): document "
               "refused");
  if (!x) { /* recoverable errors were reported; fatal ones end here */
    if (!e.n_errors)
      pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){name, 0, 0, -1},
                 "cannot parse the document as %s",
                 is_html ? "HTML" : "XML");
    goto done;
  }
  rc = extract(doc, x, len, is_html, opts, &e);
done:
  xmlFreeDoc(x);
  xmlSetStructuredErrorFunc(old_ctx, old_fn);
  return rc;
}
