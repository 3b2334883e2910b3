#!/usr/bin/env python3
"""answers.py - compares two engines' answers to one query as sets.

Usage: answers.py A B   (files: SPARQL 1.1 CSV, an ASK answer, or
N-Triples for CONSTRUCT).  Columns are matched by name (engines may order
them differently), rows compared as sets, blank node labels ignored,
\\uXXXX escapes (raptor's N-Triples) decoded.  Exit 0 when equal, 1 (with
the differences on stdout) when not.  Prints "rows A B" (row counts, with
duplicates) first.
"""
import csv, io, re, sys

def unescape(s):
    return re.sub(r'\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})',
                  lambda m: chr(int(m.group(1) or m.group(2), 16)), s)

def load(path):
    text = open(path, encoding='utf-8').read()
    lines = [l for l in text.splitlines() if l.strip()]
    if lines and lines[-1].strip() in ('true', 'false') and len(lines) <= 2:
        return [('ask', lines[-1].strip())]
    if lines and (lines[0].startswith('<') or lines[0].startswith('_:')):
        return [('nt',)] + [(re.sub(r'_:\S+', '_:b', unescape(l)),)
                            for l in lines]
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    head = rows[0]
    order = sorted(range(len(head)), key=lambda i: head[i])
    out = [tuple(head[i] for i in order)]
    for r in rows[1:]:
        r = r + [''] * (len(head) - len(r))
        out.append(tuple(re.sub(r'^_:.*', '_:b', r[i]) for i in order))
    return out

a, b = load(sys.argv[1]), load(sys.argv[2])
print('rows %d %d' % (max(len(a) - 1, 0), max(len(b) - 1, 0)))
if a[:1] != b[:1] and not (a and b and a[0][0] == 'ask'):
    print('columns differ: %s / %s' % (a[:1], b[:1]))
    sys.exit(1)
sa, sb = set(a[1:] if a and a[0][0] != 'ask' else a), set(b[1:] if b and b[0][0] != 'ask' else b)
if sa == sb:
    sys.exit(0)
for r in sorted(sa - sb)[:10]:
    print('only in %s: %s' % (sys.argv[1], ','.join(r)))
for r in sorted(sb - sa)[:10]:
    print('only in %s: %s' % (sys.argv[2], ','.join(r)))
sys.exit(1)
