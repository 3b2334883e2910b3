/* pg_markup.h - the article text of an HTML or XML document, via libxml2.
 *
 * Internal to pg_decode: takes markup already converted to UTF-8 and
 * extracts the article text in reading order (one line per block, a blank
 * line between paragraphs) plus title, date and authors.  Parsing never
 * touches the network or the file system and never expands entities
 * without bound; libxml2's messages go to the pg_log with line and column.
 */
#ifndef PG_MARKUP_H
#define PG_MARKUP_H

#include <stddef.h>
#include "pg_annot.h"
#include "pg_decode.h"
#include "pg_log.h"

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
