# tests/lib.sh — sourced by tests/t_*.sh: TAP helpers and a scratch dir.
# Each assertion prints "ok N - what" or "not ok N - what" (tests/run.sh counts them).
cd "$(dirname "$0")/.." || exit 2
HOTFEED=${HOTFEED:-./hotfeed}
T=$(mktemp -d "${TMPDIR:-/tmp}/hotfeed-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
_n=0
ok()     { _n=$((_n + 1)); echo "ok $_n - $1"; }
not_ok() { _n=$((_n + 1)); echo "not ok $_n - $1"; }
# check "what" cmd...: passes when the command exits 0
check()  { what=$1; shift; if "$@"; then ok "$what"; else not_ok "$what"; fi; }
# check_eq "what" expected actual
check_eq() {
	if [ "$2" = "$3" ]; then ok "$1"; else
		not_ok "$1"; printf '#   expected: %s\n#   actual:   %s\n' "$2" "$3"; fi
}
# check_files "what" expected-file actual-file: exact comparison with a diff
check_files() {
	if cmp -s "$2" "$3"; then ok "$1"; else
		not_ok "$1"; diff -u "$2" "$3" | head -n 40 | sed 's/^/#   /'; fi
}
# tap: check lines on stdin ("PASS what" / "FAIL what: why", from the Python
# and Node checkers) as TAP; other lines as comments.  `tap <file` keeps the
# numbering going (in a pipeline it runs in a subshell).
tap() {
	while IFS= read -r line; do
		case $line in
		PASS\ *) ok "${line#PASS }" ;;
		FAIL\ *) not_ok "${line#FAIL }" ;;
		*) echo "# $line" ;;
		esac
	done
}
