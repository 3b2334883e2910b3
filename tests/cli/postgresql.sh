#!/bin/sh
# postgresql.sh - librdf's postgresql storage against a real server:
# starts Debian's PostgreSQL on a loopback port with a throwaway data
# directory (as an unprivileged user: initdb refuses root), extracts into
# it from two processes in turn, queries it from a third, re-extracts
# (same quads), removes, and checks an unreachable server is a clear
# error.  Skips when the server binaries (Debian package postgresql) are
# missing.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
  t_skip "PostgreSQL server binaries missing (apt-get install postgresql)"
  t_done; exit 0
fi
as_user() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  if ! command -v runuser >/dev/null; then
    t_skip "running as root without runuser"; t_done; exit 0
  fi
  as_user() { runuser -u nobody -- "$@"; }
  chmod 755 "$T"
  mkdir "$T/pg" && chown nobody "$T/pg"
else
  mkdir "$T/pg"
fi
port=$((20000 + $$ % 20000))
stop() {
  as_user "$bin/pg_ctl" -D "$T/pg/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$T"
}
trap stop EXIT
if ! as_user "$bin/initdb" -D "$T/pg/data" -U pg --auth=trust >"$T/initdb.log" 2>&1 ||
   ! as_user "$bin/pg_ctl" -D "$T/pg/data" -l "$T/pg/server.log" -w -t 60 \
       -o "-p $port -k $T/pg -c listen_addresses=127.0.0.1" start >/dev/null 2>&1 ||
   ! "$bin/createdb" -h 127.0.0.1 -p "$port" -U pg kg 2>"$T/createdb.log"; then
  t_skip "could not start a PostgreSQL server on 127.0.0.1:$port"
  t_done; exit 0
fi
t_ok 0 "PostgreSQL started on 127.0.0.1:$port with a throwaway data directory"

cd "$T" || exit 1
cp "$ARTICLE" article.txt
cp "$DATA/small.txt" small.txt
S="postgresql:host=127.0.0.1,port=$port,database=kg,user=pg,password=unused"
Q_DECL='PREFIX pg: <https://w3id.org/policygraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?l WHERE { ?d a pg:Declaration ; rdfs:label ?l } ORDER BY ?l'
Q_ALL='SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g ?s ?p ?o'

"$PG" extract -q --store "$S" article.txt
t_is "$?" 0 "process 1 extracts the article into PostgreSQL (tables created)"
"$PG" extract -q --store "$S" small.txt
t_is "$?" 0 "process 2 extracts another document"
"$PG" stats --store "$S" >stats
t_is "$(grep '^documents' stats)" "documents	2" "both documents are there"
"$PG" extract -o nquads -O both.nq article.txt small.txt
"$PG" query --data both.nq -r csv "$Q_DECL" >file.csv
"$PG" query --store "$S" -r csv "$Q_DECL" >pg.csv
t_is "$?" 0 "a third process queries PostgreSQL"
t_ok "$([ "$(wc -l <pg.csv)" -ge 2 ]; echo $?)" "it answers rows"
t_is "$(cat pg.csv)" "$(cat file.csv)" "the same answers as the N-Quads file"
"$PG" query --store "$S" -r tsv "$Q_ALL" >before.tsv
"$PG" extract -q --store "$S" article.txt
"$PG" query --store "$S" -r tsv "$Q_ALL" >after.tsv
cmp -s before.tsv after.tsv
t_ok $? "re-extracting the article leaves the same quads"
"$PG" remove --store "$S" small.txt 2>/dev/null
t_is "$?" 0 "remove a document"
"$PG" stats --store "$S" >stats
t_is "$(grep '^documents' stats)" "documents	1" "one document left"

"$PG" stats --store "postgresql:host=127.0.0.1,port=1,database=kg,user=pg,password=secret" >out 2>err
t_is "$?" 1 "an unreachable server: exit 1"
grep -q '^policygraph: Error - Connection to postgresql database 127.0.0.1:1 name kg as user pg failed' err
t_ok $? "librdf's reason is shown"
t_is "$(tail -1 err)" "policygraph: Error - cannot open store postgresql:host=127.0.0.1,port=1,database=kg,user=pg,password=***: librdf's postgresql storage refused it (see the message above)" \
  "the store is named, its password hidden"
# docs/databases.md's PostgreSQL blocks, letter for letter, in a fresh
# database kg: load the N-Quads, index (twice: it is idempotent), query.
. "$PG_SRCDIR/tests/stores/docblock.sh"
"$bin/dropdb" -h 127.0.0.1 -p "$port" -U pg kg && "$bin/createdb" -h 127.0.0.1 -p "$port" -U pg kg
mkdir doc && cd doc || exit 1
mkdir bin && ln -s "$PG" bin/policygraph && ln -s "$bin/psql" bin/psql
ln -s "$PG_SRCDIR/ontology" ontology
cp ../both.nq corpus.nq
PGPORT=$port PATH=$PWD/bin:$PATH sh -c "$(doc_block postgresql-load)" >load.out 2>load.err
t_is "$?:$(grep -v 'written without transactions' load.err)" "0:" "docs: the documented load exits 0, no error"
for k in 1 2; do
  PGPORT=$port PATH=$PWD/bin:$PATH sh -c "$(doc_block postgresql-index)" >index.out 2>index.err
  t_is "$?:$(cat index.err)" "0:" "docs: the documented indexing (run $k) exits 0, no message"
done
n=$("$bin/psql" -h 127.0.0.1 -p "$port" -U pg -At -c "SELECT count(*) FROM pg_indexes WHERE tablename LIKE 'statements%'" kg)
t_is "$n" 3 "docs: the statements table has its three indexes"
PGPORT=$port PATH=$PWD/bin:$PATH sh -c "$(doc_block postgresql-query)" >doc.tsv 2>query.err
t_is "$?" 0 "docs: the documented query exits 0"
"$PG" query --data corpus.nq -f ontology/queries/people-titles-affiliations.rq >file.tsv
t_ok "$([ "$(wc -l <file.tsv)" -ge 2 ]; echo $?)" "docs: the query has answers"
t_is "$(cat doc.tsv)" "$(cat file.tsv)" "docs: PostgreSQL answers as the N-Quads file does"
cd .. || exit 1
t_done
