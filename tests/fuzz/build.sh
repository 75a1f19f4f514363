#!/bin/sh
# tests/fuzz/build.sh — `make fuzz`: build every tests/fuzz/fuzz_*.c with
# clang's libFuzzer + ASan + UBSan against the library sources, then run
# each for FUZZ_SECONDS (default 60) from its seed corpus
# tests/fuzz/corpus/NAME (read-only) into build-fuzz/corpus/NAME (new finds).
# Crashes are written to build-fuzz/crash-NAME-*; the script exits non-zero
# when any target crashed.  `make check` replays the corpora without clang
# (tests/t_fuzz_replay.sh).
#   FUZZ_SECONDS=600 make fuzz        longer runs
#   FUZZ_TARGETS="decode" make fuzz   only some targets
#   FUZZ_MAX_LEN=65536 make fuzz      larger inputs (default 16384)
# tests/fuzz/NAME.dict, when present, is passed as the target's dictionary.
cd "$(dirname "$0")/../.." || exit 2
B=build-fuzz
SECONDS_EACH=${FUZZ_SECONDS:-60}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
PKGS="gumbo libcurl libxml-2.0 libxslt jansson sqlite3 inih libutf8proc"

command -v clang >/dev/null 2>&1 || { echo "fuzz: clang is not installed" >&2; exit 2; }
make --no-print-directory B=$B CC=clang OPT="-g -O1 -fsanitize=fuzzer-no-link $SAN" \
	$B/libhotfeed.a >/dev/null || exit 2

status=0
for src in tests/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c); name=${name#fuzz_}
	if [ -n "${FUZZ_TARGETS:-}" ]; then
		case " $FUZZ_TARGETS " in *" $name "*) ;; *) continue ;; esac
	fi
	if ! clang -g -O1 -fsanitize=fuzzer $SAN -std=c11 -I. -D_GNU_SOURCE \
	    $(pkg-config --cflags $PKGS) -o "$B/fuzz_$name" "$src" $B/libhotfeed.a \
	    $(pkg-config --libs $PKGS) -lm 2>"$B/fuzz_$name.log"; then
		echo "fuzz $name: skipped, does not link yet (see $B/fuzz_$name.log)"
		continue
	fi
	mkdir -p "$B/corpus/$name"
	dict=""
	[ -f "tests/fuzz/$name.dict" ] && dict="-dict=tests/fuzz/$name.dict"
	echo "fuzz $name: ${SECONDS_EACH}s"
	# shellcheck disable=SC2086
	"$B/fuzz_$name" -max_total_time="$SECONDS_EACH" -max_len="${FUZZ_MAX_LEN:-16384}" -timeout=20 $dict \
		-rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$B/crash-$name-" \
		"$B/corpus/$name" "tests/fuzz/corpus/$name" 2>"$B/fuzz_$name.out"
	rc=$?
	grep -a -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb)' \
		"$B/fuzz_$name.out" | sed "s/^/fuzz $name: /"
	if [ "$rc" -ne 0 ]; then
		echo "fuzz $name: FAILED (exit $rc); see $B/fuzz_$name.out and $B/crash-$name-*" >&2
		status=1
	fi
done
exit $status
