/* pg_place.c - places the lexicon alone does not find.
 *
 * Coordinated one-character country forms (中美两国, 中赞双方: the value
 * in tables/country_short.txt lists the countries a character may stand
 * for) and counties or cities written after their province or city and not
 * in the lexicon (浙江省义乌市).  Both run after the lexicon pass, whose
 * candidates they read.
 */
#include "pg_place.h"
#include "pg_lexicon.h"
#include "pg_names.h"
#include "pg_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* The lexicon place a one-character form stands for: its value lists
 * the countries it may mean, '|'-separated (巴: 巴基斯坦|巴西); the first
 * one the document names in full, else the first.  -1 when none. */
static int short_country(const pg_rctx *x, const char *val,
                         const unsigned char *named)
{
  char buf[128];
  char *tok, *save = NULL;
  int first = -1, le;

  if (!val || strlen(val) >= sizeof buf)
    return -1;
  strcpy(buf, val);
  for (tok = strtok_r(buf, "|", &save); tok; tok = strtok_r(NULL, "|", &save)) {
    if ((le = pg_lexicon_find(x->r->lex, tok, PG_T_PLACE)) < 0)
      continue;
    if (first < 0)
      first = le;
    if (named[le])
      return le;
  }
  return first;
}

/* named[i]: lexicon entry i is written in full in the document (one pass
 * over the candidates, so every 中巴两国 costs no more than a lookup).
 * Caller frees; NULL on out of memory. */
static unsigned char *named_entries(const pg_rctx *x)
{
  size_t nl = pg_lexicon_size(x->r->lex), i;
  unsigned char *named = calloc(nl ? nl : 1, 1);

  for (i = 0; named && i < x->nc; i++)
    if (x->c[i].lex >= 0 && (size_t)x->c[i].lex < nl &&
        x->c[i].ve - x->c[i].vb > 1)
      named[x->c[i].lex] = 1;
  return named;
}

/* 京 for Beijing where a meeting is held (在京召开, 在京举行, 在京出席), and
 * the other one-character names of provincial units and of a few cities
 * the press uses the same way (在津举行, 在沪开幕, 在港出席, 在穗召开): a
 * mention of the lexicon's full name.  Elsewhere these characters start
 * other names (京津冀, 京东, 港口), so only 在 + the character + a verb of
 * holding or attending is read.  Returns 0, or -1. */
static int jing(pg_rctx *x)
{
  static const wchar_t *const verbs[] = {L"召开", L"举行", L"举办", L"开幕",
                                         L"闭幕", L"启动", L"出席", L"会见",
                                         L"逝世", L"病逝", L"开展", L"主持"};
  static const struct { wchar_t c; const char *name; } abbr[] = {
    {L'京', "北京"}, {L'津', "天津"}, {L'沪', "上海"}, {L'渝', "重庆"},
    {L'港', "香港"}, {L'澳', "澳门"}, {L'穗', "广州"}, {L'蓉', "成都"},
    {L'琼', "海南"}, {L'闽', "福建"}, {L'粤', "广东"}, {L'鲁', "山东"},
    {L'豫', "河南"}, {L'皖', "安徽"}, {L'湘', "湖南"}, {L'鄂', "湖北"},
    {L'赣', "江西"}, {L'桂', "广西"}, {L'黔', "贵州"}, {L'滇', "云南"},
    {L'冀', "河北"}, {L'晋', "山西"}, {L'辽', "辽宁"}, {L'苏', "江苏"},
    {L'浙', "浙江"}, {L'陕', "陕西"}, {L'川', "四川"}, {L'台', "台湾"}};
  size_t i, k, a;
  int ci, le;

  for (i = 0; i + 4 <= x->vn; i++) {
    if (x->v[i] != 0x5728) /* 在 */
      continue;
    for (a = 0; a < sizeof abbr / sizeof *abbr; a++)
      if (x->v[i + 1] == (uint32_t)abbr[a].c)
        break;
    if (a == sizeof abbr / sizeof *abbr)
      continue;
    for (k = 0; k < sizeof verbs / sizeof *verbs; k++)
      if (x->v[i + 2] == (uint32_t)verbs[k][0] &&
          x->v[i + 3] == (uint32_t)verbs[k][1])
        break;
    if (k == sizeof verbs / sizeof *verbs)
      continue;
    if ((le = pg_lexicon_find(x->r->lex, abbr[a].name, PG_T_PLACE)) < 0)
      continue;
    if ((ci = pg_rc_add(x, i + 1, i + 2, PG_T_PLACE, "place.jing", le, 3)) < 0)
      return -1;
  }
  return 0;
}

/* Coordinated one-character country forms: 中美两国, 中赞双方; and 京
 * (jing). */
int pg_rec_short_forms(pg_rctx *x)
{
  static const uint32_t liang[] = {0x4E24, 0x56FD}; /* 两国 */
  static const uint32_t shuang[] = {0x53CC, 0x65B9}; /* 双方 */
  unsigned char *named = NULL;
  size_t i, k;

  for (i = 0; i + 4 <= x->vn; i++) {
    int v1 = -1, v2 = -1;
    if (!((x->v[i + 2] == liang[0] && x->v[i + 3] == liang[1]) ||
          (x->v[i + 2] == shuang[0] && x->v[i + 3] == shuang[1])))
      continue;
    if (pg_rc_word_at(x, PG_W_SHORT, i, &v1) != 1 ||
        pg_rc_word_at(x, PG_W_SHORT, i + 1, &v2) != 1)
      continue;
    for (k = 0; k < 2; k++) {
      int le, ci;
      if (!named && !(named = named_entries(x)))
        return -1;
      le = short_country(x, pg_rc_value(x, PG_W_SHORT, k ? v2 : v1), named);
      if (le < 0)
        continue;
      if ((ci = pg_rc_add(x, i + k, i + k + 1, PG_T_PLACE, "place.short", le,
                          3)) < 0) {
        free(named);
        return -1;
      }
      x->c[ci].quiet = 1; /* 美 is a mention of 美国, not a name for it */
    }
  }
  free(named);
  return jing(x);
}

static int wcs_has(const wchar_t *s, uint32_t c)
{
  for (; *s; s++)
    if ((uint32_t)*s == c)
      return 1;
  return 0;
}

/* 四川内江, 江苏常熟, 重庆云阳, 云南红河: a city, prefecture, county or
 * district the lexicon knows as X市, X州, X县 or X区 (in that order)
 * written without it right after its province
 * (or the city of a county: 苏州常熟); the lexicon
 * entry's parent must be that place.  The short form alone elsewhere is
 * left out: 长治, 大同, 和平 are words too. */
static int short_city(pg_rctx *x, int pl)
{
  static const char *const level[] = {"市", "州", "县", "区"};
  const pg_lex_entry *pe = pg_lexicon_entry(x->r->lex, x->c[pl].lex), *ce;
  size_t e = x->c[pl].ve, n, k;
  char buf[32];
  int li, ci;

  for (n = 3; n >= 2; n--) {
    char *t;
    if (e + n > x->vn || x->lexat[e] >= 0)
      continue;
    if (e + n < x->vn && (x->v[e + n] == 0x5E02 || x->v[e + n] == 0x53BF ||
                          x->v[e + n] == 0x533A))
      continue; /* 内江市: the lexicon has it already */
    if (!(t = pg_rc_text(x, e, e + n)))
      return -1;
    for (k = 0, li = -1; li < 0 && k < 4; k++) {
      snprintf(buf, sizeof buf, "%s%s", t, level[k]);
      li = pg_lexicon_find(x->r->lex, buf, PG_T_PLACE);
      if (li < 0 && k == 1) { /* 红河州: a prefecture's short name */
        uint32_t w[4];
        int v = -1;
        const pg_lex_entry *we;
        memcpy(w, x->v + e, n * sizeof *w);
        w[n] = 0x5DDE; /* 州 */
        if (pg_ac_longest_at(pg_lexicon_ac(x->r->lex), w, n + 1, 0, &v) ==
                n + 1 &&
            (we = pg_lexicon_entry(x->r->lex, v)) && we->type == PG_T_PLACE)
          li = v;
      }
    }
    free(t);
    if (li < 0)
      continue;
    ce = pg_lexicon_entry(x->r->lex, li);
    if (!ce->parent)
      continue;
    if (strcmp(ce->parent, pe->label)) { /* 江苏|常熟: the province above
                                             its city (苏州) */
      int gi = pg_lexicon_find(x->r->lex, ce->parent, PG_T_PLACE);
      const pg_lex_entry *ge = gi >= 0 ? pg_lexicon_entry(x->r->lex, gi) : NULL;
      if (!ge || !ge->parent || strcmp(ge->parent, pe->label))
        continue;
    }
    if ((ci = pg_rc_add(x, e, e + n, PG_T_PLACE, "lex", li, 3)) < 0)
      return -1;
    return 0;
  }
  return 0;
}

/* A county or city written after its province or city, not in the
 * lexicon: 浙江省义乌市, 广东省深圳市南山区. */
int pg_rec_admin_places(pg_rctx *x)
{
  /* 市 县 区 州 镇, and what may not follow them (市场, 县长, 区域 ...) */
  static const uint32_t suf[] = {0x5E02, 0x53BF, 0x533A, 0x5DDE, 0x9547};
  static const uint32_t no[] = {0x573A, 0x957F, 0x6C11, 0x653F, 0x59D4,
                                0x7EA7, 0x57DF, 0x522B, 0x5C5E, 0x5185,
                                0x5916, 0x91CC, 0x59D4, 0x5E9C, 0x4F4D};
  size_t i, n = x->nc, k, q;

  for (i = 0; i < n; i++) {
    const pg_lex_entry *le = x->c[i].lex >= 0 && x->c[i].type == PG_T_PLACE
                                 ? pg_lexicon_entry(x->r->lex, x->c[i].lex)
                                 : NULL;
    size_t e = x->c[i].ve;
    if (!le || !le->subtype ||
        (strcmp(le->subtype, "province") && strcmp(le->subtype, "city")))
      continue;
    if (short_city(x, (int)i) < 0)
      return -1;
    for (q = e + 2; q <= e + 3 && q < x->vn; q++) {
      int hit = 0;
      for (k = e; k < q && pg_is_han(x->v[k]) && x->lexat[k] < 0 &&
                  !pg_rc_stop_in(x, k);
           k++)
        ;
      if (k < q)
        break;
      for (k = 0; k < sizeof suf / sizeof *suf; k++)
        hit |= x->v[q] == suf[k];
      for (k = 0; hit && q + 1 < x->vn && k < sizeof no / sizeof *no; k++)
        hit &= x->v[q + 1] != no[k];
      for (k = e; hit && k < q; k++) /* 多个城市, 各县, 部分地区: no quantifiers */
        hit = !wcs_has(L"个各多些等几该本全每城部", x->v[k]);
      if (wcs_has(L"大强", x->v[q - 1]))
        hit = 0; /* 四川产竹大县, 经济强市: a description, no name */
      if (hit && !pg_rc_all_generic(x, e, q, 1)) {
        if (pg_rc_add(x, e, q + 1, PG_T_PLACE, "place.admin", -1, 2) < 0)
          return -1;
        break;
      }
    }
  }
  return 0;
}

/* Does what follows a town's name at e let it end there (a mark, a stop
 * word, 的, another town, a person's noun or title, a body's head)? */
static size_t town_at(const pg_rctx *x, size_t e, int depth);

static int town_end_ok(const pg_rctx *x, size_t e, int depth)
{
  return e >= x->vn || !pg_is_han(x->v[e]) || x->v[e] == 0x7684 ||
         pg_rc_stop_in(x, e) || pg_rc_word_at(x, PG_W_PERSONINTRO, e, NULL) ||
         pg_rc_word_at(x, PG_W_TITLE, e, NULL) ||
         pg_rc_word_at(x, PG_W_ORGHEAD, e, NULL) ||
         (x->lexat[e] >= 0 && x->c[x->lexat[e]].type == PG_T_PLACE) ||
         (depth < 3 && town_at(x, e, depth + 1));
}

/* The end of a town or village written at e, right after the county,
 * district or town it lies in (金寨县|花石乡|大湾村, 即墨区|通济街道): two or
 * three characters of a name and 乡, 镇, 村 or 街道; or 0. */
static size_t town_at(const pg_rctx *x, size_t e, int depth)
{
  size_t q, k, sl;

  for (q = e + 2; q <= e + 3 && q < x->vn; q++) {
    for (k = e; k < q; k++)
      if (!pg_is_han(x->v[k]) || x->lexat[k] >= 0 || pg_rc_stop_in(x, k) ||
          wcs_has(L"乡镇村街个各多些等几该本全每城部农", x->v[k]))
        return 0; /* 县城乡居民, 县农村: no name */
    sl = pg_rc_spells(x, q, "街道") ? 2
         : wcs_has(L"乡镇村", x->v[q]) ? 1 : 0;
    if (sl == 1 && wcs_has(L"小大新老", x->v[q - 1]))
      continue; /* 晴隆|移民小镇: a kind of town, no name */
    if (sl && town_end_ok(x, q + sl, depth) && !pg_rc_all_generic(x, e, q, 1))
      return q + sl;
  }
  return 0;
}

/* Towns and villages after the county or district they lie in, in a
 * chain (金寨县花石乡大湾村). */
int pg_rec_towns(pg_rctx *x)
{
  size_t i, e;

  for (i = 0; i < x->nc; i++) { /* grows: a town may hold a village */
    const pg_cand *c = &x->c[i];
    const pg_lex_entry *le = c->lex >= 0 && c->type == PG_T_PLACE
                                 ? pg_lexicon_entry(x->r->lex, c->lex)
                                 : NULL;
    if (c->type != PG_T_PLACE ||
        !((le && le->subtype && (!strcmp(le->subtype, "county") ||
                                 !strcmp(le->subtype, "district"))) ||
          !strcmp(c->rule, "place.town") || !strcmp(c->rule, "place.admin")))
      continue;
    if ((e = town_at(x, c->ve, 0)) &&
        pg_rc_add(x, c->ve, e, PG_T_PLACE, "place.town", -1, 2) < 0)
      return -1;
  }
  return 0;
}

/* The end of the venue whose body starts at s: the first venue head
 * within eight characters (a bare head of three or more, 冬奥村, when
 * bare_ok).  0 when none, when a word marked "no" comes first (食堂,
 * 内阁), or when the body cannot be a name. */
static size_t venue_end(const pg_rctx *x, size_t s, int bare_ok)
{
  size_t h, k, hl;
  int val;

  for (h = s; h < x->vn && h <= s + 14; h++) {
    const char *v;
    if (!pg_is_han(x->v[h]) || (h > s && pg_rc_stop_in(x, h)))
      return 0;
    if (h > s && x->lexat[h] >= 0 && x->c[x->lexat[h]].type != PG_T_PLACE &&
        x->c[x->lexat[h]].ve - h > 2)
      return 0; /* 清华大学礼堂: a body holding a known body or person
                   (not a short form: 紫光|阁) */
    if (!(hl = pg_rc_word_at(x, PG_W_VENUEHEAD, h, &val)))
      continue;
    if ((v = pg_rc_value(x, PG_W_VENUEHEAD, val)) && !strcmp(v, "no"))
      return 0;
    if (h == s && !(bare_ok && hl >= 3))
      continue;
    if (h + hl < x->vn && x->v[h + hl] == 0x957F) /* 馆长 */
      return 0;
    for (k = s; k < h; k++) /* 该酒店, 一家宾馆, 各公园: no name */
      if (wcs_has(L"个各多些等几该本全每这那此其家所座处一两", x->v[k]))
        return 0;
    if (h > s && (h - s < 2 || pg_rc_all_generic(x, s, h, 0)))
      return 0;
    for (k = s; k < h; k++) { /* 供销合作社原主任谢忠|堂: a post and a name */
      size_t tl = pg_rc_word_at(x, PG_W_TITLE, k, NULL);
      if (tl && pg_rc_person_name(x, k + tl, h + hl) == (size_t)(h + hl))
        return 0;
    }
    return h + hl;
  }
  return 0;
}

/* A venue named before its head word (tables/venue_heads.txt) where a
 * place is expected: after a word of tables/venue_context.txt (在, 参观)
 * or a known place (北京|人民大会堂; a bare head keeps the place:
 * 北京冬奥村), then after each venue found (中山公园|中山堂) and after 、
 * or 和 that follows one (大昭寺、扎什伦布寺、桑顶寺). */
int pg_rec_venues(pg_rctx *x)
{
  size_t p, s, b, e, pe;
  int pl;

  for (p = 0; p < x->vn; p++) {
    size_t cl = pg_rc_word_at(x, PG_W_VENUECTX, p, NULL);
    if (!cl && !(p > 0 && x->lexend[p] >= 0 &&
                 x->c[x->lexend[p]].type == PG_T_PLACE))
      continue;
    s = p + cl;
    if (cl && s + 1 < x->vn && x->v[s] == 0x4E86) /* 参观了 */
      s++;
    for (; s < x->vn; s = e) {
      b = s;
      pl = x->lexat[s];
      if (pl >= 0 && x->c[pl].type == PG_T_PLACE && x->c[pl].vb == s) {
        pe = x->c[pl].ve;
        for (;;) { /* 沙特首都利雅得|阿卜杜勒阿齐兹国王国际会议中心 */
          size_t q = pe, ne;
          int nx;
          if (q + 2 < x->vn && ((x->v[q] == 0x9996 && (x->v[q + 1] == 0x90FD ||
                                                       x->v[q + 1] == 0x5E9C)) ||
                                (x->v[q] == 0x7701 && x->v[q + 1] == 0x4F1A)))
            q += 2; /* 首都, 首府, 省会 */
          nx = q < x->vn ? x->lexat[q] : -1;
          if (q == pe || nx < 0 || x->c[nx].type != PG_T_PLACE ||
              x->c[nx].vb != q)
            break; /* only after 首都: 兰州烈士陵园 keeps its city */
          ne = x->c[nx].ve;
          if (!venue_end(x, ne, 0))
            break; /* 兰州烈士陵园: the city names the venue */
          pe = ne;
        }
        if (!(e = venue_end(x, pe, 1)))
          break;
        if (pg_rc_word_at(x, PG_W_VENUEHEAD, pe, NULL) != e - pe)
          b = pe; /* 北京|人民大会堂 */
      } else if (!(e = venue_end(x, s, 0))) {
        break;
      }
      if (pg_rc_add(x, b, e, PG_T_PLACE, "place.venue", -1, 2) < 0)
        return -1;
      for (pe = b; pe < e; pe++) /* 紫光|阁 is no 紫光集团 */
        if ((pl = x->lexat[pe]) >= 0 && x->c[pl].type != PG_T_PLACE &&
            x->c[pl].ve <= e)
          x->c[pl].type = PG_T_NONE;
      if (e + 1 < x->vn && (x->v[e] == 0x3001 || x->v[e] == 0x548C))
        e++;
    }
    if (s > p + cl)
      p = s - 1;
  }
  return 0;
}
