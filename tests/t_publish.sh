#!/bin/sh
# t_publish.sh — `hotfeed publish` end to end: the samples ingested into a
# real catalogue, published, and read back by real clients: feedparser
# (RSS, Atom), xmllint, jing with RFC 4287's RELAX NG schema, JSON Feed 1.1
# checks, jsonschema for catalogue.json, headless Chromium for index.html.
# Then: byte-identical republish, a revision, failed publishes that leave the
# previous files alone, and a hostile page.
. "$(dirname "$0")/lib.sh"

PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
V=tests/validate
DB=$T/cat.db
OUT=$T/out
CONF=$T/hotfeed.conf
ing() { "$HOTFEED" ingest --db "$DB" --quiet "$@" 2>>"$T/ingest.err"; }
pub() { "$HOTFEED" publish --db "$DB" --config "$CONF" --templates templates "$@"; }
FILES="rss.xml atom.xml feed.json catalogue.json index.html"
ALL="$FILES critical.rss.xml critical.atom.xml critical.feed.json winxp.rss.xml winxp.atom.xml winxp.feed.json"

cat >"$CONF" <<'CONF'
[feed]
title = HotFix Report テスト
link = https://feeds.example.org/hotfix/
authority = example.org,2005
author = HotFix Report 編集部
items = 50

[facet critical]
title = 緊急のみ
severity = 1

[facet winxp]
title = Windows XP に影響するもの
platform = Windows XP
CONF

"$HOTFEED" publish --help >/dev/null; check_eq "publish --help exits 0" 0 $?
"$HOTFEED" publish --db "$T/none.db" --out "$OUT" >/dev/null 2>"$T/err0"
check_eq "publish without a catalogue exits 2" 2 $?
check "... and says so" grep -q 'none.db: no catalogue' "$T/err0"
check "... and creates nothing" test ! -e "$T/none.db" -a ! -e "$OUT"

for f in samples/*.html; do
	ing --url "http://www.example.co.jp/hfr/$(basename "$f")" --seen 2005-08-11T01:00:00Z "$f"
done
start=$(date +%s%N)
pub --out "$OUT" >"$T/pub1" 2>&1
check_eq "publish exits 0" 0 $?
# bulletins: MS05-039, MS06-007, MS04-026, the 2005-10 notice (two encodings,
# one bulletin), and issue 8's MS03-047 (whole and cut: one), MS04-011,
# MS04-028, MS05-040, MS05-041, MS05-043, the 2003 notice, the Briefings
# issue (12); issue 8's MS05-046, MS05-049, MS05-047, MS05-015, MS05-053,
# MS05-052, the 2004-02 digest and the 2005-06 notice (two encodings: two,
# as a page with an id is no id-less copy), MS04-014, MS05-055 (11); the
# second blind corpus's MS05-012, MS05-018, MS05-019, MS05-027, MS05-044,
# MS06-001, MS06-015, MS06-040, MS06-042 and the two monthly summaries
# (11; its MS05-047 and MS05-055 pages are the bulletins above, and the
# MS05-039 page cut off before its id row takes the id of its <title>:
# MS05-039, no bulletin of its own): 12 + 11 + 11 = 34; the prose
# samples add the patch-digest issue and the MS05-051 fault report (their
# MS04-011 and MS05-043 pages are the bulletins above): 36.  Other pages: the two
# glossary pages, the UpdateEXPERT tip and the severity glossary in three
# pages, the MS05-039 how-to and the 2005 index (other pages are keyed by URL and have no 登録日 to tell a copy by)
check_eq "publish counts bulletins (a page in several encodings is one) and other pages" "published 36 bulletins and 8 other pages into $OUT/" "$(cat "$T/pub1")"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "# publish of the samples: ${ms} ms; sizes: $(cd "$OUT" && wc -c $FILES | tr '\n' ' ')"
for f in $ALL; do
	check "$f written" test -s "$OUT/$f"
done
check "no temporary files left" test -z "$(ls -A "$OUT" | grep -v -e '\.xml$' -e '\.json$' -e '\.html$' -e '\.opml$' -e '^icon\.png$' -e '^search\.js$' -e '^csaf$' -e '^archive$' -e '^bulletins$' -e '^\.hotfeed$' -e '^\.hotfeed-manifest\.tsv$')$(find "$OUT" -name '*.tmp.*')"
check_eq "the marker says the directory is hotfeed's" "This directory is written by \`hotfeed publish\` and replaced whole at each" \
	"$(head -n 1 "$OUT/.hotfeed")"

# --- well-formedness and schemas ---
for f in rss.xml atom.xml critical.rss.xml critical.atom.xml winxp.atom.xml; do
	check "xmllint: $f is well-formed" xmllint --noout "$OUT/$f"
done
xmllint --html --noout "$OUT/index.html" 2>"$T/xl"
check_eq "xmllint --html: index.html parses without complaint" "" "$(cat "$T/xl")"
check "jing: atom.xml is valid against RFC 4287's RELAX NG (rnc)" jing -c $V/atom.rnc "$OUT/atom.xml"
if trang $V/atom.rnc "$T/atom.rng" 2>/dev/null; then
	check "jing: atom.xml valid against the trang-converted .rng" jing "$T/atom.rng" "$OUT/atom.xml"
	check "jing: critical.atom.xml valid" jing "$T/atom.rng" "$OUT/critical.atom.xml"
fi
$PY $V/check_feeds.py "$OUT" catalogue.schema.json --facet critical --facet winxp \
	--key MS05-039 --key MS06-007 | tap

# --- content ---
check "permanent id is the configured tag URI" \
	grep -q '<guid isPermaLink="false">tag:example.org,2005:MS05-039</guid>' "$OUT/rss.xml"
check "atom has the same id" grep -q '<id>tag:example.org,2005:MS05-039</id>' "$OUT/atom.xml"
check "rss dates from the bulletin, +0900" \
	grep -q '<pubDate>Wed, 10 Aug 2005 00:00:00 +0900</pubDate>' "$OUT/rss.xml"
check "atom published = 登録日" grep -q '<published>2005-08-10T00:00:00+09:00</published>' "$OUT/atom.xml"
check "hf:severity in rss" grep -q '<hf:severity level="1" name="critical">緊急</hf:severity>' "$OUT/rss.xml"
check "hf:kb in atom" grep -q '<hf:kb>899588</hf:kb>' "$OUT/atom.xml"
check "hf namespace declared" grep -q 'xmlns:hf="https://hotfeed.invalid/ns/1"' "$OUT/atom.xml"
check "_hotfeed in feed.json" grep -q '"_hotfeed"' "$OUT/feed.json"
check "content:encoded carries the item template" grep -q 'hotfeed-item' "$OUT/rss.xml"
# MS05-039's item body shows every part of the model a reader needs
python3 - "$OUT/feed.json" >"$T/body.txt" <<'PY'
import json, sys
items = json.load(open(sys.argv[1]))["items"]
print([i for i in items if i["id"].endswith(":MS05-039")][0]["content_html"])
PY
for want in '<td>1時間34分</td>' '<td>18分</td>' '<th>500台</th>' '518,136 バイト' \
            '<td>89,360</td>' '<td>sp2gdr/sp2qfe</td>' '<td>User-mode Plug-and-Play Service</td>' \
            '<li>Windows Server 2003, Enterprise Edition SP1</li>' '<code>WindowsXP-KB899588-x86-JPN.exe</code>'; do
	check "item body has $want" grep -qF "$want" "$T/body.txt"
done
# MS04-028's first page (briefings-alert-ms04-028.pasttable) names MS04-011
# and ＭＳ０３－０４９ under 含まれる過去の修正: supersedes in the item, the hf:
# elements, _hotfeed, the index card and catalogue.json
python3 - "$OUT/feed.json" >"$T/body28.txt" <<'PY'
import json, sys
items = json.load(open(sys.argv[1]))["items"]
it = [i for i in items if i["id"].endswith(":MS04-028")][0]
print(it["_hotfeed"]["supersedes"])
print(it["content_html"])
PY
check_eq "MS04-028: _hotfeed supersedes" "['MS04-011', 'MS03-049']" "$(head -n 1 "$T/body28.txt")"
check "MS04-028: the item shows 置き換える過去の修正, each id linked to its bulletin" grep -qF \
	'<tr><th>置き換える過去の修正</th><td class="supersedes"><a href="http://www.microsoft.com/japan/technet/security/bulletin/MS04-011.mspx">MS04-011</a>、<a href="http://www.microsoft.com/japan/technet/security/bulletin/MS03-049.mspx">MS03-049</a></td></tr>' \
	"$T/body28.txt"
check_eq "MS04-028: hf:supersedes in atom and rss" "2 2" \
	"$(grep -c '<hf:supersedes>MS0[34]-0[14][19]</hf:supersedes>' "$OUT/atom.xml") $(grep -c '<hf:supersedes>MS0[34]-0[14][19]</hf:supersedes>' "$OUT/rss.xml")"
check "MS04-028: the index card says what it supersedes" \
	grep -qF '<span class="supersedes">置き換え MS04-011 MS03-049</span>' "$OUT/index.html"
check_eq "catalogue.json: schema_version 2, MS04-028's supersedes, MS05-039's empty" "2 ['MS04-011', 'MS03-049'] []" \
	"$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); m={b["key"]: b["model"] for b in d["bulletins"]}; print(d["schema_version"], m["MS04-028"]["supersedes"], m["MS05-039"]["supersedes"])' "$OUT/catalogue.json")"
check "critical facet holds MS05-039" grep -q 'MS05-039' "$OUT/critical.atom.xml"
check "critical facet leaves out 重要 MS06-007" sh -c "! grep -q 'MS06-007' '$OUT/critical.atom.xml'"
check "not-a-bulletin pages stay out of the feeds" sh -c "! grep -q 'glossary' '$OUT/rss.xml'"
check "... but are in catalogue.json" grep -q 'glossary' "$OUT/catalogue.json"

# --- deterministic: a second publish is byte-identical ---
mkdir "$T/prev" && cp -r "$OUT"/* "$T/prev/"
sleep 1
rm "$OUT/.hotfeed-publish.json"   # without the record: rendered again
pub --out "$OUT" >/dev/null 2>&1
same=1
for f in $ALL; do cmp -s "$OUT/$f" "$T/prev/$f" || { same=0; echo "# $f differs"; }; done
check_eq "second publish of an unchanged catalogue is byte-identical" 1 $same

# --- a republish with nothing changed is skipped: the files are left alone ---
inodes() { (cd "$OUT" && ls -i $ALL .hotfeed-publish.json | sort -k2); }
inodes >"$T/ino1"
pub --out "$OUT" >"$T/pub-skip" 2>&1
check_eq "nothing changed: publish exits 0" 0 $?
check_eq "... and says what is published" "published 36 bulletins and 8 other pages into $OUT/" "$(cat "$T/pub-skip")"
inodes >"$T/ino2"
check_files "... every file left in place (same inodes)" "$T/ino1" "$T/ino2"
check_eq "... the record counts every file written (by name at the top, by directory below) and the bulletins" "$(cd "$OUT" && find . -type f ! -name .hotfeed-publish.json ! -name .hotfeed | wc -l | tr -d ' ') 36 8" "$($PY -c '
import json, sys; r = json.load(open(sys.argv[1]))
print(sum(f.get("files", 1) for f in r["files"]), r["bulletins"], r["other"])' "$OUT/.hotfeed-publish.json")"
check_eq "... names each top-level file and each directory once" \
	"$(cd "$OUT" && { find . -maxdepth 1 -type f ! -name .hotfeed-publish.json ! -name .hotfeed; find . -mindepth 2 -type f -printf '%h/\n'; } | sed 's|^\./||' | sort -u | tr '\n' ' ')" \
	"$($PY -c '
import json, sys; r = json.load(open(sys.argv[1]))
print(" ".join(sorted(f.get("name") or f["dir"] + "/" for f in r["files"])), end=" ")' "$OUT/.hotfeed-publish.json")"
# a file of a directory the record counts, removed: written again
mv "$OUT/bulletins/MS05-039.json" "$T/one.json"
pub --out "$OUT" >/dev/null 2>&1
check "a file missing from a counted directory: written again" test -s "$OUT/bulletins/MS05-039.json"
# a changed template, a missing output, a changed config: written again
cp -r templates "$T/tpl"
printf '<!-- changed -->\n' >>"$T/tpl/item.xsl"
"$HOTFEED" publish --db "$DB" --config "$CONF" --templates "$T/tpl" --out "$OUT" >/dev/null 2>&1
inodes >"$T/ino3"
check "a changed template: written again" sh -c "! cmp -s '$T/ino2' '$T/ino3'"
rm "$OUT/winxp.feed.json"
pub --out "$OUT" >/dev/null 2>&1
check "a missing output: written again" test -s "$OUT/winxp.feed.json"
sed 's/^items = .*/items = 3/' "$CONF" >"$T/conf3"
inodes >"$T/ino4"
"$HOTFEED" publish --db "$DB" --config "$T/conf3" --templates templates --out "$OUT" >/dev/null 2>&1
inodes >"$T/ino5"
check "a changed config: written again" sh -c "! cmp -s '$T/ino4' '$T/ino5'"
pub --out "$OUT" >/dev/null 2>&1
for f in $ALL; do cmp -s "$OUT/$f" "$T/prev/$f" || echo "# $f differs"; done
check "... and back: the first outputs again" sh -c 'for f in $0; do cmp -s "$1/$f" "$2/$f" || exit 1; done' "$ALL" "$OUT" "$T/prev"

# --- index.html in a real browser ---
chrome() {
	timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$(mktemp -d "$T/chrome.XXXXXX")" --hide-scrollbars \
		--window-size=1000,1400 "$@" 2>>"$T/chrome.err"
}
check "chromium is installed (tests/deps.sh installs it)" sh -c "command -v chromium >/dev/null"
if command -v chromium >/dev/null 2>&1; then
	chrome --dump-dom "file://$OUT/index.html" >"$T/dom.html"
	check "chromium renders index.html" test -s "$T/dom.html"
	check "the DOM shows MS05-039's title" grep -q 'プラグ・アンド・プレイ・サービスの未チェック' "$T/dom.html"
	check "the DOM shows MS06-007's title" grep -q 'IGMP' "$T/dom.html"
	check "the DOM shows a 緊急 badge" grep -q 'class="badge critical"[^>]*>緊急<' "$T/dom.html"
	check "the DOM shows a 重要 badge" grep -q 'class="badge important"[^>]*>重要<' "$T/dom.html"
	check "the severity filter is there" grep -q 'id="f-critical"' "$T/dom.html"
	check "no script in the rendered page" sh -c "! grep -qi '<script' '$T/dom.html'"
	mkdir -p out
	chrome --screenshot="$T/all.png" "file://$OUT/index.html"
	cp "$T/all.png" out/t_publish-index.png 2>/dev/null
	# the filter without JavaScript: the same page with 緊急 selected
	sed -e 's/id="f-all" class="filter" checked/id="f-all" class="filter"/' \
	    -e 's/id="f-critical" class="filter"/id="f-critical" class="filter" checked/' \
	    "$OUT/index.html" >"$OUT/filtered.html"
	chrome --screenshot="$T/critical.png" "file://$OUT/filtered.html"
	rm -f "$OUT/filtered.html"
	# the card borders (x < 40) in each severity's colour
	set -- $($PY $V/png_colours.py "$T/all.png" 0 40 c62828 ef6c00 f9a825 | cut -d' ' -f2)
	check "screenshot: 緊急, 重要 and 警告 cards shown" test "${1:-0}" -gt 0 -a "${2:-0}" -gt 0 -a "${3:-0}" -gt 0
	set -- $($PY $V/png_colours.py "$T/critical.png" 0 40 c62828 ef6c00 f9a825 | cut -d' ' -f2)
	check "screenshot with 緊急 selected: only 緊急 cards remain" \
		test "${1:-0}" -gt 0 -a "${2:-1}" -eq 0 -a "${3:-1}" -eq 0
	# 未評価: the notice (no severity) alone, its grey border
	# (the unrated: the bulletins of catalogue.json without a severity)
	unrated=$($PY -c 'import json, sys
print(sum(1 for b in json.load(open(sys.argv[1]))["bulletins"]
          if b["model"]["kind"] != "other" and b["model"]["severity"] is None))' "$OUT/catalogue.json")
	check "the 未評価 filter is there, with its count ($unrated)" \
		grep -q "<label for=\"f-none\" class=\"sev-none\"><span class=\"badge none\">未評価</span>($unrated)</label>" "$T/dom.html"
	sed -e 's/id="f-all" class="filter" checked/id="f-all" class="filter"/' \
	    -e 's/id="f-none" class="filter"/id="f-none" class="filter" checked/' \
	    "$OUT/index.html" >"$OUT/filtered.html"
	chrome --screenshot="$T/none.png" "file://$OUT/filtered.html"
	rm -f "$OUT/filtered.html"
	set -- $($PY $V/png_colours.py "$T/none.png" 0 40 c62828 ef6c00 f9a825 bbbbbb | cut -d' ' -f2)
	check "screenshot with 未評価 selected: only the unrated card remains" \
		test "${1:-1}" -eq 0 -a "${2:-1}" -eq 0 -a "${3:-1}" -eq 0 -a "${4:-0}" -gt 0
	echo "# screenshot saved as out/t_publish-index.png"
fi

# --- a revision: later 更新日 and a changed file table ---
sed -e 's|【更新日】2005/08/11|【更新日】2005/08/20|' -e 's|5\.0\.2195\.7057|5.0.2195.7058|' \
	samples/ms05-039.a.utf8.html >"$T/v2.html"
ing --url http://www.example.co.jp/hfr/ms05-039.a.utf8.html --seen 2005-08-21T00:00:00Z "$T/v2.html"
pub --out "$OUT" >/dev/null 2>&1
check_eq "after v2: one MS05-039 item" 1 "$(grep -c '<id>tag:example.org,2005:MS05-039</id>' "$OUT/atom.xml")"
check "after v2: published unchanged" grep -q '<published>2005-08-10T00:00:00+09:00</published>' "$OUT/atom.xml"
check "after v2: updated moved" grep -q '<updated>2005-08-20T00:00:00+09:00</updated>' "$OUT/atom.xml"
$PY - "$OUT/catalogue.json" <<'PY' | tap
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
b = [b for b in doc["bulletins"] if b["key"] == "MS05-039"][0]
revs = b["revisions"]
fields = [c["field"] for c in revs[-1]["changes"]] if revs else []
print(("PASS" if len(revs) >= 2 else "FAIL") + " catalogue.json: MS05-039 has a second revision: %d" % len(revs))
print(("PASS" if any("updated" in f for f in fields) and any("packages" in f for f in fields) else "FAIL")
      + " catalogue.json: the change names updated and packages: %s" % fields)
PY
mkdir -p "$T/prev2" && cp -r "$OUT"/* "$T/prev2/"
pub --out "$OUT" >/dev/null 2>&1
same=1
for f in $ALL; do cmp -s "$OUT/$f" "$T/prev2/$f" || same=0; done
check_eq "third publish with nothing new is byte-identical" 1 $same

# --- a failed publish leaves the previous files untouched ---
unchanged() {
	for f in $ALL; do cmp -s "$OUT/$f" "$T/prev2/$f" || return 1; done
	test -z "$(ls -A "$OUT" | grep '\.tmp\.')"
}
mkdir "$T/broken" && cp templates/*.xsl "$T/broken/"
printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:template match="/"><p>\n' >"$T/broken/item.xsl"
"$HOTFEED" publish --db "$DB" --config "$CONF" --templates "$T/broken" --out "$OUT" >/dev/null 2>"$T/err1"
check_eq "a broken template: exit 2" 2 $?
check "... the error names item.xsl" grep -q 'item.xsl' "$T/err1"
check "... previous files untouched" unchanged

cp templates/item.xsl "$T/broken/item.xsl"
cat >"$T/broken/index.xsl" <<'XSL'
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:template match="/"><xsl:message terminate="yes">no index today</xsl:message></xsl:template>
</xsl:stylesheet>
XSL
"$HOTFEED" publish --db "$DB" --config "$CONF" --templates "$T/broken" --out "$OUT" >/dev/null 2>"$T/err2"
check_eq "a template that stops: exit 2" 2 $?
check "... the error names index.xsl" grep -q 'index.xsl' "$T/err2"
check "... previous files untouched" unchanged

# [feed] templates names the directory; --templates overrides it
sed "s|^\[feed\]\$|[feed]\ntemplates = $T/broken|" "$CONF" >"$T/tconf.ini"
"$HOTFEED" publish --db "$DB" --config "$T/tconf.ini" --out "$OUT" >/dev/null 2>"$T/err2b"
check_eq "[feed] templates is used" 2 $?
check "... its index.xsl is named" grep -q "$T/broken/index.xsl" "$T/err2b"
check "... previous files untouched" unchanged
"$HOTFEED" publish --db "$DB" --config "$T/tconf.ini" --templates templates --out "$OUT" >/dev/null 2>&1
check_eq "--templates overrides [feed] templates" 0 $?
check "... and gives the same files" unchanged
"$HOTFEED" publish --db "$DB" --config "$CONF" --templates "$T/none" --out "$OUT" >/dev/null 2>"$T/err2c"
check_eq "a missing template directory: exit 2" 2 $?
check_eq "... named, with the reason" "hotfeed publish: $T/none/item.xsl: No such file or directory (templates: --templates DIR or [feed] templates)" "$(cat "$T/err2c")"
# from another working directory, the templates beside the binary are found
hf=$(cd "$(dirname "$HOTFEED")" && pwd -P)/$(basename "$HOTFEED")
if [ -f "$(dirname "$hf")/templates/item.xsl" ]; then   # not build-asan/hotfeed
	mkdir "$T/elsewhere" && cp "$DB" "$T/elsewhere/x.db" && cp "$CONF" "$T/elsewhere/c.ini"
	(cd "$T/elsewhere" && "$hf" publish --db x.db --config c.ini --out o >/dev/null 2>&1)
	check_eq "run from elsewhere: the templates beside the binary are used" 0 $?
	check_files "... giving the same index.html" "$OUT/index.html" "$T/elsewhere/o/index.html"
fi

# the directory is replaced whole: what was planted in it is gone
rm "$OUT/winxp.feed.json" && mkdir "$OUT/winxp.feed.json" && : >"$OUT/stray.txt"
pub --out "$OUT" >/dev/null 2>"$T/err3"
check_eq "a directory planted where an output goes: exit 0" 0 $?
check "... the set is complete and as before, the planted entries gone" unchanged
check_eq "... stray.txt gone" no "$(test -e "$OUT/stray.txt" && echo yes || echo no)"

: >"$T/afile"
pub --out "$T/afile/out" >/dev/null 2>"$T/err4"
check_eq "an output directory that cannot be made: exit 2" 2 $?
check "... the error names it" grep -q 'afile/out' "$T/err4"

# --- a hostile page ---
$PY - samples/ms05-039.a.utf8.html "$T/hostile.html" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
s = s.replace("<b>プラグ・アンド・プレイ・サービスの未チェック・バッファの脆弱性により、リモートで任意のコードが実行される危険性</b>",
    "<b>悪意<script>alert(1)</script>&lt;script&gt;alert(2)&lt;/script&gt;\x01&#1;&#xFFFE;\ufffe"
    "<img src=x onerror=alert(3)>javascript:alert(4)</b>", 1)
s = s.replace('href="http://www.microsoft.com/japan/technet/security/bulletin/MS05-039.mspx"',
              'href="javascript:alert(5)"')
s = s.replace('href="http://www.microsoft.com/technet/security/bulletin/MS05-039.mspx"',
              'href="/technet/MS05-039.mspx"')
s = s.replace('href="http://www.microsoft.com/downloads/details.aspx?FamilyID=3b1a8c4e',
              'href="data:text/html,<script>alert(6)</script>?FamilyID=3b1a8c4e')
s = s.replace("MS05-039", "MS99-001")
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
H=$T/hostile
"$HOTFEED" ingest --db "$T/h.db" --quiet --url http://www.example.co.jp/hfr/hostile.html "$T/hostile.html" 2>/dev/null
"$HOTFEED" publish --db "$T/h.db" --config "$CONF" --templates templates --out "$H" >/dev/null 2>"$T/err5"
check_eq "hostile page: publish exits 0" 0 $?
for f in rss.xml atom.xml; do
	check "hostile page: $f well-formed" xmllint --noout "$H/$f"
done
check "hostile page: atom.xml still valid (jing)" jing -c $V/atom.rnc "$H/atom.xml"
$PY - "$H" <<'PY' | tap
import json, sys, feedparser
out = sys.argv[1]
for f in ("rss.xml", "atom.xml"):
    d = feedparser.parse(out + "/" + f)
    print(("PASS" if d.bozo == 0 else "FAIL") + " hostile page: %s has no bozo" % f)
    t = d.entries[0].title if d.entries else ""
    print(("PASS" if "<script>alert(2)</script>" in t and "\x01" not in t and "\ufffe" not in t
           else "FAIL") + " hostile page: %s title is the escaped text: %r" % (f, t))
for f in ("rss.xml", "atom.xml", "feed.json", "catalogue.json", "index.html"):
    raw = open(out + "/" + f, encoding="utf-8").read()
    bad = [c for c in ("\x01", "\ufffe", "&#1;", "&#xFFFE;", "\\u0001") if c in raw]
    print(("PASS" if not bad else "FAIL") + " hostile page: %s has no U+0001/U+FFFE: %r" % (f, bad))
    print(("PASS" if "javascript:alert(5)" not in raw and "data:text/html" not in raw else "FAIL")
          + " hostile page: %s carries no javascript:/data: link" % f)
html = open(out + "/index.html", encoding="utf-8").read().lower()
print(("PASS" if "<script" not in html and "onerror" not in html and "<img" not in html else "FAIL")
      + " hostile page: index.html has no script, img or event attribute")
for f in ("feed.json",):
    j = json.load(open(out + "/" + f, encoding="utf-8"))
    body = j["items"][0]["content_html"].lower()
    print(("PASS" if "<script" not in body and "javascript:" not in body.replace("javascript:alert(4)", "")
           and "onerror" not in body else "FAIL") + " hostile page: content_html is clean")
    print(("PASS" if "http://www.example.co.jp/technet/ms99-001.mspx" in body else "FAIL")
          + " hostile page: the relative link is made absolute")
PY

# index pages assembled from kept cards on a catalogue of hostile titles
# (card markup, a card's start and end, quotes in the text, a card ten
# times as long as the others): the bytes of the pages rendered whole
for k in 2 3 4 5; do
	$PY - "$T/hostile.html" "$T/hostile$k.html" "$k" <<'PY'
import sys
s = open(sys.argv[1], encoding="utf-8").read()
k = sys.argv[3]
s = s.replace("悪意", ['</div>\n<div class="bulletin sev-critical p1" id="b-MS99-001">',
                      '"><p class="meta">&quot;</p></div></div>&amp;amp;',
                      "</div>\n</div>\n<div class=\"footer\">", "<div>\n\n</div>x" + "長い題" * 2000][int(k) - 2], 1)
s = s.replace("MS99-001", "MS99-00" + k)
open(sys.argv[2], "w", encoding="utf-8").write(s)
PY
	"$HOTFEED" ingest --db "$T/h.db" --quiet --url "http://www.example.co.jp/hfr/hostile$k.html" "$T/hostile$k.html" 2>/dev/null
done
mkdir -p "$T/hs"
"$HOTFEED" publish --db "$T/h.db" --config "$CONF" --templates templates --out "$T/hs-whole" >/dev/null 2>&1
"$HOTFEED" publish --db "$T/h.db" --config "$CONF" --templates templates --out "$T/hs/out" >/dev/null 2>&1
rm "$T/hs/out/.hotfeed-publish.json"
"$HOTFEED" publish --db "$T/h.db" --config "$CONF" --templates templates --out "$T/hs/out" >/dev/null 2>&1
check_eq "hostile titles: every card's HTML kept" 5 "$(sqlite3 "$T/hs/.out.cache.sqlite" "SELECT count(*) FROM fragments WHERE key LIKE '%#card-html'")"
check "... pages assembled from them are the pages rendered whole" diff -r -x changes.json -x .hotfeed-publish.json "$T/hs-whole" "$T/hs/out"

# item.xsl runs only for the items a feed shows: a catalogue's older
# bulletins are in catalogue.json, never rendered (400 bulletins with
# 4096-entry lists took 223 s, half a second each, for feeds of 50).  Here
# rendering MS05-039, which a one-item feed does not show, stops the XSLT.
mkdir "$T/lazy" && sed 's|<xsl:template match="/bulletin">|&<xsl:if test="id = '"'"'MS05-039'"'"'"><xsl:message terminate="yes">rendered MS05-039</xsl:message></xsl:if>|' \
	templates/item.xsl >"$T/lazy/item.xsl" && cp templates/index.xsl "$T/lazy/"
printf '[feed]\ntitle = t\nlink = https://feeds.example.org/\nauthority = example.org,2005\nitems = 1\n' >"$T/lazy.ini"
"$HOTFEED" ingest --db "$T/lazy.db" --quiet samples/ms05-039.a.utf8.html samples/ms06-007.a.utf8.html
"$HOTFEED" publish --db "$T/lazy.db" --config "$T/lazy.ini" --templates "$T/lazy" --out "$T/lazy-out" >/dev/null 2>"$T/lazy.err"
check_eq "a bulletin no feed shows is not rendered (item.xsl stops on it)" 0 $?
check "... the feed shows the newer one" grep -q 'MS06-007' "$T/lazy-out/atom.xml"
check "... catalogue.json still lists both" grep -q '"MS05-039"' "$T/lazy-out/catalogue.json"

# A text of 4000 paragraphs (a 16 KB page): item.xsl splits paragraphs by
# recursion, and libxslt stops at 3000 nested calls, which failed every
# publish.  Past 256 the rest is one paragraph; no text is lost.
{
	printf '<html><head><meta charset=utf-8></head><body><table><tr><td>登録日<td>2005/08/11'
	printf '<tr><td>脆弱性識別番号<td>MS05-039</table><p>t<p>‥‥‥ 概要 ‥‥‥'
	i=0; while [ $i -lt 4000 ]; do printf '<p>a%d' $i; i=$((i + 1)); done
} >"$T/paras.html"
"$HOTFEED" ingest --db "$T/paras.db" --quiet "$T/paras.html"
"$HOTFEED" publish --db "$T/paras.db" --config "$T/lazy.ini" --templates templates --out "$T/paras-out" >/dev/null 2>"$T/paras.err"
check_eq "an overview of 4000 paragraphs publishes" 0 $?
check_eq "... its first 256 paragraphs apart" 256 "$(grep -o '&lt;p&gt;a[0-9]*&lt;/p&gt;' "$T/paras-out/atom.xml" | wc -l | tr -d ' ')"
check "... and the rest of the text in the last, line by line" grep -q '^a3999&lt;/p&gt;' "$T/paras-out/atom.xml"

# A space-padded href (issue 10): extraction, storage and publish give the
# one URL a browser follows, never ".../2005/%20../bulletin/...".
sed 's|href="http://www.microsoft.com/japan/technet/security/bulletin/MS05-039.mspx"|href=" ../bulletin/MS05-039.mspx "|' \
	samples/ms05-039.a.utf8.html >"$T/pad.html"
"$HOTFEED" ingest --db "$T/pad.db" --quiet --url http://hfr.example.jp/2005/ms05-039.html "$T/pad.html"
"$HOTFEED" publish --db "$T/pad.db" --config "$T/lazy.ini" --templates templates --out "$T/pad-out" >/dev/null 2>&1
check_eq "a space-padded href is stored resolved and trimmed" "http://hfr.example.jp/bulletin/MS05-039.mspx" \
	"$(sqlite3 "$T/pad.db" "SELECT json_extract(model, '\$.references[0].url') FROM revisions")"
check "... and published so" grep -q 'http://hfr.example.jp/bulletin/MS05-039.mspx' "$T/pad-out/catalogue.json"
check "... never with the spaces escaped" sh -c "! grep -rq '%20\.\./bulletin' '$T/pad-out'"

# --- bulletins/KEY.json and changes.json (issue 11) ---
CH=$T/changes-out
export SOURCE_DATE_EPOCH=1133000000
"$HOTFEED" publish --db "$T/pad.db" --config "$T/lazy.ini" --templates templates --out "$CH" >/dev/null 2>&1
check_eq "one bulletins/ file per catalogue entry, the entry itself" "1 ok" "$($PY -c '
import json, os, sys
d = sys.argv[1]; c = json.load(open(d + "/catalogue.json"))["bulletins"]
files = os.listdir(d + "/bulletins")
same = all(json.load(open(d + "/bulletins/" + e["key"] + ".json")) == e for e in c)
print(len(files), "ok" if same and len(files) == len(c) else "differ")' "$CH")"
check_eq "a first publish: one run, everything added" "1 2005-11-26T10:13:20Z True 1 0 0 bulletins/MS05-039.json" "$($PY -c '
import json, sys; r = json.load(open(sys.argv[1]))["runs"]
print(len(r), r[0]["published"], r[0]["complete"], len(r[0]["added"]), len(r[0]["updated"]), len(r[0]["withdrawn"]), r[0]["added"][0]["file"])' "$CH/changes.json")"
cp "$CH/changes.json" "$T/changes1.json"
rm "$CH/.hotfeed-publish.json"
SOURCE_DATE_EPOCH=1133100000 "$HOTFEED" publish --db "$T/pad.db" --config "$T/lazy.ini" --templates templates --out "$CH" >/dev/null 2>&1
check_files "written again with nothing changed: changes.json as it was (no run)" "$T/changes1.json" "$CH/changes.json"
SOURCE_DATE_EPOCH=1133200000 "$HOTFEED" publish --db "$DB" --config "$T/lazy.ini" --templates templates --out "$CH" >/dev/null 2>&1
check_eq "another catalogue: a run of what it added, updated and withdrew, newest first" \
	"2 2005-11-28T17:46:40Z 43 1 0 | 1 0 0" "$($PY -c '
import json, sys; r = json.load(open(sys.argv[1]))["runs"]
n = lambda x: "%d %d %d" % (len(x["added"]), len(x["updated"]), len(x["withdrawn"]))
print(len(r), r[0]["published"], n(r[0]), "|", n(r[1]))' "$CH/changes.json")"
SOURCE_DATE_EPOCH=1133300000 "$HOTFEED" publish --db "$T/pad.db" --config "$T/lazy.ini" --templates templates --out "$CH" >/dev/null 2>&1
check_eq "... and back: the others withdrawn, MS05-039 updated" "0 1 43 MS05-039" "$($PY -c '
import json, sys; r = json.load(open(sys.argv[1]))["runs"][0]
print(len(r["added"]), len(r["updated"]), len(r["withdrawn"]), r["updated"][0]["key"])' "$CH/changes.json")"
check "... the withdrawn bulletins' files gone" test ! -e "$CH/bulletins/MS04-011.json"
check "changes.json valid against its schema" $PY -c '
import json, sys
from jsonschema import Draft202012Validator
s = json.load(open("catalogue.schema.json"))
d = json.load(open(sys.argv[1]))
v = Draft202012Validator({"$ref": "#/$defs/changes_document", "$defs": s["$defs"]})
errs = list(v.iter_errors(d))
sys.exit("; ".join(e.message for e in errs[:3]) if errs else 0)' "$CH/changes.json"
check "a bulletins/ file valid against the schema's entry" $PY -c '
import json, sys
from jsonschema import Draft202012Validator
s = json.load(open("catalogue.schema.json"))
d = json.load(open(sys.argv[1]))
v = Draft202012Validator({"$ref": "#/$defs/entry", "$defs": s["$defs"]})
errs = list(v.iter_errors(d))
sys.exit("; ".join(e.message for e in errs[:3]) if errs else 0)' "$CH/bulletins/MS05-039.json"
unset SOURCE_DATE_EPOCH

# --- the fragment cache: beside the outputs, never stale, never needed ---
FC=$T/fc/out
mkdir -p "$T/fc"
pub --out "$FC" >/dev/null 2>&1
check "the fragment cache is beside the outputs" test -s "$T/fc/.out.cache.sqlite"
check_eq "... one row per catalogue entry, one per bulletin's card HTML, one per CSAF document, one per search row of a page of two cards or more" "44|36|30|35" "$(sqlite3 "$T/fc/.out.cache.sqlite" "SELECT sum(key NOT LIKE '%#card-html' AND key NOT LIKE '%#csaf-doc' AND key NOT LIKE '%#row-html'), sum(key LIKE '%#card-html'), sum(key LIKE '%#csaf-doc'), sum(key LIKE '%#row-html') FROM fragments")"
# another [csaf] publisher and title: every cached text is stale
sed 's/^title = HotFix Report テスト$/title = 別の題/' "$CONF" >"$T/conf-b"
printf '[csaf]\npublisher = 別の発行者\n' >>"$T/conf-b"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check_eq "a changed config with a cache: exit 0" 0 $?
mkdir -p "$T/fresh"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$T/fresh/out" >/dev/null 2>&1
check "... the same files as a publish without one" diff -r -x changes.json -x .hotfeed-publish.json "$T/fresh/out" "$FC"
check "... the new publisher in the CSAF documents" grep -q '別の発行者' "$FC/csaf/2005/ms05-039.json"
# a damaged row (a cut blob) and a cache that is not a database: rendered again
sqlite3 "$T/fc/.out.cache.sqlite" "UPDATE fragments SET blob = substr(blob, 1, 40)"
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check "damaged cached texts: rendered again, the same files" diff -r -x changes.json -x .hotfeed-publish.json "$T/fresh/out" "$FC"
echo "not a database" >"$T/fc/.out.cache.sqlite"
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check_eq "a cache that is not a database: publish exits 0" 0 $?
check "... the same files" diff -r -x changes.json -x .hotfeed-publish.json "$T/fresh/out" "$FC"
check_eq "... and the cache made again" 145 "$(sqlite3 "$T/fc/.out.cache.sqlite" 'SELECT count(*) FROM fragments')"
# unchanged files are shared with the set they replace (hard links), changed ones not
ino1=$(stat -c %i "$FC/csaf/2005/ms05-039.json")
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check_eq "an unchanged file is the same file (hard-linked into the new set)" "$ino1" "$(stat -c %i "$FC/csaf/2005/ms05-039.json")"
"$HOTFEED" publish --db "$DB" --config "$CONF" --templates templates --out "$FC" >/dev/null 2>&1
check "... a changed one (another [csaf] publisher) is a new file" test "$ino1" != "$(stat -c %i "$FC/csaf/2005/ms05-039.json")"
# files written as streams too: the same bytes are the same file, and a
# stream that differs is written whole (the part equal to the old file
# copied): the same files as a publish without an old set
ino2=$(stat -c %i "$FC/catalogue.json")
ino3=$(stat -c %i "$FC/search.html")
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$CONF" --templates templates --out "$FC" >/dev/null 2>&1
check_eq "an unchanged stream (search.html) is the same file" "$ino3" "$(stat -c %i "$FC/search.html")"
check_eq "... catalogue.json too" "$ino2" "$(stat -c %i "$FC/catalogue.json")"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check "... changed streams are new files" test "$ino3" != "$(stat -c %i "$FC/search.html")"
check "... with the bytes of a publish without an old set" diff -r -x changes.json -x .hotfeed-publish.json "$T/fresh/out" "$FC"
# a bulletin published again from the same fragment digest: its bulletins/
# file is the old one, linked unread; the manifest keeps the digest
ino4=$(stat -c %i "$FC/bulletins/MS05-039.json")
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check_eq "a bulletin of the same digest: its bulletins/ file is the same file" "$ino4" "$(stat -c %i "$FC/bulletins/MS05-039.json")"
# a link the linker thread cannot make: the file is copied from the old
# set instead (a new file, the same bytes)
rm "$FC/.hotfeed-publish.json"
HOTFEED_TEST_LINK_FAIL=1 "$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check_eq "every link failing: publish exits 0" 0 $?
check "... its bulletins/ file is copied, not linked" test "$ino4" != "$(stat -c %i "$FC/bulletins/MS05-039.json")"
check "... the bytes of a publish without an old set" diff -r -x changes.json -x .hotfeed-publish.json "$T/fresh/out" "$FC"
check_eq "... no set left over beside it" "" "$(cd "$T/fc" && ls -a | grep -E '^\.out\.(new|old)\.')"
ino4=$(stat -c %i "$FC/bulletins/MS05-039.json")
check_eq "... the manifest's lines have a 32-digit digest" "44" "$(grep -cE '^[^	]*	[^	]*	[^	]*	[0-9a-f]{32}(	|$)' "$FC/.hotfeed-manifest.tsv")"
check_eq "... and the CSAF document the bulletin wrote" "MS05-039	2005/ms05-039.json" "$(grep '^MS05-039	' "$FC/.hotfeed-manifest.tsv" | cut -f1,5)"
# its CSAF document too, unread: the old set's file, even when it was
# altered in place behind hotfeed's back (same size: a compare would write
# a new file)
ino5=$(stat -c %i "$FC/csaf/2005/ms05-039.json")
python3 -c 'import sys; f = open(sys.argv[1], "r+b"); f.seek(0); f.write(b" ")' "$FC/csaf/2005/ms05-039.json"
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check_eq "... its CSAF document is the same file, not read" "$ino5" "$(stat -c %i "$FC/csaf/2005/ms05-039.json")"
check_eq "... (the altered byte is still there)" " " "$(head -c 1 "$FC/csaf/2005/ms05-039.json")"
# a manifest line that names another CSAF path: the document is written
sed -i 's|^\(MS05-039	.*	\)2005/ms05-039.json$|\12005/other.json|' "$FC/.hotfeed-manifest.tsv"
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check "... not when the old set's manifest says it wrote another path" test "$ino5" != "$(stat -c %i "$FC/csaf/2005/ms05-039.json")"
check "... still the bytes of a publish without an old set" diff -r -x changes.json -x .hotfeed-publish.json "$T/fresh/out" "$FC"
# rows of bulletins no longer in the catalogue are pruned after a publish
sqlite3 "$T/fc/.out.cache.sqlite" "INSERT INTO fragments VALUES ('MS99-999', 'x', 'y')"
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check_eq "the cache's row of a key gone from the catalogue is pruned" "145|0" "$(sqlite3 "$T/fc/.out.cache.sqlite" "SELECT count(*), sum(key = 'MS99-999') FROM fragments")"
# a cached CSAF document whose text is not in the cache any more: when it
# is written (not linked), it is rendered again from the model
sed -i 's|^\(MS05-039	.*	\)2005/ms05-039.json$|\12005/other.json|' "$FC/.hotfeed-manifest.tsv"
sqlite3 "$T/fc/.out.cache.sqlite" "DELETE FROM fragments WHERE key LIKE '%#csaf-doc'"
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check "a cached CSAF document without its text: rendered again, the same bytes" diff -r -x changes.json -x .hotfeed-publish.json "$T/fresh/out" "$FC"
check_eq "... and its text kept again" 1 "$(sqlite3 "$T/fc/.out.cache.sqlite" "SELECT count(*) FROM fragments WHERE key LIKE '%#csaf-doc'")"
# index pages assembled from the cards' HTML kept in the cache: the bytes
# of pages rendered whole (above, and with hostile titles below); a kept
# card's HTML is what the page shows (not the first card of a page: that
# one is rendered with the frame and checked against it)
sqlite3 "$T/fc/.out.cache.sqlite" "UPDATE fragments SET blob = replace(blob, '>MS05-019<', '>KEPT-019<') WHERE key LIKE 'MS05-019%#card-html'"
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check_eq "a page of kept cards is assembled from their HTML" 1 "$(grep -c '>KEPT-019<' "$FC/index-2005.html")"
sqlite3 "$T/fc/.out.cache.sqlite" "UPDATE fragments SET blob = replace(blob, '>KEPT-019<', '>MS05-019 (a cut row)<') WHERE key LIKE 'MS05-019%#card-html'"
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates templates --out "$FC" >/dev/null 2>&1
check "... not when its length is not the one kept: rendered whole" diff -r -x changes.json -x .hotfeed-publish.json "$T/fresh/out" "$FC"
sed '/hotfeed:cards-stand-alone/d' templates/index.xsl >"$T/tpl-whole.xsl"
mkdir -p "$T/tpl-whole" && cp templates/* "$T/tpl-whole/" && mv "$T/tpl-whole.xsl" "$T/tpl-whole/index.xsl"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates "$T/tpl-whole" --out "$T/whole" >/dev/null 2>&1
rm "$FC/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-b" --templates "$T/tpl-whole" --out "$FC" >/dev/null 2>&1
check "... and only when index.xsl says cards stand alone" diff -r -x changes.json -x .hotfeed-publish.json "$T/whole" "$FC"
# search.html's rows assembled from each row's HTML kept in the cache
# (index.xsl says hotfeed:rows-stand-alone), pages of 10 cards
sed 's/^items = 50$/items = 50\nindex_page_size = 10/' "$CONF" >"$T/conf-p"
RW=$T/rw/out
mkdir -p "$T/rw"
"$HOTFEED" publish --db "$DB" --config "$T/conf-p" --templates templates --out "$RW" >/dev/null 2>&1
check_eq "pages of 10: 36 rows in search.html on 6 pages (2006: 5, 2005: 10 10 5, 2004: 5, 2003: 1)" "36 6" "$(grep -o '<li class="bulletin' "$RW/search.html" | wc -l) $(grep -o 'href="index-[0-9-]*\.html#' "$RW/search.html" | sort -u | wc -l)"
check_eq "... a row kept for each card of a page of two cards or more (all but 2003's)" 35 "$(sqlite3 "$T/rw/.out.cache.sqlite" "SELECT count(*) FROM fragments WHERE key LIKE '%#row-html'")"
sqlite3 "$T/rw/.out.cache.sqlite" "UPDATE fragments SET blob = replace(blob, '>MS05-019<', '>KEPT-019<') WHERE key LIKE 'MS05-019%#row-html'"
rm "$RW/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-p" --templates templates --out "$RW" >/dev/null 2>&1
check_eq "a kept row's HTML is what search.html shows" 1 "$(grep -c '>KEPT-019<' "$RW/search.html")"
sqlite3 "$T/rw/.out.cache.sqlite" "UPDATE fragments SET blob = replace(blob, '>KEPT-019<', '>MS05-019<') WHERE key LIKE 'MS05-019%#row-html'"
# a lone missing row is rendered beside the page's first kept one, and
# that one compared with what index.xsl makes now: a kept row that is not
# (altered) has the page's rows rendered again, and kept again
first=$(grep -o 'id="b-[^"]*"' "$RW/search.html" | sed -n '1s/id="b-\(.*\)"/\1/p')
second=$(grep -o 'id="b-[^"]*"' "$RW/search.html" | sed -n '2s/id="b-\(.*\)"/\1/p')
sqlite3 "$T/rw/.out.cache.sqlite" "DELETE FROM fragments WHERE key = '$first' || char(10) || '#row-html'"
sqlite3 "$T/rw/.out.cache.sqlite" "UPDATE fragments SET blob = replace(blob, '>$second<', '>$(echo "$second" | tr 'M0-9' 'X0-9')<') WHERE key = '$second' || char(10) || '#row-html'"
rm "$RW/.hotfeed-publish.json"
"$HOTFEED" publish --db "$DB" --config "$T/conf-p" --templates templates --out "$RW" >/dev/null 2>&1
mkdir -p "$T/rwfresh" "$T/rw3" "$T/rw4"
"$HOTFEED" publish --db "$DB" --config "$T/conf-p" --templates templates --out "$T/rwfresh/out" >/dev/null 2>&1
check "... a kept row unlike index.xsl's beside a missing one: the page's rows rendered again, the bytes of a publish without a cache" cmp "$T/rwfresh/out/search.html" "$RW/search.html"
check_eq "... every row kept again" 35 "$(sqlite3 "$T/rw/.out.cache.sqlite" "SELECT count(*) FROM fragments WHERE key LIKE '%#row-html'")"
# three new bulletins at the top: cards move to the next page (another
# page name in their rows' links), the rows kept elsewhere are not used
cp "$DB" "$T/less.db"
sqlite3 "$T/less.db" "CREATE TEMP TABLE gone AS SELECT b.id, b.key FROM bulletins b
	JOIN revisions r ON r.bulletin = b.id WHERE b.kind <> 'other' GROUP BY b.id
	ORDER BY max(r.updated) DESC, b.id LIMIT 3;
	DELETE FROM changes WHERE revision IN (SELECT id FROM revisions WHERE bulletin IN (SELECT id FROM gone));
	DELETE FROM revisions WHERE bulletin IN (SELECT id FROM gone);
	UPDATE bulletins SET superseded_by = NULL WHERE superseded_by IN (SELECT id FROM gone);
	DELETE FROM bulletins WHERE id IN (SELECT id FROM gone);"
"$HOTFEED" publish --db "$T/less.db" --config "$T/conf-p" --templates templates --out "$T/rw3/out" >/dev/null 2>&1
grep -o 'href="index-[0-9-]*\.html#b-[^"]*"' "$T/rw3/out/search.html" | sort >"$T/rw3/before"
"$HOTFEED" publish --db "$DB" --config "$T/conf-p" --templates templates --out "$T/rw3/out" >/dev/null 2>&1
check "three new bulletins: search.html is the bytes of a publish without a cache" cmp "$T/rwfresh/out/search.html" "$T/rw3/out/search.html"
check_eq "... 7 rows link where none did before (3 new; 2 moved from index-2005.html to -2, 2 from -2 to -3)" 7 "$(grep -o 'href="index-[0-9-]*\.html#b-[^"]*"' "$T/rw3/out/search.html" | sort | comm -13 "$T/rw3/before" - | wc -l)"
# without the mark, rows are rendered with their page and none is kept
sed '/hotfeed:rows-stand-alone/d' templates/index.xsl >"$T/tpl-norows.xsl"
mkdir -p "$T/tpl-norows" && cp templates/* "$T/tpl-norows/" && mv "$T/tpl-norows.xsl" "$T/tpl-norows/index.xsl"
"$HOTFEED" publish --db "$DB" --config "$T/conf-p" --templates "$T/tpl-norows" --out "$T/rw4/out" >/dev/null 2>&1
check_eq "... and only when index.xsl says rows stand alone" "0" "$(sqlite3 "$T/rw4/.out.cache.sqlite" "SELECT count(*) FROM fragments WHERE key LIKE '%#row-html'")"
check "... the same search.html" cmp "$T/rwfresh/out/search.html" "$T/rw4/out/search.html"
