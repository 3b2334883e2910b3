/* pg_org.c - organizations and their units by head word.
 *
 * An organization chain is a run of names written one after another, each
 * a lexicon organization or a body of at least two characters closed by a
 * head word (中心, 研究院, 部, 局 ... from tables/org_heads.txt):
 * 国家信息中心|信息化和产业发展部.  Each piece becomes a candidate; each
 * piece after the first is a unit of the one before it (org:subOrganizationOf)
 * and takes its own name as label, with the written chain as alias.  An
 * institute of a lexicon organization marked "prefix" (中国科学院) keeps the
 * prefix in its label, as its official name does.
 *
 * Where the left boundary is certain (an expert introduction, a byline,
 * after a founding verb) any body is accepted.  In running text a chain
 * must start at a proper name start (a lexicon place or organization, or a
 * word of tables/proper_starts.txt such as 国家, 国际, 省) right after a
 * boundary (punctuation, a stop word or coordinator), its body must not be
 * only generic words (数据中心 is not a name), and it stops at stop words.
 * Three more shapes need no proper start: a chain at a sentence start
 * followed by a title and a person's name (apposition: …学院院长张伟表示),
 * the items of a list closed by 等(龙头)企业/机构/单位 (tables/
 * org_list_nouns.txt), and a Latin name closed by a head (Mistral AI公司).
 * A pattern organization followed by (X) or (以下简称"X") takes X as alias.
 */
#include "pg_org.h"
#include "pg_hmap.h"
#include "pg_names.h"
#include "pg_text.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

/* Is p a place where a name may start in running text? */
static int start_ok(const pg_rctx *x, size_t p, int *found)
{
  *found = 0;
  if (p == 0 || pg_rc_is_punct(x->v[p - 1]))
    return 1;
  if (pg_is_dash(x->v[p - 1]))
    return 0;
  if (pg_rc_word_ending(x, PG_W_FOUNDVERB, 0, p, NULL)) {
    *found = 1;
    return 1;
  }
  return pg_rc_word_ending(x, PG_W_STOP, 0, p, NULL) ||
         pg_rc_word_ending(x, PG_W_WEAKSTOP, 0, p, NULL) ||
         pg_rc_word_ending(x, PG_W_POSTNAME, 0, p, NULL) || /* 代表|北京市政府 */
         pg_rc_word_ending(x, PG_W_WORKVERB, 0, p, NULL);
}

/* Does a registered company name (…有限公司, …有限责任公司) close within
 * 24 name characters of p?  Such a name may open with any word (数字广东
 * 网络建设有限公司), so the left boundary alone anchors it. */
static int company_ahead(const pg_rctx *x, size_t p)
{
  static const uint32_t yx[] = {0x6709, 0x9650}; /* 有限 */
  size_t i;

  if (pg_rc_word_at(x, PG_W_STOP, p, NULL))
    return 0;
  for (i = p + 2; i + 2 <= x->vn && i - p < 24; i++) {
    if (!pg_rc_is_name_char(x->v[i - 1]) || pg_rc_stop_in(x, i - 1) ||
        pg_rc_word_at(x, PG_W_STOP, i - 1, NULL))
      return 0; /* 科技企业|杭州…公司: the name starts after the stop */
    if (!memcmp(x->v + i, yx, sizeof yx))
      return 1;
  }
  return 0;
}

/* An organization in parentheses right after another is its alias. */
static void paren_alias(pg_rctx *x, const pg_chain *ch)
{
  size_t e = ch->e, lim;
  pg_chain in;
  char *lab;
  int last = ch->piece[ch->n - 1];

  static const uint32_t jc[] = {0x7B80, 0x79F0}; /* 简称 */
  size_t k;

  if (e >= x->vn || x->v[e] != '(')
    return;
  for (lim = e + 1; lim < x->vn && lim < e + 30 && x->v[lim] != ')'; lim++)
    ;
  for (k = e + 1; k + 2 <= lim && k < e + 4; k++)
    if (!memcmp(x->v + k, jc, sizeof jc))
      return; /* (以下简称X): a short name, pg_rc_trailing_alias's */
  if (lim >= x->vn || x->v[lim] != ')' ||
      !pg_org_chain(x, e + 1, lim, 1, &in, "org.paren") || in.e != lim ||
      in.n != 1 || x->c[in.piece[0]].lex >= 0)
    return; /* (安徽省立医院): another name of the same hospital */
  lab = x->c[last].label ? strdup(x->c[last].label)
                         : pg_rc_name(x, x->c[last].vb, x->c[last].ve);
  pg_rc_label(x, in.piece[0], lab);
}

#define SHORT_WINDOW 4000 /* view characters searched for a short name */

/* 公司(以下简称深思智能) or (简称"X"): the short name's later mentions
 * (深思智能创始人…) are organization candidates too, so the title and
 * affiliation rules see them.  Searched within SHORT_WINDOW characters
 * after the definition: linear in the document however many there are. */
static void short_mentions(pg_rctx *x, int ci, size_t e)
{
  static const uint32_t yxjc[] = {0x4EE5, 0x4E0B, 0x7B80, 0x79F0}; /*以下简称*/
  size_t b, ae, k, len, lim, hl;
  int m, u;

  if (e >= x->vn || x->v[e] != '(')
    return;
  b = e + 1;
  if (b + 4 < x->vn && !memcmp(x->v + b, yxjc, sizeof yxjc))
    b += 4;
  else if (b + 2 < x->vn && x->v[b] == yxjc[2] && x->v[b + 1] == yxjc[3])
    b += 2;
  else
    return;
  if (b < x->vn && pg_rc_is_open_quote(x->v[b]))
    b++;
  for (ae = b; ae < x->vn && ae - b <= 8 && pg_is_han(x->v[ae]); ae++)
    ;
  len = ae - b;
  if (len < 2 || len > 8 || ae >= x->vn ||
      !(x->v[ae] == ')' || pg_rc_is_close_quote(x->v[ae])))
    return;
  lim = ae + SHORT_WINDOW < x->vn ? ae + SHORT_WINDOW : x->vn;
  for (k = ae + 1; k + len <= lim; k++) {
    if (memcmp(x->v + k, x->v + b, len * sizeof *x->v))
      continue;
    if (x->lexat[k] >= 0 || (k > 0 && x->v[k - 1] == '(')) {
      k += len - 1;
      continue;
    }
    m = pg_rc_add(x, k, k + len, PG_T_ORGANIZATION, "org.short", -1, 2);
    if (m < 0)
      return;
    pg_rc_label(x, m, x->c[ci].label ? strdup(x->c[ci].label)
                                     : pg_rc_name(x, x->c[ci].vb,
                                                  x->c[ci].ve));
    /* 领导小组办公室: a unit of the short-named body */
    if ((hl = pg_rc_word_at(x, PG_W_ORGHEAD, k + len, NULL)) >= 2 &&
        (u = pg_rc_add(x, k, k + len + hl, PG_T_ORGANIZATION, "org.unit", -1,
                       2)) >= 0) {
      x->c[m].structural = 1;
      pg_rc_label(x, u, pg_rc_name(x, k, k + len + hl));
      pg_rc_fact(x, u, PG_P_SUBORG, m, -1, NULL, PG_LIT_NONE, k, "org.unit");
    }
    k += len - 1;
  }
}

/* A Latin name closed by a head of two or more characters: Mistral AI公司
 * (the view has no spaces, so the label is taken from the clean text). */
static size_t latin_org(pg_rctx *x, size_t p)
{
  size_t q = p, hl;
  int ci;

  if (!(x->v[p] >= 'a' && x->v[p] <= 'z') ||
      (p > 0 && pg_rc_is_name_char(x->v[p - 1]) && !pg_is_han(x->v[p - 1])))
    return 0;
  while (q < x->vn && q - p < 30 &&
         ((x->v[q] >= 'a' && x->v[q] <= 'z') ||
          (x->v[q] >= '0' && x->v[q] <= '9') || x->v[q] == '.'))
    q++;
  if (q - p < 2 || (hl = pg_rc_word_at(x, PG_W_ORGHEAD, q, NULL)) < 2)
    return 0;
  if ((ci = x->lexat[p]) >= 0) {
    /* the lexicon's Mistral AI written Mistral AI公司: that form an alias */
    if (x->c[ci].type == PG_T_ORGANIZATION &&
        (x->c[ci].ve == q || x->c[ci].ve == q + hl)) {
      const pg_doc *d = &x->a->doc;
      size_t b = x->vmap[p];
      char *full = pg_utf8_encode(d->ccp + b, x->vmap[q + hl - 1] + 1 - b);
      pg_rc_alias(x, ci, full);
      free(full);
      return q + hl;
    }
    return 0;
  }
  if ((ci = pg_rc_add(x, p, q + hl, PG_T_ORGANIZATION, "org.latin", -1, 2)) <
      0)
    return 0;
  {
    const pg_doc *d = &x->a->doc;
    size_t b = x->vmap[p], e = x->vmap[q + hl - 1] + 1;
    char *own = pg_utf8_encode(d->ccp + b, x->vmap[q - 1] + 1 - b);
    char *full = pg_utf8_encode(d->ccp + b, e - b); /* spaces kept */
    /* A company is named without 公司 (OpenAI公司 -> OpenAI). */
    int co = hl == 2 && x->v[q] == 0x516C && x->v[q + 1] == 0x53F8;
    pg_rc_alias(x, ci, co ? full : own);
    pg_rc_label(x, ci, co ? own : full);
    free(co ? full : own);
  }
  return q + hl;
}

/* Does a venue the lexicon knows (北京饭店, 国家会议中心) start at p? */
static int known_venue(const pg_rctx *x, size_t p)
{
  const pg_lex_entry *le;
  int ci = x->lexat[p];

  if (ci < 0 || x->c[ci].type != PG_T_PLACE || x->c[ci].lex < 0)
    return 0;
  le = pg_lexicon_entry(x->r->lex, x->c[ci].lex);
  return le->subtype && !strcmp(le->subtype, "venue");
}

/* Start of the list item ending at e (exclusive), shorter than max, or
 * e when none. */
static size_t item_start(const pg_rctx *x, size_t e, size_t max)
{
  size_t b = e;

  while (b > 0 && e - b < max && pg_rc_is_name_char(x->v[b - 1]) &&
         x->v[b - 1] != 0x3001 &&
         !pg_rc_word_ending(x, PG_W_STOP, 0, b, NULL) &&
         !pg_rc_word_ending(x, PG_W_WORKVERB, 0, b, NULL))
    b--;
  if (b > 0 && e - b >= max)
    return e;
  return b;
}

/* One item of a list of organizations. */
static void list_item(pg_rctx *x, size_t b, size_t e)
{
  int ci;

  size_t k;

  if (e - b < 2 || x->lexat[b] >= 0 || pg_rc_all_generic(x, b, e, 1) ||
      pg_rc_word_at(x, PG_W_NONNAME, b, NULL))
    return;
  for (k = b; k + 1 < e; k++)
    if (x->v[k] >= '0' && x->v[k] <= '9' &&
        (x->v[k + 1] == 0x65E5 || x->v[k + 1] == 0x6708))
      return; /* 支持者8日闯入…: a day, a clause */
  if ((ci = pg_rc_add(x, b, e, PG_T_ORGANIZATION, "org.list", -1, 1)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, b, e));
}

/* In a list, an item closed by a strong head next to a lexicon
 * organization is an organization too (之江实验室、西湖大学、浙江大学等). */
static void list_sibling(pg_rctx *x, size_t e)
{
  size_t b = item_start(x, e, 12), hl;
  int val = -1, prev, next, ci;
  const char *v;

  if (b == e || x->lexat[b] >= 0 || e - b < 4 ||
      !(hl = pg_rc_word_ending(x, PG_W_ORGHEAD, b, e, &val)) || hl < 2)
    return;
  v = pg_rc_value(x, PG_W_ORGHEAD, val);
  if ((v && !strcmp(v, "weak")) || pg_rc_all_generic(x, b, e - hl, 1))
    return;
  prev = b > 1 && x->v[b - 1] == 0x3001 ? x->lexend[b - 1] : -1;
  next = e + 1 < x->vn && x->v[e] == 0x3001 ? x->lexat[e + 1] : -1;
  if ((prev < 0 || x->c[prev].type != PG_T_ORGANIZATION) &&
      (next < 0 || x->c[next].type != PG_T_ORGANIZATION))
    return;
  if ((ci = pg_rc_add(x, b, e, PG_T_ORGANIZATION, "org.list", -1, 1)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, b, e));
}

/* Is candidate c a country or a region, the topic a unit may be named
 * after (美国研究所, 亚洲司), not the home of a body of its own (天津市…)? */
static int topic_place(const pg_rctx *x, int c)
{
  const pg_lex_entry *le;

  if (x->c[c].type != PG_T_PLACE || x->c[c].lex < 0 ||
      !(le = pg_lexicon_entry(x->r->lex, x->c[c].lex)) || !le->subtype)
    return 0;
  return !strcmp(le->subtype, "country") || !strcmp(le->subtype, "region");
}

/* 全国人大常委会法制工作委员会、预算工作委员会: the items of a 、-list
 * after a unit of a chain, each closed by an organization head of two
 * characters or more (or by the unit's own: 亚洲司、欧洲司), are units of
 * the same parent, unless one starts as a body of its own would (a known
 * body, a city, 中国…: a list of bodies, 民盟中央经济委员会、中国区域科学
 * 协会、天津市社科联). */
static void unit_list(pg_rctx *x, const pg_chain *ch)
{
  /* heads of bodies of their own, which no list makes a unit (南开大学经
   * 济研究所、京津冀数字经济联盟承办) */
  static const char *const own_heads[] = {"联盟", "协会", "学会", "公司",
                                          "集团", "大学", "基金会", "联合会",
                                          "商会"};
  size_t b = ch->e, e, k, hl, n = 0;
  int parent, ci;

  if (ch->n < 2 || (parent = ch->piece[ch->n - 2]) < 0)
    return;
  while (b < x->vn && x->v[b] == 0x3001 && n++ < 16) {
    b++;
    for (k = b, e = 0; k < x->vn && k - b < 12 && pg_is_han(x->v[k]) &&
                       (k == b || !pg_rc_stop_in(x, k)) &&
                       (k == b || x->lexat[k] < 0 ||
                        x->c[x->lexat[k]].type == PG_T_PLACE);
         k++) /* the last head of two characters or more in the run */
      if ((hl = pg_rc_word_ending(x, PG_W_ORGHEAD, b, k + 1, NULL)) >= 2 ||
          (hl == 1 && x->v[k] == x->v[ch->e - 1]) || /* 亚洲司、欧洲司 */
          (hl == 1 && k - b >= 2 && k - b <= 5 &&
           wcschr(L"处部司局室科", (wchar_t)x->v[k]) &&
           (k + 1 >= x->vn || !pg_is_han(x->v[k + 1]))))
        e = k + 1; /* 办公室、人事处: an office closing its item */
    if (!e || (hl = pg_rc_word_ending(x, PG_W_ORGHEAD, b, e, NULL)) >= e - b ||
        PG_RC_SPELLS_ANY(x, e - hl, own_heads) == hl ||
        (x->lexat[b] >= 0 && !topic_place(x, x->lexat[b])) ||
        pg_rc_spells(x, b, "中国") || pg_rc_spells(x, b, "中华") ||
        pg_rc_spells(x, b, "全国") || pg_rc_spells(x, b, "国家") ||
        (pg_rc_word_at(x, PG_W_NONNAME, b, NULL) && e - b - hl < 4) ||
        (ci = pg_rc_add(x, b, e, PG_T_ORGANIZATION, "org.unit", -1, 2)) < 0)
      return;
    pg_rc_label(x, ci, pg_rc_name(x, b, e));
    pg_rc_fact(x, ci, PG_P_SUBORG, parent, -1, NULL, PG_LIT_NONE, b,
               "org.unit");
    b = e;
  }
}

/* A、B等(龙头)企业: the items of a list closed by an organization noun. */
static void org_list(pg_rctx *x, size_t p)
{
  size_t k, e = p, b;

  for (k = p + 1; k < x->vn && k <= p + 5 && pg_is_han(x->v[k]); k++)
    if (pg_rc_word_at(x, PG_W_ORGLIST, k, NULL))
      break;
  if (k >= x->vn || k > p + 5 || !pg_rc_word_at(x, PG_W_ORGLIST, k, NULL))
    return;
  for (;;) {
    b = item_start(x, e, 12);
    if (b == e)
      return;
    for (k = b + 2; k + 2 < e; k++)
      if (wcschr(L"和与及", (wchar_t)x->v[k]) &&
          pg_rc_word_ending(x, PG_W_ORGHEAD, b, k, NULL)) {
        list_item(x, b, k); /* 联邦最高法院|和|总统府等机构: two items */
        b = k + 1;
        break;
      }
    list_item(x, b, e);
    if (b == 0 || x->v[b - 1] != 0x3001)
      return;
    e = b - 1;
  }
}

enum { LIST_ITEMS = 32 }; /* the items of a list read at most */

/* 10余家公司上市，包括：宁德时代，美团，蔚来、杰华特等: a list opened by
 * 包括 (or 包括：) and closed by 等 at p, the words before 包括 in its
 * sentence naming organizations (企业, 公司, 机构: org_list_nouns.txt).
 * Items are split by 、 or by ，, each a name of at most ten characters;
 * each is an organization. */
static void included_list(pg_rctx *x, size_t p)
{
  size_t ib[LIST_ITEMS], ie[LIST_ITEMS], n = 0, e = p, b, k, lo;

  if (p + 1 < x->vn && pg_is_han(x->v[p + 1]))
    return; /* 等 closes the list: a mark or the end follows */
  for (;;) {
    for (b = e; b > 0 && e - b <= 10 && pg_rc_is_name_char(x->v[b - 1]) &&
                x->v[b - 1] != 0x3001;
         b--)
      ;
    if (b == e || e - b > 10 || n == LIST_ITEMS)
      return;
    ib[n] = b;
    ie[n++] = e;
    if (b == 0 || (x->v[b - 1] != 0x3001 && x->v[b - 1] != ','))
      break;
    e = b - 1;
  }
  b = ib[n - 1];
  if (b > 0 && x->v[b - 1] == ':')
    b--;
  if (n < 3 || b < 3 || !pg_rc_spells_before(x, b, "包括"))
    return;
  for (lo = b - 2, k = 0; lo > 0 && k < 24 && x->v[lo - 1] != 0x3002 &&
                          x->v[lo - 1] != '\n';
       lo--, k++)
    if (pg_rc_word_at(x, PG_W_ORGLIST, lo - 1, NULL))
      break;
  if (lo == 0 || k >= 24 || !pg_rc_word_at(x, PG_W_ORGLIST, lo - 1, NULL))
    return;
  for (k = 0; k < n; k++)
    list_item(x, ib[k], ie[k]);
}

/* Where an organization without a proper name start may begin: a title
 * and a person's name follow it in the same clause (对外经济贸易大学…中心
 * 主任许可认为).  Returns where the title starts, or 0. */
/* Does [p, t) hold anything of an organization's name: a lexicon place
 * or organization, or a head ending inside it? */
static int org_like(const pg_rctx *x, size_t p, size_t t)
{
  size_t k;

  for (k = p; k < t; k++)
    if ((x->lexat[k] >= 0 && (x->c[x->lexat[k]].type == PG_T_PLACE ||
                              x->c[x->lexat[k]].type == PG_T_ORGANIZATION)) ||
        pg_rc_word_ending(x, PG_W_ORGHEAD, p, k + 1, NULL))
      return 1;
  return 0;
}

/* Does the title at t open with the one-character head that ends the
 * name before it (消防处|处长, 惩教署|署长, 律政司|司长)?  The head is
 * then the name's own, not the title's first character. */
static int doubled_head(const pg_rctx *x, size_t p, size_t t)
{
  size_t k;

  if (!(t > 0 && x->v[t - 1] == x->v[t] &&
        pg_rc_word_at(x, PG_W_ORGHEAD, t - 1, NULL) == 1 &&
        pg_rc_word_at(x, PG_W_TITLE, t, NULL) >= 2))
    return 0;
  if (p > 0 && x->v[p - 1] == 0x3001) { /* 、 */
    if (pg_rc_word_ending(x, PG_W_TITLE, 0, p - 1, NULL))
      return 0; /* 校党委常委、宣传部部长: a unit of a body named before
                   (the person rules' office_before) */
    for (k = p; k < t; k++)
      if (x->v[k] == 0x548C || x->v[k] == 0x4E0E)
        return 0; /* 教育、青年和体育部: the list is the name */
  }
  return 1;
}

static size_t apposition_title(const pg_rctx *x, size_t *pp)
{
  size_t t, tl, p = *pp, sw = pg_rc_word_at(x, PG_W_STOP, p, NULL);

  if (sw && (pg_rc_spells(x, p, "包括") == sw || sw > 2 ||
             pg_rc_stop_before_known(x, p)))
    p += sw; /* ，包括|警务处处长邓炳强, 这几天|金银潭医院副院长…, 由|北京
                大学副校长王博 */
  if (pg_rc_time_word_at(x, p))
    return 0; /* 》今晚播出孟加拉国临时政府首席顾问…: a clause */
  for (t = p + 1; t < p + 3 && t < x->vn && pg_is_han(x->v[t]); t++)
    if ((sw = pg_rc_stop_before_known(x, t))) {
      p = t + sw; /* 大会由|北京大学副校长王博: the body starts after 由 */
      break;
    }

  for (t = p + 3; t < x->vn && t < p + 30 && pg_rc_is_name_char(x->v[t]);
       t++) {
    /* 开幕式由…, 陆建华与…: a stop word after what is no organization
     * (no head, no lexicon name ends there) means no apposition here */
    if ((pg_rc_word_at(x, PG_W_STOP, t, NULL) || x->v[t] == 0x4E0E) &&
        !org_like(x, p, t))
      return 0;
    if ((sw = pg_rc_stop_before_known(x, t))) {
      p = t + sw; /* 来看总台记者对|中国工程院院士…: the same further on */
      t = p + 2;
      continue;
    }
    if ((tl = pg_rc_word_at(x, PG_W_TITLE, t, NULL)) &&
        (pg_rc_word_at(x, PG_W_ORGHEAD, t - 1, NULL) == 0 ||
         doubled_head(x, p, t)) &&
        pg_rc_word_ending(x, PG_W_ORGHEAD, p, t, NULL) &&
        (pg_rc_person_name(x, t + tl, x->vn) ||
         pg_rc_person_name_titled(x, t + tl, x->vn))) {
      *pp = p;
      return t;
    }
  }
  return 0;
}

/* An organization chain that must end exactly at t (else undone). */
static int chain_until(pg_rctx *x, size_t p, size_t t, pg_chain *ch)
{
  pg_cand *c0;
  size_t hl;

  if (!pg_org_chain(x, p, t, 1, ch, "org.apposition"))
    return 0;
  c0 = &x->c[ch->piece[0]];
  hl = pg_rc_word_ending(x, PG_W_ORGHEAD, c0->vb, c0->ve, NULL);
  if (ch->e == t &&
      (c0->lex >= 0 || !pg_rc_all_generic(x, c0->vb, c0->ve - hl, 1)))
    return 1; /* not 数据中心主任 */
  pg_chain_undo(x, ch);
  return 0;
}

/* 在上海世博中心开幕: a 中心 right after 在/于 is a venue, not an
 * organization; its pieces are withdrawn. */
static int venue(pg_rctx *x, size_t p, const pg_chain *ch)
{
  static const uint32_t zx[] = {0x4E2D, 0x5FC3}; /* 中心 */
  const pg_cand *last = &x->c[ch->piece[ch->n - 1]];

  if (p == 0 || (x->v[p - 1] != 0x5728 && x->v[p - 1] != 0x4E8E) ||
      last->lex >= 0 || x->v[last->ve - 2] != zx[0] ||
      x->v[last->ve - 1] != zx[1])
    return 0;
  pg_chain_undo(x, ch);
  return 1;
}

/* A body named after a chain of places (湖北省荆州市沙市区人民法院) is
 * also called from its own level on: 沙市区人民法院; a school named after
 * its country, without it (加拿大不列颠哥伦比亚大学). */
static void local_alias(pg_rctx *x, const pg_chain *ch)
{
  int ci = ch->piece[0], pl, n = 0;
  size_t p = x->c[ci].vb, last = p;
  char *a;

  if (x->c[ci].lex >= 0)
    return;
  while (p < x->c[ci].ve && (pl = x->lexat[p]) >= 0 &&
         x->c[pl].type == PG_T_PLACE && x->c[pl].ve < x->c[ci].ve) {
    last = p;
    p = x->c[pl].ve;
    n++;
  }
  if (n == 1 && x->c[ci].ve - p >= 4 &&
      pg_rc_lex_country(x, x->c[x->lexat[last]].lex) &&
      !pg_rc_spells(x, last, "中国") && !pg_rc_spells(x, last, "中华") &&
      !pg_rc_spells(x, x->c[ci].ve - 3, "科学院") && /* 中国传媒大学 */
      !pg_rc_spells(x, p, "国立") && !pg_rc_spells(x, p, "国家") &&
      !pg_rc_is_numeral(x->v[p]) && /* 澳大利亚国立大学: the country's */
      (pg_rc_spells_before(x, x->c[ci].ve, "大学") ||
       pg_rc_spells_before(x, x->c[ci].ve, "学院")))
    last = p; /* 加拿大|不列颠哥伦比亚大学: a school after its country is
                 called without it too */
  else if (n < 2)
    return;
  if (!(a = pg_rc_text(x, last, x->c[ci].ve)))
    return;
  pg_rc_alias(x, ci, a);
  free(a);
}

/* A state body the lexicon knows as China's (外交部, 国防部) written after
 * a foreign country (or 台湾) is that one's own: 俄罗斯国防部, 英国外交部.  The
 * country and the body become one new organization.  After 中国 it is
 * China's, with 中国外交部 as an alias. */
static void foreign_body(pg_rctx *x)
{
  static const uint32_t heads[] = {0x90E8, 0x5C40, 0x7F72, 0x9662}; /* 部局署院 */
  size_t i, n = x->nc, k;

  for (i = 0; i < n; i++) {
    pg_cand *o = &x->c[i];
    int pl = o->vb > 0 ? x->lexend[o->vb] : -1, hit = 0, ci;
    const pg_lex_entry *le;
    char *lab;
    if (o->type != PG_T_ORGANIZATION || o->lex < 0 || pl < 0 ||
        x->c[pl].type != PG_T_PLACE || x->c[pl].lex < 0)
      continue;
    le = pg_lexicon_entry(x->r->lex, x->c[pl].lex);
    if (!pg_rc_lex_country(x, x->c[pl].lex) && strcmp(le->label, "台湾"))
      continue; /* 台湾国防部: the island's authorities' own, too */
    for (k = 0; k < sizeof heads / sizeof *heads; k++)
      hit |= x->v[o->ve - 1] == heads[k];
    if (hit && !strcmp(le->label, "中国")) {
      /* 中国外交部: China's own, also known by that name */
      pg_rc_alias_text(x, (int)i, x->c[pl].vb, o->ve);
      continue;
    }
    if (!hit || (ci = pg_rc_add(x, x->c[pl].vb, o->ve, PG_T_ORGANIZATION,
                                "org.foreign", -1, 2)) < 0)
      continue;
    if ((lab = pg_rc_text(x, x->c[pl].vb, x->c[ci].ve)))
      pg_rc_label(x, ci, lab);
    x->c[i].type = PG_T_NONE; /* not China's */
  }
}

/* 德国公司, 两家德国保险公司, 美国企业: a country and a kind of body
 * (org_kinds.txt) name companies of that country, not one of them.  The
 * chain's candidates are retired; returns 1 when so. */
static int country_kind(pg_rctx *x, size_t p, const pg_chain *ch)
{
  int pl = x->lexat[p], k;

  if (pl < 0 || x->c[pl].type != PG_T_PLACE ||
      !pg_rc_lex_country(x, x->c[pl].lex) ||
      pg_rc_word_at(x, PG_W_ORGKIND, x->c[pl].ve, NULL) !=
          ch->e - x->c[pl].ve)
    return 0;
  for (k = 0; k < ch->n; k++)
    if (x->c[ch->piece[k]].lex < 0)
      x->c[ch->piece[k]].type = PG_T_NONE;
  return 1;
}

/* A country's party, front or movement named before the post of its
 * leader (柬埔寨人民党主席洪森, 卢旺达爱国阵线主席、总统卡加梅, 亚美尼亚
 * 基督教“觉醒”党主席): the country, a short name and a head, then a
 * title.  Elsewhere 党 and 运动 close too many other words. */
static void foreign_party(pg_rctx *x)
{
  static const struct { const char *w; size_t n; } heads[] = {
    {"党", 1}, {"阵线", 2}, {"联盟", 2}, {"运动", 2}};
  size_t i, n = x->nc, e, k;

  for (i = 0; i < n; i++) {
    const pg_cand *pl = &x->c[i];
    int found = 0;
    if (pl->type != PG_T_PLACE || pl->lex < 0 ||
        !pg_rc_lex_country(x, pl->lex))
      continue;
    for (e = pl->ve + 1; !found && e < x->vn && e <= pl->ve + 14; e++) {
      uint32_t c = x->v[e - 1];
      if (!(pg_is_han(c) || pg_is_dash(c) || pg_rc_is_open_quote(c) ||
            pg_rc_is_close_quote(c)) ||
          pg_rc_stop_in(x, e - 1) || c == 0x3001)
        break;
      if (!pg_rc_word_at(x, PG_W_TITLE, e, NULL))
        continue;
      for (k = 0; !found && k < sizeof heads / sizeof *heads; k++)
        if (e - heads[k].n > pl->ve &&
            pg_rc_spells(x, e - heads[k].n, heads[k].w) == heads[k].n) {
          int ci = pg_rc_add(x, pl->vb, e, PG_T_ORGANIZATION, "org.party", -1, 2);
          if (ci >= 0)
            x->c[ci].structural = 1;
          found = 1; /* one name per country mention */
        }
    }
  }
}

/* Is [b, e) a bare item of a listed ministry's name: two to six Han
 * characters, no title, no head closing it, no known person? */
static int listed_item(const pg_rctx *x, size_t b, size_t e)
{
  size_t k;

  if (e < b + 2 || e > b + 6)
    return 0;
  if (x->lexat[b] >= 0 && x->c[x->lexat[b]].type == PG_T_PLACE &&
      x->c[x->lexat[b]].ve >= e)
    return 0; /* 叙利亚、约旦、伊拉克和黎巴嫩四国农业部: countries, no fields */
  for (k = b; k < e; k++)
    if (!pg_is_han(x->v[k]) || pg_rc_word_at(x, PG_W_TITLE, k, NULL) ||
        (x->lexat[k] >= 0 && x->c[x->lexat[k]].type == PG_T_PERSON) ||
        pg_rc_stop_in(x, k))
      return 0;
  return !pg_rc_word_ending(x, PG_W_ORGHEAD, b, e, NULL);
}

/* A ministry named by a list of its fields before its post (德国环境、自然
 * 保护、核安全与消费者保护部部长, 教育、青年和体育部部长): the 、 are the
 * name's own when every item before the last is a bare field and the last
 * joins two with 和/与/及 and closes with 部.  (Not 牵头人、海洋与投资统筹部:
 * a post before the 、; not 外交部、财政与国家发展部: a body before it.) */
static void listed_ministry(pg_rctx *x, size_t k)
{
  size_t a, b, j;
  int joined = 0, ci, doubled, shared;

  if (x->v[k] != 0x90E8 || k + 2 >= x->vn) /* 部 */
    return;
  doubled = (x->v[k + 1] == 0x90E8 || pg_rc_spells(x, k + 1, "副部长")) &&
            pg_rc_word_at(x, PG_W_TITLE, k + 1, NULL);
  shared = pg_rc_spells(x, k, "部长") && x->v[k - 1] != 0x90E8 &&
           !(k + 2 < x->vn && wcschr(L"会级", (wchar_t)x->v[k + 2]));
  /* (not …能源和环境|部长会议, 部长级: a meeting of ministers) */
  if (!doubled && !shared)
    return; /* …体育部|部长, or the head shared: …保护|部长 */
  for (a = k; a > 0 && k - a < 12 && pg_is_han(x->v[a - 1]); a--)
    joined |= wcschr(L"和与及", (wchar_t)x->v[a - 1]) != NULL;
  if (!joined || a == 0 || x->v[a - 1] != 0x3001 || k - a < 4) /* 、 */
    return;
  if (x->lexend[k + 1] >= 0 &&
      x->c[x->lexend[k + 1]].type == PG_T_ORGANIZATION &&
      x->c[x->lexend[k + 1]].vb <= a)
    return; /* 郭振华、工业和信息化部部长: a known body after the 、 */
  b = a;
  while (b > 0 && x->v[b - 1] == 0x3001) {
    for (j = b - 1; j > 0 && b - 1 - j < 6 && pg_is_han(x->v[j - 1]) &&
                    !wcschr(L"兼有", (wchar_t)x->v[j - 1]);
         j--)
      ;
    if (!listed_item(x, j, b - 1))
      return;
    b = j;
    if (j > 0 && x->v[j - 1] != 0x3001 && pg_is_han(x->v[j - 1]) &&
        !wcschr(L"兼有", (wchar_t)x->v[j - 1]))
      return; /* no start in reach */
  }
  if ((ci = pg_rc_add(x, b, k + 1, PG_T_ORGANIZATION, "org.listed", -1, 2)) >=
      0)
    x->c[ci].structural = 1;
}

/* A university's campus, its city in parentheses after the name the
 * lexicon knows (香港中文大学（深圳）, 哈尔滨工业大学（威海）): a body of
 * its own, named as written (run after the chains, which mark the
 * university's name a piece to keep). */
static void campus(pg_rctx *x, size_t p)
{
  int u = x->lexend[p], pl = p + 1 < x->vn ? x->lexat[p + 1] : -1, ci;
  size_t q;

  if (u < 0 || pl < 0 || x->c[u].type != PG_T_ORGANIZATION ||
      x->c[pl].type != PG_T_PLACE || (q = x->c[pl].ve) >= x->vn ||
      x->v[q] != ')' ||
      !(pg_rc_spells_before(x, p, "大学") || pg_rc_spells_before(x, p, "学院")))
    return;
  if ((ci = pg_rc_add(x, x->c[u].vb, q + 1, PG_T_ORGANIZATION, "org.head", -1,
                      2)) >= 0) {
    pg_rc_label(x, ci, pg_rc_text_orig(x, x->c[u].vb, q + 1));
    x->c[u].structural = 0; /* the university's name is the campus's */
  }
}

/* A university or college named by a transliterated name (南安普顿大学,
 * 阿尔伯塔大学): three to six characters of transliteration, then 大学 or
 * 学院.  Its end, or 0.  No place or word of the lexicon anchors such a
 * name, so the transliteration itself must. */
static size_t translit_school(const pg_rctx *x, size_t p)
{
  size_t k;

  for (k = p; k < x->vn && k - p < 7 && pg_rc_is_translit(x->v[k]) &&
              x->lexat[k] < 0;
       k++)
    if (k - p >= 3 && (pg_rc_spells(x, k, "大学") || pg_rc_spells(x, k, "学院")))
      return k + 2;
  return 0;
}

/* A news site's dateline at a line's start p: 南开新闻网讯, 新华网讯 (the
 * site's name, then 讯 "reports").  The site is a body. */
static void site_dateline(pg_rctx *x, size_t p)
{
  size_t e;
  int ci;

  for (e = p; e < x->vn && e - p < 9 && pg_is_han(x->v[e]) &&
              x->v[e] != 0x8BAF; /* 讯 */
       e++)
    ;
  if (e - p < 3 || e >= x->vn || x->v[e] != 0x8BAF || x->v[e - 1] != 0x7F51 || /* 网 */
      (x->lexat[p] >= 0 && x->c[x->lexat[p]].ve == e))
    return;
  if ((ci = pg_rc_add(x, p, e, PG_T_ORGANIZATION, "org.head", -1, 2)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, p, e));
}

/* The label of candidate ci: its own, its lexicon entry's, or its text
 * (new, caller frees; NULL when out of memory). */
static char *cand_label(pg_rctx *x, int ci)
{
  const char *l = x->c[ci].label;

  if (!l && x->c[ci].lex >= 0)
    l = pg_lexicon_entry(x->r->lex, x->c[ci].lex)->label;
  if (l) {
    char *d = malloc(strlen(l) + 1);
    if (d)
      strcpy(d, l);
    return d;
  }
  return pg_rc_name(x, x->c[ci].vb, x->c[ci].ve);
}

/* Does the view spell 我校 or 本校 ("our university") at p? */
static int our_school(const pg_rctx *x, size_t p)
{
  return p + 1 < x->vn && x->v[p + 1] == 0x6821 && /* 校 */
         (x->v[p] == 0x6211 || x->v[p] == 0x672C) &&  /* 我 本 */
         (p + 2 >= x->vn || x->v[p + 2] != 0x533A);   /* not 本校区 */
}

/* Is the university named at b coordinated with the text's own (学校与
 * 哈尔滨工业大学, 我校和北京大学): another one? */
static int other_school(const pg_rctx *x, size_t b)
{
  static const char *const own[] = {"学校与", "学校和", "我校与", "我校和",
                                     "本校与", "本校和"};
  size_t k;

  for (k = 0; k < sizeof own / sizeof *own; k++)
    if (b >= 3 && pg_rc_spells(x, b - 3, own[k]) == 3)
      return 1;
  return 0;
}

/* The university a text written by one names as 我校: the one its news
 * site's dateline is named after (南开新闻网讯: 南开大学), else the one
 * it names most often (of equals, the first named), and never one
 * coordinated with the text's own (学校与哈尔滨工业大学).  A candidate,
 * or -1; *by_site set when the dateline names it. */
static int home_school(pg_rctx *x, int *by_site)
{
  pg_hmap *m = pg_new_hmap();
  int best = -1, bestn = 0, *n = NULL;
  char *site = NULL;
  size_t i;

  if (!m || !(n = calloc(x->nc + 1, sizeof *n))) {
    x->oom = 1;
    goto done;
  }
  for (i = 0; i < x->nc && !site; i++) /* the site's name before 新闻网 */
    if (x->c[i].type == PG_T_ORGANIZATION && x->c[i].lex < 0 &&
        x->c[i].ve - x->c[i].vb >= 5 && x->c[i].ve < x->vn &&
        x->v[x->c[i].ve] == 0x8BAF && /* 讯 */
        pg_rc_spells(x, x->c[i].ve - 3, "新闻网") &&
        !(site = pg_rc_name(x, x->c[i].vb, x->c[i].ve - 3))) {
      x->oom = 1;
      goto done;
    }
  for (i = 0; i < x->nc; i++) {
    char *l;
    size_t ll;
    uint64_t h;
    int e, first = -1;
    if (x->c[i].type != PG_T_ORGANIZATION || !strcmp(x->c[i].rule, "org.home"))
      continue;
    if (!(l = cand_label(x, (int)i))) {
      x->oom = 1;
      goto done;
    }
    ll = strlen(l);
    if (ll < 9 || strcmp(l + ll - 6, "大学") || strstr(l, "与")) {
      free(l); /* 佳木斯市与哈尔滨工程大学: no one university */
      continue;
    }
    h = pg_fnv1a(PG_FNV_OFFSET, l, ll);
    for (e = pg_hmap_first(m, h); e >= 0 && first < 0; e = pg_hmap_next(m, e)) {
      char *o = cand_label(x, pg_hmap_value(m, e));
      if (o && !strcmp(o, l))
        first = pg_hmap_value(m, e);
      free(o);
    }
    if (first < 0) {
      first = (int)i;
      if (pg_hmap_add(m, h, first) < 0) {
        free(l);
        x->oom = 1;
        goto done;
      }
    }
    if (site && !strncmp(l, site, strlen(site))) {
      free(l); /* 南开新闻网讯: the site named after the university */
      best = first;
      *by_site = 1;
      goto done;
    }
    free(l);
    if (other_school(x, x->c[i].vb)) {
      n[first] = -1000000; /* 学校与哈尔滨工业大学: another university */
      continue;
    }
    if (++n[first] > bestn ||
        (n[first] == bestn && x->c[first].vb < x->c[best].vb)) {
      bestn = n[first];
      best = first;
    }
  }
  if (best >= 0 && n[best] <= 0)
    best = -1;
done:
  free(site);
  free(n);
  pg_free_hmap(m);
  return best;
}

/* Does the view spell, at p, 校 or 学校 standing for the university at
 * a name's left boundary before one of its party or union bodies
 * (校党委书记高岩, 学校纪委)?  The length of 校 or 学校, or 0. */
static size_t school_before_body(const pg_rctx *x, size_t p)
{
  static const char *const bodies[] = {"党委", "团委", "纪委", "工会"};
  size_t n = pg_rc_spells(x, p, "学校") ? 2 : x->v[p] == 0x6821 ? 1 : 0;

  if (!n || (p > 0 && !pg_rc_is_punct(x->v[p - 1]) &&
             !pg_rc_word_ending(x, PG_W_STOP, 0, p, NULL)))
    return 0;
  return PG_RC_SPELLS_ANY(x, p + n, bodies) ? n : 0;
}

/* 我校教授杨德森, 我校与…联合承办: 我校 and 本校 are mentions of the
 * university the text is by (home_school), with no alias of their own;
 * so are 校 and 学校 before its party bodies (校党委书记) when the site's
 * dateline names the university (a weaker word).  With such a dateline a
 * unit named right after them (我校科学技术研究院) is the university's;
 * without it the university is a guess, and a unit of a wrong guess is
 * worse than none. */
static void our_schools(pg_rctx *x)
{
  size_t p, n, lim;
  int home = -2, ci, by_site = 0;
  pg_chain ch;

  for (p = 0; p < x->vn && !x->oom; p++) {
    n = our_school(x, p) ? 2 : school_before_body(x, p);
    if (!n || (x->lexat[p] >= 0 && x->c[x->lexat[p]].ve > p))
      continue;
    if (home == -2 && (home = home_school(x, &by_site)) < 0)
      return;
    if (n != 2 && !by_site)
      continue; /* 校党委 names the university only under its own site */
    if ((ci = pg_rc_add(x, p, p + n, PG_T_ORGANIZATION, "org.home",
                        x->c[home].lex, 2)) < 0)
      return;
    pg_rc_label(x, ci, cand_label(x, home));
    if (x->c[home].key)
      pg_rc_key(x, ci, x->c[home].key);
    x->c[ci].quiet = 1;
    for (lim = p + n; lim < x->vn && lim - p < 30 &&
                      !pg_rc_is_punct(x->v[lim]);
         lim++)
      ;
    if (by_site && p + n < x->vn && pg_is_han(x->v[p + n]) &&
        pg_org_chain(x, p + n, lim, 1, &ch, "org.unit")) {
      size_t k;
      for (k = p + n; k < x->c[ch.piece[0]].ve; k++)
        if (pg_rc_stop_in(x, k) || pg_rc_word_at(x, PG_W_WEAKSTOP, k, NULL) ||
            (x->lexat[k] >= 0 && x->lexat[k] != ch.piece[0]))
          break; /* 我校合作院校奥地利格拉茨大学: a known name inside */
      if (x->c[ch.piece[0]].lex >= 0 || k < x->c[ch.piece[0]].ve ||
          x->c[ch.piece[0]].type != PG_T_ORGANIZATION)
        pg_chain_undo(x, &ch); /* 我校|北京大学, 我校分别与…公司: no unit */
      else
        pg_rc_fact(x, ch.piece[0], PG_P_SUBORG, ci, -1, NULL, PG_LIT_NONE,
                   p + n, "org.unit");
    }
    p += n - 1;
  }
}

/* The bodies of a place written without it, as local news writes its own
 * (省委书记许勤, 代表市委、市政府): a level (省 市 县 区 州) and a kind.
 * full[] are the kind's full forms, as a fuller name ends with them. */
static const struct {
  const char *bare;
  const char *full[3];
} local_kinds[] = {
  {"委", {"委", NULL, NULL}},
  {"政府", {"人民政府", "政府", NULL}},
  {"人大常委会", {"人大常委会", "人民代表大会常务委员会", NULL}},
  {"政协", {"政协", NULL, NULL}},
  {"纪委", {"纪委", NULL, NULL}},
  {"法院", {"高级人民法院", "中级人民法院", "法院"}},
  {"检察院", {"人民检察院", "检察院", NULL}},
};

static const uint32_t local_levels[5] = {0x7701, 0x5E02, 0x53BF, 0x533A,
                                        0x5DDE}; /* 省 市 县 区 州 */

static int local_level(uint32_t c)
{
  size_t i;

  for (i = 0; i < 5; i++)
    if (c == local_levels[i])
      return 1;
  return 0;
}

/* The kind of local body the view spells at p + 1 after a level at p
 * (longest first: 人大常委会 before 人大), or -1; its length in *n. */
static int local_kind_at(const pg_rctx *x, size_t p, size_t *n)
{
  size_t k, best = 0;
  int kind = -1;

  if (!local_level(x->v[p]))
    return -1;
  for (k = 0; k < sizeof local_kinds / sizeof *local_kinds; k++) {
    size_t m = pg_rc_spells(x, p + 1, local_kinds[k].bare);
    if (m > best) {
      best = m;
      kind = (int)k;
    }
  }
  *n = best;
  return kind;
}

/* Does label l end with a level (its UTF-8 lv) and a full form of kind
 * k, after a place of at least one character?  The place's length in
 * bytes, or 0. */
static size_t local_full(const char *l, const char *lv, int k)
{
  size_t ll = strlen(l), vl = strlen(lv), fl;
  int j;

  for (j = 0; j < 3 && local_kinds[k].full[j]; j++) {
    fl = strlen(local_kinds[k].full[j]);
    if (ll >= fl + vl + 3 && !strcmp(l + ll - fl, local_kinds[k].full[j]) &&
        !strncmp(l + ll - fl - vl, lv, vl))
      return ll - fl - vl;
  }
  return 0;
}

/* Does the text call its place of this level its own (我省, 全市, 本县)? */
static int local_text(const pg_rctx *x, uint32_t level)
{
  size_t p;

  for (p = 1; p < x->vn; p++)
    if (x->v[p] == level && (x->v[p - 1] == 0x6211 || /* 我 */
                             x->v[p - 1] == 0x5168 || /* 全 */
                             x->v[p - 1] == 0x672C))  /* 本 */
      return 1;
  return 0;
}

/* A place or a local body named in full, ending at view position ve: its
 * level (省 ...), its place's name without level (河北 of 河北省委,
 * 黄石 of 中共黄石市委 and of 黄石市) and, for a body, its kind. */
typedef struct {
  size_t ve;
  uint32_t level;
  char *place; /* owned */
  int kind;    /* index into local_kinds, or -1 for a place */
  int ci;
} local_anchor;

static int anchor_cmp(const void *a, const void *b)
{
  const local_anchor *p = a, *q = b;
  if (p->ve != q->ve)
    return p->ve < q->ve ? -1 : 1;
  return p->ci - q->ci;
}

/* The level a lexicon place stands at (河北省: 省, 武汉: 市), or 0. */
static uint32_t place_level(const pg_lex_entry *le)
{
  static const char *const sub[] = {"province", "city", "county", "district"};
  static const uint32_t lv[] = {0x7701, 0x5E02, 0x53BF, 0x533A};
  size_t i;

  for (i = 0; le->subtype && i < 4; i++)
    if (!strcmp(le->subtype, sub[i]))
      return lv[i];
  return 0;
}

static uint64_t anchor_hash(uint32_t level, int kind, const char *place)
{
  uint64_t h = pg_fnv1a(PG_FNV_OFFSET, &level, sizeof level);
  h = pg_fnv1a(h, &kind, sizeof kind);
  return pg_fnv1a(h, place, strlen(place));
}

/* Is place, alone or with its level lv (黄石 + 市), a place the lexicon
 * knows? */
static int known_place(const pg_rctx *x, const char *place, const char *lv)
{
  char buf[128];
  size_t n = strlen(place);

  if (pg_lexicon_find(x->r->lex, place, PG_T_PLACE) >= 0)
    return 1;
  if (n + strlen(lv) >= sizeof buf)
    return 0;
  memcpy(buf, place, n);
  strcpy(buf + n, lv);
  return pg_lexicon_find(x->r->lex, buf, PG_T_PLACE) >= 0;
}

/* Candidate i as an anchor (its place's name in *place, owned), or 0
 * when it is none; -1 on out of memory. */
static int local_anchor_of(pg_rctx *x, size_t i, local_anchor *a)
{
  static const char zhonggong[] = "中共";
  const pg_cand *c = &x->c[i];
  char lv[8], *l;
  size_t pl = 0, ll, li, k, nk = sizeof local_kinds / sizeof *local_kinds;

  a->ve = c->ve;
  a->ci = (int)i;
  a->kind = -1;
  if (c->type == PG_T_ORGANIZATION) {
    if (!(l = cand_label(x, (int)i)))
      return -1;
    for (li = 0; li < 5 && !pl; li++) {
      lv[pg_utf8_put(lv, local_levels[li])] = 0;
      for (k = 0; k < nk && !pl; k++)
        if ((pl = local_full(l, lv, (int)k))) {
          a->kind = (int)k;
          a->level = local_levels[li];
        }
    }
    if (!pl) {
      free(l);
      return 0;
    }
    l[pl] = 0; /* 中共黄石市委: 黄石 */
    if (pl > sizeof zhonggong - 1 && !strncmp(l, zhonggong, sizeof zhonggong - 1))
      memmove(l, l + sizeof zhonggong - 1, pl - (sizeof zhonggong - 1) + 1);
    if (!known_place(x, l, lv)) {
      free(l); /* 福州和|省委: a candidate no place opens */
      return 0;
    }
    pl = strlen(l); /* 广安市|市委: the place 广安, as of 广安市 */
    if (pl > strlen(lv) + 3 && !strcmp(l + pl - strlen(lv), lv))
      l[pl - strlen(lv)] = 0;
  } else if (c->type == PG_T_PLACE && c->lex >= 0) {
    const pg_lex_entry *le = pg_lexicon_entry(x->r->lex, c->lex);
    if (!(a->level = place_level(le)))
      return 0;
    ll = strlen(le->label);
    if (!(l = malloc(ll + 1)))
      return -1;
    strcpy(l, le->label); /* 河北省: 河北 */
    lv[pg_utf8_put(lv, a->level)] = 0;
    if (ll > strlen(lv) && !strcmp(l + ll - strlen(lv), lv))
      l[ll - strlen(lv)] = 0;
  } else {
    return 0;
  }
  a->place = l;
  return 1;
}

/* The anchors of the first nc candidates, sorted by end, and a map from
 * (level, kind, place) to the bodies among them.  The number of anchors,
 * or -1 on out of memory (*out freed). */
static long local_anchors(pg_rctx *x, size_t nc, local_anchor **out,
                          pg_hmap *bodies)
{
  local_anchor *a = calloc(nc + 1, sizeof *a);
  size_t i, n = 0;
  int r;

  if (!(*out = a))
    return -1;
  for (i = 0; i < nc; i++)
    if ((r = local_anchor_of(x, i, &a[n])) < 0)
      goto fail;
    else if (r)
      n++;
  qsort(a, n, sizeof *a, anchor_cmp);
  for (i = 0; i < n; i++)
    if (a[i].kind >= 0 &&
        pg_hmap_add(bodies, anchor_hash(a[i].level, a[i].kind, a[i].place),
                    (int)i) < 0)
      goto fail;
  return (long)n;
fail:
  for (i = 0; i < n; i++)
    free(a[i].place);
  free(a);
  *out = NULL;
  return -1;
}

/* The name of place's body written [p, e) without it: the place and
 * the written form (福建 + 省政府).  NULL on out of memory. */
static char *local_label(pg_rctx *x, const char *place, size_t p, size_t e)
{
  char *w = pg_rc_text(x, p, e), *l;

  if (!w)
    return NULL;
  if ((l = malloc(strlen(place) + strlen(w) + 1))) {
    strcpy(l, place);
    strcat(l, w);
  }
  free(w);
  return l;
}

/* A local body written without its place (市委, 省政府, 市人大常委会) at a
 * name's left boundary is the body of that level and kind of the place
 * last named before it at that level: one more mention of that body when
 * the text names it in full (河北省委成立了以省委书记王东峰…), else, when
 * the place is named in the same paragraph, that body named after it
 * (福建省委、省政府: 福建省政府; 贵州省成立了以省委书记…: 贵州省委, with
 * the written form as alias).  A text that names no place of the level
 * before it but calls the place its own (我省, 全市) gets the body as
 * written (省委); any other text none (a national item's 省委 is any
 * province's). */
static void local_bodies(pg_rctx *x)
{
  unsigned char *cov = NULL;
  local_anchor *an = NULL;
  pg_hmap *bodies = NULL;
  const char *latest[5] = {NULL, NULL, NULL, NULL, NULL};
  size_t latest_ve[5] = {0, 0, 0, 0, 0};
  int own[5] = {-1, -1, -1, -1, -1}; /* local_text per level, once */
  long na = 0, j = 0;
  size_t p, i, n, nc = x->nc, nl_scan = 0, par = 0;
  int k, found, li;

  for (p = 0; p + 2 <= x->vn && !x->oom; p++) {
    int ci, target = -1, e2;
    size_t e;
    char *label = NULL;
    if ((k = local_kind_at(x, p, &n)) < 0)
      continue;
    if (!cov) { /* the first bare form: index the names once */
      if (!(cov = calloc(x->vn + 1, 1)) || !(bodies = pg_new_hmap()) ||
          (na = local_anchors(x, nc, &an, bodies)) < 0) {
        x->oom = 1;
        break;
      }
      for (i = 0; i < nc; i++)
        if (x->c[i].type == PG_T_ORGANIZATION || x->c[i].type == PG_T_PLACE)
          memset(cov + x->c[i].vb, 1, x->c[i].ve - x->c[i].vb);
    }
    for (; j < na && an[j].ve <= p; j++)
      for (li = 0; li < 5; li++)
        if (an[j].level == local_levels[li]) {
          latest[li] = an[j].place;
          latest_ve[li] = an[j].ve;
        }
    e = p + 1 + n;
    if (cov[p] || cov[e - 1] ||
        (p > 0 && !pg_rc_is_punct(x->v[p - 1]) && !start_ok(x, p, &found)))
      continue;
    if (e < x->vn && pg_rc_word_at(x, PG_W_ORGHEAD, e, NULL))
      continue; /* 省委党校, 市政府办公厅: a body a chain names */
    for (li = 0; local_levels[li] != x->v[p]; li++)
      ;
    if (latest[li]) {
      uint64_t h = anchor_hash(x->v[p], k, latest[li]);
      for (e2 = pg_hmap_first(bodies, h); e2 >= 0 && target < 0;
           e2 = pg_hmap_next(bodies, e2)) {
        const local_anchor *b = &an[pg_hmap_value(bodies, e2)];
        if (b->level == x->v[p] && b->kind == k &&
            !strcmp(b->place, latest[li]))
          target = b->ci;
      }
      if (target < 0) {
        for (; nl_scan < p; nl_scan++) /* the paragraph's start, swept */
          if (x->v[nl_scan] == '\n')
            par = nl_scan + 1;
        if (latest_ve[li] < par)
          continue; /* the place was named in another paragraph */
        if (!(label = local_label(x, latest[li], p, e))) {
          x->oom = 1;
          break;
        }
      }
    } else {
      if (own[li] < 0)
        own[li] = local_text(x, x->v[p]);
      if (!own[li])
        continue;
    }
    if ((ci = pg_rc_add(x, p, e, PG_T_ORGANIZATION, "org.local",
                        target >= 0 ? x->c[target].lex : -1, 2)) < 0) {
      free(label);
      break;
    }
    if (target >= 0) {
      pg_rc_label(x, ci, cand_label(x, target));
      if (x->c[target].key)
        pg_rc_key(x, ci, x->c[target].key);
      x->c[ci].quiet = 1;
    } else if (label) {
      pg_rc_label(x, ci, label);
      label = NULL;
    }
    memset(cov + p, 1, e - p);
    p = e - 1;
  }
  for (j = 0; an && j < na; j++)
    free(an[j].place);
  free(an);
  pg_free_hmap(bodies);
  free(cov);
}

/* Could the list item [b, e) be a name no rule or table knows: two to
 * eight name characters, no known name, title or stop word inside, not
 * generic words only (宏碁, 思谋科技, 比亚迪半导体; not 新能源汽车), and
 * not a kind of body (a head alone or after two characters or generic
 * words: 集团公司, 高等院校)? */
static int list_name(const pg_rctx *x, size_t b, size_t e)
{
  size_t k, hl = pg_rc_word_ending(x, PG_W_ORGHEAD, b, e, NULL);

  if (e - b < 2 || e - b > 8 || pg_rc_word_at(x, PG_W_NONNAME, b, NULL) ||
      pg_rc_all_generic(x, b, e, 0) || hl == e - b ||
      (hl && (e - hl - b <= 2 || pg_rc_all_generic(x, b, e - hl, 1))))
    return 0; /* 集团公司, 高等院校, 金融机构: a kind of body, no name */
  for (k = b; k < e; k++)
    if (!pg_rc_is_name_char(x->v[k]) || x->lexat[k] >= 0 ||
        pg_rc_word_at(x, PG_W_TITLE, k, NULL) ||
        pg_rc_word_at(x, PG_W_CLAUSEWORD, k, NULL) ||
        (k > b && pg_rc_stop_in(x, k)))
      return 0;
  return 1;
}

/* Does a candidate cover any of [b, e) (院校 of 高等院校: the item is
 * no unknown name)? */
static int covered(const unsigned char *cov, size_t b, size_t e)
{
  for (; b < e; b++)
    if (cov[b])
      return 1;
  return 0;
}

/* Is [b, e) exactly an organization found before (orgat: per view start,
 * the first such candidate; nextorg: the next one starting there)? */
/* Indexes the organization candidates by start: orgat[p] is the first
 * one starting at view position p (-1: none), nextorg[ci] the next one
 * after ci starting there.  orgat holds vn + 1 entries, nextorg nc. */
static void org_starts(const pg_rctx *x, int *orgat, int *nextorg)
{
  size_t k;

  for (k = 0; k <= x->vn; k++)
    orgat[k] = -1;
  for (k = x->nc; k-- > 0;)
    if (x->c[k].type == PG_T_ORGANIZATION && x->c[k].vb < x->vn) {
      nextorg[k] = orgat[x->c[k].vb];
      orgat[x->c[k].vb] = (int)k;
    }
}

static int list_org(const pg_rctx *x, const int *orgat, const int *nextorg,
                    size_t b, size_t e)
{
  int ci;

  for (ci = orgat[b]; ci >= 0; ci = nextorg[ci])
    if (x->c[ci].ve == e && x->c[ci].type == PG_T_ORGANIZATION)
      return 1;
  return 0;
}

/* The items of the 、-list whose first item ends at the 、 at p: their
 * spans (at most LIST_ITEMS), the last one ended by 等, a mark, or split
 * at 和/与/及 (联想和三星).  Returns the number of items. */
static size_t list_items(const pg_rctx *x, size_t p, size_t *ib, size_t *ie)
{
  size_t n = 0, b = item_start(x, p, 12), e, k;

  if (b == p)
    return 0;
  ib[n] = b;
  ie[n++] = p;
  while (p < x->vn && x->v[p] == 0x3001 && n + 1 < LIST_ITEMS) {
    b = p + 1;
    for (e = b; e < x->vn && e - b < 12 && pg_rc_is_name_char(x->v[e]) &&
                !(x->v[e] == 0x7B49 && e - b >= 2); /* 等 */
         e++)
      ;
    if (e == b || e - b >= 12)
      break;
    p = e;
    if (e < x->vn && x->v[e] != 0x3001) /* the last item */
      for (k = b + 2; k + 2 <= e; k++)
        if (wcschr(L"和与及", (wchar_t)x->v[k])) {
          ib[n] = b;
          ie[n++] = k;
          b = k + 1;
          break;
        }
    ib[n] = b;
    ie[n++] = e;
  }
  return n;
}

/* 学校办公室、组织部、科研处、…、学生处负责人: the items [ib, ie) of a
 * 、-list of three items or more that ends at p before 负责人 ("the heads
 * of"), all closed by an organization head but one at most, last item
 * first.  Their number, or 0 when there is no such list. */
static size_t heads_items(const pg_rctx *x, size_t p, size_t *ib, size_t *ie)
{
  size_t n = 0, heads = 0, e = p, b;

  while (n < LIST_ITEMS) {
    if ((b = item_start(x, e, 17)) == e)
      break;
    ib[n] = b;
    ie[n++] = e;
    heads += pg_rc_word_ending(x, PG_W_ORGHEAD, b, e, NULL) > 0;
    if (b == 0 || x->v[b - 1] != 0x3001)
      break;
    e = b - 1;
  }
  return n < 3 || heads + 1 < n ? 0 : n;
}

/* Each item of a list of heads (heads_items) that no candidate covers is
 * a body. */
static void heads_list(pg_rctx *x, size_t p, const unsigned char *cov)
{
  size_t ib[LIST_ITEMS], ie[LIST_ITEMS], n = heads_items(x, p, ib, ie), i;

  for (i = 0; i < n; i++)
    if (!covered(cov, ib[i], ie[i]))
      list_item(x, ib[i], ie[i]);
}

/* After the person rules: a list of heads right after the comma that
 * closes a person holding a post in a named body (…汉语国际教育学部主任
 * 郭鹏，学校办公室、组织部、…、学生处负责人一同来访) names that body's
 * offices: each office of the list with no name of its own and no parent
 * is a unit of the body. */
int pg_rec_unit_lists(pg_rctx *x)
{
  size_t ib[LIST_ITEMS], ie[LIST_ITEMS], n, i, p, k;
  int *orgat = NULL, *nextorg = NULL, *bodyend = NULL, body, ci;
  unsigned char *parent = NULL;

  for (p = 1; p < x->vn && !x->oom; p++) {
    if (!pg_is_han(x->v[p - 1]) || !pg_rc_spells(x, p, "负责人") ||
        !(n = heads_items(x, p, ib, ie)) || ib[n - 1] < 2 ||
        x->v[ib[n - 1] - 1] != ',')
      continue;
    if (!orgat) { /* indexes, once, at the first such list of the document */
      orgat = malloc((x->vn + 1) * sizeof *orgat);
      bodyend = malloc((x->vn + 1) * sizeof *bodyend);
      nextorg = malloc((x->nc + 1) * sizeof *nextorg);
      parent = calloc(x->nc + 1, 1);
      if (!orgat || !bodyend || !nextorg || !parent) {
        x->oom = 1;
        break;
      }
      org_starts(x, orgat, nextorg);
      for (k = 0; k <= x->vn; k++)
        bodyend[k] = -1;
      for (k = 0; k < x->nf; k++) {
        const pg_pfact *f = &x->f[k];
        if (f->pred == PG_P_SUBORG && f->subj >= 0)
          parent[f->subj] = 1;
        if (f->pred == PG_P_AFFILIATION && f->subj >= 0 && f->obj >= 0 &&
            x->c[f->subj].type == PG_T_PERSON &&
            (x->c[f->obj].lex >= 0 || pg_rc_proper_at(x, x->c[f->obj].vb)))
          bodyend[x->c[f->subj].ve] = f->obj; /* the last post given */
      }
    }
    if ((body = bodyend[ib[n - 1] - 1]) < 0)
      continue;
    for (i = 0; i < n; i++)
      for (ci = orgat[ib[i]]; ci >= 0; ci = nextorg[ci])
        if (x->c[ci].type == PG_T_ORGANIZATION && x->c[ci].ve == ie[i] &&
            x->c[ci].lex < 0 && !parent[ci] && ci != body &&
            x->lexat[ib[i]] < 0) { /* not 北京大学、清华大学负责人 */
          pg_rc_fact(x, ci, PG_P_SUBORG, body, -1, NULL, PG_LIT_NONE, ib[i],
                     "org.unit");
          parent[ci] = 1;
        }
  }
  free(orgat);
  free(bodyend);
  free(nextorg);
  free(parent);
  return x->oom ? -1 : 0;
}

/* List propagation: in a 、-list where at least two items, and at least
 * half of them, are organizations found before, each other item that
 * reads as a name is one too (旷视科技、思谋科技、芯驰科技、比亚迪半导体
 * 等; 包括宏碁、华硕、戴尔、惠普、联想和三星).  A list that names no
 * organization, or few, is left alone (北京、上海; 美国、英国、欧盟). */
static void list_majority(pg_rctx *x)
{
  int *orgat = malloc((x->vn + 1) * sizeof *orgat);
  int *nextorg = malloc((x->nc + 1) * sizeof *nextorg);
  unsigned char *cov = calloc(x->vn + 1, 1);
  size_t ib[LIST_ITEMS], ie[LIST_ITEMS], n, i, p, known, nc = x->nc;
  int ci;

  if (!orgat || !nextorg || !cov) {
    x->oom = 1;
    goto done;
  }
  org_starts(x, orgat, nextorg);
  for (i = 0; i < nc; i++)
    if (x->c[i].type != PG_T_NONE)
      for (p = x->c[i].vb; p < x->c[i].ve && p < x->vn; p++)
        cov[p] = 1;
  for (p = 1; p < x->vn && !x->oom; p++) {
    if (pg_is_han(x->v[p - 1]) && pg_rc_spells(x, p, "负责人"))
      heads_list(x, p, cov);
    if (x->v[p] != 0x3001 || (p + 1 < x->vn && x->v[p - 1] == 0x3001))
      continue;
    if ((n = list_items(x, p, ib, ie)) < 3)
      continue;
    for (i = known = 0; i < n; i++)
      known += list_org(x, orgat, nextorg, ib[i], ie[i]);
    if (known >= 2 && 2 * known >= n)
      for (i = 0; i < n; i++)
        if (!list_org(x, orgat, nextorg, ib[i], ie[i]) &&
            list_name(x, ib[i], ie[i]) &&
            !covered(cov, ib[i], ie[i]) &&
            (ci = pg_rc_add(x, ib[i], ie[i], PG_T_ORGANIZATION, "org.list",
                            -1, 1)) >= 0)
          pg_rc_label(x, ci, pg_rc_name(x, ib[i], ie[i]));
    p = ib[n - 1]; /* the last item may end in 负责人 (学生处负责人一同来访) */
  }
done:
  free(orgat);
  free(nextorg);
  free(cov);
}

/* 中国首席经济学家论坛副理事长: a forum with a council's officers (理
 * 事长, 秘书长, 理事) is a standing body, not only a meeting; the forum's
 * name, closed by 论坛 at p, is an organization's. */
static void forum_body(pg_rctx *x, size_t p)
{
  static const char *const officers[] = {"副理事长", "理事长", "常务理事",
                                         "理事", "副秘书长", "秘书长"};
  size_t e = p + 2, b, k;
  int ci;

  if (!PG_RC_SPELLS_ANY(x, e, officers))
    return;
  for (b = p; b > 0 && p - b < 14 && pg_is_han(x->v[b - 1]) &&
              !pg_rc_stop_in(x, b - 1);
       b--)
    ;
  if (b + 4 > p || (b > 0 && pg_is_han(x->v[b - 1])) ||
      pg_rc_all_generic(x, b, p, 1))
    return; /* the forum's name fills its item, after a mark */
  for (k = b; k < p; k++)
    if (!pg_is_han(x->v[k]) || pg_rc_time_word_at(x, k) ||
        (x->lexat[k] >= 0 && x->c[x->lexat[k]].ve > e))
      return;
  if ((ci = pg_rc_add(x, b, e, PG_T_ORGANIZATION, "org.head", -1, 2)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, b, e));
}

int pg_rec_orgs(pg_rctx *x)
{
  size_t p, lim = 0;
  pg_chain ch;
  int found;

  foreign_body(x);
  foreign_party(x);

  for (p = 1; p < x->vn && !x->oom; p++) {
    if (x->v[p] == 0x90E8) /* 部 */
      listed_ministry(x, p);
    if (x->v[p] == 0x7B49 && x->v[p - 1] != 0x3001) /* 等 */
      org_list(x, p);
    if (x->v[p] == 0x7B49) /* 等 */
      included_list(x, p);
    if (x->v[p] == 0x3001 || x->v[p] == 0x7B49) /* 、 等 */
      list_sibling(x, p);
    if (pg_rc_spells(x, p, "论坛"))
      forum_body(x, p);
  }
  for (p = 0; p < x->vn && !x->oom; p++) {
    size_t le = latin_org(x, p);
    if (le) {
      p = le - 1;
      continue;
    }
    if (our_school(x, p)) {
      p++; /* 我校分别与…有限公司: 我校 opens no name (our_schools) */
      continue;
    }
    if (pg_rc_is_punct(x->v[p]))
      continue;
    if (!start_ok(x, p, &found)) {
      int ci = x->lexat[p];
      if (!(ci >= 0 && x->c[ci].type == PG_T_PLACE && x->c[ci].vb == p &&
            pg_is_han(x->v[p - 1]) && translit_school(x, x->c[ci].ve)))
        continue; /* but 吸收|英国南安普顿大学 */
    }
    if (!found && !pg_rc_proper_at(x, p) && translit_school(x, p))
      found = 1; /* 和|南安普顿大学 */
    if (known_venue(x, p))
      continue; /* 北京饭店|金色大厅: a hall of a venue, no body */
    if (!found && !pg_rc_proper_at(x, p) && company_ahead(x, p))
      found = 1; /* 依托|数字广东网络建设有限公司: a registered name */
    if (!found && !pg_rc_proper_at(x, p)) {
      size_t t = (p == 0 || pg_rc_is_punct(x->v[p - 1]))
                     ? apposition_title(x, &p)
                     : 0;
      if (t && chain_until(x, p, t, &ch))
        p = ch.e - 1;
      continue;
    }
    if (lim <= p)
      for (lim = p; lim < x->vn && !pg_rc_is_punct(x->v[lim]); lim++)
        ;
    if (!pg_org_chain(x, p, lim, found, &ch, "org.head"))
      continue;
    if (ch.n == 1 && x->c[ch.piece[0]].lex >= 0)
      continue; /* just a lexicon name */
    if (country_kind(x, p, &ch))
      continue;
    if (venue(x, p, &ch))
      continue;
    paren_alias(x, &ch);
    local_alias(x, &ch);
    pg_rc_trailing_alias(x, ch.piece[ch.n - 1], ch.e);
    short_mentions(x, ch.piece[ch.n - 1], ch.e);
    unit_list(x, &ch);
    p = ch.e - 1;
  }
  list_majority(x);
  for (p = 0; p < x->vn && !x->oom; p++)
    if (p > 0 && x->v[p] == '(')
      campus(x, p);
    else if (p == 0 || x->v[p - 1] == '\n')
      site_dateline(x, p);
  our_schools(x);
  local_bodies(x);
  return x->oom ? -1 : 0;
}
