/* pg_decode.c - bytes to the original text (see pg_decode.h).
 *
 * Skeleton: UTF-8 text only (a BOM is dropped); invalid bytes are an error
 * naming the line, column and byte offset.
 */
#include "pg_decode.h"
#include "pg_text.h"

#include <stdlib.h>
#include <string.h>

static void locate(const unsigned char *s, size_t off, long *line, long *col)
{
  size_t i;

  *line = 1;
  *col = 1;
  for (i = 0; i < off; i++) {
    if (s[i] == '\n') {
      (*line)++;
      *col = 1;
    } else if ((s[i] & 0xC0) != 0x80) {
      (*col)++;
    }
  }
}

int pg_decode(pg_doc *doc, const char *name, const unsigned char *bytes,
              size_t len, const pg_decode_opts *opts, pg_log *log)
{
  size_t bad = 0, skip = 0;
  int rc;

  if (len >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    skip = 3;
  rc = pg_utf8_decode((const char *)bytes + skip, len - skip, &doc->ocp,
                      &doc->on, &bad);
  if (rc == -1) {
    pg_locator loc = {name, 0, 0, (long)(bad + skip)};
    locate(bytes, bad + skip, &loc.line, &loc.column);
    pg_log_msg(log, PG_LOG_ERROR, &loc,
               "invalid UTF-8 at byte %zu (0x%02X): expected UTF-8 text "
               "(name another encoding with --encoding)",
               bad + skip, bytes[bad + skip]);
    return -1;
  }
  if (rc) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){name, 0, 0, -1},
               "out of memory");
    return -1;
  }
  doc->orig = malloc(len - skip + 1);
  doc->format = strdup("text");
  doc->encoding = strdup("UTF-8");
  if (!doc->orig || !doc->format || !doc->encoding)
    return -1;
  memcpy(doc->orig, bytes + skip, len - skip);
  doc->orig[len - skip] = '\0';
  doc->orig_len = len - skip;
  return 0;
}
