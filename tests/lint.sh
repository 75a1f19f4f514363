#!/bin/sh
# lint.sh — `make lint`: the tree keeps its architecture and its dialect.
#  1. the include graph follows the layers (tests/lint/layers.py);
#  2. C11 with declarations at the start of a block (-Wdeclaration-after-statement),
#     no warning at all (-Werror);
#  3. every exported symbol carries its module's prefix (tests/lint/prefixes.py);
#  4. clang-format (.clang-format) has nothing to change.
# Prints each finding; exits 1 when there is any.  Run by `make lint`, which
# passes the build's preprocessor flags in LINT_CPPFLAGS, quoted as for the
# shell (-DHOTFEED_VERSION='"0.1.0"' must reach cc as one word, quotes kept).
# `lint.sh format` (make format) instead rewrites the same files with
# clang-format -i: the files checked and the files formatted are one list.
cd "$(dirname "$0")/.." || exit 2
fail=0

files=$(ls core/*.[ch] store/*.[ch] parse/*.[ch] fetch/*.[ch] publish/*.[ch] ingest/*.[ch] \
	cli/*.[ch] tests/unit/*.[ch] tests/fuzz/*.c 2>/dev/null)
# Another major version formats otherwise: its findings would be noise.
if ! clang-format --version 2>/dev/null | grep -q 'version 14\.'; then
	echo "lint: clang-format 14 is needed ($(clang-format --version 2>&1 | head -1))" >&2
	exit 2
fi
if [ "${1:-}" = format ]; then
	# shellcheck disable=SC2086
	exec clang-format -i $files
fi

eval "set -- $LINT_CPPFLAGS"

python3 tests/lint/layers.py . || fail=1

# shellcheck disable=SC2046
for f in core/*.c store/*.c parse/*.c fetch/*.c publish/*.c ingest/*.c cli/*.c; do
	[ -f "$f" ] || continue
	${CC:-cc} -fsyntax-only -std=c11 -Wall -Wextra -Wno-unused-parameter \
		-Wdeclaration-after-statement -Werror "$@" "$f" || fail=1
done

make --no-print-directory -s hotfeed >/dev/null && python3 tests/lint/prefixes.py build || fail=1

# shellcheck disable=SC2086
if ! clang-format --dry-run --Werror $files 2>"${TMPDIR:-/tmp}/lint-format.$$"; then
	grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "${TMPDIR:-/tmp}/lint-format.$$" |
		cut -d: -f1 | sort | uniq -c | sort -rn | sed 's/$/ (lines clang-format would change)/'
	fail=1
fi
rm -f "${TMPDIR:-/tmp}/lint-format.$$"
[ $fail = 0 ] && echo "lint: clean"
exit $fail
