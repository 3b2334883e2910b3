/* fuzz_extract.c - the whole extraction pipeline under a fuzzer.
 *
 * With --enable-fuzzing (clang, -fsanitize=fuzzer) this is a libFuzzer
 * target; otherwise it builds with a replay main() that runs every file
 * named on the command line (or every file of the seed folders given) through
 * the pipeline, so `make check` always compiles it and replays its seeds.
 */
#include "config.h"
#include "pg_extract.h"

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
#include "replay.h"

int main(int argc, char **argv)
{
  int rc;

  if (!extractor()) {
    printf("1..0 # SKIP no data directory\n");
    return 0;
  }
  rc = fuzz_replay("seeds-extract", argc, argv);
  pg_free_extractor(extractor());
  return rc;
}
#endif
