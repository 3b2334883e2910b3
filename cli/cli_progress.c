/* cli_progress.c - the progress line (see cli_progress.h).
 *
 * Time is CLOCK_MONOTONIC, so a clock change does not bend the estimate.
 * The rate is the average since the start: steady enough for a corpus of
 * similar documents and needs no history.
 */
#include "config.h"
#include "cli_progress.h"

#include <stdlib.h>
#include <time.h>

struct cli_progress {
  FILE *out;                    /* borrowed                              */
  int tty;                      /* 1: redraw in place                    */
  int shown;                    /* 1: a line is on the terminal          */
  unsigned long long docs;      /* total documents, or 0                 */
  unsigned long long bytes;     /* total bytes, or 0                     */
  unsigned long long done_docs; /* documents done                        */
  unsigned long long done_bytes; /* bytes done                           */
  double start;                 /* seconds, monotonic                    */
  double last;                  /* when the line was last drawn          */
};

static double now(void)
{
  struct timespec ts;

  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

cli_progress *cli_new_progress(FILE *out, int tty, unsigned long long docs,
                               unsigned long long bytes)
{
  cli_progress *p = calloc(1, sizeof *p);

  if (!p)
    return NULL;
  p->out = out;
  p->tty = tty;
  p->docs = docs;
  p->bytes = bytes;
  p->start = p->last = now();
  return p;
}

void cli_free_progress(cli_progress *p)
{
  free(p);
}

/* Formats seconds as H:MM:SS or M:SS into buf. */
static const char *duration(double s, char *buf, size_t size)
{
  unsigned long t = s < 0 ? 0 : (unsigned long)(s + 0.5);

  if (t >= 3600)
    snprintf(buf, size, "%lu:%02lu:%02lu", t / 3600, t / 60 % 60, t % 60);
  else
    snprintf(buf, size, "%lu:%02lu", t / 60, t % 60);
  return buf;
}

/* The time left, from bytes when the total is known, else documents;
 * negative when it cannot be told. */
static double time_left(const cli_progress *p, double elapsed)
{
  if (p->bytes && p->done_bytes && p->bytes >= p->done_bytes)
    return elapsed * (double)(p->bytes - p->done_bytes) /
           (double)p->done_bytes;
  if (p->docs && p->done_docs && p->docs >= p->done_docs)
    return elapsed * (double)(p->docs - p->done_docs) /
           (double)p->done_docs;
  return -1;
}

static void draw(cli_progress *p, int final)
{
  double t = now(), elapsed = t - p->start, mb = p->done_bytes / 1e6;
  double rate = elapsed > 0 ? mb / elapsed : 0, left;
  char d[32];

  p->last = t;
  fputs(p->tty ? "\r" : "", p->out);
  if (p->docs)
    fprintf(p->out, "policygraph: %llu/%llu documents, ", p->done_docs,
            p->docs);
  else
    fprintf(p->out, "policygraph: %llu documents, ", p->done_docs);
  if (p->bytes && !final)
    fprintf(p->out, "%.1f/%.1f MB, ", mb, p->bytes / 1e6);
  else
    fprintf(p->out, "%.1f MB, ", mb);
  fprintf(p->out, "%.2f MB/s", rate);
  if (final)
    fprintf(p->out, ", done in %s", duration(elapsed, d, sizeof d));
  else if ((left = time_left(p, elapsed)) >= 0)
    fprintf(p->out, ", %s left", duration(left, d, sizeof d));
  fputs(p->tty ? "\033[K" : "\n", p->out);
  if (p->tty && final)
    fputs("\n", p->out);
  fflush(p->out);
  p->shown = p->tty && !final;
}

void cli_progress_add(cli_progress *p, unsigned long long bytes)
{
  p->done_docs++;
  p->done_bytes += bytes;
  if (now() - p->last >= (p->tty ? 0.25 : 1.0))
    draw(p, 0);
}

void cli_progress_clear(cli_progress *p)
{
  if (!p || !p->shown)
    return;
  fputs("\r\033[K", p->out);
  fflush(p->out);
  p->shown = 0;
}

void cli_progress_end(cli_progress *p)
{
  draw(p, 1);
}
