# Truncated downloads: the bytes stop at various points (cut= in page()).
# The expected row holds what can still be read above the cut.

page("trunc_early_ms05012", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>パッチ情報</title>
</head>
<body>
<h2>OLE および COM の脆弱性により、リモートでコードが実行される</h2>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>識別番号</td><td>MS05-012 / 873333</td></tr>
<tr><td>深刻度</td><td>緊急</td></tr>
<tr><td>公開日</td><td>2005/02/09</td></tr>
<tr><td>対象環境</td><td>サーバ、クライアント</td></tr>
</table>
<p>OLE と COM に、細工された文書を開くとコードが実行される脆弱性が存在する。</p>
</body>
</html>
""", "alert", "MS05-012", "873333", "-", "-", "-", "-",
     "OLE および COM の脆弱性により、リモートでコードが実行される",
     cut="<tr><td>識別番号</td><td>MS05-012 / 873333</td></tr>\n")

page("trunc_tag_ms04044", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>Windows カーネルおよび LSASS の脆弱性</title>
<style type="text/css">td.on { background: #ffcc00; font-weight: bold; } td.off { color: #999; }</style>
</head>
<body>
<h2>Windows カーネルおよび LSASS の脆弱性により、特権が昇格される</h2>
<p>登録日 2004/12/15　更新日 2004/12/20</p>
<p>MS04-044 (KB885835)</p>
<table border="1" cellspacing="0">
<tr><th>深刻度</th><td class="off">緊急</td><td class="on">重要</td><td class="off">警告</td><td class="off">注意</td></tr>
<tr><th>対象環境</th><td class="on" colspan="2">サーバ</td><td class="on" colspan="2">クライアント</td></tr>
</table>
<p>ログオンしたユーザーが、カーネルと LSASS の脆弱性を悪用してシステムの完全な制御を得る可能性がある。</p>
</body>
</html>
""", "alert", "MS04-044", "885835", "2", "-", "2004-12-15", "2004-12-20",
     "Windows カーネルおよび LSASS の脆弱性により、特権が昇格される",
     cut='<td class="on">重要</td><td cl')

page("trunc_char_ms03043", "sjis", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">
<TITLE>Messenger サービス</TITLE>
</HEAD>
<BODY>
<H3>Messenger サービスのバッファ オーバーランにより、リモートでコードが実行される</H3>
<TABLE BORDER="1">
<TR><TD>番号</TD><TD>MS03-043</TD></TR>
<TR><TD>KB</TD><TD>828035</TD></TR>
<TR><TD>深刻度</TD><TD>緊急</TD></TR>
<TR><TD>登録日</TD><TD>2003/10/16</TD></TR>
<TR><TD>対象環境</TD><TD>サーバ／クライアント</TD></TR>
</TABLE>
<P>　Messenger サービスには、メッセージの長さを正しく検証しない未チェックのバッファがあり、
攻撃者は細工したメッセージを送ることでコードを実行できる。Messenger サービスを無効にすることで回避できる。</P>
</BODY>
</HTML>
""", "alert", "MS03-043", "828035", "1", "server,client", "2003-10-16", "-",
     "Messenger サービスのバッファ オーバーランにより、リモートでコードが実行される",
     cut="攻撃者は細工したメッセージを送ることでコードを", extra=1)

page("trunc_comment_ms05042", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>Kerberos の脆弱性</title>
</head>
<body>
<h2>Kerberos の脆弱性により、サービス拒否が起こる</h2>
<dl>
<dt>セキュリティ情報</dt><dd>MS05-042 (KB899587)</dd>
<dt>深刻度</dt><dd>警告</dd>
<dt>登録日</dt><dd>2005年8月10日</dd>
<dt>更新日</dt><dd>2005年8月17日</dd>
<dt>対象環境</dt><dd>サーバ</dd>
</dl>
<p>ドメイン コントローラが細工された Kerberos メッセージを受け取ると応答しなくなる可能性がある。</p>
<!-- begin ad block: このあたりに 深刻度 緊急 の広告 MS05-039 -->
<div class="ad"><script type="text/javascript">document.write('<img src="/ad/banner.gif">');</script></div>
<!-- end ad block -->
<div class="footer">Copyright 2005</div>
</body>
</html>
""", "alert", "MS05-042", "899587", "3", "server", "2005-08-10", "2005-08-17",
     "Kerberos の脆弱性により、サービス拒否が起こる",
     cut="<!-- begin ad block: このあたりに 深刻度 緊急 の広告")
