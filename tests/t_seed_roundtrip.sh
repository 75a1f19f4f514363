#!/bin/sh
# t_seed_roundtrip.sh — each seed bulletin's text (samples/seeds/*.txt, as
# extracted from the original pages with a JIS-style decoder), re-encoded in
# Shift_JIS, EUC-JP, ISO-2022-JP and UTF-8, must come back from
# `hotfeed decode --charset X` as exactly the seed's characters, except for
# the six JIS-style symbols, which a browser shows as their Microsoft forms:
# U+2212/U+FF0D U+301C/U+FF5E U+2016/U+2225 U+00A2/U+FFE0 U+00A3/U+FFE1
# U+00AC/U+FFE2.  Encoders are independent of hotfeed: glibc's EUC-JP and
# ISO-2022-JP take the JIS-style symbols of the seed as they are (same bytes);
# Shift_JIS goes through CP932 after the six symbols are mapped (glibc's
# SHIFT_JIS would turn every backslash into a yen sign).
. "$(dirname "$0")/lib.sh"

# browser_text FILE: the seed with the six symbols as a browser shows them
browser_text() {
	python3 -c '
import sys
t = open(sys.argv[1], encoding="utf-8").read()
sys.stdout.write(t.translate(str.maketrans(
    "\u2212\u301c\u2016\u00a2\u00a3\u00ac", "\uff0d\uff5e\u2225\uffe0\uffe1\uffe2")))' "$1"
}

for seed in samples/seeds/*.txt; do
	name=$(basename "$seed" .txt)
	browser_text "$seed" >"$T/$name.want"
	cmp -s "$seed" "$T/$name.want" && not_ok "$name: the seed has JIS-style symbols to map"
	# label | WHATWG name | how to make the bytes
	while IFS='|' read -r label enc how; do
		case $how in
		utf8) cp "$T/$name.want" "$T/$name.$label" ;;
		cp932) iconv -f UTF-8 -t CP932 <"$T/$name.want" >"$T/$name.$label" ;;
		*) iconv -f UTF-8 -t "$how" <"$seed" >"$T/$name.$label" ;;
		esac || { not_ok "$name: encode as $enc"; continue; }
		$HOTFEED decode --charset "$label" "$T/$name.$label" >"$T/$name.$label.out" 2>"$T/$name.$label.err"
		rc=$?
		check_eq "$name as $enc: hotfeed decode exits 0" 0 "$rc"
		check_files "$name as $enc: decoded text is the seed's (up to the six symbols)" \
			"$T/$name.want" "$T/$name.$label.out"
		case $(cat "$T/$name.$label.err") in
		*"encoding=$enc source=transport invalid=0"*) ok "$name as $enc: report line" ;;
		*) not_ok "$name as $enc: report line"; sed 's/^/#   /' "$T/$name.$label.err" ;;
		esac
	done <<'TABLE'
shift_jis|Shift_JIS|cp932
euc-jp|EUC-JP|EUC-JP
iso-2022-jp|ISO-2022-JP|ISO-2022-JP
utf-8|UTF-8|utf8
TABLE
done
