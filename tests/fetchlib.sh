# tests/fetchlib.sh — sourced by the fetch/run tests after tests/lib.sh:
# a local site made of samples/, the test server (tests/server.py) on it,
# and helpers to run hotfeed against it.
SITE=$T/site
OUT=$T/out
DB=$T/hotfeed.db
SRV=""
FIVE="rss.xml atom.xml feed.json catalogue.json index.html"
# Small bounds so every fault ends in seconds.
FLAGS="--delay 0 --timeout 3 --retries 1 --templates templates"
trap 'stop_server; rm -rf "$T"' EXIT

# make_site: a few bulletin pages of samples/ (one per bulletin and style)
make_site() {
	mkdir -p "$SITE"
	for f in ms05-039.a.sjis.html ms06-007.b.eucjp.html ms04-026.b.sjis.html \
	         notice-2005-10.sjis.html; do
		[ -f "samples/$f" ] && cp "samples/$f" "$SITE/"
	done
}

# start_server [server.py options]: serve $SITE; sets U (base URL) and ARCHIVE
start_server() {
	rm -f "$T/port"
	: >"$T/log"
	python3 tests/server.py --root "$SITE" --port-file "$T/port" --log "$T/log" \
		--lifetime 175 "$@" &
	SRV=$!
	i=0
	while [ ! -s "$T/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	U="http://127.0.0.1:$(cat "$T/port")"
	ARCHIVE="$U/archive/index.html"
}

stop_server() {
	[ -n "$SRV" ] && kill "$SRV" 2>/dev/null && wait "$SRV" 2>/dev/null
	SRV=""
}

# hf_run NAME ARGS...: hotfeed run with stderr in $T/NAME.err, report in
# $T/NAME.json; sets RC and SECS (wall seconds, one decimal).
hf_run() {
	name=$1; shift
	t0=$(date +%s.%N)
	$HOTFEED run $FLAGS --report "$T/$name.json" "$@" 2>"$T/$name.err"
	RC=$?
	SECS=$(python3 -c 'import sys,time; print("%.1f" % (time.time() - float(sys.argv[1])))' "$t0")
}

# requests: lines in the server log; conditional: of them, with a validator.
# The robots.txt asked once a run (a 404 here, so never conditional) is
# counted apart: robots_requests.
requests()    { grep -vc '^GET /robots.txt ' "$T/log"; }
conditional() { grep -v '^GET /robots.txt ' "$T/log" | grep -c -E 'inm=1|ims=1'; }
count_304()   { grep -v '^GET /robots.txt ' "$T/log" | grep -c ' 304$'; }
robots_requests() { grep -c '^GET /robots.txt ' "$T/log"; }

# snapshot DIR: copy the outputs; same_outputs DIR: all five identical
snapshot()     { rm -rf "$1"; cp -r "$OUT" "$1"; }
same_outputs() {
	for _of in $FIVE; do cmp -s "$1/$_of" "$OUT/$_of" || return 1; done
}
feeds_valid() {
	xmllint --noout "$OUT/rss.xml" "$OUT/atom.xml" 2>/dev/null &&
		python3 -c 'import json,sys; [json.load(open(f)) for f in sys.argv[1:]]' \
			"$OUT/feed.json" "$OUT/catalogue.json"
}
# report_has NAME RESULT URL: run NAME's report lists URL with that result
report_has() {
	python3 - "$T/$1.json" "$2" "$3" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
sys.exit(0 if any(u["url"] == sys.argv[3] and u["result"] == sys.argv[2]
                  for u in r["urls"]) else 1)
PY
}
# report_count NAME RESULT: how many URLs of run NAME had RESULT
report_count() {
	python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(r["counts"][sys.argv[2]])' \
		"$T/$1.json" "$2"
}
# lt A B: A < B (decimals)
lt() { python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)' "$1" "$2"; }
