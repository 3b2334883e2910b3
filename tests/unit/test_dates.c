/* test_dates.c - Chinese date expressions: scan, resolve, format, infer. */
#include "pg_dates.h"
#include "pg_text.h"
#include "../tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Scans text and resolves its first expression (doc and ctx may be NULL);
 * writes start (and end for ranges) as ISO; returns the count found. */
static long first(const char *text, const char *doc, const char *ctx,
                  char *start, char *end, pg_date_expr *out)
{
  uint32_t *cp = NULL;
  size_t n, bad;
  pg_date_expr *x = NULL;
  pg_ymd d, c, s, e;
  long k;

  start[0] = end[0] = '\0';
  if (pg_utf8_decode(text, strlen(text), &cp, &n, &bad))
    return -1;
  k = pg_dates_scan(cp, n, &x);
  if (k > 0) {
    if (doc)
      pg_ymd_parse(doc, &d);
    if (ctx)
      pg_ymd_parse(ctx, &c);
    if (!pg_date_resolve(&x[0], doc ? &d : NULL, ctx ? &c : NULL, &s,
                         &e)) {
      pg_ymd_format(&s, (x[0].flags & PG_DATE_F_APPROX) != 0, start, 16);
      pg_ymd_format(&e, 0, end, 16);
    }
    if (out)
      *out = x[0];
  }
  free(x);
  free(cp);
  return k;
}

static void test_absolute(void)
{
  char s[16], e[16];
  pg_date_expr x;

  is_int(first("2023年10月，我国提出", NULL, NULL, s, e, &x), 1, "one date");
  is_str(s, "2023-10", "year and month");
  is_int(x.kind, PG_DATE_ABSOLUTE, "absolute");
  is_int(x.b, 0, "begins at 0");
  is_int(x.e, 8, "ends after 月");
  first("2025年7月4日,我国在", NULL, NULL, s, e, NULL);
  is_str(s, "2025-07-04", "full date");
  first("美国2021年出台", NULL, NULL, s, e, &x);
  is_str(s, "2021", "year only");
  is_int(x.b, 2, "after the subject");
  first("发布时间：2026-09-13 19:06", NULL, NULL, s, e, NULL);
  is_str(s, "2026-09-13", "ISO date");
  first("二〇二四年十二月二十六日", NULL, NULL, s, e, NULL);
  is_str(s, "2024-12-26", "Chinese numerals");
  first("截至2024年底,我国", NULL, NULL, s, e, &x);
  is_str(s, "2024", "year end keeps the year");
  ok(x.flags & PG_DATE_F_APPROX, "approximate");
  ok(!(x.flags & PG_DATE_F_TARGET), "截至 is not a target");
  is_int(first("超2792亿美元,增长35.9%,第五十九届会议", NULL, NULL, s, e,
               NULL),
         0, "amounts, percentages and ordinals are not dates");
  first("预计到2030年年复合增长率", NULL, NULL, s, e, &x);
  ok(x.flags & PG_DATE_F_TARGET, "到2030年 is a target");
  first("2030年将有22%的就业机会", NULL, NULL, s, e, &x);
  ok(x.flags & PG_DATE_F_TARGET, "2030年将 is a forecast");
}

static void test_partial_and_ranges(void)
{
  char s[16], e[16];
  pg_date_expr x;

  first("7月26日至28日,2025世界人工智能大会", NULL, "2025", s, e, &x);
  is_str(s, "2025-07-26", "range start takes the context year");
  is_str(e, "2025-07-28", "range end inherits year and month");
  ok(x.flags & PG_DATE_F_RANGE, "range flag");
  is_int(x.e, 9, "range spans 7月26日至28日");
  first("2025年7月26—28日举行", NULL, NULL, s, e, NULL);
  is_str(s, "2025-07-26", "7月26—28日: start");
  is_str(e, "2025-07-28", "7月26—28日: end");
  first("7月26-28日", NULL, "2025", s, e, NULL);
  is_str(e, "2025-07-28", "ASCII dash");
  first("于2026年9月12日至13日在广西南宁举行", NULL, NULL, s, e, NULL);
  is_str(s, "2026-09-12", "absolute range start");
  is_str(e, "2026-09-13", "absolute range end");
  first("将于9月17日至21日在南宁举行", "2026-09-13", NULL, s, e, NULL);
  is_str(s, "2026-09-17", "partial takes the document year");
  first("12月22日上午，会议召开", "2022-01-01", NULL, s, e, NULL);
  is_str(s, "2021-12-22", "a month without its year: the one nearest the "
                          "document's date, here the year before");
  first("1月5日将举行", "2021-12-30", NULL, s, e, NULL);
  is_str(s, "2022-01-05", "... here the year after");
  first("7月1日", "2022-01-01", NULL, s, e, NULL);
  is_str(s, "2022-07-01", "... six months on is still the document's year");
  first("13日下午的闭幕式上", "2026-09-13", NULL, s, e, &x);
  is_str(s, "2026-09-13", "day only takes year and month");
  is_int(x.kind, PG_DATE_PARTIAL, "partial");
  is_int(first("7月26日", NULL, NULL, s, e, NULL), 1, "found");
  is_str(s, "", "no anchor, no value");
  first("当地时间11月22日和23日，李强出席峰会", "2025-11-24", NULL, s, e, &x);
  is_str(s, "2025-11-22", "22日和23日: the first day starts it");
  is_str(e, "2025-11-23", "... the second ends it");
  first("11月22日和12月3日", "2025-12-24", NULL, s, e, &x);
  ok(!(x.flags & PG_DATE_F_RANGE), "和 before a month: two dates, no range");
  first("11月23日和22日", "2025-12-24", NULL, s, e, &x);
  ok(!(x.flags & PG_DATE_F_RANGE), "和 before an earlier day: no range");
}

static void test_relative(void)
{
  char s[16], e[16];
  pg_date_expr x;

  first("今年2月,人工智能行动峰会在法国举办", "2025", NULL, s, e, &x);
  is_str(s, "2025-02", "今年2月 against the document year");
  is_int(x.kind, PG_DATE_RELATIVE, "relative");
  first("去年7月,2025全球数字经济大会", "2026-05-20", NULL, s, e, NULL);
  is_str(s, "2025-07", "去年7月");
  first("去年", "2026-05-20", NULL, s, e, NULL);
  is_str(s, "2025", "去年 alone");
  first("上月", "2026-01-20", NULL, s, e, NULL);
  is_str(s, "2025-12", "上月 crosses the year");
  first("同年中央经济工作会议提出", "2025", "2024-07", s, e, &x);
  is_str(s, "2024", "同年 takes the context year");
  is_int(x.kind, PG_DATE_ANAPHORIC, "anaphoric");
  first("次年3月", NULL, "2024-07", s, e, NULL);
  is_str(s, "2025-03", "次年3月");
  first("同年", "2025", NULL, s, e, NULL);
  is_str(s, "", "anaphoric needs a context, not the document date");
  first("今天（11月15日）,会议举行", "2020-11-15", NULL, s, e, NULL);
  is_str(s, "2020-11-15", "今天 is the document's day");
  first("昨天,会议举行", "2021-03-01", NULL, s, e, NULL);
  is_str(s, "2021-02-28", "昨天 crosses the month");
  first("明日", "2024-12-31", NULL, s, e, NULL);
  is_str(s, "2025-01-01", "明日 crosses the year");
  first("今天", "2020", NULL, s, e, NULL);
  is_str(s, "", "今天 needs the document's day");
  first("消费季本周六启动", "2020-06-04", NULL, s, e, NULL);
  is_str(s, "2020-06-06", "本周六: the Saturday of the document's week");
  first("下周一开幕", "2020-06-04", NULL, s, e, NULL);
  is_str(s, "2020-06-08", "下周一: the Monday after");
  first("上周日闭幕", "2021-01-01", NULL, s, e, NULL);
  is_str(s, "2020-12-27", "上周日 crosses the year (Sunday ends the week)");
  is_int(first("本周末", "2020-06-04", NULL, s, e, NULL), 0,
         "本周末 names no day");
  first("外交委员会周三以21比1的票数通过", "2021-04-22", NULL, s, e, NULL);
  is_str(s, "2021-04-21", "a bare 周三: the last Wednesday on or before");
  first("委员会星期四宣布", "2021-04-22", NULL, s, e, NULL);
  is_str(s, "2021-04-22", "星期四 on a Thursday is that day");
  is_int(first("国务院总理周一鸣表示", "2021-04-22", NULL, s, e, NULL), 0,
         "周一鸣 is a name, no weekday");
  is_int(first("每个周六上午举行", "2021-04-22", NULL, s, e, NULL), 0,
         "每个周六 names no day");
  first("国务院办公厅近日印发", "2021-03-24", NULL, s, e, NULL);
  is_str(s, "2021-03", "近日 is the document's month");
  first("三部门日前印发", "2022-03-22", NULL, s, e, NULL);
  is_str(s, "2022-03", "日前 is the document's month");
  is_int(first("春节假日前夕", "2022-01-20", NULL, s, e, NULL), 0,
         "假日前夕 is no date");
  first("6月30日前完成", "2022-03-22", NULL, s, e, NULL);
  is_str(s, "2022-06-30", "6月30日前: the day, not 日前");
  first("8年前的今天,习近平提出", "2022-02-26", NULL, s, e, NULL);
  is_str(s, "2014-02-26", "8年前的今天");
  first("两年后的今天", "2022-02-26", NULL, s, e, NULL);
  is_str(s, "2024-02-26", "两年后的今天");
  first("一年前的今天", "2024-02-29", NULL, s, e, NULL);
  is_str(s, "2023-02-28", "一年前的今天 from 29 February");
  is_int(first("中国的今天", "2022-02-26", NULL, s, e, NULL), 0,
         "中国的今天 is no date");

  /* Every keyword, mid-sentence and at the very end of the text. */
  {
    static const char *const kws[] = {
      "今年", "本年", "去年", "上年", "前年", "明年", "本月", "上月",
      "下月", "同年", "当年", "次年", "翌年", "同月", "当月", "次月"};
    char text[64];
    size_t i;
    int found = 0, at_end = 0;
    for (i = 0; i < sizeof kws / sizeof *kws; i++) {
      snprintf(text, sizeof text, "会议于%s举行", kws[i]);
      found += first(text, "2025-06-01", "2024-07", s, e, &x) == 1 &&
               x.b == 3 && x.e == 5;
      snprintf(text, sizeof text, "会议于%s", kws[i]);
      at_end += first(text, "2025-06-01", "2024-07", s, e, &x) == 1 &&
                x.b == 3 && x.e == 5;
    }
    is_int(found, 16, "all 16 relative keywords are read");
    is_int(at_end, 16, "... also at the end of the text");
  }
}

static void test_format_parse(void)
{
  pg_ymd v;
  char buf[16];

  ok(pg_ymd_parse("2024-07", &v) == 0 && v.y == 2024 && v.m == 7 &&
         v.d == 0,
     "parse year-month");
  ok(pg_ymd_parse("2024-13", &v) == -1, "bad month refused");
  ok(pg_ymd_parse("x", &v) == -1, "garbage refused");
  ok(pg_ymd_parse("2025-07-20T08:00:00Z", &v) == 0 && v.d == 20,
     "a time after the date is ignored");
  ok(pg_ymd_parse("2025-07-20x", &v) == -1, "other trailing text refused");
  v.y = 2024, v.m = 7, v.d = 4;
  is_int(pg_ymd_format(&v, 0, buf, sizeof buf), PG_LIT_DATE, "xsd:date");
  is_str(buf, "2024-07-04", "formatted");
  is_int(pg_ymd_format(&v, 1, buf, sizeof buf), PG_LIT_GYEAR,
         "approximate: gYear");
  v.d = 0;
  is_int(pg_ymd_format(&v, 0, buf, sizeof buf), PG_LIT_GYEARMONTH,
         "gYearMonth");
}

static void infer(const char *text, char *out, const char **rule)
{
  uint32_t *cp = NULL;
  size_t n, bad;
  pg_date_expr *x = NULL;
  long k;
  pg_ymd v;

  out[0] = '\0';
  *rule = NULL;
  pg_utf8_decode(text, strlen(text), &cp, &n, &bad);
  k = pg_dates_scan(cp, n, &x);
  if (k >= 0 && !pg_dates_infer_doc(cp, n, x, (size_t)k, &v, rule))
    pg_ymd_format(&v, 0, out, 16);
  free(x);
  free(cp);
}

static void test_infer(void)
{
  char out[16];
  const char *rule;

  infer("智库圆桌\n\n2026年5月20日 星期三\n\n今年3月,会议召开。", out,
        &rule);
  is_str(out, "2026-05-20", "date line near the top");
  is_str(rule, "dateline", "rule named");
  infer("发布时间：2026-09-13 19:06　来源：新华社\n标题", out, &rule);
  is_str(out, "2026-09-13", "publication line");
  infer("7月26日至28日,大会将在上海举办。2017年7月国务院印发规划,提出到"
        "2030年成为中心。2025年7月4日,我国作发言。预计2026年将超。",
        out, &rule);
  is_str(out, "2025", "latest year that is not a target");
  is_str(rule, "latest-year", "rule named");
  infer("标题\n2024年7月4日，我国举办大会。2025年3月，峰会召开。", out, &rule);
  is_str(out, "2025", "a date inside a sentence is no dateline");
  infer("没有日期。", out, &rule);
  is_str(out, "", "nothing to infer");
}

int main(void)
{
  test_absolute();
  test_partial_and_ranges();
  test_relative();
  test_format_parse();
  test_infer();
  return tap_done();
}
