#!/bin/sh
# bench/train-model.sh - rebuilds ontology/model/tagger.model (`make model`).
#
# Silver labels: the rules' mentions on the CCTV news corpus
# (../shared/corpus/xwlb-2020-2023.tar.xz, unpacked to $XWLB_DIR) minus the
# 80 items of tests/real/{working,heldout}.list; gold labels: the working
# half's gold files (tests/real/gold/xwlb/).  The held-back half is never
# read.  Same corpus + same gold files -> the same model, byte for byte;
# the gold files used are listed with their SHA-256 in tagger.manifest.
#
# Environment: SHARED (default ../shared beside the source tree), REAL (the
# folder holding working.list, heldout.list and gold/xwlb; default
# tests/real of the source tree), XWLB_DIR (default /tmp/xwlb-2020-2023),
# BUILDDIR (where tools/train-tagger was built; default .), EPOCHS, REPEAT,
# PRUNE (weights below it dropped after averaging; 16 = one update),
# LAC_DIR (Baidu LAC's small model, the teacher of the people the rules
# miss; default python3-jieba's lac_small; empty: no teacher), LAC_MARGIN
# (least CRF margin of a taught name, default 2), THREADS (LAC's, default 2).
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$src/../shared}
REAL=${REAL:-$src/tests/real}
XWLB_DIR=${XWLB_DIR:-/tmp/xwlb-2020-2023}
BUILDDIR=${BUILDDIR:-.}
EPOCHS=${EPOCHS:-5}
REPEAT=${REPEAT:-5}
PRUNE=${PRUNE:-16}
LAC_DIR=${LAC_DIR-/usr/lib/python3/dist-packages/jieba/lac_small}
LAC_MARGIN=${LAC_MARGIN:-2}
THREADS=${THREADS:-2}
lac=
if [ -n "$LAC_DIR" ]; then
  [ -f "$LAC_DIR/model_baseline/crfw" ] || {
    echo "train-model.sh: no LAC model in $LAC_DIR (apt-get install python3-jieba, or LAC_DIR= for none)" >&2
    exit 1
  }
  lac="-L $LAC_DIR -m $LAC_MARGIN -j $THREADS"
fi
out=$src/ontology/model/tagger.model

if [ ! -f "$XWLB_DIR/2020-01-01-01.txt" ]; then
  mkdir -p "$(dirname "$XWLB_DIR")"
  tar -C "$(dirname "$XWLB_DIR")" -xJf "$SHARED/corpus/xwlb-2020-2023.tar.xz"
fi
for f in "$REAL/working.list" "$REAL/heldout.list"; do
  [ -f "$f" ] || { echo "train-model.sh: $f is missing" >&2; exit 1; }
done
gold=
[ -d "$REAL/gold/xwlb" ] && gold="-G $REAL/gold/xwlb -w $REAL/working.list"
tmp=$out.tmp.$$
trap 'rm -f "$tmp" "$tmp.used" "$tmp.manifest"' EXIT INT TERM
# shellcheck disable=SC2086
POLICYGRAPH_DATADIR=$src/ontology "$BUILDDIR/tools/train-tagger" \
  -e "$EPOCHS" -g "$REPEAT" -p "$PRUNE" -x "$REAL/working.list" -x "$REAL/heldout.list" \
  $gold $lac -o "$tmp" "$XWLB_DIR" >"$tmp.used"
{
  echo "# ontology/model/tagger.model: how it was made (bench/train-model.sh)"
  echo "# the silver labels come from the rules: the same rules (source) are needed"
  echo "source $(git -C "$src" describe --always --dirty 2>/dev/null || echo unknown)"
  echo "epochs $EPOCHS gold-repeat $REPEAT prune $PRUNE"
  if [ -n "$lac" ]; then
    echo "teacher lac margin $LAC_MARGIN $(cat "$LAC_DIR/word.dic" "$LAC_DIR/tag.dic" "$LAC_DIR"/model_baseline/* | sha256sum | cut -d' ' -f1)"
  fi
  echo "corpus $(sha256sum "$SHARED/corpus/xwlb-2020-2023.tar.xz" | cut -d' ' -f1) xwlb-2020-2023.tar.xz"
  echo "model $(sha256sum "$tmp" | cut -d' ' -f1)"
  while read -r g; do
    echo "gold $(sha256sum "$g" | cut -d' ' -f1) $(basename "$g")"
  done <"$tmp.used"
} >"$tmp.manifest" # written aside: git describe must see the tree as it was
mv "$tmp.manifest" "$src/ontology/model/tagger.manifest"
mv "$tmp" "$out"
echo "train-model.sh: wrote $out ($(wc -c <"$out") bytes)"
