#!/bin/sh
# bench.sh - load and query times of a 1,000-document corpus in
# policygraph, Virtuoso and Oxigraph (not part of make check).
#
# Usage: PG=... PG_SRCDIR=... sh tests/stores/bench.sh [N]      (default 1000)
#        PG=... PG_SRCDIR=... sh tests/stores/bench.sh --nq CORPUS.nq
# (with PG_BUILDDIR=... too, Oxigraph reuses the tests' npm folder; with
# BENCH_PG=0 policygraph's own queries are not timed).
#
# N articles are made from the bundled example by varying its cities,
# people, universities, forum names and years (so entities repeat across
# documents, as in a real corpus, but not all of them), extracted with
# `policygraph extract -o nquads`, then loaded and queried with the
# commands of docs/databases.md.  Prints one line per step: what, seconds.
# Every query in ontology/queries/ and tests/stores/queries/ is timed on
# its own (policygraph: each run reads corpus.nq again, so its query time
# includes loading; the databases load once).

. "${PG_SRCDIR:?}/tests/stores/common.sh"

n=1000 corpus=
case ${1:-} in
--nq) corpus=$(cd "$(dirname "$2")" && pwd)/$(basename "$2") ;;
'') ;;
*) n=$1 ;;
esac

servers=
cleanup_servers() {
  for s in $servers; do
    VT_DIR=$s VT_PORT=$(cat "$s/port") sh -c "$(doc_block virtuoso-stop)" \
      > /dev/null 2>&1
    pid=$(cat "$s/pid" 2> /dev/null)
    i=0
    while [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null && [ $i -lt 60 ]; do
      sleep 0.5; i=$((i + 1))
    done
    [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null && kill -KILL "$pid"
  done
  servers=
}
cleanup() { cleanup_servers; remove_work; }
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
make_work
dir=$work/bench
prepare_input "$dir" fixture > /dev/null   # folder layout and queries
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
say() { printf '%-44s %s\n' "$1" "$2"; }

if [ -n "$corpus" ]; then
  cp "$corpus" "$dir/corpus.nq"
else
  mkdir -p "$dir/articles"
  "$PYTHON3" - "$PG_SRCDIR/examples/ai-governance-forum.txt" "$dir/articles" "$n" <<'EOF'
import sys
src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(src, encoding="utf-8").read()
cities = ["杭州", "北京", "上海", "深圳", "成都", "武汉", "南京", "西安",
          "广州", "苏州", "天津", "重庆", "合肥", "长沙", "青岛", "厦门"]
unis = ["浙江大学", "清华大学", "北京大学", "复旦大学", "上海交通大学",
        "南京大学", "武汉大学", "四川大学", "中山大学", "同济大学"]
sur = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
given = ["明远", "思琪", "建国", "晓燕", "志强", "丽华", "文博", "雨桐",
         "海涛", "静怡", "子轩", "欣然", "浩然", "佳琪", "宇航", "梦洁"]
for i in range(n):
    t = text
    t = t.replace("杭州", cities[i % len(cities)])
    t = t.replace("浙江大学", unis[(i // 3) % len(unis)])
    t = t.replace("李明远", sur[i % len(sur)] + given[(i // 7) % len(given)])
    t = t.replace("陈思琪", sur[(i + 5) % len(sur)] + given[(i // 11) % len(given)])
    t = t.replace("2026", str(2000 + i % 27))
    t = t.replace("数字治理", ["数字治理", "数据安全", "智能经济", "网络空间"][i % 4])
    open(f"{out}/doc-{i:04d}.txt", "w", encoding="utf-8").write(t)
EOF
  t0=$(now_ms)
  (cd "$dir" && policygraph extract -o nquads articles/*.txt > corpus.nq) ||
    { echo "bench: policygraph extract failed" >&2; exit 1; }
  say "policygraph extract $n documents" "$(secs $(( $(now_ms) - t0 )))"
fi
say "corpus.nq quads / MB" "$(wc -l < "$dir/corpus.nq") / $(( $(wc -c < "$dir/corpus.nq") / 1048576 ))"
q_list=$(queries_of "$dir")

# policygraph: every query reads corpus.nq afresh.  BENCH_PG=0 skips it
# (policygraph query --data on 1,000 documents took minutes per query).
if [ "${BENCH_PG:-1}" != 0 ]; then
pg_answers "$dir"
awk -F '\t' '{ t += $2; printf "%-44s %.2f\n", "policygraph " $1, $2 / 1000 }
  END { printf "%-44s %.2f\n", "policygraph all queries", t / 1000 }' \
  "$dir/answers/policygraph/timings.tsv"
fi

# Virtuoso: load, the distinct union graph and its queries, then the
# plain (bag) union queries, each cut off after BENCH_TIMEOUT seconds on
# the client (Virtuoso goes on with it: the bag phase comes last).
T=${BENCH_TIMEOUT:-120}
if command -v virtuoso-t > /dev/null 2>&1; then
  VT_DIR=$dir/vt VT_PORT=$(free_port) VT_HTTP=$(free_port)
  export VT_DIR VT_PORT VT_HTTP
  mkdir -p "$VT_DIR" && echo "$VT_PORT" > "$VT_DIR/port"
  t0=$(now_ms)
  (cd "$dir" && timeout 120 sh -c "$(doc_block virtuoso-start)") > /dev/null 2>&1
  sed -n 's/^VIRT_PID=//p' "$VT_DIR/virtuoso.lck" > "$VT_DIR/pid"
  servers=$VT_DIR
  say "virtuoso start" "$(secs $(( $(now_ms) - t0 )))"
  t0=$(now_ms)
  (cd "$dir" && sh -c "$(doc_block virtuoso-load)") > "$dir/load.log" 2>&1
  say "virtuoso load" "$(secs $(( $(now_ms) - t0 )))"
  grep '^\*\*\* Error' "$dir/load.log"
  t0=$(now_ms)
  (cd "$dir" && sh -c "$(doc_block virtuoso-union)") > "$dir/union.log" 2>&1
  say "virtuoso distinct union graph" "$(secs $(( $(now_ms) - t0 )))"
  grep '^\*\*\* Error' "$dir/union.log"
  for mode in virtuoso-union virtuoso; do
    fn=vt_sparql; [ $mode = virtuoso-union ] && fn=vt_sparql_union
    total=0
    mkdir -p "$dir/answers/$mode"
    for q in $q_list; do
      b=$(basename "$q" .rq)
      t0=$(now_ms)
      (cd "$dir" && timeout "$T" bash -c "$(doc_block virtuoso-sparql)
$(doc_block virtuoso-sparql-union)
$fn $q") > "$dir/answers/$mode/$b.csv" 2> /dev/null
      rc=$?
      ms=$(( $(now_ms) - t0 )); total=$((total + ms))
      if [ $rc = 124 ]; then
        say "$mode $b" "> $T (cut off)"
      else
        say "$mode $b ($(rows "$dir/answers/$mode/$b.csv") rows)" "$(secs $ms)"
      fi
    done
    say "$mode all queries" "$(secs $total)"
  done
  cleanup_servers
fi

# Oxigraph: the distinct union, then the plain (bag) union, each run cut
# off after BENCH_OX_TIMEOUT seconds.
if command -v node > /dev/null 2>&1; then
  OX_DIR=${STORES_NPM_DIR:-${PG_BUILDDIR:-.}/tests/stores/npm}
  mkdir -p "$OX_DIR" && OX_DIR=$(cd "$OX_DIR" && pwd) && export OX_DIR
  [ -f "$OX_DIR/node_modules/oxigraph/package.json" ] ||
    (cd "$PG_SRCDIR" && sh -c "$(doc_block oxigraph-setup)") > /dev/null 2>&1
  cp "$STORES/oxigraph-query.mjs" "$OX_DIR/"
  for block in oxigraph-query-union oxigraph-query; do
    mode=oxigraph; [ $block = oxigraph-query-union ] && mode=oxigraph-union
    (cd "$dir" && timeout "${BENCH_OX_TIMEOUT:-600}" sh -c "$(doc_block $block)") ||
      say "$mode" "cut off after ${BENCH_OX_TIMEOUT:-600} s"
    awk -F '\t' -v m="$mode" '
      $1 == "load" || $1 == "distinct union" { printf "%-44s %.2f\n", m " " $1, $2 / 1000; next }
      { t += $2; printf "%-44s %.2f\n", m " " $1 " (" $3 " rows)", $2 / 1000 }
      END { printf "%-44s %.2f\n", m " all queries run", t / 1000 }' \
      "$dir/answers/$mode/timings.tsv"
  done
fi

# Do the engines agree?
for q in $q_list; do
  b=$(basename "$q" .rq)
  for e in virtuoso oxigraph virtuoso-union oxigraph-union; do
    f=$dir/answers/$e/$b.csv
    [ -f "$f" ] && [ -f "$dir/answers/policygraph/$b.csv" ] || continue
    canon "$dir/answers/policygraph/$b.csv" > "$dir/answers/policygraph/$b.csv.canon"
    canon "$f" | cmp -s - "$dir/answers/policygraph/$b.csv.canon" ||
      say "DIFFERS: $e $b" "(see $f)"
  done
done
