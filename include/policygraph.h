/* policygraph.h - the public interface of libpolicygraph.
 *
 * policygraph turns Chinese policy and news text into an RDF knowledge
 * graph (see the README's output contract).  This header is the one a
 * library user includes; it is self-contained (it needs no other
 * policygraph header) and its types are opaque.  A session holds one
 * Redland world and the loaded extraction tables, so it is used from one
 * thread; open one per thread.
 *
 *   policygraph *pg = policygraph_new(NULL, my_log, NULL);
 *   policygraph_output(pg, "ntriples", stdout);   (and/or)
 *   policygraph_store(pg, "sqlite:kg.sqlite");
 *   policygraph_extract_file(pg, "article.txt");  (as many as needed)
 *   policygraph_finish(pg);
 *   policygraph_free(pg);
 *
 * Every call returns 0 on success and -1 after reporting the problem to
 * the log function with the file, line and column it is about.
 */
#ifndef POLICYGRAPH_H
#define POLICYGRAPH_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifdef PACKAGE_VERSION
#define POLICYGRAPH_VERSION PACKAGE_VERSION
#endif

/* A session: Redland world, extraction tables, output and store. */
typedef struct policygraph policygraph;

/* Message levels (the same values as the library's internal ones). */
typedef enum policygraph_level {
  POLICYGRAPH_DEBUG = 0,
  POLICYGRAPH_INFO,
  POLICYGRAPH_WARN,
  POLICYGRAPH_ERROR
} policygraph_level;

/* Receives every message.  file may be NULL; line and column are 0 when
 * unknown.  All strings are borrowed for the call. */
typedef void (*policygraph_log_fn)(void *user, policygraph_level level,
                                   const char *file, long line, long column,
                                   const char *text);

/* Session options; a zeroed struct (or NULL) gives the defaults.  The
 * strings are copied by policygraph_new. */
typedef struct policygraph_options {
  const char *datadir;      /* lexicon and tables; NULL: $POLICYGRAPH_DATADIR
                               or the installed ones                      */
  const char *base;         /* IRI base; NULL: https://w3id.org/policygraph/id/ */
  const char *provenance;   /* "full" (NULL), "entities" or "none"         */
  const char *input_format; /* "auto" (NULL), "text", "html" or "xml"      */
  const char *encoding;     /* NULL: detect                               */
  const char *doc_date;     /* the documents' date YYYY[-MM[-DD]], or NULL */
  int lenient;              /* 1: replace undecodable bytes, warning      */
} policygraph_options;

/* Constructor.  opts (may be NULL) is read now; log (may be NULL) and
 * user are kept.  Returns NULL after reporting an error. */
policygraph *policygraph_new(const policygraph_options *opts,
                             policygraph_log_fn log, void *user);
/* Destructor: drops output not yet finished, closes the store.
 * Accepts NULL. */
void policygraph_free(policygraph *pg);

/* Sends the graph of every document extracted from now on to out
 * (borrowed until policygraph_finish), in format: a raptor serializer
 * name (turtle, ntriples, nquads, rdfxml, rdfxml-abbrev, json, ...). */
int policygraph_output(policygraph *pg, const char *format, FILE *out);

/* Also writes every document from now on into the store spec
 * ("sqlite:PATH", "memory", "NAME:OPTIONS" for a librdf storage), each
 * as its own named graph, replacing an earlier version. */
int policygraph_store(policygraph *pg, const char *spec);

/* Extracts one document: bytes[0..len) (borrowed) named name (used in
 * messages and for the document's IRI). */
int policygraph_extract(policygraph *pg, const char *name,
                        const void *bytes, size_t len);
/* Extracts the file at path ("-": standard input). */
int policygraph_extract_file(policygraph *pg, const char *path);

/* Writes out what the output format holds until the end (Turtle,
 * RDF/XML, ...) and flushes it.  After it, policygraph_output may start
 * a new output. */
int policygraph_finish(policygraph *pg);

/* The library's version, e.g. "0.1.0". */
const char *policygraph_version(void);

#ifdef __cplusplus
}
#endif

#endif /* POLICYGRAPH_H */
