#!/bin/sh
# t_archive.sh — the RFC 5005 archives over time, on a catalogue of 300
# generated bulletins (tests/bigcat.py, 2003-01..2003-08, the current feed 07 and 08): a republish is
# byte-identical; a revision of an old bulletin moves it to the top of the
# current feed and out of its month, whose archives alone change among the
# closed months; the walk (tests/validate/walk_archives.py) stays exact.
# (The walk over 2,000 bulletins: tests/t_scale.sh.)
. "$(dirname "$0")/lib.sh"

SITE=https://feeds.example.org/hotfix/
DB=$T/cat.db
OUT=$T/out
CONF=$T/hotfeed.conf
printf '[feed]\nlink = %s\nauthority = example.org,2005\n' "$SITE" >"$CONF"
pub() { "$HOTFEED" publish --db "$DB" --config "$CONF" --templates templates --out "$OUT" >/dev/null 2>&1; }

python3 tests/bigcat.py "$T/pages" 300
"$HOTFEED" ingest --db "$DB" --no-isolate --quiet --seen 2004-01-01T00:00:00Z "$T"/pages/*.html
check_eq "300 pages ingest" 0 $?
pub
check_eq "publish exits 0" 0 $?
check_eq "monthly archives of 2003-01..2003-06 in three formats (07 and 08 are current)" 18 "$(ls "$OUT/archive" | wc -l)"

# --- a republish changes nothing; a revision moves one bulletin ---
cp -r "$OUT" "$T/run1"
pub
check "a republish of the same catalogue is byte-identical (every file)" diff -r -q "$T/run1" "$OUT"

# p00010.html is MS03-011 of 2003-01-12: its 更新日 moves to 2007-01-15
/usr/bin/python3 - "$T/pages/p00010.html" "$T/v2.html" <<'PY'
import re, sys
raw = open(sys.argv[1], "rb").read()
label = re.search(rb"charset=([\w-]+)", raw).group(1).decode().lower()
codec = {"shift_jis": "cp932", "euc-jp": "euc_jp", "utf-8": "utf-8"}[label]
text = re.sub(r"(【更新日】)[0-9０-９/年月日]+", r"\g<1>2007/01/15", raw.decode(codec))
open(sys.argv[2], "wb").write(text.encode(codec))
PY
"$HOTFEED" ingest --db "$DB" --no-isolate --seen 2007-01-16T00:00:00Z "$T/v2.html" >"$T/v2.out" 2>"$T/v2.err"
check_eq "v2 of MS03-011 is a revision" "$T/v2.html: updated MS03-011 (fields: updated)" "$(cat "$T/v2.out")"
pub
check_eq "after v2: MS03-011 is the current feed's first item" "tag:example.org,2005:MS03-011" \
	"$(grep -o '<guid[^>]*>[^<]*' "$OUT/rss.xml" | head -n 1 | sed 's/.*>//')"
newest=$(ls "$T/run1/archive" | sort | tail -n 1 | cut -c1-7)
changed=$(cd "$T/run1/archive" && for f in *; do cmp -s "$f" "$OUT/archive/$f" || echo "$f"; done |
	cut -c1-7 | sort -u | grep -v -x -e "$newest" | tr '\n' ' ')
check_eq "after v2: of the closed months only 2003-01's archives changed (and the newest archive's next link at most)" \
	"2003-01 " "$changed"
check "after v2: 2003-01's archive no longer holds MS03-011" \
	sh -c "! grep -q 'MS03-011' '$OUT/archive/2003-01.atom.xml'"
/usr/bin/python3 tests/validate/walk_archives.py "$OUT" "$SITE" >"$T/walk2.out" 2>&1
sed 's/^\(PASS\|FAIL\) /&after v2: /' "$T/walk2.out" >"$T/walk2.tap"
tap <"$T/walk2.tap"
check_eq "archives carry no item.xsl body (content:encoded), the current feed one per item" \
	"0 $(grep -c '<item>' "$OUT/rss.xml")" \
	"$(cat "$OUT"/archive/*.rss.xml | grep -c '<content:encoded>') $(grep -c '<content:encoded>' "$OUT/rss.xml")"
check_eq "... but each item's summary (a description per item and per channel)" \
	"$(( $(cat "$OUT"/archive/*.rss.xml | grep -c '<item>') + $(ls "$OUT"/archive/*.rss.xml | wc -l) ))" \
	"$(cat "$OUT"/archive/*.rss.xml | grep -c '<description>')"
