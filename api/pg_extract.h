/* pg_extract.h - the extraction pipeline: bytes to an annotation set.
 *
 * decode -> repair -> sentences -> recognize -> relate.  A pg_extractor
 * holds what is loaded once (lexicon, rule tables) and runs documents one
 * at a time; it keeps nothing between documents, so memory stays flat.
 */
#ifndef PG_EXTRACT_H
#define PG_EXTRACT_H

#include <stddef.h>
#include "pg_annot.h"
#include "pg_log.h"
#include "pg_decode.h"
#include "pg_repair.h"

typedef struct pg_extract_opts {
  pg_decode_opts decode;  /* input format and encoding                   */
  pg_repair_opts repair;  /* layout repair switches                      */
  const char *doc_date;   /* --doc-date (YYYY[-MM[-DD]]), or NULL        */
  const char *doc_id;     /* key for the document IRI, or NULL to derive
                             it from the source name                     */
  int model;              /* 1: the statistical tagger (pg_tagger.h) adds
                             the names the rules missed                  */
  double model_conf;      /* with model: least confidence kept (margin)  */
  int lac;                /* 1: Baidu LAC's small model (pg_lac.h) adds
                             the names the rules (and tagger) missed     */
  double lac_conf;        /* with lac: least CRF margin kept             */
} pg_extract_opts;

typedef struct pg_extractor pg_extractor;

/* Constructor: loads tables from datadir (NULL: the default data
 * directory, see pg_default_datadir in pg_input.h).  log is borrowed for the
 * extractor's lifetime.  Returns NULL after reporting an error. */
pg_extractor *pg_new_extractor(const char *datadir, pg_log *log);
/* Destructor. Accepts NULL. */
void pg_free_extractor(pg_extractor *x);

/* Runs the pipeline over one document.  name (borrowed) is the source
 * name used in messages and, unless opts->doc_id is set, for the
 * document's id.  bytes are borrowed.  Returns a new annotation set the
 * caller frees, or NULL after reporting an error. */
pg_annot *pg_extractor_run(pg_extractor *x, const char *name,
                           const unsigned char *bytes, size_t len,
                           const pg_extract_opts *opts);

/* The document id derived from a source name: the base name without
 * extension, reduced to [A-Za-z0-9._-] and Han characters; "stdin" plus a
 * content hash for "-".  Returns a new string. */
char *pg_doc_id_from_name(const char *name, const unsigned char *bytes,
                          size_t len);

#endif /* PG_EXTRACT_H */
