/* test_api.c - the public API through policygraph.h alone: a session
 * extracts a document to N-Triples and into a store, reports errors with
 * the file, and refuses bad options. */
#include <policygraph.h>
#include "../tap.h"

#include <stdlib.h>
#include <string.h>

typedef struct seen {
  int errors;
  char file[256];
  char text[512];
} seen;

static void on_log(void *user, policygraph_level level, const char *file,
                   long line, long column, const char *text)
{
  seen *s = user;

  (void)line; (void)column;
  if (level != POLICYGRAPH_ERROR)
    return;
  s->errors++;
  snprintf(s->file, sizeof s->file, "%s", file ? file : "");
  snprintf(s->text, sizeof s->text, "%s", text);
}

static int count_lines(const char *s)
{
  int n = 0;

  for (; s && *s; s++)
    n += *s == '\n';
  return n;
}

int main(void)
{
  static const char doc[] = "2024年3月，联合国大会通过《关于人工智能的决议》。";
  policygraph_options o;
  seen s;
  char *buf = NULL, dir[] = "/tmp/pg-test-api-XXXXXX", spec[128];
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  policygraph *pg;

  memset(&s, 0, sizeof s);
  memset(&o, 0, sizeof o);
  o.base = "http://example.org/kg/";
  pg = policygraph_new(&o, on_log, &s);
  ok(pg != NULL, "session");
  is_str(policygraph_version(), "0.1.0", "version");
  is_int(policygraph_output(pg, "ntriples", out), 0, "ntriples output");
  ok(mkdtemp(dir) != NULL, "temporary directory");
  snprintf(spec, sizeof spec, "sqlite:%s/kg.sqlite", dir);
  is_int(policygraph_store(pg, spec), 0, "sqlite store");
  is_int(policygraph_extract(pg, "un.txt", doc, strlen(doc)), 0,
         "extract a document");
  is_int(policygraph_finish(pg), 0, "finish");
  fclose(out);
  ok(count_lines(buf) > 5, "N-Triples written (%d lines)", count_lines(buf));
  ok(buf && strstr(buf, "<http://example.org/kg/doc/un>"),
     "under the base given");
  is_int(policygraph_extract_file(pg, "/no/such/file.txt"), -1,
         "a missing file fails");
  is_str(s.file, "/no/such/file.txt", "the message names it");
  is_int(policygraph_output(pg, "no-such-format", stdout), -1,
         "an unknown format is refused");
  policygraph_free(pg);
  snprintf(spec, sizeof spec, "%s/kg.sqlite", dir);
  remove(spec);
  remove(dir);
  free(buf);

  o.provenance = "some";
  s.errors = 0;
  ok(policygraph_new(&o, on_log, &s) == NULL && s.errors == 1,
     "a bad provenance level is refused");
  policygraph_free(NULL);
  return tap_done();
}
