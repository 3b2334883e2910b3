/* pg_text.c - UTF-8 and code-point helpers (see pg_text.h).
 *
 * A strict decoder written here rather than taken from iconv: it must
 * report the byte offset of the first bad sequence, which iconv does only
 * indirectly, and it runs on every byte of every document.
 */
#include "pg_text.h"

#include <stdlib.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s[0..len), or 0 if invalid. */
static size_t seq_len(const unsigned char *s, size_t len, uint32_t *cp)
{
  unsigned char c = s[0];
  uint32_t v;
  size_t n, i;

  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    v = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    v = c & 0x07;
  } else {
    return 0;
  }
  if (len < n)
    return 0;
  for (i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if ((n == 3 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) ||
      (n == 4 && (v < 0x10000 || v > 0x10FFFF)))
    return 0;
  *cp = v;
  return n;
}

int pg_utf8_decode(const char *s, size_t len, uint32_t **out, size_t *n,
                   size_t *bad_byte)
{
  const unsigned char *u = (const unsigned char *)s;
  uint32_t *cp;
  size_t i = 0, k = 0, l;

  cp = malloc((len + 1) * sizeof *cp);
  if (!cp)
    return -2;
  while (i < len) {
    l = seq_len(u + i, len - i, &cp[k]);
    if (!l) {
      free(cp);
      if (bad_byte)
        *bad_byte = i;
      return -1;
    }
    i += l;
    k++;
  }
  *out = cp;
  *n = k;
  return 0;
}

size_t pg_utf8_valid_len(const char *s, size_t len)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, l;
  uint32_t c;

  while (i < len && (l = seq_len(u + i, len - i, &c)))
    i += l;
  return i;
}

size_t pg_utf8_put(char *buf, uint32_t c)
{
  if (c < 0x80) {
    buf[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    buf[0] = (char)(0xC0 | (c >> 6));
    buf[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    buf[0] = (char)(0xE0 | (c >> 12));
    buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    buf[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  buf[0] = (char)(0xF0 | (c >> 18));
  buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  buf[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

char *pg_utf8_encode(const uint32_t *cp, size_t n)
{
  char *buf = malloc(n * 4 + 1), *p = buf;
  size_t i;

  if (!buf)
    return NULL;
  for (i = 0; i < n; i++)
    p += pg_utf8_put(p, cp[i]);
  *p = '\0';
  return buf;
}

size_t pg_utf8_count(const char *s)
{
  size_t n = 0;

  for (; *s; s++)
    if (((unsigned char)*s & 0xC0) != 0x80)
      n++;
  return n;
}

size_t pg_utf8_spells(const uint32_t *s, size_t n, size_t i, const char *w)
{
  const unsigned char *u = (const unsigned char *)w;
  size_t k = i;

  while (*u) {
    uint32_t c;
    int l = *u < 0x80 ? 1 : *u < 0xE0 ? 2 : *u < 0xF0 ? 3 : 4, j;
    c = l == 1 ? *u : *u & (0xFFu >> (l + 1));
    for (j = 1; j < l; j++) {
      if ((u[j] & 0xC0) != 0x80)
        return 0;
      c = (c << 6) | (u[j] & 0x3F);
    }
    if (k >= n || s[k] != c)
      return 0;
    u += l;
    k++;
  }
  return k - i;
}

int pg_is_han(uint32_t c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F) ||
         c == 0x3007;
}

int pg_is_space(uint32_t c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v' || c == 0xA0 || c == 0x3000 || c == 0x2028 ||
         c == 0x2029 || (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}

int pg_is_digit(uint32_t c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

int pg_is_latin_alnum(uint32_t c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || pg_is_digit(c) ||
         (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

int pg_is_ascii_digit(uint32_t c)
{
  return c >= '0' && c <= '9';
}

int pg_is_dash(uint32_t c)
{
  return c == 0x2014 || c == 0x4E00 || c == '-' || c == 0x2013;
}

int pg_is_mid_dot(uint32_t c)
{
  return c == 0x00B7 || c == 0x2027 || c == 0x30FB || c == 0x2022;
}
