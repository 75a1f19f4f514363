#!/bin/sh
# t_layers.sh — the include graph is the architecture (README.md, Layout):
# no file includes a header of a higher layer or of a folder beside it, no
# include cycle, every header says who may include it.  The rest of
# `make lint` (dialect, prefixes, format) runs in CI (.ci/run); its
# checkers are tested by t_lint.sh.
. "$(dirname "$0")/lib.sh"

python3 tests/lint/layers.py . >"$T/layers.out" 2>&1
check_eq "the include graph follows the layers" "" "$(cat "$T/layers.out")"
# the checker can fail: a store file that includes the parser
mkdir -p "$T/tree/store" "$T/tree/parse"
printf '/* x.h — Included by store/. */\n' >"$T/tree/store/x.h"
printf '/* p.h — Included by ingest/. */\n' >"$T/tree/parse/p.h"
printf '#include "store/x.h"\n#include "parse/p.h"\n' >"$T/tree/store/x.c"
python3 tests/lint/layers.py "$T/tree" >"$T/bad.out" 2>&1
check_eq "... and says so of a store file that includes the parser" \
	"layers: store/x.c: includes parse/p.h (parse is layer 1, store is layer 1)" "$(cat "$T/bad.out")"
