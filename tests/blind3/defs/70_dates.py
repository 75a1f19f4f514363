# One page per date form.

page("date_us_mdy", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Security Update Notice</title>
</head>
<body>
<h2>Microsoft Security Bulletin MS05-043 対応のお知らせ</h2>
<table cellpadding="3">
<tr><td>Posted:</td><td>7/13/2005</td></tr>
<tr><td>Updated:</td><td>7/26/2005</td></tr>
<tr><td>Severity:</td><td>Critical</td></tr>
<tr><td>KB Article:</td><td>896423</td></tr>
</table>
<p>印刷スプーラの脆弱性です。当社製 Windows 搭載端末をお使いのお客様は更新プログラムを適用してください。</p>
</body>
</html>
""", "alert", "MS05-043", "896423", "1", "-", "2005-07-13", "2005-07-26",
     "Microsoft Security Bulletin MS05-043 対応のお知らせ")


page("date_dd_mon_yyyy", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>Technical Bulletin TB-0508-02</title>
</head>
<body>
<h2>TB-0508-02 プラグ アンド プレイの脆弱性 (MS05-039) について</h2>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th align="left">発行日</th><td>10-Aug-2005</td></tr>
<tr><th align="left">改訂日</th><td>24-Aug-2005</td></tr>
<tr><th align="left">深刻度</th><td>緊急</td></tr>
<tr><th align="left">KB</th><td>899588</td></tr>
</table>
<p>当社組込み機器（Windows XP Embedded ベース）への影響を調査中です。</p>
</body>
</html>
""", "alert", "MS05-039", "899588", "1", "-", "2005-08-10", "2005-08-24",
     "TB-0508-02 プラグ アンド プレイの脆弱性 (MS05-039) について")


page("date_with_clock", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>速報</title>
</head>
<body>
<h1>【速報】Windows の Server サービスに緊急の脆弱性</h1>
<p>登録日：2006年08月09日 09:00<br>更新日：2006年08月10日 17:30</p>
<p>セキュリティ情報 MS06-040（KB921883）。深刻度：緊急。対象：サーバ、クライアント。</p>
<p>すでに攻撃コードが公開されており、早急な対応が必要です。</p>
</body>
</html>
""", "alert", "MS06-040", "921883", "1", "server,client", "2006-08-09", "2006-08-10",
     "【速報】Windows の Server サービスに緊急の脆弱性")


page("date_heisei_weekday", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>情報センターからのお知らせ</title>
</head>
<body>
<h2>Windows の DirectShow に関する脆弱性 (MS05-050) について</h2>
<dl>
<dt>掲載日</dt><dd>平成17年10月12日(水)</dd>
<dt>更新日</dt><dd>平成17年10月19日(水)</dd>
<dt>深刻度</dt><dd>緊急</dd>
<dt>サポート技術情報</dt><dd>904706</dd>
<dt>対象</dt><dd>クライアント</dd>
</dl>
<p>細工された AVI ファイルを開くと、任意のコードが実行されるおそれがあります。</p>
</body>
</html>
""", "alert", "MS05-050", "904706", "1", "client", "2005-10-12", "2005-10-19",
     "Windows の DirectShow に関する脆弱性 (MS05-050) について")


page("date_yy_slash", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>patch memo</title>
</head>
<body>
<h3>IE 累積パッチ (MS05-038)</h3>
<p>登録: 05/08/10　更新: 05/08/16</p>
<p>KB896727 / 深刻度 緊急 / 対象 クライアント</p>
<p>JPEG の処理と COM オブジェクトのインスタンス化に関する脆弱性ほか。</p>
</body>
</html>
""", "alert", "MS05-038", "896727", "1", "client", "2005-08-10", "2005-08-16",
     "IE 累積パッチ (MS05-038)")


page("date_kanji_numerals", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>告示</title>
</head>
<body>
<p align="right">二〇〇四年四月十四日</p>
<h2 align="center">Windows の修正プログラム（MS04-011）の適用について</h2>
<p>本学の情報システム運用規程に基づき、学内の全てのサーバ及びクライアントに対し、マイクロソフト社の修正プログラム MS04-011（サポート技術情報 835732、深刻度「緊急」）を適用するよう通知する。</p>
<p align="right">情報基盤委員会委員長</p>
</body>
</html>
""", "alert", "MS04-011", "835732", "1", "server,client", "2004-04-14", "-",
     "Windows の修正プログラム（MS04-011）の適用について")
