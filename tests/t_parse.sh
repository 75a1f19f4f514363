#!/bin/sh
# t_parse.sh — `hotfeed parse`: options, output format, exit codes, and
# untrusted input: pathological pages generated here must each finish within
# a few seconds and bounded memory, be reported, and not stop other files.
. "$(dirname "$0")/lib.sh"

S=samples/ms05-039.a.utf8.html
FX=tests/fixtures/extract

# --- usage ---
"$HOTFEED" parse --help >"$T/help" 2>&1
check_eq "--help exits 0" 0 $?
grep -q -- '--max-bytes' "$T/help" && ok "--help names the options" || not_ok "--help names the options"
"$HOTFEED" parse >/dev/null 2>&1
check_eq "no file is a usage error (2)" 2 $?
"$HOTFEED" parse --max-bytes=abc "$S" >/dev/null 2>&1
check_eq "a bad --max-bytes is a usage error (2)" 2 $?

# --- output ---
"$HOTFEED" parse "$S" "$S" >"$T/two" 2>"$T/err"
check_eq "two files parse: exit 0" 0 $?
check_eq "one JSON object per line" 2 "$(wc -l <"$T/two" | tr -d ' ')"
check_eq "nothing on stderr" "" "$(cat "$T/err")"
"$HOTFEED" parse --pretty "$S" >"$T/pretty"
check_files "--pretty equals the sample's expected JSON" samples/expected/ms05-039.a.utf8.json "$T/pretty"
"$HOTFEED" parse --no-isolate --pretty "$S" >"$T/pretty2"
check_files "--no-isolate gives the same output" samples/expected/ms05-039.a.utf8.json "$T/pretty2"
"$HOTFEED" parse --url http://example.org/hfr/ms05-039.html "$S" >"$T/url"
grep -q '"url":"http://example.org/hfr/ms05-039.html"' "$T/url" &&
	ok "--url sets source.url" || not_ok "--url sets source.url"
"$HOTFEED" parse --charset shift_jis samples/ms05-039.a.sjis.html >"$T/cs"
grep -q '"encoding":"Shift_JIS","encoding_source":"transport"' "$T/cs" &&
	ok "--charset is the transport charset" || not_ok "--charset is the transport charset"

# --- errors: named, and the other files go on ---
"$HOTFEED" parse "$S" "$T/missing.html" "$S" >"$T/out" 2>"$T/err"
check_eq "a missing file makes exit 1" 1 $?
check_eq "the other files are still parsed" 2 "$(wc -l <"$T/out" | tr -d ' ')"
grep -q "^$T/missing.html: " "$T/err" && ok "the error names the missing file" ||
	not_ok "the error names the missing file"
"$HOTFEED" parse --max-bytes 1024 "$S" >/dev/null 2>"$T/err"
check_eq "--max-bytes refuses a larger page" 1 $?
check_eq "refusal message" "$S: page is larger than 1024 bytes" "$(cat "$T/err")"

# --- pathological inputs ---
python3 - "$T" <<'PY'
import os, sys
t = sys.argv[1]
with open(t + "/unclosed-b.html", "w") as f:
    f.write("<html><body>" + "".join("<b class=%d>" % i for i in range(12000)) + "text")
with open(t + "/unclosed-b-text.html", "w") as f:
    f.write("<html><body>" + "".join("<b class=%d>x" % i for i in range(12000)))
with open(t + "/deep-div.html", "w") as f:
    f.write("<html><body>" + "<div>" * 100000 + "x")
with open(t + "/deep-table.html", "w") as f:
    f.write("<table><tr><td>" * 20000 + "深刻度")
with open(t + "/huge.html", "w") as f:
    f.write("<p>" + "a" * (5 << 20))
with open(t + "/garbage.html", "wb") as f:
    import random
    r = random.Random(42)
    f.write(bytes(r.randrange(256) for _ in range(300000)))
with open(t + "/many-items.html", "w") as f:
    h = "<table><tr><td>脆弱性識別番号<td>MS05-039/899588</table><p>t"
    h += "<p>‥‥‥ DA Lab:HotFixテスティング・チームからのコメント ‥‥‥<p>■h" + "<p>y" * 150000
    h += "<p>‥‥‥ 参考情報 ‥‥‥<p>■t<ol><li>a" + "<p>z" * 100000 + "</ol><p>1. s" + "<br>c" * 100000
    h += "<p>‥‥‥ 確認方法 ‥‥‥" + "<p>・p:<br>HKEY_X" * 50000
    f.write(h)
with open(t + "/many-ids.html", "w") as f:
    f.write("<table><tr><td>脆弱性識別番号<td>MS05-039/899588</table><p>t<p>" +
            " ".join("MS%02d-%02d" % (i, j) for i in range(100) for j in range(1, 100)) + " " +
            " ".join("MS%02d-%03d" % (i, j) for i in range(100) for j in range(100, 1000)))
# one block of 100 000 lines, each with a link whose text is not the line
# (navigation links are never labels: each line was compared with each link)
with open(t + "/many-links.html", "w") as f:
    f.write("<table><tr><td>脆弱性識別番号<td>MS05-039</table><p>t<p>" +
            "".join("<a href=%d>y</a>z<br>" % i for i in range(100000)))
# a ■ note: one block of 150 000 links, then 4096 "・label:" + URL references
# (each reference looked through every link of the block for its URL)
with open(t + "/many-refs.html", "w") as f:
    f.write("<table><tr><td>脆弱性識別番号<td>MS05-039</table><p>t" +
            "<p>‥‥‥ DA Lab:HotFixテスティング・チームからのコメント ‥‥‥<p>■h<p>" +
            "<a href=q>z</a>" * 150000 + "<br>" + "・a:<br>http://x<br>" * 4096)
# 参考情報: four blocks of 80 000 numbered lines "1." (each step walked to
# the end of its block)
with open(t + "/many-steps.html", "w") as f:
    f.write("<table><tr><td>脆弱性識別番号<td>MS05-039</table><p>t<p>‥‥‥ 参考情報 ‥‥‥<p>■t" +
            ("<p>" + "1.<br>" * 80000) * 4)
# 4090 distinct ids, then the last of them 435 000 times (each one was
# looked for in the list of up to 4096 ids: 6.6 s)
with open(t + "/repeated-ids.html", "w") as f:
    f.write("<table><tr><td>脆弱性識別番号<td>MS05-039</table><p>t<p>" +
            " ".join("MS%02d-%03d" % (i // 999, i % 999 + 1) for i in range(4090)) +
            ("<p>" + "MS04-094 " * 29000) * 15)
# 適用されるファイル情報: a 200 KB folder, then 10 000 file rows (each file
# entry repeated the folder: an 820 MB model from a 490 KB page)
with open(t + "/many-files.html", "w") as f:
    f.write("<table><tr><td>脆弱性識別番号<td>MS05-039</table><p>t<p>‥‥‥ 適用されるファイル情報 ‥‥‥" +
            "<table><tr><td>ファイル名<td>日付<td>バージョン<td>サイズ<td>機能<tr><td>展開フォルダ(" +
            "f" * 200000 + ") p<td>x" + "<tr><td>a<td>2005/08/11<td>c<td>1<td>d" * 10000 + "</table>")
# an image with a 4 KB alt, then 250 000 empty links in its block (each
# link's text was every alt of the block so far: 1 GB)
with open(t + "/empty-links.html", "w") as f:
    f.write("<table><tr><td>脆弱性識別番号<td>MS05-039</table><p>t<p><img src=a alt='" +
            "x" * 4000 + "'>" + "<a href=a></a>" * 250000)
# 対象プラットフォーム: one software with 100 000 platform lines
with open(t + "/many-platforms.html", "w") as f:
    f.write("<table><tr><td>脆弱性識別番号<td>MS05-039</table><p>t<p>‥‥‥ 対象プラットフォーム ‥‥‥" +
            "<table><tr><td>s<td>" + "p<br>" * 100000 + "</table>")
with open(t + "/nul.html", "wb") as f:
    f.write(b"<p>\x00\x00<b>\x00</p>" * 1000)
PY

case "$HOTFEED$ASAN_OPTIONS" in
*asan*|*detect_leaks*) under_asan=1 ;;
*) under_asan=0 ;;
esac

# measure OUT ERR TIMEFILE CMD...: run CMD, write "WALL_SECONDS MAX_RSS_KB"
# (of the whole process tree: children are waited for) to TIMEFILE and
# exit with CMD's status.  python3 rather than /usr/bin/time, which a fresh
# Debian does not have.
measure() {
	python3 - "$@" <<'PY'
import resource, subprocess, sys, time
out, err, tf, cmd = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
t0 = time.monotonic()
with open(out, "wb") as o, open(err, "wb") as e:
    rc = subprocess.call(cmd, stdout=o, stderr=e)
wall = time.monotonic() - t0
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(tf, "w").write("%.2f %d\n" % (wall, rss))
sys.exit(rc if rc >= 0 else 128 - rc)
PY
}

# run_bounded NAME: parse $T/NAME.html, record exit status, wall time and max RSS
run_bounded() {
	measure "$T/$1.out" "$T/$1.err" "$T/$1.time" "$HOTFEED" parse "$T/$1.html"
	echo $? >"$T/$1.rc"
	wall=$(cut -d' ' -f1 "$T/$1.time" | tail -n 1)
	rss=$(cut -d' ' -f2 "$T/$1.time" | tail -n 1)
	# the child's CPU budget is 4 s (16 s under ASan, see parse/isolate.c)
	if awk -v w="$wall" -v a="$under_asan" 'BEGIN { exit !(w < (a ? 40 : 10)) }'; then
		ok "$1: finished in ${wall}s"
	else
		not_ok "$1: took ${wall}s"
	fi
	if [ "$under_asan" = 1 ]; then
		ok "$1: memory not measured under ASan"
	elif [ "$rss" -lt 409600 ]; then
		ok "$1: max RSS $((rss / 1024)) MB"
	else
		not_ok "$1: max RSS $((rss / 1024)) MB"
	fi
}

for name in unclosed-b unclosed-b-text deep-div deep-table huge garbage nul many-items many-ids \
    many-links many-refs many-steps repeated-ids many-files empty-links many-platforms; do
	run_bounded "$name"
done
check_eq "huge page refused (exit 1)" 1 "$(cat "$T/huge.rc")"
grep -q "huge.html: page is larger than 4194304 bytes" "$T/huge.err" &&
	ok "huge page: clear error" || not_ok "huge page: clear error"
check_eq "binary garbage still parses (kind other)" 0 "$(cat "$T/garbage.rc")"
grep -q '"kind":"other"' "$T/garbage.out" && ok "garbage gives a JSON object" ||
	not_ok "garbage gives a JSON object"
check_eq "NUL bytes parse" 0 "$(cat "$T/nul.rc")"
check_eq "a page with 400 000 short items parses" 0 "$(cat "$T/many-items.rc")"
check_eq "a page with 99 000 ids parses" 0 "$(cat "$T/many-ids.rc")"
check_eq "a block of 100 000 lines and links parses (30 s of strcmp before)" 0 "$(cat "$T/many-links.rc")"
check_eq "a block of 150 000 links and 4096 references parses (16 s before)" 0 "$(cat "$T/many-refs.rc")"
check_eq "four blocks of 80 000 numbered steps parse (5 s before)" 0 "$(cat "$T/many-steps.rc")"
check_eq "... steps: at most 4096" 4096 "$(grep -o '"steps":\[[^]]*\]' "$T/many-steps.out" | grep -o '""' | wc -l | tr -d ' ')"
check_eq "4090 ids, then one of them 435 000 times, parse (6.6 s before)" 0 "$(cat "$T/repeated-ids.rc")"
check_eq "... each id once" 4091 "$(grep -o '"ids":\[[^]]*\]' "$T/repeated-ids.out" | grep -o 'MS[0-9-]*' | wc -l | tr -d ' ')"
check_eq "10 000 files under a 200 KB folder parse" 0 "$(cat "$T/many-files.rc")"
check_eq "... 4096 files in all" 4096 "$(grep -o '"name":"a"' "$T/many-files.out" | wc -l | tr -d ' ')"
check_eq "... each with the folder cut to 1024 bytes" 4096 "$(grep -o '"folder":"f\{1024\}"' "$T/many-files.out" | wc -l | tr -d ' ')"
size=$(wc -c <"$T/many-files.out")
if [ "$size" -lt 20000000 ]; then ok "... a model of $size bytes"; else not_ok "... a model of $size bytes"; fi
check_eq "... warned" 1 "$(grep -c 'folder cut at 1024 bytes' "$T/many-files.out")"
check_eq "250 000 empty links after a 4 KB alt parse" 0 "$(cat "$T/empty-links.rc")"
check_eq "platforms of one software: at most 4096" 4096 "$(grep -o '"p"' "$T/many-platforms.out" | wc -l | tr -d ' ')"
check_eq "... all 4096 references read" 4096 "$(grep -o '{"label":"a","url":"http://x"}' "$T/many-refs.out" | wc -l | tr -d ' ')"
check_eq "typo warnings are kept, bounded (one diagnostic is a note)" "199 200 True" "$(python3 -c 'import json, sys
m = json.load(open(sys.argv[1]))
print(len(m["warnings"]), len(m["diagnostics"]), "MS00-01 normalized to MS00-001" in m["warnings"])' "$T/many-ids.out")"
for name in unclosed-b unclosed-b-text deep-div deep-table; do
	rc=$(cat "$T/$name.rc")
	if [ "$rc" = 0 ] && [ -s "$T/$name.out" ]; then
		ok "$name: parsed"
	elif [ "$rc" = 1 ] && grep -q "$name.html: parser stopped: " "$T/$name.err"; then
		ok "$name: stopped and reported ($(cut -d: -f2- "$T/$name.err"))"
	else
		not_ok "$name: exit $rc, stderr: $(cat "$T/$name.err")"
	fi
done

# A stopped page does not stop the batch.
"$HOTFEED" parse "$T/deep-div.html" "$S" >"$T/batch" 2>"$T/batch.err"
check_eq "batch with a bad page: exit 1 or 0" 1 "$(( $? <= 1 ))"
check_eq "batch: the good page is still printed" 1 "$(grep -c '"id":"MS05-039"' "$T/batch")"

# The parser runs in a worker that lives across pages: a page it had to
# stop ends that worker, the next one gets a fresh worker; a long batch
# (past the 64 pages of one worker) gives what the in-process parser gives.
"$HOTFEED" parse "$S" "$T/deep-table.html" "$S" "$T/unclosed-b.html" "$S" >"$T/batch2" 2>"$T/batch2.err"
check_eq "batch good/stopped/good/…: exit 1" 1 $?
check_eq "... the three good pages printed" 3 "$(grep -c '"id":"MS05-039"' "$T/batch2")"
check_eq "... the stopped page named" 1 "$(grep -c 'deep-table.html: parser stopped: memory limit' "$T/batch2.err")"
set --
for i in 1 2 3 4 5 6; do set -- "$@" samples/*.html; done
"$HOTFEED" parse "$@" >"$T/iso.out" 2>"$T/iso.err"
check_eq "$# pages through recycled workers: exit 0" 0 $?
"$HOTFEED" parse --no-isolate "$@" >"$T/noiso.out" 2>/dev/null
check_files "... the same output as in-process" "$T/noiso.out" "$T/iso.out"
check_eq "... one line per page" $# "$(wc -l <"$T/iso.out" | tr -d ' ')"
# a pool of workers: the same lines in the same order, whatever --jobs,
# a stopped page in the middle blamed alone
for j in 1 2 5; do
	"$HOTFEED" parse --jobs $j "$@" >"$T/jobs$j.out" 2>"$T/jobs$j.err"
	check_eq "--jobs $j: exit 0" 0 $?
	check_files "--jobs $j: the in-process output, in order" "$T/noiso.out" "$T/jobs$j.out"
done
"$HOTFEED" parse --jobs 3 "$S" "$T/deep-table.html" "$S" "$T/missing.html" "$S" \
	>"$T/jobs-bad.out" 2>"$T/jobs-bad.err"
check_eq "--jobs 3 with a stopped and a missing page: exit 1" 1 $?
check_eq "... the three good pages printed" 3 "$(grep -c '"id":"MS05-039"' "$T/jobs-bad.out")"
check_eq "... the failures named, in order" \
	"$T/deep-table.html: parser stopped: memory limit|$T/missing.html: No such file or directory" \
	"$(cut -d'(' -f1 "$T/jobs-bad.err" | sed 's/ *$//' | paste -sd'|')"
for bad in 0 65 2x -1; do
	"$HOTFEED" parse --jobs "$bad" "$S" >/dev/null 2>"$T/jobs.err"
	check_eq "--jobs $bad: exit 2" 2 $?
	check "--jobs $bad: says why" grep -q "^hotfeed parse: --jobs: '$bad' is not a number in 1..64" "$T/jobs.err"
done
# no worker outlives its command
cp "$S" "$T/lone-page.html"
"$HOTFEED" parse "$T/lone-page.html" >/dev/null 2>&1
check_eq "no worker left behind" "" "$(grep -l "lone-pag[e]" /proc/[0-9]*/cmdline 2>/dev/null)"

# --- extraction fixtures (tests/fixtures/extract/NAME.html -> NAME.json) ---
for f in "$FX"/*.html; do
	n=${f%.html}
	[ -f "$n.json" ] || continue
	"$HOTFEED" parse --pretty "$f" >"$T/fx.json" 2>&1
	check_files "fixture $(basename "$n")" "$n.json" "$T/fx.json"
done
