/* pg_hmap.c - a multimap from 64-bit hashes to ints (see pg_hmap.h).
 *
 * Open addressing over the distinct hashes, at most half full, each slot
 * holding the first and last entry of a singly linked list of entries in
 * the order added; the slot table doubles and is rebuilt as distinct
 * hashes arrive, the entry arrays double as entries arrive.  Adding and
 * looking up cost constant expected time.
 */
#include "pg_hmap.h"

#include <stdlib.h>
#include <string.h>

struct pg_hmap {
  uint64_t *h;      /* per slot: its hash, where head[] is set          */
  int *head, *tail; /* per slot: first and last entry + 1; 0 when empty */
  size_t nslot;     /* slots, a power of two (0 before the first add)   */
  size_t nused;     /* slots in use (distinct hashes)                   */
  int *val, *next;  /* per entry: value; next entry of its hash, or -1  */
  size_t n, cap;    /* entries, and room for them                       */
};

pg_hmap *pg_new_hmap(void)
{
  return calloc(1, sizeof(pg_hmap));
}

void pg_free_hmap(pg_hmap *m)
{
  if (!m)
    return;
  free(m->h);
  free(m->head);
  free(m->tail);
  free(m->val);
  free(m->next);
  free(m);
}

/* The slot of hash h: where it is, or the empty slot where it goes. */
static size_t slot_of(const pg_hmap *m, uint64_t h)
{
  size_t i = (size_t)(h ^ (h >> 32)) & (m->nslot - 1);

  while (m->head[i] && m->h[i] != h)
    i = (i + 1) & (m->nslot - 1);
  return i;
}

/* Doubles the slot table (64 slots at first).  0, or -1 on out of
 * memory (m unchanged). */
static int rehash(pg_hmap *m)
{
  pg_hmap o = *m;
  size_t i, k;

  m->nslot = o.nslot ? o.nslot * 2 : 64;
  m->h = malloc(m->nslot * sizeof *m->h);
  m->head = calloc(m->nslot, sizeof *m->head);
  m->tail = calloc(m->nslot, sizeof *m->tail);
  if (!m->h || !m->head || !m->tail) {
    free(m->h);
    free(m->head);
    free(m->tail);
    *m = o;
    return -1;
  }
  for (i = 0; i < o.nslot; i++)
    if (o.head[i]) {
      k = slot_of(m, o.h[i]);
      m->h[k] = o.h[i];
      m->head[k] = o.head[i];
      m->tail[k] = o.tail[i];
    }
  free(o.h);
  free(o.head);
  free(o.tail);
  return 0;
}

/* Room for one more entry.  0, or -1 on out of memory. */
static int reserve(pg_hmap *m)
{
  size_t nc;
  int *p;

  if (m->n < m->cap)
    return 0;
  nc = m->cap ? m->cap * 2 : 64;
  if (!(p = realloc(m->val, nc * sizeof *p)))
    return -1;
  m->val = p;
  if (!(p = realloc(m->next, nc * sizeof *p)))
    return -1; /* val merely grew: m stays consistent */
  m->next = p;
  m->cap = nc;
  return 0;
}

int pg_hmap_add(pg_hmap *m, uint64_t h, int v)
{
  size_t k;

  if ((m->nused + 1) * 2 > m->nslot && rehash(m))
    return -1;
  if (reserve(m))
    return -1;
  m->val[m->n] = v;
  m->next[m->n] = -1;
  k = slot_of(m, h);
  if (!m->head[k]) {
    m->h[k] = h;
    m->head[k] = (int)m->n + 1;
    m->nused++;
  } else {
    m->next[m->tail[k] - 1] = (int)m->n;
  }
  m->tail[k] = (int)m->n + 1;
  return (int)m->n++;
}

int pg_hmap_first(const pg_hmap *m, uint64_t h)
{
  return m->nslot ? m->head[slot_of(m, h)] - 1 : -1;
}

int pg_hmap_next(const pg_hmap *m, int e)
{
  return m->next[e];
}

int pg_hmap_value(const pg_hmap *m, int e)
{
  return m->val[e];
}

uint64_t pg_fnv1a(uint64_t h, const void *p, size_t n)
{
  const unsigned char *s = p;

  while (n--)
    h = (h ^ *s++) * PG_FNV_PRIME;
  return h;
}
