#!/bin/sh
# t_docs.sh — the documentation kept honest against the code:
#  - hotfeed.1 passes `mandoc -Tlint`;
#  - every command `hotfeed --help` lists has its part in hotfeed.1
#    (.Ss under COMMANDS) and in README.md (### under ## Commands), and every
#    option (long and short) its `--help` shows is documented there
#    (`Fl -name` in the man page);
#  - every INI key core/config.c accepts (read from its source, so a new key
#    fails here until it is documented) is in hotfeed.1's CONFIGURATION and
#    README.md's Configuration, under its section;
#  - every exit status of core/exitcode.h is in both;
#  - README.md's first commands are `make demo` and `make check`, and CI
#    (.ci/run) runs `make check`.
# DOCS_MAN and DOCS_README name other files to check (to try the test on a
# damaged copy).
. "$(dirname "$0")/lib.sh"

MAN=${DOCS_MAN:-hotfeed.1}
README=${DOCS_README:-README.md}

# --- mandoc -----------------------------------------------------------------
# At the style level, -Tlint also looks up each .Xr among the manuals this
# machine has installed ("referenced manual not found", or "outdated
# mandoc.db lacks ..." when the page exists but no mandoc.db indexes it).
# Those two messages say what is installed, not what the page says; every
# other message fails.
if command -v mandoc >/dev/null 2>&1; then
	mandoc -Tlint -W warning "$MAN" >"$T/lint.w" 2>&1
	check_eq "mandoc -Tlint -W warning $MAN: exit 0" 0 $?
	check "mandoc -Tlint -W warning $MAN: prints nothing" test ! -s "$T/lint.w"
	sed 's/^/#   /' "$T/lint.w"
	mandoc -Tlint "$MAN" >"$T/lint" 2>&1
	rc=$?
	grep -v -e 'STYLE: referenced manual not found: Xr ' -e 'outdated mandoc\.db lacks ' \
		"$T/lint" >"$T/lint.own"
	check "mandoc -Tlint $MAN: prints nothing (but .Xr lookups)" test ! -s "$T/lint.own"
	sed 's/^/#   /' "$T/lint.own"
	[ "$rc" -eq 0 ] || { [ "$rc" -eq 1 ] && grep -q 'referenced manual not found' "$T/lint"; }
	check "mandoc -Tlint $MAN: exit 0 (1 only for uninstalled .Xr pages)" test $? -eq 0
else
	not_ok "mandoc is installed (tests/deps.sh installs it)"
fi

# --- commands and their options -----------------------------------------------

# man_part CMD: the .Ss of COMMANDS whose title names CMD (as a word)
man_part() {
	awk -v c="$1" 'BEGIN { re = "(^|[^a-z])" c "([^a-z]|$)" }
		/^\.Sh / { sec = $2; on = 0; next }
		/^\.Ss / { on = (sec == "COMMANDS" && $0 ~ re) }
		on' "$MAN"
}
# readme_part CMD: the ### of "## Commands" whose title names CMD
readme_part() {
	awk -v c="$1" 'BEGIN { re = "(^|[^a-z])" c "([^a-z]|$)" }
		/^## / { sec = $0; on = 0; next }
		/^### / { on = (sec == "## Commands" && $0 ~ re) }
		on' "$README"
}
# documented WHAT MAN-BRE README-BRE: the option is in $mantext and $readmetext
documented() {
	grep -q -e "$2" "$mantext"
	check "hotfeed.1 documents $1" test $? -eq 0
	grep -q -e "$3" "$readmetext"
	check "README.md documents $1" test $? -eq 0
}
# check_options NAME HELP-FILE MAN-TEXT README-TEXT
# (lib.sh's check uses $what: these names are its own)
check_options() {
	cname=$1 help=$2 mantext=$3 readmetext=$4
	longs=$(grep -o -- '--[a-z][a-z0-9-]*' "$help" | sort -u)
	shorts=$(grep -o -- '^ *-[a-zA-Z],' "$help" | tr -d ' ,-' | sort -u)
	check "$cname --help shows options" test -n "$longs"
	# mdoc writes --name as "Fl -name" and -v as "Fl v"
	for o in $longs; do
		documented "$cname $o" "Fl ${o#-}\([^a-z0-9-]\|\$\)" "$o\([^a-z0-9-]\|\$\)"
	done
	for o in $shorts; do
		documented "$cname -$o" "Fl $o\([^a-zA-Z0-9-]\|\$\)" "\`-$o\`"
	done
}

"$HOTFEED" --help >"$T/help" 2>&1
check_eq "hotfeed --help exits 0" 0 $?
# the commands: the lines under "Commands:" ("  decode    decode a page ...")
commands=$(sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\)  .*/\1/p' "$T/help")
check "hotfeed --help lists the commands" test -n "$commands"
sed -n '1p' "$T/help" >"$T/help.top"     # usage: hotfeed [--version] [--help] ...
check_options "hotfeed" "$T/help.top" "$MAN" "$README"

for cmd in $commands; do
	"$HOTFEED" "$cmd" --help >"$T/help.$cmd" 2>&1
	check_eq "hotfeed $cmd --help exits 0" 0 $?
	man_part "$cmd" >"$T/man.$cmd"
	check "hotfeed.1 has a part (.Ss) for $cmd under COMMANDS" test -s "$T/man.$cmd"
	readme_part "$cmd" >"$T/readme.$cmd"
	check "README.md has a part (###) for $cmd under Commands" test -s "$T/readme.$cmd"
	check_options "$cmd" "$T/help.$cmd" "$T/man.$cmd" "$T/readme.$cmd"
done

# --- INI keys -----------------------------------------------------------------
# "section key" for every key core/config.c accepts: the rows of its key
# tables ({ "fetch", "retries", ... }) and each strcmp(key, "...") test, whose
# section is the one it is tested with or that of its function
# (source_key, facet_key).
awk '
	/^[a-z_]+\(/ { fn = $0; sub(/\(.*/, "", fn) }
	/^[ \t]*\{ "[a-z]+", *"[a-z_]+",/ { split($0, q, "\""); print q[2], q[4]; next }
	/strcmp\(key, "[a-z_]+"\)/ {
		sec = fn == "source_key" ? "source" : fn == "facet_key" ? "facet" : "?"
		if (match($0, /strcmp\(section, "[a-z]+"\)/)) {
			split(substr($0, RSTART, RLENGTH), q, "\""); sec = q[2]
		}
		match($0, /strcmp\(key, "[a-z_]+"\)/)
		split(substr($0, RSTART, RLENGTH), q, "\""); print sec, q[2]
	}' core/config.c | sort -u >"$T/keys"
check "INI keys read from core/config.c (at least 20)" test "$(wc -l <"$T/keys")" -ge 20
check "every key of core/config.c has a known section" sh -c "! grep -q '^?' '$T/keys'"
check "core/config.c: [feed] items is among them" grep -qx 'feed items' "$T/keys"
# Every lower-case identifier literal of core/config.c is a key read above,
# a section name or one of its few other words, so a key accepted some other
# way fails here rather than going unnoticed.
grep -o '"[a-z_]*"' core/config.c | tr -d '"' | sort -u | while read -r w; do
	case $w in ""|feed|fetch|source|facet|csaf|ja|r) continue ;; esac
	cut -d' ' -f2 "$T/keys" | grep -qx "$w" || echo "$w"
done >"$T/unread"
check "every key-like literal of core/config.c was read as a key" test ! -s "$T/unread"
sed 's/^/#   not read as a key: /' "$T/unread"

# the keys read are really accepted: hotfeed names an unknown key, and none
# of these is one ("1" may be out of range for some; that is another error)
probe() {   # probe SECTION-HEADER KEY: the error of a config holding only that key
	printf '%s\n%s = 1\n' "$1" "$2" >"$T/probe.ini"
	"$HOTFEED" publish --config "$T/probe.ini" --db "$T/none.db" --out "$T/out" 2>&1
}
check "the probe works: an unknown key is named" sh -c "printf '[feed]\nno_such_key = 1\n' >'$T/p0.ini';
	'$HOTFEED' publish --config '$T/p0.ini' --db '$T/none.db' 2>&1 | grep -q 'unknown key'"

# conf_man SECTION: hotfeed.1's CONFIGURATION subsection of SECTION
conf_man() {
	awk -v s="$1" '/^\.Sh / { sec = $2; on = 0; next }
		/^\.Ss / { on = (sec == "CONFIGURATION" && $3 == s) }
		on' "$MAN"
}
# README.md's Configuration table as "section key" lines
awk -F'|' '/^## / { on = ($0 == "## Configuration"); next }
	on && /^\|/ {
		if ($2 ~ /\[/) { s = $2; sub(/^[^[]*\[/, "", s); sub(/[] ].*/, "", s) }
		k = $3; gsub(/[` ]/, "", k)
		if (k != "" && k != "key" && k !~ /^-+$/) print s, k
	}' "$README" >"$T/readme.keys"

while read -r sec key; do
	case $sec in source|facet) hdr="[$sec probe]" ;; *) hdr="[$sec]" ;; esac
	probe "$hdr" "$key" | grep -q 'unknown \(key\|section\)'
	check "hotfeed accepts [$sec] $key" test $? -ne 0
	conf_man "$sec" | grep -q -E "^\.It Cm ([a-z_]+ , )*$key( |\$)"
	check "hotfeed.1 documents [$sec] $key" test $? -eq 0
	grep -qx "$sec $key" "$T/readme.keys"
	check "README.md documents [$sec] $key" test $? -eq 0
done <"$T/keys"

# --- exit statuses ------------------------------------------------------------
sed -n 's/^#define HF_EXIT_[A-Z]* *\([0-9]*\).*/\1/p' core/exitcode.h >"$T/codes"
check "exit statuses read from core/exitcode.h" test -s "$T/codes"
awk '/^\.Sh / { on = ($0 == ".Sh EXIT STATUS"); next } on' "$MAN" >"$T/man.exit"
awk '/^## / { on = ($0 == "## Exit codes"); next } on' "$README" >"$T/readme.exit"
while read -r c; do
	check "hotfeed.1 EXIT STATUS has $c" grep -qx ".It $c" "$T/man.exit"
	check "README.md Exit codes has $c" grep -q "^| $c |" "$T/readme.exit"
done <"$T/codes"

# --- the README's test command is CI's ----------------------------------------
first=$(grep -m 2 '^    [^ ]' "$README" | awk '{ print $1, $2 }')
check_eq "README.md's first commands are make demo, make check" "make demo
make check" "$first"
check "README.md has the line 'make demo'" grep -q '^    make demo\( \|$\)' "$README"
check "README.md has the line 'make check'" grep -q '^    make check\( \|$\)' "$README"
check ".ci/run runs make check" grep -qx 'make check' .ci/run
