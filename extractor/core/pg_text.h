/* pg_text.h - UTF-8 and code-point helpers shared by the extractor.
 *
 * Small, allocation-explicit helpers: decode UTF-8 into code points (with
 * the byte offset of the first invalid sequence on failure), encode code
 * point ranges back to UTF-8, and classify CJK characters.  Validation is
 * strict (no overlongs, no surrogates), as RFC 3629 asks.
 */
#ifndef PG_TEXT_H
#define PG_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Decodes len bytes of UTF-8 into a new array of code points (*out, *n).
 * Returns 0, or -1 on invalid UTF-8 with *bad_byte set to the offset of the
 * first bad byte (nothing allocated), or -2 on out of memory. */
int pg_utf8_decode(const char *s, size_t len, uint32_t **out /* OUT */,
                   size_t *n /* OUT */, size_t *bad_byte /* OUT */);

/* Length in bytes of the longest valid UTF-8 prefix of s[0..len). */
size_t pg_utf8_valid_len(const char *s, size_t len);

/* Encodes cp[0..n) as a new NUL-terminated UTF-8 string (caller frees). */
char *pg_utf8_encode(const uint32_t *cp, size_t n);

/* Appends the UTF-8 form of c to buf (at least 4 bytes free); returns the
 * number of bytes written. */
size_t pg_utf8_put(char *buf, uint32_t c);

/* Number of code points in a NUL-terminated UTF-8 string (assumed valid). */
size_t pg_utf8_count(const char *s);

/* Does the NUL-terminated UTF-8 word w occur in s[0..n) at i?  Its length
 * in code points, or 0 (also for an empty or invalid w).  No allocation:
 * the recognizers and the relation rules call it at every position. */
size_t pg_utf8_spells(const uint32_t *s, size_t n, size_t i, const char *w);

/* Character classes. */
int pg_is_han(uint32_t c);        /* CJK unified ideographs (and ext. A) */
int pg_is_space(uint32_t c);      /* ASCII, NBSP, ideographic space ...  */
int pg_is_latin_alnum(uint32_t c);/* ASCII letters/digits (+ full-width) */
int pg_is_digit(uint32_t c);      /* 0-9, full-width digits              */
int pg_is_ascii_digit(uint32_t c);/* 0-9 only                            */
int pg_is_dash(uint32_t c);       /* dashes, and 一 where OCR wrote one  */
int pg_is_mid_dot(uint32_t c);    /* · and its look-alikes (names)       */

#endif /* PG_TEXT_H */
