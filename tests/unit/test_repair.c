/* test_repair.c - layout repair: stray spaces, columns, folding, t2s, map.
 *
 * Every case also checks the offset map the way provenance needs it: for
 * each clean index i, map[i] is in range and ocp[map[i]] is the same
 * character, its folded or simplified form, or (for inserted paragraph
 * breaks) the clean character is a newline; map[cn] == on.
 */
#include "pg_repair.h"
#include "pg_sentence.h"
#include "pg_text.h"
#include "../tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Runs repair on UTF-8 s; returns the annot (caller frees). */
static pg_annot *repair(const char *s, const pg_repair_opts *o)
{
  pg_annot *a = pg_new_annot();
  size_t bad;

  if (!a || pg_utf8_decode(s, strlen(s), &a->doc.ocp, &a->doc.on, &bad))
    return a;
  if (pg_repair(&a->doc, o, NULL))
    printf("# pg_repair failed\n");
  return a;
}

static char *clean(const pg_annot *a)
{
  return pg_utf8_encode(a->doc.ccp, a->doc.cn);
}

/* Checks the map invariants; returns the number of bad indexes. */
static size_t map_errors(const pg_annot *a, int allow_changed)
{
  const pg_doc *d = &a->doc;
  size_t i, bad = 0;

  if (!d->map || d->map[d->cn] != d->on)
    return 1;
  for (i = 0; i < d->cn; i++) {
    if (d->map[i] >= d->on) {
      bad++;
      continue;
    }
    if (d->ccp[i] == d->ocp[d->map[i]] || d->ccp[i] == '\n')
      continue;
    if (allow_changed)
      continue;
    bad++;
  }
  return bad;
}

/* Same, but a changed character must be a full-width fold. */
static size_t fold_errors(const pg_annot *a)
{
  const pg_doc *d = &a->doc;
  size_t i, bad = 0;

  for (i = 0; i < d->cn; i++) {
    uint32_t o = d->ocp[d->map[i]], c = d->ccp[i];

    if (c != o && !(o >= 0xFF01 && o <= 0xFF5E && c == o - 0xFEE0) &&
        !(o == 0x3000 && c == ' '))
      bad++;
  }
  return bad;
}

static void check(const char *in, const char *want, const char *name)
{
  pg_annot *a = repair(in, NULL);
  char *s = clean(a);

  is_str(s, want, "%s", name);
  is_int(map_errors(a, 0), 0, "%s: map exact", name);
  free(s);
  pg_free_annot(a);
}

static void test_spaces(void)
{
  check("人工智能领 域的发展", "人工智能领域的发展", "space inside Han word");
  check("美 国出台", "美国出台", "space in country name");
  check("编辑 张 静", "编辑张静", "editor line");
  check("人工智能产 业规模", "人工智能产业规模", "industry scale");
  check("研究员): 亚共同", "研究员):亚共同", "space after ASCII punct");
  check("中国， 美国", "中国，美国", "space after CJK comma");
  check("Deep Seek 模型", "Deep Seek模型", "Latin words keep space");
  check("ChatGPT 4", "ChatGPT 4", "Latin and digit keep space");
  check("大模型 DeepSeek等", "大模型DeepSeek等", "Han-Latin space dropped");
  check("甲  乙", "甲  乙", "double space kept");
  check("a b\nc", "a b\nc", "ASCII text untouched");
  check("", "", "empty text");
}

static void test_fold(void)
{
  pg_annot *a = repair("ＡＢＣ１２３　ｘ，（中国）：“好”", NULL);
  char *s = clean(a);

  is_str(s, "ABC123 x，（中国）：“好”",
         "full-width Latin/digits folded, Chinese punctuation kept");
  is_int(a->doc.cn, a->doc.on, "folding is 1:1");
  is_int(fold_errors(a), 0, "every change is a fold");
  free(s);
  pg_free_annot(a);
}

static void test_t2s(void)
{
  pg_repair_opts off = {0, 1, 0};
  pg_annot *a = repair("國際電信聯盟發佈報告，美國與歐盟討論人工智慧治理。", NULL);
  pg_annot *b = repair("国际电信联盟发布报告，美国与欧盟讨论人工智能治理。", NULL);
  pg_annot *c = repair("國際電信聯盟發佈報告。", &off);
  char *s = clean(a), *u = clean(b), *v = clean(c);

  ok(strstr(s, "国际电信联盟") && strstr(s, "美国"), "t2s converts: %s", s);
  is_int(a->doc.cn, a->doc.on, "t2s keeps the length");
  is_int(map_errors(a, 1), 0, "t2s map in range");
  is_str(u, "国际电信联盟发布报告，美国与欧盟讨论人工智能治理。",
         "simplified text untouched");
  is_str(v, "國際電信聯盟發佈報告。", "no_t2s disables conversion");
  free(s);
  free(u);
  free(v);
  pg_free_annot(a);
  pg_free_annot(b);
  pg_free_annot(c);
}

/* One converter kept over several documents (as the extractor keeps it)
 * gives each the text pg_repair gives it alone. */
static void test_t2s_kept(void)
{
  static const char *const docs[] = {
    "國際電信聯盟發佈報告，美國與歐盟討論人工智慧治理。",
    "国际电信联盟发布报告，美国与欧盟讨论人工智能治理。",
    "這個會議們說時為來會個發經對。",
    "聯合國秘書長出席開幕式並致辭。",
  };
  pg_t2s *t = pg_new_t2s();
  size_t i, bad;
  int same = 0;

  ok(t != NULL, "a t2s converter");
  for (i = 0; t && i < sizeof docs / sizeof *docs; i++) {
    pg_annot *a = repair(docs[i], NULL), *b = pg_new_annot();
    char *x, *y;
    if (!b || pg_utf8_decode(docs[i], strlen(docs[i]), &b->doc.ocp,
                             &b->doc.on, &bad) ||
        pg_repair_t2s(&b->doc, NULL, t, NULL)) {
      pg_free_annot(a);
      pg_free_annot(b);
      continue;
    }
    x = clean(a);
    y = clean(b);
    same += x && y && !strcmp(x, y) && !map_errors(b, 1);
    free(x);
    free(y);
    pg_free_annot(a);
    pg_free_annot(b);
  }
  is_int(same, 4, "a kept converter repairs each document the same");
  pg_free_t2s(t);
  pg_free_t2s(NULL);
}

/* n copies of s as one new string. */
static char *repeat(const char *s, size_t n)
{
  size_t l = strlen(s), i;
  char *r = malloc(l * n + 1);

  for (i = 0; r && i < n; i++)
    memcpy(r + i * l, s, l);
  if (r)
    r[l * n] = '\0';
  return r;
}

/* A long document goes through OpenCC once: its head (past the first
 * 4000 Han characters) decides, and the rest is converted apart from it,
 * with the result converting the whole text gives. */
static void test_t2s_long(void)
{
  static const char trad[] = "國際電信聯盟發佈報告，美國與歐盟討論人工智慧治理。";
  static const char simp[] = "国际电信联盟发布报告，美国与欧盟讨论人工智能治理。";
  pg_annot *one = repair(trad, NULL), *a, *b;
  char *in = repeat(trad, 300), *s1 = clean(one), *want = NULL, *s, *mixed;

  want = s1 ? repeat(s1, 300) : NULL;
  a = repair(in, NULL);
  s = clean(a);
  ok(s && want && !strcmp(s, want),
     "6900 traditional Han characters: head and rest both converted");
  is_int(map_errors(a, 1), 0, "... map in range");
  free(s);
  pg_free_annot(a);
  free(in);

  in = repeat(simp, 300);
  mixed = malloc(strlen(in) + sizeof trad);
  if (mixed) {
    strcpy(mixed, in);
    strcat(mixed, trad);
  }
  b = repair(mixed ? mixed : "", NULL);
  s = clean(b);
  ok(s && mixed && !strcmp(s, mixed),
     "a simplified head decides: a traditional sentence after it is kept");
  free(s);
  free(mixed);
  free(in);
  free(want);
  free(s1);
  pg_free_annot(b);
  pg_free_annot(one);
}

/* A synthetic interleaved paragraph: columns "甲..." and "乙..." whose
 * words break across fragments; the rest of the document repeats the
 * words so the pair statistics can see them. */
static void test_columns_synthetic(void)
{
  const char *in =
      "人工智能国际合作组织发展中国家能力建设数据中心网络带宽。\n\n"
      "人工智能国际合作组织发展中国家能力建设数据中心网络带宽。\n\n"
      "人工智能国际合作组织发展中国家能力建设数据中心网络带宽。\n\n"
      "我国推动人工智能国 帮助建设数据中心、提升网络带 "
      "际合作,支持发展中国 宽,并开展能力建设与数据中 "
      "家的人工智能能力建 心合作,培养人工智能人才,帮 "
      "设,与国际合作组织 助发展中国家弥合差距。\n";
  pg_annot *a = repair(in, NULL);
  char *s = clean(a);

  ok(strstr(s, "我国推动人工智能国际合作,支持发展中国家的人工智能能力"
                "建设,与国际合作组织\n\n帮助建设数据中心、提升网络带宽,"
                "并开展能力建设与数据中心合作,培养人工智能人才,帮助发展中"
                "国家弥合差距。") != NULL,
     "synthetic columns reassembled");
  is_int(map_errors(a, 0), 0, "synthetic columns: map exact");
  free(s);
  pg_free_annot(a);
}

static void test_normal_prose(void)
{
  const char *in =
      "人工智能国际合作。人工智能国际合作。人工智能国际合作。\n\n"
      "本期特邀专家 围绕相关问题 进行研讨,以 ChatGPT、DeepSeek 等为代表的"
      "预训练大模型持续取得突破,推动人工智能从感知向认知转变。\n";
  pg_annot *a = repair(in, NULL);
  char *s = clean(a);

  is_str(s,
         "人工智能国际合作。人工智能国际合作。人工智能国际合作。\n\n"
         "本期特邀专家围绕相关问题进行研讨,以ChatGPT、DeepSeek等为代表的"
         "预训练大模型持续取得突破,推动人工智能从感知向认知转变。\n",
         "normal prose with a few spaces keeps its order");
  free(s);
  pg_free_annot(a);
}

static char *slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  long n;

  if (!f)
    return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
      fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1))) {
    buf[fread(buf, 1, (size_t)n, f)] = '\0';
  }
  fclose(f);
  return buf;
}

/* Whether every clean run between inserted characters spells the original
 * characters at map[] (already implied by map_errors) and is contiguous
 * except at column seams; counts seams. */
static size_t seams(const pg_annot *a)
{
  size_t i, n = 0;

  for (i = 1; i < a->doc.cn; i++)
    if (a->doc.map[i] < a->doc.map[i - 1])
      n++;
  return n;
}

static void test_columns_real(void)
{
  static const char *whole[] = {
      "中国科学院科技战略咨询研究院", "赞比亚", "《全球人工智能治理倡议》",
      "人工智能能力建设国际合作之友小组",
      "中国一金砖国家人工智能发展与合作中心", "阿里巴巴达摩院",
      "二十国集团领导人第十九次峰会", "习近平主席",
      "确保各国人工智能发展与治理的权利平等",
      "开发并共享开源大模型DeepSeek等技术成果",
      "将成熟的人工智能技术应用于发展中国家"};
  char path[4096], *in, *s;
  const char *dir = getenv("PG_SRCDIR");
  pg_annot *a;
  size_t i;

  snprintf(path, sizeof path, "%s/tests/unit/data/interleaved.txt",
           dir ? dir : ".");
  in = slurp(path);
  ok(in != NULL, "fixture %s", path);
  if (!in)
    return;
  a = repair(in, NULL);
  s = clean(a);
  for (i = 0; i < sizeof whole / sizeof *whole; i++)
    ok(strstr(s, whole[i]) != NULL, "whole after repair: %s", whole[i]);
  is_int(map_errors(a, 0), 0, "real columns: map exact");
  ok(seams(a) > 0, "real columns: text was reordered");
  ok(strstr(s, "当前及今后一段时期,我国仍需持续加强基础研究") != NULL,
     "single-column wrapped paragraph joined in order");
  free(s);
  pg_free_annot(a);
  free(in);
}

/* A page printed at a fixed width: the lines of a paragraph are cut at
 * 15 characters; breaks after a full line that ends no sentence are
 * dropped, the others kept. */
static void test_unwrap(void)
{
  static const char *lines[] = {
    "商务部对外贸易司二级巡视员常晖表",
    "示，本届广交会首设外贸优品拓内销",
    "对接活动，目的就是更好地以超大规",
    "模国内市场为企业提供缓冲，促进出",
    "口内销双向赋能，更好提高企业利用",
    "全球资源的能力。",
    "上海金融与发展实验室副主任、招联",
    "首席研究员董希淼说，今年以来贷款",
    "利率持续处于低位，说明信贷资源供",
    "给总体充裕，实体经济的融资需求满",
    "足度比较高，两条腿走路更稳妥。",
    "短行",
    "另一段。"};
  char buf[2048] = "", *c;
  size_t i;
  pg_annot *a;
  pg_repair_opts keep;

  for (i = 0; i < sizeof lines / sizeof *lines; i++) {
    strcat(buf, lines[i]);
    strcat(buf, "\n");
  }
  a = repair(buf, NULL);
  c = clean(a);
  ok(c && strstr(c, "二级巡视员常晖表示，本届") != NULL,
     "a break after a full line is a wrap: the word is whole again");
  ok(c && strstr(c, "招联首席研究员董希淼说") != NULL,
     "... and a name cut by the layout");
  ok(c && strstr(c, "的能力。\n上海") != NULL,
     "a break after a sentence end stays");
  ok(c && strstr(c, "短行\n另一段") != NULL, "a break after a short line stays");
  is_int(map_errors(a, 0), 0, "unwrap: map exact");
  free(c);
  pg_free_annot(a);

  memset(&keep, 0, sizeof keep);
  keep.no_unwrap = 1;
  a = repair(buf, &keep);
  c = clean(a);
  ok(c && strstr(c, "常晖表\n示") != NULL, "no_unwrap keeps the breaks");
  free(c);
  pg_free_annot(a);

  a = repair("第一段落的文字内容在这里。\n第二段落的内容也在这里。\n"
             "第三段说的是别的事。\n", NULL);
  c = clean(a);
  ok(c && strstr(c, "这里。\n第二") != NULL,
     "a few lines of prose are no wrapped page");
  free(c);
  pg_free_annot(a);
}

int main(void)
{
  test_spaces();
  test_unwrap();
  test_fold();
  test_t2s();
  test_t2s_kept();
  test_t2s_long();
  test_columns_synthetic();
  test_normal_prose();
  test_columns_real();
  return tap_done();
}
