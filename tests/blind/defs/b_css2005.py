# Class css: 2005-2006 pages with CSS classes, lower-case XHTML-ish markup.

page("css_ms05-051_selected", "utf8", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>MS05-051 | パッチ・ウォッチ</title>
<link rel="stylesheet" href="/css/pw.css" type="text/css" />
</head>
<body>
<div id="header"><p class="logo">パッチ・ウォッチ</p></div>
<div id="content">
<h1 class="entry-title">MS DTCとCOM+の脆弱性により、リモートでコードが実行される危険性</h1>
<table class="spec">
<tr><th>登録日</th><td class="date">2005/10/12</td></tr>
<tr><th>更新日</th><td class="date">2005/10/14</td></tr>
<tr><th>深刻度</th><td>
<ul class="levels">
<li class="selected">1(緊急)</li>
<li>2(重要)</li>
<li>3(警告)</li>
<li>4(注意)</li>
</ul></td></tr>
<tr><th>対象環境</th><td>
<ul class="targets"><li class="selected">サーバ</li><li class="selected">クライアント</li></ul></td></tr>
<tr><th>セキュリティ情報</th><td><a href="http://www.microsoft.com/japan/technet/security/bulletin/ms05-051.mspx">MS05-051</a></td></tr>
<tr><th>サポート技術情報</th><td>902400</td></tr>
</table>
<p class="lead">MS DTC（分散トランザクション・コーディネータ）とCOM+に合わせて4件の脆弱性が見つかった。Windows 2000ではMS DTCの脆弱性が匿名で悪用可能なため、至急の適用が望ましい。</p>
</div>
<div id="footer">&copy; 2005 Patch Watch</div>
</body>
</html>
""", "alert", "MS05-051", "902400", "1", "server,client", "2005-10-12", "2005-10-14",
"MS DTCとCOM+の脆弱性により、リモートでコードが実行される危険性")

page("css_ms06-001_sevimg", "sjis", """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<meta http-equiv="Content-Style-Type" content="text/css">
<title>緊急パッチ情報：MS06-001</title>
<style type="text/css">
.hd { font-weight: bold; background: #dde; }
.body { line-height: 1.6; }
</style>
</head>
<body>
<div class="bar">緊急パッチ情報 ／ 2006年1月</div>
<h2 class="ttl">グラフィックス・レンダリング・エンジンの脆弱性により、リモートでコードが実行される危険性</h2>
<table class="info" cellspacing="0">
<tr><td class="hd">登録日</td><td>2006/01/06</td></tr>
<tr><td class="hd">更新日</td><td>2006/01/10</td></tr>
<tr><td class="hd">深刻度</td><td><img src="/i/sev_on.gif" width="60" height="16"><img src="/i/sev_off.gif" width="60" height="16"><img src="/i/sev_off.gif" width="60" height="16"><img src="/i/sev_off.gif" width="60" height="16"><br><span class="cap">1(緊急)　2(重要)　3(警告)　4(注意)</span></td></tr>
<tr><td class="hd">対象環境</td><td><img src="/i/tgt_server_on.gif" width="60" height="16"><img src="/i/tgt_client_on.gif" width="60" height="16"></td></tr>
<tr><td class="hd">セキュリティ情報</td><td>MS06-001</td></tr>
<tr><td class="hd">KB</td><td>912919</td></tr>
</table>
<div class="body">
<p>WMF（Windowsメタファイル）画像の処理に脆弱性があり、細工された画像を表示しただけで任意のコードが実行される。すでに攻撃が確認されているため、定例外で修正プログラムが公開された。</p>
</div>
<address>Copyright (C) 2006 EmergencyPatch.jp</address>
</body>
</html>
""", "alert", "MS06-001", "912919", "1", "server,client", "2006-01-06", "2006-01-10",
"グラフィックス・レンダリング・エンジンの脆弱性により、リモートでコードが実行される危険性")

page("css_ms05-043_bgcolor", "euc", """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>セキュリティパッチ便り</title>
<link rel="stylesheet" href="style.css">
</head>
<body>
<div class="crumb"><a href="/">トップ</a> &gt; <a href="/bin/">パッチ便り</a> &gt; MS05-043</div>
<div class="main">
<h2>印刷スプーラ・サービスの脆弱性により、リモートでコードが実行される危険性</h2>
<table class="grid" border="1">
<tr><td class="label">登録日</td><td colspan="4">2005年10月12日</td></tr>
<tr><td class="label">更新日</td><td colspan="4">2005年10月12日</td></tr>
<tr><td class="label">深刻度</td>
<td style="background-color:#ffffff">1(緊急)</td>
<td style="background-color:#ff6600;color:#ffffff">2(重要)</td>
<td style="background-color:#ffffff">3(警告)</td>
<td style="background-color:#ffffff">4(注意)</td></tr>
<tr><td class="label">対象環境</td>
<td colspan="2" style="background-color:#ff6600;color:#ffffff">サーバ</td>
<td colspan="2" style="background-color:#ff6600;color:#ffffff">クライアント</td></tr>
<tr><td class="label">番号</td><td colspan="4">MS05-043 ／ 896423</td></tr>
</table>
<p>印刷スプーラ・サービスにバッファ・オーバーフローが存在する。Windows 2000とWindows XP SP1では匿名で攻撃が可能だが、Windows XP SP2とWindows Server 2003ではログオン資格が必要である。</p>
</div>
<div class="foot">Copyright &copy; 2005 パッチ便り編集部</div>
</body>
</html>
""", "alert", "MS05-043", "896423", "2", "server,client", "2005-10-12", "2005-10-12",
"印刷スプーラ・サービスの脆弱性により、リモートでコードが実行される危険性")

page("css_ms06-013_select", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>IE累積パッチ MS06-013 - 情シス備忘録</title>
</head>
<body>
<div id="page">
<div class="title"><h1>Internet Explorerの累積的な修正プログラムにより、複数の脆弱性が解消される</h1></div>
<form action="#">
<table class="bulletin">
<tr><th>登録日</th><td>2006/04/12</td></tr>
<tr><th>更新日</th><td>2006/04/20</td></tr>
<tr><th>深刻度</th><td><select name="sev" disabled>
<option value="1" selected>1(緊急)</option>
<option value="2">2(重要)</option>
<option value="3">3(警告)</option>
<option value="4">4(注意)</option>
</select></td></tr>
<tr><th>対象環境</th><td>
<input type="checkbox" name="t" value="server" disabled> サーバ
<input type="checkbox" name="t" value="client" checked disabled> クライアント
</td></tr>
<tr><th>セキュリティ情報</th><td>MS06-013 (KB912812)</td></tr>
</table>
</form>
<p>Internet Explorerの累積的な修正プログラム。createTextRange()の脆弱性など10件を修正する。サーバではIEを使わない運用なら急ぐ必要はないため、対象はクライアントとした。</p>
</div>
</body>
</html>
""", "alert", "MS06-013", "912812", "1", "client", "2006-04-12", "2006-04-20",
"Internet Explorerの累積的な修正プログラムにより、複数の脆弱性が解消される")

page("css_ms05-054_radio", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">
<title>PatchNavi</title>
<style>.on{font-weight:bold}.off{color:#999}</style>
</head>
<body>
<div class="nav"><a href="/">PatchNavi</a></div>
<div class="article">
<div class="hl">Internet Explorerの累積的なセキュリティ修正プログラム（2005年12月）</div>
<dl class="meta"><dt>登録日</dt><dd>2005/12/14</dd><dt>更新日</dt><dd>2005/12/16</dd></dl>
<table class="sev">
<tr><th>深刻度</th>
<td><input type="radio" name="lv" checked disabled>1(緊急)</td>
<td><input type="radio" name="lv" disabled>2(重要)</td>
<td><input type="radio" name="lv" disabled>3(警告)</td>
<td><input type="radio" name="lv" disabled>4(注意)</td></tr>
<tr><th>対象環境</th>
<td colspan="2"><input type="radio" name="sv" disabled>サーバ</td>
<td colspan="2"><input type="radio" name="cl" checked disabled>クライアント</td></tr>
</table>
<p class="ref">MS05-054 ／ KB905915</p>
<p>IEの累積的な修正プログラム。window()オブジェクトの処理に関する脆弱性はすでに攻撃コードが公開されており、クライアントには至急適用すべきだ。</p>
</div>
</body>
</html>
""", "alert", "MS05-054", "905915", "1", "client", "2005-12-14", "2005-12-16",
"Internet Explorerの累積的なセキュリティ修正プログラム（2005年12月）")

page("css_ms06-007_spans", "utf8", """<html>
<head>
<meta charset="utf-8">
<title>TCP/IP IGMP - セキュア更新ノート</title>
</head>
<body class="entry">
<div id="hdr">セキュア更新ノート</div>
<div class="post">
<h2 class="post-title">TCP/IPのIGMP処理の脆弱性により、サービス拒否が起きる危険性</h2>
<div class="post-meta">
<span class="k">登録日</span> <span class="v">2006/02/15</span> ｜
<span class="k">更新日</span> <span class="v">2006/02/17</span>
</div>
<div class="rating">深刻度：
<span class="lv">緊急</span>
<span class="lv lv-active">重要</span>
<span class="lv">警告</span>
<span class="lv">注意</span>
</div>
<div class="rating">対象環境：
<span class="tg tg-active">サーバ</span>
<span class="tg tg-active">クライアント</span>
</div>
<p>MS06-007（サポート技術情報 913446）。細工されたIGMP v3パケットを受信するとシステムが応答しなくなる。インターネットに直接公開しているサーバは優先して適用すること。</p>
</div>
</body>
</html>
""", "alert", "MS06-007", "913446", "2", "server,client", "2006-02-15", "2006-02-17",
"TCP/IPのIGMP処理の脆弱性により、サービス拒否が起きる危険性")
