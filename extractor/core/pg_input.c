/* pg_input.c - the documents of a run (see pg_input.h).
 *
 * The walk is depth first with a stack of open directories: each level
 * holds its directory's entry names (read with readdir into one block,
 * then sorted with strcmp -- byte order, not the locale's collation -- so
 * the order is the same on every machine) and the index of the next one.
 * Only the levels on the current path are held; a directory's names are
 * freed when the walk leaves it.  Recursion depth is bounded to keep a
 * link loop from running away.
 */
#include "pg_input.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define MAX_DEPTH 64

/* One open directory of the walk. */
typedef struct dir_level {
  char *names;     /* owned: the entries' names, each NUL-terminated    */
  char **sorted;   /* owned: pointers into names, in byte order         */
  size_t n;        /* number of entries                                 */
  size_t next;     /* index in sorted of the next entry to visit        */
  size_t plen;     /* length of the directory's path in the iter's path */
} dir_level;

struct pg_input_iter {
  char *const *args;   /* borrowed: the arguments                       */
  size_t nargs;        /* their number                                  */
  size_t arg;          /* next argument to expand                       */
  pg_log *log;         /* borrowed, may be NULL                         */
  dir_level level[MAX_DEPTH + 1]; /* open directories, [0] = argument   */
  int depth;           /* levels open: level[0..depth)                  */
  char *path;          /* owned: the current path                       */
  size_t pcap;         /* its allocated size                            */
  int errors;          /* errors reported                               */
};

static int is_document_name(const char *name)
{
  static const char *const ext[] = {".txt", ".text", ".htm", ".html",
                                    ".xhtml", ".xml"};
  const char *dot = strrchr(name, '.');
  size_t i;

  if (!dot)
    return 0;
  for (i = 0; i < sizeof ext / sizeof *ext; i++)
    if (!strcasecmp(dot, ext[i]))
      return 1;
  return 0;
}

static void oom(pg_input_iter *it)
{
  pg_log_msg(it->log, PG_LOG_ERROR, NULL, "out of memory listing the inputs");
}

/* Makes it->path at least cap bytes.  Returns 0 or -1 (not reported). */
static int path_reserve(pg_input_iter *it, size_t cap)
{
  char *p;

  if (cap <= it->pcap)
    return 0;
  cap = cap < 2 * it->pcap ? 2 * it->pcap : cap;
  if (!(p = realloc(it->path, cap)))
    return -1;
  it->path = p;
  it->pcap = cap;
  return 0;
}

/* Sets it->path to s.  Returns 0 or -1 (not reported). */
static int path_set(pg_input_iter *it, const char *s)
{
  size_t n = strlen(s);

  if (path_reserve(it, n + 1))
    return -1;
  memcpy(it->path, s, n + 1);
  return 0;
}

static int by_bytes(const void *x, const void *y)
{
  return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Reads directory dir's visible entry names into lv, sorted.  Returns 0,
 * or -1 with errno set (out of memory: ENOMEM). */
static int read_names(const char *dir, dir_level *lv)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  size_t used = 0, cap = 0, n = 0, ncap = 0, len, i, *off = NULL;
  char *names = NULL, *p;
  size_t *o;

  if (!d)
    return -1;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.')
      continue; /* hidden, and "." and ".." */
    len = strlen(e->d_name) + 1;
    if (used + len > cap) {
      cap = 2 * cap + len + 4096;
      if (!(p = realloc(names, cap)))
        goto oom;
      names = p;
    }
    if (n == ncap) {
      ncap = ncap ? 2 * ncap : 64;
      if (!(o = realloc(off, ncap * sizeof *off)))
        goto oom;
      off = o;
    }
    memcpy(names + used, e->d_name, len);
    off[n++] = used;
    used += len;
  }
  closedir(d);
  /* The offsets become pointers once the block has stopped moving. */
  if (n && !(lv->sorted = malloc(n * sizeof *lv->sorted))) {
    free(names);
    free(off);
    errno = ENOMEM;
    return -1;
  }
  for (i = 0; i < n; i++)
    lv->sorted[i] = names + off[i];
  free(off);
  if (n)
    qsort(lv->sorted, n, sizeof *lv->sorted, by_bytes);
  lv->names = names;
  lv->n = n;
  lv->next = 0;
  return 0;
oom:
  closedir(d);
  free(names);
  free(off);
  errno = ENOMEM;
  return -1;
}

/* Opens directory it->path as level it->depth.  A directory nested too
 * deep is skipped with a warning, an unreadable one reported and
 * counted.  Returns 0, or -1 after reporting out of memory. */
static int enter_dir(pg_input_iter *it)
{
  dir_level *lv;
  size_t plen;

  if (it->depth > MAX_DEPTH) {
    pg_log_msg(it->log, PG_LOG_WARN, &(pg_locator){it->path, 0, 0, -1},
               "directory nesting deeper than %d: skipped", MAX_DEPTH);
    return 0;
  }
  lv = &it->level[it->depth];
  memset(lv, 0, sizeof *lv);
  if (read_names(it->path, lv)) {
    if (errno == ENOMEM) {
      oom(it);
      return -1;
    }
    pg_log_msg(it->log, PG_LOG_ERROR, &(pg_locator){it->path, 0, 0, -1},
               "cannot read directory: %s", strerror(errno));
    it->errors++;
    return 0;
  }
  plen = strlen(it->path);
  lv->plen = plen && it->path[plen - 1] == '/' ? plen - 1 : plen;
  it->depth++;
  return 0;
}

static void leave_dir(pg_input_iter *it)
{
  dir_level *lv = &it->level[--it->depth];

  free(lv->sorted);
  free(lv->names);
  memset(lv, 0, sizeof *lv);
}

/* The next entry of the innermost open directory: 1 with a document in
 * it->path, 0 when the entry was something else (a directory is
 * entered), -1 out of memory (reported). */
static int step_dir(pg_input_iter *it, unsigned long long *size)
{
  dir_level *lv = &it->level[it->depth - 1];
  const char *name;
  struct stat st;
  size_t nlen;

  if (lv->next == lv->n) {
    leave_dir(it);
    return 0;
  }
  name = lv->sorted[lv->next++];
  nlen = strlen(name);
  if (path_reserve(it, lv->plen + nlen + 2)) {
    oom(it);
    return -1;
  }
  it->path[lv->plen] = '/';
  memcpy(it->path + lv->plen + 1, name, nlen + 1);
  if (stat(it->path, &st) != 0)
    return 0; /* vanished, or a dangling link: not an input */
  if (S_ISDIR(st.st_mode))
    return enter_dir(it);
  if (!S_ISREG(st.st_mode) || !is_document_name(name))
    return 0;
  *size = (unsigned long long)st.st_size;
  return 1;
}

/* The next argument: 1 with an input in it->path, 0 when it was a
 * directory (entered) or missing (reported), -1 out of memory. */
static int step_arg(pg_input_iter *it, unsigned long long *size)
{
  const char *a = it->args[it->arg++];
  struct stat st;

  if (path_set(it, a)) {
    oom(it);
    return -1;
  }
  if (!strcmp(a, "-")) {
    *size = 0;
    return 1;
  }
  if (stat(a, &st) != 0) {
    pg_log_msg(it->log, PG_LOG_ERROR, &(pg_locator){a, 0, 0, -1},
               "cannot open: %s", strerror(errno));
    it->errors++;
    return 0;
  }
  if (S_ISDIR(st.st_mode))
    return enter_dir(it);
  *size = (unsigned long long)st.st_size;
  return 1;
}

pg_input_iter *pg_new_input_iter(char *const *args, size_t nargs,
                                 pg_log *log)
{
  pg_input_iter *it = calloc(1, sizeof *it);

  if (!it) {
    pg_log_msg(log, PG_LOG_ERROR, NULL, "out of memory listing the inputs");
    return NULL;
  }
  it->args = args;
  it->nargs = nargs;
  it->log = log;
  return it;
}

void pg_free_input_iter(pg_input_iter *it)
{
  if (!it)
    return;
  while (it->depth)
    leave_dir(it);
  free(it->path);
  free(it);
}

int pg_input_next(pg_input_iter *it, const char **path,
                  unsigned long long *size)
{
  unsigned long long dummy;
  int r;

  if (!size)
    size = &dummy;
  for (;;) {
    if (it->depth)
      r = step_dir(it, size);
    else if (it->arg < it->nargs)
      r = step_arg(it, size);
    else
      return 0;
    if (r) {
      if (r > 0)
        *path = it->path;
      return r;
    }
  }
}

int pg_input_iter_errors(const pg_input_iter *it) { return it->errors; }

static int push(pg_input_list *l, const char *path)
{
  char *copy;

  if (l->n == l->cap) {
    size_t nc = l->cap ? l->cap * 2 : 16;
    char **p = realloc(l->path, nc * sizeof *p);
    if (!p)
      return -1;
    l->path = p;
    l->cap = nc;
  }
  copy = strdup(path);
  if (!copy)
    return -1;
  l->path[l->n++] = copy;
  return 0;
}

int pg_input_expand(pg_input_list *list, char *const *args, size_t nargs,
                    pg_log *log)
{
  pg_input_iter *it = pg_new_input_iter(args, nargs, log);
  const char *path;
  int r, rc = 0;

  if (!it)
    return -1;
  while ((r = pg_input_next(it, &path, NULL)) > 0)
    if (push(list, path)) {
      oom(it);
      r = -1;
      break;
    }
  if (r < 0 || it->errors)
    rc = -1;
  pg_free_input_iter(it);
  return rc;
}

void pg_input_list_clear(pg_input_list *list)
{
  size_t i;

  if (!list)
    return;
  for (i = 0; i < list->n; i++)
    free(list->path[i]);
  free(list->path);
  list->path = NULL;
  list->n = list->cap = 0;
}

int pg_input_read(const char *path, unsigned char **bytes, size_t *len,
                  pg_log *log)
{
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  unsigned char *buf = NULL, *p;
  size_t n = 0, cap = 0, got;

  if (!f) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
               "cannot open: %s", strerror(errno));
    return -1;
  }
  do {
    if (cap - n < 65536) {
      cap = cap ? cap * 2 : 65536 + 1;
      p = realloc(buf, cap);
      if (!p)
        goto oom;
      buf = p;
    }
    got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
  } while (got > 0);
  if (ferror(f)) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, (long)n},
               "read error: %s", strerror(errno));
    goto err;
  }
  if (f != stdin)
    fclose(f);
  buf[n] = '\0';
  *bytes = buf;
  *len = n;
  return 0;
oom:
  pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
             "out of memory reading the file");
err:
  free(buf);
  if (f != stdin)
    fclose(f);
  return -1;
}

unsigned long long pg_input_total_bytes(const pg_input_list *list)
{
  unsigned long long total = 0;
  struct stat st;
  size_t i;

  for (i = 0; i < list->n; i++)
    if (strcmp(list->path[i], "-") && stat(list->path[i], &st) == 0)
      total += (unsigned long long)st.st_size;
  return total;
}

static int is_dir_with_lexicon(const char *dir)
{
  char path[4096];
  struct stat st;

  snprintf(path, sizeof path, "%s/policygraph.ttl", dir);
  return stat(path, &st) == 0;
}

const char *pg_default_datadir(void)
{
  const char *env = getenv("POLICYGRAPH_DATADIR");

  if (env && *env)
    return env;
  if (is_dir_with_lexicon(PG_PKGDATADIR))
    return PG_PKGDATADIR;
  return PG_SRCDATADIR;
}
