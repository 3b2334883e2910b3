/* pg_sentence.c - sentence splitting (see pg_sentence.h).  Skeleton. */
#include "pg_sentence.h"

#include <stdlib.h>

static int is_end(uint32_t c)
{
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '\n' ||
         c == '!' || c == '?';
}

int pg_sentence_split(pg_doc *doc)
{
  size_t i, b = 0, cap = 16;

  doc->sent = malloc(cap * sizeof *doc->sent);
  if (!doc->sent)
    return -1;
  doc->n_sent = 0;
  for (i = 0; i < doc->cn; i++) {
    if (!is_end(doc->ccp[i]) && i + 1 < doc->cn)
      continue;
    if (doc->n_sent == cap) {
      pg_span *p = realloc(doc->sent, (cap *= 2) * sizeof *p);
      if (!p)
        return -1;
      doc->sent = p;
    }
    doc->sent[doc->n_sent].b = b;
    doc->sent[doc->n_sent].e = i + 1;
    doc->n_sent++;
    b = i + 1;
  }
  return 0;
}
