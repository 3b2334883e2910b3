/* test_decode.c - encodings, formats, markup extraction and metadata.
 *
 * Inputs in legacy encodings are made here with iconv from UTF-8, so the
 * test source stays UTF-8 and the fixtures cannot drift.
 */
#include "pg_decode.h"
#include "pg_text.h"
#include "../tap.h"

#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Collects the last message of each level. */
typedef struct msgs {
  char err[512];
  char warn[512];
  long line, col, byte;
} msgs;

static void on_msg(void *user, pg_log_level lv, const pg_locator *loc,
                   const char *text)
{
  msgs *m = user;

  if (lv == PG_LOG_ERROR) {
    snprintf(m->err, sizeof m->err, "%s", text);
    m->line = loc ? loc->line : 0;
    m->col = loc ? loc->column : 0;
    m->byte = loc ? loc->byte : -1;
  } else if (lv == PG_LOG_WARN) {
    snprintf(m->warn, sizeof m->warn, "%s", text);
  }
}

static msgs M;
static pg_log LOG = {on_msg, &M, 0, 0};

/* Decodes; returns the doc (caller frees with pg_free_annot) or NULL. */
static pg_annot *dec(const void *b, size_t n, const pg_decode_opts *o)
{
  pg_annot *a = pg_new_annot();

  memset(&M, 0, sizeof M);
  if (pg_decode(&a->doc, "in.txt", b, n, o, &LOG)) {
    pg_free_annot(a);
    return NULL;
  }
  return a;
}

/* s converted from UTF-8 to enc (caller frees), length in *n. */
static char *encode(const char *s, const char *enc, size_t *n)
{
  iconv_t cd = iconv_open(enc, "UTF-8");
  size_t inl = strlen(s), outl = inl * 4 + 8;
  char *out = malloc(outl), *in = (char *)s, *o = out;

  iconv(cd, &in, &inl, &o, &outl);
  iconv_close(cd);
  *n = (size_t)(o - out);
  return out;
}

static const char *ZH = "国际电信联盟的统计数据显示，我们在人工智能领域的合作"
                        "不断发展，这是中国的贡献。";
static const char *ZT = "國際電信聯盟的統計數據顯示，我們在人工智慧領域的合作"
                        "不斷發展，這是中國的貢獻。";

static void test_encodings(void)
{
  char *b;
  size_t n;
  pg_annot *a;
  pg_decode_opts gbk = {NULL, "GBK", 0, NULL, NULL};

  a = dec(ZH, strlen(ZH), NULL);
  ok(a && !strcmp(a->doc.encoding, "UTF-8") && !strcmp(a->doc.orig, ZH),
     "UTF-8 detected");
  ok(a && a->doc.on == pg_utf8_count(ZH), "code points counted");
  pg_free_annot(a);

  a = dec("\xEF\xBB\xBF" "abc", 6, NULL);
  ok(a && !strcmp(a->doc.orig, "abc"), "UTF-8 BOM dropped");
  pg_free_annot(a);

  b = encode(ZH, "GB18030", &n);
  a = dec(b, n, NULL);
  ok(a && !strcmp(a->doc.encoding, "GB18030") && !strcmp(a->doc.orig, ZH),
     "GB18030 detected and converted");
  pg_free_annot(a);
  a = dec(b, n, &gbk);
  ok(a && !strcmp(a->doc.orig, ZH), "--encoding GBK");
  pg_free_annot(a);
  free(b);

  b = encode(ZT, "BIG5", &n);
  a = dec(b, n, NULL);
  ok(a && !strcmp(a->doc.encoding, "BIG5") && !strcmp(a->doc.orig, ZT),
     "BIG5 detected and converted");
  pg_free_annot(a);
  free(b);

  b = encode(ZH, "UTF-16LE", &n);
  {
    char *c = malloc(n + 2);

    memcpy(c, "\xFF\xFE", 2);
    memcpy(c + 2, b, n);
    a = dec(c, n + 2, NULL);
    ok(a && !strcmp(a->doc.encoding, "UTF-16LE") && !strcmp(a->doc.orig, ZH),
       "UTF-16LE with BOM");
    pg_free_annot(a);
    free(c);
  }
  free(b);
  b = encode(ZH, "UTF-16BE", &n);
  {
    char *c = malloc(n + 2);

    memcpy(c, "\xFE\xFF", 2);
    memcpy(c + 2, b, n);
    a = dec(c, n + 2, NULL);
    ok(a && !strcmp(a->doc.orig, ZH), "UTF-16BE with BOM");
    pg_free_annot(a);
    free(c);
  }
  free(b);
}

static void test_errors(void)
{
  pg_decode_opts len = {NULL, "UTF-8", 1, NULL, NULL};
  pg_decode_opts unk = {NULL, "NO-SUCH-ENC", 0, NULL, NULL};
  pg_decode_opts fmt = {"pdf", NULL, 0, NULL, NULL};
  pg_annot *a;

  ok(!dec("", 0, NULL) && strstr(M.err, "empty document"), "empty: %s",
     M.err);
  ok(!dec("ab\ncd\xE4\xB8", 7, &(pg_decode_opts){0, "UTF-8", 0, 0, 0}) &&
         strstr(M.err, "truncated UTF-8") && M.byte == 5 && M.line == 2 &&
         M.col == 3,
     "truncated sequence: line 2, col 3, byte 5: %s", M.err);
  ok(!dec("ab\ncd\xE4\xB8", 7, NULL) && M.byte == 5,
     "truncated sequence (auto): byte %ld", M.byte);
  ok(!dec("ab\0cd", 5, NULL) && strstr(M.err, "NUL byte at byte 2"),
     "NUL byte: %s", M.err);
  a = dec("ab\xFF\xFEz\xC0", 6, &len);
  ok(a && !strcmp(a->doc.orig, "ab\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD") &&
         strstr(M.warn, "3 invalid"),
     "lenient replaces and warns: %s", M.warn);
  pg_free_annot(a);
  ok(!dec("abc", 3, &unk) && strstr(M.err, "unknown encoding"),
     "unknown encoding: %s", M.err);
  ok(!dec("abc", 3, &fmt) && strstr(M.err, "unknown input format"),
     "unknown format: %s", M.err);
  ok(!dec("\x81\x30", 2, &(pg_decode_opts){0, "GB18030", 0, 0, 0}) &&
         strstr(M.err, "GB18030"),
     "truncated GB18030: %s", M.err);
}

static const char *HTML =
    "<!DOCTYPE html><html><head><title>人工智能圆桌</title>"
    "<meta name=\"date\" content=\"2025-07-26T08:00:00+08:00\">"
    "<meta name=\"author\" content=\"张静\">"
    "<script>var x = '脚本不要';</script><style>p{color:red}</style>"
    "</head><body><nav><a href=\"/\">首页</a> 导航</nav>"
    "<h1>推动人工智能健康有序发展</h1>"
    "<p>第一段：国际电信联盟\n  的数据。</p><p>第二段<b>加粗</b>文字。</p>"
    "<ul><li>甲</li><li>乙</li></ul>"
    "<table><tr><td>表一</td><td>表二</td></tr></table>"
    "<footer>版权所有</footer></body></html>";

static void test_html(void)
{
  pg_annot *a = dec(HTML, strlen(HTML), NULL);

  ok(a != NULL, "HTML decoded");
  if (!a)
    return;
  is_str(a->doc.format, "html", "format sniffed as html");
  is_str(a->doc.orig,
         "推动人工智能健康有序发展\n\n第一段：国际电信联盟 的数据。\n\n"
         "第二段加粗文字。\n\n甲\n乙\n\n表一表二",
         "HTML text in reading order, boilerplate dropped");
  is_str(a->doc.title, "人工智能圆桌", "HTML title");
  is_str(a->doc.date, "2025-07-26", "HTML meta date normalized");
  is_str(a->doc.authors, "张静", "HTML meta author");
  is_int(a->doc.on, pg_utf8_count(a->doc.orig), "offsets count in text");
  pg_free_annot(a);
}

/* A news site's page: its furniture in <div>s named by class and id. */
static const char *PAGE =
    "<html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
    "<div class=\"header\"><ul class=\"nav\"><li>首页</li></ul></div>"
    "<div class=\"breadcrumb\">当前位置：首页 &gt; 科技</div>"
    "<div class=\"article-header\"><h1>大会开幕</h1></div>"
    "<div id=\"main-content\"><p>正文第一段。</p></div>"
    "<div class=\"share-bar\">分享到：微信</div>"
    "<div class=\"related\"><ul><li>《新一代人工智能白皮书》发布</li></ul></div>"
    "<div id=\"footer\">版权所有 津ICP备</div></body></html>";

static void test_page_furniture(void)
{
  pg_annot *a = dec(PAGE, strlen(PAGE), NULL);

  ok(a != NULL, "news page decoded");
  if (!a)
    return;
  is_str(a->doc.orig, "大会开幕\n\n正文第一段。",
         "furniture by class/id (header, nav, breadcrumb, share, related, "
         "footer) dropped; article-header and main-content kept");
  pg_free_annot(a);
}

static const char *XML =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><title>标题"
    "</title><date when=\"2025-07-26\">二〇二五年</date></teiHeader>"
    "<text><body><div><head>小标题</head><p>第一段。</p>"
    "<note>注释不要</note><p>第二段<hi>强调</hi>。</p></div></body></text>"
    "</TEI>";

static void test_xml(void)
{
  pg_decode_opts o = {NULL, NULL, 0, "//*[local-name()='div']/*[2]",
                      "//*[local-name()='head']"};
  pg_annot *a = dec(XML, strlen(XML), NULL);

  ok(a != NULL, "XML decoded");
  if (a) {
    is_str(a->doc.format, "xml", "format sniffed as xml");
    is_str(a->doc.orig, "小标题\n\n第一段。\n\n第二段强调。",
           "XML paragraphs of the body");
    is_str(a->doc.title, "标题", "XML title");
    is_str(a->doc.date, "2025-07-26", "XML date from @when");
  }
  pg_free_annot(a);
  a = dec(XML, strlen(XML), &o);
  ok(a && !strcmp(a->doc.orig, "第一段。") && !strcmp(a->doc.title, "小标题"),
     "body and title XPath options");
  pg_free_annot(a);
  ok(!dec("<r><p>未闭合</r>", strlen("<r><p>未闭合</r>"), NULL) &&
         M.line == 1 && M.col > 0,
     "malformed XML: error with line %ld col %ld: %s", M.line, M.col, M.err);
}

static void test_dates(void)
{
  pg_decode_opts x = {"xml", NULL, 0, NULL, NULL};
  const char *d = "<a><pubDate>2025年7月4日</pubDate><p>x</p></a>";
  pg_annot *a = dec(d, strlen(d), &x);

  ok(a && a->doc.date && !strcmp(a->doc.date, "2025-07-04"),
     "Chinese date normalized: %s", a && a->doc.date ? a->doc.date : "-");
  pg_free_annot(a);
}

/* HTML/XML markup around body (UTF-8 here), converted to enc. */
static char *page(const char *head, const char *body, const char *enc,
                  size_t *n)
{
  char buf[2048];

  snprintf(buf, sizeof buf,
           "<html><head>%s<title>通知</title></head>\n<body><p>%s</p>"
           "</body></html>", head, body);
  return encode(buf, enc, n);
}

static const char *NDRC = "国家发展和改革委员会发布通知。";
static const char *ROC = "行政院與立法院"; /* too short to detect as BIG5 */

static void test_declared(void)
{
  pg_decode_opts big5 = {NULL, "BIG5", 0, NULL, NULL};
  pg_decode_opts txt = {"text", NULL, 0, NULL, NULL};
  char *b, x[512];
  size_t n;
  pg_annot *a;

  b = page("<meta charset=\"gbk\">", NDRC, "GBK", &n);
  a = dec(b, n, NULL);
  ok(a && strstr(a->doc.orig, NDRC) && !strcmp(a->doc.encoding, "GB18030")
         && !*M.warn, "GBK bytes, <meta charset=\"gbk\">: read as GB18030");
  pg_free_annot(a);
  free(b);
  b = page("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
           "charset=gb2312\">", NDRC, "GB2312", &n);
  a = dec(b, n, NULL);
  ok(a && strstr(a->doc.orig, NDRC) && !strcmp(a->doc.encoding, "GB18030"),
     "GB2312 bytes, <meta http-equiv> charset=gb2312");
  pg_free_annot(a);
  free(b);
  b = page("<meta charset='big5'>", ROC, "BIG5", &n);
  a = dec(b, n, NULL);
  ok(a && strstr(a->doc.orig, ROC) && !strcmp(a->doc.encoding, "BIG5"),
     "short BIG5 page, <meta charset='big5'>: %s", a ? a->doc.orig : M.err);
  pg_free_annot(a);
  free(b);
  snprintf(x, sizeof x, "<?xml version=\"1.0\" encoding=\"Big5\"?>\n"
           "<article><p>%s</p></article>", ROC);
  b = encode(x, "BIG5", &n);
  a = dec(b, n, NULL);
  ok(a && !strcmp(a->doc.orig, ROC) && !strcmp(a->doc.format, "xml"),
     "XML declaration encoding=\"Big5\": %s", a ? a->doc.orig : M.err);
  pg_free_annot(a);
  free(b);
  snprintf(x, sizeof x, "<?xml version='1.0' encoding='GB2312'?>"
           "<article><p>%s</p></article>", NDRC);
  b = encode(x, "GB2312", &n);
  a = dec(b, n, NULL);
  ok(a && !strcmp(a->doc.orig, NDRC), "XML declaration encoding='GB2312'");
  pg_free_annot(a);
  free(b);

  /* the user's --encoding, then a BOM, outrank the declaration */
  b = page("<meta charset=\"gbk\">", ROC, "BIG5", &n);
  a = dec(b, n, &big5);
  ok(a && strstr(a->doc.orig, ROC) && !*M.err && !*M.warn,
     "--encoding BIG5 wins over <meta charset=\"gbk\">");
  pg_free_annot(a);
  free(b);
  snprintf(x, sizeof x, "\xEF\xBB\xBF<html><head><meta charset=\"gbk\">"
           "</head><body><p>%s</p></body></html>", NDRC);
  a = dec(x, strlen(x), NULL);
  ok(a && !strcmp(a->doc.orig, NDRC) && !strcmp(a->doc.encoding, "UTF-8")
         && !*M.warn, "a UTF-8 BOM wins over <meta charset=\"gbk\">");
  pg_free_annot(a);

  /* declarations that are not: in a comment, a script, a text file */
  snprintf(x, sizeof x, "<html><head><!-- <meta charset=\"big5\"> -->"
           "<script>s = '<meta charset=\"big5\">';</script></head>"
           "<body><p>%s</p></body></html>", NDRC);
  a = dec(x, strlen(x), NULL);
  ok(a && !strcmp(a->doc.orig, NDRC) && !*M.warn,
     "<meta> in a comment or a script is not a declaration");
  pg_free_annot(a);
  snprintf(x, sizeof x, "<meta charset=\"gbk\"> %s", NDRC);
  a = dec(x, strlen(x), &txt);
  ok(a && strstr(a->doc.orig, NDRC) && !*M.err,
     "--input-format text: markup-like text declares nothing");
  pg_free_annot(a);
  snprintf(x, sizeof x, "<html><head><meta charset=\"x-no-such\"></head>"
           "<body><p>%s</p></body></html>", NDRC);
  a = dec(x, strlen(x), NULL);
  ok(a && !strcmp(a->doc.orig, NDRC) && strstr(M.warn, "x-no-such"),
     "unknown declared charset: warning, detected: %s", M.warn);
  pg_free_annot(a);
}

static void test_declared_wrong(void)
{
  pg_decode_opts len = {NULL, NULL, 1, NULL, NULL};
  char *b, x[512];
  size_t n;
  pg_annot *a;

  /* GB18030 bytes under a UTF-8 declaration: the first bad byte is the
   * first byte of 国 on line 2, after "<body><p>" */
  b = page("\n<meta charset=\"utf-8\">", NDRC, "GB18030", &n);
  a = dec(b, n, NULL);
  ok(!a && strstr(M.err, "invalid UTF-8") &&
         strstr(M.err, "declares charset \"utf-8\"") &&
         strstr(M.err, "<meta charset> on line 2") && M.line == 3 &&
         M.col == 10 && M.byte == (long)(strstr(b, "<body>") - b) + 9,
     "contradicting <meta>: error at line %ld, column %ld, byte %ld: %s",
     M.line, M.col, M.byte, M.err);
  a = dec(b, n, &len);
  ok(a && strstr(a->doc.orig, NDRC) && !strcmp(a->doc.encoding, "GB18030")
         && strstr(M.warn, "declaration ignored, read as GB18030"),
     "contradicting <meta>, --lenient: warning, detected: %s", M.warn);
  pg_free_annot(a);
  free(b);

  /* UTF-8 bytes under a GBK declaration: valid GB18030 too, as mojibake */
  snprintf(x, sizeof x, "<html><head><meta charset=\"gbk\"></head><body>"
           "<p>%s</p></body></html>", NDRC);
  a = dec(x, strlen(x), NULL);
  ok(!a && strstr(M.err, "valid UTF-8") &&
         strstr(M.err, "\"gbk\"") && M.line == 1,
     "UTF-8 bytes under <meta charset=\"gbk\">: error: %s", M.err);
  a = dec(x, strlen(x), &len);
  ok(a && !strcmp(a->doc.orig, NDRC) && strstr(M.warn, "read as UTF-8"),
     "... with --lenient: read as UTF-8: %s", M.warn);
  pg_free_annot(a);

  /* GB18030 bytes under an XML declaration of UTF-8 */
  snprintf(x, sizeof x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<a><p>%s</p></a>", NDRC);
  b = encode(x, "GB18030", &n);
  a = dec(b, n, NULL);
  ok(!a && strstr(M.err, "XML declaration on line 1") && M.line == 2 &&
         M.col == 7,
     "contradicting XML declaration: line %ld col %ld: %s", M.line, M.col,
     M.err);
  pg_free_annot(a);
  free(b);

  /* a cut at the end is no contradiction: the ordinary truncation error */
  b = page("<meta charset=\"gbk\">", NDRC, "GBK", &n);
  b[n - 1] = (char)0xB9;
  a = dec(b, n, NULL);
  ok(!a && strstr(M.err, "truncated GB18030"),
     "declared GBK, cut short: %s", M.err);
  a = dec(b, n, &len);
  ok(a && strstr(a->doc.orig, NDRC) && strstr(M.warn, "1 invalid GB18030"),
     "declared GBK, cut short, --lenient: replaced: %s", M.warn);
  pg_free_annot(a);
  free(b);
}

static void test_utf16_xml(void)
{
  char *b;
  size_t n;
  pg_annot *a;

  b = encode("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a><p>国家</p></a>",
             "UTF-16LE", &n);
  a = dec(b, n, NULL);
  ok(a && !strcmp(a->doc.orig, "国家") && !strcmp(a->doc.encoding, "UTF-16LE"),
     "UTF-16LE XML without BOM, by its first bytes: %s",
     a ? a->doc.orig : M.err);
  pg_free_annot(a);
  free(b);
}

static void test_error_lines(void)
{
  pg_decode_opts gb = {NULL, "GB18030", 0, NULL, NULL};
  char *b, x[64];
  size_t n;

  b = encode("ab\n国家", "GB18030", &n);
  memcpy(x, b, n);
  x[n] = (char)0x81;
  x[n + 1] = ' ';
  pg_free_annot(dec(x, n + 2, &gb));
  ok(*M.err && M.line == 2 && M.byte == (long)n,
     "GB18030 error: line %ld, byte %ld", M.line, M.byte);
  free(b);
}

static const char *ENT =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE doc [\n"
    "  <!ENTITY org \"国家发展和改革委员会\">\n"
    "  <!ENTITY miit \"<b>工业和信息化部</b>\">\n"
    "  <!ENTITY both \"&org;和&miit;\">\n"
    "]>\n"
    "<doc><title>&org;通知</title><body>\n"
    "<p>&org;发布通知。</p><p>&both;联合印发。&amp;&#x4E2D;</p>\n"
    "</body></doc>";

static void test_entities(void)
{
  pg_annot *a = dec(ENT, strlen(ENT), NULL);

  ok(a != NULL, "XML with internal entities: %s", a ? "read" : M.err);
  if (!a)
    return;
  is_str(a->doc.orig,
         "国家发展和改革委员会发布通知。\n\n"
         "国家发展和改革委员会和工业和信息化部联合印发。&中",
         "internal entities expanded, nested and with markup");
  is_str(a->doc.title, "国家发展和改革委员会通知", "entity in the title");
  is_int(a->doc.on, pg_utf8_count(a->doc.orig),
         "offsets count in the expanded text");
  pg_free_annot(a);
}

/* Entities that must not expand: external ones (XXE), and internal ones
 * past a bound (billion laughs, quadratic blowup), each failing fast. */
static void test_entity_safety(void)
{
  const char *xxe =
      "<?xml version=\"1.0\"?>\n"
      "<!DOCTYPE a [<!ENTITY org \"国家数据局\">\n"
      " <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
      " <!ENTITY % pe SYSTEM \"file:///etc/passwd\"> %pe;]>\n"
      "<article><p>&org;前&xxe;后</p></article>";
  const char *lol0 =
      "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY l0 \"\">"
      "<!ENTITY l1 \"&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;\">"
      "<!ENTITY l2 \"&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;\">"
      "<!ENTITY l3 \"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\">"
      "<!ENTITY l4 \"&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;\">"
      "<!ENTITY l5 \"&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;\">"
      "<!ENTITY l6 \"&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;\">"
      "<!ENTITY l7 \"&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;&l6;\">"
      "<!ENTITY l8 \"&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;&l7;\">"
      "<!ENTITY l9 \"&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;&l8;\">]>"
      "<a><p>&l9;&l9;&l9;</p></a>";
  size_t big = 60000, refs = 20000, n = 0, i;
  char *q = malloc(big + refs * 5 + 256);
  pg_annot *a;
  clock_t t;

  a = dec(xxe, strlen(xxe), NULL);
  ok(a && !strcmp(a->doc.orig, "国家数据局前后"),
     "XXE file:///etc/passwd not expanded, internal entity is: %s",
     a ? a->doc.orig : M.err);
  pg_free_annot(a);

  /* 60 kB of entity referenced 20,000 times: 1.2 GB if expanded;
   * libxml2 does not count references it does not copy */
  n += (size_t)sprintf(q, "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY big"
                          " \"");
  memset(q + n, 'x', big);
  n += big;
  n += (size_t)sprintf(q + n, "\">]><d><p>");
  for (i = 0; i < refs; i++)
    n += (size_t)sprintf(q + n, "&big;");
  n += (size_t)sprintf(q + n, "</p></d>");
  t = clock();
  a = dec(q, n, NULL);
  ok(!a && strstr(M.err, "entity 'big' expands beyond") &&
         strstr(M.err, "billion laughs") && M.line == 1,
     "quadratic blowup refused: %s", M.err);
  ok((double)(clock() - t) / CLOCKS_PER_SEC < 2.0,
     "quadratic blowup: fails fast (%.3f s)",
     (double)(clock() - t) / CLOCKS_PER_SEC);
  pg_free_annot(a);
  free(q);

  t = clock();
  a = dec(lol0, strlen(lol0), NULL);
  ok(!a && (strstr(M.err, "billion laughs") || strstr(M.err, "entit")),
     "billion laughs of empty entities refused: %s", M.err);
  ok((double)(clock() - t) / CLOCKS_PER_SEC < 2.0,
     "billion laughs of empty entities: fails fast (%.3f s)",
     (double)(clock() - t) / CLOCKS_PER_SEC);
  pg_free_annot(a);
}

int main(void)
{
  test_encodings();
  test_errors();
  test_html();
  test_page_furniture();
  test_xml();
  test_dates();
  test_declared();
  test_declared_wrong();
  test_utf16_xml();
  test_error_lines();
  test_entities();
  test_entity_safety();
  return tap_done();
}
