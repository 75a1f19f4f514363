#!/bin/sh
# fetch_bench.sh — figures, not a test: requests of a first and a second run
# on the served archive, and run times with 200 ms added latency per request
# at concurrency 1, 2 and 4 (delay 0).  Usage: sh tests/fetch_bench.sh
. "$(dirname "$0")/lib.sh"
. tests/fetchlib.sh
mkdir -p "$SITE"; cp samples/*.html "$SITE/"
start_server --latency-ms 200
for c in 1 2 4; do
	rm -rf "$T/b.db"* "$OUT"; : >"$T/log"
	hf_run b1 --db "$T/b.db" --out "$OUT" --index "$ARCHIVE" --concurrency $c
	n1=$(requests); s1=$SECS; : >"$T/log"
	hf_run b2 --db "$T/b.db" --out "$OUT" --index "$ARCHIVE" --concurrency $c
	echo "concurrency $c: first run $n1 requests ${s1}s (exit $RC); second run $(requests) requests, $(count_304) x 304, ${SECS}s"
done
