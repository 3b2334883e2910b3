/* test_hmap.c - the hash multimap behind the per-document indexes: values
 * under one hash come back in the order added, colliding keys share a
 * list, growth keeps everything, FNV-1a matches its published values. */
#include "pg_hmap.h"
#include "../tap.h"

#include <stdlib.h>
#include <string.h>

/* The values under hash h, in order, into out (at most max); their count. */
static int values(const pg_hmap *m, uint64_t h, int *out, int max)
{
  int e, n = 0;

  for (e = pg_hmap_first(m, h); e >= 0 && n < max; e = pg_hmap_next(m, e))
    out[n++] = pg_hmap_value(m, e);
  return n;
}

int main(void)
{
  pg_hmap *m = pg_new_hmap();
  int v[8], k, ok_all = 1;

  ok(m != NULL, "new map");
  is_int(pg_hmap_first(m, 42), -1, "empty map: nothing under any hash");
  is_int(pg_hmap_add(m, 42, 7), 0, "entries are numbered from 0");
  is_int(pg_hmap_add(m, 43, 8), 1, "... in the order added");
  is_int(pg_hmap_add(m, 42, 9), 2, "a second value under one hash");
  is_int(values(m, 42, v, 8), 2, "two values under 42");
  ok(v[0] == 7 && v[1] == 9, "... in the order added");
  is_int(pg_hmap_next(m, 0), 2, "entry 0 is followed by entry 2");
  is_int(pg_hmap_next(m, 1), -1, "entry 1 is alone under 43");
  is_int(pg_hmap_first(m, 44), -1, "an absent hash");

  /* Thousands of hashes (the slot table grows many times over), some
   * with several values: every value stays under its hash, in order. */
  for (k = 0; k < 20000; k++)
    ok_all &= pg_hmap_add(m, (uint64_t)(k % 5000) * 0x9E3779B97F4A7C15ULL,
                          k) == k + 3;
  ok(ok_all, "20000 more entries added");
  for (k = 0; k < 5000 && ok_all; k++)
    ok_all &= values(m, (uint64_t)k * 0x9E3779B97F4A7C15ULL, v, 8) == 4 &&
              v[0] == k && v[1] == k + 5000 && v[2] == k + 10000 &&
              v[3] == k + 15000;
  ok(ok_all, "each hash keeps its four values in order");
  is_int(values(m, 42, v, 8), 2, "the first entries survive growth");

  /* FNV-1a 64 test vectors (Fowler, Noll, Vo). */
  ok(pg_fnv1a(PG_FNV_OFFSET, "", 0) == 0xcbf29ce484222325ULL, "fnv1a(\"\")");
  ok(pg_fnv1a(PG_FNV_OFFSET, "a", 1) == 0xaf63dc4c8601ec8cULL, "fnv1a(a)");
  ok(pg_fnv1a(pg_fnv1a(PG_FNV_OFFSET, "foo", 3), "bar", 3) ==
         pg_fnv1a(PG_FNV_OFFSET, "foobar", 6),
     "fnv1a continues a hash");
  ok(pg_fnv1a(PG_FNV_OFFSET, "foobar", 6) == 0x85944171f73967e8ULL,
     "fnv1a(foobar)");

  pg_free_hmap(m);
  pg_free_hmap(NULL);
  ok(1, "free accepts NULL");
  return tap_done();
}
