#!/bin/sh
# bench.sh — `make bench`: pages/s and peak memory for decoding alone, gumbo
# alone, and full extraction (in this process, and isolated in the parser
# worker as `hotfeed parse` runs by default), over a generated corpus.
# It prints figures; it never fails because a machine is slow.
cd "$(dirname "$0")/.." || exit 2
HOTFEED=${HOTFEED:-./hotfeed}
N=${BENCH_PAGES:-3000}
DIR=${BENCH_DIR:-build/bench/corpus-$N}

if [ ! -f "$DIR/.done" ]; then
	echo "generating $N pages in $DIR ..."
	rm -rf "$DIR"
	python3 tests/bench/gen.py "$DIR" "$N" || exit 2
	touch "$DIR/.done"
fi
set -- "$DIR"/p*.html
bytes=$(cat "$@" | wc -c)
echo "corpus: $# pages, $((bytes / 1024)) KiB, $(nproc 2>/dev/null || echo ?) CPUs"
echo
"$HOTFEED" parse --bench-stage=decode "$@"
"$HOTFEED" parse --bench-stage=gumbo "$@"
"$HOTFEED" parse --bench-stage=full --no-isolate "$@"
"$HOTFEED" parse --bench-stage=full "$@"
echo
echo "Each line times one stage alone: decode (bytes to UTF-8), gumbo (the HTML"
echo "parse of the decoded text), full (decode + gumbo + flatten + extraction, in"
echo "this process), full+iso (the same in a forked worker with CPU/memory limits,"
echo "as 'hotfeed parse' runs by default).  Flatten + extraction = full - decode - gumbo."
# Linearity: the same page with its body repeated k times; MB/s should stay flat.
python3 - "$DIR" <<'PY'
import sys, re, os
d = sys.argv[1]
src = open(os.path.join(d, "p00001.html"), "rb").read()
m = re.search(rb"(?is)<body[^>]*>", src)
head, body = (src[:m.end()], src[m.end():]) if m else (b"", src)
for k in (8, 32, 128):
    open(os.path.join(d, "lin%03d.html.x" % k), "wb").write(head + body * k)
PY
echo
echo "linearity (one page, its body repeated k times; MB/s should stay flat):"
for k in 008 032 128; do
	cp "$DIR/lin$k.html.x" "$DIR/lin$k.one.html"
	printf 'k=%s ' "$k"
	"$HOTFEED" parse --bench-stage=full --no-isolate "$DIR/lin$k.one.html" | sed 's/  */ /g'
	rm -f "$DIR/lin$k.one.html"
done
exit 0
