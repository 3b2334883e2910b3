/* pg_reltab.h - the word classes of the relation rules, loaded from data.
 *
 * ontology/rules/relations.tsv lists, per class, the trigger verbs,
 * adverbs, connectives and other function words the relation rules look
 * for (one "CLASS<TAB>WORD[<TAB>FLAGS]" a line), plus named options.
 * The table answers two questions in time proportional to the words of
 * one class: which word of a class starts at a position, and which ends
 * there.  Classes hold tens of words, so a scan is cheaper than an index.
 */
#ifndef PG_RELTAB_H
#define PG_RELTAB_H

#include <stddef.h>
#include <stdint.h>
#include "pg_log.h"

typedef enum pg_wclass {
  PG_W_ISSUE = 0,
  PG_W_DEVELOP,
  PG_W_FOUND,
  PG_W_HOLD,
  PG_W_ATTEND,
  PG_W_SUBSIDIARY,
  PG_W_INSTRUMENT,
  PG_W_ADVERB,
  PG_W_CONNECTIVE,
  PG_W_FILL,
  PG_W_COORD,
  PG_W_GROUP,
  PG_W_EVENT_REF,
  PG_W_GENERIC_EVENT_REF,
  PG_W_PARTICIPANTS,
  PG_W_PRONOUN,
  PG_W_PASSIVE,
  PG_W_DEMONSTRATIVE,
  PG_W_LOCATIVE,
  PG_W_SOURCE,
  PG_W_ASSEMBLY,
  PG_W_STOP,
  PG_W__COUNT
} pg_wclass;

/* Word flags (third column). */
#define PG_WF_ADOPT 0x1u /* "adopt": 通过 */
#define PG_WF_END   0x2u /* objects must close the clause */
#define PG_WF_CLOSE 0x4u /* "close": 闭幕, the event ends (no start date) */

typedef struct pg_reltab pg_reltab;

/* Constructor: reads path (borrowed).  Returns NULL after reporting to
 * log (file, line) an unreadable file or a malformed line. */
pg_reltab *pg_new_reltab(const char *path, pg_log *log);
/* Destructor. Accepts NULL. */
void pg_free_reltab(pg_reltab *t);

/* Length of the longest word of class c starting at s[i] (and ending at
 * or before lim), 0 if none; its flags to *flags when not NULL. */
size_t pg_reltab_at(const pg_reltab *t, pg_wclass c, const uint32_t *s,
                    size_t i, size_t lim, unsigned *flags /* OUT */);
/* Length of the longest word of class c ending at s[i] (and starting at
 * or after lo), 0 if none. */
size_t pg_reltab_before(const pg_reltab *t, pg_wclass c, const uint32_t *s,
                        size_t lo, size_t i);
/* Does the UTF-8 string str end with a word of class c? */
int pg_reltab_suffix(const pg_reltab *t, pg_wclass c, const char *str);

/* The value of option name ("yes"/"no"...), or NULL; borrowed. */
const char *pg_reltab_option(const pg_reltab *t, const char *name);

#endif /* PG_RELTAB_H */
