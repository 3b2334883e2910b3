/* cli_jobs.h - extract -j N: worker processes, results in input order.
 *
 * The parent walks the inputs and hands each path to one of N worker
 * processes, forked once after the caller has loaded what they share (the
 * lexicon and rule tables, then shared copy-on-write).  A worker runs the
 * document and sends back one frame: status, id, the messages the
 * document raised (recorded, not printed) and its statements serialized.
 * The parent passes the frames to the caller strictly in input order, so
 * output and messages are byte for byte those of a one-process run.
 * Workers are processes, not threads, because Debian's librdf is built
 * without thread locking.
 *
 * Memory stays flat: a worker has at most two documents outstanding (one
 * running, one queued in its task pipe) and the parent never hands out a
 * document more than a fixed window (8 per worker) ahead of the oldest
 * one it has not passed on, so a long document holds the others back
 * instead of letting finished frames pile up.
 *
 * Workers die with the parent: each asks the kernel for SIGKILL when its
 * parent dies (PR_SET_PDEATHSIG), and a worker whose task pipe closes
 * exits, so neither SIGKILL nor SIGINT of the parent leaves one running.
 */
#ifndef CLI_JOBS_H
#define CLI_JOBS_H

#include <stddef.h>
#include "pg_log.h"

/* A growable byte buffer. */
typedef struct cli_buf {
  char *p;       /* owned bytes, or NULL */
  size_t n;      /* bytes in use         */
  size_t cap;    /* bytes allocated      */
} cli_buf;

/* Appends n bytes of data to b.  Returns 0 or -1 (out of memory). */
int cli_buf_add(cli_buf *b, const void *data, size_t n);
/* Frees b's bytes and zeroes it.  Accepts NULL. */
void cli_buf_free(cli_buf *b);

/* What one document gave. */
typedef struct cli_result {
  int status;                /* 0, or -1: it failed (said in msgs)      */
  unsigned long long bytes;  /* bytes of input read                     */
  char *id;                  /* owned: its document id, or NULL when it
                                failed before it had one               */
  cli_buf msgs;              /* its messages (cli_msgs_record)          */
  cli_buf data;              /* its statements, serialized              */
} cli_result;

/* Records one message at the end of b, to be replayed later.  All
 * arguments are copied.  Returns 0 or -1 (out of memory). */
int cli_msgs_record(cli_buf *b, pg_log_level level, const pg_locator *loc,
                    const char *text);
/* Reports the messages recorded in b through log, in order. */
void cli_msgs_replay(const cli_buf *b, pg_log *log);

/* The caller's side of a run.  Every function gets user. */
typedef struct cli_jobs_fns {
  void *user;
  /* Parent: the next input.  1 with *path (borrowed until the next call)
   * and *size, 0 at the end, -1 to stop the run (reported).  Messages
   * about finding it (the walk's) go into pre (cli_msgs_record), to be
   * replayed just before the document's own; at the end, after the last
   * document's. */
  int (*next)(void *user, const char **path, unsigned long long *size,
              cli_buf *pre);
  /* Worker, once, after the fork.  0, or -1 (reported; the worker ends). */
  int (*start)(void *user);
  /* Worker: runs the document at path into res (zeroed, owned by the
   * caller of work; work sets its fields). */
  void (*work)(void *user, const char *path, cli_result *res);
  /* Parent, in input order: document number seq, its path and size (as
   * next gave them) and its result (borrowed; may be taken apart).
   * 0, or -1 to stop the run (reported). */
  int (*done)(void *user, size_t seq, const char *path,
              unsigned long long size, cli_result *res);
} cli_jobs_fns;

/* Runs every input through n workers (n >= 1).  Messages about the
 * workers themselves (one died, a pipe failed) go to log, naming the
 * document they were running.  Returns 0, or -1 when the run stopped
 * early (reported; the workers are gone). */
int cli_jobs_run(unsigned n, const cli_jobs_fns *fns, pg_log *log);

#endif /* CLI_JOBS_H */
