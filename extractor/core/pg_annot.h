/* pg_annot.h - the annotation set: documents, mentions, entities, facts.
 *
 * This is the one plain C data model between the extractor half (which
 * knows Chinese, not RDF) and the output half (which knows RDF, not
 * Chinese).  Every stage of the extractor reads and appends to one
 * pg_annot; the graph builder in output/ only reads it.
 *
 * Text is held as arrays of Unicode code points, because every offset the
 * user sees (nif:beginIndex / nif:endIndex) counts code points.  Two texts
 * live side by side: the original (what the user handed us, after decoding)
 * and the clean text (after layout repair).  map[] takes a clean index to
 * the original index it was read from, so recognizers work on clean text
 * and every mention is anchored in the original.
 *
 * Ownership: a pg_annot owns its document, mentions, entities and facts and
 * every string they point to, except rule ids, which are static strings.
 */
#ifndef PG_ANNOT_H
#define PG_ANNOT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Entity types of the output contract (pg:Person ... pg:Product). */
/* Entity types, one per row of pg_etypes.def (PG_T_NONE first). */
typedef enum pg_etype {
#define PG_ETYPE(id, name, slug, zh, work) PG_T_##id,
#include "pg_etypes.def"
#undef PG_ETYPE
  PG_T__COUNT
} pg_etype;

/* Relations of the output contract, plus the n-ary membership record. */
typedef enum pg_pred {
  PG_P_AFFILIATION = 0, /* person schema:affiliation org            */
  PG_P_JOBTITLE,        /* person schema:jobTitle "title"@zh         */
  PG_P_SUBORG,          /* unit org:subOrganizationOf org            */
  PG_P_PROPOSEDBY,      /* work pg:proposedBy agent                  */
  PG_P_ADOPTEDAT,       /* declaration pg:adoptedAt event            */
  PG_P_DATE,            /* x dcterms:date literal                    */
  PG_P_STARTDATE,       /* event schema:startDate literal            */
  PG_P_ENDDATE,         /* event schema:endDate literal              */
  PG_P_LOCATION,        /* event schema:location place               */
  PG_P_DEVELOPEDBY,     /* product pg:developedBy org                */
  PG_P_FOUNDER,         /* org schema:founder agent                  */
  PG_P_ATTENDEE,        /* event schema:attendee agent               */
  PG_P_MEMBERSHIP,      /* org:Membership: subj person, obj org,
                           obj2 unit (or -1), lit role (or NULL)     */
  PG_P__COUNT
} pg_pred;

/* Datatype of a literal object. */
typedef enum pg_littype {
  PG_LIT_NONE = 0,   /* object is an entity                          */
  PG_LIT_ZH,         /* plain string with @zh                        */
  PG_LIT_DATE,       /* xsd:date        YYYY-MM-DD                   */
  PG_LIT_GYEARMONTH, /* xsd:gYearMonth  YYYY-MM                      */
  PG_LIT_GYEAR       /* xsd:gYear       YYYY                         */
} pg_littype;

/* A half-open span [b, e) of code points. */
typedef struct pg_span {
  size_t b; /* first code point */
  size_t e; /* one past the last */
} pg_span;

typedef struct pg_doc {
  char *name;        /* source name as given ("-" for stdin)          */
  char *id;          /* key for the document IRI (never NULL)          */
  char *title;       /* document title, or NULL                        */
  char *date;        /* document date, ISO (YYYY[-MM[-DD]]), or NULL   */
  char *date_source; /* how the date was found: "option", "metadata",
                        "text:<rule>"; NULL when date is NULL          */
  char *authors;     /* authors as written, or NULL                    */
  char *format;      /* "text", "html" or "xml"                        */
  char *encoding;    /* encoding the bytes were decoded from           */

  char *orig;        /* original text, UTF-8, NUL-terminated           */
  size_t orig_len;   /* its length in bytes                            */
  uint32_t *ocp;     /* original text as code points                   */
  size_t on;         /* number of code points in ocp                   */

  uint32_t *ccp;     /* clean text (after repair) as code points       */
  size_t cn;         /* number of code points in ccp                   */
  size_t *map;       /* cn + 1 entries: clean index -> original index;
                        map[cn] == on                                  */

  pg_span *sent;     /* sentences, in clean coordinates, in order      */
  size_t n_sent;
} pg_doc;

typedef struct pg_mention {
  size_t cb, ce;     /* span in the clean text                         */
  size_t b, e;       /* span in the original text (code points)        */
  pg_etype type;     /* recognized type                                */
  const char *rule;  /* static rule id, e.g. "lex", "person.intro"     */
  char *surface;     /* clean surface form, UTF-8                      */
  int lex;           /* lexicon entry id, or -1                        */
  int entity;        /* index into pg_annot.ent after merging, or -1   */
  double conf;       /* the tagger's confidence (margin) for mentions
                        of rule "model.*"; 0 for the rules' mentions   */
} pg_mention;

typedef struct pg_entity {
  pg_etype type;
  char *subtype;     /* finer class (e.g. "country", "unit"), or NULL  */
  char *label;       /* canonical label (zh)                           */
  char *label_en;    /* English label, or NULL                         */
  char **alias;      /* other surface forms, distinct from label       */
  size_t n_alias;
  char *key;         /* IRI key: stable across documents and runs      */
  int *mention;      /* indexes into pg_annot.m                        */
  size_t n_mention;
} pg_entity;

typedef struct pg_fact {
  int subj;          /* entity index                                   */
  pg_pred pred;
  int obj;           /* entity index, or -1 when the object is lit     */
  int obj2;          /* second object for n-ary records, or -1         */
  char *lit;         /* literal object (or role for membership)        */
  pg_littype lt;     /* datatype of lit                                */
  size_t sent;       /* sentence index into doc->sent                  */
  const char *rule;  /* static rule id that made the fact              */
} pg_fact;

typedef struct pg_annot {
  pg_doc doc;
  pg_mention *m;  size_t nm, m_cap;
  pg_entity *ent; size_t ne, ent_cap;
  pg_fact *f;     size_t nf, f_cap;
  size_t *f_slot; /* duplicate-fact index: open addressing over f by
                     (subj, pred, obj, obj2, lit); a slot holds a fact
                     index + 1, 0 when empty; f_nslot slots (a power
                     of two, or 0 before the first fact)            */
  size_t f_nslot;
} pg_annot;

/* Constructor: an empty annotation set. Returns NULL on out of memory. */
pg_annot *pg_new_annot(void);
/* Destructor: frees everything the set owns. Accepts NULL. */
void pg_free_annot(pg_annot *a);

/* Appends a mention on clean span [cb, ce); fills b/e from doc.map and
 * surface from the clean text.  rule is borrowed (static).  Returns its
 * index, or -1 on out of memory. */
int pg_annot_add_mention(pg_annot *a, size_t cb, size_t ce, pg_etype type,
                         const char *rule, int lex);

/* Appends an entity with a copy of label (and label_en when not NULL).
 * Returns its index or -1. */
int pg_annot_add_entity(pg_annot *a, pg_etype type, const char *label,
                        const char *label_en);
/* Adds a copy of alias to entity e unless it equals the label or an alias
 * already there.  Returns 0, or -1 on out of memory. */
int pg_entity_add_alias(pg_entity *e, const char *alias);
/* Links mention mi to entity ei (both ways). Returns 0 or -1. */
int pg_annot_link(pg_annot *a, int mi, int ei);

/* Appends a fact; lit is copied (may be NULL).  Duplicate facts (same
 * subj, pred, obj, obj2, lit) are not added twice: the first wins (found
 * through a.f_slot in constant expected time).  Facts are only ever added
 * through this function, which keeps the index in step.  Returns the
 * fact's index, or -1 on out of memory. */
int pg_annot_add_fact(pg_annot *a, int subj, pg_pred pred, int obj,
                      int obj2, const char *lit, pg_littype lt,
                      size_t sent, const char *rule);

/* Removes the facts i with drop[i] set (drop: nf flags), keeping the
 * others in order and the duplicate index in step (a rule that learns
 * only at the document's end that a fact was wrong).  Returns the number
 * removed. */
size_t pg_annot_drop_facts(pg_annot *a, const unsigned char *drop);

/* The sentence index holding clean offset cb (binary search). */
size_t pg_doc_sentence_at(const pg_doc *d, size_t cb);

/* Original span of clean span [cb, ce): *b = map[cb], *e = map[ce-1] + 1,
 * widened to cover the whole clean span when repair reordered text. */
void pg_doc_orig_span(const pg_doc *d, size_t cb, size_t ce,
                      size_t *b /* OUT */, size_t *e /* OUT */);

/* Names for types and predicates ("Person", "affiliation", ...). */
const char *pg_etype_name(pg_etype t);
/* The type's IRI path segment ("person"; "thing" for none), its Chinese
 * name ("人物"; "" for none), static strings. */
const char *pg_etype_slug(pg_etype t);
const char *pg_etype_zh(pg_etype t);
/* 1 for the titled works: initiatives, declarations, laws, reports. */
int pg_etype_is_work(pg_etype t);
/* The type named name ("Person"; the lexicon's type column), or
 * PG_T_NONE. */
pg_etype pg_etype_from_name(const char *name);
const char *pg_pred_name(pg_pred p);
/* The one-line description of rule id (pg_rules.def), a static string,
 * or NULL when id is no rule. */
const char *pg_rule_description(const char *id);

#ifdef __cplusplus
}
#endif
#endif /* PG_ANNOT_H */
