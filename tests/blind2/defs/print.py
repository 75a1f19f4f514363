# Printable versions: no navigation, a close/print link, the URL and a
# print date at the top.

page("print_ms05053", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>印刷用ページ</title>
<style type="text/css" media="print">.noprint { display: none; }</style>
</head>
<body onload="window.print()">
<div class="noprint" align="right"><a href="javascript:window.print()">印刷する</a>　<a href="javascript:window.close()">閉じる</a></div>
<p><font size="1">http://www.example.co.jp/security/2005/ms05-053.html<br>
印刷日：2006/12/01</font></p>
<hr>
<h1>グラフィック レンダリング エンジンの脆弱性 (MS05-053)</h1>
<p>公開日：2005/11/09　最終更新日：2005/11/30</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>サポート技術情報</th><td>896424</td></tr>
<tr><th>深刻度</th><td>緊急</td></tr>
<tr><th>対象環境</th><td>サーバ・クライアント</td></tr>
</table>
<p>WMF および EMF 画像の処理に複数の脆弱性があり、細工された画像を開くとコードが実行されるおそれがあります。
11月30日、一部の環境でインストールに失敗する問題について情報を追加しました。</p>
<hr>
<p><font size="1">Copyright (C) 2005 Example Corp.</font></p>
</body>
</html>
""", "alert", "MS05-053", "896424", "1", "server,client", "2005-11-09", "2005-11-30",
     "グラフィック レンダリング エンジンの脆弱性 (MS05-053)")

page("print_ms05049", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>Windows シェルの脆弱性 [印刷用]</title>
</head>
<body>
<p align="right">[<a href="ms05-049.html">通常表示に戻る</a>]</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><td colspan="2"><b>Windows シェルの脆弱性により、リモートでコードが実行される</b></td></tr>
<tr><td width="25%">識別番号</td><td>MS05-049 / 900725</td></tr>
<tr><td>登録日</td><td>2005/10/12</td></tr>
<tr><td>更新日</td><td>2005/10/13</td></tr>
<tr><td>深刻度</td><td>2(重要)</td></tr>
<tr><td>対象環境</td><td>クライアント</td></tr>
<tr><td>対策</td><td>早期適用</td></tr>
</table>
<p>Windows シェルが .lnk ファイルのプロパティを処理する際の脆弱性。細工されたショートカットを開くとコードが実行される危険がある。</p>
<p align="center"><font size="1">このページは印刷用です。</font></p>
</body>
</html>
""", "alert", "MS05-049", "900725", "2", "client", "2005-10-12", "2005-10-13",
     "Windows シェルの脆弱性により、リモートでコードが実行される")
