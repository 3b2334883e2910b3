/* test_tagger.c - the statistical tagger: Viterbi under BIES constraints
 * with hand-set weights gives the known best path and margin, spans are
 * read off tags, a tiny corpus is learnt, and training, saving and loading
 * are deterministic (same data, same bytes). */
#include "pg_tagger.h"
#include "pg_extract.h"
#include "pg_lexicon.h"
#include "pg_recognize.h"
#include "pg_text.h"
#include "../tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PER_B PG_TAG(PG_TT_PER, PG_BIES_B)
#define PER_E PG_TAG(PG_TT_PER, PG_BIES_E)
#define LOC_B PG_TAG(PG_TT_LOC, PG_BIES_B)
#define LOC_E PG_TAG(PG_TT_LOC, PG_BIES_E)
#define ORG_S PG_TAG(PG_TT_ORG, PG_BIES_S)

/* The folded code points of s (new array), count in *n. */
static uint32_t *cps(const char *s, size_t *n)
{
  uint32_t *v = NULL;
  size_t bad, i;

  if (pg_utf8_decode(s, strlen(s), &v, n, &bad))
    return NULL;
  for (i = 0; i < *n; i++)
    v[i] = pg_fold_cp(v[i]);
  return v;
}

typedef struct spanrec { size_t b[8], e[8]; int tt[8]; double conf[8]; int n; } spanrec;

static void on_span(void *user, size_t b, size_t e, int tt, double conf)
{
  spanrec *r = user;

  if (r->n < 8) {
    r->b[r->n] = b;
    r->e[r->n] = e;
    r->tt[r->n] = tt;
    r->conf[r->n] = conf;
    r->n++;
  }
}

static int read_file(const char *path, unsigned char *buf, size_t cap,
                     size_t *len)
{
  FILE *fp = fopen(path, "rb");

  if (!fp)
    return -1;
  *len = fread(buf, 1, cap, fp);
  fclose(fp);
  return 0;
}

static void test_decoder(void)
{
  pg_tagger *t = pg_new_tagger(NULL);
  size_t n;
  uint32_t *v = cps("北京张三", &n);
  uint8_t tags[4];
  int32_t margin[4];
  spanrec r;

  memset(&r, 0, sizeof r);
  /* 北: B-LOC 5 or S-ORG 6; 京: E-LOC 5.  Greedy takes S-ORG for 北 and
   * then cannot end a place at 京; the best legal path is B-LOC E-LOC
   * (10 against 6 for S-ORG O). */
  ok(!pg_tagger_set(t, "U0=北", 0, LOC_B, 5 * 16) &&
     !pg_tagger_set(t, "U0=北", 0, ORG_S, 6 * 16) &&
     !pg_tagger_set(t, "U0=京", 0, LOC_E, 5 * 16) &&
     !pg_tagger_set(t, "U0=张", 0, PER_B, 3 * 16) &&
     !pg_tagger_set(t, "U0=三", 0, PER_E, 3 * 16) &&
     !pg_tagger_set(t, NULL, LOC_E, PER_B, -1 * 16),
     "weights set by feature name and for a transition");
  ok(pg_tagger_set(t, "nosuch=x", 0, 1, 1) < 0, "an unknown template is refused");
  ok(!pg_tagger_decode(t, v, n, tags, margin), "decode");
  ok(tags[0] == LOC_B && tags[1] == LOC_E && tags[2] == PER_B &&
     tags[3] == PER_E, "the best path: B-LOC E-LOC B-PER E-PER");
  /* best = 5 + 5 - 1 + 3 + 3 = 15; tagging 北 otherwise: S-ORG O then
   * B-PER E-PER (no -1 transition) = 6 + 0 + 6 = 12: margin 3. */
  is_int(margin[0], 3 * 16, "margin of 北: 15 - 12");
  /* 张 as O: the place then O O, 10 = margin 5 */
  is_int(margin[2], 5 * 16, "margin of 张: 15 - 10");
  is_int(pg_tagger_spans(tags, margin, n, on_span, &r), 2, "two spans");
  ok(r.b[0] == 0 && r.e[0] == 2 && r.tt[0] == PG_TT_LOC && r.conf[0] == 3.0,
     "a place [0, 2) with confidence 3 (its lowest margin)");
  ok(r.b[1] == 2 && r.e[1] == 4 && r.tt[1] == PG_TT_PER && r.conf[1] == 5.0,
     "a person [2, 4) with confidence 5");
  free(v);
  pg_free_tagger(t);
}

static void test_spans(void)
{
  /* O B-PER I-PER E-PER S-ORG B-LOC O (unclosed) E-LOC (no B) */
  uint8_t tags[] = {0, PER_B, PG_TAG(PG_TT_PER, PG_BIES_I), PER_E, ORG_S,
                    LOC_B, 0, LOC_E};
  spanrec r;

  memset(&r, 0, sizeof r);
  is_int(pg_tagger_spans(tags, NULL, 8, on_span, &r), 2,
         "ill-formed spans are not read");
  ok(r.b[0] == 1 && r.e[0] == 4 && r.b[1] == 4 && r.e[1] == 5,
     "B I E and S spans");
}

/* A tiny corpus: names of two characters before 说 or 来. */
static const char *const train_txt[] = {
  "张三说好。", "李四来了。", "王五说不。", "他说好。", "赵六来了。",
  "大家说好。"
};
static const int train_per[] = {1, 1, 1, 0, 1, 0}; /* a name at [0, 2) */

static pg_tagger *train_tiny(void)
{
  pg_tagger *t = pg_new_tagger(NULL);
  int ep, i;

  for (ep = 0; ep < 5; ep++)
    for (i = 0; i < 6; i++) {
      size_t n, k;
      uint32_t *v = cps(train_txt[i], &n);
      uint8_t gold[16];
      for (k = 0; k < n; k++)
        gold[k] = PG_TAG_O;
      if (train_per[i]) {
        gold[0] = PER_B;
        gold[1] = PER_E;
      }
      if (pg_tagger_learn(t, v, n, gold) < 0)
        ok(0, "learn");
      free(v);
    }
  pg_tagger_average(t);
  return t;
}

static void test_learn(void)
{
  pg_tagger *t = train_tiny(), *u, *l;
  unsigned char a[1 << 16], b[1 << 16];
  size_t la = 0, lb = 0;
  int i, right = 1, same = 1;

  ok(pg_tagger_size(t) > 0, "training kept some features");
  for (i = 0; i < 6; i++) {
    size_t n, k;
    uint32_t *v = cps(train_txt[i], &n);
    uint8_t tags[16];
    pg_tagger_decode(t, v, n, tags, NULL);
    for (k = 0; k < n; k++)
      right &= tags[k] == (train_per[i] && k < 2 ? (k ? PER_E : PER_B)
                                                  : PG_TAG_O);
    free(v);
  }
  ok(right, "the training sentences are tagged as taught");

  u = train_tiny();
  ok(!pg_tagger_save(t, "test_tagger.1.model", NULL) &&
     !pg_tagger_save(u, "test_tagger.2.model", NULL), "save twice");
  ok(!read_file("test_tagger.1.model", a, sizeof a, &la) &&
     !read_file("test_tagger.2.model", b, sizeof b, &lb) && la == lb &&
     la > 0 && !memcmp(a, b, la),
     "training twice writes the same bytes");

  l = pg_new_tagger(NULL);
  ok(!pg_tagger_load(l, "test_tagger.1.model", NULL), "load");
  is_int(pg_tagger_size(l), pg_tagger_size(t), "same number of features");
  for (i = 0; i < 6; i++) {
    size_t n, k;
    uint32_t *v = cps(train_txt[i], &n);
    uint8_t t1[16], t2[16];
    int32_t m1[16], m2[16];
    pg_tagger_decode(t, v, n, t1, m1);
    pg_tagger_decode(l, v, n, t2, m2);
    for (k = 0; k < n; k++)
      same &= t1[k] == t2[k] && m1[k] == m2[k];
    free(v);
  }
  ok(same, "the loaded model tags and scores like the trained one");
  ok(!pg_tagger_save(l, "test_tagger.2.model", NULL) &&
     !read_file("test_tagger.2.model", b, sizeof b, &lb) && la == lb &&
     !memcmp(a, b, la), "saving the loaded model gives the same bytes");
  ok(pg_tagger_load(l, "test_tagger.c.nosuchfile", NULL) < 0,
     "a missing model file is an error");
  remove("test_tagger.1.model");
  remove("test_tagger.2.model");
  pg_free_tagger(t);
  pg_free_tagger(u);
  pg_free_tagger(l);
}

/* pg_tagger_apply after the rules: a name the rules missed is added
 * (rule, type, confidence, entity); a span over a rule mention is not. */
static void test_apply(void)
{
  const char *dd = getenv("POLICYGRAPH_DATADIR");
  const char *text = "北京张三说好。";
  pg_extractor *x = pg_new_extractor(dd ? dd : "ontology", NULL);
  pg_recognizer *rec = pg_new_recognizer(dd ? dd : "ontology", NULL);
  pg_tagger *t = rec ? pg_new_tagger(rec) : NULL;
  pg_annot *a;
  size_t i, before;
  int added = -1, found = 0, place = 0;

  ok(x && t, "extractor, recognizer and tagger");
  if (!x || !t)
    goto done;
  a = pg_extractor_run(x, "t.txt", (const unsigned char *)text, strlen(text),
                       NULL);
  ok(a != NULL, "the rules ran");
  if (!a)
    goto done;
  before = a->nm;
  pg_tagger_set(t, "U0=北", 0, PG_TAG(PG_TT_ORG, PG_BIES_B), 10 * 16);
  pg_tagger_set(t, "U0=京", 0, PG_TAG(PG_TT_ORG, PG_BIES_E), 10 * 16);
  pg_tagger_set(t, "U0=张", 0, PER_B, 4 * 16);
  pg_tagger_set(t, "U0=三", 0, PER_E, 4 * 16);
  added = pg_tagger_apply(t, a, 0);
  for (i = before; i < a->nm; i++)
    found += a->m[i].type == PG_T_PERSON && !strcmp(a->m[i].surface, "张三") &&
             !strcmp(a->m[i].rule, "model.perceptron") && a->m[i].conf > 0 &&
             a->m[i].entity >= 0 &&
             !strcmp(a->ent[a->m[i].entity].label, "张三");
  for (i = 0; i < a->nm; i++)
    place += a->m[i].type == PG_T_PLACE && !strcmp(a->m[i].surface, "北京");
  is_int(added, 1, "one mention added");
  ok(found == 1, "张三: a Person by model.perceptron with its confidence "
     "and entity");
  ok(place == 1, "北京 stays the rules' place (the model's organization "
     "over it is not added)");
  is_int(pg_tagger_apply(t, a, 0), 0,
         "a second pass adds nothing: 张三 is covered now");
  pg_free_annot(a);
  a = pg_extractor_run(x, "t.txt", (const unsigned char *)text, strlen(text),
                       NULL);
  is_int(a ? pg_tagger_apply(t, a, 1000) : -1, 0,
         "below the least margin asked for (4 + 4 < 1000): not added");
  pg_free_annot(a);
  /* a span touching a rule mention of its own type is a piece of a name
   * (北京大学|张三 as a body); of another type, a name (as a person) */
  a = pg_extractor_run(x, "t.txt", (const unsigned char *)"北京大学张三说好。",
                       strlen("北京大学张三说好。"), NULL);
  pg_tagger_set(t, "U0=张", 0, PG_TAG(PG_TT_ORG, PG_BIES_B), 20 * 16);
  pg_tagger_set(t, "U0=三", 0, PG_TAG(PG_TT_ORG, PG_BIES_E), 20 * 16);
  is_int(a ? pg_tagger_apply(t, a, 0) : -1, 0,
         "a body right after a body the rules read: a fragment, not added");
  pg_free_annot(a);
  pg_tagger_set(t, "U0=张", 0, PG_TAG(PG_TT_ORG, PG_BIES_B), 0);
  pg_tagger_set(t, "U0=三", 0, PG_TAG(PG_TT_ORG, PG_BIES_E), 0);
  a = pg_extractor_run(x, "t.txt", (const unsigned char *)"北京大学张三说好。",
                       strlen("北京大学张三说好。"), NULL);
  is_int(a ? pg_tagger_apply(t, a, 0) : -1, 1,
         "a person right after a body the rules read: added");
  pg_free_annot(a);
  /* a piece of a Latin word or of an address is no name */
  pg_tagger_set(t, "U0=g", 0, PG_TAG(PG_TT_ORG, PG_BIES_B), 20 * 16);
  pg_tagger_set(t, "U0=x", 0, PG_TAG(PG_TT_ORG, PG_BIES_E), 20 * 16);
  a = pg_extractor_run(x, "t.txt", (const unsigned char *)"他说gx好。",
                       strlen("他说gx好。"), NULL);
  is_int(a ? pg_tagger_apply(t, a, 0) : -1, 1, "a Latin word: added");
  pg_free_annot(a);
  a = pg_extractor_run(x, "t.txt", (const unsigned char *)"他说agxb好。",
                       strlen("他说agxb好。"), NULL);
  is_int(a ? pg_tagger_apply(t, a, 0) : -1, 0,
         "a piece of a Latin word (gx of agxb): not added");
  pg_free_annot(a);
  a = pg_extractor_run(x, "t.txt", (const unsigned char *)"见http://gx.com好。",
                       strlen("见http://gx.com好。"), NULL);
  is_int(a ? pg_tagger_apply(t, a, 0) : -1, 0,
         "a piece of an address (gx of http://gx.com): not added");
  pg_free_annot(a);
done:
  pg_free_tagger(t);
  pg_free_recognizer(rec);
  pg_free_extractor(x);
}

/* Pruning drops the weights below a bound and the features left empty;
 * what remains decodes as before, and a frozen (loaded) model refuses. */
static void test_prune(void)
{
  pg_tagger *t = pg_new_tagger(NULL), *l = pg_new_tagger(NULL);
  size_t n;
  uint32_t *v = cps("北京", &n);
  uint8_t tags[2];
  int32_t margin[2];

  ok(!pg_tagger_set(t, "U0=北", 0, LOC_B, 2 * 16) &&
     !pg_tagger_set(t, "U0=北", 0, ORG_S, 8) &&      /* half an update */
     !pg_tagger_set(t, "U0=京", 0, LOC_E, 2 * 16) &&
     !pg_tagger_set(t, "U1=京", 0, LOC_B, -15) &&    /* below one update */
     !pg_tagger_set(t, "U-1=北", 0, LOC_E, 16),
     "a hand-made model of four features");
  is_int(pg_tagger_size(t), 4, "four features");
  ok(!pg_tagger_prune(t, 16), "prune below 16");
  is_int(pg_tagger_size(t), 3, "U1=京 (only -15) is gone, the others stay");
  ok(!pg_tagger_decode(t, v, n, tags, margin) && tags[0] == LOC_B &&
     tags[1] == LOC_E, "北京 is still a place");
  /* best 2 + 2 + 1 = 5 (U-1=北 on 京); 北 otherwise: S-ORG would have
   * had 0.5 but was pruned, so O O = 0: margin 5 */
  is_int(margin[0], 5 * 16, "margin 5: the pruned half update is gone");
  ok(!pg_tagger_save(t, "test_tagger.p.model", NULL) &&
     !pg_tagger_load(l, "test_tagger.p.model", NULL) &&
     pg_tagger_size(l) == 3, "the pruned model saves and loads");
  ok(pg_tagger_prune(l, 16) < 0, "a loaded (frozen) model is not pruned");
  remove("test_tagger.p.model");
  free(v);
  pg_free_tagger(t);
  pg_free_tagger(l);
}

/* The confidence apply gives a span is the margin a full decode gives,
 * though apply computes margins only for segments with an uncovered
 * span (here the second sentence; 北京 in the first is the rules'). */
static void test_apply_margin(void)
{
  const char *dd = getenv("POLICYGRAPH_DATADIR");
  const char *text = "北京说好。张三说好。";
  pg_extractor *x = pg_new_extractor(dd ? dd : "ontology", NULL);
  pg_recognizer *rec = pg_new_recognizer(dd ? dd : "ontology", NULL);
  pg_tagger *t = rec ? pg_new_tagger(rec) : NULL;
  pg_annot *a = NULL;
  uint32_t *v = NULL;
  size_t *map = NULL, vn = 0, i, before;
  uint8_t tags[64];
  int32_t margin[64];
  double conf = -1;

  if (!x || !t || !(a = pg_extractor_run(x, "t.txt",
                                         (const unsigned char *)text,
                                         strlen(text), NULL))) {
    ok(0, "extractor, recognizer, tagger and rules");
    goto done;
  }
  pg_tagger_set(t, "U0=北", 0, PG_TAG(PG_TT_ORG, PG_BIES_B), 10 * 16);
  pg_tagger_set(t, "U0=京", 0, PG_TAG(PG_TT_ORG, PG_BIES_E), 10 * 16);
  pg_tagger_set(t, "U0=张", 0, PER_B, 4 * 16);
  pg_tagger_set(t, "U0=三", 0, PER_E, 3 * 16);
  pg_tagger_set(t, "U1=三", 0, PER_B, 16);
  ok(!pg_tagger_view(a, &v, &map, &vn) && vn < 64 &&
     !pg_tagger_decode(t, v, vn, tags, margin), "full decode of the view");
  before = a->nm;
  is_int(pg_tagger_apply(t, a, 0), 1, "apply adds one name");
  for (i = before; i < a->nm; i++)
    if (!strcmp(a->m[i].surface, "张三"))
      conf = a->m[i].conf;
  /* best: 张 B 4 + 1 (U1=三), 三 E 3 = 8.  张 otherwise: O O = 0, margin
   * 8; 三 otherwise: 张 B, 三 I, 说 E = 5, margin 3; the span's confidence
   * is its lowest margin */
  ok(vn > 6 && margin[5] == 8 * 16 && margin[6] == 3 * 16 && conf == 3.0,
     "张三's confidence is the full decode's lowest margin (3)");
done:
  free(v);
  free(map);
  pg_free_annot(a);
  pg_free_tagger(t);
  pg_free_recognizer(rec);
  pg_free_extractor(x);
}

int main(void)
{
  test_decoder();
  test_spans();
  test_learn();
  test_apply();
  test_prune();
  test_apply_margin();
  return tap_done();
}
