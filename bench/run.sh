#!/usr/bin/env bash
# run.sh - policygraph's benchmark, one command: build, generate, measure,
# and print the figures side by side with the tools a user would pick instead.
#
# Every figure is measured in the same run as its peer, on the same corpus
# (bench/gen/gen.py, deterministic from --seed):
#   throughput   policygraph extract -o nquads (full provenance) -O FILE:
#                MB/s of text, documents/s, quads/s
#   rapper       rapper -i nquads -o nquads re-writing that same N-Quads file
#                (ratio policygraph / rapper, target <= 1.5)
#   jieba        @node-rs/jieba POS-tagging the same text (bench/node;
#                ratio jieba tagging / policygraph end to end, target >= 5)
#   memory       peak RSS at two corpus sizes, output to /dev/null
#                (growth target <= 10%: streaming)
#   linearity    CPU seconds per MB at the same two sizes, and for one long
#                document of 200 KB and 800 KB (no super-linear step)
#   scaling      -j 2 against -j 1 (target >= 1.8x), when the CLI has -j
# Ratios compare CPU time (user + system); wall time is shown beside it.
# Each timing is the best of --reps runs, and runs that are compared are
# taken in turns (A B A B ...): on a shared machine even CPU time drifts by
# 10-30% between minutes, and turns put a slow spell on both sides.
# Results: a Markdown table on stdout, in bench/RESULTS.md, and between the
# RESULTS markers of bench/README.md.
#
# Usage: bench/run.sh [--size 10MB] [--small 10MB --large 40MB] [--big]
#                     [--seed 42] [--reps 1] [--work DIR] [--pg PATH]
#                     [--no-jieba] [--no-readme] [--keep]
#   --big   memory/linearity at 50 MB and 500 MB (the issue's figure; long)
#   --pg    use this policygraph binary instead of building one
# Needs: python3, node + npm, rapper (raptor2-utils), GNU time (time),
#        a C toolchain and the project's build dependencies.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
args="$*"
top=$(cd "$here/.." && pwd)

size=10MB small=10MB large=40MB seed=42 reps=1
work=${BENCH_WORK:-/tmp/pg-bench}
pg=${POLICYGRAPH:-}
do_jieba=1 do_readme=1 keep=0

die() { echo "run.sh: $*" >&2; exit 1; }
while [ $# -gt 0 ]; do
  case $1 in
    --size) size=$2; shift 2 ;;
    --small) small=$2; shift 2 ;;
    --large) large=$2; shift 2 ;;
    --big) small=50MB large=500MB; shift ;;
    --seed) seed=$2; shift 2 ;;
    --reps) reps=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --pg) pg=$2; shift 2 ;;
    --no-jieba) do_jieba=0; shift ;;
    --no-readme) do_readme=0; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,/^set -eu/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

export LC_ALL=C
mkdir -p "$work"
log=$work/run.log
: >"$log"
say() { echo "== $*" >&2; }

for t in python3 rapper node npm; do
  command -v "$t" >/dev/null || die "needs $t (Debian: python3 raptor2-utils nodejs npm)"
done
[ -x /usr/bin/time ] || die "needs GNU time at /usr/bin/time (Debian: time)"

# --- build ------------------------------------------------------------------
if [ -z "$pg" ]; then
  say "building policygraph out of tree in $work/build"
  . "$here/build.sh"
  pg=$(pg_build "$top" "$work/build" "$log") || die "build failed, see $log"
fi
[ -x "$pg" ] || die "no policygraph at $pg"
if [ $do_jieba = 1 ] && [ ! -d "$here/node/node_modules/@node-rs/jieba" ]; then
  say "installing @node-rs/jieba (npm ci in bench/node)"
  (cd "$here/node" && npm ci --no-audit --no-fund) >>"$log" 2>&1 || die "npm ci failed, see $log"
fi

# --- helpers ----------------------------------------------------------------
# gen SIZE: a corpus directory of SIZE bytes, cached by seed, size and the
# generator's own digest (a changed template or name list makes a new one).
gver=$(cat "$here/gen/gen.py" "$here"/gen/data/* | md5sum | cut -c1-8)
gen() {
  local d=$work/corpus-$seed-$1-$gver
  if [ ! -f "$d.summary" ]; then
    say "generating $1 corpus (seed $seed)"
    rm -rf "$d"
    python3 "$here/gen/gen.py" --seed "$seed" --size "$1" --out "$d" >"$d.summary.tmp"
    mv "$d.summary.tmp" "$d.summary"
  fi
  echo "$d"
}
field() { sed -n "s/.*\\b$2=\\([0-9]*\\).*/\\1/p" "$1.summary"; }

# once NAME CMD...: runs CMD once and folds its times into NAME's best:
# B_WALL[NAME] and B_CPU[NAME] (user + system) the smallest seen,
# B_RSS[NAME] (KB) the largest peak.
declare -A B_WALL B_CPU B_RSS
once() {
  local name=$1 w u s m c
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/$name.time" "$@" 2>>"$log" \
    || die "$name failed (command: $*), see $log"
  read -r w u s m <"$work/$name.time"
  c=$(awk "BEGIN{print $u+$s}")
  if [ -z "${B_WALL[$name]:-}" ] || awk "BEGIN{exit !($w < ${B_WALL[$name]})}"; then B_WALL[$name]=$w; fi
  if [ -z "${B_CPU[$name]:-}" ] || awk "BEGIN{exit !($c < ${B_CPU[$name]})}"; then B_CPU[$name]=$c; fi
  [ "$m" -le "${B_RSS[$name]:-0}" ] || B_RSS[$name]=$m
}
# best NAME: sets T_WALL, T_CPU and T_RSS from NAME's runs, and logs them.
best() {
  T_WALL=${B_WALL[$1]} T_CPU=${B_CPU[$1]} T_RSS=${B_RSS[$1]}
  echo "$1 wall=$T_WALL cpu=$T_CPU rss=${T_RSS}KB" >>"$log"
}
# timed NAME CMD...: runs CMD $reps times; T_WALL, T_CPU, T_RSS as best.
timed() {
  local name=$1 i
  shift
  for ((i = 0; i < reps; i++)); do once "$name" "$@"; done
  best "$name"
}
# Two measurements that are compared are taken in turns (A B A B ...), so
# a slow spell of a shared machine falls on both rather than on one.
calc() { awk "BEGIN{printf \"%$1\", $2}"; }
met() { awk "BEGIN{print (($1) ? \"yes\" : \"**no**\")}"; }

load0=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 1. throughput, rapper, jieba on the main corpus ------------------------
main=$(gen "$size")
mbytes=$(field "$main" bytes)
ndocs=$(field "$main" docs)
mb=$(calc .3f "$mbytes/1e6")
nq=$work/out.nq

say "policygraph extract -o nquads on $mb MB ($ndocs documents)"
rm -f "$nq"
# in turns with rapper (below), which reads what this writes
for ((i = 0; i < reps; i++)); do
  once pg_nq "$pg" extract -q -o nquads -O "$nq" "$main"
  [ $i = 0 ] && say "rapper -i nquads -o nquads on the same $(calc .0f "$(stat -c %s "$nq")/1e6") MB of N-Quads (in turns)"
  # rapper has no -O: write its output to a file on the same disk, like policygraph.
  once rapper sh -c 'rapper -q -i nquads -o nquads "$1" >"$2"' rapper "$nq" "$work/rapper.nq"
done
best pg_nq; pg_wall=$T_WALL pg_cpu=$T_CPU pg_rss=$T_RSS
best rapper; rp_wall=$T_WALL rp_cpu=$T_CPU
quads=$(wc -l <"$nq")
nqbytes=$(stat -c %s "$nq")
count_type() { { grep -F "#type> <https://w3id.org/policygraph/ns#$1> " "$nq" || true; } | cut -d' ' -f1 | sort -u | wc -l; }
n_person=$(count_type Person) n_org=$(count_type Organization) n_place=$(count_type Place)

rp_quads=$(wc -l <"$work/rapper.nq")
[ "$rp_quads" = "$quads" ] || echo "warning: rapper read $rp_quads quads, policygraph wrote $quads" >&2
[ $keep = 1 ] || rm -f "$work/rapper.nq"

if [ $do_jieba = 1 ]; then
  say "@node-rs/jieba tagging the same text"
  # one process, the corpus tagged $reps times, the best pass reported
  r0=$reps reps=1
  timed jieba sh -c 'cd "$1" && node jieba_tag.js --reps "$4" "$2" >"$3"' jieba "$here/node" "$main" "$work/jieba.json" "$r0"
  reps=$r0
  jb_wall=$T_WALL
  jget() { sed -n "s/.*\"$1\":\\([0-9.e+-]*\\).*/\\1/p" "$work/jieba.json"; }
  jb_tag=$(calc .2f "$(jget tag_s)") jb_cpu=$(calc .2f "$(jget tag_cpu_s)") jb_load=$(calc .2f "$(jget load_s)")
  jb_nr=$(jget nr) jb_ns=$(jget ns) jb_nt=$(jget nt)
fi

say "policygraph --provenance none (entities and relations only) on the same text"
timed pg_none sh -c '"$0" extract -q -o nquads --provenance none "$1" >"$2"' "$pg" "$main" "$work/none.nq"
pn_wall=$T_WALL pn_cpu=$T_CPU
pn_quads=$(wc -l <"$work/none.nq")
rm -f "$work/none.nq"

# --- 2. memory and linearity at two sizes (output to /dev/null) --------------
pg_null() { # name corpus [opts]: extract to /dev/null, once
  local name=$1 c=$2
  shift 2
  once "$name" sh -c '"$0" extract -q -o nquads "$@" >/dev/null' "$pg" "$@" "$c"
}
cs=$(gen "$small") cl=$(gen "$large")
ms=$(calc .3f "$(field "$cs" bytes)/1e6") ml=$(calc .3f "$(field "$cl" bytes)/1e6")
say "memory and time at $ms MB and $ml MB (to /dev/null)"
for ((i = 0; i < reps; i++)); do pg_null pg_small "$cs"; pg_null pg_large "$cl"; done
best pg_small; s_wall=$T_WALL s_cpu=$T_CPU s_rss=$T_RSS
best pg_large; l_wall=$T_WALL l_cpu=$T_CPU l_rss=$T_RSS

# --- 2b. one long document (per-document steps must be linear too) ---------
one() { # SIZE: a single-file corpus of SIZE bytes, one document
  local f=$work/one-$seed-$1-$gver.txt
  [ -f "$f" ] || python3 "$here/gen/gen.py" --seed "$seed" --size "$1" --single --out "$f" >/dev/null
  echo "$f"
}
say "one long document: 200 KB and 800 KB"
o1=$(one 200KB) o4=$(one 800KB)
for ((i = 0; i < reps; i++)); do pg_null pg_one1 "$o1"; pg_null pg_one4 "$o4"; done
best pg_one1; o1_cpu=$T_CPU
best pg_one4; o4_cpu=$T_CPU
o1_mb=$(calc .3f "$(stat -c %s "$o1")/1e6") o4_mb=$(calc .3f "$(stat -c %s "$o4")/1e6")
olin=$(calc .2f "($o4_cpu/$o4_mb)/($o1_cpu/$o1_mb)")

# --- 3. scaling: -j 1 against -j 2 on the small corpus -----------------------
# Wall time is the figure (CPU time cannot show parallelism), so both runs
# need an idle machine: the load average before and after is printed with
# the row.  -j 2 writes the same bytes as -j 1 (tests/cli/jobs.sh).
probe=$(find "$main" -name '*.txt' -print -quit)
if "$pg" extract -q -j 2 -o nquads "$probe" >/dev/null 2>&1; then
  say "scaling: -j 1 and -j 2 on $ms MB"
  sload0=$(cut -d' ' -f1 /proc/loadavg)
  for ((i = 0; i < reps; i++)); do pg_null pg_j1 "$cs" -j 1; pg_null pg_j2 "$cs" -j 2; done
  best pg_j1; j1=$T_WALL j1_cpu=$T_CPU
  best pg_j2; j2=$T_WALL j2_cpu=$T_CPU j2_rss=$T_RSS
  sload1=$(cut -d' ' -f1 /proc/loadavg)
  speedup=$(calc .2f "$j1/$j2")
  scale_row="| scaling 1 → 2 workers ($ms MB to /dev/null, wall time, best of $reps; load $sload0 → $sload1: needs an idle machine) | -j 2: $j2 s wall, $j2_cpu s CPU, largest process $((j2_rss / 1024)) MB | -j 1: $j1 s wall, $j1_cpu s CPU | **${speedup}×** | ≥ 1.8× | $(met "$j1/$j2 >= 1.8") |"
else
  scale_row="| scaling 1 → 2 workers | pending: this policygraph has no \`-j\` | | | ≥ 1.8× | pending |"
fi

# --- report -----------------------------------------------------------------
# Ratios use CPU time (user + system): the machine may be shared, and CPU
# time is what a quiet machine's wall time would be for these one-thread runs.
r_rapper=$(calc .2f "$pg_cpu/$rp_cpu")
growth=$(calc .1f "($l_rss-$s_rss)*100/$s_rss")
spm_s=$(calc .3f "$s_cpu/$ms") spm_l=$(calc .3f "$l_cpu/$ml")
lin=$(calc .2f "($l_cpu/$ml)/($s_cpu/$ms)")
load1=$(cut -d' ' -f1-3 /proc/loadavg)
out=$work/RESULTS.md
{
  echo "## Results ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Command: \`bench/run.sh $args\`. Corpus: generator $gver, seed $seed, $ndocs documents, $mb MB of text ($(cut -d' ' -f3- "$main.summary"))."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo); load average $load0 at start, $load1 at end."
  echo "Tools: $("$pg" --version 2>&1 | head -n 1), rapper $(rapper --version), node $(node --version), @node-rs/jieba $(sed -n 's/.*"version": "\(.*\)".*/\1/p' "$here/node/node_modules/@node-rs/jieba/package.json" 2>/dev/null | head -n 1)."
  echo "Ratios compare CPU seconds (user + system); wall seconds are shown beside them; best of $reps, compared runs taken in turns."
  echo "policygraph's times are end to end: process start, lexicon load, extraction and writing the output file."
  echo
  echo "| figure | policygraph | peer | ratio | target | met |"
  echo "| --- | --- | --- | --- | --- | --- |"
  echo "| extraction throughput, N-Quads, full provenance | $(calc .2f "$mbytes/1e6/$pg_cpu") MB/s · $(calc .0f "$ndocs/$pg_cpu") docs/s · $(calc .0f "$quads/$pg_cpu") quads/s per CPU second ($pg_cpu s CPU; wall $pg_wall s = $(calc .2f "$mbytes/1e6/$pg_wall") MB/s) | | | | |"
  echo "| output | $quads quads, $(calc .0f "$nqbytes/1e6") MB of N-Quads ($(calc .0f "$nqbytes/$mbytes")× the text) | | | | |"
  echo "| end to end vs \`rapper -i nquads -o nquads\` on the same N-Quads | $pg_cpu s CPU ($pg_wall s wall) | $rp_cpu s CPU ($rp_wall s wall) | **$r_rapper×** | ≤ 1.5× | $(met "$pg_cpu/$rp_cpu <= 1.5") |"
  if [ $do_jieba = 1 ]; then
    echo "| vs \`@node-rs/jieba\` POS-tagging the same text (jieba time / policygraph time) | $pg_cpu s CPU | $jb_cpu s CPU tagging ($jb_tag s wall; + $jb_load s dictionary load) | **$(calc .2f "$jb_cpu/$pg_cpu")×** | ≥ 5× | $(met "$jb_cpu/$pg_cpu >= 5") |"
    echo "| the same, \`--provenance none\` (no NIF mentions, no evidence) | $pn_cpu s CPU ($pn_wall s wall), $pn_quads quads | $jb_cpu s CPU | $(calc .2f "$jb_cpu/$pn_cpu")× | (for reference) | |"
    echo "| entities found | $n_person pg:Person, $n_org pg:Organization, $n_place pg:Place (distinct IRIs), with relations and provenance | jieba tokens: $jb_nr nr, $jb_ns ns, $jb_nt nt, no relations | | | |"
  fi
  echo "| peak RSS, $ms MB → $ml MB of text | $((s_rss / 1024)) MB → $((l_rss / 1024)) MB | | **${growth}%** | ≤ 10% | $(met "($l_rss-$s_rss)*100/$s_rss <= 10") |"
  echo "| CPU time per MB, $ms MB → $ml MB (linearity) | $spm_s → $spm_l s/MB ($s_cpu s, $l_cpu s CPU; $s_wall s, $l_wall s wall) | | **${lin}×** | ≤ 1.3× | $(met "$lin <= 1.3") |"
  echo "| CPU time per MB, one document of $o1_mb MB → $o4_mb MB | $(calc .3f "$o1_cpu/$o1_mb") → $(calc .3f "$o4_cpu/$o4_mb") s/MB ($o1_cpu s, $o4_cpu s CPU) | | **${olin}×** | ≤ 1.3× | $(met "$olin <= 1.3") |"
  echo "$scale_row"
} >"$out"

cat "$out"
cp "$out" "$here/RESULTS.md"
if [ $do_readme = 1 ] && grep -q '<!-- RESULTS -->' "$here/README.md" 2>/dev/null; then
  python3 - "$here/README.md" "$out" <<'EOF'
import sys
readme, res = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
t = open(readme, encoding="utf-8").read()
a, b = t.index("<!-- RESULTS -->") + len("<!-- RESULTS -->"), t.index("<!-- /RESULTS -->")
open(readme, "w", encoding="utf-8").write(t[:a] + "\n" + res.replace("## Results", "### Latest results", 1) + t[b:])
EOF
fi
[ $keep = 1 ] || rm -f "$nq"
say "done: bench/RESULTS.md (log: $log)"
