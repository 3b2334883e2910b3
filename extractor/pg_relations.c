/* pg_relations.c - relation rules (see pg_relations.h).  Skeleton. */
#include "pg_relations.h"

#include <stdlib.h>

struct pg_relator {
  int unused;
};

pg_relator *pg_new_relator(const char *datadir, pg_log *log)
{
  return calloc(1, sizeof(pg_relator));
}

void pg_free_relator(pg_relator *r)
{
  free(r);
}

int pg_relate(pg_relator *r, pg_annot *a, pg_log *log)
{
  return 0;
}
