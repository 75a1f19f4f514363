# Security vendors' advisories that quote Microsoft's rating.

page("secv_sentence_time", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>セキュリティアドバイザリ - ミカゲ・セキュリティ・ラボ</title>
<style type="text/css">
.adv th { background:#333; color:#fff; }
.risk { color:#c00; font-weight:bold; }
</style>
</head>
<body>
<div id="gnav"><a href="/">HOME</a> | <a href="/advisory/">アドバイザリ</a> | <a href="/virus/">ウイルス情報</a> | <a href="/company/">会社案内</a></div>
<h1>Windows Server サービスの脆弱性（MS06-040）に関する注意喚起</h1>
<p class="meta">公開日：2006年08月09日 10:30<br>
更新日：2006年08月14日 18:00</p>
<h2>概要</h2>
<p>2006年8月9日（日本時間）、マイクロソフトは Windows の Server サービスに存在する脆弱性を修正するセキュリティ更新プログラム（MS06-040、サポート技術情報 921883）を公開しました。マイクロソフトはこの脆弱性の深刻度を「緊急」と評価しています。</p>
<p>当ラボでは、本脆弱性を悪用するワームの出現が近いと判断しており、当社独自の危険度を <span class="risk">高</span> としています。</p>
<h2>影響を受けるシステム</h2>
<ul><li>Microsoft Windows 2000 Service Pack 4</li><li>Microsoft Windows XP Service Pack 1 / Service Pack 2</li><li>Microsoft Windows Server 2003 / Service Pack 1</li></ul>
<h2>対策</h2>
<p>修正プログラムを適用してください。適用できない場合は、TCP 139 番および 445 番ポートへの通信をファイアウォールで遮断してください。</p>
<h2>更新履歴</h2>
<p>2006年08月14日 18:00　ワーム（W32.Wargbot）の確認について追記<br>2006年08月09日 10:30　公開</p>
<div id="footer">Copyright &copy; 2006 Mikage Security Lab. All Rights Reserved.</div>
</body>
</html>
""", "alert", "MS06-040", "921883", "1", "-", "2006-08-09", "2006-08-14",
     "Windows Server サービスの脆弱性（MS06-040）に関する注意喚起")


page("secv_english_table", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>Vulnerability Note VN-2005-0713 : 印刷スプーラ</title>
</head>
<body>
<p><a href="/vn/">Vulnerability Notes</a> / VN-2005-0713</p>
<h2>VN-2005-0713: Windows 印刷スプーラ サービスにおけるバッファオーバーフロー</h2>
<p>Published: 2005/07/13<br>Revised: 2005/07/20</p>
<table border="1" cellpadding="4" cellspacing="0" summary="bulletin">
<tr><th>Bulletin</th><th>KB</th><th>Microsoft Rating</th><th>Our Risk</th><th>Target</th></tr>
<tr><td>MS05-043</td><td>896423</td><td>Critical</td><td>High</td><td>Server / Client</td></tr>
</table>
<h3>Description / 説明</h3>
<p>Windows の印刷スプーラ サービスには、細工されたメッセージを処理する際にバッファオーバーフローが発生する問題があります。Windows 2000 と Windows XP SP1 では、匿名のリモート攻撃者が任意のコードを実行できる可能性があります。</p>
<h3>Solution / 対策</h3>
<p>Apply the update. 更新プログラムを適用してください。</p>
<h3>Revision History</h3>
<ul><li>2005/07/20: Windows XP SP2 に関する記述を修正</li><li>2005/07/13: Initial release</li></ul>
<hr><small>(c) 2005 Nihon Vulnerability Research Center</small>
</body>
</html>
""", "alert", "MS05-043", "896423", "1", "server,client", "2005-07-13", "2005-07-20",
     "VN-2005-0713: Windows 印刷スプーラ サービスにおけるバッファオーバーフロー")


page("secv_own_level_first", "utf8", """<html>
<head>
<title>TCP/IP の IGMP 処理の脆弱性 (MS06-007)</title>
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td bgcolor="#003366"><font color="#ffffff" size="+1"><b>Sentinel Watch 脆弱性情報</b></font></td></tr></table>
<h2>TCP/IP の IGMP 処理の脆弱性 (MS06-007)</h2>
<table border="0" cellpadding="3">
<tr><td align="right"><b>弊社評価 危険度：</b></td><td><font color="#ff6600"><b>中</b></font></td></tr>
<tr><td align="right"><b>MS深刻度：</b></td><td>重要</td></tr>
<tr><td align="right"><b>KB：</b></td><td>913446</td></tr>
<tr><td align="right"><b>掲載：</b></td><td>2006/2/15</td></tr>
</table>
<p>細工された IGMP v3 パケットを受信すると、Windows XP および Windows Server 2003 が応答しなくなる脆弱性です。コード実行の可能性はありません。</p>
<p>弊社 IDS シグネチャ 2006-0215-03 で検知できます。</p>
<p><a href="/watch/">一覧へ戻る</a></p>
</body>
</html>
""", "alert", "MS06-007", "913446", "2", "-", "2006-02-15", "-",
     "TCP/IP の IGMP 処理の脆弱性 (MS06-007)")
