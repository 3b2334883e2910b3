/* pg_repair.c - layout repair (see pg_repair.h).  Skeleton: identity. */
#include "pg_repair.h"

#include <stdlib.h>
#include <string.h>

int pg_repair(pg_doc *doc, const pg_repair_opts *opts, pg_log *log)
{
  size_t i;

  doc->ccp = malloc((doc->on + 1) * sizeof *doc->ccp);
  doc->map = malloc((doc->on + 1) * sizeof *doc->map);
  if (!doc->ccp || !doc->map)
    return -1;
  if (doc->on)
    memcpy(doc->ccp, doc->ocp, doc->on * sizeof *doc->ccp);
  for (i = 0; i <= doc->on; i++)
    doc->map[i] = i;
  doc->cn = doc->on;
  return 0;
}
