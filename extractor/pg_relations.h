/* pg_relations.h - relation rules over recognized entities.
 *
 * Sentence-level rules that state who proposed or issued which work, which
 * declaration was adopted at which event, dates (absolute and relative,
 * resolved against the document date), where events were held, who
 * developed which product, who founded which organization, who attended
 * which event, sub-organizations from 旗下 and possessives, affiliations
 * from appositions.  Each fact records its sentence and rule id.  Trigger
 * words and patterns are data files under the data directory.
 */
#ifndef PG_RELATIONS_H
#define PG_RELATIONS_H

#include "pg_annot.h"
#include "pg_log.h"

typedef struct pg_relator pg_relator;

/* Constructor: loads rule tables from datadir. NULL on error (reported). */
pg_relator *pg_new_relator(const char *datadir, pg_log *log);
/* Destructor. Accepts NULL. */
void pg_free_relator(pg_relator *r);

/* Adds facts to a.  If a->doc.date is NULL the document date may be
 * inferred from the text (then a->doc.date and date_source are set).
 * Returns 0, or -1 on out of memory. */
int pg_relate(pg_relator *r, pg_annot *a, pg_log *log);

#endif /* PG_RELATIONS_H */
