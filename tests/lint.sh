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
#   lint.sh format        (make format) rewrites with clang-format -i the
#                         files step 4 checks: one list for both;
#   lint.sh decl FILE...  step 2 alone, on FILEs (tests/t_lint.sh).
cd "$(dirname "$0")/.." || exit 2
fail=0

files=$(ls core/*.[ch] store/*.[ch] parse/*.[ch] fetch/*.[ch] publish/*.[ch] ingest/*.[ch] \
	cli/*.[ch] tests/unit/*.[ch] tests/fuzz/*.c 2>/dev/null)

# Another major version of clang-format lays code out otherwise: its
# findings would be noise, its `make format` churn.
clang_format_14() {
	clang-format --version 2>/dev/null | grep -q 'version 14\.' && return 0
	echo "lint: clang-format 14 is needed (found: $(clang-format --version 2>&1 | head -n 1))" >&2
	return 1
}

# Step 2 on the files given: 0 when each compiles without a warning.
decl_check() {
	rc=0
	# shellcheck disable=SC2034 # f is read by the eval
	for f; do
		eval "${CC:-cc} -fsyntax-only -std=c11 -Wall -Wextra -Wno-unused-parameter" \
			"-Wdeclaration-after-statement -Werror $LINT_CPPFLAGS \"\$f\"" || rc=1
	done
	return $rc
}

case ${1:-} in
format)
	clang_format_14 || exit 2
	# shellcheck disable=SC2086
	exec clang-format -i $files ;;
decl)
	shift
	decl_check "$@"
	exit ;;
esac

python3 tests/lint/layers.py . || fail=1

# shellcheck disable=SC2046
decl_check $(ls core/*.c store/*.c parse/*.c fetch/*.c publish/*.c ingest/*.c cli/*.c) || fail=1

make --no-print-directory -s hotfeed >/dev/null && python3 tests/lint/prefixes.py build || fail=1

# shellcheck disable=SC2086
if ! clang_format_14; then
	fail=1
elif ! clang-format --dry-run --Werror $files 2>"${TMPDIR:-/tmp}/lint-format.$$"; then
	grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "${TMPDIR:-/tmp}/lint-format.$$" |
		cut -d: -f1 | sort | uniq -c | sort -rn | sed 's/$/ (lines clang-format would change)/'
	fail=1
fi
rm -f "${TMPDIR:-/tmp}/lint-format.$$"
[ $fail = 0 ] && echo "lint: clean"
exit $fail
