/* cli_seen.h - warns about inputs that share a document id, in little memory.
 *
 * Two inputs with the same id (a/x.txt and b/x.txt) share one named
 * graph, and in a store the later replaces the earlier: extract warns
 * about each such pair at the end of the run.  Keeping every id of a
 * corpus to find them would make memory grow with the corpus by its ids'
 * size, so the run keeps only a Bloom filter of the ids' hashes (a
 * dozen bits a document) and one bit per document that failed before it
 * had an id.  Ids the filter has seen before are candidates; at the end,
 * walking the inputs again (a directory listing, no reading) names the
 * documents with a candidate hash, and only those ids are compared as
 * strings.  Ids derive from the input name (policygraph_doc_id); the
 * few that do not (standard input's) are kept as strings.
 */
#ifndef CLI_SEEN_H
#define CLI_SEEN_H

#include <stddef.h>
#include "pg_log.h"

typedef struct cli_seen cli_seen;

/* Constructor: expected is the number of documents the run will have,
 * or 0 when unknown (then memory grows in steps).  Returns NULL on out of
 * memory (not reported). */
cli_seen *cli_new_seen(size_t expected);
/* Destructor.  Accepts NULL. */
void cli_free_seen(cli_seen *s);

/* Records document number index (0, 1, ... in run order, each once and
 * in order) read from path, with its id, or id NULL when it failed before
 * it had one.  path and id are borrowed.  Returns 0, or -1 on out of
 * memory (not reported). */
int cli_seen_add(cli_seen *s, size_t index, const char *path,
                 const char *id);

/* Warns, through log, about every input whose id an earlier one had,
 * naming the earlier one, in order of id, then of input:
 *   Warning - LATER - same document id 'ID' as EARLIER: ...
 * args[0..nargs) are the run's arguments, walked again when a hash came
 * twice.  Returns 0, or -1 on out of memory (reported). */
int cli_seen_report(cli_seen *s, char *const *args, size_t nargs,
                    pg_log *log);

#endif /* CLI_SEEN_H */
