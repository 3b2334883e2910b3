/* pg_reltab.c - word classes of the relation rules (see pg_reltab.h).
 *
 * Each class is a small array of words kept as code points (the text the
 * rules read is code points), longest first so the first match is the
 * longest.  Options are name/value string pairs.
 *
 * The relation rules ask "does a word of class c start here?" at nearly
 * every position of every clause, and the answer is nearly always no.  So
 * each class also keeps two bit sets over the low bits of its words'
 * first and last code points: a position whose character is in neither
 * is answered in a few instructions, without walking the words.
 */
#include "pg_reltab.h"
#include "pg_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct pg_word {
  uint32_t *cp;   /* the word, owned */
  size_t n;       /* its length      */
  unsigned flags; /* PG_WF_*         */
} pg_word;

typedef struct pg_option {
  char *name, *value; /* owned */
} pg_option;

/* Bits in a class's first/last character filter (a power of two). */
#define PG_CP_FILTER_BITS 1024

struct pg_reltab {
  pg_word *w[PG_WC__COUNT];   /* words per class   */
  size_t nw[PG_WC__COUNT];
  /* per class, bit (cp % PG_CP_FILTER_BITS) is set for the first (last)
   * code point of each of its words */
  uint64_t first[PG_WC__COUNT][PG_CP_FILTER_BITS / 64];
  uint64_t last[PG_WC__COUNT][PG_CP_FILTER_BITS / 64];
  pg_option *opt;            /* named options     */
  size_t nopt;
};

static const char *const class_names[PG_WC__COUNT] = {
#define PG_WCLASS_NAME(id, name) name,
  PG_WCLASSES(PG_WCLASS_NAME)
#undef PG_WCLASS_NAME
};

void pg_free_reltab(pg_reltab *t)
{
  size_t c, i;

  if (!t)
    return;
  for (c = 0; c < PG_WC__COUNT; c++) {
    for (i = 0; i < t->nw[c]; i++)
      free(t->w[c][i].cp);
    free(t->w[c]);
  }
  for (i = 0; i < t->nopt; i++) {
    free(t->opt[i].name);
    free(t->opt[i].value);
  }
  free(t->opt);
  free(t);
}

static void filter_set(uint64_t *f, uint32_t cp)
{
  cp &= PG_CP_FILTER_BITS - 1;
  f[cp / 64] |= (uint64_t)1 << (cp % 64);
}

static int filter_has(const uint64_t *f, uint32_t cp)
{
  cp &= PG_CP_FILTER_BITS - 1;
  return (int)(f[cp / 64] >> (cp % 64) & 1);
}

static int cmp_len_desc(const void *x, const void *y)
{
  const pg_word *a = x, *b = y;

  return a->n < b->n ? 1 : a->n > b->n ? -1 : 0;
}

static unsigned parse_flags(const char *f)
{
  unsigned fl = 0;

  if (f && strstr(f, "adopt"))
    fl |= PG_WF_ADOPT;
  if (f && strstr(f, "end"))
    fl |= PG_WF_END;
  if (f && strstr(f, "close"))
    fl |= PG_WF_CLOSE;
  if (f && strstr(f, "delivered"))
    fl |= PG_WF_DELIVERED;
  if (f && strstr(f, "parties"))
    fl |= PG_WF_PARTIES;
  if (f && strstr(f, "after"))
    fl |= PG_WF_AFTER;
  return fl;
}

/* Adds one word (UTF-8) to class c.  Returns 0 or -1 (out of memory or
 * invalid UTF-8). */
static int add_word(pg_reltab *t, int c, const char *word, const char *f)
{
  pg_word *p, w;
  size_t bad;

  w.cp = NULL;
  w.n = 0;
  if (pg_utf8_decode(word, strlen(word), &w.cp, &w.n, &bad) || !w.n) {
    free(w.cp);
    return -1;
  }
  w.flags = parse_flags(f);
  p = realloc(t->w[c], (t->nw[c] + 1) * sizeof *p);
  if (!p) {
    free(w.cp);
    return -1;
  }
  t->w[c] = p;
  p[t->nw[c]++] = w;
  filter_set(t->first[c], w.cp[0]);
  filter_set(t->last[c], w.cp[w.n - 1]);
  return 0;
}

static int add_option(pg_reltab *t, const char *name, const char *value)
{
  pg_option *p = realloc(t->opt, (t->nopt + 1) * sizeof *p);

  if (!p)
    return -1;
  t->opt = p;
  p[t->nopt].name = strdup(name);
  p[t->nopt].value = strdup(value ? value : "");
  if (!p[t->nopt].name || !p[t->nopt].value) {
    free(p[t->nopt].name);
    free(p[t->nopt].value);
    return -1;
  }
  t->nopt++;
  return 0;
}

/* Parses one line (modified in place).  Returns 0, or -1 if malformed. */
static int parse_line(pg_reltab *t, char *line)
{
  char *cls, *word, *flags;
  size_t c;

  line[strcspn(line, "\r\n")] = '\0';
  if (!*line || *line == '#')
    return 0;
  cls = strtok(line, "\t");
  word = strtok(NULL, "\t");
  flags = strtok(NULL, "\t");
  if (!cls || !word)
    return -1;
  if (!strcmp(cls, "option"))
    return add_option(t, word, flags);
  for (c = 0; c < PG_WC__COUNT; c++)
    if (!strcmp(cls, class_names[c]))
      return add_word(t, (int)c, word, flags);
  return -1;
}

pg_reltab *pg_new_reltab(const char *path, pg_log *log)
{
  pg_reltab *t = calloc(1, sizeof *t);
  FILE *fp = NULL;
  char line[1024];
  long ln = 0;
  size_t c;

  if (!t)
    goto err;
  if (!(fp = fopen(path, "r"))) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
               "cannot read relation rules");
    goto err;
  }
  while (fgets(line, sizeof line, fp)) {
    ln++;
    if (parse_line(t, line)) {
      pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, ln, 0, -1},
                 "malformed relation rule (want CLASS<TAB>WORD[<TAB>FLAGS])");
      goto err;
    }
  }
  fclose(fp);
  for (c = 0; c < PG_WC__COUNT; c++)
    if (t->nw[c])
      qsort(t->w[c], t->nw[c], sizeof *t->w[c], cmp_len_desc);
  return t;

err:
  if (fp)
    fclose(fp);
  pg_free_reltab(t);
  return NULL;
}

size_t pg_reltab_at(const pg_reltab *t, pg_wclass c, const uint32_t *s,
                    size_t i, size_t lim, unsigned *flags)
{
  size_t k;

  if (i >= lim || !filter_has(t->first[c], s[i]))
    return 0;
  for (k = 0; k < t->nw[c]; k++) {
    const pg_word *w = &t->w[c][k];
    if (i + w->n <= lim && w->cp[0] == s[i] &&
        !memcmp(s + i, w->cp, w->n * sizeof *s)) {
      if (flags)
        *flags = w->flags;
      return w->n;
    }
  }
  return 0;
}

size_t pg_reltab_before(const pg_reltab *t, pg_wclass c, const uint32_t *s,
                        size_t lo, size_t i)
{
  size_t k;

  if (i <= lo || !filter_has(t->last[c], s[i - 1]))
    return 0;
  for (k = 0; k < t->nw[c]; k++) {
    const pg_word *w = &t->w[c][k];
    if (i >= lo + w->n && w->cp[w->n - 1] == s[i - 1] &&
        !memcmp(s + i - w->n, w->cp, w->n * sizeof *s))
      return w->n;
  }
  return 0;
}

int pg_reltab_suffix(const pg_reltab *t, pg_wclass c, const char *str)
{
  uint32_t *cp = NULL;
  size_t n = 0, bad;
  int hit;

  if (!str || pg_utf8_decode(str, strlen(str), &cp, &n, &bad))
    return 0;
  hit = pg_reltab_before(t, c, cp, 0, n) > 0;
  free(cp);
  return hit;
}

const char *pg_reltab_option(const pg_reltab *t, const char *name)
{
  size_t i;

  for (i = 0; i < t->nopt; i++)
    if (!strcmp(t->opt[i].name, name))
      return t->opt[i].value;
  return NULL;
}
