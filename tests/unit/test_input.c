/* test_input.c - argument expansion: files, directories (sorted,
 * filtered, recursive), stdin marker, missing files; whole-file reads. */
#include "pg_input.h"
#include "../tap.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void write_file(const char *path, const char *text)
{
  FILE *f = fopen(path, "w");

  fputs(text, f);
  fclose(f);
}

static void on_log(void *user, pg_log_level level, const pg_locator *loc,
                   const char *text)
{
  snprintf((char *)user, 512, "%s: %s", loc && loc->file ? loc->file : "",
           text);
}

int main(void)
{
  char dir[] = "/tmp/pg-test-input-XXXXXX", path[512], msg[512] = "";
  pg_log log = {on_log, msg, 0, 0};
  pg_input_list l = {0};
  char *args[3];
  unsigned char *bytes;
  size_t len;

  ok(mkdtemp(dir) != NULL, "temporary directory");
  snprintf(path, sizeof path, "%s/b.txt", dir);
  write_file(path, "乙");
  snprintf(path, sizeof path, "%s/a.html", dir);
  write_file(path, "<p>甲</p>");
  snprintf(path, sizeof path, "%s/notes.pdf", dir);
  write_file(path, "%PDF");
  snprintf(path, sizeof path, "%s/.hidden.txt", dir);
  write_file(path, "x");
  snprintf(path, sizeof path, "%s/sub", dir);
  mkdir(path, 0700);
  snprintf(path, sizeof path, "%s/sub/c.xml", dir);
  write_file(path, "<a/>");

  args[0] = dir;
  args[1] = "-";
  is_int(pg_input_expand(&l, args, 2, &log), 0, "expand a directory and -");
  is_int(l.n, 4, "three documents and stdin");
  if (l.n == 4) {
    ok(strstr(l.path[0], "/a.html") != NULL, "byte order: a.html first");
    ok(strstr(l.path[1], "/b.txt") != NULL, "then b.txt");
    ok(strstr(l.path[2], "/sub/c.xml") != NULL, "then the subdirectory");
    is_str(l.path[3], "-", "stdin keeps its place");
  }
  is_int(pg_input_total_bytes(&l), strlen("乙") + strlen("<p>甲</p>") + 4,
         "total size of the regular files");

  is_int(pg_input_read(l.path[1], &bytes, &len, &log), 0, "read a file");
  is_int(len, strlen("乙"), "whole file read");
  ok(bytes[len] == '\0', "buffer NUL-terminated");
  free(bytes);

  pg_input_list_clear(&l);
  snprintf(path, sizeof path, "%s/missing.txt", dir);
  args[0] = path;
  is_int(pg_input_expand(&l, args, 1, &log), -1, "missing file fails");
  ok(strstr(msg, "missing.txt") && strstr(msg, "cannot open"),
     "message names the file and the reason: %s", msg);
  is_int(log.n_errors, 1, "one error reported");
  is_int(pg_input_read(path, &bytes, &len, &log), -1, "read missing fails");
  pg_input_list_clear(&l);
  pg_input_list_clear(NULL);

  snprintf(path, sizeof path, "rm -rf '%s'", dir);
  ok(system(path) == 0, "cleanup");
  return tap_done();
}
