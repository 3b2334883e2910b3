/* pg_rctx.c - the recognizers' helpers on one document's context.
 *
 * Adding candidates, aliases, labels and facts (growing arrays; the first
 * allocation failure sets x->oom and every later call does nothing), the
 * text under a view span, word-table lookups and the character classes of
 * the view.  See pg_rctx.h for the layout.
 */
#include "pg_rctx.h"
#include "pg_text.h"

#include <stdlib.h>
#include <string.h>

int pg_rc_is_open_quote(uint32_t c)
{
  return c == '"' || c == 0x201C || c == 0x300C || c == 0x300E ||
         c == 0x2018;
}

int pg_rc_is_close_quote(uint32_t c)
{
  return c == '"' || c == 0x201D || c == 0x300D || c == 0x300F ||
         c == 0x2019;
}

int pg_rc_han_value(uint32_t c)
{
  /* 〇零一二三四五六七八九十百 */
  static const uint32_t han[] = {0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09,
                                 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
                                 0x4E5D, 0x5341, 0x767E};
  static const int value[] = {0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100};
  size_t i;

  for (i = 0; i < sizeof han / sizeof *han; i++)
    if (han[i] == c)
      return value[i];
  return -1;
}

size_t pg_rc_term_at(const pg_rctx *x, size_t b)
{
  size_t k = b;

  if (k < x->vn && x->v[k] == 0x7B2C) /* 第 */
    k++;
  while (k < x->vn && pg_rc_is_numeral(x->v[k]) && k - b < 5)
    k++;
  if (k == b || k >= x->vn || x->v[k] != 0x5C4A || /* 届 */
      !pg_rc_is_numeral(x->v[k - 1]))
    return 0;
  return k + 1;
}

int pg_rc_is_numeral(uint32_t c)
{
  return (c >= '0' && c <= '9') || pg_rc_han_value(c) >= 0;
}

int pg_rc_is_punct(uint32_t c)
{
  static const uint32_t p[] = {
    ',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '\n', '/',
    '<', '>', '%', '&', '*', '=', '~', '|', '#', '@',
    0x3001, 0x3002, 0x300A, 0x300B, 0x201C, 0x201D, 0x2018, 0x2019,
    0x3010, 0x3011, 0x300C, 0x300D, 0x300E, 0x300F, 0x2026,
    0xFF5E, 0x3008, 0x3009, 0x2022, 0xFE10, 0xFE11
  };
  size_t i;

  if (c < 0x80)
    return c < 0x20 || (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
                        !(c >= '0' && c <= '9') && c != '-' && c != '+' &&
                        c != '.' && c != '_' && c != ' ');
  if (c >= 0x4E00 && c <= 0x9FFF)
    return 0;
  for (i = 0; i < sizeof p / sizeof *p; i++)
    if (c == p[i])
      return 1;
  return 0;
}

int pg_rc_is_name_char(uint32_t c)
{
  return pg_is_han(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == 0x2014 || c == '-' || c == 0x00B7 || c == 0x2027 || c == '+';
}

size_t pg_rc_word_at(const pg_rctx *x, int table, size_t i, int *val)
{
  return i < x->vn ? pg_ac_longest_at(x->r->fw[table], x->v, x->vn, i, val)
                   : 0;
}

size_t pg_rc_word_ending(const pg_rctx *x, int table, size_t lo, size_t e,
                         int *val)
{
  return pg_ac_longest_ending(x->r->bw[table], x->v, lo, e, val);
}

int pg_rc_stop_in(const pg_rctx *x, size_t i)
{
  static const char *const school_words[] = {"职业", "专业", "教育"};
  int val = -1;
  const char *v;
  size_t l;

  if (!(l = pg_rc_word_at(x, PG_W_STOP, i, &val)))
    return 0;
  /* 等 closes a list, but 高等 (高等教育学会, 高等法院) and 中等 before
   * a school word (中等职业学校) are words of a name */
  if (x->v[i] == 0x7B49 && i > 0 &&
      (x->v[i - 1] == 0x9AD8 || /* 高 */
       (x->v[i - 1] == 0x4E2D && /* 中 */
        PG_RC_SPELLS_ANY(x, i + 1, school_words))))
    return 0;
  if (pg_rc_word_at(x, PG_W_ORGHEAD, i, NULL) > l ||
      pg_rc_word_at(x, PG_W_EVENTHEAD, i, NULL) > l)
    return 0; /* 共同|体, 发布|会: a longer head word, no stop */
  v = pg_rc_value(x, PG_W_STOP, val);
  return v && !strcmp(v, "b");
}

const char *pg_rc_value(const pg_rctx *x, int table, int val)
{
  return (val >= 0 && (size_t)val < x->r->nval[table])
             ? x->r->wval[table][val]
             : NULL;
}

int pg_rc_all_generic(const pg_rctx *x, size_t b, size_t e, int places)
{
  size_t i = b, l;

  while (i < e) {
    int ci = x->lexat[i];
    l = pg_rc_word_at(x, PG_W_GENERIC, i, NULL);
    if (places && ci >= 0 && x->c[ci].ve - i > l &&
        (x->c[ci].type == PG_T_PLACE || x->c[ci].type == PG_T_ORGANIZATION))
      l = x->c[ci].ve - i;
    if (places && !l && (x->v[i] == 0x2014 || x->v[i] == 0x4E00))
      l = 1;
    if (!l || i + l > e)
      return 0;
    i += l;
  }
  return 1;
}

int pg_rc_lex_on(const pg_rctx *x, size_t b, size_t e, pg_etype t)
{
  int ci = b < x->vn ? x->lexat[b] : -1;

  if (ci >= 0 && x->c[ci].ve == e &&
      (t == PG_T_NONE || x->c[ci].type == t))
    return ci;
  return -1;
}

int pg_rc_add(pg_rctx *x, size_t vb, size_t ve, pg_etype type,
              const char *rule, int lex, int prio)
{
  pg_cand *c;

  if (x->oom || ve <= vb || ve > x->vn)
    return -1;
  if (x->nc == x->ccap) {
    size_t nc = x->ccap ? x->ccap * 2 : 256;
    pg_cand *p = realloc(x->c, nc * sizeof *p);
    if (!p) {
      x->oom = 1;
      return -1;
    }
    x->c = p;
    x->ccap = nc;
  }
  c = &x->c[x->nc];
  memset(c, 0, sizeof *c);
  c->vb = vb;
  c->ve = ve;
  c->type = type;
  c->rule = rule;
  c->lex = lex;
  c->prio = prio;
  c->mi = -1;
  c->same = -1;
  c->top = -1;
  return (int)x->nc++;
}

int pg_rc_alias(pg_rctx *x, int ci, const char *alias)
{
  pg_cand *c;

  if (ci < 0 || !alias || !*alias)
    return 0;
  c = &x->c[ci];
  if (c->n_alias == (int)(sizeof c->alias / sizeof *c->alias))
    return 0;
  if (!(c->alias[c->n_alias] = strdup(alias))) {
    x->oom = 1;
    return -1;
  }
  c->n_alias++;
  return 0;
}

int pg_rc_key(pg_rctx *x, int ci, const char *key)
{
  if (ci < 0 || !key || !*key || x->c[ci].key)
    return 0;
  if (!(x->c[ci].key = strdup(key))) {
    x->oom = 1;
    return -1;
  }
  return 0;
}

void pg_rc_label(pg_rctx *x, int ci, char *label)
{
  if (ci < 0 || !label) {
    free(label);
    return;
  }
  free(x->c[ci].label);
  x->c[ci].label = label;
}

int pg_rc_fact(pg_rctx *x, int subj, pg_pred pred, int obj, int obj2,
               const char *lit, pg_littype lt, size_t vpos, const char *rule)
{
  pg_pfact *f;

  if (subj < 0 || (obj < 0 && !lit) || x->oom)
    return -1;
  if (x->nf == x->fcap) {
    size_t nc = x->fcap ? x->fcap * 2 : 64;
    pg_pfact *p = realloc(x->f, nc * sizeof *p);
    if (!p) {
      x->oom = 1;
      return -1;
    }
    x->f = p;
    x->fcap = nc;
  }
  f = &x->f[x->nf];
  f->subj = subj;
  f->pred = pred;
  f->obj = obj;
  f->obj2 = obj2;
  f->lit = lit ? strdup(lit) : NULL;
  f->lt = lt;
  f->vpos = vpos;
  f->rule = rule;
  if (lit && !f->lit) {
    x->oom = 1;
    return -1;
  }
  x->nf++;
  return 0;
}

/* Is the code point a Latin letter or digit, or the + of a name? */
static int latin_word_cp(uint32_t c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z') || c == '+';
}

/* The clean text under view span [b, e).  dash: a 一 between two
 * lexicon names is the dash it stands for; spaced: white space between
 * two Latin words stays, as one space (Snapdragon X Elite). */
static char *encode_view(pg_rctx *x, size_t b, size_t e, int dash, int spaced)
{
  uint32_t *buf;
  size_t i, k = 0;
  char *s;

  if (e > x->vn)
    e = x->vn;
  buf = malloc((e > b ? 2 * (e - b) : 1) * sizeof *buf);
  if (!buf) {
    x->oom = 1;
    return NULL;
  }
  for (i = b; i < e; i++) {
    uint32_t c = x->a->doc.ccp[x->vmap[i]];
    if (c == '\n')
      continue;
    if (dash && c == 0x4E00 && i > b && i + 1 < e && x->lexend[i] >= 0 &&
        x->lexat[i + 1] >= 0)
      c = 0x2014;
    if (spaced && i > b && x->vmap[i] > x->vmap[i - 1] + 1 &&
        latin_word_cp(c) && latin_word_cp(x->a->doc.ccp[x->vmap[i - 1]]))
      buf[k++] = ' ';
    buf[k++] = c;
  }
  s = pg_utf8_encode(buf, k);
  free(buf);
  if (!s)
    x->oom = 1;
  return s;
}

char *pg_rc_text(pg_rctx *x, size_t b, size_t e)
{
  return encode_view(x, b, e, 0, 0);
}

char *pg_rc_name(pg_rctx *x, size_t b, size_t e)
{
  return encode_view(x, b, e, 1, 0);
}

char *pg_rc_latin_name(pg_rctx *x, size_t b, size_t e)
{
  return encode_view(x, b, e, 0, 1);
}

char *pg_rc_text_orig(pg_rctx *x, size_t b, size_t e)
{
  const pg_doc *d = &x->a->doc;
  uint32_t *o;
  size_t k;
  char *s;

  if (e <= b || !d->map || !d->ocp)
    return pg_rc_text(x, b, e);
  if (!(o = malloc((e - b) * sizeof *o))) {
    x->oom = 1;
    return NULL;
  }
  for (k = b; k < e; k++) {
    size_t ci = x->vmap[k], oi = ci < d->cn ? d->map[ci] : d->on;
    if (oi >= d->on || !pg_is_han(d->ocp[oi]) || !pg_is_han(x->v[k])) {
      free(o);
      return pg_rc_text(x, b, e);
    }
    o[k - b] = d->ocp[oi];
  }
  s = pg_utf8_encode(o, e - b);
  free(o);
  if (!s)
    x->oom = 1;
  return s;
}

int pg_rc_alias_text(pg_rctx *x, int ci, size_t b, size_t e)
{
  char *s;
  int rc;

  if (e <= b)
    return 0;
  if (!(s = pg_rc_text(x, b, e))) {
    x->oom = 1;
    return -1;
  }
  rc = pg_rc_alias(x, ci, s);
  free(s);
  return rc;
}

int pg_rc_alias_name(pg_rctx *x, int ci, size_t b, size_t e)
{
  char *s;
  int rc;

  if (e <= b)
    return 0;
  if (!(s = pg_rc_name(x, b, e))) {
    x->oom = 1;
    return -1;
  }
  rc = pg_rc_alias(x, ci, s);
  free(s);
  return rc;
}

int pg_rc_lex_country(const pg_rctx *x, int lex)
{
  const pg_lex_entry *le = lex >= 0 ? pg_lexicon_entry(x->r->lex, lex) : NULL;

  return le && le->type == PG_T_PLACE && le->subtype &&
         !strcmp(le->subtype, "country");
}

size_t pg_rc_spells(const pg_rctx *x, size_t i, const char *w)
{
  return pg_utf8_spells(x->v, x->vn, i, w);
}

size_t pg_rc_spells_any(const pg_rctx *x, size_t i, const char *const *w,
                        size_t n)
{
  size_t k, l;

  for (k = 0; k < n; k++)
    if ((l = pg_rc_spells(x, i, w[k])))
      return l;
  return 0;
}

size_t pg_rc_stop_before_known(const pg_rctx *x, size_t k)
{
  size_t sw = pg_rc_word_at(x, PG_W_STOP, k, NULL);
  int ci;

  if (!sw || k + sw >= x->vn || (ci = x->lexat[k + sw]) < 0 ||
      x->c[ci].vb != k + sw ||
      (x->c[ci].type != PG_T_PLACE && x->c[ci].type != PG_T_ORGANIZATION))
    return 0;
  return sw;
}

size_t pg_rc_time_word_at(const pg_rctx *x, size_t p)
{
  /* two characters each; the recognizers' own words of time, kept apart
   * from the date reader's, which dates them */
  static const char *const w[] = {"本周", "本月", "今天", "今日", "今晚",
                                  "昨天", "昨日", "昨晚", "明天", "明年",
                                  "近日", "日前", "当天", "当晚", "今年",
                                  "去年"};

  return PG_RC_SPELLS_ANY(x, p, w);
}

int pg_rc_spells_before(const pg_rctx *x, size_t e, const char *w)
{
  return e >= 2 && pg_rc_spells(x, e - 2, w) == 2;
}

char *pg_rc_text_cut(pg_rctx *x, size_t b, size_t e, size_t cut)
{
  char *head = pg_rc_text(x, b, cut), *tail = pg_rc_text(x, cut + 1, e);
  char *s = head && tail ? malloc(strlen(head) + strlen(tail) + 1) : NULL;

  if (s) {
    strcpy(s, head);
    strcat(s, tail);
  } else {
    x->oom = 1;
  }
  free(head);
  free(tail);
  return s;
}

int *pg_rc_end_index(pg_rctx *x, pg_etype t)
{
  int *oe = malloc((x->vn + 1) * sizeof *oe);
  size_t i;

  if (!oe) {
    x->oom = 1;
    return NULL;
  }
  for (i = 0; i <= x->vn; i++)
    oe[i] = -1;
  for (i = 0; i < x->nc; i++)
    if (x->c[i].type == t && x->c[i].ve > x->c[i].vb &&
        (oe[x->c[i].ve] < 0 ||
         x->c[oe[x->c[i].ve]].ve - x->c[oe[x->c[i].ve]].vb <
             x->c[i].ve - x->c[i].vb))
      oe[x->c[i].ve] = (int)i;
  return oe;
}
