#!/bin/sh
# oxigraph.sh - policygraph's N-Quads in Oxigraph (npm package "oxigraph",
# in-process), answering the example queries as policygraph does (TAP).
#
# Installs the pinned package (package.json + package-lock.json, npm ci)
# into a folder of the build tree, then, for each input (the hand-written
# fixture and the bundled example article extracted with $PG), runs
# oxigraph-query.mjs over every query with the union of the named graphs
# as default graph and compares its answers with `policygraph query --data
# corpus.nq -r csv`.  The setup and query commands are cut out of
# docs/databases.md and run unchanged.  The installed package is kept
# between runs (STORES_NPM_DIR, default tests/stores/npm in the build
# tree) and reinstalled when the lock file changes.  Skips only when node
# is not installed.

. "${PG_SRCDIR:?}/tests/stores/common.sh"

if ! command -v node > /dev/null 2>&1; then
  echo "1..0 # SKIP node not installed"
  exit 0
fi

trap remove_work EXIT
trap 'exit 1' INT TERM HUP
make_work

OX_DIR=${STORES_NPM_DIR:-${PG_BUILDDIR:-.}/tests/stores/npm}
mkdir -p "$OX_DIR" && OX_DIR=$(cd "$OX_DIR" && pwd)
export OX_DIR

# Set up (npm ci) unless this lock file is installed already; the script
# itself is always copied fresh.
if cmp -s "$STORES/package-lock.json" "$OX_DIR/package-lock.json" &&
   [ -f "$OX_DIR/node_modules/oxigraph/package.json" ]; then
  cp "$STORES/oxigraph-query.mjs" "$STORES/oxigraph-store.mjs" "$OX_DIR/"
  ok "oxigraph $(sed -n 's/^  "version": "\(.*\)",$/\1/p' \
    "$OX_DIR/node_modules/oxigraph/package.json") installed in $OX_DIR"
elif (cd "$PG_SRCDIR" && timeout 600 sh -c "$(doc_block oxigraph-setup)") \
       > "$work/npm.log" 2>&1 &&
     [ -f "$OX_DIR/node_modules/oxigraph/package.json" ]; then
  ok "npm ci: oxigraph $(sed -n 's/^  "version": "\(.*\)",$/\1/p' \
    "$OX_DIR/node_modules/oxigraph/package.json") in $OX_DIR"
else
  not_ok "npm ci installs oxigraph in $OX_DIR" "$work/npm.log"
  tap_done
  exit 0
fi

# run_input DIR LABEL: load and query in Oxigraph, compare.
run_input() {
  dir=$1 label=$2
  if (cd "$dir" && timeout 1800 sh -c "$(doc_block oxigraph-query)") \
       > "$dir/oxigraph.log" 2>&1; then
    ok "$label: oxigraph loads corpus.nq and runs $(queries_of "$dir" | wc -l) queries"
  else
    not_ok "$label: oxigraph loads corpus.nq and runs the queries" \
      "$dir/oxigraph.log"
  fi
  t=$dir/answers/oxigraph/timings.tsv
  [ -f "$t" ] && awk -F '\t' -v l="$label" \
    '$1 == "load" { printf "# %s: oxigraph loaded %d quads in %.0f ms\n", l, $3, $2 }
     $1 != "load" { q += $2 }
     END { printf "# %s: oxigraph ran the queries in %.0f ms\n", l, q }' "$t"
  if (cd "$dir" && timeout 1800 sh -c "$(doc_block oxigraph-query-union)") \
       > "$dir/oxigraph-union.log" 2>&1; then
    ok "$label: oxigraph --distinct-union runs the queries"
  else
    not_ok "$label: oxigraph --distinct-union runs the queries" \
      "$dir/oxigraph-union.log"
  fi
  pg_answers "$dir"
  compare "$dir" "$label" oxigraph
  compare_union "$dir" "$label" oxigraph-union
}

prepare_input "$work/fixture" fixture && run_input "$work/fixture" fixture
if prepare_input "$work/example" example; then
  run_input "$work/example" example
  some_rows "$work/example" example oxigraph fixture-types
fi
tap_done
