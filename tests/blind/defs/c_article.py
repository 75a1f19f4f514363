# Class article: h1/h2/p article pages, values in running text.

page("art_ms05-027_onlylevel", "utf8", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>今週のパッチ：SMBの脆弱性</title></head>
<body>
<h1>SMBの脆弱性により、リモートでコードが実行される危険性</h1>
<p class="date">2005年6月15日 登録／2005年6月16日 更新</p>
<h2>評価</h2>
<p>深刻度：重要<br>
対象環境：サーバ、クライアント<br>
セキュリティ情報：MS05-027（KB896422）</p>
<h2>解説</h2>
<p>SMB（Server Message Block）の処理に脆弱性があり、細工されたSMBパケットを受信すると任意のコードが実行される。TCPポート139/445をファイアウォールでブロックしていれば、インターネットからの攻撃は防げる。</p>
<p>社内LANではファイル共有を無効にできないことが多いため、計画的に適用したい。</p>
<hr>
<p><small>記事の無断転載を禁じます。</small></p>
</body></html>
""", "alert", "MS05-027", "896422", "2", "server,client", "2005-06-15", "2005-06-16",
"SMBの脆弱性により、リモートでコードが実行される危険性")

page("art_ms06-015_zenkaku", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>エクスプローラの脆弱性</title></head>
<body>
<h2>Windowsエクスプローラの脆弱性により、リモートでコードが実行される危険性</h2>
<p>登録日：２００６年４月１２日<br>更新日：２００６年４月１４日</p>
<p>深刻度：１（緊急）<br>対象環境：クライアント<br>セキュリティ情報：ＭＳ０６−０１５<br>サポート技術情報：９０８５３１</p>
<p>　Windowsエクスプローラが特定のCOMオブジェクトを処理する際に脆弱性がある。悪意のあるWebサイトを閲覧しただけで任意のコードが実行される可能性がある。</p>
</body></html>
""", "alert", "MS06-015", "908531", "1", "client", "2006-04-12", "2006-04-14",
"Windowsエクスプローラの脆弱性により、リモートでコードが実行される危険性")

page("art_ms04-038_heisei", "euc", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=euc-jp">
<title>IE累積パッチ（平成16年10月）</title></head>
<body>
<h1>Internet Explorerの累積的なセキュリティ修正プログラム</h1>
<p>【登録日】平成16年10月13日　【更新日】平成16年10月20日</p>
<p>【深刻度】1(緊急)<br>
【対象環境】クライアント<br>
【番号】MS04-038／834707</p>
<h2>概要</h2>
<p>Internet Explorerの累積的な修正プログラムで、CSSの処理やドラッグ・アンド・ドロップに関する脆弱性など8件を修正する。</p>
</body></html>
""", "alert", "MS04-038", "834707", "1", "client", "2004-10-13", "2004-10-20",
"Internet Explorerの累積的なセキュリティ修正プログラム")

page("art_ms05-048_threekb", "utf8", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>MS05-048</title></head>
<body>
<div class="site">Windows運用ノート</div>
<h1>Microsoft Collaboration Data Objectsの脆弱性により、リモートでコードが実行される危険性</h1>
<p>登録日 2005/10/12 ・ 更新日 2005/10/19</p>
<h2>深刻度</h2>
<p>3(警告)</p>
<h2>対象環境</h2>
<p>サーバ</p>
<h2>脆弱性識別番号</h2>
<p>MS05-048/907245/901017/906780</p>
<h2>解説</h2>
<p>CDOSYSとCDOEXに脆弱性があり、細工された電子メールを処理すると任意のコードが実行される。Exchange 2000 Serverではイベント・シンクを登録している場合に影響を受ける。</p>
</body></html>
""", "alert", "MS05-048", "907245,901017,906780", "3", "server", "2005-10-12", "2005-10-19",
"Microsoft Collaboration Data Objectsの脆弱性により、リモートでコードが実行される危険性")

page("art_ms05-018_dotdate", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>カーネルの脆弱性 - パッチ日誌</title></head>
<body>
<p><a href="/">パッチ日誌</a> ＞ 2005年4月</p>
<h2>Windowsカーネルの複数の脆弱性により、権限が昇格する危険性</h2>
<p>登録：2005.4.13　更新：2005.4.13</p>
<p>深刻度は「重要」。対象環境はサーバとクライアントの両方。</p>
<p>セキュリティ情報はMS05-018、サポート技術情報は890859。</p>
<p>ローカルでログオンできるユーザーが権限を昇格できる。ターミナル・サービスを提供しているサーバでは早めに適用したい。</p>
</body></html>
""", "alert", "MS05-018", "890859", "2", "server,client", "2005-04-13", "2005-04-13",
"Windowsカーネルの複数の脆弱性により、権限が昇格する危険性")
