/* test_toy_type.c - a new entity type through the type table alone.
 *
 * Built with -DPG_TEST_TOY_TYPE, which adds one row to
 * extractor/core/pg_etypes.def (Toy), together with its own copies of the
 * annotation set and the lexicon compiled the same way: no other line of
 * code names the type.  The type must then exist everywhere the table
 * reaches: the enum, the names, the IRI slug, the lexicon's type column.
 */
#include "pg_annot.h"
#include "pg_lexicon.h"
#include "../tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PG_TEST_TOY_TYPE
#error "build with -DPG_TEST_TOY_TYPE"
#endif

int main(void)
{
  char dir[] = "/tmp/pg-toy-XXXXXX", path[64];
  pg_log log = {0};
  pg_lexicon *lx;
  pg_annot *a;
  FILE *fp;
  int i, ei;

  is_int(PG_T__COUNT, PG_T_PRODUCT + 2, "one type more, after Product");
  is_str(pg_etype_name(PG_T_TOY), "Toy", "its class name");
  is_str(pg_etype_slug(PG_T_TOY), "toy", "its IRI slug");
  is_str(pg_etype_zh(PG_T_TOY), "玩具", "its Chinese name");
  is_int(pg_etype_from_name("Toy"), PG_T_TOY, "found by name");
  is_int(pg_etype_is_work(PG_T_TOY), 0, "not a work");
  is_str(pg_etype_name(PG_T_PRODUCT), "Product", "the others unchanged");

  /* The lexicon reads the new type from its type column. */
  if (!mkdtemp(dir))
    return 1;
  snprintf(path, sizeof path, "%s/toys.tsv", dir);
  if (!(fp = fopen(path, "w")))
    return 1;
  fputs("Toy\t魔方\tRubik's Cube\t鲁比克方块\t-\t-\n"
        "Product\t文心一言\tERNIE Bot\t-\t-\t-\n", fp);
  fclose(fp);
  lx = pg_new_lexicon(dir, &log);
  ok(lx != NULL, "lexicon with a Toy row loads");
  i = lx ? pg_lexicon_find(lx, "魔方", PG_T_TOY) : -1;
  ok(i >= 0 && pg_lexicon_entry(lx, i)->type == PG_T_TOY,
     "its entry has the new type");
  ok(lx && pg_lexicon_find(lx, "文心一言", PG_T_PRODUCT) >= 0,
     "a Product row beside it still loads");
  pg_free_lexicon(lx);
  unlink(path);
  rmdir(dir);

  /* The annotation set takes an entity of the new type. */
  a = pg_new_annot();
  ei = a ? pg_annot_add_entity(a, PG_T_TOY, "魔方", "Rubik's Cube") : -1;
  ok(ei >= 0 && a->ent[ei].type == PG_T_TOY, "an entity of the new type");
  pg_free_annot(a);
  return tap_done();
}
