# Severity written as stars, a number out of five, a level or a rank, mapped
# to 緊急/重要/警告/注意 by the page's own legend.

page("level_stars_ms05047", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>パッチ情報 MS05-047</title>
</head>
<body>
<h2>プラグ アンド プレイの脆弱性により、特権が昇格される</h2>
<table border="0" cellpadding="3">
<tr><td>番号</td><td>MS05-047 (KB905749)</td></tr>
<tr><td>公開</td><td>2005/10/12</td></tr>
<tr><td>危険度</td><td><font color="#ff9900">★★★☆</font></td></tr>
</table>
<p>ログオンできるユーザーがプラグ アンド プレイ サービスを利用して特権を昇格させることができる。
Windows 2000 ではリモートからの攻撃も可能である。</p>
<hr>
<p><font size="2">危険度の見方：<br>
★★★★ … 緊急（直ちに適用）<br>
★★★☆ … 重要（早期に適用）<br>
★★☆☆ … 警告（計画的に適用）<br>
★☆☆☆ … 注意（必要に応じて適用）</font></p>
</body>
</html>
""", "alert", "MS05-047", "905749", "2", "-", "2005-10-12", "-",
     "プラグ アンド プレイの脆弱性により、特権が昇格される")

page("level_five_ms05041", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>脆弱性メモ</title>
</head>
<body>
<h3>RDP の脆弱性でサービス拒否 (MS05-041)</h3>
<p>登録: 2005年8月10日<br>
KB: 899591<br>
危険度: 2/5<br>
対象: サーバ</p>
<p>ターミナル サービスを有効にしているサーバが、細工された RDP パケットで応答しなくなる。
リモート デスクトップを使っていなければ影響はない。</p>
<p><small>※危険度は5段階: 5=緊急 / 4=重要 / 3=警告 / 2=注意 / 1=参考情報</small></p>
</body>
</html>
""", "alert", "MS05-041", "899591", "4", "server", "2005-08-10", "-",
     "RDP の脆弱性でサービス拒否 (MS05-041)")

page("level_level_ms05055", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>対応レベル通知</title>
</head>
<body>
<p>情報システム部 パッチ対応レベル通知</p>
<h2>Windows カーネルの脆弱性 (MS05-055) 対応のお知らせ</h2>
<p>通知日：2005年12月14日</p>
<p>対応レベル：<b>レベル3</b><br>
KB番号：908523<br>
対象：クライアント（Windows 2000 の社内PC）</p>
<p>Windows 2000 のカーネルに、ログオンしたユーザーが特権を昇格できる脆弱性が見つかりました。
今月の定期配信で適用します。</p>
<table border="1" cellspacing="0">
<caption>対応レベルの定義</caption>
<tr><th>レベル4</th><td>緊急</td><td>24時間以内に適用</td></tr>
<tr><th>レベル3</th><td>重要</td><td>1週間以内に適用</td></tr>
<tr><th>レベル2</th><td>警告</td><td>月例の定期配信で適用</td></tr>
<tr><th>レベル1</th><td>注意</td><td>次回のSP適用時</td></tr>
</table>
</body>
</html>
""", "alert", "MS05-055", "908523", "2", "client", "2005-12-14", "-",
     "Windows カーネルの脆弱性 (MS05-055) 対応のお知らせ")

page("level_rank_ms06015", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>Windows エクスプローラの脆弱性</title>
</head>
<body>
<table width="100%" border="0"><tr><td bgcolor="#333333"><font color="#ffffff">パッチ評価ノート</font></td></tr></table>
<h2>Windows エクスプローラの脆弱性 (MS06-015)</h2>
<p>2006.04.12 登録</p>
<p>評価ランク：<img src="rank_a.gif" alt="A"> （A：緊急　B：重要　C：警告　D：注意）</p>
<p>KB908531。細工された Web サイトや電子メールから、エクスプローラ経由でコードが実行される。</p>
</body>
</html>
""", "alert", "MS06-015", "908531", "1", "-", "2006-04-12", "-",
     "Windows エクスプローラの脆弱性 (MS06-015)")
