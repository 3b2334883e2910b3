/* pg_lac.h - a reader and decoder of Baidu LAC's small lexical analysis
 * model (word segmentation, part of speech and named entities), the one
 * Debian's python3-jieba ships in jieba/lac_small (Apache-2.0).
 *
 * The network: a character embedding (128), two bidirectional GRU layers
 * (128 per direction, each direction fed by its own fully connected
 * projection to the three gates), a fully connected emission layer over
 * the 57 tags (B and I of 28 word classes, O) and a linear-chain CRF
 * decoded by Viterbi.  The weights are read from the folder's PaddlePaddle
 * parameter files (model_baseline/word_emb, fc_0..4, gru_0..3, crfw),
 * the characters' ids from word.dic and the tag names from tag.dic.
 *
 * No paddle is needed: the decoder is the forward pass written out in C
 * (single precision, scalar loops the compiler vectorizes).  It costs
 * about half a million multiply-adds per character, so it is a teacher
 * for training (tools/train-tagger -L), not a step of every extraction.
 *
 * Ownership: a pg_lac owns its weights; pg_lac_tag allocates its scratch
 * per call and is safe to call from several threads at once.
 */
#ifndef PG_LAC_H
#define PG_LAC_H

#include <stddef.h>
#include <stdint.h>

#include "pg_log.h"

/* Where Debian's python3-jieba installs the model. */
#define PG_LAC_DIR "/usr/lib/python3/dist-packages/jieba/lac_small"

typedef struct pg_lac pg_lac;

/* Reads the model in dir (NULL: PG_LAC_DIR).  NULL after logging what
 * is missing or malformed (file, offset, what was expected). */
pg_lac *pg_lac_open(const char *dir, pg_log *log);
/* Destructor. Accepts NULL. */
void pg_lac_free(pg_lac *m);

/* Number of tags, and the name of tag t ("nr-B", "PER-I", "O"). */
int pg_lac_ntags(const pg_lac *m);
const char *pg_lac_tag_name(const pg_lac *m, int t);

/* Tags the code points cp[0..n) as one sentence: tags[n] OUT, indexes
 * into the tag names; when margin is not NULL, margin[n] OUT: per
 * character the CRF score of the best path minus that of the best path
 * with another tag there (>= 0).  Characters the model does not know are
 * read as its OOV symbol.  Returns 0, or -1 (out of memory). */
int pg_lac_tag(const pg_lac *m, const uint32_t *cp, size_t n, uint8_t *tags,
               float *margin);

/* Entity classes of a tag: PG_LAC_PER for nr and PER, PG_LAC_ORG for nt
 * and ORG, PG_LAC_LOC for ns and LOC, PG_LAC_WORK for nw, PG_LAC_NONE for
 * every other. */
enum { PG_LAC_NONE = -1, PG_LAC_PER = 0, PG_LAC_ORG, PG_LAC_LOC, PG_LAC_WORK };
int pg_lac_class(const pg_lac *m, int t);
/* 1 when tag t begins a word (its name ends in -B, or it is O). */
int pg_lac_begins(const pg_lac *m, int t);

#endif /* PG_LAC_H */
