# Mislabelled or unlabelled encodings.

page("enc_sjis_labelled_euc", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>ASN.1 の脆弱性</title>
</head>
<body>
<h2>ASN.1 の脆弱性により、コードが実行される (MS04-007)</h2>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>サポート技術情報</td><td>828028</td></tr>
<tr><td>深刻度</td><td>緊急</td></tr>
<tr><td>登録日</td><td>2004/02/11</td></tr>
<tr><td>更新日</td><td>2004/02/13</td></tr>
<tr><td>対象</td><td>サーバ／クライアント</td></tr>
</table>
<p>表示ソフトや認証処理で使われる ASN.1 ライブラリに、整数オーバーフローの問題があります。</p>
</body>
</html>
""", "alert", "MS04-007", "828028", "1", "server,client", "2004-02-11", "2004-02-13",
     "ASN.1 の脆弱性により、コードが実行される (MS04-007)")


page("enc_euc_labelled_sjis", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=x-sjis">
<title>MS04-012</title>
</head>
<body>
<h2>RPC/DCOM の累積的な更新 (MS04-012)</h2>
<p>【登録日】2004/04/14　【更新日】2004/04/14</p>
<p>【深刻度】緊急</p>
<p>【KB】828741</p>
<p>【対象環境】サーバ</p>
<p>RPC ランタイム ライブラリ、RPCSS サービス、COM インターネット サービスおよび DCOM の問題をまとめて修正する更新です。表計算ソフトの連携機能には影響しません。</p>
</body>
</html>
""", "alert", "MS04-012", "828741", "1", "server", "2004-04-14", "2004-04-14",
     "RPC/DCOM の累積的な更新 (MS04-012)")


page("enc_jis_no_meta", "jis", """<html>
<head>
<title>MS03-039 RPCSS</title>
</head>
<body>
<h2>RPCSS サービスのバッファオーバーランにより、コードが実行される</h2>
<p>番号：MS03-039（824146）</p>
<p>深刻度：緊急</p>
<p>登録日：2003/09/11</p>
<p>Blaster が悪用した MS03-026 とは別の脆弱性です。MS03-026 の修正は本修正に含まれます。</p>
</body>
</html>
""", "alert", "MS03-039", "824146", "1", "-", "2003-09-11", "-",
     "RPCSS サービスのバッファオーバーランにより、コードが実行される")


page("enc_utf8_labelled_latin1", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>GDI+ JPEG</title>
</head>
<body>
<h2>JPEG 処理 (GDI+) のバッファオーバーランにより、コードが実行される</h2>
<table>
<tr><td>番号</td><td>MS04-028 / KB833987</td></tr>
<tr><td>深刻度</td><td>緊急</td></tr>
<tr><td>登録日</td><td>2004/09/15</td></tr>
<tr><td>更新日</td><td>2004/09/28</td></tr>
<tr><td>対象</td><td>クライアント</td></tr>
</table>
<p>細工された JPEG 画像を表示するだけで任意のコードが実行されるおそれがあります。</p>
</body>
</html>
""", "alert", "MS04-028", "833987", "1", "client", "2004-09-15", "2004-09-28",
     "JPEG 処理 (GDI+) のバッファオーバーランにより、コードが実行される")
