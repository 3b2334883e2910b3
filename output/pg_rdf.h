/* pg_rdf.h - the Redland context: one librdf world and where its messages go.
 *
 * Every part of the output half (sinks, stores, queries) works inside one
 * pg_rdf, passed down explicitly: Debian's librdf is built without thread
 * locking, so a world is never shared, and nothing here is global.  The
 * context installs a librdf logger that turns every librdf, raptor and
 * rasqal message into a pg_log message, with the file, line and column
 * from raptor's locator (or, when raptor knows none, the file the caller
 * said it is working on), so the program prints all of them one way.
 */
#ifndef PG_RDF_H
#define PG_RDF_H

#include <redland.h>
#include "pg_log.h"

typedef struct pg_rdf pg_rdf;

/* Constructor: opens a librdf world and routes its messages to log
 * (borrowed for the context's lifetime; may be NULL to drop them).
 * Returns NULL after reporting an error. */
pg_rdf *pg_new_rdf(pg_log *log);
/* Destructor: frees the world.  Accepts NULL. */
void pg_free_rdf(pg_rdf *rdf);

/* The world, raptor world and log (all borrowed from the context). */
librdf_world *pg_rdf_world(pg_rdf *rdf);
raptor_world *pg_rdf_raptor(pg_rdf *rdf);
pg_log *pg_rdf_log(pg_rdf *rdf);

/* Names the file that Redland messages are about when raptor's locator
 * names none (a store path, a query file).  file is borrowed until the
 * next call; NULL clears it. */
void pg_rdf_set_file(pg_rdf *rdf, const char *file);

/* Drops Redland's messages while muted is 1 (for a first attempt whose
 * failure is expected and handled), routes them again at 0. */
void pg_rdf_mute(pg_rdf *rdf, int muted);

/* Reports an error about file (may be NULL) through the context's log. */
void pg_rdf_error(pg_rdf *rdf, const char *file, const char *fmt, ...)
#if defined(__GNUC__)
  __attribute__((format(printf, 3, 4)))
#endif
  ;

/* Whether name is a raptor serializer name (or alias) policygraph writes
 * -- all but the feed and XMP profiles (rss-1.0, atom, rdfxml-xmp), which
 * make no sense for a knowledge graph -- or one policygraph writes itself
 * (trig, jsonld).  Returns 1 or 0. */
int pg_rdf_is_format(pg_rdf *rdf, const char *name);

/* The i-th of those formats (raptor's, then policygraph's): its name
 * (*name) and label (*label), both borrowed (from raptor or static).
 * Returns 0, or -1 past the end. */
int pg_rdf_format_at(pg_rdf *rdf, unsigned i, const char **name /* OUT */,
                     const char **label /* OUT */);

/* The raptor parser name for an RDF file, guessed from its name and the
 * first len bytes of its content (may be NULL).  Returns a name borrowed
 * from raptor, or NULL when nothing fits. */
const char *pg_rdf_guess_parser(pg_rdf *rdf, const char *path,
                                const unsigned char *head, size_t len);

#endif /* PG_RDF_H */
