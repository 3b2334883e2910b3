/* pg_rdf.c - the Redland context (see pg_rdf.h).
 *
 * librdf_world_set_logger receives librdf's own messages and, because
 * librdf installs itself as raptor's and rasqal's log handler when the
 * world opens, theirs too.  The handler maps levels one to one (fatal is
 * an error: the program decides what is fatal) and builds a pg_locator
 * from raptor's: the file is the one the caller named with
 * pg_rdf_set_file (the user's own spelling) or else raptor's file or URI;
 * line and column are raptor's when it knows them (>0).
 */
#include "pg_rdf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pg_rdf {
  librdf_world *world;  /* owned                                   */
  pg_log *log;          /* borrowed; may be NULL                   */
  const char *file;     /* borrowed: file messages are about, or NULL */
  int muted;            /* 1: Redland's messages are dropped          */
};

/* librdf's logger: one Redland message to one pg_log message. */
static int rdf_logger(void *user, librdf_log_message *msg)
{
  pg_rdf *rdf = user;
  raptor_locator *rl = librdf_log_message_locator(msg);
  pg_locator loc = { rdf->file, 0, 0, -1 };
  pg_log_level level;
  const char *text = librdf_log_message_message(msg);

  if (rdf->muted)
    return 1;
  switch (librdf_log_message_level(msg)) {
  case LIBRDF_LOG_DEBUG: level = PG_LOG_DEBUG; break;
  case LIBRDF_LOG_INFO: level = PG_LOG_INFO; break;
  case LIBRDF_LOG_WARN: level = PG_LOG_WARN; break;
  default: level = PG_LOG_ERROR; break;
  }
  if (rl) {
    if (!loc.file)
      loc.file = rl->file ? rl->file
                 : rl->uri ? (const char *)raptor_uri_as_string(rl->uri)
                 : NULL;
    loc.line = rl->line > 0 ? rl->line : 0;
    loc.column = rl->column > 0 ? rl->column : 0;
    loc.byte = rl->byte > 0 ? rl->byte : -1;
  }
  pg_log_msg(rdf->log, level, &loc, "%s", text ? text : "(no message)");
  return 1; /* handled: librdf prints nothing itself */
}

pg_rdf *pg_new_rdf(pg_log *log)
{
  pg_rdf *rdf = calloc(1, sizeof *rdf);

  if (!rdf) {
    pg_log_msg(log, PG_LOG_ERROR, NULL, "out of memory");
    return NULL;
  }
  rdf->log = log;
  rdf->world = librdf_new_world();
  if (!rdf->world) {
    pg_log_msg(log, PG_LOG_ERROR, NULL, "cannot create the librdf world");
    free(rdf);
    return NULL;
  }
  /* Before opening, so messages from opening are routed too. */
  librdf_world_set_logger(rdf->world, rdf, rdf_logger);
  librdf_world_open(rdf->world);
  return rdf;
}

void pg_free_rdf(pg_rdf *rdf)
{
  if (!rdf)
    return;
  if (rdf->world)
    librdf_free_world(rdf->world);
  free(rdf);
}

librdf_world *pg_rdf_world(pg_rdf *rdf) { return rdf->world; }

raptor_world *pg_rdf_raptor(pg_rdf *rdf)
{
  return librdf_world_get_raptor(rdf->world);
}

pg_log *pg_rdf_log(pg_rdf *rdf) { return rdf->log; }

void pg_rdf_set_file(pg_rdf *rdf, const char *file) { rdf->file = file; }

void pg_rdf_mute(pg_rdf *rdf, int muted) { rdf->muted = muted; }

void pg_rdf_error(pg_rdf *rdf, const char *file, const char *fmt, ...)
{
  pg_locator loc = { file, 0, 0, -1 };
  va_list ap;

  va_start(ap, fmt);
  pg_log_vmsg(rdf->log, PG_LOG_ERROR, file ? &loc : NULL, fmt, ap);
  va_end(ap);
}

/* raptor serializers that make no sense for a knowledge graph: RSS and
 * Atom need a feed channel, which it does not have, and XMP wraps RDF/XML
 * for embedding in media files (raptor's own RDF/XML parser reads one
 * triple back from it). */
static int is_feed(const char *name)
{
  return !strcmp(name, "rss-1.0") || !strcmp(name, "atom") ||
         !strcmp(name, "rdfxml-xmp");
}

/* The formats policygraph writes itself (pg_writers.c): raptor has no
 * serializer for them.  Listed after raptor's. */
static const char *const own_formats[][2] = {
  { "trig", "TriG (Turtle with one named graph per document)" },
  { "jsonld", "JSON-LD (context: ontology/context.jsonld, embedded)" },
};
#define N_OWN (sizeof own_formats / sizeof own_formats[0])

int pg_rdf_is_format(pg_rdf *rdf, const char *name)
{
  const raptor_syntax_description *d;
  unsigned i, j;

  if (!name || !*name)
    return 0;
  for (i = 0; i < N_OWN; i++)
    if (!strcmp(name, own_formats[i][0]))
      return 1;
  for (i = 0; (d = raptor_world_get_serializer_description(
                   pg_rdf_raptor(rdf), i)); i++)
    for (j = 0; j < d->names_count; j++)
      if (!strcmp(d->names[j], name))
        return !is_feed(d->names[0]);
  return 0;
}

int pg_rdf_format_at(pg_rdf *rdf, unsigned i, const char **name,
                     const char **label)
{
  const raptor_syntax_description *d;
  unsigned k, seen = 0;

  for (k = 0; (d = raptor_world_get_serializer_description(
                   pg_rdf_raptor(rdf), k)); k++)
    if (!is_feed(d->names[0]) && seen++ == i)
      break;
  if (!d) {
    if (i - seen >= N_OWN)
      return -1;
    *name = own_formats[i - seen][0];
    *label = own_formats[i - seen][1];
    return 0;
  }
  *name = d->names[0];
  *label = d->label;
  return 0;
}

const char *pg_rdf_guess_parser(pg_rdf *rdf, const char *path,
                                const unsigned char *head, size_t len)
{
  const char *dot = path ? strrchr(path, '.') : NULL;
  static const struct { const char *ext, *parser; } by_ext[] = {
    { ".nt", "ntriples" }, { ".nq", "nquads" }, { ".ttl", "turtle" },
    { ".trig", "trig" }, { ".rdf", "rdfxml" }, { ".owl", "rdfxml" },
    { ".xml", "rdfxml" }, { ".json", "json" }, { ".rj", "json" },
    { ".n3", "turtle" },
  };
  size_t i;

  /* The extension first: raptor's guesser scores N-Quads files with no
   * graph term as N-Triples and the other way round. */
  for (i = 0; dot && i < sizeof by_ext / sizeof by_ext[0]; i++)
    if (!strcmp(dot, by_ext[i].ext))
      return by_ext[i].parser;
  return raptor_world_guess_parser_name(pg_rdf_raptor(rdf), NULL, NULL,
                                        head, len,
                                        (const unsigned char *)path);
}
