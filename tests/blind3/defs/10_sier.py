# PC makers' and system integrators' support pages, each with its own template.

page("sier_pcmaker_dots", "sjis", """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>サポート情報 | あおば電機 パソコンサポート</title>
<link rel="stylesheet" href="/support/css/common.css" type="text/css">
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="760" border="0" cellspacing="0" cellpadding="0">
<tr><td><img src="/support/img/logo_aoba.gif" width="180" height="40" alt="あおば電機"></td>
<td align="right"><a href="/support/">サポートトップ</a> | <a href="/support/faq/">よくあるご質問</a> | <a href="/support/dl/">ダウンロード</a></td></tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="6">
<tr><td class="pankuzu"><a href="/">ホーム</a> &gt; <a href="/support/">サポート</a> &gt; <a href="/support/security/">セキュリティ情報</a> &gt; 情報番号 AOB-SEC-05-0112</td></tr>
</table>
<h2 class="ttl">Windows 2000/XPのプラグ アンド プレイに関する脆弱性について（MS05-039）</h2>
<table width="760" border="1" cellspacing="0" cellpadding="4" bordercolor="#999999">
<tr><th bgcolor="#e0e8f0" width="160">情報番号</th><td>AOB-SEC-05-0112</td></tr>
<tr><th bgcolor="#e0e8f0">公開日</th><td>2005.08.10</td></tr>
<tr><th bgcolor="#e0e8f0">更新日</th><td>2005.08.12</td></tr>
<tr><th bgcolor="#e0e8f0">マイクロソフト社の深刻度</th><td>緊急</td></tr>
<tr><th bgcolor="#e0e8f0">対象</th><td>当社製デスクトップパソコン・ノートパソコン（クライアント）、および当社製PCサーバ（サーバ）</td></tr>
<tr><th bgcolor="#e0e8f0">サポート技術情報</th><td><a href="http://support.microsoft.com/kb/899588/ja">899588</a></td></tr>
</table>
<p>マイクロソフト社より、Windowsのプラグ アンド プレイ サービスに関する脆弱性が公表されました。
当社製品をご利用のお客様は、Windows Update を実行して修正プログラムを適用してください。</p>
<h3>■対象機種</h3>
<ul>
<li>AOBA Note シリーズ（Windows XP 搭載モデル）</li>
<li>AOBA Desk シリーズ（Windows 2000/XP 搭載モデル）</li>
<li>AOBA Server S100/S200（Windows 2000 Server 搭載モデル）</li>
</ul>
<h3>■更新履歴</h3>
<p>2005.08.12　対象機種にAOBA Server S200を追加しました。<br>
2005.08.10　新規掲載</p>
<hr>
<p align="center"><font size="-1">Copyright (C) 2005 Aoba Denki Co., Ltd. All rights reserved.</font></p>
</body>
</html>
""", "alert", "MS05-039", "899588", "1", "server,client", "2005-08-10", "2005-08-12",
     "Windows 2000/XPのプラグ アンド プレイに関する脆弱性について（MS05-039）")


page("sier_integrator_heisei", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>保守サービスご契約のお客様へ - 北斗システムソリューションズ</title>
</head>
<body>
<div id="header"><img src="/img/hokuto_logo.gif" alt="北斗システムソリューションズ株式会社"></div>
<div id="lead">
<p class="to">保守サービスご契約のお客様各位</p>
<p class="date" align="right">平成17年10月12日<br>北斗システムソリューションズ株式会社<br>カスタマーサポートセンター</p>
</div>
<h1>MSDTC および COM+ の脆弱性に関する修正プログラム適用のご案内</h1>
<p>拝啓　貴社ますますご清栄のこととお慶び申し上げます。</p>
<p>平素は弊社保守サービスをご利用いただき、誠にありがとうございます。
マイクロソフト社より、Windows の MSDTC および COM+ に関する脆弱性（セキュリティ情報 MS05-051、サポート技術情報 902400）が公開されました。
マイクロソフト社はこの脆弱性の深刻度を「緊急」と定めております。</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><td bgcolor="#dddddd">セキュリティ情報</td><td>MS05-051</td></tr>
<tr><td bgcolor="#dddddd">サポート技術情報</td><td>902400</td></tr>
<tr><td bgcolor="#dddddd">対象</td><td>弊社が納入・保守しておりますサーバー機器</td></tr>
<tr><td bgcolor="#dddddd">弊社作業</td><td>定期保守時に適用（ご希望により臨時作業も承ります）</td></tr>
</table>
<p>つきましては、下記の日程で適用作業を実施させていただきたく、ご案内申し上げます。</p>
<p align="center">記</p>
<ol>
<li>作業期間：平成17年10月17日（月）〜平成17年10月28日（金）</li>
<li>作業内容：修正プログラムの適用および再起動</li>
<li>所要時間：1台あたり約30分</li>
</ol>
<p align="right">以上</p>
<p align="right">敬具</p>
<hr>
<address>北斗システムソリューションズ株式会社　カスタマーサポートセンター　TEL 0120-000-000</address>
</body>
</html>
""", "alert", "MS05-051", "902400", "1", "server", "2005-10-12", "-",
     "MSDTC および COM+ の脆弱性に関する修正プログラム適用のご案内")


page("sier_global_template", "utf8", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Support Document c00491822 - Windows セキュリティ更新</title>
</head>
<body>
<div class="docheader">
<table class="docprops" cellspacing="0">
<tr><td class="k">Document ID:</td><td>c00491822</td></tr>
<tr><td class="k">Release Date:</td><td>10-Aug-2005</td></tr>
<tr><td class="k">Last Updated:</td><td>19-Aug-2005</td></tr>
<tr><td class="k">Audience:</td><td>Customer</td></tr>
</table>
</div>
<h1 class="doctitle">Microsoft セキュリティ情報 MS05-039 への対応（ビジネスデスクトップ製品）</h1>
<h2>Issue / 概要</h2>
<p>Microsoft has released security bulletin MS05-039 (KB899588). マイクロソフトは本脆弱性の深刻度を Critical（緊急）と評価しています。</p>
<h2>Target / 対象</h2>
<p>Client（当社ビジネスデスクトップおよびノートブック製品にプリインストールされた Windows 2000 Professional / Windows XP Professional）</p>
<h2>Resolution / 解決方法</h2>
<p>Windows Update または Microsoft Update から更新プログラムを適用してください。当社で個別の SoftPaq は提供しません。</p>
<div class="legal">© Copyright 2005 Example Global Computing Development Company, L.P.</div>
</body>
</html>
""", "alert", "MS05-039", "899588", "1", "client", "2005-08-10", "2005-08-19",
     "Microsoft セキュリティ情報 MS05-039 への対応（ビジネスデスクトップ製品）")
