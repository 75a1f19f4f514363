#!/bin/sh
# Run every test: the Check unit binaries given as arguments, then every
# tests/t_*.sh script (TAP lines).  Prints a summary and "N passed, N failed";
# exits non-zero when anything failed.
cd "$(dirname "$0")/.." || exit 2
pass=0 fail=0 failed=""
for t in "$@"; do
	out=$(CK_FORK=yes "$t" 2>&1)
	rc=$?
	line=$(printf '%s\n' "$out" | grep -E '^[0-9]+%: Checks: ' | tail -n 1)
	n=$(printf '%s' "$line" | sed -n 's/.*Checks: \([0-9]*\).*/\1/p')
	f=$(printf '%s' "$line" | sed -n 's/.*Failures: \([0-9]*\), Errors: \([0-9]*\).*/\1 \2/p')
	nf=$(( ${f% *} + ${f#* } )) 2>/dev/null || nf=1
	[ -n "$n" ] || { n=1; nf=1; }
	if [ "$rc" -ne 0 ] || [ "$nf" -ne 0 ]; then
		printf '%s\n' "$out" | grep -vE ':P:' >&2
		failed="$failed $t"
		[ "$nf" -eq 0 ] && nf=1
	fi
	pass=$((pass + n - nf)); fail=$((fail + nf))
	echo "unit $(basename "$t"): $((n - nf))/$n"
done
for s in tests/t_*.sh; do
	[ -f "$s" ] || continue
	log=$(mktemp)
	sh "$s" >"$log" 2>&1
	rc=$?
	p=$(grep -c '^ok ' "$log")
	f=$(grep -c '^not ok ' "$log")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
		echo "not ok - $s exited $rc" >>"$log"
	fi
	if [ "$f" -ne 0 ]; then
		grep -v '^ok ' "$log" | tail -n 60 >&2
		failed="$failed $s"
	fi
	echo "script $(basename "$s"): $p/$((p + f))"
	pass=$((pass + p)); fail=$((fail + f))
	rm -f "$log"
done
[ -n "$failed" ] && echo "FAILED:$failed"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
