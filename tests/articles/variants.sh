#!/bin/sh
# variants.sh - the same article as users really hold it: an HTML page
# (paragraphs in <p>, a navigation bar and a script), GB18030 bytes, and
# traditional Chinese (OpenCC s2t).  Each must score entities within 0.02
# F1 of the UTF-8 text, with provenance 1.00.  TAP output.
set -u
: "${PG:?}" "${PG_SRCDIR:?}"
py=${PYTHON3:-python3}
score="$py $PG_SRCDIR/tests/tools/kgscore.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0

# f1 GOLD TEXT -> "entityF1 provenance" of TEXT (extracted as it is)
f1() {
  "$PG" extract -o ntriples -O "$tmp/out.nt" "$2" 2>"$tmp/err" || return 1
  $score "$1" "$tmp/out.nt" | tail -1 |
    sed 's/.*entities P=[0-9.]* R=[0-9.]* F1=\([0-9.]*\).*provenance=\([0-9.]*\).*/\1 \2/'
}

variant() { # NAME GOLD BASE-F1 FILE
  n=$((n + 1))
  if ! got=$(f1 "$2" "$4"); then
    echo "not ok $n - $1: extract failed: $(head -c 300 "$tmp/err")"
    return
  fi
  set -- "$1" "$2" "$3" "$4" $got
  if awk -v b="$3" -v f="$5" -v p="$6" 'BEGIN { exit !(f >= b - 0.02 && p >= 1.0) }'; then
    echo "ok $n - $1: entities F1 $5 (UTF-8 text $3), provenance $6"
  else
    echo "not ok $n - $1: entities F1 $5, want >= $3 - 0.02; provenance $6"
  fi
}

for gold in "$PG_SRCDIR"/tests/articles/*.gold.tsv; do
  text=${gold%.gold.tsv}.txt
  [ -f "$text" ] || continue # a page as published (.html): no variants
  name=$(basename "${gold%.gold.tsv}")
  base=$(f1 "$gold" "$text" | cut -d' ' -f1)
  # HTML page: navigation, a script, one <p> per paragraph.
  {
    printf '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title>\n' "$name"
    printf '<script>var nav = "首页 新闻 国际";</script></head><body>\n'
    printf '<nav><a href="/">首页</a> <a href="/news">新闻</a> <a href="/world">国际</a></nav>\n'
    sed -e 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g' -e '/^[[:space:]]*$/d' \
        -e 's/^/<p>/; s/$/<\/p>/' "$text"
    printf '<footer>版权所有</footer></body></html>\n'
  } > "$tmp/$name.html"
  variant "$name as HTML" "$gold" "$base" "$tmp/$name.html"
  if iconv -f UTF-8 -t GB18030 "$text" > "$tmp/$name.gb.txt" 2>/dev/null; then
    variant "$name as GB18030" "$gold" "$base" "$tmp/$name.gb.txt"
  fi
  if command -v opencc >/dev/null 2>&1; then
    opencc -c s2t.json -i "$text" -o "$tmp/$name.t.txt"
    variant "$name in traditional Chinese" "$gold" "$base" "$tmp/$name.t.txt"
  else
    n=$((n + 1)); echo "ok $n - $name in traditional Chinese # SKIP no opencc"
  fi
done
echo "1..$n"
