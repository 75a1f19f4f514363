#!/bin/sh
# tests/demo.sh — the body of `make demo`: ingest samples/*.html into
# out/demo.db, publish into out/site/ (a directory of its own: a publish
# replaces it whole), and say where everything is.
# Re-running it is safe: unchanged pages change nothing, and an unchanged
# catalogue publishes byte-identical files.
cd "$(dirname "$0")/.." || exit 2
HOTFEED=${HOTFEED:-./hotfeed}
OUT=out/site
DB=out/demo.db
CONF=out/demo.conf

mkdir -p out || exit 2
cat >"$CONF" <<'CONF'
# written by tests/demo.sh: the demo's feed and two facet feeds
[feed]
title = HotFix Report (demo)
link = https://hotfeed.invalid/
authority = hotfeed.invalid,2005

[facet critical]
title = HotFix Report: 緊急のみ
severity = 緊急

[facet winxp]
title = HotFix Report: Windows XP
platform = Windows XP
CONF

echo "== ingest samples/*.html into $DB"
"$HOTFEED" ingest --db "$DB" samples/*.html
case $? in
0) ;;
1) echo "(some pages were refused, kept their last good revision, or have error-level diagnostics; see above)" ;;
*) echo "hotfeed demo: ingest failed" >&2; exit 2 ;;
esac

echo "== publish into $OUT/"
"$HOTFEED" publish --db "$DB" --config "$CONF" --out "$OUT" || exit 2

echo
echo "The files are in $(cd "$OUT" && pwd -P)/:"
for f in index.html rss.xml atom.xml feed.json catalogue.json \
         critical.rss.xml critical.atom.xml critical.feed.json \
         winxp.rss.xml winxp.atom.xml winxp.feed.json; do
	[ -f "$OUT/$f" ] && printf '  %-20s %8s bytes\n' "$f" "$(wc -c <"$OUT/$f")"
done
echo
echo "Open file://$(cd "$OUT" && pwd -P)/index.html in a browser."
echo "The catalogue is $DB; its schema is catalogue.schema.json."
