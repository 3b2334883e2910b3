/* pg_person.c - people, with the titles and affiliations their context
 * states.
 *
 * A name alone is never enough: a Chinese name (a surname of
 * tables/surnames.txt and one to three given characters) or a
 * transliterated name (parts joined by ·) is taken only in a context that
 * says it is a person:
 *   - an expert introduction at a paragraph start, 姓名(单位职务、单位职务):
 *     each part an organization chain (pg_org.c) followed by titles;
 *   - a credit line, 本版编辑 张 静 美 编 高 妍, (记者 黄 蕾、韦海鹏);
 *   - a title right before the name (…局副局长沈卓然表示) or right after
 *     it (习近平总书记), where the name must end at a boundary or a word
 *     of tables/post_name.txt (表示, 认为 ...).
 * Bylines (作者系单位职务) name no person but state organizations, which
 * are recognized the same way.  The given name's length is chosen so that
 * what follows is a boundary, a title or a post-name word.
 */
#include "pg_person.h"
#include "pg_names.h"
#include "pg_text.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* Adds the facts of a person with the titles of one organization part. */
static int pg_person_titles(pg_rctx *x, int person, const pg_chain *ch,
                            size_t tb, size_t te, const char *rule)
{
  char *title;
  int unit = -1;

  if (te <= tb || te - tb > 10)
    return 0;
  if (!(title = pg_rc_text_orig(x, tb, te)))
    return -1;
  /* 南开大学校友李勇: an alumnus holds no post there; 南开大学名誉博士, 荣誉
   * 教授: an honour, a title but no post in the body */
  if (strlen(title) >= 6 && !strcmp(title + strlen(title) - 6, "校友")) {
    free(title);
    return 0;
  }
  if (!strncmp(title, "名誉", 6) || !strncmp(title, "荣誉", 6))
    ch = NULL;
  if (ch && ch->n) {
    unit = ch->piece[ch->n - 1];
    if (unit == ch->top)
      unit = -1;
    pg_rc_fact(x, person, PG_P_AFFILIATION, ch->top, -1, NULL, PG_LIT_NONE,
               tb, rule);
  }
  pg_rc_fact(x, person, PG_P_JOBTITLE, -1, -1, title, PG_LIT_ZH, tb, rule);
  if (ch && ch->n)
    pg_rc_fact(x, person, PG_P_MEMBERSHIP, ch->top, unit, title, PG_LIT_ZH,
               tb, rule);
  /* 公司创始人X, 联合创始人: the title states who founded it */
  if (ch && ch->n && strlen(title) >= 9 &&
      !strcmp(title + strlen(title) - 9, "创始人"))
    pg_rc_fact(x, ch->top, PG_P_FOUNDER, person, -1, NULL, PG_LIT_NONE, tb,
               rule);
  free(title);
  return 0;
}

/* One part of an introduction or byline: [chain] titles. */
static void intro_part(pg_rctx *x, int person, size_t b, size_t e,
                       pg_chain *prev, const char *rule)
{
  pg_chain ch;

  if (pg_org_chain(x, b, e, 1, &ch, rule)) {
    int p0 = ch.piece[0];
    size_t pb = x->c[p0].vb;
    /* A unit named without its parent belongs to the previous part's
     * organization (单位部门主任、研究中心主任). */
    if (prev->n && x->c[p0].lex < 0 && !(pb < x->vn && x->lexat[pb] >= 0) &&
        !pg_rc_word_at(x, PG_W_PROPER, pb, NULL)) {
      pg_rc_fact(x, p0, PG_P_SUBORG, prev->top, -1, NULL, PG_LIT_NONE, pb,
                 "org.unit");
      ch.top = prev->top;
    }
    if (person >= 0)
      pg_person_titles(x, person, &ch, ch.e, e, rule);
    *prev = ch;
  } else if (person >= 0) {
    pg_person_titles(x, person, prev->n ? prev : NULL, b, e, rule);
  }
}

/* Splits [b, e) at 、，; into parts. */
static void intro_parts(pg_rctx *x, int person, size_t b, size_t e,
                        const char *rule)
{
  pg_chain prev;
  size_t i, s = b;

  memset(&prev, 0, sizeof prev);
  prev.top = -1;
  for (i = b; i <= e; i++) {
    if (i < e && x->v[i] != 0x3001 && x->v[i] != ',' && x->v[i] != ';' &&
        !(x->v[i] == 0x517C && i > s && /* 兼: 董事长兼CEO, not 兼职 */
          pg_rc_word_ending(x, PG_W_TITLE, s, i, NULL) &&
          pg_rc_word_at(x, PG_W_TITLE, i + 1, NULL)))
      continue;
    if (i > s)
      intro_part(x, person, s, i, &prev, rule);
    s = i + 1;
  }
}

/* 姓名(…): at a paragraph start; or, at a paragraph or sentence start
 * (strict 0) or after a comma or semicolon (strict 1, colon form too),
 * 姓名(…职务)表示: the parenthesis then ends with a title and a post-name
 * word follows it (李明(化名)表示 states no title). */
static void rec_intro(pg_rctx *x, size_t p, int strict)
{
  size_t ne, i;
  int person;

  ne = pg_rc_person_name(x, p, p + 6 < x->vn ? p + 6 : x->vn);
  if (!ne || ne >= x->vn || x->v[ne] != '(')
    return;
  for (i = ne + 1; i < x->vn && i < ne + 160 && x->v[i] != ')' &&
                   x->v[i] != '\n';
       i++)
    ;
  if (i >= x->vn || x->v[i] != ')')
    return;
  if ((strict || i + 1 >= x->vn || x->v[i + 1] != ':') &&
      !((i + 1 >= x->vn || x->v[i + 1] == ':' || x->v[i + 1] == 0x3001 ||
         x->v[i + 1] == 0x7B49 || /* 、 等: A(…)、B(…)等围绕 */
         x->v[i + 1] == '\n' || x->v[i + 1] == ';' ||
         x->v[i + 1] == 0x3002 || /* a guest's card, a line of its own */
         pg_rc_word_at(x, PG_W_POSTNAME, i + 1, NULL)) &&
        pg_rc_word_ending(x, PG_W_TITLE, ne + 1, i, NULL)))
    return;
  person = pg_rc_add(x, p, ne, PG_T_PERSON, "person.intro", -1, 2);
  if (person >= 0)
    intro_parts(x, person, ne + 1, i, "person.intro");
}

static int titles_to(const pg_rctx *x, size_t t, size_t k);

/* The length of a word that belongs to the post it is written before,
 * ending at e, not before b (兼职|讲师, 资深|副总裁, 原|司长), or 0. */
static size_t post_modifier(const pg_rctx *x, size_t b, size_t e)
{
  static const wchar_t *const mods[] = {L"专职", L"兼职", L"名誉", L"荣誉",
                                        L"特聘", L"高级", L"资深", L"前任",
                                        L"首任", L"原", L"前"};
  size_t k, l, j;

  for (k = 0; k < sizeof mods / sizeof *mods; k++) {
    l = wcslen(mods[k]);
    for (j = 0; j < l && e >= b + l && x->v[e - l + j] == (uint32_t)mods[k][j];
         j++)
      ;
    if (j == l)
      return l;
  }
  return 0;
}

/* Is [s, j) one post of an apposition: titles only (董事长兼首席执行官),
 * or a body's chain and a title that ends at j (福建省网信产业联合会副会
 * 长)?  Withdraws the chain it read, unless keep is set and the part is
 * no post: the bodies of a first part that names one after 姓名，or 姓名
 * 是 are bodies still (陈静是火神山医院重症医学一科的护士长). */
static int appos_post(pg_rctx *x, size_t s, size_t j, int keep)
{
  pg_chain ch;
  size_t tl;
  int ok;

  static const char *const fields_of[] = {"专家", "科学家", "架构师"};
  size_t f;

  if (titles_to(x, s, j))
    return 1;
  if (!(tl = pg_rc_word_ending(x, PG_W_TITLE, s, j, NULL)))
    for (f = 0; !tl && f < sizeof fields_of / sizeof *fields_of; f++) {
      size_t l = pg_utf8_count(fields_of[f]);
      if (j >= s + l && pg_rc_spells(x, j - l, fields_of[f]) == l)
        tl = l; /* 专家, 科学家: a post only with its field before it */
    }
  if (!tl || j - tl <= s)
    return 0;
  tl += post_modifier(x, s, j - tl); /* 商学院|兼职讲师 */
  for (f = 0; f <= 4 && j - tl - f > s; f++) {
    /* 阿里巴巴|高级算法专家: a field of up to four characters between the
     * body and the title belongs to the post */
    if (f && (!pg_is_han(x->v[j - tl - f]) || pg_rc_stop_in(x, j - tl - f)))
      break;
    if (!pg_org_chain(x, s, j - tl - f, 1, &ch, "person.appos"))
      continue;
    ok = ch.e == j - tl - f;
    if (ok || !keep)
      pg_chain_undo(x, &ch);
    if (ok)
      return 1;
  }
  return 0;
}

/* The end of the post of an apposition that starts at s: the next mark
 * or line end, within 40; 0 when none closes it. */
static size_t appos_part_end(const pg_rctx *x, size_t s)
{
  size_t j;

  for (j = s; j < x->vn && j < s + 40 && !pg_rc_is_punct(x->v[j]) &&
              x->v[j] != '\n';
       j++)
    ;
  if (j >= x->vn || x->v[j] == ',' || x->v[j] == 0x3001 ||
      x->v[j] == ';' || x->v[j] == 0x3002 || x->v[j] == '\n')
    return j;
  return 0;
}

/* The end of the posts that follow an apposition's post ending at i,
 * each after a comma or a 、 (…创始人、董事长兼首席执行官，…副会长): i
 * when none does. */
static size_t appos_more(pg_rctx *x, size_t i)
{
  size_t j;

  while (i < x->vn && (x->v[i] == ',' || x->v[i] == 0x3001) &&
         (j = appos_part_end(x, i + 1)) > i + 1 && appos_post(x, i + 1, j, 0))
    i = j;
  return i;
}

/* 姓名，单位职务，: at a clause start, a name set off by a comma (and a
 * copula: 现任, 生前是) from one organization chain and a title that ends
 * right at the next mark (陈思雨，北京大学经济学院教授，在发言中…; 嘉宾
 * 有：孟庆尧，中国信通院副院长；…).  More posts may follow, each after a
 * comma or a 、, a body's and its title or titles alone, under the body
 * before when they name none (吴欣鸿，美图公司创始人、董事长兼首席执行官，
 * 福建省网信产业联合会副会长，…获得者): they run to the first that is
 * none. */
static void rec_appos(pg_rctx *x, size_t p)
{
  /* what may stand between the comma and the post: 杨军，生前是…庭长 */
  static const wchar_t *const copulas[] = {L"生前是", L"现任", L"曾任", L"时任",
                                           L"历任", L"系", L"是"};
  size_t ne, i, b, k, l;
  int person, line;

  ne = pg_rc_person_name(x, p, p + 6 < x->vn ? p + 6 : x->vn);
  line = p == 0 || x->v[p - 1] == '\n';
  if (!ne || ne + 1 >= x->vn ||
      (x->v[ne] != ',' && !(line && x->v[ne] == ':')))
    return; /* 周八：研究所研究员, a guest's line */
  b = ne + 1;
  for (k = 0; k < sizeof copulas / sizeof *copulas; k++) {
    for (l = 0; copulas[k][l] && b + l < x->vn &&
                x->v[b + l] == (uint32_t)copulas[k][l];
         l++)
      ;
    if (!copulas[k][l]) {
      b += l;
      break;
    }
  }
  i = appos_part_end(x, b);
  if (!i || (i >= x->vn && !line) || !appos_post(x, b, i, 1) ||
      titles_to(x, b, i))
    return; /* a body's post, ending at a mark or at the end of a line */
  i = appos_more(x, i);
  /* 连日来，中共中央政治局委员、国务院副总理孙春兰率…: the posts run on
   * into an item where a title introduces another person; no apposition */
  for (k = i + 1; i < x->vn && x->v[i] == 0x3001 && k < x->vn &&
                  k < i + 40 && !pg_rc_is_punct(x->v[k]) && x->v[k] != '\n';
       k++)
    if ((l = pg_rc_word_at(x, PG_W_TITLE, k, NULL)) &&
        pg_rc_person_name(x, k + l, k + l + 6 < x->vn ? k + l + 6 : x->vn))
      return;
  person = pg_rc_add(x, p, ne, PG_T_PERSON, "person.appos", -1, 2);
  if (person >= 0)
    intro_parts(x, person, b, i, "person.appos");
}

/* 姓名(先生)(目前)(还)担任单位职务: at a clause start, a name and a verb
 * of holding a post (现任, 担任, 出任, 兼任, 曾任, 历任, 时任), then the
 * posts as an apposition writes them (宋春雨先生现任联想集团副总裁，联想创
 * 投合伙人; 陶然目前还担任…商学院兼职讲师). */
static void rec_serves(pg_rctx *x, size_t p)
{
  static const char *const fill[] = {"先生", "女士", "目前", "现在", "此前",
                                     "曾经", "同时", "还", "也", "曾"};
  static const char *const verbs[] = {"现任", "担任", "出任", "兼任", "曾任",
                                      "历任", "时任", "任职"};
  size_t ne, b, i, j, l;
  int person, k;

  ne = pg_rc_person_name(x, p, p + 6 < x->vn ? p + 6 : x->vn);
  for (j = p + 2; !ne && j <= p + 3 && j < x->vn; j++)
    if ((PG_RC_SPELLS_ANY(x, j, verbs) || PG_RC_SPELLS_ANY(x, j, fill)) &&
        pg_rc_person_name(x, p, j) == j)
      ne = j; /* 陶然|目前还担任: the name ends where the words begin */
  if (!ne)
    return;
  for (j = p + 2; j < ne; j++) /* 张伟|现任, 陶冉|目前担任: the name */
    if (PG_RC_SPELLS_ANY(x, j, verbs) || PG_RC_SPELLS_ANY(x, j, fill)) {
      ne = j;                     /* reader took the words after it */
      break;
    }
  for (b = ne, k = 0; k < 4 && !PG_RC_SPELLS_ANY(x, b, verbs) &&
                      (l = PG_RC_SPELLS_ANY(x, b, fill));
       k++)
    b += l;
  if (!(l = PG_RC_SPELLS_ANY(x, b, verbs)))
    return;
  for (j = p; j < b; j++)
    if (wcschr(L"不未没再", (wchar_t)x->v[j]))
      return; /* 郭军不再担任…: a post given up */
  b += l;
  if (!(i = appos_part_end(x, b)) || i <= b || !appos_post(x, b, i, 0) ||
      titles_to(x, b, i))
    return; /* a body's post first (担任主任 names no body) */
  i = appos_more(x, i);
  person = pg_rc_add(x, p, ne, PG_T_PERSON, "person.serves", -1, 2);
  if (person >= 0)
    intro_parts(x, person, b, i, "person.serves");
}

/* Is there white space in the original text between view positions
 * k - 1 and k (a column the view, and the repaired text, no longer show)? */
static int gap_before(const pg_rctx *x, size_t k)
{
  const size_t *m = x->a->doc.map;

  return k > 0 && k < x->vn && m[x->vmap[k]] > m[x->vmap[k - 1]] + 1;
}

/* A guest's card, a line of columns: 张三 北京大学 教授 (name, a blank,
 * an organization chain and a title that closes the line).  The view
 * drops the blanks, so the name must end at one and hold none. */
static void rec_card(pg_rctx *x, size_t p)
{
  size_t e, k, le, tl;
  int person;
  pg_chain ch;

  if ((p > 0 && x->v[p - 1] != '\n') ||
      !pg_rc_word_at(x, PG_W_SURNAME, p, NULL))
    return;
  for (le = p; le < x->vn && le - p < 60 && x->v[le] != '\n' &&
               x->v[le] != 0x3002 && x->v[le] != ';';
       le++)
    ;
  if (le - p < 6 || (le < x->vn && x->v[le] != '\n' && le - p >= 60))
    return;
  for (e = p + 2; e <= p + 4 && e < le; e++) {
    if (!gap_before(x, e))
      continue;
    for (k = p + 1; k < e; k++)
      if (gap_before(x, k) || !pg_is_han(x->v[k]))
        break;
    if (k < e || pg_rc_word_at(x, PG_W_TITLE, p, NULL) ||
        !(tl = pg_rc_word_ending(x, PG_W_TITLE, e, le, NULL)) ||
        le - tl <= e || !pg_org_chain(x, e, le - tl, 1, &ch, "person.appos") ||
        ch.e != le - tl)
      return;
    person = pg_rc_add(x, p, e, PG_T_PERSON, "person.appos", -1, 2);
    if (person >= 0)
      pg_person_titles(x, person, &ch, ch.e, le, "person.appos");
    return;
  }
}

/* Is [t, k) titles only, joined by 兼 (董事长兼CEO, 首席运营官)? */
static int titles_to(const pg_rctx *x, size_t t, size_t k)
{
  size_t l;

  while (t < k && (l = pg_rc_word_at(x, PG_W_TITLE, t, NULL)) && t + l <= k) {
    t += l;
    if (t == k)
      return 1;
    if (x->v[t] != 0x517C)
      return 0;
    t++;
  }
  return 0;
}

/* A guest's card of two lines: the name alone on its line, then a line
 * of posts, each a body and titles, joined by 、 or ，(陶然 / 微软大中华区
 * 首席运营官; 宋春雨 / 联想集团副总裁，联想创投合伙人).  The post line
 * must open with a body and close with a title. */
static void rec_card_lines(pg_rctx *x, size_t p)
{
  size_t e, q, le, k, t, t2, j;
  int person, ci;
  pg_chain ch;

  if (p > 0 && x->v[p - 1] != '\n')
    return;
  for (e = p; e < x->vn && e - p <= 5 && x->v[e] != '\n' &&
              (pg_is_han(x->v[e]) || pg_is_mid_dot(x->v[e]));
       e++)
    ;
  if (e >= x->vn || x->v[e] != '\n' || e - p < 2 ||
      ((ci = x->lexat[p]) >= 0 &&
       !(x->c[ci].type == PG_T_PERSON && x->c[ci].ve == e)) ||
      pg_rc_word_at(x, PG_W_TITLE, p, NULL) ||
      pg_rc_word_ending(x, PG_W_ORGHEAD, p, e, NULL) ||
      (ci < 0 && pg_rc_person_name(x, p, e) != e &&
       !(e - p >= 2 && e - p <= 3 && pg_rc_word_at(x, PG_W_SURNAME, p, NULL))))
    return;
  q = e + 1;
  for (le = q; le < x->vn && le - q < 60 && x->v[le] != '\n' &&
               x->v[le] != 0x3002;
       le++)
    ;
  if (le - q < 4 || (le < x->vn && x->v[le] != '\n') ||
      !pg_rc_word_ending(x, PG_W_TITLE, q, le, NULL))
    return;
  for (k = q; k < le && x->v[k] != 0x3001 && x->v[k] != ','; k++)
    ;
  if (pg_org_chain(x, q, k, 1, &ch, "person.appos") && ch.e < k &&
      pg_rc_word_at(x, PG_W_TITLE, ch.e, NULL)) {
    if ((person = pg_rc_add(x, p, e, PG_T_PERSON, "person.appos", -1, 2)) >= 0)
      intro_parts(x, person, q, le, "person.appos");
    return;
  }
  /* a body the reader cannot close (昆仑万维董事长兼CEO, 微软大中华区首席
   * 运营官): the card says the words before the titles name it */
  for (t = q + 2; t < k && t - q <= 10; t++)
    if (titles_to(x, t, k))
      break;
  if (t >= k || t - q > 10)
    return;
  for (j = q; j < t; j++)
    if (!pg_rc_is_name_char(x->v[j]) || pg_rc_stop_in(x, j))
      return;
  if ((ci = pg_rc_add(x, q, t, PG_T_ORGANIZATION, "org.card", -1, 2)) < 0 ||
      (person = pg_rc_add(x, p, e, PG_T_PERSON, "person.appos", -1, 2)) < 0)
    return;
  memset(&ch, 0, sizeof ch);
  ch.n = 1;
  ch.piece[0] = ch.top = ci;
  for (j = t; j < k; j = t2 + 1) {
    for (t2 = j; t2 < k && x->v[t2] != 0x517C; t2++) /* 兼 */
      ;
    pg_person_titles(x, person, &ch, j, t2, "person.appos");
  }
  if (k < le)
    intro_parts(x, person, k + 1, le, "person.appos");
}

/* An appointment or a removal: 任命韩俊为农业农村部部长, 免去唐仁健的
 * 农业农村部部长职务 (a body and a post, or a post alone, to the clause's
 * end, or to 职务).  The person holds the post in the body (a removal
 * states the post held until then; the graph keeps no time). */
static void rec_appoint(pg_rctx *x, size_t p)
{
  int remove = pg_rc_spells(x, p, "免去") == 2, ci, known[8];
  size_t q = p + 2, e = 0, b, ce, tb, nb[8], ne[8], n = 0, i;
  pg_chain ch;

  if (!remove && pg_rc_spells(x, p, "任命") != 2)
    return;
  while (q < x->vn && n < 8) { /* 任命李江舟、孙青野为…: each name */
    if ((ci = x->lexat[q]) >= 0 && x->c[ci].type == PG_T_PERSON)
      e = x->c[ci].ve;
    else if (ci >= 0 || !(e = pg_rc_person_name(x, q, x->vn)) || e - q > 4)
      return;
    known[n] = ci;
    nb[n] = q;
    ne[n++] = e;
    if (e >= x->vn || x->v[e] != 0x3001 || remove)
      break;
    q = e + 1;
  }
  if (!n || e >= x->vn || x->v[e] != (remove ? 0x7684 : 0x4E3A)) /* 的 为 */
    return;
  b = e + 1;
  {
    static const char *const mods[] = {"新一任", "下一任", "新任"};
    b += PG_RC_SPELLS_ANY(x, b, mods); /* 为|新一任|联邦政府总理 */
  }
  for (ce = b; ce < x->vn && ce - b < 40 && !pg_rc_is_punct(x->v[ce]); ce++)
    ;
  if (remove) {
    if (ce < b + 4 || !pg_rc_spells(x, ce - 2, "职务"))
      return;
    ce -= 2;
  }
  memset(&ch, 0, sizeof ch);
  tb = b;
  if (pg_org_chain(x, b, ce, 1, &ch, "person.appoint") && ch.e < ce)
    tb = ch.e;
  else
    memset(&ch, 0, sizeof ch);
  if (!titles_to(x, tb, ce))
    return; /* the post must close the clause (or come before 职务) */
  for (i = 0; i < n; i++)
    if ((ci = known[i]) >= 0 ||
        (ci = pg_rc_add(x, nb[i], ne[i], PG_T_PERSON, "person.appoint", -1,
                        2)) >= 0)
      pg_person_titles(x, ci, ch.n ? &ch : NULL, tb, ce, "person.appoint");
}

static int name_item(const pg_rctx *x, size_t q, size_t e);

/* The people an honour is conferred on: 授予 (追授, 颁授), then names
 * joined by 、, each maybe with a note in parentheses, then the honour in
 * quotes (授予王永志、王振义“共和国勋章”; 授予田华（女）“人民艺术家”国家
 * 荣誉称号).  The quote after the names says they are names. */
static void rec_honoured(pg_rctx *x, size_t p)
{
  static const char *const verbs[] = {"授予", "追授", "颁授"};
  size_t q, e, k, n = 0, ib[16], ie[16];

  if (!PG_RC_SPELLS_ANY(x, p, verbs))
    return;
  for (q = p + 2; q < x->vn && n < 16;) {
    for (e = q; e < x->vn && e - q <= 10 &&
                (pg_is_han(x->v[e]) || pg_is_mid_dot(x->v[e])) &&
                x->v[e] != 0x3001;
         e++)
      ;
    if (e == q || e >= x->vn || e - q > 10 ||
        !(name_item(x, q, e) || (e - q >= 4 && pg_is_mid_dot(x->v[q + 2]))))
      return;
    ib[n] = q;
    ie[n++] = e;
    if (x->v[e] == '(') /* a note: （女，巴西） */
      for (k = e; k < x->vn && k - e < 16; k++)
        if (x->v[k] == ')') {
          e = k + 1;
          break;
        }
    if (e < x->vn && x->v[e] == 0x3001) {
      q = e + 1;
      continue;
    }
    if (e >= x->vn || !pg_rc_is_open_quote(x->v[e]))
      return;
    break;
  }
  for (k = 0; k < n; k++)
    if (x->lexat[ib[k]] < 0)
      pg_rc_add(x, ib[k], ie[k], PG_T_PERSON, "person.list", -1, 2);
}

/* A row of a list of people, a line of its own: an ordinal, a name and
 * its title, a blank, and the body to the line's end (1 高锦岳教授 吉林大学,
 * 10 李勇研究员 北京计算科学研究中心; 19 叶  柳教授 安徽大学: a name of two
 * characters padded to three columns).  The blank after the title parts
 * the columns the view has joined. */
static void rec_row(pg_rctx *x, size_t p)
{
  size_t q = p, le, ne, te, tl, k;
  int person;
  pg_chain ch;

  if (p > 0 && x->v[p - 1] != '\n')
    return;
  while (q < x->vn && q - p < 3 && x->v[q] >= '0' && x->v[q] <= '9')
    q++;
  if (q > p && q < x->vn &&
      (x->v[q] == '.' || x->v[q] == 0x3001 || x->v[q] == ')'))
    q++;
  while (q < x->vn && x->v[q] == ' ')
    q++;
  if (!pg_is_han(x->v[q]) || x->lexat[q] >= 0 ||
      pg_rc_word_at(x, PG_W_TITLE, q, NULL))
    return; /* any surname: the row's layout says it is a name (羊亚平) */
  for (le = q; le < x->vn && le - q < 40 && x->v[le] != '\n' &&
               x->v[le] != 0x3002 && x->v[le] != ',' && x->v[le] != ';';
       le++)
    ;
  if (le - q < 6 || (le < x->vn && x->v[le] != '\n'))
    return;
  for (ne = q + 2; ne <= q + 3; ne++) {
    for (k = q + 1; k < ne; k++)
      if (!pg_is_han(x->v[k]) || (gap_before(x, k) && ne - q == 3))
        break;
    if (k < ne || gap_before(x, ne) ||
        !(tl = pg_rc_word_at(x, PG_W_TITLE, ne, NULL)))
      continue;
    if (pg_rc_word_ending(x, PG_W_ORGHEAD, q + 1, ne, NULL))
      return; /* 发展局|副局长　廖振新: a body and its post before the name */
    for (te = ne + tl; te < le && !gap_before(x, te) &&
                       (tl = pg_rc_word_at(x, PG_W_TITLE, te, NULL));
         te += tl)
      ;
    if (te >= le || !gap_before(x, te))
      continue; /* the title must end at the blank before the body */
    for (k = ne + 1; k < te; k++)
      if (gap_before(x, k))
        break;
    if (k < te)
      return;
    if (!pg_org_chain(x, te, le, 1, &ch, "person.row") || ch.e != le) {
      /* a body the reader cannot close (上海光机所): the column names it */
      int ci;
      if (ch.n)
        pg_chain_undo(x, &ch);
      for (k = te; k < le && le - te <= 16 && pg_rc_is_name_char(x->v[k]) &&
                   (k == te || !gap_before(x, k)) && !pg_rc_stop_in(x, k) &&
                   !pg_rc_word_at(x, PG_W_TITLE, k, NULL);
           k++)
        ;
      if (k < le || le - te < 3 ||
          (x->lexat[te] >= 0 && x->c[x->lexat[te]].ve == le) ||
          (ci = pg_rc_add(x, te, le, PG_T_ORGANIZATION, "org.card", -1,
                          2)) < 0)
        return;
      pg_rc_label(x, ci, pg_rc_name(x, te, le));
      memset(&ch, 0, sizeof ch);
      ch.n = 1;
      ch.piece[0] = ch.top = ci;
    }
    person = pg_rc_add(x, q, ne, PG_T_PERSON, "person.row", -1, 2);
    if (person >= 0)
      pg_person_titles(x, person, &ch, ne, te, "person.row");
    return;
  }
}

/* A row of a list of appointments, a line of its own: a body and its
 * post, a blank, and the name to the line's end (发展局副局长　廖振新,
 * 环境局局长政治助理　欧咏芷): the reverse of rec_row's columns.  The
 * post is a run of titles closing the first column; the name two to four
 * characters opening with a surname. */
static void rec_post_row(pg_rctx *x, size_t p)
{
  size_t le, k, t, tl;
  int person;
  pg_chain ch;

  if (p > 0 && x->v[p - 1] != '\n')
    return;
  for (le = p; le < x->vn && le - p < 40 && x->v[le] != '\n'; le++)
    if (pg_rc_is_punct(x->v[le]))
      return;
  if (le - p < 6 || (le < x->vn && x->v[le] != '\n'))
    return;
  for (k = le - 1; k > p && !gap_before(x, k); k--)
    ;
  if (k < p + 3 || le - k < 2 || le - k > 4 ||
      !pg_rc_word_at(x, PG_W_SURNAME, k, NULL))
    return;
  for (t = k; t < le; t++)
    if (!pg_is_han(x->v[t]) || (t > k && gap_before(x, t)))
      return;
  for (t = k; t > p + 1 && (tl = pg_rc_word_ending(x, PG_W_TITLE, p + 1, t,
                                                    NULL));
       t -= tl)
    ;
  if (t == k || !pg_org_chain(x, p, t, 1, &ch, "person.row"))
    return;
  if (ch.e != t) {
    pg_chain_undo(x, &ch);
    return;
  }
  person = pg_rc_add(x, k, le, PG_T_PERSON, "person.row", -1, 2);
  if (person >= 0)
    pg_person_titles(x, person, &ch, t, k, "person.row");
}

/* A line opening with a name, a colon and the person's post, a phrase
 * closed by a title at the clause's end (冯佳时：豆包大模型视觉基础研究
 * 团队负责人；项亮 ：AML和豆包大模型Foundation负责人): the person holds
 * that title.  What comes before the title (a team of a product) is
 * often no body, so only the title is read. */
static void rec_name_colon(pg_rctx *x, size_t p)
{
  size_t e, ce, tl;
  int person;

  if (p > 0 && x->v[p - 1] != '\n')
    return;
  if (!(e = pg_rc_person_name(x, p, p + 4 < x->vn ? p + 4 : x->vn)) ||
      e >= x->vn || x->v[e] != ':' || pg_rc_word_at(x, PG_W_TITLE, p, NULL))
    return; /* (the name reader takes no known place or body) */
  for (ce = e + 1; ce < x->vn && ce - e <= 30 && x->v[ce] != '\n' &&
                   x->v[ce] != ',' && x->v[ce] != ';' && x->v[ce] != 0x3002;
       ce++)
    ;
  if (ce - e > 30 || ce == e + 1 ||
      !(tl = pg_rc_word_ending(x, PG_W_TITLE, e + 1, ce, NULL)))
    return;
  person = pg_rc_add(x, p, e, PG_T_PERSON, "person.colon", -1, 2);
  if (person >= 0)
    pg_person_titles(x, person, NULL, ce - tl, ce, "person.colon");
}

/* A writer's dateline of the technology press, a line of its own: 允中
 * 发自 凹非寺, 梦晨 发自 凹非寺 (a pen name, often with no surname, before
 * 发自 and the place the piece was sent from). */
static void rec_sent_from(pg_rctx *x, size_t p)
{
  size_t k, e;

  if (p > 0 && x->v[p - 1] != '\n')
    return;
  for (k = p; k < x->vn && k - p <= 4 && pg_is_han(x->v[k]) &&
              !pg_rc_spells(x, k, "发自");
       k++)
    ;
  if (k - p < 2 || k - p > 4 || !pg_rc_spells(x, k, "发自") ||
      !gap_before(x, k) || x->lexat[p] >= 0 ||
      pg_rc_word_ending(x, PG_W_ORGHEAD, p, k, NULL))
    return; /* but 组委会 发自 凹非寺: a body sends it */
  for (e = k + 2; e < x->vn && e - k <= 10 && pg_is_han(x->v[e]); e++)
    ;
  if (e == k + 2 || (e < x->vn && x->v[e] != '\n'))
    return;
  pg_rc_add(x, p, k, PG_T_PERSON, "person.credit", -1, 2);
}


/* Does [q, e) fill a list item with a name: a known person's, a name
 * the reader takes, or a surname and one or two characters (周守为: the
 * list says it is a name, whatever the characters)? */
static int name_item(const pg_rctx *x, size_t q, size_t e)
{
  int ci = x->lexat[q];

  if (ci >= 0)
    return x->c[ci].type == PG_T_PERSON && x->c[ci].ve == e;
  return pg_rc_person_name(x, q, e) == e ||
         (e - q >= 2 && e - q <= 3 &&
          pg_rc_word_at(x, PG_W_SURNAME, q, NULL) == 1);
}

/* The names a post introduces: a post, then 还有, 包括 or a colon (after a
 * parenthesis: 成员(按姓氏笔划):), then names joined by 、, each filling
 * its item, to the clause's end; each holds the post.  Two names or more
 * in running text (选出的副主席还有马伟明、王曦、…、高松。); one is enough
 * on a line of a list of posts (主任:吴新涛), where a comma joins names
 * too. */
static void rec_post_names(pg_rctx *x, size_t p)
{
  size_t te, tl, q, e, k, n = 0, ib[32], ie[32];
  int person, line;

  if (p < 3 || !pg_is_han(x->v[p]))
    return;
  if (pg_rc_spells_before(x, p, "还有") || pg_rc_spells_before(x, p, "包括"))
    te = p - 2;
  else if (x->v[p - 1] == ':') {
    te = p - 1;
    if (x->v[te - 1] == ')') /* (按姓氏笔划) */
      for (k = te - 1; k > 0 && te - k < 12; k--)
        if (x->v[k - 1] == '(') {
          te = k - 1;
          break;
        }
  } else
    return;
  if (!(tl = pg_rc_word_ending(x, PG_W_TITLE, 0, te, NULL)))
    return;
  for (k = te - tl; k > 0 && te - tl - k < 4 && pg_is_han(x->v[k - 1]); k--)
    ;
  line = k == 0 || x->v[k - 1] == '\n'; /* 主任:, 大会秘书长: a line's post */
  for (q = p; q < x->vn && n < sizeof ib / sizeof *ib; q = e + 1) {
    for (e = q; e < x->vn && e - q < 5 && pg_is_han(x->v[e]) &&
                x->v[e] != 0x3001 && x->v[e] != 0x7B49; /* 等 */
         e++)
      ;
    if (e == q || !name_item(x, q, e) ||
        (e < x->vn && pg_is_han(x->v[e]) && x->v[e] != 0x3001 &&
         x->v[e] != 0x7B49))
      return; /* every item a name and nothing else */
    ib[n] = q;
    ie[n++] = e;
    if (e >= x->vn || !(x->v[e] == 0x3001 || (line && x->v[e] == ',')))
      break;
  }
  if (n < (line ? 1u : 2u))
    return;
  for (k = 0; k < n; k++)
    if ((person = pg_rc_add(x, ib[k], ie[k], PG_T_PERSON, "person.list", -1,
                            2)) >= 0)
      pg_person_titles(x, person, NULL, te - tl, te, "person.list");
}

/* 作者系…: organizations (and titles when a name precedes). */
static void rec_byline(pg_rctx *x, size_t p)
{
  size_t i;

  for (i = p; i < x->vn && i < p + 160 && x->v[i] != ')' &&
              x->v[i] != '\n' && x->v[i] != 0x3002;
       i++)
    ;
  intro_parts(x, -1, p, i, "org.byline");
}

/* The end of the first name of a run of names [q, lim) written one after
 * another (记者 张晓峰 李梦瑶 reaches here as 张晓峰李梦瑶: the repair pass
 * drops spaces between Han characters), when the whole run splits into
 * names of a surname and one or two given characters, three-character
 * names preferred; else 0. */
static size_t name_run(const pg_rctx *x, size_t q, size_t lim, int depth)
{
  static const size_t given[] = {2, 1};
  size_t sl, e, k;
  int t;

  if (depth > 5 || !(sl = pg_rc_word_at(x, PG_W_SURNAME, q, NULL)))
    return 0;
  for (t = 0; t < 2; t++) {
    e = q + sl + given[t];
    if (e > lim)
      continue;
    for (k = q + sl; k < e && pg_is_han(x->v[k]); k++)
      ;
    if (k < e)
      continue;
    if (e == lim || name_run(x, e, lim, depth + 1))
      return e;
  }
  return 0;
}

/* The newspaper 本报 means: the first newspaper the text names (《人民日
 * 报》（2025年10月20日 第 11 版）), or -1.  Looked up once a document. */
static int first_paper(const pg_rctx *x)
{
  size_t i;

  for (i = 0; i < x->nc; i++) {
    const pg_lex_entry *le;
    size_t l;
    if (x->c[i].type != PG_T_ORGANIZATION || x->c[i].lex < 0)
      continue;
    le = pg_lexicon_entry(x->r->lex, x->c[i].lex);
    l = strlen(le->label);
    if ((l >= 6 && !strcmp(le->label + l - 6, "日报")) ||
        (l >= 9 && !strcmp(le->label + l - 9, "日报社")))
      return (int)i;
  }
  return -1;
}

/* Does the view spell 本报 ("this paper") at p? */
static int ben_bao(const pg_rctx *x, size_t p)
{
  return p + 2 <= x->vn && x->v[p] == 0x672C && x->v[p + 1] == 0x62A5;
}

/* The news organization of a dateline credit, 新华社杭州3月6日电(记者 …):
 * an organization that starts the line, the credit right after 电(, or on
 * the line below it; 本报 is paper, the page's own newspaper. */
static int dateline_org(const pg_rctx *x, size_t p, int paper)
{
  size_t ls, d;
  int c;

  if (p < 2 || x->v[p - 1] != '(')
    return -1;
  for (d = p - 1; d > 0 && p - d < 6 &&
                  (x->v[d - 1] == ' ' || x->v[d - 1] == '\n');
       d--)
    ; /* 本报延安10月19日电 / （记者金歆）: the credit on the next line */
  if (d < 1 || x->v[d - 1] != 0x7535) /* 电 */
    return -1;
  for (ls = d; ls > 0 && x->v[ls - 1] != '\n' && d - ls < 40; ls--)
    ;
  if (ls > 0 && x->v[ls - 1] != '\n')
    return -1;
  c = x->lexat[ls];
  if (c >= 0 && x->c[c].type == PG_T_ORGANIZATION)
    return c;
  return ben_bao(x, ls) ? paper : -1;
}

/* The end of a credited name [b, e) without the 摄 that closes it
 * (新华社记者 王 晔摄: the photographer's name, then "photographed"). */
static size_t before_photo(const pg_rctx *x, size_t b, size_t e)
{
  return e - b >= 3 && x->v[e - 1] == 0x6444 && /* 摄 */
                 (e >= x->vn || !pg_is_han(x->v[e]))
             ? e - 1
             : e;
}

static void credit_person(pg_rctx *x, size_t b, size_t e, const char *role,
                          int org)
{
  int person;

  e = before_photo(x, b, e);
  if ((person = pg_rc_add(x, b, e, PG_T_PERSON, "person.credit", -1, 2)) < 0)
    return;
  pg_rc_fact(x, person, PG_P_JOBTITLE, -1, -1, role, PG_LIT_ZH, b,
             "person.credit");
  if (org >= 0)
    pg_rc_fact(x, person, PG_P_AFFILIATION, org, -1, NULL, PG_LIT_NONE, b,
               "person.credit");
}

/* Skips spaces and line breaks from *k; the number of line breaks. */
static int skip_breaks(const pg_rctx *x, size_t *k)
{
  int nl = 0;

  while (*k < x->vn && (x->v[*k] == '\n' || x->v[*k] == ' '))
    nl += x->v[(*k)++] == '\n';
  return nl;
}

/* The end of the run of Han characters at b that closes its line (a line
 * break, a space or the end follows), or 0 when something else follows. */
static size_t han_line(const pg_rctx *x, size_t b)
{
  size_t e;

  for (e = b; e < x->vn && pg_is_han(x->v[e]); e++)
    ;
  return e < x->vn && x->v[e] != '\n' && x->v[e] != ' ' ? 0 : e;
}

/* 本报记者 / 吴秋余, 本报记者 / 洪秋婷 / 李 / 刚: a credit alone on its line,
 * one name a line below it (a name the layout cut into single characters
 * is joined again). */
static void credit_lines(pg_rctx *x, size_t q, const char *role, int org)
{
  size_t k = q, b, e, n;
  int names;

  for (names = 0; names < 4; names++) {
    int nl = skip_breaks(x, &k);
    if (!nl || nl > 2 || k >= x->vn || !(e = han_line(x, b = k)))
      return;
    n = e - b;
    if (n == 1 && pg_rc_word_at(x, PG_W_SURNAME, b, NULL)) {
      size_t k2 = e, e2;
      nl = skip_breaks(x, &k2);
      if (!nl || nl > 2 || !(e2 = han_line(x, k2)) || e2 - k2 < 1 ||
          e2 - k2 > 2)
        return;
      e = e2; /* 李 / 刚 */
    } else if (n < 2 || n > 4 || !pg_rc_word_at(x, PG_W_SURNAME, b, NULL) ||
               x->lexat[b] >= 0) {
      return;
    }
    credit_person(x, b, e, role, org);
    k = e;
  }
}

/* Is p inside a parenthesis opened earlier on its line? */
static int open_paren_before(const pg_rctx *x, size_t p)
{
  size_t k;

  for (k = p; k > 0 && x->v[k - 1] != '\n'; k--) {
    if (x->v[k - 1] == ')' || x->v[k - 1] == 0xFF09)
      return 0;
    if (x->v[k - 1] == '(' || x->v[k - 1] == 0xFF08)
      return 1;
  }
  return 0;
}

/* 编辑 张 静 美 编 高 妍 / (记者 黄 蕾、韦海鹏); paper: the newspaper 本报
 * means (first_paper). */
static void rec_credits(pg_rctx *x, size_t p, size_t cl, int val, int paper)
{
  const char *role = pg_rc_value(x, PG_W_CREDIT, val);
  size_t q = p + cl, lim, e, rl;
  int person, org = dateline_org(x, p, paper), run;

  if (org < 0 && ben_bao(x, p))
    org = paper;
  if (org < 0 && p > 0 && x->lexend[p] >= 0 &&
      x->c[x->lexend[p]].type == PG_T_ORGANIZATION)
    org = x->lexend[p]; /* 新华社|记者徐鹏航: the body the credit names */

  for (lim = q; lim < x->vn && lim < q + 40 && x->v[lim] != '\n' &&
                x->v[lim] != ')' && x->v[lim] != 0x3002;
       lim++)
    ;
  while (q < lim && (x->v[q] == ' ' || x->v[q] == ':'))
    q++; /* 记者 张三, 责任编辑：李悦 */
  if (q == lim && q < x->vn && x->v[q] == '\n' &&
      (p == 0 || x->v[p - 1] == '\n')) {
    credit_lines(x, q, role, org); /* the credit alone on its line */
    return;
  }
  for (;;) {
    /* a run of names up to the next separator */
    for (rl = q; rl < lim && pg_is_han(x->v[rl]); rl++)
      ;
    if (rl == q)
      break;
    run = 0;
    for (e = q + 2; e <= q + 4 && e < rl && !gap_before(x, e); e++)
      ;
    if (e <= q + 4 && e < rl && gap_before(x, e) &&
        (pg_rc_person_name(x, q, e) == e ||
         pg_rc_word_at(x, PG_W_SURNAME, q, NULL))) {
      run = 1; /* 记者 付坤 吴军辉 摄影: a blank ends each name */
    } else if (!(e = pg_rc_person_name(x, q, lim)) || e > rl ||
               (e < rl && !pg_rc_word_at(x, PG_W_CREDIT, e, NULL))) {
      size_t r = name_run(x, q, rl, 0);
      if (r) {
        e = r;
        run = r < rl;
      }
    }
    if (e <= q)
      break;
    e = before_photo(x, q, e);
    if ((person = pg_rc_add(x, q, e, PG_T_PERSON, "person.credit", -1, 2)) <
        0)
      return;
    pg_rc_fact(x, person, PG_P_JOBTITLE, -1, -1, role, PG_LIT_ZH, q,
               "person.credit");
    if (org >= 0)
      pg_rc_fact(x, person, PG_P_AFFILIATION, org, -1, NULL, PG_LIT_NONE,
                 q, "person.credit");
    q = e;
    if (q < lim && (x->v[q] == 0x3001 || x->v[q] == ',' || x->v[q] == ' '))
      q++;
    else if (!run)
      break;
  }
  /* （记者 付坤 摄影 王皓程 / 李文洋）: the credit's names go on over a
   * line break inside the parenthesis */
  if (q == lim && lim < x->vn && x->v[lim] == '\n' && open_paren_before(x, p)) {
    size_t b = lim;
    skip_breaks(x, &b);
    for (e = b; e < x->vn && e - b <= 3 && pg_is_han(x->v[e]); e++)
      ;
    if (e < x->vn && (x->v[e] == ')' || x->v[e] == 0xFF09) && e - b >= 2 &&
        pg_rc_person_name(x, b, e) == e)
      credit_person(x, b, e, role, org);
  }
}

/* Characters of transliterated foreign names (the common ones of the
 * Xinhua transliteration tables, and 二世/三世): a bare transliteration
 * is made of them only, which keeps words after a title out (主席|致慰问
 * 电, 总统|互致贺电, 总理|谈了情况).  A fixed set, not a table: it is a
 * property of the writing system, not of the corpus. */
static const wchar_t translit[] = L"丁万三世丘东丰丹丽乌乔二于云亚亥亨什仑仕伊伍伏休伦伯伽佐佩佳依保修傅克兰兴兹内冈冯凡凯切列刚利别加努劳勋勒华卓南博卜卡卢厄历古可台史叶吉吕呼哈哥唐嘉嘎因图圭坎坦埃基塔塞士夏多大太夫夸奇奈奎契奥好妮妲姆姚姬威娃娅娜婕孟宁安宋宾密富察尔尚尤尼山巴布希帕年库庚庞康廉延廷弗彭彼德怀恩恰恺惠戈戴扎托扬拉拔拜捷措提敏文斯施旺昂昆明易晋普曲曼朗木本朱朵杜来杭杰松林查柯柳根格桑梅森楠欣欧歇步武比毕汉汗汤沃沙法波泰泽洛津洪派济海涅温滨潘澳热爱特玛玻珀珊班理琪琳琴琼瑞瑟璐瓜瓦甘申留登皮盖祖福科穆章策米索约纳纽绍维罕罗美翠翰考耶肯胡腊舍舒艾芒芙芬芭苏英范茨茹莉莎莫莱菲萝萨蒂蒙蒲蓝蕾薇衣西詹许诺谢豪贝贡贤费贾赖赛赞赫路辛达迈连迦迪逊通道邓邦里金钦铁铃铎锡门阿陆陶雅雷霍露青韦顿额香马高鲁鲍麦黑默黛齐";

int pg_rc_is_translit(uint32_t c)
{
  return c < 0x110000 && wcschr(translit, (wchar_t)c) != NULL;
}

static int translit_only(const pg_rctx *x, size_t b, size_t e)
{
  for (; b < e; b++)
    if (!wcschr(translit, (wchar_t)x->v[b]))
      return 0;
  return 1;
}

/* Does an adverb that opens a predicate start at k (专门, 亲自, 随后)? */
static int adverb_at(const pg_rctx *x, size_t k)
{
  static const char *const adv[] = {"专门", "特别", "亲自", "随后", "再次",
                                    "已经", "先后", "分别", "共同", "一起",
                                    "同时", "当天", "此前", "曾经", "还",
                                    "也", "都", "已"};

  return PG_RC_SPELLS_ANY(x, k, adv) > 0;
}

/* A transliterated name whose parts a middle dot joins is a person's
 * with no title before it (经济学家莫汉•芒纳星河, 会上，约翰·史密斯说): the
 * part before the first dot is transliteration characters only, back to
 * the first character that is not one (经济学家|莫汉) or to a title
 * (助理|约翰·博尔顿); two in three of the name's characters are, and
 * none is a numeral (not 星火·燎原, 中国·东盟, 三·八); the name is no
 * body's (约翰斯·霍普金斯大学), and a tail of other characters is no
 * verb before a post-name word (尼科尼|回忆说).  Not inside a work's 《》
 * (《约翰·克利斯朵夫》 is the novel). */
static void rec_dotted(pg_rctx *x, size_t d)
{
  size_t s = d, e, k, han = 0, tr = 0, tail = 0;

  if (d == 0 || d + 1 >= x->vn || !pg_is_mid_dot(x->v[d]) ||
      !pg_is_han(x->v[d + 1]))
    return;
  while (s > 0 && d - s < 8 && pg_is_han(x->v[s - 1]) &&
         wcschr(translit, (wchar_t)x->v[s - 1]))
    s--;
  if (s > 0 && (pg_is_mid_dot(x->v[s - 1]) ||
                (pg_is_han(x->v[s - 1]) &&
                 wcschr(translit, (wchar_t)x->v[s - 1]))))
    return; /* not the first dot, or a part too long to be one */
  for (k = d - 1; k > s; k--)
    if (pg_rc_word_ending(x, PG_W_TITLE, 0, k, NULL)) {
      s = k;
      break;
    }
  if (s == d || x->lexat[s] >= 0 ||
      (e = pg_rc_person_name(x, s, x->vn)) <= d + 1 ||
      pg_rc_word_ending(x, PG_W_ORGHEAD, 0, e, NULL))
    return;
  for (k = d + 2; k < e; k++) /* 比尔·盖茨|专门致信: an adverb ends it */
    if (pg_rc_weak_name_end(x, k) || pg_rc_time_word_at(x, k) ||
        adverb_at(x, k)) {
      e = k;
      break;
    }
  for (k = s; k < e; k++)
    if (pg_is_han(x->v[k])) {
      if (pg_rc_is_numeral(x->v[k]))
        return;
      han++;
      tr += wcschr(translit, (wchar_t)x->v[k]) != NULL;
    }
  while (tail < e - s && pg_is_han(x->v[e - 1 - tail]) &&
         !wcschr(translit, (wchar_t)x->v[e - 1 - tail]))
    tail++;
  if (3 * tr < 2 * han ||
      (tail && pg_rc_word_at(x, PG_W_POSTNAME, e, NULL)))
    return;
  for (k = s; k > 0 && s - k < 40; k--) {
    if (x->v[k - 1] == 0x300B || x->v[k - 1] == '\n') /* 》 */
      break;
    if (x->v[k - 1] == 0x300A) /* 《 */
      return;
  }
  pg_rc_add(x, s, e, PG_T_PERSON, "person.dotted", -1, 2);
}

/* A transliterated name written without dots after a country or an
 * organization and a title (英国首相斯塔默表示): two to four characters
 * up to a boundary or a post-name word. */
static size_t bare_foreign(const pg_rctx *x, size_t p, size_t ts,
                           const int *orgend)
{
  int le = ts < x->vn + 1 ? x->lexend[ts] : -1, jp;
  size_t e, tl;

  if (orgend[ts] < 0 && !(le >= 0 && x->c[le].type == PG_T_PLACE) &&
      (tl = pg_rc_word_ending(x, PG_W_TITLE, 0, ts, NULL)) > 0)
    ts -= tl; /* 俄罗斯总统|新闻秘书佩斯科夫: a title of a title */
  if (ts > 0 && x->v[ts - 1] == 0x524D) /* 前副总理: a former post */
    ts--;
  if (ts > 3 && orgend[ts] < 0 && x->v[ts - 2] == 0x653F &&
      x->v[ts - 1] == 0x5E9C && x->v[ts - 3] == 0x3001)
    ts -= 2; /* 工党领袖、政府总理布朗: the party's government */
  if (ts > 2 && x->v[ts - 1] == 0x3001 && orgend[ts] < 0 &&
      (tl = pg_rc_word_ending(x, PG_W_TITLE, 0, ts - 1, NULL)) > 0 &&
      ts - 1 >= tl)
    ts -= 1 + tl; /* 协会主席、前副总理托济克: the posts share the body */
  le = x->lexend[ts];
  if (orgend[ts] < 0 && !(le >= 0 && x->c[le].type == PG_T_PLACE &&
                          x->c[le].ve == ts) &&
      !(ts >= 1 && pg_rc_word_at(x, PG_W_SHORT, ts - 1, NULL) == 1 &&
        (ts < 2 || !pg_is_han(x->v[ts - 2]))) && /* 俄副总理诺瓦克 */
      !(ts >= 2 && x->v[ts - 2] == 0x8BE5 && /* 该国总统, 该州州长 */
        wcschr(L"国州省市", (wchar_t)x->v[ts - 1])))
    return 0;
  if (pg_rc_word_at(x, PG_W_NONNAME, p, NULL) ||
      pg_rc_word_at(x, PG_W_POSTNAME, p, NULL) || pg_rc_stop_in(x, p))
    return 0;
  jp = le >= 0 && x->c[le].type == PG_T_PLACE && x->c[le].lex >= 0 &&
       !strcmp(pg_lexicon_entry(x->r->lex, x->c[le].lex)->label, "日本");
  for (e = p; e < x->vn && e - p < 9 && pg_is_han(x->v[e]); e++) {
    if (e > p + 1 && pg_rc_word_at(x, PG_W_POSTNAME, e, NULL))
      break;
    if (jp && e > p + 1 && pg_rc_stop_in(x, e))
      break;
    if (pg_rc_word_at(x, PG_W_TITLE, e, NULL) ||
        pg_rc_word_at(x, PG_W_ORGHEAD, e, NULL))
      return 0; /* 会主席: a title or a head is no name */
  }
  /* a Japanese name in Han characters after Japan's post
   * (日本经济产业大臣西村康稔在…; three or four: not 首相|官邸), before a
   * mark, a stop or a post-name word */
  if (jp && e - p >= 3 && e - p <= 4 && x->lexat[p] < 0)
    return e;
  /* up to eight characters (阿尔及利亚总理阿卜杜拉赫曼, 约旦国王阿卜杜拉
   * 二世, 萨摩亚国家元首图伊马莱阿利法诺), before a mark or a post-name
   * word */
  if (e - p < 2 || e - p > 8 ||
      (e - p > 4 && e < x->vn && pg_is_han(x->v[e]) &&
       !pg_rc_word_at(x, PG_W_POSTNAME, e, NULL)) ||
      (e < x->vn && pg_is_mid_dot(x->v[e])) || !translit_only(x, p, e) ||
      (e < x->vn && pg_is_han(x->v[e]) &&
       !pg_rc_word_at(x, PG_W_POSTNAME, e, NULL)))
    return 0;
  return e;
}

/* A body that fills an item of a list of posts by itself, from a 、 to
 * the post at ts (、国家智能网联汽车创新中心|首席科学家,
 * 、智能产业研究院(AIR)|院长): the list says where the name starts, so it
 * needs no proper start.  Sets *ch; the item's start, or 0 (none, and
 * nothing added). */
static size_t item_body(pg_rctx *x, size_t ts, pg_chain *ch)
{
  size_t lo, oe = ts, k;

  if (ts > 2 && x->v[ts - 1] == ')') { /* an acronym in parentheses */
    for (k = ts - 2; k > 0 && ts - k < 16 && x->v[k] != '(' && x->v[k] != ')';
         k--)
      ;
    if (x->v[k] != '(')
      return 0;
    oe = k;
  }
  for (lo = oe; lo > 0 && oe - lo < 24 && pg_is_han(x->v[lo - 1]) &&
                x->v[lo - 1] != 0x3001 && !pg_rc_stop_in(x, lo - 1) &&
                !(x->lexat[lo - 1] >= 0 &&
                  x->c[x->lexat[lo - 1]].type == PG_T_PERSON);
       lo--)
    ;
  if (oe - lo < 4 || lo == 0 || x->v[lo - 1] != 0x3001 ||
      pg_rc_word_at(x, PG_W_TITLE, lo, NULL) ||
      pg_rc_time_word_at(x, lo))
    return 0;
  if (!pg_org_chain(x, lo, oe, 1, ch, "person.title"))
    return 0;
  if (ch->e == oe)
    return lo;
  pg_chain_undo(x, ch);
  return 0;
}

/* The body a person whose name ends at e holds a post in (the last such
 * post the person rules gave), other than person `but`; with named, only
 * a body the lexicon knows or with a proper name.  -1 when none.  The
 * person rules add facts in the text's order, so the search stops a
 * window before e: it stays linear in a long document. */
static int post_body_ending(const pg_rctx *x, size_t e, int but, int named)
{
  size_t k;

  for (k = x->nf; k-- > 0;) {
    const pg_pfact *f = &x->f[k];
    if (f->pred != PG_P_AFFILIATION || f->subj < 0)
      continue;
    if (f->vpos + 1024 < e)
      break;
    if (f->subj != but && x->c[f->subj].type == PG_T_PERSON &&
        x->c[f->subj].ve == e && f->obj >= 0 &&
        (!named || x->c[f->obj].lex >= 0 ||
         pg_rc_proper_at(x, x->c[f->obj].vb)))
      return f->obj;
  }
  return -1;
}

/* Is body b a party's or a government's (省委, 中共中央, 市政府), whose
 * posts and the state's are held in different bodies? */
static int political_body(const pg_rctx *x, int b)
{
  size_t j;

  for (j = x->c[b].vb; j < x->c[b].ve; j++)
    if (x->v[j] == 0x515A || x->v[j] == 0x59D4 || /* 党 委 */
        pg_rc_spells(x, j, "政府"))
      return 1;
  return 0;
}

/* The start of an office's name that fills a list item and ends at ts,
 * before a title [ts, te) of two characters that begins with the
 * office's head (人事处|处长, 研究生院|院长, 组织部|部长); ts when none.
 * *unit is set when the item follows another title and a 、 (北京语言大学
 * 校长助理、人事处处长): the office is then a unit of the body the chain
 * opens with, if the chain opens with one (units_of_first). */
static size_t office_before(const pg_rctx *x, size_t ts, size_t te, int *unit)
{
  size_t b;

  *unit = 0;
  if (te - ts != 2 || ts < 3 || x->v[ts + 1] != 0x957F || /* 长 */
      x->v[ts - 1] != x->v[ts] || !wcschr(L"处部科局司院所", (wchar_t)x->v[ts]))
    return ts;
  for (b = ts - 1; b > 0 && ts - b < 10 && pg_is_han(x->v[b - 1]) &&
                   !pg_rc_stop_in(x, b - 1) && x->lexend[b] < 0;
       b--)
    ;
  if (ts - b < 3 || (b > 0 && x->v[b - 1] != 0x3001 && x->v[b - 1] != ',' &&
                     x->v[b - 1] != ':' && x->v[b - 1] != '\n'))
    return ts;
  *unit = b > 1 && x->v[b - 1] == 0x3001 &&
          pg_rc_word_ending(x, PG_W_TITLE, 0, b - 1, NULL) > 0;
  return b;
}

/* Facts of a person's title [ts, te) and the organization right before
 * it; returns where that organization (or else the title) starts. */
static size_t title_facts(pg_rctx *x, const int *orgend, int person,
                          size_t ts, size_t te)
{
  int org = orgend[ts], pl, unit;
  pg_chain ch;
  size_t k;

  memset(&ch, 0, sizeof ch);
  /* 经济合作与发展组织(经合组织)秘书长: the organization before (…) */
  if (org < 0 && ts > 2 && x->v[ts - 1] == ')') {
    for (k = ts - 2; k > 0 && ts - k < 20 && x->v[k] != '(' &&
                     x->v[k] != ')';
         k--)
      ;
    if (x->v[k] == '(')
      org = orgend[k];
  }
  /* 天津市社科联专职副主席, 综合司原司长: a word between the body and the
   * post belongs to the post (a former post stays 原司长, never 司长) */
  if (org < 0 && (k = post_modifier(x, 0, ts)) && ts > k &&
      (org = orgend[ts - k]) >= 0)
    ts -= k;

  /* 法国船级社|技术副总裁, 大学|首任校长: a word of two to four
   * characters between a body and its post, with no name, head, title or
   * stop word in it, belongs to the post */
  for (k = 2; org < 0 && k <= 4 && ts > k; k++) {
    size_t j;
    int ok = orgend[ts - k] >= 0 &&
             !pg_rc_word_at(x, PG_W_SURNAME, ts - k, NULL);
    for (j = ts - k; ok && j < ts; j++)
      ok = pg_is_han(x->v[j]) && x->lexat[j] < 0 && x->lexend[j + 1] < 0 &&
           !pg_rc_stop_in(x, j) && !pg_rc_word_at(x, PG_W_ORGHEAD, j, NULL) &&
           !pg_rc_word_at(x, PG_W_TITLE, j, NULL) &&
           !pg_rc_word_at(x, PG_W_POSTNAME, j, NULL);
    if (ok) {
      org = orgend[ts - k];
      ts -= k;
    }
  }
  /* 西藏自治区|党委书记吴英杰: the party committee of a place the
   * lexicon knows, its name written into the post (as 湖北省委|书记) */
  if (org < 0 && te - ts >= 4 && ts > 0 && pg_rc_spells(x, ts, "党委") &&
      (pl = x->lexend[ts]) >= 0 && x->c[pl].type == PG_T_PLACE &&
      x->c[pl].lex >= 0 &&
      (org = pg_rc_add(x, x->c[pl].vb, ts + 2, PG_T_ORGANIZATION, "org.head",
                       -1, 2)) >= 0)
    pg_rc_label(x, org, pg_rc_name(x, x->c[pl].vb, ts + 2));
  /* 巴西前总统博索纳罗: after a country (or at a clause's start) a former
   * post is written with its 前 or 原 (not 此前|总统, 目前|总统) */
  if (org < 0 && ts > 0 && (x->v[ts - 1] == 0x524D || x->v[ts - 1] == 0x539F) &&
      (ts == 1 || pg_rc_is_punct(x->v[ts - 2]) ||
       (x->lexend[ts - 1] >= 0 &&
        x->c[x->lexend[ts - 1]].type == PG_T_PLACE)))
    ts--;
  /* 印度电子和信息技术部长, 外交部长: the title's first character is the
   * organization's head (…部 + 部长) */
  if (org < 0 && te - ts == 2 && x->v[ts + 1] == 0x957F && /* 长 */
      pg_rc_word_at(x, PG_W_ORGHEAD, ts, NULL) == 1 && orgend[ts + 1] >= 0 &&
      x->c[orgend[ts + 1]].vb + 2 < ts &&
      !strcmp(x->c[orgend[ts + 1]].rule, "org.listed")) {
    ch.n = 1; /* 德国环境、…与消费者保护|部长: the listed ministry */
    ch.piece[0] = ch.top = orgend[ts + 1];
    pg_person_titles(x, person, &ch, ts, te, "person.title");
    return x->c[ch.top].vb;
  }
  if (org < 0 && te - ts == 2 && x->v[ts + 1] == 0x957F && /* 长 */
      pg_rc_word_at(x, PG_W_ORGHEAD, ts, NULL) == 1) {
    size_t lo;
    for (lo = ts; lo > 0 && ts - lo < 24 &&
                  pg_rc_is_name_char(x->v[lo - 1]) && !pg_rc_stop_in(x, lo - 1);
         lo--)
      ;
    /* the longest chain that ends with the head */
    for (k = lo; k + 2 <= ts; k++)
      if ((k == lo || pg_rc_proper_at(x, k)) &&
          pg_org_chain(x, k, ts + 1, 0, &ch, "person.title") &&
          ch.e == ts + 1) {
        pg_person_titles(x, person, &ch, ts, te, "person.title");
        return x->c[ch.top].vb;
      }
    memset(&ch, 0, sizeof ch);
  }
  /* 意大利驻华使馆文化参赞X、科技参赞Y: a post without a body, right
   * after the 、 that closes a name holding a post in a body, is a post
   * in that body too */
  if (org < 0 && ts > 1 && x->v[ts - 1] == 0x3001 &&
      (pl = post_body_ending(x, ts - 1, person, 0)) >= 0 &&
      !political_body(x, pl)) { /* not 省委书记陈豪、省长阮成发: a party's or
                                    a government's posts and the state's
                                    are not one body's */
    ch.n = 1;
    ch.piece[0] = ch.top = pl;
    pg_person_titles(x, person, &ch, ts, te, "person.title");
    return ts;
  }
  if (org < 0 && (k = item_body(x, ts, &ch))) {
    pg_person_titles(x, person, &ch, ts, te, "person.title");
    return k;
  }
  /* 、人事处处长郁有学, ，研究生院院长: an office that fills its item,
   * right before a title that begins with its head; after another title
   * (校长助理、人事处处长) a unit, held until units_of_first finds the
   * body the chain opens with */
  if (org < 0 && (k = office_before(x, ts, te, &unit)) < ts &&
      (pl = pg_rc_add(x, k, ts, PG_T_ORGANIZATION,
                      unit ? "org.office" : "org.head", -1, 1)) >= 0) {
    pg_rc_label(x, pl, pg_rc_name(x, k, ts));
    ch.n = unit;
    ch.piece[0] = ch.top = pl;
    pg_person_titles(x, person, unit ? &ch : NULL, ts, te, "person.title");
    return k;
  }
  if (org >= 0) {
    ch.n = 1;
    ch.piece[0] = org;
    ch.top = x->c[org].top >= 0 ? x->c[org].top : org;
  }
  pg_person_titles(x, person, org >= 0 ? &ch : NULL, ts, te, "person.title");
  if (org < 0 && ts > 0 && (x->v[ts - 1] == 0x524D || x->v[ts - 1] == 0x539F))
    return ts - 1; /* 协会主席、前副总理: a former post, in the list */
  return org >= 0 ? x->c[ch.top].vb : ts;
}

/* 叶思远任组长, 担任理事长: a post the person takes, right after the name
 * at e (the title must end at a boundary). */
static void post_title(pg_rctx *x, int person, size_t e)
{
  static const uint32_t ren = 0x4EFB, dan = 0x62C5; /* 任 担 */
  size_t r = e, tl;

  if (r + 1 < x->vn && x->v[r] == dan && x->v[r + 1] == ren)
    r += 2;
  else if (r < x->vn && x->v[r] == ren)
    r++;
  else
    return;
  if (!(tl = pg_rc_word_at(x, PG_W_TITLE, r, NULL)) ||
      (r + tl < x->vn && pg_is_han(x->v[r + tl]) &&
       !pg_rc_stop_in(x, r + tl)))
    return;
  pg_person_titles(x, person, NULL, r, r + tl, "person.post");
}

/* A post's body the text names in a form no rule knows (中共中央政治局
 * 常委、|首规委|主任蔡奇, 南非总统、|非国大|主席): a short word with no
 * stop word and no known person in it (not …习近平同|越共中央…); where
 * it starts when a 、 and another title come before it (the list goes
 * on), else p. */
static size_t unknown_body_before(const pg_rctx *x, size_t p)
{
  size_t k;

  if (p < 2 || !pg_is_han(x->v[p - 1]) || x->v[p - 1] == 0x3001)
    return p;
  for (k = p; k > 0 && p - k < 16 && pg_is_han(x->v[k - 1]) &&
              x->v[k - 1] != 0x3001 && !pg_rc_word_at(x, PG_W_STOP, k - 1, NULL) &&
              !(x->lexat[k - 1] >= 0 && x->c[x->lexat[k - 1]].type == PG_T_PERSON);
       k--)
    ;
  return k > 1 && k < p && x->v[k - 1] == 0x3001 &&
                 pg_rc_word_ending(x, PG_W_TITLE, 0, k - 1, NULL)
             ? k
             : p;
}

/* The posts coordinated before p by 、 (中国工程院院士、|中国人工智能学会
 * 理事长戴琼海), each with its body, for person. */
static void coordinated_posts(pg_rctx *x, const int *orgend, int person,
                              size_t p)
{
  size_t tl;
  int k;

  for (k = 0; k < 6 && p > 1; k++) {
    p = unknown_body_before(x, p);
    if (p < 2 || x->v[p - 1] != 0x3001 ||
        !(tl = pg_rc_word_ending(x, PG_W_TITLE, 0, p - 1, NULL)))
      break;
    p = title_facts(x, orgend, person, p - 1 - tl, p - 1);
  }
}

/* Is candidate u an office of a body with no name of its own: no known
 * or proper name in it, at most twelve characters, closed by the head of
 * an office (人事处, 组织部, 研究生院, 汉语国际教育学部; not 智能产业研究院,
 * which a chain names as a body of its own, nor 原中央党史研究室)? */
static int admin_unit(const pg_rctx *x, int u)
{
  static const char *const heads[] = {"处", "部", "办公室", "研究生院", "学院",
                                      "系", "科"};
  size_t k, i;

  if (x->c[u].ve - x->c[u].vb > 12)
    return 0;
  if (pg_rc_proper_at(x, x->c[u].vb))
    return 0;
  for (k = x->c[u].vb; k < x->c[u].ve; k++)
    if (x->lexat[k] >= 0 || x->v[k] == 0x539F) /* 原 */
      return 0; /* but a word that may open a name is none inside one
                   (汉语国际教育学部) */
  for (i = 0; i < sizeof heads / sizeof *heads; i++) {
    size_t l = pg_utf8_count(heads[i]);
    if (x->c[u].ve >= x->c[u].vb + l + (l < 4) && /* 研究生院 alone too */
        pg_rc_spells(x, x->c[u].ve - l, heads[i]) == l)
      return 1;
  }
  return 0;
}

/* Is candidate u an office title_facts holds for units_of_first? */
static int held_office(const pg_rctx *x, int u)
{
  return x->c[u].type == PG_T_ORGANIZATION &&
         !strcmp(x->c[u].rule, "org.office");
}

/* The offices held for the chain of person's posts from fact f0 on are
 * no bodies when the chain names no body they belong to. */
static void held_offices_undo(pg_rctx *x, int person, size_t f0)
{
  size_t k;

  for (k = f0; k < x->nf; k++)
    if (x->f[k].subj == person && x->f[k].pred == PG_P_AFFILIATION &&
        x->f[k].obj >= 0 && held_office(x, x->f[k].obj))
      x->c[x->f[k].obj].type = PG_T_NONE;
}

/* The posts a chain of titles gave person from fact f0 on: a unit the
 * reader found with no name of its own (人事处, 研究生院, 汉语国际教育学部)
 * is a unit of the body the chain opens with (北京语言大学校长助理、人事处
 * 处长郁有学): the person's post is in that body, the unit under it. */
static void units_of_first(pg_rctx *x, int person, size_t f0)
{
  size_t k, first = x->nf, lo = x->vn, b;
  int top = -1, school;

  for (k = f0; k < x->nf; k++)
    if (x->f[k].subj == person) {
      if (x->f[k].pred == PG_P_AFFILIATION)
        first = k; /* the walk goes right to left: the last is the first */
      if (x->f[k].vpos < lo)
        lo = x->f[k].vpos;
    }
  if (first < x->nf)
    top = x->f[first].obj;
  if (top < 0 || held_office(x, top) ||
      (x->c[top].lex < 0 && !pg_rc_proper_at(x, x->c[top].vb))) {
    /* …人事处处长郁有学，校长助理、研究生院院长郭鹏: the posts after the
     * comma that closes a person holding a post in a named body are in it */
    top = -1;
    for (b = lo; b > 0 && lo - b < 24 && x->v[b - 1] != ',' &&
                 x->v[b - 1] != 0x3002;
         b--)
      ;
    school = b + 1 == lo && x->v[b] == 0x6821; /* 校党委副书记: the school's */
    if (b > 1 && (b == lo || school) && x->v[b - 1] == ',') /* a title right
                                                   after the comma: no body */
      top = post_body_ending(x, b - 1, person, 1);
    if (top < 0 || political_body(x, top) ||
        (school && !pg_rc_spells_before(x, x->c[top].ve, "大学") &&
         !pg_rc_spells_before(x, x->c[top].ve, "学院"))) {
      held_offices_undo(x, person, f0); /* 原副县长、生态移民局局长: whose? */
      return; /* 省委书记陈豪，省长阮成发: not one body's posts */
    }
    first = x->nf; /* every post of the chain is the body's */
    pg_rc_fact(x, person, PG_P_AFFILIATION, top, -1, NULL, PG_LIT_NONE, lo,
               "person.title");
  }
  for (k = f0; k < first; k++) {
    int u = x->f[k].obj;
    if (x->f[k].subj != person || x->f[k].pred != PG_P_AFFILIATION || u < 0 ||
        u == top || x->c[u].lex >= 0 ||
        (!admin_unit(x, u) && !held_office(x, u)) ||
        x->c[u].vb < x->c[top].ve)
      continue;
    x->f[k].obj = top;
    pg_rc_fact(x, u, PG_P_SUBORG, top, -1, NULL, PG_LIT_NONE, x->c[u].vb,
               "org.unit");
  }
}

/* The facts of the titles that end at p (the title [p - tl, p) and the
 * titles coordinated before it) for person. */
static void title_chain(pg_rctx *x, const int *orgend, int person, size_t p,
                        size_t tl)
{
  size_t f0 = x->nf;

  p = title_facts(x, orgend, person, p - tl, p);
  /* two posts of one organization: 公司创始人兼首席执行官林若溪 */
  if (p > 1 && x->v[p - 1] == 0x517C && /* 兼 */
      (tl = pg_rc_word_ending(x, PG_W_TITLE, 0, p - 1, NULL)))
    p = title_facts(x, orgend, person, p - 1 - tl, p - 1);
  coordinated_posts(x, orgend, person, p);
  units_of_first(x, person, f0);
}

/* The end of a list item [q, ...) that is a name and nothing else: the
 * name ends at a 、 or at a word that may follow a name; else 0. */
static size_t list_name(const pg_rctx *x, size_t q, int foreign)
{
  size_t e, lim;

  if (foreign) { /* 副总理戈利科娃、诺瓦克、特鲁特涅夫、切尔内申科等 */
    for (e = q; e < x->vn && e - q <= 8 && pg_is_han(x->v[e]) &&
                x->v[e] != 0x7B49 && wcschr(translit, (wchar_t)x->v[e]); /* 等 */
         e++)
      ;
    if (e - q >= 2 && e - q <= 8 &&
        (e >= x->vn || x->v[e] == 0x3001 || x->v[e] == 0x7B49 ||
         !pg_is_han(x->v[e]) || pg_rc_word_at(x, PG_W_POSTNAME, e, NULL)))
      return e;
  }

  for (lim = q; lim < x->vn && lim - q < 8 && x->v[lim] != 0x3001 &&
                (pg_is_han(x->v[lim]) || pg_is_mid_dot(x->v[lim]));
       lim++)
    ;
  if (lim < x->vn && x->v[lim] == 0x3001) /* the name fills the item */
    return pg_rc_person_name(x, q, lim) == lim ? lim : 0;
  e = pg_rc_person_name(x, q, x->vn);
  if (!e || e > lim)
    return 0;
  return e;
}

static int title_name_end(const pg_rctx *x, size_t e);

/* The names that follow a person's name at e in a 、-list, each taken as a
 * person (a list shares its head: 执行主席王晨、曹建明、张春贤在主席台就座;
 * 成员丁薛祥、黄坤明、蔡奇参加); with the title [p - tl, p) they share it
 * and the organizations before it. */
static void list_after(pg_rctx *x, const int *orgend, size_t e, size_t p,
                         size_t tl)
{
  size_t q, ne;
  int k, person;
  int foreign = translit_only(x, p, e) && e - p >= 2 && x->lexat[p] < 0;

  for (k = 0; k < 40 && e + 1 < x->vn && x->v[e] == 0x3001; k++) {
    q = e + 1;
    if ((person = x->lexat[q]) >= 0 &&
        (x->c[person].type != PG_T_PERSON || x->c[person].vb != q))
      break;
    if (person >= 0 && (ne = x->c[person].ve) < x->vn &&
        x->v[ne] != 0x3001 && !title_name_end(x, ne))
      break;
    if (person < 0 && /* a well-known name the reader may not read: 吉炳轩 */
        (!(ne = list_name(x, q, foreign)) ||
         (person = pg_rc_add(x, q, ne, PG_T_PERSON, "person.list", -1, 2)) <
             0))
      break;
    if (tl)
      title_chain(x, orgend, person, p, tl);
    e = ne;
  }
}

/* May the name after a title end at e? */
static int title_name_end(const pg_rctx *x, size_t e)
{
  return e >= x->vn || !pg_is_han(x->v[e]) ||
         pg_rc_word_at(x, PG_W_POSTNAME, e, NULL) || pg_rc_stop_in(x, e);
}

/* 院士于俊崇: 于 is a preposition the name reader refuses as a surname;
 * right after a title it is the surname, unless a time word follows
 * (局长于近日表示, 主任于今年). */
static size_t yu_name(const pg_rctx *x, size_t p)
{
  static const wchar_t *const not_given = L"今近昨明本上下同次该此当前后年月日晚早去";
  size_t n, k;

  if (p + 2 > x->vn || x->v[p] != 0x4E8E /* 于 */)
    return 0;
  for (n = 2; n >= 1; n--) {
    size_t e = p + 1 + n;
    int ok = e <= x->vn;
    for (k = p + 1; ok && k < e; k++)
      ok = pg_is_han(x->v[k]) && x->lexat[k] < 0 &&
           !pg_rc_word_at(x, PG_W_POSTNAME, k, NULL) &&
           !pg_rc_word_at(x, PG_W_TITLE, k, NULL) && !pg_rc_stop_in(x, k) &&
           !wcschr(not_given, (wchar_t)x->v[k]);
    if (ok && title_name_end(x, e))
      return e;
  }
  return 0;
}

/* Does a second title follow the name [p, e) (院士王树新|教授), one that is
 * no body's head (中国共产党纪律检查|委员会), the name holding no word that
 * breaks a name (王储|兼|首相)? */
static int second_title(const pg_rctx *x, size_t p, size_t e)
{
  size_t tl = pg_rc_word_at(x, PG_W_TITLE, e, NULL), k;

  if (!tl || pg_rc_word_at(x, PG_W_ORGHEAD, e, NULL) > tl)
    return 0;
  for (k = p + 1; k < e; k++)
    if (pg_rc_stop_in(x, k))
      return 0;
  return 1;
}

/* A title before the name: (org) 副局长 沈卓然 表示. */
static void rec_title_name(pg_rctx *x, const int *orgend, size_t p)
{
  int person, known;
  size_t tl = pg_rc_word_ending(x, PG_W_TITLE, 0, p, NULL), e;

  if (!tl || pg_rc_word_at(x, PG_W_TITLE, p - tl, NULL) > tl ||
      pg_rc_word_at(x, PG_W_ORGHEAD, p - tl, NULL) > tl)
    return; /* 理事|长戴琼海 is 理事长; 委员|会主席 is 委员会 */
  if (p - tl > 0 && x->lexend[p - tl] >= 0 &&
      x->c[x->lexend[p - tl]].type == PG_T_PERSON)
    return; /* 习近平总书记|殷切嘱托: the post is the known name's */
  {
    /* 中央外事工作委员会办公室|主任: a known body's name ends inside the
     * longest title (办公室主任); the title starts where the body ends */
    size_t q;
    for (q = p - tl + 1; q < p; q++)
      if (orgend[q] >= 0 && pg_rc_word_at(x, PG_W_TITLE, q, NULL) == p - q) {
        tl = p - q;
        break;
      }
  }
  {
    /* 俄罗斯总统|新闻秘书佩斯科夫: a title of a title, after a place or a
     * body, is one post (总统新闻秘书) */
    size_t t2 = p - tl >= 2 ? pg_rc_word_ending(x, PG_W_TITLE, 0, p - tl, NULL)
                            : 0;
    size_t b2 = p - tl - t2;
    int le2 = t2 ? x->lexend[b2] : -1;
    if (t2 && b2 > 0 &&
        (orgend[b2] >= 0 || (le2 >= 0 && x->c[le2].type == PG_T_PLACE)) &&
        !pg_rc_word_at(x, PG_W_ORGHEAD, b2, NULL))
      tl += t2;
  }
  if (p - tl >= 3 && x->v[p - tl - 1] == 0x65B9 && /* 方 */
      (x->v[p - tl - 2] == 0x5916 || /* 外方 */
       pg_rc_word_at(x, PG_W_SHORT, p - tl - 2, NULL) == 1) &&
      orgend[p - tl - 2] >= 0)
    tl += 2; /* …合作委员会|中方主席: the side's post in a joint body */
  if (p - tl >= 1 && x->v[p - tl - 1] == 0x526F && /* 副 */
      pg_rc_word_at(x, PG_W_TITLE, p - tl - 1, NULL) <= tl)
    tl++; /* 俄罗斯副外长: the deputy of any post the table knows */
  known = x->lexat[p];
  if (known >= 0 &&
      (x->c[known].type != PG_T_PERSON || x->c[known].vb != p))
    known = -1;
  e = pg_rc_person_name(x, p, x->vn);
  if (e && !title_name_end(x, e) && !second_title(x, p, e))
    e = 0; /* but 院士王树新|教授: a second title after the name */
  if (e && known >= 0 && e - p == 4 && e == x->c[known].ve + 1 &&
      pg_rc_word_at(x, PG_W_SURNAME, p, NULL) < 2)
    e = x->c[known].ve; /* 总统蔡英文|时: a known name and one character
                           more is no longer name (but 吴清|远 is) */
  if (!e && known < 0 && (e = pg_rc_person_name_titled(x, p, x->vn)) &&
      !title_name_end(x, e) && !pg_rc_weak_name_end(x, e) &&
      !(e + 1 < x->vn && wcschr(L"了着过", (wchar_t)x->v[e + 1])))
    e = 0; /* but 省长李炳军|发了言: a verb and 了 after the name */
  if (!e && known < 0)
    e = yu_name(x, p);
  if (!e && known < 0)
    e = pg_rc_person_name_again(x, p);
  if (!e && known >= 0)
    e = x->c[known].ve; /* 拜登|邀请: a well-known name ends where the
                           lexicon says (but 吴清远 is not 吴清) */
  else if (!e && (!(e = bare_foreign(x, p, p - tl, orgend)) ||
                  !title_name_end(x, e)))
    return;
  if ((person = pg_rc_add(x, p, e, PG_T_PERSON, "person.title", -1, 2)) < 0)
    return;
  post_title(x, person, e);
  title_chain(x, orgend, person, p, tl);
  {
    size_t t2 = pg_rc_word_at(x, PG_W_TITLE, e, NULL);
    if (t2 && second_title(x, p, e) &&
        (e + t2 >= x->vn || !pg_rc_is_name_char(x->v[e + t2]) ||
         !pg_rc_person_name(x, e + t2, x->vn)))
      pg_person_titles(x, person, NULL, e, e + t2, "person.title");
  } /* 中国工程院院士王树新教授: the title after the name too */
  list_after(x, orgend, e, p, tl);
}

/* A list of names one of which is a well-known person (the lexicon's):
 * every name of the 、-list is a person (王沪宁、蔡奇、丁薛祥参加). */
static void rec_known_list(pg_rctx *x, const int *orgend, size_t p)
{
  int ci = x->lexat[p];
  size_t b, q, be;

  if (ci < 0 || x->c[ci].type != PG_T_PERSON || x->c[ci].vb != p)
    return;
  /* go back to the list's first name */
  for (b = p; b > 1 && x->v[b - 1] == 0x3001;) {
    for (q = b - 1; q > 0 && b - 1 - q < 8 && pg_is_han(x->v[q - 1]); q--)
      ;
    while (q < b - 1 && list_name(x, q, 0) != b - 1)
      q++;
    if (q >= b - 1 ||
        (q > 0 && pg_is_han(x->v[q - 1]) && !pg_rc_stop_in(x, q - 1) &&
         !pg_rc_word_ending(x, PG_W_STOP, 0, q, NULL) &&
         !pg_rc_word_ending(x, PG_W_TITLE, 0, q, NULL) &&
         !pg_rc_word_ending(x, PG_W_POSTNAME, 0, q, NULL)))
      break; /* 马克思列|宁主义、毛泽东: a name has a left edge */
    b = q;
  }
  if (b < p && (be = list_name(x, b, 0)) &&
      pg_rc_add(x, b, be, PG_T_PERSON, "person.list", -1, 2) >= 0)
    list_after(x, orgend, be, 0, 0);
  list_after(x, orgend, x->c[ci].ve, 0, 0);
  /* 习近平和彭丽媛, 武契奇和塔玛拉: a name joined to a known person's by
   * 和 or 与 is a person's, when nothing follows it but a mark, a stop or
   * a post-name word (not 习近平和中国人民: a known place) */
  q = x->c[ci].ve;
  if (q + 3 <= x->vn && (x->v[q] == 0x548C || x->v[q] == 0x4E0E) &&
      x->lexat[q + 1] < 0) {
    size_t e = pg_rc_person_name(x, q + 1, x->vn);
    if (!e) { /* a transliterated name without dots: 塔玛拉 */
      for (e = q + 1; e < x->vn && e - (q + 1) < 5 && pg_is_han(x->v[e]) &&
                      wcschr(translit, (wchar_t)x->v[e]) &&
                      !pg_rc_stop_in(x, e) &&
                      !pg_rc_word_at(x, PG_W_POSTNAME, e, NULL);
           e++)
        ;
      if (e - (q + 1) < 2 || e - (q + 1) > 4)
        e = 0;
    }
    if (e && e - (q + 1) <= 4 && title_name_end(x, e))
      pg_rc_add(x, q + 1, e, PG_T_PERSON, "person.list", -1, 2);
  }
}

/* A title after the name: 习近平总书记; 来自<org>的孙立群研究员 also
 * states the organization. */
/* Does a name start at p, one the name reader reads up to a boundary or
 * two to six transliteration characters? */
static int next_name(const pg_rctx *x, size_t p)
{
  size_t e;

  if (p >= x->vn || !pg_is_han(x->v[p]) || title_name_end(x, p))
    return 0;
  if ((e = pg_rc_person_name(x, p, x->vn)) && title_name_end(x, e))
    return 1; /* but 习近平总书记|殷切嘱托 */
  for (e = p; e < x->vn && e - p <= 6 && pg_is_han(x->v[e]); e++)
    ;
  return e - p >= 2 && e - p <= 6 && translit_only(x, p, e);
}

static void rec_name_title(pg_rctx *x, const int *orgend, size_t p)
{
  static const uint32_t laizi[] = {0x6765, 0x81EA}; /* 来自 */
  size_t e, tl, ob;
  int person, org;
  pg_chain ch;

  if (pg_rc_word_at(x, PG_W_TITLE, p, NULL))
    return;
  if (!pg_rc_person_name(x, p, x->vn) && (person = x->lexat[p]) >= 0 &&
      x->c[person].type == PG_T_PERSON && x->c[person].vb == p) {
    /* 托卡耶夫总统: a well-known name the name reader does not read,
     * then its title */
    e = x->c[person].ve;
    if ((tl = pg_rc_word_at(x, PG_W_TITLE, e, NULL)) &&
        title_name_end(x, e + tl))
      pg_person_titles(x, person, NULL, e, e + tl, "person.title");
    return;
  }
  if (!(e = pg_rc_person_name(x, p, x->vn)) ||
      !(tl = pg_rc_word_at(x, PG_W_TITLE, e, NULL)) ||
      pg_rc_word_at(x, PG_W_ORGHEAD, e, NULL) > tl || /* 纪律检查|委员会 */
      (!(x->lexat[p] >= 0 && x->c[x->lexat[p]].type == PG_T_PERSON &&
         x->c[x->lexat[p]].ve == e) &&
       next_name(x, e + tl)))
    return; /* 马六甲州首席部长|阿都拉勿: the post is the next name's (a
               known name keeps its post) */
  if (wcschr(L"州省", (wchar_t)x->v[e - 1]) &&
      !(x->lexat[p] >= 0 && x->c[x->lexat[p]].type == PG_T_PERSON))
    return; /* 会见马六甲州|首席部长: a state's name, no person's */
  if ((person = pg_rc_add(x, p, e, PG_T_PERSON, "person.title", -1, 2)) < 0)
    return;
  memset(&ch, 0, sizeof ch);
  if (p > 3 && x->v[p - 1] == 0x7684 && (org = orgend[p - 1]) >= 0 && /* 的 */
      (ob = x->c[org].vb) >= 2 && !memcmp(x->v + ob - 2, laizi, sizeof laizi)) {
    ch.n = 1;
    ch.piece[0] = org;
    ch.top = x->c[org].top >= 0 ? x->c[org].top : org;
  } else if ((org = orgend[p]) >= 0 &&
             x->c[org].type == PG_T_ORGANIZATION && second_title(x, p, e)) {
    ch.n = 1; /* 上海交通大学杨建民教授: the body right before the name */
    ch.piece[0] = org;
    ch.top = x->c[org].top >= 0 ? x->c[org].top : org;
  }
  pg_person_titles(x, person, ch.n ? &ch : NULL, e, e + tl, "person.title");
  if (ch.n) { /* 研究院首席经济学家、|南开大学经济研究所刘刚教授 */
    size_t cb = x->c[org].vb < x->c[ch.top].vb ? x->c[org].vb
                                                : x->c[ch.top].vb;
    coordinated_posts(x, orgend, person, cb);
  }
}

/* Does a verb that only a person does at a meeting start at p (主持会议,
 * 主持召开, 出席会议, 传达…), so that a name alone opening its clause
 * before it is a person's (胡昌升主持会议，沈莹传达中央人才工作会议精神)? */
static int chair_verb(const pg_rctx *x, size_t p)
{
  static const char *const w[] = {"主持会议", "主持召开", "主持大会",
                                  "出席会议", "出席并", "传达"};

  return PG_RC_SPELLS_ANY(x, p, w) > 0;
}

/* Does a clause open at b: the text's start, a line's, or a mark that
 * ends a sentence or a clause? */
static int clause_opens(const pg_rctx *x, size_t b)
{
  return b == 0 || x->v[b - 1] == '\n' || x->v[b - 1] == 0x3002 ||
         x->v[b - 1] == ',' || x->v[b - 1] == ';';
}

/* 张三、李四等专家: names in a list closed by 等 + a word for people
 * (tables/person_list_nouns.txt); every item must be a name. */
static void person_list(pg_rctx *x, size_t p, int deng)
{
  size_t e = p, b, n = 0, k, whole = 0;
  size_t ib[16], ie[16];
  int noun = deng && pg_rc_word_at(x, PG_W_PERSONLIST, p + 1, NULL) > 0;

  while (n < 16) {
    for (b = e; b > 0 && e - b < 5 && pg_is_han(x->v[b - 1]); b--)
      ;
    /* the item is the longest name ending at e */
    for (k = b; k + 1 < e; k++)
      if (pg_rc_person_name(x, k, e) == e)
        break;
    if (k + 1 >= e || (k > b && x->v[k - 1] != 0x3001 &&
                       !pg_rc_word_ending(x, PG_W_STOP, 0, k, NULL) &&
                       !pg_rc_is_punct(x->v[k - 1]) &&
                       !pg_rc_word_ending(x, PG_W_TITLE, 0, k, NULL) &&
                       !pg_rc_word_ending(x, PG_W_POSTNAME, 0, k, NULL)))
      return; /* …代表|吴忻水、 */
    if (x->lexat[k] >= 0 && x->c[x->lexat[k]].type != PG_T_PERSON)
      return; /* a known place or body is no name */
    whole += k == b || !(k > 0 && x->v[k - 1] == 0x3001);
    ib[n] = k;
    ie[n++] = e;
    if (k == 0 || x->v[k - 1] != 0x3001)
      break;
    e = k - 1;
  }
  /* 等 and a word for people (等专家); else three names or more, each
   * item a name and nothing else, before 等 (代表吴忻水、黄频捷、郭永林…
   * 等出席) or a verb of attending (黄建盛、陈海波、…、胡亚枫出席会议) */
  if (!(n >= 1 && !deng && whole == n && chair_verb(x, p) &&
        clause_opens(x, ib[n - 1])) &&
      (n < 2 || (!noun && (n < 3 || whole < n))))
    return; /* or one name or more, a whole clause's subject, before a
               verb of chairing (胡昌升主持会议) */
  for (k = 0; k < n; k++)
    pg_rc_add(x, ib[k], ie[k], PG_T_PERSON, "person.list", -1, 1);
}

/* 苗秋闹摄（新华社发）, 记者 张三 摄: the photographer of a picture, a name
 * right before 摄 that closes its line or opens a parenthesis. */
static void photo_credit(pg_rctx *x, size_t p)
{
  size_t b, k, e = p;

  if (p + 1 < x->vn && x->v[p + 1] != '\n' && x->v[p + 1] != '(' &&
      x->v[p + 1] != 0xFF08)
    return;
  while (e > 0 && x->v[e - 1] == ' ')
    e--;
  for (k = 2; k <= 3; k++) {
    if (e < k)
      continue;
    b = e - k;
    if ((b == 0 || !pg_is_han(x->v[b - 1])) &&
        pg_rc_person_name(x, b, e) == e && x->lexat[b] < 0) {
      pg_rc_add(x, b, e, PG_T_PERSON, "person.credit", -1, 2);
      return;
    }
  }
}

/* A name introduced by a noun that is no post (村民汪能保和张帮若老两口,
 * 游客李明说): a person, with no job title; a second name joined by 和
 * or 与 is one too. */
static void rec_intro_name(pg_rctx *x, size_t p)
{
  size_t e, q, e2;

  if (!pg_rc_word_ending(x, PG_W_PERSONINTRO, 0, p, NULL) ||
      x->lexat[p] >= 0 || pg_rc_word_at(x, PG_W_TITLE, p, NULL) ||
      !(e = pg_rc_person_name(x, p, x->vn)) || e - p > 3 ||
      (e < x->vn && x->v[e] == 0x7684)) /* 的 */
    return; /* 农民齐聚一堂, 居民关心的: words, no names */
  q = pg_rc_word_at(x, PG_W_WEAKSTOP, e, NULL);
  if (!q && e < x->vn && pg_is_han(x->v[e]) &&
      !pg_rc_word_at(x, PG_W_POSTNAME, e, NULL))
    return; /* the name is followed by a mark, 和, or a word like 说 */
  if (pg_rc_add(x, p, e, PG_T_PERSON, "person.noun", -1, 2) < 0 || !q)
    return;
  if ((e2 = pg_rc_person_name(x, e + q, x->vn)) && e2 - (e + q) <= 3 &&
      x->lexat[e + q] < 0)
    pg_rc_add(x, e + q, e2, PG_T_PERSON, "person.noun", -1, 2);
}

/* A deputy of a people's congress (or a party congress) named after it:
 * 全国人大代表李国伟, 省人大代表…, 党代表….  代表 alone is a verb too
 * (代表中方发言), so it is a post only right after such a body. */
static void congress_deputy(pg_rctx *x, const int *orgend, size_t p)
{
  const pg_lex_entry *le;
  int org, person;
  size_t e;
  pg_chain ch;

  if (p < 2 || !pg_rc_spells(x, p, "代表") || (org = orgend[p]) < 0 ||
      x->c[org].lex < 0 ||
      !(le = pg_lexicon_entry(x->r->lex, x->c[org].lex)) || !le->label ||
      !(strstr(le->label, "人民代表大会") || strstr(le->label, "人大")) ||
      strstr(le->label, "常务委员会") || strstr(le->label, "常委会") ||
      !(e = pg_rc_person_name_titled(x, p + 2, x->vn)) ||
      x->lexat[p + 2] >= 0 || e - (p + 2) > 3 ||
      (e < x->vn && pg_is_han(x->v[e]) &&
       !pg_rc_word_at(x, PG_W_POSTNAME, e, NULL) && !pg_rc_stop_in(x, e) &&
       x->v[e] != 0x662F /* 是 */))
    return;
  if ((person = pg_rc_add(x, p + 2, e, PG_T_PERSON, "person.title", -1, 2)) < 0)
    return;
  memset(&ch, 0, sizeof ch);
  ch.n = 1;
  ch.piece[0] = org;
  ch.top = x->c[org].top >= 0 ? x->c[org].top : org;
  pg_person_titles(x, person, &ch, p, p + 2, "person.title");
}

/* 协助周亚辉先生创立昆仑万维: a full name before 先生 or 女士 (a surname
 * and a given name of two characters; not 王先生, whose surname alone
 * names no one, nor 39周的程女士) is a person's. */
static void honorific_name(pg_rctx *x, size_t p)
{
  size_t b, sl;
  int ci;

  for (b = p >= 4 ? p - 4 : 0; b + 3 <= p; b++) {
    if (!(sl = pg_rc_word_at(x, PG_W_SURNAME, b, NULL)) || b + sl + 2 != p ||
        wcschr(L"的了是在和与及等", (wchar_t)x->v[p - 2]) ||
        wcschr(L"的了是在和与及等", (wchar_t)x->v[p - 1]) ||
        ((ci = x->lexat[b]) >= 0 &&
         (x->c[ci].type != PG_T_PERSON || x->c[ci].ve != p)) ||
        pg_rc_person_name(x, b, p) != p)
      continue;
    pg_rc_add(x, b, p, PG_T_PERSON, "person.honorific", -1, 2);
    return;
  }
}

/* Is the name at p the object of a proposal in its clause (提名…米舒斯京
 * 担任新一届政府总理: a post proposed, not held)? */
static int proposed_before(const pg_rctx *x, size_t p)
{
  static const char *const verbs[] = {"提名", "推荐", "提议", "建议", "希望",
                                      "邀请"};
  size_t k;

  for (k = p; k > 0 && p - k < 30 && !pg_rc_is_punct(x->v[k - 1]); k--)
    if (k >= 2 && PG_RC_SPELLS_ANY(x, k - 2, verbs) == 2)
      return 1;
  return 0;
}

/* 她现时在新世界集团担任执行董事兼联席总经理助理: after a person, 在, a
 * body (a chain), a verb of holding a post and titles closing the clause:
 * the person holds them in that body. */
static void serves_in(pg_rctx *x, int person, size_t b,
                      const char *const *verbs, size_t nv)
{
  size_t lim, t, l, e;
  pg_chain ch;

  for (lim = b; lim < x->vn && lim - b < 30 && !pg_rc_is_punct(x->v[lim]);
       lim++)
    ;
  if (!pg_org_chain(x, b, lim, 1, &ch, "person.serves"))
    return;
  t = ch.e;
  if (!(l = pg_rc_spells_any(x, t, verbs, nv))) {
    pg_chain_undo(x, &ch); /* 在北京大学工作: no post */
    return;
  }
  t += l;
  for (e = t; e < x->vn && !pg_rc_is_punct(x->v[e]) && e - t <= 16 &&
              !pg_rc_stop_in(x, e);
       e++)
    ;
  if (e == t || e - t > 16 || (e < x->vn && !pg_rc_is_punct(x->v[e])) ||
      !pg_rc_word_ending(x, PG_W_TITLE, t, e, NULL)) {
    pg_chain_undo(x, &ch); /* the post closes the clause with a title */
    return;
  }
  pg_person_titles(x, person, &ch, t, e, "person.serves");
}

/* 陈国基同时兼任港区国安委秘书长, 米舒斯京出任俄罗斯联邦政府总理: a person
 * the rules found, then a verb of holding a post and the post as an
 * apposition writes it, in a body with a name of its own (a chain and a
 * title closing the clause).  Not 将出任 (a post to come), 任务, 任何. */
static void serves_after(pg_rctx *x)
{
  static const char *const fill[] = {"同时", "先后", "还", "也", "曾",
                                     "现时", "目前"};
  static const char *const verbs[] = {"担任", "出任", "兼任", "连任", "现任",
                                      "历任", "任"};
  size_t n = x->nc, i, b, e, l, k;

  for (i = 0; i < n && !x->oom; i++) {
    if (x->c[i].type != PG_T_PERSON || !strcmp(x->c[i].rule, "person.serves"))
      continue;
    for (b = x->c[i].ve, k = 0; k < 2 && (l = PG_RC_SPELLS_ANY(x, b, fill));
         k++)
      b += l;
    if (b < x->vn && x->v[b] == 0x5728) { /* 在 */
      serves_in(x, (int)i, b + 1, verbs, sizeof verbs / sizeof *verbs);
      continue;
    }
    if (!(l = PG_RC_SPELLS_ANY(x, b, verbs)) ||
        (l == 1 && b + 1 < x->vn &&
         wcschr(L"务何命期职免意教", (wchar_t)x->v[b + 1])))
      continue;
    b += l;
    if (b < x->vn && x->v[b] == 0x4E86) /* 了 */
      b++;
    if (!pg_rc_proper_at(x, b) || proposed_before(x, x->c[i].vb) ||
        !(e = appos_part_end(x, b)) || e <= b || !appos_post(x, b, e, 0) ||
        titles_to(x, b, e))
      continue; /* a named body's post (not 大会组委会主席) */
    intro_parts(x, (int)i, b, e, "person.serves");
  }
}

/* The end of a post closing a list of people after 等 at p (等6位教育部
 * 金融学类专业教指委委员，以及…): an optional count (6位, 三名), an
 * optional body and a title, to the clause's end.  *tb is where the title
 * starts, *ob where the body does (== *tb: none).  0 when there is none. */
static size_t closing_post(const pg_rctx *x, size_t p, size_t *ob,
                           size_t *tb)
{
  size_t q = p + 1, e, tl;

  while (q < x->vn && (pg_rc_is_numeral(x->v[q]) ||
                       (x->v[q] >= '0' && x->v[q] <= '9')))
    q++;
  if (q > p + 1) {
    if (q >= x->vn || (x->v[q] != 0x4F4D && x->v[q] != 0x540D)) /* 位 名 */
      return 0;
    q++;
  }
  for (e = q; e < x->vn && e - q <= 24 && pg_is_han(x->v[e]) &&
              !pg_rc_spells(x, e, "以及");
       e++)
    ;
  if (e == q || e - q > 24 ||
      !(tl = pg_rc_word_ending(x, PG_W_TITLE, q, e, NULL)))
    return 0;
  *ob = q;
  *tb = e - tl;
  return e;
}

/* Closes a list of people with the post after 等: each person of the run
 * before it (names, their own bodies and titles, 、 and ，, nothing else:
 * 李建军教授，四川大学经济学院院长蒋永穆教授、…邱冬阳教授等6位教育部金融学类
 * 专业教指委委员) holds the post, with its body.  Two people at least. */
static void list_posts(pg_rctx *x)
{
  int *pend = NULL, *oend = NULL, run[32], n;
  size_t p, k, e, ob, tb, i, l;
  pg_chain ch;

  for (p = 1; p + 2 < x->vn && !x->oom; p++) {
    if (x->v[p] != 0x7B49 || !(e = closing_post(x, p, &ob, &tb)))
      continue; /* 等 */
    if (!pend && (!(pend = pg_rc_end_index(x, PG_T_PERSON)) ||
                  !(oend = pg_rc_end_index(x, PG_T_ORGANIZATION))))
      break;
    for (n = 0, k = p; k > 0 && n < 32 && p - k < 600;) {
      if (pend[k] >= 0) {
        run[n++] = pend[k];
        k = x->c[pend[k]].vb;
      } else if (oend[k] >= 0) {
        k = x->c[oend[k]].vb;
      } else if ((l = pg_rc_word_ending(x, PG_W_TITLE, k > 12 ? k - 12 : 0,
                                        k, NULL))) {
        k -= l;
      } else if (x->v[k - 1] == 0x3001 || x->v[k - 1] == ',') {
        k--;
      } else {
        break;
      }
    }
    if (n < 2)
      continue;
    memset(&ch, 0, sizeof ch);
    if (ob < tb && (!pg_org_chain(x, ob, tb, 1, &ch, "person.list-post") ||
                    ch.e != tb)) {
      if (ch.n)
        pg_chain_undo(x, &ch);
      memset(&ch, 0, sizeof ch);
    }
    for (i = 0; i < (size_t)n; i++)
      pg_person_titles(x, run[i], ch.n ? &ch : NULL, tb, e,
                       "person.list-post");
    p = e - 1;
  }
  free(pend);
  free(oend);
}

int pg_rec_persons(pg_rctx *x)
{
  int *orgend = pg_rc_end_index(x, PG_T_ORGANIZATION), val;
  int paper = first_paper(x);
  size_t p, cl;

  if (!orgend)
    return -1;
  for (p = 0; p < x->vn && !x->oom; p++) {
    int bound = p == 0 || pg_rc_is_punct(x->v[p - 1]) ||
                pg_rc_word_ending(x, PG_W_STOP, 0, p, NULL);
    if (p == 0 || x->v[p - 1] == '\n' ||
        ((p == 1 || x->v[p - 2] == '\n') && !pg_is_han(x->v[p - 1]) &&
         !pg_rc_is_name_char(x->v[p - 1])) || /* after a bullet: ■张三(…): */
        x->v[p - 1] == 0x3002) {
      rec_intro(x, p, 0);
      rec_appos(x, p);
      rec_serves(x, p);
      rec_card(x, p);
      rec_row(x, p);
      rec_post_row(x, p);
      rec_name_colon(x, p);
      rec_card_lines(x, p);
      rec_sent_from(x, p);
    } else if (x->v[p - 1] == ',' || x->v[p - 1] == ';' ||
               x->v[p - 1] == ':' || x->v[p - 1] == 0x3001) {
      rec_intro(x, p, 1); /* …分论坛上，陈思源（公司总裁）发布了 */
      rec_appos(x, p);    /* 嘉宾还有：孟庆尧，中国信通院副院长； */
      rec_serves(x, p);
    }
    if ((cl = pg_rc_word_at(x, PG_W_BYLINE, p, NULL)))
      rec_byline(x, p + cl);
    if ((cl = pg_rc_word_at(x, PG_W_CREDIT, p, &val)) &&
        pg_rc_word_ending(x, PG_W_CREDIT, 0, p + cl, NULL) == cl)
      rec_credits(x, p, cl, val, paper); /* not 编辑 again in 责任编辑 */
    rec_title_name(x, orgend, p);
    rec_post_names(x, p);
    if (x->v[p] == 0x4EFB || x->v[p] == 0x514D) /* 任 免 */
      rec_appoint(x, p);
    if (x->v[p] == 0x6388 || x->v[p] == 0x8FFD || x->v[p] == 0x9881) /* 授 追 颁 */
      rec_honoured(x, p);
    congress_deputy(x, orgend, p);
    rec_intro_name(x, p);
    rec_known_list(x, orgend, p);
    if (x->v[p] == 0x7B49 && p + 1 < x->vn) /* 等 */
      person_list(x, p, 1);
    else if (p > 0 && pg_is_han(x->v[p - 1]) &&
             (pg_rc_spells(x, p, "出席") || pg_rc_spells(x, p, "参加") ||
              pg_rc_spells(x, p, "列席") || pg_rc_spells(x, p, "陪同") ||
              chair_verb(x, p)))
      person_list(x, p, 0);
    if (x->v[p] == 0x6444 && p >= 2) /* 摄 */
      photo_credit(x, p);
    if (p >= 3 && (pg_rc_spells(x, p, "先生") || pg_rc_spells(x, p, "女士")))
      honorific_name(x, p);
    if (pg_is_mid_dot(x->v[p]))
      rec_dotted(x, p);
    if (bound || (x->lexat[p] >= 0 &&
                  x->c[x->lexat[p]].type == PG_T_PERSON) || /* 贯彻习近平总书记 */
        (orgend[p] >= 0 && !pg_rc_word_at(x, PG_W_TITLE, p, NULL)))
      rec_name_title(x, orgend, p); /* 中国工程院|杨德森院士 */
  }
  serves_after(x);
  list_posts(x);
  free(orgend);
  return x->oom ? -1 : 0;
}
