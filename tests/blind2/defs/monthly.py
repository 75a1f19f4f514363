# 月例 (monthly) summaries listing several bulletins, and a yearly index of
# links.  A summary of several bulletins is a digest: kind notice, no id of
# its own, every listed KB.

page("monthly_200508", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>月例セキュリティ更新 2005年8月</title>
</head>
<body>
<h2>2005年8月の月例セキュリティ更新プログラム まとめ</h2>
<p>掲載日：2005年8月10日</p>
<p>今月は6件のセキュリティ情報が公開されました。うち3件が「緊急」です。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr bgcolor="#dddddd"><th>番号</th><th>KB</th><th>深刻度</th><th>タイトル</th></tr>
<tr><td>MS05-038</td><td>896727</td><td>緊急</td><td>Internet Explorer 用の累積的なセキュリティ更新プログラム</td></tr>
<tr><td>MS05-039</td><td>899588</td><td>緊急</td><td>プラグ アンド プレイの脆弱性により、リモートでコードが実行され、特権の昇格が行なわれる</td></tr>
<tr><td>MS05-040</td><td>893756</td><td>重要</td><td>テレフォニー サービスの脆弱性により、リモートでコードが実行される</td></tr>
<tr><td>MS05-041</td><td>899591</td><td>警告</td><td>リモート デスクトップ プロトコルの脆弱性により、サービス拒否が起こる</td></tr>
<tr><td>MS05-042</td><td>899587</td><td>警告</td><td>Kerberos の脆弱性により、サービス拒否、情報の漏えいおよびなりすましが行われる</td></tr>
<tr><td>MS05-043</td><td>896423</td><td>緊急</td><td>印刷スプーラ サービスの脆弱性により、リモートでコードが実行される</td></tr>
</table>
<p>MS05-039 は特に危険度が高く、早急な適用をお勧めします。</p>
</body>
</html>
""", "notice", "-", "896727,899588,893756,899591,899587,896423", "-", "-", "2005-08-10", "-",
     "2005年8月の月例セキュリティ更新プログラム まとめ")

page("monthly_200602", "utf8", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>2006年2月 月例パッチ速報</title>
</head>
<body>
<div id="main">
<h1>2006年2月 月例パッチ速報</h1>
<p class="date">公開日: 2006年2月15日 / 最終更新日: 2006年2月17日</p>
<h2>緊急</h2>
<ul>
<li>MS06-004 (KB910620) Internet Explorer の累積的なセキュリティ更新プログラム</li>
<li>MS06-005 (KB911565) Windows Media Player の脆弱性</li>
<li>MS06-006 (KB911564) Windows Media Player のプラグインの脆弱性</li>
</ul>
<h2>重要</h2>
<ul>
<li>MS06-007 (KB913446) TCP/IP の脆弱性により、サービス拒否が起こる</li>
<li>MS06-008 (KB911927) Web クライアント サービスの脆弱性</li>
<li>MS06-009 (KB901190) 韓国語 IME の脆弱性</li>
<li>MS06-010 (KB889167) PowerPoint 2000 の脆弱性</li>
</ul>
<p>2/17 追記: MS06-007 が自動更新で適用できない問題は解消されました。</p>
</div>
</body>
</html>
""", "notice", "-", "910620,911565,911564,913446,911927,901190,889167", "-", "-", "2006-02-15", "2006-02-17",
     "2006年2月 月例パッチ速報")

page("monthly_index2004", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>バックナンバー 2004年</title>
</head>
<body>
<h2>2004年 セキュリティ情報一覧</h2>
<table border="0" cellpadding="2">
<tr><td>2004/12/15</td><td><a href="ms04-044.html">MS04-044</a></td><td><a href="ms04-044.html">Windows カーネルおよび LSASS の脆弱性</a></td></tr>
<tr><td>2004/10/13</td><td><a href="ms04-032.html">MS04-032</a></td><td><a href="ms04-032.html">Windows のセキュリティ更新プログラム</a></td></tr>
<tr><td>2004/09/15</td><td><a href="ms04-028.html">MS04-028</a></td><td><a href="ms04-028.html">JPEG 処理 (GDI+) のバッファ オーバーラン</a></td></tr>
<tr><td>2004/04/14</td><td><a href="ms04-011.html">MS04-011</a></td><td><a href="ms04-011.html">Microsoft Windows のセキュリティ更新プログラム</a></td></tr>
<tr><td>2004/02/11</td><td><a href="ms04-007.html">MS04-007</a></td><td><a href="ms04-007.html">ASN.1 の脆弱性</a></td></tr>
</table>
<p><a href="2005.html">2005年</a> | <a href="2003.html">2003年</a></p>
</body>
</html>
""", "other", "-", "-", "-", "-", "-", "-",
     "2004年 セキュリティ情報一覧")
