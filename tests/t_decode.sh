#!/bin/sh
# t_decode.sh — `hotfeed decode`: exact UTF-8 on stdout, the one-line
# report on stderr, exit statuses, for small generated pages.
. "$(dirname "$0")/lib.sh"

# run_decode NAME ARGS...: stdout to $T/NAME.out, stderr to $T/NAME.err, status to $rc
run_decode() {
	name=$1; shift
	$HOTFEED decode "$@" >"$T/$name.out" 2>"$T/$name.err"
	rc=$?
}

# hexf FORMAT: printf FORMAT, with \xHH escapes (which dash lacks) made octal
hexf() {
	s=$1 out=
	while :; do
		case $s in *'\x'*) ;; *) break ;; esac
		pre=${s%%\\x*} rest=${s#*\\x}
		out="$out$pre$(printf '\\%03o' "0x$(printf %.2s "$rest")")"
		s=${rest#??}
	done
	printf "$out$s"
}

# decode_case "what" INPUT-PRINTF EXPECTED-STDOUT-PRINTF EXPECTED-STDERR [ARGS...]
decode_case() {
	what=$1 in=$2 want=$3 line=$4; shift 4
	hexf "$in" >"$T/page.html"
	hexf "$want" >"$T/want.out"
	run_decode got "$@" "$T/page.html"
	check_eq "$what: exit status" 0 "$rc"
	check_files "$what: stdout" "$T/want.out" "$T/got.out"
	check_eq "$what: stderr" "$T/page.html: $line" "$(cat "$T/got.err")"
}

decode_case "Shift_JIS by meta, 0x5C stays a backslash" \
	'<meta charset="Shift_JIS">\x95\x5c %%SystemRoot%%\\system32\\ \x81\x60\x81\x7c' \
	'<meta charset="Shift_JIS">\xe8\xa1\xa8 %%SystemRoot%%\\system32\\ \xef\xbd\x9e\xef\xbc\x8d' \
	'encoding=Shift_JIS source=meta invalid=0'

decode_case "EUC-JP detected, kana and JIS X 0212" \
	'<p>\xa4\xa2\x8e\xb1\x8f\xb0\xa1\xad\xa1</p>' \
	'<p>\xe3\x81\x82\xef\xbd\xb1\xe4\xb8\x82\xe2\x91\xa0</p>' \
	'encoding=EUC-JP source=detected invalid=0'

decode_case "ISO-2022-JP detected" \
	'\x1b$B0!\x1b(B \x1b(J\\\x1b(B' \
	'\xe4\xba\x9c \xc2\xa5' \
	'encoding=ISO-2022-JP source=detected invalid=0'

decode_case "UTF-8 BOM beats the transport charset and is not output" \
	'\xef\xbb\xbf\xe6\x97\xa5' '\xe6\x97\xa5' \
	'encoding=UTF-8 source=bom invalid=0' --charset euc-jp

decode_case "transport charset obeyed, errors counted" \
	'\x82\xa0\x82A\x82' '\xe3\x81\x82\xef\xbf\xbdA\xef\xbf\xbd' \
	'encoding=Shift_JIS source=transport invalid=2' --charset ' SJIS '

decode_case "latin1 transport yields to a clean Japanese meta" \
	'<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">\xc6\xfc' \
	'<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">\xe6\x97\xa5' \
	'encoding=EUC-JP source=override invalid=0; warning: transport encoding windows-1252 ("latin1") yields to EUC-JP (meta), which decodes without errors' \
	--charset latin1

decode_case "a wrong meta yields to a clean decoder" \
	'<meta charset=euc-jp>\x93\xfa\x96\x7b' \
	'<meta charset=euc-jp>\xe6\x97\xa5\xe6\x9c\xac' \
	'encoding=Shift_JIS source=override invalid=0; warning: declared encoding EUC-JP (meta) produced 2 invalid sequences; decoded as Shift_JIS instead'

decode_case "an empty page takes --default" '' '' \
	'encoding=EUC-JP source=default invalid=0' --default x-euc-jp

decode_case "an unsupported transport label is reported" 'abc' 'abc' \
	'encoding=UTF-8 source=detected invalid=0; warning: transport charset "gb2312" names an encoding hotfeed does not decode; ignored' \
	--charset gb2312

# errors
run_decode missing "$T/no-such.html"
check_eq "missing file: exit 2" 2 "$rc"
check "missing file: named on stderr" grep -q "no-such.html: No such file" "$T/missing.err"

head -c 1025 /dev/zero >"$T/big.html"
run_decode big --max-bytes 1024 "$T/big.html"
check_eq "too large: exit 2" 2 "$rc"
check_eq "too large: message" "$T/big.html: page is larger than 1024 bytes" "$(cat "$T/big.err")"
run_decode big2 --max-bytes 1025 "$T/big.html"
check_eq "exactly the limit is fine" 0 "$rc"

for bad in -1 0 1023 1073741825 12x " 2048" +2048 99999999999999999999; do
	run_decode badmax --max-bytes "$bad" "$T/big.html"
	check_eq "--max-bytes \"$bad\": a usage error" "2 hotfeed decode: --max-bytes: \"$bad\" is not a number in 1024..1073741824" \
		"$rc $(head -n 1 "$T/badmax.err")"
done

run_decode badopt --frobnicate "$T/big.html"
check_eq "unknown option: exit 2" 2 "$rc"
check "unknown option: named" grep -q -- "--frobnicate" "$T/badopt.err"
run_decode nofile
check_eq "no FILE: exit 2" 2 "$rc"
run_decode baddefault --default cp932 "$T/big.html"
check_eq "--default needs a real label" 2 "$rc"
run_decode help --help
check_eq "--help: exit 0" 0 "$rc"
check "--help: usage on stdout" grep -q "^usage: hotfeed decode" "$T/help.out"
