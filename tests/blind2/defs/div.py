# 2006 pages laid out with <div> and CSS floats: header, sidebar with other
# bulletins, main column.

page("div_ms06040", "utf8", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>MS06-040 | パッチ情報ナビ</title>
<style type="text/css">
#wrap { width: 800px; margin: 0 auto; }
#side { float: left; width: 180px; }
#main { float: right; width: 600px; }
#foot { clear: both; }
ul.rating li { display: inline; padding: 2px 6px; color: #aaa; }
ul.rating li.on { background: #c00; color: #fff; }
</style>
</head>
<body>
<div id="wrap">
<div id="head"><a href="/"><img src="/img/logo.png" alt="パッチ情報ナビ" /></a></div>
<div id="side">
<h3>2006年8月の更新</h3>
<ul>
<li><a href="ms06-041.html">MS06-041 DNS クライアント</a></li>
<li><a href="ms06-042.html">MS06-042 Internet Explorer</a></li>
<li><a href="ms06-043.html">MS06-043 Outlook Express</a></li>
<li><a href="ms06-044.html">MS06-044 管理コンソール</a></li>
</ul>
</div>
<div id="main">
<h2>Server サービスの脆弱性 ― ワーム化の危険大</h2>
<p class="date">公開: 2006年8月9日 ／ 更新: 2006年8月14日</p>
<dl class="info">
<dt>セキュリティ情報</dt><dd>MS06-040</dd>
<dt>サポート技術情報</dt><dd>921883</dd>
<dt>深刻度</dt>
<dd><ul class="rating"><li class="on">緊急</li><li>重要</li><li>警告</li><li>注意</li></ul></dd>
<dt>対象</dt>
<dd><ul class="rating"><li class="on">サーバ</li><li class="on">クライアント</li></ul></dd>
</dl>
<p>Server サービスが受け取るメッセージの処理にバッファ オーバーフローがあり、認証なしにリモートからコードを実行される。
8月12日には、この脆弱性を悪用するボットが確認された。</p>
</div>
<div id="foot">&copy; 2006 パッチ情報ナビ</div>
</div>
</body>
</html>
""", "alert", "MS06-040", "921883", "1", "server,client", "2006-08-09", "2006-08-14",
     "Server サービスの脆弱性 ― ワーム化の危険大")

page("div_ms06042", "utf8", """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>IE の累積的な更新 - MS06-042</title>
<link rel="stylesheet" type="text/css" href="/css/bulletin.css">
</head>
<body>
<div class="container">
<div class="masthead">Windows パッチ速報</div>
<div class="column-left">
<div class="entry">
<div class="entry-date">2006.08.09 <span class="upd">(2006.08.24 更新)</span></div>
<h2 class="entry-title">Internet Explorer 用の累積的なセキュリティ更新プログラム</h2>
<div class="entry-meta">
<span class="bid">MS06-042</span> / <span class="kb">KB918899</span> /
<span class="sev sev1">緊急</span>
</div>
<p class="target">対象: サーバー / クライアント</p>
<div class="entry-body">
<p>Internet Explorer に、Web ページを閲覧するだけでコードが実行される脆弱性が複数存在する。
8月24日、Windows XP SP1 と Windows Server 2003 用の修正プログラムが再リリースされた。</p>
</div>
</div>
</div>
<div class="column-right">
<h4>アーカイブ</h4>
<ul><li><a href="/2006/07/">2006年7月</a></li><li><a href="/2006/06/">2006年6月</a></li></ul>
</div>
<div class="footer">Windows パッチ速報</div>
</div>
</body>
</html>
""", "alert", "MS06-042", "918899", "1", "server,client", "2006-08-09", "2006-08-24",
     "Internet Explorer 用の累積的なセキュリティ更新プログラム")

page("div_bom_ms06036", "utf8", """<html>
<head>
<title>DHCP クライアント サービスの脆弱性 (MS06-036)</title>
<style>
.crumb { font-size: 80%; }
.box { float: left; width: 48%; margin-right: 2%; }
.label { font-weight: bold; }
</style>
</head>
<body>
<div class="crumb"><a href="/">ホーム</a> &gt; <a href="/sec/">セキュリティ</a> &gt; <a href="/sec/2006/">2006年</a> &gt; MS06-036</div>
<h1>DHCP クライアント サービスの脆弱性</h1>
<div class="box">
<p><span class="label">識別番号：</span>MS06-036</p>
<p><span class="label">KB：</span>914388</p>
<p><span class="label">深刻度：</span>緊急</p>
</div>
<div class="box">
<p><span class="label">公開日：</span>2006/07/12</p>
<p><span class="label">対象環境：</span>クライアント、サーバ</p>
</div>
<div style="clear:both"></div>
<p>DHCP クライアント サービスが DHCP サーバから受け取った応答の処理にバッファ オーバーランがあり、
同じネットワーク上の攻撃者がコードを実行できるおそれがあります。</p>
</body>
</html>
""", "alert", "MS06-036", "914388", "1", "server,client", "2006-07-12", "-",
     "DHCP クライアント サービスの脆弱性", bom=True)
