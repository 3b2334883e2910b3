#!/bin/sh
# rules.sh - every rule id is listed once in extractor/core/pg_rules.def,
# the sources write no other, ontology/rules.ttl agrees (check-rules.py),
# and every pg:rule the program writes on the articles is listed.  TAP.
: "${PG:?}" "${PG_SRCDIR:?}" "${PYTHON3:=python3}"
if [ "$PYTHON3" = no ]; then echo "1..0 # SKIP python3 not found"; exit 0; fi
CHECK=$PG_SRCDIR/tests/layers/check-rules.py
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
n=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }
out=$("$PYTHON3" "$CHECK" "$PG_SRCDIR"); rc=$?
ok $rc "table, sources and ontology/rules.ttl agree"
printf '%s\n' "$out" | sed 's/^/# /'
"$PYTHON3" "$CHECK" "$PG_SRCDIR" --ids | sort > "$T/ids"
"$PG" extract -q --model -o ntriples "$PG_SRCDIR"/tests/articles/*.txt \
  "$PG_SRCDIR"/tests/articles/*.html "$PG_SRCDIR"/tests/articles/*.xml \
  > "$T/out.nt"; rc=$?
ok $rc "extract the articles"
sed -n 's/.*<https:\/\/w3id.org\/policygraph\/ns#rule> "\([^"]*\)".*/\1/p' \
  "$T/out.nt" | sort -u > "$T/written"
comm -23 "$T/written" "$T/ids" > "$T/missing"
[ -s "$T/written" ] && [ ! -s "$T/missing" ]; rc=$?
ok $rc "every pg:rule written ($(wc -l < "$T/written") ids) is in the table"
sed 's/^/# not listed: /' "$T/missing"
echo "1..$n"
