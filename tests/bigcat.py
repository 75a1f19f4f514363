#!/usr/bin/env python3
"""bigcat.py — N bulletin pages with N distinct MS ids, for the tests that
need a catalogue of archive size (CSAF, feed archives, index.html at 2,000
bulletins).  The pages are tests/bench/gen.py's (the samples' masters with
varied content and encoding); each then gets its own id, MS03-001 upwards
(500 per year, 2003-2006 and on), and its 登録日/更新日 moved into that id's
year so the catalogue spans the years in order.  Notices and the glossary
are left out: every page is one bulletin.

usage: bigcat.py OUTDIR N   (deterministic: seed 2005)
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench"))
import gen  # noqa: E402

PER_YEAR = 500
# every date form of the layouts: 2005/08/10, 2005年8月11日, ２００５/０８/１０
D = "[0-9０-９]"
DATE = re.compile("[2２][0０]%s{2}[/年]%s{1,2}[/月]%s{1,2}日?" % (D, D, D))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    outdir, n = sys.argv[1], int(sys.argv[2])
    os.makedirs(outdir, exist_ok=True)
    r = random.Random(2005)
    # pages whose 深刻度 and 脆弱性識別番号 stand in table cells: vary() drops
    # paragraphs at random, which would take the header of a paragraph layout
    # with it (a page no longer a whole bulletin)
    cell = re.compile(r"<t[dh][^>]*>(?:<[^>]+>)*(深刻度|脆弱性識別番号)", re.I)
    # and whose dates DATE can move (a 平成 or H17.8.10 date would keep the
    # page in 2005, out of its id's year)
    tpl = [t for t in gen.templates() if re.search(r"MS0[4-6]-0\d\d", t) and "不具合情報" not in t
           and len(set(cell.findall(t))) == 2 and "平成" not in t and not re.search(r"H1\d\.", t)]
    for i in range(n):
        yy, nnn = 3 + i // PER_YEAR, 1 + i % PER_YEAR
        page = gen.vary(r.choice(tpl), r)
        page = re.sub(r"MS\d\d-\d\d\d", "MS%02d-%03d" % (yy, nnn), page)
        month, day = 1 + nnn * 12 // (PER_YEAR + 1), 1 + nnn % 28
        page = DATE.sub(lambda m: ("20%02d年%d月%d日" if "年" in m.group(0) else "20%02d/%02d/%02d")
                        % (yy, month, day), page)
        label, codec, _ = r.choice(gen.ENCODINGS)
        page = re.sub(r"charset=[\w-]+", "charset=" + label, page, count=1)
        with open(os.path.join(outdir, "p%05d.html" % i), "wb") as f:
            f.write(page.encode(codec, errors="xmlcharrefreplace"))


if __name__ == "__main__":
    main()
