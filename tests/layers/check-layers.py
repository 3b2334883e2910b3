#!/usr/bin/env python3
"""check-layers.py - the include graph has no cycle and points only down.

Usage: check-layers.py [ROOT]   (ROOT: the source tree, default .)

Reads every #include "..." line of the C files (.c, .h and the .def
X-macro lists) in the stage folders,
resolves each header (same folder first, then any stage folder; others,
such as config.h, are outside the graph) and checks three things:
  1. no cycle between files;
  2. no cycle between modules, a module being a folder's X.c with X.h and
     X_int.h (so pg_a.c -> pg_b.h and pg_b.c -> pg_a.h is a cycle even
     though no file includes itself);
  3. no include from a lower stage folder of a higher one, in the order
     of STAGES below;
  4. the program (cli/) includes only the public header (include/), the
     output layer (output/), its own files and the log channel the
     output layer reports through (pg_log.h): never the extractor's or
     the facade's internals.
Prints one line per violation and exits 1 when there is any, else 0.
Standard library only.
"""
import os
import re
import sys

# Lowest first; a file may include headers of its own stage or below.
STAGES = [
    "extractor/core",
    "extractor/text",
    "extractor/entities",
    "extractor/relations",
    "output",
    "include",
    "api",
    "cli",
]
# What cli/ may include besides include/, output/ and cli/.
CLI_ALSO = {"extractor/core/pg_log.h"}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def scan(root):
    """Returns {path: folder} of the C sources and headers, paths relative
    to root."""
    files = {}
    for folder in STAGES:
        d = os.path.join(root, folder)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            if name.endswith((".c", ".h", ".def")):
                files[folder + "/" + name] = folder
    return files


def module(path):
    """A file's module: folder/stem, with _int.h folded into its stem
    (a .def list is a module of its own)."""
    folder, name = path.rsplit("/", 1)
    stem = name.rsplit(".", 1)[0]
    if stem.endswith("_int"):
        stem = stem[:-4]
    return folder + "/" + stem


def edges(root, files):
    """Returns [(from, to)] file edges of the resolved includes."""
    by_name = {}
    for path in files:
        by_name.setdefault(path.rsplit("/", 1)[1], []).append(path)
    out = []
    for path, folder in files.items():
        with open(os.path.join(root, path), encoding="utf-8",
                  errors="replace") as f:
            text = f.read()
        for inc in INCLUDE.findall(text):
            base = inc.rsplit("/", 1)[-1]
            local = folder + "/" + base
            if local in files:
                out.append((path, local))
            elif base in by_name:
                out.append((path, by_name[base][0]))
    return out


def cycles(nodes, adj):
    """Returns the cycles (as node lists) found by a depth-first search."""
    found, state = [], {}
    for start in sorted(nodes):
        if start in state:
            continue
        stack = [(start, iter(sorted(adj.get(start, ()))))]
        path = [start]
        state[start] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(nxt) == 1:
                found.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                stack.append((nxt, iter(sorted(adj.get(nxt, ())))))
    return found


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    files = scan(root)
    es = edges(root, files)
    bad = []
    fadj, madj = {}, {}
    for a, b in es:
        fadj.setdefault(a, set()).add(b)
        ma, mb = module(a), module(b)
        if ma != mb:
            madj.setdefault(ma, set()).add(mb)
        ra, rb = STAGES.index(files[a]), STAGES.index(files[b])
        if rb > ra:
            bad.append("upward include: %s -> %s (%s is above %s)"
                       % (a, b, files[b], files[a]))
        if (files[a] == "cli" and files[b] not in ("include", "output", "cli")
                and b not in CLI_ALSO):
            bad.append("the program uses an internal header: %s -> %s"
                       % (a, b))
    for c in cycles(files, fadj):
        bad.append("file cycle: " + " -> ".join(c))
    for c in cycles({module(p) for p in files}, madj):
        bad.append("module cycle: " + " -> ".join(c))
    for line in bad:
        print(line)
    print("%d files, %d includes, %d problems" % (len(files), len(es),
                                                 len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
