/* pg_rctx.h - private layout shared by the recognizers.
 *
 * Recognizers do not write mentions directly.  They work on a "view" of
 * the clean text (white space removed except paragraph breaks, characters
 * folded with pg_fold_cp, so `美 国` and `Deep Seek` match like `美国` and
 * `DeepSeek` whether or not layout repair removed the space) and propose
 * candidates: a view span, a type, a label and aliases.  pg_recognize then
 * resolves overlaps, turns the winners into mentions on clean coordinates,
 * merges them into entities and adds the facts the recognizers recorded
 * between candidates.
 *
 * This header is the recognizers' shared context: the loaded word tables
 * (struct pg_recognizer), the candidates and facts of one document
 * (pg_rctx) and the helpers on them (pg_rctx.c).  Recognizers include it
 * and pg_names.h; none includes another recognizer's header, and the
 * driver (pg_recognize.c) lists them in one table.
 */
#ifndef PG_RCTX_H
#define PG_RCTX_H

#include "pg_annot.h"
#include "pg_lexicon.h"
#include "pg_log.h"

/* Word tables under ontology/tables/ (one word a line, optional TAB and a
 * value). */
enum {
  PG_W_SURNAME = 0, /* 张, 欧阳 ...                                  */
  PG_W_TITLE,       /* job titles: 主任, 副部长, 研究员 ...           */
  PG_W_CREDIT,      /* credit titles before names: 编辑, 美编, 记者    */
  PG_W_ORGHEAD,     /* organization head words: 中心, 研究院, 部 ...   */
  PG_W_HEADBLOCK,   /* words that start with a head char but are not
                       heads: 部分, 部署, 局面 ...                    */
  PG_W_PROPER,      /* proper name starts: 国家, 国际, 中国, 省 ...   */
  PG_W_WORKHEAD,    /* work head words, value = entity type          */
  PG_W_EVENTHEAD,   /* event head words: 大会, 峰会, 会议 ...         */
  PG_W_STOP,        /* left boundaries: 的, 在, 由, 通过, 成立 ...     */
  PG_W_WEAKSTOP,    /* coordinators that may sit inside names: 和, 与 */
  PG_W_POSTNAME,    /* words after a person name: 表示, 认为, 指出 ... */
  PG_W_GENERIC,     /* generic modifiers: 人工智能, 开源, 数据 ...     */
  PG_W_WORKVERB,    /* verbs before unquoted works: 通过, 开展, 实施  */
  PG_W_FOUNDVERB,   /* founding verbs: 成立, 组建, 设立               */
  PG_W_SHORT,       /* one-char country forms: 中, 美, 赞 (value: label) */
  PG_W_PRODCTX,     /* words before a product name: 平台, 版本, 模型  */
  PG_W_ABBREV,      /* organization abbreviations: 科技厅 -> 科学技术厅 */
  PG_W_UNQHEAD,     /* heads of unquoted works: 行动计划, 决议 ...     */
  PG_W_BYLINE,      /* byline openers: 作者系, 作者为 ...              */
  PG_W_NONNAME,     /* words that start with a surname: 时间, 高度 ... */
  PG_W_ORGLIST,     /* nouns closing a list of organizations: 等企业 */
  PG_W_NOTORG,      /* words no organization starts with: 各, 有关  */
  PG_W_PERSONLIST,  /* nouns closing a list of people: 等专家      */
  PG_W_VENUEHEAD,   /* venue head words: 大会堂, 公园, 寺, 纪念馆   */
  PG_W_VENUECTX,    /* words after which a venue may be named: 在, 参观 */
  PG_W_CLAUSEWORD,  /* words no organization's name holds: 一些, 不会 */
  PG_W_EVENTBODY,   /* bodies a meeting has: 主席团, 秘书处, 组委会 */
  PG_W_PROJVERB,    /* what a project does: 开工, 投产, 签约, 落地 */
  PG_W_CEREMONY,    /* ceremonies of an event: 启动仪式, 开幕仪式 */
  PG_W_PERSONINTRO, /* nouns before a name that are no post: 村民, 游客 */
  PG_W_SERIES,      /* craft series named with 号: 神舟, 嫦娥, 长征 */
  PG_W_CRAFT,       /* what a series' craft is: 飞船, 火箭, 探测器 */
  PG_W_ORGKIND,     /* kinds of body after a country: 公司, 企业, 银行 */
  PG_W_WORKBEFORE,  /* nouns right before a 《title》: 讲话, 致词, 文章 */
  PG_W_STATEFORM,   /* formal words of a state's name: 共和国, 王国 */
  PG_W__COUNT
};

struct pg_recognizer {
  pg_lexicon *lex;            /* well-known entities                 */
  pg_ac *fw[PG_W__COUNT];     /* word tables, forward tries          */
  pg_ac *bw[PG_W__COUNT];     /* the same, reversed                  */
  char **wval[PG_W__COUNT];   /* per word id: its value string       */
  char **wkey[PG_W__COUNT];   /* per word id: the word itself        */
  size_t nval[PG_W__COUNT];
};

/* A proposed mention. */
typedef struct pg_cand {
  size_t vb, ve;      /* span in the view                              */
  pg_etype type;
  const char *rule;   /* static rule id                                */
  int lex;            /* lexicon entry, or -1                          */
  char *label;        /* canonical label (owned), NULL: lexicon/text   */
  char *alias[8];     /* extra aliases (owned)                         */
  int n_alias;
  int prio;           /* higher wins ties (lexicon 3, patterns 1..2)   */
  int structural;     /* kept even inside a longer same-type mention   */
  int mi;             /* mention index once committed, or -1           */
  int same;           /* candidate it was merged into when rejected    */
  int quiet;          /* its surface is no name (a bare head 委员会):
                         not added as an alias                        */
  int top;            /* organization chains: the chain's main
                         organization (affiliations), or -1           */
  char *key;          /* merge key (owned) or NULL: candidates of one
                         type and key are one entity, whatever their
                         labels (the forms of one numbered session)   */
} pg_cand;

/* A fact between candidates, resolved to entities after merging. */
typedef struct pg_pfact {
  int subj, obj, obj2; /* candidate indexes (obj/obj2 may be -1)       */
  pg_pred pred;
  char *lit;           /* owned, or NULL                               */
  pg_littype lt;
  size_t vpos;         /* view position for the sentence index         */
  const char *rule;
} pg_pfact;

typedef struct pg_rctx {
  const struct pg_recognizer *r;
  pg_annot *a;
  uint32_t *v;     /* view: folded code points                         */
  size_t *vmap;    /* vn + 1 entries: view index -> clean index         */
  size_t vn;
  int *lexat;      /* per view position: lexicon candidate starting here
                      (longest), or -1                                 */
  int *lexend;     /* per view position e: lexicon candidate ending at e
                      (longest), or -1                                 */
  pg_cand *c; size_t nc, ccap;
  pg_pfact *f; size_t nf, fcap;
  int oom;         /* set on the first allocation failure              */
} pg_rctx;

/* ---- helpers (pg_rctx.c) */
int pg_rc_add(pg_rctx *x, size_t vb, size_t ve, pg_etype type,
              const char *rule, int lex, int prio);
int pg_rc_alias(pg_rctx *x, int ci, const char *alias); /* copies */
/* Sets candidate ci's merge key (copied; a second key is ignored).
 * Returns 0, or -1 on out of memory. */
int pg_rc_key(pg_rctx *x, int ci, const char *key);
void pg_rc_label(pg_rctx *x, int ci, char *label);      /* takes  */
int pg_rc_fact(pg_rctx *x, int subj, pg_pred pred, int obj, int obj2,
               const char *lit, pg_littype lt, size_t vpos,
               const char *rule);
/* New string of clean characters under view span [b, e) (white space
 * dropped).  NULL on out of memory (x->oom set). */
char *pg_rc_text(pg_rctx *x, size_t b, size_t e);
/* The text of [b, e) without the character at cut (a closing quote:
 * “九天”通用大模型 -> 九天通用大模型); NULL on out of memory.  Caller frees. */
char *pg_rc_text_cut(pg_rctx *x, size_t b, size_t e, size_t cut);
/* The text of [b, e) with one space where the text has white space
 * between two Latin words (Snapdragon X Elite, Windows 11); NULL on out of
 * memory.  Caller frees. */
char *pg_rc_latin_name(pg_rctx *x, size_t b, size_t e);
/* The view span [b, e) as the original text writes it (a traditional
 * text's own characters: 署長, not 署长) when every character of it is
 * Han; else as pg_rc_text.  Caller frees; NULL when out of memory. */
char *pg_rc_text_orig(pg_rctx *x, size_t b, size_t e);
/* Does the view at i spell the UTF-8 word w (ASCII letters compared with
 * the view's folded lower case)?  Its length in the view, or 0.  No
 * allocation: for fixed words in the recognizers' inner loops. */
size_t pg_rc_spells(const pg_rctx *x, size_t i, const char *w);
/* pg_rc_spells for each of the n words w: the length of the first spelled
 * at i, or 0.  PG_RC_SPELLS_ANY takes a static array. */
size_t pg_rc_spells_any(const pg_rctx *x, size_t i, const char *const *w,
                        size_t n);
#define PG_RC_SPELLS_ANY(x, i, w) \
  pg_rc_spells_any((x), (i), (w), sizeof(w) / sizeof *(w))
/* A stop word at k right before a place or body the lexicon knows
 * (对|中国政府, 由|北京大学, 据|国际奥委会): the stop word's length, or 0.
 * The stop word is then the clause's, and the name starts after it. */
size_t pg_rc_stop_before_known(const pg_rctx *x, size_t k);
/* Does a word of time start at p (本周六, 今天, 昨晚, 明年, 近日, 日前: a
 * clause, no name, starts or runs there)?  Its length, or 0. */
size_t pg_rc_time_word_at(const pg_rctx *x, size_t p);
/* pg_rc_spells for the two-character word ending at e. */
int pg_rc_spells_before(const pg_rctx *x, size_t e, const char *w);
/* Like pg_rc_text, with a dash for an OCR 一 between two lexicon names. */
char *pg_rc_name(pg_rctx *x, size_t b, size_t e);
/* Adds the view's [b, e) as an alias of candidate ci, as pg_rc_text or
 * pg_rc_name writes it; nothing when empty.  0, or -1 on out of memory. */
int pg_rc_alias_text(pg_rctx *x, int ci, size_t b, size_t e);
int pg_rc_alias_name(pg_rctx *x, int ci, size_t b, size_t e);
/* Is lexicon entry lex (-1: none) a country? */
int pg_rc_lex_country(const pg_rctx *x, int lex);
size_t pg_rc_word_at(const pg_rctx *x, int table, size_t i, int *val);
size_t pg_rc_word_ending(const pg_rctx *x, int table, size_t lo, size_t e,
                         int *val);
const char *pg_rc_value(const pg_rctx *x, int table, int val);
/* Does a stop word that breaks names (value "b") start at i? */
int pg_rc_stop_in(const pg_rctx *x, size_t i);
int pg_rc_is_punct(uint32_t c);
/* The value of a Han numeral (〇零 0, 一…十 1-10, 百 100), or -1. */
int pg_rc_han_value(uint32_t c);
/* Is c an ASCII digit or a Chinese numeral (〇零一…十百)? */
int pg_rc_is_numeral(uint32_t c);
/* The end of an ordinal term 第十九届 / 十三届 starting at b, or 0. */
size_t pg_rc_term_at(const pg_rctx *x, size_t b);
int pg_rc_is_name_char(uint32_t c);
int pg_rc_is_open_quote(uint32_t c);
int pg_rc_is_close_quote(uint32_t c);
/* 1 when view span [b, e) is fully covered by generic words (and, when
 * places is set, lexicon places, organizations and dashes too). */
int pg_rc_all_generic(const pg_rctx *x, size_t b, size_t e, int places);
/* Index of a lexicon candidate of type t exactly on [b, e), or -1. */
int pg_rc_lex_on(const pg_rctx *x, size_t b, size_t e, pg_etype t);
/* The candidates of type t by end: vn + 1 entries, entry e the longest
 * one ending at view position e, or -1.  Caller frees; NULL on out of
 * memory (x->oom set).  A snapshot: candidates added after are not in. */
int *pg_rc_end_index(pg_rctx *x, pg_etype t);

#endif /* PG_RCTX_H */
