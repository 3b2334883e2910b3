/* pg_work.h - the work and product recognizers.
 *
 * A recognizer reads the view and the candidates already proposed in its
 * context and proposes more (pg_rctx.h); the driver, pg_recognize.c, runs
 * it from its table of recognizers.
 */
#ifndef PG_WORK_H
#define PG_WORK_H

#include "pg_rctx.h"

/* Initiatives, declarations, laws, reports: 《》 titles, quoted
 * programmes, unquoted plans.  Returns 0, or -1 on out of memory. */
int pg_rec_works(pg_rctx *x);
/* AI products.  Returns 0, or -1 on out of memory. */
int pg_rec_products(pg_rctx *x);

#endif /* PG_WORK_H */
