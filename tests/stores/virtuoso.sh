#!/bin/sh
# virtuoso.sh - policygraph's N-Quads in a real Virtuoso, answering the
# example queries as policygraph does (TAP).
#
# For each input (the hand-written fixture, then the bundled example
# article extracted with $PG) it starts its own Virtuoso on loopback with a
# throwaway database and free ports, bulk-loads the N-Quads with ld_dir +
# rdf_loader_run(), runs every query through Virtuoso's SPARQL endpoint
# with curl, stops the server and compares the answers with `policygraph
# query --data corpus.nq -r csv`.  The start, load, query and stop commands
# are cut out of docs/databases.md and run unchanged.  Why the bulk loader
# and not librdf's virtuoso storage: see the doc (rasqal over ODBC takes
# seconds per query).
#
# Servers are stopped on every exit path (trap): shutdown through isql,
# then SIGTERM and SIGKILL to the server's own pid after bounded waits.
# Skips only when virtuoso-t is not installed.

. "${PG_SRCDIR:?}/tests/stores/common.sh"

if ! command -v virtuoso-t > /dev/null 2>&1 ||
   ! command -v isql-vt > /dev/null 2>&1; then
  echo "1..0 # SKIP virtuoso-t not installed (Debian: virtuoso-opensource)"
  exit 0
fi

servers=
# stop_server VT_DIR: stops the server started there, and waits for it.
stop_server() {
  sd=$1
  pid=$(cat "$sd/pid" 2> /dev/null)
  VT_DIR=$sd VT_PORT=$(cat "$sd/port") timeout 30 sh -c \
    "$(doc_block virtuoso-stop)" > "$sd/stop.log" 2>&1
  [ -n "$pid" ] || return 0
  for sig in 0 TERM KILL; do
    [ "$sig" = 0 ] || kill -"$sig" "$pid" 2> /dev/null
    i=0
    while kill -0 "$pid" 2> /dev/null && [ "$i" -lt 60 ]; do
      sleep 0.5; i=$((i + 1))
    done
    kill -0 "$pid" 2> /dev/null || return 0
    diag "virtuoso pid $pid still running: SIG$sig"
  done
}
cleanup() {
  for s in $servers; do stop_server "$s"; done
  servers=
  remove_work
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

command -v curl > /dev/null 2>&1 || diag "curl is missing: queries will fail"
make_work

# run_input DIR LABEL: start, load, query, stop, compare.
run_input() {
  dir=$1 label=$2
  VT_DIR=$dir/vt
  VT_PORT=$(free_port)
  VT_HTTP=$(free_port)
  while [ "$VT_HTTP" = "$VT_PORT" ]; do VT_HTTP=$(free_port); done
  export VT_DIR VT_PORT VT_HTTP
  mkdir -p "$VT_DIR"
  echo "$VT_PORT" > "$VT_DIR/port"

  t0=$(now_ms)
  (cd "$dir" && timeout 120 sh -c "$(doc_block virtuoso-start)") \
    > "$dir/start.log" 2>&1
  sed -n 's/^VIRT_PID=//p' "$VT_DIR/virtuoso.lck" > "$VT_DIR/pid" 2> /dev/null
  servers="$servers $VT_DIR"
  if isql-vt "127.0.0.1:$VT_PORT" dba dba exec="select 1;" > /dev/null 2>&1
  then
    ok "$label: virtuoso started on 127.0.0.1:$VT_PORT ($(( $(now_ms) - t0 )) ms)"
  else
    tail -20 "$VT_DIR/virtuoso.log" >> "$dir/start.log" 2> /dev/null
    not_ok "$label: virtuoso started on 127.0.0.1:$VT_PORT" "$dir/start.log"
    return 1
  fi

  t0=$(now_ms)
  (cd "$dir" && timeout 1800 sh -c "$(doc_block virtuoso-load)") \
    > "$dir/load.log" 2>&1
  ms=$(( $(now_ms) - t0 ))
  if grep -q '^\*\*\* Error' "$dir/load.log" ||
     ! grep -q '^0 Rows\.' "$dir/load.log"; then
    not_ok "$label: virtuoso bulk-loads corpus.nq" "$dir/load.log"
  else
    ok "$label: virtuoso bulk-loads corpus.nq ($ms ms)"
  fi

  # Every quad arrived: Virtuoso's count equals policygraph's.
  sparql=$(doc_block virtuoso-sparql)
  (cd "$dir" && eval "$(doc_block count)") > "$dir/count.pg" 2> "$dir/count.err"
  echo 'SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }' \
    > "$dir/count.rq"
  (cd "$dir" && eval "$sparql" && vt_sparql count.rq) > "$dir/count.vt" 2>&1
  if [ "$(canon "$dir/count.pg")" = "$(canon "$dir/count.vt")" ]; then
    ok "$label: virtuoso holds all $(canon "$dir/count.vt" | sed 1d) quads"
  else
    printf 'policygraph:\n%s\nvirtuoso:\n%s\n' "$(cat "$dir/count.pg")" \
      "$(cat "$dir/count.vt")" > "$dir/count.diff"
    not_ok "$label: virtuoso holds as many quads as policygraph counts" \
      "$dir/count.diff"
  fi

  t0=$(now_ms)
  (cd "$dir" && timeout 1800 sh -c "$sparql
$(doc_block virtuoso-query)") > "$dir/query.log" 2>&1
  diag "$label: virtuoso ran $(queries_of "$dir" | wc -l) queries in $(( $(now_ms) - t0 )) ms"
  [ -s "$dir/query.log" ] && sed 's/^/# virtuoso: /' "$dir/query.log"

  # The deduplicated union graph of the doc's "Large corpora".
  t0=$(now_ms)
  (cd "$dir" && timeout 1800 sh -c "$(doc_block virtuoso-union)") \
    > "$dir/union.log" 2>&1
  if grep -q '^\*\*\* Error' "$dir/union.log"; then
    not_ok "$label: virtuoso builds the distinct union graph" "$dir/union.log"
  else
    ok "$label: virtuoso builds the distinct union graph ($(( $(now_ms) - t0 )) ms)"
  fi
  mkdir -p "$dir/answers/virtuoso-union"
  (cd "$dir" && eval "$(doc_block virtuoso-sparql-union)" &&
   for q in $(queries_of "$dir"); do
     vt_sparql_union "$q" > "answers/virtuoso-union/$(basename "$q" .rq).csv"
   done) > "$dir/query-union.log" 2>&1

  stop_server "$VT_DIR"
  servers=
  if kill -0 "$(cat "$VT_DIR/pid")" 2> /dev/null; then
    not_ok "$label: virtuoso stops"
  else
    ok "$label: virtuoso stops"
  fi

  pg_answers "$dir"
  compare "$dir" "$label" virtuoso
  compare_union "$dir" "$label" virtuoso-union
}

prepare_input "$work/fixture" fixture && run_input "$work/fixture" fixture
if prepare_input "$work/example" example; then
  run_input "$work/example" example
  some_rows "$work/example" example virtuoso fixture-types
fi
tap_done
