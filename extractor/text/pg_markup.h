/* pg_markup.h - the article text of an HTML or XML document, via libxml2.
 *
 * Internal to pg_decode: takes markup already converted to UTF-8 and
 * extracts the article text in reading order (one line per block, a blank
 * line between paragraphs) plus title, date and authors.  Parsing never
 * touches the network or the file system and never expands entities
 * without bound; libxml2's messages go to the pg_log with line and column.
 * Before conversion, pg_decode asks it which charset the raw bytes declare
 * (an XML declaration, an HTML <meta charset> or http-equiv Content-Type).
 */
#ifndef PG_MARKUP_H
#define PG_MARKUP_H

#include <stddef.h>
#include "pg_annot.h"
#include "pg_log.h"

/* How to read a document (pg_decode takes them; markup reads the XPath
 * ones).  Defined here, below pg_decode, so the two do not include each
 * other. */
typedef struct pg_decode_opts {
  const char *input_format; /* "auto" or NULL, "text", "html", "xml"      */
  const char *encoding;     /* NULL to detect; else an iconv name          */
  int lenient;              /* replace invalid bytes (and warn) instead of
                               failing                                     */
  const char *body_xpath;   /* XML/HTML: XPath of the body, or NULL        */
  const char *title_xpath;  /* XML/HTML: XPath of the title, or NULL       */
} pg_decode_opts;

/* The charset a document declares for itself. */
typedef struct pg_charset_decl {
  char name[48];    /* the charset as written (printable ASCII)       */
  const char *how;  /* "<meta charset>", "<meta http-equiv>" or
                       "XML declaration" (static)                     */
  size_t byte;      /* byte offset of the declaring tag               */
  long line;        /* its line (1-based)                             */
} pg_charset_decl;

/* Finds the charset declared in bytes[0..len) (borrowed; any ASCII-
 * compatible encoding): for XML the encoding of the XML declaration, for
 * HTML a <meta charset> or <meta http-equiv="Content-Type"> in the head
 * (comments, scripts and styles skipped), else the XML declaration.
 * Returns 1 and fills *out, or 0 when nothing (usable) is declared. */
int pg_markup_declared_charset(const unsigned char *bytes, size_t len,
                               int is_html, pg_charset_decl *out /* OUT */);

/* Parses utf8[0..len) (borrowed) as HTML (is_html) or XML and sets
 * doc->orig (owned by doc, NUL-terminated UTF-8) and orig_len, and, when
 * found, doc->title, date (YYYY[-MM[-DD]]) and authors.  name is used in
 * messages.  Returns 0, or -1 after reporting an error. */
int pg_markup_extract(pg_doc *doc, const char *name, const char *utf8,
                      size_t len, int is_html, const pg_decode_opts *opts,
                      pg_log *log);

/* Normalizes a date as written ("2025-07-26T08:00", "2025年7月26日",
 * "2025/7/26") to a new string YYYY-MM-DD (or YYYY-MM, YYYY); NULL when
 * no date is recognized.  Caller frees. */
char *pg_markup_norm_date(const char *s);

#endif /* PG_MARKUP_H */
