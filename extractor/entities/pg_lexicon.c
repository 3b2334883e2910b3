/* pg_lexicon.c - tries, Aho-Corasick matching and the lexicon (see
 * pg_lexicon.h).
 *
 * The trie keeps each node's children as an array sorted by code point
 * (binary search on lookup): Chinese keys branch widely at the root and
 * narrowly below it, so this is compact and fast enough.  Failure links
 * are computed breadth first; each node also keeps a "dictionary link" to
 * the nearest terminal node on its failure chain, so reporting all matches
 * costs only the matches themselves.  Scanning is one pass over the text.
 */
#include "pg_lexicon.h"
#include "pg_hmap.h"
#include "pg_text.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct pg_edge {
  uint32_t c; /* code point        */
  int to;     /* child node index  */
} pg_edge;

typedef struct pg_node {
  pg_edge *e;  /* children, sorted by c after pg_ac_build / on insert */
  int ne, cap; /* count and capacity                                */
  int fail;    /* failure link                                      */
  int dict;    /* nearest terminal node on the failure chain, or 0  */
  int value;   /* value when terminal, else -1                      */
  int depth;   /* key length in code points                         */
} pg_node;

struct pg_ac {
  pg_node *n;   /* nodes; node 0 is the root */
  int nn, cap;
  int reverse;  /* keys stored reversed      */
  size_t keys;  /* number of keys            */
  uint64_t root[1024]; /* BMP code points with a child at the root: most
                          text positions start no key, and this answers
                          that without a search */
};

uint32_t pg_fold_cp(uint32_t c)
{
  if (c >= 0xFF01 && c <= 0xFF5E)
    c -= 0xFEE0;
  else if (c == 0x3000)
    c = ' ';
  else if (c == 0x3001)
    return c; /* 、 has no ASCII twin */
  else if (c == 0x2015 || c == 0x2500)
    return 0x2014; /* ― and ─ (typeset or PDF dashes): 中国―东盟 */
  if (c >= 'A' && c <= 'Z')
    c += 32;
  return c;
}

pg_ac *pg_new_ac(int reverse)
{
  pg_ac *ac = calloc(1, sizeof *ac);

  if (!ac)
    return NULL;
  ac->cap = 64;
  ac->n = calloc((size_t)ac->cap, sizeof *ac->n);
  if (!ac->n) {
    free(ac);
    return NULL;
  }
  ac->nn = 1;
  ac->n[0].value = -1;
  ac->reverse = reverse;
  return ac;
}

void pg_free_ac(pg_ac *ac)
{
  int i;

  if (!ac)
    return;
  for (i = 0; i < ac->nn; i++)
    free(ac->n[i].e);
  free(ac->n);
  free(ac);
}

/* Child of node s on c, or -1 (binary search). */
/* Can a key start with c (end with it, in a reversed trie)?  0 means
 * surely not; checked inline before child() is called at the root. */
static inline int root_may(const pg_ac *ac, uint32_t c)
{
  return c >= 65536 || (ac->root[c >> 6] >> (c & 63) & 1);
}

static int child(const pg_ac *ac, int s, uint32_t c)
{
  const pg_node *nd = &ac->n[s];
  int lo = 0, hi = nd->ne;

  if (s == 0 && !root_may(ac, c))
    return -1;

  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (nd->e[mid].c < c)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < nd->ne && nd->e[lo].c == c ? nd->e[lo].to : -1;
}

/* Adds a child of s on c (kept sorted); returns its index or -1. */
static int add_child(pg_ac *ac, int s, uint32_t c)
{
  pg_node *nd;
  int k, to;

  if (ac->nn == ac->cap) {
    pg_node *p = realloc(ac->n, (size_t)ac->cap * 2 * sizeof *p);
    if (!p)
      return -1;
    ac->n = p;
    ac->cap *= 2;
  }
  to = ac->nn++;
  memset(&ac->n[to], 0, sizeof ac->n[to]);
  ac->n[to].value = -1;
  ac->n[to].depth = ac->n[s].depth + 1;
  if (s == 0 && c < 65536)
    ac->root[c >> 6] |= (uint64_t)1 << (c & 63);
  nd = &ac->n[s];
  if (nd->ne == nd->cap) {
    int nc = nd->cap ? nd->cap * 2 : 2;
    pg_edge *p = realloc(nd->e, (size_t)nc * sizeof *p);
    if (!p)
      return -1;
    nd->e = p;
    nd->cap = nc;
  }
  for (k = nd->ne; k > 0 && nd->e[k - 1].c > c; k--)
    nd->e[k] = nd->e[k - 1];
  nd->e[k].c = c;
  nd->e[k].to = to;
  nd->ne++;
  return to;
}

int pg_ac_add(pg_ac *ac, const char *key, int value)
{
  uint32_t *cp = NULL;
  size_t n = 0, i, bad;
  int s = 0, rc = 0;

  if (pg_utf8_decode(key, strlen(key), &cp, &n, &bad))
    return -1;
  for (i = 0; i < n && s >= 0; i++) {
    uint32_t c = pg_fold_cp(cp[ac->reverse ? n - 1 - i : i]);
    int t;
    if (pg_is_space(c) || c == 0xFEFF)
      continue; /* the recognizer's view has none: Mistral AI = MistralAI */
    t = child(ac, s, c);
    s = t >= 0 ? t : add_child(ac, s, c);
  }
  free(cp);
  if (s < 0)
    return -1;
  if (s == 0)
    return 1; /* empty key */
  if (ac->n[s].value >= 0) {
    rc = 1;
  } else {
    ac->n[s].value = value;
    ac->keys++;
  }
  return rc;
}

int pg_ac_build(pg_ac *ac)
{
  int *queue = malloc((size_t)ac->nn * sizeof *queue);
  int head = 0, tail = 0, k;

  if (!queue)
    return -1;
  ac->n[0].fail = 0;
  ac->n[0].dict = 0;
  for (k = 0; k < ac->n[0].ne; k++) {
    int t = ac->n[0].e[k].to;
    ac->n[t].fail = 0;
    ac->n[t].dict = 0;
    queue[tail++] = t;
  }
  while (head < tail) {
    int s = queue[head++];
    for (k = 0; k < ac->n[s].ne; k++) {
      uint32_t c = ac->n[s].e[k].c;
      int t = ac->n[s].e[k].to, f = ac->n[s].fail, g;
      while ((g = child(ac, f, c)) < 0 && f != 0)
        f = ac->n[f].fail;
      ac->n[t].fail = (g >= 0 && g != t) ? g : 0;
      f = ac->n[t].fail;
      ac->n[t].dict = ac->n[f].value >= 0 ? f : ac->n[f].dict;
      queue[tail++] = t;
    }
  }
  free(queue);
  return 0;
}

int pg_ac_scan(const pg_ac *ac, const uint32_t *t, size_t n, pg_ac_hit_fn fn,
               void *user)
{
  size_t i;
  int s = 0, g, d;

  for (i = 0; i < n; i++) {
    uint32_t c = t[i];
    if (!s && !root_may(ac, c))
      continue; /* at the root, and no key starts with c */
    while ((g = child(ac, s, c)) < 0 && s != 0)
      s = ac->n[s].fail;
    s = g >= 0 ? g : 0;
    for (d = ac->n[s].value >= 0 ? s : ac->n[s].dict; d;
         d = ac->n[d].dict) {
      if (fn(user, i + 1 - (size_t)ac->n[d].depth, i + 1, ac->n[d].value))
        return 1;
    }
  }
  return 0;
}

size_t pg_ac_longest_at(const pg_ac *ac, const uint32_t *t, size_t n,
                        size_t i, int *value)
{
  size_t best = 0, k;
  int s = 0;

  if (i >= n || !root_may(ac, t[i]))
    return 0; /* most positions: no call at all */
  for (k = i; k < n; k++) {
    s = child(ac, s, t[k]);
    if (s < 0)
      break;
    if (ac->n[s].value >= 0) {
      best = k + 1 - i;
      if (value)
        *value = ac->n[s].value;
    }
  }
  return best;
}

size_t pg_ac_longest_ending(const pg_ac *ac, const uint32_t *t, size_t lo,
                            size_t e, int *value)
{
  size_t best = 0, k = e;
  int s = 0;

  if (e <= lo || !root_may(ac, t[e - 1]))
    return 0;
  while (k > lo) {
    s = child(ac, s, t[--k]);
    if (s < 0)
      break;
    if (ac->n[s].value >= 0) {
      best = e - k;
      if (value)
        *value = ac->n[s].value;
    }
  }
  return best;
}

size_t pg_ac_count(const pg_ac *ac)
{
  return ac ? ac->keys : 0;
}

/* ---------------------------------------------------------------- lexicon */

struct pg_lexicon {
  pg_lex_entry *e; /* entries                 */
  size_t n, cap;
  pg_ac *ac;       /* labels and aliases -> entry index */
  pg_hmap *label;  /* hash of each label -> entry index, in entry order
                      (pg_lexicon_find runs for every name a pattern
                      found: a scan of the lexicon each was most of the
                      merge step's time) */
};

static uint64_t label_hash(const char *s)
{
  return pg_fnv1a(PG_FNV_OFFSET, s, strlen(s));
}

static char *field_dup(const char *s)
{
  if (!s || !*s || !strcmp(s, "-"))
    return NULL;
  return strdup(s);
}

/* Splits line at tabs into at most max fields (in place). */
static int split_tabs(char *line, char **f, int max)
{
  int n = 0;

  f[n++] = line;
  while (n < max && (line = strchr(line, '\t'))) {
    *line++ = '\0';
    f[n++] = line;
  }
  return n;
}

const char *pg_lex_alias_next(const char *a, char *buf, size_t cap)
{
  const char *bar;
  size_t n;

  if (!a || !*a)
    return NULL;
  bar = strchr(a, '|');
  n = bar ? (size_t)(bar - a) : strlen(a);
  if (n < cap) {
    memcpy(buf, a, n);
    buf[n] = '\0';
  } else if (cap) {
    buf[0] = '\0';
  }
  return bar ? bar + 1 : a + n;
}

static int add_aliases(pg_lexicon *lx, char *aliases, int idx)
{
  char *tok, *save = NULL;

  for (tok = strtok_r(aliases, "|", &save); tok;
       tok = strtok_r(NULL, "|", &save))
    if (*tok && strcmp(tok, "-") && pg_ac_add(lx->ac, tok, idx) < 0)
      return -1;
  return 0;
}

/* Parses one data line into a new entry. Returns 0, 1 to skip, -1 OOM. */
static int add_line(pg_lexicon *lx, char *line, const char *file, long ln,
                    pg_log *log)
{
  char *f[6] = {0};
  int n = split_tabs(line, f, 6), idx;
  pg_lex_entry *e;

  if (n < 2 || pg_etype_from_name(f[0]) == PG_T_NONE || !*f[1]) {
    pg_log_msg(log, PG_LOG_WARN, &(pg_locator){file, ln, 1, -1},
               "lexicon line skipped: needs a type and a label");
    return 1;
  }
  if (lx->n == lx->cap) {
    size_t nc = lx->cap ? lx->cap * 2 : 256;
    pg_lex_entry *p = realloc(lx->e, nc * sizeof *p);
    if (!p)
      return -1;
    lx->e = p;
    lx->cap = nc;
  }
  idx = (int)lx->n;
  e = &lx->e[lx->n++];
  memset(e, 0, sizeof *e);
  e->type = pg_etype_from_name(f[0]);
  e->label = strdup(f[1]);
  e->label_en = field_dup(n > 2 ? f[2] : NULL);
  e->parent = field_dup(n > 4 ? f[4] : NULL);
  e->flags = (n > 5 && strstr(f[5], "prefix")) ? PG_LEX_PREFIXNAMING : 0;
  if (n > 5 && strstr(f[5], "sub="))
    e->subtype = strdup(strstr(f[5], "sub=") + 4);
  if (e->subtype)
    e->subtype[strcspn(e->subtype, ",")] = '\0';
  e->aliases = field_dup(n > 3 ? f[3] : NULL);
  if (!e->label || (n > 3 && !e->aliases && strcmp(f[3], "-") && *f[3]))
    return -1;
  if (pg_ac_add(lx->ac, e->label, idx) < 0 ||
      pg_hmap_add(lx->label, label_hash(e->label), idx) < 0)
    return -1;
  return (n > 3 && *f[3]) ? add_aliases(lx, f[3], idx) : 0;
}

static int load_file(pg_lexicon *lx, const char *path, pg_log *log)
{
  FILE *fp = fopen(path, "r");
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long ln = 0;
  int rc = 0;

  if (!fp) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
               "cannot read lexicon file");
    return -1;
  }
  while (rc >= 0 && (len = getline(&line, &cap, fp)) >= 0) {
    ln++;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (len == 0 || line[0] == '#')
      continue;
    rc = add_line(lx, line, path, ln, log);
  }
  free(line);
  fclose(fp);
  return rc < 0 ? -1 : 0;
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.tsv names in dir, sorted (deterministic load order). */
static char **list_tsv(const char *dir, size_t *n)
{
  DIR *d = opendir(dir);
  struct dirent *de;
  char **v = NULL;
  size_t cap = 0;

  *n = 0;
  if (!d)
    return NULL;
  while ((de = readdir(d))) {
    size_t l = strlen(de->d_name);
    if (l < 5 || strcmp(de->d_name + l - 4, ".tsv") || de->d_name[0] == '.')
      continue;
    if (*n == cap) {
      char **p = realloc(v, (cap = cap ? cap * 2 : 16) * sizeof *p);
      if (!p)
        break;
      v = p;
    }
    if (!(v[*n] = strdup(de->d_name)))
      break;
    (*n)++;
  }
  closedir(d);
  if (v)
    qsort(v, *n, sizeof *v, cmp_str);
  return v;
}

pg_lexicon *pg_new_lexicon(const char *dir, pg_log *log)
{
  pg_lexicon *lx = calloc(1, sizeof *lx);
  char **names = NULL, path[4096];
  size_t n = 0, i;
  int rc = 0;

  if (!lx || !(lx->ac = pg_new_ac(0)) || !(lx->label = pg_new_hmap()))
    goto err;
  names = list_tsv(dir, &n);
  if (!names) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){dir, 0, 0, -1},
               "no lexicon files (*.tsv) found");
    goto err;
  }
  for (i = 0; i < n && !rc; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    rc = load_file(lx, path, log);
  }
  for (i = 0; i < n; i++)
    free(names[i]);
  free(names);
  if (rc || pg_ac_build(lx->ac))
    goto err;
  return lx;
err:
  pg_free_lexicon(lx);
  return NULL;
}

void pg_free_lexicon(pg_lexicon *lx)
{
  size_t i;

  if (!lx)
    return;
  for (i = 0; i < lx->n; i++) {
    free(lx->e[i].label);
    free(lx->e[i].label_en);
    free(lx->e[i].subtype);
    free(lx->e[i].parent);
    free(lx->e[i].aliases);
  }
  free(lx->e);
  pg_free_ac(lx->ac);
  pg_free_hmap(lx->label);
  free(lx);
}

const pg_ac *pg_lexicon_ac(const pg_lexicon *lx)
{
  return lx->ac;
}

const pg_lex_entry *pg_lexicon_entry(const pg_lexicon *lx, int i)
{
  return (i >= 0 && (size_t)i < lx->n) ? &lx->e[i] : NULL;
}

size_t pg_lexicon_size(const pg_lexicon *lx)
{
  return lx ? lx->n : 0;
}

int pg_lexicon_find(const pg_lexicon *lx, const char *label, pg_etype type)
{
  int k, i;

  for (k = pg_hmap_first(lx->label, label_hash(label)); k >= 0;
       k = pg_hmap_next(lx->label, k)) {
    i = pg_hmap_value(lx->label, k);
    if ((type == PG_T_NONE || lx->e[i].type == type) &&
        !strcmp(lx->e[i].label, label))
      return i;
  }
  return -1;
}
