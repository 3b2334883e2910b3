/* test_docapi.c - the document layer of policygraph.h, as the program
 * uses it: walk a folder, read each file, extract it to an annotation
 * set, derive document ids, report through a pg_log. */
#include <policygraph.h>
#include "pg_annot.h"
#include "pg_log.h"
#include "../tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int n_errors;

static void on_msg(void *user, pg_log_level level, const pg_locator *loc,
                   const char *text)
{
  (void)user; (void)loc; (void)text;
  n_errors += level == PG_LOG_ERROR;
}

static int has_entity(const pg_annot *a, pg_etype t, const char *label)
{
  size_t i;

  for (i = 0; i < a->ne; i++)
    if (a->ent[i].type == t && !strcmp(a->ent[i].label, label))
      return 1;
  return 0;
}

static void put(const char *path, const char *text)
{
  FILE *f = fopen(path, "w");

  if (f) {
    fputs(text, f);
    fclose(f);
  }
}

int main(void)
{
  const char *dd = getenv("POLICYGRAPH_DATADIR");
  pg_log log = {on_msg, NULL, 0, 0};
  char dir[] = "/tmp/pg-docapi-XXXXXX", a_path[64], b_path[64];
  char *paths[1], *id;
  policygraph_extractor *x;
  policygraph_inputs *w;
  policygraph_doc_options o;
  const char *path;
  unsigned long long size;
  unsigned char *bytes;
  size_t len;
  int n = 0, found = 0, order = 0;

  if (!mkdtemp(dir))
    return 1;
  snprintf(a_path, sizeof a_path, "%s/a.txt", dir);
  snprintf(b_path, sizeof b_path, "%s/b.txt", dir);
  put(a_path, "2024年3月，国务院总理李强在北京人民大会堂会见客人。\n");
  put(b_path, "俄罗斯国防部4日表示，演习结束。\n");
  x = policygraph_extractor_new(dd ? dd : "ontology", &log);
  ok(x != NULL, "an extractor loads its tables");
  paths[0] = dir;
  w = policygraph_inputs_new(paths, 1, &log);
  ok(w != NULL, "a walk over a folder");
  memset(&o, 0, sizeof o);
  o.doc_date = "2024-03-05";
  while (x && w && policygraph_inputs_next(w, &path, &size) > 0) {
    pg_annot *a;
    n++;
    order += n == 1 && strstr(path, "/a.txt") != NULL;
    if (policygraph_read(path, &bytes, &len, &log))
      continue;
    ok(len == size, "the size walked is the size read");
    a = policygraph_extractor_run(x, path, bytes, len, &o);
    free(bytes);
    if (!a)
      continue;
    found += has_entity(a, PG_T_PERSON, "李强") &&
             has_entity(a, PG_T_PLACE, "人民大会堂");
    found += has_entity(a, PG_T_ORGANIZATION, "俄罗斯国防部");
    policygraph_annot_free(a);
  }
  is_int(n, 2, "both files walked");
  ok(order, "... in name order");
  is_int(found, 2, "each extracted to its entities");
  is_int(w ? policygraph_inputs_errors(w) : -1, 0, "no walk error");
  ok((id = policygraph_doc_id(a_path, NULL, 0)) && !strcmp(id, "a"),
     "the document id of a path is its base name");
  free(id);
  ok(policygraph_read("/nonexistent/pg-docapi.txt", &bytes, &len, &log) ==
             -1 &&
         n_errors == 1,
     "a missing file is reported through the log");
  policygraph_inputs_free(w);
  policygraph_extractor_free(x);
  unlink(a_path);
  unlink(b_path);
  rmdir(dir);
  return tap_done();
}
