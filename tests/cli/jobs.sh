#!/bin/sh
# jobs.sh - extract -j N: the output of 2 and 3 workers is byte for byte
# that of one (N-Quads, N-Triples, and Turtle, which the parent writes
# from the workers' N-Quads), and so are the messages and exit status of
# a run with failing documents; -O stays all or nothing; --store gets the
# same graphs; neither SIGKILL nor SIGTERM of the parent leaves a worker
# running; the same-id warning holds under -j.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
# raptor's known N-Quads parser leak, for builds with --enable-asan (the
# slow unwinder reaches the raptor frame the suppression names).
LSAN_OPTIONS="suppressions=$PG_SRCDIR/tests/cli/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
ASAN_OPTIONS="fast_unwind_on_malloc=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS ASAN_OPTIONS
cd "$T" || exit 1
PY=${PYTHON3:-python3}
command -v "$PY" >/dev/null || { t_skip "needs python3 for the corpus generator"; t_done; exit 0; }
"$PY" "$PG_SRCDIR/bench/gen/gen.py" --seed 7 --docs 30 --out corpus >/dev/null
mkdir corpus/z corpus/z/deeper
cp "$ARTICLE" corpus/a-article.txt
cp "$DATA/small.txt" corpus/z/small.txt
cp "$DATA/edited-v1.txt" corpus/z/deeper/edited.txt

for fmt in nquads ntriples turtle; do
  "$PG" extract -q -o "$fmt" corpus >one.$fmt 2>one.err
  t_is "$?:$(cat one.err)" "0:" "-j 1 -o $fmt: exit 0, no message"
  for j in 2 3; do
    "$PG" extract -q -j $j -o "$fmt" corpus >par.$fmt 2>par.err
    t_is "$?:$(cat par.err)" "0:" "-j $j -o $fmt: exit 0, no message"
    cmp -s one.$fmt par.$fmt
    t_ok $? "-j $j -o $fmt: the same bytes as -j 1 ($(wc -c <one.$fmt | tr -d ' ') bytes)"
  done
done
"$PG" extract --jobs 2 -o nquads corpus >long.nq 2>/dev/null
cmp -s one.nquads long.nq
t_ok $? "--jobs 2 is -j 2"

# Failing documents among good ones: the same messages in the same
# order, the same exit status, the same statements for the good ones.
mkdir mixed
cp corpus/0000/000000[0-4]*.txt "$DATA/empty.txt" mixed/
cp "$DATA/not-utf8.txt" mixed/0000002-bad.txt
run() { # J: extract -j J over mixed and a missing file
  "$PG" extract -j "$1" --encoding UTF-8 -o ntriples mixed missing.txt \
    "$DATA/small.txt" >mixed.$1.nt 2>mixed.$1.err
  echo $? >mixed.$1.rc
}
run 1; run 2; run 3
t_is "$(cat mixed.1.rc)" 1 "failing documents, -j 1: exit 1"
grep -q '^policygraph: Error - mixed/0000002-bad.txt:1:4 - invalid UTF-8 at byte 7 (0xFF)' mixed.1.err
t_ok $? "failing documents, -j 1: the message names file, line and column"
for j in 2 3; do
  t_is "$(cat mixed.$j.rc)" 1 "failing documents, -j $j: exit 1, as -j 1"
  t_is "$(cat mixed.$j.err)" "$(cat mixed.1.err)" "failing documents, -j $j: the same messages, in the same order"
  cmp -s mixed.1.nt mixed.$j.nt
  t_ok $? "failing documents, -j $j: the same output"
done

# -O under -j: written whole on success, not at all on failure.
"$PG" extract -q -j 2 -o nquads -O out.nq corpus
t_is "$?" 0 "-j 2 -O: exit 0"
cmp -s one.nquads out.nq
t_ok $? "-j 2 -O: the file holds the same bytes"
echo "old content" >keep.nt
"$PG" extract -j 2 -o ntriples -O keep.nt mixed 2>/dev/null
t_is "$?" 1 "-j 2 -O with a failing document: exit 1"
t_is "$(cat keep.nt)" "old content" "-j 2 -O with a failing document: the old file is untouched"
t_is "$(ls -A | grep -c '^\.keep')" 0 "-j 2 -O with a failing document: no temporary left"

# --store under -j: the parent writes the workers' graphs, one
# transaction per document; the store ends as with -j 1.
Q='SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }'
"$PG" extract -q --store one.sqlite corpus
"$PG" extract -q -j 2 --store par.sqlite -o nquads corpus >store.nq
t_is "$?" 0 "-j 2 --store -o nquads: exit 0"
cmp -s one.nquads store.nq
t_ok $? "-j 2 --store -o nquads: the same N-Quads"
"$PG" query --store one.sqlite -r tsv "$Q" | LC_ALL=C sort >one.rows
"$PG" query --store par.sqlite -r tsv "$Q" | LC_ALL=C sort >par.rows
t_ok "$([ -s one.rows ] && cmp -s one.rows par.rows; echo $?)" \
  "-j 2 --store: the same statements in the same graphs ($(wc -l <one.rows | tr -d ' ') rows)"

# Two inputs with one document id: the warning, under -j as without.
mkdir -p same/a same/b
cp "$DATA/small.txt" same/a/x.txt
cp "$DATA/edited-v1.txt" same/b/x.txt
want="policygraph: Warning - same/b/x.txt - same document id 'x' as same/a/x.txt: one named graph holds both, and in a store this one replaced it (name the files apart)"
for j in 1 2; do
  "$PG" extract -j $j -o nquads same >/dev/null 2>same.err
  t_is "$?:$(cat same.err)" "0:$want" "-j $j: two inputs with one document id are named in a warning"
done

"$PG" extract -j x corpus >/dev/null 2>usage.err
t_is "$?" 2 "-j x: exit 2"
t_is "$(head -1 usage.err)" \
  "policygraph: Error - -j needs a number of worker processes from 1 to 64 (0: one per CPU), not 'x'" \
  "-j x: the usage message"
"$PG" extract -q -j 0 -o nquads corpus >cpus.nq
cmp -s one.nquads cpus.nq
t_ok $? "-j 0 (one worker per CPU): the same bytes"

# The parent killed: no worker keeps running, and no -O file or
# temporary is left.  The last input is a FIFO nobody writes, so the run
# is still going when the signal comes, however fast the machine.
mkdir big
i=0
while [ $i -lt 8 ]; do cp -r corpus "big/c$i"; i=$((i + 1)); done
mkfifo hold
# Workers of process $1 still alive (not zombies) after up to 5 s.
alive_after() {
  n=0
  while [ $n -lt 50 ]; do
    left=0
    for k in $2; do
      s=$(ps -o stat= -p "$k" 2>/dev/null)
      case $s in ''|Z*) ;; *) left=$((left + 1)) ;; esac
    done
    [ $left = 0 ] && break
    sleep 0.1; n=$((n + 1))
  done
  echo $left
}
for signum in 9:KILL 15:TERM 2:INT; do
  sig=${signum#*:}
  "$PG" extract -q -j 2 -o nquads -O sig.nq big hold &
  pid=$!
  kids= n=0
  while [ -z "$kids" ] && [ $n -lt 100 ]; do
    kids=$(ps -o pid= --ppid $pid 2>/dev/null | tr '\n' ' ')
    sleep 0.05; n=$((n + 1))
  done
  sleep 0.3
  kill -$sig $pid
  wait $pid 2>/dev/null
  t_is $? $((128 + ${signum%:*})) "SIG$sig of the parent: it dies of the signal"
  t_is "$(alive_after $pid "$kids")" 0 "SIG$sig of the parent: no worker left running"
  if [ $sig != KILL ]; then
    t_is "$(ls -A | grep -c 'sig\.nq')" 0 "SIG$sig of the parent: no -O file, no temporary"
  fi
  rm -f sig.nq .sig.nq.*
done
t_done
