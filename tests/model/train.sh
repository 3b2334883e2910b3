#!/bin/sh
# train.sh - the tagger's trainer (tools/train-tagger) on the project's own
# example articles: the same texts give the same model file byte for byte,
# with Baidu LAC's small model as the teacher the bytes do not depend on
# the number of LAC's threads, the teacher names people the rules missed,
# and a model trained with it loads and tags (extract --model).  The LAC
# parts are skipped where python3-jieba is not installed.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
TRAIN=${PG_BUILDDIR:-$(dirname "$PG")}/tools/train-tagger
LAC=/usr/lib/python3/dist-packages/jieba/lac_small
export POLICYGRAPH_DATADIR="$PG_SRCDIR/ontology"

mkdir "$T/corpus"
for f in "$PG_SRCDIR"/tests/articles/*.txt "$ARTICLE"; do
  cp "$f" "$T/corpus/"
done

"$TRAIN" -e 2 -o "$T/a.model" "$T/corpus" 2>"$T/a.log"
t_ok $? "train-tagger trains on the example articles"
"$TRAIN" -e 2 -o "$T/b.model" "$T/corpus" 2>/dev/null
t_check "the same texts give the same model file" cmp "$T/a.model" "$T/b.model"
"$TRAIN" -e 0 -o "$T/c.model" "$T/corpus" 2>/dev/null
t_is $? 2 "no epochs is a usage error (exit 2)"

if [ ! -f "$LAC/model_baseline/crfw" ]; then
  t_skip "python3-jieba's LAC model is not installed: teacher not tested"
  t_done
  exit 0
fi
"$TRAIN" -e 2 -L "$LAC" -j 1 -o "$T/l1.model" "$T/corpus" 2>"$T/l1.log"
t_ok $? "train-tagger trains with LAC as the teacher"
named=$(sed -n 's/^train-tagger: LAC named \([0-9]*\) people.*/\1/p' "$T/l1.log")
t_ok "$([ "${named:-0}" -gt 0 ] && echo 0 || echo 1)" \
  "the teacher names people the rules missed (${named:-none})"
"$TRAIN" -e 2 -L "$LAC" -j 2 -o "$T/l2.model" "$T/corpus" 2>/dev/null
t_check "one thread or two: the same model file" cmp "$T/l1.model" "$T/l2.model"
t_ok "$(cmp -s "$T/a.model" "$T/l1.model" && echo 1 || echo 0)" \
  "the teacher's names change the model"
"$TRAIN" -e 2 -L "$T/nowhere" -o "$T/x.model" "$T/corpus" 2>"$T/x.log"
t_ok "$([ $? -ne 0 ] && grep -q 'nowhere/word.dic' "$T/x.log" && echo 0 || echo 1)" \
  "a missing teacher is an error that names the file"
mkdir -p "$T/data/model"
cp -r "$PG_SRCDIR/ontology/." "$T/data/"
cp "$T/l1.model" "$T/data/model/tagger.model"
POLICYGRAPH_DATADIR=$T/data "$PG" extract -q --model -o ntriples -O "$T/out.nt" "$ARTICLE"
t_ok $? "extract --model loads the taught model"
t_done
