#!/bin/sh
# t_diag.sh — diagnostics reach the operator: a clean page is silent and
# exits 0; a page whose layout was not recognised is counted on the totals
# line, detailed with -v and in --report, stored per page in the catalogue,
# and an error-level one makes ingest, reparse, fetch and run exit 1.
# Pages: samples/ms05-039.a.sjis.html and notice-2005-10.sjis.html (clean),
# tests/fixtures/diag/
# ms06-007.redesign.sjis.html (深刻度 and 概要 renamed: 2 warnings; its new
# footer, a copyright line, is still told for a footer),
# ms05-039.cut.sjis.html (its first 9000 bytes: ends early, an error).
. "$(dirname "$0")/lib.sh"
. tests/fetchlib.sh

FX=tests/fixtures/diag
CLEAN=samples/ms05-039.a.sjis.html
CUT=$FX/ms05-039.cut.sjis.html
REDESIGN=$FX/ms06-007.redesign.sjis.html
NOTICE=samples/notice-2005-10.sjis.html
FETCH_FLAGS="--delay 0 --timeout 3 --retries 1"
q() { sqlite3 "$1" "$2"; }

# --- ingest ---
$HOTFEED ingest --db "$T/c.db" "$CLEAN" >"$T/clean.out" 2>"$T/clean.err"
check_eq "ingest: a clean page exits 0" 0 $?
check_eq "... and prints no count" "" "$(cat "$T/clean.err")"
check_eq "... its page stores an empty list" "[]" \
	"$(q "$T/c.db" "SELECT diagnostics FROM pages WHERE url LIKE '%ms05-039.a.sjis.html'")"

$HOTFEED ingest --db "$T/i.db" "$REDESIGN" >/dev/null 2>"$T/redesign.err"
check_eq "ingest: warnings only exit 0" 0 $?
check_eq "... the totals line counts them" "hotfeed: 1 file: 2 warnings" "$(cat "$T/redesign.err")"

$HOTFEED ingest --db "$T/i.db" "$CUT" >"$T/cut.out" 2>"$T/cut.err"
check_eq "ingest: a page that ends early exits 1" 1 $?
check_eq "... stdout as before" "$CUT: new MS05-039" "$(cat "$T/cut.out")"
check_eq "... the error and the totals line on stderr" \
"hotfeed: $CUT: error truncated: the page ends early: no footer, and neither </body> nor </html>
hotfeed: 1 file: 1 page with errors" "$(cat "$T/cut.err")"
check_eq "... stored with the page (sqlite3)" "error|truncated" \
	"$(q "$T/i.db" "SELECT json_extract(diagnostics, '\$[0].level') || '|' ||
	      json_extract(diagnostics, '\$[0].code') FROM pages WHERE url LIKE '%cut.sjis.html'")"

$HOTFEED ingest -v --db "$T/i.db" "$REDESIGN" "$CUT" >/dev/null 2>"$T/v.err"
check_eq "ingest again (same bytes): exit 1 again" 1 $?
check_eq "... -v: every stored diagnostic of each page, then the totals" \
"hotfeed: $REDESIGN: warning no-overview: 概要: no such section
hotfeed: $REDESIGN: warning no-severity: 深刻度: no such row
hotfeed: $CUT: error truncated: the page ends early: no footer, and neither </body> nor </html>
hotfeed: 2 files: 1 page with errors, 2 warnings" "$(cat "$T/v.err")"

$HOTFEED ingest --quiet --db "$T/i.db" "$REDESIGN" >"$T/qw.out" 2>"$T/qw.err"
check_eq "ingest --quiet: warnings only print nothing" ":" "$(cat "$T/qw.out"):$(cat "$T/qw.err")"

# --- reparse ---
$HOTFEED reparse --db "$T/i.db" >/dev/null 2>"$T/reparse.err"
check_eq "reparse: exit 1 (a page with an error)" 1 $?
check_eq "... the totals line" "hotfeed: 2 pages: 1 page with errors, 2 warnings" \
	"$(tail -n 1 "$T/reparse.err")"

# --- fetch and run against the local server ---
mkdir -p "$SITE"
cp "$NOTICE" "$SITE/clean.html"
start_server
$HOTFEED fetch $FETCH_FLAGS --db "$T/f.db" --report "$T/clean.json" "$U/samples/clean.html" \
	2>"$T/fclean.err"
check_eq "fetch: a clean page exits 0" 0 $?
check_eq "... silent (not a tty)" "" "$(cat "$T/fclean.err")"

cp "$CUT" "$SITE/cut.html"
cp "$REDESIGN" "$SITE/redesign.html"
$HOTFEED fetch $FETCH_FLAGS --db "$T/f.db" --report "$T/f.json" \
	"$U/samples/clean.html" "$U/samples/redesign.html" "$U/samples/cut.html" 2>"$T/f.err"
check_eq "fetch: a page with an error-level diagnostic exits 1" 1 $?
check "... the totals line counts pages with errors and warnings" \
	grep -q '^hotfeed: 3 pages, 0 index pages: 2 new, 1 not-modified, 1 page with errors, 2 warnings (' "$T/f.err"
check_eq "... the problem line names the page and its first error" \
	"  $U/samples/cut.html: new MS05-039: error truncated: the page ends early: no footer, and neither </body> nor </html>" \
	"$(grep '^  ' "$T/f.err")"
check_eq "... --report: the tally and each page's diagnostics" \
	"1 1 2 0 1|[]|no-overview,no-severity|error truncated" "$(python3 - "$T/f.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
d = r["diagnostics"]
u = {e["url"].rsplit("/", 1)[1]: e["diagnostics"] for e in r["urls"]}
print(d["pages_with_errors"], d["errors"], d["warnings"], d["notes"], r["exit_code"], end="|")
print(json.dumps(u["clean.html"]), ",".join(x["code"] for x in u["redesign.html"]),
      " ".join(u["cut.html"][0][k] for k in ("level", "code")), sep="|")
PY
)"

hf_run runv -v --db "$T/r.db" --out "$OUT" "$U/samples/cut.html" "$U/samples/clean.html"
check_eq "run: exit 1, and it still publishes" "1 1" "$RC $(test -s "$OUT/rss.xml" && echo 1)"
check "... -v: the diagnostic under its URL line" \
	grep -qx "hotfeed: $U/samples/cut.html: error truncated: the page ends early: no footer, and neither </body> nor </html>" "$T/runv.err"
hf_run run2 --db "$T/r.db" --out "$OUT" "$U/samples/cut.html" "$U/samples/clean.html"
check_eq "run again: the page is fetched again and still exit 1 (reported until fixed)" 1 "$RC"
check "... its problem line again" grep -q "^  $U/samples/cut.html: unchanged MS05-039: error truncated" "$T/run2.err"
cp "$CLEAN" "$SITE/cut.html"
hf_run fixed --db "$T/r.db" --out "$OUT" "$U/samples/cut.html" "$U/samples/clean.html"
check_eq "run after the page is whole again: exit 0, silent" "0:" "$RC:$(cat "$T/fixed.err")"

# --- the code table is documented: every row of core/diag.c in README.md
# (`| code | level |`) and in hotfeed.1 (`.It code` then `level:`) ---
codes=$(sed -n 's/^.*\[DIAG_[A-Z_]*\] = { "\([a-z0-9-]*\)", DIAG_\([A-Z]*\),.*$/\1 \2/p' core/diag.c)
check_eq "core/diag.c: 27 codes read" 27 "$(printf '%s\n' "$codes" | wc -l | tr -d ' ')"
undocumented=$(printf '%s\n' "$codes" | while read -r code level; do
	lv=$(echo "$level" | tr 'A-Z' 'a-z')
	grep -qF "| \`$code\` | $lv |" README.md || echo "README:$code"
	grep -A1 -x ".It $code" hotfeed.1 | grep -q "^$lv:" || echo "hotfeed.1:$code"
done)
check_eq "... each in README.md and hotfeed.1 with its level" "" "$undocumented"
