/* pg_hmap.h - a multimap from 64-bit hashes to ints, for the indexes that
 * keep the per-document steps linear.
 *
 * The caller hashes its keys (pg_fnv1a) and stores ints (an index into its
 * own arrays) under the hash; a lookup returns every int stored under that
 * hash, in the order added, and the caller checks each against its real
 * key, since different keys may share a hash.  Keys are never copied, so
 * an index over thousands of labels costs a few words per label.  Nothing
 * depends on hash order: the order of values under one hash is the order
 * they were added in.
 */
#ifndef PG_HMAP_H
#define PG_HMAP_H

#include <stddef.h>
#include <stdint.h>

#define PG_FNV_OFFSET 14695981039346656037ULL /* FNV-1a, 64 bits */
#define PG_FNV_PRIME 1099511628211ULL

typedef struct pg_hmap pg_hmap;

/* Constructor: an empty map.  Returns NULL on out of memory. */
pg_hmap *pg_new_hmap(void);
/* Destructor.  Accepts NULL. */
void pg_free_hmap(pg_hmap *m);

/* Adds value v under hash h.  Returns the new entry's index (entries are
 * numbered 0, 1, ... in the order added), or -1 on out of memory (the map
 * is unchanged). */
int pg_hmap_add(pg_hmap *m, uint64_t h, int v);
/* The first entry under hash h, or -1. */
int pg_hmap_first(const pg_hmap *m, uint64_t h);
/* The entry added under the same hash after entry e, or -1. */
int pg_hmap_next(const pg_hmap *m, int e);
/* The value of entry e. */
int pg_hmap_value(const pg_hmap *m, int e);

/* FNV-1a: h (PG_FNV_OFFSET to start) continued over p[0..n). */
uint64_t pg_fnv1a(uint64_t h, const void *p, size_t n);

#endif /* PG_HMAP_H */
