# Class mark: ■/【】 labels in running text, value on the next line.

page("mark_ms04-012_nextline", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>HotFix通信 第52号</title></head>
<body>
<pre>
━━━━━━━━━━━━━━━━━━━━━━━━
　HotFix通信　第52号
━━━━━━━━━━━━━━━━━━━━━━━━
</pre>
<p><b>RPC/DCOMの累積的な修正プログラムにより、複数の脆弱性が解消される</b></p>
<p>■登録日<br>
2004/04/14</p>
<p>■更新日<br>
2004/04/15</p>
<p>■深刻度<br>
1(緊急)</p>
<p>■対象環境<br>
サーバ、クライアント</p>
<p>■セキュリティ情報<br>
MS04-012（KB828741）</p>
<p>■解説<br>
RPC/DCOMの4件の脆弱性をまとめて修正する。MS03-039の修正も含まれている。</p>
</body></html>
""", "alert", "MS04-012", "828741", "1", "server,client", "2004-04-14", "2004-04-15",
"RPC/DCOMの累積的な修正プログラムにより、複数の脆弱性が解消される")

page("mark_ms05-002_splitdate", "euc", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"><title>カーソル・アイコン</title></head>
<body>
<table border="0" cellpadding="2">
<tr><td colspan="2"><font size="+1"><b>カーソルおよびアイコン形式の処理の脆弱性により、リモートでコードが実行される危険性</b></font></td></tr>
<tr><td valign="top">【登録日】</td><td>2005/<br>01/12</td></tr>
<tr><td valign="top">【更新日】</td><td>2005年<br>1月14日</td></tr>
<tr><td valign="top">【深刻度】</td><td>1(緊急)</td></tr>
<tr><td valign="top">【対象環境】</td><td>サーバ<br>クライアント</td></tr>
<tr><td valign="top">【識別番号】</td><td>MS05-002/891711</td></tr>
</table>
<p>細工されたカーソルやアイコンのファイルを処理すると任意のコードが実行される。Webページやメールを表示しただけで攻撃を受ける可能性がある。</p>
</body></html>
""", "alert", "MS05-002", "891711", "1", "server,client", "2005-01-12", "2005-01-14",
"カーソルおよびアイコン形式の処理の脆弱性により、リモートでコードが実行される危険性")

page("mark_ms05-025_brackets_inline", "utf8", """<html>
<head><title>MS05-025</title></head>
<body>
<p style="font-size:18px;font-weight:bold">Internet Explorerの累積的なセキュリティ修正プログラム（2005年6月）</p>
<p>【登録日】2005/06/15【更新日】2005/06/17【深刻度】1(緊急)【対象環境】クライアント</p>
<p>【関連】MS05-025（883939）</p>
<p>PNG画像の処理に関する脆弱性など2件を修正する。</p>
</body></html>
""", "alert", "MS05-025", "883939", "1", "client", "2005-06-15", "2005-06-17",
"Internet Explorerの累積的なセキュリティ修正プログラム（2005年6月）")

page("mark_ms06-014_nocolon_sjis_nometa", "sjis", """<html>
<head><title>MDAC</title></head>
<body>
<h3>MDACのRDS.Dataspace ActiveXコントロールの脆弱性により、リモートでコードが実行される危険性</h3>
<p>■登録日 2006/04/12<br>
■更新日 2006/04/12<br>
■深刻度 1(緊急)<br>
■対象環境 サーバ クライアント<br>
■番号 MS06-014 911562</p>
<p>MDAC（Microsoft Data Access Components）に含まれるRDS.Dataspace ActiveXコントロールに脆弱性がある。悪意のあるWebページを表示すると任意のコードが実行される。</p>
</body></html>
""", "alert", "MS06-014", "911562", "1", "server,client", "2006-04-12", "2006-04-12",
"MDACのRDS.Dataspace ActiveXコントロールの脆弱性により、リモートでコードが実行される危険性")
