# Windows-31J-only characters, full-width dates, 不具合情報 on a vendor
# site, a wiki page and a news article.

page("w31j_ms05040", "cp932", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>メールマガジン バックナンバー</title>
</head>
<body>
<p>㈱○○ソリューションズ　セキュリティ・メールマガジン　№0812</p>
<p>発行日：2005/08/11　編集：髙橋・山﨑</p>
<hr>
<h3>【№0812】テレフォニー サービスの脆弱性 (MS05-040)</h3>
<table border="1" cellspacing="0" cellpadding="2">
<tr><td>① 対象ソフトウェア</td><td>Windows 2000 / XP / Server 2003（表示名：テレフォニー）</td></tr>
<tr><td>② サポート技術情報</td><td>893756</td></tr>
<tr><td>③ 深刻度</td><td>重要</td></tr>
<tr><td>④ 対象環境</td><td>サーバ</td></tr>
</table>
<p>テレフォニー アプリケーション プログラミング インターフェイス (TAPI) サービスに、リモートでコードが実行される脆弱性があります。
Windows 2000 Server でテレフォニー サーバが構成されている場合に影響が大きくなります。</p>
<p>※ 本メールマガジンの内容の無断転載を禁じます。Ⅰ・Ⅱ種会員の方は会員ページもご覧ください。</p>
</body>
</html>
""", "alert", "MS05-040", "893756", "2", "server", "2005-08-11", "-",
     "【№0812】テレフォニー サービスの脆弱性 (MS05-040)")

page("date_fw_ms05050", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>DirectShow の脆弱性</title>
</head>
<body>
<center><h2>DirectShow の脆弱性によりリモートでコードが実行される</h2></center>
<table align="center" border="1" cellpadding="3" cellspacing="0">
<tr><td>セキュリティ情報</td><td>ＭＳ０５−０５０</td></tr>
<tr><td>サポート技術情報</td><td>９０４７０６</td></tr>
<tr><td>登録日</td><td>Ｈ１７．１０．１２</td></tr>
<tr><td>更新日</td><td>Ｈ１７．１０．２６</td></tr>
<tr><td>深刻度</td><td>緊急</td></tr>
</table>
<p>DirectShow で細工された .avi ファイルを処理すると、コードが実行される可能性があります。</p>
</body>
</html>
""", "alert", "MS05-050", "904706", "1", "-", "2005-10-12", "2005-10-26",
     "DirectShow の脆弱性によりリモートでコードが実行される")

page("notice_isp_ms05019", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>障害情報 | ○○ホスティング</title>
</head>
<body>
<div id="nav"><a href="/">ホーム</a> | <a href="/info/">お知らせ</a> | <a href="/trouble/">障害情報</a></div>
<h2>MS05-019 適用後に一部のサーバで通信できなくなる現象について</h2>
<p>掲載日：2005年5月11日</p>
<p>専用サーバ (Windows Server 2003) をご利用のお客様へ</p>
<p>4月に公開された MS05-019 (KB893066) の修正プログラムを適用したサーバで、ネットワーク接続の一部が
切断される現象が確認されております。マイクロソフト社よりこの問題を修正するプログラム (サポート技術情報 898060) が
公開されましたので、該当するお客様は適用をお願いいたします。</p>
<p>なお、Windows Server 2003 SP1 を適用済みのサーバは本現象の対象外です。</p>
<div id="footer">○○ホスティング サポートセンター</div>
</body>
</html>
""", "notice", "MS05-019", "893066,898060", "-", "-", "2005-05-11", "-",
     "MS05-019 適用後に一部のサーバで通信できなくなる現象について")

page("notice_digest_200510", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>修正プログラム適用後の不具合まとめ</title>
</head>
<body>
<h2>2005年10月 修正プログラム適用後の不具合まとめ</h2>
<p>作成：2005年10月21日　更新：2005年10月28日</p>
<h3>1. MS05-051 (KB902400) 適用後に COM+ アプリケーションが起動しない</h3>
<p>COM+ カタログのフォルダのアクセス権が既定から変更されていると、適用後に COM+ が動作しなくなる。
サポート技術情報 909444 の手順でアクセス権を戻すと解消する。</p>
<h3>2. MS05-049 (KB900725) 適用後にショートカットのアイコンが表示されない</h3>
<p>一部のサードパーティ製シェル拡張と組み合わせたときに発生する。10/28 時点で修正は未公開。</p>
</body>
</html>
""", "notice", "-", "902400,909444,900725", "-", "-", "2005-10-21", "2005-10-28",
     "2005年10月 修正プログラム適用後の不具合まとめ")

page("wiki_pukiwiki_ms05018", "euc", """<?xml version="1.0" encoding="EUC-JP" ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja">
<head>
<meta http-equiv="content-type" content="application/xhtml+xml; charset=EUC-JP" />
<title>パッチ/MS05-018 - 情シス Wiki</title>
<link rel="stylesheet" type="text/css" media="screen" href="skin/pukiwiki.css.php?charset=EUC-JP" charset="EUC-JP" />
</head>
<body>
<div id="header">
 <a href="index.php?FrontPage"><img id="logo" src="image/pukiwiki.png" width="80" height="80" alt="[PukiWiki]" title="[PukiWiki]" /></a>
 <h1 class="title"><a href="index.php?plugin=related&amp;page=%A5%D1%A5%C3%A5%C1%2FMS05-018">パッチ/MS05-018</a></h1>
 <a href="index.php?%A5%D1%A5%C3%A5%C1">パッチ</a>/<a href="index.php?%A5%D1%A5%C3%A5%C1%2FMS05-018">MS05-018</a>
</div>
<div id="navigator">
 [ <a href="index.php?FrontPage">トップ</a> ] &nbsp;
 [ <a href="index.php?plugin=edit&amp;page=%A5%D1%A5%C3%A5%C1%2FMS05-018">編集</a> | <a href="index.php?plugin=diff&amp;page=%A5%D1%A5%C3%A5%C1%2FMS05-018">差分</a> ]
</div>
<hr class="full_hr" />
<div id="body"><h2 id="content_1_0">Windows カーネルの脆弱性により、特権の昇格とサービス拒否が起こる  <a class="anchor_super" id="a1b2c3d4" href="#a1b2c3d4" title="a1b2c3d4">&dagger;</a></h2>
<table class="style_table" cellspacing="1" border="0">
<tbody>
<tr><th class="style_th">KB</th><td class="style_td">890859</td></tr>
<tr><th class="style_th">深刻度</th><td class="style_td">重要</td></tr>
<tr><th class="style_th">公開</th><td class="style_td">2005-04-13</td></tr>
<tr><th class="style_th">社内適用</th><td class="style_td">2005-04-20 完了</td></tr>
</tbody>
</table>
<h3 id="content_1_1">メモ  <a class="anchor_super" id="e5f6a7b8" href="#e5f6a7b8" title="e5f6a7b8">&dagger;</a></h3>
<ul class="list1" style="padding-left:16px;margin-left:16px"><li>ローカルでログオンできるユーザーが悪用できる。端末サーバを優先。</li></ul>
</div>
<hr class="full_hr" />
<div id="lastmodified">Last-modified: 2005-04-21 (木) 09:15:42 (587d)</div>
<div id="footer">
 Site admin: 情シス<br />
 <strong>PukiWiki 1.4.6</strong> Copyright &copy; 2001-2005 PukiWiki Developers Team.
</div>
</body>
</html>
""", "alert", "MS05-018", "890859", "2", "-", "2005-04-13", "2005-04-21",
     "Windows カーネルの脆弱性により、特権の昇格とサービス拒否が起こる")

page("news_article_ms06035", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>ニュース：Windows の Server サービスに再び脆弱性、月例パッチで修正 - ○○IT</title>
</head>
<body>
<table width="100%"><tr><td><img src="/img/logo_news.gif" alt="○○IT ニュース"></td>
<td align="right"><a href="/news/">ニュース</a> | <a href="/enterprise/">エンタープライズ</a> | <a href="/security/">セキュリティ</a></td></tr></table>
<div class="news">
<p class="kicker">セキュリティ</p>
<h1>Windows の Server サービスに再び脆弱性、月例パッチで修正</h1>
<p class="byline">2006年07月12日 08時31分 更新</p>
<p class="lead">米Microsoftは7月11日、月例のセキュリティ情報を公開した。</p>
<p>　このうち Server サービスのメールスロット処理に関する脆弱性 (MS06-035) は、最大深刻度が4段階で最も高い「緊急」に
分類されている。修正プログラムはサポート技術情報 917159 で配布される。悪用されると、リモートから任意のコードを実行される恐れがある。</p>
<p>　同時に公開された DHCP クライアントの脆弱性 (MS06-036) なども「緊急」に分類されている。</p>
<p class="relate">関連記事<br>
<a href="/news/0606/14/news010.html">6月の月例パッチ、IE など12件</a><br>
<a href="/news/0605/10/news003.html">MS06-019: Exchange にリモートコード実行の脆弱性</a></p>
</div>
<p align="center"><font size="1">Copyright(c) 2006 ○○IT Media. All rights reserved.</font></p>
</body>
</html>
""", "alert", "MS06-035", "917159", "1", "-", "-", "2006-07-12",
     "Windows の Server サービスに再び脆弱性、月例パッチで修正")
