#!/bin/sh
# t_late_meta.sh — a <meta> charset past the standard's 1024-byte prescan:
# hotfeed obeys it where Chromium does (still inside <head>) and ignores it
# where Chromium does; each page is also opened in headless Chromium and
# the decoded text compared (parse/decode_sniff.c has the rule).
. "$(dirname "$0")/lib.sh"

python3 tests/decode/late_meta.py "$T" || exit 2

# the text of <p id=x> in UTF-8 as hotfeed decodes it, or as Chromium's DOM has it
para() { grep -o '<p id="\{0,1\}x"\{0,1\}>[^<]*' | sed 's/^<[^>]*>//'; }
chrome_dom() {
	timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$(mktemp -d "$T/chrome.XXXXXX")" --dump-dom "file://$1" 2>/dev/null
}
have_chrome=0
command -v chromium >/dev/null 2>&1 && have_chrome=1
check "chromium is installed (tests/deps.sh installs it)" test $have_chrome = 1

for want in "$T"/*.want; do
	name=$(basename "$want" .want)
	page=$T/$name.html
	$HOTFEED decode "$page" >"$T/$name.out" 2>"$T/$name.err"
	check_eq "$name: encoding and source" "$page: encoding=$(cat "$want") invalid=0" "$(cat "$T/$name.err")"
	if [ $have_chrome = 1 ]; then
		check_eq "$name: the same text as Chromium" "$(chrome_dom "$page" | para)" \
			"$(para <"$T/$name.out")"
	fi
done
