# Hostile markup: deep nesting, unclosed and misnested tags, label words in
# comments and scripts, character references, odd attributes.

_open = "".join('<div class="w%d"><table border="0" cellpadding="0" cellspacing="0"><tr><td>\n' % i for i in range(25))
_close = "".join("</td></tr></table></div>\n" for i in range(25))
page("hostile_deep_nesting", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>セキュリティ情報</title>
</head>
<body>
""" + _open + """<h2>ネットワーク接続マネージャの脆弱性により、サービス拒否が起こる</h2>
<table border="1" cellspacing="0">
<tr><td>識別番号</td><td>MS05-045/905749</td></tr>
<tr><td>深刻度</td><td>警告</td></tr>
<tr><td>登録日</td><td>2005/10/12</td></tr>
<tr><td>更新日</td><td>2005/10/20</td></tr>
<tr><td>対象環境</td><td>サーバ・クライアント</td></tr>
</table>
<p>ネットワーク接続マネージャが細工された要求で応答しなくなる、サービス拒否の脆弱性です。</p>
""" + _close + """</body>
</html>
""", "alert", "MS05-045", "905749", "3", "server,client", "2005-10-12", "2005-10-20",
     "ネットワーク接続マネージャの脆弱性により、サービス拒否が起こる")


page("hostile_unclosed_misnested", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>patch news</title>
</head>
<body>
<font size=4><b>Windows FTP クライアントの脆弱性により、ファイル転送の場所が改ざんされる</font></b>
<p>識別番号：MS05-044/905495
<p><font color=gray>登録日：2005/10/12<br>更新日：2005/10/14
<table border=1>
<tr><td>深刻度<td><b><font color=red>警告</b></font>
<tr><td>対象環境<td>クライアント
<p>Internet Explorer 6 SP1 から FTP でファイルを保存する場合にのみ影響します。
""", "alert", "MS05-044", "905495", "3", "client", "2005-10-12", "2005-10-14",
     "Windows FTP クライアントの脆弱性により、ファイル転送の場所が改ざんされる")


page("hostile_comment_old_values", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>セキュリティ情報 MS05-051</title>
</head>
<body>
<!-- 旧テンプレート（2005/10/12 版）
<table>
<tr><td>識別番号</td><td>MS05-040/893756</td></tr>
<tr><td>深刻度</td><td>重要</td></tr>
<tr><td>登録日</td><td>2005/08/10</td></tr>
<tr><td>対象環境</td><td>サーバ</td></tr>
</table>
-->
<h2>MSDTC および COM+ の脆弱性により、リモートでコードが実行される</h2>
<!-- 深刻度 は下の表で ●印 を付けること。更新日：未定 -->
<table border="1" cellspacing="0">
<tr><td>識別番号</td><td colspan="4">MS05-051/902400</td></tr>
<tr><td>深刻度</td><td>●緊急</td><td>○重要</td><td>○警告</td><td>○注意</td></tr>
<tr><td>登録日</td><td colspan="4">2005/10/12<!-- 2005/10/11 US --></td></tr>
<tr><td>対象環境</td><td colspan="2">●サーバ</td><td colspan="2">●クライアント</td></tr>
</table>
<!---->
<p>MSDTC、COM+、TIP の各コンポーネントに関する4件の脆弱性を修正します。</p>
</body>
</html>
""", "alert", "MS05-051", "902400", "1", "server,client", "2005-10-12", "-",
     "MSDTC および COM+ の脆弱性により、リモートでコードが実行される")


page("hostile_script_style", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>更新プログラム情報</title>
<style type="text/css">
/* 深刻度：注意 の行はグレー表示 */
td.sev4 { color:#999 }
</style>
<script type="text/javascript">
<!--
var related = "MS05-019";
function sevLabel(n){ return ["","緊急","重要","警告","注意"][n]; }
function showOld(){ document.getElementById('old').innerHTML = '<p>登録日：2005/04/12　深刻度：' + sevLabel(4) + '</p>'; }
//-->
</script>
</head>
<body>
<h2>ネットワーク接続の脆弱性 (TCP/IP) により、リモートでコードが実行される</h2>
<script>if (top.location != self.location) { top.location = self.location; }</script>
<table border="1" cellspacing="0">
<tr><td>識別番号</td><td>MS05-019 / 893066</td></tr>
<tr><td>深刻度</td><td>緊急</td></tr>
<tr><td>登録日</td><td>2005/04/13</td></tr>
<tr><td>更新日</td><td>2005/06/15</td></tr>
</table>
<noscript><p>JavaScript を有効にすると、関連情報が表示されます。</p></noscript>
<p>IP 検証に関する脆弱性ほか、計5件の脆弱性を修正する。</p>
</body>
</html>
""", "alert", "MS05-019", "893066", "1", "-", "2005-04-13", "2005-06-15",
     "ネットワーク接続の脆弱性 (TCP/IP) により、リモートでコードが実行される")


def _ncr(s):
    return "".join("&#%d;" % ord(c) for c in s)

page("hostile_char_refs", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>""" + _ncr("埋め込みフォント") + """</title>
</head>
<body>
<h2>""" + _ncr("埋め込みWebフォントの脆弱性により、リモートでコードが実行される") + """</h2>
<table border="1" cellspacing="0">
<tr><td>""" + _ncr("識別番号") + """</td><td>MS06-002&#47;908519</td></tr>
<tr><td>""" + _ncr("深刻度") + """</td><td>&#x7DCA;&#x6025;</td></tr>
<tr><td>""" + _ncr("登録日") + """</td><td>2006&#47;01&#47;11</td></tr>
<tr><td>""" + _ncr("対象環境") + """</td><td>""" + _ncr("クライアント") + """</td></tr>
</table>
<p>この CMS は日本語を数値文字参照で出力します。</p>
</body>
</html>
""", "alert", "MS06-002", "908519", "1", "client", "2006-01-11", "-",
     "埋め込みWebフォントの脆弱性により、リモートでコードが実行される")


page("hostile_odd_attributes", "cp932", """<html>
<head>
<meta content="text/html; charset=Windows-31J" http-equiv=Content-Type>
<title>TNEF</title>
</head>
<body>
<h2 title="見出し > TNEF">Outlook および Exchange の TNEF デコードの脆弱性</h2>
<table border=1 cellspacing=0 onmouseover="if (a > 1) { b = '<td>深刻度</td><td>注意</td>'; }">
<tr><td class=lbl>識別番号</td><td>MS06-003/902412</td></tr>
<tr><td class=lbl>深刻度</td><td data-note='重要 ではない'>緊急</td></tr>
<tr><td class=lbl>登録日</td><td>2006/01/11</td></tr>
<tr><td class=lbl>対象環境</td><td title="サーバ">サーバ／クライアント</td></tr>
</table>
<p>当社（㈱ミナト商会）では Exchange Server 2003 SP1 に適用済みです（作業票№12 参照）。</p>
</body>
</html>
""", "alert", "MS06-003", "902412", "1", "server,client", "2006-01-11", "-",
     "Outlook および Exchange の TNEF デコードの脆弱性")
