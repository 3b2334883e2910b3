#!/bin/sh
# layers.sh - the include graph of the source tree has no cycle and points
# only down the stages, and the program uses only the public header and
# the output layer (check-layers.py); and the check fails on a tree with a
# cycle, an upward include or the program reaching below the public
# header (fixtures/).  TAP.
: "${PG_SRCDIR:?}" "${PYTHON3:=python3}"
if [ "$PYTHON3" = no ]; then echo "1..0 # SKIP python3 not found"; exit 0; fi
CHECK=$PG_SRCDIR/tests/layers/check-layers.py
FIX=$PG_SRCDIR/tests/layers/fixtures
n=0
t() { # want-status desc root
  n=$((n + 1))
  out=$("$PYTHON3" "$CHECK" "$3" 2>&1); rc=$?
  if [ "$rc" -eq "$1" ]; then echo "ok $n - $2"; else
    echo "not ok $n - $2 (exit $rc, want $1)"; fi
  printf '%s\n' "$out" | sed 's/^/# /'
}
t 0 "source tree: no cycle, no upward include" "$PG_SRCDIR"
t 0 "fixture clean: a downward include passes" "$FIX/clean"
t 1 "fixture cycle: pg_a <-> pg_b fails" "$FIX/cycle"
t 1 "fixture upward: core including text fails" "$FIX/upward"
t 1 "fixture cliinternal: the program including the facade's internals fails" \
  "$FIX/cliinternal"
echo "1..$n"
