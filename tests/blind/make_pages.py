#!/usr/bin/env python3
"""Writes the blind corpus pages and expected.tsv.

Each page is written by hand below as UTF-8 text together with the values a
human reader gives it; this script only encodes the bytes (Shift_JIS, EUC-JP,
CP932, UTF-8) and writes the table.  It never runs hotfeed.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAGES = []

def page(name, enc, html, kind, id_, kb, sev, targets, reg, upd, title):
    PAGES.append((name, enc, html, (kind, id_, kb, sev, targets, reg, upd, title)))

def write():
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    rows = ["# name\tkind\tid\tkb\tseverity\ttargets\tregistered\tupdated\ttitle"]
    for name, enc, html, row in PAGES:
        codec = {"sjis": "shift_jis", "euc": "euc_jp", "cp932": "cp932", "utf8": "utf-8"}[enc]
        data = html.encode(codec)
        with open(os.path.join(HERE, "pages", name + ".html"), "wb") as f:
            f.write(data)
        title = " ".join(row[7].split())
        rows.append("\t".join((name,) + row[:7] + (title,)))
    with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(len(PAGES), "pages")

import glob  # noqa: E402
for _f in sorted(glob.glob(os.path.join(HERE, "defs", "*.py"))):
    exec(open(_f, encoding="utf-8").read())
write()
