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
# page furniture (gauge legend and labels, menus, breadcrumb, banner, footer, nav classes): the model is the seed's
ms05-039.a.legend.sjis|ms05-039.a.html|Shift_JIS|Shift_JIS|--sub '<tr><td colspan="3"><font size="1"><a href="../help/urgency.html">危険性</a>&nbsp;脆弱性による危険性を示す。「緊急適用」の場合、すでに攻撃コードが公開されているなど、脆弱性を悪用した攻撃が開始される可能性がある。「SP待ち」の場合、現時点では危険性がそれほど高くないため、サービスパックに反映されるまで待つことが可能であることを示す。</font></td></tr>\n' '' --sub '<p><font size="2">&nbsp;Windows 2000/XP/Server 2003のプラグ' '<p><font size="1">脆弱性による危険性を示す。「緊急適用」の場合、すでに攻撃コードが公開されているなど、脆弱性を悪用した攻撃が開始される可能性がある。「SP待ち」の場合、現時点では危険性がそれほど高くないため、サービスパックに反映されるまで待つことが可能であることを示す。</font></p>\n<p><font size="2">&nbsp;Windows 2000/XP/Server 2003のプラグ'
ms05-039.a.legend.eucjp|ms05-039.a.html|EUC-JP|EUC-JP|--sub '<tr><td colspan="3"><font size="1"><a href="../help/urgency.html">危険性</a>&nbsp;脆弱性による危険性を示す。「緊急適用」の場合、すでに攻撃コードが公開されているなど、脆弱性を悪用した攻撃が開始される可能性がある。「SP待ち」の場合、現時点では危険性がそれほど高くないため、サービスパックに反映されるまで待つことが可能であることを示す。</font></td></tr>\n' '' --sub '<p><font size="2">&nbsp;Windows 2000/XP/Server 2003のプラグ' '<p><font size="1">脆弱性による危険性を示す。「緊急適用」の場合、すでに攻撃コードが公開されているなど、脆弱性を悪用した攻撃が開始される可能性がある。「SP待ち」の場合、現時点では危険性がそれほど高くないため、サービスパックに反映されるまで待つことが可能であることを示す。</font></p>\n<p><font size="2">&nbsp;Windows 2000/XP/Server 2003のプラグ'
ms05-039.a.legend.utf8|ms05-039.a.html|UTF-8|UTF-8|--sub '<tr><td colspan="3"><font size="1"><a href="../help/urgency.html">危険性</a>&nbsp;脆弱性による危険性を示す。「緊急適用」の場合、すでに攻撃コードが公開されているなど、脆弱性を悪用した攻撃が開始される可能性がある。「SP待ち」の場合、現時点では危険性がそれほど高くないため、サービスパックに反映されるまで待つことが可能であることを示す。</font></td></tr>\n' '' --sub '<p><font size="2">&nbsp;Windows 2000/XP/Server 2003のプラグ' '<p><font size="1">脆弱性による危険性を示す。「緊急適用」の場合、すでに攻撃コードが公開されているなど、脆弱性を悪用した攻撃が開始される可能性がある。「SP待ち」の場合、現時点では危険性がそれほど高くないため、サービスパックに反映されるまで待つことが可能であることを示す。</font></p>\n<p><font size="2">&nbsp;Windows 2000/XP/Server 2003のプラグ'
ms05-039.b.labels.sjis|ms05-039.b.html|Shift_JIS|Shift_JIS|--sub '<TR>\n<TD ALIGN=CENTER BGCOLOR="#EEEEEE"><FONT SIZE=1>SP待ち</FONT>\n<TD ALIGN=CENTER BGCOLOR="#EEEEEE"><FONT SIZE=1>早期適用</FONT>\n<TD ALIGN=CENTER BGCOLOR="#FF9900"><FONT SIZE=1>緊急適用</FONT>\n</TABLE>' '</TABLE>\n<P><FONT SIZE=1>SP待ち&nbsp;&nbsp;早期適用&nbsp;&nbsp;<B>緊急適用</B></FONT>'
ms05-039.b.labels.eucjp|ms05-039.b.html|EUC-JP|EUC-JP|--sub '<TR>\n<TD ALIGN=CENTER BGCOLOR="#EEEEEE"><FONT SIZE=1>SP待ち</FONT>\n<TD ALIGN=CENTER BGCOLOR="#EEEEEE"><FONT SIZE=1>早期適用</FONT>\n<TD ALIGN=CENTER BGCOLOR="#FF9900"><FONT SIZE=1>緊急適用</FONT>\n</TABLE>' '</TABLE>\n<P><FONT SIZE=1>SP待ち&nbsp;&nbsp;早期適用&nbsp;&nbsp;<B>緊急適用</B></FONT>'
ms05-039.b.labels.utf8|ms05-039.b.html|UTF-8|UTF-8|--sub '<TR>\n<TD ALIGN=CENTER BGCOLOR="#EEEEEE"><FONT SIZE=1>SP待ち</FONT>\n<TD ALIGN=CENTER BGCOLOR="#EEEEEE"><FONT SIZE=1>早期適用</FONT>\n<TD ALIGN=CENTER BGCOLOR="#FF9900"><FONT SIZE=1>緊急適用</FONT>\n</TABLE>' '</TABLE>\n<P><FONT SIZE=1>SP待ち&nbsp;&nbsp;早期適用&nbsp;&nbsp;<B>緊急適用</B></FONT>'
ms06-007.a.linkmenu.sjis|ms06-007.a.html|Shift_JIS|Shift_JIS|--sub '<td width="200" valign="top">\n<table width="200"' '<td width="120" valign="top" bgcolor="#EEEEEE"><font size="2"><a href="../index.html">トップページ</a><br>\n<a href="../alert/">セキュリティ情報</a><br>\n<a href="../notice/">不具合情報</a><br>\n<a href="../tips/">UpdateEXPERT TIPS</a><br>\n<a href="../glossary/">セキュリティ用語</a><br>\n<a href="../backnumber.html">バックナンバー</a></font></td>\n<td width="200" valign="top">\n<table width="200"'
ms06-007.a.linkmenu.eucjp|ms06-007.a.html|EUC-JP|EUC-JP|--sub '<td width="200" valign="top">\n<table width="200"' '<td width="120" valign="top" bgcolor="#EEEEEE"><font size="2"><a href="../index.html">トップページ</a><br>\n<a href="../alert/">セキュリティ情報</a><br>\n<a href="../notice/">不具合情報</a><br>\n<a href="../tips/">UpdateEXPERT TIPS</a><br>\n<a href="../glossary/">セキュリティ用語</a><br>\n<a href="../backnumber.html">バックナンバー</a></font></td>\n<td width="200" valign="top">\n<table width="200"'
ms06-007.a.linkmenu.utf8|ms06-007.a.html|UTF-8|UTF-8|--sub '<td width="200" valign="top">\n<table width="200"' '<td width="120" valign="top" bgcolor="#EEEEEE"><font size="2"><a href="../index.html">トップページ</a><br>\n<a href="../alert/">セキュリティ情報</a><br>\n<a href="../notice/">不具合情報</a><br>\n<a href="../tips/">UpdateEXPERT TIPS</a><br>\n<a href="../glossary/">セキュリティ用語</a><br>\n<a href="../backnumber.html">バックナンバー</a></font></td>\n<td width="200" valign="top">\n<table width="200"'
ms06-007.a.textmenu.sjis|ms06-007.a.html|Shift_JIS|Shift_JIS|--sub '<td width="200" valign="top">\n<table width="200"' '<td width="120" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#336699"><font size="2" color="#FFFFFF"><b>このページの内容</b></font></td></tr></table>\n<div><font size="2">概要</font></div>\n<div><font size="2">対策</font></div>\n<div><font size="2">対象プラットフォーム</font></div>\n<div><font size="2">修正プログラム</font></div>\n<div><font size="2">参考情報</font></div></td>\n<td width="200" valign="top">\n<table width="200"'
ms06-007.a.textmenu.eucjp|ms06-007.a.html|EUC-JP|EUC-JP|--sub '<td width="200" valign="top">\n<table width="200"' '<td width="120" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#336699"><font size="2" color="#FFFFFF"><b>このページの内容</b></font></td></tr></table>\n<div><font size="2">概要</font></div>\n<div><font size="2">対策</font></div>\n<div><font size="2">対象プラットフォーム</font></div>\n<div><font size="2">修正プログラム</font></div>\n<div><font size="2">参考情報</font></div></td>\n<td width="200" valign="top">\n<table width="200"'
ms06-007.a.textmenu.utf8|ms06-007.a.html|UTF-8|UTF-8|--sub '<td width="200" valign="top">\n<table width="200"' '<td width="120" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#336699"><font size="2" color="#FFFFFF"><b>このページの内容</b></font></td></tr></table>\n<div><font size="2">概要</font></div>\n<div><font size="2">対策</font></div>\n<div><font size="2">対象プラットフォーム</font></div>\n<div><font size="2">修正プログラム</font></div>\n<div><font size="2">参考情報</font></div></td>\n<td width="200" valign="top">\n<table width="200"'
notice-2005-10.rmenu.sjis|notice-2005-10.html|Shift_JIS|Shift_JIS|--sub '<p><font color="#993333"><b>‥‥‥ 報告された不具合 ‥‥‥</b></font></p>' '<table width="760" border="0" cellspacing="0" cellpadding="0"><tr><td valign="top">\n<p><font color="#993333"><b>‥‥‥ 報告された不具合 ‥‥‥</b></font></p>' --sub '<hr>\n<font size="1">Copyright' '</td>\n<td width="150" valign="top" bgcolor="#EEEEEE"><font size="2"><b>バックナンバー</b><br>\n<a href="../notice/2005-09.html">2005年9月</a><br>\n<a href="../notice/2005-08.html">2005年8月</a><br>\n<a href="../notice/2005-07.html">2005年7月</a></font></td></tr></table>\n<hr>\n<font size="1">Copyright'
notice-2005-10.rmenu.eucjp|notice-2005-10.html|EUC-JP|EUC-JP|--sub '<p><font color="#993333"><b>‥‥‥ 報告された不具合 ‥‥‥</b></font></p>' '<table width="760" border="0" cellspacing="0" cellpadding="0"><tr><td valign="top">\n<p><font color="#993333"><b>‥‥‥ 報告された不具合 ‥‥‥</b></font></p>' --sub '<hr>\n<font size="1">Copyright' '</td>\n<td width="150" valign="top" bgcolor="#EEEEEE"><font size="2"><b>バックナンバー</b><br>\n<a href="../notice/2005-09.html">2005年9月</a><br>\n<a href="../notice/2005-08.html">2005年8月</a><br>\n<a href="../notice/2005-07.html">2005年7月</a></font></td></tr></table>\n<hr>\n<font size="1">Copyright'
notice-2005-10.rmenu.utf8|notice-2005-10.html|UTF-8|UTF-8|--sub '<p><font color="#993333"><b>‥‥‥ 報告された不具合 ‥‥‥</b></font></p>' '<table width="760" border="0" cellspacing="0" cellpadding="0"><tr><td valign="top">\n<p><font color="#993333"><b>‥‥‥ 報告された不具合 ‥‥‥</b></font></p>' --sub '<hr>\n<font size="1">Copyright' '</td>\n<td width="150" valign="top" bgcolor="#EEEEEE"><font size="2"><b>バックナンバー</b><br>\n<a href="../notice/2005-09.html">2005年9月</a><br>\n<a href="../notice/2005-08.html">2005年8月</a><br>\n<a href="../notice/2005-07.html">2005年7月</a></font></td></tr></table>\n<hr>\n<font size="1">Copyright'
ms05-039.c.crumbs.sjis|ms05-039.c.html|Shift_JIS|Shift_JIS|--sub '<div id="container">\n' '<div id="container">\n<div><a href="/"><img src="/img/banner.gif" width="468" height="60" alt="HotFix Report"></a></div>\n<div><a href="/alert/">セキュリティ情報</a> &gt; <a href="/alert/2005/">2005年</a> &gt; MS05-039</div>\n'
ms05-039.c.crumbs.eucjp|ms05-039.c.html|EUC-JP|EUC-JP|--sub '<div id="container">\n' '<div id="container">\n<div><a href="/"><img src="/img/banner.gif" width="468" height="60" alt="HotFix Report"></a></div>\n<div><a href="/alert/">セキュリティ情報</a> &gt; <a href="/alert/2005/">2005年</a> &gt; MS05-039</div>\n'
ms05-039.c.crumbs.utf8|ms05-039.c.html|UTF-8|UTF-8|--sub '<div id="container">\n' '<div id="container">\n<div><a href="/"><img src="/img/banner.gif" width="468" height="60" alt="HotFix Report"></a></div>\n<div><a href="/alert/">セキュリティ情報</a> &gt; <a href="/alert/2005/">2005年</a> &gt; MS05-039</div>\n'
notice-2005-10.footer.sjis|notice-2005-10.html|Shift_JIS|Shift_JIS|--sub '<hr>\n<font size="1">Copyright (C) Digital Advantage Corp.</font>' '<p align="right"><font size="2"><a href="#top">ページの先頭へ</a></font></p>\n<p><font size="1">記事の無断転載を禁じます。(C) 2005 Digital Advantage Corp. All Rights Reserved.</font></p>'
notice-2005-10.footer.eucjp|notice-2005-10.html|EUC-JP|EUC-JP|--sub '<hr>\n<font size="1">Copyright (C) Digital Advantage Corp.</font>' '<p align="right"><font size="2"><a href="#top">ページの先頭へ</a></font></p>\n<p><font size="1">記事の無断転載を禁じます。(C) 2005 Digital Advantage Corp. All Rights Reserved.</font></p>'
notice-2005-10.footer.utf8|notice-2005-10.html|UTF-8|UTF-8|--sub '<hr>\n<font size="1">Copyright (C) Digital Advantage Corp.</font>' '<p align="right"><font size="2"><a href="#top">ページの先頭へ</a></font></p>\n<p><font size="1">記事の無断転載を禁じます。(C) 2005 Digital Advantage Corp. All Rights Reserved.</font></p>'
ms06-007.c.navclass.sjis|ms06-007.c.html|Shift_JIS|Shift_JIS|--sub '<div id="container">\n' '<div id="container">\n<div id="menu"><p>概要</p><p>対策</p><p>参考情報</p></div>\n' --sub '<div class="lead">' '<div class="subnav">概要 | 対象プラットフォーム | DA Labのコメント | 参考情報</div>\n<div class="lead">'
ms06-007.c.navclass.eucjp|ms06-007.c.html|EUC-JP|EUC-JP|--sub '<div id="container">\n' '<div id="container">\n<div id="menu"><p>概要</p><p>対策</p><p>参考情報</p></div>\n' --sub '<div class="lead">' '<div class="subnav">概要 | 対象プラットフォーム | DA Labのコメント | 参考情報</div>\n<div class="lead">'
ms06-007.c.navclass.utf8|ms06-007.c.html|UTF-8|UTF-8|--sub '<div id="container">\n' '<div id="container">\n<div id="menu"><p>概要</p><p>対策</p><p>参考情報</p></div>\n' --sub '<div class="lead">' '<div class="subnav">概要 | 対象プラットフォーム | DA Labのコメント | 参考情報</div>\n<div class="lead">'
TABLE
echo "mk.sh: pages written and verified"
