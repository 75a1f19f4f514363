#!/usr/bin/python3
"""check_index.py OUT PER_PAGE SHOTS: the index pages of a published
directory in headless Chromium (cdp.py), against catalogue.json.  Prints
PASS/FAIL lines (tests/lib.sh tap) and '#' notes.

- navigation: from index.html, the year and page links reach every year
  page; the year pages hold every bulletin exactly once, in the catalogue's
  order along rel=next (and back along rel=prev); index.html holds the
  newest PER_PAGE;
- the severity filter (緊急, 未評価) and the product/platform filter, clicked
  with JavaScript disabled, show exactly the expected cards;
- search without JavaScript: the search form leads to search.html?q=, whose
  text holds the id, KB and title and whose line links to the card;
- search with JavaScript: typing an id, a KB number, a title word or a
  full-width id into the box leaves exactly the matching lines;
- screenshots (SHOTS/*.png) of the first page, filtered, and a search:
  1000x1400 and showing the expected severity colours."""
import json
import os
import re
import struct
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Chrome  # noqa: E402

OUT, PER_PAGE, SHOTS = sys.argv[1], int(sys.argv[2]), sys.argv[3]
HERE = os.path.dirname(os.path.abspath(__file__))
VISIBLE = ("[...document.querySelectorAll('.list .bulletin')]"
           ".filter(e => e.getClientRects().length > 0).map(e => e.id)")


def say(ok, what, detail=""):
    print(("PASS " if ok else "FAIL ") + what + ("" if ok else ": %s" % (detail,))[:600])


def url(name):
    return "file://" + os.path.abspath(os.path.join(OUT, name))


def anchor(key):
    return "b-" + "".join(c if re.match(r"[A-Za-z0-9-]", c) else "".join("_%02X" % b for b in c.encode())
                          for c in key)


def norm(s):
    return unicodedata.normalize("NFKC", s).lower()


cat = [b for b in json.load(open(os.path.join(OUT, "catalogue.json")))["bulletins"]
       if b["model"]["kind"] != "other"]
for b in cat:
    m = b["model"]
    b["anchor"] = anchor(b["key"])
    b["sev"] = m["severity"]["name"] if m.get("severity") else "none"
    b["names"] = set()
    for a in m.get("affected") or []:
        if a.get("software"):
            b["names"].add(a["software"].strip())
        b["names"].update(p.strip() for p in a.get("platforms") or [] if p.strip())
    b["text"] = norm(" ".join([m.get("id") or b["key"], " ".join(m.get("kb") or []),
                               m.get("title") or m.get("id") or b["key"], " ".join(b["names"])]))
first = cat[:PER_PAGE]


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    return struct.unpack(">II", head[16:24]) if head[:8] == b"\x89PNG\r\n\x1a\n" else (0, 0)


def colours(path, *hexes):
    out = subprocess.run([sys.executable, os.path.join(HERE, "png_colours.py"), path, "0", "40"]
                         + list(hexes), capture_output=True, text=True).stdout.split()
    return [int(x) for x in out[1::2]]


SEV_COLOUR = {"critical": "c62828", "important": "ef6c00", "moderate": "f9a825", "low": "1565c0",
              "none": "bbbbbb"}
IN_VIEW = ("[...document.querySelectorAll('.list .bulletin')].filter(e => e.getClientRects().length > 0"
           " && e.getBoundingClientRect().top < window.innerHeight).map(e => e.className)")


def shot(c, name):
    """A screenshot of the top of the page: 1000x1400, the left border of
    each card in view in its severity's colour, no other severity's."""
    path = os.path.join(SHOTS, name)
    c.screenshot(path)
    size = png_size(path)
    seen = {m.group(1) for cls in c.eval(IN_VIEW) for m in [re.search(r"sev-(\w+)", cls)] if m}
    got = dict(zip(SEV_COLOUR, colours(path, *SEV_COLOUR.values())))
    say(size == (1000, 1400), "screenshot %s is 1000x1400" % name, size)
    say(bool(seen) and all((got[s] > 100) == (s in seen) for s in SEV_COLOUR if s != "none")
        and (got["none"] > 100) == ("none" in seen),
        "screenshot %s: the cards' colours, %s, and no other" % (name, "+".join(sorted(seen))), got)
    return seen


# --- navigation: every bulletin exactly once over the year pages ---
c = Chrome(scripts=False)
pages, todo, cards, nexts, prevs = {}, ["index.html"], {}, {}, {}
while todo:
    name = todo.pop()
    if name in pages:
        continue
    c.open(url(name))
    info = c.eval("({cards: [...document.querySelectorAll('.list .bulletin')].map(e => e.id),"
                  " links: [...document.querySelectorAll('.nav a')].map(a => a.getAttribute('href')),"
                  " next: (document.querySelector('a[rel=next]') || {}).getAttribute ?"
                  "   document.querySelector('a[rel=next]').getAttribute('href') : null,"
                  " prev: document.querySelector('a[rel=prev]') ?"
                  "   document.querySelector('a[rel=prev]').getAttribute('href') : null})")
    pages[name] = info
    todo += [h for h in info["links"] if re.fullmatch(r"index(-\d{4}(-\d+)?)?\.html", h)]
year_pages = sorted(p for p in pages if p != "index.html")
print("# pages reached from index.html: %d (%s ...)" % (len(pages), " ".join(year_pages[:4])))
on_years = [a for p in year_pages for a in pages[p]["cards"]]
say(len(on_years) == len(cat) and set(on_years) == {b["anchor"] for b in cat},
    "the year pages hold every one of the %d bulletins exactly once" % len(cat),
    (len(on_years), len(set(on_years))))
say(pages["index.html"]["cards"] == [b["anchor"] for b in first],
    "index.html holds the newest %d, newest first" % len(first), pages["index.html"]["cards"][:3])
by_anchor = {b["anchor"]: b for b in cat}
say(all(by_anchor[a]["updated"][:4] == re.match(r"index-(\d{4})", p).group(1)
        for p in year_pages for a in pages[p]["cards"]),
    "each year page holds only bulletins updated that year")
say(all(len(pages[p]["cards"]) <= PER_PAGE for p in pages), "no page holds more than %d" % PER_PAGE)
newest = "index-%s.html" % cat[0]["updated"][:4]
seq, p = [], newest
while p is not None and p not in seq:
    seq.append(p)
    p = pages[p]["next"]
say([a for q in seq for a in pages[q]["cards"]] == [b["anchor"] for b in cat],
    "rel=next from %s walks every year page, in the catalogue's order" % newest, seq)
back, p = [], seq[-1]
while p is not None and p not in back:
    back.append(p)
    p = pages[p]["prev"]
say(back == seq[::-1], "rel=prev walks them back", back)
nxt = pages["index.html"]["next"]
say(nxt is None if len(cat) <= PER_PAGE else nxt in pages and cat[PER_PAGE]["anchor"] in pages[nxt]["cards"],
    "index.html's older link leads to the page of the %d-th newest" % (PER_PAGE + 1), nxt)

# --- filters without JavaScript, clicked ---
c.open(url("index.html"))
shot(c, "index-first.png")
for sev, label in (("critical", "緊急"), ("none", "未評価")):
    c.click("label[for=f-%s]" % sev)
    want = [b["anchor"] for b in first if b["sev"] == sev]
    got = c.eval(VISIBLE)
    say(got == want and len(want) > 0, "index.html, %s clicked (no JS): exactly its %d cards" % (label, len(want)),
        (len(got), len(want)))
    say(shot(c, "index-%s.png" % sev) == {sev}, "screenshot: only %s cards in view" % label)
c.click("label[for=f-all]")
say(len(c.eval(VISIBLE)) == len(first), "すべて clicked: all %d cards again" % len(first))
filters = c.eval("[...document.querySelectorAll('label.product')].map(l => [l.getAttribute('for'), l.textContent])")
name = "Windows 2000"
fid = [f for f, t in filters if re.sub(r" \(\d+\)$", "", t.strip()) == name]
c.click("label[for=f-more]")
if fid:
    c.click("label[for=%s]" % fid[0])
want = [b["anchor"] for b in first if name in b["names"]]
got = c.eval(VISIBLE)
say(bool(fid) and got == want and 0 < len(want) < len(first),
    "product filter '%s' clicked (no JS): exactly its %d cards" % (name, len(want)), (fid, len(got), len(want)))
c.click("label[for=f-critical]")
want2 = [b["anchor"] for b in first if name in b["names"] and b["sev"] == "critical"]
got = c.eval(VISIBLE)
say(got == want2, "... and 緊急 as well: the %d cards with both" % len(want2), (len(got), len(want2)))

# --- search without JavaScript ---
target = next(b for b in cat if b["model"].get("id") == "MS05-039")
kb = target["model"]["kb"][0]
c.open(url("index.html"))
c.type("#hf-q", "MS05-039")
c.events = []
c.click("input[type=submit]")
c.wait_event("Page.loadEventFired")
loc = c.eval("location.href")
say(loc.endswith("/search.html?q=MS05-039"), "the search form (no JS) leads to search.html?q=MS05-039", loc)
rows = c.eval("[...document.querySelectorAll('#hf-rows > li')].filter(e => e.getClientRects().length > 0).length")
say(rows == len(cat), "without JS search.html shows all %d lines (the browser's find searches them)" % len(cat),
    rows)
text = c.eval("document.body.innerText")
for what in ("MS05-039", kb, target["model"]["title"]):
    say(what in text, "without JS search.html's text holds %s" % what)
href = c.eval("document.querySelector('#%s a').getAttribute('href')" % target["anchor"])
say(re.fullmatch(r"index-\d{4}(-\d+)?\.html#" + target["anchor"], href or "") is not None,
    "its line links to its card on a year page", href)
c.open(url(href))
say(c.eval("(document.querySelector(':target') || {}).id") == target["anchor"],
    "... where the card is (the :target)", href)
# the filters of search.html cover the whole catalogue
c.open(url("search.html"))
c.click("label[for=f-none]")
want = [b["anchor"] for b in cat if b["sev"] == "none"]
got = c.eval(VISIBLE)
say(got == want and len(want) > 0, "search.html, 未評価 clicked (no JS): exactly the %d unrated lines" % len(want),
    (len(got), len(want)))
c.click("label[for=f-all]")
filters = c.eval("[...document.querySelectorAll('label.product')].map(l => [l.getAttribute('for'), l.textContent])")
fid = [f for f, t in filters if re.sub(r" \(\d+\)$", "", t.strip()) == name]
c.click("label[for=f-more]")
if fid:
    c.click("label[for=%s]" % fid[0])
want = [b["anchor"] for b in cat if name in b["names"]]
got = c.eval(VISIBLE)
say(bool(fid) and got == want and 0 < len(want) < len(cat),
    "search.html, '%s' clicked (no JS): exactly its %d lines" % (name, len(want)), (fid, len(got), len(want)))
c.close()

# --- search with JavaScript: typed into the box ---
c = Chrome(scripts=True)
c.open(url("search.html"))
ROWS = "[...document.querySelectorAll('#hf-rows > li')].filter(e => e.getClientRects().length > 0).map(e => e.id)"
word = "IGMP"
for q in ("MS05-039", kb, word, "ｍｓ０５－０３９"):
    c.eval("document.getElementById('hf-q').value = ''")
    c.type("#hf-q", q)
    want = [b["anchor"] for b in cat if all(w in b["text"] for w in norm(q).split())]
    got = c.eval(ROWS)
    say(got == want and 0 < len(want) < len(cat), "with JS, typing %s leaves exactly its %d lines" % (q, len(want)),
        (len(got), len(want)))
    say(c.eval("document.getElementById('hf-count').textContent") == "%d 件" % len(want), "... and says %d 件" % len(want))
c.eval("document.getElementById('hf-q').value = ''")
c.type("#hf-q", "MS05-039")
say(shot(c, "search-typed.png") == {target["sev"]}, "screenshot: the one line found")
c.open(url("search.html?q=" + word))
want = [b["anchor"] for b in cat if norm(word) in b["text"]]
say(c.eval(ROWS) == want, "with JS, search.html?q=%s (the form's GET) shows its %d lines" % (word, len(want)))
c.close()
