#!/bin/sh
# written-forms.sh - traditional-Chinese input keeps its written forms.
# Each article is converted to traditional Chinese (OpenCC s2t); the graph
# of the converted text must give named entities their simplified label
# as rdfs:label and the traditional form, as written, as skos:altLabel,
# with mentions anchored in the traditional text - asked in SPARQL through
# `policygraph query --data`.  The graph of the simplified text must not
# have those altLabels (they come from the written text, not the lexicon).
# TAP output.
set -u
: "${PG:?}" "${PG_SRCDIR:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
arts=$PG_SRCDIR/tests/articles

if ! command -v opencc >/dev/null 2>&1; then
  echo "1..0 # SKIP no opencc"
  exit 0
fi

P='PREFIX pg: <https://w3id.org/policygraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>'

# ask GRAPH QUERY -> prints true or false
ask() {
  "$PG" query --data "$1" -r csv "$P
$2" 2>"$tmp/qerr" | tail -1 | tr -d '\r'
}

check() { # DESCRIPTION WANT GOT
  n=$((n + 1))
  if [ "$2" = "$3" ]; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1: got '$3', want '$2' $(head -c 200 "$tmp/qerr")"
  fi
}

# article TYPE SIMPLIFIED-LABEL ... (one article, several entities)
article() {
  name=$1
  shift
  opencc -c s2t.json -i "$arts/$name.txt" -o "$tmp/$name.t.txt"
  n=$((n + 1))
  if ! "$PG" extract -o ntriples -O "$tmp/t.nt" "$tmp/$name.t.txt" 2>"$tmp/err" ||
     ! "$PG" extract -o ntriples -O "$tmp/s.nt" "$arts/$name.txt" 2>>"$tmp/err"; then
    echo "not ok $n - $name: extract failed: $(head -c 300 "$tmp/err")"
    return
  fi
  echo "ok $n - $name: extracted as written and in traditional Chinese"
  while [ $# -ge 2 ]; do
    type=$1 label=$2
    shift 2
    trad=$(printf '%s' "$label" | opencc -c s2t.json)
    check "$name: $type $label has altLabel $trad" true "$(ask "$tmp/t.nt" \
      "ASK { ?e a pg:$type ; rdfs:label \"$label\"@zh ; skos:altLabel \"$trad\"@zh }")"
    check "$name: $trad is no rdfs:label" false "$(ask "$tmp/t.nt" \
      "ASK { ?e rdfs:label \"$trad\"@zh }")"
    check "$name: a mention of $label is anchored at \"$trad\"" true "$(ask "$tmp/t.nt" \
      "ASK { ?e rdfs:label \"$label\"@zh . ?m itsrdf:taIdentRef ?e ; nif:anchorOf \"$trad\" }")"
    check "$name: simplified text, no altLabel $trad" false "$(ask "$tmp/s.nt" \
      "ASK { ?e skos:altLabel \"$trad\"@zh }")"
  done
}

# a job title is a literal as the text writes it: 院長 in a traditional text
title_as_written() { # ARTICLE SIMPLIFIED-TITLE
  opencc -c s2t.json -i "$arts/$1.txt" -o "$tmp/$1.t.txt"
  "$PG" extract -q -o ntriples -O "$tmp/t.nt" "$tmp/$1.t.txt" 2>"$tmp/err"
  "$PG" extract -q -o ntriples -O "$tmp/s.nt" "$arts/$1.txt" 2>>"$tmp/err"
  trad=$(printf '%s' "$2" | opencc -c s2t.json)
  check "$1: jobTitle \"$trad\" as written in the traditional text" true \
    "$(ask "$tmp/t.nt" "ASK { ?p <http://schema.org/jobTitle> \"$trad\"@zh }")"
  check "$1: no jobTitle \"$2\" the traditional text does not write" false \
    "$(ask "$tmp/t.nt" "ASK { ?p <http://schema.org/jobTitle> \"$2\"@zh }")"
  check "$1: jobTitle \"$2\" in the simplified text" true \
    "$(ask "$tmp/s.nt" "ASK { ?p <http://schema.org/jobTitle> \"$2\"@zh }")"
}

article announcement-ai-pilot \
  Organization 国务院 Organization 国家数据局 Organization 工业和信息化部
article roundtable-data-economy \
  Organization 上海数据交易所 Organization 世界银行 Person 习近平 \
  Law 中华人民共和国数据安全法
article conference-report-digital-silk-road \
  Declaration 中国—东盟数字经济合作南宁宣言 Organization 中国信息通信研究院 \
  Place 南宁
title_as_written roundtable-data-economy 院长

# a unit labelled with the chain it is named in keeps the chain as written
printf '台灣海軍司令部今天表示，國防部長邱國正出席。\n' > "$tmp/unit.t.txt"
"$PG" extract -q -o ntriples -O "$tmp/t.nt" "$tmp/unit.t.txt" 2>"$tmp/err"
check "a unit's chain label has its written form" true "$(ask "$tmp/t.nt" \
  "ASK { ?e a pg:Organization ; rdfs:label \"台湾海军司令部\"@zh ; skos:altLabel \"台灣海軍司令部\"@zh }")"
echo "1..$n"
