/* test_safety.c - hostile and broken input through decode, repair and
 * sentence splitting (issue 5): XXE, billion laughs, binary, empty,
 * truncated, NUL bytes, a 50 MB line, 10,000-deep HTML.  Each case must
 * give a clear error or correct text - never a crash, a hang or runaway
 * memory (the 50 MB case runs under the address-space limit set below).
 */
#include "pg_decode.h"
#include "pg_repair.h"
#include "pg_sentence.h"
#include "pg_text.h"
#include "../tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define PG_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PG_ASAN 1
#endif
#endif
#ifndef PG_ASAN
#define PG_ASAN 0
#endif

static char last_err[512];
static void on_msg(void *u, pg_log_level lv, const pg_locator *loc,
                   const char *text)
{
  (void)u;
  (void)loc;
  if (lv == PG_LOG_ERROR)
    snprintf(last_err, sizeof last_err, "%s", text);
}
static pg_log LOG = {on_msg, NULL, 0, 0};

/* decode + repair + sentences; returns the annot or NULL on error. */
static pg_annot *run(const void *b, size_t n, const char *fmt)
{
  pg_decode_opts o = {fmt, NULL, 0, NULL, NULL};
  pg_annot *a = pg_new_annot();

  last_err[0] = '\0';
  if (pg_decode(&a->doc, "safety", b, n, &o, &LOG) ||
      pg_repair(&a->doc, NULL, &LOG) || pg_sentence_split(&a->doc)) {
    pg_free_annot(a);
    return NULL;
  }
  return a;
}

static char *slurp(const char *name, size_t *n)
{
  char path[4096];
  const char *dir = getenv("PG_SRCDIR");
  FILE *f;
  char *buf;
  long len;

  snprintf(path, sizeof path, "%s/tests/safety/%s", dir ? dir : ".", name);
  if (!(f = fopen(path, "rb")))
    return NULL;
  fseek(f, 0, SEEK_END);
  len = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)len + 1);
  *n = fread(buf, 1, (size_t)len, f);
  fclose(f);
  return buf;
}

/* CPU seconds of this process: not wall-clock time, which a loaded
 * machine stretches (an 8 s wall-clock limit failed under load). */
static double now(void)
{
  struct timespec t;

  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static void test_xxe(void)
{
  char tmpl[] = "/tmp/pg-secretXXXXXX", doc[1024];
  int fd = mkstemp(tmpl);
  pg_annot *a;
  size_t n;
  char *x;

  ok(fd >= 0 && write(fd, "TOPSECRET42", 11) == 11, "secret file");
  close(fd);
  snprintf(doc, sizeof doc,
           "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM "
           "\"file://%s\">]><article><p>前&x;后</p></article>", tmpl);
  a = run(doc, strlen(doc), NULL);
  ok(!a || !strstr(a->doc.orig, "TOPSECRET"),
     "XXE: local file not in the text");
  ok(a && strstr(a->doc.orig, "前后"), "XXE: the rest of the text is read");
  pg_free_annot(a);
  unlink(tmpl);
  if ((x = slurp("xxe.xml", &n))) {
    char host[256] = "";
    FILE *h = fopen("/etc/hostname", "r");

    if (h && fgets(host, sizeof host, h))
      host[strcspn(host, "\n")] = '\0';
    if (h)
      fclose(h);
    a = run(x, n, NULL);
    ok(!a || !*host || !strstr(a->doc.orig, host),
       "xxe.xml: /etc/hostname and the remote DTD not read");
    pg_free_annot(a);
    free(x);
  }
  if ((x = slurp("xxe.html", &n))) {
    a = run(x, n, NULL);
    ok(a && !strcmp(a->doc.orig, "正文。"), "xxe.html: text only: %s",
       a ? a->doc.orig : last_err);
    pg_free_annot(a);
    free(x);
  }
}

static void test_billion_laughs(void)
{
  size_t n;
  char *x = slurp("billion-laughs.xml", &n);
  double t = now();
  pg_annot *a;

  ok(x != NULL, "billion-laughs.xml present");
  if (!x)
    return;
  a = run(x, n, NULL);
  ok(!a || a->doc.orig_len < 100000,
     "billion laughs: no expansion (%s)", a ? "read" : last_err);
  ok(a || strstr(last_err, "entit") || strstr(last_err, "mplification"),
     "billion laughs: clear error: %s", last_err);
  ok(now() - t < 2.0, "billion laughs: fails fast (%.3f s)", now() - t);
  pg_free_annot(a);
  free(x);
}

static void test_broken(void)
{
  unsigned char bin[4096];
  size_t i;
  pg_annot *a;

  for (i = 0; i < sizeof bin; i++)
    bin[i] = (unsigned char)((i * 2654435761u) >> 13);
  ok(!run(bin, sizeof bin, NULL) && *last_err, "binary file: %s", last_err);
  ok(!run("", 0, NULL) && strstr(last_err, "empty document"),
     "empty file: %s", last_err);
  ok(!run("中文\xE4\xB8", 8, NULL) && strstr(last_err, "truncated"),
     "truncated multi-byte sequence: %s", last_err);
  ok(!run("中文\0中文", 7, NULL) && strstr(last_err, "NUL"),
     "NUL bytes: %s", last_err);
  ok(!run("<p>a\0b</p>", 10, "html") && strstr(last_err, "NUL"),
     "NUL bytes in HTML: %s", last_err);
  a = run("<<<>>>&&&;;;<!--", 16, NULL);
  ok(1, "garbage markup: %s", a ? "read" : last_err);
  pg_free_annot(a);
  a = run("<html><body>", 12, NULL);
  ok(a && a->doc.on == 0 && a->doc.n_sent == 0, "HTML without text");
  pg_free_annot(a);
}

static void test_long_line(void)
{
  const char unit[] = "人工智能治理 AI ";
  size_t ul = sizeof unit - 1, total = 50u << 20, n;
  char *b = malloc(total + 1);
  double t = now();
  pg_annot *a;

  for (n = 0; n + ul <= total; n += ul)
    memcpy(b + n, unit, ul);
  a = run(b, n, "text");
  ok(a != NULL, "50 MB line without breaks: read");
  ok(a && a->doc.cn > 0 && a->doc.n_sent >= 1 &&
         a->doc.map[a->doc.cn] == a->doc.on,
     "50 MB line: clean text and map");
  t = now() - t;
  pg_free_annot(a);
  /* linear, not quadratic: twice the text, about twice the CPU time
   * (a quadratic step makes it four times); no absolute limit */
  {
    double t1, t2;
    size_t half = (n / 4 / ul) * ul;
    t1 = now();
    pg_free_annot(run(b, half, "text"));
    t1 = now() - t1;
    t2 = now();
    pg_free_annot(run(b, 2 * half, "text"));
    t2 = now() - t2;
    ok(t2 < 3.0 * t1 + 0.05, "line of 12.5 MB then 25 MB: %.2f s, %.2f s "
       "CPU (50 MB: %.2f s)", t1, t2, t);
  }
  free(b);
}

static void test_deep_html(void)
{
  size_t depth = 10000, n = 0, i;
  char *b = malloc(depth * 11 + 64);
  pg_annot *a;

  for (i = 0; i < depth; i++)
    n += (size_t)sprintf(b + n, "<div>");
  n += (size_t)sprintf(b + n, "深处的文本。");
  for (i = 0; i < depth; i++)
    n += (size_t)sprintf(b + n, "</div>");
  a = run(b, n, "html");
  ok(!a || strstr(a->doc.orig, "深处的文本。") || a->doc.on == 0,
     "10,000-deep HTML: %s", a ? "read" : last_err);
  pg_free_annot(a);
  n = 0;
  for (i = 0; i < depth; i++)
    n += (size_t)sprintf(b + n, "<p>");
  a = run(b, n, NULL);
  ok(1, "10,000 unclosed <p>: %s", a ? "read" : last_err);
  pg_free_annot(a);
  n = 0;
  for (i = 0; i < depth; i++)
    n += (size_t)sprintf(b + n, "<a>");
  a = run(b, n, "xml");
  ok(!a && *last_err, "10,000-deep XML: %s", last_err);
  pg_free_annot(a);
  free(b);
}

int main(void)
{
  struct rlimit rl = {(rlim_t)4 << 30, (rlim_t)4 << 30};

  /* bounded memory: 4 GB of address space is plenty for a 50 MB line
   * (not under ASan, which reserves terabytes of shadow) */
  if (!PG_ASAN && !getenv("PG_NO_RLIMIT"))
    setrlimit(RLIMIT_AS, &rl);
  test_xxe();
  test_billion_laughs();
  test_broken();
  test_deep_html();
  test_long_line();
  return tap_done();
}
