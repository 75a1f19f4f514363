#!/bin/sh
# t_lint.sh — `make lint`'s own checkers can fail: each is fed a tiny bad
# input and must name it (and pass the same input made good).  `make lint`
# itself (CI, before `make check`) runs them on the tree; here the tree's
# exported symbols are checked too (make check has built them).
. "$(dirname "$0")/lib.sh"

# -Wdeclaration-after-statement, through the command lint.sh runs
printf 'int\nf(int a)\n{\n\ta++;\n\tint b = a;\n\n\treturn b;\n}\n' >"$T/bad.c"
printf 'int\nf(int a)\n{\n\tint b;\n\n\ta++;\n\tb = a;\n\treturn b;\n}\n' >"$T/good.c"
sh tests/lint.sh decl "$T/bad.c" >"$T/decl.out" 2>&1
check_eq "lint.sh decl fails on a declaration after a statement" 1 "$?"
check "... and says where" grep -q 'bad.c:5:.*declaration-after-statement' "$T/decl.out"
sh tests/lint.sh decl "$T/good.c" >"$T/decl.out" 2>&1
check_eq "... and passes it declared at the start of the block" "0 " "$? $(cat "$T/decl.out")"

# the prefix checker: a util.c object exporting a symbol outside util's family
mkdir -p "$T/build/core" "$T/build/publish"
printf 'int bogus_helper(void) { return 1; }\nint util_fine(void) { return 2; }\n' >"$T/util.c"
printf 'int csaf_write(void) { return 3; }\nstatic int helper(void) { return 4; }\nint csaf_x(void) { return helper(); }\n' >"$T/csaf.c"
cc -c -o "$T/build/core/util.o" "$T/util.c" && cc -c -o "$T/build/publish/csaf.o" "$T/csaf.c"
python3 tests/lint/prefixes.py "$T/build" >"$T/prefixes.out" 2>&1
check_eq "prefixes.py fails on an exported symbol outside its module" 1 "$?"
check_eq "... and names it" \
	"prefixes: core/util: bogus_helper (expected util_, x, die, buf_, read_file, write_file_, ascii_, streq, utf8_)" \
	"$(cat "$T/prefixes.out")"
rm "$T/build/core/util.o"
python3 tests/lint/prefixes.py "$T/build" >"$T/prefixes.out" 2>&1
check_eq "... and passes a module whose symbols carry its name (static ones unseen)" "0 " \
	"$? $(cat "$T/prefixes.out")"

# the tree
if [ -d build/core ]; then
	python3 tests/lint/prefixes.py build >"$T/tree.out" 2>&1
	check_eq "every exported symbol of the build carries its module's prefix" "0 " \
		"$? $(cat "$T/tree.out")"
else
	not_ok "every exported symbol ...: no build/ (run make first)"
fi
