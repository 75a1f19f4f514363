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
DEC = {'Shift_JIS': lambda b: b.decode('cp932'), 'EUC-JP': jenc.dec_eucjp,
       'UTF-8': lambda b: b.decode('utf-8'), 'ISO-2022-JP': jenc.dec_iso2022jp}
# page -> encoding, for the pages a browser decodes as declared (index.tsv)
ENC = {}
for line in open(os.path.join(HERE, 'index.tsv'), encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if not line.startswith('#') and '+' not in c[0] and c[5] == 'meta' and c[6] == '0':
        ENC[c[0] + '.html'] = c[4]
def norm(t):
    t = re.sub(r'(?i)</?tbody[^>]*>', ' ', t)
    return checkseed.page_text(t)
bad = 0
for name in sys.argv[1:]:
    if name not in ENC:
        continue   # mislabel, nometa; invalid: checked by hand (4 x U+FFFD)
    b = open(name, 'rb').read()
    mine = norm(DEC[ENC[name]](b))
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
