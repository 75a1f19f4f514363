# Class dl: definition lists.

page("dl_ms05-036_colon", "utf8", """<html lang="ja">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>MS05-036 カラー管理モジュール</title></head>
<body>
<h2>Microsoftカラー管理モジュールの脆弱性により、リモートでコードが実行される危険性</h2>
<dl>
<dt>登録日：</dt><dd>2005/07/13</dd>
<dt>更新日：</dt><dd>2005/07/15</dd>
<dt>深刻度：</dt><dd>1(緊急)</dd>
<dt>対象環境：</dt><dd>サーバ／クライアント</dd>
<dt>セキュリティ情報：</dt><dd>MS05-036</dd>
<dt>サポート技術情報：</dt><dd>901214</dd>
</dl>
<p>ICCプロファイルを埋め込んだ画像を処理する際に脆弱性があり、画像を表示しただけで任意のコードが実行される危険性がある。</p>
</body></html>
""", "alert", "MS05-036", "901214", "1", "server,client", "2005-07-13", "2005-07-15",
"Microsoftカラー管理モジュールの脆弱性により、リモートでコードが実行される危険性")

page("dl_ms06-008_heisei", "euc", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>Webクライアント・サービス</title></head>
<body>
<h1>Webクライアント・サービスの脆弱性により、リモートでコードが実行される危険性</h1>
<dl class="props">
<dt>登録日</dt>
<dd>平成18年2月15日</dd>
<dt>更新日</dt>
<dd>平成18年2月15日</dd>
<dt>深刻度</dt>
<dd><span class="off">1(緊急)</span> <strong>2(重要)</strong> <span class="off">3(警告)</span> <span class="off">4(注意)</span></dd>
<dt>対象環境</dt>
<dd><strong>サーバ</strong> <strong>クライアント</strong></dd>
<dt>番号</dt>
<dd>MS06-008 (911927)</dd>
</dl>
<p>Webクライアント・サービス（WebDAV）の脆弱性。攻撃には有効なログオン資格が必要となる。</p>
</body></html>
""", "alert", "MS06-008", "911927", "2", "server,client", "2006-02-15", "2006-02-15",
"Webクライアント・サービスの脆弱性により、リモートでコードが実行される危険性")

page("dl_ms05-044_dotdate", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>FTPクライアント</title></head>
<body>
<div class="hdr">HotFixメモ</div>
<h3>Windows FTPクライアントの脆弱性により、ファイルが改ざんされる危険性</h3>
<dl>
<dt>■登録日</dt><dd>2005.10.12</dd>
<dt>■更新日</dt><dd>2005.10.13</dd>
<dt>■深刻度</dt><dd>4(注意)</dd>
<dt>■対象環境</dt><dd>クライアント</dd>
<dt>■セキュリティ情報</dt><dd>MS05-044</dd>
<dt>■KB番号</dt><dd>905495</dd>
</dl>
<p>FTPクライアントでファイルを転送する際、サーバが指定したパスにファイルが保存されてしまう。悪用は困難で、SP待ちで構わない。</p>
</body></html>
""", "alert", "MS05-044", "905495", "4", "client", "2005-10-12", "2005-10-13",
"Windows FTPクライアントの脆弱性により、ファイルが改ざんされる危険性")

page("dl_ms04-025_nested", "utf8", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>IE累積 2004/07</title></head>
<body>
<h2>Internet Explorerの累積的なセキュリティ修正プログラム（2004年7月）</h2>
<dl>
<dt>日付</dt>
<dd><dl><dt>登録日</dt><dd>2004/07/31</dd><dt>更新日</dt><dd>2004/08/03</dd></dl></dd>
<dt>評価</dt>
<dd><dl><dt>深刻度</dt><dd>緊急</dd><dt>対象環境</dt><dd>クライアント</dd></dl></dd>
<dt>関連情報</dt>
<dd>MS04-025 ／ サポート技術情報 867801</dd>
</dl>
<p>Download.Ject攻撃で悪用された脆弱性を修正する定例外の修正プログラム。</p>
</body></html>
""", "alert", "MS04-025", "867801", "1", "client", "2004-07-31", "2004-08-03",
"Internet Explorerの累積的なセキュリティ修正プログラム（2004年7月）")
