#!/bin/sh
# samples/mk.sh — regenerate the sample pages from the UTF-8 masters in src/.
#   1. src/mkmasters.py writes the seed masters src/<seed>.<style>.html
#      (the other masters in src/ are written by hand);
#   2. jenc.py encodes each variant below, fills in its <meta> charset label,
#      and aborts unless the bytes decode back to exactly the master's text.
# The generated pages are committed: tests read them directly.
# Usage: sh samples/mk.sh     (needs python3 and iconv)
set -eu
export PYTHONDONTWRITEBYTECODE=1
cd "$(dirname "$0")"
python3 src/mkmasters.py

# name | master | bytes written as | <meta> label ("-": no <meta> at all) | extra jenc args
while IFS='|' read -r name master enc label extra; do
	case $name in ''|'#'*) continue ;; esac
	if [ "$label" = "-" ]; then meta=--no-meta; else meta="--meta $label"; fi
	# shellcheck disable=SC2086 # $meta and $extra are word lists on purpose
	eval "python3 jenc.py '$enc' 'src/$master' '$name.html' $meta $extra"
done <<'TABLE'
# the two seeds in three styles, each in Shift_JIS, EUC-JP and UTF-8
ms05-039.a.sjis|ms05-039.a.html|Shift_JIS|Shift_JIS|
ms05-039.a.eucjp|ms05-039.a.html|EUC-JP|EUC-JP|
ms05-039.a.utf8|ms05-039.a.html|UTF-8|UTF-8|
ms05-039.b.sjis|ms05-039.b.html|Shift_JIS|x-sjis|
ms05-039.b.eucjp|ms05-039.b.html|EUC-JP|x-euc-jp|
ms05-039.b.utf8|ms05-039.b.html|UTF-8|utf-8|
ms05-039.c.sjis|ms05-039.c.html|Shift_JIS|shift_jis|
ms05-039.c.eucjp|ms05-039.c.html|EUC-JP|euc-jp|
ms05-039.c.utf8|ms05-039.c.html|UTF-8|utf-8|
ms06-007.a.sjis|ms06-007.a.html|Shift_JIS|Windows-31J|
ms06-007.a.eucjp|ms06-007.a.html|EUC-JP|EUC-JP|
ms06-007.a.utf8|ms06-007.a.html|UTF-8|UTF-8|
ms06-007.b.sjis|ms06-007.b.html|Shift_JIS|Shift_JIS|
ms06-007.b.eucjp|ms06-007.b.html|EUC-JP|EUC-JP|
ms06-007.b.utf8|ms06-007.b.html|UTF-8|UTF-8|
ms06-007.c.sjis|ms06-007.c.html|Shift_JIS|shift_jis|
ms06-007.c.eucjp|ms06-007.c.html|EUC-JP|euc-jp|
ms06-007.c.utf8|ms06-007.c.html|UTF-8|utf-8|
# special encodings and labels
ms05-039.b.iso2022jp|ms05-039.b.html|ISO-2022-JP|iso-2022-jp|
notice-2005-10.iso2022jp|notice-2005-10.html|ISO-2022-JP|ISO-2022-JP|--iso-kana --iso-jis78
ms06-007.a.mislabel|ms06-007.a.html|Shift_JIS|EUC-JP|
ms05-039.c.nometa|ms05-039.c.html|EUC-JP|-|
# variations of content
ms06-007.a.reboot|ms06-007.a.html|Shift_JIS|Shift_JIS|--sub '<b>再起動の必要性</b></font></td>\n<td bgcolor="#FFFFFF"><font size="2">必要</font>' '<b>再起動の必要性</b></font></td>\n<td bgcolor="#FFFFFF"><font size="2">必要(アプリケーションがすべて終了している場合は不要)</font>'
ms05-039.a.invalid|ms05-039.a.html|Shift_JIS|Shift_JIS|--sub 'Digital Advantage Corp.<br>' 'Digital Advantage Corp.@BAD@<br>' --inject @BAD@ '8241 81fd a0' --append 93
# other ways of marking the selected option (and targets that are not both selected)
ms06-007.b.arrow|ms06-007.b.html|Shift_JIS|Shift_JIS|--sub '○1(緊急)<BR>\n●2(重要)<BR>\n○3(警告)<BR>\n○4(注意)' '&nbsp;&nbsp;1(緊急)<BR>\n→2(重要)<BR>\n&nbsp;&nbsp;3(警告)<BR>\n&nbsp;&nbsp;4(注意)' --sub '●サーバ<BR>\n●クライアント' '→サーバ<BR>\n&nbsp;&nbsp;クライアント'
ms05-039.c.emph|ms05-039.c.html|Shift_JIS|Shift_JIS|--sub '<td width="14"><img src="/img/sel.gif" width="12" height="12"></td><td>1(緊急)</td>' '<td width="14">&nbsp;</td><td><b>1(緊急)</b></td>' --sub '<strong>サーバ</strong><br>' 'サーバ<br>'
ms06-007.c.altimg|ms06-007.c.html|UTF-8|UTF-8|--sub '<img src="/img/sel.gif" width="12" height="12">' '<img src="/img/sel.gif" width="12" height="12" alt="選択">'
ms04-026.b.sjis|ms04-026.b.html|Shift_JIS|Shift_JIS|
notice-2005-10.sjis|notice-2005-10.html|Shift_JIS|Shift_JIS|
glossary-gdr-qfe.eucjp|glossary-gdr-qfe.html|EUC-JP|EUC-JP|
# period layouts, page kinds and headers (issue 8): one encoding per page
# about content; the pages about markup in Shift_JIS, EUC-JP and UTF-8
ms03-047.idblock.sjis|ms03-047.idblock.html|Shift_JIS|Shift_JIS|
ms03-047.cut.sjis|ms03-047.idblock.html|Shift_JIS|Shift_JIS|--cut-after '<TR><TD>Exchange 2000 Server<TD>Exchange 2000 Ser'
ms05-039.a.cut.eucjp|ms05-039.a.html|EUC-JP|EUC-JP|--cut-after '4(注意)</font></td>\n</tr>\n<tr>\n<td bgcolor="#DDE4F0" width="80"><font size="2"><b>攻撃コード'
ms04-011.nosev.eucjp|ms04-011.nosev.html|EUC-JP|EUC-JP|
briefings-alert-ms04-028.utf8|briefings-alert-ms04-028.html|UTF-8|UTF-8|
briefings-2004-09-10.sjis|briefings-2004-09-10.html|Shift_JIS|Shift_JIS|
tips-ue61-backup.eucjp|tips-ue61-backup.html|EUC-JP|EUC-JP|
glossary-stealth-scan.utf8|glossary-stealth-scan.html|UTF-8|UTF-8|
notice-2003-ms03-045.sjis|notice-2003-ms03-045.html|Shift_JIS|Shift_JIS|
ms05-041.twocol.sjis|ms05-041.twocol.html|Shift_JIS|Shift_JIS|
ms05-041.twocol.eucjp|ms05-041.twocol.html|EUC-JP|EUC-JP|
ms05-041.twocol.utf8|ms05-041.twocol.html|UTF-8|UTF-8|
ms05-043.dl.sjis|ms05-043.dl.html|Shift_JIS|Shift_JIS|
ms05-043.dl.eucjp|ms05-043.dl.html|EUC-JP|EUC-JP|
ms05-043.dl.utf8|ms05-043.dl.html|UTF-8|UTF-8|
ms05-040.mixedcase.sjis|ms05-040.mixedcase.html|Shift_JIS|Shift_JIS|
ms05-040.mixedcase.eucjp|ms05-040.mixedcase.html|EUC-JP|EUC-JP|
ms05-040.mixedcase.utf8|ms05-040.mixedcase.html|UTF-8|UTF-8|
TABLE
echo "mk.sh: pages written and verified"
