/* pg_names.h - name and organization-chain helpers shared by recognizers.
 *
 * What more than one recognizer parses: a person's name (pg_person.c,
 * pg_org.c's appositions), an organization chain (pg_org.c, pg_person.c's
 * introductions and titles), where a proper name may start (pg_org.c,
 * pg_person.c, pg_event.c) and an alias in parentheses after a name
 * (pg_org.c, pg_work.c).  They live here, below the recognizers, so that
 * no recognizer calls into another one.
 */
#ifndef PG_NAMES_H
#define PG_NAMES_H

#include "pg_rctx.h"

/* May an organization's name start at p: a lexicon place or organization,
 * or a proper word (not 我国, 我省)? */
int pg_rc_proper_at(const pg_rctx *x, size_t p);

typedef struct pg_chain {
  int piece[8];  /* candidate per piece, outermost first (-1: none)  */
  int n;
  int top;       /* candidate the person is affiliated with           */
  size_t e;      /* view end of the chain                             */
} pg_chain;

/* Parses an organization chain at view position p, not beyond lim.
 * anchored: the left boundary is certain (an introduction, a list).
 * Adds a candidate per piece (rule) and the org.unit facts between them.
 * Returns 1 and fills ch when a chain was found. */
int pg_org_chain(pg_rctx *x, size_t p, size_t lim, int anchored,
                 pg_chain *ch /* OUT */, const char *rule);

/* Undoes the pieces of a chain the lexicon does not know (a caller that
 * wanted the chain to end elsewhere). */
void pg_chain_undo(pg_rctx *x, const pg_chain *ch);

/* Parses a person name at p (not beyond lim): Chinese surname + given
 * name, or a transliterated name with ·.  Returns its end, or 0. */
size_t pg_rc_person_name(const pg_rctx *x, size_t p, size_t lim);
/* Does an adverb or preposition that opens a predicate follow a name at e
 * (黄朝林|正组织)?  A weaker end, read only after a title. */
int pg_rc_weak_name_end(const pg_rctx *x, size_t e);
/* The same, right after a title: a known place closing the given name is
 * part of it (教授吴清远, not 清远). */
size_t pg_rc_person_name_titled(const pg_rctx *x, size_t p, size_t lim);

/* Is c a character of transliterated foreign names (阿, 尔, 斯, 娃 …)? */
int pg_rc_is_translit(uint32_t c);

/* Right after a title, a name whose end no word marks (总裁刘益东倍感
 * 振奋) but that the text writes again on its own, after a mark and
 * before a mark or a post-name word (。刘益东说): returns its end, or 0. */
size_t pg_rc_person_name_again(const pg_rctx *x, size_t p);

/* A (DEPA) or (以下简称"X") right at view position e: alias of ci. */
void pg_rc_trailing_alias(pg_rctx *x, int ci, size_t e);

#endif /* PG_NAMES_H */
