# Class hostile: odd and broken pages.

page("hostile_cutoff_midtable", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>HotFix速報</title></head>
<body>
<h2>JPEG処理（GDI+）のバッファ・オーバーランにより、コードが実行される危険性</h2>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>登録日</td><td>2004/09/15</td></tr>
<tr><td>識別番号</td><td>MS04-028/833987</td></tr>
<tr><td>深刻度</td><td>●1(緊急) ○2(重要) ○3(警告) ○4(注意)</td></tr>
<tr><td>対象環境</td><td>●サー""", "alert", "MS04-028", "833987", "1", "-", "2004-09-15", "-",
"JPEG処理（GDI+）のバッファ・オーバーランにより、コードが実行される危険性")

page("hostile_two_ids_pastfix", "utf8", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>MS06-016</title></head>
<body>
<p class="related">関連：<a href="ms06-015.html">MS06-015 エクスプローラの脆弱性</a></p>
<h1>Outlook Expressの累積的な修正プログラムにより、コードが実行される危険性が解消される</h1>
<table border="1">
<tr><th>登録日</th><td>2006/04/12</td></tr>
<tr><th>更新日</th><td>2006/04/13</td></tr>
<tr><th>深刻度</th><td>2(重要)</td></tr>
<tr><th>対象環境</th><td>クライアント</td></tr>
<tr><th>含まれる過去の修正</th><td>MS05-030（KB897715）</td></tr>
<tr><th>脆弱性識別番号</th><td>MS06-016/911567</td></tr>
</table>
<p>Outlook Expressのアドレス帳（WAB）ファイルの処理に脆弱性がある。本修正プログラムにはMS05-030の修正も含まれている。</p>
</body></html>
""", "alert", "MS06-016", "911567", "2", "client", "2006-04-12", "2006-04-13",
"Outlook Expressの累積的な修正プログラムにより、コードが実行される危険性が解消される")

page("hostile_id_typo", "euc", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"><title>リモート・デスクトップ</title></head>
<body>
<h2>リモート・デスクトップ・プロトコルの脆弱性により、サービス拒否が起きる危険性</h2>
<table border="1" cellspacing="0">
<tr><td><b>登録日</b></td><td>2005/08/10</td></tr>
<tr><td><b>更新日</b></td><td>2005/08/10</td></tr>
<tr><td><b>深刻度</b></td><td>○1(緊急)　○2(重要)　●3(警告)　○4(注意)</td></tr>
<tr><td><b>対象環境</b></td><td>●サーバ　●クライアント</td></tr>
<tr><td><b>セキュリティ情報</b></td><td>MS05-41</td></tr>
<tr><td><b>サポート技術情報</b></td><td>899591</td></tr>
</table>
<p>リモート・デスクトップ・プロトコル（RDP）の処理に脆弱性があり、細工されたパケットを受信するとシステムが再起動する。</p>
</body></html>
""", "alert", "MS05-041", "899591", "3", "server,client", "2005-08-10", "2005-08-10",
"リモート・デスクトップ・プロトコルの脆弱性により、サービス拒否が起きる危険性")

page("hostile_title_two_lines", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>SMTP</title></head>
<body>
<table border="0" width="600"><tr><td>
<font size="4"><b>SMTPのDNS参照処理の脆弱性により、Windows
Server 2003でリモートからコードが実行される危険性</b></font>
</td></tr></table>
<table border="1" cellspacing="0">
<tr><td>登録日</td><td>2004/10/13</td><td>更新日</td><td>2004/10/14</td></tr>
<tr><td>深刻度</td><td colspan="3">●1(緊急)　○2(重要)　○3(警告)　○4(注意)</td></tr>
<tr><td>対象環境</td><td colspan="3">●サーバ　○クライアント</td></tr>
<tr><td>識別番号</td><td colspan="3">MS04-035/885881</td></tr>
</table>
<p>SMTPサービスがDNSの応答を処理する際に脆弱性がある。Exchange Server 2003も影響を受ける。</p>
</body></html>
""", "alert", "MS04-035", "885881", "1", "server", "2004-10-13", "2004-10-14",
"SMTPのDNS参照処理の脆弱性により、Windows Server 2003でリモートからコードが実行される危険性")

page("hostile_empty_severity", "utf8", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>MS05-047</title></head>
<body>
<h2>プラグ・アンド・プレイの脆弱性により、権限が昇格する危険性</h2>
<table border="1" cellspacing="0">
<tr><th>登録日</th><td colspan="4">2005/10/12</td></tr>
<tr><th>更新日</th><td colspan="4">2005/10/12</td></tr>
<tr><th>深刻度</th><td>1(緊急)</td><td>2(重要)</td><td>3(警告)</td><td>4(注意)</td></tr>
<tr><th>対象環境</th><td colspan="2">サーバ</td><td colspan="2">クライアント</td></tr>
<tr><th>番号</th><td colspan="4">MS05-047/905749</td></tr>
</table>
<p>（深刻度と対象環境は現在評価中です）</p>
<p>Windows 2000とWindows XPのプラグ・アンド・プレイ・サービスに脆弱性があり、ログオン資格を持つユーザーが権限を昇格できる。</p>
</body></html>
""", "alert", "MS05-047", "905749", "-", "-", "2005-10-12", "2005-10-12",
"プラグ・アンド・プレイの脆弱性により、権限が昇格する危険性")


def _nested():
    inner = """<table border="1" cellpadding="2"><tr><td>登録日</td><td>2004/10/13</td></tr>
<tr><td>更新日</td><td>2004/10/15</td></tr>
<tr><td>深刻度</td><td>○1(緊急) ●2(重要) ○3(警告) ○4(注意)</td></tr>
<tr><td>対象環境</td><td>●サーバ ○クライアント</td></tr>
<tr><td>識別番号</td><td>MS04-036/883935</td></tr></table>
<p>NNTPサービスの脆弱性。Exchange 2000 ServerなどでNNTPを有効にしている場合に影響を受ける。</p>"""
    s = inner
    for i in range(10):  # ten levels of layout tables; the headline sits at level 5
        s = '<table width="100%%" border="0" cellpadding="%d" cellspacing="0"><tr><td valign="top">%s</td></tr></table>' % (
            i % 3, s if i != 4 else '<font size="4"><b>NNTPの脆弱性により、リモートでコードが実行される危険性</b></font><br>\n' + s)
    return s

page("hostile_nested_10", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>NNTP</title></head>
<body>
""" + _nested() + """
</body></html>
""", "alert", "MS04-036", "883935", "2", "server", "2004-10-13", "2004-10-15",
"NNTPの脆弱性により、リモートでコードが実行される危険性")

page("hostile_comments_scripts", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>MS05-026</title>
<script type="text/javascript">
// テンプレート: 深刻度 4(注意) 対象環境 サーバ 更新日 2001/01/01
function stamp() { document.write("更新日：2001/01/01 登録日：2001/01/01"); }
var sev = "深刻度：1(緊急)";
</script>
<style>/* 深刻度 3(警告) の色 */ .lv3 { color: #cc0 }</style>
</head>
<body>
<!-- 登録日 1999/12/31 深刻度 4(注意) MS99-999 KB000000 -->
<h2>HTMLヘルプの脆弱性により、リモートでコードが実行される危険性</h2>
<!-- <h2>タイトル未定</h2> -->
<table border="1" cellspacing="0">
<tr><td>登録日</td><td>2005/06/15</td></tr>
<tr><td>更新日</td><td><script>stamp()</script><noscript></noscript>2005/06/20</td></tr>
<tr><td>深刻度</td><td><!-- 1(緊急) -->2(重要)</td></tr>
<tr><td>対象環境</td><td>クライアント<!-- サーバ --></td></tr>
<tr><td>識別番号</td><td>MS05-026/896358</td></tr>
</table>
<p>HTMLヘルプ（.chm）ファイルの処理に脆弱性がある。</p>
</body></html>
""", "alert", "MS05-026", "896358", "2", "client", "2005-06-15", "2005-06-20",
"HTMLヘルプの脆弱性により、リモートでコードが実行される危険性")

page("hostile_label_in_prose", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>MS05-038</title></head>
<body>
<h2>Internet Explorerの累積的なセキュリティ修正プログラム（2005年8月）</h2>
<p>今回の修正プログラムの深刻度はマイクロソフトの評価より一段低く見積もった。対策については後述します。対象環境はサーバでもIEを使うなら含めて考えてほしい。更新日はこのページの最後に記した。</p>
<table border="1" cellspacing="0">
<tr><td>登録日</td><td>2005/08/10</td></tr>
<tr><td>深刻度</td><td>○1(緊急)　●2(重要)　○3(警告)　○4(注意)</td></tr>
<tr><td>対象環境</td><td>○サーバ　●クライアント</td></tr>
<tr><td>セキュリティ情報</td><td>MS05-038</td></tr>
<tr><td>サポート技術情報</td><td>896727</td></tr>
</table>
<p>対策：修正プログラムを適用する。</p>
<p>更新日：2005/08/11</p>
</body></html>
""", "alert", "MS05-038", "896727", "2", "client", "2005-08-10", "2005-08-11",
"Internet Explorerの累積的なセキュリティ修正プログラム（2005年8月）")

page("hostile_zenkaku_spaces", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>　ＭＳ０５−０１５　</title></head>
<body>
<p>　<b>　ハイパーリンク・オブジェクト・ライブラリの脆弱性により、リモートでコードが実行される危険性　</b>　</p>
<table border="1" cellspacing="0">
<tr><td>　登　録　日　</td><td>　２００５／０４／１３　</td></tr>
<tr><td>　更　新　日　</td><td>　２００５／０４／１５　</td></tr>
<tr><td>　深　刻　度　</td><td>　●１（緊急）　○２（重要）　○３（警告）　○４（注意）　</td></tr>
<tr><td>　対象環境　</td><td>　●サーバ　　●クライアント　</td></tr>
<tr><td>　識別番号　</td><td>　ＭＳ０５−０１５／８８８１１３　</td></tr>
</table>
<p>　ハイパーリンク・オブジェクト・ライブラリに未チェック・バッファの脆弱性がある。</p>
</body></html>
""", "alert", "MS05-015", "888113", "1", "server,client", "2005-04-13", "2005-04-15",
"ハイパーリンク・オブジェクト・ライブラリの脆弱性により、リモートでコードが実行される危険性")

page("hostile_mislabel_utf8_as_sjis", "utf8", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>MS05-050</title></head>
<body>
<h2>DirectShowの脆弱性により、リモートでコードが実行される危険性</h2>
<table border="1" cellspacing="0">
<tr><td>登録日</td><td>2005/10/12</td></tr>
<tr><td>更新日</td><td>2005/10/12</td></tr>
<tr><td>深刻度</td><td>■1(緊急)　□2(重要)　□3(警告)　□4(注意)</td></tr>
<tr><td>対象環境</td><td>■サーバ　■クライアント</td></tr>
<tr><td>識別番号</td><td>MS05-050/904706</td></tr>
</table>
<p>DirectShowがAVIファイルを処理する際に脆弱性がある。細工された動画ファイルを開くと任意のコードが実行される。</p>
</body></html>
""", "alert", "MS05-050", "904706", "1", "server,client", "2005-10-12", "2005-10-12",
"DirectShowの脆弱性により、リモートでコードが実行される危険性")

page("hostile_euc_as_utf8_alt_only", "euc", """<html>
<head><meta charset="utf-8"><title>MS04-024</title></head>
<body>
<h2>Windowsシェルの脆弱性により、リモートでコードが実行される危険性</h2>
<p>登録日：2004/07/14　更新日：2004/07/14</p>
<p>深刻度：<img src="lv.gif" alt="重要"></p>
<p>対象環境：<img src="t.gif" alt="クライアント"></p>
<p>MS04-024 ／ KB839645</p>
<p>Windowsシェルがファイルの関連付けを処理する際に脆弱性がある。</p>
</body></html>
""", "alert", "MS04-024", "839645", "2", "client", "2004-07-14", "2004-07-14",
"Windowsシェルの脆弱性により、リモートでコードが実行される危険性")
