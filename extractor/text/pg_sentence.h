/* pg_sentence.h - sentence splitting of the clean text.
 *
 * Splits at 。！？；!?; and at paragraph breaks (blank lines, and line
 * ends after a heading), keeping closing quotes and brackets with their
 * sentence, never inside 《》 or quotes.  Fills doc->sent, n_sent.
 */
#ifndef PG_SENTENCE_H
#define PG_SENTENCE_H

#include "pg_annot.h"

/* Returns 0, or -1 on out of memory. */
int pg_sentence_split(pg_doc *doc);

#endif /* PG_SENTENCE_H */
