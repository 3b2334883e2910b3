/* pg_repair.h - layout repair: original text to clean text + offset map.
 *
 * Undoes the scars of PDF extraction without losing the way back: spaces
 * that split a word at a line wrap are dropped (real separators between
 * Latin words and list items are kept), a paragraph whose two columns were
 * interleaved fragment by fragment is reassembled column by column,
 * full-width and compatibility forms are folded, and traditional Chinese is
 * mapped to simplified for recognition.  doc->map records, for every clean
 * code point, the original code point it came from.
 */
#ifndef PG_REPAIR_H
#define PG_REPAIR_H

#include "pg_annot.h"
#include "pg_log.h"

typedef struct pg_repair_opts {
  int no_columns;     /* do not try to reassemble interleaved columns */
  int no_t2s;         /* do not convert traditional to simplified     */
  int no_unwrap;      /* keep the line breaks of a hard-wrapped text  */
} pg_repair_opts;

/* A traditional-to-simplified converter (OpenCC t2s) kept between
 * documents: opened on the first document that needs it, closed by
 * pg_free_t2s.  An extractor holds one and passes it to pg_repair_t2s. */
typedef struct pg_t2s pg_t2s;

/* Constructor: opens nothing yet.  Returns NULL on out of memory. */
pg_t2s *pg_new_t2s(void);
/* Destructor: closes OpenCC if it was opened.  Accepts NULL. */
void pg_free_t2s(pg_t2s *t);

/* Fills doc->ccp, cn and map from doc->ocp, on, converting traditional
 * Chinese with t2s (borrowed; opened here on first need).  opts may be
 * NULL.  Returns 0, or -1 on out of memory (reported). */
int pg_repair_t2s(pg_doc *doc, const pg_repair_opts *opts, pg_t2s *t2s,
                  pg_log *log);

/* pg_repair_t2s with a converter of its own, opened and closed for this
 * one call (tests, one-off use). */
int pg_repair(pg_doc *doc, const pg_repair_opts *opts, pg_log *log);

#endif /* PG_REPAIR_H */
