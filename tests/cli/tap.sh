# tap.sh - TAP helpers for the shell tests (sourced, not run).
#   t_ok STATUS DESC      one result: STATUS 0 passes
#   t_check DESC CMD...   runs CMD, passes when it exits 0
#   t_is GOT WANT DESC    string equality, with a diagnostic
#   t_skip DESC           one skipped result
#   t_done                the plan
# Every test works in its own temporary directory, $T, removed at exit.
set -u
: "${PG:?}" "${PG_SRCDIR:?}"
t_n=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
ARTICLE=$PG_SRCDIR/examples/ai-governance-forum.txt
CORPUS=$PG_SRCDIR/../shared/corpus/roundtable-ai-governance.txt
DATA=$PG_SRCDIR/tests/cli/data

t_ok() {
  t_n=$((t_n + 1))
  if [ "$1" -eq 0 ]; then echo "ok $t_n - $2"; else echo "not ok $t_n - $2"; fi
}
t_check() {
  t_desc=$1; shift
  if "$@" >/dev/null 2>&1; then t_ok 0 "$t_desc"; else t_ok 1 "$t_desc"; fi
}
t_is() {
  if [ "$1" = "$2" ]; then t_ok 0 "$3"; else
    t_ok 1 "$3"
    printf '%s\n' "#   got:  $1" "#   want: $2" | head -20
  fi
}
t_skip() {
  t_n=$((t_n + 1))
  echo "ok $t_n # SKIP $1"
}
t_done() { echo "1..$t_n"; }

# Number of distinct triples raptor reads from FILE in syntax SYNTAX.
t_triples() {
  rapper -q -i "$1" -o ntriples "$2" 2>/dev/null | LC_ALL=C sort -u | wc -l |
    tr -d ' '
}
