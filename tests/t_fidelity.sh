#!/bin/sh
# t_fidelity.sh — tests/fidelity.sh (make fidelity): one block per page
# with the fields extracted and the diagnostics, exactly as pinned here for
# two pages; every sample parses and gets its block.
. "$(dirname "$0")/lib.sh"

HOTFEED=$HOTFEED sh tests/fidelity.sh samples/ms04-026.b.sjis.html \
	tests/fixtures/diag/ms05-039.cut.sjis.html >"$T/two.out" 2>&1
check_eq "two pages: exit 0" 0 $?
cat >"$T/two.want" <<'OUT'
samples/ms04-026.b.sjis.html
  alert MS04-026  kb 842436  severity 3 警告  targets server  (Shift_JIS, meta, 0 invalid)
  title Exchange Server 5.5のOutlook Web Accessの脆…
  registered 2004-07-14  updated -  edition 2004-07-14
  summary Exchange Server …  overview -
  affected 1  downloads 1  packages 0 (files 0)  workarounds 0  notes 0
  references 2  verification 0  deploy_time 0  tested_platforms 0
  warning id-typo: MS04-26 normalized to MS04-026
  warning no-overview: 概要: no such section
  note no-updated: 更新日: none on the page

tests/fixtures/diag/ms05-039.cut.sjis.html
  alert MS05-039  kb 899588  severity 1 緊急  targets server,client  (Shift_JIS, meta, 0 invalid)
  title プラグ・アンド・プレイ・サービスの未チェック・バッファの脆弱性により、リモートで…
  registered 2005-08-10  updated 2005-08-11  edition 2005-08-11
  summary Windows 2000/XP/…  overview プラグ・アンド・プレイ・サービス…
  affected 3  downloads 0  packages 0 (files 0)  workarounds 0  notes 1
  references 3  verification 0  deploy_time 0  tested_platforms 3
  error truncated: the page ends early: no footer, and neither </body> nor </html>

OUT
check_files "two pages: exact blocks" "$T/two.want" "$T/two.out"

HOTFEED=$HOTFEED sh tests/fidelity.sh >"$T/all.out" 2>&1
check_eq "every sample: exit 0" 0 $?
check_eq "... one block per sample" "$(ls samples/*.html | wc -l | tr -d ' ')" \
	"$(grep -c '^samples/.*\.html$' "$T/all.out")"
# the pages cut off on purpose (samples/README.md) have errors, no other
check_eq "... only the pages cut off on purpose have error-level diagnostics" \
	"samples/ms03-047.cut.sjis.html samples/ms04-011.nosev.cut.eucjp.html samples/ms05-039.a.cut.eucjp.html samples/ms05-043.h2dl.cut.sjis.html samples/trunc-ms05-012.cut.sjis.html" \
	"$(awk '/^samples\/.*\.html$/ { page = $0 } /^  error / { print page }' "$T/all.out" | sort -u | tr '\n' ' ' | sed 's/ $//')"
check_eq "... the clean ms05-039 page says so" "  diagnostics: none" \
	"$(sed -n '/^samples\/ms05-039.a.sjis.html$/,/^$/p' "$T/all.out" | grep diagnostics)"

HOTFEED=$HOTFEED sh tests/fidelity.sh "$T/missing.html" >"$T/missing.out" 2>&1
check_eq "a page that cannot be read: exit 1, named" "1 $T/missing.html" \
	"$? $(head -n 1 "$T/missing.out")"
