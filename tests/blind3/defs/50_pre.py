# Bulletin details in a <pre> block.

page("pre_aligned_labels", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>Security Memo No.0414</title>
</head>
<body bgcolor="#ffffff" text="#000000">
<h1>LSASS の脆弱性による Windows のリモートコード実行</h1>
<pre>
----------------------------------------------------------------
 識別番号    : MS04-011/835732
 深刻度      : 緊急
 登録日      : 2004/04/14
 更新日      : 2004/04/20
 対象        : サーバ, クライアント
 再起動      : 必要
----------------------------------------------------------------
</pre>
<p>Windows の LSASS（Local Security Authority Subsystem Service）に未チェックのバッファが存在し、
リモートから任意のコードが実行される危険性がある。このほか、LDAP、PCT、Winlogon など計14件の
脆弱性がまとめて修正されている。</p>
<p>4/20 更新：Windows 2000 で適用後に起動しなくなる事例についてのリンクを追加。</p>
<hr>
<address>secmemo@example.ne.jp</address>
</body>
</html>
""", "alert", "MS04-011", "835732", "1", "server,client", "2004-04-14", "2004-04-20",
     "LSASS の脆弱性による Windows のリモートコード実行")


page("pre_whole_page", "sjis", """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>smbvuln.txt</title></head>
<body><pre>
Windows の SMB の脆弱性により、リモートでコードが実行される (MS05-027)
=====================================================================

公開日      2005.06.15
最終更新日  2005.06.22
深刻度      緊急
KB          896422
対象環境    サーバ / クライアント

[概要]
  Server Message Block (SMB) の処理に脆弱性があり、細工された SMB パケットを
  受信すると任意のコードが実行される可能性がある。

[回避策]
  TCP 139/445 をファイアウォールでブロックする。

[履歴]
  2005.06.22  MBSA での検出に関する注記を追加
  2005.06.15  初版

--
 このテキストは社内勉強会の資料から転載しました。
</pre></body></html>
""", "alert", "MS05-027", "896422", "1", "server,client", "2005-06-15", "2005-06-22",
     "Windows の SMB の脆弱性により、リモートでコードが実行される (MS05-027)")


page("pre_ascii_checkboxes", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>HotFix チェックシート</title>
</head>
<body>
<h3>テレフォニー サービスの脆弱性 - 適用チェックシート</h3>
<pre>
セキュリティ情報 : MS05-040 (KB893756)
登録日           : 2005/08/10
深刻度           : ( ) 緊急  (*) 重要  ( ) 警告  ( ) 注意
対象             : [x] サーバ  [ ] クライアント
適用判定         : [x] 適用する  [ ] 保留
</pre>
<p>Windows 2000 Server のテレフォニー サービスが有効な場合にのみリモートから攻撃される。
クライアントは今回の定例作業の対象外とする。</p>
</body>
</html>
""", "alert", "MS05-040", "893756", "2", "server", "2005-08-10", "-",
     "テレフォニー サービスの脆弱性 - 適用チェックシート")
