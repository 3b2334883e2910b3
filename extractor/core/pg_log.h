/* pg_log.h - diagnostics: every message goes to one handler with a locator.
 *
 * Library code never prints.  It reports {level, locator, text} to the
 * pg_log the caller passed down; the program decides how to print.  The
 * output half routes librdf, raptor, rasqal and libxml2 messages here too.
 */
#ifndef PG_LOG_H
#define PG_LOG_H

#include <stdarg.h>
#include <stddef.h>

typedef enum pg_log_level {
  PG_LOG_DEBUG = 0,
  PG_LOG_INFO,
  PG_LOG_WARN,
  PG_LOG_ERROR
} pg_log_level;

/* Where a message is about; unknown parts are 0 / NULL. */
typedef struct pg_locator {
  const char *file; /* file name, or NULL                 */
  long line;        /* 1-based line, or 0                  */
  long column;      /* 1-based column, or 0                */
  long byte;        /* 0-based byte offset, or -1 if none  */
} pg_locator;

typedef void (*pg_log_fn)(void *user, pg_log_level level,
                          const pg_locator *loc, const char *text);

typedef struct pg_log {
  pg_log_fn fn;    /* handler, or NULL to drop messages      */
  void *user;      /* passed to fn                           */
  int n_errors;    /* errors reported so far                 */
  int n_warnings;  /* warnings reported so far               */
} pg_log;

/* Formats and reports one message. log may be NULL (message dropped). */
void pg_log_msg(pg_log *log, pg_log_level level, const pg_locator *loc,
                const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 4, 5)))
#endif
  ;
void pg_log_vmsg(pg_log *log, pg_log_level level, const pg_locator *loc,
                 const char *fmt, va_list ap);

/* Formats "file:line:col" (parts that are unknown left out) into buf. */
const char *pg_locator_format(const pg_locator *loc, char *buf, size_t size);

#endif /* PG_LOG_H */
