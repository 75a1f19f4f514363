#!/bin/sh
# t_inputs.sh — every input bounded and checked: configuration files
# (regular, capped), numbers (strict, one parser), URLs (by scheme, no
# control characters, escaped when printed), paths relative to the config,
# the tag URI authority.  Each bad input: exit 2 and a message naming it.
. "$(dirname "$0")/lib.sh"

S=samples/ms05-039.a.utf8.html
H=$(cd "$(dirname "$HOTFEED")" && pwd)/$(basename "$HOTFEED")
"$HOTFEED" ingest --db "$T/cat.db" --quiet "$S" 2>/dev/null

# bad_config WHAT FILE MESSAGE: publish, fetch and run refuse it at once
bad_config() {
	for cmd in publish fetch run; do
		timeout 10 "$HOTFEED" $cmd --db "$T/cat.db" --config "$2" >/dev/null 2>"$T/err"
		check_eq "$1 as --config: $cmd exits 2 at once" 2 $?
		check_eq "... and says why" "$3" "$(sed 's/^hotfeed[a-z ]*: //' "$T/err")"
	done
}
bad_config /dev/zero /dev/zero \
	"/dev/zero: not a regular file (a configuration is a text file)"
mkfifo "$T/fifo"
bad_config "a FIFO" "$T/fifo" \
	"$T/fifo: not a regular file (a configuration is a text file)"
mkdir "$T/dir.ini"
bad_config "a directory" "$T/dir.ini" \
	"$T/dir.ini: not a regular file (a configuration is a text file)"
head -c 1048577 /dev/zero | tr '\0' '#' >"$T/huge.ini"
bad_config "a 1 MiB + 1 file" "$T/huge.ini" \
	"$T/huge.ini: 1048577 bytes, larger than a configuration may be (1048576)"
echo '[feed]' >"$T/nonl.ini"; head -c 2000 /dev/zero >>"$T/nonl.ini"
timeout 10 "$HOTFEED" publish --db "$T/cat.db" --config "$T/nonl.ini" --out "$T/o0" \
	>/dev/null 2>"$T/err"
check_eq "NUL bytes in a small config: publish ends (exit 0 or 2, not a hang)" no \
	"$(test $? -eq 124 && echo hang || echo no)"

# relative paths in a config are taken from its directory
mkdir -p "$T/etc/hotfeed" "$T/elsewhere"
cp "$T/cat.db" "$T/etc/cat.db"
cat >"$T/etc/hotfeed/hotfeed.ini" <<'INI'
[feed]
out = ../www
db = ../cat.db
INI
(cd "$T/elsewhere" && "$H" publish --config ../etc/hotfeed/hotfeed.ini \
	--templates "$OLDPWD/templates" >/dev/null 2>"$T/err")
check_eq "relative out and db in a config: publish exits 0" 0 $?
check "... out is beside the config, not in the working directory" \
	test -f "$T/etc/www/rss.xml" -a ! -e "$T/elsewhere/../www"

# the tag URI authority (RFC 4151)
for a in example.org,2005 example.org,2005-08 example.org,2005-08-10 \
	feeds@example.org,2005 a-b.c,1999-12-31; do
	printf '[feed]\nauthority = %s\n' "$a" >"$T/a.ini"
	"$HOTFEED" publish --db "$T/cat.db" --config "$T/a.ini" --out "$T/oa" >/dev/null 2>&1
	check_eq "authority $a: accepted" 0 $?
done
for a in example.org example.org,05 "exa mple.org,2005" -x.org,2005 example.org,2005-13 \
	example.org,2005-08-32 x.org,2005/1 ,2005 "@x.org,2005" "a b@x.org,2005" x..org,2005; do
	printf '[feed]\nauthority = %s\n' "$a" >"$T/a.ini"
	"$HOTFEED" publish --db "$T/cat.db" --config "$T/a.ini" --out "$T/oa" >/dev/null 2>"$T/err"
	check_eq "authority \"$a\": refused (exit 2, the line named)" \
		"2 $T/a.ini:2: [feed] authority: not a tag URI authority" "$? $(cut -d'(' -f1 "$T/err" |
		sed 's/^hotfeed publish: //; s/ $//')"
done

# numbers: strict, the same range as the config keys
for cmd in ingest parse; do
	for bad in -1 0 1023 12x " 2048" +2048 1073741825 18446744073709551615; do
		if [ "$cmd" = parse ]; then
			"$HOTFEED" parse --max-bytes "$bad" "$S" >/dev/null 2>"$T/err"
		else
			"$HOTFEED" ingest --db "$T/cat.db" --max-bytes "$bad" "$S" >/dev/null 2>"$T/err"
		fi
		check_eq "$cmd --max-bytes \"$bad\": a usage error" \
			"2 hotfeed $cmd: --max-bytes: '$bad' is not a number in 1024..1073741824" \
			"$? $(cat "$T/err")"
	done
done
for bad in -1 " 3" 3x 99999999999999999999; do
	"$HOTFEED" fetch --db "$T/cat.db" --retries "$bad" "$S" >/dev/null 2>"$T/err"
	check_eq "fetch --retries \"$bad\": a usage error" \
		"2 hotfeed: --retries: \"$bad\" is not a number in 0..10" "$? $(cat "$T/err")"
done
printf '[fetch]\nretries = -1\n' >"$T/n.ini"
"$HOTFEED" fetch --db "$T/cat.db" --config "$T/n.ini" "$S" >/dev/null 2>"$T/err"
check_eq "[fetch] retries = -1: refused" \
	"2 hotfeed: $T/n.ini:2: [fetch] retries: \"-1\" is not a number in 0..10" "$? $(cat "$T/err")"

# URLs: by scheme; control characters refused and never echoed raw
for u in ftp://example.org/x.html javascript:alert%281%29 "data:text/html,<b>x</b>" \
	"gopher://x/"; do
	"$HOTFEED" fetch --db "$T/cat.db" "$u" >"$T/out" 2>"$T/err"
	check_eq "fetch $u: refused" \
		"2 hotfeed fetch: \"$u\": not an http, https or file URL, nor a local path" \
		"$? $(cat "$T/err")"
	"$HOTFEED" ingest --db "$T/cat.db" --url "$u" "$S" >"$T/out" 2>"$T/err"
	check_eq "ingest --url $u: refused" \
		"2 hotfeed ingest: --url: \"$u\": not an http, https or file URL" "$? $(cat "$T/err")"
done
esc=$(printf 'http://example.org/\033[2J\nfake: new MS99-999')
"$HOTFEED" ingest --db "$T/cat.db" --url "$esc" "$S" >"$T/out" 2>"$T/err"
check_eq "ingest --url with ESC and a newline: refused" 2 $?
check_eq "... escaped in the message, nothing on stdout" \
	'hotfeed ingest: --url: "http://example.org/\x1B[2J\x0Afake: new MS99-999": contains control characters' \
	"$(cat "$T/err" "$T/out")"
"$HOTFEED" fetch --db "$T/cat.db" --index "$esc" >"$T/out" 2>"$T/err"
check_eq "fetch --index with ESC: refused, escaped" \
	'2 hotfeed fetch: --index: "http://example.org/\x1B[2J\x0Afake: new MS99-999": contains control characters' \
	"$? $(cat "$T/err" "$T/out")"
printf '[source s]\npage = ftp://example.org/x.html\n' >"$T/u.ini"
"$HOTFEED" fetch --db "$T/cat.db" --config "$T/u.ini" >/dev/null 2>"$T/err"
check_eq "[source] page = ftp://...: refused" \
	"2 hotfeed: $T/u.ini:2: [source s] page: not an http, https or file URL, nor a local path" \
	"$? $(cat "$T/err")"
cp "$S" "$T/odd:name.html"
(cd "$T" && "$H" fetch --db "$T/cat.db" --quiet odd:name.html >/dev/null 2>"$T/err")
check_eq "an existing local file that looks like a URL is a path" 0 $?

# a file name with ESC and a newline: escaped in ingest's output
esc_name=$(printf '%s/x\033[2J\nfake.html' "$T")
cp "$S" "$esc_name"
"$HOTFEED" ingest --db "$T/esc.db" "$esc_name" >"$T/out" 2>"$T/err"
check_eq "ingest of a file named with ESC and a newline: one escaped line" \
	"0 $T/x\\x1B[2J\\x0Afake.html: new MS05-039" "$? $(cat "$T/out" "$T/err")"
"$HOTFEED" reparse --db "$T/esc.db" >"$T/out" 2>"$T/err"
check_eq "... its file:// URL %-escaped in reparse's" "0 file://$T/x%1B%5B2J%0Afake.html: unchanged MS05-039" \
	"$? $(cat "$T/out" "$T/err")"
