#!/bin/sh
# t_subscribe.sh — what a subscriber finds: feeds.opml with every feed,
# <link rel="alternate"> autodiscovery and the icon in index.html, each
# feed's icon and links to its other formats, and item categories for
# severity, products and platforms (read with python3-feedparser).
. "$(dirname "$0")/lib.sh"

SITE=https://feeds.example.org/hotfix/
DB=$T/cat.db
OUT=$T/out
CONF=$T/hotfeed.conf
cat >"$CONF" <<CONF
[feed]
title = HotFix Report テスト
link = $SITE
authority = example.org,2005

[facet critical]
title = 緊急のみ
severity = 1
CONF
for f in samples/ms05-039.a.utf8.html samples/ms04-026.b.sjis.html; do
	"$HOTFEED" ingest --db "$DB" --quiet --seen 2005-08-11T01:00:00Z \
		--url "http://www.example.co.jp/hfr/$(basename "$f")" "$f"
done
"$HOTFEED" publish --db "$DB" --config "$CONF" --templates templates --out "$OUT" >/dev/null
check_eq "publish exits 0" 0 $?
check_files "icon.png is the templates' icon" templates/icon.png "$OUT/icon.png"

/usr/bin/python3 - "$OUT" "$SITE" >"$T/py.out" <<'PY'
import json, os, sys, xml.etree.ElementTree as ET
from html.parser import HTMLParser
import feedparser
out, site = sys.argv[1:3]
def say(ok, what, got=""):
    print(("PASS " if ok else "FAIL ") + what + ("" if ok else ": got %r" % (got,)))
def local(url):
    return os.path.join(out, url[len(site):]) if url.startswith(site) else None

# feeds.opml
opml = ET.parse(os.path.join(out, "feeds.opml")).getroot()
outl = [(o.get("type"), o.get("title"), o.get("xmlUrl")) for o in opml.iter("outline")]
want = [("rss", "HotFix Report テスト (%s)" % f, site + n) for f, n in
        (("RSS", "rss.xml"), ("Atom", "atom.xml"), ("JSON Feed", "feed.json"))]
want += [("rss", "緊急のみ (%s)" % f, site + n) for f, n in
         (("RSS", "critical.rss.xml"), ("Atom", "critical.atom.xml"), ("JSON Feed", "critical.feed.json"))]
want += [("link", "HotFix Report テスト CSAF (ROLIE)", site + "csaf/feed-tlp-white.json")]
say(opml.get("version") == "2.0" and opml.find("head/title").text == "HotFix Report テスト",
    "feeds.opml: OPML 2.0 with the feed's title", opml.find("head/title").text)
say(outl == want, "feeds.opml: the main feed and the facet in three formats, and the ROLIE feed", outl)
say(all(os.path.isfile(local(u)) for _, _, u in outl), "feeds.opml: every xmlUrl is a published file")
for _, title, url in outl[:6]:
    if url.endswith(".json"):
        ok = json.load(open(local(url))).get("version", "").startswith("https://jsonfeed.org")
    else:
        ok = not feedparser.parse(local(url)).bozo
    say(ok, "feeds.opml: %s parses" % title)

# index.html: autodiscovery and icon
class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []
    def handle_starttag(self, tag, attrs):
        if tag == "link":
            self.links.append(dict(attrs))
p = Links(); p.feed(open(os.path.join(out, "index.html"), encoding="utf-8").read())
alts = [(l["type"], l["href"], l["title"]) for l in p.links if l.get("rel") == "alternate"]
say(alts == [("application/rss+xml", "rss.xml", "HotFix Report テスト (RSS)"),
             ("application/atom+xml", "atom.xml", "HotFix Report テスト (Atom)"),
             ("application/feed+json", "feed.json", "HotFix Report テスト (JSON Feed)"),
             ("application/rss+xml", "critical.rss.xml", "緊急のみ (RSS)"),
             ("application/atom+xml", "critical.atom.xml", "緊急のみ (Atom)"),
             ("application/feed+json", "critical.feed.json", "緊急のみ (JSON Feed)")],
    "index.html: a <link rel=alternate> per feed and format, with titles", alts)
say([l["href"] for l in p.links if l.get("rel") == "icon"] == ["icon.png"], "index.html: <link rel=icon>", p.links)

# each feed's head
atom = feedparser.parse(os.path.join(out, "atom.xml"))
say(atom.feed.get("icon") == site + "icon.png", "Atom: <icon>", atom.feed.get("icon"))
alt = sorted((l["type"], l["href"]) for l in atom.feed.links if l["rel"] == "alternate")
say(alt == [("application/feed+json", site + "feed.json"), ("application/rss+xml", site + "rss.xml"),
            ("text/html", site)], "Atom: alternate links to the page and the other formats", alt)
rss = feedparser.parse(os.path.join(out, "rss.xml"))
say(rss.feed.get("image", {}).get("href") == site + "icon.png", "RSS: <image>", rss.feed.get("image"))
jf = json.load(open(os.path.join(out, "feed.json")))
say(jf.get("icon") == site + "icon.png" and jf.get("favicon") == site + "icon.png", "JSON Feed: icon, favicon")

# item categories: severity (Japanese label), products, platforms
e = [x for x in rss.entries if x.id.endswith("MS05-039")][0]
tags = [(t.get("scheme"), t["term"]) for t in e.tags]
P, Q = "https://hotfeed.invalid/ns/1#product", "https://hotfeed.invalid/ns/1#platform"
say(tags == [(None, "緊急"), (P, "Windows 2000"), (P, "Windows XP"), (P, "Windows Server 2003"),
             (Q, "Windows 2000 SP4"), (Q, "Windows XP SP1/SP1a/SP2"), (Q, "Windows Server 2003 SP未適用/SP1")],
    "RSS: categories: 緊急, the products, the platforms", tags)
a = [x for x in atom.entries if x.id.endswith("MS05-039")][0]
atags = [(t.get("scheme"), t["term"], t.get("label")) for t in a.tags]
say(atags[0] == ("https://hotfeed.invalid/ns/1#severity", "critical", "緊急") and
    (P, "Windows XP", None) in atags and (Q, "Windows 2000 SP4", None) in atags and len(atags) == 7,
    "Atom: categories: critical labelled 緊急, the products, the platforms", atags)
j = [x for x in jf["items"] if x["id"].endswith("MS05-039")][0]
say(j["tags"] == ["緊急", "Windows 2000", "Windows XP", "Windows Server 2003", "Windows 2000 SP4",
                  "Windows XP SP1/SP1a/SP2", "Windows Server 2003 SP未適用/SP1"], "JSON Feed: tags", j["tags"])
PY
tap <"$T/py.out"

# the sanitizer keeps <link> for feeds and the icon only
mkdir "$T/tpl" && cp templates/item.xsl "$T/tpl/" &&
	sed 's|<meta charset="UTF-8"/>|&<link rel="stylesheet" href="x.css"/><link rel="preload" href="y.js"/>|' \
	templates/index.xsl >"$T/tpl/index.xsl"
"$HOTFEED" publish --db "$DB" --config "$CONF" --templates "$T/tpl" --out "$T/out2" >/dev/null
check_eq "a template's <link rel=stylesheet|preload> is removed; without icon.png there is none" \
	"0 0 0" "$(grep -c 'x.css\|y.js' "$T/out2/index.html") $(grep -c 'rel="icon"' "$T/out2/index.html") $(ls "$T/out2" | grep -c icon.png)"
