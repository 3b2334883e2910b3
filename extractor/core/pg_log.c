/* pg_log.c - the diagnostics handler (see pg_log.h). */
#include "pg_log.h"

#include <stdio.h>

void pg_log_vmsg(pg_log *log, pg_log_level level, const pg_locator *loc,
                 const char *fmt, va_list ap)
{
  char text[1024];

  if (!log)
    return;
  if (level == PG_LOG_ERROR)
    log->n_errors++;
  else if (level == PG_LOG_WARN)
    log->n_warnings++;
  if (!log->fn)
    return;
  vsnprintf(text, sizeof text, fmt, ap);
  log->fn(log->user, level, loc, text);
}

void pg_log_msg(pg_log *log, pg_log_level level, const pg_locator *loc,
                const char *fmt, ...)
{
  va_list ap;

  va_start(ap, fmt);
  pg_log_vmsg(log, level, loc, fmt, ap);
  va_end(ap);
}

const char *pg_locator_format(const pg_locator *loc, char *buf, size_t size)
{
  int n = 0;

  if (!size)
    return buf;
  buf[0] = '\0';
  if (!loc)
    return buf;
  if (loc->file)
    n = snprintf(buf, size, "%s", loc->file);
  if (loc->line > 0 && n >= 0 && (size_t)n < size)
    n += snprintf(buf + n, size - n, "%s%ld", n ? ":" : "line ", loc->line);
  if (loc->column > 0 && n >= 0 && (size_t)n < size)
    n += snprintf(buf + n, size - n, ":%ld", loc->column);
  else if (loc->line <= 0 && loc->byte >= 0 && n >= 0 && (size_t)n < size)
    snprintf(buf + n, size - n, "%sbyte %ld", n ? ": " : "", loc->byte);
  return buf;
}
