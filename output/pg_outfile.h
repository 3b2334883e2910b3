/* pg_outfile.h - an output file written atomically: all of it or nothing.
 *
 * The data goes to a temporary file beside the target (same directory,
 * so the final rename(2) cannot cross file systems); commit flushes,
 * fsyncs and renames it over the target; anything else (an error, the
 * destructor without commit) removes it.  Readers never see half a file,
 * and a failed run leaves no file behind.  A target that is no regular
 * file (/dev/null, a named pipe) is written in place.
 */
#ifndef PG_OUTFILE_H
#define PG_OUTFILE_H

#include <stdio.h>
#include "pg_log.h"

typedef struct pg_outfile pg_outfile;

/* Constructor: creates the temporary file for target path (borrowed;
 * copied).  log is borrowed for the outfile's lifetime.  Returns NULL
 * after reporting the file and the system's reason. */
pg_outfile *pg_new_outfile(const char *path, pg_log *log);
/* Destructor: removes the temporary file unless committed.  Accepts NULL. */
void pg_free_outfile(pg_outfile *f);

/* The stream to write to (borrowed from the outfile). */
FILE *pg_outfile_stream(pg_outfile *f);
/* The temporary file's path (borrowed), e.g. for a signal handler; NULL
 * when the target is written in place. */
const char *pg_outfile_temp_path(const pg_outfile *f);

/* Flushes, fsyncs and renames the temporary file to the target.
 * Returns 0, or -1 after reporting an error (the temporary is removed). */
int pg_outfile_commit(pg_outfile *f);

#endif /* PG_OUTFILE_H */
