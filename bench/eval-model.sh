#!/bin/sh
# bench/eval-model.sh - entity P/R per type over a list of corpus items,
# summed over the items (micro average), for the rules alone or with the
# learned recognizers (--model, --lac):
#   bench/eval-model.sh LIST GOLDDIR CORPUSDIR [extract options...]
#   e.g. bench/eval-model.sh tests/real/heldout.list tests/real/gold/xwlb \
#          /tmp/xwlb-2020-2023 --model --lac
# Needs ./policygraph (PG to override) and ../shared/eval/kgscore (KGSCORE).
set -eu
list=$1 gold=$2 corpus=$3
shift 3
src=$(cd "$(dirname "$0")/.." && pwd)
PG=${PG:-./policygraph}
KGSCORE=${KGSCORE:-$src/../shared/eval/kgscore}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
while read -r name; do
  case $name in ''|'#'*) continue ;; esac
  base=${name%.txt}
  g=$gold/$base.gold.tsv
  [ -f "$g" ] || { echo "eval-model.sh: no gold for $name, skipped" >&2; continue; }
  date=$(echo "$base" | cut -c1-10)
  "$PG" extract -q -o ntriples --doc-date "$date" "$@" -O "$tmp/$base.nt" \
    "$corpus/$name"
  python3 "$KGSCORE" "$g" "$tmp/$base.nt" --text "$corpus/$name" --json \
    >"$tmp/$base.json"
done <"$list"
python3 - "$tmp" <<'PY'
import json, os, sys
d = sys.argv[1]
tot, rel, n = {}, [0, 0, 0], 0
for f in sorted(os.listdir(d)):
    if not f.endswith(".json"):
        continue
    r = json.load(open(os.path.join(d, f))); n += 1
    for t, v in r["entities"].items():
        a = tot.setdefault(t, [0, 0, 0])
        a[0] += v["tp"]; a[1] += v["fp"]; a[2] += v["fn"]
    s = r["summary"]["relations"]
    rel[0] += s["tp"]; rel[1] += s["fp"]; rel[2] += s["fn"]
def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
print("%d documents" % n)
print("%-13s %5s %5s %5s %5s %5s %5s" % ("type", "P", "R", "F1", "tp", "fp", "fn"))
all3 = [0, 0, 0]
for t in sorted(tot):
    v = tot[t]
    all3 = [a + b for a, b in zip(all3, v)]
    print("%-13s %5.3f %5.3f %5.3f %5d %5d %5d" % ((t,) + prf(*v) + tuple(v)))
print("%-13s %5.3f %5.3f %5.3f %5d %5d %5d" % (("ALL",) + prf(*all3) + tuple(all3)))
print("%-13s %5.3f %5.3f %5.3f %5d %5d %5d" % (("relations",) + prf(*rel) + tuple(rel)))
PY
