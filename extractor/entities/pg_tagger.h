/* pg_tagger.h - a character-level sequence labeller: averaged structured
 * perceptron over BIES tags for people, organizations, places and works.
 *
 * The rules (pg_recognize) keep precision and typing; the tagger adds the
 * names they missed.  It reads the view of a text (folded code points,
 * pg_fold_cp, without layout spaces), computes for every character a
 * fixed set of features (character uni- and bigrams in a window of two,
 * character classes, the lexicon's and the word tables' matches: surnames,
 * titles, organization, work and event heads, words after names, stop
 * words, and the 《》 context), scores the 17 tags (O and B/I/E/S of four
 * types) with integer weights and finds the best tag path with Viterbi
 * under the BIES constraints.  A span's confidence is its margin: the best
 * path's score minus the best score of any path that tags one of its
 * characters otherwise (max-marginals from a forward and a backward pass),
 * in weight units (one perceptron update is 1.0).
 *
 * Everything is integer (updates, averaging, scores), so training on the
 * same data gives the same model file byte for byte on any machine.
 * Features are 64-bit FNV-1a hashes of the template and its characters;
 * the model file stores only the features training ever updated.
 *
 * Ownership: a pg_tagger owns its weights; it borrows the recognizer whose
 * tables give the dictionary features (which must outlive it).
 */
#ifndef PG_TAGGER_H
#define PG_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "pg_annot.h"
#include "pg_log.h"

struct pg_recognizer;

/* Span types the tagger knows, and its tags: O, then B I E S per type. */
enum { PG_TT_PER = 0, PG_TT_ORG, PG_TT_LOC, PG_TT_WORK, PG_TT__COUNT };
enum { PG_TAG_O = 0, PG_TAG__COUNT = 1 + 4 * PG_TT__COUNT };
enum { PG_BIES_B = 0, PG_BIES_I, PG_BIES_E, PG_BIES_S };
/* The tag of type tt at BIES position pos. */
#define PG_TAG(tt, pos) (1 + 4 * (tt) + (pos))
/* Model file name under the data directory. */
#define PG_TAGGER_MODEL "model/tagger.model"

typedef struct pg_tagger pg_tagger;

/* Constructor: an empty model (every weight 0).  rec (borrowed, may be
 * NULL: no dictionary features) supplies the lexicon and word tables.
 * NULL on out of memory. */
pg_tagger *pg_new_tagger(const struct pg_recognizer *rec);
/* Destructor. Accepts NULL. */
void pg_free_tagger(pg_tagger *t);

/* Reads a model file written by pg_tagger_save into t, which then
 * decodes with it and can be saved, but no longer learns or takes
 * pg_tagger_set.  Returns 0, or -1 after logging. */
int pg_tagger_load(pg_tagger *t, const char *path, pg_log *log);
/* Writes t's weights (features sorted by hash, little-endian) to path.
 * Returns 0, or -1 after logging. */
int pg_tagger_save(const pg_tagger *t, const char *path, pg_log *log);
/* Number of features with a weight. */
size_t pg_tagger_size(const pg_tagger *t);

/* Sets the weight of feature name (e.g. "U0=张", see pg_tagger.c for the
 * templates) for tag, or of the transition prev -> tag when name is NULL.
 * For tests and hand-made models.  Returns 0 or -1 (out of memory). */
int pg_tagger_set(pg_tagger *t, const char *name, int prev, int tag,
                  int32_t w);

/* Best tags for the folded view v[0..n) (tags[n] OUT) and, when margin is
 * not NULL, per character the margin of its tag (margin[n] OUT).  Returns
 * 0 or -1 (out of memory). */
int pg_tagger_decode(const pg_tagger *t, const uint32_t *v, size_t n,
                     uint8_t *tags, int32_t *margin);

/* One perceptron step on v[0..n) with gold tags gold[n]: decodes, and
 * when the best path differs, adds the gold path's features and subtracts
 * the predicted one's.  Returns the number of wrong tags, or -1 (out of
 * memory). */
long pg_tagger_learn(pg_tagger *t, const uint32_t *v, size_t n,
                     const uint8_t *gold);
/* Ends training: replaces the weights by their average over every step
 * (times 16, rounded toward zero) and drops features left at zero. */
int pg_tagger_average(pg_tagger *t);
/* After averaging (or on a hand-made model): drops every weight w with
 * |w| < min (file units: one update is 16) and the features left without
 * one, so the model is smaller and its lookups hit the cache more often.
 * Returns 0, or -1 (frozen or unaveraged model, out of memory). */
int pg_tagger_prune(pg_tagger *t, int32_t min);

/* Splits a tag sequence into spans: calls fn for each well-formed span
 * [b, e) with its type and confidence (the lowest margin in it, in weight
 * units).  Returns the number of spans. */
typedef void (*pg_tagger_span_fn)(void *user, size_t b, size_t e, int tt,
                                  double conf);
size_t pg_tagger_spans(const uint8_t *tags, const int32_t *margin, size_t n,
                       pg_tagger_span_fn fn, void *user);

/* Builds the tagger's view of a's clean text: folded code points without
 * white space, a line break kept as one '\n'.  *v and *map (vn + 1
 * entries, view -> clean index) are new arrays the caller frees.
 * Returns 0 or -1. */
int pg_tagger_view(const pg_annot *a, uint32_t **v /* OUT */,
                   size_t **map /* OUT */, size_t *vn /* OUT */);

/* Adds to a (after recognition) a mention and an entity for every span the
 * tagger finds that overlaps no mention already there and has confidence
 * >= min_conf; rule "model.perceptron", type from the span (a work's type
 * from its head word; a work without a known head is dropped).  Dropped
 * too: one character, punctuation inside, exactly a word of the title,
 * head, stop or generic tables (代表, 同志, 委员会, 今天), and a person
 * that no surname starts (unless foreign, with ·) or longer than four.
 * The entity is the one of that type and label already there, or a new
 * one.  Returns the number of mentions added, or -1 on out of memory. */
int pg_tagger_apply(const pg_tagger *t, pg_annot *a, double min_conf);

/* The same for the people Baidu LAC's small model (pg_lac.h) names (its
 * nr and PER words) that overlap no mention, with the same filters and
 * confidence >= min_conf (the CRF's margin, the lowest in the span); rule
 * "model.lac".  Only LAC's people: its organizations and places, even
 * when closed by a head word or a division (…公司, …区), added about as
 * many wrong names as right ones on the development sets, where its people
 * added 15 right ones for one wrong.  Only sentences where a surname (or a
 * foreign name's dot) no rule mention covers occurs are run through the
 * network.  rec (borrowed) gives the filters' tables.  Returns the number
 * of mentions added, or -1 on out of memory. */
struct pg_lac;
int pg_tagger_apply_lac(const struct pg_recognizer *rec,
                        const struct pg_lac *m, pg_annot *a, double min_conf);

#endif /* PG_TAGGER_H */
