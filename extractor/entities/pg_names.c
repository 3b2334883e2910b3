/* pg_names.c - name and organization-chain helpers (see pg_names.h).
 *
 * An organization chain is a run of pieces, each a lexicon organization or
 * a body closed by a head word of tables/org_heads.txt; pg_org.c's header
 * comment describes where chains are looked for.  A person's name is a
 * surname of tables/surnames.txt and one to three given characters, or a
 * transliterated name whose parts are joined by ·; pg_person.c's header
 * comment describes the contexts that make it a person.
 */
#include "pg_names.h"
#include "pg_text.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define MAX_BODY 24

/* Is a proper name start at p (lexicon place/org or a proper word)? */
int pg_rc_proper_at(const pg_rctx *x, size_t p)
{
  int ci = p < x->vn ? x->lexat[p] : -1;

  if (p < x->vn && x->v[p] == 0x6211) /* 我国, 我省: not a name */
    return 0;
  if (ci >= 0 && (x->c[ci].type == PG_T_PLACE ||
                  x->c[ci].type == PG_T_ORGANIZATION))
    return 1;
  if (p + 3 < x->vn && pg_rc_word_at(x, PG_W_SHORT, p, NULL) == 1 &&
      pg_rc_word_at(x, PG_W_SHORT, p + 1, NULL) == 1 &&
      pg_is_han(x->v[p + 2]) && !pg_rc_is_numeral(x->v[p + 2]) &&
      !pg_rc_word_at(x, PG_W_NOTORG, p + 2, NULL) &&
      !((x->v[p + 2] == 0x53CC || x->v[p + 2] == 0x4E24 ||
         x->v[p + 2] == 0x4E09 || x->v[p + 2] == 0x5404) &&
        (x->v[p + 3] == 0x65B9 || x->v[p + 3] == 0x56FD)))
    return 1; /* two countries' one-character forms: 中哈合作委员会 (not
                 中加双方航空公司, 中巴有关部门, 俄新一届政府) */
  return pg_rc_word_at(x, PG_W_PROPER, p, NULL) > 0;
}

/* Finds the head closing a piece that starts at p: returns the piece end
 * (0 when none) and sets *hb to where the head word starts. */
/* Does a unit's name run on from p (研究院智库|建设研究部): a head of
 * two characters or more closing within eight Han characters? */
static int unit_ahead(const pg_rctx *x, size_t p)
{
  size_t k;

  for (k = p; k < x->vn && k < p + 8 && pg_is_han(x->v[k]) &&
              !pg_rc_stop_in(x, k) && x->lexat[k] < 0 &&
              !wcschr(L"和与及", (wchar_t)x->v[k]);
       k++)
    if (pg_rc_word_ending(x, PG_W_ORGHEAD, p, k + 1, NULL) >= 2)
      return 1;
  return 0;
}

/* Does 科 or 系 at i close a department, the unit after a hospital
 * (人民医院|感染性疾病科) or a university or institute (清华大学|生物与
 * 脑工程系, 韩国科学技术研究院|生物与脑工程系): two
 * characters or more from p, and the name's end after it (no Han
 * character, a title or a stop word)?  They are no heads anywhere else:
 * in the table 科 would cut 科学, 科技 and names such as 里亚布科夫 and
 * 莫斯科, and 系 关系 and 体系. */
static int dept_head(const pg_rctx *x, size_t p, size_t i, size_t lim, int n)
{
  if (n == 0 || p < 2 || i < p + 2)
    return 0;
  if (!(x->v[i] == 0x79D1 && pg_rc_spells(x, p - 2, "医院")) &&
      !(x->v[i] == 0x7CFB && (pg_rc_spells(x, p - 2, "大学") ||
                              pg_rc_spells(x, p - 1, "院"))))
    return 0;
  return (i + 1 >= lim || !pg_is_han(x->v[i + 1]) ||
          pg_rc_word_at(x, PG_W_TITLE, i + 1, NULL) ||
          pg_rc_stop_in(x, i + 1));
}

/* Is [p, i) a place the lexicon knows, whole (美国|使馆)? */
static int place_is(const pg_rctx *x, size_t p, size_t i)
{
  int pl = x->lexend[i];

  return pl >= 0 && x->c[pl].type == PG_T_PLACE && x->c[pl].vb == p;
}

/* May an embassy's head at i close a name opened at p: a country, or a
 * country, 驻 and a place or 华 (中国驻意大利|使馆, 意大利驻华|使馆)? */
static int embassy_body(const pg_rctx *x, size_t p, size_t i)
{
  size_t z;
  int pl;

  if (place_is(x, p, i))
    return 1;
  if (i >= p + 3 && x->v[i - 1] == 0x534E) /* 华 */
    z = i - 2;
  else if ((pl = x->lexend[i]) >= 0 && x->c[pl].type == PG_T_PLACE)
    z = x->c[pl].vb - 1;
  else
    return 0;
  return z > p && x->v[z] == 0x9A7B && place_is(x, p, z); /* 驻 */
}

static size_t find_head(const pg_rctx *x, size_t p, size_t lim, int n,
                        int anchored, size_t *hb, int *weak)
{
  size_t i, hl, tl, k, h2;
  int val;

  for (i = p; i < lim && i - p <= MAX_BODY; i++) {
    uint32_t c = x->v[i];
    int ci = x->lexat[i];
    if (!pg_rc_is_name_char(c))
      return 0;
    if (i > p && pg_rc_stop_in(x, i))
      return 0;
    if (!anchored && i > p && c >= 'a' && c <= 'z' && pg_is_han(x->v[i - 1]))
      return 0; /* a Latin name starts: 法国|Mistral AI公司 */
    if (!anchored && i > p && ci >= 0 &&
        x->c[ci].type == PG_T_ORGANIZATION && !pg_is_dash(x->v[i - 1]))
      return 0;
    if (i > p && ci >= 0 && x->c[ci].type == PG_T_PERSON)
      return 0; /* a well-known person's name ends the body */
    hl = pg_rc_word_at(x, PG_W_ORGHEAD, i, &val);
    if (!hl && dept_head(x, p, i, lim, n)) {
      hl = 1;
      val = -1;
    }
    tl = pg_rc_word_at(x, PG_W_TITLE, i, NULL);
    if (tl > hl && hl >= 2 && i >= p + 2 &&
        pg_rc_word_at(x, PG_W_TITLE, i + hl, NULL) == tl - hl)
      tl = 0; /* 放射卫生|办公室|主任: a named unit's head, then a title */
    if (i > p && tl >= 2 && tl > hl && i + tl < lim &&
        pg_rc_person_name(x, i + tl, lim))
      return 0; /* 北京市副市长谈绪祥代表北京市政府: a title and a name */
    if (!hl || pg_rc_word_at(x, PG_W_HEADBLOCK, i, NULL) > hl ||
        (tl > hl && i + tl <= lim) || /* 部长, 委员; a caller cutting at
                                         外交部|长 wants the head */
        pg_rc_word_ending(x, PG_W_HEADBLOCK, p, i + hl, NULL) > hl ||
        pg_rc_word_ending(x, PG_W_TITLE, p, i + hl, NULL) > hl || /* 原常委 */
        i + hl > lim)
      continue;
    for (k = i + 1; k < i + hl; k++)
      if ((h2 = pg_rc_word_at(x, PG_W_ORGHEAD, k, NULL)) && k + h2 > i + hl &&
          k + h2 <= lim)
        break;
    if (k < i + hl)
      continue; /* 工作办|公室: a longer head runs across its end */
    for (k = i > p + 3 ? i - 3 : p; k < i; k++)
      if (pg_rc_word_at(x, PG_W_HEADBLOCK, k, NULL) > i - k + hl)
        break;
    if (k < i)
      continue; /* 公|司|治理: a word that is no head runs across it */
    if (i - p >= 2 || (n > 0 && i == p && hl >= 3) ||
        (n > 0 && i == p + 1 && hl == 2 && pg_rc_spells(x, i, "学院"))) {
      /* a unit's one-character discipline: 清华大学|法学院, 商学院 */
      const char *v = pg_rc_value(x, PG_W_ORGHEAD, val);
      int val2 = -1;
      if (v && !strcmp(v, "embassy") && !embassy_body(x, p, i))
        return 0; /* 美国|使馆, 中国驻意大利|使馆: a country's only */
      if (v && !strcmp(v, "place") &&
          !(x->lexend[i] >= 0 && x->c[x->lexend[i]].type == PG_T_PLACE &&
            x->c[x->lexend[i]].vb == p))
        return 0; /* 美国|海军, but not 中国既然宣示要成为|空军 */
      if (v && !strcmp(v, "mission")) {
        for (k = p; k + 1 < i && !pg_rc_spells(x, k, "常驻"); k++)
          ;
        if (k + 1 >= i)
          return 0; /* 中国常驻日内瓦代表团, but not 中国政府代表团 */
      }
      *hb = i;
      *weak = v && !strcmp(v, "weak");
      if (*weak && n > 0 &&
          (h2 = pg_rc_word_at(x, PG_W_ORGHEAD, i + hl, &val2)) &&
          i + hl + h2 <= lim &&
          !((v = pg_rc_value(x, PG_W_ORGHEAD, val2)) && !strcmp(v, "weak"))) {
        *hb = i + hl; /* a unit: 国际组织|学院, the weak head in its name */
        *weak = 0;
        return i + hl + h2;
      }
      if ((h2 = pg_rc_word_at(x, PG_W_ORGHEAD, i + hl, &val2)) == 2 &&
          !((v = pg_rc_value(x, PG_W_ORGHEAD, val2)) && !strcmp(v, "weak")) &&
          i + hl + h2 <= lim && x->lexat[i + hl] < 0 &&
          pg_rc_word_at(x, PG_W_TITLE, i + hl, NULL) <= h2 &&
          pg_rc_word_at(x, PG_W_ORGHEAD, i + hl + h2, NULL) == 0 &&
          !pg_rc_word_at(x, PG_W_HEADBLOCK, i + hl, NULL) &&
          !unit_ahead(x, i + hl + h2))
        return i + hl + h2; /* 高校智库|联盟: two heads, one name (but
                               研究院|智库建设研究部 goes on to a unit) */
      if (pg_rc_spells(x, i + hl, "联合会") && i + hl + 3 <= lim &&
          x->lexat[i + hl] < 0)
        return i + hl + 3; /* 世界工程组织|联合会: a federation of bodies */
      return i + hl;
    }
  }
  return 0;
}

/* Is a unit a local branch, named by a place right before its head, two
 * characters between at most (北京市委员会 after 中国国民党革命委员会,
 * 欧洲区域办事处 after 世界卫生组织)?  Its name alone names no body. */
static int branch_of(const pg_rctx *x, const pg_cand *c, size_t hb)
{
  int li = x->lexat[c->vb];

  return li >= 0 && x->c[li].type == PG_T_PLACE && x->c[li].ve <= hb &&
         hb <= x->c[li].ve + 2 && hb < c->ve;
}

/* The label of piece [b, e) of a chain starting at cb: its own name, or
 * the written form when it is only a head (办公厅), a local branch or an
 * affiliated hospital (附属第一医院). */
static int piece_label(pg_rctx *x, int ci, size_t cb, size_t hb)
{
  static const uint32_t fushu[] = {0x9644, 0x5C5E}; /* 附属 */
  pg_cand *c = &x->c[ci];
  char *full = pg_rc_name(x, cb, c->ve);

  if (!full)
    return -1;
  if (hb == c->vb || branch_of(x, c, hb) ||
      (x->v[c->vb] == fushu[0] && x->v[c->vb + 1] == fushu[1])) {
    c->quiet = hb == c->vb;
    pg_rc_label(x, ci, full);
    return 0;
  }
  pg_rc_alias(x, ci, full);
  free(full);
  return 0;
}

/* May lexicon organization child (an entry) be a unit of the piece
 * before it (an entry, or -1 when not the lexicon's)?  Not when the
 * lexicon names another parent for it. */
static int lex_parent_ok(const pg_rctx *x, int prev, int child)
{
  const pg_lex_entry *c = pg_lexicon_entry(x->r->lex, child), *p;

  if (!c->parent)
    return 1;
  if (prev < 0)
    return 1;
  p = pg_lexicon_entry(x->r->lex, prev);
  return !strcmp(c->parent, p->label);
}

/* Does [b, e) hold a word that makes it a clause, no name's body (a
 * quantifier, a modal, a verb of founding or planning: clause_words.txt)? */
static int clause_words(const pg_rctx *x, size_t b, size_t e)
{
  size_t k;

  for (k = b; k + 1 < e; k++)
    if (pg_rc_word_at(x, PG_W_CLAUSEWORD, k, NULL) ||
        (k > b && pg_rc_stop_before_known(x, k) == 1))
      return 1; /* 国际社会|对|中国政府: a preposition before a known
                   place or body inside the body is the clause's */
    else if (k > b && (pg_rc_is_numeral(x->v[k - 1]) ||
                       (x->v[k - 1] >= '0' && x->v[k - 1] <= '9')) &&
             wcschr(L"家所个座", (wchar_t)x->v[k]) &&
             !(k >= 2 && x->v[k - 2] == 0x7B2C)) /* 第 */
      return 1; /* 湖北省39家定点医院: a count of bodies, no name */
  return 0;
}

/* Adds the next piece at *pos; returns its candidate or -1 (none). */
/* A piece ci at p that opens with a term is the lexicon's unit of the
 * body before it when the two names run together make the unit's name
 * (全国政协|十四届常委会: 全国政协常委会, under 全国政协).  A body of no
 * parent so named (中国共产党|第十九届中央委员会: 中共中央) is left to
 * the alias unions. */
static void termed_body(pg_rctx *x, int ci, int prev, size_t p)
{
  uint32_t buf[48];
  size_t oe = pg_rc_term_at(x, p), n = 0, i;
  const pg_lex_entry *le;
  int v = -1;

  if (!oe || x->c[prev].ve != p || x->c[prev].lex < 0 ||
      x->c[prev].ve - x->c[prev].vb + (x->c[ci].ve - oe) > 48)
    return;
  for (i = x->c[prev].vb; i < x->c[prev].ve; i++)
    buf[n++] = x->v[i];
  for (i = oe; i < x->c[ci].ve; i++)
    buf[n++] = x->v[i];
  if (pg_ac_longest_at(pg_lexicon_ac(x->r->lex), buf, n, 0, &v) == n &&
      v != x->c[prev].lex && (le = pg_lexicon_entry(x->r->lex, v)) &&
      le->type == PG_T_ORGANIZATION && le->parent &&
      !strcmp(le->parent, pg_lexicon_entry(x->r->lex, x->c[prev].lex)->label))
    x->c[ci].lex = v;
}

static int next_piece(pg_rctx *x, pg_chain *ch, size_t *pos, size_t lim,
                      int anchored, const char *rule)
{
  size_t p = *pos, e, hb = 0, k;
  int ci = x->lexat[p], weak = 0;

  if (ci >= 0 && x->c[ci].type == PG_T_ORGANIZATION && x->c[ci].ve <= lim) {
    if (ch->n > 0 && x->c[ci].lex >= 0 &&
        !lex_parent_ok(x, x->c[ch->piece[ch->n - 1]].lex, x->c[ci].lex))
      return -1; /* 中办 国办: the lexicon puts 国办 under 国务院 */
    x->c[ci].structural = 1;
    *pos = x->c[ci].ve;
    return ci;
  }
  if (pg_rc_stop_before_known(x, p) == 1 ||
      (ch->n == 0 && x->v[p] == 0x539F && p + 1 < x->vn && /* 原 */
       x->lexat[p + 1] >= 0 &&
       (x->c[x->lexat[p + 1]].type == PG_T_PLACE ||
        x->c[x->lexat[p + 1]].type == PG_T_ORGANIZATION)))
    return -1; /* ，对|中国政府, 世卫组织|对|中国政府: a preposition before
                  a known name opens no name or unit (the name is read from
                  the next position); nor does 原 (原|中国科协主席: the post
                  is former, the body is not) */
  if (ch->n > 0 && wcschr(L"同向被据让使", (wchar_t)x->v[p]) &&
      p + 1 < x->vn &&
      (x->lexat[p + 1] >= 0 || pg_rc_word_at(x, PG_W_SHORT, p + 1, NULL) ||
       pg_rc_word_at(x, PG_W_PROPER, p + 1, NULL)))
    return -1; /* 全国政协|同柬参议院, 向|中央委员会: a preposition before a
                  name, no unit (but 同济医院) */
  if (ch->n > 0 && pg_is_ascii_digit(x->v[p])) {
    size_t d = p;
    while (d < x->vn && pg_is_ascii_digit(x->v[d]))
      d++;
    if (d < x->vn && wcschr(L"年月日", (wchar_t)x->v[d]))
      return -1; /* 研究院|2017年起与…研究会: a date opens a clause, no
                    unit (but 集团|703研究所) */
  }
  if (ch->n > 0 && x->v[p] == 0x5c31 /* 就 */ && p + 1 < x->vn &&
      !wcschr(L"业医读诊", (wchar_t)x->v[p + 1]))
    return -1; /* 党中央|就工人阶级和工会工作作出: "on" a topic, no unit
                  (but 人社部就业促进司) */
  if (pg_rc_stop_in(x, p) || pg_rc_word_at(x, PG_W_NOTORG, p, NULL) ||
      pg_rc_word_at(x, PG_W_WEAKSTOP, p, NULL) ||
      pg_rc_word_at(x, PG_W_TITLE, p, NULL) >
          pg_rc_word_at(x, PG_W_ORGHEAD, p, NULL)) /* 委员 vs 委员会 */
    return -1;
  if (!(e = find_head(x, p, lim, ch->n, anchored, &hb, &weak)))
    return -1;
  if (!anchored && ch->n == 0 &&
      (!pg_rc_proper_at(x, p) || pg_rc_all_generic(x, p, hb, weak) ||
       (weak && pg_rc_word_ending(x, PG_W_GENERIC, p, hb, NULL))))
    return -1;
  if (ch->n > 0 && weak)
    for (k = p + 1; k < hb; k++)
      if (x->lexat[k] >= 0 && x->c[x->lexat[k]].type == PG_T_PLACE)
        return -1; /* 伊朗政府|指责美国和以色列组织: a clause, no unit */
  if (clause_words(x, p, hb))
    return -1; /* 美国一些医院, 俄方不会就德国公司, 中国共产党最早建立党组织 */
  for (k = p + 2; k < hb; k++)
    if (x->v[k - 1] == 0x65B9 && wcschr(L"对向同与就", (wchar_t)x->v[k]) &&
        x->lexend[k] >= 0 && x->c[x->lexend[k]].type == PG_T_PLACE)
      return -1; /* 感谢中方|对涉委问题: a side (中方, 美方) and a
                    preposition begin a clause, no name */
  if ((ci = pg_rc_add(x, p, e, PG_T_ORGANIZATION, rule, -1, 2)) < 0)
    return -1;
  x->c[ci].structural = 1;
  if (ch->n == 0 && x->lexat[p] >= 0 &&
      x->c[x->lexat[p]].type == PG_T_PLACE && x->c[x->lexat[p]].vb == p &&
      e >= x->c[x->lexat[p]].ve + 4 &&
      (pg_rc_spells_before(x, e, "公司") || pg_rc_spells_before(x, e, "集团")))
    pg_rc_alias_text(x, ci, x->c[x->lexat[p]].ve, e); /* 英国|太古集团: the
      company's own name without its country */
  if (ch->n > 0)
    termed_body(x, ci, ch->piece[ch->n - 1], p);
  if (ch->n > 0 && piece_label(x, ci, x->c[ch->piece[0]].vb, hb))
    return -1;
  *pos = e;
  return ci;
}


/* Joins a lexicon "prefix" organization and the institute after it. */
static int prefix_merge(pg_rctx *x, pg_chain *ch, int ci)
{
  int p0 = ch->piece[0], m;
  char *lab, *own;

  if (ch->n != 1 || x->c[p0].lex < 0 || x->c[ci].lex >= 0 ||
      !(pg_lexicon_entry(x->r->lex, x->c[p0].lex)->flags &
        PG_LEX_PREFIXNAMING))
    return ci;
  m = pg_rc_add(x, x->c[p0].vb, x->c[ci].ve, PG_T_ORGANIZATION,
                x->c[ci].rule, -1, 2);
  if (m < 0)
    return -1;
  lab = pg_rc_name(x, x->c[p0].vb, x->c[ci].ve);
  own = pg_rc_name(x, x->c[ci].vb, x->c[ci].ve);
  pg_rc_label(x, m, lab);
  pg_rc_alias(x, m, own);
  free(own);
  x->c[m].structural = 1;
  x->c[ci].type = PG_T_NONE; /* retire the short piece */
  return m;
}

/* Are candidates a and b two bodies the lexicon knows, b with no parent
 * (中央纪委|国家监委: named together, not one inside the other)? */
static int two_bodies(const pg_rctx *x, int a, int b)
{
  const pg_lex_entry *lb;

  if (x->c[a].lex < 0 || x->c[b].lex < 0 ||
      x->c[a].type != PG_T_ORGANIZATION || x->c[b].type != PG_T_ORGANIZATION)
    return 0;
  lb = pg_lexicon_entry(x->r->lex, x->c[b].lex);
  return lb && (!lb->parent || !*lb->parent);
}

/* Is candidate ci a country and a kind of body (org_kinds.txt) and no
 * more (法国智库, 美国媒体), no name of the lexicon's? */
static int kind_piece(const pg_rctx *x, int ci)
{
  const pg_cand *c = &x->c[ci];
  int pl = x->lexat[c->vb];

  return c->lex < 0 && pl >= 0 && x->c[pl].type == PG_T_PLACE &&
         pg_rc_lex_country(x, x->c[pl].lex) && x->c[pl].ve < c->ve &&
         pg_rc_word_at(x, PG_W_ORGKIND, x->c[pl].ve, NULL) ==
             c->ve - x->c[pl].ve;
}

void pg_chain_undo(pg_rctx *x, const pg_chain *ch)
{
  int k;

  for (k = 0; k < ch->n; k++)
    if (x->c[ch->piece[k]].lex < 0)
      x->c[ch->piece[k]].type = PG_T_NONE;
}

int pg_org_chain(pg_rctx *x, size_t p, size_t lim, int anchored,
                 pg_chain *ch, const char *rule)
{
  size_t pos = p;
  int k, merged = 0;

  memset(ch, 0, sizeof *ch);
  ch->top = -1;
  while (pos < lim && ch->n < 8) {
    int ci = next_piece(x, ch, &pos, lim, anchored, rule), m;
    if (ci < 0 || (m = prefix_merge(x, ch, ci)) < 0)
      break;
    if (m != ci) {
      ch->piece[ch->n++] = m; /* the institute under its prefix name */
      ch->top = m;
      merged = 1;
      continue;
    }
    ch->piece[ch->n++] = ci;
    if (ch->top < 0)
      ch->top = ci;
  }
  if (!ch->n || x->oom)
    return 0;
  if (ch->n >= 2 && kind_piece(x, ch->piece[0])) {
    x->c[ch->piece[0]].type = PG_T_NONE; /* 法国智库|席勒研究所: what kind of
                                            body, no parent */
    memmove(ch->piece, ch->piece + 1, (size_t)(ch->n - 1) * sizeof *ch->piece);
    ch->n--;
    ch->top = ch->piece[0];
  }
  /* a post right in an institute under its prefix name is the prefix
   * body's, as a post in any unit is its parent's (中国科学院物理研究所
   * 研究员: 中国科学院); a post in a unit of the institute is the
   * institute's (中国科学院科技战略咨询研究院智库建设研究部执行主任) */
  if (merged && ch->n == 2 && ch->top == ch->piece[1])
    ch->top = ch->piece[0];
  ch->e = x->c[ch->piece[ch->n - 1]].ve;
  for (k = 1; k < ch->n; k++)
    if (!two_bodies(x, ch->piece[k - 1], ch->piece[k]))
      pg_rc_fact(x, ch->piece[k], PG_P_SUBORG, ch->piece[k - 1], -1, NULL,
                 PG_LIT_NONE, x->c[ch->piece[k]].vb, "org.unit");
  for (k = 0; k < ch->n; k++)
    if (x->c[ch->piece[k]].top < 0 || k > 0)
      x->c[ch->piece[k]].top = ch->top;
  return 1;
}

/* May a name end at e: end, punctuation, a title, a credit, a
 * post-name word, a stop word? */
static int name_end_ok(const pg_rctx *x, size_t e, size_t lim)
{
  if (e >= lim || !pg_is_han(x->v[e]))
    return 1;
  return pg_rc_word_at(x, PG_W_POSTNAME, e, NULL) || pg_rc_stop_in(x, e) ||
         pg_rc_word_at(x, PG_W_TITLE, e, NULL) ||
         pg_rc_word_at(x, PG_W_CREDIT, e, NULL);
}

/* A transliterated name: Han parts joined by middle dots. */
static size_t foreign_name(const pg_rctx *x, size_t p, size_t lim)
{
  size_t i = p, parts = 0, k;

  while (i < lim) {
    size_t b = i;
    while (i < lim && pg_is_han(x->v[i]) && i - b < 6 &&
           !(i > b && (pg_rc_word_at(x, PG_W_POSTNAME, i, NULL) ||
                       pg_rc_stop_in(x, i) ||
                       (parts && pg_rc_word_at(x, PG_W_TITLE, i, NULL)))))
      i++;
    if (i == b)
      return 0;
    parts++;
    if (i < lim && (pg_is_mid_dot(x->v[i]) || (parts && x->v[i] == '-')) &&
        i + 1 < lim && pg_is_han(x->v[i + 1]))
      i++;
    else
      break;
  }
  if (parts < 2)
    return 0;
  for (k = p; k < i; k++)
    if (pg_rc_is_punct(x->v[k]) && !pg_is_mid_dot(x->v[k]))
      return 0; /* but 埃里克•博格洛夫: a bullet written for the dot */
  return name_end_ok(x, i, lim) ? i : 0;
}

static size_t person_name(const pg_rctx *x, size_t p, size_t lim,
                          int after_title);

/* Does an adverb or a preposition that opens a predicate follow a name
 * at e (侯巍|再过一个月, 黄朝林|正组织, 陈锦王|最早)?  Read only after a
 * title, when no firmer boundary closes the name: these characters rarely
 * end a given name, and a predicate (a Han character) must follow. */
int pg_rc_weak_name_end(const pg_rctx *x, size_t e)
{
  static const wchar_t *const adv = L"正再曾又便刚将要把被从向给让带每今昨都仍即亦并最先专现";

  return e + 1 < x->vn && wcschr(adv, (wchar_t)x->v[e]) &&
         pg_is_han(x->v[e + 1]) && !pg_rc_stop_in(x, e + 1);
}

size_t pg_rc_person_name(const pg_rctx *x, size_t p, size_t lim)
{
  return person_name(x, p, lim, 0);
}

size_t pg_rc_person_name_titled(const pg_rctx *x, size_t p, size_t lim)
{
  return person_name(x, p, lim, 1);
}

/* Are [b, e) all characters of transliterated names (艾尔朗加)? */
static int all_translit(const pg_rctx *x, size_t b, size_t e)
{
  for (; b < e; b++)
    if (!pg_rc_is_translit(x->v[b]))
      return 0;
  return 1;
}

static size_t person_name(const pg_rctx *x, size_t p, size_t lim,
                          int after_title)
{
  static const int order[] = {2, 1, 3};
  size_t sl, e, k;
  int t;

  if (p >= lim || !pg_is_han(x->v[p]) ||
      (x->lexat[p] >= 0 && x->c[x->lexat[p]].type != PG_T_PERSON) ||
      pg_rc_word_at(x, PG_W_NONNAME, p, NULL) ||
      pg_rc_word_at(x, PG_W_POSTNAME, p, NULL) ||
      pg_rc_stop_in(x, p) ||
      pg_rc_word_at(x, PG_W_TITLE, p, NULL))
    return 0;
  if ((e = foreign_name(x, p, lim)))
    return e;
  if (!(sl = pg_rc_word_at(x, PG_W_SURNAME, p, NULL)))
    return 0;
  for (t = 0; t < 3; t++) {
    int ok = 1;
    if (order[t] == 3 && sl > 1)
      continue;
    e = p + sl + (size_t)order[t];
    if (e > lim)
      continue;
    for (k = p + sl; k < e; k++)
      if (!pg_is_han(x->v[k]) ||
          pg_rc_word_at(x, PG_W_TITLE, k, NULL) ||
          (k > p + sl && (pg_rc_word_at(x, PG_W_POSTNAME, k, NULL) ||
                          pg_rc_word_at(x, PG_W_CREDIT, k, NULL))))
        ok = 0;
      else if (x->lexat[k] >= 0 && x->c[x->lexat[k]].type != PG_T_PERSON &&
               x->c[x->lexat[k]].ve >= e &&
               !(after_title && x->c[x->lexat[k]].type == PG_T_PLACE &&
                 x->c[x->lexat[k]].ve == e))
        ok = 0; /* 应美国|总统: a known place or body runs to the end
                   (but 教授吴清远: a title says a name comes) */
    if (ok && name_end_ok(x, e, lim) &&
        (order[t] < 3 || e >= lim || !pg_is_han(x->v[e]) ||
         pg_rc_word_at(x, PG_W_POSTNAME, e, NULL) >= 2 ||
         (pg_rc_word_at(x, PG_W_POSTNAME, e, NULL) && x->v[e] != 0x7684 &&
          all_translit(x, p, e)))) /* …艾尔朗加|在, not 潘杰希尔|的 */
      return e; /* a given name of three characters (巴平措) only before a
                   mark or a post-name word of two characters: not 张劲农由|
                   于, 韩冰采制|的, 樊锦诗现|在 */
    if (ok && order[t] == 3 && after_title && e < lim &&
        wcschr(L"了着过", (wchar_t)x->v[e]) &&
        wcschr(L"发作讲做下种说写走到看听打提给送带拿买卖开建办献签",
               (wchar_t)x->v[e - 1]) &&
        !pg_rc_weak_name_end(x, e - 2))
      return e - 1; /* 书记刘勇金|下了决心, 省长李炳军|发了言: a verb of
                       one character before 了 (not 罗奇|进行了, 余静|正领着) */
  }
  if (!after_title)
    return 0;
  for (t = 0; t < 2; t++) { /* 黄朝林|正组织, 侯巍|再过: a weaker end */
    int ok = 1;
    e = p + sl + (size_t)order[t];
    if (e >= lim)
      continue;
    for (k = p + sl; k < e && ok; k++)
      ok = pg_is_han(x->v[k]) && x->lexat[k] < 0 &&
           !pg_rc_word_at(x, PG_W_TITLE, k, NULL) &&
           !pg_rc_word_at(x, PG_W_POSTNAME, k, NULL) &&
           !pg_rc_word_at(x, PG_W_CREDIT, k, NULL) && !pg_rc_stop_in(x, k) &&
           !pg_rc_weak_name_end(x, k);
    if (ok && pg_rc_weak_name_end(x, e))
      return e;
  }
  return 0;
}

/* How far from the titled name its second writing is looked for: the
 * search stays linear in a corpus written as one document. */
#define AGAIN_WINDOW 4000

/* Is the name [p, p + n) written at q on its own: after a mark or a line
 * start, before a mark or a post-name word? */
static int alone_at(const pg_rctx *x, size_t q, size_t p, size_t n)
{
  size_t e = q + n;

  if (e > x->vn || memcmp(x->v + q, x->v + p, n * sizeof *x->v) ||
      (q > 0 && !pg_rc_is_punct(x->v[q - 1]) && x->v[q - 1] != '\n'))
    return 0;
  return e >= x->vn || !pg_is_han(x->v[e]) ||
         pg_rc_word_at(x, PG_W_POSTNAME, e, NULL);
}

size_t pg_rc_person_name_again(const pg_rctx *x, size_t p)
{
  static const int order[] = {2, 1};
  size_t sl, e, k, q, lo, hi;
  int t;

  if (p >= x->vn || !pg_is_han(x->v[p]) || x->lexat[p] >= 0 ||
      pg_rc_word_at(x, PG_W_NONNAME, p, NULL) || pg_rc_stop_in(x, p) ||
      !(sl = pg_rc_word_at(x, PG_W_SURNAME, p, NULL)))
    return 0;
  lo = p > AGAIN_WINDOW ? p - AGAIN_WINDOW : 0;
  hi = p + AGAIN_WINDOW < x->vn ? p + AGAIN_WINDOW : x->vn;
  for (t = 0; t < 2; t++) {
    int ok = 1;
    e = p + sl + (size_t)order[t];
    if (e >= x->vn)
      continue;
    for (k = p + sl; k < e && ok; k++)
      ok = pg_is_han(x->v[k]) && x->lexat[k] < 0 &&
           !pg_rc_word_at(x, PG_W_TITLE, k, NULL) &&
           !pg_rc_word_at(x, PG_W_POSTNAME, k, NULL) &&
           !pg_rc_word_at(x, PG_W_CREDIT, k, NULL) && !pg_rc_stop_in(x, k);
    if (!ok || alone_at(x, p, p, e - p))
      continue; /* a name that ends at a mark here needs no second look */
    for (q = lo; q + (e - p) <= hi; q++)
      if (q != p && alone_at(x, q, p, e - p))
        return e;
  }
  return 0;
}

void pg_rc_trailing_alias(pg_rctx *x, int ci, size_t e)
{
  static const uint32_t yxjc[] = {0x4EE5, 0x4E0B, 0x7B80, 0x79F0}; /*以下简称*/
  size_t i, b;
  char *s;

  if (e >= x->vn || x->v[e] != '(')
    return;
  for (i = e + 1; i < x->vn && i < e + 30 && x->v[i] != ')'; i++)
    ;
  if (i >= x->vn || x->v[i] != ')')
    return;
  b = e + 1;
  if (i - b > 4 && !memcmp(x->v + b, yxjc, sizeof yxjc)) {
    b += 4;
    if ((pg_rc_is_open_quote(x->v[b]) && pg_rc_is_close_quote(x->v[i - 1])) ||
        (x->v[b] == 0x300A && x->v[i - 1] == 0x300B)) {
      b++;
      i--;
    }
  } else {
    size_t k;
    for (k = b; k < i; k++)
      if (!((x->v[k] >= 'a' && x->v[k] <= 'z') || pg_is_ascii_digit(x->v[k])))
        return;
  }
  if (i > b && (s = pg_rc_text(x, b, i))) {
    pg_rc_alias(x, ci, s);
    free(s);
  }
}
