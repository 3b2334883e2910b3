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

/* ---- The document layer.  For a front end that writes the graph itself
 * with the output layer (output/pg_graph.h, pg_sink.h, pg_store.h), as
 * the policygraph program does: it walks the inputs, turns each document
 * into an annotation set (struct pg_annot, which pg_graph_emit writes)
 * and reports through the output layer's log (struct pg_log, pg_log.h).
 * A library user who only wants RDF needs none of it. */
struct pg_annot;
struct pg_log;

/* How one document is read and extracted. */
typedef struct policygraph_doc_options {
  const char *input_format; /* "auto" (NULL), "text", "html" or "xml"      */
  const char *encoding;     /* NULL: detect                               */
  const char *body_xpath;   /* HTML/XML: the text's element, or NULL      */
  const char *title_xpath;  /* HTML/XML: the title's element, or NULL     */
  const char *doc_date;     /* YYYY[-MM[-DD]], or NULL                    */
  const char *doc_id;       /* the document IRI's key; NULL: from name    */
  int lenient;              /* 1: replace undecodable bytes, warning      */
  int model;                /* 1: the statistical tagger adds names       */
  double model_conf;        /* with model: least margin kept              */
  int lac;                  /* 1: Baidu LAC's small model adds names      */
  double lac_conf;          /* with lac: least CRF margin kept            */
} policygraph_doc_options;

typedef struct policygraph_extractor policygraph_extractor;

/* Loads the lexicon and tables from datadir (NULL: $POLICYGRAPH_DATADIR
 * or the installed ones); log is borrowed.  NULL after reporting. */
policygraph_extractor *policygraph_extractor_new(const char *datadir,
                                                 struct pg_log *log);
void policygraph_extractor_free(policygraph_extractor *x);
/* One document (bytes borrowed, name used in messages and for the id)
 * to a new annotation set, freed with policygraph_annot_free; NULL after
 * reporting. */
struct pg_annot *policygraph_extractor_run(policygraph_extractor *x,
                                           const char *name,
                                           const void *bytes, size_t len,
                                           const policygraph_doc_options *o);
void policygraph_annot_free(struct pg_annot *a);

/* The document id a source name gives (its base name without extension,
 * reduced to [A-Za-z0-9._-] and Han; "stdin" and a content hash for
 * "-").  A new string. */
char *policygraph_doc_id(const char *name, const void *bytes, size_t len);

/* The documents named by paths (files; directories, walked lazily in
 * name order; "-" for standard input), one at a time. */
typedef struct policygraph_inputs policygraph_inputs;
policygraph_inputs *policygraph_inputs_new(char *const *paths, size_t n,
                                           struct pg_log *log);
/* The next document's path (valid until the next call) and size:
 * 1, 0 at the end, -1 after an error reported (the walk goes on). */
int policygraph_inputs_next(policygraph_inputs *w, const char **path,
                            unsigned long long *size);
/* How many inputs could not be walked or read. */
int policygraph_inputs_errors(const policygraph_inputs *w);
void policygraph_inputs_free(policygraph_inputs *w);
/* Reads path ("-": standard input) into a new buffer.  0, or -1 after
 * reporting. */
int policygraph_read(const char *path, unsigned char **bytes, size_t *len,
                     struct pg_log *log);

#ifdef __cplusplus
}
#endif

#endif /* POLICYGRAPH_H */
