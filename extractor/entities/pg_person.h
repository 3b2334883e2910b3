/* pg_person.h - the person recognizer.
 *
 * A recognizer reads the view and the candidates already proposed in its
 * context and proposes more (pg_rctx.h); the driver, pg_recognize.c, runs
 * it from its table of recognizers.
 */
#ifndef PG_PERSON_H
#define PG_PERSON_H

#include "pg_rctx.h"

/* People with their titles and affiliations.  Returns 0, or -1 on out of
 * memory. */
int pg_rec_persons(pg_rctx *x);

#endif /* PG_PERSON_H */
