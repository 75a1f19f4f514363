#!/usr/bin/env python3
# chromecheck.py PAGE... — optional cross-check (not part of make check): the text
# Chromium shows for each sample page (headless --dump-dom, tags removed)
# must equal the text of the master as jenc.py decodes the bytes.  Skips the
# mislabelled and undeclared pages, where a browser shows something else on purpose.
# Usage: cd samples && python3 chromecheck.py *.html
import os, subprocess, sys, re
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(HERE, 'src'))
import jenc, checkseed
dec = {'sjis': lambda b: b.decode('cp932'), 'eucjp': jenc.dec_eucjp, 'utf8': lambda b: b.decode('utf-8'),
       'iso2022jp': jenc.dec_iso2022jp, 'reboot': lambda b: b.decode('cp932')}
def norm(t):
    t = re.sub(r'(?i)</?tbody[^>]*>', ' ', t)
    return checkseed.page_text(t)
bad = 0
for name in sys.argv[1:]:
    kind = name.split('.')[-2]
    if kind not in dec: continue   # mislabel, nometa; invalid: checked by hand (4 x U+FFFD)
    b = open(name, 'rb').read()
    mine = norm(dec[kind](b))
    dom = subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--dump-dom',
                          'file://' + os.path.join(HERE, name)], capture_output=True).stdout.decode('utf-8')
    theirs = norm(dom)
    if mine != theirs:
        bad += 1
        n = next((i for i in range(min(len(mine), len(theirs))) if mine[i] != theirs[i]), min(len(mine), len(theirs)))
        print('DIFF', name, repr(mine[n-20:n+30]), repr(theirs[n-20:n+30]))
    else:
        print('same', name)
sys.exit(bad)
