/* pg_org.h - the organization recognizer.
 *
 * A recognizer reads the view and the candidates already proposed in its
 * context and proposes more (pg_rctx.h); the driver, pg_recognize.c, runs
 * it from its table of recognizers.
 */
#ifndef PG_ORG_H
#define PG_ORG_H

#include "pg_rctx.h"

/* Organizations and their units: chains, introductions, bylines, lists,
 * Latin names.  Returns 0, or -1 on out of memory. */
int pg_rec_orgs(pg_rctx *x);
/* After the person rules: the offices a list of heads after a person of
 * a named body names are that body's units. */
int pg_rec_unit_lists(pg_rctx *x);

#endif /* PG_ORG_H */
