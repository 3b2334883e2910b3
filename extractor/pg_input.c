/* pg_input.c - the documents of a run (see pg_input.h).
 *
 * Directory walking uses scandir with a byte-order comparison (strcmp,
 * not the locale's collation), so the order is the same on every machine.
 * Recursion depth is bounded to keep a link loop from running away.
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

static int by_bytes(const struct dirent **x, const struct dirent **y)
{
  return strcmp((*x)->d_name, (*y)->d_name);
}

static int not_hidden(const struct dirent *d)
{
  return d->d_name[0] != '.';
}

static int walk(pg_input_list *l, const char *dir, int depth, pg_log *log)
{
  struct dirent **ents = NULL;
  int n, i, rc = 0;

  if (depth > MAX_DEPTH) {
    pg_log_msg(log, PG_LOG_WARN, &(pg_locator){dir, 0, 0, -1},
               "directory nesting deeper than %d: skipped", MAX_DEPTH);
    return 0;
  }
  n = scandir(dir, &ents, not_hidden, by_bytes);
  if (n < 0) {
    pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){dir, 0, 0, -1},
               "cannot read directory: %s", strerror(errno));
    return -1;
  }
  for (i = 0; i < n; i++) {
    size_t len = strlen(dir) + strlen(ents[i]->d_name) + 2;
    char *path = malloc(len);
    struct stat st;
    if (!path) {
      rc = -1;
    } else {
      snprintf(path, len, "%s%s%s", dir,
               dir[strlen(dir) - 1] == '/' ? "" : "/", ents[i]->d_name);
      if (rc == 0 && stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode))
          rc = walk(l, path, depth + 1, log) ? -1 : rc;
        else if (S_ISREG(st.st_mode) && is_document_name(ents[i]->d_name))
          rc = push(l, path);
      }
    }
    free(path);
    free(ents[i]);
  }
  free(ents);
  return rc;
}

int pg_input_expand(pg_input_list *list, char *const *args, size_t nargs,
                    pg_log *log)
{
  size_t i;
  int rc = 0;
  struct stat st;

  for (i = 0; i < nargs; i++) {
    if (!strcmp(args[i], "-")) {
      if (push(list, "-"))
        return -1;
    } else if (stat(args[i], &st) != 0) {
      pg_log_msg(log, PG_LOG_ERROR, &(pg_locator){args[i], 0, 0, -1},
                 "cannot open: %s", strerror(errno));
      rc = -1;
    } else if (S_ISDIR(st.st_mode)) {
      if (walk(list, args[i], 0, log))
        rc = -1;
    } else if (push(list, args[i])) {
      return -1;
    }
  }
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
