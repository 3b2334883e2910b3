/* pg_sentence.c - sentence splitting of the clean text (see pg_sentence.h).
 *
 * One left-to-right pass with a little state: the depth inside 《》 and
 * inside quotes (“” and ASCII "), both reset at every paragraph break so an
 * unbalanced mark cannot swallow the rest of the document.  A sentence
 * ends after a terminator (。！？；!?; and …) outside titles and quotes,
 * extended over closing quotes and brackets and further terminators; a
 * closing quote after a terminator ends the sentence it closes.  Line
 * breaks end a sentence when they end a paragraph: a blank line, or a line
 * end that is not a hard wrap in the middle of a sentence (a long line
 * ending in a Han character or a comma, followed by a Han character).
 * Spans cover the text without leading and trailing whitespace.
 */
#include "pg_sentence.h"
#include "pg_text.h"

#include <stdlib.h>

/* Growable list of spans. */
typedef struct slist {
  pg_span *v;
  size_t n, cap;
} slist;

static int is_term(uint32_t c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B ||
         c == '!' || c == '?' || c == ';' || c == 0x2026;
}

static int is_closer(uint32_t c)
{
  return c == 0x201D || c == 0x2019 || c == '"' ||
         c == 0xFF09 || c == ')' || c == 0x300B || c == 0x300D ||
         c == 0x300F || c == 0x3011 || c == 0x3015 || c == 0x3009 ||
         c == 0x2026;
}

/* Adds [b, e) trimmed of whitespace, if anything is left. */
static int add_span(slist *s, const uint32_t *t, size_t b, size_t e)
{
  while (b < e && pg_is_space(t[b]))
    b++;
  while (e > b && pg_is_space(t[e - 1]))
    e--;
  if (b == e)
    return 0;
  if (s->n == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 64;
    pg_span *v = realloc(s->v, cap * sizeof *v);

    if (!v)
      return -1;
    s->v = v;
    s->cap = cap;
  }
  s->v[s->n].b = b;
  s->v[s->n].e = e;
  s->n++;
  return 0;
}

#define PG_WRAP_MIN 20 /* a hard-wrapped line is at least this long */

/* Whether the '\n' at i ends a paragraph (ls = start of its line). */
static int para_break(const uint32_t *t, size_t n, size_t ls, size_t i)
{
  uint32_t p, q;

  if (i == ls || i + 1 >= n)
    return 1;
  p = t[i - 1];
  q = t[i + 1];
  if (q == '\n' || pg_is_space(q) || pg_is_space(p))
    return 1;
  if (i - ls < PG_WRAP_MIN)
    return 1;
  return !((pg_is_han(p) || p == 0xFF0C || p == 0x3001) && pg_is_han(q));
}

/* End of the sentence whose terminator is at i: past closers and further
 * terminators. */
static size_t extend_end(const uint32_t *t, size_t n, size_t i)
{
  i++;
  while (i < n && (is_term(t[i]) || is_closer(t[i])) && t[i] != '\n')
    i++;
  return i;
}

/* Quote/title state. */
typedef struct qstate {
  int title;  /* depth in 《》                 */
  int curly;  /* depth in “”                   */
  int ascii;  /* inside ASCII "                */
} qstate;

/* Updates q for c; returns 1 if c closed the last open quote. */
static int qstate_step(qstate *q, uint32_t c)
{
  if (c == 0x300A)
    q->title++;
  else if (c == 0x300B && q->title > 0)
    q->title--;
  else if (c == 0x201C)
    q->curly++;
  else if (c == 0x201D && q->curly > 0)
    return --q->curly == 0 && !q->ascii && !q->title;
  else if (c == '"')
    return (q->ascii = !q->ascii) == 0 && !q->curly && !q->title;
  return 0;
}

static int split(slist *s, const uint32_t *t, size_t n)
{
  qstate q = {0, 0, 0};
  size_t i, b = 0, ls = 0, e;

  for (i = 0; i < n; i++) {
    uint32_t c = t[i];

    if (c == '\n') {
      if (para_break(t, n, ls, i)) {
        if (add_span(s, t, b, i))
          return -1;
        b = i + 1;
        q = (qstate){0, 0, 0};
      }
      ls = i + 1;
      continue;
    }
    if (qstate_step(&q, c) && i > b && is_term(t[i - 1])) {
      e = extend_end(t, n, i - 1);
    } else if (is_term(c) && !q.title && !q.curly && !q.ascii) {
      e = extend_end(t, n, i);
    } else {
      continue;
    }
    while (++i < e)
      qstate_step(&q, t[i]);
    if (add_span(s, t, b, e))
      return -1;
    b = e;
    i = e - 1;
  }
  return add_span(s, t, b, n);
}

int pg_sentence_split(pg_doc *doc)
{
  slist s = {NULL, 0, 0};

  free(doc->sent);
  doc->sent = NULL;
  doc->n_sent = 0;
  if (split(&s, doc->ccp, doc->cn)) {
    free(s.v);
    return -1;
  }
  if (!s.v)
    s.v = malloc(sizeof *s.v); /* never NULL for an empty document */
  if (!s.v)
    return -1;
  doc->sent = s.v;
  doc->n_sent = s.n;
  return 0;
}
