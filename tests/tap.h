/* tap.h - a minimal TAP producer for the unit tests.
 *
 * Each check prints "ok N - name" or "not ok N - name" (with a diagnostic
 * on failure); tap_done() prints the plan and returns the exit status.
 * automake's tap-driver.sh counts every check as one test.
 */
#ifndef PG_TAP_H
#define PG_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)

static void tap_ok(int pass, const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 4, 5)))
#endif
  ;

#include <stdarg.h>
static void tap_ok(int pass, const char *file, int line, const char *fmt, ...)
{
  va_list ap;

  tap_n++;
  printf("%sok %d - ", pass ? "" : "not ", tap_n);
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
  printf("\n");
  if (!pass) {
    tap_failed++;
    printf("#   failed at %s:%d\n", file, line);
  }
  fflush(stdout);
}

#define is_int(got, want, ...)                                              \
  do {                                                                      \
    long long g_ = (long long)(got), w_ = (long long)(want);                \
    ok(g_ == w_, __VA_ARGS__);                                              \
    if (g_ != w_)                                                           \
      printf("#   got %lld, want %lld\n", g_, w_);                          \
  } while (0)

#define is_str(got, want, ...)                                              \
  do {                                                                      \
    const char *g_ = (got), *w_ = (want);                                   \
    int e_ = (g_ && w_) ? !strcmp(g_, w_) : g_ == w_;                       \
    ok(e_, __VA_ARGS__);                                                    \
    if (!e_)                                                                \
      printf("#   got \"%s\", want \"%s\"\n", g_ ? g_ : "(null)",           \
             w_ ? w_ : "(null)");                                           \
  } while (0)

static int tap_done(void)
{
  printf("1..%d\n", tap_n);
  return tap_failed ? 1 : 0;
}

#endif /* PG_TAP_H */
