# ISP, vendor-partner, PC-maker and security-company pages republishing a
# Microsoft bulletin for their own customers.

page("isp_member_ms05039", "sjis", """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>セキュリティ情報 | ○○ネット会員サポート</title>
<link rel="stylesheet" href="/support/css/common.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="760" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2"><a href="/"><img src="/img/logo.gif" width="180" height="50" alt="○○ネット" border="0"></a>
<img src="/img/head_support.gif" width="400" height="50" alt="会員サポート"></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#EEF3FA">
<p class="menu"><a href="/support/">会員サポートTOP</a><br>
<a href="/support/security/">セキュリティ情報</a><br>
<a href="/support/virus/">ウイルス情報</a><br>
<a href="/support/setting/">接続設定</a><br>
<a href="/support/faq/">よくある質問</a></p>
<p class="menu">最近の情報<br>
<a href="ms05-038.html">IE の累積的な更新 (MS05-038)</a><br>
<a href="ms05-040.html">テレフォニー サービス (MS05-040)</a></p>
</td>
<td width="600" valign="top">
<p class="pankuzu"><a href="/">トップ</a> &gt; <a href="/support/">会員サポート</a> &gt; セキュリティ情報</p>
<h2 class="ttl">Windows のプラグ アンド プレイの脆弱性について (MS05-039)</h2>
<p align="right">公開日：2005年8月10日<br>更新日：2005年8月12日</p>
<p>会員の皆様へ</p>
<p>マイクロソフト社より、Windows のプラグ アンド プレイ機能に関する脆弱性が発表されました。
悪意のあるプログラムがネットワーク経由で送り込まれ、パソコンを乗っ取られる恐れがあります。
Windows Update を実行し、修正プログラムを適用してください。</p>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><th bgcolor="#DDE6F2" width="25%">重要度</th><td><font color="#CC0000"><b>緊急</b></font></td></tr>
<tr><th bgcolor="#DDE6F2">対象となるOS</th><td>Windows 2000 / Windows XP / Windows Server 2003</td></tr>
<tr><th bgcolor="#DDE6F2">修正プログラム</th><td>KB899588</td></tr>
</table>
<h3>対処方法</h3>
<p>「スタート」メニューから「Windows Update」を選び、画面の指示に従って更新してください。</p>
<p>詳しくはマイクロソフト社のページをご覧ください。<br>
<a href="http://www.microsoft.com/japan/technet/security/bulletin/MS05-039.mspx">マイクロソフト セキュリティ情報 MS05-039</a></p>
<p class="update">【8月12日 追記】悪用するウイルス(ワーム)が確認されました。未適用の方は至急適用してください。</p>
</td></tr>
<tr><td colspan="2" align="center"><font size="1">Copyright (C) 2005 ○○ Network Co., Ltd. All Rights Reserved.</font></td></tr>
</table>
</body>
</html>
""", "alert", "MS05-039", "899588", "1", "-", "2005-08-10", "2005-08-12",
     "Windows のプラグ アンド プレイの脆弱性について (MS05-039)")

page("isp_partner_ms06040", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=x-sjis">
<title>テクニカルニュース 第2006-032号</title>
<style type="text/css">
.lbl { background-color: #E0E0E0; font-weight: bold; width: 150px; }
td.sel { background-color: #FF6666; color: #FFFFFF; font-weight: bold; text-align: center; }
td.nosel { color: #999999; text-align: center; }
</style>
</head>
<body>
<div align="center"><img src="../images/technews.gif" alt="○○システムズ テクニカルニュース"></div>
<p>第2006-032号　発行：2006年8月10日<br>
○○システムズ株式会社 サポートセンター</p>
<hr>
<h3>■ Server サービスの脆弱性により、リモートでコードが実行される (MS06-040)</h3>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td class="lbl">セキュリティ情報</td><td colspan="4">MS06-040 (KB921883)</td></tr>
<tr><td class="lbl">深刻度(マイクロソフト社評価)</td>
<td class="sel">緊急</td><td class="nosel">重要</td><td class="nosel">警告</td><td class="nosel">注意</td></tr>
<tr><td class="lbl">弊社推奨対応</td><td colspan="4">至急適用</td></tr>
<tr><td class="lbl">対象</td>
<td class="sel" colspan="2">サーバ</td><td class="sel" colspan="2">クライアント</td></tr>
</table>
<p>　Windows の Server サービスに、細工されたメッセージを受信するとリモートでコードが実行される脆弱性が存在します。
弊社保守契約のお客様で、ファイル共有を公開しているサーバをお使いの場合は特にご注意ください。
既に攻撃コードが公開されています。</p>
<p>　弊社では Windows Server 2003 SP1 および Windows 2000 Server SP4 で動作確認を行い、問題がないことを確認しております。</p>
<hr>
<p><font size="2">本ニュースに関するお問い合わせ：サポートセンター (平日 9:00〜17:30)</font></p>
</body>
</html>
""", "alert", "MS06-040", "921883", "1", "server,client", "2006-08-10", "-",
     "Server サービスの脆弱性により、リモートでコードが実行される (MS06-040)")

page("isp_secco_ms05051", "euc", """<?xml version="1.0" encoding="EUC-JP"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP" />
<title>SecureWatch Alert: MS05-051</title>
<link rel="stylesheet" href="/css/alert.css" type="text/css" />
</head>
<body>
<div id="banner"><img src="/img/securewatch.png" alt="SecureWatch セキュリティアラート" /></div>
<div id="content">
<p class="alertno">SecureWatch Alert #2005-0417</p>
<h1>MSDTC および COM+ の脆弱性により、リモートでコードが実行される</h1>
<table class="summary" summary="概要">
<tr><th>Bulletin</th><td>MS05-051 (KB902400)</td></tr>
<tr><th>Severity / 深刻度</th><td>Critical (緊急)</td></tr>
<tr><th>Published / 公開</th><td>2005/10/12</td></tr>
<tr><th>Revised / 更新</th><td>2005/10/19</td></tr>
<tr><th>Exploit / 攻撃コード</th><td>未確認</td></tr>
</table>
<h2>概要</h2>
<p>Microsoft Distributed Transaction Coordinator (MSDTC) と COM+ に複数の脆弱性が報告されました。
Windows 2000 では匿名の攻撃者がリモートから任意のコードを実行できる可能性があります。</p>
<h2>弊社の見解</h2>
<p>MSDTC サービスを使用していないシステムでもサービスが起動している場合がありますので、修正プログラムの適用を推奨します。
10/19 に、修正プログラム適用後に COM+ アプリケーションが起動しない問題についての情報を追記しました。</p>
</div>
<div id="footer">Copyright &copy; 2005 SecureWatch Inc. All rights reserved.</div>
</body>
</html>
""", "alert", "MS05-051", "902400", "1", "-", "2005-10-12", "2005-10-19",
     "MSDTC および COM+ の脆弱性により、リモートでコードが実行される")

page("isp_pcmaker_ms04011", "cp932", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">
<TITLE>サポート情報 - ㈱○○電機 パソコン</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#0000CC">
<TABLE WIDTH="100%" BORDER="0"><TR><TD><IMG SRC="/pc/img/logo.gif" ALT="㈱○○電機"></TD>
<TD ALIGN="right"><FONT SIZE="2"><A HREF="/pc/">パソコンTOP</A> | <A HREF="/pc/support/">サポート</A> | <A HREF="/pc/dl/">ダウンロード</A></FONT></TD></TR></TABLE>
<HR SIZE="1">
<FONT SIZE="4" COLOR="#CC0000"><B>【重要】Windows のセキュリティ修正モジュール適用のお願い（MS04-011）</B></FONT><BR>
<FONT SIZE="2">掲載日：2004年4月14日　最終更新日：2004年5月6日</FONT>
<P>
弊社製パソコンをご利用のお客様へ<BR>
マイクロソフト社より、Windows の複数の脆弱性を修正するセキュリティ修正モジュール（サポート技術情報 835732）が公開されました。
この脆弱性を悪用するウイルス「Sasser」が確認されております。下記の手順で修正モジュールを適用してください。
</P>
<TABLE BORDER="1" CELLPADDING="3" CELLSPACING="0">
<TR><TD BGCOLOR="#FFEECC">深刻度</TD><TD>緊急</TD></TR>
<TR><TD BGCOLOR="#FFEECC">対象環境</TD><TD>クライアント（弊社製パソコン FMV-XXXシリーズ、YYYシリーズ）</TD></TR>
<TR><TD BGCOLOR="#FFEECC">対象OS</TD><TD>Windows 98 / Me / 2000 Professional / XP Home Edition / XP Professional</TD></TR>
</TABLE>
<P><B>適用手順</B><BR>
① Internet Explorer を起動し、「ツール」メニューから「Windows Update」を選択します。<BR>
② 「更新をスキャンする」をクリックします。<BR>
③ 「重要な更新とService Pack」に表示された修正モジュールをインストールします。<BR>
④ パソコンを再起動します。</P>
<P><FONT SIZE="2">※5月6日　Sasser ワームに関する情報を追加しました。</FONT></P>
<HR SIZE="1">
<FONT SIZE="1">Copyright(C) ㈱○○電機 2004</FONT>
</BODY>
</HTML>
""", "alert", "MS04-011", "835732", "1", "client", "2004-04-14", "2004-05-06",
     "【重要】Windows のセキュリティ修正モジュール適用のお願い（MS04-011）")
