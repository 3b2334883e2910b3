#!/bin/sh
# usage.sh - the command line: --help, --version, usage errors (exit 2
# with a one-line hint), formats.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"

"$PG" --help >"$T/help" 2>"$T/err"
t_is "$?" 0 "--help exits 0"
for opt in -o -O --store --base --provenance --doc-date --input-format \
           --encoding --lenient -q --data -r -f "query" "load" "remove" \
           "stats" "formats" --version; do
  grep -q -e "$opt" "$T/help"
  t_ok $? "--help mentions $opt"
done
t_is "$($PG --version)" "policygraph 0.1.0" "--version"

usage() { # DESC WANT-FIRST-LINE ARGS...
  d=$1 want=$2; shift 2
  "$PG" "$@" >"$T/out" 2>"$T/err"
  t_is "$?" 2 "$d: exit 2"
  t_is "$(head -1 "$T/err")" "$want" "$d: message"
  t_is "$(sed -n 2p "$T/err")" "Try 'policygraph --help' for more information." \
    "$d: hint"
}
usage "no subcommand" "policygraph: Error - a subcommand is needed"
usage "unknown subcommand" "policygraph: Error - unknown subcommand 'frobnicate'" frobnicate
usage "extract without files" \
  "policygraph: Error - extract needs at least one FILE ('-' = stdin)" extract
usage "bad --provenance" \
  "policygraph: Error - --provenance must be full, entities or none, not 'some'" \
  extract --provenance some "$ARTICLE"
usage "unknown option" "policygraph: Error - unknown extract option '--frob'" \
  extract --frob "$ARTICLE"
usage "query without a source" \
  "policygraph: Error - query needs either --store SPEC or --data RDFFILE..." \
  query 'ASK {}'
usage "query with a bad -r" \
  "policygraph: Error - -r must be table, csv, tsv, json or xml, not 'yaml'" \
  query --data x.nt -r yaml 'ASK {}'
usage "load without --store" "policygraph: Error - load needs --store SPEC" \
  load x.nt

"$PG" extract -o trix "$ARTICLE" >"$T/out" 2>"$T/err"
t_is "$?" 2 "unknown format: exit 2"
t_is "$(head -1 "$T/err")" \
  "policygraph: Error - unknown output format 'trix'; the formats are:" \
  "unknown format: message"
grep -q '^  turtle	' "$T/err"
t_ok $? "unknown format: the list of formats follows"
t_is "$(wc -c <"$T/out" | tr -d ' ')" 0 "unknown format: nothing written"

"$PG" formats >"$T/formats"
t_is "$?" 0 "formats exits 0"
for f in turtle ntriples nquads rdfxml rdfxml-abbrev json json-triples dot html; do
  grep -q "^$f	" "$T/formats"
  t_ok $? "formats lists $f"
done
t_done
