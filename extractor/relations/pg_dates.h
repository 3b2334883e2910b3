/* pg_dates.h - Chinese date expressions: find, resolve, format.
 *
 * A scanner finds date expressions in code-point text (absolute
 * `2024年7月4日`, `2023年10月`, `2024年`, `2026-09-13`; partial `7月26日`,
 * `13日`; ranges `7月26日至28日`; relative `今年2月`, `去年`, `上月`;
 * anaphoric `同年`, `次年`; approximate `2024年底`) and records what was
 * written, not what it means.  Resolution is a separate step, because what
 * an expression means depends on an anchor only the caller knows: the
 * document date for relative expressions, the last date in context (or a
 * year in an event's name) for partial and anaphoric ones.  The scanner
 * knows no entities; the caller drops expressions inside entity names
 * (`2025年人工智能造福人类全球峰会`).  Chinese numerals (`二〇二四年`,
 * `十二月`) are read as well as Arabic and full-width digits.
 */
#ifndef PG_DATES_H
#define PG_DATES_H

#include <stddef.h>
#include <stdint.h>
#include "pg_annot.h"

/* A calendar value; 0 in a field means unknown (y 0: no value). */
typedef struct pg_ymd {
  int y, m, d;
} pg_ymd;

typedef enum pg_date_kind {
  PG_DATE_ABSOLUTE = 0, /* the year is written: 2024年7月, 2026-09-13   */
  PG_DATE_PARTIAL,      /* month/day without year: 7月26日, 13日       */
  PG_DATE_RELATIVE,     /* to the document date: 今年2月, 去年, 上月    */
  PG_DATE_ANAPHORIC     /* to the last date in context: 同年, 次年     */
} pg_date_kind;

/* Flags of a date expression. */
#define PG_DATE_F_RANGE  0x1u /* an end date follows (至/到/—)          */
#define PG_DATE_F_APPROX 0x2u /* 年底/年初/上半年…: only the year holds  */
#define PG_DATE_F_TARGET 0x4u /* a target or forecast (到2030年, 预计,
                                 2030年将…): not something that happened */
#define PG_DATE_F_SINCE  0x8u /* a starting point (自…以来, 2024年以来)  */
#define PG_DATE_F_VAGUE  0x10u /* 近日, 日前 "recently": read, so that no
                                  other date is made of it, but no day or
                                  month the text states */

typedef struct pg_date_expr {
  size_t b, e;        /* span in the scanned text (code points)        */
  pg_date_kind kind;
  pg_ymd v;           /* fields as written (0 = not written)           */
  pg_ymd v2;          /* range end as written (0 = not written)        */
  int yoff;           /* RELATIVE/ANAPHORIC year offset (去年 -1)       */
  int moff;           /* month offset (上月 -1, 本月 0, 次月 1)          */
  int month_rel;      /* 1 when moff applies (本月/上月/同月 …)         */
  int doff;           /* day offset (昨天 -1, 今天 0, 明天 1)           */
  int day_rel;        /* 1 when doff applies                           */
  int wday;           /* weekday named, Monday 1 … Sunday 7 (本周六 6): the
                         day is that weekday of the week doff/7 weeks
                         from the anchor's; 0 when none               */
  int wpast;          /* 1 for a bare weekday (周三, 星期三): the last such
                         day on or before the anchor                  */
  unsigned flags;     /* PG_DATE_F_*                                   */
} pg_date_expr;

/* Scans s[0..n) and returns a new array of expressions in text order in
 * *out (caller frees; NULL when none).  Returns the count, or -1 on out
 * of memory (nothing allocated). */
long pg_dates_scan(const uint32_t *s, size_t n, pg_date_expr **out /* OUT */);

/* Resolves x.  doc is the document date (may be NULL or y 0); ctx the
 * last date in context or a year taken from an event's name (may be NULL
 * or y 0).  Partial expressions take the missing year (and month) from
 * ctx, else from doc.  Writes the start to *start and, for ranges, the end
 * to *end (y 0 otherwise; end may be NULL).  Returns 0, or -1 when the
 * anchor needed is missing. */
int pg_date_resolve(const pg_date_expr *x, const pg_ymd *doc,
                    const pg_ymd *ctx, pg_ymd *start /* OUT */,
                    pg_ymd *end /* OUT */);

/* Formats v as ISO (YYYY, YYYY-MM or YYYY-MM-DD) into buf (11+ bytes)
 * and returns its datatype; PG_LIT_NONE (buf "") when v has no year.
 * An approximate value keeps only its year: pass approx 1. */
pg_littype pg_ymd_format(const pg_ymd *v, int approx, char *buf,
                         size_t size);

/* Parses ISO YYYY[-MM[-DD]] into *v.  Returns 0, or -1 if malformed. */
int pg_ymd_parse(const char *iso, pg_ymd *v /* OUT */);

/* Infers the document date from its text s[0..n) and the expressions
 * found in it (the caller may have dropped those inside names).  Rules,
 * in order: "dateline" (a full date on a header line near the top),
 * "latest-year" (the latest year of an absolute date that is not a
 * target or forecast: the text was written that year or later).  Writes
 * the value to *v and the rule name (static) to *rule.  Returns 0, or -1
 * when nothing fits. */
int pg_dates_infer_doc(const uint32_t *s, size_t n, const pg_date_expr *x,
                       size_t nx, pg_ymd *v /* OUT */,
                       const char **rule /* OUT */);

#endif /* PG_DATES_H */
