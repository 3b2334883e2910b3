/* pg_input.h - the documents of a run: arguments to a stream of inputs.
 *
 * Walks the FILE... arguments of `extract`: files as given, "-" for
 * standard input, directories recursively (entries sorted by byte order
 * of their names, so every run sees the same order), keeping files whose
 * names end in a document extension (.txt .text .htm .html .xhtml .xml).
 * Hidden entries (".name") and symbolic-link loops are skipped.  Reading
 * is whole-file: a document is the unit of work.
 *
 * The walk is lazy (pg_input_iter): it holds one directory's sorted names
 * per level of nesting, never the corpus's list of paths, so a run over a
 * million files costs no more memory than one over ten.  pg_input_expand
 * collects the same walk into a list, for callers that want one.
 */
#ifndef PG_INPUT_H
#define PG_INPUT_H

#include <stddef.h>
#include "pg_log.h"

typedef struct pg_input_iter pg_input_iter;

/* Constructor: a walk over args[0..nargs) (borrowed for the walk's
 * lifetime).  log is borrowed too; NULL drops the walk's messages.
 * Returns NULL after reporting out of memory. */
pg_input_iter *pg_new_input_iter(char *const *args, size_t nargs,
                                 pg_log *log);
/* Destructor.  Accepts NULL. */
void pg_free_input_iter(pg_input_iter *it);

/* The next input in run order: returns 1 with *path (borrowed until the
 * next call or the destructor) and *size (its size in bytes from stat;
 * 0 for "-"; size may be NULL), 0 at the end, -1 after reporting out of
 * memory.  A missing argument or an unreadable directory is reported,
 * counted (pg_input_iter_errors) and skipped: the walk goes on. */
int pg_input_next(pg_input_iter *it, const char **path /* OUT */,
                  unsigned long long *size /* OUT */);

/* Number of errors reported by the walk so far. */
int pg_input_iter_errors(const pg_input_iter *it);

typedef struct pg_input_list {
  char **path;   /* owned paths ("-" for stdin), in run order */
  size_t n;      /* number of paths                          */
  size_t cap;    /* allocated slots                          */
} pg_input_list;

/* Appends the inputs named by args[0..nargs) to list (which starts zeroed).
 * A missing file or unreadable directory is reported and makes the call
 * return -1 (the list keeps what was found); 0 on success. */
int pg_input_expand(pg_input_list *list, char *const *args, size_t nargs,
                    pg_log *log);

/* Frees the paths (not the struct). Accepts NULL. */
void pg_input_list_clear(pg_input_list *list);

/* Reads the whole of path ("-": standard input) into a new buffer
 * (*bytes, NUL-terminated for convenience, *len without the NUL).
 * Returns 0, or -1 after reporting the file and the system's reason. */
int pg_input_read(const char *path, unsigned char **bytes /* OUT */,
                  size_t *len /* OUT */, pg_log *log);

/* Total size in bytes of the regular files in list (stdin counts 0). */
unsigned long long pg_input_total_bytes(const pg_input_list *list);

/* The data directory: $POLICYGRAPH_DATADIR, else the installed one, else
 * the source tree's ontology/ folder.  Returns a static string. */
const char *pg_default_datadir(void);

#endif /* PG_INPUT_H */
