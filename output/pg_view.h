/* pg_view.h - views of a graph for people: an HTML report, a DOT picture
 * of the entities, CSV tables for spreadsheets.
 *
 * A pg_view reads a librdf model once (the whole store, or one document's
 * named graph) into a plain index of what the output contract names: the
 * entities with their labels, aliases and types; the relation triples
 * between them; for each relation its evidence records (the sentence,
 * the document, the rule) and the NIF mentions that let a page highlight
 * the words the fact was read from.  The writers walk that index in a
 * fixed order (type, label, IRI), so the same graph gives the same bytes.
 *
 * Writers (pg_report.c, pg_viewtext.c):
 *   HTML  one self-contained page: no script, stylesheet, font or image
 *         from outside; every text HTML-escaped; a section per entity,
 *         grouped by type, each fact with its evidence sentence and the
 *         mention marked, links between the entities' sections.
 *   DOT   entities and the relations between them only: no literals, no
 *         provenance nodes (for `dot -Tsvg`).
 *   CSV   RFC 4180 (CRLF, fields quoted when they hold a comma, quote or
 *         line break, quotes doubled), UTF-8 without a byte-order mark:
 *         entities (id,type,label,aliases) or relations
 *         (subject,relation,object,evidence,...).
 */
#ifndef PG_VIEW_H
#define PG_VIEW_H

#include <stdio.h>
#include "pg_rdf.h"

typedef struct pg_view pg_view;

/* Constructor: the index of model (borrowed, read now), restricted to
 * the named graph graph (an IRI, borrowed; NULL: every statement).
 * Returns NULL after reporting an error through rdf. */
pg_view *pg_new_view(pg_rdf *rdf, librdf_model *model, const char *graph);
/* Destructor.  Accepts NULL. */
void pg_free_view(pg_view *v);

/* Number of entities (subjects typed with one of the contract's nine
 * pg: classes), of relation triples between or about them, and of
 * documents (nif:Context) in the view. */
size_t pg_view_entities(const pg_view *v);
size_t pg_view_facts(const pg_view *v);
size_t pg_view_documents(const pg_view *v);

/* The named graphs of model, sorted, as new strings in a new array
 * (*graphs, free each and the array); *n their number.  Returns 0, or -1
 * after reporting an error (the storage lists no contexts). */
int pg_view_graphs(pg_rdf *rdf, librdf_model *model,
                   char ***graphs /* OUT */, size_t *n /* OUT */);

/* The writers: out is borrowed; title (HTML; borrowed, may be NULL) is
 * the page's heading.  Each returns 0, or -1 on a write error (not
 * reported: the caller knows the file). */
int pg_view_write_html(const pg_view *v, FILE *out, const char *title);
int pg_view_write_dot(const pg_view *v, FILE *out);
int pg_view_write_csv_entities(const pg_view *v, FILE *out);
int pg_view_write_csv_relations(const pg_view *v, FILE *out);

/* The document's title (dcterms:title) or else its source name, of the
 * view's only document, or NULL (borrowed from the view). */
const char *pg_view_doc_title(const pg_view *v);

#endif /* PG_VIEW_H */
