# common.sh - shared by the graph database tests (virtuoso.sh, oxigraph.sh).
#
# Sourced, not run.  Gives TAP output, cuts command blocks out of
# docs/databases.md (so the tests run the documented commands letter for
# letter), prepares the two inputs (the bundled example article extracted
# with $PG, and the hand-written fixture), runs policygraph's own answers
# and compares a database's answers with them.
#
# Each input gets a folder laid out as the documentation assumes:
#   corpus.nq            the N-Quads to load
#   ontology/queries/    every query to run: ontology/queries/*.rq from
#                        the source tree, and tests/stores/queries/*.rq
#                        renamed fixture-*.rq (those have .expected answers)
#   answers/<engine>/    <query>.csv per engine ("policygraph" included)
#
# Environment (set by the automake harness): PG, PG_SRCDIR; PYTHON3
# optional.  STORES_KEEP=1 keeps the work folder for a look afterwards.

: "${PG:?PG must name the policygraph program}"
: "${PG_SRCDIR:?PG_SRCDIR must name the source tree}"
PYTHON3=${PYTHON3:-python3}
STORES=$PG_SRCDIR/tests/stores
DOC=$PG_SRCDIR/docs/databases.md
export LC_ALL=C
# The documented commands say "policygraph"; make that the one under test.
PATH=$(cd "$(dirname "$PG")" && pwd):$PATH
export PATH

tap_n=0
tap_failed=0

# ok DESCRIPTION / not_ok DESCRIPTION [DETAIL FILE]
ok() { tap_n=$((tap_n + 1)); echo "ok $tap_n - $1"; }
not_ok() {
  tap_n=$((tap_n + 1)); tap_failed=$((tap_failed + 1))
  echo "not ok $tap_n - $1"
  if [ -n "${2:-}" ] && [ -s "$2" ]; then sed -n '1,40s/^/#   /p' "$2"; fi
}
diag() { echo "# $*"; }
tap_done() { echo "1..$tap_n"; }  # failures are the "not ok" lines

. "$STORES/docblock.sh"

# Milliseconds since the epoch (GNU date).
now_ms() { date +%s%3N; }

# make_work: a fresh work folder in $work, removed at exit unless kept.
make_work() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/pg-stores.XXXXXX") || exit 1
}
remove_work() {
  if [ "${STORES_KEEP:-0}" = 1 ]; then diag "kept $work"; else rm -rf "$work"; fi
}

# prepare_input DIR KIND: lays out DIR for KIND "example" or "fixture".
# Prints a TAP line for the extraction.  Returns non-zero if there is no
# corpus to load.
prepare_input() {
  dir=$1
  mkdir -p "$dir/ontology/queries" "$dir/answers" || return 1
  for q in "$PG_SRCDIR"/ontology/queries/*.rq; do
    [ -f "$q" ] && cp "$q" "$dir/ontology/queries/"
  done
  for q in "$STORES"/queries/*.rq; do
    cp "$q" "$dir/ontology/queries/fixture-$(basename "$q")"
  done
  ln -s "$PG_SRCDIR/examples" "$dir/examples"
  ln -s "$PG_SRCDIR/tests" "$dir/tests"
  case $2 in
  fixture)
    cp "$STORES/fixture.nq" "$dir/corpus.nq" ;;
  example)
    if (cd "$dir" && eval "$(doc_block extract)") 2> "$dir/extract.err" &&
       rapper -q -i nquads -c "$dir/corpus.nq" 2>> "$dir/extract.err" &&
       [ -s "$dir/corpus.nq" ]; then
      ok "example: policygraph extract -o nquads ($(wc -l < "$dir/corpus.nq") quads)"
    else
      not_ok "example: policygraph extract -o nquads" "$dir/extract.err"
      return 1
    fi ;;
  esac
}

# The query files of DIR, one per line.
queries_of() { ls "$1"/ontology/queries/*.rq; }

# pg_answers DIR: policygraph's own answers in DIR/answers/policygraph.
pg_answers() {
  out=$1/answers/policygraph
  mkdir -p "$out"
  : > "$out/timings.tsv"
  for q in $(queries_of "$1"); do
    n=$(basename "$q" .rq)
    t0=$(now_ms)
    (cd "$1" && policygraph query --data corpus.nq -r csv -f "$q") \
      > "$out/$n.csv" 2> "$out/$n.err" ||
      { echo "policygraph query exit $?" >> "$out/$n.err"; : > "$out/$n.failed"; }
    printf 'query %s\t%s\n' "$n" $(( $(now_ms) - t0 )) >> "$out/timings.tsv"
  done
}

# canon FILE: its canonical form (see results.py) on stdout.
canon() { "$PYTHON3" "$STORES/results.py" "$1"; }

# rows FILE: number of answer rows in a canonical CSV answer.
rows() { canon "$1" | sed 1d | wc -l; }

# compare DIR LABEL ENGINE: one TAP line per query, ENGINE's answers
# against policygraph's, and for fixture queries against the expected.
compare() {
  dir=$1 label=$2 engine=$3
  for q in $(queries_of "$dir"); do
    n=$(basename "$q" .rq)
    got=$dir/answers/$engine/$n.csv
    ref=$dir/answers/policygraph/$n.csv
    d=$dir/answers/$engine/$n.diff
    if [ ! -f "$got" ]; then
      not_ok "$label: $engine answered $n" "$dir/answers/$engine/$n.err"
      continue
    fi
    if [ -f "$dir/answers/policygraph/$n.failed" ]; then
      not_ok "$label: $n: $engine = policygraph (policygraph failed)" \
        "$dir/answers/policygraph/$n.err"
    elif canon "$ref" > "$d.ref" && canon "$got" > "$d.got" &&
         diff "$d.ref" "$d.got" > "$d"; then
      ok "$label: $n: $engine = policygraph ($(($(wc -l < "$d.got") - 1)) rows)"
    else
      not_ok "$label: $n: $engine = policygraph (< policygraph, > $engine)" "$d"
    fi
    exp=$STORES/queries/${n#fixture-}.expected
    if [ "$label" = fixture ] && [ "${n#fixture-}" != "$n" ] && [ -f "$exp" ]; then
      if canon "$got" | diff "$exp" - > "$d.exp"; then
        ok "$label: $n: $engine = expected ($(($(wc -l < "$exp") - 1)) rows)"
      else
        not_ok "$label: $n: $engine = expected (< expected, > $engine)" "$d.exp"
      fi
    fi
  done
}

# some_rows DIR LABEL ENGINE QUERY: the answer to QUERY is not empty.
some_rows() {
  f=$1/answers/$3/$4.csv
  if [ -f "$f" ] && [ "$(rows "$f")" -gt 0 ]; then
    ok "$2: $3 finds entities ($4: $(rows "$f") rows)"
  else
    not_ok "$2: $3 finds entities ($4 has no rows)"
  fi
}

# free_port: a TCP port on 127.0.0.1 that nothing listens on right now.
free_port() {
  "$PYTHON3" -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# compare_union DIR LABEL ENGINE: answers from a deduplicated union graph
# (set semantics) equal policygraph's (a bag) only for queries that say
# DISTINCT and do not look into GRAPH ?g (which also sees the union
# graph); those are compared, the others are skipped.
compare_union() {
  dir=$1 label=$2 engine=$3
  for q in $(queries_of "$dir"); do
    n=$(basename "$q" .rq)
    got=$dir/answers/$engine/$n.csv
    d=$dir/answers/$engine/$n.diff
    if grep -Eqi 'GRAPH[[:space:]]*[?$<]' "$q" || ! grep -qi 'DISTINCT' "$q"; then
      echo "ok $((tap_n + 1)) - $label: $n: $engine # SKIP bag and set answers may differ"
      tap_n=$((tap_n + 1))
    elif [ ! -f "$dir/answers/policygraph/$n.failed" ] && [ -f "$got" ] &&
         canon "$dir/answers/policygraph/$n.csv" > "$d.ref" &&
         canon "$got" | diff "$d.ref" - > "$d"; then
      ok "$label: $n: $engine = policygraph ($(($(wc -l < "$d.ref") - 1)) rows)"
    else
      not_ok "$label: $n: $engine = policygraph (< policygraph, > $engine)" "$d"
    fi
  done
}
