#!/bin/sh
# quickstart.sh - install what policygraph needs, build it, and run it on
# the bundled example article: the graph as Turtle, then a SPARQL answer.
set -e
cd "$(dirname "$0")"
scripts/install-deps
[ -x configure ] || ./autogen.sh
[ -f Makefile ] || ./configure
make -j"$(nproc)"
echo "== policygraph extract examples/ai-governance-forum.txt (Turtle)"
./policygraph extract -O example.ttl examples/ai-governance-forum.txt
cat example.ttl
echo "== policygraph query: who works where, and as what"
./policygraph query --data example.ttl -f ontology/queries/people-titles-affiliations.rq
