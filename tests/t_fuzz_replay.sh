#!/bin/sh
# t_fuzz_replay.sh — replay every fuzz target's seed corpus (and samples/)
# without clang: each tests/fuzz/fuzz_*.c is linked with gcc against the
# library and tests/fuzz/replay_main.c.  Under `make asan` (HOTFEED_ASAN=1)
# the sanitized library is used.  A target that does not build is a failure.
. "$(dirname "$0")/lib.sh"

LIB=build/libhotfeed.a FLAGS="-O1 -g"
if [ -n "${HOTFEED_ASAN:-}" ] && [ -f build-asan/libhotfeed.a ]; then
	LIB=build-asan/libhotfeed.a
	FLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined"
fi
PKGS="gumbo libcurl libxml-2.0 libxslt jansson sqlite3 inih libutf8proc"

for src in tests/fuzz/fuzz_*.c; do
	name=$(basename "$src" .c); name=${name#fuzz_}
	# shellcheck disable=SC2046,SC2086
	if ! cc $FLAGS -std=c11 -I. -D_GNU_SOURCE $(pkg-config --cflags $PKGS) \
	    -o "$T/replay_$name" "$src" tests/fuzz/replay_main.c "$LIB" \
	    $(pkg-config --libs $PKGS) -lm 2>"$T/$name.log"; then
		not_ok "fuzz_$name builds against the library"
		sed 's/^/# /' "$T/$name.log" | head -n 5
		continue
	fi
	set -- tests/fuzz/corpus/"$name"/*
	for f in samples/*.html samples/*/*.html; do
		[ -f "$f" ] && set -- "$@" "$f"
	done
	if "$T/replay_$name" "$@" >"$T/$name.out" 2>&1; then
		ok "fuzz_$name replays $# inputs"
	else
		not_ok "fuzz_$name replays $# inputs"
		tail -n 20 "$T/$name.out" | sed 's/^/#   /'
	fi
done
