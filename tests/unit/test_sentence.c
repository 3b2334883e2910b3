/* test_sentence.c - sentence splitting of clean text. */
#include "pg_sentence.h"
#include "pg_text.h"
#include "../tap.h"

#include <stdlib.h>
#include <string.h>

/* Splits s (used as the clean text) and returns the sentences joined by
 * "|" (caller frees). */
static char *split(const char *s)
{
  pg_doc d;
  size_t bad, i, len = 0;
  char *out, *one;

  memset(&d, 0, sizeof d);
  if (pg_utf8_decode(s, strlen(s), &d.ccp, &d.cn, &bad) ||
      pg_sentence_split(&d))
    return NULL;
  out = calloc(strlen(s) * 2 + 2, 1);
  for (i = 0; out && i < d.n_sent; i++) {
    one = pg_utf8_encode(d.ccp + d.sent[i].b, d.sent[i].e - d.sent[i].b);
    len += (size_t)sprintf(out + len, "%s%s", i ? "|" : "", one);
    free(one);
  }
  free(d.ccp);
  free(d.sent);
  return out;
}

static void check(const char *in, const char *want, const char *name)
{
  char *got = split(in);

  is_str(got, want, "%s", name);
  free(got);
}

int main(void)
{
  check("甲。乙！丙？丁；戊", "甲。|乙！|丙？|丁；|戊", "Chinese terminators");
  check("a! b? c; d", "a!|b?|c;|d", "ASCII terminators");
  check("他说：“好。不好。”然后走了。", "他说：“好。不好。”|然后走了。",
        "no split inside quotes; closing quote kept");
  check("实施\"人工智能+\"行动。下一句。",
        "实施\"人工智能+\"行动。|下一句。", "ASCII quotes");
  check("发布《宣言。草案》。然后", "发布《宣言。草案》。|然后",
        "no split inside title marks");
  check("（完。）后来", "（完。）|后来", "closing bracket kept");
  check("标题\n\n正文第一句。正文\n第二句。", "标题|正文第一句。|正文|第二句。",
        "blank line and short line end split");
  check("  前导空格。  下一句。", "前导空格。|下一句。",
        "no leading whitespace in spans");
  check("这是一个很长的被硬换行的句子它在行尾没有标点符号\n所以继续。",
        "这是一个很长的被硬换行的句子它在行尾没有标点符号\n所以继续。",
        "hard wrap inside a sentence is not a break");
  check("他说“没完。\n\n新段落。", "他说“没完。|新段落。",
        "unbalanced quote reset at paragraph");
  check("好……真的吗？！是的", "好……|真的吗？！|是的", "ellipsis, stacked");
  check("", "", "empty text");
  check("\n\n  \n", "", "only whitespace");
  return tap_done();
}
