#!/bin/sh
# store.sh - the embedded sqlite store across processes: extract writes,
# a later query reads (the same answers as the file); re-extraction
# replaces a document's graph (same quads twice; an edited document's old
# facts disappear); remove, stats, load.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
cd "$T" || exit 1
cp "$ARTICLE" article.txt
cp "$DATA/small.txt" small.txt

Q_DECL='PREFIX pg: <https://w3id.org/policygraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?l WHERE { ?d a pg:Declaration ; rdfs:label ?l } ORDER BY ?l'
Q_ALL='SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o'
Q_COUNT='SELECT (COUNT(?s) AS ?n) WHERE { ?s ?p ?o }'

"$PG" extract --store kg.sqlite article.txt
t_is "$?" 0 "extract into a new sqlite store (bare path)"
"$PG" extract -o ntriples -O article.nt article.txt
"$PG" query --data article.nt -r csv "$Q_DECL" >from-file.csv
t_is "$?" 0 "query the N-Triples file"
"$PG" query --store sqlite:kg.sqlite -r csv "$Q_DECL" >from-store.csv
t_is "$?" 0 "query the store from a later process"
t_ok "$([ "$(wc -l <from-store.csv)" -ge 2 ]; echo $?)" "the store answers rows"
t_is "$(cat from-store.csv)" "$(cat from-file.csv)" "the same answers as the file"
want=$(LC_ALL=C sort -u article.nt | wc -l | tr -d ' ')
"$PG" query --store kg.sqlite -r csv "$Q_COUNT" >count.csv
t_is "$(tail -1 count.csv | tr -d '\r')" "$want" "the store holds every triple ($want)"

# Same document again: the same quads.
"$PG" query --store kg.sqlite -r tsv "$Q_ALL" >before.tsv
"$PG" extract --store kg.sqlite article.txt
"$PG" query --store kg.sqlite -r tsv "$Q_ALL" >after.tsv
cmp -s before.tsv after.tsv
t_ok $? "extracting the same document twice leaves the same quads"

# An edited document (same name): its old facts disappear.
cat "$DATA/edited-v1.txt" >edited.txt
"$PG" extract --store kg.sqlite edited.txt
grep_store() {
  # per document graph: the default graph is their merge, one row
  "$PG" query --store kg.sqlite -r csv "SELECT ?g WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> \"$1\"@zh } }" |
    tail -n +2 | wc -l | tr -d ' '
}
t_is "$(grep_store 全球人工智能治理倡议)" 2 "version 1 and the article both name the initiative"
cat "$DATA/edited-v2.txt" >edited.txt
"$PG" extract --store kg.sqlite edited.txt
t_is "$(grep_store 全球人工智能治理倡议)" 1 "after the edit: only the article still names the initiative"
"$PG" query --store kg.sqlite -r csv 'SELECT ?s WHERE { GRAPH <https://w3id.org/policygraph/id/doc/edited> { ?s <http://www.w3.org/2000/01/rdf-schema#label> "全球人工智能治理倡议"@zh } }' >old.csv
t_is "$(tail -n +2 old.csv | wc -l | tr -d ' ')" 0 "the edited document's graph lost the old fact"

# stats and remove.
"$PG" extract --store kg.sqlite small.txt
"$PG" stats --store kg.sqlite >stats
t_is "$?" 0 "stats"
t_is "$(grep '^documents' stats)" "documents	3" "stats: 3 documents"
grep -q '^entities pg:Declaration	[1-9]' stats
t_ok $? "stats: declarations counted"
grep -q '^relations pg:adoptedAt	[1-9]' stats
t_ok $? "stats: relations counted"
grep -q '^triples	[1-9]' stats
t_ok $? "stats: triples counted"
"$PG" remove --store kg.sqlite small.txt https://w3id.org/policygraph/id/doc/edited
t_is "$?" 0 "remove two documents (by file name and by IRI)"
"$PG" stats --store kg.sqlite >stats
t_is "$(grep '^documents' stats)" "documents	1" "stats: 1 document left"
"$PG" query --store kg.sqlite -r tsv "$Q_ALL" >left.tsv
cmp -s before.tsv left.tsv
t_ok $? "what is left is exactly the article's graph"
"$PG" remove --store kg.sqlite small.txt 2>err
t_is "$?" 1 "removing an absent document: exit 1"
t_is "$(cat err)" "policygraph: Error - small.txt: no document <https://w3id.org/policygraph/id/doc/small> in store kg.sqlite" \
  "removing an absent document: message"

# load: N-Quads output loaded into a fresh store equals extract --store.
"$PG" extract -o nquads -O article.nq article.txt
"$PG" load --store loaded.sqlite article.nq
t_is "$?" 0 "load N-Quads into a store"
"$PG" query --store loaded.sqlite -r tsv "$Q_ALL" >loaded.tsv
cmp -s before.tsv loaded.tsv
t_ok $? "the loaded store holds the same quads as extract --store"
"$PG" load --store loaded.sqlite article.nq
"$PG" query --store loaded.sqlite -r tsv "$Q_ALL" >loaded2.tsv
cmp -s before.tsv loaded2.tsv
t_ok $? "loading again replaces, never duplicates"

# memory store and a query over several --data files.
"$PG" extract -o ntriples -O small.nt small.txt
"$PG" query --data article.nt small.nt -r csv "$Q_COUNT" >two.csv
t_is "$?" 0 "query over two --data files"
t_ok "$([ "$(tail -1 two.csv | tr -d '\r')" -gt "$want" ]; echo $?)" "both files are read"
# The example query entities-per-type over many documents (rows of the
# types interleaved) counts what stats counts, in the sqlite store and in
# memory: the counts of the distinct entities in the N-Quads themselves.
PY=${PYTHON3:-python3}
if command -v "$PY" >/dev/null; then
  "$PY" "$PG_SRCDIR/bench/gen/gen.py" --seed 3 --docs 40 --out many >/dev/null
  "$PG" extract -q --store many.sqlite many
  "$PG" extract -q -o nquads -O many.nq many
  "$PG" stats --store many.sqlite >many.stats
  grep '^entities ' many.stats | sed 's/^entities pg:\([A-Za-z]*\)	/\1 /' | LC_ALL=C sort >stats.counts
  for t in $(cut -d' ' -f1 stats.counts); do
    echo "$t $(grep -F "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/policygraph/ns#$t> " many.nq |
      cut -d' ' -f1 | LC_ALL=C sort -u | wc -l | tr -d ' ')"
  done | LC_ALL=C sort >nq.counts
  t_is "$(cat stats.counts)" "$(cat nq.counts)" "stats: each type's distinct entities, as in the N-Quads"
  for from in "--store many.sqlite" "--data many.nq"; do
    "$PG" query $from -r tsv -f "$PG_SRCDIR/ontology/queries/entities-per-type.rq" |
      sed -n 's/^<https:\/\/w3id.org\/policygraph\/ns#\([A-Za-z]*\)>	"\([0-9]*\)".*/\1 \2/p' |
      LC_ALL=C sort >query.counts
    t_is "$(cat query.counts)" "$(cat nq.counts)" "entities-per-type.rq ($from): the counts of stats"
  done
else
  t_skip "needs python3 for the corpus generator"
  t_skip "needs python3 for the corpus generator"
  t_skip "needs python3 for the corpus generator"
fi
t_done
