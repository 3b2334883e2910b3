#!/usr/bin/env python3
"""check-gold.py GOLD TEXT - sanity checks of a gold file against its text:
every label and alias occurs in the text (white space ignored), every
relation joins labels of E/E? lines, dates are YYYY[-MM[-DD]], no entity
label is given twice.  Prints one line per problem; exit 1 when any."""
import re
import sys
import unicodedata

RELS = {"affiliatedWith", "holdsRole", "subOrganizationOf", "proposedBy",
        "adoptedAt", "date", "location", "developedBy", "foundedBy",
        "participant"}
TYPES = {"Person", "Organization", "Place", "Initiative", "Declaration",
         "Law", "Report", "Event", "Product"}


def squash(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def main():
    gold, text = sys.argv[1], sys.argv[2]
    body = squash(open(text, encoding="utf-8").read())
    labels, bad = {}, 0
    rels = []
    for n, line in enumerate(open(gold, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if f[0] in ("E", "E?"):
            if len(f) < 3 or f[1] not in TYPES:
                print(f"{gold}:{n}: bad entity line: {line}"); bad += 1; continue
            names = [f[2]] + ([a for a in f[3].split("|") if a] if len(f) > 3 else [])
            for a in names:
                if squash(a) not in body:
                    print(f"{gold}:{n}: not in the text: {a}"); bad += 1
            if f[2] in labels:
                print(f"{gold}:{n}: label given twice: {f[2]}"); bad += 1
            labels[f[2]] = f[1]
        elif f[0] == "R":
            if len(f) != 4 or f[2] not in RELS:
                print(f"{gold}:{n}: bad relation line: {line}"); bad += 1; continue
            rels.append((n, f))
        else:
            print(f"{gold}:{n}: unknown line kind: {line}"); bad += 1
    for n, f in rels:
        if f[1] not in labels:
            print(f"{gold}:{n}: subject is no entity label: {f[1]}"); bad += 1
        if f[2] == "date":
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", f[3]):
                print(f"{gold}:{n}: date not YYYY[-MM[-DD]]: {f[3]}"); bad += 1
        elif f[2] == "holdsRole":
            if squash(f[3]) not in body:
                print(f"{gold}:{n}: title not in the text: {f[3]}"); bad += 1
        elif f[3] not in labels:
            print(f"{gold}:{n}: object is no entity label: {f[3]}"); bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
