/* pg_lexicon.h - string tables over code points: an Aho-Corasick automaton,
 * word sets, and the lexicon of well-known entities loaded from data files.
 *
 * pg_ac is one trie over Unicode code points.  Built with failure links it
 * is an Aho-Corasick automaton that reports every occurrence of every key
 * in one linear pass over a text; without them it answers "longest key
 * starting at i" (forward) or "longest key ending at i" (a trie of the
 * reversed keys) in time bounded by the longest key.  Keys are folded the
 * way recognizers fold text (full-width ASCII to ASCII, ASCII lower case),
 * so pg_fold_cp must be applied to the text too.
 *
 * pg_lexicon holds the entries of ontology/lexicon/NAME.tsv (type, label,
 * English label, aliases, parent, flags) and one automaton over every label
 * and alias.  Adding an entry is editing a file; nothing is compiled in.
 */
#ifndef PG_LEXICON_H
#define PG_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "pg_annot.h"
#include "pg_log.h"

/* ---------------------------------------------------------------- trie */

typedef struct pg_ac pg_ac;

/* Called for each match [b, e) of a key with its value; return non-zero
 * to stop the scan. */
typedef int (*pg_ac_hit_fn)(void *user, size_t b, size_t e, int value);

/* Constructor: an empty trie; reverse != 0 stores keys reversed (for
 * pg_ac_longest_ending).  NULL on out of memory. */
pg_ac *pg_new_ac(int reverse);
/* Destructor. Accepts NULL. */
void pg_free_ac(pg_ac *ac);
/* Adds key (UTF-8, copied after folding) with value.  A key already
 * present keeps its first value and 1 is returned; 0 when added, -1 on out
 * of memory.  Keys must be added before pg_ac_build. */
int pg_ac_add(pg_ac *ac, const char *key, int value);
/* Computes failure links (Aho-Corasick).  Returns 0 or -1. */
int pg_ac_build(pg_ac *ac);
/* Reports every occurrence in t[0..n) (folded code points), in order of
 * end position.  Needs pg_ac_build.  Returns 0, or 1 when fn stopped it. */
int pg_ac_scan(const pg_ac *ac, const uint32_t *t, size_t n, pg_ac_hit_fn fn,
               void *user);
/* Length of the longest key starting at t[i] (0 if none); its value in
 * *value.  Forward tries only. */
size_t pg_ac_longest_at(const pg_ac *ac, const uint32_t *t, size_t n,
                        size_t i, int *value /* OUT, may be NULL */);
/* Length of the longest key ending just before t[e] (0 if none), looking
 * no further left than t[lo].  Reverse tries only. */
size_t pg_ac_longest_ending(const pg_ac *ac, const uint32_t *t, size_t lo,
                            size_t e, int *value /* OUT, may be NULL */);
/* Number of keys. */
size_t pg_ac_count(const pg_ac *ac);

/* Folds a code point for matching: full-width ASCII to ASCII, ASCII upper
 * to lower case, ideographic punctuation to its ASCII twin where one
 * exists (（）：，；！？ and the ideographic space). */
uint32_t pg_fold_cp(uint32_t c);

/* ---------------------------------------------------------------- lexicon */

enum {
  PG_LEX_PREFIXNAMING = 1, /* its institutes are named with its name
                              as prefix (中国科学院 + 自动化研究所)  */
  PG_LEX_COORD_ONLY = 2    /* alias only valid inside coordinated
                              short forms (not used by the scanner)  */
};

typedef struct pg_lex_entry {
  pg_etype type;  /* entity type                               */
  char *label;    /* canonical Chinese label                    */
  char *label_en; /* English label, or NULL                     */
  char *subtype;  /* e.g. "country", "city", or NULL            */
  char *parent;   /* label of the parent organization, or NULL  */
  int flags;      /* PG_LEX_*                                   */
  char *aliases;  /* its aliases, '|'-separated, or NULL        */
} pg_lex_entry;

typedef struct pg_lexicon pg_lexicon;

/* Constructor: reads every *.tsv file of dir (in name order).  Lines:
 * type TAB label TAB label_en TAB aliases(|) TAB parent TAB flags, '#'
 * comments, empty fields as "" or "-".  Returns NULL after logging. */
pg_lexicon *pg_new_lexicon(const char *dir, pg_log *log);
/* Destructor. Accepts NULL. */
void pg_free_lexicon(pg_lexicon *lx);
/* The automaton over labels and aliases; values are entry indexes. */
const pg_ac *pg_lexicon_ac(const pg_lexicon *lx);
/* Entry i (borrowed), or NULL when out of range. */
const pg_lex_entry *pg_lexicon_entry(const pg_lexicon *lx, int i);
size_t pg_lexicon_size(const pg_lexicon *lx);
/* Walks an entry's '|'-separated aliases: copies the one a points at into
 * buf (cap bytes; one that does not fit comes out empty) and returns where
 * the next starts, or NULL after the last.  Start with a = entry->aliases
 * (NULL: no aliases). */
const char *pg_lex_alias_next(const char *a, char *buf, size_t cap);
/* The first entry whose label is exactly label (same type when type !=
 * PG_T_NONE), or -1.  A hash lookup. */
int pg_lexicon_find(const pg_lexicon *lx, const char *label, pg_etype type);

#endif /* PG_LEXICON_H */
