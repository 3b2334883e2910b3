#!/bin/sh
# report.sh - policygraph report: the HTML page (self-contained, escaped,
# one section per entity of the store, links that land, marks on the
# mentions), checked as text and, where Debian's chromium is installed,
# rendered headless: the DOM Chromium builds is counted and a screenshot
# taken (report.png in the build tree's tests/views); --per-document; the
# DOT picture (entities only; SVG by graphviz when installed); the CSV
# tables read back by python3's csv module.  TAP.
. "$PG_SRCDIR/tests/cli/tap.sh"
PY=${PYTHON3:-python3}
ARTICLES=$PG_SRCDIR/tests/articles

# ---- The bundled articles in a store; its entity count from stats.
"$PG" extract -q --store "$T/kg.db" "$ARTICLES" "$ARTICLE" 2>/dev/null
t_is "$?" 0 "the 16 articles into a store"
"$PG" stats --store "$T/kg.db" > "$T/stats"
ents=$(awk -F '\t' '/^entities /{n += $2} END {print n}' "$T/stats")
docs=$(awk -F '\t' '/^documents/{print $2}' "$T/stats")
t_ok "$([ "$ents" -gt 100 ]; echo $?)" "stats: $ents entities in $docs documents"

"$PG" report --store "$T/kg.db" -O "$T/all.html" 2> "$T/err"
t_is "$?:$(cat "$T/err")" "0:" "report --store: exit 0, no message"
t_is "$(grep -c '<section class="entity"' "$T/all.html")" "$ents" \
  "HTML: one entity section per entity of the store"
t_is "$(grep -ciE '<script|<link|<img|<iframe|<object|src=|url\(|@import' "$T/all.html")" 0 \
  "HTML: self-contained (no script, stylesheet, image or URL loaded)"
"$PY" - "$T/all.html" > "$T/links" <<'PY'
import re, sys
h = open(sys.argv[1], encoding="utf-8").read()
ids = set(re.findall(r'id="([^"]+)"', h))
hrefs = re.findall(r'href="([^"]*)"', h)
print("dangling", [x for x in hrefs if not x.startswith("#") or x[1:] not in ids][:3])
print("links", len(hrefs))
print("marks", h.count("<mark "))
print("facts", h.count('<li class="fact">'))
PY
t_is "$(sed -n 's/^dangling //p' "$T/links")" "[]" \
  "HTML: every link lands on a section ($(sed -n 's/^links //p' "$T/links") links)"
t_ok "$([ "$(sed -n 's/^marks //p' "$T/links")" -gt "$(sed -n 's/^facts //p' "$T/links")" ]; echo $?)" \
  "HTML: mentions marked in the evidence ($(sed -n 's/^marks //p' "$T/links") marks, $(sed -n 's/^facts //p' "$T/links") facts)"
grep -q '<mark class="subj">李明远</mark>(中国信息通信研究院' "$T/all.html"
t_ok $? "HTML: the example's 李明远 marked in his evidence sentence"

# ---- Straight from documents, and the same page twice.
"$PG" report -q "$ARTICLE" -O "$T/one.html"
t_is "$?" 0 "report FILE: extracts and writes"
"$PG" report -q "$ARTICLE" > "$T/again.html"
cmp -s "$T/one.html" "$T/again.html"
t_ok $? "report: the same input twice, the same bytes"

# ---- Escaping: names and sentences with markup in them.
cat > "$T/hostile.ttl" <<'TTL'
@prefix pg: <https://w3id.org/policygraph/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <http://schema.org/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
<http://x/p> a pg:Person ; rdfs:label "<script>alert(1)</script>"@zh ;
  skos:altLabel "A&B \"q\", 'x'" ; schema:affiliation <http://x/o> .
<http://x/o> a pg:Organization ; rdfs:label "Org,\"Inc\"\nLine"@en .
<http://x/d#f> a pg:Assertion ; rdf:subject <http://x/p> ;
  rdf:predicate schema:affiliation ; rdf:object <http://x/o> ;
  prov:wasDerivedFrom <http://x/d#s> ; pg:rule "r<1>" .
<http://x/d#s> a nif:Sentence ; pg:text "<img src=x onerror=alert(2)> & more" ;
  nif:beginIndex 0 ; nif:endIndex 35 ; nif:referenceContext <http://x/d> .
TTL
"$PG" report --data "$T/hostile.ttl" -O "$T/hostile.html" 2> "$T/err"
t_is "$?:$(cat "$T/err")" "0:" "report --data: exit 0"
t_is "$(grep -ciE '<script|<img' "$T/hostile.html")" 0 "HTML: markup in the data is escaped"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$T/hostile.html" &&
  grep -q 'A&amp;B &quot;q&quot;, &#39;x&#39;' "$T/hostile.html" &&
  grep -q '&lt;img src=x onerror=alert(2)&gt; &amp; more' "$T/hostile.html"
t_ok $? "HTML: labels, aliases and sentences shown as text"

# ---- Headless Chromium: the DOM it builds, and a screenshot.
CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROME" ]; then
  t_skip "chromium is not installed (Debian: apt-get install chromium): page not rendered"
else
  shot=${PG_BUILDDIR:-.}/tests/views/report.png
  rm -f "$shot"
  run_chrome() {
    timeout 120 "$CHROME" --headless=new --no-sandbox --disable-gpu \
      --no-first-run --disable-extensions --user-data-dir="$T/chrome" \
      --window-size=1100,1600 "$@" 2> "$T/chrome.err"
  }
  run_chrome --dump-dom "file://$T/all.html" > "$T/dom.html"
  "$PY" - "$T/dom.html" > "$T/dom" <<'PY'
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.n = {}
    def handle_starttag(self, tag, attrs):
        c = dict(attrs).get("class")
        key = tag + "." + (c or "")
        self.n[key] = self.n.get(key, 0) + 1
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
print("entities", p.n.get("section.entity", 0))
print("types", p.n.get("section.type", 0))
print("marks", p.n.get("mark.subj", 0) + p.n.get("mark.obj", 0))
PY
  t_is "$(sed -n 's/^entities //p' "$T/dom")" "$ents" \
    "chromium: the DOM has one entity section per entity of the store"
  t_is "$(sed -n 's/^types //p' "$T/dom")" \
    "$(grep -c '^entities ' "$T/stats")" "chromium: one section per entity class"
  t_is "$(sed -n 's/^marks //p' "$T/dom")" "$(sed -n 's/^marks //p' "$T/links")" \
    "chromium: every mark is in the DOM"
  run_chrome --screenshot="$shot" "file://$T/one.html" > /dev/null
  t_is "$(head -c 8 "$shot" 2>/dev/null | od -An -c | tr -d ' ')" \
    '211PNG\r\n032\n' "chromium: a PNG screenshot ($shot)"
  t_ok "$([ "$(wc -c < "$shot")" -gt 20000 ]; echo $?)" \
    "chromium: the screenshot shows a page ($(wc -c < "$shot") bytes)"
fi

# ---- One page per document.
"$PG" report --store "$T/kg.db" --per-document "$T/pages"
t_is "$?" 0 "report --per-document: exit 0"
t_is "$(ls "$T/pages" | grep -c '\.html$')" "$((docs + 1))" \
  "--per-document: a page per document and index.html"
t_is "$(grep -c '<li><a href=' "$T/pages/index.html")" "$docs" \
  "--per-document: index.html links every page"
t_is "$(grep -c '<section class="entity"' "$T/pages/ai-governance-forum.html")" \
  "$(grep -c '<section class="entity"' "$T/one.html")" \
  "--per-document: the example's page has the example's entities"

# ---- DOT: entities only.
"$PG" report --dot --store "$T/kg.db" -O "$T/kg.dot"
t_is "$?" 0 "report --dot: exit 0"
t_is "$(grep -c '^  e[0-9]* \[label=' "$T/kg.dot")" "$ents" "DOT: one node per entity"
t_is "$(grep -c -e '->' "$T/kg.dot")" \
  "$(grep -c -e '-> e[0-9]* \[label="[a-z]*:[A-Za-z]*"\];$' "$T/kg.dot")" \
  "DOT: edges only between entities"
t_is "$(grep -c 'nif:\|prov:\|#char=\|#fact-' "$T/kg.dot")" 0 "DOT: no provenance"
if command -v dot >/dev/null 2>&1; then
  dot -Tsvg "$T/kg.dot" > "$T/kg.svg" 2> "$T/err"
  t_is "$?:$(grep -c '<svg' "$T/kg.svg")" "0:1" "dot -Tsvg draws it"
else
  t_skip "graphviz is not installed: no SVG drawn"
fi

# ---- CSV.
"$PG" report --csv entities --store "$T/kg.db" -O "$T/entities.csv" &&
  "$PG" report --csv relations --store "$T/kg.db" -O "$T/relations.csv"
t_is "$?" 0 "report --csv entities, --csv relations: exit 0"
t_is "$(head -1 "$T/entities.csv" | od -An -tx1 | tr -d ' \n')" \
  "$(printf 'id,type,label,aliases,label_en\r\n' | od -An -tx1 | tr -d ' \n')" \
  "CSV: header first, no byte-order mark, CRLF"
"$PG" report --csv entities --data "$T/hostile.ttl" > "$T/h-ent.csv"
"$PG" report --csv relations --data "$T/hostile.ttl" > "$T/h-rel.csv"
"$PY" - "$T/entities.csv" "$T/relations.csv" "$T/h-ent.csv" "$T/h-rel.csv" > "$T/csv" <<'PY'
import csv, sys
def rows(p):
    with open(p, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, strict=True))
e, r, he, hr = (rows(p) for p in sys.argv[1:5])
print("entities", len(e) - 1)
print("widths", sorted({len(x) for x in e}), sorted({len(x) for x in r}))
ids = {x[0] for x in e[1:]}
print("unknown", [x[0] for x in r[1:] if x[0] not in ids][:3])
print("evidence", sum(1 for x in r[1:] if x[3]))
print("hostile", [x[2:4] for x in he[1:]] == [
    ["<script>alert(1)</script>", "A&B \"q\", 'x'"], ['Org,"Inc"\nLine', ""]]
      and hr[1][3] == "<img src=x onerror=alert(2)> & more" and hr[1][7] == "r<1>")
PY
t_is "$(sed -n 's/^entities //p' "$T/csv")" "$ents" "CSV: one entity row per entity"
t_is "$(sed -n 's/^widths //p' "$T/csv")" "[5] [8]" "CSV: every record has its header's fields"
t_is "$(sed -n 's/^unknown //p' "$T/csv")" "[]" "CSV: every relation's subject is an entity row"
t_ok "$([ "$(sed -n 's/^evidence //p' "$T/csv")" -gt 100 ]; echo $?)" \
  "CSV: relations carry their evidence sentence"
t_is "$(sed -n 's/^hostile //p' "$T/csv")" True \
  "CSV: commas, quotes and line breaks quoted and read back as written"

# ---- Usage errors.
"$PG" report > /dev/null 2> "$T/err"
t_is "$?" 2 "report with no graph: exit 2"
"$PG" report --csv people "$ARTICLE" > /dev/null 2> "$T/err"
t_is "$?" 2 "--csv of an unknown table: exit 2"
"$PG" report --store "$T/none.db" > /dev/null 2> "$T/err"
t_is "$?" 1 "report of a store that does not exist: exit 1"
t_done
