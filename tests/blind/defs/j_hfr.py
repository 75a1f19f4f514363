# Class hfr: the seeds' own site in other years (2003, 2004, 2006), as the
# bulletin text suggests it was laid out: edition line, 【登録日】/【更新日】,
# a severity block of four levels, 対象環境 with two markers.

page("hfr_2004_ms04-022_imgs", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>HotFix Report - HotFix Alert</title>
</head>
<body>
<table width="100%" cellspacing="0" cellpadding="0"><tr><td>
<font size="2">このページは、HotFix Reportで配信されたセキュリティ情報のバックナンバーです。「更新日」に明記された時点での情報ですのでご注意ください。</font>
</td></tr></table>
<table width="700" border="0"><tr>
<td><a href="/">トップページ</a> <a href="/service.html">サービスの詳細</a> <a href="/alert/">セキュリティ情報</a> <a href="/order.html">購読の申し込み</a></td>
</tr></table>
<table width="700" border="0" cellspacing="0" cellpadding="2">
<tr><td colspan="2"><b>HotFix Alert:</b><br>2004/07/14版</td></tr>
<tr><td>【登録日】2004/07/14<br>【更新日】2004/07/16</td><td><a href="/bbs/">HFR BBS会議室</a></td></tr>
</table>
<table width="700" border="1" cellspacing="0" cellpadding="2">
<tr><td width="120">深刻度</td>
<td><img src="/img/sev_on.gif" width="12" height="12"> 1(緊急)<br>
<img src="/img/sev_off.gif" width="12" height="12"> 2(重要)<br>
<img src="/img/sev_off.gif" width="12" height="12"> 3(警告)<br>
<img src="/img/sev_off.gif" width="12" height="12"> 4(注意)</td>
<td width="120">攻撃コードの有無</td><td>なし</td></tr>
<tr><td>対策</td><td>至急適用</td><td>再起動の必要性</td><td>必要</td></tr>
<tr><td>アンインストール</td><td>可</td><td>対象環境</td>
<td><img src="/img/tgt_on.gif" width="12" height="12"> サーバ<br>
<img src="/img/tgt_on.gif" width="12" height="12"> クライアント</td></tr>
<tr><td>セキュリティ情報</td><td colspan="3"><a href="http://www.microsoft.com/japan/technet/security/bulletin/MS04-022.asp">MS04-022(日本)</a> <a href="http://www.microsoft.com/technet/security/bulletin/MS04-022.mspx">MS04-022(US)</a></td></tr>
<tr><td>含まれる過去の修正</td><td colspan="3">なし</td></tr>
<tr><td>脆弱性識別番号</td><td colspan="3">MS04-022/841873</td></tr>
</table>
<p><b>タスク・スケジューラの脆弱性により、任意のコードが実行される危険性</b><br>
(タスク スケジューラの脆弱性により、コードが実行される)</p>
<p>緊急対応度:適用作業の至急開始</p>
<p>　タスク・スケジューラが.jobファイルを処理する際の検証が不十分なため、細工されたファイルを開くと任意のコードが実行される危険性がある。</p>
<p><font size="1">Copyright (C) Digital Advantage Corp.</font></p>
</body>
</html>
""", "alert", "MS04-022", "841873", "1", "server,client", "2004-07-14", "2004-07-16",
"タスク・スケジューラの脆弱性により、任意のコードが実行される危険性")

page("hfr_2006_ms06-040_split_edition", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>HotFix Report</title>
</head>
<body>
<div class="hfr-head">Windowsプラットフォーム向けHotFix情報サービス</div>
<div class="hfr-edition">HotFix Alert:<br>2006<br>/08/09版</div>
<div class="hfr-dates">【登録日】2006/08/09<br>【更新日】2006/08/14</div>
<table class="hfr-spec" border="1" cellspacing="0">
<tr><th>深刻度</th><td>
<div class="lv on">1(緊急)</div>
<div class="lv">2(重要)</div>
<div class="lv">3(警告)</div>
<div class="lv">4(注意)</div></td></tr>
<tr><th>攻撃コードの有無</th><td>あり</td></tr>
<tr><th>対策</th><td>至急適用</td></tr>
<tr><th>再起動の必要性</th><td>必要</td></tr>
<tr><th>対象環境</th><td><div class="tg on">サーバ</div><div class="tg on">クライアント</div></td></tr>
<tr><th>含まれる過去の修正</th><td>MS06-025</td></tr>
<tr><th>脆弱性識別番号</th><td>MS06-040/921883</td></tr>
</table>
<h3>サーバ・サービスの脆弱性により、リモートでコードが実行される危険性</h3>
<p>(Server サービスの脆弱性により、リモートでコードが実行される)</p>
<p>　Serverサービスが細工されたRPCメッセージを処理する際にバッファ・オーバーフローが起きる。すでに悪用するボットが確認されている。</p>
</body>
</html>
""", "alert", "MS06-040", "921883", "1", "server,client", "2006-08-09", "2006-08-14",
"サーバ・サービスの脆弱性により、リモートでコードが実行される危険性")

page("hfr_2003_ms03-007_upper", "sjis", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">
<TITLE>HotFix Report</TITLE>
</HEAD>
<BODY BGCOLOR=#FFFFFF>
<TABLE WIDTH=640 BORDER=0 CELLPADDING=2 CELLSPACING=0>
<TR><TD COLSPAN=2><B>HotFix Alert:</B> 2003/03/18版
<TR><TD COLSPAN=2>【登録日】2003/03/18　【更新日】2003/03/20
</TABLE>
<TABLE WIDTH=640 BORDER=1 CELLPADDING=2 CELLSPACING=0>
<TR><TD ROWSPAN=4 WIDTH=100>深刻度<TD BGCOLOR=#FF0000><FONT COLOR=#FFFFFF>1(緊急)</FONT>
<TR><TD BGCOLOR=#FFFFFF>2(重要)
<TR><TD BGCOLOR=#FFFFFF>3(警告)
<TR><TD BGCOLOR=#FFFFFF>4(注意)
<TR><TD ROWSPAN=2>対象環境<TD BGCOLOR=#FF0000><FONT COLOR=#FFFFFF>サーバ</FONT>
<TR><TD BGCOLOR=#FFFFFF>クライアント
<TR><TD>脆弱性識別番号<TD>MS03-007/815021
</TABLE>
<P><B>WebDAVで使われるWindowsコンポーネントの未チェックのバッファにより、任意のコードが実行される危険性</B>
<P>　IIS 5.0のWebDAV機能を経由して、ntdll.dllの未チェック・バッファの脆弱性が悪用される。すでに攻撃が確認されている。
</BODY>
</HTML>
""", "alert", "MS03-007", "815021", "1", "server", "2003-03-18", "2003-03-20",
"WebDAVで使われるWindowsコンポーネントの未チェックのバッファにより、任意のコードが実行される危険性")
