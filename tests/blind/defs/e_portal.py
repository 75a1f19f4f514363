# Class portal: site banner, breadcrumb, left navigation, right column of ads
# and links (which mention other bulletins), copyright footer.

page("portal_ms05-040_ads", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>＠ITPRO風 セキュリティ - MS05-040</title>
</head>
<body topmargin="0" leftmargin="0">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td bgcolor="#003399"><img src="/img/banner.gif" alt="エンタープライズ・セキュリティ・ポータル"></td>
<td bgcolor="#003399" align="right"><a href="/ad/click?1"><img src="/ad/468x60.gif" alt="今なら無料！パッチ管理ツール体験版"></a></td>
</tr></table>
<div style="font-size:small"><a href="/">ホーム</a> &gt; <a href="/sec/">セキュリティ</a> &gt; <a href="/sec/patch/">パッチ情報</a> &gt; 2005年8月</div>
<table width="100%" cellpadding="4" cellspacing="0"><tr>
<td width="160" valign="top" bgcolor="#eeeeee">
<b>メニュー</b><br>
<a href="/sec/patch/sev1.html">深刻度別一覧</a><br>
<a href="/sec/patch/server.html">サーバ向け</a><br>
<a href="/sec/patch/client.html">クライアント向け</a><br>
<a href="/sec/patch/calendar.html">更新日カレンダー</a><br>
</td>
<td valign="top">
<h2>テレフォニー・サービスの脆弱性により、リモートでコードが実行される危険性</h2>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th align="left">登録日</th><td>2005/08/10</td></tr>
<tr><th align="left">更新日</th><td>2005/08/12</td></tr>
<tr><th align="left">深刻度</th><td>○1(緊急) ●2(重要) ○3(警告) ○4(注意)</td></tr>
<tr><th align="left">対象環境</th><td>●サーバ ○クライアント</td></tr>
<tr><th align="left">セキュリティ情報</th><td>MS05-040</td></tr>
<tr><th align="left">サポート技術情報</th><td>893756</td></tr>
</table>
<p>　テレフォニー・サービスにバッファ・オーバーフローの脆弱性がある。Windows 2000 Serverでテレフォニー・サーバとして構成している場合、リモートから攻撃を受ける可能性がある。</p>
</td>
<td width="180" valign="top" bgcolor="#fff8e0">
<b>注目の記事</b><br>
<a href="/sec/patch/ms05-039.html">MS05-039 プラグ・アンド・プレイの脆弱性（深刻度：緊急）</a><br>
<a href="/sec/patch/ms05-041.html">MS05-041 リモート・デスクトップ（更新日 2005/08/15）</a><br>
<b>PR</b><br>
<a href="/ad/click?2">サーバ管理者必携！ KB検索ツール 900000件収録</a>
</td>
</tr></table>
<hr>
<center><small>Copyright (c) 2005 Enterprise Security Portal. All Rights Reserved.</small></center>
</body>
</html>
""", "alert", "MS05-040", "893756", "2", "server", "2005-08-10", "2005-08-12",
"テレフォニー・サービスの脆弱性により、リモートでコードが実行される危険性")

page("portal_ms06-003_banner", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Office パッチ情報 | Windows Admin Journal</title>
</head>
<body>
<div id="banner"><h1>Windows Admin Journal</h1><p>管理者のためのWindows情報誌</p></div>
<div id="breadcrumb">ホーム ≫ セキュリティ ≫ HotFix ≫ MS06-003</div>
<div id="wrap">
<div id="side">
<h3>カテゴリー</h3>
<ul><li>緊急パッチ</li><li>重要パッチ</li><li>不具合情報</li><li>用語集</li></ul>
<h3>最近の記事</h3>
<ul><li><a href="ms06-002.html">MS06-002 埋め込みWebフォントの脆弱性</a></li><li><a href="ms06-001.html">MS06-001 WMFの脆弱性</a></li></ul>
</div>
<div id="main">
<h2>TNEFデコードの脆弱性により、リモートでコードが実行される危険性</h2>
<table class="summary">
<tr><td><b>登録日</b></td><td>2006/01/11</td><td><b>更新日</b></td><td>2006/01/11</td></tr>
<tr><td><b>深刻度</b></td><td colspan="3"><b>1(緊急)</b></td></tr>
<tr><td><b>対象環境</b></td><td colspan="3">サーバ・クライアント</td></tr>
<tr><td><b>情報</b></td><td colspan="3">MS06-003 / 902412</td></tr>
</table>
<p>OutlookとExchange ServerのTNEF（Transport Neutral Encapsulation Format）のデコード処理に脆弱性がある。細工された電子メールを受信・表示しただけで任意のコードが実行される恐れがある。</p>
</div>
</div>
<div id="footer">Copyright &copy; 2006 Windows Admin Journal 編集部 All rights reserved.</div>
</body>
</html>
""", "alert", "MS06-003", "902412", "1", "server,client", "2006-01-11", "2006-01-11",
"TNEFデコードの脆弱性により、リモートでコードが実行される危険性")

page("portal_ms05-019_cp932", "cp932", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-31J">
<title>㈱サンプル情報システム セキュリティ通信</title>
</head>
<body>
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" bgcolor="#006633"><font color="#ffffff" size="4">㈱サンプル情報システム　セキュリティ通信</font></td></tr>
<tr><td width="140" valign="top" bgcolor="#e8f0e8">
<font size="2">
① <a href="#a">概要</a><br>
② <a href="#b">対策</a><br>
③ <a href="#c">問い合わせ</a><br>
</font>
</td>
<td valign="top">
<table border="1" cellspacing="0" cellpadding="3" width="100%">
<tr><td colspan="2" bgcolor="#cceecc"><b>TCP/IPの脆弱性により、リモートでコードが実行される危険性</b></td></tr>
<tr><td width="110">登録日</td><td>2005/04/13</td></tr>
<tr><td>更新日</td><td>2005/06/01</td></tr>
<tr><td>深刻度</td><td>■1(緊急)　□2(重要)　□3(警告)　□4(注意)</td></tr>
<tr><td>対象環境</td><td>■サーバ　■クライアント</td></tr>
<tr><td>識別番号</td><td>MS05-019/893066</td></tr>
</table>
<p><a name="a">①概要</a><br>TCP/IPの処理に複数の脆弱性がある。ICMPやTCPの細工されたパケットによりサービス拒否やコード実行が起きる。</p>
<p><a name="b">②対策</a><br>修正プログラムを適用する。適用後にネットワーク接続の問題が報告されているので、不具合情報も確認すること。</p>
</td></tr>
</table>
<p align="center"><font size="1">Copyright(C) 2005 ㈱サンプル情報システム</font></p>
</body>
</html>
""", "alert", "MS05-019", "893066", "1", "server,client", "2005-04-13", "2005-06-01",
"TCP/IPの脆弱性により、リモートでコードが実行される危険性")
