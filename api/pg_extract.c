/* pg_extract.c - the extraction pipeline (see pg_extract.h).
 *
 * Owns the loaded tables (recognizer, relator) and the OpenCC converter
 * (opened on the first traditional-looking document), and runs one
 * document at a time through decode, repair, sentence split, recognition
 * and relation rules.  Nothing survives between documents but those.
 */
#include "config.h"
#include "pg_extract.h"
#include "pg_recognize.h"
#include "pg_relations.h"
#include "pg_sentence.h"
#include "pg_tagger.h"
#include "pg_lac.h"
#include "pg_text.h"
#include "pg_input.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pg_extractor {
  pg_log *log;          /* borrowed */
  pg_recognizer *rec;   /* owned    */
  pg_relator *rel;      /* owned    */
  pg_t2s *t2s;          /* owned: OpenCC, opened on first use */
  pg_tagger *tagger;    /* owned: loaded on the first --model document */
  pg_lac *lac;          /* owned: loaded on the first --lac document   */
  char *datadir;        /* owned copy: where the model file is    */
};

pg_extractor *pg_new_extractor(const char *datadir, pg_log *log)
{
  pg_extractor *x = calloc(1, sizeof *x);

  if (!x)
    return NULL;
  if (!datadir)
    datadir = pg_default_datadir();
  x->log = log;
  if (!(x->datadir = strdup(datadir))) {
    free(x);
    return NULL;
  }
  x->rec = pg_new_recognizer(datadir, log);
  x->rel = x->rec ? pg_new_relator(datadir, log) : NULL;
  x->t2s = x->rel ? pg_new_t2s() : NULL;
  if (x->rel && !x->t2s)
    pg_log_msg(log, PG_LOG_ERROR, NULL, "out of memory");
  if (!x->t2s) {
    pg_free_extractor(x);
    return NULL;
  }
  return x;
}

void pg_free_extractor(pg_extractor *x)
{
  if (!x)
    return;
  pg_free_recognizer(x->rec);
  pg_free_relator(x->rel);
  pg_free_t2s(x->t2s);
  pg_free_tagger(x->tagger);
  pg_lac_free(x->lac);
  free(x->datadir);
  free(x);
}

/* The tagger's mentions after the rules' (loads the model once).
 * Returns 0 or -1 after logging. */
static int run_model(pg_extractor *x, pg_annot *a, double min_conf)
{
  char path[4096];

  if (!x->tagger) {
    snprintf(path, sizeof path, "%s/%s", x->datadir, PG_TAGGER_MODEL);
    if (!(x->tagger = pg_new_tagger(x->rec)) ||
        pg_tagger_load(x->tagger, path, x->log)) {
      pg_free_tagger(x->tagger);
      x->tagger = NULL;
      return -1;
    }
  }
  return pg_tagger_apply(x->tagger, a, min_conf) < 0 ? -1 : 0;
}

/* LAC's mentions after the rules' (loads the model once, from
 * $POLICYGRAPH_LAC_DIR or where python3-jieba installs it).  Returns 0 or
 * -1 after logging. */
static int run_lac(pg_extractor *x, pg_annot *a, double min_conf)
{
  if (!x->lac && !(x->lac = pg_lac_open(getenv("POLICYGRAPH_LAC_DIR"), x->log)))
    return -1;
  return pg_tagger_apply_lac(x->rec, x->lac, a, min_conf) < 0 ? -1 : 0;
}

/* FNV-1a, 64 bits: a stable content hash for stdin document ids. */
static uint64_t fnv1a(const unsigned char *p, size_t n)
{
  uint64_t h = 1469598103934665603ULL;

  while (n--) {
    h ^= *p++;
    h *= 1099511628211ULL;
  }
  return h;
}

char *pg_doc_id_from_name(const char *name, const unsigned char *bytes,
                          size_t len)
{
  const char *base, *dot;
  char *id, *p;
  size_t n;

  if (!name || !strcmp(name, "-")) {
    id = malloc(32);
    if (id)
      snprintf(id, 32, "stdin-%016llx",
               (unsigned long long)fnv1a(bytes, len));
    return id;
  }
  base = strrchr(name, '/');
  base = base ? base + 1 : name;
  dot = strrchr(base, '.');
  n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
  id = malloc(n + 1);
  if (!id)
    return NULL;
  for (p = id; n--; base++) {
    unsigned char c = (unsigned char)*base;
    /* Keep ASCII alphanumerics, ._- and every non-ASCII byte (UTF-8 Han
     * and other letters stay readable in an IRI); the rest becomes _. */
    *p++ = (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
            (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || c == '_')
               ? (char)c
               : '_';
  }
  *p = '\0';
  if (!*id) {
    free(id);
    return pg_doc_id_from_name(NULL, bytes, len);
  }
  return id;
}

/* Line ends become "\n" in the original text before anything counts
 * offsets in it: a CR would end up raw inside the nif:isString literal,
 * which raptor's Turtle writer cannot round-trip.  "\r\n" -> "\n", a lone
 * "\r" -> "\n". */
static int normalize_newlines(pg_doc *d)
{
  size_t i, k = 0;
  int changed = 0;

  for (i = 0; i < d->on; i++) {
    if (d->ocp[i] == '\r') {
      changed = 1;
      if (i + 1 < d->on && d->ocp[i + 1] == '\n')
        continue;
      d->ocp[k++] = '\n';
    } else {
      d->ocp[k++] = d->ocp[i];
    }
  }
  if (!changed)
    return 0;
  d->on = k;
  free(d->orig);
  d->orig = pg_utf8_encode(d->ocp, d->on);
  if (!d->orig)
    return -1;
  d->orig_len = strlen(d->orig);
  return 0;
}

static char *xstrdup(const char *s)
{
  char *d = s ? malloc(strlen(s) + 1) : NULL;

  if (d)
    strcpy(d, s);
  return d;
}

pg_annot *pg_extractor_run(pg_extractor *x, const char *name,
                           const unsigned char *bytes, size_t len,
                           const pg_extract_opts *opts)
{
  static const pg_extract_opts none;
  pg_annot *a = pg_new_annot();
  pg_doc *d;

  if (!opts)
    opts = &none;
  if (!a)
    goto oom;
  d = &a->doc;
  d->name = xstrdup(name ? name : "-");
  d->id = opts->doc_id ? xstrdup(opts->doc_id)
                       : pg_doc_id_from_name(name, bytes, len);
  if (!d->name || !d->id)
    goto oom;
  if (pg_decode(d, d->name, bytes, len, &opts->decode, x->log))
    goto err;
  if (normalize_newlines(d))
    goto oom;
  if (opts->doc_date) {
    free(d->date);
    d->date = xstrdup(opts->doc_date);
    free(d->date_source);
    d->date_source = xstrdup("option");
  }
  if (pg_repair_t2s(d, &opts->repair, x->t2s, x->log) ||
      pg_sentence_split(d) ||
      pg_recognize(x->rec, a, x->log) ||
      (opts->model && run_model(x, a, opts->model_conf)) ||
      (opts->lac && run_lac(x, a, opts->lac_conf)) ||
      pg_relate(x->rel, a, x->log))
    goto err;
  return a;

oom:
  pg_log_msg(x->log, PG_LOG_ERROR, &(pg_locator){name, 0, 0, -1},
             "out of memory");
err:
  pg_free_annot(a);
  return NULL;
}
