#!/bin/sh
# t_bench_node.sh — the Node.js scraper `make bench` measures hotfeed against
# (tests/bench/node/scrape.js) does the work it is timed for: six sample
# pages in Shift_JIS (one without a meta charset), EUC-JP and UTF-8 (one with
# a BOM and a meta that says otherwise) become exactly one item per MS id,
# the newest revision first, in an RSS 2.0, an Atom 1.0 and a JSON Feed file
# that parse; a glossary page is left out, an unreadable page is named.
. "$(dirname "$0")/lib.sh"

sh tests/deps.sh >/dev/null 2>&1
check "the scraper's packages are installed (tests/deps.sh: npm ci in tests/bench/node)" \
	test -d tests/bench/node/node_modules/cheerio

# a UTF-8 page with a BOM whose meta says Shift_JIS: the BOM wins
printf '\357\273\277' >"$T/bom.html"
sed 's/charset=UTF-8/charset=Shift_JIS/' samples/ms05-052.idhead.utf8.html >>"$T/bom.html"
S=samples
node tests/bench/node/scrape.js "$T/out" $S/ms05-039.a.sjis.html $S/ms05-041.twocol.sjis.html \
	$S/glossary-severity.utf8.html $S/ms06-007.a.eucjp.html $S/ms05-039.c.nometa.html \
	"$T/bom.html" 2>"$T/err"
check_eq "six pages: exit 0, four bulletins, the glossary left out" \
	"0 scrape.js: 6 pages, 4 bulletins, 1 without an MS id, 0 unreadable" "$? $(cat "$T/err")"

python3 - "$T/out" >"$T/feeds" <<'PY'
import json, sys, xml.etree.ElementTree as ET
d = sys.argv[1]
A = "{http://www.w3.org/2005/Atom}"
rss = ET.parse(d + "/rss.xml").getroot()
atom = ET.parse(d + "/atom.xml").getroot()
js = json.load(open(d + "/feed.json"))
print("rss", " ".join(i.findtext("guid").rsplit(":", 1)[1] for i in rss.iter("item")))
print("atom", " ".join(e.findtext(A + "id").rsplit(":", 1)[1] for e in atom.iter(A + "entry")))
print("json", " ".join(i["id"].rsplit(":", 1)[1] for i in js["items"]))
for i in js["items"]:
    print(i["id"].rsplit(":", 1)[1], i["date_modified"], ",".join(i.get("tags", [])), i["title"])
PY
order="MS06-007 MS05-039 MS05-041 MS05-052"
check_eq "rss.xml: one item per bulletin, newest first" "rss $order" "$(sed -n 1p "$T/feeds")"
check_eq "atom.xml: the same entries" "atom $order" "$(sed -n 2p "$T/feeds")"
check_eq "feed.json: the same items" "json $order" "$(sed -n 3p "$T/feeds")"
check_eq "MS05-039 (Shift_JIS without a meta: the default): dates, severity, targets, title" \
	"MS05-039 2005-08-10T15:00:00.000Z 緊急,server,client,Windows 2000,Windows XP,Windows Server 2003 MS05-039: プラグ・アンド・プレイ・サービスの未チェック・バッファの脆弱性により、リモートで任意のコードが実行される危険性" \
	"$(grep '^MS05-039 ' "$T/feeds")"
check_eq "MS06-007 (EUC-JP): severity 重要" \
	"MS06-007 2006-02-15T15:00:00.000Z 重要,server,client,Windows XP,Windows Server 2003 MS06-007: TCP/IPのIGMPリクエスト処理の脆弱性により、サービス拒否が起きる危険性" \
	"$(grep '^MS06-007 ' "$T/feeds")"
check_eq "MS05-052 (UTF-8 BOM against a Shift_JIS meta): decoded as UTF-8" \
	"MS05-052 1969-12-31T15:00:00.000Z 警告,client MS05-052: セキュリティ・アラート" "$(grep '^MS05-052 ' "$T/feeds")"

node tests/bench/node/scrape.js "$T/out2" $S/ms05-041.twocol.sjis.html "$T/missing.html" 2>"$T/err"
check_eq "an unreadable page: named, exit 1, the rest written" \
	"1 $T/missing.html: ENOENT: no such file or directory, open '$T/missing.html'|scrape.js: 2 pages, 1 bulletins, 0 without an MS id, 1 unreadable" \
	"$? $(paste -sd'|' "$T/err")"
