/* test_lac.c - the reader and decoder of LAC's small model (pg_lac.h).
 *
 * A model folder is written here with hand-set weights whose best path is
 * known: the forward GRU of layer 1 remembers an 'A' (update gate open at
 * 'A' only, the first third of the gates), layer 2 passes it on, and the
 * emissions make 'A' begin a person and what follows it continue one, as
 * long as the memory holds (a gate layout read in another order loses it
 * and the tags turn O).  The CRF's start, end and transition rows, the
 * margins, the file checks (a truncated tensor, a wrong shape, a missing
 * file) and LAC's people added to an annotation are tested too; with
 * python3-jieba installed, the real model tags a known sentence. */
#include "pg_lac.h"
#include "pg_tagger.h"
#include "pg_extract.h"
#include "pg_recognize.h"
#include "pg_text.h"
#include "../tap.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { E = 128, H = 128, G = 384, T = 4 };

static char dir[256];

static void put32(FILE *f, uint32_t v)
{
  for (int i = 0; i < 4; i++)
    fputc((int)(v >> (8 * i)) & 0xff, f);
}

/* Writes a parameter file of d0 (x d1 when d1 > 0) floats; cut bytes of
 * the data left out (a truncated file). */
static void tensor(const char *name, const float *w, long d0, long d1,
                   long cut)
{
  char path[512];
  unsigned char desc[32];
  size_t nd = 0, count = (size_t)d0 * (size_t)(d1 > 0 ? d1 : 1);
  long dims[2] = {d0, d1};

  snprintf(path, sizeof path, "%s/model_baseline/%s", dir, name);
  FILE *f = fopen(path, "wb");
  desc[nd++] = 0x08;
  desc[nd++] = 5; /* FP32 */
  for (int k = 0; k < (d1 > 0 ? 2 : 1); k++) {
    unsigned long v = (unsigned long)dims[k];
    desc[nd++] = 0x10;
    do {
      desc[nd++] = (unsigned char)((v & 0x7f) | (v > 0x7f ? 0x80 : 0));
      v >>= 7;
    } while (v);
  }
  put32(f, 0);
  put32(f, 0), put32(f, 0); /* no LoD */
  put32(f, 0);
  put32(f, (uint32_t)nd);
  fwrite(desc, 1, nd, f);
  for (size_t i = 0; i < count; i++) {
    uint32_t u;
    memcpy(&u, &w[i], 4);
    if ((long)(4 * (count - i)) > cut)
      put32(f, u);
  }
  fclose(f);
}

static void text_file(const char *name, const char *s)
{
  char path[512];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "w");
  fputs(s, f);
  fclose(f);
}

static float emb[3 * E], fc0[E * G], fcb0[G], fc2[2 * H * G], fcb2[G];
static float zin1[E * G], zin2[2 * H * G], zb[G], gw[H * G], out[2 * H * T],
    outb[T], crf[(T + 2) * T];

/* The model described at the top; crf as set by the caller. */
static void write_model(void)
{
  char path[512];
  char n[32];

  snprintf(path, sizeof path, "%s/model_baseline", dir);
  mkdir(dir, 0700);
  mkdir(path, 0700);
  text_file("word.dic", "0\tA\n1\tB\n2\tOOV\n");
  text_file("tag.dic", "0\tO\n1\tPER-B\n2\tPER-I\n3\tn-B\n");
  memset(emb, 0, sizeof emb);
  emb[0 * E + 0] = 1; /* A: dimension 0 */
  emb[1 * E + 1] = 1; /* B: dimension 1 */
  memset(fc0, 0, sizeof fc0);
  memset(fcb0, 0, sizeof fcb0);
  fc0[0 * G + 0] = 40;     /* unit 0: update gate opens at A ...  */
  fcb0[0] = -20;           /* ... and is shut elsewhere: memory  */
  fc0[0 * G + 2 * H] = 20; /* unit 0's candidate: 1 at A         */
  fcb0[1] = 20;            /* unit 1: always updates ...         */
  fc0[0 * G + 2 * H + 1] = 20; /* ... to 1 at A, else 0        */
  memset(fc2, 0, sizeof fc2);
  memset(fcb2, 0, sizeof fcb2);
  fcb2[0] = fcb2[1] = 20;           /* layer 2 always updates ... */
  fc2[0 * G + 2 * H] = 3;           /* ... to tanh(3 h1)          */
  fc2[1 * G + 2 * H + 1] = 3;
  memset(out, 0, sizeof out);
  memset(outb, 0, sizeof outb);
  outb[0] = 3.5f;          /* O                                  */
  out[1 * T + 1] = 10;     /* PER-B: A now                       */
  out[0 * T + 2] = 5;      /* PER-I: an A before                 */
  tensor("word_emb", emb, 3, E, 0);
  tensor("fc_0.w_0", fc0, E, G, 0);
  tensor("fc_0.b_0", fcb0, G, 0, 0);
  tensor("fc_1.w_0", zin1, E, G, 0);
  tensor("fc_1.b_0", zb, G, 0, 0);
  tensor("fc_2.w_0", fc2, 2 * H, G, 0);
  tensor("fc_2.b_0", fcb2, G, 0, 0);
  tensor("fc_3.w_0", zin2, 2 * H, G, 0);
  tensor("fc_3.b_0", zb, G, 0, 0);
  for (int i = 0; i < 4; i++) {
    snprintf(n, sizeof n, "gru_%d.w_0", i);
    tensor(n, gw, H, G, 0);
    snprintf(n, sizeof n, "gru_%d.b_0", i);
    tensor(n, zb, 1, G, 0);
  }
  tensor("fc_4.w_0", out, 2 * H, T, 0);
  tensor("fc_4.b_0", outb, T, 0, 0);
  tensor("crfw", crf, T + 2, T, 0);
}

static int nerr;
static char lasterr[512];
static void on_log(void *user, pg_log_level level, const pg_locator *loc,
                   const char *msg)
{
  (void)user;
  if (level == PG_LOG_ERROR) {
    nerr++;
    snprintf(lasterr, sizeof lasterr, "%s:%ld: %s", loc ? loc->file : "",
             loc ? loc->line : 0, msg);
  }
}

/* Tags s with m; the tag names joined by spaces. */
static const char *tag_str(const pg_lac *m, const char *s, float *margin)
{
  static char buf[512];
  uint32_t *v;
  size_t n, bad;
  uint8_t tags[64];

  buf[0] = 0;
  if (pg_utf8_decode(s, strlen(s), &v, &n, &bad) || n > 64 ||
      pg_lac_tag(m, v, n, tags, margin))
    return "(error)";
  for (size_t i = 0; i < n; i++) {
    strcat(buf, i ? " " : "");
    strcat(buf, pg_lac_tag_name(m, tags[i]));
  }
  free(v);
  return buf;
}

/* With crf[row][col] = -100 and every other CRF weight 0, s is tagged
 * want. */
static void crf_case(int row, int col, const char *s, const char *want,
                     const char *desc, pg_log *log)
{
  pg_lac *m;

  memset(crf, 0, sizeof crf);
  crf[row * T + col] = -100;
  write_model();
  m = pg_lac_open(dir, log);
  is_str(m ? tag_str(m, s, NULL) : NULL, want, "%s", desc);
  pg_lac_free(m);
  memset(crf, 0, sizeof crf);
}

static void test_synthetic(pg_log *log)
{
  pg_lac *m;
  float margin[8];

  memset(crf, 0, sizeof crf);
  write_model();
  m = pg_lac_open(dir, log);
  ok(m != NULL, "a model written in the parameter format loads");
  if (!m)
    return;
  is_int(pg_lac_ntags(m), 4, "four tags");
  is_str(pg_lac_tag_name(m, 2), "PER-I", "tag names in id order");
  is_int(pg_lac_class(m, 1), PG_LAC_PER, "PER is a person");
  is_int(pg_lac_class(m, 3), PG_LAC_NONE, "n is no entity");
  ok(pg_lac_begins(m, 1) && !pg_lac_begins(m, 2) && pg_lac_begins(m, 0),
     "-B and O begin a word, -I does not");
  is_str(tag_str(m, "BABB", margin), "O PER-B PER-I PER-I",
         "the forward GRU remembers the A: update gate first, candidate last");
  /* A: PER-B 10 tanh(3 tanh(20)) = 9.951 against PER-I 4.975 */
  ok(fabsf(margin[1] - 4.975f) < 0.01f, "margin at A: best minus second "
     "best emission (%.3f)", (double)margin[1]);
  ok(margin[0] > 3.4f && margin[0] < 3.6f, "margin before A: O's 3.5 "
     "(%.3f)", (double)margin[0]);
  is_str(tag_str(m, "BB", NULL), "O O", "no A, no person");
  is_str(tag_str(m, "xAB", NULL), "O PER-B PER-I",
         "an unknown character reads as OOV");
  is_str(tag_str(m, "ＢＡ", NULL), "O PER-B",
         "full-width letters read as half-width ones");
  pg_lac_free(m);

  /* start: no PER-B; end: no PER-I; the transition PER-B -> PER-I */
  crf_case(0, 1, "AB", "PER-I PER-I", "the CRF's first row scores the "
           "first tag", log);
  crf_case(1, 2, "AB", "PER-B O", "the CRF's second row scores the last "
           "tag", log);
  crf_case(2 + 1, 2, "ABB", "PER-B O PER-I", "a transition row (from, to) "
           "is read from the third row on", log);
}

static void test_bad_files(pg_log *log)
{
  write_model();
  tensor("fc_2.w_0", fc2, 2 * H, G, 100);
  nerr = 0;
  ok(pg_lac_open(dir, log) == NULL && nerr > 0 &&
         strstr(lasterr, "fc_2.w_0") && strstr(lasterr, "size"),
     "a truncated tensor is refused by name (%s)", lasterr);
  write_model();
  tensor("fc_4.w_0", out, 2 * H, T - 1, 0);
  nerr = 0;
  ok(pg_lac_open(dir, log) == NULL && strstr(lasterr, "fc_4.w_0") &&
         strstr(lasterr, "256 x 4"),
     "a tensor of the wrong shape is refused (%s)", lasterr);
  write_model();
  text_file("tag.dic", "0\tO\n2\tPER-B\n");
  nerr = 0;
  ok(pg_lac_open(dir, log) == NULL && strstr(lasterr, "tag.dic") &&
         strstr(lasterr, ":2:"),
     "a tag list with a gap is refused at its line (%s)", lasterr);
  nerr = 0;
  ok(pg_lac_open("/nonexistent/lac", log) == NULL && nerr == 1 &&
         strstr(lasterr, "word.dic"),
     "a missing folder names the file it looked for (%s)", lasterr);
  write_model();
}

/* LAC's people go into an annotation where no rule mention is: the
 * synthetic model makes a person of "A" and what follows, and the
 * filters keep only a name that a surname starts. */
static void test_apply(pg_log *log)
{
  const char *dd = getenv("POLICYGRAPH_DATADIR");
  pg_extractor *x = pg_new_extractor(dd ? dd : "ontology", NULL);
  pg_recognizer *rec = pg_new_recognizer(dd ? dd : "ontology", NULL);
  pg_lac *m;
  pg_annot *a;
  int added;

  /* 张 is the 'A' of a model whose vocabulary is 张, 三, 说 */
  text_file("word.dic", "0\t张\n1\t说\n2\tOOV\n");
  m = pg_lac_open(dir, log);
  ok(x && rec && m, "extractor, recognizer and model load");
  if (!x || !rec || !m)
    goto out;
  const char *s = "今天张三说";
  a = pg_extractor_run(x, "t.txt", (const unsigned char *)s, strlen(s), NULL);
  ok(a != NULL, "the rules ran");
  if (!a)
    goto out;
  for (size_t i = 0; i < a->nm; i++) /* the rules may know 张三: drop them */
    a->m[i].ce = a->m[i].cb;
  added = pg_tagger_apply_lac(rec, m, a, 0.0);
  is_int(added, 1, "one person added");
  if (added == 1) {
    const pg_mention *mm = &a->m[a->nm - 1];
    is_str(mm->surface, "张三说", "its span runs from the surname on");
    is_str(mm->rule, "model.lac", "its rule names the model");
    ok(mm->conf > 0, "with the CRF margin as confidence (%.2f)", mm->conf);
  }
  pg_free_annot(a);
  /* a high least margin keeps nothing */
  a = pg_extractor_run(x, "t.txt", (const unsigned char *)s, strlen(s), NULL);
  for (size_t i = 0; a && i < a->nm; i++)
    a->m[i].ce = a->m[i].cb;
  is_int(a ? pg_tagger_apply_lac(rec, m, a, 50.0) : -1, 0,
         "a margin above the span's keeps nothing");
  pg_free_annot(a);
out:
  pg_lac_free(m);
  pg_free_recognizer(rec);
  pg_free_extractor(x);
  text_file("word.dic", "0\tA\n1\tB\n2\tOOV\n");
}

/* The model Debian's python3-jieba installs, when it is there. */
static void test_real(pg_log *log)
{
  char probe[512];
  snprintf(probe, sizeof probe, "%s/model_baseline/crfw", PG_LAC_DIR);
  if (access(probe, R_OK)) {
    printf("ok %d - # SKIP python3-jieba's LAC model is not installed\n",
           ++tap_n);
    return;
  }
  pg_lac *m = pg_lac_open(NULL, log);
  ok(m != NULL, "the installed LAC model loads");
  if (!m)
    return;
  const char *t = tag_str(m, "国务院总理李强出席会议，王毅陪同。", NULL);
  ok(!strncmp(t, "ORG-B ORG-I ORG-I n-B n-I PER-B PER-I v-B", 41),
     "it tags a known sentence: a body, a post, a person, a verb (%s)", t);
  ok(strstr(t, "w-B PER-B PER-I v-B v-I w-B") != NULL,
     "a full-width comma and full stop read as punctuation (w), around a "
     "person and a verb");
  pg_lac_free(m);
}

int main(void)
{
  pg_log log = {on_log, NULL, 0, 0};
  const char *tmp = getenv("TMPDIR");

  snprintf(dir, sizeof dir, "%s/test_lac.%ld", tmp ? tmp : "/tmp",
           (long)getpid());
  test_synthetic(&log);
  test_bad_files(&log);
  test_apply(&log);
  test_real(&log);
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0)
    printf("# could not remove %s\n", dir);
  return tap_done();
}
