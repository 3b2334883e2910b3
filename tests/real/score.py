#!/usr/bin/env python3
"""score.py - extract the real development set and score it, per half.

  score.py --pg PROGRAM [--shared DIR] [--half working|heldout|both]
           [--floors] [--verbose] [--tap] [--only NAME]

The set is drawn, never picked: tests/real/working.list and heldout.list
name 新闻联播 items of ../shared/corpus/xwlb-2020-2023.tar.xz (80 drawn by
draw.sh from a fixed seed, split in two by a second hash), and
gold/genres/*.gold.tsv name real texts of other genres that live in
a folder of their own (--genres, default $PG_REAL_GENRES or
../shared/real/genres; each gold file's first line names the public source
its text was taken from).  The texts stay outside the project: it holds
only the gold facts.  Items whose text is absent are skipped with a
message.

Figures are micro-averaged over a half: entities per type and relations
per relation (true positives, false positives, false negatives summed over
the items), as kgscore counts them on each item.  With --floors each half
is held to the floors in FLOORS below (TAP with --tap), so that `make
check` fails when quality on real text drops."""
import hashlib
import os
import re
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KGSCORE = os.path.join(HERE, "..", "tools", "kgscore.py")

# half -> (entities F1, relations F1, entities P, relations P): what each
# half scored when the floors were last raised; a drop is a regression.
# The floors hold with and without the genre texts (CI has only ../shared).
FLOORS = {
    "working": (0.93, 0.89, 0.95, 0.97),
    "heldout": (0.87, 0.68, 0.92, 0.88),
}

RELS = ["affiliatedWith", "holdsRole", "subOrganizationOf", "proposedBy",
        "adoptedAt", "date", "location", "developedBy", "foundedBy",
        "participant"]


def half_of_genre(name):
    """The half of a genre text: the same kind of hash as draw.sh's split."""
    h = hashlib.sha256(("policygraph-split-2026:" + name).encode()).hexdigest()
    return "working" if int(h[:2], 16) % 2 == 0 else "heldout"


def doc_date(gold, name):
    m = re.match(r"(\d{4}-\d{2}-\d{2})-\d+\.txt$", name)
    if m:
        return m.group(1)
    with open(gold, encoding="utf-8") as f:
        m = re.search(r"document date (\d{4}(?:-\d{2}(?:-\d{2})?)?)", f.readline())
    return m.group(1) if m else None


def items(shared, genres, tmp):
    """Yield (half, name, text path or None, gold path)."""
    tarpath = os.path.join(shared, "corpus", "xwlb-2020-2023.tar.xz")
    wanted = {}
    for half in ("working", "heldout"):
        with open(os.path.join(HERE, half + ".list")) as f:
            for line in f:
                if line.strip():
                    wanted[line.strip()] = half
    have = {}
    if os.path.exists(tarpath):
        with tarfile.open(tarpath) as t:
            for m in t:
                base = os.path.basename(m.name)
                if base in wanted and m.isfile():
                    out = os.path.join(tmp, base)
                    with open(out, "wb") as o:
                        o.write(t.extractfile(m).read())
                    have[base] = out
    for name in sorted(wanted):
        gold = os.path.join(HERE, "gold", "xwlb", name[:-4] + ".gold.tsv")
        if os.path.exists(gold):
            yield wanted[name], name, have.get(name), gold
    gdir = os.path.join(HERE, "gold", "genres")
    for g in sorted(os.listdir(gdir)) if os.path.isdir(gdir) else []:
        if not g.endswith(".gold.tsv"):
            continue
        stem = g[:-len(".gold.tsv")]
        text = None
        for ext in (".txt", ".html", ".xml"):
            p = os.path.join(genres, stem + ext)
            if os.path.exists(p):
                text = p
                break
        yield half_of_genre(stem), stem + (os.path.splitext(text)[1] if text else ".txt"), \
            text, os.path.join(gdir, g)


def score_item(pg, text, gold, date, tmp):
    out = os.path.join(tmp, "out.nt")
    cmd = [pg, "extract", "-q", "-o", "ntriples", "-O", out]
    if date:
        cmd += ["--doc-date", date]
    r = subprocess.run(cmd + [text], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("extract failed: " + r.stderr[:300])
    args = [sys.executable, KGSCORE, gold, out, "--verbose"]
    if text.endswith(".txt"):
        args += ["--text", text]
    # kgscore pairs duplicates in set order: fix the hash seed so that a
    # figure does not move between runs of the same output
    env = dict(os.environ, PYTHONHASHSEED="0")
    r = subprocess.run(args, capture_output=True, text=True, check=True,
                       env=env)
    ent, rel = {}, {k: [0, 0, 0] for k in RELS}
    lines = r.stdout.splitlines()
    for line in lines:
        f = line.split()
        # a type's line, not a relation line of seven words
        # (missed relation X date 2024 …)
        if (len(f) == 7 and f[0] != "type" and
                all(x.isdigit() for x in f[4:7])):
            ent[f[0]] = [int(f[4]), int(f[5]), int(f[6])]
        m = re.match(r"  (missed|extra) relation (.*)$", line)
        if m:
            parts = m.group(2).split(" ")
            kind = next((p for p in parts if p in RELS), None)
            if kind:
                rel[kind][2 if m.group(1) == "missed" else 1] += 1
    with open(gold, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0] == "R" and len(p) == 4 and p[2] in rel:
                rel[p[2]][0] += 1
    for k in rel:  # gold count minus misses = found
        rel[k][0] -= rel[k][2]
    return ent, rel, lines[-1], lines


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(title, rows):
    out = ["%-18s %5s %5s %5s %5s %5s %5s" % (title, "P", "R", "F1", "tp", "fp", "fn")]
    tot = [0, 0, 0]
    for k, v in rows.items():
        if sum(v) == 0:
            continue
        out.append("%-18s %5.2f %5.2f %5.2f %5d %5d %5d" % ((k,) + prf(*v) + tuple(v)))
        tot = [a + b for a, b in zip(tot, v)]
    out.append("%-18s %5.2f %5.2f %5.2f %5d %5d %5d" % (("all",) + prf(*tot) + tuple(tot)))
    return out, prf(*tot)


def main(argv):
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", required=True)
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared"))
    ap.add_argument("--genres", default=os.environ.get("PG_REAL_GENRES"))
    ap.add_argument("--half", default="both")
    ap.add_argument("--floors", action="store_true")
    ap.add_argument("--tap", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--only")
    a = ap.parse_args(argv)
    if not a.genres:
        a.genres = os.path.join(a.shared, "real", "genres")
    halves = ["working", "heldout"] if a.half == "both" else [a.half]
    acc = {h: ({}, {k: [0, 0, 0] for k in RELS}, [0, 0]) for h in halves}
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for half, name, text, gold in items(a.shared, a.genres, tmp):
            if half not in acc or (a.only and a.only not in name):
                continue
            if text is None:
                print("# skip %s: its text is not in %s" % (name, a.genres if name[0] in "AB" else a.shared))
                acc[half][2][1] += 1
                continue
            try:
                ent, rel, summary, lines = score_item(a.pg, text, gold, doc_date(gold, name), tmp)
            except Exception as e:  # one item's failure fails the half
                n += 1
                print("not ok %d - %s: %s" % (n, name, e) if a.tap else "%s: %s" % (name, e))
                continue
            acc[half][2][0] += 1
            print("# %-8s %-28s %s" % (half, name, summary))
            if a.verbose:
                for line in lines:
                    if line.startswith("  "):
                        print("#   " + line.strip())
            for t, v in ent.items():
                acc[half][0].setdefault(t, [0, 0, 0])
                acc[half][0][t] = [x + y for x, y in zip(acc[half][0][t], v)]
            for k, v in rel.items():
                acc[half][1][k] = [x + y for x, y in zip(acc[half][1][k], v)]
    for half in halves:
        ents, rels, (scored, skipped) = acc[half]
        if scored == 0:
            n += 1
            msg = "%s half: no item could be scored (texts not under %s)" % (half, a.shared)
            print("ok %d # SKIP %s" % (n, msg) if a.tap else msg)
            continue
        et, (ep, er, ef) = table("%s entities" % half, ents)
        rt, (rp, rr, rf) = table("%s relations" % half, rels)
        print("# %s half: %d items scored, %d skipped" % (half, scored, skipped))
        for line in et + rt:
            print("# " + line)
        if a.floors:
            fe, fr, fpe, fpr = FLOORS[half]
            n += 1
            ok = ef >= fe and rf >= fr and ep >= fpe and rp >= fpr
            print("%s %d - %s half: entities P %.2f F1 %.2f (floors %.2f/%.2f), relations P %.2f F1 %.2f (floors %.2f/%.2f)"
                  % ("ok" if ok else "not ok", n, half, ep, ef, fpe, fe, rp, rf, fpr, fr))
    if a.tap:
        print("1..%d" % n)


if __name__ == "__main__":
    main(sys.argv[1:])
