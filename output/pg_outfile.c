/* pg_outfile.c - an output file written atomically (see pg_outfile.h).
 *
 * The temporary name is ".<name>.XXXXXX" in the target's directory
 * (hidden, so a directory listing during a long run does not show it as
 * a result); mkstemp creates it 0600, so commit sets the mode a plain
 * fopen would have given (0666 less the umask).  A target that exists and
 * is no regular file (/dev/null, a pipe) is written in place: renaming
 * over it would replace the device with a file.
 */
#include "pg_outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct pg_outfile {
  char *path;     /* owned: the target                      */
  char *tmp;      /* owned: the temporary file              */
  FILE *fp;       /* owned: open on tmp, NULL once closed    */
  pg_log *log;    /* borrowed                               */
  int committed;  /* 1: renamed to the target               */
  int direct;     /* 1: the target is no regular file (a
                     device, a pipe): written in place      */
};

static void report(pg_outfile *f, const char *what)
{
  pg_locator loc = { f->path, 0, 0, -1 };

  pg_log_msg(f->log, PG_LOG_ERROR, &loc, "%s: %s", what, strerror(errno));
}

pg_outfile *pg_new_outfile(const char *path, pg_log *log)
{
  pg_outfile *f = calloc(1, sizeof *f);
  const char *slash = strrchr(path, '/');
  size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
  struct stat st;
  int fd;

  if (!f || !(f->path = strdup(path)) ||
      !(f->tmp = malloc(strlen(path) + 10))) {
    pg_log_msg(log, PG_LOG_ERROR, NULL, "out of memory");
    goto err;
  }
  f->log = log;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    /* -O /dev/null, -O /dev/stdout, a named pipe: a rename would put a
     * regular file in the device's place; write to it as it is */
    free(f->tmp);
    f->tmp = NULL;
    if (!(f->fp = fopen(path, "wb"))) {
      report(f, "cannot open the output file");
      goto err;
    }
    f->direct = 1;
    return f;
  }
  memcpy(f->tmp, path, dirlen);
  sprintf(f->tmp + dirlen, ".%s.XXXXXX", path + dirlen);
  if ((fd = mkstemp(f->tmp)) < 0) {
    report(f, "cannot create the output file");
    free(f->tmp);
    f->tmp = NULL;
    goto err;
  }
  if (!(f->fp = fdopen(fd, "wb"))) {
    report(f, "cannot create the output file");
    close(fd);
    goto err;
  }
  return f;
err:
  pg_free_outfile(f);
  return NULL;
}

void pg_free_outfile(pg_outfile *f)
{
  if (!f)
    return;
  if (f->fp)
    fclose(f->fp);
  if (f->tmp && !f->committed)
    unlink(f->tmp);
  free(f->tmp);
  free(f->path);
  free(f);
}

FILE *pg_outfile_stream(pg_outfile *f) { return f->fp; }

const char *pg_outfile_temp_path(const pg_outfile *f) { return f->tmp; }

int pg_outfile_commit(pg_outfile *f)
{
  mode_t mask = umask(0);
  FILE *fp = f->fp;

  umask(mask);
  f->fp = NULL;
  if (f->direct) { /* no temporary, nothing to sync or rename */
    if (fflush(fp) || ferror(fp) || fclose(fp)) {
      report(f, "cannot write the output file");
      return -1;
    }
    f->committed = 1;
    return 0;
  }
  if (fflush(fp) || ferror(fp) || fsync(fileno(fp))) {
    report(f, "cannot write the output file");
    fclose(fp);
    goto err;
  }
  int bad = fchmod(fileno(fp), 0666 & ~mask);
  if (fclose(fp) || bad) {
    report(f, "cannot write the output file");
    goto err;
  }
  if (rename(f->tmp, f->path)) {
    report(f, "cannot rename the output file into place");
    goto err;
  }
  f->committed = 1;
  return 0;
err:
  unlink(f->tmp);
  return -1;
}
