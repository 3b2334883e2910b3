#!/bin/sh
# lac.sh - extract --lac: Baidu LAC's small model adds a person the rules
# do not name, with its rule and confidence; without --lac the graph has
# no such person; a bad margin is a usage error and a missing model an
# error that names the file, with no output written.  Skipped where
# python3-jieba is not installed.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
LAC=/usr/lib/python3/dist-packages/jieba/lac_small

printf '吴瑞芹说，居民意见很大。\n' >"$T/a.txt"
"$PG" extract -q -o ntriples -O "$T/rules.nt" "$T/a.txt"
t_ok $? "the rules extract the sentence"
t_is "$(grep -c 'person/吴瑞芹>' "$T/rules.nt")" 0 "the rules alone miss the person (the premise of what follows)"
"$PG" extract -q --lac=x "$T/a.txt" 2>"$T/err"
t_is $? 2 "--lac=x is a usage error (exit 2)"
POLICYGRAPH_LAC_DIR=$T/nowhere "$PG" extract -q --lac -O "$T/none.nt" "$T/a.txt" 2>"$T/err"
t_ok "$([ $? -ne 0 ] && grep -q 'nowhere/word.dic' "$T/err" && [ ! -e "$T/none.nt" ] && echo 0 || echo 1)" \
  "a missing LAC model: an error naming the file, and no output"
if [ ! -f "$LAC/model_baseline/crfw" ]; then
  t_skip "python3-jieba's LAC model is not installed"
  t_done
  exit 0
fi
"$PG" extract -q --lac -o turtle -O "$T/lac.ttl" "$T/a.txt"
t_ok $? "extract --lac runs"
block=$(awk 'BEGIN{RS=""} /model\.lac/' "$T/lac.ttl")
t_ok "$(printf '%s' "$block" | grep -q 'anchorOf "吴瑞芹"' && echo 0 || echo 1)" \
  "LAC names the person the rules did not"
t_ok "$(printf '%s' "$block" | grep -q 'confidence [0-9]' && echo 0 || echo 1)" \
  "with its CRF margin as pg:confidence"
"$PG" extract -q --lac=50 -o ntriples -O "$T/high.nt" "$T/a.txt"
t_is "$(grep -c 'rule> "model.lac"' "$T/high.nt")" 0 "--lac=50 keeps no name below that margin"
t_done
