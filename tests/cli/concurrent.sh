#!/bin/sh
# concurrent.sh - one sqlite store, several processes at once: two
# `extract --store` runs take turns document by document (each waits for
# the other's transaction) while `query` runs read it; every document
# arrives and no reader or writer fails.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
cd "$T" || exit 1
mkdir one two
i=1
while [ $i -le 40 ]; do
  cp "$ARTICLE" "one/a$i.txt"
  cp "$DATA/small.txt" "two/b$i.txt"
  i=$((i + 1))
done
"$PG" extract --store kg.sqlite "$DATA/small.txt"
( "$PG" extract --store kg.sqlite one 2>one.err; echo $? >one.rc ) &
( "$PG" extract --store kg.sqlite two 2>two.err; echo $? >two.rc ) &
bad=0 reads=0
while [ ! -f one.rc ] || [ ! -f two.rc ]; do
  if "$PG" query --store kg.sqlite -r csv 'ASK { ?s ?p ?o }' >ask.out 2>ask.err &&
     [ ! -s ask.err ]; then reads=$((reads + 1)); else bad=$((bad + 1)); fi
done
wait
t_is "$(cat one.rc):$(cat one.err)" "0:" "writer 1 succeeded, no message"
t_is "$(cat two.rc):$(cat two.err)" "0:" "writer 2 succeeded, no message"
t_is "$bad" 0 "no query failed while they wrote ($reads queries)"
"$PG" stats --store kg.sqlite >stats
t_is "$(grep '^documents' stats)" "documents	81" "all 81 documents are in"
t_done
