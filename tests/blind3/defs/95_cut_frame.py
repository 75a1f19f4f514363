# Truncated downloads and frameset pages.

page("cut_before_targets", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>HotFix 速報</title>
</head>
<body>
<h2>Windows の印刷スプーラ サービスの脆弱性により、リモートでコードが実行される</h2>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>識別番号</th><td colspan="4">MS05-043/896423</td></tr>
<tr><th>登録日</th><td colspan="4">2005/07/13</td></tr>
<tr><th>深刻度</th><td>●緊急</td><td>○重要</td><td>○警告</td><td>○注意</td></tr>
<tr><th>対象環境</th><td colspan="2">●サーバ</td><td colspan="2">●クライアント</td></tr>
<tr><th>更新日</th><td colspan="4">2005/07/15</td></tr>
</table>
<p>印刷スプーラ サービスに未チェックのバッファがあります。</p>
</body>
</html>
""", "alert", "MS05-043", "896423", "1", "-", "2005-07-13", "-",
     "Windows の印刷スプーラ サービスの脆弱性により、リモートでコードが実行される",
     cut="<tr><th>対象環境</th><td colspan=\"2\">", extra=1)


page("cut_inside_severity_value", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>パッチ情報</title>
</head>
<body>
<h2>Collaboration Data Objects の脆弱性により、リモートでコードが実行される</h2>
<table border="1" cellspacing="0">
<tr><th>番号</th><td>MS05-048</td></tr>
<tr><th>KB</th><td>901017</td></tr>
<tr><th>登録日</th><td>2005/10/12</td></tr>
<tr><th>深刻度</th><td>重要</td></tr>
<tr><th>対象</th><td>サーバ・クライアント</td></tr>
</table>
</body>
</html>
""", "alert", "MS05-048", "901017", "-", "-", "2005-10-12", "-",
     "Collaboration Data Objects の脆弱性により、リモートでコードが実行される",
     cut="<tr><th>深刻度</th><td>", extra=1)


page("frame_noframes_body", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>HotFix 情報 - MS05-047</title>
</head>
<frameset cols="170,*" border="0">
<frame src="menu.html" name="menu" scrolling="auto">
<frame src="ms05-047_body.html" name="main">
<noframes>
<body>
<p>このページはフレームを使用しています。フレーム非対応のブラウザでは、以下の内容をご覧ください。</p>
<h2>プラグ アンド プレイの脆弱性により、リモートでコードが実行され、特権が昇格される</h2>
<table border="1" cellspacing="0">
<tr><td>識別番号</td><td>MS05-047/905414</td></tr>
<tr><td>深刻度</td><td>重要</td></tr>
<tr><td>登録日</td><td>2005/10/12</td></tr>
<tr><td>更新日</td><td>2005/10/13</td></tr>
<tr><td>対象環境</td><td>サーバ クライアント</td></tr>
</table>
</body>
</noframes>
</frameset>
</html>
""", "alert", "MS05-047", "905414", "2", "server,client", "2005-10-12", "2005-10-13",
     "プラグ アンド プレイの脆弱性により、リモートでコードが実行され、特権が昇格される")


page("frame_bare_fragment", "euc", """<h3>Client Service for NetWare の脆弱性により、リモートでコードが実行される</h3>
<table border=1 cellspacing=0 cellpadding=3>
<tr><td bgcolor=#cccccc>識別番号<td>MS05-046/899589
<tr><td bgcolor=#cccccc>深刻度<td>重要
<tr><td bgcolor=#cccccc>登録日<td>2005/10/12
<tr><td bgcolor=#cccccc>対象環境<td>サーバ・クライアント
</table>
<p>CSNW を有効にしているシステムのみが影響を受けます。
""", "alert", "MS05-046", "899589", "2", "server,client", "2005-10-12", "-",
     "Client Service for NetWare の脆弱性により、リモートでコードが実行される")
