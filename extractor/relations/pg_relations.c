/* pg_relations.c - relation rules over recognized entities (see
 * pg_relations.h).
 *
 * Design.  The rules read the clean text of one sentence at a time
 * together with the entity mentions the recognizer found in it (only the
 * outermost mention at each place counts) and the date expressions
 * outside those mentions.  A sentence is cut into clauses at ，；：; each
 * clause gets a subject (an agent mention at its start, after dates and
 * connectives), or inherits the previous clause's subject when it opens
 * with a verb or adverb, or has none when it opens with some other noun
 * phrase.  A date that opens a clause stays in force over the following
 * clauses until one opens with an unknown subject.  Then each trigger word
 * (data: ontology/rules/relations.tsv) runs its rule: the agents are the
 * coordinated mentions right before the verb (past adverbs, dates and
 * "等N部门"), else the clause's subject; the objects are the coordinated
 * mentions right after it.  The object's type picks the relation (a work:
 * proposedBy, a product: developedBy, an organization: founder).  Rules
 * prefer precision: no agent, no fact.
 *
 * Word lists are data; the few grammatical particles the rules are built
 * around (的 attributive, 等 list end, 将 object fronting, 了, 并, 关于,
 * 在/于 via the locative class) are named in the code where they act.
 *
 * Known weaknesses: a subject is found only at the start of a clause, so
 * long fronted modifiers hide it; pronouns (它, 其) are not resolved;
 * "会议"/"峰会" refer to the event named earlier in the sentence or, for
 * generic words, to the document's main event (the most mentioned one).
 */
#include "pg_relations.h"
#include "pg_dates.h"
#include "pg_hmap.h"
#include "pg_reltab.h"
#include "pg_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

struct pg_relator {
  pg_reltab *tab;     /* word classes, owned                        */
  int anaphoric;      /* emit dates from 同年/次年 (option)            */
};

pg_relator *pg_new_relator(const char *datadir, pg_log *log)
{
  pg_relator *r = calloc(1, sizeof *r);
  char path[4096];
  const char *v;

  if (!r)
    return NULL;
  snprintf(path, sizeof path, "%s/rules/relations.tsv",
           datadir ? datadir : ".");
  if (!(r->tab = pg_new_reltab(path, log))) {
    free(r);
    return NULL;
  }
  v = pg_reltab_option(r->tab, "anaphoric-dates");
  r->anaphoric = v && !strcmp(v, "yes");
  return r;
}

void pg_free_relator(pg_relator *r)
{
  if (!r)
    return;
  pg_free_reltab(r->tab);
  free(r);
}

/* ------------------------------------------------------------ context */

/* How a clause opens: with an unknown noun phrase (ends subject and
 * date chains), an agent, a verb or preposition (inherits), only a date,
 * or a pronoun, event noun or work (keeps the date, names no agent). */
enum { CL_UNKNOWN = 0, CL_EXPLICIT, CL_NONE, CL_DATEONLY, CL_PRONOUN };

typedef struct clause {
  size_t b, e;    /* clause span (clean)                        */
  size_t body;    /* after its opening dates and connectives     */
  int state;      /* CL_*                                        */
  int subj;       /* explicit subject entity, or -1              */
  int eff;        /* effective subject (inherited), or -1        */
  int effk;       /* the clause naming it, or -1                 */
  int lead;       /* date opening the clause, or -1              */
  size_t pron;    /* length of the pronoun opening it (双方), or 0 */
  unsigned pflags; /* that pronoun's flags (PG_WF_PARTIES…)      */
  int scope;      /* date in force from earlier clauses, or -1   */
} clause;

#define MAX_CLAUSES 64
#define MAX_LIST 32
/* How far (code points) a rule looks back from its trigger: keeps a
 * sentence without punctuation linear, and is longer than any clause a
 * writer means as one. */
#define MAX_REACH 300

/* The lower of lo and p - MAX_REACH. */
static size_t reach(size_t p, size_t lo)
{
  return p > lo + MAX_REACH ? p - MAX_REACH : lo;
}

typedef struct rctx {
  const pg_relator *r;
  const pg_reltab *t;
  pg_annot *a;
  const uint32_t *s;  /* clean text (borrowed)                          */
  size_t n;
  int *mstart, *mend; /* n+1: outermost mention starting/ending here    */
  int *dstart, *dend; /* n+1: date expression starting/ending here      */
  pg_date_expr *dx;   /* dates outside mentions                         */
  size_t ndx;
  pg_ymd *dval;       /* resolved start of each date (y 0: unresolved)  */
  pg_ymd *dend_v;     /* resolved end of each range                     */
  pg_ymd doc;         /* document date                                  */
  int main_event;     /* most mentioned event, or -1                    */
  int issuer;         /* organization issuing the document, or -1      */
  int speaker;        /* the person a speech's byline names, or -1     */
  pg_hmap *titles;    /* (person, job title) -> jobTitle fact          */
  struct mref *ord;   /* every mention, by start, longer first         */
  int oom;            /* set on out of memory                           */
  size_t si, sb, se;  /* current sentence                               */
  int topic;          /* topic_person of the current sentence, -2: not
                         asked yet                                      */
  clause cl[MAX_CLAUSES];
  size_t ncl;
} rctx;

static int ment_ent(const rctx *c, int mi)
{
  return mi < 0 ? -1 : c->a->m[mi].entity;
}

static pg_etype ent_type(const rctx *c, int e)
{
  return e < 0 ? PG_T_NONE : c->a->ent[e].type;
}

static int is_agent(pg_etype t)
{
  return t == PG_T_ORGANIZATION || t == PG_T_PLACE || t == PG_T_PERSON ||
         t == PG_T_EVENT;
}

static int is_quote(uint32_t ch)
{
  return ch == 0x300A || ch == 0x300B || ch == 0x201C || ch == 0x201D ||
         ch == '"' || ch == 0x300C || ch == 0x300D || ch == 0x2018 ||
         ch == 0x2019 || ch == '\'' || ch == 0x300E || ch == 0x300F;
}

static int is_clause_end(uint32_t ch)
{
  return ch == 0xFF0C || ch == ',' || ch == 0xFF1B || ch == ';' ||
         ch == 0xFF1A || ch == ':' || ch == 0x3002 || ch == 0xFF01 ||
         ch == 0xFF1F || ch == '\n' || ch == '!' || ch == '?';
}

static int is_open_paren(uint32_t ch) { return ch == '(' || ch == 0xFF08; }
static int is_close_paren(uint32_t ch) { return ch == ')' || ch == 0xFF09; }

/* Skips spaces and quote marks forward (stops at a mention start). */
static size_t skip_fwd(const rctx *c, size_t p, size_t lim)
{
  while (p < lim && c->mstart[p] < 0 &&
         (pg_is_space(c->s[p]) || is_quote(c->s[p])))
    p++;
  return p;
}

/* Skips spaces and quote marks backward (stops at a mention end). */
static size_t skip_back(const rctx *c, size_t p, size_t lo)
{
  while (p > lo && c->mend[p] < 0 &&
         (pg_is_space(c->s[p - 1]) || is_quote(c->s[p - 1])))
    p--;
  return p;
}

static void add_fact(rctx *c, int s, pg_pred p, int o, const char *lit,
                     pg_littype lt, const char *rule)
{
  if (s < 0 || (o < 0 && !lit) || s == o)
    return;
  if (pg_annot_add_fact(c->a, s, p, o, -1, lit, lt, c->si, rule) < 0)
    c->oom = 1;
}

/* ------------------------------------------------------------ dates */

/* Emits the date of expression di on entity e (start/end for events). */
static void emit_date(rctx *c, int e, int di, const char *rule)
{
  const pg_date_expr *x;
  pg_ymd v, end = {0, 0, 0}, ctx = {0, 0, 0};
  const char *label;
  char buf[16];
  pg_littype lt;

  if (di < 0 || e < 0)
    return;
  x = &c->dx[di];
  if (x->kind == PG_DATE_ANAPHORIC && !x->v.m && !c->r->anaphoric)
    return;
  v = c->dval[di];
  end = c->dend_v[di];
  label = c->a->ent[e].label;
  /* a partial date takes the year written in the event's name (and the
   * month of the document date, for a bare day, when the years agree),
   * unless that year is before the one the document's date gives it: a
   * meeting on last year's work (4月14日…召开2021年开放课题研究成果交流会
   * in a text of 2022-04-16) is held this year */
  if (x->kind == PG_DATE_PARTIAL && ent_type(c, e) == PG_T_EVENT &&
      label && sscanf(label, "%4d", &ctx.y) == 1 && ctx.y >= 1900 &&
      ctx.y <= 2100 && !(v.y && c->doc.m && ctx.y < v.y)) {
    ctx.m = c->doc.y == ctx.y ? c->doc.m : 0;
    if (pg_date_resolve(x, &c->doc, &ctx, &v, &end))
      return;
  }
  if (!v.y)
    return;
  lt = pg_ymd_format(&v, (x->flags & PG_DATE_F_APPROX) != 0, buf,
                     sizeof buf);
  add_fact(c, e, PG_P_DATE, -1, buf, lt, rule);
  if (ent_type(c, e) != PG_T_EVENT || !(x->flags & PG_DATE_F_RANGE) ||
      !end.y)
    return;
  add_fact(c, e, PG_P_STARTDATE, -1, buf, lt, rule);
  lt = pg_ymd_format(&end, 0, buf, sizeof buf);
  add_fact(c, e, PG_P_ENDDATE, -1, buf, lt, rule);
}

static int usable_date(const rctx *c, int di)
{
  return di >= 0 && !(c->dx[di].flags & (PG_DATE_F_TARGET | PG_DATE_F_SINCE |
                                           PG_DATE_F_VAGUE));
}

/* The date in force at position p of clause k: the last usable date of
 * the clause before p, else the one carried from earlier clauses. */
static int date_for(const rctx *c, size_t k, size_t p)
{
  size_t i;
  int best = -1, vague = 0;

  for (i = reach(p, c->cl[k].b); i < p && i < c->n; i++) {
    if (c->dstart[i] < 0)
      continue;
    if (usable_date(c, c->dstart[i])) {
      best = c->dstart[i];
      vague = 0;
    } else if (c->dx[c->dstart[i]].flags & PG_DATE_F_VAGUE) {
      best = -1; /* 新华社北京6月3日电 李强日前签署: the act's day is not
                    the dateline's */
      vague = 1;
    }
  }
  return best >= 0 || vague ? best : c->cl[k].scope;
}

/* ------------------------------------------------------------ clauses */

static int trigger_at(const rctx *c, size_t p, size_t lim)
{
  return pg_reltab_at(c->t, PG_W_ISSUE, c->s, p, lim, NULL) ||
         pg_reltab_at(c->t, PG_W_DEVELOP, c->s, p, lim, NULL) ||
         pg_reltab_at(c->t, PG_W_HOLD, c->s, p, lim, NULL) ||
         pg_reltab_at(c->t, PG_W_FOUND, c->s, p, lim, NULL) ||
         pg_reltab_at(c->t, PG_W_ATTEND, c->s, p, lim, NULL) ||
         pg_reltab_at(c->t, PG_W_ADVERB, c->s, p, lim, NULL) ||
         pg_reltab_at(c->t, PG_W_INSTRUMENT, c->s, p, lim, NULL) ||
         pg_reltab_at(c->t, PG_W_JOIN, c->s, p, lim, NULL);
}

static size_t person_after_title(const rctx *c, size_t p, size_t lim);

/* Is v later than the document's date?  Compared to the month (both
 * known to it), or to the day (to_day: when the document's day is known;
 * a date without a month or a day is never later). */
static int after_doc(const rctx *c, const pg_ymd *v, int to_day)
{
  if (!c->doc.y || !c->doc.m || !v->m || (to_day && !c->doc.d))
    return 0;
  if (v->y != c->doc.y)
    return v->y > c->doc.y;
  if (v->m != c->doc.m)
    return v->m > c->doc.m;
  return to_day && v->d > c->doc.d;
}

/* The last usable date to the day, not after the document's, of the
 * sentences before position p (within a news item: its lead may be
 * paragraphs away), or -1: the day of the meeting 会谈后 follows. */
static int date_before(const rctx *c, size_t p)
{
  size_t lo = 0, hi = c->ndx, lim = p > 4000 ? p - 4000 : 0;

  while (lo < hi) { /* the first date at or after p */
    size_t mid = lo + (hi - lo) / 2;
    if (c->dx[mid].b < p)
      lo = mid + 1;
    else
      hi = mid;
  }
  while (lo-- > 0 && c->dx[lo].b >= lim) {
    const pg_ymd *v = &c->dval[lo];
    if (usable_date(c, (int)lo) && v->y && v->d && /* a day, not to come */
        (c->dx[lo].kind == PG_DATE_ABSOLUTE ||
         c->dx[lo].kind == PG_DATE_PARTIAL) && /* as written: 11月14日 */
        !after_doc(c, v, 1))
      return (int)lo;
  }
  return -1;
}

/* Classifies the opening of clause k (dates, connectives, subject). */
static void open_clause(rctx *c, clause *k)
{
  size_t p = k->b, l;
  unsigned fl = 0;
  int mi;

  k->lead = -1;
  k->subj = -1;
  for (;;) {
    while (p < k->e && pg_is_space(c->s[p]))
      p++;
    if (p < k->e && c->dstart[p] >= 0) {
      if (usable_date(c, c->dstart[p]))
        k->lead = c->dstart[p];
      p = c->dx[c->dstart[p]].e;
    } else if ((l = pg_reltab_at(c->t, PG_W_CONNECTIVE, c->s, p, k->e,
                                 &fl))) {
      if ((fl & PG_WF_AFTER) && k->lead < 0)
        k->lead = date_before(c, k->b);
      p += l;
    } else
      break;
  }
  p = skip_fwd(c, p, k->e);
  if (p + 4 < k->e && c->mstart[p] < 0 && c->s[p] == 0x4E3A &&
      c->s[p + 1] == 0x671F) { /* 为期3天的<event>: a modifier */
    size_t q;
    for (q = p + 2; q < k->e && q < p + 10 && c->s[q] != 0x7684 &&
                    !is_clause_end(c->s[q]);
         q++)
      ;
    if (q + 1 < k->e && c->s[q] == 0x7684 && c->mstart[q + 1] >= 0)
      p = q + 1;
  }
  if (p + 2 < k->e && c->mstart[p] < 0 && c->s[p] == 0x515A &&
      c->s[p + 1] == 0x7684 && c->mstart[p + 2] >= 0 &&
      ent_type(c, ment_ent(c, c->mstart[p + 2])) == PG_T_EVENT)
    p += 2; /* 党的二十届四中全会…，审议通过了《X》: the plenum */
  if (p < k->e && c->mstart[p] < 0)
    p = person_after_title(c, p, k->e);
  k->body = p;
  mi = p < k->e ? c->mstart[p] : -1;
  if (p >= k->e)
    k->state = CL_DATEONLY;
  else if (mi >= 0 && is_agent(ent_type(c, ment_ent(c, mi)))) {
    k->state = CL_EXPLICIT;
    k->subj = ment_ent(c, mi);
    if (pg_reltab_at(c->t, PG_W_SOURCE_LINE, c->s, c->a->m[mi].ce, k->e,
                     NULL)) {
      k->state = CL_UNKNOWN; /* 央视网消息（新闻联播）：the source, no actor */
      k->subj = -1;
    }
  } else if ((mi >= 0 && pg_etype_is_work(ent_type(c, ment_ent(c, mi)))) ||
             (k->pron = pg_reltab_at(c->t, PG_W_PRONOUN, c->s, p, k->e,
                                     &k->pflags)) ||
             pg_reltab_at(c->t, PG_W_EVENT_REF, c->s, p, k->e, NULL) ||
             pg_reltab_at(c->t, PG_W_PARTICIPANTS, c->s, p, k->e, NULL))
    k->state = CL_PRONOUN;
  else if (pg_reltab_at(c->t, PG_W_LOCATIVE, c->s, p, k->e, NULL) ||
           pg_reltab_at(c->t, PG_W_PREP, c->s, p, k->e, NULL) ||
           pg_reltab_at(c->t, PG_W_PASSIVE, c->s, p, k->e, NULL) ||
           trigger_at(c, p, k->e))
    k->state = CL_NONE; /* 由A主办的Y…: the date carried in still holds */
  else
    k->state = CL_UNKNOWN;
}

/* A usable date that closes clause k (…电（记者 X）2025年9月16日，): it
 * is in force in the clause after it; else -1. */
static int prev_tail(const rctx *c, const clause *k)
{
  size_t e = k->e;

  while (e > k->b && pg_is_space(c->s[e - 1]))
    e--;
  if (e > k->b && c->dend[e] >= 0 && usable_date(c, c->dend[e]) &&
      c->dx[c->dend[e]].b > k->b)
    return c->dend[e];
  return -1;
}

static int own_title(const rctx *c, int person, size_t b, size_t e);

/* Does one of the person's own titles follow at p (南开大学刘刚|教授)? */
static int titled_after(const rctx *c, int person, size_t p, size_t lim)
{
  size_t e;

  for (e = p + 1; e <= lim && e - p <= 8 && pg_is_han(c->s[e - 1]); e++)
    if (own_title(c, person, p, e))
      return 1;
  return 0;
}

/* Where a person named after a chain of their own titles from p ends
 * (中共中央政治局常委、国务院副总理丁薛祥|18日…): each part is an
 * organization or none, then a title of at most 8 characters the person
 * holds.  Returns 0 when p opens no such chain. */
static size_t chain_person_end(const rctx *c, size_t p, size_t lim)
{
  size_t part[6][2], n = 0, i, t, p0 = p;
  int mi, e;

  while (p < lim && n < 6) {
    while (p < lim && (mi = c->mstart[p]) >= 0) { /* a body and its units */
      if (ent_type(c, ment_ent(c, mi)) == PG_T_PERSON && p > p0)
        break; /* 南开大学|刘刚教授 */
      if (ent_type(c, ment_ent(c, mi)) != PG_T_ORGANIZATION)
        return 0;
      p = c->a->m[mi].ce;
    }
    for (t = p; p < lim && p - t < 8 && pg_is_han(c->s[p]) &&
                c->mstart[p] < 0 && c->s[p] != 0x3001;
         p++)
      ;
    if (p > t) {
      part[n][0] = t;
      part[n++][1] = p;
    }
    /* the person after a title, or right after a body when a titled part
     * came before or the person's title follows (…首席经济学家、南开大学
     * 经济研究所|刘刚教授) */
    if (p < lim && (mi = c->mstart[p]) >= 0 &&
        ent_type(c, e = ment_ent(c, mi)) == PG_T_PERSON &&
        (p > t || n > 0 || titled_after(c, e, c->a->m[mi].ce, lim))) {
      for (i = 0; i < n; i++)
        if (!own_title(c, e, part[i][0], part[i][1]))
          return 0;
      return c->a->m[mi].ce;
    }
    if (p == t || p >= lim || c->s[p] != 0x3001) /* 、 */
      return 0;
    p++;
  }
  return 0;
}

/* The day right after clause k's subject (丁薛祥|18日在北京会见…, X|于
 * 3月5日…, 国务院副总理丁薛祥|18日…), which the clauses going on with
 * that subject keep, or -1. */
static int subject_date(const rctx *c, const clause *k)
{
  size_t p;
  int mi;

  if (k->state != CL_EXPLICIT || k->lead >= 0 || k->body >= k->e ||
      (mi = c->mstart[k->body]) < 0)
    return -1;
  p = chain_person_end(c, k->body, k->e);
  p = skip_fwd(c, p ? p : c->a->m[mi].ce, k->e);
  if (p < k->e && c->s[p] == 0x4E8E) /* 于 */
    p++;
  return p < k->e && c->dstart[p] >= 0 && usable_date(c, c->dstart[p]) &&
                 c->dval[c->dstart[p]].d /* a day: 博鳌亚洲论坛|2025年年会
                                            is a name */
             ? c->dstart[p]
             : -1;
}

/* Cuts sentence [sb, se) into clauses and links subjects and dates. */
static void split_clauses(rctx *c)
{
  size_t p, b = c->sb, i;
  clause *k, *prev;

  c->ncl = 0;
  for (p = c->sb; p <= c->se && c->ncl < MAX_CLAUSES; p++) {
    if (p < c->se && c->mstart[p] >= 0) {
      p = c->a->m[c->mstart[p]].ce - 1;
      continue;
    }
    if (p < c->se && (!is_clause_end(c->s[p]) || c->ncl == MAX_CLAUSES - 1))
      continue; /* past MAX_CLAUSES - 1 cuts, the rest is one clause */
    if (p == c->se && b >= c->se && c->ncl)
      break;
    k = &c->cl[c->ncl++];
    memset(k, 0, sizeof *k);
    k->b = b;
    k->e = p < c->se ? p : c->se;
    b = p + 1;
  }
  for (i = 0; i < c->ncl; i++) {
    k = &c->cl[i];
    prev = i ? &c->cl[i - 1] : NULL;
    open_clause(c, k);
    k->eff = k->state == CL_EXPLICIT ? k->subj
             : (k->state == CL_NONE || k->state == CL_DATEONLY) && prev
                 ? prev->eff
                 : -1;
    k->effk = k->state == CL_EXPLICIT ? (int)i
              : k->eff >= 0 ? prev->effk : -1;
    /* a date alone before the clause (3月15日，…) is its date whatever
     * its subject */
    k->scope = k->lead >= 0 ? k->lead
               : subject_date(c, k) >= 0 ? subject_date(c, k)
               : prev && prev_tail(c, prev) >= 0 ? prev_tail(c, prev)
               : prev && (k->state != CL_UNKNOWN ||
                          prev->state == CL_DATEONLY) ? prev->scope : -1;
  }
}

static size_t clause_of(const rctx *c, size_t p)
{
  size_t i;

  for (i = 0; i + 1 < c->ncl; i++)
    if (p < c->cl[i].e)
      return i;
  return c->ncl ? c->ncl - 1 : 0;
}

/* ------------------------------------------------------------ lists */

/* A character of a count: digits, Chinese numerals, 多, 个, 家, 余. */
static int is_count(uint32_t ch)
{
  static const uint32_t han[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341,
                                 0x767E, 0x591A, 0x4E2A, 0x5BB6, 0x4F59};
  size_t i;

  if (pg_is_digit(ch))
    return 1;
  for (i = 0; i < sizeof han / sizeof *han; i++)
    if (han[i] == ch)
      return 1;
  return 0;
}

static uint64_t title_key(int person, const char *t, size_t n)
{
  return pg_fnv1a(pg_fnv1a(PG_FNV_OFFSET, &person, sizeof person), t, n);
}

/* Indexes the job titles the recognizers gave persons (title_key). */
static int index_titles(rctx *c)
{
  size_t f;

  if (!(c->titles = pg_new_hmap()))
    return -1;
  for (f = 0; f < c->a->nf; f++) {
    const pg_fact *x = &c->a->f[f];
    if (x->pred == PG_P_JOBTITLE && x->lit && x->subj >= 0 &&
        pg_hmap_add(c->titles, title_key(x->subj, x->lit, strlen(x->lit)),
                    (int)f) < 0)
      return -1;
  }
  return 0;
}

/* Is the text [b, e) one of person e's own job titles? */
static int own_title(const rctx *c, int person, size_t b, size_t e)
{
  char buf[8 * 4];
  size_t n = 0;
  int h;

  if (e - b > 8)
    return 0;
  for (; b < e; b++)
    n += pg_utf8_put(buf + n, c->s[b]);
  for (h = pg_hmap_first(c->titles, title_key(person, buf, n)); h >= 0;
       h = pg_hmap_next(c->titles, h)) {
    const pg_fact *f = &c->a->f[pg_hmap_value(c->titles, h)];
    if (f->subj == person && strlen(f->lit) == n && !memcmp(f->lit, buf, n))
      return 1;
  }
  return 0;
}

/* Does a person's own title end at p, right after the person's name
 * (习近平主席|提出)?  Returns where the title starts, or p. */
static size_t title_after_person(const rctx *c, size_t p, size_t lo)
{
  size_t l;
  int mi, e;

  for (l = 1; l <= 4 && p >= lo + l; l++) {
    if ((mi = c->mend[p - l]) < 0)
      continue;
    e = ment_ent(c, mi);
    return ent_type(c, e) == PG_T_PERSON && own_title(c, e, p - l, p) ? p - l
                                                                       : p;
  }
  return p;
}

/* The start of a person named right after their own job title at p
 * (国家主席习近平: the clause's subject is the person), or p. */
static size_t person_after_title(const rctx *c, size_t p, size_t lim)
{
  size_t l;
  int mi, e;

  for (l = 2; l <= 8 && p + l < lim; l++) {
    if (!pg_is_han(c->s[p + l - 1]) || c->mend[p + l] >= 0)
      break;
    if ((mi = c->mstart[p + l]) < 0 ||
        ent_type(c, e = ment_ent(c, mi)) != PG_T_PERSON)
      continue;
    return own_title(c, e, p, p + l) ? p + l : p;
  }
  return p;
}

/* Skips adverbs, dates and "等N部门" backward from p. */
static size_t skip_adverbs_back(const rctx *c, size_t p, size_t lo)
{
  size_t l, q;

  for (;;) {
    p = skip_back(c, p, lo);
    if (c->mend[p] < 0 && (q = title_after_person(c, p, lo)) < p) {
      p = q; /* 习近平主席|提出的全球发展倡议 */
      continue;
    }
    if (p > lo && c->mend[p] < 0 && c->dend[p] >= 0)
      p = c->dx[c->dend[p]].b;
    else if (p > lo + 2 && is_close_paren(c->s[p - 1]) &&
             c->dend[p - 1] >= 0 && c->dx[c->dend[p - 1]].b > lo &&
             is_open_paren(c->s[c->dx[c->dend[p - 1]].b - 1]))
      p = c->dx[c->dend[p - 1]].b - 1; /* 今天（11月15日） */
    else if (c->mend[p] < 0 &&
             (l = pg_reltab_before(c->t, PG_W_ADVERB, c->s, lo, p)))
      p -= l;
    else if (c->mend[p] < 0 &&
             (l = pg_reltab_before(c->t, PG_W_GROUP, c->s, lo, p))) {
      q = p - l;
      while (q > lo && is_count(c->s[q - 1]))
        q--;
      if (q > lo && c->s[q - 1] == 0x7B49) /* 等 */
        p = q - 1;
      else if (q < p - l) /* X、Y三部门联合印发 */
        p = q;
      else
        return p;
    } else if (p > lo && c->mend[p] < 0 && c->s[p - 1] == 0x7B49)
      p--;
    else
      return p;
  }
}

static int is_org(pg_etype t) { return t == PG_T_ORGANIZATION; }
static int is_event(pg_etype t) { return t == PG_T_EVENT; }

/* Is entity e a country? */
static int country(const rctx *c, int e)
{
  const pg_entity *x = &c->a->ent[e];

  return x->type == PG_T_PLACE && x->subtype && !strcmp(x->subtype, "country");
}

/* Collects the coordinated agents ending at p (after skipping adverbs).
 * Returns their count; *first is where the list begins. */
static size_t spells_at(const rctx *c, size_t p, const char *w);

/* A team named by whom it is led, ending at p: a person, (率领的, 带领的,
 * 领衔的 or 牵头的,) then 团队, 课题组, 研究组 or 项目组 (李维安率领的公司
 * 治理评价课题组, 张三团队).  The team's work is its leader's: the
 * position after the person, or p when none. */
static size_t team_led_by(const rctx *c, size_t p, size_t lo)
{
  static const char *const team[] = {"团队", "课题组", "研究组", "项目组"};
  static const char *const led[] = {"率领的", "带领的", "领衔的", "牵头的"};
  size_t i, j, k, n, m, q, t;

  for (i = 0; i < sizeof team / sizeof *team; i++) {
    n = pg_utf8_count(team[i]);
    if (p < lo + n || !spells_at(c, p - n, team[i]))
      continue;
    t = p - n;
    /* the team's own name may stand between (…率领的|公司治理评价|课题组):
     * up to 12 characters back to the verb of leading, or none */
    for (q = t, j = t; j > lo && t - j <= 12 && q == t; j--)
      for (k = 0; k < sizeof led / sizeof *led; k++)
        if ((m = pg_utf8_count(led[k])) <= j - lo &&
            spells_at(c, j - m, led[k])) {
          q = j - m;
          break;
        }
    if (q > lo && c->mend[q] >= 0 &&
        ent_type(c, ment_ent(c, c->mend[q])) == PG_T_PERSON)
      return q;
    return p;
  }
  return p;
}

static size_t agents_before(const rctx *c, size_t p, size_t lo, int *out,
                            size_t *first)
{
  size_t k = 0, l, q, i;
  int mi;

  p = skip_adverbs_back(c, p, lo);
  *first = p;
  while (k < MAX_LIST) {
    p = skip_back(c, p, lo);
    if (c->mend[p] < 0)
      p = team_led_by(c, p, lo); /* 李维安(率领的)课题组|发布 */
    if (c->mend[p] < 0 && p > lo + 2 && is_close_paren(c->s[p - 1])) {
      /* A公司（以下简称B）开发: the agent before a short parenthesis */
      for (q = p - 2; q > lo && p - q < 24 && !is_open_paren(c->s[q]) &&
                      !is_close_paren(c->s[q]);
           q--)
        ;
      if (is_open_paren(c->s[q]) && c->mend[q] >= 0)
        p = q;
    }
    mi = c->mend[p];
    if (mi < 0 || !is_agent(ent_type(c, ment_ent(c, mi))) ||
        c->a->m[mi].cb < lo)
      break;
    out[k++] = ment_ent(c, mi);
    p = c->a->m[mi].cb;
    /* 中央军委|办公厅: a unit's mention is written after its parent's;
     * the coordination (国务院办公厅、中央军委办公厅) is before both */
    while (p > lo && c->mend[p] >= 0 &&
           is_org(ent_type(c, ment_ent(c, mi))) &&
           is_org(ent_type(c, ment_ent(c, c->mend[p]))) &&
           c->a->m[c->mend[p]].cb >= lo)
      p = c->a->m[c->mend[p]].cb;
    /* 中华人民共和国|第十四届全国人民代表大会常务委员会第十九次会议: a
     * country written before a body or a meeting of its own modifies it */
    if (p > lo && c->mend[p] >= 0 && c->a->m[c->mend[p]].cb >= lo &&
        (is_org(ent_type(c, ment_ent(c, mi))) ||
         is_event(ent_type(c, ment_ent(c, mi)))) &&
        country(c, ment_ent(c, c->mend[p])))
      p = c->a->m[c->mend[p]].cb;
    *first = p;
    q = skip_back(c, p, lo);
    if (!(l = pg_reltab_before(c->t, PG_W_COORD, c->s, lo, q)))
      break;
    p = q - l;
  }
  for (i = 0; i < k && ent_type(c, out[i]) == PG_T_PLACE; i++)
    ;
  q = skip_back(c, *first, lo);
  if (k && i == k && (l = pg_reltab_before(c->t, PG_W_LOCATIVE, c->s, lo, q)))
    return agents_before(c, q - l, lo, out, first); /* X在檀香山创立Y: X */
  return k;
}

typedef int (*type_ok_fn)(pg_etype);

static int is_product(pg_etype t) { return t == PG_T_PRODUCT; }

/* A mention of the wanted type right after a coordinator (和, 、) that
 * ends a short phrase naming nothing from p (…的目标方向和“十大伙伴行动”),
 * within the clause: its start, or p. */
static size_t coordinated_after(const rctx *c, size_t p, size_t lim,
                                int (*ok)(pg_etype))
{
  size_t q, l, r;

  for (q = p; q < lim && q < p + 24; q++) {
    if (c->mstart[q] >= 0 && !ok(ent_type(c, ment_ent(c, c->mstart[q])))) {
      q = c->a->m[c->mstart[q]].ce - 1; /* 中非携手…: a modifier */
      continue;
    }
    if (c->mstart[q] >= 0 || is_clause_end(c->s[q]) || !pg_is_han(c->s[q]))
      return p; /* a name of the kind, or the phrase ends: not a list */
    if ((l = pg_reltab_at(c->t, PG_W_COORD, c->s, q, lim, NULL)) &&
        (r = skip_fwd(c, q + l, lim)) < lim && c->mstart[r] >= 0 &&
        ok(ent_type(c, ment_ent(c, c->mstart[r]))))
      return r;
  }
  return p;
}

/* Collects the coordinated objects of the wanted type starting at p
 * (past fill words).  *endp: where the list ends (after 等). */
static size_t objects_after(const rctx *c, size_t p, size_t lim,
                            type_ok_fn ok, int *out, size_t *endp)
{
  size_t k = 0, l, q;
  int mi, guard;

  for (guard = 0; guard < 4; guard++) {
    p = skip_fwd(c, p, lim);
    if (p < lim && (mi = c->mstart[p]) >= 0 &&
        is_agent(ent_type(c, ment_ent(c, mi))) &&
        (q = skip_fwd(c, c->a->m[mi].ce, lim)) < lim &&
        (l = pg_reltab_at(c->t, PG_W_ISSUE, c->s, q, lim, NULL)) &&
        q + l < lim && c->s[q + l] == 0x7684) {
      p = q + l + 1; /* 通过中国提出的X决议: X, proposed by whom it says */
      continue;
    }
    if (p < lim && c->mstart[p] >= 0)
      break;
    if (p < lim && c->dstart[p] >= 0 &&
        (q = skip_fwd(c, c->dx[c->dstart[p]].e, lim)) < lim &&
        c->mstart[q] >= 0) {
      p = q; /* 发布2024年《中国水资源公报》 */
      continue;
    }
    if (p + 1 < lim && c->s[p] == 0x5E76) { /* 提出并积极践行X: X */
      for (q = p + 1; q < lim && q <= p + 5 && c->mstart[q] < 0 &&
                      pg_is_han(c->s[q]);
           q++)
        ;
      if (q > p + 1 && q < lim && q <= p + 5 && c->mstart[q] >= 0 &&
          ok(ent_type(c, ment_ent(c, c->mstart[q])))) {
        p = q;
        break;
      }
    }
    if ((l = pg_reltab_at(c->t, PG_W_FILL, c->s, p, lim, NULL))) {
      p += l;
      continue;
    }
    if (p < lim && c->mstart[p] < 0 && (q = coordinated_after(c, p, lim, ok)) > p)
      p = q; /* 提出…的目标方向和“十大伙伴行动”: the named one after 和 */
    break;
  }
  while (k < MAX_LIST && p < lim && (mi = c->mstart[p]) >= 0 &&
         ok(ent_type(c, ment_ent(c, mi)))) {
    out[k++] = ment_ent(c, mi);
    p = skip_fwd(c, c->a->m[mi].ce, lim);
    if (p < lim && c->mstart[p] >= 0)
      continue;
    q = p;
    if ((l = pg_reltab_at(c->t, PG_W_COORD, c->s, q, lim, NULL)) &&
        (q = skip_fwd(c, q + l, lim)) < lim && c->mstart[q] >= 0 &&
        ok(ent_type(c, ment_ent(c, c->mstart[q]))))
      p = q;
    else
      break;
  }
  if (k && p < lim && c->s[p] == 0x7B49) /* 等 */
    p++;
  if (k && p + 2 < lim && c->s[p] == 0x7684 && pg_is_han(c->s[p + 1]) &&
      c->mstart[p + 1] < 0 && !is_clause_end(c->s[p + 1]) &&
      !(c->s[p + 1] == 0x901A && c->s[p + 2] == 0x77E5) && /* 通知 */
      !pg_reltab_at(c->t, PG_W_ISSUE, c->s, p, lim, NULL)) /* 的致辞 */
    k = 0; /* 签署了共建“一带一路”的合作文件: what is signed is the paper */
  *endp = p;
  return k;
}

/* ------------------------------------------------------------ events */

/* Does entity e's label end with word (会议: 中央经济工作会议)? */
static int label_ends(const rctx *c, int e, const char *word)
{
  const char *lab = c->a->ent[e].label;
  size_t ll = strlen(lab), wl = strlen(word);

  return ll >= wl && !strcmp(lab + ll - wl, word);
}

/* The last event mentioned in (lo, p] whose label ends with word (any
 * event when word is NULL, but not a congress by its short name: 贯彻党的
 * 二十大精神…出席开幕式 is no attendance of it), or -1. */
static int event_in(const rctx *c, size_t p, size_t lo, const char *word)
{
  size_t i;
  int mi, e;

  for (i = p; i > lo; i--) {
    mi = c->mend[i];
    e = ment_ent(c, mi);
    if (mi >= 0 && ent_type(c, e) == PG_T_EVENT &&
        (word || strcmp(c->a->m[mi].rule, "event.congress")) &&
        (!word || label_ends(c, e, word)))
      return e;
  }
  return -1;
}

/* The same in the current sentence before p. */
static int event_before(const rctx *c, size_t p, const char *word)
{
  return event_in(c, p, reach(p, c->sb), word);
}

/* The same in the sentences of the current paragraph before the current
 * sentence (within MAX_REACH). */
static int event_in_paragraph(const rctx *c, const char *word)
{
  size_t lo = c->sb;

  while (lo > reach(c->sb, 0) && c->s[lo - 1] != '\n')
    lo--;
  return event_in(c, c->sb, lo, word);
}

/* The event named most often among those first named before p (the
 * earliest on a tie), or -1. */
static int main_event_before(const rctx *c, size_t p)
{
  size_t i;
  int best = -1;

  for (i = 0; i < c->a->ne; i++) {
    const pg_entity *x = &c->a->ent[i];
    if (x->type != PG_T_EVENT || !x->n_mention ||
        c->a->m[x->mention[0]].cb >= p)
      continue;
    if (best < 0 || x->n_mention > c->a->ent[best].n_mention ||
        (x->n_mention == c->a->ent[best].n_mention &&
         c->a->m[x->mention[0]].cb <
             c->a->m[c->a->ent[best].mention[0]].cb))
      best = (int)i;
  }
  return best;
}

/* Resolves an event-referring noun s[p..p+l) ("峰会", "会议"). */
static int resolve_event_ref(const rctx *c, size_t p, size_t l, int generic)
{
  char *w = pg_utf8_encode(c->s + p, l);
  int e = -1;

  if (!w)
    return -1;
  e = event_before(c, p, generic ? NULL : w);
  if (e < 0 && !generic)
    e = event_in_paragraph(c, w); /* …大会在南宁召开。大会…发布: the
                                     sentence before, in its paragraph */
  if (e < 0 && c->main_event >= 0) {
    const pg_entity *me = &c->a->ent[c->main_event];
    if (generic ? me->n_mention && c->a->m[me->mention[0]].cb < p
                : label_ends(c, c->main_event, w))
      e = c->main_event; /* 会议 alone: only an event named before it */
  }
  if (e < 0 && generic)
    e = main_event_before(c, p); /* …常委会第十次会议…开幕。会议审议通过
                                    关于召开…第三次会议的决定: the meeting
                                    named before, not the one after */
  free(w);
  return e;
}

/* Is a bare noun starting at p a word of its own, not the tail of a
 * name the recognizer missed (中央经济工作会议)?  It must open the clause
 * or follow an attendance verb or a demonstrative (本届论坛). */
static int standalone(const rctx *c, size_t p, size_t lo)
{
  size_t q = skip_back(c, p, lo);

  return q <= lo || !pg_is_han(c->s[q - 1]) ||
         pg_reltab_before(c->t, PG_W_ATTEND, c->s, lo, q) ||
         pg_reltab_before(c->t, PG_W_DEMONSTRATIVE, c->s, lo, q) ||
         c->s[q - 1] == 0x5C4A; /* 届 */
}

/* An event named by a bare noun or "与会各方" ending at p, or -1. */
static int event_subject_before(const rctx *c, size_t p, size_t lo)
{
  size_t l;

  p = skip_adverbs_back(c, p, lo);
  if (c->mend[p] >= 0)
    return -1;
  if ((l = pg_reltab_before(c->t, PG_W_PARTICIPANTS, c->s, lo, p)) &&
      standalone(c, p - l, lo))
    return resolve_event_ref(c, p - l, 0, 1);
  if ((l = pg_reltab_before(c->t, PG_W_EVENT_REF, c->s, lo, p)) &&
      standalone(c, p - l, lo))
    return resolve_event_ref(
        c, p - l, l,
        pg_reltab_before(c->t, PG_W_GENERIC_EVENT_REF, c->s, lo, p) == l);
  return -1;
}

/* ------------------------------------------------------------ rules */

/* The object of a passive clause "该办法由X制定" (or "该联盟由X发起",
 * with is_type is_org): the entity at the clause start, or the last one
 * before it whose label ends with the noun after a demonstrative. */
static int passive_ref(const rctx *c, const clause *k, size_t by,
                       int (*is_type)(pg_etype))
{
  size_t p = k->body, l, q, lo;
  int mi = p < k->e ? c->mstart[p] : -1, e;
  char *head;
  int best = -1;

  if (mi >= 0 && is_type(ent_type(c, ment_ent(c, mi))))
    return ment_ent(c, mi);
  if (p == by && k > c->cl) {
    /* 《X》一书，近日由Y出版: the clause is 由 alone; the work closes the
     * clause before it (after it only a measure such as 一书, 一文) */
    const clause *pk = k - 1;
    q = skip_back(c, pk->e, pk->b);
    if (q >= pk->b + 2 && c->mend[q] < 0 && c->s[q - 2] == 0x4E00 /* 一 */)
      q = skip_back(c, q - 2, pk->b);
    if ((mi = c->mend[q]) >= 0 && is_type(ent_type(c, e = ment_ent(c, mi))))
      return e;
    return -1;
  }
  if (!(l = pg_reltab_at(c->t, PG_W_DEMONSTRATIVE, c->s, p, by, NULL)) ||
      p + l >= by)
    return -1;
  if (!(head = pg_utf8_encode(c->s + p + l, by - p - l)))
    return -1;
  /* the nearest work before, within a few paragraphs */
  lo = p > 2000 ? p - 2000 : 0;
  for (q = p; q > lo && best < 0; q--) {
    const char *lab;
    if ((mi = c->mend[q]) < 0 || !is_type(ent_type(c, e = ment_ent(c, mi))))
      continue;
    lab = c->a->ent[e].label;
    if (strlen(lab) > strlen(head) &&
        !strcmp(lab + strlen(lab) - strlen(head), head))
      best = e;
  }
  free(head);
  return best;
}

static int passive_object(const rctx *c, const clause *k, size_t by)
{
  return passive_ref(c, k, by, pg_etype_is_work);
}

/* Is the event mention mi introduced by 在 (在<event>上) or by a held
 * phrase (举办的<event>)? */
static int located_event(const rctx *c, int mi, size_t lo)
{
  size_t q = skip_adverbs_back(c, c->a->m[mi].cb, lo);

  if (q > lo && pg_reltab_before(c->t, PG_W_LOCATIVE, c->s, lo, q))
    return 1;
  return q > lo + 1 && c->s[q - 1] == 0x7684 && /* 的 */
         pg_reltab_before(c->t, PG_W_HOLD, c->s, lo, q - 1);
}

/* The event of "在<event>上/期间" in clause k before t, or in the clause
 * before it when that one opens with a preposition; -1 if none. */
static int event_at(const rctx *c, size_t k, size_t t)
{
  size_t p, round;
  int mi, e;

  for (round = 0; round < 2; round++) {
    for (p = t; p > reach(t, c->cl[k].b); p--)
      if ((mi = c->mend[p]) >= 0 &&
          is_event(ent_type(c, e = ment_ent(c, mi))) &&
          located_event(c, mi, c->cl[k].b))
        return e;
    if (!k || c->cl[k - 1].state != CL_NONE)
      return -1;
    t = c->cl[--k].e;
  }
  return -1;
}

/* The event that is the subject of an earlier clause of the sentence
 * ("峰会在英国举行，中国与美国…签署《宣言》"), unless a clause with an
 * unknown subject stands between; -1 if none. */
static int chain_event(const rctx *c, size_t k)
{
  while (k > 0 && c->cl[k].state != CL_UNKNOWN) {
    k--;
    if (c->cl[k].state == CL_EXPLICIT && is_event(ent_type(c, c->cl[k].subj)))
      return c->cl[k].subj;
  }
  return -1;
}

static int is_assembly(const rctx *c, int e)
{
  return ent_type(c, e) == PG_T_ORGANIZATION &&
         pg_reltab_suffix(c->t, PG_W_ASSEMBLY, c->a->ent[e].label);
}

/* The event of a clause opening "会上," or "大会上," (clause k or the one
 * before it in the sentence), or -1. */
static int opening_event(const rctx *c, size_t k)
{
  size_t j, p, l;

  for (j = k + 1; j-- > 0 && j + 1 >= k;) {
    const clause *cl = &c->cl[j];
    p = cl->body;
    if (p >= cl->e)
      continue;
    if (!(l = pg_reltab_at(c->t, PG_W_EVENT_REF, c->s, p, cl->e, NULL)) &&
        c->s[p] == 0x4F1A) /* 会上 */
      l = 1;
    if (l && p + l < cl->e + 1 && c->s[p + l] == 0x4E0A) /* 上 */
      return resolve_event_ref(
          c, p, l,
          l == 1 || pg_reltab_at(c->t, PG_W_GENERIC_EVENT_REF, c->s, p,
                                 cl->e, NULL) == l);
    if (j == 0)
      break;
  }
  return -1;
}

#define DATE_FACT_WINDOW 4000 /* facts searched back for an event's date */

/* The latest date fact of entity e among the last DATE_FACT_WINDOW facts
 * (an event is dated where it is introduced, shortly before the works
 * that came out at it; a bounded search keeps a long document linear),
 * or NULL. */
/* The end date the facts so far give event e (开幕…闭幕), or NULL. */
static const pg_fact *end_date_fact(const rctx *c, int e)
{
  size_t i, n = c->a->nf;

  for (i = n; i-- > 0 && n - i <= DATE_FACT_WINDOW;)
    if (c->a->f[i].subj == e && c->a->f[i].pred == PG_P_ENDDATE &&
        c->a->f[i].lit)
      return &c->a->f[i];
  return NULL;
}

static const pg_fact *date_fact(const rctx *c, int e)
{
  size_t i, n = c->a->nf;

  for (i = n; i-- > 0 && n - i <= DATE_FACT_WINDOW;)
    if (c->a->f[i].subj == e && c->a->f[i].pred == PG_P_DATE &&
        c->a->f[i].lit)
      return &c->a->f[i];
  return NULL;
}

/* Is event e dated to the day (a meeting of one day: 7月4日出席…会议)? */
static int day_date(const rctx *c, int e)
{
  const pg_fact *df = date_fact(c, e);

  return df && df->lt == PG_LIT_DATE;
}

/* Is the verb at t 提出 (proposes, where other issue verbs adopt)? */
static int proposes(const rctx *c, size_t t)
{
  return t + 1 < c->n && c->s[t] == 0x63D0 && c->s[t + 1] == 0x51FA;
}

/* Emits proposedBy / adoptedAt / date for works obj[] and agents ag[]. */
static void emit_issue(rctx *c, const int *obj, size_t no, const int *ag,
                       size_t na, unsigned flags, int inherited, int di,
                       size_t t, const char *rule)
{
  size_t i, j;
  int has_event, ev, adopted;

  for (i = 0; i < no; i++) {
    int decl = ent_type(c, obj[i]) == PG_T_DECLARATION;
    size_t nf0 = c->a->nf, f;
    has_event = 0;
    adopted = -1;
    for (j = 0; j < na; j++) {
      if (ent_type(c, ag[j]) == PG_T_EVENT) {
        /* 峰会发表了《…规划纲要》: what a meeting issues is adopted there,
         * whatever its type; but 中央经济工作会议提出…行动 proposes */
        int propose = proposes(c, t);
        has_event = 1;
        if (decl || !propose)
          add_fact(c, obj[i], PG_P_ADOPTEDAT, ag[j], NULL, PG_LIT_NONE,
                   "rel.adopted.event-verb-declaration");
        else if (!(flags & PG_WF_ADOPT))
          add_fact(c, obj[i], PG_P_PROPOSEDBY, ag[j], NULL, PG_LIT_NONE,
                   rule);
      } else if (!(decl && (flags & PG_WF_ADOPT) && is_assembly(c, ag[j])))
        add_fact(c, obj[i], PG_P_PROPOSEDBY, ag[j], NULL, PG_LIT_NONE, rule);
    }
    if (flags & PG_WF_DELIVERED)
      ; /* 在大会开幕式上，党中央致词《X》: spoken there, not adopted */
    else if (decl && !has_event && (ev = event_at(c, clause_of(c, t), t)) >= 0)
      add_fact(c, obj[i], PG_P_ADOPTEDAT, ev, NULL, PG_LIT_NONE,
               "rel.adopted.at-event");
    else if (decl && !has_event && (ev = chain_event(c, clause_of(c, t))) >= 0)
      add_fact(c, obj[i], PG_P_ADOPTEDAT, ev, NULL, PG_LIT_NONE,
               "rel.adopted.at-event");
    else if (decl && !has_event && inherited &&
             (ev = event_before(c, t, NULL)) >= 0)
      add_fact(c, obj[i], PG_P_ADOPTEDAT, ev, NULL, PG_LIT_NONE,
               "rel.adopted.event-in-sentence");
    for (f = nf0; f < c->a->nf; f++)
      if (c->a->f[f].pred == PG_P_ADOPTEDAT && c->a->f[f].subj == obj[i])
        adopted = c->a->f[f].obj;
    if (di >= 0) {
      emit_date(c, obj[i], di, "rel.date.clause-work");
    } else if ((ev = opening_event(c, clause_of(c, t))) >= 0 ||
               (adopted >= 0 && (end_date_fact(c, ev = adopted) ||
                                 day_date(c, adopted)))) {
      /* 会上，X发布《Y》: Y is dated by the event it came out at; a
       * declaration adopted at a session of several days, by its last; at
       * one of a single day, by that day (one dated by a month only may
       * be older: 今年2月…峰会在法国举办，…出席峰会并共同发布《X》) */
      const pg_fact *df = ev == adopted ? end_date_fact(c, ev) : NULL;
      if (!df)
        df = date_fact(c, ev);
      if (df) {
        char *lit = strdup(df->lit);
        if (!lit)
          c->oom = 1;
        else
          add_fact(c, obj[i], PG_P_DATE, -1, lit, df->lt, "rel.date.at-event");
        free(lit);
      }
    }
  }
}

/* The coordinated agents opening the clause that names the effective
 * subject of clause k (美国、欧盟等…; 深圳市与X签署…, 并共同发布…).
 * Returns their count. */
static size_t clause_subjects(const rctx *c, size_t k, int *out)
{
  const clause *sk;
  size_t p, l, n = 0;
  int mi;

  if (c->cl[k].eff < 0 || c->cl[k].effk < 0)
    return 0;
  sk = &c->cl[c->cl[k].effk];
  p = sk->body;
  if (p < sk->e && (mi = c->mstart[p]) >= 0 &&
      ent_type(c, ment_ent(c, mi)) == PG_T_ORGANIZATION) {
    size_t q; /* 新华社北京6月3日电  国务院总理李强…: a dateline, no actor */
    for (q = c->a->m[mi].ce; q < sk->e && q < c->a->m[mi].ce + 14; q++)
      if (c->dstart[q] >= 0 && c->dx[c->dstart[q]].e < sk->e &&
          c->s[c->dx[c->dstart[q]].e] == 0x7535) { /* <date>电 */
        p = skip_fwd(c, c->dx[c->dstart[q]].e + 1, sk->e);
        break;
      }
  }
  if (p < sk->e && (mi = c->mstart[p]) >= 0 &&
      ent_type(c, ment_ent(c, mi)) == PG_T_ORGANIZATION) {
    size_t pe = chain_person_end(c, p, sk->e), pb, q;
    int pm = pe ? c->mend[pe] : -1;
    if (pm >= 0) {
      pb = c->a->m[pm].cb;
      for (q = p; q < pb && c->s[q] != 0x3001; q++)
        ;
      if (q < pb || (c->mend[pb] >= 0 && ent_type(c, ment_ent(c, c->mend[pb])) ==
                                              PG_T_ORGANIZATION)) {
        out[n++] = ment_ent(c, pm); /* 研究院首席经济学家、南开大学刘刚教授…，
                                       发布了《X》: the person acts (国务院总理
                                       李强 acts with the body, below) */
        return n;
      }
    }
  }
  while (n < MAX_LIST && p < sk->e && (mi = c->mstart[p]) >= 0 &&
         is_agent(ent_type(c, ment_ent(c, mi)))) {
    int u;
    out[n++] = ment_ent(c, mi);
    while (c->a->m[mi].ce < sk->e && (u = c->mstart[c->a->m[mi].ce]) >= 0 &&
           ent_type(c, ment_ent(c, u)) == PG_T_ORGANIZATION &&
           (ent_type(c, out[n - 1]) == PG_T_ORGANIZATION ||
            ent_type(c, out[n - 1]) == PG_T_PLACE)) {
      out[n - 1] = ment_ent(c, u); /* 美国参议院|外交委员会: the unit */
      mi = u;
    }
    if (ent_type(c, out[n - 1]) == PG_T_ORGANIZATION && n < MAX_LIST) {
      size_t q; /* 国务院总理|李强: the post's holder acts with the body */
      for (q = c->a->m[mi].ce + 1; q < sk->e && q <= c->a->m[mi].ce + 6 &&
                                   pg_is_han(c->s[q - 1]) && c->mstart[q] < 0;
           q++)
        ;
      if (q < sk->e && q <= c->a->m[mi].ce + 6 && (u = c->mstart[q]) >= 0 &&
          ent_type(c, ment_ent(c, u)) == PG_T_PERSON) {
        out[n++] = ment_ent(c, u);
        mi = u;
      }
    }
    p = skip_fwd(c, c->a->m[mi].ce, sk->e);
    if (!(l = pg_reltab_at(c->t, PG_W_COORD, c->s, p, sk->e, NULL)))
      break;
    p = skip_fwd(c, p + l, sk->e);
  }
  return n;
}

/* The event a bare noun names at the start of the clause that clause k,
 * having no subject of its own, continues (全会听取…，审议通过了《X》:
 * 全会), or -1. */
static int clause_event_subject(const rctx *c, size_t k)
{
  const clause *sk;
  size_t p, l, j = k;

  while (j > 0 && c->cl[j].state == CL_NONE)
    j--; /* clauses with no subject of their own */
  if (j == k)
    return -1;
  sk = &c->cl[j];
  p = sk->body;
  if (p < sk->e && c->mstart[p] < 0 &&
      (l = pg_reltab_at(c->t, PG_W_PARTICIPANTS, c->s, p, sk->e, NULL)) &&
      p + l < sk->e && pg_is_han(c->s[p + l]))
    return resolve_event_ref(c, p, 0, 1); /* 与会领导人签署…，批准… */
  if (p >= sk->e || c->mstart[p] >= 0 ||
      !(l = pg_reltab_at(c->t, PG_W_EVENT_REF, c->s, p, sk->e, NULL)) ||
      p + l >= sk->e || !pg_is_han(c->s[p + l]))
    return -1;
  return resolve_event_ref(c, p, l,
                           pg_reltab_at(c->t, PG_W_GENERIC_EVENT_REF, c->s, p,
                                        sk->e, NULL) == l);
}

/* The meeting whose parties open clause k right before the verb at t
 * (会议…。三方共同发表《X》: the meeting named before), or -1. */
static int parties_event(const rctx *c, const clause *k, size_t t)
{
  size_t l = k->pron, p;

  if (!l || !(k->pflags & PG_WF_PARTIES))
    return -1;
  for (p = skip_fwd(c, k->body + l, t); p < t;
       p = skip_fwd(c, p + l, t)) /* 三方共同发表: adverbs only between */
    if (!(l = pg_reltab_at(c->t, PG_W_ADVERB, c->s, p, t, NULL)))
      return -1;
  return resolve_event_ref(c, k->body, 0, 1);
}

/* A work opening the clause and standing right before the verb (past
 * adverbs and dates): 《X》正式发布.  Stores it in *obj; returns 1. */
static int topic_work(const rctx *c, const clause *k, size_t t, int *obj)
{
  int mi = k->body < k->e ? c->mstart[k->body] : -1;
  size_t q = skip_back(c, skip_adverbs_back(c, t, k->b), k->b);

  /* 总投资283亿元的华晨宝马新工厂项目开工: a modifier ending in 的 first;
   * 第一部成文的土地法——《井冈山土地法》颁布: or an apposition */
  if (mi < 0 && (mi = c->mend[q]) >= 0 && c->a->m[mi].cb > k->body &&
      (c->s[c->a->m[mi].cb - 1] == 0x7684 || /* 的 */
       pg_is_dash(c->s[skip_back(c, c->a->m[mi].cb, k->body) - 1])) &&
      pg_etype_is_work(ent_type(c, ment_ent(c, mi)))) {
    *obj = ment_ent(c, mi);
    return 1;
  }
  if (mi < 0 || !pg_etype_is_work(ent_type(c, ment_ent(c, mi))) ||
      q != c->a->m[mi].ce)
    return 0;
  *obj = ment_ent(c, mi);
  return 1;
}

/* An official document's works take the document's date. */
static void emit_doc_date(rctx *c, const int *obj, size_t no)
{
  char buf[16];
  pg_littype lt = pg_ymd_format(&c->doc, 0, buf, sizeof buf);
  size_t i;

  for (i = 0; i < no; i++)
    add_fact(c, obj[i], PG_P_DATE, -1, buf, lt, "rel.date.notice");
}

/* The speaker of a speech: a title line, a dateline in parentheses
 * (（2023年10月18日，北京）) and a line naming one person, with a title
 * perhaps (中华人民共和国主席 习近平), right after or right before the
 * dateline, within the first lines; or -1. */
static int speaker(const rctx *c)
{
  size_t p = 0, line, b, e;
  int dated = 0, who = -1;

  for (line = 0; line < 5 && p < c->n; line++) {
    for (b = p; b < c->n && pg_is_space(c->s[b]); b++)
      ;
    for (e = b; e < c->n && c->s[e] != '\n'; e++)
      ;
    if (e > b && (c->s[b] == 0xFF08 || c->s[b] == '(') && e - b < 40 &&
        c->dstart[b + 1] >= 0) {
      if (who >= 0)
        return who; /* the name line right before the dateline */
      dated = 1; /* （2023年10月18日，北京） */
    } else if (e > b && e - b < 24) {
      size_t q;
      who = -1;
      for (q = b; q < e; q++)
        if (c->mstart[q] >= 0 &&
            ent_type(c, ment_ent(c, c->mstart[q])) == PG_T_PERSON &&
            c->a->m[c->mstart[q]].ce == e)
          who = ment_ent(c, c->mstart[q]);
      if (dated)
        return who; /* the line after the dateline, ending with the name */
    } else
      who = -1;
    p = e + 1;
  }
  return -1;
}

/* The date of what a speaker says they proposed (去年，我提出了X: last
 * year), or -1 when the clause counts from it (今年是我提出X十周年). */
static int recalled_date(rctx *c, size_t k, size_t t)
{
  size_t p;

  for (p = c->cl[k].b; p < t; p++)
    if (c->s[p] == 0x662F && p + 1 < t && c->s[p + 1] == 0x6211) /* 是我 */
      return -1;
  return date_for(c, k, t);
}

/* Does 我 (I, not 我们, 我国…) stand right before the verb at t? */
static int first_person_before(const rctx *c, size_t t, size_t lo)
{
  size_t q = skip_adverbs_back(c, t, lo), r;

  if (q > lo && c->s[q - 1] == 0x6211 && c->mend[q] < 0) /* 我 */
    return 1;
  for (r = q; r > lo && r + 16 > q; r--) { /* 我在这里提出, 我于…提出 */
    uint32_t ch = c->s[r - 1];
    if (ch == 0xFF0C || ch == 0x3002 || ch == 0xFF1B || ch == '\n')
      break;
    if (ch == 0x6211 && r < q && (c->s[r] == 0x5728 || c->s[r] == 0x4E8E) &&
        c->mend[r] < 0)
      return 1;
  }
  return 0;
}

/* The person whose words the paragraph reports, when 我 at t is theirs:
 * the paragraph opens with a person and a verb of saying before its
 * first comma or colon (习近平强调，……我提出全球发展倡议: 习近平); or -1.
 * A second person opening a clause of saying ends the search. */
static int reporter_before(const rctx *c, size_t t)
{
  size_t b = t, p, q;
  int who = -1;

  while (b > 0 && c->s[b - 1] != '\n')
    b--;
  for (p = b; p < t; p++) {
    int mi = c->mstart[p], e;
    size_t ce;
    if (mi < 0 || ent_type(c, e = ment_ent(c, mi)) != PG_T_PERSON)
      continue;
    ce = c->a->m[mi].ce;
    for (q = ce; q < t && q < ce + 40 && c->s[q] != 0xFF0C &&
                 c->s[q] != 0xFF1A && c->s[q] != 0x3002 && c->s[q] != '\n';
         q++)
      ;
    if (q < t && (c->s[q] == 0xFF0C || c->s[q] == 0xFF1A) &&
        pg_reltab_before(c->t, PG_W_REPORT, c->s, ce, q)) {
      who = e; /* the latest person who speaks before t; others named */
      p = q;   /* before the verb are not (习近平会见X时表示，) */
      continue;
    }
    if (who < 0)
      return -1; /* the paragraph opens with a person who does not speak */
    p = ce - 1;
  }
  return who;
}

/* The meeting the subject of clause k holds in the clause naming it
 * (习近平主持召开中央深改委第五次会议，审议通过…: the meeting), or -1. */
static int held_in_subject_clause(const rctx *c, size_t k)
{
  int j = c->cl[k].effk, mi;
  size_t p;

  if (j < 0 || (size_t)j >= k)
    return -1;
  for (p = c->cl[j].b; p < c->cl[j].e; p++)
    if ((mi = c->mstart[p]) >= 0 && is_event(ent_type(c, ment_ent(c, mi))) &&
        pg_reltab_before(c->t, PG_W_HOLD, c->s, c->cl[j].b, p))
      return ment_ent(c, mi);
  return -1;
}

/* The items of the enumeration (the recognizer's work.enumeration
 * mentions) found from q to lim: up to another enumeration's 一是, and,
 * when kind is given, up to an item not closed by its two characters.
 * Returns how many. */
static size_t enumeration_items(const rctx *c, size_t q, size_t lim,
                                const uint32_t *kind, int *out)
{
  size_t k = 0;
  int mi;

  for (; q < c->n && q < lim && k < MAX_LIST; q++) {
    const pg_mention *m;
    if ((mi = c->mstart[q]) < 0 ||
        strcmp((m = &c->a->m[mi])->rule, "work.enumeration"))
      continue;
    if ((k && c->s[q - 2] == 0x4E00) || /* 一是: another enumeration */
        (kind && (m->ce < m->cb + 2 || c->s[m->ce - 2] != kind[0] ||
                  c->s[m->ce - 1] != kind[1])))
      break;
    out[k++] = ment_ent(c, mi);
    q = m->ce;
  }
  return k;
}

/* 启动五大工程，…。一是团结工程。…二是发展工程。: a count and a kind
 * right after the verb (五大工程, 三项工程), and, later in the text, an
 * enumeration whose items are of that kind: the items are the verb's
 * objects.  Returns how many. */
static size_t enumerated_later(const rctx *c, size_t te, int *out)
{
  size_t p = te;

  if (p < c->n && c->s[p] == 0x4E86) /* 了 */
    p++;
  if (p + 4 > c->n ||
      !(wcschr(L"一二两三四五六七八九十", (wchar_t)c->s[p]) ||
        (c->s[p] >= '0' && c->s[p] <= '9')) ||
      (c->s[p + 1] != 0x5927 && c->s[p + 1] != 0x9879)) /* 大 项 */
    return 0;
  return enumeration_items(c, p + 4, p + 1500, c->s + p + 2, out);
}

/* 提出5项倡议：一是A倡议。二是B倡议。: the items of an enumeration (the
 * recognizer's work.enumeration) right after the verb, a count, a noun
 * and a colon are its objects.  Returns how many. */
static size_t enumerated_after(const rctx *c, size_t te, int *out)
{
  size_t p = te, lim;
  int mi;

  if (p < c->n && c->s[p] == 0x4E86) /* 了 */
    p++;
  for (lim = p + 8; p < c->n && p < lim &&
                   (pg_is_han(c->s[p]) || (c->s[p] >= '0' && c->s[p] <= '9'));
       p++)
    ;
  if (p == te || p >= c->n || (c->s[p] != ':' && c->s[p] != 0xFF1A) ||
      p + 3 >= c->n || (mi = c->mstart[p + 3]) < 0 ||
      strcmp(c->a->m[mi].rule, "work.enumeration"))
    return enumerated_later(c, te, out);
  return enumeration_items(c, p + 3, p + 3 + 4000, NULL, out);
}

/* Does the text spell the UTF-8 word w at p?  Its length, or 0. */
static size_t spells_at(const rctx *c, size_t p, const char *w)
{
  return pg_utf8_spells(c->s, c->n, p, w);
}

/* Does the clause clause k takes its subject from end in a verb of
 * advising (张桃林建议，编制实施…规划: a proposal that someone act, not an
 * act of the subject's)? */
static int advised(const rctx *c, size_t k)
{
  static const char *const verbs[] = {"建议", "呼吁", "提议", "希望", "主张",
                                      "要求"};
  const clause *sk;
  size_t e, i;

  if (c->cl[k].effk < 0 || (size_t)c->cl[k].effk >= k)
    return 0;
  sk = &c->cl[c->cl[k].effk];
  for (e = sk->e; e > sk->b && !pg_is_han(c->s[e - 1]); e--)
    ;
  for (i = 0; i < sizeof verbs / sizeof *verbs; i++)
    if (e >= sk->b + 2 && spells_at(c, e - 2, verbs[i]))
      return 1;
  return 0;
}

/* 提出/发布/通过…: works issued by agents. */
static void rule_issue(rctx *c, size_t t, size_t te, unsigned flags)
{
  size_t k = clause_of(c, t), first, endp, q, no = 0, na;
  const clause *cl = &c->cl[k];
  int obj[MAX_LIST], ag[MAX_LIST], attr, inherited = 0, notice = 0, ev, di;
  const char *rule = "rel.proposed.subject-verb-work";

  if (t >= 1 && (c->s[t - 1] == 0x5C06 || c->s[t - 1] == 0x62DF) &&
      c->mend[t] < 0 && !(t >= 2 && c->s[t - 2] == 0x73B0)) /* 将, 拟 */
    return; /* 全会将制定…规划: to be made, not made (现将《X》印发 is) */

  attr = te < cl->e && c->s[te] == 0x7684; /* 的 */
  na = agents_before(c, t, cl->b, ag, &first);
  q = skip_back(c, first, cl->b);
  if (na && q > cl->b && pg_reltab_before(c->t, PG_W_PASSIVE, c->s, cl->b, q) &&
      (obj[0] = passive_object(c, cl, q - 1)) >= 0) {
    no = 1;
    rule = "rel.proposed.passive";
  } else { /* 由A、B共同发起《X》 with no work before 由: A and B issue X */
    no = objects_after(c, attr ? te + 1 : te, cl->e, pg_etype_is_work, obj, &endp);
    if (no && (flags & PG_WF_END) && !attr) {
      q = skip_fwd(c, endp, c->se);
      if (endp > t && c->s[endp - 1] == 0x7B49) { /* 等 */
        for (first = q; q < c->se && q < first + 4 && pg_is_han(c->s[q]);)
          q++; /* 通过《X》等成果文件。: documents, not a means */
        if (q < first + 2 || !((c->s[q - 2] == 0x6587 && c->s[q - 1] == 0x4EF6) ||
                               (c->s[q - 2] == 0x6210 && c->s[q - 1] == 0x679C)))
          q = first; /* 文件, 成果 */
      }
      if (q < c->se && !is_clause_end(c->s[q]) && c->s[q] != 0x7684)
        return; /* 通过X强化…: "by means of", not "adopt" */
    }
    if (!no && attr && na) { /* 全球发展倡议是习近平主席提出的(重要倡议) */
      q = skip_back(c, first, cl->b);
      if (q > cl->b + 1 && c->s[q - 1] == 0x662F && /* 是 */
          c->mend[skip_back(c, q - 1, cl->b)] >= 0 &&
          pg_etype_is_work(ent_type(
              c, ment_ent(c, c->mend[skip_back(c, q - 1, cl->b)])))) {
        obj[no++] = ment_ent(c, c->mend[skip_back(c, q - 1, cl->b)]);
        rule = "rel.proposed.copula";
      }
    }
    if (!no && !attr && (no = enumerated_after(c, te, obj)))
      rule = "rel.proposed.enumeration";
    if (!no && !attr) { /* 现将《X》印发: the object before the verb */
      q = skip_back(c, t, cl->b);
      if (c->mend[q] >= 0 && pg_etype_is_work(ent_type(c, ment_ent(c, c->mend[q])))) {
        size_t mb = skip_back(c, c->a->m[c->mend[q]].cb, cl->b);
        if (mb > cl->b && c->s[mb - 1] == 0x5C06) { /* 将 */
          obj[no++] = ment_ent(c, c->mend[q]);
          na = 0;
          notice = 1;
        }
      }
    }
    if (!no && !attr && !na && topic_work(c, cl, t, obj)) {
      /* 《X》于2024年3月正式发布: the date only, no agent named */
      emit_date(c, obj[0], date_for(c, k, t), "rel.date.topic-work");
      return;
    }
  }
  if (!no)
    return;
  if (pg_reltab_before(c->t, PG_W_ADVERB, c->s, cl->b, t) == 2 &&
      c->s[t - 2] == 0x5173 && c->s[t - 1] == 0x4E8E) /* X关于印发Y的通知 */
    notice = 1;
  if (attr && strcmp(rule, "rel.proposed.copula"))
    rule = "rel.proposed.attributive";
  if (!na && (ev = event_subject_before(c, t, cl->b)) >= 0)
    ag[na++] = ev;
  if (!na && !attr && !notice && !advised(c, k) &&
      (na = clause_subjects(c, k, ag))) {
    inherited = 1;
    rule = "rel.proposed.clause-subject";
    if ((flags & PG_WF_ADOPT) && (ev = held_in_subject_clause(c, k)) >= 0) {
      ag[0] = ev; /* X主持召开<meeting>，审议通过《Y》: the meeting adopts */
      na = 1;
    }
  }
  if (!na && !attr && !notice && (ev = clause_event_subject(c, k)) >= 0) {
    ag[na++] = ev;
    inherited = 1;
    rule = "rel.proposed.clause-subject";
  }
  if (!na && !attr && !notice && cl->state == CL_PRONOUN &&
      !proposes(c, t) &&
      (ev = parties_event(c, cl, t)) >= 0) {
    ag[na++] = ev; /* 三方发表《X》: X is adopted at the meeting */
    inherited = 1;
  }
  if (!na && notice && c->issuer >= 0) {
    ag[na++] = c->issuer;
    rule = "rel.proposed.notice-issuer";
  }
  if (!na && !attr && c->speaker >= 0 && first_person_before(c, t, cl->b)) {
    /* 我提出共建“一带一路”倡议: in a speech, the speaker (the date of
     * what the speaker recalls is not the clause's: 今年是我提出…10周年) */
    ag[na++] = c->speaker;
    emit_issue(c, obj, no, ag, na, flags, 0, recalled_date(c, k, t), t,
               "rel.proposed.speaker");
    return;
  }
  if (!na && !attr && first_person_before(c, t, cl->b) &&
      (ev = reporter_before(c, t)) >= 0) {
    /* 习近平强调，……我提出全球发展倡议: the person the paragraph quotes */
    ag[na++] = ev;
    emit_issue(c, obj, no, ag, na, flags, 0, recalled_date(c, k, t), t,
               "rel.proposed.reported-speaker");
    return;
  }
  di = date_for(c, k, t);
  if (di < 0 && cl->state == CL_PRONOUN && (cl->pflags & PG_WF_AFTER))
    di = date_before(c, c->sb); /* …举行会谈。双方发表《X》: that day */
  if (di < 0 && inherited && cl->effk >= 0 && (size_t)cl->effk < k)
    di = date_for(c, (size_t)cl->effk, c->cl[cl->effk].e);
  /* X21日以…票，通过《Y》: the day of the clause whose subject it takes */
  emit_issue(c, obj, no, ag, na, flags, inherited, di, t, rule);
  if (notice && na && c->doc.d)
    emit_doc_date(c, obj, no);
}

/* 推出/发布/研发…: products developed by organizations. */
static void rule_develop(rctx *c, size_t t, size_t te, unsigned flags)
{
  size_t k = clause_of(c, t), first, na, i, j, p, lim, np = 0;
  const clause *cl = &c->cl[k];
  int ag[MAX_LIST], prods[MAX_LIST], prod = -1, attr, di, series = -1;
  size_t series_p = 0, prod_b;

  attr = te < cl->e && c->s[te] == 0x7684;
  lim = attr ? skip_fwd(c, te + 1, cl->e) + 1 : te + 30;
  if (lim > cl->e)
    lim = cl->e;
  for (p = te; p < lim && prod < 0; p++)
    if (c->mstart[p] >= 0) {
      int e = ment_ent(c, c->mstart[p]);
      size_t me = c->a->m[c->mstart[p]].ce;
      if (is_product(ent_type(c, e)) && series < 0 && me + 1 < lim &&
          c->s[me] == 0x7CFB && c->s[me + 1] == 0x5217) { /* 系列 */
        series = e; /* Qwen1.5系列首个…模型Qwen1.5-110B: the series names
                       the model after it */
        series_p = p + 1;
        p = me - 1;
      } else if (is_product(ent_type(c, e)))
        prod = e;
      else if (attr || pg_etype_is_work(ent_type(c, e)))
        break; /* 发布《报告》称…: the product belongs to what follows */
      else
        p = c->a->m[c->mstart[p]].ce - 1;
    } else if (pg_reltab_at(c->t, PG_W_CLAUSE_STOP, c->s, p, lim, NULL))
      break;
  if (prod < 0 && series >= 0) {
    prod = series; /* no model after the series: the series itself */
    p = series_p;
  }
  if (prod < 0 && attr) {
    /* GLM-4-9B 是智谱AI推出的…模型: the product the clause opens with */
    size_t q;
    na = agents_before(c, t, cl->b, ag, &first);
    q = skip_back(c, first, cl->b);
    if (na && q > cl->b && c->s[q - 1] == 0x662F && /* 是 */
        (q = skip_back(c, q - 1, cl->b)) > cl->b && c->mend[q] >= 0 &&
        is_product(ent_type(c, ment_ent(c, c->mend[q]))))
      for (i = 0; i < na; i++)
        if (is_org(ent_type(c, ag[i])))
          add_fact(c, ment_ent(c, c->mend[q]), PG_P_DEVELOPEDBY, ag[i], NULL,
                   PG_LIT_NONE, "rel.developed.attributive");
    return;
  }
  if (prod < 0)
    return;
  /* 开发的“粤省事”“粤商通”“粤政易”平台: the products written after it */
  prods[np++] = prod;
  prod_b = p - 1;
  for (p = c->a->m[c->mstart[p - 1]].ce; np < MAX_LIST;) {
    size_t l;
    p = skip_fwd(c, p, cl->e);
    if ((l = pg_reltab_at(c->t, PG_W_COORD, c->s, p, cl->e, NULL)))
      p = skip_fwd(c, p + l, cl->e);
    if (p >= cl->e || c->mstart[p] < 0 ||
        !is_product(ent_type(c, ment_ent(c, c->mstart[p]))))
      break;
    prods[np++] = ment_ent(c, c->mstart[p]);
    p = c->a->m[c->mstart[p]].ce;
  }
  na = agents_before(c, t, cl->b, ag, &first);
  if (!na && !attr && cl->eff >= 0)
    ag[na++] = cl->eff;
  for (i = 0; i < na; i++)
    for (j = 0; j < np && is_org(ent_type(c, ag[i])); j++)
      add_fact(c, prods[j], PG_P_DEVELOPEDBY, ag[i], NULL, PG_LIT_NONE,
               attr ? "rel.developed.attributive"
                    : "rel.developed.subject-verb-product");
  /* 今天，我们开源…Qwen1.5-110B, 于2023年9月开源: a product released
   * (发布, 推出, 上线, 开源; not 研发, 展示) on the date in force, a day or
   * a month, when it is the verb's object (not 2024年…发布…嫦娥六号) */
  if (!attr && t + 1 < c->n &&
      ((c->s[t] == 0x53D1 && c->s[t + 1] == 0x5E03) ||  /* 发布 */
       (c->s[t] == 0x63A8 && c->s[t + 1] == 0x51FA) ||  /* 推出 */
       (c->s[t] == 0x4E0A && c->s[t + 1] == 0x7EBF) ||  /* 上线 */
       (c->s[t] == 0x5F00 && c->s[t + 1] == 0x6E90)) && /* 开源 */
      (di = date_for(c, k, t)) >= 0 && prod_b <= te + 40 &&
      (c->dx[di].v.m || c->dx[di].day_rel || c->dx[di].month_rel))
    for (j = 0; j < np; j++)
      if (!date_fact(c, prods[j]))
        emit_date(c, prods[j], di, "rel.date.released");
}

/* 共同发起成立: an organization founded by the agents before the verb. */
static void rule_found(rctx *c, size_t t, size_t te, unsigned flags)
{
  size_t k = clause_of(c, t), first, na, i, endp;
  const clause *cl = &c->cl[k];
  int ag[MAX_LIST], org[MAX_LIST];

  const char *rule = "rel.founder.agents-verb-org";

  if (te < cl->e && c->s[te] == 0x7684) /* 由X发起成立的Y */
    te++;
  na = agents_before(c, t, cl->b, ag, &first);
  if (objects_after(c, te, cl->e, is_org, org, &endp) < 1) {
    /* Y由X等单位发起成立: the organization opening the clause */
    size_t q = skip_back(c, first, cl->b), l;
    if (!na || q <= cl->b ||
        !(l = pg_reltab_before(c->t, PG_W_PASSIVE, c->s, cl->b, q)) ||
        (org[0] = passive_ref(c, cl, q - l, is_org)) < 0) /* 该联盟由X发起 */
      return;
    rule = "rel.founder.passive";
  }
  for (i = 0; i < na; i++)
    if (ent_type(c, ag[i]) != PG_T_EVENT)
      add_fact(c, org[0], PG_P_FOUNDER, ag[i], NULL, PG_LIT_NONE, rule);
}

/* The person the sentences before the current one are about, for a
 * sentence that names none (陈卓2010年本科毕业于…。…在去年加入字节之前，
 * …): the person opening the nearest of the four sentences before it
 * that opens with one, when the current sentence names no person at all.
 * An entity, or -1. */
static int topic_person(rctx *c)
{
  const pg_doc *d = &c->a->doc;
  size_t si, k, p;
  int mi;

  if (c->topic != -2)
    return c->topic; /* asked once a sentence: one scan of it */
  si = pg_doc_sentence_at(d, c->sb);
  c->topic = -1;
  for (p = c->sb; p < c->se; p++)
    if ((mi = c->mstart[p]) >= 0 && ent_type(c, ment_ent(c, mi)) == PG_T_PERSON)
      return -1;
  for (k = 1; k <= 4 && k <= si; k++) {
    p = skip_fwd(c, d->sent[si - k].b, d->sent[si - k].e);
    if (p < d->sent[si - k].e && (mi = c->mstart[p]) >= 0 &&
        ent_type(c, ment_ent(c, mi)) == PG_T_PERSON)
      return c->topic = ment_ent(c, mi);
  }
  return -1;
}

/* 项亮，2016年加入字节; 王雨轩，2018年从Google加入字节跳动; 曾任职于A、
 * B以及C: a person joins or works for the organizations after the verb
 * (and the one 从 names before it, left for the new one): affiliations.
 * The person is the clause's agent, or the subject it takes from the
 * clause that opens the sentence. */
static void rule_join(rctx *c, size_t t, size_t te, unsigned flags)
{
  size_t k = clause_of(c, t), first, na, no, i, j, endp, p;
  const clause *cl = &c->cl[k];
  int ag[MAX_LIST], pe[MAX_LIST], org[MAX_LIST + 1], np = 0, mi;

  (void)flags;
  if (te < cl->e && c->s[te] == 0x7684) /* 加入的: a relative clause */
    return;
  na = agents_before(c, t, cl->b, ag, &first);
  for (i = 0; i < na; i++)
    if (ent_type(c, ag[i]) == PG_T_PERSON)
      pe[np++] = ag[i];
  if (!np) {
    na = clause_subjects(c, k, ag);
    for (i = 0; i < na; i++)
      if (ent_type(c, ag[i]) == PG_T_PERSON)
        pe[np++] = ag[i];
  }
  if (!np && k > 0) { /* 王雨轩，2018年从Google加入…: a name alone before */
    const clause *pk = &c->cl[k - 1];
    p = skip_fwd(c, pk->b, pk->e);
    if (p < pk->e && (mi = c->mstart[p]) >= 0 &&
        ent_type(c, ment_ent(c, mi)) == PG_T_PERSON &&
        skip_fwd(c, c->a->m[mi].ce, pk->e) >= pk->e)
      pe[np++] = ment_ent(c, mi);
  }
  if (!np && (mi = topic_person(c)) >= 0)
    pe[np++] = mi; /* 在去年加入字节之前…: the person the text is about */
  if (!np || !(no = objects_after(c, te, cl->e, is_org, org, &endp)))
    return;
  for (p = t > cl->b + 40 ? t - 40 : cl->b; p + 1 < t && no < MAX_LIST + 1;
       p++) /* 从Google加入 */
    if (c->s[p] == 0x4ECE && (mi = c->mstart[p + 1]) >= 0 && /* 从 */
        is_org(ent_type(c, ment_ent(c, mi))))
      org[no++] = ment_ent(c, mi);
  for (i = 0; i < (size_t)np; i++)
    for (j = 0; j < no; j++) {
      const char *l = c->a->ent[org[j]].label;
      size_t ll = l ? strlen(l) : 0;
      if (ll >= 3 && !strcmp(l + ll - 3, "党"))
        continue; /* 加入中国共产党: a member, no post */
      add_fact(c, pe[i], PG_P_AFFILIATION, org[j], NULL, PG_LIT_NONE,
               "rel.affiliation.joined");
    }
}

/* Is s[0..1] 首都, 首府 or 省会? */
static int is_capital_word(const uint32_t *s)
{
  return (s[0] == 0x9996 && (s[1] == 0x90FD || s[1] == 0x5E9C)) ||
         (s[0] == 0x7701 && s[1] == 0x4F1A);
}

#define MAX_PLACES 4 /* adjacent places of one 在: 在日本札幌市 */

/* Is place e a country or province, named before its city (在日本札幌
 * 市, 在四川成都: the event is in both)? */
static int is_region_of_city(const rctx *c, int e)
{
  const char *sub = c->a->ent[e].subtype;

  return sub && (!strcmp(sub, "country") || !strcmp(sub, "province") ||
                 !strcmp(sub, "state"));
}

/* Is entity e a university or college, a place where events are held
 * (论坛在南开大学举行)? */
static int campus(const rctx *c, int e)
{
  const char *l = c->a->ent[e].label;
  size_t n = l ? strlen(l) : 0;

  return ent_type(c, e) == PG_T_ORGANIZATION && n > 6 &&
         (!strcmp(l + n - 6, "大学") || !strcmp(l + n - 6, "学院"));
}

/* The places of "在/于<place>…" ending at p: the last first in out[],
 * then, when it is a venue, the places before it (up to MAX_PLACES:
 * 在北京人民大会堂 gives 人民大会堂, 北京; 在广西南宁 only 南宁); *n their
 * count; *before: where 在/于 starts.  Returns the last or -1. */
static int place_before(const rctx *c, size_t p, size_t lo, size_t *before,
                        int *out, size_t *n)
{
  int mi = c->mend[p], place, venue;
  size_t q, l;

  *n = 0;
  if (mi < 0 || (ent_type(c, ment_ent(c, mi)) != PG_T_PLACE &&
                 !campus(c, ment_ent(c, mi))))
    return -1;
  place = ment_ent(c, mi);
  out[(*n)++] = place;
  venue = !strcmp(c->a->m[mi].rule, "place.venue") ||
          (c->a->ent[place].subtype &&
           !strcmp(c->a->ent[place].subtype, "venue"));
  q = c->a->m[mi].cb;
  for (;;) {
    int pm;
    /* 沙特阿拉伯首都利雅得: a country, 首都/首府/省会, its city */
    size_t g = q >= 2 && is_capital_word(c->s + q - 2) ? q - 2 : q;
    if ((pm = c->mend[g]) < 0 || ent_type(c, ment_ent(c, pm)) != PG_T_PLACE ||
        c->a->m[pm].cb < lo)
      break;
    q = c->a->m[pm].cb;
    if (*n < MAX_PLACES && ment_ent(c, pm) != out[*n - 1] &&
        (venue || is_region_of_city(c, ment_ent(c, pm))))
      out[(*n)++] = ment_ent(c, pm); /* 北京|人民大会堂, 日本|札幌市 */
  }
  if (!(l = pg_reltab_before(c->t, PG_W_LOCATIVE, c->s, lo, q))) {
    *n = 0;
    return -1;
  }
  *before = q - l;
  return place;
}

/* The places of a sentence that opens with a clause "在<place>，" alone
 * (在拉萨市，班禅主持召开了X): the last, or -1; out[] and *n as for
 * place_before. */
static int opening_place(const rctx *c, int *out, size_t *n)
{
  const clause *k0 = &c->cl[0];
  size_t e = k0->e, b = k0->b, before = 0;
  int place;

  while (e > b && pg_is_space(c->s[e - 1]))
    e--;
  while (b < e && pg_is_space(c->s[b]))
    b++;
  if ((place = place_before(c, e, b, &before, out, n)) < 0 || before != b) {
    *n = 0;
    return -1;
  }
  return place;
}

/* The place where the subject clause k goes on with stands: X在P会见…，
 * 共同举行Y (the subject, 在 and places, then a verb, in the clause that
 * names the subject), or -1. */
static int subject_place(const rctx *c, size_t k, int *out, size_t *n)
{
  int j = c->cl[k].effk, mi;
  size_t p, q, before = 0;

  *n = 0;
  if (j < 0 || (size_t)j >= k || c->cl[k].state == CL_EXPLICIT ||
      (mi = c->mstart[c->cl[j].body]) < 0)
    return -1;
  for (p = c->a->m[mi].ce; p < c->cl[j].e && c->s[p] != 0x5728; p++)
    ; /* the first 在, right after a name (…副总理丁薛祥|在), or after the
         name's date (丁薛祥|18日|在) */
  q = p < c->cl[j].e && c->dend[p] >= 0 ? c->dx[c->dend[p]].b : p;
  if (p >= c->cl[j].e || c->mend[q] < 0 ||
      !is_agent(ent_type(c, ment_ent(c, c->mend[q]))))
    return -1;
  for (q = skip_fwd(c, p + 1, c->cl[j].e);
       q < c->cl[j].e && (mi = c->mstart[q]) >= 0 &&
       ent_type(c, ment_ent(c, mi)) == PG_T_PLACE;)
    q = c->a->m[mi].ce;
  if (q == skip_fwd(c, p + 1, c->cl[j].e) || q >= c->cl[j].e ||
      !pg_is_han(c->s[q]) || c->s[q] == 0x4E0A) /* 在P上: not a place */
    return -1;
  return place_before(c, q, p, &before, out, n);
}

/* A city hosting an event as the verb's subject (上海举办X), or -1; a
 * country hosting one (我国举办X) names no place. */
static int host_city(const rctx *c, size_t t, size_t lo)
{
  int ag[MAX_LIST];
  size_t first;
  const char *sub;

  if (agents_before(c, t, lo, ag, &first) != 1 ||
      ent_type(c, ag[0]) != PG_T_PLACE)
    return -1;
  sub = c->a->ent[ag[0]].subtype;
  return sub && (!strcmp(sub, "city") || !strcmp(sub, "province")) ? ag[0]
                                                                   : -1;
}

/* The mention at p, past a work's title that opens an event's name
 * (《湿地公约》|第十四届缔约方大会: the meeting's mention follows the
 * title's), or -1. */
static int mention_past_title(const rctx *c, size_t p, size_t lim)
{
  int mi = p < lim ? c->mstart[p] : -1;

  if (mi >= 0 && pg_etype_is_work(ent_type(c, ment_ent(c, mi))) &&
      c->a->m[mi].ce + 1 < lim && c->s[c->a->m[mi].ce] == 0x300B &&
      c->mstart[c->a->m[mi].ce + 1] >= 0 &&
      is_event(ent_type(c, ment_ent(c, c->mstart[c->a->m[mi].ce + 1]))))
    mi = c->mstart[c->a->m[mi].ce + 1];
  return mi;
}

/* 在X举办 / 举行的Y: where and when an event was held (where only for a
 * closing verb, flags PG_WF_CLOSE: 在利雅得闭幕 is its last day). */
static void rule_hold(rctx *c, size_t t, size_t te, unsigned flags)
{
  size_t k = clause_of(c, t), p, before = t, first;
  const clause *cl = &c->cl[k];
  int ev = -1, place, mi, ag[MAX_LIST], places[MAX_PLACES];
  size_t np = 0, i;

  p = skip_adverbs_back(c, t, cl->b);
  place = place_before(c, p, cl->b, &before, places, &np);
  if (te < cl->e && c->s[te] == 0x7684) { /* 举行的Y */
    p = skip_fwd(c, te + 1, cl->e);
    mi = mention_past_title(c, p, cl->e);
    if (mi >= 0 && is_event(ent_type(c, ment_ent(c, mi))))
      ev = ment_ent(c, mi);
  } else {
    p = skip_fwd(c, te, cl->e);
    if (p + 1 < cl->e && c->s[p] == 0x4E86) /* 召开了X */
      p = skip_fwd(c, p + 1, cl->e);
    mi = p < cl->e ? c->mstart[p] : -1;
    if (mi >= 0 && is_event(ent_type(c, ment_ent(c, mi)))) {
      ev = ment_ent(c, mi);
      if (place < 0)
        place = host_city(c, t, cl->b);
    } else if (place >= 0 || before == t) {
      size_t at = place >= 0 ? before : t;
      mi = c->mend[at];
      if (mi >= 0 && is_event(ent_type(c, ment_ent(c, mi))))
        ev = ment_ent(c, mi); /* 由A主办的Y在北京举行: Y right before */
      else if (agents_before(c, at, cl->b, ag, &first) &&
          is_event(ent_type(c, ag[0])))
        ev = ag[0];
      else if (is_event(ent_type(c, cl->eff)))
        ev = cl->eff;
      else
        ev = event_subject_before(c, place >= 0 ? before : t, cl->b);
    }
  }
  if (ev < 0 && k > 0 && cl->state != CL_EXPLICIT && before == cl->body &&
      (mi = c->mend[skip_back(c, c->cl[k - 1].e, c->cl[k - 1].b)]) >= 0 &&
      is_event(ent_type(c, ment_ent(c, mi))))
    ev = ment_ent(c, mi); /* 由A主办的Y，10月18日在延安举行: Y closes the
                             clause before one that is only when and where */
  if (ev < 0)
    return;
  if (place < 0 && k > 0)
    place = opening_place(c, places, &np);
  if (place < 0 && k > 0 && ev >= 0 && ev != cl->eff)
    place = subject_place(c, k, places, &np);
  if (place >= 0 && np == 0)
    places[np++] = place; /* the host city */
  for (i = 0; i < np; i++)
    add_fact(c, ev, PG_P_LOCATION, places[i], NULL, PG_LIT_NONE,
             "rel.location.held-in");
  if (!(flags & PG_WF_CLOSE))
    emit_date(c, ev, date_for(c, k, t), "rel.date.held");
  else if (!date_fact(c, ev)) /* …大会今天在杭州闭幕: the one day given */
    emit_date(c, ev, date_for(c, k, t), "rel.date.closed");
}

/* Does mention mi modify what follows (联合国秘书长古特雷斯出席) rather
 * than stand in a list of attendees (A、B等…出席)? */
static int modifies_next(const rctx *c, int mi, size_t e)
{
  size_t p = skip_fwd(c, c->a->m[mi].ce, e);

  if (p >= e || c->mstart[p] >= 0 || c->s[p] == 0x7B49) /* 等 */
    return 0;
  if (pg_reltab_at(c->t, PG_W_COORD, c->s, p, e, NULL))
    return 0;
  while (p < e && pg_reltab_at(c->t, PG_W_ADVERB, c->s, p, e, NULL))
    p += pg_reltab_at(c->t, PG_W_ADVERB, c->s, p, e, NULL);
  return p < e;
}

/* Adds to ag[] the attendees in [b, e): persons, else organizations;
 * stops at 等; skips those inside "来自…的". */
static size_t attendees_in(const rctx *c, size_t b, size_t e, int *ag,
                           size_t na)
{
  int persons[MAX_LIST], orgs[MAX_LIST];
  size_t np = 0, no = 0, p, i, l;
  int from = 0;

  for (p = b; p < e; p++) {
    if (c->s[p] == 0x7B49 && c->mstart[p] < 0) /* 等 */
      break;
    if (is_open_paren(c->s[p])) { /* （记者张慧中）李强出席: no credit */
      size_t q;
      for (q = p + 1; q < e && q < p + 24 && !is_close_paren(c->s[q]); q++)
        ;
      if (q < e && is_close_paren(c->s[q]))
        p = q;
      continue;
    }
    if ((l = pg_reltab_at(c->t, PG_W_SOURCE, c->s, p, e, NULL)))
      from = 1;
    if (from && c->s[p] == 0x7684)
      from = 0;
    if (c->mstart[p] < 0)
      continue;
    i = (size_t)ment_ent(c, c->mstart[p]);
    if (!from && ent_type(c, (int)i) == PG_T_PERSON && np < MAX_LIST)
      persons[np++] = (int)i;
    else if (!from && ent_type(c, (int)i) == PG_T_ORGANIZATION &&
             no < MAX_LIST && !modifies_next(c, c->mstart[p], e))
      orgs[no++] = (int)i;
    p = c->a->m[c->mstart[p]].ce - 1;
  }
  for (i = 0; i < (np ? np : no) && na < MAX_LIST; i++)
    ag[na++] = np ? persons[i] : orgs[i];
  return na;
}

/* Does a verb of travel (赴, 前往, 抵达) end at q, at or after lo? */
static int trip_before(const rctx *c, size_t q, size_t lo)
{
  return (q >= lo + 1 && q >= 1 && c->s[q - 1] == 0x8D74) || /* 赴 */
         (q >= lo + 2 && q >= 2 &&
          ((c->s[q - 2] == 0x524D && c->s[q - 1] == 0x5F80) ||  /* 前往 */
           (c->s[q - 2] == 0x62B5 && c->s[q - 1] == 0x8FBE))); /* 抵达 */
}

/* 当地时间2019年2月16日，…杨洁篪在德国出席第55届慕尼黑安全会议: an event
 * named right after 出席 was held on the date in force, in the place of a
 * 在<place> right before the verb (or of 赴/前往/抵达<place>: 赴哈萨克斯坦
 * 出席); no date for one to come (将出席). */
static void attended_at(rctx *c, size_t k, size_t t, int ev)
{
  int places[MAX_PLACES], di = date_for(c, k, t);
  size_t np = 0, before, i;

  if (t >= 1 && c->s[t - 1] == 0x5C06) /* 将 */
    return;
  if (!date_fact(c, ev) && di >= 0)
    emit_date(c, ev, di, "rel.date.attended");
  if (place_before(c, t, c->cl[k].b, &before, places, &np) >= 0)
    for (i = 0; i < np; i++)
      add_fact(c, ev, PG_P_LOCATION, places[i], NULL, PG_LIT_NONE,
               "rel.location.attended");
  else if (c->mend[t] >= 0 &&
           ent_type(c, ment_ent(c, c->mend[t])) == PG_T_PLACE &&
           trip_before(c, c->a->m[c->mend[t]].cb, c->cl[k].b))
    add_fact(c, ev, PG_P_LOCATION, ment_ent(c, c->mend[t]), NULL, PG_LIT_NONE,
             "rel.location.attended"); /* 赴哈萨克斯坦出席<event> */
}

/* 出席/参加 <event>: attendees before the verb. */
static void rule_attend(rctx *c, size_t t, size_t te, unsigned flags)
{
  size_t k = clause_of(c, t), p, l, na = 0, i;
  const clause *cl = &c->cl[k];
  int ev = -1, mi, ag[MAX_LIST];

  p = skip_fwd(c, te, cl->e);
  if (p < cl->e && c->s[p] == 0x4E86) /* 了 */
    p = skip_fwd(c, p + 1, cl->e);
  mi = mention_past_title(c, p, cl->e);
  if (mi >= 0 && is_event(ent_type(c, ment_ent(c, mi)))) {
    ev = ment_ent(c, mi);
    attended_at(c, k, t, ev);
  } else if ((l = pg_reltab_at(c->t, PG_W_EVENT_REF, c->s, p, cl->e, NULL)) &&
           (p + l >= cl->e || !pg_is_han(c->s[p + l]) ||
            c->s[p + l] == 0x5E76 /* 并 */ || c->s[p + l] == 0x4E0A /* 上 */))
    ev = resolve_event_ref(
        c, p, l,
        pg_reltab_at(c->t, PG_W_GENERIC_EVENT_REF, c->s, p, cl->e, NULL) ==
            l);
  else if (p >= cl->e || !pg_is_han(c->s[p]) ||
           c->s[p] == 0x5E76) /* 参会, 出席并致辞: no object */
    ev = event_before(c, t, NULL);
  if (ev < 0)
    return;
  if (k > 0 && pg_reltab_at(c->t, PG_W_COORD, c->s, cl->b, cl->e, NULL))
    na = attendees_in(c, reach(c->cl[k - 1].e, c->cl[k - 1].b),
                      c->cl[k - 1].e, ag, na);
  na = attendees_in(c, reach(t, cl->b), t, ag, na);
  for (i = 0; i < na; i++)
    add_fact(c, ev, PG_P_ATTENDEE, ag[i], NULL, PG_LIT_NONE,
             "rel.attendee.agents-attend-event");
}

/* The organization the last mention ending in [lo, p) names, or -1. */
static int org_before(const rctx *c, size_t lo, size_t p)
{
  int e;

  while (p > lo) {
    e = ment_ent(c, c->mend[p]);
    if (is_org(ent_type(c, e)))
      return e;
    p--;
  }
  return -1;
}

/* X旗下的Y: Y is a unit (or a product) of X; a 、-list of products after it
 * is X's (旗下产品美图秀秀、美颜相机).  A sentence opened by 旗下 speaks of
 * the organization the sentence before ended with (吴欣鸿创立美图公司。旗下
 * 产品…). */
static void rule_subsidiary(rctx *c, size_t t, size_t te, unsigned flags)
{
  size_t k = clause_of(c, t), p, lim;
  const clause *cl = &c->cl[k];
  int parent, mi, e;

  p = skip_back(c, t, cl->b);
  parent = ment_ent(c, c->mend[p]);
  if (!is_org(ent_type(c, parent))) {
    size_t lo;
    if (p != c->sb || p < 2 || c->s[p - 1] != 0x3002) /* 。 */
      return;
    lo = c->a->doc.sent[pg_doc_sentence_at(&c->a->doc, p - 1)].b;
    if ((parent = org_before(c, lo + 60 < p ? p - 60 : lo, p - 1)) < 0)
      return;
  }
  lim = te + 24 < cl->e ? te + 24 : cl->e;
  for (p = te; p < lim; p++) {
    if ((mi = c->mstart[p]) < 0)
      continue;
    e = ment_ent(c, mi);
    if (is_org(ent_type(c, e)))
      add_fact(c, e, PG_P_SUBORG, parent, NULL, PG_LIT_NONE,
               "rel.suborg.subsidiary");
    else if (is_product(ent_type(c, e))) {
      add_fact(c, e, PG_P_DEVELOPEDBY, parent, NULL, PG_LIT_NONE,
               "rel.developed.subsidiary");
      for (p = c->a->m[mi].ce; p + 1 < cl->e && c->s[p] == 0x3001 &&
                               (mi = c->mstart[p + 1]) >= 0 &&
                               is_product(ent_type(c, e = ment_ent(c, mi)));
           p = c->a->m[mi].ce)
        add_fact(c, e, PG_P_DEVELOPEDBY, parent, NULL, PG_LIT_NONE,
                 "rel.developed.subsidiary");
    } else {
      p = c->a->m[mi].ce - 1;
      continue;
    }
    return;
  }
}

/* 以<initiative>等…: the clause's subject carries out the initiative. */
static void rule_instrument(rctx *c, size_t t, size_t te, unsigned flags)
{
  size_t k = clause_of(c, t), p;
  const clause *cl = &c->cl[k];
  int mi, w;
  pg_etype at = ent_type(c, cl->eff);

  p = skip_fwd(c, te, cl->e);
  mi = p < cl->e ? c->mstart[p] : -1;
  w = ment_ent(c, mi);
  if (mi < 0 || ent_type(c, w) != PG_T_INITIATIVE ||
      (at != PG_T_PLACE && at != PG_T_ORGANIZATION))
    return;
  p = skip_fwd(c, c->a->m[mi].ce, cl->e);
  if (p < cl->e && c->s[p] == 0x4E3A) /* 以X为指导: guided by, not doing */
    return;
  add_fact(c, w, PG_P_PROPOSEDBY, cl->eff, NULL, PG_LIT_NONE,
           "rel.proposed.instrument");
}

/* X的Y: an organization's product (developed by X) or unit (part of X,
 * 阿里巴巴的达摩院); XY with Y a product. */
static void rule_possessive(rctx *c, int mi)
{
  size_t p = c->a->m[mi].cb;
  int org, e = ment_ent(c, mi);

  /* 华为盘古大模型: an organization right before a product names its
   * maker too */
  if (p >= 2 && c->mend[p] >= 0 && is_product(ent_type(c, e)) &&
      is_org(ent_type(c, org = ment_ent(c, c->mend[p])))) {
    add_fact(c, e, PG_P_DEVELOPEDBY, org, NULL, PG_LIT_NONE,
             "rel.developed.prefix");
    return;
  }
  /* 市场监管总局《自然人网店管理规范》: a body right before a title in
   * 《》 is its issuer */
  if (p >= 2 && c->s[p - 1] == 0x300A && c->mend[p - 1] >= 0 &&
      pg_etype_is_work(ent_type(c, e)) &&
      is_org(ent_type(c, org = ment_ent(c, c->mend[p - 1])))) {
    add_fact(c, e, PG_P_PROPOSEDBY, org, NULL, PG_LIT_NONE,
             "rel.proposed.prefix");
    return;
  }
  if (p < 2 || c->s[p - 1] != 0x7684 || c->mend[p - 1] < 0)
    return;
  org = ment_ent(c, c->mend[p - 1]);
  if (!is_org(ent_type(c, org)))
    return;
  if (is_product(ent_type(c, e)))
    add_fact(c, e, PG_P_DEVELOPEDBY, org, NULL, PG_LIT_NONE,
             "rel.developed.possessive");
  else if (is_org(ent_type(c, e)))
    add_fact(c, e, PG_P_SUBORG, org, NULL, PG_LIT_NONE,
             "rel.suborg.possessive");
}

/* Does 期间 (during) start at p? */
static int during(const rctx *c, size_t p)
{
  return p + 1 < c->n && c->s[p] == 0x671F && c->s[p + 1] == 0x95F4;
}

/* Events that open a clause after a date, or follow 在, take its date. */
static void rule_event_dates(rctx *c)
{
  size_t k, p, q;
  int mi, e;

  for (k = 0; k < c->ncl; k++) {
    const clause *cl = &c->cl[k];
    if (cl->state == CL_EXPLICIT && ent_type(c, cl->subj) == PG_T_EVENT)
      emit_date(c, cl->subj, cl->scope, "rel.date.event-subject");
    for (p = cl->b; p < cl->e; p++) {
      if ((mi = c->mstart[p]) < 0)
        continue;
      e = ment_ent(c, mi);
      q = skip_adverbs_back(c, p, cl->b);
      if (is_event(ent_type(c, e)) && q > cl->b &&
          pg_reltab_before(c->t, PG_W_LOCATIVE, c->s, cl->b, q) &&
          !during(c, c->a->m[mi].ce))
        emit_date(c, e, date_for(c, k, p), "rel.date.at-event");
      /* (not 10日宣布，在…世界杯期间: what happens during it) */
      p = c->a->m[mi].ce - 1;
    }
  }
}

/* The trigger rules: a word of class cls at [t, te) runs rule (flags:
 * the word's, from relations.tsv).  Tried in this order at every
 * position; a new rule is a function and a row here. */
static const struct {
  pg_wclass cls;
  void (*rule)(rctx *c, size_t t, size_t te, unsigned flags);
} triggers[] = {
  {PG_W_ISSUE, rule_issue},
  {PG_W_DEVELOP, rule_develop},
  {PG_W_FOUND, rule_found},
  {PG_W_HOLD, rule_hold},
  {PG_W_ATTEND, rule_attend},
  {PG_W_SUBSIDIARY, rule_subsidiary},
  {PG_W_INSTRUMENT, rule_instrument},
  {PG_W_JOIN, rule_join},
};

/* Runs every trigger of the current sentence. */
static void relate_sentence(rctx *c)
{
  size_t p = c->sb, l, best, k;
  unsigned fl;

  split_clauses(c);
  rule_event_dates(c);
  while (p < c->se && !c->oom) {
    if (c->mstart[p] >= 0) {
      rule_possessive(c, c->mstart[p]);
      p = c->a->m[c->mstart[p]].ce;
      continue;
    }
    best = 0;
    for (k = 0; k < sizeof triggers / sizeof *triggers; k++)
      if ((l = pg_reltab_at(c->t, triggers[k].cls, c->s, p, c->se, &fl)))
        triggers[k].rule(c, p, p + l, fl), best = l > best ? l : best;
    if (!best) /* an adverb is one word: 公开|发布, not 公|开发 */
      best = pg_reltab_at(c->t, PG_W_ADVERB, c->s, p, c->se, NULL);
    p += best ? best : 1;
  }
}

/* ------------------------------------------------------------ document */


typedef struct mref {
  size_t cb, ce; /* clean span     */
  int i;         /* mention index  */
} mref;

static int cmp_mref(const void *x, const void *y)
{
  const mref *a = x, *b = y;

  if (a->cb != b->cb)
    return a->cb < b->cb ? -1 : 1;
  if (a->ce != b->ce)
    return a->ce > b->ce ? -1 : 1;
  return a->i < b->i ? -1 : a->i > b->i;
}

/* Sorts every mention (c->ord) and marks the outermost linked one at each
 * place (mstart/mend). */
static int index_mentions(rctx *c)
{
  size_t i, last_e = 0;
  mref *ord = c->ord = malloc((c->a->nm + 1) * sizeof *ord);

  if (!ord)
    return -1;
  for (i = 0; i < c->a->nm; i++) {
    ord[i].cb = c->a->m[i].cb;
    ord[i].ce = c->a->m[i].ce;
    ord[i].i = (int)i;
  }
  qsort(ord, c->a->nm, sizeof *ord, cmp_mref);
  for (i = 0; i < c->a->nm; i++) {
    const pg_mention *m = &c->a->m[ord[i].i];
    if (m->entity < 0 || m->cb < last_e || m->ce > c->n || m->cb >= m->ce)
      continue;
    c->mstart[m->cb] = ord[i].i;
    c->mend[m->ce] = ord[i].i;
    last_e = m->ce;
  }
  return 0;
}

/* Scans dates outside mentions, indexes and resolves them. */
static int index_dates(rctx *c)
{
  pg_date_expr *all = NULL;
  long k = pg_dates_scan(c->s, c->n, &all);
  size_t i, p, cover_e = 0, nd = 0;
  char *cover;

  if (k < 0)
    return -1;
  cover = calloc(c->n + 1, 1);
  if (!cover) {
    free(all);
    return -1;
  }
  for (p = 0; p < c->n; p++) {
    if (c->mstart[p] >= 0)
      cover_e = c->a->m[c->mstart[p]].ce;
    cover[p] = p < cover_e;
  }
  for (i = 0; i < (size_t)k; i++) {
    int in = 0;
    for (p = all[i].b; p < all[i].e; p++)
      in |= cover[p];
    if (!in)
      all[nd++] = all[i];
  }
  free(cover);
  c->dx = all;
  c->ndx = nd;
  for (i = 0; i < nd; i++) {
    c->dstart[all[i].b] = (int)i;
    c->dend[all[i].e] = (int)i;
  }
  return 0;
}

static char *xstrdup(const char *s)
{
  char *d = malloc(strlen(s) + 1);

  if (d)
    strcpy(d, s);
  return d;
}

/* Is the event mention mi spoken of as future (…将在…举办, 即将开幕的…)? */
static int future_mention(const rctx *c, const pg_mention *m)
{
  size_t p;

  if (m->cb >= 1 && c->s[m->cb - 1] == 0x5C06) /* 将 */
    return 1;
  if (m->cb >= 3 && c->s[m->cb - 1] == 0x7684 && /* 将…的 */
      (c->s[m->cb - 3] == 0x5C06 || (m->cb >= 4 && c->s[m->cb - 4] == 0x5C06)))
    return 1;
  for (p = m->ce; p < c->n && p < m->ce + 40 && !is_clause_end(c->s[p]); p++)
    if (c->s[p] == 0x5C06)
      return 1;
  return 0;
}

/* The latest year heading the name of an event that has taken place
 * ("2024世界人工智能大会"), or 0. */
static int event_name_year(const rctx *c)
{
  size_t i;
  int y, best = 0;

  for (i = 0; i < c->a->nm; i++) {
    const pg_mention *m = &c->a->m[i];
    if (m->type != PG_T_EVENT || !m->surface ||
        sscanf(m->surface, "%4d", &y) != 1 || y < 1900 || y > 2100 ||
        future_mention(c, m))
      continue;
    if (y > best)
      best = y;
  }
  return best;
}

/* A news dateline without year near the top or at the very end:
 * "新华社南宁9月13日电", "（本报深圳7月2日电）". */
static void dateline_month_day(const rctx *c, pg_ymd *v)
{
  size_t i;

  for (i = 0; i < c->ndx; i++)
    if ((c->dx[i].b < 300 || c->dx[i].e + 20 > c->n) &&
        c->dx[i].kind == PG_DATE_PARTIAL && c->dx[i].v.m && c->dx[i].v.d &&
        c->dx[i].e < c->n && c->s[c->dx[i].e] == 0x7535) { /* 电 */
      v->m = c->dx[i].v.m;
      v->d = c->dx[i].v.d;
      return;
    }
}

/* The document date: given, or inferred from the text (and recorded). */
static int doc_date(rctx *c)
{
  pg_doc *d = &c->a->doc;
  const char *rule = NULL;
  char buf[16], src[64];
  int ey;

  memset(&c->doc, 0, sizeof c->doc);
  if (d->date) {
    pg_ymd_parse(d->date, &c->doc);
    return 0;
  }
  if (pg_dates_infer_doc(c->s, c->n, c->dx, c->ndx, &c->doc, &rule))
    rule = NULL;
  if ((!rule || !strcmp(rule, "latest-year")) &&
      (ey = event_name_year(c)) > c->doc.y) {
    memset(&c->doc, 0, sizeof c->doc);
    c->doc.y = ey;
    rule = "latest-year";
  }
  if (!rule)
    return 0;
  if (!strcmp(rule, "latest-year")) {
    dateline_month_day(c, &c->doc);
    if (c->doc.m)
      rule = "dateline-year-from-text";
  }
  pg_ymd_format(&c->doc, 0, buf, sizeof buf);
  snprintf(src, sizeof src, "text:%s", rule);
  free(d->date_source);
  d->date = xstrdup(buf);
  d->date_source = xstrdup(src);
  return d->date && d->date_source ? 0 : -1;
}

/* Is position p inside a mention (a name: 2020年后全球生物多样性框架)? */
static int in_mention(const rctx *c, size_t p)
{
  size_t q = p + 1;

  while (q-- > 0 && p - q < 80)
    if (c->mstart[q] >= 0)
      return c->a->m[c->mstart[q]].ce > p;
  return 0;
}

/* Resolves every date: partial and anaphoric ones against the last
 * absolute date before them outside a name, relative ones against the
 * document date; a day in parentheses after a relative day (今天（6月15
 *日）) is that day's. */
static int resolve_dates(rctx *c)
{
  pg_ymd last = {0, 0, 0}, rel;
  size_t i;

  c->dval = calloc(c->ndx + 1, sizeof *c->dval);
  c->dend_v = calloc(c->ndx + 1, sizeof *c->dend_v);
  if (!c->dval || !c->dend_v)
    return -1;
  for (i = 0; i < c->ndx; i++) {
    const pg_date_expr *x = &c->dx[i], *w = i ? &c->dx[i - 1] : NULL;
    const pg_ymd *ctx = last.y ? &last : NULL;
    if (x->kind == PG_DATE_PARTIAL && w && w->kind == PG_DATE_RELATIVE &&
        w->day_rel && x->b == w->e + 1 && is_open_paren(c->s[w->e]) &&
        c->dval[i - 1].y) {
      rel = c->dval[i - 1];
      ctx = &rel;
    }
    if (pg_date_resolve(x, &c->doc, ctx, &c->dval[i], &c->dend_v[i]))
      memset(&c->dval[i], 0, sizeof c->dval[i]);
    if (x->kind == PG_DATE_ABSOLUTE && !(x->flags & PG_DATE_F_TARGET) &&
        !after_doc(c, &x->v, 0) && !in_mention(c, x->b))
      last = x->v; /* not a date to come (决定…2026年3月5日召开): the
                      days after it are still the document's month */
  }
  return 0;
}

/* The event mentioned most often (ties: the first), or -1. */
/* Is event mention m held where it is written (X在哈尔滨召开, 召开X,
 * X开幕), not only named (传达X精神, 在X上的讲话)? */
static int held_here(const rctx *c, const pg_mention *m)
{
  size_t p, lim = m->ce + 16 < c->n ? m->ce + 16 : c->n;

  if (m->cb >= 1 && pg_reltab_before(c->t, PG_W_HOLD, c->s,
                                     m->cb >= 4 ? m->cb - 4 : 0, m->cb))
    return 1;
  for (p = m->ce; p < lim && c->s[p] != 0x3002 && c->s[p] != 0xFF0C &&
                  c->s[p] != 0xFF1B && c->s[p] != '\n';
       p++)
    if (pg_reltab_at(c->t, PG_W_HOLD, c->s, p, lim, NULL))
      return 1;
  return 0;
}

/* The meeting a document reports: an event held where it is written
 * (省委人才工作会议在哈尔滨召开) over one named more often as a reference
 * (传达中央人才工作会议精神); then the one named most often. */
static int main_event(const rctx *c)
{
  size_t i, k;
  int best = -1, best_held = 0;

  for (i = 0; i < c->a->ne; i++) {
    const pg_entity *e = &c->a->ent[i];
    int held = 0;
    if (e->type != PG_T_EVENT)
      continue;
    for (k = 0; k < e->n_mention && !held; k++)
      held = held_here(c, &c->a->m[e->mention[k]]);
    if (best < 0 || held > best_held ||
        (held == best_held && e->n_mention > c->a->ent[best].n_mention)) {
      best = (int)i;
      best_held = held;
    }
  }
  return best;
}

/* The organization issuing an official document: "X关于印发…" in the
 * first lines. */
static int issuer(const rctx *c)
{
  size_t p, lim = c->a->doc.n_sent > 2 ? c->a->doc.sent[1].e : c->n;
  int mi;

  for (p = 0; p < lim && p < 400; p++) {
    if ((mi = c->mend[p]) >= 0 &&
        ent_type(c, ment_ent(c, mi)) == PG_T_ORGANIZATION && p + 2 <= c->n &&
        c->s[p] == 0x5173 && c->s[p + 1] == 0x4E8E) /* 关于 */
      return ment_ent(c, mi);
  }
  return -1;
}

static int starts_with(const char *s, const char *p)
{
  return strncmp(s, p, strlen(p)) == 0;
}

/* A work without a proposer named after its issuer: "国务院关于…的意见"
 * (organization + 关于), "英国人工智能机遇行动计划" (a country heading
 * an initiative or report, not a bilateral "中国—东盟…" name).  o is an
 * entity whose label starts w's. */
static void name_prefix_fact(rctx *c, int w, int i, int proposed)
{
  const pg_entity *we = &c->a->ent[w], *o = &c->a->ent[i];
  size_t l = strlen(o->label);
  const char *rest = we->label + l;

  if (proposed && o->type != PG_T_EVENT)
    return; /* a proposer named: only the meeting it is named after */
  if (o->type == PG_T_ORGANIZATION && starts_with(rest, "关于"))
    add_fact(c, w, PG_P_PROPOSEDBY, i, NULL, PG_LIT_NONE,
             "rel.proposed.name-issuer");
  else if (o->type == PG_T_ORGANIZATION && we->type == PG_T_REPORT &&
           *rest && strlen(rest) <= 12 && !strchr(rest, '(')) /* 最高人民法院|工作报告 */
    add_fact(c, w, PG_P_PROPOSEDBY, i, NULL, PG_LIT_NONE,
             "rel.proposed.name-body");
  else if (o->type == PG_T_EVENT && we->type == PG_T_DECLARATION && *rest) {
    /* …第六次全体会议公报, …纪念峰会联合声明: adopted at the meeting it is
     * named after, on its last day */
    const pg_fact *df = end_date_fact(c, i);
    add_fact(c, w, PG_P_ADOPTEDAT, i, NULL, PG_LIT_NONE,
             "rel.adopted.name-event");
    if (!df)
      df = date_fact(c, i);
    if (df && !date_fact(c, w))
      add_fact(c, w, PG_P_DATE, -1, df->lit, df->lt, "rel.date.at-event");
  }
  else if (o->type == PG_T_PLACE &&
           (we->type == PG_T_INITIATIVE ||
            (we->type == PG_T_REPORT && strcmp(o->label, "中国"))) &&
           ((o->subtype && !strcmp(o->subtype, "country")) ||
            (!o->subtype && l >= 3 && !strcmp(o->label + l - 3, "国"))) &&
           *rest && !starts_with(rest, "—") && !starts_with(rest, "－") &&
           !starts_with(rest, "-") && !starts_with(rest, "、") &&
           !starts_with(rest, "和") && !starts_with(rest, "与"))
    add_fact(c, w, PG_P_PROPOSEDBY, i, NULL, PG_LIT_NONE,
             "rel.proposed.name-country");
}

/* Does the event mention m in a headline stand for a meeting the item
 * reports (主持召开X, X强调…, X在…开幕, or X alone closing the headline),
 * not a reference (学习贯彻X精神)? */
static int headline_held(const rctx *c, const pg_mention *m, size_t end)
{
  /* what a meeting does after its name (besides holding: 举行, 开幕…) */
  static const char *const after[] = {"强调", "指出", "要求", "部署",
                                      "在", "审议", "决定", "通过", "发布"};
  size_t p = m->ce, i;
  char *s;
  int hit = 0;

  if (m->cb >= 1 && (pg_reltab_before(c->t, PG_W_HOLD, c->s,
                                      m->cb >= 4 ? m->cb - 4 : 0, m->cb) ||
                      pg_reltab_before(c->t, PG_W_ATTEND, c->s,
                                       m->cb >= 4 ? m->cb - 4 : 0, m->cb)))
    return 1; /* 主持召开X, 出席X */
  if (m->cb >= 2 && c->s[m->cb - 1] == 0x4E86 && /* 召开了X */
      pg_reltab_before(c->t, PG_W_HOLD, c->s, 0, m->cb - 1))
    return 1;
  while (p < end && pg_is_space(c->s[p]))
    p++;
  if (p >= end)
    return 1;
  if (m->cb >= 1 && c->s[m->cb - 1] == 0x5728 && /* 在X上, 在X开幕式上 */
      (c->s[p] == 0x4E0A ||
       (p + 3 < end && (c->s[p] == 0x5F00 || c->s[p] == 0x95ED) &&
        c->s[p + 1] == 0x5E55 && c->s[p + 2] == 0x5F0F &&
        c->s[p + 3] == 0x4E0A)))
    return 1;
  if (pg_reltab_at(c->t, PG_W_HOLD, c->s, p, end, NULL))
    return 1; /* X在…举行, X开幕 */
  if (!(s = pg_utf8_encode(c->s + p, end - p < 2 ? end - p : 2)))
    return 0;
  for (i = 0; i < sizeof after / sizeof *after && !hit; i++)
    hit = !strncmp(s, after[i], strlen(after[i]));
  free(s);
  return hit;
}

/* A news item's headline names the meeting its lead sentence reports:
 * "李克强主持召开中央应对新冠肺炎疫情工作领导小组会议" over "27日，…李克
 * 强主持领导小组会议", "国务院联防联控机制会议强调…" over "国务院联防联控机
 * 制14日召开会议强调…".  An event of the headline that no sentence dated
 * takes the first date of the lead when the lead holds or attends a
 * meeting (召开, 举行, 主持, 开幕, 出席…). */
static void rule_headline_dates(rctx *c)
{
  size_t nl, i, lead = SIZE_MAX, p, h0 = 0;
  int di = -1, held = 0, dl_place = -1, dateline = 0, works_only = 0;

  for (nl = 0; nl < c->n && nl < 40 && c->s[nl] != '\n'; nl++)
    ;
  if (nl > 2 && nl < c->n && c->s[nl] == '\n' &&
      (c->s[nl - 1] == 0x7535 || c->s[nl - 1] == 0x8BAF) && /* 电 讯 */
      c->dend[nl - 1] >= 0)
    h0 = nl + 1; /* 新华社北京1月30日电 / the title: the title is the headline */
  for (nl = h0; nl < c->n && nl < h0 + 120 && c->s[nl] != '\n'; nl++)
    if (c->s[nl] == 0x3002 || c->s[nl] == 0xFF0C) /* a sentence, no headline */
      return;
  if (nl >= c->n || c->s[nl] != '\n' || nl < h0 + 4)
    return;
  for (i = 0; i < c->a->doc.n_sent; i++)
    if (c->a->doc.sent[i].b > nl) {
      lead = i;
      break;
    }
  if (lead == SIZE_MAX)
    return;
  for (p = c->a->doc.sent[lead].b; p < c->a->doc.sent[lead].e; p++) {
    if (di < 0 && c->dstart[p] >= 0 && usable_date(c, c->dstart[p]) &&
        c->dval[c->dstart[p]].y)
      di = c->dstart[p];
    if (pg_reltab_at(c->t, PG_W_HOLD, c->s, p, c->a->doc.sent[lead].e, NULL) ||
        pg_reltab_at(c->t, PG_W_ATTEND, c->s, p, c->a->doc.sent[lead].e, NULL))
      held = 1;
  }
  {
    /* a speech's dateline under its title: （2023年10月18日，北京） */
    size_t b = c->a->doc.sent[lead].b, e = c->a->doc.sent[lead].e;
    while (b < e && pg_is_space(c->s[b]))
      b++;
    if (b < e && (c->s[b] == 0xFF08 || c->s[b] == '(') && di >= 0 &&
        e - b < 40) {
      held = dateline = 1;
      for (p = b; p < e; p++)
        if (c->mstart[p] >= 0 &&
            ent_type(c, ment_ent(c, c->mstart[p])) == PG_T_PLACE)
          dl_place = ment_ent(c, c->mstart[p]);
    } else if (b < e && c->dstart[b] >= 0 && c->dstart[b] == di) {
      /* …联合声明（全文） / 2019/07/22: a date alone on the line below
       * dates a document that is the headline (not a meeting) */
      size_t de = c->dx[di].e;
      while (de < c->n && c->s[de] == ' ')
        de++;
      if (de >= c->n || c->s[de] == '\n')
        held = dateline = works_only = 1;
    }
  }
  if (di < 0 || !held)
    return;
  c->si = lead;
  for (i = 0; i < c->a->nm; i++) {
    const pg_mention *m = &c->a->m[i];
    int e = m->entity;
    if (m->ce > nl || m->cb < h0 || e < 0)
      continue;
    if (pg_etype_is_work(ent_type(c, e)) && dateline && m->cb == h0 &&
        (m->ce == nl || (m->ce + 4 == nl && (c->s[m->ce] == 0xFF08 ||
                                              c->s[m->ce] == '(')))) {
      /* 中共中央关于…的意见 / （2025年2月8日）: a document and its date */
      if (!date_fact(c, e))
        emit_date(c, e, di, "rel.date.headline");
      continue;
    }
    if (works_only || ent_type(c, e) != PG_T_EVENT ||
        !headline_held(c, m, nl))
      continue;
    if (!date_fact(c, e))
      emit_date(c, e, di, "rel.date.headline");
    if (dl_place >= 0)
      add_fact(c, e, PG_P_LOCATION, dl_place, NULL, PG_LIT_NONE,
               "rel.location.dateline");
  }
}

static int cmp_int(const void *x, const void *y)
{
  int a = *(const int *)x, b = *(const int *)y;

  return (a > b) - (a < b);
}

/* Runs name_prefix_fact for every other entity whose label starts w's, in
 * entity order: each prefix of w's label is looked up in labels (entity
 * label hash -> entity), so the cost follows the label's length, not the
 * number of entities. */
static void rule_name_prefix(rctx *c, int w, const pg_hmap *labels,
                             int proposed)
{
  const char *lab = c->a->ent[w].label;
  size_t l, n = 0, cap = 0, len = strlen(lab);
  uint64_t h = PG_FNV_OFFSET;
  int *hit = NULL, e, i;

  for (l = 0; l <= len && !c->oom; l++) {
    if (l)
      h = pg_fnv1a(h, lab + l - 1, 1);
    for (e = pg_hmap_first(labels, h); e >= 0; e = pg_hmap_next(labels, e)) {
      const char *ol = c->a->ent[i = pg_hmap_value(labels, e)].label;
      if (i == w || strlen(ol) != l || memcmp(ol, lab, l))
        continue;
      if (n == cap) {
        int *p = realloc(hit, (cap = cap ? 2 * cap : 8) * sizeof *p);
        if (!p) {
          c->oom = 1;
          break;
        }
        hit = p;
      }
      hit[n++] = i;
    }
  }
  if (n > 1)
    qsort(hit, n, sizeof *hit, cmp_int);
  for (l = 0; l < n && !c->oom; l++)
    name_prefix_fact(c, w, hit[l], proposed);
  free(hit);
}

/* 中央宣传部、中央组织部关于…的通知: every issuer of a joint notice,
 * the 、-list of known organizations before 关于 in the work's label. */
static void joint_issuers(rctx *c, int w, const pg_hmap *labels)
{
  const char *lab = c->a->ent[w].label, *gy = strstr(lab, "关于"), *p, *q;
  int found[8], n = 0, e, i;

  if (!gy || !strstr(lab, "、") || strstr(lab, "、") > gy)
    return;
  for (p = lab; p < gy && n < 8; p = q + (q < gy ? strlen("、") : 0)) {
    size_t l;
    uint64_t h;
    q = strstr(p, "、");
    if (!q || q > gy)
      q = gy;
    l = (size_t)(q - p);
    h = pg_fnv1a(PG_FNV_OFFSET, p, l);
    for (i = -1, e = pg_hmap_first(labels, h); e >= 0;
         e = pg_hmap_next(labels, e)) {
      const pg_entity *o = &c->a->ent[pg_hmap_value(labels, e)];
      if (o->type == PG_T_ORGANIZATION && strlen(o->label) == l &&
          !memcmp(o->label, p, l)) {
        i = pg_hmap_value(labels, e);
        break;
      }
    }
    if (i < 0)
      return; /* every piece an organization, or no joint issuers */
    found[n++] = i;
    if (q == gy)
      break;
  }
  if (n < 2)
    return;
  for (i = 0; i < n; i++)
    add_fact(c, w, PG_P_PROPOSEDBY, found[i], NULL, PG_LIT_NONE,
             "rel.proposed.name-issuer");
}

/* 中共中央办公厅国务院办公厅关于…的意见: the bodies (or countries:
 * 中华人民共和国和阿拉伯联合酋长国关于…的联合声明) that fill a work's name
 * before 关于, one after another (or with 、/和/与/同 between), are its
 * issuers;
 * read from the mentions nested in the work's first mention, found in
 * ord (every mention, by start, longer first: cmp_mref). */
static void tiled_issuers(rctx *c, int w, const mref *ord)
{
  const pg_entity *we = &c->a->ent[w];
  const pg_mention *m0;
  size_t gy, p, i, lo, hi;
  int found[8], fm[8], n = 0, joined = 0;

  if (!we->n_mention)
    return;
  m0 = &c->a->m[we->mention[0]];
  for (gy = m0->cb; gy + 1 < m0->ce; gy++)
    if (c->s[gy] == 0x5173 && c->s[gy + 1] == 0x4E8E) /* 关于 */
      break;
  if (gy == m0->cb)
    return;
  if (gy + 1 >= m0->ce)
    gy = m0->ce; /* no 关于: 中华人民共和国和斐济共和国联合声明 */
  for (p = m0->cb; p < gy && n < 8;) {
    int best = -1;
    for (lo = 0, hi = c->a->nm; lo < hi;) { /* the first mention at p */
      size_t mid = lo + (hi - lo) / 2;
      if (ord[mid].cb < p)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (i = lo; i < c->a->nm && ord[i].cb == p && best < 0; i++) {
      const pg_mention *m = &c->a->m[ord[i].i]; /* the longest fitting */
      if (m->ce <= gy && m->entity >= 0 &&
          (ent_type(c, m->entity) == PG_T_ORGANIZATION ||
           (ent_type(c, m->entity) == PG_T_PLACE && /* 中华人民共和国和… */
            c->a->ent[m->entity].subtype &&
            !strcmp(c->a->ent[m->entity].subtype, "country"))))
        best = ord[i].i;
    }
    if (best < 0 && gy == m0->ce)
      break; /* the kind of document after the parties */
    if (best < 0)
      return; /* something else than bodies before 关于 */
    fm[n] = best;
    found[n++] = c->a->m[best].entity;
    p = c->a->m[best].ce;
    joined |= p < gy && (c->s[p] == 0x548C || c->s[p] == 0x4E0E ||
                         c->s[p] == 0x540C); /* 和 与 同 */
    while (p < gy && (c->s[p] == 0x3001 || c->s[p] == 0x548C ||
                      c->s[p] == 0x4E0E || c->s[p] == 0x540C ||
                      pg_is_space(c->s[p])))
      p++;
  }
  if (gy == m0->ce ? n < 2 || !joined || p == gy : p != gy)
    return; /* without 关于, two parties joined by 和 or 与, then the kind */
  for (i = 0; i < (size_t)n; i++) {
    const pg_mention *om = &c->a->m[fm[i]];
    add_fact(c, w, PG_P_PROPOSEDBY, found[i], NULL, PG_LIT_NONE,
             "rel.proposed.name-issuer");
    /* 中华人民共和国政府与秘鲁共和国政府关于…: each government's country
     * is a party too */
    if (ent_type(c, found[i]) != PG_T_ORGANIZATION || om->ce - om->cb < 4 ||
        c->s[om->ce - 2] != 0x653F || c->s[om->ce - 1] != 0x5E9C) /* 政府 */
      continue;
    for (lo = 0, hi = c->a->nm; lo < hi;) {
      size_t mid = lo + (hi - lo) / 2;
      if (ord[mid].cb < om->cb)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (; lo < c->a->nm && ord[lo].cb == om->cb; lo++) {
      const pg_mention *m = &c->a->m[ord[lo].i];
      size_t k = m->ce;
      while (k < om->ce - 2 && wcschr(L"共和国王联邦合众大公", (wchar_t)c->s[k]))
        k++; /* 秘鲁|共和国|政府: the country's formal words */
      if (m->ce <= om->ce - 2 && k == om->ce - 2 && m->entity >= 0 &&
          ent_type(c, m->entity) == PG_T_PLACE &&
          c->a->ent[m->entity].subtype &&
          !strcmp(c->a->ent[m->entity].subtype, "country")) {
        add_fact(c, w, PG_P_PROPOSEDBY, m->entity, NULL, PG_LIT_NONE,
                 "rel.proposed.name-issuer");
        break;
      }
    }
  }
}

/* …关于印发X的通知: X (the recognizer's work.notice-inner, inside the
 * notice's title) is issued by the bodies that issue the notice by its
 * name (the ones before 关于), not by whoever published the notice.  The
 * notice is the work whose mention, found in ord, holds X's. */
static void notice_inner_issuers(rctx *c, const mref *ord)
{
  size_t j, i, k, nf = c->a->nf;

  for (j = 0; j < c->a->nm; j++) {
    const pg_mention *m = &c->a->m[ord[j].i];
    int x = ment_ent(c, ord[j].i), w = -1;
    if (strcmp(m->rule, "work.notice-inner"))
      continue;
    for (i = j; i-- > 0 && w < 0 && ord[i].cb + 200 >= m->cb;)
      if (ord[i].ce >= m->ce && ment_ent(c, ord[i].i) != x &&
          pg_etype_is_work(ent_type(c, ment_ent(c, ord[i].i))))
        w = ment_ent(c, ord[i].i);
    for (k = 0; w >= 0 && k < nf; k++) {
      const pg_fact *f = &c->a->f[k];
      if (f->subj == w && f->pred == PG_P_PROPOSEDBY && f->obj >= 0 &&
          !strcmp(f->rule, "rel.proposed.name-issuer")) {
        c->si = f->sent;
        add_fact(c, x, PG_P_PROPOSEDBY, f->obj, NULL, PG_LIT_NONE,
                 "rel.proposed.notice-inner");
      }
    }
  }
}

/* The entities that are the subject of a fact of predicate p or q (pass
 * q = p for one), as flags indexed by entity; NULL, with c->oom set, when
 * out of memory.  The post-passes that fill only what nothing else gave
 * read it. */
static char *subjects_of(rctx *c, pg_pred p, pg_pred q)
{
  char *has = calloc(c->a->ne + 1, 1);
  size_t i;

  if (!has) {
    c->oom = 1;
    return NULL;
  }
  for (i = 0; i < c->a->nf; i++)
    if ((c->a->f[i].pred == p || c->a->f[i].pred == q) &&
        c->a->f[i].subj >= 0)
      has[c->a->f[i].subj] = 1;
  return has;
}

static void name_rules(rctx *c)
{
  size_t i;
  char *proposed = subjects_of(c, PG_P_PROPOSEDBY, PG_P_PROPOSEDBY);
  pg_hmap *labels = pg_new_hmap();

  if (!proposed || !labels) {
    c->oom = 1;
    goto done;
  }
  for (i = 0; i < c->a->ne; i++)
    if (pg_hmap_add(labels,
                    pg_fnv1a(PG_FNV_OFFSET, c->a->ent[i].label,
                             strlen(c->a->ent[i].label)),
                    (int)i) < 0) {
      c->oom = 1;
      goto done;
    }
  for (i = 0; i < c->a->ne && !c->oom; i++) {
    const pg_entity *e = &c->a->ent[i];
    if (!pg_etype_is_work(e->type) || !e->n_mention)
      continue;
    c->si = pg_doc_sentence_at(&c->a->doc, c->a->m[e->mention[0]].cb);
    joint_issuers(c, (int)i, labels);
    tiled_issuers(c, (int)i, c->ord);
    rule_name_prefix(c, (int)i, labels, proposed[i]);
  }
  if (!c->oom)
    notice_inner_issuers(c, c->ord);
done:
  pg_free_hmap(labels);
  free(proposed);
}

static void free_ctx(rctx *c)
{
  free(c->mstart);
  free(c->mend);
  free(c->dstart);
  free(c->dend);
  free(c->dx);
  free(c->dval);
  free(c->dend_v);
  pg_free_hmap(c->titles);
  free(c->ord);
}

static int init_ctx(rctx *c, const pg_relator *r, pg_annot *a)
{
  size_t i;

  memset(c, 0, sizeof *c);
  c->r = r;
  c->t = r->tab;
  c->a = a;
  c->s = a->doc.ccp;
  c->n = a->doc.cn;
  c->mstart = malloc((c->n + 1) * sizeof *c->mstart);
  c->mend = malloc((c->n + 1) * sizeof *c->mend);
  c->dstart = malloc((c->n + 1) * sizeof *c->dstart);
  c->dend = malloc((c->n + 1) * sizeof *c->dend);
  if (!c->mstart || !c->mend || !c->dstart || !c->dend)
    return -1;
  for (i = 0; i <= c->n; i++)
    c->mstart[i] = c->mend[i] = c->dstart[i] = c->dend[i] = -1;
  if (index_mentions(c) || index_dates(c) || doc_date(c) ||
      resolve_dates(c))
    return -1;
  c->main_event = main_event(c);
  c->issuer = issuer(c);
  c->speaker = speaker(c);
  if (index_titles(c))
    return -1;
  return 0;
}

/* Does 起[正式]施行, 起[正式]实施 or 起[正式]生效 start at p? */
static int takes_effect_at(const rctx *c, size_t p)
{
  static const uint32_t verbs[][2] = {
      {0x65BD, 0x884C}, {0x5B9E, 0x65BD}, {0x751F, 0x6548}};
  size_t k;

  if (p >= c->n || c->s[p++] != 0x8D77) /* 起 */
    return 0;
  if (p + 1 < c->n && c->s[p] == 0x6B63 && c->s[p + 1] == 0x5F0F) /* 正式 */
    p += 2;
  for (k = 0; k < 3 && p + 1 < c->n; k++)
    if (c->s[p] == verbs[k][0] && c->s[p + 1] == verbs[k][1])
      return 1;
  return 0;
}

/* 《X》…自2024年11月1日起施行: the day a work takes effect is its date
 * when the document gives it no other (the only day printed for it).
 * The work is the last one named before the date in its sentence. */
static void rule_effective_dates(rctx *c)
{
  char *dated = subjects_of(c, PG_P_DATE, PG_P_DATE);
  size_t i, p, sb;
  int e, mi;

  if (!dated)
    return;
  for (i = 0; i < c->ndx; i++) {
    const pg_date_expr *x = &c->dx[i];
    size_t q = x->b >= 1 ? skip_back(c, x->b, 0) : 0;
    if (!c->dval[i].y || !c->dval[i].d || x->b < 1)
      continue;
    if (!((x->flags & PG_DATE_F_SINCE) && c->s[x->b - 1] == 0x81EA) && /* 自 */
        !(c->mend[q] >= 0 &&
          pg_etype_is_work(ent_type(c, ment_ent(c, c->mend[q])))))
      continue; /* 《X》今年3月1日起施行: the work right before */
    if (!takes_effect_at(c, x->e))
      continue;
    c->si = pg_doc_sentence_at(&c->a->doc, x->b);
    sb = c->a->doc.sent[c->si].b;
    for (e = -1, p = x->b; e < 0 && p-- > sb;)
      if ((mi = c->mend[p]) >= 0 &&
          pg_etype_is_work(ent_type(c, ment_ent(c, mi))))
        e = ment_ent(c, mi);
    if (e < 0 || dated[e])
      continue;
    dated[e] = 1;
    emit_date(c, e, (int)i, "rel.date.effective");
  }
  free(dated);
}

/* A motion names the body that moves the bill it puts forward:
 * 全国人大常委会关于提请审议《X（草案）》的议案 (X proposed by the standing
 * committee); a list of motions (…的议案、关于提请审议《Y》的议案) keeps
 * the body. */
static void rule_motions(rctx *c)
{
  static const uint32_t motion[] = {0x5173, 0x4E8E, 0x63D0, 0x8BF7}; /* 关于提请 */
  static const uint32_t tail[] = {0x300B, 0x7684, 0x8BAE, 0x6848};   /* 》的议案 */
  size_t p, q, k, last_end = 0;
  int agent = -1, mi, w;

  for (p = 1; p + 8 < c->n; p++) {
    for (k = 0; k < 4 && c->s[p + k] == motion[k]; k++)
      ;
    if (k < 4)
      continue;
    q = p + 4;
    if (!((c->s[q] == 0x5BA1 && c->s[q + 1] == 0x8BAE) ||  /* 审议 */
          (c->s[q] == 0x6279 && c->s[q + 1] == 0x51C6)))   /* 批准 */
      continue;
    q += 2;
    if (c->s[q] != 0x300A) /* 《 */
      continue;
    if ((mi = c->mend[p]) >= 0 &&
        ent_type(c, ment_ent(c, mi)) == PG_T_ORGANIZATION)
      agent = ment_ent(c, mi);
    else if (!(agent >= 0 && last_end == p - 1 && c->s[p - 1] == 0x3001))
      agent = -1; /* 、关于提请审议…: the body of the motion before */
    if (agent < 0)
      continue;
    w = -1;
    if ((mi = c->mstart[q + 1]) >= 0 || (mi = c->mstart[q]) >= 0)
      w = ment_ent(c, mi);
    if (w < 0 || !pg_etype_is_work(ent_type(c, w)))
      continue;
    for (q = c->a->m[mi].ce; q < c->n && c->s[q] != 0x300B; q++)
      ;
    for (k = 0; k < 4 && q + k < c->n && c->s[q + k] == tail[k]; k++)
      ;
    if (k < 4)
      continue;
    last_end = q + 4;
    c->si = pg_doc_sentence_at(&c->a->doc, p);
    add_fact(c, w, PG_P_PROPOSEDBY, agent, NULL, PG_LIT_NONE,
             "rel.proposed.motion");
  }
}

/* The body a session's name holds, [*b, *e) of the event mention em:
 * the name without its term before (第十三届, 十三届, after the state's
 * name: 中华人民共和国第十三届) and its session
 * after (第二十八次会议, 三次会议, 十三届三次会议, 第六次全体会议).  A 中全会
 * is a plenary of a central committee, which a party's name before it
 * does not name, so only 会议 and 全体会议 end a session here. */
static int session_body_span(const rctx *c, const pg_mention *em, size_t *b,
                             size_t *e)
{
  static const wchar_t *num = L"第一二三四五六七八九十百零〇0123456789";
  static const uint32_t prc[] = {0x4E2D, 0x534E, 0x4EBA, 0x6C11,
                                 0x5171, 0x548C, 0x56FD}; /* 中华人民共和国 */
  size_t p = em->cb, q = em->ce, k, p0;

  for (k = 0; k < 7 && p + k < q && c->s[p + k] == prc[k]; k++)
    ;
  if (k == 7)
    p += 7; /* 中华人民共和国第十三届全国人民代表大会常务委员会… */
  p0 = p;
  while (p < q && wcschr(num, (wchar_t)c->s[p]))
    p++;
  if (p > p0 && p < q && c->s[p] == 0x5C4A) /* 届 */
    p++;
  else
    p = em->cb;
  if (q - p > 4 && c->s[q - 4] == 0x5168 && c->s[q - 3] == 0x4F53 &&
      c->s[q - 2] == 0x4F1A && c->s[q - 1] == 0x8BAE) /* 全体会议 */
    q -= 4;
  else if (q - p > 2 && c->s[q - 2] == 0x4F1A && c->s[q - 1] == 0x8BAE)
    q -= 2; /* 会议 */
  else
    return 0;
  k = q;
  if (k > p && c->s[k - 1] == 0x6B21) /* 次 */
    k--;
  while (k > p && wcschr(num, (wchar_t)c->s[k - 1]) && c->s[k - 1] != 0x7B2C)
    k--;
  if (k < q && c->s[q - 1] == 0x6B21 && k == q - 1)
    return 0; /* 次 without its number */
  if (k > p && c->s[k - 1] == 0x7B2C) /* 第 */
    k--;
  if (k > p && c->s[k - 1] == 0x5C4A) { /* 届 of the body's term after it */
    size_t t = k - 1;
    while (t > p && wcschr(num, (wchar_t)c->s[t - 1]))
      t--;
    if (t < k - 1)
      k = t;
  }
  if (k - p < 2)
    return 0;
  *b = p;
  *e = k;
  return 1;
}

/* A work adopted at a session of a body the session's name holds
 * (十三届全国人大常委会第二十八次会议通过《X法》, 中国共产党第十九届中央委员会
 * 第六次全体会议…公报) is that body's, when no rule gave it an issuer and
 * the document names the body as an organization (by its label or an
 * alias). */
static void rule_session_bodies(rctx *c)
{
  char *proposed = subjects_of(c, PG_P_PROPOSEDBY, PG_P_PROPOSEDBY);
  size_t f, n = c->a->nf, k, b, e;

  if (!proposed)
    return;
  for (f = 0; f < n && !c->oom; f++) {
    const pg_fact *fa = &c->a->f[f];
    const pg_entity *ev;
    int w = fa->subj, body = -1;
    if (fa->pred != PG_P_ADOPTEDAT || w < 0 || fa->obj < 0 || proposed[w] ||
        ent_type(c, fa->obj) != PG_T_EVENT)
      continue;
    ev = &c->a->ent[fa->obj];
    for (k = 0; k < ev->n_mention && body < 0; k++) {
      char *name;
      size_t i, j;
      if (!session_body_span(c, &c->a->m[ev->mention[k]], &b, &e))
        continue;
      if (!(name = pg_utf8_encode(c->s + b, e - b))) {
        c->oom = 1;
        break;
      }
      for (i = 0; i < c->a->ne && body < 0; i++) {
        const pg_entity *o = &c->a->ent[i];
        if (o->type != PG_T_ORGANIZATION)
          continue;
        if (!strcmp(o->label, name))
          body = (int)i;
        for (j = 0; j < o->n_alias && body < 0; j++)
          if (!strcmp(o->alias[j], name))
            body = (int)i;
      }
      free(name);
    }
    if (body < 0)
      continue;
    proposed[w] = 1;
    c->si = fa->sent;
    add_fact(c, w, PG_P_PROPOSEDBY, body, NULL, PG_LIT_NONE,
             "rel.proposed.session-body");
  }
  free(proposed);
}

/* Does an ordinal item open at p (一是, 二是, 十一是)? */
static int ordinal_item_at(const rctx *c, size_t p)
{
  static const wchar_t *num = L"一二三四五六七八九十";
  size_t k = p;

  while (k < c->n && k < p + 2 && wcschr(num, (wchar_t)c->s[k]))
    k++;
  return k > p && k < c->n && c->s[k] == 0x662F; /* 是 */
}

/* The work a lead sentence [b, e) reports the contents of: a work's
 * mention opening it, then a verb of stating (《方案》提出，…); or -1. */
static int stating_work(const rctx *c, size_t b, size_t e)
{
  static const char *const verbs[] = {"提出", "明确", "部署", "要求", "指出",
                                      "强调", "规定"};
  size_t p = b, k;
  int mi, w;

  while (p < e && (pg_is_space(c->s[p]) || c->s[p] == '\n'))
    p++;
  if (p < e && c->s[p] == 0x300A) /* 《 */
    p++;
  if ((mi = c->mstart[p]) < 0 || !pg_etype_is_work(ent_type(c, w = ment_ent(c, mi))))
    return -1;
  p = c->a->m[mi].ce;
  if (p < e && c->s[p] == 0x300B) /* 》 */
    p++;
  for (k = 0; k < sizeof verbs / sizeof *verbs; k++)
    if (p + 2 <= e && spells_at(c, p, verbs[k]))
      return w;
  return -1;
}

/* 《方案》提出，…。一是开展A行动，…。二是开展B行动…: the initiatives an
 * enumeration after a work's contents names, each item's first, are the
 * work's issuers' too, when no rule gave them one. */
static void rule_work_contents(rctx *c)
{
  char *proposed = subjects_of(c, PG_P_PROPOSEDBY, PG_P_PROPOSEDBY);
  size_t i, j, f, nf = c->a->nf, p;
  int w = -1;

  if (!proposed)
    return;
  for (i = 1; i < c->a->doc.n_sent && !c->oom; i++) {
    const pg_span *se = &c->a->doc.sent[i];
    int item, x = -1, para = 0;
    for (p = se->b; p < se->e && (pg_is_space(c->s[p]) || c->s[p] == '\n');
         p++)
      para |= c->s[p] == '\n';
    para |= p > 0 && c->s[p - 1] == '\n';
    if (p == se->e)
      continue; /* a blank */
    item = ordinal_item_at(c, p);
    if (!item) {
      if (para)
        w = -1; /* a paragraph that is no item ends the enumeration */
      continue;
    }
    if (c->s[p] == 0x4E00 && (p + 1 >= c->n || c->s[p + 1] == 0x662F)) {
      size_t l = i - 1, q; /* the lead: the sentence before, not a blank */
      for (;; l--) {
        for (q = c->a->doc.sent[l].b; q < c->a->doc.sent[l].e &&
                                      (pg_is_space(c->s[q]) || c->s[q] == '\n');
             q++)
          ;
        if (q < c->a->doc.sent[l].e || l == 0)
          break;
      }
      w = stating_work(c, c->a->doc.sent[l].b, c->a->doc.sent[l].e);
    }
    if (w < 0)
      continue;
    for (j = p; j < se->e && !is_clause_end(c->s[j]) && x < 0; j++) {
      int mi = c->mstart[j];
      if (mi >= 0 && ent_type(c, ment_ent(c, mi)) == PG_T_INITIATIVE)
        x = ment_ent(c, mi);
    }
    if (x < 0 || x == w || proposed[x])
      continue;
    proposed[x] = 1;
    for (f = 0; f < nf; f++)
      if (c->a->f[f].pred == PG_P_PROPOSEDBY && c->a->f[f].subj == w &&
          c->a->f[f].obj >= 0) {
        c->si = i;
        add_fact(c, x, PG_P_PROPOSEDBY, c->a->f[f].obj, NULL, PG_LIT_NONE,
                 "rel.proposed.work-contents");
      }
  }
  free(proposed);
}

/* The two persons of the talks an item reports (A同B会谈, A与B举行会谈,
 * in one clause of the first sentences), or 0. */
static int talk_pair(const rctx *c, int *a, int *b)
{
  size_t p, q, lim = c->a->doc.n_sent > 4 ? c->a->doc.sent[4].e : c->n;

  for (p = 0; p < lim; p++) {
    int ma = c->mstart[p], mb = -1;
    size_t k;
    if (ma < 0 || ent_type(c, ment_ent(c, ma)) != PG_T_PERSON)
      continue;
    q = c->a->m[ma].ce;
    if (q >= lim || (c->s[q] != 0x540C && c->s[q] != 0x4E0E)) /* 同 与 */
      continue;
    for (k = q + 1; k < lim && k < q + 30 && !is_clause_end(c->s[k]); k++) {
      if (mb < 0 && c->mstart[k] >= 0 &&
          ent_type(c, ment_ent(c, c->mstart[k])) == PG_T_PERSON)
        mb = c->mstart[k];
      if (spells_at(c, k, "会谈")) {
        *a = ment_ent(c, ma);
        if (mb < 0) { /* 习近平同塞尔维亚总统举行会谈: the one person of
                         the item who holds the post written there */
          char *span = pg_utf8_encode(c->s + q + 1, k - q - 1);
          size_t f;
          if (!span)
            return 0;
          for (f = 0; f < c->a->nf; f++) {
            const pg_fact *fa = &c->a->f[f];
            if (fa->pred != PG_P_JOBTITLE || !fa->lit || fa->subj == *a ||
                strlen(fa->lit) < 6 || !strstr(span, fa->lit))
              continue;
            if (mb >= 0 && fa->subj != mb) {
              mb = -1; /* two persons hold it: none */
              break;
            }
            mb = fa->subj;
          }
          free(span);
          if (mb < 0)
            return 0;
          *b = mb;
          return *a != *b;
        }
        *b = ment_ent(c, mb);
        return *a != *b;
      }
    }
  }
  return 0;
}

/* 会谈后，两国元首共同签署《X》: the heads of state are the two persons of
 * the talks the item reports; they issue X when no rule gave it an
 * issuer. */
static void rule_talk_signers(rctx *c)
{
  static const char *const who[] = {"两国元首", "两国领导人", "双方元首"};
  char *proposed = NULL;
  size_t p, k, q;
  int a = -1, b = -1, have = -1;

  for (p = 0; p + 6 < c->n && !c->oom; p++) {
    size_t l = 0;
    int mi, w;
    for (k = 0; k < sizeof who / sizeof *who && !l; k++)
      l = spells_at(c, p, who[k]);
    if (!l)
      continue;
    q = p + l;
    if (spells_at(c, q, "共同"))
      q += 2;
    if (!spells_at(c, q, "签署") && !spells_at(c, q, "发表"))
      continue;
    q += 2;
    if (q < c->n && c->s[q] == 0x4E86) /* 了 */
      q++;
    if (q < c->n && c->s[q] == 0x300A) /* 《 */
      q++;
    if ((mi = c->mstart[q]) < 0 || !pg_etype_is_work(ent_type(c, w = ment_ent(c, mi))))
      continue;
    if (have < 0)
      have = talk_pair(c, &a, &b);
    if (!have)
      return;
    if (!proposed && !(proposed = subjects_of(c, PG_P_PROPOSEDBY, PG_P_PROPOSEDBY)))
      return;
    if (proposed[w])
      continue;
    proposed[w] = 1;
    c->si = pg_doc_sentence_at(&c->a->doc, p);
    add_fact(c, w, PG_P_PROPOSEDBY, a, NULL, PG_LIT_NONE, "rel.proposed.talk-signers");
    add_fact(c, w, PG_P_PROPOSEDBY, b, NULL, PG_LIT_NONE, "rel.proposed.talk-signers");
  }
  free(proposed);
}

/* 哈方主办的阿斯塔纳峰会, 由中国主办的…峰会: the country hosting an event
 * is where it is held, when the document names no other place for it. */
static void rule_host_places(rctx *c)
{
  char *placed = subjects_of(c, PG_P_LOCATION, PG_P_LOCATION);
  size_t i, p, q;
  int ev, host, mi;

  if (!placed)
    return;
  for (i = 0; i < c->a->nm; i++) {
    p = c->a->m[i].cb;
    if (p < 4 || c->mstart[p] != (int)i ||
        ent_type(c, ev = ment_ent(c, (int)i)) != PG_T_EVENT || placed[ev])
      continue;
    q = c->s[p - 1] == 0x7684 ? p - 1 : p; /* 的 */
    if (q < 3 || c->s[q - 1] != 0x529E ||
        (c->s[q - 2] != 0x4E3B && c->s[q - 2] != 0x627F)) /* 主办 承办 */
      continue;
    if ((mi = c->mend[q - 2]) < 0 || !country(c, host = ment_ent(c, mi)))
      continue;
    placed[ev] = 1;
    c->si = pg_doc_sentence_at(&c->a->doc, p);
    add_fact(c, ev, PG_P_LOCATION, host, NULL, PG_LIT_NONE,
             "rel.location.host");
  }
  free(placed);
}

/* Is the event mention m followed in its sentence by 正在 and a verb of
 * holding (…大会正在北京举行, 正在召开的…)?  Up to 12 characters between
 * the name and 正在, none of it a date or a clause's end. */
static int held_now(const rctx *c, const pg_mention *m)
{
  const pg_span *st = &c->a->doc.sent[pg_doc_sentence_at(&c->a->doc, m->cb)];
  size_t p, q;

  for (p = m->ce; p + 1 < st->e && p < m->ce + 12; p++) {
    if (is_clause_end(c->s[p]) || c->dstart[p] >= 0)
      return 0;
    if (c->s[p] != 0x6B63 || c->s[p + 1] != 0x5728) /* 正在 */
      continue;
    for (q = p + 2; q < st->e && q < p + 12 && !is_clause_end(c->s[q]); q++)
      if (pg_reltab_at(c->t, PG_W_HOLD, c->s, q, st->e, NULL))
        return 1;
    return 0;
  }
  return 0;
}

/* An event the document dates nowhere else that is being held as it
 * writes (2025世界机器人大会正在北京举行) is dated by the document. */
static void rule_ongoing_dates(rctx *c)
{
  char *dated;
  char buf[16];
  size_t i, k;

  if (!c->doc.y || !c->doc.m || !c->doc.d)
    return;
  if (!(dated = subjects_of(c, PG_P_DATE, PG_P_STARTDATE)))
    return;
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", c->doc.y, c->doc.m, c->doc.d);
  for (i = 0; i < c->a->ne; i++) {
    const pg_entity *x = &c->a->ent[i];
    if (x->type != PG_T_EVENT || dated[i])
      continue;
    for (k = 0; k < x->n_mention; k++) {
      const pg_mention *m = &c->a->m[x->mention[k]];
      if (!held_now(c, m))
        continue;
      c->si = pg_doc_sentence_at(&c->a->doc, m->cb);
      add_fact(c, (int)i, PG_P_DATE, -1, buf, PG_LIT_DATE, "rel.date.ongoing");
      break;
    }
  }
  free(dated);
}

/* The year an event's name opens with (2021中国电子商务大会, 2022年北京
 * 冬奥会), or 0. */
static int name_year(const char *s)
{
  int y;

  if (!s || !(s[0] == '1' || s[0] == '2') || sscanf(s, "%4d", &y) != 1 ||
      y < 1900 || y > 2100 || !s[1] || !s[2] || !s[3] ||
      (s[4] >= '0' && s[4] <= '9'))
    return 0;
  return y;
}

/* Is an event told of with 日前 or 近日 before it in its sentence (日前，
 * 2025年…峰会在瑞士举办)?  The text then dates it, if only vaguely. */
static int vaguely_dated(const rctx *c, const pg_entity *x)
{
  size_t k, p;

  for (k = 0; k < x->n_mention; k++) {
    const pg_mention *m = &c->a->m[x->mention[k]];
    for (p = c->a->doc.sent[pg_doc_sentence_at(&c->a->doc, m->cb)].b;
         p < m->cb; p++)
      if (c->dstart[p] >= 0 && (c->dx[c->dstart[p]].flags & PG_DATE_F_VAGUE))
        return 1;
  }
  return 0;
}

/* An event the document dates nowhere else is dated by the year its name
 * opens with. */
static void rule_name_years(rctx *c)
{
  char *dated = subjects_of(c, PG_P_DATE, PG_P_STARTDATE), buf[8];
  size_t i, k;
  int y;

  if (!dated)
    return;
  for (i = 0; i < c->a->ne; i++) {
    const pg_entity *x = &c->a->ent[i];
    if (x->type != PG_T_EVENT || dated[i] || !x->n_mention)
      continue;
    y = name_year(x->label);
    for (k = 0; !y && k < x->n_alias; k++)
      y = name_year(x->alias[k]);
    if (!y || vaguely_dated(c, x))
      continue;
    snprintf(buf, sizeof buf, "%04d", y);
    c->si = pg_doc_sentence_at(&c->a->doc, c->a->m[x->mention[0]].cb);
    add_fact(c, (int)i, PG_P_DATE, -1, buf, PG_LIT_GYEAR, "rel.date.name-year");
  }
  free(dated);
}

/* A closing day dates an event only when the document gives it no
 * other date (大会今天闭幕 alone; not after …20日开幕, wherever that is
 * written): drops the closing dates of events dated otherwise. */
static void drop_closing_dates(rctx *c)
{
  size_t i, n = c->a->nf;
  char *other = calloc(c->a->ne + 1, 1);
  unsigned char *drop = calloc(n + 1, 1);

  if (!other || !drop) {
    c->oom = 1;
    goto done;
  }
  for (i = 0; i < n; i++)
    if (c->a->f[i].pred == PG_P_DATE && c->a->f[i].subj >= 0 &&
        strcmp(c->a->f[i].rule, "rel.date.closed"))
      other[c->a->f[i].subj] = 1;
  for (i = 0; i < n; i++)
    drop[i] = c->a->f[i].pred == PG_P_DATE && c->a->f[i].subj >= 0 &&
              other[c->a->f[i].subj] &&
              !strcmp(c->a->f[i].rule, "rel.date.closed");
  pg_annot_drop_facts(c->a, drop);
done:
  free(drop);
  free(other);
}

int pg_relate(pg_relator *r, pg_annot *a, pg_log *log)
{
  rctx c;
  size_t i;
  int rc = 0;

  if (!r || !a || !a->doc.ccp)
    return 0;
  if (init_ctx(&c, r, a))
    c.oom = 1;
  for (i = 0; i < a->doc.n_sent && !c.oom; i++) {
    c.si = i;
    c.sb = a->doc.sent[i].b;
    c.se = a->doc.sent[i].e;
    c.topic = -2;
    relate_sentence(&c);
  }
  if (!c.oom)
    rule_headline_dates(&c);
  if (!c.oom)
    name_rules(&c);
  if (!c.oom)
    rule_effective_dates(&c);
  if (!c.oom)
    rule_motions(&c);
  if (!c.oom)
    rule_session_bodies(&c);
  if (!c.oom)
    rule_work_contents(&c);
  if (!c.oom)
    rule_talk_signers(&c);
  if (!c.oom)
    rule_host_places(&c);
  if (!c.oom)
    rule_ongoing_dates(&c);
  if (!c.oom)
    rule_name_years(&c);
  if (!c.oom)
    drop_closing_dates(&c);
  if (c.oom) {
    pg_log_msg(log, PG_LOG_ERROR,
               &(pg_locator){a->doc.name, 0, 0, -1}, "out of memory");
    rc = -1;
  }
  free_ctx(&c);
  return rc;
}
