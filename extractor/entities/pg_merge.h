/* pg_merge.h - overlap resolution, coreference and merging of candidates.
 *
 * Takes the candidates and recorded facts of one document (pg_rctx) and
 * writes the annotation set: one mention per surviving candidate, one
 * entity per real-world thing (canonical label, aliases, English label,
 * IRI key), and the facts between entities.
 */
#ifndef PG_MERGE_H
#define PG_MERGE_H

#include "pg_rctx.h"

/* Resolves, merges and commits x's candidates to x->a.  Returns 0, or -1
 * on out of memory. */
int pg_merge(pg_rctx *x);

/* The IRI key of a label: NFKC, white space removed (new string). */
char *pg_entity_key(const char *label);

#endif /* PG_MERGE_H */
