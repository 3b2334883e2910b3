/* pg_event.h - the event recognizer.
 *
 * A recognizer reads the view and the candidates already proposed in its
 * context and proposes more (pg_rctx.h); the driver, pg_recognize.c, runs
 * it from its table of recognizers.
 */
#ifndef PG_EVENT_H
#define PG_EVENT_H

#include "pg_rctx.h"

/* Conferences, summits, sessions.  Returns 0, or -1 on out of memory. */
int pg_rec_events(pg_rctx *x);

#endif /* PG_EVENT_H */
