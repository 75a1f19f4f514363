#!/bin/sh
# t_run_faults.sh — every injected fault of tests/server.py: the run ends
# within its bounds, names the URL, exits 1 (partial) and loses nothing:
# the stored versions and the published feeds stay, valid and identical.
. "$(dirname "$0")/lib.sh"
. tests/fetchlib.sh

make_site
start_server

hf_run base --db "$DB" --out "$OUT" --index "$ARCHIVE"
check_eq "baseline run exits 0" 0 "$RC"
snapshot "$T/base-out"
cp "$DB" "$T/base.db"
cp -r "$DB.index-cache" "$T/base.db.index-cache"

# fresh_state: the catalogue and outputs of the baseline run
fresh_state() {
	rm -rf "$DB" "$DB.index-cache" "$OUT"
	cp "$T/base.db" "$DB"
	cp -r "$T/base.db.index-cache" "$DB.index-cache"
	cp -r "$T/base-out" "$OUT"
}

# fault NAME SECONDS: one run with the archive and /fault/NAME
fault() {
	fresh_state
	url="$U/fault/$1"
	hf_run "f-$1" --db "$DB" --out "$OUT" --index "$ARCHIVE" "$url"
	check_eq "$1: exits 1 (partial)" 1 "$RC"
	check "$1: ends within $2 s (took $SECS)" lt "$SECS" "$2"
	check "$1: the summary names the URL" grep -qF "$url" "$T/f-$1.err"
	check "$1: feeds stay valid" feeds_valid
	check "$1: outputs unchanged (nothing lost, nothing bogus)" same_outputs "$T/base-out"
}

fault 500 8
check "500: retried once" test "$(grep -c ' /fault/500 ' "$T/log")" -eq 2
fault 404 5
fault reset 8
fault lying-length 8
fault drip 12
fault redirect-loop 5
check "redirect-loop: at most 6 requests (5 redirects)" \
	test "$(grep -c ' /fault/redirect-loop' "$T/log")" -le 6
fault redirect-file 5
check "redirect-file: /etc/passwd never stored" \
	sh -c "! grep -q 'root:x:0' '$OUT/catalogue.json' && ! sqlite3 '$DB' .dump | grep -q 'root:x:0'"
fault gzip-bomb 10
check "gzip-bomb: stopped at the body limit" grep -q "larger than" "$T/f-gzip-bomb.err"
fault endless 10

# 429 and 503: the host is deferred, the next run does not ask it at all
for busy in 429 503; do
	fault $busy 5
	check "$busy: report says deferred" report_has "f-$busy" deferred "$U/fault/$busy"
	: >"$T/log"
	hf_run "again-$busy" --db "$DB" --out "$OUT" --index "$ARCHIVE"
	check_eq "$busy: the next run sends nothing to the host" 0 "$(requests)"
	check_eq "$busy: the next run exits 0 (skipping is polite, not a failure)" 0 "$RC"
	check "$busy: outputs still unchanged" same_outputs "$T/base-out"
done

# a known bulletin that disappears (404) is recorded, never deleted
fresh_state
gone=$(ls "$SITE" | head -n 1)
mv "$SITE/$gone" "$T/$gone"
hf_run gone --db "$DB" --out "$OUT" --index "$ARCHIVE" "$U/samples/$gone"
check_eq "known page 404: exits 1" 1 "$RC"
check "known page 404: reported gone" report_has gone gone "$U/samples/$gone"
check "known page 404: outputs unchanged (bulletin kept)" same_outputs "$T/base-out"
mv "$T/$gone" "$SITE/$gone"

# a layout regression: the page loses the fields it had; last good revision kept
fresh_state
page=ms05-039.a.sjis.html
if [ -f "$SITE/$page" ]; then
	cp "$SITE/$page" "$T/$page"
	python3 - "$SITE/$page" <<'PY'
import re, sys
p = sys.argv[1]
b = open(p, "rb").read()
# keep the head and the headline, drop every table: the site "changed its layout"
b = re.sub(rb"(?is)<table.*</table>", b"<div>MS05-039</div>", b)
open(p, "wb").write(b)
PY
	hf_run regress --db "$DB" --out "$OUT" --index "$ARCHIVE"
	check_eq "regression: exits 1" 1 "$RC"
	check "regression: reported" report_has regress regression "$U/samples/$page"
	check "regression: the summary names the page" grep -qF "$page" "$T/regress.err"
	check "regression: not published (outputs unchanged)" same_outputs "$T/base-out"
	mv "$T/$page" "$SITE/$page"
fi
