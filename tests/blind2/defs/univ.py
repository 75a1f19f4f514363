# University computing-centre and laboratory notices to their users.

page("univ_cc_ms03026", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>情報処理センター お知らせ</title>
</head>
<body bgcolor="#ffffff">
<p><a href="../index.html">情報処理センター</a> / <a href="index.html">お知らせ一覧</a></p>
<hr>
<h2>【重要】Windows の脆弱性 (MS03-026) への対応のお願い</h2>
<p align="right">平成15年7月17日<br>
平成15年7月31日 更新<br>
情報処理センター長</p>
<p>学内で Windows NT 4.0 / 2000 / XP / Server 2003 を使用している教職員・学生の皆さんへ</p>
<p>　マイクロソフト社から、Windows の RPC インタフェースのバッファオーバーランにより
任意のコードが実行される脆弱性 (MS03-026, サポート技術情報 823980) が公表されました。
マイクロソフト社はこの脆弱性の深刻度を「緊急」としています。
ネットワークに接続しているだけで攻撃を受ける可能性がありますので、
研究室・自宅の PC を含め、直ちに修正プログラムを適用してください。</p>
<p>　センターの演習室の端末には 7月18日に適用済みです。</p>
<h3>7月31日追記</h3>
<p>　この脆弱性を悪用する攻撃ツールが出回っています。学外からの TCP 135 番ポートへの通信を
8月1日より境界のファイアウォールで遮断します。</p>
<hr>
<address>問い合わせ: 情報処理センター ヘルプデスク (内線 2345)</address>
</body>
</html>
""", "alert", "MS03-026", "823980", "1", "-", "2003-07-17", "2003-07-31",
     "【重要】Windows の脆弱性 (MS03-026) への対応のお願い")

page("univ_lab_ms05039", "sjis", """<HTML>
<HEAD>
<TITLE>お知らせ</TITLE>
</HEAD>
<BODY>
<H3>Windows PnP の穴 (MS05-039) について</H3>
掲載: 05/08/11<BR>
最終更新: 05/08/12<BR>
<HR>
研究室の Windows マシンを使っている人へ。<BR>
<BR>
MS05-039 の修正 (KB899588) が出ています。Zotob というワームが出回り始めたので、
各自 Windows Update をしてください。2000 のマシンは特に危ないです。<BR>
研究室のファイルサーバ (fs1) は 8/11 に当てて再起動済みです。<BR>
<BR>
参考: <A HREF="http://www.microsoft.com/japan/technet/security/bulletin/MS05-039.mspx">http://www.microsoft.com/japan/technet/security/bulletin/MS05-039.mspx</A><BR>
<HR>
<A HREF="../">戻る</A>
</BODY>
</HTML>
""", "alert", "MS05-039", "899588", "-", "-", "2005-08-11", "2005-08-12",
     "Windows PnP の穴 (MS05-039) について")

page("univ_info_ms06001", "utf8", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="ja" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>情報セキュリティ室 - 注意喚起</title>
</head>
<body>
<div id="header"><a href="/isec/">○○大学 情報セキュリティ室</a></div>
<div id="body">
<h1>WMF 画像処理の脆弱性に関する注意喚起</h1>
<ul class="meta">
<li>発行日: 2006-1-4</li>
<li>更新日: 2006-1-6</li>
<li>番号: ISEC-2006-001</li>
</ul>
<p>Windows の WMF (Windows メタファイル) 画像の処理に脆弱性があり、細工された画像を含む Web ページを閲覧するだけで
コンピュータを乗っ取られる危険があります。</p>
<h2>1月6日更新</h2>
<p>マイクロソフトが予定を前倒しして修正プログラム (MS06-001, KB912919) を公開しました。深刻度は「緊急」です。
学内の Windows PC は自動更新で直ちに適用してください。</p>
<h2>対象</h2>
<p>Windows 2000 / XP / Server 2003 を使用しているすべての PC</p>
</div>
<div id="footer">○○大学 情報セキュリティ室 isec@example.ac.jp</div>
</body>
</html>
""", "alert", "MS06-001", "912919", "1", "-", "2006-01-04", "2006-01-06",
     "WMF 画像処理の脆弱性に関する注意喚起")
