#!/bin/sh
# t_samples.sh — golden tests over samples/: `hotfeed parse --pretty` of every
# samples/<name>.html must equal samples/expected/<name>.json byte for byte
# (source.url is null: no --url is given); cases named <name>+<what> add the
# options listed in samples/args.tsv (--charset, --url).  Also: every page has an expected
# file and an index.tsv row, and the committed pages and expected files are
# what samples/mk.sh and samples/mkexpected.py generate.
. "$(dirname "$0")/lib.sh"

# The generated files in the tree are current.
mkdir "$T/regen"
cp -R samples/. "$T/regen/"
if (cd "$T/regen" && PYTHONDONTWRITEBYTECODE=1 sh ./mk.sh >/dev/null &&
    PYTHONDONTWRITEBYTECODE=1 python3 ./mkexpected.py) 2>"$T/regen.err"; then
	stale=""
	for f in samples/*.html samples/src/*.html samples/expected/*.json; do
		cmp -s "$f" "$T/regen/${f#samples/}" || stale="$stale ${f#samples/}"
	done
	for f in "$T"/regen/*.html "$T"/regen/expected/*.json; do
		rel=${f#"$T"/regen/}
		[ -f "samples/$rel" ] || stale="$stale $rel(missing)"
	done
	check_eq "samples/mk.sh and mkexpected.py reproduce the committed files" "" "$stale"
else
	not_ok "samples/mk.sh and mkexpected.py run"
	sed 's/^/#   /' "$T/regen.err"
fi

# Every page has an expected file; every expected file has a page.
missing=""
for page in samples/*.html; do
	name=$(basename "$page" .html)
	[ -f "samples/expected/$name.json" ] || missing="$missing $name"
done
for exp in samples/expected/*.json; do
	name=$(basename "$exp" .json)
	case $name in _*) continue ;; esac
	[ -f "samples/${name%%+*}.html" ] || missing="$missing ${name%%+*}.html"
done
check_eq "every sample page has its expected JSON and vice versa" "" "$missing"

# The golden comparison, one assertion per expected file.  <page>+<what> cases
# parse samples/<page>.html with the options samples/args.tsv gives them.
for exp in samples/expected/*.json; do
	name=$(basename "$exp" .json)
	case $name in _*) continue ;; esac
	page="samples/${name%%+*}.html"
	[ -f "$page" ] || continue
	opts=$(awk -F '\t' -v n="$name" '$1 == n { print $2 }' samples/args.tsv)
	# shellcheck disable=SC2086 # opts is a list of options
	$HOTFEED parse --pretty $opts "$page" >"$T/$name.json" 2>"$T/$name.err"
	rc=$?
	if [ "$rc" -ne 0 ]; then
		not_ok "parse $name (exit $rc)"
		sed 's/^/#   /' "$T/$name.err" | head -n 5
		continue
	fi
	check_files "parse $name${opts:+ ($opts)}" "$exp" "$T/$name.json"
done
