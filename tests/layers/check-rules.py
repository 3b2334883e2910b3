#!/usr/bin/env python3
"""check-rules.py - the rule ids: the table, the sources and the ontology.

Usage: check-rules.py ROOT          check, exit 1 on any disagreement
       check-rules.py ROOT --ttl    print ontology/rules.ttl as the table
                                    makes it (make rules-ttl writes it)
       check-rules.py ROOT --ids    print the table's ids, one a line

The table is extractor/core/pg_rules.def (PG_RULE(id, description)).  The
sources' rule ids are the string literals of extractor/ and api/ that look
like one: "lex", "coref", or a stage word (place, org, person, work,
product, event, model, rel) and dotted parts.  Checks that each side has
every id of the other and that ontology/rules.ttl is what --ttl prints.
Standard library only.
"""
import os
import re
import sys

ROW = re.compile(r'^PG_RULE\("([^"]+)",\s*"((?:[^"\\]|\\.)*)"\)', re.M)
RULE_LIT = re.compile(
    r'"(lex|coref|(?:place|org|person|work|product|event|model|rel)'
    r'(?:\.[a-z0-9-]+)+)"')
SOURCES = ["extractor/core", "extractor/text", "extractor/entities",
           "extractor/relations", "api"]

HEAD = """\
# rules.ttl - the extraction rules policygraph writes as pg:rule, as
# pg:Rule individuals: look a rule up by its id (rdfs:label).
# Generated from extractor/core/pg_rules.def by `make rules-ttl`; do not
# edit by hand (tests/layers/rules.sh checks the two agree).
@prefix pg: <https://w3id.org/policygraph/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .

pg:Rule a owl:Class ;
  rdfs:label "Rule"@en, "规则"@zh ;
  rdfs:comment "An extraction rule of policygraph; the value of pg:rule on a mention or an evidence record is its rdfs:label."@en,
    "policygraph 的抽取规则；指称或依据记录上 pg:rule 的值即其 rdfs:label。"@zh .
"""


def table(root):
    with open(os.path.join(root, "extractor/core/pg_rules.def"),
              encoding="utf-8") as f:
        return ROW.findall(f.read())


def source_ids(root):
    ids = {}
    for folder in SOURCES:
        d = os.path.join(root, folder)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".c"):
                continue
            with open(os.path.join(d, name), encoding="utf-8") as f:
                for i, line in enumerate(f, 1):
                    for m in RULE_LIT.finditer(line):
                        ids.setdefault(m.group(1),
                                       "%s/%s:%d" % (folder, name, i))
    return ids


def ttl(rows):
    out = [HEAD]
    for rid, desc in rows:
        desc = desc.replace('\\"', '"')
        esc = desc.replace("\\", "\\\\").replace('"', '\\"')
        out.append("\npg:rule-%s a pg:Rule ;\n  rdfs:label \"%s\" ;\n"
                   "  rdfs:comment \"%s\"@en .\n" % (rid, rid, esc))
    return "".join(out)


def main():
    root = sys.argv[1]
    rows = table(root)
    if "--ttl" in sys.argv:
        sys.stdout.write(ttl(rows))
        return 0
    if "--ids" in sys.argv:
        for rid, _ in rows:
            print(rid)
        return 0
    bad = []
    ids = [r for r, _ in rows]
    seen = set()
    for r in ids:
        if r in seen:
            bad.append("listed twice in pg_rules.def: %s" % r)
        seen.add(r)
    src = source_ids(root)
    for r, where in sorted(src.items()):
        if r not in seen:
            bad.append("%s: rule %s is not in pg_rules.def" % (where, r))
    for r in ids:
        if r not in src:
            bad.append("pg_rules.def: %s is written by no source" % r)
    path = os.path.join(root, "ontology/rules.ttl")
    try:
        with open(path, encoding="utf-8") as f:
            have = f.read()
    except OSError:
        have = None
    if have != ttl(rows):
        bad.append("ontology/rules.ttl differs from pg_rules.def "
                   "(make rules-ttl)")
    for line in bad:
        print(line)
    print("%d rules in the table, %d in the sources, %d problems"
          % (len(ids), len(src), len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
