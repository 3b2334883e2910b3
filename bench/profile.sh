#!/usr/bin/env bash
# profile.sh - where policygraph spends its instructions on the bench corpus.
#
# Runs `policygraph extract -o nquads` (full provenance, output to /dev/null)
# under valgrind's callgrind on a small corpus (instruction counts: exact and
# repeatable, unlike timings on a shared machine), and under `perf record`
# when perf can sample here, then prints the top functions by self and by
# inclusive cost. Files land in --work (callgrind.out, perf.data, *.txt).
#
# Usage: bench/profile.sh [--docs 60] [--seed 7] [--work DIR] [--pg PATH]
#   --pg   a built policygraph (default: build out of tree like run.sh)
# Needs: valgrind (callgrind_annotate), optionally perf (Debian: linux-perf).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
docs=60 seed=7
work=${BENCH_WORK:-/tmp/pg-bench}/profile
pg=${POLICYGRAPH:-}
die() { echo "profile.sh: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
  case $1 in
    --docs) docs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --pg) pg=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1'" ;;
  esac
done
export LC_ALL=C
command -v valgrind >/dev/null || die "needs valgrind (Debian: valgrind)"
mkdir -p "$work"

if [ -z "$pg" ]; then
  . "$here/build.sh"
  : >"$work/build.log"
  pg=$(pg_build "$top" "${BENCH_WORK:-/tmp/pg-bench}/build" "$work/build.log") \
    || die "build failed, see $work/build.log"
fi
# A libtool wrapper script: profile the real binary with its libraries.
bin=$pg libs=
if [ -x "$(dirname "$pg")/.libs/$(basename "$pg")" ]; then
  bin=$(dirname "$pg")/.libs/$(basename "$pg")
  libs=$(dirname "$pg")/.libs
fi

corpus=$work/corpus-$seed-$docs
[ -d "$corpus" ] || python3 "$here/gen/gen.py" --seed "$seed" --docs "$docs" --out "$corpus" >/dev/null

# top_n N REGEX: the first N cost lines of a callgrind_annotate listing
# matching REGEX, library paths shortened (awk: no SIGPIPE under pipefail).
top_n() {
  awk -v n="$1" -v re="$2" '/^ *[0-9,]+ \(/ && !/PROGRAM TOTALS|=>/ && $0 ~ re && k++ < n {
    sub(/\[[^]]*\//, "["); print }'
}

echo "== callgrind on $docs documents ($(du -sb "$corpus" | cut -f1) bytes incl. directories)" >&2
LD_LIBRARY_PATH=$libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} \
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
  "$bin" extract -q -o nquads "$corpus" >/dev/null 2>"$work/valgrind.log"
callgrind_annotate "$work/callgrind.out" 2>/dev/null >"$work/self.txt"
callgrind_annotate --inclusive=yes "$work/callgrind.out" 2>/dev/null >"$work/inclusive.txt"
total=$(sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' "$work/self.txt" | head -n 1)
echo "instructions: $total"
echo
echo "### self cost (top 20)"
top_n 20 '.' <"$work/self.txt"
echo
echo "### inclusive cost, policygraph's own functions (top 25)"
top_n 25 '/(extractor|output|cli)/' <"$work/inclusive.txt"

if command -v perf >/dev/null && perf record -q -o "$work/perf.probe" true >/dev/null 2>&1; then
  echo
  echo "== perf record on the same corpus" >&2
  LD_LIBRARY_PATH=$libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} \
    perf record -q -g -o "$work/perf.data" "$bin" extract -q -o nquads "$corpus" >/dev/null 2>"$work/perf.log" || true
  echo "### perf: self samples (top 15)"
  perf report -i "$work/perf.data" --no-children --stdio --sort symbol,dso 2>/dev/null \
    | awk '/^ +[0-9.]+%/ && n++ < 15' || true
  rm -f "$work/perf.probe"
else
  echo "(perf cannot sample here: skipped)"
fi
