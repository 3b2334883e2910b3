/* test_rdf.c - the Redland context and the atomic output file: message
 * routing with locators, the format list, parser guessing, commit and
 * discard of pg_outfile. */
#include "pg_rdf.h"
#include "pg_outfile.h"
#include "../tap.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Keeps the last error message and its locator. */
typedef struct capture {
  char text[512];
  char where[512];
  int errors;
} capture;

static void keep(void *user, pg_log_level level, const pg_locator *loc,
                 const char *text)
{
  capture *c = user;

  if (level != PG_LOG_ERROR)
    return;
  c->errors++;
  snprintf(c->text, sizeof c->text, "%s", text);
  pg_locator_format(loc, c->where, sizeof c->where);
}

static void test_routing(pg_rdf *rdf, capture *cap)
{
  raptor_parser *p = raptor_new_parser(pg_rdf_raptor(rdf), "turtle");
  raptor_uri *base = raptor_new_uri(pg_rdf_raptor(rdf),
                                    (const unsigned char *)"file:///x.ttl");
  static const char bad[] = "@prefix ex: <http://e/> .\nex:a ex:b ex:c ;\n"
                            "  ex:d \"unterminated .\n";

  pg_rdf_set_file(rdf, "x.ttl");
  raptor_parser_parse_start(p, base);
  raptor_parser_parse_chunk(p, (const unsigned char *)bad, strlen(bad), 1);
  pg_rdf_set_file(rdf, NULL);
  ok(cap->errors > 0, "a raptor parse error reaches the pg_log handler");
  ok(!strncmp(cap->where, "x.ttl:", 6),
     "it names the file the caller set and a line (%s)", cap->where);
  raptor_free_uri(base);
  raptor_free_parser(p);
}

static void test_formats(pg_rdf *rdf)
{
  const char *name, *label;
  unsigned i;
  int turtle = 0, nquads = 0, feed = 0, own = 0;

  for (i = 0; !pg_rdf_format_at(rdf, i, &name, &label); i++) {
    turtle += !strcmp(name, "turtle");
    nquads += !strcmp(name, "nquads");
    feed += !strcmp(name, "atom") || !strcmp(name, "rss-1.0");
    own += !strcmp(name, "trig") || !strcmp(name, "jsonld");
  }
  ok(turtle && nquads, "raptor's serializers are listed (%u)", i);
  is_int(own, 2, "and trig and jsonld, which policygraph writes itself");
  is_int(feed, 0, "feed formats (atom, rss-1.0) are left out");
  ok(pg_rdf_is_format(rdf, "rdfxml-abbrev"), "rdfxml-abbrev is a format");
  ok(pg_rdf_is_format(rdf, "trig") && pg_rdf_is_format(rdf, "jsonld"),
     "trig and jsonld (no raptor writer) are formats");
  ok(!pg_rdf_is_format(rdf, "json-ld"), "json-ld is not a name");
  ok(!pg_rdf_is_format(rdf, "atom"), "atom is refused");
  is_str(pg_rdf_guess_parser(rdf, "a.nq", NULL, 0), "nquads", ".nq");
  is_str(pg_rdf_guess_parser(rdf, "a.ttl", NULL, 0), "turtle", ".ttl");
  is_str(pg_rdf_guess_parser(rdf, "dir/a.rdf", NULL, 0), "rdfxml", ".rdf");
}

static int exists(const char *p)
{
  struct stat st;
  return stat(p, &st) == 0;
}

static void test_outfile(capture *cap)
{
  pg_log log = { keep, cap, 0, 0 };
  char dir[] = "/tmp/pg-test-rdf-XXXXXX", path[256], tmp[300];
  pg_outfile *f;
  FILE *fp;
  char buf[64] = "";

  ok(mkdtemp(dir) != NULL, "temporary directory");
  snprintf(path, sizeof path, "%s/out.nt", dir);
  f = pg_new_outfile(path, &log);
  ok(f != NULL, "outfile created");
  snprintf(tmp, sizeof tmp, "%s", pg_outfile_temp_path(f));
  fputs("hello\n", pg_outfile_stream(f));
  ok(!exists(path), "the target does not exist before commit");
  ok(exists(tmp), "the temporary file does");
  is_int(pg_outfile_commit(f), 0, "commit");
  pg_free_outfile(f);
  ok(!exists(tmp), "the temporary is gone after commit");
  fp = fopen(path, "r");
  ok(fp && fgets(buf, sizeof buf, fp), "the target holds the data");
  is_str(buf, "hello\n", "exactly");
  if (fp)
    fclose(fp);
  unlink(path);

  f = pg_new_outfile(path, &log);
  snprintf(tmp, sizeof tmp, "%s", pg_outfile_temp_path(f));
  fputs("half", pg_outfile_stream(f));
  pg_free_outfile(f);
  ok(!exists(path) && !exists(tmp), "discarded: neither file remains");

  snprintf(path, sizeof path, "%s/no/such/dir/out.nt", dir);
  cap->errors = 0;
  ok(pg_new_outfile(path, &log) == NULL && cap->errors == 1,
     "an impossible target is reported");
  ok(strstr(cap->text, "No such file or directory") != NULL,
     "with the system's reason (%s)", cap->text);
  rmdir(dir);
}

int main(void)
{
  capture cap;
  pg_log log = { keep, &cap, 0, 0 };
  pg_rdf *rdf;

  memset(&cap, 0, sizeof cap);
  rdf = pg_new_rdf(&log);
  ok(rdf != NULL, "context created");
  test_routing(rdf, &cap);
  test_formats(rdf);
  pg_free_rdf(rdf);
  pg_free_rdf(NULL);
  test_outfile(&cap);
  return tap_done();
}
