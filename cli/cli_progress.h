/* cli_progress.h - the progress line of a long extract run, on stderr.
 *
 * Shows documents done / total, MB of text done / total, MB/s and the
 * time left, estimated from the bytes still to read (or from the
 * documents, when their sizes are unknown; with no total, only what is
 * done).  On a terminal it is one line redrawn in place (at most four
 * times a second) and erased while a message prints; elsewhere (a pipe,
 * a file: --progress) it is a line per update, one a second.  The last
 * update stays, ending in "done in TIME".
 */
#ifndef CLI_PROGRESS_H
#define CLI_PROGRESS_H

#include <stdio.h>

typedef struct cli_progress cli_progress;

/* Constructor: a progress line on out (borrowed), redrawn in place when
 * tty is 1.  docs and bytes are the run's totals, 0 when unknown.
 * Returns NULL on out of memory (not reported: no progress then). */
cli_progress *cli_new_progress(FILE *out, int tty, unsigned long long docs,
                               unsigned long long bytes);
/* Destructor.  Accepts NULL. */
void cli_free_progress(cli_progress *p);

/* One more document done, of bytes bytes; redraws when it is time. */
void cli_progress_add(cli_progress *p, unsigned long long bytes);

/* Erases the line (on a terminal) so a message can print; the next
 * update draws it again.  Accepts NULL. */
void cli_progress_clear(cli_progress *p);

/* Draws the final line and ends it. */
void cli_progress_end(cli_progress *p);

#endif /* CLI_PROGRESS_H */
