#!/bin/sh
# t_install.sh — `make install` / `make uninstall` with PREFIX and DESTDIR,
# built in a scratch directory (B=, BIN=) so ./hotfeed is left alone; the
# installed binary publishes from another working directory with the
# templates it installed (the DATADIR compiled in from PREFIX).
. "$(dirname "$0")/lib.sh"

P=$T/prefix
make -s -j2 install B="$T/build" BIN="$T/build/hotfeed" PREFIX="$P" >"$T/make.out" 2>&1
check_eq "make install PREFIX=… exits 0" 0 $?
for f in bin/hotfeed share/man/man1/hotfeed.1 share/hotfeed/templates/item.xsl \
         share/hotfeed/templates/index.xsl share/hotfeed/catalogue.schema.json; do
	check "installed $f" test -s "$P/$f"
done
check "the binary is executable" test -x "$P/bin/hotfeed"

mkdir "$T/work"
cp samples/ms05-039.a.sjis.html "$T/work/page.html"
(cd "$T/work" && "$P/bin/hotfeed" ingest --db c.db page.html >/dev/null &&
	"$P/bin/hotfeed" publish --db c.db --out o >"$T/pub.out" 2>&1)
check_eq "the installed binary publishes from elsewhere" 0 $?
check_eq "... with the templates of its PREFIX" "published 1 bulletin and 0 other pages into o/" "$(cat "$T/pub.out")"
check "... into index.html" grep -q 'MS05-039' "$T/work/o/index.html"

make -s uninstall PREFIX="$P" >/dev/null 2>&1
check_eq "make uninstall exits 0" 0 $?
check "uninstall removed the binary" test ! -e "$P/bin/hotfeed"
check "uninstall removed the data" test ! -e "$P/share/hotfeed"
check "uninstall removed the man page" test ! -e "$P/share/man/man1/hotfeed.1"

# DESTDIR stages under another root without touching PREFIX
make -s install B="$T/build" BIN="$T/build/hotfeed" PREFIX=/usr DESTDIR="$T/stage" >/dev/null 2>&1
check_eq "make install DESTDIR=… exits 0" 0 $?
check "staged under DESTDIR" test -x "$T/stage/usr/bin/hotfeed"
check "the staged binary looks in PREFIX's data directory" \
	grep -q '/usr/share/hotfeed/templates' "$T/stage/usr/bin/hotfeed"
