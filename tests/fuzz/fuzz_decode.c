/* fuzz_decode.c - decode, repair and sentence splitting under a fuzzer.
 *
 * With --enable-fuzzing (clang, -fsanitize=fuzzer) this is a libFuzzer
 * target; otherwise it builds with a replay main() that runs every seed in
 * tests/fuzz/seeds-decode/ through the text stages, so `make check` always
 * compiles it and replays the seeds.  The first input byte picks the
 * format and leniency, so one corpus covers text, HTML and XML.  After a
 * successful run the harness checks the invariants later stages rely on:
 * map[] in range with map[cn] == on, sentences ordered and inside the
 * clean text.
 */
#include "config.h"
#include "pg_decode.h"
#include "pg_repair.h"
#include "pg_sentence.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Aborts (a finding for the fuzzer) when an invariant is broken. */
static void check_doc(const pg_doc *d)
{
  size_t i;

  if (d->map[d->cn] != d->on)
    abort();
  for (i = 0; i < d->cn; i++)
    if (d->map[i] >= d->on)
      abort();
  for (i = 0; i < d->n_sent; i++)
    if (d->sent[i].b >= d->sent[i].e || d->sent[i].e > d->cn ||
        (i && d->sent[i].b < d->sent[i - 1].e))
      abort();
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
  static const char *const fmt[] = {"auto", "text", "html", "xml"};
  pg_decode_opts o = {NULL, NULL, 0, NULL, NULL};
  pg_log quiet = {NULL, NULL, 0, 0};
  pg_annot *a;

  if (!size)
    return 0;
  o.input_format = fmt[data[0] & 3];
  o.lenient = (data[0] >> 2) & 1;
  a = pg_new_annot();
  if (a && !pg_decode(&a->doc, "fuzz", data + 1, size - 1, &o, &quiet) &&
      !pg_repair(&a->doc, NULL, &quiet) && !pg_sentence_split(&a->doc))
    check_doc(&a->doc);
  pg_free_annot(a);
  return 0;
}

#ifndef PG_FUZZING
#include "replay.h"

int main(int argc, char **argv)
{
  return fuzz_replay("seeds-decode", argc, argv);
}
#endif
