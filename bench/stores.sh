#!/usr/bin/env bash
# stores.sh - load time and query time of one generated corpus in every
# store policygraph feeds, measured in one run: sqlite and PostgreSQL
# (librdf storages, queried with `policygraph query --store`), Virtuoso and
# Oxigraph (loaded with their own loaders, queried with their own SPARQL).
#
# One command: generates the corpus (bench/gen, deterministic from --seed),
# extracts it once to N-Quads (timed), then for each store starts what it
# needs on loopback with a throwaway data directory, loads the corpus the
# way README.md and docs/databases.md say, runs every ontology/queries/*.rq
# with a time limit each, and checks that the stores' answers agree.
#
#   sqlite      `policygraph extract --store sqlite:…` (the README's way:
#               extraction included) and `policygraph load --store` of the
#               N-Quads, each into its own file; queries on the first.
#   postgresql  the same two loads into two databases of a PostgreSQL
#               started like tests/cli/postgresql.sh (initdb + pg_ctl on a
#               loopback port, as user nobody when run as root, server
#               defaults); docs/databases.md's indexes (timed); queries on
#               the first.
#   virtuoso    the commands of docs/databases.md, cut out of it as
#               tests/stores does: start, ld_dir + rdf_loader_run(), then
#               the queries over Virtuoso's union of graphs (a bag), then
#               the deduplicated union graph (built and timed) and the
#               queries over it ("virtuoso, dedup union").
#   oxigraph    the npm package pinned in tests/stores (npm ci into the
#               work folder); like tests/stores/oxigraph-query.mjs, with
#               use_default_graph_as_union (a bag) and with
#               --distinct-union's graph, but each query in a worker
#               thread so that one past the limit can be stopped.
#
# Answers are compared within each semantics: the bag stores (sqlite,
# postgresql, virtuoso, oxigraph) with each other, the two deduplicated
# union graphs with each other (docs/databases.md: they differ from the
# bag wherever a query counts duplicates or lacks DISTINCT; every example
# query but entities-per-type does).  Values are compared in the canonical
# form of tests/stores/results.py.  A query past --timeout is recorded as
# a timeout and stopped (policygraph killed; Virtuoso's anytime limit,
# then a server restart if it still runs; Oxigraph's worker terminated).
#
# Results: a Markdown table on stdout and in bench/STORES.md (--out),
# details in WORK/results.tsv, answers in WORK/answers/<store>/, logs in
# WORK/*.log.  Servers are stopped and databases removed at exit, also on
# failure or interrupt (--keep keeps the databases).
#
# Usage: bench/stores.sh [--docs 1000] [--seed 42] [--work DIR] [--pg PATH]
#                        [--timeout 600] [--stores sqlite,postgresql,virtuoso,oxigraph]
#                        [--queries 'FILE.rq...'] [--out FILE] [--keep]
#                        [--extract-only]
#   --pg       a built policygraph (else one is built out of tree in WORK/build)
#   --timeout  seconds per query (and per count of a store's quads)
#   --stores   which stores to run (default all four)
#   --queries  which queries (default ontology/queries/*.rq)
#   --out      where the Markdown goes (default bench/STORES.md; - for none)
#   --extract-only  sqlite and PostgreSQL: only the extract --store load
# Needs (Debian 12): python3, curl, postgresql (server binaries),
# virtuoso-opensource, nodejs + npm; runuser when run as root.  A store
# whose programs are missing is reported as not run.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
cmdline="bench/stores.sh${*:+ $*}"

docs=1000 seed=42 work=/tmp/pg-stores-bench pg= limit=600 keep=0 queries=
loads=both
only="sqlite postgresql virtuoso oxigraph"
out=$top/bench/STORES.md

die() { echo "stores.sh: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
  case $1 in
    --docs) docs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --pg) pg=$2; shift 2 ;;
    --timeout) limit=$2; shift 2 ;;
    --stores) only=${2//,/ }; shift 2 ;;
    --queries) queries=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --extract-only) loads=extract; shift ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
case $docs$limit in *[!0-9]*) die "--docs and --timeout take numbers" ;; esac
for s in $only; do
  case $s in sqlite|postgresql|virtuoso|oxigraph) ;;
  *) die "unknown store '$s' (sqlite, postgresql, virtuoso, oxigraph)" ;; esac
done
wants() { case " $only " in *" $1 "*) return 0 ;; esac; return 1; }

export LC_ALL=C
mkdir -p "$work" || die "cannot create $work"
work=$(cd "$work" && pwd)
log=$work/run.log
: > "$log"
say() { echo "== $*" >&2; echo "== $*" >> "$log"; }

# --- policygraph ------------------------------------------------------------
# Built from the last commit (git archive HEAD, so that the figures belong
# to a commit, whatever else the checkout holds), out of tree; from the
# source tree itself when it is not a git checkout.
if [ -z "$pg" ]; then
  if rev=$(git -C "$top" rev-parse --short HEAD 2> /dev/null); then
    src=$work/src-$rev build=$work/build-$rev
    if [ ! -x "$src/configure" ]; then
      say "exporting commit $rev to $src"
      rm -rf "$work"/src-* "$work"/build-*
      mkdir -p "$src"
      git -C "$top" archive HEAD | tar -x -C "$src" \
        || die "cannot export commit $rev"
    fi
    built_from="commit $rev, built out of tree by this script"
  else
    src=$top build=$work/build
    built_from="built from $top by this script"
  fi
  say "building policygraph in $build"
  . "$here/build.sh"
  pg=$(pg_build "$src" "$build" "$log") || die "build failed, see $log"
else
  built_from="given with --pg"
fi
[ -x "$pg" ] || die "no policygraph at $pg"
pg=$(cd "$(dirname "$pg")" && pwd)/$(basename "$pg")

# The test helpers: doc_block (the documented commands, letter for
# letter), free_port, now_ms, canon (tests/stores/results.py).  They put
# this policygraph first on PATH as "policygraph".
PG=$pg PG_SRCDIR=$top
export PG PG_SRCDIR
. "$top/tests/stores/common.sh"
command -v "$PYTHON3" > /dev/null || die "needs python3"

# --- bookkeeping ------------------------------------------------------------
res=$work/results.tsv   # store, item, status (ok|timeout|error|skipped), ms, count, digest
: > "$res"
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$res"; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
queries=$(ls ${queries:-"$top"/ontology/queries/*.rq}) || die "no queries"
qcount=$(echo "$queries" | wc -l)

# answer_of STORE NAME FILE STATUS MS: records one query's outcome, with
# the answer's row count and a digest of its canonical form.
answer_of() {
  local st=$1 name=$2 f=$3 status=$4 ms=$5 rows= dig=
  if [ "$status" = ok ]; then
    if canon "$f" > "$f.canon" 2>> "$log"; then
      rows=$(($(wc -l < "$f.canon") - 1))
      dig=$(md5sum < "$f.canon" | cut -c1-12)
      rm -f "$f.canon"
    else
      status=error
    fi
  fi
  record "$st" "query $name" "$status" "$ms" "$rows" "$dig"
  say "$st $name: $status $(secs "$ms") s${rows:+, $rows rows}"
}

# run_limited MS_VAR CMD...: runs CMD with the time limit; sets MS_VAR to
# the elapsed milliseconds and returns CMD's status (124: timed out).
run_limited() {
  local var=$1 t0 rc; shift
  t0=$(now_ms)
  bgwait timeout -k 10 "$limit" "$@"; rc=$?
  printf -v "$var" '%s' $(( $(now_ms) - t0 ))
  return $rc
}

# bgwait CMD...: runs CMD in the background and waits for it, so that a
# signal reaches the traps at once (bash runs them only after a
# foreground command ends); cleanup then stops CMD.
bgwait() {
  local rc
  "$@" &
  child=$!
  wait "$child"; rc=$?
  child=
  return $rc
}

status_of() { case $1 in 0) echo ok ;; 124|137) echo timeout ;; *) echo error ;; esac; }

# --- cleanup: servers we started, by pid; databases unless --keep --------
pg_bin= pg_data= vt_pid= vt_started=0 child= as_user=
VT_DIR=$work/virtuoso
vt_stop() {
  local i=0
  [ -n "$vt_pid" ] || return 0
  timeout 60 sh -c "$(doc_block virtuoso-stop)" > /dev/null 2>&1
  while kill -0 "$vt_pid" 2> /dev/null && [ $i -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
  kill -0 "$vt_pid" 2> /dev/null && kill -KILL "$vt_pid"
  vt_pid=
}
cleanup() {
  set +e
  if [ -n "$child" ] && kill -0 "$child" 2> /dev/null; then
    kill "$child" 2> /dev/null; wait "$child" 2> /dev/null
  fi
  # Stopped while Virtuoso was starting: its pid is in the lock file.
  if [ -z "$vt_pid" ] && [ "$vt_started" = 1 ] && [ -f "$VT_DIR/virtuoso.lck" ]; then
    vt_pid=$(sed -n 's/^VIRT_PID=//p' "$VT_DIR/virtuoso.lck")
  fi
  vt_stop
  if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
    $as_user "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop > /dev/null 2>&1
  fi
  if [ "$keep" != 1 ]; then
    rm -rf "$work/sqlite" "$work/postgresql" "$work/virtuoso"
  fi
}
trap cleanup EXIT
trap 'say "interrupted"; exit 1' INT TERM HUP

# --- machine and versions ---------------------------------------------------
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
cores=$(nproc)
mem=$(awk '/MemTotal/ { printf "%d GB", $2 / 1048576 + 0.5 }' /proc/meminfo)
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
pkgver() { dpkg-query -W -f '${Version}' "$1" 2> /dev/null || echo "?"; }

# --- corpus -----------------------------------------------------------------
corpus=$work/corpus
rm -rf "$corpus" "$work/answers"
mkdir -p "$work/answers"
say "generating $docs documents (seed $seed)"
"$top/bench/gen/gen" --seed "$seed" --docs "$docs" --out "$corpus" > "$work/gen.txt" ||
  die "bench/gen/gen failed"
gen_line=$(tail -1 "$work/gen.txt")
nq=$work/corpus.nq
say "policygraph extract -o nquads"
t0=$(now_ms)
bgwait policygraph extract -q -o nquads -O "$nq" "$corpus" 2>> "$log" ||
  die "policygraph extract failed (see $log)"
ms=$(( $(now_ms) - t0 ))
quads=$(wc -l < "$nq")
dups=$(sort -S 25% "$nq" | uniq -d | wc -l)
record extract "extract -o nquads" ok "$ms" "$quads" ""
say "extract: $(secs "$ms") s, $quads quads ($dups written twice), $(( $(wc -c < "$nq") / 1048576 )) MB"
COUNT_Q='SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } }'

# --- sqlite and PostgreSQL: librdf storages through policygraph -------------
# librdf_store STORE SPEC_EXTRACT SPEC_LOAD: both loads, the count, the
# queries (on the store written by extract --store).
librdf_store() {
  local st=$1 s1=$2 s2=$3 ms rc n q name f
  say "$st: policygraph extract --store"
  t0=$(now_ms)
  bgwait policygraph extract -q --store "$s1" "$corpus" >> "$log" 2>&1; rc=$?
  ms=$(( $(now_ms) - t0 ))
  record "$st" "load extract --store" "$(status_of $rc)" "$ms" "" ""
  say "$st extract --store: $(status_of $rc) $(secs "$ms") s"
  [ $rc = 0 ] || return 1
  if [ "$loads" = both ]; then
    say "$st: policygraph load --store corpus.nq"
    t0=$(now_ms)
    bgwait policygraph load --store "$s2" "$nq" >> "$log" 2>&1; rc=$?
    ms=$(( $(now_ms) - t0 ))
    record "$st" "load load --store" "$(status_of $rc)" "$ms" "" ""
    say "$st load --store: $(status_of $rc) $(secs "$ms") s"
  else
    s2=$s1
  fi
  # PostgreSQL: the indexes docs/databases.md creates after a load.
  if [ "$st" = postgresql ]; then
    say "postgresql: the documented indexes"
    t0=$(now_ms)
    PGPORT=$pg_port PATH=$pg_bin:$PATH bgwait sh -c "$(doc_block postgresql-index)" >> "$log" 2>&1
    rc=$?
    ms=$(( $(now_ms) - t0 ))
    record "$st" "load + CREATE INDEX (docs/databases.md)" "$(status_of $rc)" "$ms" "" ""
    say "postgresql indexes: $(status_of $rc) $(secs "$ms") s"
  fi
  # What each store holds: the documented count (a SPARQL query), with
  # `policygraph stats` (librdf's own size) beside it.
  for spec in $(printf '%s\n' "$s1" "$s2" | uniq); do
    n=$(policygraph stats --store "$spec" 2>> "$log" | awk -F '\t' '
      $1 == "documents" { d = $2 } $1 == "triples" { t = $2 }
      END { print d "\t" t }')
    record "$st" "stats $([ "$spec" = "$s1" ] && echo extract || echo load)" ok 0 \
      "${n#*	}" "${n%	*}"
  done
  f=$work/answers/$st/count.csv
  mkdir -p "$work/answers/$st"
  run_limited ms policygraph query --store "$s1" -r csv "$COUNT_Q" > "$f" 2>> "$log"
  rc=$?
  record "$st" count "$(status_of $rc)" "$ms" "$(sed -n 2p "$f" | tr -d '\r')" ""
  for q in $queries; do
    name=$(basename "$q" .rq)
    f=$work/answers/$st/$name.csv
    run_limited ms policygraph query --store "$s1" -r csv -f "$q" > "$f" 2> "$f.err"
    answer_of "$st" "$name" "$f" "$(status_of $?)" "$ms"
  done
}

if wants sqlite; then
  mkdir -p "$work/sqlite"
  rm -f "$work"/sqlite/*.db*
  librdf_store sqlite "sqlite:$work/sqlite/extract.db" "sqlite:$work/sqlite/load.db"
  ls -l "$work"/sqlite/*.db* >> "$log"
  record sqlite disk ok 0 "$(du -cb "$work"/sqlite/extract.db* | tail -1 | cut -f1)" ""
fi

# PostgreSQL as tests/cli/postgresql.sh starts it.
pg_start() {
  local port
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)
  [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || { echo "no PostgreSQL server binaries"; return 1; }
  mkdir -p "$work/postgresql"
  if [ "$(id -u)" = 0 ]; then
    command -v runuser > /dev/null || { echo "root without runuser"; return 1; }
    as_user="runuser -u nobody --"
    chmod 755 "$work" "$work/postgresql"
    chown nobody "$work/postgresql"
  fi
  pg_data=$work/postgresql/data
  port=$(free_port)
  $as_user "$pg_bin/initdb" -D "$pg_data" -U pg --auth=trust > "$work/postgresql/initdb.log" 2>&1 &&
  $as_user "$pg_bin/pg_ctl" -D "$pg_data" -l "$work/postgresql/server.log" -w -t 60 \
    -o "-p $port -k $work/postgresql -c listen_addresses=127.0.0.1" start > /dev/null 2>&1 &&
  "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U pg kg &&
  "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U pg kg_load || return 1
  pg_port=$port
  pg_version=$("$pg_bin/postgres" --version | sed 's/.*) //')
}

if wants postgresql; then
  say "postgresql: starting a throwaway server"
  if pg_start > "$work/pg-start.log" 2>&1; then
    spec="postgresql:host=127.0.0.1,port=$pg_port,user=pg,password=unused,database="
    librdf_store postgresql "${spec}kg" "${spec}kg_load"
    # What librdf made: tables, indexes, sizes.
    "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U pg kg -c '\dt+' -c '\di+' \
      >> "$log" 2>&1
    record postgresql disk ok 0 "$("$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U pg \
      kg -Atc "SELECT pg_database_size('kg')" 2>> "$log")" ""
    $as_user "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop > /dev/null 2>&1
  else
    why=$(tail -1 "$work/pg-start.log")
    record postgresql "not run" skipped 0 "" "server did not start: ${why:-see $work/pg-start.log}"
    say "postgresql: not run: $why"
  fi
fi

# --- Virtuoso ---------------------------------------------------------------
vt_start() {
  vt_started=1
  (cd "$work" && timeout 120 sh -c "$(doc_block virtuoso-start)") >> "$log" 2>&1 || return 1
  vt_pid=$(sed -n 's/^VIRT_PID=//p' "$VT_DIR/virtuoso.lck")
  [ -n "$vt_pid" ]
}
# A query still running after the hard limit: kill the server, start it
# again on the same (checkpointed) database.
vt_restart() {
  say "virtuoso: restarting after a query past the limit"
  kill -KILL "$vt_pid" 2> /dev/null
  while kill -0 "$vt_pid" 2> /dev/null; do sleep 0.2; done
  rm -f "$VT_DIR/virtuoso.lck"
  vt_pid=
  vt_start
}
# The documented query functions (vt_sparql, vt_sparql_union) send their
# query with curl; inside them, curl also asks for Virtuoso's own limit
# (timeout, in ms: it stops the query and answers what it has, marked
# X-SQL-State: S1TAT) and gives up a minute later.
eval "$(doc_block virtuoso-sparql)"
eval "$(doc_block virtuoso-sparql-union)"
curl() {
  command curl --max-time $((limit + 60)) -D "$vt_hdr" \
    --data-urlencode "timeout=$((limit * 1000))" "$@"
}
vt_hdr=/dev/null

# vt_queries STORE FUNCTION: every query through FUNCTION.
vt_queries() {
  local st=$1 fn=$2 q name f ms rc status
  mkdir -p "$work/answers/$st"
  for q in $queries; do
    name=$(basename "$q" .rq)
    f=$work/answers/$st/$name.csv
    vt_hdr=$f.headers
    t0=$(now_ms)
    bgwait eval '(cd "$work" && $fn "$q")' > "$f" 2> "$f.err"; rc=$?
    ms=$(( $(now_ms) - t0 ))
    status=$(status_of $rc)
    [ $rc = 28 ] && status=timeout   # curl's own limit
    grep -qi '^X-SQL-State: *S1TAT' "$vt_hdr" 2> /dev/null && status=timeout
    answer_of "$st" "$name" "$f" "$status" "$ms"
    if [ $rc = 28 ]; then vt_restart || return 1; fi
  done
  vt_hdr=/dev/null
}

if wants virtuoso; then
  if ! command -v virtuoso-t > /dev/null || ! command -v isql-vt > /dev/null ||
     ! command -v curl > /dev/null; then
    record virtuoso "not run" skipped 0 "" "virtuoso-t, isql-vt or curl missing"
    say "virtuoso: not run (virtuoso-opensource or curl missing)"
  else
    rm -rf "$VT_DIR"; mkdir -p "$VT_DIR"
    VT_PORT=$(free_port) VT_HTTP=$(free_port)
    export VT_DIR VT_PORT VT_HTTP
    say "virtuoso: starting a throwaway server"
    t0=$(now_ms)
    if vt_start; then
      record virtuoso start ok $(( $(now_ms) - t0 )) "" ""
      # The loader reads $VT_DIR/load: the corpus goes there by the
      # documented cp, which is part of the timed load.
      say "virtuoso: ld_dir + rdf_loader_run()"
      t0=$(now_ms)
      bgwait sh -c "cd \"\$0\" && $(doc_block virtuoso-load)" "$work" > "$work/virtuoso-load.log" 2>&1
      ms=$(( $(now_ms) - t0 ))
      st=ok
      grep -q '^\*\*\* Error' "$work/virtuoso-load.log" && st=error
      grep -q '^0 Rows' "$work/virtuoso-load.log" || st=error
      record virtuoso "load ld_dir + rdf_loader_run" "$st" "$ms" "" ""
      record virtuoso disk ok 0 "$(du -cb "$VT_DIR"/virtuoso.db | tail -1 | cut -f1)" ""
      say "virtuoso load: $st $(secs "$ms") s"
      mkdir -p "$work/answers/virtuoso"
      printf '%s\n' "$COUNT_Q" > "$work/answers/count.rq"
      vt_hdr=/dev/null
      t0=$(now_ms)
      (cd "$work" && vt_sparql "$work/answers/count.rq") \
        > "$work/answers/virtuoso/count.csv" 2>> "$log"
      rc=$?
      ms=$(( $(now_ms) - t0 ))
      record virtuoso count "$(status_of $rc)" "$ms" \
        "$(sed -n 2p "$work/answers/virtuoso/count.csv" | tr -d '\r')" ""
      vt_queries virtuoso vt_sparql
      say "virtuoso: the deduplicated union graph"
      t0=$(now_ms)
      bgwait sh -c "cd \"\$0\" && $(doc_block virtuoso-union)" "$work" > "$work/virtuoso-union.log" 2>&1
      ms=$(( $(now_ms) - t0 ))
      st=ok; grep -q '^\*\*\* Error' "$work/virtuoso-union.log" && st=error
      printf '%s\n' 'SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }' > "$work/answers/count-union.rq"
      n=$( (cd "$work" && vt_sparql_union "$work/answers/count-union.rq") 2>> "$log" | sed -n 2p | tr -d '\r')
      record virtuoso-union "load dedup union graph" "$st" "$ms" "$n" ""
      say "virtuoso union graph: $st $(secs "$ms") s, $n triples"
      vt_queries virtuoso-union vt_sparql_union
      vt_stop
    else
      record virtuoso "not run" skipped 0 "" "server did not start (see $log)"
      say "virtuoso: the server did not start"
    fi
  fi
fi

# --- Oxigraph ---------------------------------------------------------------
# The runner: tests/stores/oxigraph-query.mjs's loading and query options,
# with the store in a worker thread so that a query past the limit can be
# stopped (Worker.terminate); the next query then gets a new worker that
# loads the file again.
write_ox_runner() {
  cat > "$1" <<'EOF'
// stores-run.mjs - written by bench/stores.sh.  Loads N-Quads into an
// in-process Oxigraph store and runs each query with a time limit.
// Usage: node stores-run.mjs bag|union DATA.nq OUTDIR LIMIT_S QUERY.rq...
// bag: use_default_graph_as_union (as oxigraph-query.mjs); union: the
// distinct triples copied into UNION_GRAPH, queried as the default graph
// with the documents' graphs as named graphs (as --distinct-union).
// Writes OUTDIR/<query>.csv and OUTDIR/timings.tsv (what, ms|timeout|error, count).
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { basename } from "node:path";
import { performance } from "node:perf_hooks";
import { openStore } from "./oxigraph-store.mjs";

if (!isMainThread) {
  const { mode, data } = workerData;
  const { store, base, loadMs, size, unionMs, unionSize } =
    openStore(data, mode === "union");
  const ready = { loadMs, size, unionMs, unionSize };
  parentPort.postMessage(ready);
  parentPort.on("message", (text) => {
    const t = performance.now();
    try {
      const out = store.query(text, { ...base, results_format: "csv" });
      parentPort.postMessage({ ms: performance.now() - t, out });
    } catch (e) {
      parentPort.postMessage({ error: String(e.message ?? e) });
    }
  });
} else {
  const [mode, data, outdir, limitS, ...queries] = process.argv.slice(2);
  mkdirSync(outdir, { recursive: true });
  const lines = [];
  const flush = () => writeFileSync(`${outdir}/timings.tsv`, lines.join(""));
  let worker = null;
  // The next message, error or exit of the worker, or "timeout" after ms.
  const next = (ms) => new Promise((resolve) => {
    let timer = null;
    const done = (v) => {
      if (timer)
        clearTimeout(timer);
      worker.off("message", onMsg).off("error", onErr).off("exit", onExit);
      resolve(v);
    };
    const onMsg = (m) => done(m);
    const onErr = (e) => done({ error: String(e.message ?? e) });
    const onExit = (c) => done({ error: `worker exited (${c})` });
    worker.on("message", onMsg).on("error", onErr).on("exit", onExit);
    if (ms)
      timer = setTimeout(() => done({ timeout: true }), ms);
  });
  const spawn = async () => {
    worker = new Worker(new URL(import.meta.url), { workerData: { mode, data } });
    const r = await next(0);
    if (r.error)
      throw new Error(r.error);
    return r;
  };
  const ready = await spawn();
  lines.push(`load\t${ready.loadMs.toFixed(1)}\t${ready.size}\n`);
  if (mode === "union")
    lines.push(`union\t${ready.unionMs.toFixed(1)}\t${ready.unionSize}\n`);
  flush();
  for (const file of queries) {
    const name = basename(file).replace(/\.rq$/, "");
    worker.postMessage(readFileSync(file, "utf8"));
    const r = await next(Number(limitS) * 1000);
    if (r.timeout || r.error) {
      lines.push(`query ${name}\t${r.timeout ? "timeout" : "error"}\t\n`);
      if (r.error)
        console.error(`stores-run: ${file}: ${r.error}`);
      flush();
      await worker.terminate();
      await spawn();
      continue;
    }
    writeFileSync(`${outdir}/${name}.csv`, r.out);
    lines.push(`query ${name}\t${r.ms.toFixed(1)}\t\n`);
    flush();
  }
  await worker.terminate();
}
EOF
}

# ox_run STORE MODE: load and query in one node process, record it.
ox_run() {
  local st=$1 mode=$2 dir=$work/answers/$1 rc what ms n name
  rm -rf "$dir"; mkdir -p "$dir"
  # Loading is not limited by --timeout; the queries are, each.
  timeout -k 10 $(( (qcount + 4) * (limit + 60) )) \
    node "$OX_DIR/stores-run.mjs" "$mode" "$nq" "$dir" "$limit" $queries \
    > "$dir/node.log" 2>&1 &
  child=$!
  wait "$child"; rc=$?
  child=
  [ -f "$dir/timings.tsv" ] || { record "$st" "load oxigraph Store.load" error 0 "" ""; return 1; }
  while IFS=$(printf '\t') read -r what ms n; do
    case $what in
    load) [ "$mode" = bag ] && record oxigraph "load Store.load" ok "${ms%.*}" "$n" ""
          [ "$mode" = bag ] && say "oxigraph load: $(secs "${ms%.*}") s, $n quads" ;;
    union) record "$st" "load dedup union graph" ok "${ms%.*}" "$n" ""
           say "oxigraph union graph: $(secs "${ms%.*}") s, $n triples" ;;
    query\ *)
      name=${what#query }
      case $ms in
      timeout|error) answer_of "$st" "$name" "$dir/$name.csv" "$ms" "$((limit * 1000))" ;;
      *) answer_of "$st" "$name" "$dir/$name.csv" ok "${ms%.*}" ;;
      esac ;;
    esac
  done < "$dir/timings.tsv"
  [ $rc = 0 ] || say "$st: node exited $rc (see $dir/node.log)"
}

if wants oxigraph; then
  if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
    record oxigraph "not run" skipped 0 "" "node or npm missing"
    say "oxigraph: not run (node or npm missing)"
  else
    OX_DIR=$work/oxigraph
    export OX_DIR
    say "oxigraph: npm ci (the version pinned in tests/stores)"
    if { cmp -s "$STORES/package-lock.json" "$OX_DIR/package-lock.json" &&
         [ -f "$OX_DIR/node_modules/oxigraph/package.json" ]; } ||
       (cd "$top" && timeout 600 sh -c "$(doc_block oxigraph-setup)") >> "$log" 2>&1; then
      cp "$STORES/oxigraph-store.mjs" "$OX_DIR/"
      write_ox_runner "$OX_DIR/stores-run.mjs"
      ox_version=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$OX_DIR/node_modules/oxigraph/package.json")
      ox_run oxigraph bag
      ox_run oxigraph-union union
    else
      record oxigraph "not run" skipped 0 "" "npm ci failed (see $log)"
      say "oxigraph: not run (npm ci failed)"
    fi
  fi
fi

# --- the table ----------------------------------------------------------------
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
finished=$(date -u '+%Y-%m-%d %H:%M UTC')
tools="policygraph $(policygraph --version 2> /dev/null | head -1 | awk '{ print $NF }') ($built_from), librdf $(pkgver librdf0), rasqal $(pkgver librasqal3), raptor2 $(pkgver libraptor2-0)"
wants postgresql && tools="$tools, PostgreSQL ${pg_version:-?} (server defaults)"
wants virtuoso && tools="$tools, Virtuoso $(pkgver virtuoso-opensource) (virtuoso.ini of docs/databases.md)"
wants oxigraph && tools="$tools, npm oxigraph ${ox_version:-?} on node $(node --version 2> /dev/null)"

# Everything the table's text needs goes to the Python below by environment.
B_EXTRACT_S=$(secs "$(awk -F '\t' '$1 == "extract" { print $4 }' "$res")")
B_NQ_MB=$(( $(wc -c < "$nq") / 1048576 ))
export B_GEN="$gen_line" B_SEED="$seed" B_QUADS="$quads" B_DUPS="$dups" \
  B_EXTRACT_S B_NQ_MB B_MACHINE="$cores cores ($cpu), $mem" \
  B_LOAD0="$load_start" B_LOAD1="$load_end" B_STARTED="$started" \
  B_FINISHED="$finished" B_TOOLS="$tools" B_CMD="$cmdline"
"$PYTHON3" - "$res" "$limit" "$queries" > "$work/table.md" << 'PYTHON' ||
import os
import sys
from collections import defaultdict, OrderedDict

E = os.environ
res, limit, queries = sys.argv[1], int(sys.argv[2]), sys.argv[3].split()
names = [q.rsplit("/", 1)[-1][:-3] for q in queries]
by = defaultdict(OrderedDict)
for line in open(res, encoding="utf-8"):
    if line.strip():
        st, item, status, ms, count, dig = line.rstrip("\n").split("\t")
        by[st][item] = (status, int(ms or 0), count, dig)
labels = OrderedDict([
    ("sqlite", "sqlite"), ("postgresql", "PostgreSQL"),
    ("virtuoso", "Virtuoso, union of graphs (bag)"),
    ("virtuoso-union", "Virtuoso, dedup union graph"),
    ("oxigraph", "Oxigraph, union of graphs (bag)"),
    ("oxigraph-union", "Oxigraph, dedup union graph")])
groups = ((("sqlite", "postgresql", "virtuoso", "oxigraph"), "bag"),
          (("virtuoso-union", "oxigraph-union"), "dedup"))
short = {"sqlite": "sqlite", "postgresql": "PostgreSQL", "virtuoso": "Virtuoso",
         "oxigraph": "Oxigraph", "virtuoso-union": "Virtuoso",
         "oxigraph-union": "Oxigraph"}


def s(ms):
    return f"{ms / 1000:.2f}"


def num(x):
    try:
        return f"{int(x):,}"
    except ValueError:
        return x or "?"


def q(st, n):
    return by[st].get("query " + n, ("missing", 0, "", ""))


def qcell(st, n):
    status, ms, count, _ = q(st, n)
    if status == "ok":
        return f"{s(ms)} ({num(count)})"
    if status == "timeout":
        return f"> {limit} (timeout)"
    return status


print(f"### Results ({E['B_STARTED']})")
print()
print(f"Command: `{E['B_CMD']}`.")
print()
print(f"Corpus: bench/gen, seed {E['B_SEED']}: {E['B_GEN']}. "
      f"`policygraph extract -o nquads` took {E['B_EXTRACT_S']} s and wrote "
      f"{num(E['B_QUADS'])} quads ({E['B_NQ_MB']} MB; {num(E['B_DUPS'])} "
      "of them twice, the same quad in the same document's graph).")
print()
print(f"Machine: {E['B_MACHINE']}, shared with other work; load average "
      f"{E['B_LOAD0']} at start, {E['B_LOAD1']} at end; finished "
      f"{E['B_FINISHED']}.")
print()
print(f"Tools: {E['B_TOOLS']}.")
print()
print("Wall seconds.  Each query had a limit of "
      f"{limit} s; the query total counts a timeout as {limit} s.  "
      "*held*: the store's answer to `SELECT (COUNT(*) AS ?quads) "
      "WHERE { GRAPH ?g { ?s ?p ?o } }` (Oxigraph: `store.size`; a dedup "
      "union graph: its triples) and the size of its database (sqlite: the "
      "file written by extract --store; PostgreSQL: that database; "
      "Virtuoso: virtuoso.db after the load's checkpoint; Oxigraph holds "
      "it in memory).")
print()
print("| store | loaded with | load s | held | queries done | query s, total |")
print("| --- | --- | --- | --- | --- | --- |")
for st, label in labels.items():
    if st not in by:
        continue
    d = by[st]
    if "not run" in d:
        print(f"| {label} | not run: {d['not run'][3]} | | | | |")
        continue
    loads = [(k[5:], v) for k, v in d.items() if k.startswith("load ")]
    if st in ("oxigraph", "virtuoso-union", "oxigraph-union"):
        held = num(loads[0][1][2]) if loads else "?"
    elif "count" in d:
        status, ms, count, _ = d["count"]
        held = num(count) if status == "ok" else f"count: {status}"
    else:
        held = "?"
    if "disk" in d and d["disk"][2]:
        held += f", {int(d['disk'][2]) / 1e6:.0f} MB on disk"
    done = [n for n in names if q(st, n)[0] == "ok"]
    tos = [n for n in names if q(st, n)[0] == "timeout"]
    bad = [n for n in names if q(st, n)[0] not in ("ok", "timeout")]
    total = s(sum(q(st, n)[1] for n in done) + len(tos) * limit * 1000)
    total = ("≥ " if tos else "") + total
    dn = f"{len(done)} of {len(names)}" + \
        (f", {len(tos)} timed out" if tos else "") + \
        (f", {len(bad)} failed" if bad else "")
    if not loads:
        loads = [("?", ("missing", 0, "", ""))]
    for i, (how, (status, ms, count, _)) in enumerate(loads):
        if st.endswith("-union"):
            how = "after the bag load: INSERT … SELECT DISTINCT into one graph"
        ls = s(ms) if status == "ok" else status
        if i == 0:
            print(f"| {label} | {how} | {ls} | {held} | {dn} | {total} |")
        else:
            print(f"| | {how} | {ls} | | | |")
for st in ("sqlite", "postgresql"):
    if st in by and "stats extract" in by[st]:
        a = by[st]["stats extract"]
        b = by[st].get("stats load")
        print()
        print(f"{labels[st]}, `policygraph stats`: {a[3]} documents and "
              f"{num(a[2])} statements (librdf's size) after extract --store" +
              (f", {b[3]} and {num(b[2])} after load --store." if b else "."))

present = [st for st in labels if st in by and "not run" not in by[st]]
print()
print("Seconds per query (answer rows):")
print()
print("| query | " + " | ".join(labels[st] for st in present) + " | answers agree |")
print("| --- " * (len(present) + 2) + "|")
for n in names:
    notes = []
    for group, gname in groups:
        got = [(st, q(st, n)) for st in group if st in present and q(st, n)[0] == "ok"]
        if len(got) < 2:
            continue
        if len({v[3] for _, v in got}) == 1:
            notes.append(f"{gname}: yes ({', '.join(short[k] for k, _ in got)})")
        elif len({v[2] for _, v in got}) == 1:
            notes.append(f"{gname}: **same row counts, different values** (" +
                         ", ".join(short[k] for k, _ in got) + ")")
        else:
            notes.append(f"{gname}: **row counts differ** (" +
                         ", ".join(f"{short[k]} {num(v[2])}" for k, v in got) + ")")
    print(f"| {n} | " + " | ".join(qcell(st, n) for st in present) +
          " | " + "; ".join(notes) + " |")
PYTHON
  die "writing the table failed"

cat "$work/table.md"

# bench/STORES.md: the table replaces what is between the RESULTS
# markers; the text around them (written by hand) stays.
if [ "$out" != - ]; then
  if ! grep -q '^<!-- RESULTS -->$' "$out" 2> /dev/null; then
    printf '# Stores: load and query times\n\nWritten by `bench/stores.sh`.\n\n<!-- RESULTS -->\n<!-- /RESULTS -->\n' > "$out"
  fi
  awk -v table="$work/table.md" '
    $0 == "<!-- RESULTS -->" { print; while ((getline l < table) > 0) print l; skip = 1; next }
    $0 == "<!-- /RESULTS -->" { skip = 0 }
    !skip { print }' "$out" > "$out.tmp" && mv "$out.tmp" "$out"
  say "wrote $out"
fi
