#!/bin/sh
# kill.sh - writes to a store are transactional per document: SIGKILL in
# the middle of `extract --store` leaves every earlier document complete
# and queryable and no partial one, and a rerun completes the store;
# SIGTERM in the middle of `extract -O` leaves no file behind.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
cd "$T" || exit 1
N=150
mkdir corpus
i=1
while [ $i -le $N ]; do
  cp "$ARTICLE" "corpus/doc$(printf %03d $i).txt"
  i=$((i + 1))
done
"$PG" extract -o nquads corpus/doc001.txt | LC_ALL=C sort -u >one.nq
M=$(wc -l <one.nq | tr -d ' ')

Q='SELECT ?g (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'
# Prints "graphs complete-graphs" for the store.
census() {
  "$PG" query --store kg.sqlite -r csv "$Q" 2>/dev/null | tr -d '\r' |
    tail -n +2 | awk -F, -v m="$M" '{ n++; if ($2 == m) c++ }
                                    END { print n + 0, c + 0 }'
}

"$PG" extract --store kg.sqlite corpus 2>err &
pid=$!
# Kill once a few documents are in (the file has grown past ~5 of them).
t=0
while [ "$(stat -c %s kg.sqlite 2>/dev/null || echo 0)" -lt 400000 ] && [ $t -lt 600 ]; do
  sleep 0.05; t=$((t + 1))
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
set -- $(census)
graphs=$1 complete=$2
echo "# after SIGKILL: $graphs graphs, $complete complete (each $M statements)"
t_ok "$([ "$graphs" -ge 1 ] && [ "$graphs" -lt $N ]; echo $?)" \
  "the run was killed mid-way ($graphs of $N documents)"
t_is "$complete" "$graphs" "every document in the store is complete"
"$PG" stats --store kg.sqlite >stats 2>err
t_is "$?" 0 "the store opens and answers after the kill"

"$PG" extract --store kg.sqlite corpus 2>err
t_is "$?" 0 "a rerun completes"

set -- $(census)
t_is "$1 $2" "$N $N" "all $N documents, each complete"

# SIGTERM while -O is being written: no file, no temporary left.
"$PG" extract -O out.ttl corpus 2>err &
pid=$!
t=0
while ! ls -A | grep -q '^\.out\.ttl\.' && [ $t -lt 500 ]; do
  sleep 0.01; t=$((t + 1))
done
kill -TERM $pid 2>/dev/null
wait $pid
t_is "$?" 143 "SIGTERM during extract -O ends the run by the signal"
t_is "$(ls -A | grep -c 'out\.ttl')" 0 "no output file and no temporary left"
t_done
