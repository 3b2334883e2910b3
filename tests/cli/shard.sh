#!/bin/sh
# shard.sh - sharded runs merge exactly: the inputs split three ways (as
# GNU parallel or a cluster job would), each shard extracted on its own,
# the N-Quads concatenated and sorted equal the sorted single run; the
# same when each document is piped through `extract -o nquads
# --stdin-name NAME -` (a Hadoop streaming mapper), and when each shard
# itself runs with -j 2.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
cd "$T" || exit 1
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null || { t_skip "needs python3 for the corpus generator"; t_done; exit 0; }
"$PY" "$PG_SRCDIR/bench/gen/gen.py" --seed 11 --docs 24 --out corpus >/dev/null
mkdir corpus/extra
cp "$ARTICLE" corpus/extra/article.txt
cp "$DATA/small.txt" corpus/extra/small.txt

"$PG" extract -q -o nquads corpus >single.nq
t_is "$?" 0 "single run: exit 0"
LC_ALL=C sort single.nq >single.sorted

# The file list, split into three shards of whole lines.
find corpus -type f -name '*.txt' | LC_ALL=C sort >list
split -n l/3 list shard.
t_is "$(ls shard.* | wc -l | tr -d ' '):$(cat shard.* | wc -l | tr -d ' ')" \
  "3:$(wc -l <list | tr -d ' ')" "three shards, every input in one"

rc=0
for s in shard.*; do
  xargs "$PG" extract -q -o nquads <"$s" >"out.${s#shard.}" || rc=1
done
t_is "$rc" 0 "each shard: exit 0"
cat out.* | LC_ALL=C sort >merged.sorted
cmp -s single.sorted merged.sorted
t_ok $? "three shards, concatenated and sorted = the single run sorted ($(wc -l <single.nq | tr -d ' ') quads)"

# A streaming mapper: one document at a time on standard input, named
# as the file it came from, so ids and dcterms:source match.
rc=0
while read -r f; do
  "$PG" extract -q -o nquads --stdin-name "$f" - <"$f" || rc=1
done <list >stream.nq
t_is "$rc" 0 "documents piped one by one: exit 0"
LC_ALL=C sort stream.nq >stream.sorted
cmp -s single.sorted stream.sorted
t_ok $? "documents piped through 'extract -o nquads --stdin-name NAME -', sorted = the single run sorted"

# Shards that are themselves parallel.
rc=0
for s in shard.*; do
  xargs "$PG" extract -q -j 2 -o nquads <"$s" || rc=1
done >par.nq
t_is "$rc" 0 "each shard with -j 2: exit 0"
LC_ALL=C sort par.nq >par.sorted
cmp -s single.sorted par.sorted
t_ok $? "three shards with -j 2 each, sorted = the single run sorted"

# N-Triples merge as a set: the union of the shards' triples.
"$PG" extract -q -o ntriples corpus | LC_ALL=C sort -u >single.nt
for s in shard.*; do
  xargs "$PG" extract -q -o ntriples <"$s"
done | LC_ALL=C sort -u >merged.nt
cmp -s single.nt merged.nt
t_ok $? "N-Triples: the shards' triples, sorted and deduplicated = the single run's"
t_done
