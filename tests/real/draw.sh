#!/bin/sh
# draw.sh - draw the real development set from the 新闻联播 corpus, once:
# the 80 items whose names hash lowest under a fixed seed (no item is picked
# by hand), split into a working half and a held-back half by a second hash.
# Prints working.list and heldout.list into DIR (default: this folder).
#   draw.sh [DIR]    (needs ../shared/corpus/xwlb-2020-2023.tar.xz)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-$here}
tar=$here/../../../shared/corpus/xwlb-2020-2023.tar.xz
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
tar -tJf "$tar" | sed -n 's|.*/\([0-9-]*\.txt\)$|\1|p' > "$tmp/names"
key() { # key SEED: "hash name" per name, by SHA-256 of SEED:name
  while read -r f; do
    printf '%s %s\n' "$(printf '%s:%s' "$1" "$f" | sha256sum | cut -c1-16)" "$f"
  done
}
key policygraph-real-2026 < "$tmp/names" | sort | head -80 | cut -d' ' -f2 > "$tmp/drawn"
key policygraph-split-2026 < "$tmp/drawn" | sort | cut -d' ' -f2 > "$tmp/split"
head -40 "$tmp/split" | sort > "$dir/working.list"
tail -n +41 "$tmp/split" | sort > "$dir/heldout.list"
