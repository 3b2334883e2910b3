#!/bin/sh
# pathological.sh - inputs that once made a step quadratic: 300,000 of one
# character, 300,000 hex digits (a Latin product-name scan restarted at
# every letter of the run) and a 30 KB HTML document of never-closed
# nested <font> elements; bare local bodies (省委、市委…) after one place in
# one paragraph, and a list of people closed by 等 and a chain of 加入 (the
# walks back from them are bounded).  Each extraction runs under a CPU-time limit
# (ulimit -t), not a wall-clock one: linear work takes a fraction of a
# second here, and the hex digits took 2.7 s before the fix (11 s for
# 600,000).  The 1,200,000-character runs make a quadratic step take
# minutes, far past their limit.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"

gen() { # gen FILE KIND N: N characters of KIND
  "${PYTHON3:-python3}" - "$@" <<'PY'
import sys
path, kind, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
if kind == "hex":
    s = ("0123456789abcdef" * (n // 16 + 1))[:n]
elif kind == "font":
    unit = "<font>人工智能"
    s = "<html><body>" + unit * (n // len(unit.encode()))
elif kind == "local":   # bare local bodies after one place, one paragraph
    s = "我省河北省委书记出席。" + ("省委、市委、县政府，" * (n // 10))
elif kind == "joins":   # lists closed by 等 and chains of 加入
    s = ("会议召开，" + "北京大学校长张三教授、" * (n // 22) +
         "李四等3位委员出席。\n王五" + "从北京大学加入" * (n // 14) + "清华大学。")
else:
    s = kind * n
with open(path, "w", encoding="utf-8") as f:
    f.write(s)
PY
}

# bounded NAME SECONDS FILE: extract FILE under a CPU limit of SECONDS.
bounded() {
  (ulimit -t "$2" && exec "$PG" extract -q -o ntriples "$3") \
    > "$T/out.nt" 2> "$T/err"
  rc=$?
  t_is "$rc" 0 "$1: extracted within $2 CPU seconds"
  [ "$rc" -eq 0 ] || sed 's/^/# /' "$T/err" | head -5
  grep -q 'nif-core#isString' "$T/out.nt"
  t_ok $? "$1: the document is in the output"
}

gen "$T/one.txt" a 300000
bounded "300,000 x 'a'" 2 "$T/one.txt"
gen "$T/han.txt" 人 300000
bounded "300,000 x '人'" 2 "$T/han.txt"
gen "$T/hex.txt" hex 300000
bounded "300,000 hex digits" 2 "$T/hex.txt"
gen "$T/font.html" font 30000
bounded "30 KB of nested unclosed <font>" 2 "$T/font.html"
gen "$T/hex4.txt" hex 1200000
bounded "1,200,000 hex digits" 5 "$T/hex4.txt"
gen "$T/one4.txt" a 1200000
bounded "1,200,000 x 'a'" 5 "$T/one4.txt"
gen "$T/local.txt" local 1200000
bounded "1,200,000 characters of bare local bodies" 5 "$T/local.txt"
gen "$T/joins.txt" joins 600000
bounded "600,000 characters of a list before 等 and of 加入" 5 "$T/joins.txt"
t_done
