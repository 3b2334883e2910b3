#!/bin/sh
# progress.sh - the progress line: nothing on a pipe unless --progress,
# which writes lines of documents done / total, MB, MB/s, time left and a
# final "done in"; on a terminal (a pty from script(1)) one line redrawn
# in place for a multi-document run, and nothing with -q, --no-progress
# or a single document.  The graph on stdout is the same either way.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
cd "$T" || exit 1
mkdir corpus
i=1
while [ $i -le 12 ]; do
  cp "$DATA/small.txt" "corpus/s$i.txt"
  i=$((i + 1))
done
cp "$ARTICLE" corpus/article.txt

"$PG" extract -o nquads corpus >plain.nq 2>plain.err
t_is "$?:$(cat plain.err)" "0:" "stderr a pipe: no progress"
"$PG" extract --progress -o nquads corpus >prog.nq 2>prog.err
t_is "$?" 0 "--progress: exit 0"
cmp -s plain.nq prog.nq
t_ok $? "--progress: the same output"
last=$(tail -n 1 prog.err)
case $last in
  "policygraph: 13/13 documents, "*" MB, "*" MB/s, done in "*) r=0 ;;
  *) r=1 ;;
esac
t_ok $r "--progress on a pipe: a final line with documents and MB/s: $last"
t_is "$(grep -vc '^policygraph: [0-9]*/13 documents, [0-9.]*\(/[0-9.]*\)\{0,1\} MB, [0-9.]* MB/s, ' prog.err)" 0 \
  "--progress on a pipe: every line is a progress line"
"$PG" extract --progress -j 2 -o nquads corpus >progj.nq 2>progj.err
cmp -s plain.nq progj.nq
t_ok $? "--progress -j 2: the same output"
t_is "$(tail -n 1 progj.err | cut -d, -f1)" "policygraph: 13/13 documents" "--progress -j 2: all documents counted"
"$PG" extract --progress --no-progress -o nquads corpus >/dev/null 2>none.err
t_is "$(cat none.err)" "" "--no-progress after --progress: nothing"

if ! script -qec true /dev/null >/dev/null 2>&1; then
  t_skip "script(1) (bsdutils) gives no pty here"
  t_done
  exit 0
fi
# On a pty: stdout to a file, stderr the terminal (script's output).
tty_err() { script -qec "$* >tty.out" /dev/null </dev/null | tr -d '\r'; }
out=$(tty_err "'$PG' extract -o nquads corpus")
case $out in
  *"documents, "*" MB/s, done in "*) r=0 ;;
  *) r=1 ;;
esac
t_ok $r "terminal: the progress line is shown"
case $out in
  *"[K"*) r=0 ;;
  *) r=1 ;;
esac
t_ok $r "terminal: the line is redrawn in place (erase to end of line)"
cmp -s plain.nq tty.out
t_ok $? "terminal: the same output"
t_is "$(tty_err "'$PG' extract -q -o nquads corpus")" "" "terminal, -q: nothing"
t_is "$(tty_err "'$PG' extract --no-progress -o nquads corpus")" "" "terminal, --no-progress: nothing"
t_is "$(tty_err "'$PG' extract -o nquads corpus/s1.txt")" "" "terminal, one document: nothing"
t_done
