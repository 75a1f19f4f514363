#!/usr/bin/env python3
"""Writes a blind corpus: DIR/pages/NAME.html and DIR/expected.tsv from
DIR/defs/*.py (DIR: the argument, else this script's directory, the second
corpus; tests/blind3 is written by the same script).

Each page is written by hand in defs/*.py as UTF-8 text together with the
values a human reader gives it; this script only encodes the bytes and writes
the table.  It never runs hotfeed.

page(name, enc, html, kind, id, kb, severity, targets, registered, updated,
     title, cut=None, extra=0, bom=False)

enc: sjis, cp932, euc, utf8, jis (ISO-2022-JP).  cut: the page's bytes end
right after the first occurrence of this text (a truncated download), plus
`extra` bytes of what follows (1 splits the next two-byte character).
"""
import os
import sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else \
    os.path.dirname(os.path.abspath(__file__))
PAGES = []
CODECS = {"sjis": "shift_jis", "cp932": "cp932", "euc": "euc_jp",
          "utf8": "utf-8", "jis": "iso2022_jp"}


def page(name, enc, html, kind, id_, kb, sev, targets, reg, upd, title,
         cut=None, extra=0, bom=False):
    if any(p[0] == name for p in PAGES):
        raise SystemExit("duplicate page name " + name)
    PAGES.append((name, enc, html, (kind, id_, kb, sev, targets, reg, upd, title),
                  cut, extra, bom))


def encode(enc, html, cut, extra, bom):
    codec = CODECS[enc]
    data = html.encode(codec)
    if cut is not None:
        i = html.index(cut) + len(cut)
        n = len(html[:i].encode(codec))
        if enc == "jis":
            raise SystemExit("cut is not supported for ISO-2022-JP")
        data = data[:n + extra]
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data


def write():
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    rows = ["# name\tkind\tid\tkb\tseverity\ttargets\tregistered\tupdated\ttitle"]
    for name, enc, html, row, cut, extra, bom in PAGES:
        with open(os.path.join(HERE, "pages", name + ".html"), "wb") as f:
            f.write(encode(enc, html, cut, extra, bom))
        title = " ".join(row[7].split())
        rows.append("\t".join((name,) + row[:7] + (title,)))
    with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print(len(PAGES), "pages")


import glob  # noqa: E402
for _f in sorted(glob.glob(os.path.join(HERE, "defs", "*.py"))):
    exec(open(_f, encoding="utf-8").read())
write()
