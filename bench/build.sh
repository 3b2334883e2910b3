# build.sh - sourced by the bench scripts: policygraph built out of tree.
#
# pg_build SRC BUILD LOG: runs SRC's autogen.sh when it has no configure,
# configures SRC in BUILD (once) and makes it there, output appended to
# LOG; prints the binary's path.  Returns non-zero when a step fails.
pg_build() {
  local src=$1 build=$2 log=$3
  { [ -x "$src/configure" ] || (cd "$src" && ./autogen.sh); } >>"$log" 2>&1 || return 1
  mkdir -p "$build" || return 1
  (cd "$build" && { [ -f Makefile ] || "$src/configure" -q; } && make -j2) >>"$log" 2>&1 \
    || return 1
  echo "$build/policygraph"
}
