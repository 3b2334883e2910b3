/* pg_work.c - initiatives, declarations, laws, reports; and AI products.
 *
 * Works are typed by the head word that closes their title
 * (tables/work_heads.txt: 宣言 -> Declaration, 倡议 -> Initiative, 法案 ->
 * Law, 报告 -> Report ...), looked for before a trailing edition
 * ("(2024年)", "2025") and, for titles with a subtitle, before the colon:
 *   - titles in 《》, kept whole (inner quotes and colons included), with
 *     the title without its edition or subtitle as alias and a following
 *     (DEPA) or (以下简称"X") as alias;
 *   - quoted programmes, "数字埃及建设者"计划 -> 数字埃及建设者计划, whose
 *     quoted part alone later refers to the programme too;
 *   - unquoted plans right after a verb of tables/work_verbs.txt
 *     (开展算力强基揭榜行动, 通过…决议), without digits or stop words.
 * Products: lexicon names, a Latin name after a product word (大模型版本
 * SeaLLM), a quoted name after 平台, "X大模型" after 的/了/推出/发布 when X
 * is not only generic words, and a lexicon product's edition (…多语言版).
 */
#include "pg_work.h"
#include "pg_names.h"
#include "pg_text.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define MAX_TITLE 120

static int is_digit_cp(uint32_t c)
{
  return c >= '0' && c <= '9';
}

/* Type of a title [b, e) by its head word; *core = end of the part that
 * carries the head (before an edition or subtitle). */
static pg_etype title_type(const pg_rctx *x, size_t b, size_t e, size_t *core)
{
  size_t k = e, i;
  int val = -1;

  if (k > b && x->v[k - 1] == ')') {
    for (i = k - 1; i > b && x->v[i] != '('; i--)
      ;
    if (i > b)
      k = i;
  }
  while (k > b && (is_digit_cp(x->v[k - 1]) || x->v[k - 1] == 0x5E74))
    k--;
  if (pg_rc_word_ending(x, PG_W_WORKHEAD, b, k, &val)) {
    pg_etype t = pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val));
    *core = k;
    if (t == PG_T_DECLARATION && pg_rc_spells_before(x, k, "决定"))
      for (i = b; i + 4 < k; i++)
        if (pg_rc_spells(x, i, "关于修改") || pg_rc_spells(x, i, "关于废止"))
          return PG_T_LAW; /* …关于修改〈中华人民共和国统计法〉的决定: an
                              act amending a law is law */
    return t;
  }
  for (i = b; i < e; i++)
    if (x->v[i] == ':' &&
        pg_rc_word_ending(x, PG_W_WORKHEAD, b, i, &val)) {
      *core = i;
      return pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val));
    }
  return PG_T_NONE;
}

/* The type a work noun right after a title gives it: 《2020年世界护理状
 * 况》的报告, 《X》倡议 (a head word of work_heads.txt, after an optional
 * 的, closing the phrase); PG_T_NONE when none. */
static pg_etype noun_after(const pg_rctx *x, size_t k)
{
  size_t hl;
  int val = -1;

  if (k < x->vn && x->v[k] == 0x7684) /* 的 */
    k++;
  if (!(hl = pg_rc_word_at(x, PG_W_WORKHEAD, k, &val)) ||
      (k + hl < x->vn && pg_is_han(x->v[k + hl]) &&
       !pg_rc_stop_in(x, k + hl) &&
       !pg_rc_word_at(x, PG_W_WEAKSTOP, k + hl, NULL) &&
       !pg_rc_word_at(x, PG_W_POSTNAME, k + hl, NULL)))
    return PG_T_NONE; /* …》的报告说, but not …》报告会 */
  return pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val));
}

/* Does a report noun follow a title: noun_after's 报告, or a longer one
 * (白皮书, 蓝皮书) whatever follows it (…》白皮书全面展示)? */
static int report_after(const pg_rctx *x, size_t k)
{
  size_t hl;
  int val = -1;

  if (noun_after(x, k) == PG_T_REPORT)
    return 1;
  if (k < x->vn && x->v[k] == 0x7684) /* 的 */
    k++;
  return (hl = pg_rc_word_at(x, PG_W_WORKHEAD, k, &val)) >= 3 &&
         pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val)) ==
             PG_T_REPORT;
}

/* The type a noun right before a title gives it: 重要讲话《…》, 致词《…》,
 * 署名文章《…》 (work_nouns_before.txt); PG_T_NONE when none. */
static pg_etype noun_before(const pg_rctx *x, size_t o)
{
  int val = -1;

  if (!pg_rc_word_ending(x, PG_W_WORKBEFORE, 0, o, &val))
    return PG_T_NONE;
  return pg_etype_from_name(pg_rc_value(x, PG_W_WORKBEFORE, val));
}

/* The document a notice passes on: …关于印发X的通知 (印发, 转发, 发布,
 * 公布) names X, a work of its own when a work head closes it
 * (天津市人民政府关于印发天开高教科创园建设规划方案的通知). */
static void notice_inner(pg_rctx *x, size_t b, size_t e)
{
  static const char *const verbs[] = {"关于印发", "关于转发", "关于发布",
                                      "关于公布"};
  size_t k, v, core;
  pg_etype t;
  int ci;

  if (e < b + 10 || !pg_rc_spells(x, e - 3, "的通知"))
    return;
  for (k = b; k + 4 < e - 3; k++)
    for (v = 0; v < sizeof verbs / sizeof *verbs; v++) {
      size_t ib = k + 4, ie = e - 3;
      if (!pg_rc_spells(x, k, verbs[v]))
        continue;
      if (x->v[ib] == 0x300A || x->v[ib] == 0x3008) /* 《 〈 */
        return; /* a title of its own: found as one */
      if (ie - ib < 4 || (t = title_type(x, ib, ie, &core)) == PG_T_NONE ||
          (ci = pg_rc_add(x, ib, ie, t, "work.notice-inner", -1, 2)) < 0)
        return;
      pg_rc_label(x, ci, pg_rc_name(x, ib, ie));
      x->c[ci].structural = 1; /* kept inside the notice's title */
      return;
    }
}

/* The titles inside the title [b, e) between 〈 and 〉, each a work of
 * its own when a work head closes it: 《…关于修改〈中华人民共和国统计法〉
 * 的决定》 names the law it amends. */
static void inner_titles(pg_rctx *x, size_t b, size_t e)
{
  size_t k, m, core;
  pg_etype t;
  int ci;

  for (k = b; k < e; k++) {
    if (x->v[k] != 0x3008) /* 〈 */
      continue;
    for (m = k + 1; m < e && x->v[m] != 0x3009 && x->v[m] != 0x3008; m++)
      ;
    if (m >= e || x->v[m] != 0x3009 || m < k + 3 ||
        (t = title_type(x, k + 1, m, &core)) == PG_T_NONE ||
        (ci = pg_rc_add(x, k + 1, m, t, "work.inner-title", -1, 2)) < 0)
      continue;
    pg_rc_label(x, ci, pg_rc_name(x, k + 1, m));
    x->c[ci].structural = 1; /* kept inside the title around it */
    k = m;
  }
}

static void rec_titles(pg_rctx *x)
{
  size_t i, j, core;

  for (i = 0; i < x->vn; i++) {
    pg_etype t;
    int ci;
    if (x->v[i] != 0x300A)
      continue;
    for (j = i + 1; j < x->vn && j - i < MAX_TITLE && x->v[j] != 0x300B &&
                    x->v[j] != 0x300A && x->v[j] != '\n';
         j++)
      ;
    if (j >= x->vn || x->v[j] != 0x300B || j == i + 1)
      continue;
    core = j;
    t = title_type(x, i + 1, j, &core);
    if (report_after(x, j + 1))
      t = PG_T_REPORT; /* 《抗击新冠肺炎疫情的中国行动》白皮书: the genre
                          after the title, not the head inside it */
    if (t == PG_T_NONE && (t = noun_after(x, j + 1)) == PG_T_NONE &&
        (t = noun_before(x, i)) == PG_T_NONE)
      continue;
    if ((ci = pg_rc_add(x, i + 1, j, t, "work.title", -1, 2)) < 0)
      return;
    pg_rc_label(x, ci, pg_rc_name(x, i + 1, j));
    if (core < j)
      pg_rc_alias_text(x, ci, i + 1, core);
    pg_rc_trailing_alias(x, ci, j + 1);
    notice_inner(x, i + 1, j);
    inner_titles(x, i + 1, j);
    i = j;
  }
}

/* ---------------------------------------------------------------- quoted */

typedef struct progs {
  char **inner;  /* quoted parts of programmes found */
  int *cand;     /* their candidates                 */
  size_t n, cap;
} progs;

static void progs_add(pg_rctx *x, progs *p, char *inner, int ci)
{
  if (p->n == p->cap) {
    size_t nc = p->cap ? p->cap * 2 : 8;
    char **a = realloc(p->inner, nc * sizeof *a);
    int *b = a ? realloc(p->cand, nc * sizeof *b) : NULL;
    if (a)
      p->inner = a;
    if (!a || !b) {
      x->oom = 1;
      free(inner);
      return;
    }
    p->cand = b;
    p->cap = nc;
  }
  p->inner[p->n] = inner;
  p->cand[p->n++] = ci;
}

/* Length of a programme head right after a closing quote, allowing a
 * short descriptor before it ("北京数据先行区"建设计划), or 0. */
static size_t head_after(const pg_rctx *x, size_t q, int *val)
{
  size_t k, hl;

  for (k = q; k < x->vn && k <= q + 4 && pg_is_han(x->v[k]); k++) {
    if ((k > q && pg_rc_stop_in(x, k)) || x->v[k] == 0x7684 ||
        pg_rc_word_at(x, PG_W_WORKVERB, k, NULL))
      return 0; /* “一带一路”的八项行动: no name of its own; “一屋一策”提出
                   改造方案: a verb, a clause */
    if ((hl = pg_rc_word_at(x, PG_W_WORKHEAD, k, val)) &&
        pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, *val)) ==
            PG_T_INITIATIVE) {
      if (pg_rc_spells(x, k, "项目") == hl)
        return 0; /* “一带一路”项目, “小而美”民生项目: projects of a kind */
      return k + hl - q;
    }
  }
  return 0;
}

/* Does the 法 closing [.., j) end a word that is no law (“新想法”, 做法,
 * “决定+修法”, 守法, 普法, 无法)? */
static int no_law_fa(const pg_rctx *x, size_t j)
{
  static const wchar_t before[] =
      L"想看说做方手用写算疗语书技兵魔戏司执违合依立修守普犯玩打章无";

  return j >= 2 && x->v[j - 1] == 0x6CD5 && /* 法 */
         wcschr(before, (wchar_t)x->v[j - 2]) && x->v[j - 2];
}

/* 共建“一带一路”合作规划: 共建 right before the opening mark at i opens
 * the name of a programme ending at e (but 共建“一带一路”倡议 is the
 * lexicon's 一带一路).  Its length, 2, or 0. */
static size_t built_jointly(const pg_rctx *x, size_t i, size_t e)
{
  return i >= 2 && pg_rc_spells(x, i - 2, "共建") == 2 &&
                 !(x->lexat[i] >= 0 && x->c[x->lexat[i]].ve >= e)
             ? 2
             : 0;
}

/* "X"head, "X…head", 平台"X": one quoted span [i, j] (quotes at i, j). */
static void quoted_one(pg_rctx *x, progs *p, size_t i, size_t j)
{
  int val = -1, ci;
  size_t hl;
  pg_etype t;
  char *inner = pg_rc_text(x, i + 1, j), *lab;

  if (!inner)
    return;
  if ((hl = pg_rc_word_ending(x, PG_W_WORKHEAD, i + 1, j, &val)) &&
      j - i - 1 > hl + 1 && !pg_rc_all_generic(x, i + 1, j - hl, 1) &&
      !(hl == 1 && no_law_fa(x, j)) &&
      (t = pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val)))) {
    pg_rc_add(x, i + 1, j, t, "work.quoted", -1, 2);
  } else if ((hl = head_after(x, j + 1, &val)) &&
             (t = pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val))) ==
                 PG_T_INITIATIVE &&
             !(x->lexat[i] >= 0 && x->c[x->lexat[i]].type == t &&
               x->c[x->lexat[i]].ve > j + 1 + hl) && /* “四个全面”战略布局:
                                                        the lexicon's name */
             (ci = pg_rc_add(x, i - built_jointly(x, i, j + 1 + hl),
                             j + 1 + hl, t, "work.quoted", -1, 2)) >= 0) {
    size_t hw = pg_rc_word_ending(x, PG_W_WORKHEAD, j + 1, j + 1 + hl, NULL);
    int gj = x->c[ci].vb < i;
    /* "一带一路"重大倡议: an evaluative word is no part of the name */
    int eval = hl - hw == 2 && (pg_rc_spells(x, j + 1, "重大") ||
                                pg_rc_spells(x, j + 1, "重要") ||
                                pg_rc_spells(x, j + 1, "伟大"));
    char *head = pg_rc_text(x, eval ? j + 1 + hl - hw : j + 1, j + 1 + hl);
    size_t n = strlen(inner) + (head ? strlen(head) : 0) + 7;
    if ((lab = malloc(n)) && head) {
      strcpy(lab, gj ? "共建" : "");
      strcat(lab, inner);
      strcat(lab, head);
    }
    pg_rc_label(x, ci, head ? lab : NULL);
    /* "人工智能+"行动 inside 《…"人工智能+"行动的意见》 is a programme of its
     * own; a descriptor between quote and head ("X"三年行动计划) is not */
    x->c[ci].structural = x->c[ci].ve - j - 1 ==
                          pg_rc_word_at(x, PG_W_WORKHEAD, j + 1, NULL);
    if (!head)
      free(lab);
    free(head);
    /* the quoted part alone names the programme ("数字埃及建设者"计划), but
     * not when a descriptor stands between (“一带一路”科技创新行动计划) or
     * the lexicon knows it as a name of its own (一带一路) */
    if (x->c[ci].ve - j - 1 == pg_rc_word_at(x, PG_W_WORKHEAD, j + 1, NULL) &&
        !(x->lexat[i + 1] >= 0 && x->c[x->lexat[i + 1]].ve == j)) {
      pg_rc_alias(x, ci, inner);
      progs_add(x, p, inner, ci);
    } else {
      free(inner);
    }
    return;
  } else if (pg_rc_word_ending(x, PG_W_PRODCTX, 0, i, NULL) ||
             pg_rc_word_at(x, PG_W_PRODCTX, j + 1, NULL)) {
    pg_rc_add(x, i + 1, j, PG_T_PRODUCT, "product.quoted", -1, 2);
  }
  free(inner);
}

/* A quoted span whose text is a programme's quoted part. */
static void quoted_ref(pg_rctx *x, const progs *p, size_t i, size_t j)
{
  char *inner = pg_rc_text(x, i + 1, j);
  size_t k;

  for (k = 0; inner && k < p->n; k++) {
    int ci;
    if (strcmp(inner, p->inner[k]))
      continue;
    if ((ci = pg_rc_add(x, i + 1, j, PG_T_INITIATIVE, "work.quoted-ref", -1,
                        1)) >= 0)
      x->c[ci].label = x->c[p->cand[k]].label
                           ? strdup(x->c[p->cand[k]].label)
                           : NULL;
    break;
  }
  free(inner);
}

/* Closing quote of an opening quote at i, or 0. */
static size_t close_of(const pg_rctx *x, size_t i)
{
  size_t j;

  for (j = i + 1; j < x->vn && j - i <= 30; j++) {
    if (pg_rc_is_close_quote(x->v[j]))
      return j > i + 1 ? j : 0;
    if (pg_rc_is_punct(x->v[j]) || pg_rc_is_open_quote(x->v[j]))
      return 0;
  }
  return 0;
}

static void rec_quoted(pg_rctx *x)
{
  progs p = {0};
  size_t i, j, k;
  int pass;

  for (pass = 0; pass < 2; pass++)
    for (i = 0; i < x->vn; i++) {
      if (!pg_rc_is_open_quote(x->v[i]) || !(j = close_of(x, i)))
        continue;
      if (pass == 0)
        quoted_one(x, &p, i, j);
      else
        quoted_ref(x, &p, i, j);
      i = j;
    }
  for (k = 0; k < p.n; k++)
    free(p.inner[k]);
  free(p.inner);
  free(p.cand);
}

/* ---------------------------------------------------------------- unquoted */

/* An unquoted document after a verb, named by what it is about:
 * [body]关于…的<head> (发表关于睦邻互信和伙伴关系原则的声明, 批准上海合作组
 * 织关于各国团结共促世界公正、和睦、发展的倡议).  The name may hold 、 and
 * 和; it ends at the first 的 followed by a work head that closes the
 * phrase.  Returns its end, or 0. */
static size_t about_work(pg_rctx *x, size_t p)
{
  size_t q = p, k, hl, end;
  int val = -1, ci, body = 0;
  pg_etype t;

  if (x->lexat[p] >= 0 && x->c[x->lexat[p]].type == PG_T_ORGANIZATION)
    q = x->c[x->lexat[p]].ve, body = 1;
  if (q + 4 >= x->vn || x->v[q] != 0x5173 || x->v[q + 1] != 0x4E8E) /* 关于 */
    return 0;
  for (k = q + 2; k < x->vn && k - q < 60; k++) {
    uint32_t ch = x->v[k];
    if (!pg_is_han(ch) && ch != 0x3001 && !is_digit_cp(ch) &&
        !pg_rc_is_open_quote(ch) && !pg_rc_is_close_quote(ch))
      return 0;
    if (ch != 0x7684 || k < q + 4) /* 的 */
      continue;
    if (!(hl = pg_rc_word_at(x, PG_W_WORKHEAD, k + 1, &val)) &&
        (hl = pg_rc_word_at(x, PG_W_WORKHEAD, k, &val)) >= 2)
      hl--; /* the head 的建议 holds the 的: 关于制定…规划的建议 */
    if (!hl)
      continue;
    end = k + 1 + hl;
    if (end < x->vn && pg_is_han(x->v[end]) &&
        !pg_rc_word_at(x, PG_W_WEAKSTOP, end, NULL) && !pg_rc_stop_in(x, end))
      continue; /* 关于X的意见稿, not a head closing the name */
    if (!(t = pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val))))
      return 0;
    if ((ci = pg_rc_add(x, p, end, t, "work.unquoted", -1, 1)) < 0)
      return 0;
    if (body) /* also known as 关于…的声明 */
      pg_rc_alias_name(x, ci, q, end);
    return end;
  }
  return 0;
}

/* Does a plan's own name start at p after a verb and 的 (签署的黑海粮食
 * 运输协议, 发布的第六版…方案)?  It opens with a place, a body or an
 * edition; else it is a kind (提出的国际合作倡议). */
static int named_after_de(const pg_rctx *x, size_t p)
{
  int ci = x->lexat[p];

  if (x->v[p - 1] != 0x7684 ||
      !pg_rc_word_ending(x, PG_W_WORKVERB, 0, p - 1, NULL))
    return 0;
  return (ci >= 0 && (x->c[ci].type == PG_T_PLACE ||
                      x->c[ci].type == PG_T_ORGANIZATION)) ||
         (x->v[p] == 0x7B2C && p + 2 < x->vn && /* 第N版 */
          pg_rc_is_numeral(x->v[p + 1]) && x->v[p + 2] == 0x7248);
}

/* An unquoted plan after a verb: 开展算力强基揭榜行动.  Returns its end,
 * or 0 when there is none. */
static size_t unquoted_at(pg_rctx *x, size_t p)
{
  size_t q, hl, lim;
  int val = -1, ci, uv = -1;
  const char *un;
  pg_etype t;

  if ((x->v[p] == 0x4E86 || x->v[p] == 0x597D) && p + 1 < x->vn)
    p++; /* 开展了|百日攻坚行动, 落实好|全球发展倡议 */
  if ((q = about_work(x, p)))
    return q;
  if (x->v[p] == 0x7684) /* 提出的|重大国际合作倡议: no name */
    return 0;
  if (x->v[p] == 0x4E00 && p + 2 < x->vn && x->v[p + 1] == 0x7CFB &&
      x->v[p + 2] == 0x5217) /* 提出一系列新理念新思想新战略 */
    return 0;
  for (q = p; q < x->vn && q - p < 30 && pg_is_han(x->v[q]) &&
              !pg_rc_word_at(x, PG_W_WEAKSTOP, q, NULL) &&
              !(q > p && pg_rc_stop_in(x, q) &&
                pg_rc_word_at(x, PG_W_WORKHEAD, q, NULL) <
                    pg_rc_word_at(x, PG_W_STOP, q, NULL) + 1);
       q++)
    ; /* the stop word 实施 may open the head 实施方案 */
  lim = q;
  if (!(hl = pg_rc_word_ending(x, PG_W_WORKHEAD, p, lim, &val)) ||
      lim - p < hl + 4 || pg_rc_all_generic(x, p, lim - hl, 1) ||
      pg_rc_word_ending(x, PG_W_UNQHEAD, p, lim, &uv) != hl)
    return 0;
  if ((un = pg_rc_value(x, PG_W_UNQHEAD, uv)) && !strcmp(un, "named") &&
      (x->lexat[p] < 0 || (x->c[x->lexat[p]].type != PG_T_PLACE &&
                           x->c[x->lexat[p]].type != PG_T_ORGANIZATION)))
    return 0; /* 黑海粮食运输协议, but not 签署政府间科技合作协定 */
  t = pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val));
  if (t != PG_T_INITIATIVE && t != PG_T_DECLARATION)
    return 0;
  if (lim < x->vn && pg_is_han(x->v[lim]) &&
      !pg_rc_word_at(x, PG_W_WEAKSTOP, lim, NULL) &&
      !pg_rc_stop_in(x, lim))
    return 0;
  if ((ci = pg_rc_add(x, p, lim, t, "work.unquoted", -1, 1)) < 0)
    return 0;
  if (x->lexat[p] >= 0 && x->c[x->lexat[p]].type == PG_T_PLACE)
    pg_rc_alias_text(x, ci, x->c[x->lexat[p]].ve, lim);
  return lim;
}

/* ---------------------------------------------------------------- lists */

/* The end of an initiative noun closing a list after 等 at p:
 * 等[quantity][modifier]<initiative head> (等国际大科学计划, 等一系列重大
 * 项目, 等重大生态工程), or 0.  The modifier holds no stop word, verb or
 * known name, and the noun is no place or group (等地, 等部门, 等领域); a
 * bare 项目 needs a modifier of building (重大, 重点, 建设…). */
static size_t list_noun_end(const pg_rctx *x, size_t p)
{
  static const char *const qty[] = {"一系列", "一大批", "一批", "多个",
                                    "多项", "几个", "数个", "若干"};
  static const wchar_t *const not_first = L"地方领部单企省城人行其各类些家者";
  static const char *const proj_mod[] = {"重大", "重点", "建设", "工程",
                                         "产业", "合作", "投资", "科技"};
  static const wchar_t *const numerals = L"一二三四五六七八九十百";
  static const char *const doc_heads[] = {"方案", "指南", "办法", "意见",
                                          "通知", "规定", "细则", "要点",
                                          "措施", "政策", "标准"};
  size_t k = p + 1, m, hl, i, l = 0;
  int val = -1;

  l = PG_RC_SPELLS_ANY(x, k, qty);
  k += l;
  if (!l && k < x->vn &&
      (is_digit_cp(x->v[k]) || wcschr(numerals, (wchar_t)x->v[k]))) {
    while (k < x->vn &&
           (is_digit_cp(x->v[k]) || wcschr(numerals, (wchar_t)x->v[k])))
      k++;
    if (k >= x->vn || !wcschr(L"个项大批", (wchar_t)x->v[k]))
      return 0;
    k++;
  }
  if (k >= x->vn || !pg_is_han(x->v[k]) ||
      wcschr(not_first, (wchar_t)x->v[k]) ||
      (x->v[k] == 0x56FD && (k + 1 >= x->vn || !pg_is_han(x->v[k + 1]) ||
                             x->v[k + 1] == 0x5BB6))) /* 等国, 等国家 */
    return 0;
  for (m = k; m < x->vn && m <= k + 6 && pg_is_han(x->v[m]); m++) {
    if ((m > k && pg_rc_stop_in(x, m)) || x->lexat[m] >= 0 ||
        pg_rc_word_at(x, PG_W_WORKVERB, m, NULL) ||
        pg_rc_spells(x, m, "领域") || pg_rc_spells(x, m, "方面"))
      return 0; /* 基础设施、资源能源等重要领域合作项目: fields, not works */
    if (!(hl = pg_rc_word_at(x, PG_W_WORKHEAD, m, &val)) ||
        pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val)) !=
            PG_T_INITIATIVE)
      continue;
    if (PG_RC_SPELLS_ANY(x, m, doc_heads) == hl)
      return 0; /* 医疗机构、工作场所、商场超市等防控方案: what the plans
                   are for, not works */
    if (pg_rc_spells(x, m, "项目") == hl) {
      for (i = 0; i < sizeof proj_mod / sizeof *proj_mod; i++)
        if (m >= k + 2 && pg_rc_spells_before(x, m, proj_mod[i]))
          break;
      if (i == sizeof proj_mod / sizeof *proj_mod)
        return 0;
    }
    return m + hl;
  }
  return 0;
}

/* Start of an unquoted list item ending at e, or e when none: name
 * characters back to 、 or punctuation (at most 16; stop words inside are
 * kept: 中巴经济走廊); the first item of a list opened by a verb starts
 * after it (实施了|退耕还林还草). */
static size_t list_item_start(const pg_rctx *x, size_t e)
{
  size_t b = e, k;

  while (b > 0 && e - b <= 16 && pg_rc_is_name_char(x->v[b - 1]))
    b--;
  for (k = e - 1; k > b && e - k <= 16; k--)
    if (pg_rc_word_ending(x, PG_W_WORKVERB, 0, k, NULL) ||
        pg_rc_word_ending(x, PG_W_STOP, 0, k, NULL) >= 2) {
      if (x->v[k] == 0x4E86) /* 实施了| */
        k++;
      return e - k >= 3 ? k : e;
    }
  if (b < e && e - b <= 16 && (b == 0 || pg_rc_is_punct(x->v[b - 1]) ||
                               pg_is_space(x->v[b - 1])))
    return b;
  return e;
}

static void list_work(pg_rctx *x, size_t b, size_t e, int quoted)
{
  size_t k;
  int ci;

  if (e - b < 3 || pg_rc_all_generic(x, b, e, 1) ||
      (!quoted && pg_rc_word_at(x, PG_W_NONNAME, b, NULL)))
    return;
  for (k = b; k < e; k++)
    if (x->lexat[k] >= 0 && x->c[x->lexat[k]].type == PG_T_PERSON)
      return;
  if (pg_rc_word_ending(x, PG_W_ORGHEAD, b, e, NULL) >= 2)
    return; /* 南繁生物实验室: a body */
  for (k = b; k < e; k++)
    if (x->v[k] == 0x548C || x->v[k] == 0x4E0E || x->v[k] == 0x53CA)
      return; /* 隧道和路基: two things, or none */
  for (k = b; !quoted && k < e; k++)
    if (wcschr(L"了将的是在把被对", (wchar_t)x->v[k]))
      return; /* 督察工作将重点关注…: a clause, no name */
  for (k = b; k < e; k++)
    if (x->lexat[k] >= 0 && x->c[x->lexat[k]].ve >= e)
      return; /* a known name (重庆, 工业和信息化部) keeps its type */
  if ((ci = pg_rc_add(x, b, e, PG_T_INITIATIVE, "work.list", -1, 1)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, b, e));
}

/* A list closed by 等 and an initiative noun: every item is an
 * initiative ("深时数字地球""海洋负排放"等国际大科学计划; 红沿河核电二期、沈
 * 白高铁…等一系列重大项目). */
static void work_list(pg_rctx *x, size_t p)
{
  size_t e = p, b;

  if (!list_noun_end(x, p))
    return;
  if (e > 0 && pg_rc_is_close_quote(x->v[e - 1])) {
    while (e > 1 && pg_rc_is_close_quote(x->v[e - 1])) {
      for (b = e - 1; b > 0 && e - b <= 20 && !pg_rc_is_open_quote(x->v[b - 1]);
           b--)
        if (pg_rc_is_punct(x->v[b - 1]))
          return;
      if (b == 0 || !pg_rc_is_open_quote(x->v[b - 1]))
        return;
      list_work(x, b, e - 1, 1);
      e = b - 1;
      if (e > 0 && x->v[e - 1] == 0x3001) /* “A”、“B” */
        e--;
    }
    return;
  }
  for (;;) {
    if ((b = list_item_start(x, e)) == e)
      return;
    list_work(x, b, e, 0);
    if (b == 0 || x->v[b - 1] != 0x3001)
      return;
    e = b - 1;
  }
}

/* A headline that is a document's name: a line without sentence
 * punctuation closed by a declaration head, right after a meeting's name
 * (中国共产党第十九届中央纪律检查委员会第六次全体会议公报) or 公报 alone. */
static void headline_work(pg_rctx *x, size_t b)
{
  size_t e, k, hl, eh;
  int val = -1, ci;
  pg_etype t;

  int lb = x->lexat[b];
  /* the issuer: a body, or a country (中华人民共和国和…关于…的联合声明) */
  int issuer = lb >= 0 && (x->c[lb].type == PG_T_ORGANIZATION ||
                           pg_rc_lex_country(x, x->c[lb].lex));
  size_t gy = 0;

  for (e = b; e < x->vn && x->v[e] != '\n' && e - b <= 60; e++) {
    if (e + 1 < x->vn && x->v[e] == 0x5173 && x->v[e + 1] == 0x4E8E) /* 关于 */
      gy = e;
    if (!pg_is_han(x->v[e]) && !pg_is_dash(x->v[e]) &&
        !is_digit_cp(x->v[e]) && x->v[e] != 0x3001 && x->v[e] != '(' &&
        x->v[e] != ')' && !pg_rc_is_open_quote(x->v[e]) &&
        !pg_rc_is_close_quote(x->v[e]) && !(x->v[e] == ' ' && gy))
      return;
  }
  while (e > b && x->v[e - 1] == ' ')
    e--;
  if (e - b > 12 && x->v[e - 1] == ')' && x->v[e - 4] == '(' &&
      pg_rc_spells(x, e - 3, "全文"))
    e -= 4; /* …联合声明（全文）: the full text of it */
  if (e - b < 8 || e - b > 60 || (e < x->vn && x->v[e] != '\n' &&
                                  x->v[e] != ' ' && x->v[e] != '(') ||
      !(hl = pg_rc_word_ending(x, PG_W_WORKHEAD, b, e, &val)))
    return;
  t = pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val));
  /* 中共中央关于加强新时代审判工作的意见: a body, 关于, a work of any type */
  if (!(issuer && gy > b && gy < e - hl)) {
    if (t != PG_T_DECLARATION)
      return;
    eh = pg_rc_word_ending(x, PG_W_EVENTHEAD, b, e - hl, NULL);
    if (!eh && !(hl == 2 && x->v[e - 2] == 0x516C && x->v[e - 1] == 0x62A5))
      return; /* …会议公报, …峰会宣言; or a 公报 */
  }
  for (k = b; k < e - hl; k++)
    if (pg_rc_word_at(x, PG_W_WORKVERB, k, NULL))
      return; /* 中美发表联合声明: a report of it, not its name */
  if ((ci = pg_rc_add(x, b, e, t, "work.headline", -1, 2)) < 0)
    return;
  pg_rc_label(x, ci, pg_rc_name(x, b, e));
  if (issuer && gy > b && gy < e - hl) /* also known as 关于…的意见 */
    pg_rc_alias_name(x, ci, gy, e);
}

/* A body's report named by the body: 最高人民法院工作报告,
 * 全国人大常委会工作报告 (an organization right before a report head of
 * more than 报告 alone, closing the phrase). */
static void body_report(pg_rctx *x, int org)
{
  size_t e = x->c[org].ve, hl;
  int val = -1, ci;

  if (!(hl = pg_rc_word_at(x, PG_W_WORKHEAD, e, &val)) || hl < 3 ||
      pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val)) != PG_T_REPORT)
    return;
  if (e + hl < x->vn && pg_is_han(x->v[e + hl]) && !pg_rc_stop_in(x, e + hl) &&
      !pg_rc_word_at(x, PG_W_WEAKSTOP, e + hl, NULL))
    return; /* …工作报告会 */
  if ((ci = pg_rc_add(x, x->c[org].vb, e + hl, PG_T_REPORT, "work.body-report",
                      -1, 2)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, x->c[org].vb, e + hl));
}

/* A named project: <place or body>…项目/工程 right before what a project
 * does (project_verbs.txt: 开工, 投产, 签约, 通车…): 总投资283亿元的华晨宝
 * 马新工厂项目开工, 重点工程——珠海杧洲隧道主体工程开工.  The name runs back
 * from its head over characters of a name, within 20 characters, to a
 * stop word (的, 在…) or a mark; it must start with a place or body the
 * lexicon knows.  Projects of a kind (重点项目, 73个数字新基建项目) open
 * with no name and are left.  A railway, an airport, a power station, a
 * bridge or a tunnel (infra[]) is named by places the reader may not know
 * (沈白高铁, 深中通道): its name of two to eight characters need only open
 * after a mark and not with a word of kind or number (这, 该, 一…). */
static void project_at(pg_rctx *x, size_t h)
{
  static const char *const infra[] = {"高速公路", "核电站", "水电站", "储气库",
                                      "高铁", "铁路", "电站", "机场", "大桥",
                                      "隧道", "通道", "枢纽"};
  static const wchar_t *const no_open = L"这该此本各每某其一两几多全新";
  size_t e, b, p, hl;
  int ci, lc, known,
      work = pg_rc_spells(x, h, "项目") || pg_rc_spells(x, h, "工程");

  hl = work ? 2 : PG_RC_SPELLS_ANY(x, h, infra);
  e = h + hl;
  if (!hl || !pg_rc_word_at(x, PG_W_PROJVERB, e, NULL))
    return;
  for (b = h; b > 0 && h - b < 20; b--) {
    uint32_t ch = x->v[b - 1];
    if (!(pg_is_han(ch) || is_digit_cp(ch) || pg_is_latin_alnum(ch)) ||
        ch == 0x7684 /* 的 */ || pg_rc_stop_in(x, b - 1))
      break;
  }
  p = b;
  known = (lc = x->lexat[p]) >= 0 && (x->c[lc].type == PG_T_PLACE ||
                                      x->c[lc].type == PG_T_ORGANIZATION) &&
          x->c[lc].ve < h;
  if (!known &&
      (work || h - p < 2 || h - p > 8 || wcschr(no_open, (wchar_t)x->v[p]) ||
       !(p == 0 || pg_rc_is_punct(x->v[p - 1]) || x->v[p - 1] == '\n') ||
       pg_rc_all_generic(x, p, h, 1) || x->lexat[p] >= 0))
    return; /* no name (标志着青藏铁路…工程: where it starts is unclear),
               or the name alone: 厦门项目 */
  for (b = p; b < h; b++)
    if (x->v[b] == 0x4E2A || x->v[b] == 0x6279 || /* 个 批 */
        pg_rc_spells(x, b, "季度"))
      return; /* 雄安新区一季度43个重点项目: a count of projects */
  if ((ci = pg_rc_add(x, p, e, PG_T_INITIATIVE, "work.project", -1, 1)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, p, e));
}

/* ---------------------------------------------------------------- enumerations */

#define ENUM_GAP 400 /* characters from one item to the next, at most */

/* The end of the item named at p: a name closed by a work head of an
 * initiative or declaration that is the whole item (up to 。, ；, ； or the
 * line's end), with no stop word (的, 是, 将, verbs) inside; or 0. */
static size_t enum_item(const pg_rctx *x, size_t p, pg_etype *t)
{
  size_t q, k, hl;
  int val = -1;

  for (q = p; q < x->vn && q - p <= 30 && pg_is_han(x->v[q]); q++)
    ;
  if (q - p > 30 ||
      (q < x->vn && x->v[q] != 0x3002 && x->v[q] != 0xFF1B &&
       x->v[q] != ';' && x->v[q] != '\n') ||
      !(hl = pg_rc_word_ending(x, PG_W_WORKHEAD, p, q, &val)) || q - p < hl + 2)
    return 0;
  *t = pg_etype_from_name(pg_rc_value(x, PG_W_WORKHEAD, val));
  if (*t != PG_T_INITIATIVE && *t != PG_T_DECLARATION)
    return 0;
  for (k = p; k < q - hl; k++)
    if (pg_rc_stop_in(x, k) || pg_rc_word_at(x, PG_W_WORKVERB, k, NULL))
      return 0;
  return q;
}

/* Does position q open a sentence, a clause after ；, or follow a colon? */
static int after_boundary(const pg_rctx *x, size_t q)
{
  return q == 0 || x->v[q - 1] == 0x3002 || x->v[q - 1] == 0xFF1A ||
         x->v[q - 1] == ':' || x->v[q - 1] == 0xFF1B || x->v[q - 1] == ';' ||
         x->v[q - 1] == '\n';
}

/* An enumeration of named items: 一是人工智能开源普惠倡议。二是贸易投资便
 * 利化倡议。 (一是…十是, each opening a sentence or following a colon, the
 * next within ENUM_GAP characters: the details of an item may follow it).
 * Two items or more, each a name and nothing else, are works;
 * the verb that announced them (提出5项倡议：) gives their proposer. */
static void enumeration_at(pg_rctx *x, size_t p)
{
  size_t b[10], e[10], n = 0, q = p, k;
  pg_etype t[10];
  int want = 1, ci;

  while (n < 10 && q + 2 < x->vn) {
    size_t lim = q + ENUM_GAP < x->vn ? q + ENUM_GAP : x->vn;
    /* the next item opens a sentence, the details of this one between */
    while (want > 1 && q + 2 < lim && !(pg_rc_han_value(x->v[q]) == want &&
                            x->v[q + 1] == 0x662F /* 是 */ &&
                            after_boundary(x, q)))
      q++;
    if (q + 2 >= lim || !(e[n] = enum_item(x, q + 2, &t[n])))
      break;
    b[n++] = q + 2;
    want++;
    q = e[n - 1];
  }
  if (n < 2)
    return;
  for (k = 0; k < n; k++)
    if ((ci = pg_rc_add(x, b[k], e[k], t[k], "work.enumeration", -1, 1)) >= 0)
      pg_rc_label(x, ci, pg_rc_name(x, b[k], e[k]));
}

int pg_rec_works(pg_rctx *x)
{
  size_t p, i, n;

  rec_titles(x);
  rec_quoted(x);
  for (p = 0; p < x->vn && !x->oom; p++)
    if (p == 0 || x->v[p - 1] == '\n')
      headline_work(x, p);
  for (p = 1; p < x->vn && !x->oom; p++)
    if (pg_is_han(x->v[p]) &&
        (pg_rc_word_ending(x, PG_W_WORKVERB, 0, p, NULL) ||
         named_after_de(x, p)) &&
        !pg_rc_word_at(x, PG_W_WORKVERB, p, NULL) &&
        x->v[p] != 0x5E76) { /* 提出并践行X: a second verb, no name */
      size_t e = unquoted_at(x, p);
      /* 实施科教兴国战略、人才强国战略: the verb governs the whole list */
      while (e && e + 1 < x->vn && x->v[e] == 0x3001)
        e = unquoted_at(x, e + 1);
    }
  for (p = 1; p < x->vn && !x->oom; p++)
    if (x->v[p] == 0x7B49) /* 等 */
      work_list(x, p);
  for (i = 0, n = x->nc; i < n && !x->oom; i++)
    if (x->c[i].type == PG_T_ORGANIZATION)
      body_report(x, (int)i);
  for (p = 2; p + 2 < x->vn && !x->oom; p++)
    project_at(x, p);
  for (p = 0; p + 2 < x->vn && !x->oom; p++)
    if (x->v[p] == 0x4E00 && x->v[p + 1] == 0x662F && /* 一是 */
        after_boundary(x, p))
      enumeration_at(x, p);
  return x->oom ? -1 : 0;
}

/* ---------------------------------------------------------------- products */

static int is_latin_letter(uint32_t c)
{
  return c >= 'a' && c <= 'z';
}

/* Does the Latin name [p, q) count its parameters in one of its parts,
 * a number and b or m (yi-vl-34b, qwen2.5-72b, llama-3-8b): a model's
 * name whatever is around it? */
static int model_size(const pg_rctx *x, size_t p, size_t q)
{
  size_t b = p, k;

  for (k = p; k <= q; k++)
    if (k == q || x->v[k] == '-' || x->v[k] == '_') {
      size_t d = b;
      while (d < k && (is_digit_cp(x->v[d]) || x->v[d] == '.'))
        d++;
      if (b > p && d > b && is_digit_cp(x->v[b]) && d + 1 == k &&
          (x->v[d] == 'b' || x->v[d] == 'm'))
        return 1;
      b = k + 1;
    }
  return 0;
}

/* Is the Latin name at p the next item of a list whose item before it is
 * a product (大模型Yi-34B和Yi-6B, GPT-4o、o1)? */
static int latin_after_product(const pg_rctx *x, size_t p)
{
  size_t i, n = 0;

  if (p < 2 || !wcschr(L"和与及、", (wchar_t)x->v[p - 1]))
    return 0;
  for (i = x->nc; i-- > 0 && n++ < 64;) /* this pass's candidates are the
                                            last: a bounded look back */
    if (x->c[i].ve == p - 1 && x->c[i].type == PG_T_PRODUCT)
      return 1;
  return 0;
}

static size_t product_head(const pg_rctx *x, size_t i);

/* May the code point be part of a Latin product name (yi-vl-34b, gpt-4o,
 * qwen2.5, copilot+)?  The view has the letters folded to lower case. */
static int latin_name_cp(uint32_t c)
{
  return is_latin_letter(c) || is_digit_cp(c) || c == '-' || c == '.' ||
         c == '+';
}

/* Is the Latin name [p, q) written where a product is named: after 名为
 * ("named") or a kind of product (工具, 芯片: 视频编辑工具 CapCut), after
 * a known maker and 的 (高通的 Snapdragon X Elite), or before a kind of
 * product (Recall 功能, Windows 11 系统, Snapdragon X Elite 芯片)? */
static int latin_product_context(const pg_rctx *x, size_t p, size_t q)
{
  static const char *const kinds[] = {"名为", "工具", "功能", "芯片", "系统",
                                      "设备", "平台", "应用", "软件"};
  size_t k;
  int ci, acronym;

  for (k = p; k < q && q - p <= 4; k++) {
    uint32_t c = x->a->doc.ccp[x->vmap[k]];
    if (c < 'A' || c > 'Z')
      break;
  }
  acronym = q - p <= 4 && k == q; /* CAE软件, EDA工具: a kind of its own */
  for (k = 0; k < sizeof kinds / sizeof *kinds; k++)
    if (pg_rc_spells_before(x, p, kinds[k]) ||
        (k > 0 && !acronym && pg_rc_spells(x, q, kinds[k])))
      return 1;
  if (!acronym && product_head(x, q))
    return 1;
  ci = p >= 2 && x->v[p - 1] == 0x7684 ? x->lexend[p - 1] : -1; /* 的 */
  return ci >= 0 && x->c[ci].type == PG_T_ORGANIZATION;
}

/* 大模型版本 SeaLLM: a Latin name after a product word.  A name starts
 * only where a run of name characters starts: after an ASCII letter or
 * digit, '-' or '.' the run was already scanned from its start, and a
 * scan from every letter inside it made a long run (300,000 hex digits)
 * quadratic. */
static void latin_product(pg_rctx *x, size_t p)
{
  size_t q;

  static const uint32_t mx[] = {0x6A21, 0x578B}; /* 模型 */
  static const char *const generic[] = {
      "sota", "chat", "api", "apis", "llm", "llms", "gpu", "gpus", "cpu",
      "npu", "sdk", "app", "apps", "demo", "base", "model", "models", "beta",
      "agent", "agents", "token", "tokens", "prompt", "benchmark", "open",
      "source", "online", "web", "aigc", "ram", "ssd", "oled", "hdr", "usb",
      "wi-fi", "wifi", "iot", "saas", "ict", "pcs"};
  size_t k;
  int ci;
  char *name;
  uint32_t prev = p > 0 ? x->v[p - 1] : 0;

  if (!is_latin_letter(x->v[p]) || is_latin_letter(prev) ||
      is_digit_cp(prev) || (prev >= 'A' && prev <= 'Z') || prev == '-' ||
      prev == '.' || x->lexat[p] >= 0)
    return;
  for (q = p; q < x->vn && latin_name_cp(x->v[q]); q++) /* Copilot+ PCs */
    ;
  while (q > p && (x->v[q - 1] == '-' || x->v[q - 1] == '.'))
    q--;
  for (k = 0; k < sizeof generic / sizeof *generic; k++)
    if (strlen(generic[k]) == q - p && pg_rc_spells(x, p, generic[k]))
      return; /* 最近发布的SOTA模型, 在Chat评估中: words, no names */
  k = q < x->vn && x->v[q] == 0x5927 ? q + 1 : q; /* (大)模型 after it */
  if (q - p >= 3 &&
      (pg_rc_word_ending(x, PG_W_PRODCTX, 0, p, NULL) || model_size(x, p, q) ||
       (k + 2 <= x->vn && x->v[k] == mx[0] && x->v[k + 1] == mx[1]) ||
       latin_after_product(x, p) || latin_product_context(x, p, q)) &&
      (ci = pg_rc_add(x, p, q, PG_T_PRODUCT, "product.latin", -1, 2)) >= 0) {
    pg_rc_label(x, ci, pg_rc_latin_name(x, p, q));
    for (k = q + 1; k < x->vn && k < q + 24 && latin_name_cp(x->v[k]); k++)
      ;
    if (q + 1 < k && k < x->vn && x->v[q] == '(' && x->v[k] == ')' &&
        (name = pg_rc_latin_name(x, q + 1, k))) {
      pg_rc_alias(x, ci, name); /* Yi Vision Language（Yi-VL） */
      free(name);
    }
  }
}

/* 的混元大模型: a name before 大模型 (or APP) after 的/了/a release verb. */
static void model_product(pg_rctx *x, size_t h)
{
  static const uint32_t de = 0x7684, le = 0x4E86;
  size_t s, k;
  int ci, lx;
  char *body;

  for (s = h; s > 0 && h - s < 10 &&
              (pg_is_han(x->v[s - 1]) || x->v[s - 1] == 0x00B7);
       s--) {
    if (x->v[s - 1] == de || x->v[s - 1] == le ||
        pg_rc_word_ending(x, PG_W_WORKVERB, 0, s, NULL))
      break; /* 的大模型: no name at all */
  }
  if (s == 0 || h - s < 2 || h - s >= 10 ||
      !(x->v[s - 1] == de || x->v[s - 1] == le ||
        pg_rc_word_ending(x, PG_W_WORKVERB, 0, s, NULL)) ||
      pg_rc_all_generic(x, s, h, 1))
    return;
  for (k = s; k < h; k++) /* 通用大模型和行业|大模型: two kinds, no name */
    if (x->v[k] == 0x548C || x->v[k] == 0x4E0E || x->v[k] == 0x53CA ||
        (k + 1 < h && x->v[k] == 0x6A21 && x->v[k + 1] == 0x578B))
      return;
  lx = x->lexat[s];
  if (lx >= 0 && (x->c[lx].type != PG_T_PRODUCT || x->c[lx].ve != h))
    lx = -1; /* 通义千问大模型: the lexicon's product, written longer */
  if ((ci = pg_rc_add(x, s, h + 3, PG_T_PRODUCT, "product.model",
                      lx >= 0 ? x->c[lx].lex : -1, 2)) >= 0 &&
      (body = pg_rc_text(x, s, lx >= 0 ? h + 3 : h))) {
    pg_rc_alias(x, ci, body);
    free(body);
  }
}

/* Length of a product head word at i (大模型, 智能体 ...), or 0. */
static size_t product_head(const pg_rctx *x, size_t i)
{
  static const uint32_t heads[][4] = {
    {0x5927, 0x6A21, 0x578B, 0},         /* 大模型   */
    {0x6A21, 0x578B, 0, 0},              /* 模型     */
    {0x667A, 0x80FD, 0x4F53, 0},         /* 智能体   */
    {0x673A, 0x5668, 0x4EBA, 0},         /* 机器人   */
    {0x82AF, 0x7247, 0, 0},              /* 芯片     */
    {0x64CD, 0x4F5C, 0x7CFB, 0x7EDF},    /* 操作系统 */
  };
  size_t h, k;

  for (h = 0; h < sizeof heads / sizeof *heads; h++) {
    for (k = 0; k < 4 && heads[h][k] && i + k < x->vn &&
                x->v[i + k] == heads[h][k];
         k++)
      ;
    if (k == 4 || !heads[h][k])
      return k;
  }
  return 0;
}

/* Start of the quoted item whose closing mark is at q (inside the marks),
 * or 0: up to eight Han characters after an opening mark. */
static size_t quoted_start(const pg_rctx *x, size_t q)
{
  size_t b;

  for (b = q; b > 0 && q - b <= 8 && pg_is_han(x->v[b - 1]); b--)
    ;
  return b >= 1 && b < q && pg_rc_is_open_quote(x->v[b - 1]) ? b : 0;
}

/* Does the text before the opening mark at o say a product is named:
 * 的, 了, a release verb, or an organization's name (云从科技“从容”)? */
static int product_context(const pg_rctx *x, size_t o)
{
  static const uint32_t de = 0x7684, le = 0x4E86;
  int ci;

  if (o == 0)
    return 0;
  if (x->v[o - 1] == de || x->v[o - 1] == le ||
      pg_rc_word_ending(x, PG_W_WORKVERB, 0, o, NULL))
    return 1;
  ci = x->lexend[o];
  return ci >= 0 && x->c[ci].type == PG_T_ORGANIZATION && x->c[ci].ve == o;
}

/* Quoted names released as products:
 *   发布“九天”通用大模型 -> 九天通用大模型 (the name, a kind of up to four
 *     characters and a head; the label drops the marks);
 *   研制的“鹏城云脑”智算平台, 开发的“粤省事”“粤商通”平台 -> each name
 *     alone (a platform's name is the name);
 *   云从科技“从容大模型” -> the quoted name, itself ending in a head.
 * The first item must follow 的, 了, a release verb or an organization. */
static void quoted_product(pg_rctx *x, size_t q)
{
  static const uint32_t platform[] = {0x5E73, 0x53F0}; /* 平台 */
  size_t b = quoted_start(x, q), first, k, j, hl = 0, n;
  int ci, list = 0;

  if (!b)
    return;
  /* the first item of a run of quoted names: “粤省事”“粤商通” */
  for (first = b; first >= 2 && pg_rc_is_close_quote(x->v[first - 2]) &&
                  (k = quoted_start(x, first - 2));
       first = k)
    list = 1;
  if (!product_context(x, first - 1))
    return;
  /* the head after the last item */
  for (j = q + 1; j < x->vn && pg_rc_is_open_quote(x->v[j]);) {
    for (k = j + 1; k < x->vn && k - j <= 9 && pg_is_han(x->v[k]); k++)
      ;
    if (k >= x->vn || !pg_rc_is_close_quote(x->v[k]) || k == j + 1)
      break;
    list = 1;
    j = k + 1;
  }
  for (k = j; k < x->vn && k - j <= 5 && pg_is_han(x->v[k]); k++)
    if ((hl = product_head(x, k)) ||
        (k + 2 <= x->vn && !memcmp(x->v + k, platform, sizeof platform) &&
         (hl = 2) && (list = 1)))
      break;
  if (hl && !list && j == q + 1) {
    if ((ci = pg_rc_add(x, b - 1, k + hl, PG_T_PRODUCT, "product.quoted", -1,
                        2)) >= 0)
      pg_rc_label(x, ci, pg_rc_text_cut(x, b, k + hl, q));
    return;
  }
  /* a name alone: in a list or before 平台, or ending in a head itself */
  for (n = b; n < q && !product_head(x, n); n++)
    ;
  if (hl || (n < q && n + product_head(x, n) == q))
    if ((ci = pg_rc_add(x, b - 1, q + 1, PG_T_PRODUCT, "product.quoted", -1,
                        2)) >= 0)
      pg_rc_label(x, ci, pg_rc_text(x, b, q));
}

/* 通义千问东盟多语言版: an edition of a lexicon product. */
static void product_edition(pg_rctx *x, int ci)
{
  size_t e = x->c[ci].ve, q;

  for (q = e; q < x->vn && q - e < 10 && pg_is_han(x->v[q]); q++)
    if (x->v[q] == 0x7248 && (q + 1 >= x->vn || !pg_is_han(x->v[q + 1]) ||
                             pg_rc_stop_in(x, q + 1))) {
      pg_rc_add(x, x->c[ci].vb, q + 1, PG_T_PRODUCT, "product.edition", -1,
                2);
      return;
    }
}

/* A lexicon model's version written after it: Llama-3-8B-Instruct,
 * ChatGLM3-6B, GPT-4-turbo-2024-04-09, Claude 3 Opus, Gemini 1.0 Pro
 * (the Latin name runs on through digits, letters and -._, and over a
 * space before a number or a model word).  Each version is a product of
 * its own. */
static void product_version(pg_rctx *x, int ci)
{
  static const char *const words[] = {"pro", "max", "plus", "ultra", "mini",
                                      "flash", "turbo", "opus", "sonnet",
                                      "haiku", "lite", "nano", "instruct",
                                      "chat", "base", "vision", "preview"};
  size_t b = x->c[ci].vb, e = x->c[ci].ve, w, l;
  int ci2;

  if (e == b || (!pg_is_latin_alnum(x->v[e - 1]) &&
                 !(e + 1 < x->vn && is_digit_cp(x->v[e]) &&
                   (is_digit_cp(x->v[e + 1]) || x->v[e + 1] == '.' ||
                    !pg_is_han(x->v[e + 1]) || x->v[e + 1] == 0x5927))))
    return; /* Llama-3-8B; 通义千问2.5, 盘古大模型5.0 (not 文心一言3月…) */
  for (;;) {
    if (e < x->vn && e > b && x->vmap[e] > x->vmap[e - 1] + 1) {
      /* a space in the text (the view drops it): only a number, a model
       * word or a short code with a digit goes on (Llama 3, Qwen-VL Max,
       * DeepSeek V3; not DeepSeek-R1 API) */
      for (w = 0, l = 0; w < sizeof words / sizeof *words && !l; w++)
        if ((l = pg_rc_spells(x, e, words[w])) && e + l < x->vn &&
            pg_is_latin_alnum(x->v[e + l]))
          l = 0;
      if (is_digit_cp(x->v[e]) || l) {
        for (e += l ? l : 1; e < x->vn && is_digit_cp(x->v[e]); e++)
          ;
        continue;
      }
      for (l = e, w = 0; l < x->vn && l < e + 6 && pg_is_latin_alnum(x->v[l]);
           l++)
        w += is_digit_cp(x->v[l]);
      if (w && l < e + 6 && (l == x->vn || !pg_is_latin_alnum(x->v[l]))) {
        e = l; /* DeepSeek V3, Kimi K2: a short code with a digit */
        continue;
      }
      break;
    }
    if (e < x->vn && pg_is_latin_alnum(x->v[e])) {
      e++;
      continue;
    }
    if (e + 1 < x->vn && (x->v[e] == '-' || x->v[e] == '.' ||
                          x->v[e] == '_') &&
        pg_is_latin_alnum(x->v[e + 1])) {
      e += 2;
      continue;
    }
    if (e + 1 < x->vn && x->v[e] == ' ' &&
        x->v[e + 1] >= '0' && x->v[e + 1] <= '9') {
      e += 2;
      continue;
    }
    if (e + 1 < x->vn && x->v[e] == ' ') {
      for (w = 0, l = 0; w < sizeof words / sizeof *words && !l; w++)
        if ((l = pg_rc_spells(x, e + 1, words[w])) && e + 1 + l < x->vn &&
            pg_is_latin_alnum(x->v[e + 1 + l]))
          l = 0; /* Pro, not Progress */
      if (l) {
        e += 1 + l;
        continue;
      }
    }
    break;
  }
  while (e > x->c[ci].ve && (x->v[e - 1] == '.' || x->v[e - 1] == '-'))
    e--;
  if (e > x->c[ci].ve &&
      (ci2 = pg_rc_add(x, b, e, PG_T_PRODUCT, "product.version", -1, 3)) >= 0) {
    const pg_doc *d = &x->a->doc; /* the name as written, spaces kept */
    size_t cb = x->vmap[b], ce = x->vmap[e - 1] + 1;
    pg_rc_label(x, ci2, pg_utf8_encode(d->ccp + cb, ce - cb));
  }
}

/* Spacecraft, rockets and vessels of a named series (craft_series.txt):
 * 神舟十五号, 长征二号F, 祝融号 (the series, a number and 号) are products
 * of their own; the series alone is one when quoted (“嫦娥”揽月) or
 * before what its craft are (神舟飞船, 天问探测器: craft_nouns.txt). */
static void series_product(pg_rctx *x, size_t p)
{
  int val = -1, ci;
  size_t l = pg_rc_word_at(x, PG_W_SERIES, p, &val), e, k;
  const char *v;

  if (!l)
    return;
  v = pg_rc_value(x, PG_W_SERIES, val);
  for (e = p + l; e < x->vn && pg_rc_is_numeral(x->v[e]); e++)
    ;
  if (e < x->vn && x->v[e] == 0x53F7) { /* 号 */
    e++;
    for (k = e; k < x->vn && k < e + 2 && ((x->v[k] >= 'a' && x->v[k] <= 'z') ||
                                          x->v[k] == '-');
         k++)
      ; /* 长征二号F, 长征五号B */
    if (k < x->vn && is_digit_cp(x->v[k]))
      return;
    e = k;
  } else if (e > p + l) {
    return; /* 神舟十五: no 号 */
  } else if ((v && !strcmp(v, "numbered")) ||
             (!(p > 0 && pg_rc_is_open_quote(x->v[p - 1]) && e < x->vn &&
                pg_rc_is_close_quote(x->v[e])) &&
              !pg_rc_word_at(x, PG_W_CRAFT, e, NULL))) {
    return; /* the series alone: only quoted or before 飞船, 探测器…, and
               not one that is also a word (长征, 海洋, 实践) */
  }
  if ((ci = pg_rc_add(x, p, e, PG_T_PRODUCT, "product.series", -1, 2)) >= 0)
    pg_rc_label(x, ci, pg_rc_name(x, p, e));
}

/* Is [b, e) a product's name as a list item: two to ten characters of
 * Han, Latin letters or digits, no known name of another kind, no word of
 * a clause (的, 了), not generic words alone? */
static int product_item(const pg_rctx *x, size_t b, size_t e)
{
  size_t k;

  if (e < b + 2 || e > b + 10 || pg_rc_all_generic(x, b, e, 1) ||
      pg_rc_word_at(x, PG_W_NONNAME, b, NULL))
    return 0;
  for (k = b; k < e; k++) {
    int ci = x->lexat[k];
    if (!(pg_is_han(x->v[k]) || latin_name_cp(x->v[k])) ||
        wcschr(L"的了是在和与及", (wchar_t)x->v[k]) ||
        (ci >= 0 && x->c[ci].type != PG_T_PRODUCT))
      return 0;
  }
  return 1;
}

static void product_item_add(pg_rctx *x, size_t b, size_t e)
{
  int ci;

  if (product_item(x, b, e) &&
      (ci = pg_rc_add(x, b, e, PG_T_PRODUCT, "product.list", -1, 1)) >= 0)
    pg_rc_label(x, ci, pg_rc_latin_name(x, b, e));
}

/* Does one of the n items [ib, ie) name a product, not a kind of goods
 * (家用电器、工程机械等产品): a Latin name (WHEE), or a product found
 * before? */
static int named_items(const pg_rctx *x, const size_t *ib, const size_t *ie,
                       size_t n)
{
  size_t i, k;

  for (i = 0; i < n; i++) {
    int ci = x->lexat[ib[i]];
    if (ci >= 0 && x->c[ci].type == PG_T_PRODUCT)
      return 1;
    for (k = ib[i]; k < ie[i] && latin_name_cp(x->v[k]); k++)
      ;
    if (k == ie[i] && k > ib[i])
      return 1;
  }
  return 0;
}

/* The items of a 、-list of products: opened by 旗下产品 or 代表产品 (旗下
 * 产品美图秀秀、美颜相机), or by 产品包括 or closed by 等 and a word for
 * products (以美图设计室、WHEE、开拍等产品为代表) when an item names a
 * product (named_items).  Two items at least. */
static void product_list(pg_rctx *x, size_t p)
{
  static const char *const openers[] = {"旗下产品", "旗下的产品", "产品包括",
                                        "代表产品", "产品有"};
  static const char *const kinds[] = {"产品", "应用", "app", "软件"};
  static const char *const adverbs[] = {"长期", "一直", "已经", "目前", "始终",
                                        "持续", "先后", "累计", "深受", "广受",
                                        "均已", "都已", "均", "都"};
  size_t l, b, e, n, ib[16], ie[16], i;

  if ((l = PG_RC_SPELLS_ANY(x, p, openers))) {
    for (n = 0, b = p + l; n < 16; b = e + 1) {
      for (e = b; e < x->vn && e < b + 11 &&
                  (pg_is_han(x->v[e]) || latin_name_cp(x->v[e]));
           e++)
        if (x->v[e] == 0x7B49) /* 等 */
          break;
      ib[n] = b;
      ie[n++] = e;
      if (e >= x->vn || x->v[e] != 0x3001)
        break;
    }
    /* the last item is one when a mark or 等 ends it, or an adverb that
     * opens the clause after it (美颜相机|长期占据…); else where it ends is
     * unknown, and it is left out */
    for (e = ib[n - 1] + 2; n >= 2 && e < ie[n - 1] &&
                            !PG_RC_SPELLS_ANY(x, e, adverbs);
         e++)
      ;
    if (n >= 2 && e < ie[n - 1])
      ie[n - 1] = e;
    else if (n >= 2 && ie[n - 1] < x->vn && pg_is_han(x->v[ie[n - 1]]) &&
             x->v[ie[n - 1]] != 0x7B49)
      n--;
    if (n && (pg_rc_spells(x, p, "旗下") || pg_rc_spells(x, p, "代表产品") ||
              named_items(x, ib, ie, n)))
      for (i = 0; i < n; i++)
        product_item_add(x, ib[i], ie[i]);
    return;
  }
  if (x->v[p] != 0x7B49 || p == 0 || x->v[p - 1] == 0x3001 ||
      !PG_RC_SPELLS_ANY(x, p + 1, kinds))
    return;
  for (n = 0, e = p; n < 16;) {
    for (b = e; b > 0 && e - b < 11 &&
                (pg_is_han(x->v[b - 1]) || latin_name_cp(x->v[b - 1])) &&
                x->v[b - 1] != 0x3001;
         b--)
      ;
    if (e - b >= 11)
      return;
    ib[n] = b;
    ie[n++] = e;
    if (b == 0 || x->v[b - 1] != 0x3001)
      break;
    e = b - 1;
  }
  if (n < 2)
    return;
  for (b = ib[n - 1]; b + 2 < ie[n - 1];) { /* the first item: after a
                                               preposition or a verb */
    if (wcschr(L"以和与及如将把对", (wchar_t)x->v[b]))
      b++;
    else if ((l = pg_rc_word_at(x, PG_W_WORKVERB, b, NULL)))
      b += l;
    else
      break;
  }
  ib[n - 1] = b;
  if (named_items(x, ib, ie, n))
    for (i = 0; i < n; i++)
      product_item_add(x, ib[i], ie[i]);
}

int pg_rec_products(pg_rctx *x)
{
  static const uint32_t dmx[] = {0x5927, 0x6A21, 0x578B}; /* 大模型 */
  size_t p, n = x->nc, i;

  for (p = 0; p < x->vn && !x->oom; p++) {
    latin_product(x, p);
    if (p + 3 <= x->vn && !memcmp(x->v + p, dmx, sizeof dmx))
      model_product(x, p);
    else if (p > 0 && pg_is_han(x->v[p - 1]) &&
             pg_rc_spells(x, p, "app") == 3 && /* the view is lower case */
             (p + 3 >= x->vn || !is_latin_letter(x->v[p + 3])))
      model_product(x, p); /* 阿里的千问APP: an app, named as a model is */
    if (p > 1 && pg_rc_is_close_quote(x->v[p]))
      quoted_product(x, p);
    series_product(x, p);
    product_list(x, p);
  }
  for (i = 0; i < n && !x->oom; i++)
    if (x->c[i].type == PG_T_PRODUCT && x->c[i].lex >= 0) {
      product_edition(x, (int)i);
      product_version(x, (int)i);
    }
  return x->oom ? -1 : 0;
}
