/* test_annot.c - the annotation set: mentions, entities, facts, spans. */
#include "pg_annot.h"
#include "pg_text.h"
#include "../tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A document whose clean text drops the space of "美 国": clean "美国出台"
 * maps back to original indexes 0, 2, 3, 4. */
static void fill_doc(pg_doc *d)
{
  static const char orig[] = "美 国出台";
  size_t bad;

  d->orig = strdup(orig);
  d->orig_len = strlen(orig);
  pg_utf8_decode(orig, strlen(orig), &d->ocp, &d->on, &bad);
  d->cn = 4;
  d->ccp = malloc(4 * sizeof *d->ccp);
  d->map = malloc(5 * sizeof *d->map);
  d->ccp[0] = d->ocp[0];
  d->map[0] = 0;
  for (size_t i = 1; i < 4; i++) {
    d->ccp[i] = d->ocp[i + 1];
    d->map[i] = i + 1;
  }
  d->map[4] = d->on;
  d->n_sent = 1;
  d->sent = malloc(sizeof *d->sent);
  d->sent[0].b = 0;
  d->sent[0].e = 4;
}

int main(void)
{
  pg_annot *a = pg_new_annot();
  int mi, ei, ei2, f1, f2;

  ok(a != NULL, "new annotation set");
  fill_doc(&a->doc);
  is_int(a->doc.on, 5, "original has 5 code points");

  mi = pg_annot_add_mention(a, 0, 2, PG_T_PLACE, "test", -1);
  is_int(mi, 0, "first mention index");
  is_str(a->m[mi].surface, "美国", "surface is the clean text");
  is_int(a->m[mi].b, 0, "mention begins at original 0");
  is_int(a->m[mi].e, 3, "mention ends after the stray space: original 3");
  is_int(pg_annot_add_mention(a, 2, 2, PG_T_PLACE, "t", -1), -1,
         "empty span refused");
  is_int(pg_annot_add_mention(a, 3, 9, PG_T_PLACE, "t", -1), -1,
         "span past the end refused");

  ei = pg_annot_add_entity(a, PG_T_PLACE, "美国", "United States");
  is_int(ei, 0, "first entity index");
  ok(pg_annot_link(a, mi, ei) == 0, "link mention to entity");
  is_int(a->m[mi].entity, ei, "mention knows its entity");
  is_int(a->ent[ei].n_mention, 1, "entity knows its mention");
  ok(pg_annot_link(a, 7, ei) == -1, "linking a missing mention fails");

  pg_entity_add_alias(&a->ent[ei], "美国");
  is_int(a->ent[ei].n_alias, 0, "alias equal to the label is not added");
  pg_entity_add_alias(&a->ent[ei], "美 国");
  pg_entity_add_alias(&a->ent[ei], "美 国");
  is_int(a->ent[ei].n_alias, 1, "alias added once");

  ei2 = pg_annot_add_entity(a, PG_T_LAW, "芯片和科学法案", NULL);
  f1 = pg_annot_add_fact(a, ei2, PG_P_PROPOSEDBY, ei, -1, NULL,
                         PG_LIT_NONE, 0, "r1");
  f2 = pg_annot_add_fact(a, ei2, PG_P_PROPOSEDBY, ei, -1, NULL,
                         PG_LIT_NONE, 0, "r2");
  is_int(f2, f1, "duplicate fact is not added twice");
  is_str(a->f[f1].rule, "r1", "first rule wins");
  f2 = pg_annot_add_fact(a, ei2, PG_P_DATE, -1, -1, "2022", PG_LIT_GYEAR, 0,
                         "d");
  ok(f2 != f1, "a different fact is added");
  is_int(a->nf, 2, "two facts");
  f2 = pg_annot_add_fact(a, ei2, PG_P_DATE, -1, -1, "", PG_LIT_ZH, 0, "e");
  is_int(f2, 2, "an empty literal differs from none");

  /* The duplicate index keeps working as it grows: thousands of facts
   * stay in the order added, and every repeat finds its first copy. */
  {
    int ok_all = 1, k;
    char lit[32];
    for (k = 0; k < 5000; k++) {
      snprintf(lit, sizeof lit, "%d", k % 2500);
      f2 = pg_annot_add_fact(a, k % 7, PG_P_JOBTITLE, -1, -1, lit,
                             PG_LIT_ZH, (size_t)k, "g");
      /* (k % 7, k % 2500) repeats only from k = 17500 on: all new */
      ok_all &= f2 == 3 + k;
    }
    ok(ok_all && a->nf == 5003, "5000 distinct facts added in order");
    for (k = 0; k < 5000 && ok_all; k++) {
      snprintf(lit, sizeof lit, "%d", k % 2500);
      ok_all &= pg_annot_add_fact(a, k % 7, PG_P_JOBTITLE, -1, -1, lit,
                                  PG_LIT_ZH, 0, "h") == 3 + k &&
                a->f[3 + k].sent == (size_t)k;
    }
    ok(ok_all && a->nf == 5003, "every repeat finds the first copy");
    is_int(pg_annot_add_fact(a, ei2, PG_P_PROPOSEDBY, ei, -1, NULL,
                             PG_LIT_NONE, 0, "r3"),
           f1, "an early fact is still found after the index grew");
  }

  /* Dropping facts keeps the rest in order and the index in step. */
  {
    unsigned char *drop = calloc(a->nf, 1);
    size_t n0 = a->nf;
    int k, ok_all = 1;
    char lit[32];
    for (k = 0; k < 5000; k += 2)
      drop[3 + k] = 1;
    is_int((int)pg_annot_drop_facts(a, drop), 2500, "2500 facts dropped");
    is_int((int)a->nf, (int)n0 - 2500, "... the rest kept");
    for (k = 1; k < 5000 && ok_all; k += 2) {
      snprintf(lit, sizeof lit, "%d", k % 2500);
      ok_all &= pg_annot_add_fact(a, k % 7, PG_P_JOBTITLE, -1, -1, lit,
                                  PG_LIT_ZH, 0, "i") == 3 + k / 2;
    }
    ok(ok_all && a->nf == n0 - 2500, "... in order, each still found once");
    snprintf(lit, sizeof lit, "%d", 0);
    ok(pg_annot_add_fact(a, 0, PG_P_JOBTITLE, -1, -1, lit, PG_LIT_ZH, 0,
                         "j") == (int)a->nf - 1,
       "... and a dropped fact may be added again");
    free(drop);
  }

  /* Lists that grow past their first allocations keep every element. */
  {
    int ok_all = 1, k;
    char alias[32];
    for (k = 0; k < 300; k++)
      ok_all &= pg_annot_link(a, mi, ei2) == 0;
    for (k = 0; k < 300 && ok_all; k++)
      ok_all &= a->ent[ei2].mention[k] == mi;
    ok(ok_all && a->ent[ei2].n_mention == 300, "300 links kept in order");
    for (k = 0; k < 100; k++) {
      snprintf(alias, sizeof alias, "别名%d", k);
      ok_all &= pg_entity_add_alias(&a->ent[ei2], alias) == 0;
    }
    for (k = 0; k < 100 && ok_all; k++) {
      snprintf(alias, sizeof alias, "别名%d", k);
      ok_all &= !strcmp(a->ent[ei2].alias[k], alias);
    }
    ok(ok_all && a->ent[ei2].n_alias == 100, "100 aliases kept in order");
  }

  is_int(pg_doc_sentence_at(&a->doc, 3), 0, "sentence lookup");
  is_str(pg_etype_name(PG_T_DECLARATION), "Declaration", "type names");
  is_str(pg_pred_name(PG_P_SUBORG), "subOrganizationOf", "predicate names");
  ok(pg_rule_description("org.head") && pg_rule_description("lex") &&
     pg_rule_description("model.perceptron"), "rules have descriptions");
  ok(!pg_rule_description("org.nothing") && !pg_rule_description(NULL),
     "no description for what is no rule");
  is_int(pg_etype_is_work(PG_T_LAW) && !pg_etype_is_work(PG_T_EVENT), 1,
         "works from the type table");
  is_str(pg_etype_slug(PG_T_PERSON), "person", "IRI slugs from the table");
  is_int(pg_etype_from_name("Product"), PG_T_PRODUCT, "type from its name");

  pg_free_annot(a);
  pg_free_annot(NULL);
  ok(1, "free accepts NULL");
  return tap_done();
}
