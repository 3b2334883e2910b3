/* pg_dates.c - Chinese date expressions (see pg_dates.h).
 *
 * One left-to-right pass: at each position that can start a date (a digit,
 * a Chinese numeral, or a relative keyword such as 今年/同年/上月) the
 * scanner reads the longest expression it can (year, month, day, an
 * approximate suffix, then a range end after 至/到/—) and jumps past it,
 * so the pass is linear in the text.  Numbers that are not followed by
 * 年/月/日 (amounts, percentages) are skipped.  The few keywords here
 * are the grammar of dates, not domain vocabulary, so they stay in C.
 */
#include "pg_dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define U_NIAN 0x5E74  /* 年 */
#define U_YUE  0x6708  /* 月 */
#define U_RI   0x65E5  /* 日 */
#define U_HAO  0x53F7  /* 号 */

static int ascii_digit(uint32_t c)
{
  if (c >= '0' && c <= '9')
    return (int)(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19)
    return (int)(c - 0xFF10);
  return -1;
}

static int han_digit(uint32_t c)
{
  static const uint32_t d[] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
                               0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D};
  int i;

  if (c == 0x96F6) /* 零 */
    return 0;
  for (i = 0; i < 10; i++)
    if (d[i] == c)
      return i;
  return -1;
}

/* Reads a number at s[i]: Arabic digits (at most 4), four Chinese digits
 * (a year: 二〇二四), or a Chinese number up to 99 (十二, 二十六).  Stores
 * the value and the digit count; returns its length, 0 if none. */
static size_t read_num(const uint32_t *s, size_t n, size_t i, int *v,
                       int *nd)
{
  size_t j = i;
  int val = 0, t;

  if (i < n && ascii_digit(s[i]) >= 0) {
    while (j < n && (t = ascii_digit(s[j])) >= 0 && j - i < 5)
      val = val * 10 + t, j++;
    if (j - i > 4)
      return 0;
    *v = val;
    *nd = (int)(j - i);
    return j - i;
  }
  while (j < n && (t = han_digit(s[j])) >= 0 && j - i < 4)
    val = val * 10 + t, j++;
  if (j - i == 4) {
    *v = val;
    *nd = 4;
    return 4;
  }
  if (j - i > 1)
    return 0;
  /* up to 99 with 十: [d]十[d] */
  val = j > i ? val : 0;
  if (j < n && s[j] == 0x5341) { /* 十 */
    val = (j > i ? val : 1) * 10;
    j++;
    if (j < n && (t = han_digit(s[j])) > 0)
      val += t, j++;
  }
  if (j == i || val == 0)
    return 0;
  *v = val;
  *nd = 2;
  return j - i;
}

static int is_num_start(const uint32_t *s, size_t i)
{
  return ascii_digit(s[i]) >= 0 || han_digit(s[i]) >= 0 || s[i] == 0x5341;
}

/* Does the text at s[i] spell the UTF-8 word w? Returns its length. */
static size_t at_word(const uint32_t *s, size_t n, size_t i, const char *w)
{
  size_t k = 0;
  const unsigned char *p = (const unsigned char *)w;

  while (*p) {
    uint32_t c;
    if (*p < 0x80)
      c = *p++;
    else if ((*p & 0xE0) == 0xC0)
      c = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F), p += 2;
    else if ((*p & 0xF0) == 0xE0)
      c = (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 |
          (p[2] & 0x3F), p += 3;
    else
      c = (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
          (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F), p += 4;
    if (i + k >= n || s[i + k] != c)
      return 0;
    k++;
  }
  return k;
}

/* Does s[0..i) end with the UTF-8 word w? */
static int ends_with(const uint32_t *s, size_t i, const char *w)
{
  size_t len = 0, k;
  const unsigned char *p;

  for (p = (const unsigned char *)w; *p; p++)
    len += (*p & 0xC0) != 0x80;
  if (len > i)
    return 0;
  k = at_word(s, i, i - len, w);
  return k == len;
}

/* Does a range separator and a day ("—28日") follow at s[i]? */
static int day_range_follows(const uint32_t *s, size_t n, size_t i)
{
  int x, nd;
  size_t l;

  if (s[i] != 0x81F3 && s[i] != 0x5230 && s[i] != 0x2014 && s[i] != '-' &&
      s[i] != 0xFF0D && s[i] != '~' && s[i] != 0xFF5E && s[i] != 0x2013)
    return 0;
  l = read_num(s, n, i + 1, &x, &nd);
  return l && nd <= 2 && i + 1 + l < n && s[i + 1 + l] == U_RI;
}

/* Reads "M月[D日]" (or "D日" when day_only) at s[*i] into v. */
static int read_md(const uint32_t *s, size_t n, size_t *i, pg_ymd *v,
                   int day_only)
{
  int x, nd;
  size_t j = *i, l = read_num(s, n, j, &x, &nd);

  if (!l || nd > 2 || j + l >= n)
    return 0;
  if (!day_only && s[j + l] == U_YUE && x >= 1 && x <= 12) {
    v->m = x;
    j += l + 1;
    if ((l = read_num(s, n, j, &x, &nd)) && nd <= 2 && j + l < n &&
        (s[j + l] == U_RI || s[j + l] == U_HAO) && x >= 1 && x <= 31) {
      v->d = x;
      j += l + 1;
    } else if (l && nd <= 2 && x >= 1 && x <= 31 && j + l < n &&
               day_range_follows(s, n, j + l)) {
      v->d = x; /* 7月26—28日: the range end carries the 日 */
      j += l;
    }
    *i = j;
    return 1;
  }
  if (s[j + l] == U_RI && x >= 1 && x <= 31) {
    v->d = x;
    *i = j + l + 1;
    return 1;
  }
  return 0;
}

/* Reads "YYYY年" (and what follows: 底/初, M月, D日) at s[*i]. */
static int read_year(const uint32_t *s, size_t n, size_t *i, pg_ymd *v,
                     unsigned *flags)
{
  static const char *const approx[] = {"年底", "年初", "年末", "年中",
                                       "上半年", "下半年", "底", "初"};
  int x, nd;
  size_t j = *i, l = read_num(s, n, j, &x, &nd), k, a;

  if (!l || nd != 4 || j + l >= n || s[j + l] != U_NIAN || x < 1900 ||
      x > 2100)
    return 0;
  v->y = x;
  j += l + 1;
  for (k = 0; k < sizeof approx / sizeof *approx; k++)
    if ((a = at_word(s, n, j, approx[k]))) {
      *flags |= PG_DATE_F_APPROX;
      *i = j + a;
      return 1;
    }
  read_md(s, n, &j, v, 0);
  *i = j;
  return 1;
}

/* Reads an ISO-like date 2026-09-13, 2026/9/13 or 2026.9.13. */
static int read_iso(const uint32_t *s, size_t n, size_t *i, pg_ymd *v)
{
  int y, m, d, nd;
  size_t j = *i, l = read_num(s, n, j, &y, &nd);
  uint32_t sep;

  if (!l || nd != 4 || ascii_digit(s[j]) < 0 || j + l >= n)
    return 0;
  sep = s[j + l];
  if (sep != '-' && sep != '/' && sep != '.')
    return 0;
  j += l + 1;
  if (!(l = read_num(s, n, j, &m, &nd)) || nd > 2 || j + l >= n ||
      s[j + l] != sep)
    return 0;
  j += l + 1;
  if (!(l = read_num(s, n, j, &d, &nd)) || nd > 2 ||
      (j + l < n && ascii_digit(s[j + l]) >= 0))
    return 0;
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31)
    return 0;
  v->y = y, v->m = m, v->d = d;
  *i = j + l;
  return 1;
}

/* Relative and anaphoric keywords.  Each is two characters, the second
 * 年, 月, 天 or 日 (or 日前): may_be_relative relies on that to skip this
 * table at almost every position of the text (and on 周 for the weekdays
 * read_weekday reads). */
static const struct rel_kw {
  const char *w;
  pg_date_kind kind;
  int yoff, moff, month_rel, doff, day_rel;
  int bare; /* a month with no day after it (近日, not 本月15日) */
} rel_kws[] = {
  {"今天", PG_DATE_RELATIVE, 0, 0, 0, 0, 1, 0},
  {"今日", PG_DATE_RELATIVE, 0, 0, 0, 0, 1, 0},
  {"昨天", PG_DATE_RELATIVE, 0, 0, 0, -1, 1, 0},
  {"昨日", PG_DATE_RELATIVE, 0, 0, 0, -1, 1, 0},
  {"前天", PG_DATE_RELATIVE, 0, 0, 0, -2, 1, 0},
  {"明天", PG_DATE_RELATIVE, 0, 0, 0, 1, 1, 0},
  {"明日", PG_DATE_RELATIVE, 0, 0, 0, 1, 1, 0},
  {"今年", PG_DATE_RELATIVE, 0, 0, 0, 0, 0, 0},
  {"本年", PG_DATE_RELATIVE, 0, 0, 0, 0, 0, 0},
  {"去年", PG_DATE_RELATIVE, -1, 0, 0, 0, 0, 0},
  {"上年", PG_DATE_RELATIVE, -1, 0, 0, 0, 0, 0},
  {"前年", PG_DATE_RELATIVE, -2, 0, 0, 0, 0, 0},
  {"明年", PG_DATE_RELATIVE, 1, 0, 0, 0, 0, 0},
  {"本月", PG_DATE_RELATIVE, 0, 0, 1, 0, 0, 0},
  {"上月", PG_DATE_RELATIVE, 0, -1, 1, 0, 0, 0},
  {"下月", PG_DATE_RELATIVE, 0, 1, 1, 0, 0, 0},
  {"同年", PG_DATE_ANAPHORIC, 0, 0, 0, 0, 0, 0},
  /* 近日 and 日前 "in recent days": the document's month, no day */
  {"近日", PG_DATE_RELATIVE, 0, 0, 1, 0, 0, 1},
  {"日前", PG_DATE_RELATIVE, 0, 0, 1, 0, 0, 1},
  {"当年", PG_DATE_ANAPHORIC, 0, 0, 0, 0, 0, 0},
  {"次年", PG_DATE_ANAPHORIC, 1, 0, 0, 0, 0, 0},
  {"翌年", PG_DATE_ANAPHORIC, 1, 0, 0, 0, 0, 0},
  {"同月", PG_DATE_ANAPHORIC, 0, 0, 1, 0, 0, 0},
  {"当月", PG_DATE_ANAPHORIC, 0, 0, 1, 0, 0, 0},
  {"次月", PG_DATE_ANAPHORIC, 0, 1, 1, 0, 0, 0},
};

/* Is 日前 at s[i] the adverb "recently" (印发了…日前印发), not the end of
 * a day (30日前, 节日前夕, 生日前)? */
static int ri_qian(const uint32_t *s, size_t n, size_t i)
{
  /* 节假生念作期当每某前: nouns a day ends (节日, 假日, 生日, 纪念日…) */
  static const uint32_t nouns[] = {0x8282, 0x5047, 0x751F, 0x5FF5, 0x4F5C,
                                   0x671F, 0x5F53, 0x6BCF, 0x67D0, 0x524D};
  size_t k;

  if (i + 2 < n && (s[i + 2] == 0x5915 /* 夕 */ || s[i + 2] == 0x7684 /* 的 */))
    return 0;
  if (i == 0)
    return 1;
  if (is_num_start(s, i - 1))
    return 0;
  for (k = 0; k < sizeof nouns / sizeof *nouns; k++)
    if (s[i - 1] == nouns[k])
      return 0;
  return 1;
}

/* 本周六, 下周一, 上周五 (这周 as 本周): a weekday of the anchor's week,
 * or of the week after or before it.  周末 names no day. */
static int read_weekday(const uint32_t *s, size_t n, size_t *i,
                        pg_date_expr *x)
{
  static const wchar_t days[] = L"一二三四五六日天";
  /* what may follow a bare weekday in a clause (美参议院外交委员会周三|以
   * 21比1的票数…, 星期一|晚上): not the rest of a name (周一鸣) */
  static const wchar_t after[] = L"以在于宣发通举召的晚早上下中表称说将再正起出会";
  const wchar_t *d;
  size_t k = *i, l = 0;

  if (s[k] == 0x5468) /* 周 */
    l = 1;
  else if (k + 1 < n && s[k] == 0x661F && s[k + 1] == 0x671F) /* 星期 */
    l = 2;
  if (l && k + l < n && (d = wcschr(days, (wchar_t)s[k + l])) && *d &&
      s[k + l] != 0x5929 && /* 周天 is no weekday written so */
      !(k > 0 && wcschr(L"每本这上下逢隔个、至到", (wchar_t)s[k - 1])) &&
      (k + l + 1 >= n || s[k + l + 1] < 0x3000 || s[k + l + 1] == 0xFF0C ||
       wcschr(after, (wchar_t)s[k + l + 1]))) {
    x->kind = PG_DATE_RELATIVE;
    x->day_rel = 1;
    x->doff = 0;
    x->wpast = 1;
    x->wday = d - days < 6 ? (int)(d - days) + 1 : 7;
    *i = k + l + 1;
    return 1;
  }

  if (k + 2 >= n || s[k + 1] != 0x5468 /* 周 */ ||
      !(d = wcschr(days, (wchar_t)s[k + 2])) || !s[k + 2])
    return 0;
  switch (s[k]) {
  case 0x672C: case 0x8FD9: x->doff = 0; break;  /* 本 这 */
  case 0x4E0B: x->doff = 7; break;               /* 下 */
  case 0x4E0A: x->doff = -7; break;              /* 上 */
  default: return 0;
  }
  x->kind = PG_DATE_RELATIVE;
  x->day_rel = 1;
  x->wday = d - days < 6 ? (int)(d - days) + 1 : 7;
  *i = k + 3;
  return 1;
}

/* Whether a relative keyword can start at s[i] (see rel_kws). */
static int may_be_relative(const uint32_t *s, size_t n, size_t i)
{
  return i + 1 < n && (s[i + 1] == U_NIAN || s[i + 1] == U_YUE ||
                       s[i + 1] == 0x5468 /* 周: 本周六 */ ||
                       s[i] == 0x5468 /* 周三 */ ||
                       (s[i] == 0x661F && s[i + 1] == 0x671F) /* 星期 */ ||
                       s[i + 1] == 0x5929 /* 天 */ ||
                       s[i + 1] == 0x65E5 /* 日 */ ||
                       (s[i] == 0x65E5 && s[i + 1] == 0x524D && ri_qian(s, n, i)));
}

/* The years a day-relative word is shifted by when 的 ties it to what
 * comes before: 8年前的今天 (-8), 两年后的今天 (+2), 去年的今天 (-1).
 * Returns 0 with *years set, or -1 when 的 ties it to something else
 * (中国的今天: no date). */
static int years_before_de(const uint32_t *s, size_t n, size_t i, int *years)
{
  size_t q, b;
  int v, nd, sign;

  *years = 0;
  if (i == 0 || s[i - 1] != 0x7684) /* 的 */
    return 0;
  if (i >= 3 && s[i - 2] == U_NIAN &&
      (s[i - 3] == 0x53BB || s[i - 3] == 0x4E0A)) { /* 去年, 上年 */
    *years = -1;
    return 0;
  }
  if (i < 4 || s[i - 3] != U_NIAN ||
      (s[i - 2] != 0x524D && s[i - 2] != 0x540E)) /* 前 后 */
    return -1;
  sign = s[i - 2] == 0x524D ? -1 : 1;
  q = i - 3; /* 年 */
  for (b = q; b > 0 && q - b < 3 &&
              (ascii_digit(s[b - 1]) >= 0 || han_digit(s[b - 1]) >= 0 ||
               s[b - 1] == 0x5341 || s[b - 1] == 0x4E24); /* 十 两 */
       b--)
    ;
  if (b == q)
    return -1;
  if (s[b] == 0x4E24 && q - b == 1)
    v = 2;
  else if (read_num(s, n, b, &v, &nd) != q - b)
    return -1;
  *years = sign * v;
  return 0;
}

static int read_relative(const uint32_t *s, size_t n, size_t *i,
                         pg_date_expr *x)
{
  size_t k, l, j;

  for (k = 0; k < sizeof rel_kws / sizeof *rel_kws; k++) {
    if (!(l = at_word(s, n, *i, rel_kws[k].w)))
      continue;
    j = *i + l;
    x->kind = rel_kws[k].kind;
    x->yoff = rel_kws[k].yoff;
    x->moff = rel_kws[k].moff;
    x->month_rel = rel_kws[k].month_rel;
    x->doff = rel_kws[k].doff;
    x->day_rel = rel_kws[k].day_rel;
    if (rel_kws[k].bare)
      x->flags |= PG_DATE_F_VAGUE;
    if (x->day_rel && years_before_de(s, n, *i, &x->yoff))
      return 0;
    if (x->day_rel)
      ; /* 今天（11月15日）: the parenthesis is a date of its own */
    else if (x->month_rel && !rel_kws[k].bare)
      read_md(s, n, &j, &x->v, 1);
    else if (at_word(s, n, j, "底") || at_word(s, n, j, "初"))
      x->flags |= PG_DATE_F_APPROX, j++;
    else
      read_md(s, n, &j, &x->v, 0);
    *i = j;
    return 1;
  }
  return 0;
}

/* Reads a range end after 至/到/—: [YYYY年][M月][D日]. */
static void read_range(const uint32_t *s, size_t n, size_t *i,
                       pg_date_expr *x)
{
  static const char *const seps[] = {"至", "到", "—", "－", "-", "~", "～",
                                     "–"};
  size_t k, l = 0, j;
  pg_ymd e = {0, 0, 0};
  unsigned f = 0;

  int and = 0;

  for (k = 0; k < sizeof seps / sizeof *seps && !l; k++)
    l = at_word(s, n, *i, seps[k]);
  if (!l && x->v.d && (l = at_word(s, n, *i, "和")))
    and = 1; /* 11月22日和23日: the days of one meeting */
  if (!l)
    return;
  j = *i + l;
  if (!read_year(s, n, &j, &e, &f) && !read_md(s, n, &j, &e, 0) &&
      !read_md(s, n, &j, &e, 1))
    return;
  if (and && (e.y || e.m || !e.d || e.d <= x->v.d))
    return;
  /* the end must be as fine as the start: 7月26日至28日, not 7月至28日 */
  if ((x->v.d && !e.d) || (!x->v.d && e.d) || (x->v.m && !e.m && !e.d))
    return;
  x->v2 = e;
  x->flags |= PG_DATE_F_RANGE;
  *i = j;
}

static void set_context_flags(const uint32_t *s, size_t n, pg_date_expr *x)
{
  size_t b = x->b;

  if (ends_with(s, b, "截至") || ends_with(s, b, "截止"))
    ;
  else if (ends_with(s, b, "到") || ends_with(s, b, "至") ||
           ends_with(s, b, "预计") || ends_with(s, b, "力争") ||
           ends_with(s, b, "目标") || ends_with(s, b, "计划于"))
    x->flags |= PG_DATE_F_TARGET;
  if (x->e < n && (s[x->e] == 0x5C06 /* 将 */ || s[x->e] == 0x524D /* 前 */))
    x->flags |= PG_DATE_F_TARGET;
  if (at_word(s, n, x->e, "以来") || ends_with(s, b, "自") ||
      ends_with(s, b, "从"))
    x->flags |= PG_DATE_F_SINCE;
}

/* Tries to read one expression at s[i]; returns its end, or i if none. */
static size_t scan_one(const uint32_t *s, size_t n, size_t i,
                       pg_date_expr *x)
{
  size_t j = i;

  /* Most positions start nothing: answer them before any other work. */
  if (!is_num_start(s, i) && !may_be_relative(s, n, i))
    return i;
  memset(x, 0, sizeof *x);
  x->b = i;
  if (may_be_relative(s, n, i) &&
      (read_relative(s, n, &j, x) || read_weekday(s, n, &j, x)))
    ;
  else if (!is_num_start(s, i) ||
           (i > 0 && (is_num_start(s, i - 1) || s[i - 1] == '.' ||
                      s[i - 1] == '-' || s[i - 1] == '/')))
    return i;
  else if (read_iso(s, n, &j, &x->v) ||
           read_year(s, n, &j, &x->v, &x->flags))
    x->kind = PG_DATE_ABSOLUTE;
  else if (read_md(s, n, &j, &x->v, 0))
    x->kind = PG_DATE_PARTIAL;
  else
    return i;
  if (!(x->flags & PG_DATE_F_APPROX))
    read_range(s, n, &j, x);
  x->e = j;
  set_context_flags(s, n, x);
  return j;
}

long pg_dates_scan(const uint32_t *s, size_t n, pg_date_expr **out)
{
  pg_date_expr *arr = NULL, x;
  size_t cnt = 0, cap = 0, i = 0, j;

  *out = NULL;
  while (i < n) {
    j = scan_one(s, n, i, &x);
    if (j == i) {
      i++;
      continue;
    }
    if (cnt == cap) {
      size_t nc = cap ? cap * 2 : 8;
      pg_date_expr *p = realloc(arr, nc * sizeof *p);
      if (!p) {
        free(arr);
        return -1;
      }
      arr = p;
      cap = nc;
    }
    arr[cnt++] = x;
    i = j;
  }
  *out = arr;
  return (long)cnt;
}

/* Adds months to (y, m). */
/* Days since 1970-01-01 of a civil date, and back (proleptic
 * Gregorian; H. Hinnant's days_from_civil). */
static long days_from_civil(int y, int m, int d)
{
  long era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* *r = *v moved by k days. */
static void add_days(const pg_ymd *v, int k, pg_ymd *r)
{
  long z = days_from_civil(v->y, v->m, v->d) + k + 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;

  r->d = (int)(doy - (153 * mp + 2) / 5 + 1);
  r->m = (int)(mp < 10 ? mp + 3 : mp - 9);
  r->y = (int)(yoe + era * 400 + (r->m <= 2));
}

static void add_months(int *y, int *m, int k)
{
  int t = *y * 12 + (*m - 1) + k;

  *y = t / 12;
  *m = t % 12 + 1;
}

static int resolve_one(const pg_date_expr *x, const pg_ymd *w,
                       const pg_ymd *doc, const pg_ymd *ctx, pg_ymd *r)
{
  const pg_ymd *anchor = NULL;

  *r = *w;
  switch (x->kind) {
  case PG_DATE_ABSOLUTE:
    return r->y ? 0 : -1;
  case PG_DATE_PARTIAL:
    anchor = ctx && ctx->y ? ctx : doc;
    break;
  case PG_DATE_RELATIVE:
    anchor = doc;
    break;
  case PG_DATE_ANAPHORIC:
    anchor = ctx;
    break;
  }
  if (!anchor || !anchor->y)
    return -1;
  r->y = anchor->y + (x->kind == PG_DATE_PARTIAL ? 0 : x->yoff);
  /* A month written without its year, read against the document's date,
   * is the one nearest to it: 12月22日 in an item of 2022-01-01 is
   * 2021-12-22, 1月5日 in one of 2021-12-30 is 2022-01-05. */
  if (x->kind == PG_DATE_PARTIAL && anchor == doc && w->m && doc->m) {
    if (w->m - doc->m > 6)
      r->y--;
    else if (doc->m - w->m > 6)
      r->y++;
  }
  if (x->day_rel) {
    pg_ymd a = *anchor;
    if (!anchor->m || !anchor->d)
      return -1;
    a.y += x->yoff; /* 8年前的今天 */
    if (a.m == 2 && a.d == 29)
      a.d = 28 + (a.y % 4 == 0 && (a.y % 100 != 0 || a.y % 400 == 0));
    if (x->wday) { /* the anchor's weekday, Monday 1; 1970-01-01 a Thursday */
      long z = days_from_civil(a.y, a.m, a.d);
      int wd = (int)(((z + 3) % 7 + 7) % 7) + 1, delta = x->wday - wd;
      if (x->wpast && delta > 0)
        delta -= 7; /* 周三 in a Thursday's news: the day before */
      add_days(&a, x->doff + delta, r);
      return 0;
    }
    add_days(&a, x->doff, r);
    return 0;
  }
  if (x->month_rel || (x->kind == PG_DATE_PARTIAL && !w->m)) {
    if (!anchor->m)
      return -1;
    r->m = anchor->m;
    if (x->month_rel)
      add_months(&r->y, &r->m, x->moff);
  }
  return 0;
}

int pg_date_resolve(const pg_date_expr *x, const pg_ymd *doc,
                    const pg_ymd *ctx, pg_ymd *start, pg_ymd *end)
{
  pg_ymd e;

  if (end)
    memset(end, 0, sizeof *end);
  if (resolve_one(x, &x->v, doc, ctx, start))
    return -1;
  if (end && (x->flags & PG_DATE_F_RANGE)) {
    e = x->v2;
    if (!e.y)
      e.y = start->y;
    if (!e.m && e.d)
      e.m = start->m;
    *end = e;
  }
  return 0;
}

pg_littype pg_ymd_format(const pg_ymd *v, int approx, char *buf,
                         size_t size)
{
  if (!v->y || size < 11) {
    if (size)
      buf[0] = '\0';
    return PG_LIT_NONE;
  }
  if (approx || !v->m) {
    snprintf(buf, size, "%04d", v->y);
    return PG_LIT_GYEAR;
  }
  if (!v->d) {
    snprintf(buf, size, "%04d-%02d", v->y, v->m);
    return PG_LIT_GYEARMONTH;
  }
  snprintf(buf, size, "%04d-%02d-%02d", v->y, v->m, v->d);
  return PG_LIT_DATE;
}

int pg_ymd_parse(const char *iso, pg_ymd *v)
{
  int y = 0, m = 0, d = 0, k;
  char tail;

  memset(v, 0, sizeof *v);
  if (!iso)
    return -1;
  /* a time after the date (2025-07-20T08:00, "2025-07-20 08:00") is
   * ignored; anything else after it is an error */
  k = sscanf(iso, "%4d-%2d-%2d%c", &y, &m, &d, &tail);
  if (k == 4 && (tail == 'T' || tail == ' '))
    k = 3;
  if (k < 1 || k > 3 || y < 1 || (k >= 2 && (m < 1 || m > 12)) ||
      (k == 3 && (d < 1 || d > 31)))
    return -1;
  v->y = y;
  v->m = k >= 2 ? m : 0;
  v->d = k == 3 ? d : 0;
  return 0;
}

/* Is s[b..e) on a header line: a line without sentence punctuation? */
static int on_header_line(const uint32_t *s, size_t n, size_t b, size_t e)
{
  size_t i;

  for (i = b; i > 0 && s[i - 1] != '\n'; i--)
    if (s[i - 1] == 0xFF0C || s[i - 1] == 0x3002 || s[i - 1] == ',')
      return 0;
  for (i = e; i < n && s[i] != '\n'; i++)
    if (s[i] == 0xFF0C || s[i] == 0x3002 || s[i] == ',')
      return 0;
  return 1;
}

int pg_dates_infer_doc(const uint32_t *s, size_t n, const pg_date_expr *x,
                       size_t nx, pg_ymd *v, const char **rule)
{
  size_t i;
  int best = 0;

  memset(v, 0, sizeof *v);
  for (i = 0; i < nx && x[i].b < 400; i++)
    if (x[i].kind == PG_DATE_ABSOLUTE && x[i].v.d &&
        !(x[i].flags & (PG_DATE_F_TARGET | PG_DATE_F_RANGE)) &&
        on_header_line(s, n, x[i].b, x[i].e)) {
      *v = x[i].v;
      *rule = "dateline";
      return 0;
    }
  for (i = 0; i < nx; i++)
    if (x[i].kind == PG_DATE_ABSOLUTE &&
        !(x[i].flags & PG_DATE_F_TARGET) && x[i].v.y > best)
      best = x[i].v.y;
  if (!best)
    return -1;
  v->y = best;
  *rule = "latest-year";
  return 0;
}
