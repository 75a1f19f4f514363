#!/bin/sh
# t_fetch.sh — hotfeed run against the local test server: the archive crawl,
# conditional second run, lock, config errors, offline (local) pages.
. "$(dirname "$0")/lib.sh"
. tests/fetchlib.sh

make_site
start_server

# 1. first run on the archive: every page fetched, five files published
hf_run first --db "$DB" --out "$OUT" --index "$ARCHIVE"
check_eq "first run exits 0" 0 "$RC"
ok_all=1
for f in $FIVE; do [ -s "$OUT/$f" ] || ok_all=0; done
check_eq "first run publishes the five files" 1 "$ok_all"
check "first run: feeds well-formed" feeds_valid
first_requests=$(requests)
check_eq "first run: one request per index and page (3 + pages)" \
	"$(( $(ls "$SITE" | wc -l) + $(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["counts"]["index"])' "$T/first.json") ))" \
	"$first_requests"
check_eq "first run: quiet on success (not a tty)" "" "$(cat "$T/first.err")"
check "first run: the report lists new bulletins" \
	test "$(report_count first new)" -ge 1
echo "# first run: $first_requests requests in $SECS s"
snapshot "$T/out1"

# 2. second run against an unchanged server: only conditional requests, all 304
: >"$T/log"
hf_run second --db "$DB" --out "$OUT" --index "$ARCHIVE"
check_eq "second run exits 0" 0 "$RC"
check_eq "second run: as many requests as the first" "$first_requests" "$(requests)"
check_eq "second run: every request conditional" "$(requests)" "$(conditional)"
check_eq "second run: every answer a 304" "$(requests)" "$(count_304)"
check_eq "second run: nothing parsed (no new/updated/unchanged bodies)" "0 0 0" \
	"$(report_count second new) $(report_count second updated) $(report_count second unchanged)"
check "second run: outputs byte-identical" same_outputs "$T/out1"
check_eq "second run: silent" "" "$(cat "$T/second.err")"
echo "# second run: $(requests) requests, $(count_304) of them 304, in $SECS s"

# 3. a concurrent second run exits at once with LOCKED
: >"$T/log"
$HOTFEED run $FLAGS --db "$DB" --out "$OUT" --index "$ARCHIVE" "$U/fault/drip" \
	>/dev/null 2>&1 &
bg=$!
sleep 1
hf_run locked --db "$DB" --out "$OUT" --index "$ARCHIVE"
check_eq "concurrent run exits 3 (locked)" 3 "$RC"
check "concurrent run names the lock and its pid" \
	grep -q "another run holds $DB.lock (pid $bg)" "$T/locked.err"
check "concurrent run exits at once" lt "$SECS" 1
wait $bg
check_eq "the run holding the lock ends partial (drip)" 1 "$?"
check "after both, the feeds stay valid" feeds_valid
check "after both, outputs unchanged" same_outputs "$T/out1"

# 4. config errors name file:line and the key
printf '[feed]\ntitle = t\n[fetch]\nconcurrency = lots\n' >"$T/bad.ini"
hf_run badconf --config "$T/bad.ini" --db "$DB" --out "$OUT" --index "$ARCHIVE"
check_eq "bad config exits 2" 2 "$RC"
check "bad config error names file:line and key" \
	grep -q "$T/bad.ini:4: .*concurrency" "$T/badconf.err"

# 5. the config file drives a run; flags override it
cat >"$T/good.ini" <<INI
[feed]
title = Test feed
out = $OUT
db = $T/cfg.db
[fetch]
concurrency = 1
delay_ms = 5000
[source archive]
index = $ARCHIVE
INI
: >"$T/log"
hf_run cfg --config "$T/good.ini" --delay 0
check_eq "config-file run exits 0" 0 "$RC"
check "config-file run used the config's db" test -s "$T/cfg.db"
check "--delay 0 overrode delay_ms = 5000" lt "$SECS" 5

# 6. offline: local paths and file:// URLs, no server involved
: >"$T/log"
p=$(ls "$SITE" | head -n 1)
$HOTFEED fetch --db "$T/local.db" --report "$T/local.json" "$SITE/$p" "file://$SITE/$(ls "$SITE" | tail -n 1)" \
	2>"$T/local.err"
check_eq "fetch of local files exits 0" 0 "$?"
check_eq "local files: no HTTP request" 0 "$(requests)"
check_eq "local files: both new" 2 "$(report_count local new)"
# a local path names the page as `hotfeed ingest` does: the same page, unchanged
hf_abs=$(cd "$(dirname "$HOTFEED")" && pwd)/$(basename "$HOTFEED")
(cd "$SITE" && "$hf_abs" ingest --db "$T/local.db" "$p") >"$T/local.ing" 2>"$T/local.ing.err"
check_eq "fetch and ingest name a local page alike" "$p: unchanged" "$(sed 's/ [^ ]*$//' "$T/local.ing")"

# 7. request budget
hf_run budget --db "$T/budget.db" --out "$T/budget-out" --max-requests 2 --index "$ARCHIVE"
check_eq "budget spent: exit 0 (the rest is pending, not failed)" 0 "$RC"
check "budget spent: said once that pages are pending" \
	grep -qx "hotfeed: [0-9]* pages pending: the next runs fetch them, 2 requests at a time (--max-requests)" "$T/budget.err"
check "budget spent, no bulletin yet: no empty feeds published" test ! -e "$T/budget-out/rss.xml"
check_eq "budget spent: nothing failed" 0 "$(report_count budget failed)"

# 8. an index labelled only by its HTTP charset keeps it after a 304: its
# link is EUC-JP 粤肄蓍粤.html, which as Shift_JIS (the fallback for these
# bytes) would be 蒟跚韜蒟.html, another page
eucpage=%E7%B2%A4%E8%82%84%E8%93%8D%E7%B2%A4.html
printf '<html><body><a href="\344\345\346\347\350\351\344\345.html">x</a></body></html>' >"$SITE/euc-index.html"
echo "text/html; charset=EUC-JP" >"$SITE/euc-index.html.content-type"
cp samples/ms06-007.a.eucjp.html "$SITE/$eucpage"
hf_run eucidx1 --db "$T/euc.db" --out "$T/euc-out" --index "$U/samples/euc-index.html"
check_eq "header-labelled index: first run exits 0" 0 "$RC"
check "... finds the EUC-JP link" report_has eucidx1 new "$U/samples/$eucpage"
: >"$T/log"
hf_run eucidx2 --db "$T/euc.db" --out "$T/euc-out" --index "$U/samples/euc-index.html"
check_eq "... second run exits 0" 0 "$RC"
check "... its index is a 304" report_has eucidx2 index "$U/samples/euc-index.html"
check "... and the link read from the copy is the same page, not modified" \
	report_has eucidx2 not-modified "$U/samples/$eucpage"
check_eq "... two conditional requests, nothing else" "2 2" "$(requests) $(conditional)"
