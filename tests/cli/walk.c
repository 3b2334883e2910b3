/* walk.c - the lazy input walk and the same-id check of extract.
 *
 * pg_input_iter: byte order, depth first, hidden entries and foreign
 * extensions skipped, sizes, a missing argument reported without
 * stopping the walk, a link loop cut at the nesting bound, the same
 * order as pg_input_expand.  cli_seen: a true duplicate id is named (the
 * later file, then the earlier), a 32-bit hash collision between two
 * different ids is not, ids from --stdin-name style sources are kept,
 * and 100 000 documents pass through its table.  TAP.
 */
#include "pg_input.h"
#include "cli_seen.h"
#include "../tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char msgs[4096];

static void on_log(void *user, pg_log_level level, const pg_locator *loc,
                   const char *text)
{
  size_t n = strlen(msgs);

  (void)user;
  snprintf(msgs + n, sizeof msgs - n, "%s|%s|%s\n",
           level == PG_LOG_ERROR ? "E" : "W", loc && loc->file ? loc->file
                                                                : "",
           text);
}

static void put(const char *dir, const char *name, const char *text)
{
  char path[512];
  FILE *f;

  snprintf(path, sizeof path, "%s/%s", dir, name);
  if ((f = fopen(path, "w"))) {
    fputs(text, f);
    fclose(f);
  }
}

static void sub(const char *dir, const char *name)
{
  char path[512];

  snprintf(path, sizeof path, "%s/%s", dir, name);
  mkdir(path, 0700);
}

/* The walk over args as "path size" lines, into buf. */
static int walk(char **args, size_t n, pg_log *log, char *buf, size_t size)
{
  pg_input_iter *it = pg_new_input_iter(args, n, log);
  const char *path;
  unsigned long long sz;
  size_t used = 0;
  int r;

  buf[0] = '\0';
  while ((r = pg_input_next(it, &path, &sz)) > 0 && used < size)
    used += (size_t)snprintf(buf + used, size - used, "%s %llu\n",
                             strrchr(path, '/') ? strrchr(path, '/') + 1
                                                : path, sz);
  r = r < 0 ? -1 : pg_input_iter_errors(it);
  pg_free_input_iter(it);
  return r;
}

static void test_walk(const char *dir)
{
  pg_log log = { on_log, NULL, 0, 0 };
  char a[512], b[512], loop[512], got[4096];
  char *args[4];
  pg_input_list l = { NULL, 0, 0 };
  int errs;

  put(dir, "b.txt", "bb");
  put(dir, "a.html", "<p>a</p>");
  put(dir, "B.xml", "<x/>");
  put(dir, "notes.pdf", "%PDF");
  put(dir, ".hidden.txt", "h");
  sub(dir, "m");
  put(dir, "m/z.txt", "zzz");
  sub(dir, "m/k");
  put(dir, "m/k/y.TXT", "y");
  sub(dir, "m/.git");
  put(dir, "m/.git/x.txt", "x");
  put(dir, "m0.txt", "0");

  args[0] = (char *)dir;
  errs = walk(args, 1, &log, got, sizeof got);
  is_int(errs, 0, "walk: no errors");
  is_str(got, "B.xml 4\na.html 8\nb.txt 2\ny.TXT 1\nz.txt 3\nm0.txt 1\n",
         "walk: byte order, depth first, sizes");

  snprintf(a, sizeof a, "%s/m/", dir);
  snprintf(b, sizeof b, "%s/missing.txt", dir);
  args[0] = a;
  args[1] = b;
  args[2] = "-";
  args[3] = (char *)dir;
  msgs[0] = '\0';
  errs = walk(args, 4, &log, got, sizeof got);
  is_int(errs, 1, "walk: a missing argument is one error");
  ok(strstr(msgs, "missing.txt|cannot open: No such file") != NULL,
     "walk: the missing argument is named");
  ok(!strncmp(got, "y.TXT 1\nz.txt 3\n- 0\nB.xml 4\n", 28),
     "walk: goes on after the missing argument, - in its place");

  pg_input_expand(&l, args, 4, NULL);
  is_int(l.n, 9, "expand: the same walk as a list");
  if (l.n == 9) {
    snprintf(b, sizeof b, "%s/m/k/y.TXT", dir);
    is_str(l.path[0], b, "expand: paths as the walk builds them");
    is_str(l.path[2], "-", "expand: stdin in place");
  }
  pg_input_list_clear(&l);

  snprintf(loop, sizeof loop, "%s/m/k/loop", dir);
  ok(symlink("..", loop) == 0, "a directory link loop");
  args[0] = a;
  msgs[0] = '\0';
  errs = walk(args, 1, &log, got, sizeof got);
  is_int(errs, 0, "loop: no error");
  ok(strstr(msgs, "W|") && strstr(msgs, "deeper than 64: skipped"),
     "loop: cut at the nesting bound with a warning");
  unlink(loop);
}

static void test_seen(const char *dir)
{
  pg_log log = { on_log, NULL, 0, 0 };
  char path[600], id[32], x[560], y[560], want[2048];
  char *args[2];
  cli_seen *s = cli_new_seen(0);
  size_t i;

  /* doc4712 and doc47938 share their 32-bit hash: a candidate the final
   * walk must clear; x/dup.txt and y/dup.txt truly share an id. */
  sub(dir, "x");
  sub(dir, "y");
  put(dir, "x/doc4712.txt", "1");
  put(dir, "x/dup.txt", "2");
  put(dir, "x/gone.txt", "3");
  put(dir, "y/doc47938.txt", "4");
  put(dir, "y/dup.txt", "5");
  put(dir, "y/gone.txt", "6");
  put(dir, "y/dup2.txt", "7");
  ok(s != NULL, "seen: constructor");
  /* The run's order: x/doc4712 x/dup x/gone y/doc47938 y/dup y/dup2
   * y/gone; gone.txt failed twice (no id), dup2 has a kept id "dup". */
  snprintf(path, sizeof path, "%s/x/doc4712.txt", dir);
  is_int(cli_seen_add(s, 0, path, "doc4712"), 0, "add");
  snprintf(path, sizeof path, "%s/x/dup.txt", dir);
  cli_seen_add(s, 1, path, "dup");
  snprintf(path, sizeof path, "%s/x/gone.txt", dir);
  cli_seen_add(s, 2, path, NULL);
  snprintf(path, sizeof path, "%s/y/doc47938.txt", dir);
  cli_seen_add(s, 3, path, "doc47938");
  snprintf(path, sizeof path, "%s/y/dup.txt", dir);
  cli_seen_add(s, 4, path, "dup");
  snprintf(path, sizeof path, "%s/y/dup2.txt", dir);
  cli_seen_add(s, 5, path, "dup");
  snprintf(path, sizeof path, "%s/y/gone.txt", dir);
  cli_seen_add(s, 6, path, NULL);
  snprintf(x, sizeof x, "%s/x", dir);
  snprintf(y, sizeof y, "%s/y", dir);
  args[0] = x;
  args[1] = y;
  msgs[0] = '\0';
  is_int(cli_seen_report(s, args, 2, &log), 0, "report");
  snprintf(want, sizeof want,
           "W|%s/y/dup.txt|same document id 'dup' as %s/x/dup.txt: one "
           "named graph holds both, and in a store this one replaced it "
           "(name the files apart)\n"
           "W|%s/y/dup2.txt|same document id 'dup' as %s/y/dup.txt: one "
           "named graph holds both, and in a store this one replaced it "
           "(name the files apart)\n", dir, dir, dir, dir);
  is_str(msgs, want, "report: the true duplicates, each with the one "
         "before; not the hash collision, not the failed ones");
  cli_free_seen(s);

  /* Many documents: the table grows, nothing is reported. */
  s = cli_new_seen(0);
  for (i = 0; i < 100000; i++) {
    snprintf(path, sizeof path, "d/n%zu.txt", i);
    snprintf(id, sizeof id, "n%zu", i);
    if (cli_seen_add(s, i, path, id) != 0)
      break;
  }
  is_int(i, 100000, "seen: 100000 documents recorded");
  msgs[0] = '\0';
  args[0] = "/nonexistent-policygraph-test";
  cli_seen_report(s, args, 1, &log);
  is_str(msgs, "", "seen: 100000 distinct ids, no warning");
  cli_free_seen(s);
}

int main(void)
{
  char dir[] = "/tmp/pg-test-walk-XXXXXX", cmd[600];

  ok(mkdtemp(dir) != NULL, "temporary directory");
  test_walk(dir);
  test_seen(dir);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  ok(system(cmd) == 0, "cleanup");
  return tap_done();
}
