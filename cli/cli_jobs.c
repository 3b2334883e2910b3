/* cli_jobs.c - worker processes, results in input order (see cli_jobs.h).
 *
 * Each worker talks to the parent over one Unix stream socket pair:
 * tasks {seq, path} one way, frames {seq, status, id, messages, data} the
 * other.  A socket rather than two pipes so the parent can write with
 * MSG_NOSIGNAL: a dead worker is an error to report, not a SIGPIPE that
 * kills the run.  The parent keeps a ring of window slots indexed by
 * seq; a frame fills its slot, and the slots are passed to the caller's
 * done() from the oldest while they are filled.
 *
 * Known weakness: a worker that dies (a crash in the extractor) stops the
 * whole run with an error naming its document; the run is not retried
 * without it.
 */
#include "config.h"
#include "cli_jobs.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#define PER_WORKER 2     /* documents outstanding per worker           */
#define WINDOW 8         /* slots per worker: how far ahead the run may go */
#define KEEP_BYTES (4u << 20) /* slot buffers above this are freed after use */

/* ------------------------------------------------------------ buffers */

int cli_buf_add(cli_buf *b, const void *data, size_t n)
{
  size_t cap;
  char *p;

  if (b->cap - b->n < n) {
    cap = b->cap ? b->cap : 256;
    while (cap - b->n < n)
      cap *= 2;
    if (!(p = realloc(b->p, cap)))
      return -1;
    b->p = p;
    b->cap = cap;
  }
  if (n && data) /* data NULL: room reserved, for the caller to fill */
    memcpy(b->p + b->n, data, n);
  b->n += n;
  return 0;
}

void cli_buf_free(cli_buf *b)
{
  if (!b)
    return;
  free(b->p);
  memset(b, 0, sizeof *b);
}

/* A recorded message: this header, then the file name (file_len bytes
 * with its NUL, none when 0 = no file) and the text (with its NUL). */
typedef struct msg_hdr {
  int32_t level;
  uint32_t file_len;
  uint32_t text_len;
  long line, column, byte;
} msg_hdr;

int cli_msgs_record(cli_buf *b, pg_log_level level, const pg_locator *loc,
                    const char *text)
{
  msg_hdr h;
  const char *file = loc ? loc->file : NULL;

  memset(&h, 0, sizeof h);
  h.level = (int32_t)level;
  h.file_len = file ? (uint32_t)strlen(file) + 1 : 0;
  h.text_len = (uint32_t)strlen(text) + 1;
  h.line = loc ? loc->line : 0;
  h.column = loc ? loc->column : 0;
  h.byte = loc ? loc->byte : -1;
  return cli_buf_add(b, &h, sizeof h) || cli_buf_add(b, file, h.file_len) ||
                 cli_buf_add(b, text, h.text_len)
             ? -1
             : 0;
}

void cli_msgs_replay(const cli_buf *b, pg_log *log)
{
  size_t at = 0;
  msg_hdr h;
  pg_locator loc;

  while (b->n - at >= sizeof h) {
    memcpy(&h, b->p + at, sizeof h);
    at += sizeof h;
    if (b->n - at < (size_t)h.file_len + h.text_len)
      return; /* cannot happen: frames arrive whole */
    loc.file = h.file_len ? b->p + at : NULL;
    loc.line = h.line;
    loc.column = h.column;
    loc.byte = h.byte;
    at += h.file_len;
    pg_log_msg(log, (pg_log_level)h.level, &loc, "%s", b->p + at);
    at += h.text_len;
  }
}

/* ------------------------------------------------------------ I/O */

/* A task, then path_len bytes of path. */
typedef struct task_hdr {
  uint64_t seq;
  uint64_t path_len;
} task_hdr;

/* A result frame, then id_len bytes of id (with its NUL; 0 = no id),
 * msgs_len of messages and data_len of data. */
typedef struct frame_hdr {
  uint64_t seq;
  int64_t status;
  uint64_t bytes;
  uint64_t id_len;
  uint64_t msgs_len;
  uint64_t data_len;
} frame_hdr;

/* Writes all n bytes (flags: send flags, or -1 for plain write).
 * Returns 0 or -1 with errno set. */
static int write_all(int fd, const void *p, size_t n, int flags)
{
  const char *c = p;
  ssize_t w;

  while (n) {
    w = flags < 0 ? write(fd, c, n) : send(fd, c, n, flags);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return -1;
    c += w;
    n -= (size_t)w;
  }
  return 0;
}

/* Reads exactly n bytes.  Returns 1, 0 at end of file before the first
 * byte, -1 on an error or a short read (errno 0 for end of file). */
static int read_all(int fd, void *p, size_t n)
{
  char *c = p;
  size_t got = 0;
  ssize_t r;

  while (got < n) {
    r = read(fd, c + got, n - got);
    if (r < 0 && errno == EINTR)
      continue;
    if (r <= 0) {
      if (r == 0)
        errno = 0;
      return r == 0 && got == 0 ? 0 : -1;
    }
    got += (size_t)r;
  }
  return 1;
}

/* Reads n bytes into b (replacing its content).  Returns 0 or -1. */
static int read_buf(int fd, cli_buf *b, size_t n)
{
  b->n = 0;
  if (cli_buf_add(b, NULL, n))
    return -1;
  return n && read_all(fd, b->p, n) != 1 ? -1 : 0;
}

/* ------------------------------------------------------------ worker */

/* The worker process: reads tasks from fd until it closes, answers each
 * with a frame.  Never returns. */
static void worker_main(const cli_jobs_fns *fns, int fd)
{
  task_hdr t;
  frame_hdr f;
  cli_result res;
  char *path = NULL;
  size_t pcap = 0;
  int r;

  memset(&res, 0, sizeof res);
  if (fns->start(fns->user))
    _exit(1);
  while ((r = read_all(fd, &t, sizeof t)) == 1) {
    if (t.path_len + 1 > pcap) {
      free(path);
      pcap = (size_t)t.path_len + 1;
      if (!(path = malloc(pcap)))
        _exit(1);
    }
    if (read_all(fd, path, (size_t)t.path_len) != 1)
      _exit(1);
    path[t.path_len] = '\0';
    res.status = 0;
    res.bytes = 0;
    res.id = NULL;
    res.msgs.n = res.data.n = 0;
    fns->work(fns->user, path, &res);
    memset(&f, 0, sizeof f);
    f.seq = t.seq;
    f.status = res.status;
    f.bytes = res.bytes;
    f.id_len = res.id ? strlen(res.id) + 1 : 0;
    f.msgs_len = res.msgs.n;
    f.data_len = res.data.n;
    /* A plain write: if the parent is gone, SIGPIPE ends the worker. */
    if (write_all(fd, &f, sizeof f, -1) ||
        write_all(fd, res.id, (size_t)f.id_len, -1) ||
        write_all(fd, res.msgs.p, res.msgs.n, -1) ||
        write_all(fd, res.data.p, res.data.n, -1))
      _exit(1);
    free(res.id);
    if (res.data.cap > KEEP_BYTES)
      cli_buf_free(&res.data);
  }
  _exit(r == 0 ? 0 : 1);
}

/* ------------------------------------------------------------ parent */

typedef struct worker {
  pid_t pid;            /* its process, or -1 once reaped             */
  int fd;               /* the parent's end of its socket, or -1      */
  size_t q[PER_WORKER]; /* seqs sent to it, oldest first              */
  unsigned busy;        /* how many                                   */
} worker;

typedef struct slot {
  int ready;                /* 1: its frame has arrived               */
  char *path;               /* owned copy of the input path           */
  unsigned long long size;  /* its size, as next gave it              */
  cli_buf pre;              /* messages of the walk before it         */
  cli_result res;           /* the frame                              */
} slot;

typedef struct pool {
  const cli_jobs_fns *fns;  /* borrowed                               */
  pg_log *log;              /* borrowed                               */
  worker *w;                /* owned, n of them                       */
  unsigned n;
  slot *s;                  /* owned ring of nslots                   */
  size_t nslots;
  size_t next_seq;          /* next document to hand out              */
  size_t next_done;         /* next document to pass to done()        */
  int end;                  /* next() said there is no more           */
} pool;

/* Forks worker k.  Returns 0 or -1 (reported). */
static int spawn(pool *p, unsigned k)
{
  pid_t parent = getpid();
  int sv[2], size = 1 << 20;
  unsigned j;

  if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv)) {
    pg_log_msg(p->log, PG_LOG_ERROR, NULL,
               "cannot connect a worker process: %s", strerror(errno));
    return -1;
  }
  /* Room for a few documents' statements in flight: fewer wake-ups. */
  setsockopt(sv[1], SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
  fflush(NULL); /* nothing buffered may be written twice */
  p->w[k].pid = fork();
  if (p->w[k].pid < 0) {
    pg_log_msg(p->log, PG_LOG_ERROR, NULL,
               "cannot start a worker process: %s", strerror(errno));
    close(sv[0]);
    close(sv[1]);
    return -1;
  }
  if (p->w[k].pid == 0) {
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    if (getppid() != parent)
      _exit(1); /* the parent died before prctl took effect */
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGPIPE, SIG_DFL);
    for (j = 0; j < k; j++)
      close(p->w[j].fd); /* else a worker would keep another's open */
    close(sv[0]);
    worker_main(p->fns, sv[1]);
  }
  close(sv[1]);
  p->w[k].fd = sv[0];
  return 0;
}

/* The least busy worker that can take a document, or NULL. */
static worker *pick(pool *p)
{
  worker *best = NULL;
  unsigned k;

  for (k = 0; k < p->n; k++)
    if (p->w[k].fd >= 0 && p->w[k].busy < PER_WORKER &&
        (!best || p->w[k].busy < best->busy))
      best = &p->w[k];
  return best;
}

/* Hands out documents while the window and the workers allow.
 * Returns 0 or -1 (reported). */
static int assign(pool *p)
{
  const char *path;
  unsigned long long size;
  task_hdr t;
  worker *w;
  slot *s;
  int r;

  while (!p->end && p->next_seq < p->next_done + p->nslots &&
         (w = pick(p))) {
    s = &p->s[p->next_seq % p->nslots];
    s->pre.n = 0;
    r = p->fns->next(p->fns->user, &path, &size, &s->pre);
    if (r <= 0) {
      p->end = 1;
      return r;
    }
    if (!(s->path = strdup(path))) {
      pg_log_msg(p->log, PG_LOG_ERROR, NULL, "out of memory");
      return -1;
    }
    s->size = size;
    t.seq = p->next_seq;
    t.path_len = strlen(path);
    if (write_all(w->fd, &t, sizeof t, MSG_NOSIGNAL) ||
        write_all(w->fd, path, (size_t)t.path_len, MSG_NOSIGNAL)) {
      pg_log_msg(p->log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
                 "cannot pass this document to a worker process: %s",
                 strerror(errno));
      return -1;
    }
    w->q[w->busy++] = p->next_seq++;
  }
  return 0;
}

/* Reports worker w gone (its socket closed or broken) while it held
 * documents, naming the oldest, and reaps it. */
static void lost(pool *p, worker *w)
{
  const char *path = w->busy ? p->s[w->q[0] % p->nslots].path : NULL;
  int st = 0;

  close(w->fd);
  w->fd = -1;
  while (waitpid(w->pid, &st, 0) < 0 && errno == EINTR)
    ;
  w->pid = -1;
  if (WIFSIGNALED(st))
    pg_log_msg(p->log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
               "the worker process extracting this document died of "
               "signal %d (%s)", WTERMSIG(st), strsignal(WTERMSIG(st)));
  else
    pg_log_msg(p->log, PG_LOG_ERROR, &(pg_locator){path, 0, 0, -1},
               "the worker process extracting this document ended "
               "(exit status %d)", WIFEXITED(st) ? WEXITSTATUS(st) : -1);
}

/* Reads one frame from w into its slot.  Returns 0 or -1 (reported). */
static int read_frame(pool *p, worker *w)
{
  frame_hdr f;
  slot *s;
  cli_buf id = { NULL, 0, 0 };

  if (read_all(w->fd, &f, sizeof f) != 1 || !w->busy || f.seq != w->q[0])
    goto lost;
  s = &p->s[f.seq % p->nslots];
  if (read_buf(w->fd, &id, (size_t)f.id_len) ||
      read_buf(w->fd, &s->res.msgs, (size_t)f.msgs_len) ||
      read_buf(w->fd, &s->res.data, (size_t)f.data_len)) {
    cli_buf_free(&id);
    goto lost;
  }
  s->res.id = id.p; /* NUL-terminated by the worker, or NULL */
  s->res.status = (int)f.status;
  s->res.bytes = f.bytes;
  s->ready = 1;
  memmove(w->q, w->q + 1, (PER_WORKER - 1) * sizeof *w->q);
  w->busy--;
  return 0;
lost:
  lost(p, w);
  return -1;
}

/* Waits for frames and reads those that arrive.  Returns 0 or -1. */
static int collect(pool *p)
{
  struct pollfd pf[64];
  worker *who[64];
  unsigned k, m = 0;
  int r;

  for (k = 0; k < p->n && m < 64; k++)
    if (p->w[k].busy) {
      pf[m].fd = p->w[k].fd;
      pf[m].events = POLLIN;
      who[m++] = &p->w[k];
    }
  if (!m) { /* cannot happen: a document in flight has a worker */
    pg_log_msg(p->log, PG_LOG_ERROR, NULL, "no worker process is running");
    return -1;
  }
  while ((r = poll(pf, m, -1)) < 0 && errno == EINTR)
    ;
  if (r < 0) {
    pg_log_msg(p->log, PG_LOG_ERROR, NULL, "poll: %s", strerror(errno));
    return -1;
  }
  for (k = 0; k < m; k++)
    if (pf[k].revents && read_frame(p, who[k]))
      return -1;
  return 0;
}

/* Passes the filled slots, oldest first, to done().  Returns 0 or -1. */
static int hand_over(pool *p)
{
  slot *s;
  int rc;

  while (p->next_done < p->next_seq &&
         (s = &p->s[p->next_done % p->nslots])->ready) {
    cli_msgs_replay(&s->pre, p->log);
    rc = p->fns->done(p->fns->user, p->next_done, s->path, s->size,
                      &s->res);
    free(s->path);
    free(s->res.id);
    s->path = s->res.id = NULL;
    s->ready = 0;
    if (s->res.data.cap > KEEP_BYTES)
      cli_buf_free(&s->res.data);
    p->next_done++;
    if (rc)
      return -1;
  }
  return 0;
}

/* Ends the workers: on success they see their socket close and exit 0
 * (anything else is reported); otherwise they are killed.  Returns rc,
 * or -1 when a worker ended badly. */
static int finish(pool *p, int rc)
{
  unsigned k;
  int st;

  for (k = 0; k < p->n; k++) {
    if (p->w[k].fd >= 0 && rc == 0)
      shutdown(p->w[k].fd, SHUT_WR);
    else if (p->w[k].pid > 0)
      kill(p->w[k].pid, SIGKILL);
  }
  for (k = 0; k < p->n; k++) {
    if (p->w[k].pid > 0) {
      while (waitpid(p->w[k].pid, &st, 0) < 0 && errno == EINTR)
        ;
      if (rc == 0 && !(WIFEXITED(st) && WEXITSTATUS(st) == 0)) {
        pg_log_msg(p->log, PG_LOG_ERROR, NULL,
                   "a worker process ended badly (status %d)", st);
        rc = -1;
      }
    }
    if (p->w[k].fd >= 0)
      close(p->w[k].fd);
  }
  return rc;
}

int cli_jobs_run(unsigned n, const cli_jobs_fns *fns, pg_log *log)
{
  pool p;
  unsigned k;
  size_t i;
  int rc = 0;

  memset(&p, 0, sizeof p);
  p.fns = fns;
  p.log = log;
  p.n = n > 64 ? 64 : n ? n : 1;
  p.nslots = (size_t)WINDOW * p.n;
  p.w = calloc(p.n, sizeof *p.w);
  p.s = calloc(p.nslots, sizeof *p.s);
  if (!p.w || !p.s) {
    pg_log_msg(log, PG_LOG_ERROR, NULL, "out of memory");
    free(p.w);
    free(p.s);
    return -1;
  }
  for (k = 0; k < p.n; k++)
    p.w[k].fd = p.w[k].pid = -1;
  for (k = 0; k < p.n && !rc; k++)
    rc = spawn(&p, k);
  while (!rc) {
    if ((rc = assign(&p)) || (rc = hand_over(&p)))
      break;
    if (p.end && p.next_done == p.next_seq)
      break;
    if ((rc = collect(&p)) || (rc = hand_over(&p)))
      break;
  }
  if (p.end) /* the walk's messages after the last document */
    cli_msgs_replay(&p.s[p.next_seq % p.nslots].pre, log);
  rc = finish(&p, rc);
  for (i = 0; i < p.nslots; i++) {
    free(p.s[i].path);
    free(p.s[i].res.id);
    cli_buf_free(&p.s[i].pre);
    cli_buf_free(&p.s[i].res.msgs);
    cli_buf_free(&p.s[i].res.data);
  }
  free(p.s);
  free(p.w);
  return rc;
}
