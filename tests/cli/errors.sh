#!/bin/sh
# errors.sh - bad input gives the documented exit code and message (text
# pinned), -O leaves no file on failure (and an old one untouched), one
# bad input among several fails the run but a store keeps the good
# documents.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
cd "$T" || exit 1
cp "$DATA/not-utf8.txt" "$DATA/empty.txt" "$DATA/small.txt" .

fails() { # DESC WANT-MESSAGE ARGS...
  d=$1 want=$2; shift 2
  "$PG" "$@" >out 2>err
  t_is "$?" 1 "$d: exit 1"
  t_is "$(cat err)" "$want" "$d: message"
}
# not-utf8.txt is UTF-8 Chinese with one 0xFF byte, which no encoding
# the decoder knows accepts.
fails "non-UTF-8 (--encoding UTF-8)" "policygraph: Error - not-utf8.txt:1:4 - invalid UTF-8 at byte 7 (0xFF): expected UTF-8 text (name another encoding with --encoding, or use --lenient)" \
  extract --encoding UTF-8 -O out.ttl not-utf8.txt
t_ok "$(ls -A | grep -c 'out\.ttl')" "non-UTF-8: no output file, no temporary left"
"$PG" extract -O out.ttl not-utf8.txt >out 2>err
t_is "$?" 1 "non-UTF-8, encoding detected: exit 1"
grep -q '^policygraph: Error - not-utf8.txt:1.* at byte 7 (0xFF): ' err
t_ok $? "non-UTF-8, encoding detected: the message names file, line and byte"
t_ok "$(ls -A | grep -c 'out\.ttl')" "non-UTF-8, encoding detected: no output file"
"$PG" extract --lenient -o ntriples not-utf8.txt >out 2>err
t_is "$?" 0 "--lenient reads it"
grep -q '^policygraph: Warning - not-utf8.txt:1 - .*replaced by U+FFFD' err
t_ok $? "--lenient warns about what it replaced"
"$PG" extract --lenient -q -o ntriples not-utf8.txt >out 2>err
t_is "$?:$(cat err)" "0:" "-q silences the warning"
fails "empty file" "policygraph: Error - empty.txt - empty document: there is no text to extract" \
  extract -O out.ttl empty.txt
t_ok "$(ls -A | grep -c 'out\.ttl')" "empty file: no output file"
fails "missing file" "policygraph: Error - missing.txt - cannot open: No such file or directory" \
  extract -O out.ttl missing.txt
t_ok "$(ls -A | grep -c 'out\.ttl')" "missing file: no output file"
fails "--lenient still refuses nothing to read" \
  "policygraph: Error - empty.txt - empty document: there is no text to extract" \
  extract --lenient empty.txt

# One bad input among good ones: exit 1, the -O file is not written, an
# existing one keeps its old content.
echo "old content" >keep.nt
"$PG" extract -o ntriples -O keep.nt small.txt not-utf8.txt 2>err
t_is "$?" 1 "good + bad: exit 1"
t_is "$(cat keep.nt)" "old content" "good + bad: the old -O file is untouched"
t_is "$(ls -A | grep -c '^\.keep')" 0 "good + bad: no temporary file left"
"$PG" extract -o ntriples -O new.nt small.txt missing.txt 2>err
t_ok "$([ ! -e new.nt ]; echo $?)" "good + missing: no -O file"

# With --store, the good documents before and after stay committed.
"$PG" extract --store kg.sqlite small.txt not-utf8.txt "$ARTICLE" 2>err
t_is "$?" 1 "store: good + bad + good: exit 1"
"$PG" stats --store kg.sqlite >stats
t_is "$(grep '^documents' stats)" "documents	2" "store: both good documents committed"

# A store that cannot be opened.
echo "not a database" >text.sqlite
fails "not a store" "policygraph: Error - text.sqlite - cannot open store text.sqlite: file is not a database" \
  extract --store text.sqlite small.txt
fails "store in a missing directory" "policygraph: Error - no/dir/kg.sqlite - cannot open store sqlite:no/dir/kg.sqlite: No such file or directory" \
  extract --store sqlite:no/dir/kg.sqlite small.txt
fails "stats of a missing store" "policygraph: Error - no/dir/kg.sqlite - no such store (extract --store or load creates one)" \
  stats --store sqlite:no/dir/kg.sqlite
fails "unknown storage" "policygraph: Error - cannot open store nosuch:x=1: librdf has no storage called 'nosuch' (is its librdf-storage package installed?)" \
  stats --store nosuch:x=1

# -O into a directory that does not exist.
fails "impossible -O" "policygraph: Error - no/dir/out.ttl - cannot create the output file: No such file or directory" \
  extract -O no/dir/out.ttl small.txt

# -O to what is no regular file (a named pipe here; /dev/null the same)
# writes into it: it is not replaced by a regular file.
if mkfifo pipe 2>/dev/null; then
  cat pipe >piped.nt &
  reader=$!
  "$PG" extract -q -o ntriples -O pipe small.txt
  t_is "$?" 0 "-O to a named pipe: exit 0"
  if [ -p pipe ]; then
    wait "$reader"
  else
    kill "$reader" 2>/dev/null # a file in the pipe's place: no writer comes
  fi
  t_ok "$([ -p pipe ] && [ -s piped.nt ]; echo $?)" \
    "-O to a named pipe: still a pipe, the reader got the triples"
  t_ok "$(ls -A | grep -c '^\.pipe\.')" "-O to a named pipe: no temporary left"
fi

# Bad SPARQL: exit 1, the message names the query file and line.
"$PG" extract -o ntriples -O small.nt small.txt
printf 'SELECT ?x\nWHERE { ?x ?y ?z .\n  FILTER( }\n' >bad.rq
"$PG" query --data small.nt -f bad.rq >out 2>err
t_is "$?" 1 "bad SPARQL: exit 1"
t_is "$(head -1 err)" "policygraph: Error - bad.rq:3:11 - syntax error, unexpected '}'" \
  "bad SPARQL: message with file, line and column"
printf '@prefix e: <http://e/> .\ne:x e:p .\n' >bad.ttl
fails "bad RDF data" "policygraph: Error - bad.ttl:2 - syntax error, unexpected ." \
  query --data bad.ttl 'ASK {}'
t_done
