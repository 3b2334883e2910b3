/* replay.h - the replay main() shared by the fuzz targets.
 *
 * Without --enable-fuzzing a target includes this after defining
 * LLVMFuzzerTestOneInput: fuzz_replay() runs every file of a seed folder
 * (PG_SRCDIR/tests/fuzz/SEEDS, or ARGV1/tests/fuzz/SEEDS) through it, in
 * name order, one TAP result each.  A seed that crashes the target
 * crashes the test, which is the point.
 */
#ifndef PG_FUZZ_REPLAY_H
#define PG_FUZZ_REPLAY_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* Reads path whole and runs it through the target.  0, or -1 when the
 * file cannot be read. */
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

/* Replays the seed folder seeds; returns main()'s exit status (failure
 * when a seed is unreadable or there is none). */
static int fuzz_replay(const char *seeds, int argc, char **argv)
{
  const char *srcdir = getenv("PG_SRCDIR");
  char dir[4096], path[8192];
  struct dirent **ents;
  int n, i, done = 0, failed = 0;

  snprintf(dir, sizeof dir, "%s/tests/fuzz/%s",
           argc > 1 ? argv[1] : srcdir ? srcdir : ".", seeds);
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
  return failed || !done;
}

#endif
