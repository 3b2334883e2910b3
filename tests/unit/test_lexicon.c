/* test_lexicon.c - the Aho-Corasick automaton, word tries and the lexicon
 * loaded from ontology/lexicon. */
#include "pg_lexicon.h"
#include "pg_text.h"
#include "../tap.h"

#include <stdlib.h>
#include <string.h>

typedef struct hits {
  size_t b[32], e[32];
  int v[32], n;
} hits;

static int on_hit(void *user, size_t b, size_t e, int value)
{
  hits *h = user;

  if (h->n < 32) {
    h->b[h->n] = b;
    h->e[h->n] = e;
    h->v[h->n++] = value;
  }
  return 0;
}

static uint32_t *fold(const char *s, size_t *n)
{
  uint32_t *cp;
  size_t bad, i;

  pg_utf8_decode(s, strlen(s), &cp, n, &bad);
  for (i = 0; i < *n; i++)
    cp[i] = pg_fold_cp(cp[i]);
  return cp;
}

static void test_ac(void)
{
  pg_ac *ac = pg_new_ac(0), *rv = pg_new_ac(1);
  hits h = {{0}, {0}, {0}, 0};
  size_t n;
  uint32_t *t;
  int v = -1;

  is_int(pg_ac_add(ac, "中国", 0), 0, "add 中国");
  is_int(pg_ac_add(ac, "中国科学院", 1), 0, "add 中国科学院");
  is_int(pg_ac_add(ac, "科学", 2), 0, "add 科学");
  is_int(pg_ac_add(ac, "中国", 9), 1, "duplicate key keeps first value");
  is_int(pg_ac_add(ac, "ChatGPT", 3), 0, "add Latin key");
  pg_ac_build(ac);
  t = fold("在中国科学院用ＣｈａｔＧＰＴ", &n);
  pg_ac_scan(ac, t, n, on_hit, &h);
  is_int(h.n, 4, "four occurrences (overlapping ones too)");
  ok(h.n == 4 && h.b[0] == 1 && h.e[0] == 3 && h.v[0] == 0, "中国 at 1-3");
  ok(h.n == 4 && h.b[2] == 1 && h.e[2] == 6 && h.v[2] == 1,
     "中国科学院 at 1-6");
  ok(h.n == 4 && h.b[3] == 7 && h.e[3] == 14 && h.v[3] == 3,
     "full-width ChatGPT folds to the Latin key");
  is_int(pg_ac_longest_at(ac, t, n, 1, &v), 5, "longest at 1 is 5 long");
  is_int(v, 1, "... 中国科学院");
  is_int(pg_ac_longest_at(ac, t, n, 0, NULL), 0, "nothing starts at 0");
  pg_ac_add(rv, "研究院", 0);
  pg_ac_add(rv, "院", 1);
  is_int(pg_ac_longest_ending(rv, t, 0, 6, &v), 1, "院 ends at 6");
  free(t);
  t = fold("战略研究院", &n);
  is_int(pg_ac_longest_ending(rv, t, 0, n, &v), 3, "研究院 ends the text");
  is_int(pg_ac_longest_ending(rv, t, 3, n, &v), 1, "... not left of lo");
  free(t);
  pg_free_ac(ac);
  pg_free_ac(rv);
}

static void test_lexicon(void)
{
  const char *dd = getenv("POLICYGRAPH_DATADIR");
  char dir[4096];
  pg_lexicon *lx;
  int i;

  snprintf(dir, sizeof dir, "%s/lexicon", dd ? dd : "ontology");
  lx = pg_new_lexicon(dir, NULL);
  ok(lx != NULL, "lexicon loads from %s", dir);
  if (!lx)
    return;
  ok(pg_lexicon_size(lx) > 500, "lexicon has %zu entries",
     pg_lexicon_size(lx));
  i = pg_lexicon_find(lx, "联合国人权理事会", PG_T_ORGANIZATION);
  ok(i >= 0, "联合国人权理事会 is an organization");
  is_str(i >= 0 ? pg_lexicon_entry(lx, i)->parent : NULL, "联合国",
         "... of the United Nations");
  i = pg_lexicon_find(lx, "中国", PG_T_PLACE);
  is_str(i >= 0 ? pg_lexicon_entry(lx, i)->label_en : NULL, "China",
         "中国 has an English label");
  is_str(i >= 0 ? pg_lexicon_entry(lx, i)->subtype : NULL, "country",
         "... and is a country");
  i = pg_lexicon_find(lx, "中国科学院", PG_T_ORGANIZATION);
  ok(i >= 0 && (pg_lexicon_entry(lx, i)->flags & PG_LEX_PREFIXNAMING),
     "中国科学院 names its institutes with its own name");
  is_int(pg_lexicon_find(lx, "单志广", PG_T_NONE), -1,
         "no article-specific people in the lexicon");
  is_int(pg_etype_from_name("Declaration"), PG_T_DECLARATION, "type names");
  pg_free_lexicon(lx);
}

static void test_alias_walk(void)
{
  char buf[16];
  const char *a = "中办|中共中央办公厅|x";

  a = pg_lex_alias_next(a, buf, sizeof buf);
  is_str(buf, "中办", "first alias");
  a = pg_lex_alias_next(a, buf, sizeof buf);
  is_str(buf, "", "an alias too long for the buffer comes out empty");
  a = pg_lex_alias_next(a, buf, sizeof buf);
  is_str(buf, "x", "last alias");
  ok(pg_lex_alias_next(a, buf, sizeof buf) == NULL, "then the end");
  ok(pg_lex_alias_next(NULL, buf, sizeof buf) == NULL, "no aliases");
}

int main(void)
{
  test_ac();
  test_lexicon();
  test_alias_walk();
  return tap_done();
}
