#!/bin/sh
# t_revisions.sh — a revised bulletin as readers see it: after a v1 -> v2
# ingest (a later 更新日 and a new file version of MS05-039), the item comes
# back on top with its new time, 【更新】 in its title and a change note in
# Japanese, and the clients people use notice it: sfeed (a new line after
# sfeed_update's merge, dated by pubDate), newsboat (unread again with
# reset-unread-on-update), python3-feedparser (title, dates, note).
. "$(dirname "$0")/lib.sh"

DB=$T/cat.db
OUT=$T/out
CONF=$T/hotfeed.conf
printf '[feed]\nlink = https://feeds.example.org/hotfix/\nauthority = example.org,2005\n' >"$CONF"
pub() { "$HOTFEED" publish --db "$DB" --config "$CONF" --templates templates --out "$OUT" >/dev/null 2>&1; }
URL=http://www.example.co.jp/hfr/ms05-039.a.utf8.html
sh tests/deps.sh >/dev/null 2>&1
check "sfeed and newsboat are installed (tests/deps.sh)" sh -c 'command -v sfeed && command -v newsboat' >/dev/null

# newsboat over the published rss.xml, its state in $T/nb
mkdir "$T/nb"
printf '"exec:cat %s/rss.xml"\n' "$OUT" >"$T/nb/urls"
printf 'reset-unread-on-update "exec:cat %s/rss.xml"\n' "$OUT" >"$T/nb/config"
nb() { HOME=$T/nb timeout 120 newsboat -u "$T/nb/urls" -c "$T/nb/cache.db" -C "$T/nb/config" -x "$@" 2>&1; }
# sfeed: the items as sfeed_update keeps them (merge: unique by id, title,
# link; then newest first by time)
sf() { sfeed <"$OUT/$1" | cut -f1,2,6 >"$T/$2.tsv"; }
merge() { sort -t '	' -u -k3,3 -k2,2 -k1,1 "$T/$1.tsv" "$T/$2.tsv" | sort -t '	' -s -k1rn,1; }

"$HOTFEED" ingest --db "$DB" --quiet --seen 2005-08-11T01:00:00Z --url "$URL" samples/ms05-039.a.utf8.html
"$HOTFEED" ingest --db "$DB" --quiet --seen 2005-08-11T01:00:00Z samples/ms04-026.b.sjis.html
pub
sf rss.xml rss1
sf atom.xml atom1
check_eq "v1: newsboat reads 2 unread items" "2 unread articles" "$(nb reload print-unread)"
sqlite3 "$T/nb/cache.db" "UPDATE rss_item SET unread = 0"
pub
check_eq "a republish of the same catalogue leaves them read" "0 unread articles" "$(nb reload print-unread)"

sed -e 's|【更新日】2005/08/11|【更新日】2005/08/20|' -e 's|5\.0\.2195\.7057|5.0.2195.7058|' \
	samples/ms05-039.a.utf8.html >"$T/v2.html"
"$HOTFEED" ingest --db "$DB" --seen 2005-08-21T00:00:00Z --url "$URL" "$T/v2.html" >"$T/v2.out"
check_eq "v2 is a revision" "$T/v2.html: updated MS05-039 (fields: updated, packages)" "$(cat "$T/v2.out")"
pub
NOTE="第2版 (2005-08-20): 更新日 2005-08-11 → 2005-08-20、ファイル情報 umpnpmgr.dll 5.0.2195.7057 → 5.0.2195.7058"
TITLE="【更新】プラグ・アンド・プレイ・サービスの未チェック・バッファの脆弱性により、リモートで任意のコードが実行される危険性"

# --- newsboat ---
check_eq "newsboat: the revised item is unread again" "1 unread articles" "$(nb reload print-unread)"
# (newsboat keeps the date it first saw an item; the title and body change)
check_eq "newsboat: it is MS05-039 with the 【更新】 title" "tag:example.org,2005:MS05-039|$TITLE" \
	"$(sqlite3 "$T/nb/cache.db" "SELECT guid, title FROM rss_item WHERE unread = 1")"
check "newsboat: its body names the changes" \
	sh -c "sqlite3 '$T/nb/cache.db' 'SELECT content FROM rss_item WHERE unread = 1' | grep -qF '${NOTE#*: }'"

# --- sfeed ---
sf rss.xml rss2
sf atom.xml atom2
check_eq "sfeed (RSS): after the merge, the revision is a new item, first, dated 2005-08-20" \
	"1124463600	$TITLE	tag:example.org,2005:MS05-039" "$(merge rss1 rss2 | head -n 1)"
check_eq "sfeed (RSS): 3 lines: the revision and both v1 items" 3 "$(merge rss1 rss2 | wc -l)"
check_eq "sfeed (Atom): the revision is a new item too (sfeed dates Atom by published)" \
	"1123599600	$TITLE	tag:example.org,2005:MS05-039" \
	"$(merge atom1 atom2 | grep -F '【更新】')"
check "sfeed: the content names the changes in Japanese" sh -c "sfeed <'$OUT/rss.xml' | grep -qF '${NOTE#*: }'"

# --- feedparser ---
/usr/bin/python3 - "$OUT" "$TITLE" "$NOTE" >"$T/fp.out" <<'PY'
import sys, time, feedparser
out, title, note = sys.argv[1:4]
def say(ok, what, got):
    print(("PASS " if ok else "FAIL ") + what + ("" if ok else ": got %r" % (got,)))
rss = feedparser.parse(out + "/rss.xml")
e = rss.entries[0]
say(e.id.endswith("MS05-039") and e.title == title, "feedparser (RSS): MS05-039 first, 【更新】 title", (e.id, e.title))
say(time.strftime("%Y-%m-%dT%H:%M", e.published_parsed) == "2005-08-19T15:00",
    "feedparser (RSS): pubDate is the update, 2005-08-20 +09:00", e.get("published"))
say(e.summary.startswith("<p>" + note + "</p>"), "feedparser (RSS): the description opens with the change note", e.summary[:200])
say("更新履歴" in e.content[0].value and note.split(": ", 1)[1] in e.content[0].value,
    "feedparser (RSS): the body's 更新履歴 names the changes in Japanese", e.content[0].value[-400:])
atom = feedparser.parse(out + "/atom.xml")
a = atom.entries[0]
say(a.title == title and a.updated.startswith("2005-08-20") and a.published.startswith("2005-08-10"),
    "feedparser (Atom): first, 【更新】 title, updated 2005-08-20, published 2005-08-10",
    (a.title, a.updated, a.published))
say(a.summary.startswith(note), "feedparser (Atom): the summary opens with the change note", a.summary[:200])
o = rss.entries[1]
say(not o.title.startswith("【更新】") and time.strftime("%Y-%m-%d", o.published_parsed) == "2004-07-13",
    "feedparser: the unrevised item keeps its title and 登録日", (o.title, o.get("published")))
PY
tap <"$T/fp.out"
check_eq "JSON Feed: the first item is the revision, modified 2005-08-20" \
	"$TITLE 2005-08-20T00:00:00+09:00" \
	"$(python3 -c 'import json,sys; i=json.load(open(sys.argv[1]))["items"][0]; print(i["title"], i["date_modified"])' "$OUT/feed.json")"
