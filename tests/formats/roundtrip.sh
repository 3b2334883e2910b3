#!/bin/sh
# roundtrip.sh - the standard formats read back: TriG by rapper to the
# very quads of N-Quads, Turtle with the contract's prefixes, Chinese as
# UTF-8 in N-Triples, Turtle, TriG and JSON-LD, no Latin-only name tagged
# @zh, and JSON-LD parsed by python3 (its @context the published
# ontology/context.jsonld, keys compact IRIs) and, where npm can install
# the pinned packages (package.json here), expanded by jsonld.js to the
# same triples as N-Triples and read by Oxigraph to as many.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
PY=${PYTHON3:-python3}
HERE=$PG_SRCDIR/tests/formats

cp "$ARTICLE" "$T/forum.txt"
cp "$DATA/small.txt" "$T/small.txt"
set -- "$T/forum.txt" "$T/small.txt"

"$PG" extract -o nquads "$@" > "$T/all.nq"
t_is "$?" 0 "nquads of two documents"
"$PG" extract -o ntriples "$@" | LC_ALL=C sort -u > "$T/all.nt"
ntrip=$(wc -l < "$T/all.nt" | tr -d ' ')

# ---- TriG
"$PG" extract -o trig -O "$T/all.trig" "$@" 2> "$T/err"
t_is "$?:$(cat "$T/err")" "0:" "trig written, no message"
rapper -q -i trig -o nquads "$T/all.trig" 2> "$T/err" | LC_ALL=C sort -u > "$T/trig.nq"
t_is "$(cat "$T/err")" "" "trig: rapper reads it without a message"
rapper -q -i nquads -o nquads "$T/all.nq" | LC_ALL=C sort -u > "$T/want.nq"
cmp -s "$T/trig.nq" "$T/want.nq"
t_ok $? "trig: the same $(wc -l < "$T/want.nq" | tr -d ' ') quads as nquads, graph for graph"
t_is "$(grep -c '^doc:[a-z]* {$' "$T/all.trig")" 2 "trig: one block per document"
"$PG" extract -o trig -j 2 "$@" > "$T/j2.trig"
cmp -s "$T/all.trig" "$T/j2.trig"
t_ok $? "trig: -j 2 writes the same bytes"

# ---- Turtle
"$PG" extract -o turtle "$@" > "$T/all.ttl"
for p in pg schema dcterms skos rdfs nif xsd prov org itsrdf; do
  grep -q "^@prefix $p: <" "$T/all.ttl"
  t_ok $? "turtle declares $p:"
done
grep -q 'schema:jobTitle "所长"@zh' "$T/all.ttl"
t_ok $? "turtle: prefixed names, Chinese as UTF-8"

# ---- Chinese unescaped everywhere the syntax allows
for f in all.nt all.nq all.ttl all.trig; do
  t_is "$(grep -c '\\u[0-9A-Fa-f]\{4\}' "$T/$f")" 0 "$f: no \\u escape"
  grep -q '李明远' "$T/$f"
  t_ok $? "$f: Chinese written as UTF-8"
done

# ---- Nothing Latin tagged @zh, over every bundled article
"$PG" extract -q -o ntriples "$PG_SRCDIR/tests/articles" "$ARTICLE" \
  > "$T/articles.nt" 2>/dev/null
"$PY" - "$T/articles.nt" > "$T/latin" <<'PY'
import re, sys
lit = re.compile(r'"((?:[^"\\]|\\.)*)"@(zh|en)\b')
for line in open(sys.argv[1], encoding="utf-8"):
    for m in lit.finditer(line):
        s, tag = m.group(1), m.group(2)
        cjk = any(ord(c) >= 0x2E80 for c in s)
        if tag == "zh" and not cjk and re.search("[A-Za-z]", s):
            print("zh:", s)
        if tag == "en" and cjk:
            print("en:", s)
PY
t_is "$(head -5 "$T/latin")" "" "articles: no Latin-only name @zh, no CJK name @en"

# ---- JSON-LD
"$PG" extract -o jsonld -O "$T/all.jsonld" "$@" 2> "$T/err"
t_is "$?:$(cat "$T/err")" "0:" "jsonld written, no message"
"$PY" - "$T/all.jsonld" "$PG_SRCDIR/ontology/context.jsonld" > "$T/py" 2>&1 <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
ctx = json.load(open(sys.argv[2], encoding="utf-8"))["@context"]
print("context", doc["@context"] == ctx)
bad, n = [], 0
for node in doc["@graph"]:
    n += len(node.get("@type", []))
    for k, vs in node.items():
        if k in ("@id", "@type"):
            continue
        n += len(vs)
        pfx = k.split(":", 1)[0]
        if pfx not in ctx and not k.startswith("http"):
            bad.append(k)
print("keys", bad[:3])
print("triples", n)
print("compact", all(":" in k and not k.startswith("http")
                     for node in doc["@graph"] for k in node if k[0] != "@"))
PY
t_is "$(sed -n 's/^context //p' "$T/py")" True "jsonld: python3 parses it; its @context is ontology/context.jsonld's"
t_is "$(sed -n 's/^keys //p' "$T/py")" "[]" "jsonld: every key's prefix is in the context"
t_is "$(sed -n 's/^compact //p' "$T/py")" True "jsonld: every key is a compact IRI"
t_is "$(sed -n 's/^triples //p' "$T/py")" "$ntrip" "jsonld: as many values as N-Triples has triples ($ntrip)"
grep -q '"@value": "所长", "@language": "zh"' "$T/all.jsonld"
t_ok $? "jsonld: Chinese as UTF-8, language-tagged"

NPM_DIR=${FORMATS_NPM_DIR:-${PG_BUILDDIR:-.}/tests/formats/npm}
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  t_skip "npm or node missing: jsonld.js and Oxigraph checks not run"
else
  mkdir -p "$NPM_DIR" && NPM_DIR=$(cd "$NPM_DIR" && pwd)
  if ! cmp -s "$HERE/package-lock.json" "$NPM_DIR/package-lock.json" ||
     [ ! -f "$NPM_DIR/node_modules/jsonld/package.json" ]; then
    cp "$HERE/package.json" "$HERE/package-lock.json" "$NPM_DIR/"
    (cd "$NPM_DIR" && timeout 600 npm ci --no-audit --no-fund) \
      > "$T/npm.log" 2>&1 || rm -f "$NPM_DIR/package-lock.json"
  fi
  if [ ! -f "$NPM_DIR/node_modules/jsonld/package.json" ]; then
    t_skip "npm ci could not install jsonld and oxigraph: $(tail -1 "$T/npm.log")"
  else
    (cd "$NPM_DIR" && node "$HERE/jsonld-check.mjs" "$T/all.jsonld" \
       "$T/jsonld.nq" "$T/oxigraph.nq") 2> "$T/err"
    t_is "$?:$(head -3 "$T/err")" "0:" "jsonld.js and Oxigraph read the JSON-LD"
    LC_ALL=C sort -u "$T/jsonld.nq" | cmp -s - "$T/all.nt"
    t_ok $? "jsonld.js expands it to the very $ntrip triples of N-Triples"
    t_is "$(LC_ALL=C sort -u "$T/oxigraph.nq" | wc -l | tr -d ' ')" "$ntrip" \
      "Oxigraph's JSON-LD parser reads as many triples"
  fi
fi

"$PG" extract -o jsonld "$@" > "$T/again.jsonld"
cmp -s "$T/all.jsonld" "$T/again.jsonld"
t_ok $? "jsonld: the same input twice, the same bytes"
POLICYGRAPH_DATADIR=$T/none "$PG" extract -o jsonld "$ARTICLE" > "$T/out" 2> "$T/err"
t_is "$?" 1 "jsonld without its context file: exit 1"
grep -q 'context.jsonld.*cannot read the JSON-LD context' "$T/err"
t_ok $? "jsonld without its context file: says which file"
t_done
