/* pg_relations.h - relation rules over recognized entities.
 *
 * Sentence-level rules that state who proposed or issued which work, which
 * declaration was adopted at which event, dates (absolute and relative,
 * resolved against the document date: see pg_dates.h), where events were
 * held, who developed which product, who founded which organization, who
 * attended which event, and sub-organizations from 旗下/下属.  The
 * recognizer adds the structural facts (units from names, affiliations
 * and titles from introductions and bylines); these rules add the rest.
 * Each fact records its sentence and a static rule id ("rel.…").  Trigger
 * words and function words are data: <datadir>/rules/relations.tsv.
 */
#ifndef PG_RELATIONS_H
#define PG_RELATIONS_H

#include "pg_annot.h"
#include "pg_log.h"

typedef struct pg_relator pg_relator;

/* Constructor: loads <datadir>/rules/relations.tsv (datadir borrowed).
 * Returns NULL after reporting an unreadable or malformed file to log. */
pg_relator *pg_new_relator(const char *datadir, pg_log *log);
/* Destructor. Accepts NULL. */
void pg_free_relator(pg_relator *r);

/* Adds facts to a (which it reads and appends to; r is only read, so one
 * relator serves any number of documents).  If a->doc.date is NULL the
 * document date is inferred from the text when it can be: a->doc.date
 * (ISO) and a->doc.date_source ("text:dateline", "text:latest-year", …)
 * are then set.  Returns 0, or -1 on out of memory (reported). */
int pg_relate(pg_relator *r, pg_annot *a, pg_log *log);

#endif /* PG_RELATIONS_H */
