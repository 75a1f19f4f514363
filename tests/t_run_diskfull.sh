#!/bin/sh
# t_run_diskfull.sh — the catalogue's disk fills up during `hotfeed run`:
# the first write error stops the downloads (transfers under way finish,
# nothing more is sent), the run says so and that publishing was skipped,
# exits 2, and the previous outputs stay.  The catalogue sits on a 1 MiB
# tmpfs when one can be mounted (root); else SQLite caps the file at 256
# pages of 4 KiB (HOTFEED_TEST_MAX_PAGES), the same SQLITE_FULL.
. "$(dirname "$0")/lib.sh"
. tests/fetchlib.sh

MNT=$T/mnt
mkdir -p "$MNT"
if mount -t tmpfs -o size=1m tmpfs "$MNT" 2>/dev/null; then
	trap 'stop_server; umount "$MNT" 2>/dev/null; rm -rf "$T"' EXIT
	echo "# the catalogue on a 1 MiB tmpfs"
else
	export HOTFEED_TEST_MAX_PAGES=256
	echo "# the catalogue capped at 256 pages (no tmpfs could be mounted)"
fi

# 300 pages of 40 KB that differ in every copy (random bytes in a comment),
# so no catalogue can store two of them as one
mkdir -p "$SITE"
python3 - "$SITE" <<'PY'
import base64, os, sys
src = open("samples/ms05-039.a.sjis.html", "rb").read()
for i in range(300):
    pad = base64.b64encode(os.urandom(30000))
    page = src.replace(b"MS05-039", b"MS05-%03d" % i).replace(b"</body>", b"<!-- " + pad + b" --></body>")
    open(os.path.join(sys.argv[1], "ms05-%03d.html" % i), "wb").write(page)
PY
start_server

mkdir -p "$OUT" && echo old >"$OUT/rss.xml"
hf_run full --db "$MNT/cat.db" --out "$OUT" --index "$ARCHIVE" --concurrency 2
check_eq "a full disk under the catalogue: exit 2" 2 "$RC"
check "the run says it stopped downloading" grep -q \
	"cat.db: the catalogue cannot be written: no more downloads this run, and nothing will be published" \
	"$T/full.err"
check_eq "... once" 1 "$(grep -c 'no more downloads' "$T/full.err")"
check "... and that publishing was skipped" grep -q \
	"publish: skipped: the catalogue could not be written" "$T/full.err"
n=$(grep -c ' /samples/' "$T/log")
stored=$(report_count full new)
check "at most the transfers under way fetched after the first write error ($n fetched, $stored stored, of 300)" \
	test "$n" -lt 100 -a "$n" -le $((stored + 3))
check "the report says the rest were not sent" python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
skipped = [u for u in r["urls"] if u["result"] == "skipped"]
assert len(skipped) > 150, len(skipped)
assert all(u["message"] == "not sent: the catalogue cannot be written" for u in skipped)
assert r["publish_error"] == "skipped: the catalogue could not be written", r.get("publish_error")
' "$T/full.json"
check_eq "the previous outputs stay" old "$(cat "$OUT/rss.xml")"

# the same with SQLite's cap, wherever the test runs
unset HOTFEED_TEST_MAX_PAGES
: >"$T/log"
HOTFEED_TEST_MAX_PAGES=256 hf_run cap --db "$T/cap.db" --out "$OUT" --index "$ARCHIVE" \
	--concurrency 2
check_eq "a catalogue at its size cap: exit 2" 2 "$RC"
check "... the run stops and says so" grep -q "cap.db: the catalogue cannot be written: no more downloads" \
	"$T/cap.err"
n=$(grep -c ' /samples/' "$T/log")
check "... few pages fetched ($n of 300)" test "$n" -lt 100
