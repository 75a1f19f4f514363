#!/bin/sh
# t_index.sh — the index pages at archive size: 2,000 bulletins from
# tests/bigcat.py, published with the default [feed] index_page_size (200),
# then read in headless Chromium (tests/validate/check_index.py: navigation
# reaches every bulletin exactly once, the severity, 未評価 and product
# filters clicked without JavaScript, the search without and with it,
# screenshots checked).  Then: every page parses (xmllint --html), the first
# page stays small, index_page_size is honoured and bounded, and what the
# sanitizer lets a template put in a page (one GET form, scripts only as
# src= of a file beside the page).
. "$(dirname "$0")/lib.sh"

N=2000
DB=$T/big.db
OUT=$T/out
CONF=$T/hotfeed.conf
printf '[feed]\nlink = https://feeds.example.org/hotfix/\nauthority = example.org,2005\n' >"$CONF"

sh tests/deps.sh >/dev/null 2>&1
python3 tests/bigcat.py "$T/pages" "$N"
"$HOTFEED" ingest --db "$DB" --no-isolate --quiet --seen 2007-01-01T00:00:00Z "$T"/pages/*.html \
	2>"$T/ingest.err"
check_eq "the $N generated pages ingest" 0 $?
"$HOTFEED" publish --db "$DB" --config "$CONF" --templates templates --out "$OUT" >"$T/pub.out" 2>&1
check_eq "publish exits 0" 0 $?

# --- the set of pages: 2003..2006, 500 a year less what bigcat drops ---
years=$(python3 -c 'import json, sys, collections
c = collections.Counter(b["updated"][:4] for b in json.load(open(sys.argv[1]))["bulletins"])
print(" ".join("%s:%d" % (y, c[y]) for y in sorted(c, reverse=True)))' "$OUT/catalogue.json")
want=$(for yc in $years; do
	y=${yc%%:*} c=${yc#*:} k=1
	while [ $(( (k - 1) * 200 )) -lt "$c" ]; do
		if [ $k = 1 ]; then echo "index-$y.html"; else echo "index-$y-$k.html"; fi
		k=$((k + 1))
	done
done | sort | tr '\n' ' ')
check_eq "one page per 200 bulletins of each year ($years)" "$want" \
	"$(cd "$OUT" && ls index-*.html | sort | tr '\n' ' ')"
check "index.html, search.html and search.js written" test -s "$OUT/index.html" -a -s "$OUT/search.html" -a -s "$OUT/search.js"
bad=0
for f in "$OUT"/index*.html "$OUT/search.html"; do
	xmllint --html --noout "$f" 2>"$T/xl" && test ! -s "$T/xl" || { bad=$((bad + 1)); head -3 "$T/xl"; }
done
check_eq "xmllint --html: every index page parses without complaint" 0 $bad
first=$(wc -c <"$OUT/index.html")
largest=$(ls -l "$OUT"/index-*.html | awk '$5 > m { m = $5 } END { print m }')
search=$(wc -c <"$OUT/search.html")
echo "# at $N bulletins: index.html $((first / 1024)) KB, largest year page $((largest / 1024)) KB, search.html $((search / 1024)) KB"
check "index.html stays small (under 400 KB; one page of all was 2.4 MB)" test "$first" -lt 409600
check "search.html under 600 bytes a bulletin" test "$search" -lt $((N * 600))
check_eq "no script but search.js on any page" "search.js" \
	"$(cat "$OUT"/index*.html "$OUT/search.html" | grep -io '<script[^>]*>' | sed 's/.*src="\([^"]*\)".*/\1/' | sort -u)"

# --- in Chromium ---
mkdir -p out
/usr/bin/python3 tests/validate/check_index.py "$OUT" 200 "$T" >"$T/chk.out" 2>&1
tap <"$T/chk.out"
cp "$T/index-first.png" out/t_index-first.png 2>/dev/null
cp "$T/search-typed.png" out/t_index-search.png 2>/dev/null

# --- [feed] index_page_size ---
printf 'index_page_size = 300\n' >>"$CONF"
"$HOTFEED" publish --db "$DB" --config "$CONF" --templates templates --out "$T/o300" >/dev/null 2>&1
check_eq "index_page_size = 300: publish exits 0" 0 $?
check_eq "... index.html holds 300 cards" 300 "$(grep -c '<div class="bulletin' "$T/o300/index.html")"
check_eq "... 2 pages a year" "$(echo "$years" | wc -w | awk '{ print $1 * 2 }')" "$(ls "$T/o300"/index-*.html | wc -l)"
printf '[feed]\nindex_page_size = 5\n' >"$T/bad.conf"
"$HOTFEED" publish --db "$DB" --config "$T/bad.conf" --templates templates --out "$T/obad" >/dev/null 2>"$T/bad.err"
check_eq "index_page_size = 5: refused, exit 2" 2 $?
check "... the error names the key and range" grep -q 'index_page_size.*10\.\.10000' "$T/bad.err"

# --- what a template may put in a page ---
mkdir "$T/tpl" && cp templates/* "$T/tpl/"
sed -e 's|<xsl:if test="@kind = .search."><script src="search.js" defer="defer"></script></xsl:if>|<script src="search.js"></script><script>alert(1)</script><script src="https://evil.example/x.js"></script><script src="../x.js"></script><form action="javascript:alert(2)" method="post"><input type="text" name="x"/></form>|' \
	templates/index.xsl >"$T/tpl/index.xsl"
"$HOTFEED" ingest --db "$T/s.db" --quiet --url http://www.example.co.jp/hfr/a.html samples/ms05-039.a.utf8.html 2>/dev/null
"$HOTFEED" publish --db "$T/s.db" --config "$CONF" --templates "$T/tpl" --out "$T/os" >/dev/null 2>&1
check_eq "a template with scripts and a POST form: publish exits 0" 0 $?
check_eq "... only <script src=\"search.js\"> is left" '<script src="search.js"></script>' \
	"$(grep -o '<script[^<]*</script>' "$T/os/index.html" | sort -u)"
check "... no alert, no evil.example, no POST form" sh -c "test -s '$T/os/index.html' && ! grep -q -e alert -e evil.example -e 'method=\"post\"' '$T/os/index.html'"
check_eq "... the GET search form stays, its action relative" 1 "$(grep -c '<form class="search" action="search.html" method="get"' "$T/os/index.html")"

# a template without search.html's place for the lines (one written before
# the index pages) fails the publish by name; nothing is written
sed 's/ id="hf-rows"//' templates/index.xsl >"$T/tpl/index.xsl"
"$HOTFEED" publish --db "$T/s.db" --config "$CONF" --templates "$T/tpl" --out "$T/os2" >/dev/null 2>"$T/old.err"
check_eq "an index.xsl without id=\"hf-rows\": exit 2" 2 $?
check_eq "... saying what is missing" 'hotfeed publish: index.xsl: the search page (kind "search") has no empty element whose last attribute is id="hf-rows" for its lines (see templates/README.md)' "$(cat "$T/old.err")"
check "... nothing written" test ! -e "$T/os2"
