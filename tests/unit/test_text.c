/* test_text.c - UTF-8 helpers and character classes. */
#include "pg_text.h"
#include "../tap.h"

#include <stdlib.h>
#include <string.h>

static int bad_at(const char *s, size_t len)
{
  uint32_t *cp = NULL;
  size_t n = 0, bad = 99;
  int rc = pg_utf8_decode(s, len, &cp, &n, &bad);

  free(cp);
  return rc == -1 ? (int)bad : -1;
}

int main(void)
{
  uint32_t *cp = NULL;
  size_t n = 0, bad = 0;
  char *s;

  is_int(pg_utf8_decode("a中𠀀", 8, &cp, &n, &bad), 0, "valid UTF-8");
  is_int(n, 3, "three code points");
  ok(cp && cp[1] == 0x4E2D && cp[2] == 0x20000, "code points right");
  s = pg_utf8_encode(cp, n);
  is_str(s, "a中𠀀", "round trip");
  free(s);
  free(cp);
  is_int(bad_at("ab\xC0\xAF", 4), 2, "overlong rejected at its byte");
  is_int(bad_at("\xED\xA0\x80", 3), 0, "surrogate rejected");
  is_int(bad_at("ok\xE4\xB8", 4), 2, "truncated sequence rejected");
  is_int(bad_at("\xF4\x90\x80\x80", 4), 0, "beyond U+10FFFF rejected");
  is_int(pg_utf8_count("中文ab"), 4, "count");
  {
    static const uint32_t t[] = {0x4E24, 0x56FD, 0x5143, 0x9996, 'a'}; /* 两国元首a */
    is_int(pg_utf8_spells(t, 5, 0, "两国元首"), 4, "spells a word at 0");
    is_int(pg_utf8_spells(t, 5, 2, "元首a"), 3, "... and mixed with ASCII");
    is_int(pg_utf8_spells(t, 5, 1, "两国"), 0, "... not elsewhere");
    is_int(pg_utf8_spells(t, 4, 2, "元首a"), 0, "... not past the end");
    is_int(pg_utf8_spells(t, 5, 0, "\xE4\xB8"), 0, "... nor an invalid word");
  }
  ok(pg_is_han(0x4E2D) && !pg_is_han('a') && pg_is_han(0x3400),
     "is_han");
  ok(pg_is_space(0x3000) && pg_is_space(' ') && !pg_is_space(0x4E2D),
     "is_space");
  ok(pg_is_digit(0xFF11) && pg_is_latin_alnum(0xFF21) &&
         !pg_is_latin_alnum(0xFF0C),
     "full-width digits/letters, not the full-width comma");
  return tap_done();
}
