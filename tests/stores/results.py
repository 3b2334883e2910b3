#!/usr/bin/env python3
"""results.py - canonical form of SPARQL answers, so that answers from
policygraph, Virtuoso and Oxigraph can be compared with diff.

Usage: results.py FILE   (SELECT results as SPARQL 1.1 CSV, *.csv;
                          ASK results, *.ask: true/false, 1/0, yes/no;
                          CONSTRUCT/DESCRIBE results as N-Triples, *.nt)

Prints, for CSV: the variable names on one line, then one line per row,
sorted, values separated by tabs.  SPARQL CSV already drops the difference
between an IRI and a literal and the literal's language and datatype; what
is left that differs between engines is normalized here:
  - a value that is a number is written canonically ("3", "3.0" and
    "3.0E0" all become "3"; "0.50" becomes "0.5");
  - a blank node becomes "_:" (labels are local to each answer);
  - a value holding a tab, newline or backslash is escaped (\\t \\n \\\\),
    and a carriage return is dropped (CSV writers differ on CRLF).
Rows are compared as a bag: duplicates are kept, only their order goes.
For N-Triples the sorted lines are printed with blank-node labels
replaced by "_:"; for ASK one word, true or false.
"""
import csv
import decimal
import re
import sys

INT = re.compile(r"^[+-]?[0-9]+$")
DEC = re.compile(r"^[+-]?([0-9]+\.[0-9]*|\.[0-9]+)$")
DBL = re.compile(r"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)[eE][+-]?[0-9]+$")


def value(v):
    """The canonical text of one CSV value."""
    v = v.replace("\r", "")
    if v.startswith("_:"):
        return "_:"
    if INT.match(v) or DEC.match(v) or DBL.match(v):
        d = decimal.Decimal(v)
        if DBL.match(v):  # a double: compare at double precision
            d = decimal.Decimal(repr(float(v)))
        d = d.normalize()
        if d == d.to_integral_value():
            return str(d.quantize(decimal.Decimal(1)))
        return format(d, "f")
    return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def select(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if not rows:
        return ["(no header)"]
    head = "\t".join(h.lstrip("?") for h in rows[0])
    body = sorted("\t".join(value(v) for v in r) for r in rows[1:] if r)
    return [head] + body


def ask(path):
    with open(path, encoding="utf-8") as f:
        w = f.read().strip().lower()
    return ["true" if w in ("true", "1", "yes") else "false"]


def triples(path):
    bnode = re.compile(r"_:[A-Za-z0-9_.-]+")
    with open(path, encoding="utf-8") as f:
        lines = [bnode.sub("_:", l.strip()) for l in f]
    return sorted(l for l in lines if l and not l.startswith("#"))


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: results.py FILE.csv|FILE.ask|FILE.nt\n")
        return 2
    path = argv[1]
    if path.endswith(".ask"):
        out = ask(path)
    elif path.endswith(".nt"):
        out = triples(path)
    else:
        out = select(path)
    sys.stdout.write("".join(l + "\n" for l in out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
