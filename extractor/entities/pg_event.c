/* pg_event.c - conferences, summits, sessions.
 *
 * An event name closes with a head word of tables/event_heads.txt (大会,
 * 峰会, 会议, 论坛, 博览会 ...).  Four shapes are recognized:
 *   - a year first: 2025世界人工智能大会暨人工智能全球治理高级别会议 (aliases:
 *     the part before 暨, and both without the year);
 *   - an ordinal first: 第七十八届联合国大会, 第23届中国—东盟博览会,
 *     十四届全国人大四次会议 (alias: without the ordinal);
 *   - an organization, then a session: 联合国人权理事会第五十三届会议,
 *     二十国集团领导人第十九次峰会; bare sessions coordinated after it
 *     (、第五十五届会议) and sessions written with an alias of the
 *     organization (人权理事会…) take the organization's label;
 *   - a name alone at a clause start, closed by a strong head and followed
 *     by a boundary (人工智能行动峰会在法国举办).
 * The name runs to a stop word or punctuation; the longest prefix of the
 * run that ends in a head is taken.
 */
#include "pg_event.h"
#include "pg_names.h"
#include "pg_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static int is_digit_cp(uint32_t c)
{
  return c >= '0' && c <= '9';
}

/* Does a 和/与/及 follow at i within a few characters and 、 (the last
 * member of a coordination inside a name)? */
static int coord_follows(const pg_rctx *x, size_t i)
{
  size_t k;

  for (k = i; k < x->vn && k < i + 12; k++) {
    uint32_t c = x->v[k];
    if (c == 0x548C || c == 0x4E0E || c == 0x53CA) /* 和 与 及 */
      return k > i;
    if (!pg_is_han(c) && c != 0x3001)
      return 0;
  }
  return 0;
}

/* The end of a gloss of one to four Han characters in parentheses at i
 * that the name goes on after (（总理）理事会), or 0. */
static size_t inner_paren(const pg_rctx *x, size_t i)
{
  size_t k;

  for (k = i + 1; k < x->vn && k <= i + 5 &&
                  (pg_is_han(x->v[k]) || pg_is_latin_alnum(x->v[k]) ||
                   x->v[k] == '+');
       k++)
    ; /* 政府首脑（总理）理事会, 东盟与中日韩（10+3）外长会 */
  if (k == i + 1 || k >= x->vn || (x->v[k] != ')' && x->v[k] != 0xFF09) ||
      k + 1 >= x->vn || !pg_is_han(x->v[k + 1]))
    return 0;
  return k + 1;
}

/* End of the name run from q (exclusive).  A 、 stays inside when the
 * coordination it opens closes with 和/与/及 before the head and the
 * part before it is no event (七国集团气候、能源和环境部长会议, but not
 * A会议、B论坛). */
/* Does a celebration's name start at q (庆祝…, 纪念…)? */
static int celebration_at(const pg_rctx *x, size_t q)
{
  return pg_rc_spells(x, q, "庆祝") || pg_rc_spells(x, q, "纪念");
}

static size_t run_end(const pg_rctx *x, size_t q)
{
  size_t e, k;
  /* 庆祝中华全国总工会成立100周年暨…表彰大会: the founding celebrated
   * is part of the name */
  int celebration = celebration_at(x, q);
  /* after a year or a place (2024中国AIGC产业峰会, 中国AIGC产业峰会) a
   * Latin word is part of the name (not 海洋法主题Hi Dream论坛) */
  int dated =
      (q > 1 && (is_digit_cp(x->v[q - 1]) ||
                 (x->v[q - 1] == 0x5E74 && is_digit_cp(x->v[q - 2])))) ||
      (q < x->vn && x->lexat[q] >= 0 && x->c[x->lexat[q]].type == PG_T_PLACE);

  for (e = q; e < x->vn && e - q < 40; e++) {
    uint32_t c = x->v[e];
    if (c == 0x3001 && e > q + 1 && e + 1 < x->vn &&
        pg_is_han(x->v[e + 1]) && coord_follows(x, e + 1) &&
        !pg_rc_word_ending(x, PG_W_EVENTHEAD, q, e, NULL))
      continue;
    if ((c == '(' || c == 0xFF08) && e > q + 1 && (k = inner_paren(x, e))) {
      e = k - 1; /* 政府首脑（总理）理事会: a short gloss inside the name */
      continue;
    }
    if (!(pg_is_han(c) || c == 0x2014 || c == '-' || is_digit_cp(c) ||
          c == '.' || pg_rc_is_open_quote(c) || pg_rc_is_close_quote(c) ||
          (pg_is_mid_dot(c) && e > q) || /* 世界市长对话·景德镇暨… */
          (c >= 'a' && c <= 'z' && e > q && dated))) /* 2024中国AIGC产
                                                        业峰会 */
      break;
    if (e > q && pg_rc_stop_in(x, e) &&
        !(celebration && pg_rc_word_at(x, PG_W_FOUNDVERB, e, NULL)))
      break;
  }
  return e;
}

/* Longest prefix of [q, e) ending in an event head; its end or 0. */
static size_t head_end(const pg_rctx *x, size_t q, size_t e, int strong)
{
  int val = -1;

  for (; e > q; e--) {
    size_t hl = pg_rc_word_ending(x, PG_W_EVENTHEAD, q, e, &val);
    const char *v;
    if (!hl)
      continue;
    v = pg_rc_value(x, PG_W_EVENTHEAD, val);
    if (v && !strcmp(v, "celebration") &&
        (!celebration_at(x, q) ||
         e - hl <= q || wcschr(L"和与及、", (wchar_t)x->v[e - hl - 1])))
      continue; /* 庆祝…成立76周年招待会, but no other 招待会, nor
                   纪念…大会|和招待会 */
    if (!strong || (v && (!strcmp(v, "strong") || !strcmp(v, "celebration")))) {
      size_t k;
      for (k = q + 2; k + 1 < e; k++) {
        size_t bl;
        if (!wcschr(L"和及与", (wchar_t)x->v[k]) || head_end(x, k + 1, e, 0) != e)
          continue;
        if (pg_rc_word_ending(x, PG_W_EVENTHEAD, q, k, NULL))
          return k; /* 第十七届中国—东盟博览会|和中国—东盟商务与投资峰会:
                       two events, each with its head */
        if ((bl = pg_rc_word_ending(x, PG_W_EVENTBODY, q, k, NULL)) &&
            k - bl > q && pg_rc_word_ending(x, PG_W_EVENTHEAD, q, k - bl, NULL))
          return k - bl; /* …一次会议|主席团和…: the bodies of two meetings */
      }
      return e;
    }
  }
  return 0;
}

/* The lexicon's event candidate spanning [q, e) (a quote may open it,
 * the last character may close a quote), or -1. */
static int lexicon_event(const pg_rctx *x, size_t q, size_t e)
{
  size_t k;
  int c;

  for (k = q; k < e && k <= q + 1; k++)
    if ((c = x->lexat[k]) >= 0 && x->c[c].type == PG_T_EVENT &&
        x->c[c].lex >= 0 && x->c[c].ve >= e - 1 && x->c[c].ve <= e)
      return c;
  return -1;
}

/* Is [q, e) a series the lexicon knows as an entity of its own
 * (“一带一路”国际合作高峰论坛)?  Then an edition (第三届…) does not take
 * the series' name as an alias. */
static int lexicon_series(const pg_rctx *x, size_t q, size_t e)
{
  return lexicon_event(x, q, e) >= 0;
}

/* Is the lexicon's event at [q, e) the one edition of year [p, p + 4)
 * (北京冬奥会: "Beijing 2022 Winter Olympics"), so that 2022年北京冬奥会
 * is its name too?  Its English label or an alias holds the year. */
static int lexicon_edition(const pg_rctx *x, size_t p, size_t q, size_t e)
{
  const pg_lex_entry *le;
  char y[5];
  size_t k;
  int c = lexicon_event(x, q, e);

  if (c < 0 || !(le = pg_lexicon_entry(x->r->lex, x->c[c].lex)))
    return 0;
  for (k = 0; k < 4; k++) {
    if (p + k >= x->vn || !is_digit_cp(x->v[p + k]) || x->v[p + k] > '9')
      return 0;
    y[k] = (char)x->v[p + k];
  }
  y[4] = '\0';
  return (le->label_en && strstr(le->label_en, y)) ||
         (le->aliases && strstr(le->aliases, y));
}

/* A plenary session named in full (中国共产党第二十届中央委员会第四次全体
 * 会议) or short (中国共产党二十届四中全会, 二十届四中全会) takes the
 * other forms as aliases, so the names of one session meet: t starts the
 * term's numeral, q follows 届, e ends the name; cpc_ok: the name is the
 * CPC's or names no party, so the 中国共产党 forms are its own too. */
static void plenum_alias(pg_rctx *x, int ci, size_t t, size_t q, size_t e,
                         int cpc_ok)
{
  static const uint32_t full_a[] = {0x4E2D, 0x592E, 0x59D4, 0x5458, 0x4F1A,
                                    0x7B2C}; /* 中央委员会第 */
  static const uint32_t full_b[] = {0x6B21, 0x5168, 0x4F53, 0x4F1A, 0x8BAE};
  /* 次全体会议 */
  static const uint32_t short_b[] = {0x4E2D, 0x5168, 0x4F1A}; /* 中全会 */
  static const uint32_t cpc[] = {0x4E2D, 0x56FD, 0x5171, 0x4EA7, 0x515A};
  /* 中国共产党 */
  size_t yb, ye, k, n, m, form, pre;
  uint32_t buf[64];
  char *a;

  if (q < t + 2 || q - t > 4)
    return;
  for (k = t; k + 1 < q; k++)
    if (!pg_rc_is_numeral(x->v[k]))
      return;
  if (e >= q + 6 + 1 + 5 && !memcmp(x->v + q, full_a, sizeof full_a) &&
      !memcmp(x->v + e - 5, full_b, sizeof full_b)) {
    yb = q + 6;
    ye = e - 5;
  } else if (e >= q + 1 + 3 && !memcmp(x->v + e - 3, short_b, sizeof short_b)) {
    yb = q;
    ye = e - 3;
  } else
    return;
  if (ye <= yb || ye - yb > 3)
    return;
  for (k = yb; k < ye; k++)
    if (!pg_rc_is_numeral(x->v[k]))
      return;
  /* three forms: 二十届四中全会, 中国共产党二十届四中全会,
   * 中国共产党第二十届…全体会议 */
  for (pre = 0; pre < (cpc_ok ? 2u : 1u); pre++) /* none, 中国共产党 */
    for (form = 0; form < 2; form++) { /* short, full */
      n = 0;
      if (pre == 0 && form == 1)
        continue;
      if (pre == 1) {
        memcpy(buf, cpc, sizeof cpc);
        n = 5;
      }
      if (form) {
        buf[n++] = 0x7B2C; /* 第 */
      }
      m = q - t; /* 二十届 */
      memcpy(buf + n, x->v + t, m * sizeof *buf);
      n += m;
      if (form) {
        memcpy(buf + n, full_a, sizeof full_a);
        n += 6;
      }
      memcpy(buf + n, x->v + yb, (ye - yb) * sizeof *buf);
      n += ye - yb;
      if (form) {
        memcpy(buf + n, full_b, sizeof full_b);
        n += 5;
      } else {
        memcpy(buf + n, short_b, sizeof short_b);
        n += 3;
      }
      if ((a = pg_utf8_encode(buf, n))) {
        pg_rc_alias(x, ci, a);
        free(a);
      }
    }
}

/* A numbered session of a body with terms, named in any of its forms
 * (政协第十四届全国委员会常务委员会第十次会议, 全国政协十四届常委会第十次
 * 会议; 第十四届全国人民代表大会第三次会议, 十四届全国人大三次会议),
 * takes one merge key, the term, the body's lexicon label and the
 * session (十四届全国政协常委会第十次会议), so the forms meet: the body
 * is the text around the term, [p, t0) and [q, sb), as the lexicon knows
 * it; t starts the term's numeral, q follows 届, e ends the name. */
static void session_key(pg_rctx *x, int ci, size_t p, size_t t, size_t q,
                        size_t e)
{
  static const uint32_t tail[] = {0x6B21, 0x4F1A, 0x8BAE}; /* 次会议 */
  uint32_t buf[48];
  size_t t0 = t > p && x->v[t - 1] == 0x7B2C ? t - 1 : t, ne, sb, n = 0, k,
         r;
  const pg_lex_entry *le;
  char *a;
  int v = -1;

  if (e < q + 4 || memcmp(x->v + e - 3, tail, sizeof tail))
    return;
  for (ne = e - 3; ne > q && pg_rc_is_numeral(x->v[ne - 1]); ne--)
    ;
  if (ne == e - 3 || e - 3 - ne > 3)
    return; /* no session number */
  sb = ne > q && x->v[ne - 1] == 0x7B2C ? ne - 1 : ne; /* 第 */
  if (t0 - p + (sb - q) < 2 || t0 - p + (sb - q) > 40)
    return;
  for (k = p; k < t0; k++)
    buf[n++] = x->v[k];
  for (k = q; k < sb; k++)
    buf[n++] = x->v[k];
  r = pg_ac_longest_at(pg_lexicon_ac(x->r->lex), buf, n, 0, &v);
  if (r != n || !(le = pg_lexicon_entry(x->r->lex, v)) ||
      le->type != PG_T_ORGANIZATION)
    return;
  n = 0; /* 十四届 + label + 第十次会议 */
  for (k = t; k < q && n < 8; k++)
    buf[n++] = x->v[k];
  {
    uint32_t *lab = NULL;
    size_t ln = 0, bad;
    if (pg_utf8_decode(le->label, strlen(le->label), &lab, &ln, &bad) < 0)
      return;
    if (n + ln + 1 + (e - ne) > sizeof buf / sizeof *buf) {
      free(lab);
      return;
    }
    memcpy(buf + n, lab, ln * sizeof *buf);
    n += ln;
    free(lab);
  }
  buf[n++] = 0x7B2C;
  for (k = ne; k < e; k++)
    buf[n++] = x->v[k];
  if ((a = pg_utf8_encode(buf, n))) {
    pg_rc_key(x, ci, a);
    free(a);
  }
}

/* Does a body other than the CPC end right before p (民革|十三届六中全会:
 * a known body, or a word glued to the name)? */
static int other_body_before(const pg_rctx *x, size_t p)
{
  int c = p > 0 ? x->lexend[p] : -1;
  const pg_lex_entry *le;

  if (c < 0 && p > 0 && pg_is_han(x->v[p - 1]) &&
      !pg_rc_word_ending(x, PG_W_STOP, 0, p, NULL) &&
      !pg_rc_word_ending(x, PG_W_POSTNAME, 0, p, NULL))
    return 1; /* 民革|十三届六中全会: a party's short name the lexicon lacks */
  if (c < 0 || x->c[c].type != PG_T_ORGANIZATION || x->c[c].lex < 0)
    return 0;
  le = pg_lexicon_entry(x->r->lex, x->c[c].lex);
  return le && strcmp(le->label, "中国共产党") && strcmp(le->label, "中共中央");
}

/* The first term (二十届, 第十四届) in [b, e): where its numeral starts
 * (*t) and the end of 届, or 0. */
static size_t term_in(const pg_rctx *x, size_t b, size_t e, size_t *t)
{
  size_t k;

  for (k = b; k + 1 < e; k++)
    if (x->v[k + 1] == 0x5C4A && pg_rc_is_numeral(x->v[k])) { /* 届 */
      for (*t = k; *t > b && pg_rc_is_numeral(x->v[*t - 1]); --*t)
        ;
      return k + 2;
    }
  return 0;
}

/* Adds an event [p, e) whose name proper starts at q. */
static int held_before(const pg_rctx *x, size_t e);
static int attend_before(const pg_rctx *x, size_t e);

/* Does a verb and its 好 end at e (办好, 开好, 履行好: a clause, and a
 * name may start after it)? */
static int verb_hao_before(const pg_rctx *x, size_t e)
{
  return e >= 2 && x->v[e - 1] == 0x597D && /* 好 */
         wcschr(L"办开做搞抓用管行讲建", (wchar_t)x->v[e - 2]) != NULL;
}

/* An event named after another and 暨 (粤港澳大湾区消费季暨|第三届直播
 * 电商节): the joint name, from the clause's start or the verb before it,
 * is one event; the parts are inside it. */
static void joint_before(pg_rctx *x, size_t p, size_t e, const char *rule)
{
  size_t b, k;
  int ci, open;

  if (p < 6 || x->v[p - 1] != 0x66A8) /* 暨 */
    return;
  for (b = p - 1; b > 0 && p - 1 - b < 24 &&
                  (pg_is_han(x->v[b - 1]) || is_digit_cp(x->v[b - 1]) ||
                   pg_rc_is_open_quote(x->v[b - 1]) ||
                   pg_rc_is_close_quote(x->v[b - 1]) ||
                   pg_is_mid_dot(x->v[b - 1]));
       b--)
    ;
  if (b > 0 && p - 1 - b >= 24)
    return; /* no start in reach */
  for (k = b + 2; k + 4 < p; k++)
    if (held_before(x, k) || attend_before(x, k) || verb_hao_before(x, k))
      b = k; /* 出席|…暨…, 相互支持办好|…暨… */
  for (k = b; k < p && is_digit_cp(x->v[k]); k++)
    ;
  if (k > b && k < p && x->v[k] == 0x6708) /* 6月|马赛世界自然保护大会: the
                                             month the clause gives */
    b = k + 1;
  if (p - 1 - b < 4 ||
      pg_rc_word_ending(x, PG_W_EVENTHEAD, b, p - 1, NULL) == 0 ||
      pg_rc_stop_in(x, b))
    return;
  for (k = b, open = 0; k < p - 1; k++)
    if (pg_rc_is_open_quote(x->v[k]))
      open++;
    else if (pg_rc_is_close_quote(x->v[k]) && open-- <= 0)
      return; /* …展望”国际会议暨…: half a quotation */
  if ((ci = pg_rc_add(x, b, e, PG_T_EVENT, rule, -1, 2)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, b, e));
}

static int add_event(pg_rctx *x, size_t p, size_t q, size_t e,
                     const char *rule)
{
  static const uint32_t ji = 0x66A8; /* 暨 */
  size_t k, e0 = e, t, q2;
  int ci;

  if (!strcmp(rule, "event.year") || !strcmp(rule, "event.ordinal")) {
    /* 2025年高考“云咨询周”: a quote opened after the year closes it */
    int open = 0;
    for (k = p; k < e; k++)
      open += pg_rc_is_open_quote(x->v[k]) ? 1
              : pg_rc_is_close_quote(x->v[k]) ? -1 : 0;
    if (open == 1 && e < x->vn && pg_rc_is_close_quote(x->v[e]))
      e0 = ++e;
  }
  /* 京津冀协同发展高端论坛（2022）: the year in parentheses belongs to it */
  if (e + 6 <= x->vn && (x->v[e] == '(' || x->v[e] == 0xFF08) &&
      is_digit_cp(x->v[e + 1]) && is_digit_cp(x->v[e + 2]) &&
      is_digit_cp(x->v[e + 3]) && is_digit_cp(x->v[e + 4]) &&
      (x->v[e + 5] == ')' || x->v[e + 5] == 0xFF09))
    e += 6;
  if ((ci = pg_rc_add(x, p, e, PG_T_EVENT, rule, -1, 2)) < 0)
    return -1;
  pg_rc_label(x, ci, pg_rc_name(x, p, e));
  if ((q2 = term_in(x, p, e < p + 17 ? e : p + 17, &t))) {
    /* …二十届|…: a plenum's term; another party's session (民革十三届六中
     * 全会) is not the CPC's */
    plenum_alias(x, ci, t, q2, e0,
                 (t == p && !other_body_before(x, p)) ||
                     pg_rc_spells(x, p, "中国共产党") ||
                     pg_rc_spells(x, p, "中共") || pg_rc_spells(x, p, "党的"));
    session_key(x, ci, p, t, q2, e0);
  }
  /* …徒步活动启动仪式: the ceremony of an event is that event */
  for (k = e0 > p + 4 ? e0 - 4 : p; k + 2 < e0; k++) /* 启动式…开幕仪式 */
    if (pg_rc_word_at(x, PG_W_CEREMONY, k, NULL) == e0 - k && k >= p + 4) {
      pg_rc_alias_text(x, ci, p, e);
      pg_rc_label(x, ci, pg_rc_name(x, p, k));
      break;
    }
  if (e > e0)
    pg_rc_alias_text(x, ci, p, e0);
  if (q > p && (!lexicon_series(x, q, e) || lexicon_edition(x, p, q, e))) {
    pg_rc_alias_text(x, ci, q, e);
    if (e > q + 2 && pg_rc_is_open_quote(x->v[q]) &&
        pg_rc_is_close_quote(x->v[e - 1]))
      pg_rc_alias_text(x, ci, q + 1, e - 1); /* 2024年“X”: X */
  }
  for (k = q; k < e; k++)
    if (x->v[k] == ji) {
      pg_rc_alias_text(x, ci, p, k);
      if (q > p)
        pg_rc_alias_text(x, ci, q, k);
      break;
    }
  joint_before(x, p, e, rule);
  return ci;
}

/* A digit of a year written in Han numerals (二〇二二年): its value, or
 * -1. */
static int han_year_digit(uint32_t c)
{
  static const wchar_t d[] = L"〇一二三四五六七八九";
  const wchar_t *k = c == 0x96F6 ? d : wcschr(d, (wchar_t)c); /* 零 */

  return k && c ? (int)(k - d) : -1;
}

/* 2025世界人工智能大会…, 2025年人工智能造福人类全球峰会, 二〇二二年春节
 * 团拜会 (a year in Han numerals needs its 年). */
static void year_event(pg_rctx *x, size_t p)
{
  size_t q = p + 4, e;
  int han = han_year_digit(x->v[p]) >= 0;

  if (p + 4 >= x->vn || (p > 0 && (is_digit_cp(x->v[p - 1]) ||
                                   han_year_digit(x->v[p - 1]) >= 0)))
    return;
  for (e = p; e < p + 4; e++)
    if (han ? han_year_digit(x->v[e]) < 0 : !is_digit_cp(x->v[e]))
      return;
  if (han ? x->v[p] != 0x4E00 && x->v[p] != 0x4E8C /* 一 二 */
          : x->v[p] != '1' && x->v[p] != '2')
    return;
  if (han && x->v[q] != 0x5E74)
    return;
  if (x->v[q] == 0x5E74)
    q++;
  if (q >= x->vn || !(pg_is_han(x->v[q]) || pg_rc_is_open_quote(x->v[q])) ||
      (pg_rc_word_at(x, PG_W_STOP, q, NULL) && x->v[q] != 0x5BF9)) /* 对 */
    return; /* 宣布2025年为“…年”; but 2024年“全国药品安全宣传周”, 2023年对台
               工作会议 */
  if ((e = head_end(x, q, run_end(x, q), 0)) && e - q >= 4 &&
      !(pg_rc_is_open_quote(x->v[q]) && lexicon_series(x, q, e)))
    add_event(x, p, q, e, "event.year"); /* 2023年“一带一路”国际合作高峰
                                            论坛 is the lexicon's series */
}

/* Does v[k] say "with" right after a count of meetings (第三次|同总统女士
 * 会晤): a count of meetings with someone, no name? */
static int with_someone(const pg_rctx *x, size_t k)
{
  return k > 0 && (x->v[k - 1] == 0x6B21 || x->v[k - 1] == 0x5C4A) && /* 次 届 */
         (x->v[k] == 0x540C || x->v[k] == 0x4E0E || x->v[k] == 0x8DDF);
}

/* 第七十八届…, 十四届…: an ordinal before the name. */
static void ordinal_event(pg_rctx *x, size_t p)
{
  static const uint32_t di = 0x7B2C, jie = 0x5C4A, ci_ = 0x6B21;
  size_t q = p, e;

  if (x->v[q] == 0x9996 && q + 1 < x->vn && x->v[q + 1] == jie) {
    q++; /* 首届: the first */
  } else {
    if (x->v[q] == di)
      q++;
    else if ((p > 0 && (pg_rc_is_numeral(x->v[p - 1]) || x->v[p - 1] == di ||
                        wcschr(L"上下每这该本同前", (wchar_t)x->v[p - 1]))) ||
             is_digit_cp(x->v[q]))
      return; /* 举办3届…论坛 counts editions, 上一届… refers to one: no
                 第, no ordinal */
    if (q >= x->vn || !pg_rc_is_numeral(x->v[q]))
      return;
    while (q < x->vn && pg_rc_is_numeral(x->v[q]))
      q++;
  }
  if (q >= x->vn || (x->v[q] != jie && x->v[q] != ci_))
    return;
  q++;
  if (q < x->vn && (e = pg_rc_word_at(x, PG_W_EVENTHEAD, q, NULL)) &&
      p >= 1 && wcschr(L"省市县区", (wchar_t)x->v[p - 1]) &&
      (p == 1 || !pg_is_han(x->v[p - 2]) ||
       pg_rc_word_ending(x, PG_W_STOP, 0, p - 1, NULL) ||
       pg_rc_word_ending(x, PG_W_WEAKSTOP, 0, p - 1, NULL))) {
    add_event(x, p - 1, q, q + e, "event.ordinal"); /* 省第十三次党代会: the
      province's own congress, as local news writes it */
    return;
  }
  if (q >= x->vn || !(pg_is_han(x->v[q]) || pg_rc_is_open_quote(x->v[q])) ||
      pg_rc_word_at(x, PG_W_EVENTHEAD, q, NULL))
    return; /* 第三届“一带一路”…论坛: a quote may open the name */
  if (pg_rc_spells(x, q, "历次") || pg_rc_spells(x, q, "历届"))
    return; /* 十九届历次全会: every session, no one event */
  if (with_someone(x, q))
    return; /* 第三次同总统女士会晤 */
  if (x->lexat[q] >= 0 && x->c[x->lexat[q]].type == PG_T_EVENT &&
      x->c[x->lexat[q]].vb == q && (e = x->c[x->lexat[q]].ve) - q >= 3 &&
      (e >= x->vn || !pg_is_han(x->v[e]) || pg_rc_stop_in(x, e) ||
       !head_end(x, q, run_end(x, q), 0))) {
    add_event(x, p, q, e, "event.ordinal"); /* 第137届|广交会: an edition */
    return;
  }
  if ((e = head_end(x, q, run_end(x, q), 0)) && e - q >= 3) {
    size_t k;
    for (k = q + 2; k < e; k++)
      if (held_before(x, k))
        return; /* 第四次举办奥运会: a count of times held, no name */
    /* 中国共产党|第十九届中央委员会第六次全体会议: a well-known body
     * written right before the ordinal belongs to the name */
    int le = x->lexend[p], ci = -1;
    size_t tb = p;
    if (p >= 4 && x->v[p - 1] == 0x300B) /* 《公约》第二十九次缔约方大会 */
      for (tb = p - 2; tb > 0 && p - tb < 40 && x->v[tb] != 0x300A &&
                       x->v[tb] != 0x300B && !pg_rc_is_punct(x->v[tb]);
           tb--)
        ;
    if (tb < p && x->v[tb] == 0x300A &&
        (ci = add_event(x, p, q, e, "event.ordinal")) >= 0) {
      /* the mention stays the meeting's, the title a work of its own;
       * the label is the name as written */
      pg_rc_alias_text(x, ci, p, e);
      pg_rc_label(x, ci, pg_rc_name(x, tb, e));
    }
    if (e + 5 < x->vn && wcschr(L"和及与", (wchar_t)x->v[e])) {
      /* …博览会和中国—东盟商务与投资峰会: the second event of the pair */
      size_t e2 = head_end(x, e + 1, run_end(x, e + 1), 0);
      if (e2 >= e + 5)
        add_event(x, e + 1, e + 1, e2, "event.ordinal");
    }
    if (ci >= 0)
      ;
    else if (le >= 0 && x->c[le].type == PG_T_ORGANIZATION && x->c[le].ve == p)
      ci = add_event(x, x->c[le].vb, q, e, "event.ordinal");
    else if (p >= 2 && pg_rc_spells_before(x, p, "政协"))
      ci = add_event(x, p - 2, q, e, "event.ordinal"); /* 政协十四届二次会议:
        the CPPCC's short name, no entry of its own (省政协, 市政协) */
    else if ((ci = add_event(x, p, q, e, "event.ordinal")) >= 0 && p >= 2 &&
             (pg_rc_spells_before(x, p, "党的") ||
              pg_rc_spells_before(x, p, "中共")))
      pg_rc_alias_text(x, ci, p - 2, e); /* 党的十九届五中全会, 中共十九届… */
  }
}

/* A party or league congress by its short name: 党的十八大, 中共二十大,
 * 团十九大 (the
 * label as printed).  The 大 must end a word: 党的十八大以来, 团十八大代表,
 * not 十八大学生. */
static void congress_short(pg_rctx *x, size_t p)
{
  static const uint32_t dang = 0x515A, de = 0x7684, tuan = 0x56E2,
                        shi = 0x5341, er = 0x4E8C, da = 0x5927;
  size_t q = p, e;
  int ci, k;
  char *n;

  int de_form = 0; /* 党的十八大: a name wherever it stands (评价|党的…) */
  int viet = 0;

  if (x->v[q] == dang && q + 1 < x->vn && x->v[q + 1] == de)
    q += 2, de_form = 1;
  else if (pg_rc_spells(x, q, "越共"))
    q += 2, viet = 1; /* 越共十四大: the Vietnamese party's congress */
  else if (pg_rc_spells(x, q, "中共"))
    q += 2, de_form = 1; /* 中共二十大, as 党的二十大 */
  else if (x->v[q] == tuan || x->v[q] == dang)
    q++;
  else
    return;
  if (q >= x->vn || (x->v[q] != shi && x->v[q] != er) ||
      (!de_form && p > 0 && pg_is_han(x->v[p - 1]) &&
       !pg_rc_stop_in(x, p - 1) &&
       !pg_rc_word_ending(x, PG_W_STOP, 0, p, NULL)))
    return;
  for (e = q; e < x->vn && e - q < 4 && pg_rc_is_numeral(x->v[e]); e++)
    ;
  if (e - q < 2 || e >= x->vn || x->v[e] != da || /* 十大 is "ten major" */
      (e + 1 < x->vn && pg_is_han(x->v[e + 1]) &&
       pg_rc_word_at(x, PG_W_ORGHEAD, e + 1, NULL)))
    return;
  if (e + 1 < x->vn && (x->v[e + 1] == 0x5B66 || x->v[e + 1] == 0x578B ||
                        x->v[e + 1] == 0x91CF || x->v[e + 1] == 0x529B))
    return; /* 大学, 大型, 大量, 大力 */
  if ((ci = add_event(x, p, p, e + 1, "event.congress")) < 0 || viet ||
      !(n = pg_rc_text(x, q, e)))
    return;
  /* the full names it stands for, so that both forms are one event */
  for (k = 0; k < 2; k++) {
    static const char *const party[] = {"党的第", "中国共产党第"},
                             *const league[] = {"共青团第",
                                                "中国共产主义青年团第"};
    char buf[96];
    snprintf(buf, sizeof buf, "%s%s次全国代表大会",
             x->v[p] == tuan ? league[k] : party[k], n);
    pg_rc_alias(x, ci, buf);
  }
  free(n);
}

/* Length of [领导人]第N届/次 + head at q, or 0. */
static size_t session_len(const pg_rctx *x, size_t q)
{
  static const uint32_t ldr[] = {0x9886, 0x5BFC, 0x4EBA}; /* 领导人 */
  static const uint32_t di = 0x7B2C, jie = 0x5C4A, ci_ = 0x6B21;
  size_t k = q, hl;

  if (k + 3 <= x->vn && !memcmp(x->v + k, ldr, sizeof ldr))
    k += 3;
  if (k >= x->vn || x->v[k] != di)
    return 0;
  for (k++; k < x->vn && pg_rc_is_numeral(x->v[k]); k++)
    ;
  if (k >= x->vn || (x->v[k] != jie && x->v[k] != ci_))
    return 0;
  k++;
  if (!(hl = pg_rc_word_at(x, PG_W_EVENTHEAD, k, NULL)))
    return 0;
  return k + hl - q;
}

/* Where the name of a forum ending at e (论坛, right before a session's
 * ordinal: 中拉论坛|第四届部长级会议) starts: at a body the name opens
 * with (中国－拉美和加勒比国家共同体|论坛; oend[e]: the organization
 * candidate ending at e, or -1), else after the word that
 * ends on its left (出席|中拉论坛), two to ten characters back; e + 2 when
 * there is none (the session alone is named). */
static size_t forum_start(const pg_rctx *x, size_t e, const int *oend)
{
  int le = oend[e];
  size_t b = e;

  if (le >= 0)
    return x->c[le].vb;
  while (b > 0 && e - b < 10 && pg_is_han(x->v[b - 1]) &&
         !pg_rc_word_ending(x, PG_W_STOP, 0, b, NULL) &&
         !pg_rc_word_ending(x, PG_W_POSTNAME, 0, b, NULL))
    b--;
  return e - b >= 2 && e - b < 10 ? b : e + 2; /* short of ten: a word
                                                  or a mark stopped it */
}

/* A forum no table knows and its session (中拉论坛首届部长级会议,
 * 中国－拉美和加勒比国家共同体论坛第四届部长级会议): the session of the
 * forum named before it, labelled as written. */
static void forum_session(pg_rctx *x, size_t p, const int *oend)
{
  size_t sl, b, hl;
  int ci;

  if (pg_rc_spells(x, p, "首届") &&
      (hl = pg_rc_word_at(x, PG_W_EVENTHEAD, p + 2, NULL)))
    sl = 2 + hl;
  else if (!(sl = session_len(x, p)))
    return;
  if ((b = forum_start(x, p - 2, oend)) >= p - 2 ||
      (x->lexend[p] >= 0 && x->c[x->lexend[p]].type == PG_T_ORGANIZATION &&
       x->c[x->lexend[p]].lex >= 0))
    return; /* a known forum: org_session */
  if ((ci = pg_rc_add(x, b, p + sl, PG_T_EVENT, "event.session", -1, 2)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, b, p + sl));
}

/* Organization + session, and bare sessions coordinated after it. */
static void org_session(pg_rctx *x, int org)
{
  const pg_lex_entry *le = pg_lexicon_entry(x->r->lex, x->c[org].lex);
  size_t e = x->c[org].ve, sl, vb = x->c[org].vb, t, q;
  char *rest, *lab;
  int ci;

  while ((sl = session_len(x, e))) {
    if ((ci = pg_rc_add(x, vb, e + sl, PG_T_EVENT, "event.session", -1, 2)) <
        0)
      return;
    if ((q = term_in(x, vb, x->c[org].ve, &t))) {
      /* 政协第十四届全国委员会|第三次会议: the body with its term, as
       * written, and the session's key */
      pg_rc_label(x, ci, pg_rc_name(x, vb, e + sl));
      session_key(x, ci, vb, t, q, e + sl);
    } else {
      rest = pg_rc_text(x, e, e + sl);
      lab = rest ? malloc(strlen(le->label) + strlen(rest) + 1) : NULL;
      if (lab) {
        strcpy(lab, le->label);
        strcat(lab, rest);
      }
      pg_rc_label(x, ci, lab);
      free(rest);
    }
    e += sl;
    if (e < x->vn && (x->v[e] == 0x3001 || x->v[e] == 0x548C ||
                      x->v[e] == 0x53CA))
      vb = ++e; /* 、第五十五届会议: the next mention starts after 、 */
    else
      break;
  }
}

/* A known series and a year's meeting of it: 中国发展高层论坛2025年年会,
 * 博鳌亚洲论坛2024年年会 (an edition, named as printed). */
static void series_year(pg_rctx *x, int ev)
{
  size_t q = x->c[ev].ve, k, hl;

  for (k = q; k < q + 4; k++)
    if (k >= x->vn || !is_digit_cp(x->v[k]))
      return;
  if (k < x->vn && x->v[k] == 0x5E74) /* 年 */
    k++;
  if (k >= x->vn || !(hl = pg_rc_word_at(x, PG_W_EVENTHEAD, k, NULL)))
    return;
  add_event(x, x->c[ev].vb, x->c[ev].vb, k + hl, "event.year");
}

/* A known body's congress by its short name: 中国文联十一大, 中国作协十大
 * (the label as printed).  After a numeral alone (十大: also "ten major")
 * the 大 must end the clause's word: a mark, 、, 和, 上, 在, 以来, 代表 or
 * a verb of opening follows. */
static void org_congress(pg_rctx *x, int org)
{
  static const char *const after[] = {"以来", "代表", "开幕", "闭幕", "召开",
                                      "举行", "精神", "期间", "上", "在",
                                      "和", "的"};
  size_t q = x->c[org].ve, e, w;
  int ok = 0, ci;
  char *n;

  for (e = q; e < x->vn && e - q < 3 && pg_rc_is_numeral(x->v[e]); e++)
    ;
  if (e == q || e >= x->vn || x->v[e] != 0x5927 /* 大 */ ||
      x->v[q] == 0x4E00 || x->v[q] == 0x4E24 || x->v[q] == 0x51E0)
    return; /* 一大批, 两大, 几大 */
  if (e + 1 >= x->vn || !pg_is_han(x->v[e + 1]))
    ok = 1;
  for (w = 0; !ok && w < sizeof after / sizeof *after; w++)
    ok = pg_rc_spells(x, e + 1, after[w]) > 0;
  if (ok && x->v[e + 1] == 0x7684 && e - q < 2)
    ok = 0; /* 华为十大的…: a numeral alone before 的 is "ten major" */
  for (w = 0; ok && w < x->nc; w++)
    if (x->c[w].type == PG_T_EVENT && x->c[w].ve == e + 1)
      ok = 0; /* (共青)团十九大: congress_short's, with its full names */
  if (ok && (ci = add_event(x, x->c[org].vb, x->c[org].vb, e + 1,
                            "event.congress")) >= 0 &&
      (n = pg_rc_text(x, q, e))) {
    /* the full names it stands for: 中国作家协会第十次全国代表大会 */
    const pg_lex_entry *le = pg_lexicon_entry(x->r->lex, x->c[org].lex);
    char *o = pg_rc_text(x, x->c[org].vb, q), buf[256];
    if (le && le->label) {
      snprintf(buf, sizeof buf, "%s第%s次全国代表大会", le->label, n);
      pg_rc_alias(x, ci, buf);
    }
    if (o) {
      snprintf(buf, sizeof buf, "%s第%s次全国代表大会", o, n);
      pg_rc_alias(x, ci, buf);
    }
    free(o);
    free(n);
  }
}

/* Does 举行, 举办 or 召开 end at e? */
static int held_before(const pg_rctx *x, size_t e)
{
  static const uint32_t verbs[][2] = {
    {0x4E3E, 0x884C}, {0x4E3E, 0x529E}, {0x53EC, 0x5F00}, /* 举行 举办 召开 */
    {0x4E3B, 0x529E}, {0x627F, 0x529E}};                  /* 主办 承办 */
  size_t i;

  if (e >= 3 && x->v[e - 1] == 0x4E86) /* 召开了 */
    e--;
  for (i = 0; e >= 2 && i < sizeof verbs / sizeof *verbs; i++)
    if (x->v[e - 2] == verbs[i][0] && x->v[e - 1] == verbs[i][1])
      return 1;
  return 0;
}

/* Is the clause from p held (a verb of holding, as held_before reads
 * them, or 开幕, 闭幕 within it, after a date or 在/于: …论坛4月2日在烟台
 * 举行)? */
static int held_after(const pg_rctx *x, size_t p)
{
  static const char *const opened[] = {"开幕", "闭幕"};
  size_t k;
  int when = 0;

  for (k = p + 4; k + 1 < x->vn && k < p + 48 && !pg_rc_is_punct(x->v[k]) &&
                  x->v[k] != '\n';
       k++) {
    if (x->v[k] == 0x5728 || x->v[k] == 0x4E8E || /* 在 于 */
        (is_digit_cp(x->v[k - 1]) && (x->v[k] == 0x65E5 || x->v[k] == 0x6708)))
      when = 1;
    else if (when && (held_before(x, k + 2) || PG_RC_SPELLS_ANY(x, k, opened)))
      return 1;
  }
  return 0;
}

/* Does 出席, 参加 or 主持 end at e (出席上海合作组织…会议)? */
static int attend_before(const pg_rctx *x, size_t e)
{
  return e >= 2 && ((x->v[e - 2] == 0x51FA && x->v[e - 1] == 0x5E2D) ||
                    (x->v[e - 2] == 0x53C2 && x->v[e - 1] == 0x52A0) ||
                    (x->v[e - 2] == 0x4E3B && x->v[e - 1] == 0x6301));
}

/* The end of a name in [q, e) closed by an ordinal session and any
 * event head (…对话第一次会议): the ordinal makes even a weak head a
 * name; 0 when none. */
static size_t session_end(const pg_rctx *x, size_t q, size_t e)
{
  static const uint32_t di = 0x7B2C, jie = 0x5C4A, ci_ = 0x6B21;
  size_t h = head_end(x, q, e, 0), hl, k;

  if (!h || !(hl = pg_rc_word_ending(x, PG_W_EVENTHEAD, q, h, NULL)))
    return 0;
  k = h - hl;
  if (k < q + 3 || (x->v[k - 1] != jie && x->v[k - 1] != ci_))
    return 0;
  for (k--; k > q && pg_rc_is_numeral(x->v[k - 1]); k--)
    ;
  return k > q && x->v[k - 1] == di && k - 1 < h - hl - 1 ? h : 0;
}

/* Does a place open a name closed by a strong head (event head value
 * val): 阿斯塔纳峰会, 莫斯科国际金融论坛?  A city's summit is a name, where
 * 相关会议 or 北京会议 is none. */
static int strong_place(const pg_rctx *x, size_t p, int val)
{
  const char *v = pg_rc_value(x, PG_W_EVENTHEAD, val);
  int ci = x->lexat[p];

  return v && !strcmp(v, "strong") && ci >= 0 && x->c[ci].vb == p &&
         x->c[ci].type == PG_T_PLACE;
}

/* Does a quoted term open within the first words at p (部分省区市“十五五”
 * 时期…座谈会), a sign that what follows a verb of holding is a name? */
static int quote_ahead(const pg_rctx *x, size_t p)
{
  size_t k;

  for (k = p; k < x->vn && k < p + 8 && pg_is_han(x->v[k]); k++)
    if (x->v[k] == 0x7684 || pg_rc_stop_in(x, k) ||
        pg_rc_word_at(x, PG_W_STOP, k, NULL))
      return 0; /* 出席|的第七届“一带一路”…: no name starts here */
  return k >= p + 2 && k < x->vn && k < p + 8 && pg_rc_is_open_quote(x->v[k]);
}

/* Does p open the meeting of the nation's or a locality's whole or of its
 * party committee (全国, 中央; 全省, 全市, 省委, 市委, 县委, 区委)? */
static int national_or_local(const pg_rctx *x, size_t p)
{
  static const char *const w[] = {"全国", "中央", "全省", "全市", "省委",
                                  "市委", "县委", "区委"};

  return PG_RC_SPELLS_ANY(x, p, w) > 0;
}

/* A named event at a clause start: 人工智能行动峰会在法国举办; or after
 * 在 and before 上 (zai): 在人工智能安全治理论坛上发布. */
static void plain_event(pg_rctx *x, size_t p, int zai, int weak)
{
  size_t e = run_end(x, p), h, k;
  int val, body = x->lexat[p] >= 0 &&
                  (x->c[x->lexat[p]].type == PG_T_ORGANIZATION ||
                   x->c[x->lexat[p]].type == PG_T_INITIATIVE) &&
                  x->c[x->lexat[p]].vb == p; /* 国务院常务会议, 党史学习教育
                                                 总结会议 */

  for (k = p; k < e && k < p + 4; k++)
    if (is_digit_cp(x->v[k]) && k + 3 < e && is_digit_cp(x->v[k + 1]) &&
        is_digit_cp(x->v[k + 2]) && is_digit_cp(x->v[k + 3]))
      return; /* 办好|2026…博览会: the year rule has it (but 建立对话关系
                 30周年纪念峰会 is a name of its own) */

  if (zai == 2) { /* 贯彻…会议精神: a meeting's name before 精神 */
    static const char *const many[] = {"历次", "历届", "各次", "有关", "相关",
                                       "系列", "重要", "和", "与", "及", "、"};
    size_t w;
    if (!(h = head_end(x, p, e, 0)) || h + 1 >= x->vn ||
        x->v[h] != 0x7CBE || x->v[h + 1] != 0x795E)
      return;
    for (k = p; k + 1 < h; k++)
      for (w = 0; w < sizeof many / sizeof *many; w++)
        if (pg_rc_spells(x, k, many[w]))
          return; /* 十九届历次全会精神: every session, no one meeting */
  } else if (zai && (h = head_end(x, p, e, 0)) && h < x->vn &&
             x->v[h] == 0x4E0A)
    ; /* 在…大会暨…就职典礼上: before 上 any head closes the name */
  else if (!(h = head_end(x, p, e, !weak)) && (body || national_or_local(x, p)))
    h = head_end(x, p, e, 0); /* 国务院常务会议: a known body's meeting;
                                 全国组织部长会议: a national one;
                                 省委人才工作会议, 全省…大会: a province's */
  if (!h)
    h = session_end(x, p, e); /* 中巴人工智能合作对话第一次会议 */
  if (!h || h - p < 6 ||
      (x->lexend[h] >= 0 && x->c[x->lexend[h]].type == PG_T_EVENT))
    return; /* 办好|世界人工智能大会: the lexicon has the name */
  if (zai == 2)
    ; /* 精神 closes it */
  else if (zai ? h >= x->vn || x->v[h] != 0x4E0A /* 上 */
          : h < x->vn && pg_is_han(x->v[h]) && !pg_rc_stop_in(x, h) &&
                !(weak && x->v[h] == 0x5E76) && /* …座谈会|并发表讲话 */
                !(x->v[h] == 0x4E0A && p > 2 && x->v[p - 1] == 0x7684 &&
                  held_before(x, p - 1)) && /* 在今天举行的…发布会|上 */
                !((body || (p > 2 && x->v[p - 1] == 0x7684 &&
                            held_before(x, p - 1))) &&
                  pg_rc_word_at(x, PG_W_POSTNAME, h, NULL)) &&
                !((x->v[h] == 0x548C || x->v[h] == 0x53CA) &&
                  pg_rc_word_at(x, PG_W_EVENTHEAD, h + 1, NULL)))
    return; /* but 国务院常务会议强调 (and …大会|和招待会 goes on) */
  if (x->v[p] == 0x672C && x->v[p + 1] == 0x5C4A) /* 本届 */
    return; /* 本届高峰论坛: this one, no name */
  if ((wcschr(L"又另这那", (wchar_t)x->v[p]) && x->v[p + 1] == 0x4E00) ||
      (x->v[p] == 0x4E00 && wcschr(L"场次届个", (wchar_t)x->v[p + 1])))
    return; /* 又一全球残疾人体育盛会, 一场…: a kind, no name */
  if (wcschr(L"他她它我你", (wchar_t)x->v[p])) {
    size_t sl;
    k = p + 1 + (x->v[p + 1] == 0x4EEC); /* 们 */
    if ((sl = pg_rc_word_at(x, PG_W_STOP, k, NULL)) && h >= k + sl + 4)
      plain_event(x, k + sl, zai, 1); /* 他给|欧洲地球科学联盟2022年会 */
    return; /* a pronoun opens a clause, no name */
  }
  if (body && x->c[x->lexat[p]].ve < h &&
      wcschr(L"以向为对把被将在于从", (wchar_t)x->v[x->c[x->lexat[p]].ve]))
    return; /* 总台|以科技创新打造…晚会: a clause after the body */
  if (h - p >= 8 && (held_before(x, p + 2) ||
                     (x->v[p] == 0x529E && x->v[p + 1] == 0x597D))) { /* 办好 */
    plain_event(x, p + 2, zai, 1); /* 办好|中欧班列国际合作论坛 */
    return;
  }
  for (k = p + 1; k + 2 < h; k++) {
    /* 相互支持办好|马赛世界自然保护大会, 凝神聚力开好|大会: a verb and its
     * 好 open a clause; 十九届四中全会精神和|中央经济工作会议, 祝贺中国春节
     * 和|中非合作论坛: a meeting's spirit or a holiday before 和 is another
     * thing; the name starts after them */
    if (verb_hao_before(x, k + 1) ||
        ((x->v[k] == 0x548C || x->v[k] == 0x53CA) &&
         (pg_rc_spells_before(x, k, "精神") || pg_rc_spells_before(x, k, "春节") ||
          pg_rc_spells_before(x, k, "活动")))) {
      if (h - (k + 1) >= 4)
        plain_event(x, k + 1, zai, 1);
      return;
    }
    if (x->v[k] == 0x3001 && (pg_rc_word_ending(x, PG_W_ORGHEAD, p, k, NULL) ||
                              pg_rc_word_ending(x, PG_W_EVENTHEAD, p, k, NULL)))
      return; /* 美洲基民组织、圣保罗论坛: a list of names, no name (but
                 七国集团气候、能源和环境部长会议) */
  }
  for (k = p, val = 0; k < h; k++) /* 牢记使命”主题教育…: half a quote */
    if (pg_rc_is_open_quote(x->v[k]))
      val++;
    else if (pg_rc_is_close_quote(x->v[k]) && val-- <= 0)
      return;
  if (val > 0 && !(val == 1 && h < x->vn && pg_rc_is_close_quote(x->v[h])))
    return; /* a quote opened and not closed by the name's end */
  for (k = p + 1; k + 1 < h; k++)
    if (x->v[k] == 0x9996 && x->v[k + 1] == 0x5C4A)
      return; /* 台湾首届“开放国会论坛”: the edition's rule names it */
  for (k = p + 2; k <= h; k++) /* …负责同志列席会议, 学术界三个分论坛,
                                   中方高度重视此次领导人会晤 */
    if (held_before(x, k) || attend_before(x, k) ||
        (x->v[k - 1] == 0x6B21 && wcschr(L"此这本上下该", (wchar_t)x->v[k - 2])) ||
        (x->v[k - 2] == 0x5217 && x->v[k - 1] == 0x5E2D) || /* 列席 */
        (pg_rc_is_numeral(x->v[k - 2]) && x->v[k - 1] == 0x4E2A))  /* 三个 */
      return;
  for (k = p + 1; k < h; k++) /* 第三次同总统女士会晤 */
    if (with_someone(x, k))
      return;
  for (k = p; k + 1 < h; k++) /* …法工委负责人近日向…会议: a clause */
    if (pg_rc_time_word_at(x, k) || pg_rc_spells(x, k, "负责人"))
      return;
  for (k = p; k < h; k++) /* 执行主席栗战书主持大会: a clause, no name
                             (but 纪念毛泽东同志诞辰130周年座谈会) */
    if ((x->lexat[k] >= 0 && x->c[x->lexat[k]].type == PG_T_PERSON &&
         !celebration_at(x, p)) ||
        (k + 1 < h && ((x->v[k] == 0x4E3B && x->v[k + 1] == 0x6301) || /* 主持 */
                       (x->v[k] == 0x4F1A && x->v[k + 1] == 0x89C1)))) /* 会见 */
      return;
  if (pg_rc_word_ending(x, PG_W_EVENTHEAD, p, h, &val) &&
      !(body && x->c[x->lexat[p]].ve < h) &&
      pg_rc_all_generic(x, p, h - 2, !strong_place(x, p, val)))
    return; /* 相关会议, but 国务院联防联控机制会议 */
  add_event(x, p, p, h, "event.plain");
}

/* A quoted name, a modifier of up to four characters and a head:
 * “人工智能与高质量发展”学术研讨会 (label without the marks). */
static void quoted_event(pg_rctx *x, size_t q)
{
  size_t b, e, h, k;
  int ci;

  for (b = q; b > 0 && q - b < 24 && !pg_rc_is_open_quote(x->v[b - 1]); b--)
    if (!pg_is_han(x->v[b - 1]) && !pg_is_latin_alnum(x->v[b - 1]) &&
        x->v[b - 1] != 0x4E0E && x->v[b - 1] != ' ' &&
        !pg_is_mid_dot(x->v[b - 1]) && !pg_is_dash(x->v[b - 1]))
      return; /* a mid dot joins two parts: “红星照耀中国·从…复兴” */
  if (b == 0 || b == q || q - b >= 24 || !pg_rc_is_open_quote(x->v[b - 1]))
    return;
  if (q - b >= 7 && is_digit_cp(x->v[q - 1]) && is_digit_cp(x->v[q - 2]) &&
      is_digit_cp(x->v[q - 3]) && is_digit_cp(x->v[q - 4]) &&
      head_end(x, b, q - 4, 0) == q - 4) {
    /* “天津论坛2021”: the year an edition is named with, after its head */
    if ((ci = add_event(x, b, b, q, "event.quoted")) >= 0)
      pg_rc_label(x, ci, pg_rc_name(x, b, q));
    return;
  }
  if (q - b >= 5 && head_end(x, b, q, 0) == q &&
      !(x->lexend[q] >= 0 && x->c[x->lexend[q]].vb <= b)) {
    /* “中国意大利文化和旅游年”, “意大利之源——古罗马文明展”: a quoted
     * name closed by an event head is the event's whole name */
    if ((ci = add_event(x, b, b, q, "event.quoted")) >= 0)
      pg_rc_label(x, ci, pg_rc_name(x, b, q));
    return;
  }
  e = run_end(x, q + 1);
  if (e > q + 1 + 9)
    e = q + 1 + 9;
  for (k = q + 1; k < x->vn && k <= q + 5 && pg_is_han(x->v[k]) &&
                  !pg_rc_spells(x, k, "活动");
       k++)
    ;
  if (q - b >= 3 && pg_rc_spells(x, k, "活动") && held_after(x, k - 2)) {
    /* “市委书记进校园”(引才)活动在校举行: an activity held, named by the
     * quote */
    if ((ci = add_event(x, b, b, q, "event.quoted")) >= 0)
      pg_rc_label(x, ci, pg_rc_name(x, b, q));
    return;
  }
  if (!(h = head_end(x, q + 1, e, 0)))
    return;
  for (k = q + 1; k < h; k++)
    if (!pg_is_han(x->v[k]))
      return;
  if (h - (q + 1) > 6 + 3)
    return; /* “…”网络主题宣传活动: six characters of modifier at most */
  if (h < x->vn && pg_is_han(x->v[h]) && !pg_rc_stop_in(x, h) &&
      x->v[h] != 0x4E0A && !pg_rc_time_word_at(x, h))
    return; /* but …北京消费季|本周六启动 */
  if ((ci = add_event(x, b, b, h, "event.quoted")) >= 0)
    pg_rc_label(x, ci, pg_rc_text_cut(x, b, h, q));
}

/* A meeting's own body named after it: 十三届全国人大五次会议主席团,
 * 2022年世界人工智能大会组委会 (event_bodies.txt) is an organization. */
static void event_body(pg_rctx *x, int ev)
{
  size_t e = x->c[ev].ve, l, k;
  int ci;

  for (k = x->c[ev].vb; k < e; k++)
    if (pg_rc_word_at(x, PG_W_EVENTBODY, k, NULL) ||
        pg_rc_word_at(x, PG_W_WEAKSTOP, k, NULL))
      return; /* …主席团和…会议: a pair, not one meeting */
  if (!(l = pg_rc_word_at(x, PG_W_EVENTBODY, e, NULL)) ||
      (e + l < x->vn && pg_rc_word_at(x, PG_W_ORGHEAD, e + l, NULL)))
    return; /* …会议秘书处处长: the head goes on */
  if ((ci = pg_rc_add(x, x->c[ev].vb, e + l, PG_T_ORGANIZATION,
                      "org.event-body", -1, 2)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, x->c[ev].vb, e + l));
}

int pg_rec_events(pg_rctx *x)
{
  size_t p, n = x->nc, i, n0 = x->nc;
  int *oend = NULL;

  for (p = 0; p < x->vn && !x->oom; p++) {
    if (is_digit_cp(x->v[p]) || x->v[p] == 0x4E00 || x->v[p] == 0x4E8C)
      year_event(x, p);
    if (x->v[p] == 0x7B2C || pg_rc_is_numeral(x->v[p]) || x->v[p] == 0x9996)
      ordinal_event(x, p);
    if (pg_is_han(x->v[p]) &&
        (p == 0 || (pg_rc_is_punct(x->v[p - 1]) &&
                    !pg_rc_is_close_quote(x->v[p - 1]))) &&
        !pg_rc_stop_in(x, p))
      plain_event(x, p, 0, 0); /* not “…”|主题教育总结大会 */
    if (p > 0 && x->v[p - 1] == 0x5728 && pg_is_han(x->v[p])) /* 在 */
      plain_event(x, p, 1, 0);
    if (p > 1 && pg_is_han(x->v[p]) &&
        (pg_rc_spells_before(x, p, "贯彻") || pg_rc_spells_before(x, p, "传达") ||
         pg_rc_spells_before(x, p, "学习") || pg_rc_spells_before(x, p, "落实")) &&
        !pg_rc_spells(x, p, "贯彻") && !pg_rc_spells(x, p, "传达") &&
        !pg_rc_spells(x, p, "学习") && !pg_rc_spells(x, p, "落实") &&
        !pg_rc_spells(x, p, "好"))
      plain_event(x, p, 2, 0); /* 贯彻|中央军委基层建设会议|精神 */
    if (p > 2 && x->v[p - 1] == 0x7684 && pg_is_han(x->v[p]) && /* 的 */
        held_before(x, p - 1))
      plain_event(x, p, 0, 1); /* 在巴黎举行的人工智能行动峰会: any head
                                  (今天举行的上海市…新闻发布会) */
    else if (p > 2 && x->v[p - 1] == 0x7684 && pg_is_han(x->v[p]) &&
             held_after(x, p))
      plain_event(x, p, 0, 0); /* 作为…组成部分的|青年科技学者论坛4月2日在
                                  烟台举行: the clause's subject */
    if (p > 1 && pg_rc_is_close_quote(x->v[p]))
      quoted_event(x, p);
    if (x->v[p] == 0x515A || x->v[p] == 0x56E2 || x->v[p] == 0x8D8A ||
        x->v[p] == 0x4E2D) /* 党 团 越 中 */
      congress_short(x, p);
    if ((held_before(x, p) || attend_before(x, p) ||
         (p > 1 && x->v[p - 1] == 0x4E86 && /* 了: 主持了中非…特别峰会 */
          (held_before(x, p - 1) || attend_before(x, p - 1)))) &&
        (pg_rc_proper_at(x, p) || quote_ahead(x, p)))
      plain_event(x, p, 0, 1); /* 主持召开国务院常务会议: any head (召开部分
                                  省区市“十五五”…座谈会: a quoted term) */
    else if (p >= 2 && x->v[p - 2] == 0x529E && x->v[p - 1] == 0x597D &&
             pg_is_han(x->v[p]))
      plain_event(x, p, 0, 1); /* 将办好中欧班列国际合作论坛 */
  }
  for (p = 4; p + 4 < x->vn && !x->oom; p++)
    if (pg_rc_spells_before(x, p, "论坛") &&
        (x->v[p] == 0x7B2C || x->v[p] == 0x9996)) { /* 第 首 */
      if (!oend && !(oend = pg_rc_end_index(x, PG_T_ORGANIZATION)))
        break; /* organizations by end, once */
      forum_session(x, p, oend);
    }
  free(oend);
  for (i = 0; i < n && !x->oom; i++)
    if (x->c[i].type == PG_T_ORGANIZATION && x->c[i].lex >= 0) {
      org_session(x, (int)i);
      org_congress(x, (int)i);
    } else if (x->c[i].type == PG_T_EVENT && x->c[i].lex >= 0)
      series_year(x, (int)i);
  for (i = 0, n = x->nc; i < n && !x->oom; i++)
    if (x->c[i].type == PG_T_EVENT && (i >= n0 || x->c[i].lex >= 0))
      event_body(x, (int)i);
  return x->oom ? -1 : 0;
}
