/* pg_recognize.c - entity recognition (see pg_recognize.h).
 * Skeleton: titled works in 《》 typed by head word. */
#include "pg_recognize.h"
#include "pg_text.h"

#include <stdlib.h>
#include <string.h>

struct pg_recognizer {
  int unused;
};

pg_recognizer *pg_new_recognizer(const char *datadir, pg_log *log)
{
  return calloc(1, sizeof(pg_recognizer));
}

void pg_free_recognizer(pg_recognizer *r)
{
  free(r);
}

static pg_etype work_type(const uint32_t *s, size_t n)
{
  static const struct { const char *head; pg_etype t; } heads[] = {
    {"宣言", PG_T_DECLARATION}, {"声明", PG_T_DECLARATION},
    {"决议", PG_T_DECLARATION}, {"倡议", PG_T_INITIATIVE},
    {"计划", PG_T_INITIATIVE}, {"行动", PG_T_INITIATIVE},
    {"规划", PG_T_INITIATIVE}, {"法案", PG_T_LAW}, {"规定", PG_T_LAW},
    {"公约", PG_T_LAW}, {"法", PG_T_LAW}, {"报告", PG_T_REPORT},
  };
  char *u = pg_utf8_encode(s, n);
  pg_etype t = PG_T_NONE;
  size_t i, ul = u ? strlen(u) : 0;

  for (i = 0; u && i < sizeof heads / sizeof *heads; i++) {
    size_t hl = strlen(heads[i].head);
    if (ul >= hl && !memcmp(u + ul - hl, heads[i].head, hl)) {
      t = heads[i].t;
      break;
    }
  }
  free(u);
  return t;
}

int pg_recognize(pg_recognizer *r, pg_annot *a, pg_log *log)
{
  const pg_doc *d = &a->doc;
  size_t i, j;

  for (i = 0; i < d->cn; i++) {
    if (d->ccp[i] != 0x300A)
      continue;
    for (j = i + 1; j < d->cn && d->ccp[j] != 0x300B && j - i < 200; j++)
      ;
    if (j < d->cn && d->ccp[j] == 0x300B && j > i + 1) {
      pg_etype t = work_type(d->ccp + i + 1, j - i - 1);
      if (t != PG_T_NONE) {
        int mi = pg_annot_add_mention(a, i + 1, j, t, "work.title", -1);
        size_t k;
        int ei = -1;
        if (mi < 0)
          return -1;
        for (k = 0; k < a->ne; k++)
          if (!strcmp(a->ent[k].label, a->m[mi].surface))
            ei = (int)k;
        if (ei < 0 && (ei = pg_annot_add_entity(a, t, a->m[mi].surface,
                                                 NULL)) < 0)
          return -1;
        if (pg_annot_link(a, mi, ei))
          return -1;
      }
    }
  }
  return 0;
}
