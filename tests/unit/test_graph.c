/* test_graph.c - the output contract: IRIs, labels, NIF offsets, facts,
 * evidence, closure, and byte-identical repeat emission. */
#include "pg_graph.h"
#include "pg_text.h"
#include "../tap.h"

#include <stdlib.h>
#include <string.h>

/* Collects emitted statements as N-Triples-like lines, in order. */
typedef struct sink {
  char *buf;
  size_t len, cap;
  int n;
  librdf_world *w;
} sink;

/* Appends node n as N-Triples would, but with raw UTF-8. */
static void put_node(sink *k, librdf_node *n)
{
  char tmp[4096];
  const char *lang, *v;
  librdf_uri *dt;

  if (librdf_node_is_resource(n)) {
    snprintf(tmp, sizeof tmp, "<%s> ",
             librdf_uri_as_string(librdf_node_get_uri(n)));
  } else {
    v = (const char *)librdf_node_get_literal_value(n);
    lang = librdf_node_get_literal_value_language(n);
    dt = librdf_node_get_literal_value_datatype_uri(n);
    if (lang)
      snprintf(tmp, sizeof tmp, "\"%s\"@%s ", v, lang);
    else if (dt)
      snprintf(tmp, sizeof tmp, "\"%s\"^^<%s> ", v,
               librdf_uri_as_string(dt));
    else
      snprintf(tmp, sizeof tmp, "\"%s\" ", v);
  }
  size_t n2 = strlen(tmp);
  if (k->len + n2 + 4 > k->cap) {
    k->cap = (k->len + n2 + 4) * 2;
    k->buf = realloc(k->buf, k->cap);
  }
  memcpy(k->buf + k->len, tmp, n2 + 1);
  k->len += n2;
}

static int collect(void *user, librdf_statement *st, librdf_node *graph)
{
  sink *k = user;

  put_node(k, librdf_statement_get_subject(st));
  put_node(k, librdf_statement_get_predicate(st));
  put_node(k, librdf_statement_get_object(st));
  k->buf[k->len++] = '\n';
  k->buf[k->len] = '\0';
  k->n++;
  (void)graph;
  return 0;
}

static int has(const sink *k, const char *needle)
{
  return k->buf && strstr(k->buf, needle) != NULL;
}

/* Document "美 国出台《芯片法案》。" with clean text dropping the space. */
static pg_annot *make_annot(void)
{
  static const char orig[] = "美 国出台《芯片法案》。";
  pg_annot *a = pg_new_annot();
  pg_doc *d = &a->doc;
  size_t bad, i, k = 0;
  int m1, m2, e1, e2, e3, e4;

  d->name = strdup("t.txt");
  d->id = strdup("t");
  d->orig = strdup(orig);
  pg_utf8_decode(orig, strlen(orig), &d->ocp, &d->on, &bad);
  d->ccp = malloc(d->on * sizeof *d->ccp);
  d->map = malloc((d->on + 1) * sizeof *d->map);
  for (i = 0; i < d->on; i++) {
    if (d->ocp[i] == ' ')
      continue;
    d->ccp[k] = d->ocp[i];
    d->map[k++] = i;
  }
  d->cn = k;
  d->map[k] = d->on;
  d->n_sent = 1;
  d->sent = malloc(sizeof *d->sent);
  d->sent[0].b = 0;
  d->sent[0].e = d->cn;
  m1 = pg_annot_add_mention(a, 0, 2, PG_T_PLACE, "lex", 0);
  m2 = pg_annot_add_mention(a, 5, 9, PG_T_LAW, "work.title", -1);
  e1 = pg_annot_add_entity(a, PG_T_PLACE, "美国", "United States");
  e2 = pg_annot_add_entity(a, PG_T_LAW, "芯片法案", NULL);
  a->ent[e1].key = strdup("美国");
  pg_entity_add_alias(&a->ent[e1], "美 国");
  pg_annot_link(a, m1, e1);
  pg_annot_link(a, m2, e2);
  pg_annot_add_fact(a, e2, PG_P_PROPOSEDBY, e1, -1, NULL, PG_LIT_NONE, 0,
                    "rel.test");
  pg_annot_add_fact(a, e2, PG_P_DATE, -1, -1, "2022-08", PG_LIT_GYEARMONTH,
                    0, "date.test");
  e3 = pg_annot_add_entity(a, PG_T_ORGANIZATION, "部", NULL);
  e4 = pg_annot_add_entity(a, PG_T_ORGANIZATION, "院", NULL);
  pg_annot_add_fact(a, e3, PG_P_SUBORG, e4, -1, NULL, PG_LIT_NONE, 0, "u");
  pg_annot_add_fact(a, e4, PG_P_SUBORG, e1, -1, NULL, PG_LIT_NONE, 0, "u");
  return a;
}

/* The closure over a cycle (A<B<C<A, A<D<C), an entity without parents
 * and a fact without an object: each start's ancestors, depth first in
 * fact order, each once, never the start itself. */
static void test_closure(librdf_world *w)
{
  static const char *const names[] = {"A", "B", "C", "D", "E"};
  static const int sub[][2] = {{0, 1}, {1, 2}, {2, 0}, {0, 3}, {3, 2},
                               {4, -1}};
  pg_annot *a = pg_new_annot();
  pg_graph_opts o = {NULL, PG_PROV_NONE};
  sink k = {0};
  char got[512] = "", *line, *end;
  size_t i;

  a->doc.name = strdup("c.txt");
  a->doc.id = strdup("c");
  for (i = 0; i < 5; i++)
    pg_annot_add_entity(a, PG_T_ORGANIZATION, names[i], NULL);
  for (i = 0; i < sizeof sub / sizeof *sub; i++)
    pg_annot_add_fact(a, sub[i][0], PG_P_SUBORG, sub[i][1], -1, NULL,
                      PG_LIT_NONE, 0, "u");
  ok(pg_graph_emit(w, a, &o, collect, &k) == 0, "closure: emit succeeds");
  for (line = k.buf; line && (end = strchr(line, '\n')); line = end + 1) {
    const char *p, *so, *oo;
    *end = '\0'; /* one line at a time */
    p = strstr(line, "transitiveSubOrganizationOf");
    so = strstr(line, "organization/");
    oo = p ? strstr(p, "organization/") : NULL;
    if (p && so && oo && strlen(got) + 4 < sizeof got)
      snprintf(got + strlen(got), sizeof got - strlen(got), "%c%c ",
               so[13], oo[13]);
  }
  is_str(got, "AB AD AC BC BA BD CA CB CD DC DA DB ",
         "closure: every ancestor once, depth first in fact order");
  free(k.buf);
  pg_free_annot(a);
}

int main(void)
{
  librdf_world *w = librdf_new_world();
  pg_annot *a = make_annot();
  pg_graph_opts o = {NULL, PG_PROV_FULL};
  pg_namespace ns[PG_NS_MAX];
  char nsbuf[PG_NS_BUF_SIZE];
  sink k1 = {0}, k2 = {0}, k3 = {0};
  char *s;
  int i, found;

  librdf_world_open(w);
  ok(pg_graph_emit(w, a, &o, collect, &k1) == 0, "emit succeeds");
  if (getenv("DUMP")) fputs(k1.buf, stderr);
  ok(k1.n > 20, "emits statements (%d)", k1.n);
  ok(has(&k1, "<https://w3id.org/policygraph/id/place/美国>"),
     "entity IRI from type and key, Chinese kept readable");
  ok(has(&k1, "\"美国\"@zh") && has(&k1, "\"United States\"@en"),
     "zh and en labels");
  ok(has(&k1, "skos/core#altLabel"), "alias as skos:altLabel");
  ok(has(&k1, "<https://w3id.org/policygraph/id/doc/t#char=0,3>"),
     "mention spans the original text, stray space included");
  ok(has(&k1, "\"美 国\""), "anchor is the original characters");
  ok(has(&k1, "ns#proposedBy"), "relation triple");
  ok(has(&k1, "\"2022-08\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>"),
     "typed date literal");
  ok(has(&k1, "ns#Assertion") && has(&k1, "prov#wasDerivedFrom") &&
     has(&k1, "\"rel.test\""), "evidence record with sentence and rule");
  ok(has(&k1, "#char=0,12>"), "evidence sentence spans the original");
  ok(has(&k1, "nif-core#isString"), "document context with its text");
  s = strstr(k1.buf, "transitiveSubOrganizationOf");
  for (found = 0; s; s = strstr(s + 1, "transitiveSubOrganizationOf"))
    found++;
  is_int(found, 3, "closure: 部<院, 部<美国, 院<美国");

  pg_graph_emit(w, a, &o, collect, &k2);
  ok(k1.len == k2.len && !memcmp(k1.buf, k2.buf, k1.len),
     "same input, byte-identical statements");

  o.provenance = PG_PROV_NONE;
  pg_graph_emit(w, a, &o, collect, &k3);
  ok(!has(&k3, "anchorOf") && !has(&k3, "Assertion") &&
     has(&k3, "ns#proposedBy"), "--provenance none keeps facts only");

  test_closure(w);

  o.base = "http://example.org/x/";
  s = pg_graph_entity_iri(&o, PG_T_ORGANIZATION, "A B/\"C\"");
  is_str(s, "http://example.org/x/organization/A%20B%2F%22C%22",
         "IRI escapes what an IRI may not hold");
  free(s);
  pg_graph_namespaces(&o, ns, nsbuf);
  for (i = 0, found = 0; ns[i].prefix; i++)
    if (!strcmp(ns[i].prefix, "person") &&
        !strcmp(ns[i].uri, "http://example.org/x/person/"))
      found = 1;
  ok(found, "per-type prefixes follow --base");

  free(k1.buf);
  free(k2.buf);
  free(k3.buf);
  pg_free_annot(a);
  librdf_free_world(w);
  return tap_done();
}
