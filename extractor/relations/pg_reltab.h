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

/* The word classes: enum suffix and the class column of relations.tsv.
 * (The recognizers' word tables, PG_W_* in pg_rctx.h, are another set;
 * this one's stop class is PG_W_CLAUSE_STOP and its count PG_WC__COUNT.) */
#define PG_WCLASSES(X) \
  X(ISSUE, "issue") X(DEVELOP, "develop") X(FOUND, "found") \
  X(HOLD, "hold") X(ATTEND, "attend") X(SUBSIDIARY, "subsidiary") \
  X(INSTRUMENT, "instrument") X(JOIN, "join") X(ADVERB, "adverb") \
  X(CONNECTIVE, "connective") X(FILL, "fill") X(COORD, "coord") \
  X(GROUP, "group") X(EVENT_REF, "event-ref") \
  X(GENERIC_EVENT_REF, "generic-event-ref") \
  X(PARTICIPANTS, "participants") X(PRONOUN, "pronoun") \
  X(PASSIVE, "passive") X(DEMONSTRATIVE, "demonstrative") \
  X(LOCATIVE, "locative") X(SOURCE, "source") X(ASSEMBLY, "assembly") \
  X(CLAUSE_STOP, "stop") X(SOURCE_LINE, "source-line") X(PREP, "prep") \
  X(REPORT, "report")

typedef enum pg_wclass {
#define PG_WCLASS_ENUM(id, name) PG_W_##id,
  PG_WCLASSES(PG_WCLASS_ENUM)
#undef PG_WCLASS_ENUM
  PG_WC__COUNT
} pg_wclass;

/* Word flags (third column). */
#define PG_WF_ADOPT 0x1u /* "adopt": 通过 */
#define PG_WF_END   0x2u /* objects must close the clause */
#define PG_WF_CLOSE 0x4u /* "close": 闭幕, the event ends (no start date) */
#define PG_WF_DELIVERED 0x8u /* "delivered": 致词《X》, X is spoken at an
                                event, not adopted there */
#define PG_WF_AFTER 0x20u /* "after": 会谈后, the date of the meeting told
                             of before goes on */
#define PG_WF_PARTIES 0x10u /* "parties": 双方, 三方, the parties to the
                               meeting the text is about */

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
