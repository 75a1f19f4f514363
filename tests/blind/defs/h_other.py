# Class other: tips and glossary pages (not bulletins).

page("other_tips_mbsa", "utf8", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Tips</title></head>
<body>
<div class="site">Windows運用ノート</div>
<h1>Tips：MBSA 2.0で修正プログラムの適用状況を確認する</h1>
<p class="date">登録日：2005/09/01</p>
<p>MBSA（Microsoft Baseline Security Analyzer）2.0を使うと、ネットワーク上のコンピュータに修正プログラムが適用されているかどうかをまとめて確認できる。例えばMS05-039が未適用なら、「Windowsのセキュリティの更新」の結果にその旨が表示される。</p>
<p>深刻度の高い修正プログラムから順に確認するとよい。</p>
</body></html>
""", "other", "-", "-", "-", "-", "2005-09-01", "-",
"Tips：MBSA 2.0で修正プログラムの適用状況を確認する")

page("other_glossary_severity", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>用語集</title></head>
<body>
<h2>用語集：深刻度とは</h2>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>深刻度</th><th>意味</th></tr>
<tr><td>1(緊急)</td><td>ユーザーの操作なしにワームなどが広まる可能性がある脆弱性</td></tr>
<tr><td>2(重要)</td><td>データの機密性や可用性が損なわれる可能性がある脆弱性</td></tr>
<tr><td>3(警告)</td><td>既定の構成などにより悪用が困難な脆弱性</td></tr>
<tr><td>4(注意)</td><td>悪用が極めて困難で影響も小さい脆弱性</td></tr>
</table>
<p>本サイトでは、マイクロソフトの評価を参考に独自に深刻度を付けている。</p>
</body></html>
""", "other", "-", "-", "-", "-", "-", "-",
"用語集：深刻度とは")

page("other_glossary_targets_euc", "euc", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"><title>用語集 対象環境</title></head>
<body>
<h2>用語集：対象環境</h2>
<dl>
<dt>サーバ</dt><dd>Windows 2000 ServerやWindows Server 2003など、サービスを提供するコンピュータ。</dd>
<dt>クライアント</dt><dd>Windows 2000 ProfessionalやWindows XPなど、利用者が操作するコンピュータ。</dd>
</dl>
<p>対象環境の「サーバ」「クライアント」は目安であり、実際の運用形態に合わせて判断してほしい。</p>
<p>更新日：2004/06/01</p>
</body></html>
""", "other", "-", "-", "-", "-", "-", "2004-06-01",
"用語集：対象環境")

page("other_tips_wsus_sjis_nometa", "sjis", """<html>
<head><title>WSUS Tips</title></head>
<body>
<h3>Tips：WSUSの同期ログを確認する方法</h3>
<p>WSUSの管理コンソールで［同期］を選ぶと、同期の履歴と結果が表示される。失敗している場合は、プロキシ・サーバの設定を見直すとよい。</p>
<p>MS06-007のように配信後に修正プログラムが差し替えられた場合は、手動で同期を実行する。</p>
<p align="right">2006年2月20日</p>
</body></html>
""", "other", "-", "-", "-", "-", "-", "-",
"Tips：WSUSの同期ログを確認する方法")
