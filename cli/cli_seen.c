/* cli_seen.c - inputs that share a document id (see cli_seen.h).
 *
 * The run keeps a Bloom filter of the ids' hashes (12 bits a document,
 * 8 probes: about 0.3% false positives), and one bit per document that
 * failed before it had an id: for 200 000 documents about 300-600 KB,
 * where the ids themselves took 20 MB and a hash table 1-2 MB.  The filter
 * scales: when one fills up to its capacity a twice larger one is added
 * (all are probed, so the false positive rate stays within a few per
 * cent), starting from the caller's estimate of the document count.
 *
 * An id the filter has seen already is a candidate; its 64-bit hash is
 * kept.  At the end a walk over the inputs counts how many documents
 * hash to each candidate, dropping the false positives (one document),
 * and a second walk names the rest; only those ids are compared as
 * strings, so the rare 64-bit collision cannot make a wrong warning.
 */
#include "cli_seen.h"
#include "policygraph.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BITS_PER_DOC 12   /* filter bits for each document of capacity */
#define PROBES 8          /* bits set and tested per id                 */
#define FIRST_CAP 16384   /* capacity of the first filter at least      */

/* An id that does not come from its input's name (standard input). */
typedef struct own_id {
  size_t index;   /* the document's number in the run */
  char *id;       /* owned                            */
} own_id;

/* A document whose hash is a candidate, named at the end. */
typedef struct named {
  char *id;       /* owned */
  char *path;     /* owned */
  size_t index;   /* its number in the run */
} named;

/* One Bloom filter of the chain. */
typedef struct bloom {
  uint64_t *bits;   /* owned: nbits bits                 */
  uint64_t nbits;   /* BITS_PER_DOC * cap                */
  size_t cap;       /* documents it is sized for         */
  size_t n;         /* documents added                   */
} bloom;

struct cli_seen {
  bloom f[48];          /* the filters, f[0..nf) (doubling: never full) */
  int nf;
  size_t first_cap;     /* capacity of f[0]                            */
  uint64_t *cand;       /* owned: hashes that came again               */
  size_t ncand, candcap;
  unsigned char *failed; /* owned: bit i = document i had no id        */
  size_t fbytes;        /* bytes allocated in failed                   */
  own_id *own;          /* owned: ids not derived from the name, by index */
  size_t nown, owncap;
  size_t count;         /* documents recorded                          */
};

/* FNV-1a, then a 64-bit finalizer (murmur3's) to spread the bits. */
static uint64_t hash64(const char *s)
{
  uint64_t h = 1469598103934665603ULL;

  for (; *s; s++) {
    h ^= (unsigned char)*s;
    h *= 1099511628211ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

/* Grows array *p of *cap elements of size sz to hold n + 1.  Returns 0
 * or -1. */
static int reserve(void *p, size_t *cap, size_t n, size_t sz)
{
  void *q;
  size_t nc;

  if (n < *cap)
    return 0;
  nc = *cap ? 2 * *cap : 16;
  if (!(q = realloc(*(void **)p, nc * sz)))
    return -1;
  *(void **)p = q;
  *cap = nc;
  return 0;
}

/* Whether every probe bit of h is set in b (set: sets them). */
static int bloom_probe(bloom *b, uint64_t h, int set)
{
  uint64_t h2 = (h >> 32 | h << 32) | 1, at;
  int i, all = 1;

  for (i = 0; i < PROBES; i++) {
    at = (h + (uint64_t)i * h2) % b->nbits;
    if (!(b->bits[at / 64] >> (at % 64) & 1)) {
      all = 0;
      if (set)
        b->bits[at / 64] |= (uint64_t)1 << (at % 64);
      else
        return 0;
    }
  }
  return all;
}

/* Adds a filter twice the last one's capacity.  Returns 0 or -1. */
static int add_filter(cli_seen *s)
{
  bloom *b = &s->f[s->nf];

  if (s->nf == (int)(sizeof s->f / sizeof s->f[0]))
    return -1;
  b->cap = s->nf ? 2 * s->f[s->nf - 1].cap : s->first_cap;
  b->nbits = (uint64_t)b->cap * BITS_PER_DOC;
  if (!(b->bits = calloc((size_t)((b->nbits + 63) / 64), sizeof *b->bits)))
    return -1;
  b->n = 0;
  s->nf++;
  return 0;
}

cli_seen *cli_new_seen(size_t expected)
{
  cli_seen *s = calloc(1, sizeof *s);

  if (!s)
    return NULL;
  s->first_cap = expected > FIRST_CAP ? expected + expected / 16 : FIRST_CAP;
  return s;
}

void cli_free_seen(cli_seen *s)
{
  size_t i;
  int k;

  if (!s)
    return;
  for (i = 0; i < s->nown; i++)
    free(s->own[i].id);
  for (k = 0; k < s->nf; k++)
    free(s->f[k].bits);
  free(s->own);
  free(s->cand);
  free(s->failed);
  free(s);
}

/* Marks document index as failed.  Returns 0 or -1. */
static int mark_failed(cli_seen *s, size_t index)
{
  size_t need = index / 8 + 1, nb;
  unsigned char *p;

  if (need > s->fbytes) {
    nb = need < 2 * s->fbytes ? 2 * s->fbytes : need + 64;
    if (!(p = realloc(s->failed, nb)))
      return -1;
    memset(p + s->fbytes, 0, nb - s->fbytes);
    s->failed = p;
    s->fbytes = nb;
  }
  s->failed[index / 8] |= (unsigned char)(1u << (index % 8));
  return 0;
}

static int is_failed(const cli_seen *s, size_t index)
{
  return index / 8 < s->fbytes &&
         (s->failed[index / 8] >> (index % 8) & 1);
}

/* Keeps id when it is not the one derived from path.  Returns 0 or -1. */
static int keep_own(cli_seen *s, size_t index, const char *path,
                    const char *id)
{
  char *derived = policygraph_doc_id(path, NULL, 0);
  int rc = 0;

  if (!derived || strcmp(derived, id)) {
    if (reserve(&s->own, &s->owncap, s->nown, sizeof *s->own) ||
        !(s->own[s->nown].id = strdup(id)))
      rc = -1;
    else
      s->own[s->nown++].index = index;
  }
  free(derived);
  return rc;
}

int cli_seen_add(cli_seen *s, size_t index, const char *path,
                 const char *id)
{
  uint64_t h;
  int k, seen = 0;

  s->count = index + 1;
  if (!id)
    return mark_failed(s, index);
  if (keep_own(s, index, path, id))
    return -1;
  h = hash64(id);
  for (k = 0; k < s->nf && !seen; k++)
    seen = bloom_probe(&s->f[k], h, 0);
  if (seen) { /* a candidate, named by the walks at the end */
    if (reserve(&s->cand, &s->candcap, s->ncand, sizeof *s->cand))
      return -1;
    s->cand[s->ncand++] = h;
    return 0;
  }
  if ((!s->nf || s->f[s->nf - 1].n == s->f[s->nf - 1].cap) && add_filter(s))
    return -1;
  bloom_probe(&s->f[s->nf - 1], h, 1);
  s->f[s->nf - 1].n++;
  return 0;
}

static int cmp_u64(const void *a, const void *b)
{
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

  return (x > y) - (x < y);
}

static int cmp_own(const void *key, const void *elt)
{
  size_t k = *(const size_t *)key, i = ((const own_id *)elt)->index;

  return (k > i) - (k < i);
}

static int cmp_named(const void *a, const void *b)
{
  const named *x = a, *y = b;
  int c = strcmp(x->id, y->id);

  return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* The id of document index at path: kept, or derived from the name.
 * Returns a new string, or NULL on out of memory. */
static char *id_of(const cli_seen *s, size_t index, const char *path)
{
  const own_id *o = s->nown ? bsearch(&index, s->own, s->nown,
                                      sizeof *s->own, cmp_own)
                            : NULL;

  return o ? strdup(o->id) : policygraph_doc_id(path, NULL, 0);
}

/* What the walks at the end do with a document whose hash is candidate
 * number pos: count it (hits != NULL) or name it (into out). */
typedef struct walk_ctx {
  unsigned char *hits;  /* per candidate: documents seen, up to 2 */
  named *out;           /* owned: the documents named             */
  size_t n, cap;
} walk_ctx;

/* Counts or names document index (id taken).  Returns 0 or -1. */
static int visit(walk_ctx *w, size_t pos, size_t index, const char *path,
                 char *id)
{
  if (w->hits) {
    if (w->hits[pos] < 2)
      w->hits[pos]++;
    free(id);
    return 0;
  }
  if (reserve(&w->out, &w->cap, w->n, sizeof *w->out) ||
      !(w->out[w->n].path = strdup(path))) {
    free(id);
    return -1;
  }
  w->out[w->n].id = id;
  w->out[w->n++].index = index;
  return 0;
}

/* Walks the inputs again and visits each document whose id hash is a
 * candidate.  Returns 0 or -1. */
static int walk(const cli_seen *s, char *const *args, size_t nargs,
                walk_ctx *w)
{
  policygraph_inputs *it = policygraph_inputs_new(args, nargs, NULL);
  const char *path;
  const uint64_t *at;
  size_t index;
  uint64_t h;
  char *id;
  int r = 0;

  if (!it)
    return -1;
  for (index = 0; index < s->count && r >= 0; index++) {
    if ((r = policygraph_inputs_next(it, &path, NULL)) <= 0)
      break; /* the inputs changed since the run: nothing more to name */
    if (is_failed(s, index))
      continue;
    if (!(id = id_of(s, index, path))) {
      r = -1;
      break;
    }
    h = hash64(id);
    at = bsearch(&h, s->cand, s->ncand, sizeof *s->cand, cmp_u64);
    if (!at)
      free(id);
    else if (visit(w, (size_t)(at - s->cand), index, path, id))
      r = -1;
  }
  policygraph_inputs_free(it);
  return r < 0 ? -1 : 0;
}

/* Sorts the candidates, drops repeats and those only one document has
 * (the filter's false positives).  Returns 0 or -1. */
static int prune(cli_seen *s, char *const *args, size_t nargs)
{
  walk_ctx w;
  size_t i, k;

  qsort(s->cand, s->ncand, sizeof *s->cand, cmp_u64);
  for (i = k = 0; i < s->ncand; i++)
    if (!k || s->cand[i] != s->cand[k - 1])
      s->cand[k++] = s->cand[i];
  s->ncand = k;
  memset(&w, 0, sizeof w);
  if (!(w.hits = calloc(s->ncand, 1)) || walk(s, args, nargs, &w)) {
    free(w.hits);
    return -1;
  }
  for (i = k = 0; i < s->ncand; i++)
    if (w.hits[i] > 1)
      s->cand[k++] = s->cand[i];
  s->ncand = k;
  free(w.hits);
  return 0;
}

int cli_seen_report(cli_seen *s, char *const *args, size_t nargs,
                    pg_log *log)
{
  pg_locator loc = { NULL, 0, 0, -1 };
  walk_ctx w;
  size_t i;
  int rc = 0;

  memset(&w, 0, sizeof w);
  if (!s->ncand)
    return 0;
  if (prune(s, args, nargs) || (s->ncand && walk(s, args, nargs, &w))) {
    pg_log_msg(log, PG_LOG_ERROR, NULL, "out of memory");
    rc = -1;
  }
  if (w.n)
    qsort(w.out, w.n, sizeof *w.out, cmp_named);
  for (i = 1; i < w.n; i++)
    if (!strcmp(w.out[i].id, w.out[i - 1].id)) {
      loc.file = w.out[i].path;
      pg_log_msg(log, PG_LOG_WARN, &loc, "same document id '%s' as %s: "
                 "one named graph holds both, and in a store this one "
                 "replaced it (name the files apart)", w.out[i].id,
                 w.out[i - 1].path);
    }
  for (i = 0; i < w.n; i++) {
    free(w.out[i].id);
    free(w.out[i].path);
  }
  free(w.out);
  return rc;
}
