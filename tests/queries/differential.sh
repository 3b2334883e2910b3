#!/bin/sh
# differential.sh - every bundled query (ontology/queries) and the analyst
# questions of tests/queries/analyst, run by `policygraph query` (rasqal)
# and by `policygraph query --engine oxigraph` over the same store: the
# 16 bundled articles (tests/articles, examples) extracted into sqlite.
# Each answer must equal Oxigraph's as a set of rows (columns matched by
# name), or be a refusal that names the construct and the engine
# (rasqal 0.9.33); a query listed in REFUSED must be refused, and every
# bundled query must give at least one row.  TAP.
#
# Oxigraph is the npm package pinned by tests/stores (installed with npm
# ci into STORES_NPM_DIR, default tests/stores/npm of the build tree, as
# tests/stores/oxigraph.sh does).  Skips when node is missing or the
# package cannot be installed.  No time limits: a slow query is slow, not
# wrong.
: "${PG:?}" "${PG_SRCDIR:?}"
PYTHON3=${PYTHON3:-python3}
export LC_ALL=C
n=0 failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1";
           [ -n "${2:-}" ] && sed 's/^/#   /' "$2" | head -20; }

# Queries that must be refused: what rasqal 0.9.33 would answer wrongly.
REFUSED="05-count-distinct-groupby 34-order-desc 35-optional-shared-later"

if ! command -v node > /dev/null 2>&1; then
  echo "1..0 # SKIP node not installed"; exit 0
fi
OX=${STORES_NPM_DIR:-${PG_BUILDDIR:-.}/tests/stores/npm}
mkdir -p "$OX" && OX=$(cd "$OX" && pwd)
if [ ! -f "$OX/node_modules/oxigraph/package.json" ] ||
   ! cmp -s "$PG_SRCDIR/tests/stores/package-lock.json" "$OX/package-lock.json"; then
  cp "$PG_SRCDIR/tests/stores/package.json" \
     "$PG_SRCDIR/tests/stores/package-lock.json" "$OX/" &&
  (cd "$OX" && npm ci --no-audit --no-fund > npm.log 2>&1) ||
    { echo "1..0 # SKIP npm ci could not install oxigraph"; exit 0; }
fi
export PG_OXIGRAPH_DIR=$OX

work=$(mktemp -d "${TMPDIR:-/tmp}/pg-diff.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
trap 'exit 1' INT TERM HUP
if "$PG" extract -q -o nquads --store "sqlite:$work/g.db" \
     "$PG_SRCDIR"/tests/articles/*.txt "$PG_SRCDIR"/tests/articles/*.html \
     "$PG_SRCDIR"/tests/articles/*.xml "$PG_SRCDIR"/examples/*.txt \
     > /dev/null 2> "$work/extract.err"; then
  ok "16 articles extracted into a store"
else
  not_ok "16 articles extracted into a store" "$work/extract.err"
  echo "1..$n"; exit 1
fi

for q in "$PG_SRCDIR"/ontology/queries/*.rq "$PG_SRCDIR"/tests/queries/analyst/*.rq; do
  name=$(basename "$q" .rq)
  "$PG" query --store "sqlite:$work/g.db" -r csv -f "$q" \
    > "$work/pg.csv" 2> "$work/pg.err"
  rc=$?
  case " $REFUSED " in *" $name "*) must_refuse=1 ;; *) must_refuse=0 ;; esac
  if [ $rc -ne 0 ]; then
    if grep -q 'rasqal 0\.9\.33' "$work/pg.err" && [ $rc -eq 1 ]; then
      if [ $must_refuse = 1 ]; then ok "$name: refused, naming the construct"
      else not_ok "$name: refused, though it should be answered" "$work/pg.err"; fi
    else
      not_ok "$name: policygraph query fails (exit $rc)" "$work/pg.err"
    fi
    continue
  fi
  if [ $must_refuse = 1 ]; then
    not_ok "$name: answered, though rasqal 0.9.33 gets it wrong" "$work/pg.csv"
    continue
  fi
  if ! "$PG" query --engine oxigraph --store "sqlite:$work/g.db" -r csv \
         -f "$q" > "$work/ox.csv" 2> "$work/ox.err"; then
    not_ok "$name: oxigraph answers" "$work/ox.err"
    continue
  fi
  if "$PYTHON3" "$PG_SRCDIR/tests/queries/answers.py" "$work/pg.csv" \
       "$work/ox.csv" > "$work/cmp.txt"; then
    ok "$name: same answers as oxigraph ($(sed -n '1s/^rows \([0-9]*\) \([0-9]*\)$/\1 rows, oxigraph \2/p' "$work/cmp.txt"))"
  else
    not_ok "$name: answers differ from oxigraph" "$work/cmp.txt"
  fi
  case $q in
    */ontology/queries/*)
      if [ "$(sed -n '1s/^rows \([0-9]*\) .*/\1/p' "$work/cmp.txt")" -gt 0 ]; then
        ok "$name: rows on the bundled articles"
      else
        not_ok "$name: no rows on the bundled articles"
      fi ;;
  esac
done
# The bundled queries on the bundled example alone: rows from each.
if "$PG" extract -q -o nquads -O "$work/example.nq" "$PG_SRCDIR"/examples/*.txt \
     2> "$work/extract.err"; then
  for q in "$PG_SRCDIR"/ontology/queries/*.rq; do
    name=$(basename "$q" .rq)
    rows=$("$PG" query --data "$work/example.nq" -r tsv -f "$q" 2> "$work/pg.err" |
           sed 1d | wc -l)
    if [ "$rows" -gt 0 ]; then ok "$name: $rows rows on examples/"
    else not_ok "$name: rows on examples/" "$work/pg.err"; fi
  done
else
  not_ok "examples/ extracted" "$work/extract.err"
fi

# --bind: a value is one literal, whatever it holds.
M=$PG_SRCDIR/ontology/queries/members-of-organization.rq
"$PG" query --store "sqlite:$work/g.db" -r tsv --bind organization=中国信息通信研究院 \
  -f "$M" > "$work/bind.tsv" 2> "$work/pg.err"
if [ "$(sed 1d "$work/bind.tsv" | cut -f 1 | sort -u)" = '"中国信息通信研究院"@zh' ]; then
  ok "--bind organization=中国信息通信研究院: its people only ($(sed 1d "$work/bind.tsv" | wc -l) rows)"
else
  not_ok "--bind organization=中国信息通信研究院: its people only" "$work/bind.tsv"
fi
"$PG" query --store "sqlite:$work/g.db" -r tsv -f "$M" \
  --bind 'organization=x"@zh } ?a ?b ?c . { ?d ?e "' > "$work/bind.tsv" 2> "$work/pg.err"
if [ $? -eq 0 ] && [ "$(sed 1d "$work/bind.tsv" | wc -l)" -eq 0 ]; then
  ok "--bind with quotes and braces stays one literal (no rows)"
else
  not_ok "--bind with quotes and braces stays one literal" "$work/pg.err"
fi
"$PG" query --store "sqlite:$work/g.db" -f "$M" --bind nosuch=1 \
  > /dev/null 2> "$work/pg.err"
if [ $? -eq 1 ] && grep -q 'no variable ?nosuch' "$work/pg.err"; then
  ok "--bind of a variable the query lacks: refused"
else
  not_ok "--bind of a variable the query lacks: refused" "$work/pg.err"
fi
echo "1..$n"
[ $failed -eq 0 ]
