#!/bin/sh
# t_catalogue_ro.sh — commands that only read open the catalogue read-only:
# publish works on a catalogue in a read-only directory (run as nobody
# when the suite runs as root, who bypasses permissions) and leaves the
# file's bytes and mtime alone; commands that need a catalogue refuse a
# missing one (exit 2) and never create it.
. "$(dirname "$0")/lib.sh"

chmod 755 "$T"
mkdir "$T/ro" "$T/pub"
"$HOTFEED" ingest --db "$T/ro/cat.db" --quiet samples/ms05-039.a.utf8.html \
	samples/ms06-007.a.utf8.html 2>/dev/null
cp -r templates "$T/templates"
sum_before=$(sha256sum <"$T/ro/cat.db")
touch -d '2005-08-10 00:00:00' "$T/ro/cat.db"
mtime=$(stat -c %Y "$T/ro/cat.db")

# as root: the file untouched by a read-only publish
"$HOTFEED" publish --db "$T/ro/cat.db" --templates "$T/templates" --out "$T/out-root" \
	>/dev/null 2>"$T/err"
check_eq "publish as root: exit 0" 0 $?
check_eq "... the catalogue's bytes unchanged" "$sum_before" "$(sha256sum <"$T/ro/cat.db")"
check_eq "... its mtime unchanged" "$mtime" "$(stat -c %Y "$T/ro/cat.db")"

# a read-only directory and file, read by a user who cannot write them
chmod 444 "$T/ro/cat.db" && chmod 555 "$T/ro"
AS=""
if [ "$(id -u)" = 0 ]; then
	chown 65534 "$T/pub"
	AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
$AS "$HOTFEED" publish --db "$T/ro/cat.db" --templates "$T/templates" --out "$T/pub/out" \
	>"$T/out" 2>"$T/err"
check_eq "publish from a read-only directory: exit 0" 0 $?
check_eq "... says what it published" "published 2 bulletins and 0 other pages into $T/pub/out/" \
	"$(cat "$T/out" "$T/err")"
check "... the feeds are there" test -s "$T/pub/out/rss.xml"
check_files "... the same as root's" "$T/out-root/rss.xml" "$T/pub/out/rss.xml"
check_eq "... the catalogue's bytes unchanged" "$sum_before" "$(sha256sum <"$T/ro/cat.db")"
check_eq "... its mtime unchanged" "$mtime" "$(stat -c %Y "$T/ro/cat.db")"
chmod 755 "$T/ro"

# commands that need a catalogue never create one
for cmd in publish reparse; do
	"$HOTFEED" $cmd --db "$T/typo.db" $([ $cmd = publish ] && echo --out "$T/o") \
		>/dev/null 2>"$T/err"
	check_eq "$cmd --db TYPO: exit 2" 2 $?
	check_eq "... says so" "$T/typo.db: no catalogue there (run 'hotfeed ingest' or 'hotfeed run' first)" \
		"$(sed 's/^hotfeed[a-z ]*: //' "$T/err")"
	check "... and creates nothing" test ! -e "$T/typo.db" -a ! -e "$T/typo.db-wal"
done
mkdir "$T/adir.db"
"$HOTFEED" reparse --db "$T/adir.db" >/dev/null 2>"$T/err"
check_eq "reparse --db DIRECTORY: exit 2" "2 hotfeed: $T/adir.db: not a regular file" \
	"$? $(cat "$T/err")"
