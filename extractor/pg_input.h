/* pg_input.h - the documents of a run: arguments to a list of inputs.
 *
 * Expands the FILE... arguments of `extract`: files as given, "-" for
 * standard input, directories recursively (entries sorted by byte order
 * of their names, so every run sees the same order), keeping files whose
 * names end in a document extension (.txt .text .htm .html .xhtml .xml).
 * Hidden entries (".name") and symbolic-link loops are skipped.  Reading
 * is whole-file: a document is the unit of work.
 */
#ifndef PG_INPUT_H
#define PG_INPUT_H

#include <stddef.h>
#include "pg_log.h"

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

#endif /* PG_INPUT_H */
