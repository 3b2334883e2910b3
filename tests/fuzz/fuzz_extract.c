/* fuzz_extract.c - the whole extraction pipeline under a fuzzer.
 *
 * With --enable-fuzzing (clang, -fsanitize=fuzzer) this is a libFuzzer
 * target; otherwise it builds with a replay main() that runs every file
 * named on the command line (or every file of the seed folders given) through
 * the pipeline, so `make check` always compiles it and replays its seeds.
 */
#include "config.h"
#include "pg_extract.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pg_extractor *extractor(void)
{
  static pg_extractor *x; /* libFuzzer keeps one per process */
  static pg_log quiet;

  if (!x)
    x = pg_new_extractor(NULL, &quiet);
  return x;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
  pg_extract_opts o;
  pg_extractor *x = extractor();

  if (!x)
    return 0;
  memset(&o, 0, sizeof o);
  pg_free_annot(pg_extractor_run(x, "fuzz", data, size, &o));
  o.decode.lenient = 1;
  pg_free_annot(pg_extractor_run(x, "fuzz", data, size, &o));
  return 0;
}

#ifndef PG_FUZZING
static int replay_file(const char *path)
{
  FILE *f = fopen(path, "rb");
  unsigned char *buf;
  long n;

  if (!f)
    return -1;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc(n > 0 ? (size_t)n : 1);
  if (!buf || (n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n)) {
    free(buf);
    fclose(f);
    return -1;
  }
  fclose(f);
  LLVMFuzzerTestOneInput(buf, (size_t)n);
  free(buf);
  return 0;
}

int main(int argc, char **argv)
{
  const char *srcdir = getenv("PG_SRCDIR");
  char dir[4096], path[8192];
  struct dirent **ents;
  int n, i, done = 0, failed = 0;

  snprintf(dir, sizeof dir, "%s/tests/fuzz/seeds-extract",
           argc > 1 ? argv[1] : srcdir ? srcdir : ".");
  if (!extractor()) {
    printf("1..0 # SKIP no data directory\n");
    return 0;
  }
  n = scandir(dir, &ents, NULL, alphasort);
  for (i = 0; i < n; i++) {
    if (ents[i]->d_name[0] != '.') {
      snprintf(path, sizeof path, "%s/%s", dir, ents[i]->d_name);
      done++;
      if (replay_file(path)) {
        failed++;
        printf("not ok %d - replay %s (unreadable)\n", done, ents[i]->d_name);
      } else {
        printf("ok %d - replay %s\n", done, ents[i]->d_name);
      }
    }
    free(ents[i]);
  }
  if (n >= 0)
    free(ents);
  printf("1..%d\n", done);
  pg_free_extractor(extractor());
  return failed || !done;
}
#endif
