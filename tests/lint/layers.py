#!/usr/bin/env python3
"""layers.py — the include graph is the architecture (README.md, "Layers").

Every #include "dir/file.h" of the project's own C files must go to the same
folder or to a folder of a lower layer; folders of one layer do not include
each other.  Every header says in its opening comment who may include it
("Included by ...", "May be included by ...").  Exits 1 naming each edge or
header that breaks the rule.
"""
import os
import re
import sys

# layer of each folder: a folder includes its own and lower layers only
LAYERS = {
    "core": 0,      # the model, its table, limits, util, url, config
    "store": 1,     # the SQLite catalogue: stores and lists, never parses
    "parse": 1,     # decode, gumbo (through the isolated worker), extract
    "fetch": 1,     # HTTP: libcurl, politeness, robots.txt, run reports
    "publish": 2,   # outputs from the store
    "ingest": 3,    # joins parse, fetch and store: ingest, reparse, crawl, run
    "cli": 4,       # the commands
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_]+)/([A-Za-z0-9_]+\.h)"', re.M)


def main(root):
    bad = []
    graph = {}
    for d in LAYERS:
        path = os.path.join(root, d)
        if not os.path.isdir(path):
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith((".c", ".h")):
                continue
            src = f"{d}/{name}"
            with open(os.path.join(path, name), encoding="utf-8") as f:
                text = f.read()
            if name.endswith(".h") and not re.search(r"[Ii]ncluded by|[Mm]ay be included", text[:2000]):
                bad.append(f"{src}: the header does not say who may include it")
            for to_dir, to_file in INCLUDE.findall(text):
                dst = f"{to_dir}/{to_file}"
                graph.setdefault(src, set()).add(dst)
                if to_dir not in LAYERS:
                    bad.append(f"{src}: includes {dst}, a folder with no layer")
                elif to_dir != d and LAYERS[to_dir] >= LAYERS[d]:
                    bad.append(f"{src}: includes {dst} ({to_dir} is layer {LAYERS[to_dir]}, "
                               f"{d} is layer {LAYERS[d]})")
                if not os.path.isfile(os.path.join(root, dst)):
                    bad.append(f"{src}: includes {dst}, which does not exist")
    # no cycle among headers
    state = {}

    def visit(n, stack):
        state[n] = 1
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                bad.append("include cycle: " + " -> ".join(stack[stack.index(m):] + [m]))
            elif m not in state:
                visit(m, stack + [m])
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n, [n])
    for b in bad:
        print(f"layers: {b}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
