#!/usr/bin/env python3
"""gen.py — a benchmark corpus for `make bench`: N pages made from the
samples' UTF-8 masters (styles a, b, c of both seeds, the notice, the
glossary) with varied content: other MS ids and KB numbers, dates, the
lead and note paragraphs repeated or dropped, file rows repeated, and the
page re-encoded as Shift_JIS, EUC-JP or UTF-8 (meta label adjusted).

usage: gen.py OUTDIR [N]   (default N = 3000; deterministic: seed 2005)
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "..", "samples")

ENCODINGS = [("shift_jis", "cp932", "Shift_JIS"),
             ("euc-jp", "euc_jp", "EUC-JP"),
             ("utf-8", "utf-8", "UTF-8")]

# a paragraph: up to the next block or the end of its container (never past a </div>)
PARA = re.compile(r"(<p[^>]*>.*?)(?=<p|</td|<table|<div|</div|<h)", re.S | re.I)
FILE_ROW = re.compile(r"<tr><td>[^<]*\.(?:dll|sys|exe)</td>.*?</tr>\s*", re.S | re.I)


def templates():
    out = []
    for name in sorted(os.listdir(SAMPLES)):
        if name.endswith(".utf8.html") or name in ("notice-2005-10.sjis.html",
                                                    "glossary-gdr-qfe.eucjp.html"):
            raw = open(os.path.join(SAMPLES, name), "rb").read()
            enc = "cp932" if ".sjis." in name else "euc_jp" if ".eucjp." in name else "utf-8"
            out.append(raw.decode(enc, errors="replace"))
    if not out:
        sys.exit("gen.py: no templates in samples/")
    return out


def vary(page, r):
    yy, nn = r.randrange(3, 7), r.randrange(1, 80)
    new_id = "MS%02d-%03d" % (yy, nn)
    kb = str(r.randrange(800000, 999999))
    page = re.sub(r"MS0[4-6]-0?\d\d", new_id, page)
    page = re.sub(r"\b(899588|913446|842436)\b", kb, page)
    page = re.sub(r"(20)0[3-6]/(0\d)/(\d\d)",
                  lambda m: "20%02d/%02d/%02d" % (r.randrange(3, 7), r.randrange(1, 13),
                                                   r.randrange(1, 29)), page)
    # repeat or drop some paragraphs
    def para(m):
        k = r.random()
        if k < 0.1:
            return ""
        if k < 0.3:
            return m.group(1) * r.randrange(2, 5)
        return m.group(1)
    page = PARA.sub(para, page)
    page = FILE_ROW.sub(lambda m: m.group(0) * r.randrange(1, 4), page)
    return page


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    outdir = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    os.makedirs(outdir, exist_ok=True)
    r = random.Random(2005)
    tpl = templates()
    for i in range(n):
        page = vary(r.choice(tpl), r)
        label, codec, _ = r.choice(ENCODINGS)
        page = re.sub(r"charset=[\w-]+", "charset=" + label, page, count=1)
        data = page.encode(codec, errors="xmlcharrefreplace")
        with open(os.path.join(outdir, "p%05d.html" % i), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
