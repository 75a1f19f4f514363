# English and Japanese mixed: English labels and ratings, Japanese text.

page("mixed_ms05027", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>Security Bulletin Summary - MS05-027</title>
</head>
<body>
<h2>SMB の脆弱性により、リモートでコードが実行される</h2>
<table border="1" cellpadding="3" cellspacing="0">
<tr><td>Bulletin ID</td><td>MS05-027</td></tr>
<tr><td>Knowledge Base</td><td>896422</td></tr>
<tr><td>Severity Rating</td><td>Critical (緊急)</td></tr>
<tr><td>Release Date</td><td>June 14, 2005</td></tr>
<tr><td>Last Updated</td><td>2005年6月20日</td></tr>
<tr><td>対象環境 (Target)</td><td>Server, Client</td></tr>
</table>
<p>Server Message Block (SMB) の処理に、リモートでコードが実行される脆弱性が存在します。
Windows 2000 / XP / Server 2003 のすべてのバージョンが影響を受けます。</p>
</body>
</html>
""", "alert", "MS05-027", "896422", "1", "server,client", "2005-06-14", "2005-06-20",
     "SMB の脆弱性により、リモートでコードが実行される")

page("mixed_ms06013", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Patch Digest</title>
</head>
<body>
<h1>IE の累積的なセキュリティ更新 (MS06-013)</h1>
<p><i>Published: 11 Apr 2006 / Updated: 18 Apr 2006</i></p>
<p><b>Microsoft Security Bulletin MS06-013 - Critical</b><br>
Cumulative Security Update for Internet Explorer (912812)</p>
<p>今月の IE 累積更新では、createTextRange() の脆弱性を含む 10 件の問題が修正された。
Windows XP SP2 の IE 6 も影響を受ける。なお、この更新を適用すると ActiveX コントロールの
動作が変わる (「クリックしてアクティブ化」) ため、業務アプリケーションでの確認を勧める。</p>
<p>4/18 追記: Siebel 7 の互換性問題について追記。</p>
</body>
</html>
""", "alert", "MS06-013", "912812", "1", "-", "2006-04-11", "2006-04-18",
     "IE の累積的なセキュリティ更新 (MS06-013)")

page("mixed_ms05019", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">
<title>HotFix Check - MS05-019</title>
</head>
<body>
<h3>TCP/IP の脆弱性により、リモートでコードが実行され、サービス拒否が起こる</h3>
<table border="1">
<tr><th align="left">Bulletin</th><td>MS05-019</td></tr>
<tr><th align="left">KB</th><td>893066</td></tr>
<tr><th align="left">Max Severity</th><td>Important</td></tr>
<tr><th align="left">Posted</th><td>2005-4-13</td></tr>
<tr><th align="left">Target</th><td>[x] Server &nbsp; [ ] Client</td></tr>
</table>
<p>細工された IP パケットを受け取ると、コンピュータが再起動する、またはコードが実行される可能性がある。
公開サーバを優先して適用すること。</p>
</body>
</html>
""", "alert", "MS05-019", "893066", "2", "server", "2005-04-13", "-",
     "TCP/IP の脆弱性により、リモートでコードが実行され、サービス拒否が起こる")
