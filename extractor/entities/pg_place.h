/* pg_place.h - the place recognizers beyond the lexicon.
 *
 * A recognizer reads the view and the candidates already proposed in its
 * context and proposes more (pg_rctx.h); the driver, pg_recognize.c, runs
 * it from its table of recognizers.
 */
#ifndef PG_PLACE_H
#define PG_PLACE_H

#include "pg_rctx.h"

/* Coordinated one-character country forms: 中美两国, 中赞双方.  Returns 0,
 * or -1 on out of memory. */
int pg_rec_short_forms(pg_rctx *x);
/* Counties and cities after their province or city: 浙江省义乌市.
 * Returns 0, or -1 on out of memory. */
int pg_rec_admin_places(pg_rctx *x);
/* Towns and villages after their county or district: 金寨县花石乡大湾村.
 * Returns 0, or -1 on out of memory. */
int pg_rec_towns(pg_rctx *x);
/* Venues named before a head word where a place is expected: 在人民大会堂,
 * 参观大昭寺、扎什伦布寺.  Returns 0, or -1 on out of memory. */
int pg_rec_venues(pg_rctx *x);

#endif /* PG_PLACE_H */
