#!/bin/sh
# formats.sh - every output format written on the bundled article (and
# the roundtable article when the shared corpus is there), re-parsed with
# raptor to the same triples as N-Triples; prefixes declared; N-Quads
# carries one named graph per document; same input, same bytes.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"

# The raptor parser for each format raptor can read back (JSON-LD:
# tests/formats/roundtrip.sh).
parser_for() {
  case $1 in
    ntriples|nquads|turtle|rdfxml|json|trig) echo "$1" ;;
    rdfxml-abbrev|rdfxml-xmp) echo rdfxml ;;
    *) echo "" ;;
  esac
}

roundtrip() { # NAME ARTICLE
  name=$1 art=$2
  "$PG" extract -o ntriples -O "$T/$name.nt" "$art"
  t_is "$?" 0 "$name: ntriples written"
  want=$(LC_ALL=C sort -u "$T/$name.nt" | wc -l | tr -d ' ')
  t_ok "$([ "$want" -gt 100 ]; echo $?)" "$name: $want triples"
  for f in $("$PG" formats | cut -f1); do
    "$PG" extract -o "$f" -O "$T/$name.$f" "$art" 2>"$T/err"
    t_is "$?:$(cat "$T/err")" "0:" "$name: $f written, no message"
    t_ok "$([ -s "$T/$name.$f" ]; echo $?)" "$name: $f is not empty"
    p=$(parser_for "$f")
    if [ -z "$p" ]; then continue; fi
    if ! command -v rapper >/dev/null; then t_skip "rapper missing"; continue; fi
    t_is "$(t_triples "$p" "$T/$name.$f")" "$want" \
      "$name: $f reads back to the same $want triples"
  done
  grep -q '^@prefix pg: <https://w3id.org/policygraph/ns#> \.$' "$T/$name.turtle"
  t_ok $? "$name: turtle declares pg:"
  grep -q '^@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> \.$' \
    "$T/$name.turtle"
  t_ok $? "$name: turtle declares nif:"
  grep -q ' a pg:' "$T/$name.turtle"
  t_ok $? "$name: turtle uses prefixed names"
  grep -q 'xmlns:schema="http://schema.org/"' "$T/$name.rdfxml-abbrev"
  t_ok $? "$name: rdfxml-abbrev declares schema:"
  t_ok "$(tr -d '\n' <"$T/$name.turtle" | grep -c "$(printf '\r')")" \
    "$name: turtle holds no carriage return"
}

roundtrip example "$ARTICLE"
if [ -f "$CORPUS" ]; then roundtrip roundtable "$CORPUS"
else t_skip "the shared corpus is not beside the source tree"; fi

# Same input twice: byte-identical N-Triples.
"$PG" extract -o ntriples "$ARTICLE" >"$T/again.nt"
cmp -s "$T/example.nt" "$T/again.nt"
t_ok $? "the same input twice gives byte-identical N-Triples"
"$PG" extract -o ntriples - <"$ARTICLE" >"$T/stdin.nt"
t_is "$?" 0 "standard input ('-') is read"
t_is "$(wc -l <"$T/stdin.nt" | tr -d ' ')" \
  "$(wc -l <"$T/example.nt" | tr -d ' ')" "stdin gives as many statements"

# Several inputs: each document is its own named graph.
cp "$ARTICLE" "$T/first.txt"
cp "$DATA/small.txt" "$T/second.txt"
"$PG" extract -o nquads -O "$T/two.nq" "$T/first.txt" "$T/second.txt"
t_is "$?" 0 "two documents as nquads"
graphs=$(sed 's/.* \(<[^>]*>\) \.$/\1/' "$T/two.nq" | LC_ALL=C sort -u | tr '\n' ' ')
t_is "$graphs" "<https://w3id.org/policygraph/id/doc/first> <https://w3id.org/policygraph/id/doc/second> " \
  "nquads names one graph per document, the document's IRI"
"$PG" extract -o ntriples --base http://example.org/kg/ "$T/second.txt" >"$T/base.nt"
grep -q '^<http://example.org/kg/doc/second> ' "$T/base.nt"
t_ok $? "--base changes the IRIs"
t_done
