# FAQ, glossary and how-to pages that name bulletins (kind other).

page("other_faq", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>よくあるご質問（セキュリティ更新）</title>
</head>
<body>
<h1>よくあるご質問：Windows のセキュリティ更新</h1>
<p>最終更新日：2005/09/01</p>
<h3>Q1. 「緊急」と「重要」はどう違うのですか？</h3>
<p>A. マイクロソフトは脆弱性の深刻度を 緊急・重要・警告・注意 の4段階で示しています。たとえば MS05-039 は「緊急」、MS05-040 は「重要」と評価されました。</p>
<h3>Q2. サーバとクライアントのどちらに適用すればよいですか？</h3>
<p>A. セキュリティ情報ごとに異なります。各情報の「影響を受けるソフトウェア」を確認してください。</p>
<h3>Q3. 適用後に再起動が必要ですか？</h3>
<p>A. 多くの修正プログラムで再起動が必要です。</p>
</body>
</html>
""", "other", "-", "-", "-", "-", "-", "2005-09-01", "よくあるご質問：Windows のセキュリティ更新")


page("other_glossary", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>用語集 - さ行</title>
</head>
<body>
<h2>セキュリティ用語集（さ行）</h2>
<dl>
<dt>深刻度</dt>
<dd>マイクロソフトが各セキュリティ情報に付ける評価。緊急（Critical）、重要（Important）、警告（Moderate）、注意（Low）の4段階。</dd>
<dt>サポート技術情報</dt>
<dd>マイクロソフトの技術文書。KB と略され、6桁の番号で呼ばれる。</dd>
<dt>セキュリティ情報</dt>
<dd>MS05-039 のように「MS＋年＋通し番号」で示される、脆弱性と修正プログラムの公表文書。</dd>
<dt>登録日・更新日</dt>
<dd>当サイトで情報を掲載した日と、最後に内容を改めた日。</dd>
</dl>
</body>
</html>
""", "other", "-", "-", "-", "-", "-", "-", "セキュリティ用語集（さ行）")


page("other_howto_wsus", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>WSUS で更新プログラムを承認する手順</title>
</head>
<body>
<h1>WSUS で更新プログラムを承認する手順</h1>
<p>掲載日 2006年3月2日</p>
<ol>
<li>WSUS 管理コンソールを開き、［更新］をクリックします。</li>
<li>一覧から承認したい更新（例：MS06-007）を選びます。</li>
<li>［承認の変更］で「インストール」を選び、対象のコンピュータ グループを指定します。</li>
<li>クライアントで wuauclt /detectnow を実行すると、すぐに検出されます。</li>
</ol>
<p>手順の画面は Windows Server 2003 SP1 + WSUS 2.0 のものです。</p>
</body>
</html>
""", "other", "-", "-", "-", "-", "2006-03-02", "-", "WSUS で更新プログラムを承認する手順")
