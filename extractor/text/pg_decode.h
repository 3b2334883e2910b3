/* pg_decode.h - bytes to the original text of a document.
 *
 * Detects or takes the input format (plain text, HTML, XML) and encoding
 * (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK/GB2312, BIG5),
 * converts to UTF-8, and for markup extracts the article text in reading
 * order with libxml2, never touching the network or the file system.
 * Fills doc->orig, orig_len, ocp, on, format, encoding and, from markup,
 * title, date and authors.
 */
#ifndef PG_DECODE_H
#define PG_DECODE_H

#include <stddef.h>
#include "pg_annot.h"
#include "pg_log.h"
#include "pg_markup.h" /* pg_decode_opts */

/* Decodes bytes[0..len) (borrowed) into doc.  name is used in messages.
 * Returns 0, or -1 after reporting an error (file, byte/line/column and
 * what was expected) to log; on error doc holds nothing new. */
int pg_decode(pg_doc *doc, const char *name, const unsigned char *bytes,
              size_t len, const pg_decode_opts *opts, pg_log *log);

#endif /* PG_DECODE_H */
