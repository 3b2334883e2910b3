/* pg_recognize.h - entity recognition and merging.
 *
 * Finds the mentions of the nine entity types in the clean text (a lexicon
 * of well-known entities matched in one pass, plus patterns: person names
 * with titles and expert introductions, organizations and their units by
 * head word, titled works in 《》 and quoted programmes by head word, events,
 * products) and merges them into one entity per real-world thing, with a
 * canonical label and aliases.  Structural facts found while recognizing
 * (a unit's parent organization, an expert introduction's affiliations and
 * titles) are added as facts too.  All tables are data files under the
 * data directory, loaded once.
 */
#ifndef PG_RECOGNIZE_H
#define PG_RECOGNIZE_H

#include "pg_annot.h"
#include "pg_log.h"

typedef struct pg_recognizer pg_recognizer;

/* Constructor: loads the lexicon and tables from datadir (copied).
 * Returns NULL after reporting what could not be read. */
pg_recognizer *pg_new_recognizer(const char *datadir, pg_log *log);
/* Destructor. Accepts NULL. */
void pg_free_recognizer(pg_recognizer *r);

/* Adds mentions, entities (and structural facts) to a, whose doc has clean
 * text and sentences.  Returns 0, or -1 on out of memory (reported to log). */
int pg_recognize(pg_recognizer *r, pg_annot *a, pg_log *log);

#endif /* PG_RECOGNIZE_H */
