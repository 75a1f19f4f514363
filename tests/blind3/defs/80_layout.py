# Two-column layouts with a menu of other bulletins; id only in link text or <title>.

page("twocol_table_menu", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>Windows パッチ情報館</title>
</head>
<body leftmargin="0" topmargin="0">
<table width="780" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" bgcolor="#000066"><font color="#ffffff" size="5"><b>Windows パッチ情報館</b></font></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#eeeeff">
<p><b>最近の情報</b></p>
<p><a href="ms05-051.html">MS05-051</a><br>緊急 / 2005/10/12</p>
<p><a href="ms05-050.html">MS05-050</a><br>緊急 / 2005/10/12</p>
<p><a href="ms05-049.html">MS05-049</a><br>重要 / 2005/10/12</p>
<p><a href="ms05-045.html">MS05-045</a><br>警告 / 2005/10/12</p>
<p><a href="ms05-044.html">MS05-044</a><br>警告 / 2005/10/12</p>
<p><a href="ms05-043.html">MS05-043</a><br>緊急 / 2005/07/13</p>
<p><b>カテゴリ</b><br><a href="c_win.html">Windows</a><br><a href="c_ie.html">IE</a><br><a href="c_office.html">Office</a></p>
</td>
<td width="600" valign="top">
<h2>Windows シェルの脆弱性により、リモートでコードが実行される</h2>
<table border="1" cellspacing="0" cellpadding="3" width="100%">
<tr><td width="100">番号</td><td>MS05-049 / 900725</td></tr>
<tr><td>深刻度</td><td>重要</td></tr>
<tr><td>登録日</td><td>2005/10/13</td></tr>
<tr><td>更新日</td><td>2005/10/14</td></tr>
<tr><td>対象環境</td><td>クライアント</td></tr>
</table>
<p>細工されたショートカット（.lnk）ファイルや HTA ファイルを開くと、任意のコードが実行される可能性があります。</p>
</td>
</tr>
</table>
</body>
</html>
""", "alert", "MS05-049", "900725", "2", "client", "2005-10-13", "2005-10-14",
     "Windows シェルの脆弱性により、リモートでコードが実行される")


page("twocol_float_menu_after", "utf8", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>DHCP クライアント サービスの脆弱性 | patchwatch</title>
<style type="text/css">
#main{float:right;width:70%} #side{float:left;width:25%}
</style>
</head>
<body>
<div id="main">
<h1>DHCP クライアント サービスの脆弱性により、リモートでコードが実行される</h1>
<ul class="props">
<li>ID: MS06-036</li>
<li>KB: 914388</li>
<li>深刻度: 緊急</li>
<li>登録日: 2006-07-12</li>
</ul>
<p>細工された DHCP 応答を受け取ると、DHCP クライアント サービスでバッファオーバーフローが発生する。</p>
</div>
<div id="side">
<h3>同じ日に公開</h3>
<ul>
<li><a href="/ms06-035">MS06-035</a> 緊急 2006-07-12 更新 2006-07-13</li>
<li><a href="/ms06-037">MS06-037</a> 緊急 2006-07-12</li>
<li><a href="/ms06-038">MS06-038</a> 緊急 2006-07-12</li>
<li><a href="/ms06-039">MS06-039</a> 緊急 2006-07-12</li>
</ul>
<h3>深刻度の凡例</h3>
<p>緊急 / 重要 / 警告 / 注意</p>
</div>
</body>
</html>
""", "alert", "MS06-036", "914388", "1", "-", "2006-07-12", "-",
     "DHCP クライアント サービスの脆弱性により、リモートでコードが実行される")


page("idwhere_link_text", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>セキュリティ情報</title>
</head>
<body>
<h2>DNS クライアントの脆弱性により、リモートでコードが実行される</h2>
<p>登録日：2006/08/09<br>深刻度：緊急<br>KB：920683</p>
<p>参照：<a href="/r?id=5512">http://www.microsoft.com/japan/technet/security/bulletin/MS06-041.mspx</a></p>
<p>Winsock および DNS クライアント サービスの脆弱性を修正します。</p>
</body>
</html>
""", "alert", "MS06-041", "920683", "1", "-", "2006-08-09", "-",
     "DNS クライアントの脆弱性により、リモートでコードが実行される")


page("idwhere_title_only", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>MS06-035 - サーバー サービスの脆弱性 - パッチ適用メモ</title>
</head>
<body>
<h2>サーバー サービスの脆弱性により、リモートでコードが実行される</h2>
<table border="1" cellspacing="0">
<tr><td>サポート技術情報</td><td>917159</td></tr>
<tr><td>深刻度</td><td>緊急</td></tr>
<tr><td>登録日</td><td>2006/07/12</td></tr>
<tr><td>対象</td><td>サーバー・クライアント</td></tr>
</table>
<p>メールスロットの処理に関する脆弱性と、SMB の情報漏えいの脆弱性を修正する。</p>
</body>
</html>
""", "alert", "MS06-035", "917159", "1", "server,client", "2006-07-12", "-",
     "サーバー サービスの脆弱性により、リモートでコードが実行される")
