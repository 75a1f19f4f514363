#!/bin/sh
# t_outputs.sh — every file hotfeed writes is new (O_EXCL|O_NOFOLLOW): a
# symbolic link planted where it writes is never followed; a publish swaps
# a whole generation in, so SIGKILL at any rename or fsync leaves the old
# set or the new set (never a mix), and the next publish leaves no leftovers.
. "$(dirname "$0")/lib.sh"

CONF=$T/hotfeed.conf
cat >"$CONF" <<'CONF'
[feed]
link = https://feeds.example.org/hotfix/
authority = example.org,2005
[facet critical]
severity = 緊急
CONF
"$HOTFEED" ingest --db "$T/a.db" --quiet samples/ms05-039.a.utf8.html 2>/dev/null
"$HOTFEED" ingest --db "$T/b.db" --quiet samples/*.html 2>/dev/null
OUT=$T/site/out
pub() { db=$1; shift; "$HOTFEED" publish --db "$T/$db.db" --config "$CONF" --templates templates "$@"; }
pub a --out "$T/set-a" >/dev/null && pub b --out "$T/set-b" >/dev/null
check "two different sets to tell apart" sh -c "! cmp -s '$T/set-a/rss.xml' '$T/set-b/rss.xml'"

# the output set: "a", "b", or "mix" (changes.json aside: it records the
# publishes before, so set b written over set a lists what b changed; and
# with it the record, which holds changes.json's size)
which_set() {
	for s in a b; do
		if diff -r -x changes.json -x .hotfeed-publish.json "$T/set-$s" "$OUT" >/dev/null 2>&1; then echo $s; return; fi
	done
	echo mix
}
# the lock and the fragment cache stay beside the outputs (publish.h)
leftovers() { ls -A "$T/site" | grep -v -x -e out -e .out.lock -e .out.cache.sqlite -e .out.cache.sqlite-journal | tr '\n' ' '; }

# --- symbolic links planted where hotfeed writes ---
echo precious >"$T/target"
mkdir -p "$OUT"
# the temporary names of earlier versions: .NAME.tmp.PID in the directory
sh -c 'for f in rss.xml atom.xml feed.json catalogue.json index.html; do
	ln -s "$1" "$2/.$f.tmp.$$"; done; shift 2; exec "$@"' sh "$T/target" "$OUT" \
	"$HOTFEED" publish --db "$T/a.db" --config "$CONF" --templates templates --out "$OUT" \
	>/dev/null 2>"$T/err"
check_eq "symlinks at the old temporary names: publish exits 0" 0 $?
check_eq "... their target untouched" precious "$(cat "$T/target")"
check_eq "... the set is the new one" a "$(which_set)"

ln -s "$T/target" "$T/site/.out.lock.tmp" && rm "$T/site/.out.lock" &&
	ln -s "$T/target" "$T/site/.out.lock"
pub b --out "$OUT" >/dev/null 2>"$T/err"
check_eq "a symlink as the publish lock: exit 2" 2 $?
check "... the error says so" grep -q "out.lock.*symbolic link" "$T/err"
check_eq "... its target untouched" precious "$(cat "$T/target")"
check_eq "... the set unchanged" a "$(which_set)"
rm -f "$T/site/.out.lock" "$T/site/.out.lock.tmp"

ln -s "$T/set-a" "$T/site/linked"
pub b --out "$T/site/linked" >/dev/null 2>"$T/err"
check_eq "a symlink as the output directory: exit 2" 2 $?
check "... the error says so" grep -q "linked: is a symbolic link" "$T/err"
rm "$T/site/linked" "$T/site/.linked.lock"

(cd "$T/site" && "$OLDPWD/$HOTFEED" publish --db "$T/a.db" --config "$CONF" \
	--templates "$OLDPWD/templates" --out . >/dev/null 2>"$T/err")
check_eq "--out . (it would be replaced under the shell's feet): exit 2" \
	"2 hotfeed publish: .: the output directory needs a name as its last part" "$? $(cat "$T/err")"

# a directory replaced whole must be hotfeed's: its marker, or only what an
# earlier hotfeed wrote there (feeds, JSON, HTML, its temporary files)
mkdir -p "$T/www/img" && echo '<?php' >"$T/www/index.php"
pub a --out "$T/www" >/dev/null 2>"$T/err"
check_eq "a site's own directory as --out: exit 2" 2 $?
check "... the error names a file hotfeed did not write" \
	grep -q "www: holds \(index.php\|img\), which hotfeed did not write" "$T/err"
check "... nothing there changed" test -d "$T/www/img" -a -f "$T/www/index.php" -a ! -e "$T/www/rss.xml"
mkdir "$T/legacy" && echo old >"$T/legacy/rss.xml" && echo '{}' >"$T/legacy/feed.json" &&
	echo x >"$T/legacy/.atom.xml.tmp.123"
pub a --out "$T/legacy" >/dev/null 2>"$T/err"
check_eq "an earlier hotfeed's output directory (no marker): exit 0" 0 $?
check "... replaced, its leftover gone, the marker there" \
	test ! -e "$T/legacy/.atom.xml.tmp.123" -a -f "$T/legacy/.hotfeed" -a -f "$T/legacy/index.html"

# the run lock, the report and the index cache of `hotfeed fetch`
cp "$T/a.db" "$T/r.db"
ln -s "$T/target" "$T/r.db.lock"
"$HOTFEED" fetch --db "$T/r.db" --quiet samples/ms05-039.a.utf8.html >/dev/null 2>"$T/err"
check_eq "a symlink as the run lock: exit 2" 2 $?
check "... the error says so" grep -q "r.db.lock: a symbolic link; refused" "$T/err"
check_eq "... its target untouched" precious "$(cat "$T/target")"
rm "$T/r.db.lock"
ln -s "$T/target" "$T/report.json"
"$HOTFEED" fetch --db "$T/r.db" --quiet --report "$T/report.json" \
	samples/ms05-039.a.utf8.html >/dev/null 2>"$T/err"
check_eq "a symlink as the report: exit 1" 1 $?
check "... the error says so" grep -q "report.json: a symbolic link; refused" "$T/err"
check_eq "... its target untouched" precious "$(cat "$T/target")"
rm "$T/report.json"
sh -c 'ln -s "$1" "$2.tmp.$$"; shift 2; exec "$@"' sh "$T/target" "$T/report.json" \
	"$HOTFEED" fetch --db "$T/r.db" --quiet --report "$T/report.json" \
	samples/ms05-039.a.utf8.html >/dev/null 2>"$T/err"
check_eq "a symlink at the report's old temporary name: exit 0" 0 $?
check_eq "... its target untouched" precious "$(cat "$T/target")"
check "... the report written" grep -q '"urls"' "$T/report.json"

ln -s "$T/target" "$T/linked.db"
"$HOTFEED" ingest --db "$T/linked.db" --quiet samples/ms05-039.a.utf8.html >/dev/null 2>"$T/err"
check_eq "a symlink as the catalogue: ingest exits 2" \
	"2 hotfeed: $T/linked.db: a symbolic link; refused (give the file it points to)" \
	"$? $(cat "$T/err")"
check_eq "... its target untouched" precious "$(cat "$T/target")"

# --- SIGKILL at every rename and fsync of a publish ---
if command -v strace >/dev/null 2>&1; then
	# LeakSanitizer cannot run under ptrace (make asan): leaks are its
	# other runs' to find
	export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
	rm -rf "$T/site" && mkdir "$T/site"
	strace -f -qq -o "$T/trace" -e trace=rename,renameat,renameat2,fsync,fdatasync,syncfs \
		"$HOTFEED" publish --db "$T/b.db" --config "$CONF" --templates templates \
		--out "$OUT" >/dev/null 2>&1
	killed=0 mixed=0 left=0 wrong=0
	for sc in rename renameat renameat2 fsync syncfs; do
		calls=$(grep -c "^[0-9]* *$sc(" "$T/trace")
		i=1
		while [ "$i" -le "$calls" ]; do
			rm -rf "$T/site" && mkdir "$T/site"
			pub a --out "$OUT" >/dev/null
			strace -f -qq -o /dev/null -e inject=$sc:signal=SIGKILL:when=$i \
				"$HOTFEED" publish --db "$T/b.db" --config "$CONF" --templates templates \
				--out "$OUT" >/dev/null 2>&1
			[ $? -ne 0 ] && killed=$((killed + 1))
			[ "$(which_set)" = mix ] && { mixed=$((mixed + 1)); echo "# mix after $sc #$i"; }
			pub b --out "$OUT" >/dev/null 2>&1
			[ -n "$(leftovers)" ] && { left=$((left + 1)); echo "# left after $sc #$i: $(leftovers)"; }
			[ "$(which_set)" = b ] || wrong=$((wrong + 1))
			i=$((i + 1))
		done
	done
	check "publish makes renames, fsyncs and a syncfs to kill ($killed kills)" test "$killed" -ge 10
	check_eq "no kill left a mix of old and new files" 0 $mixed
	check_eq "the next publish left no leftovers" 0 $left
	check_eq "the next publish gave the new set each time" 0 $wrong

	# the fallback where the filesystem cannot exchange: two renames
	rm -rf "$T/site" && mkdir "$T/site" && pub a --out "$OUT" >/dev/null
	strace -f -qq -o /dev/null -e inject=renameat2:error=EINVAL \
		"$HOTFEED" publish --db "$T/b.db" --config "$CONF" --templates templates --out "$OUT" \
		>/dev/null 2>&1
	check_eq "without RENAME_EXCHANGE: exit 0" 0 $?
	check_eq "... the new set in place" b "$(which_set)"
	check_eq "... no leftovers" "" "$(leftovers)"
	# killed between its two renames: the next publish puts the old set back first
	rm -rf "$T/site" && mkdir "$T/site" && pub a --out "$OUT" >/dev/null
	strace -f -qq -o /dev/null -e inject=renameat2:error=EINVAL \
		-e inject=rename:signal=SIGKILL:when=2 "$HOTFEED" publish --db "$T/b.db" \
		--config "$CONF" --templates templates --out "$OUT" >/dev/null 2>&1
	check_eq "killed between the fallback's renames: no directory for a moment" no \
		"$(test -e "$OUT" && echo yes || echo no)"
	check "... the old set kept whole beside it" diff -r -x changes.json -x .hotfeed-publish.json "$T/set-a" "$T"/site/.out.old.*
	pub b --out "$OUT" >/dev/null 2>&1
	check_eq "... the next one swaps the new set in" b "$(which_set)"
	check_eq "... no leftovers" "" "$(leftovers)"
else
	not_ok "strace is not installed (tests/deps.sh installs it)"
fi

# files of a generation are made with the umask's mode
rm -rf "$T/site" && mkdir "$T/site"
(umask 027 && pub a --out "$OUT" >/dev/null)
check_eq "umask 027: the directory 750" 750 "$(stat -c %a "$OUT")"
check_eq "umask 027: the files 640" 640 "$(stat -c %a "$OUT/rss.xml")"

# --- permanent ids: never shared by two pages, the same at every publish ---
# ten URLs that differ in one byte or the scheme, each a different notice
# (the same title and date at two URLs would be taken for one document)
cp "$T/b.db" "$T/ids.db"
k=0
for u in http://h.example/x.html https://h.example/x.html http://h.example//x.html \
	http://h.example/a.b http://h.example/a_b http://h.example/a%2Eb http://h.example/a~b \
	http://H.example/x.html http://h.example/x.html?q http://h.example/x.html%3Fq; do
	k=$((k + 1))
	python3 -c 'import sys; s = open(sys.argv[1], encoding="cp932").read()
open(sys.argv[2], "w", encoding="cp932").write(s.replace("2005年10月の", "2005年10月の%s " % sys.argv[3]))' \
		samples/notice-2005-10.sjis.html "$T/notice$k.html" "$k"
	"$HOTFEED" ingest --db "$T/ids.db" --quiet --url "$u" "$T/notice$k.html" 2>/dev/null
done
ids() {
	python3 - "$1" <<'PY'
import json, re, sys, xml.etree.ElementTree as ET
d = sys.argv[1]
rss = [g.text for g in ET.parse(d + "/rss.xml").iter("guid")]
atom = [e.text for e in ET.parse(d + "/atom.xml").iter("{http://www.w3.org/2005/Atom}id")][1:]
jf = [i["id"] for i in json.load(open(d + "/feed.json"))["items"]]
anchors = re.findall(r'<div class="bulletin[^"]*" id="([^"]*)"', open(d + "/index.html").read())
for name, v in (("rss", rss), ("atom", atom), ("json", jf), ("anchors", anchors)):
    print(name, len(v), len(set(v)))
print("same", rss == atom == jf)
for i in rss:
    print(i)
PY
}
pub ids --out "$T/ids1" >/dev/null && pub ids --out "$T/ids2" >/dev/null
ids "$T/ids1" >"$T/ids1.txt"; ids "$T/ids2" >"$T/ids2.txt"
pub b --out "$T/ids0" >/dev/null
base=$(ids "$T/ids0" | grep -c '^tag:')
n=$(grep -c '^tag:' "$T/ids1.txt")
check_eq "ten id-less pages beside the samples' bulletins published" $((base + 10)) "$n"
for f in rss atom json anchors; do
	check_eq "$f: $n ids, all distinct" "$f $n $n" "$(grep "^$f " "$T/ids1.txt")"
done
check_eq "rss, atom and json use the same ids" "same True" "$(grep '^same ' "$T/ids1.txt")"
check_files "ids stable across republish" "$T/ids1.txt" "$T/ids2.txt"
check "http and https pages keep their scheme" sh -c \
	"grep -qx 'tag:example.org,2005:http://h.example/x.html' '$T/ids1.txt' &&
	 grep -qx 'tag:example.org,2005:https://h.example/x.html' '$T/ids1.txt'"
