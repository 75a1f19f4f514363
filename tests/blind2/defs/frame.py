# Frames-era pages: the content page of a frameset, fetched on its own.

page("frame_main_ms05043", "sjis", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html;CHARSET=Shift_JIS">
<BASE TARGET="main">
<SCRIPT LANGUAGE="JavaScript">
<!--
if (top == self) { top.location.href = "index.html"; }
//-->
</SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFF0" BACKGROUND="img/bg_paper.gif">
<CENTER><FONT SIZE="5" COLOR="#000080">印刷スプーラ サービスの脆弱性</FONT></CENTER>
<BR>
<TABLE BORDER="1" WIDTH="90%" ALIGN="center" CELLPADDING="4">
<TR><TD WIDTH="30%" BGCOLOR="#CCCCFF">番号</TD><TD>MS05-043　（KB896423）</TD></TR>
<TR><TD BGCOLOR="#CCCCFF">登録</TD><TD>2005年8月10日</TD></TR>
<TR><TD BGCOLOR="#CCCCFF">改訂</TD><TD>なし</TD></TR>
<TR><TD BGCOLOR="#CCCCFF">危険度</TD><TD>
<INPUT TYPE="radio" NAME="lv" DISABLED CHECKED>緊急
<INPUT TYPE="radio" NAME="lv" DISABLED>重要
<INPUT TYPE="radio" NAME="lv" DISABLED>警告
<INPUT TYPE="radio" NAME="lv" DISABLED>注意
</TD></TR>
<TR><TD BGCOLOR="#CCCCFF">影響</TD><TD>リモートでコードが実行される</TD></TR>
</TABLE>
<P>印刷スプーラ サービスに未チェックのバッファがあり、攻撃者がリモートからコンピュータを完全に制御できる可能性があります。
Windows 2000 では匿名の攻撃者が悪用できます。</P>
<P ALIGN="right"><A HREF="list.html" TARGET="main">一覧へ戻る</A></P>
</BODY>
</HTML>
""", "alert", "MS05-043", "896423", "1", "-", "2005-08-10", "-",
     "印刷スプーラ サービスの脆弱性")

page("frame_imgtitle_ms06025", "sjis", """<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=shift_jis">
<title>main</title>
</head>
<body bgcolor="#ffffff" marginwidth="10" marginheight="10">
<p><img src="images/ttl_ms06025.gif" width="520" height="40" alt="ルーティングとリモート アクセスの脆弱性 (MS06-025)"></p>
<table border="0" cellpadding="2" cellspacing="1" bgcolor="#999999" width="520">
<tr bgcolor="#ffffff"><td bgcolor="#e8e8e8" nowrap>サポート技術情報</td><td>911280</td></tr>
<tr bgcolor="#ffffff"><td bgcolor="#e8e8e8" nowrap>公開日</td><td>2006/06/14</td></tr>
<tr bgcolor="#ffffff"><td bgcolor="#e8e8e8" nowrap>深刻度</td><td><img src="images/sev_2.gif" width="120" height="14" alt="重要"></td></tr>
<tr bgcolor="#ffffff"><td bgcolor="#e8e8e8" nowrap>対象</td><td><img src="images/chk_on.gif" alt="○">サーバ　<img src="images/chk_off.gif" alt="−">クライアント</td></tr>
</table>
<p><font size="2">ルーティングとリモート アクセス サービスに、リモートでコードが実行される脆弱性が存在します。
ダイヤルアップや VPN のサーバとしてこのサービスを有効にしている場合に影響を受けます。</font></p>
<p><font size="2"><a href="left.html" target="menu">メニューを表示</a></font></p>
</body>
</html>
""", "alert", "MS06-025", "911280", "2", "server", "2006-06-14", "-",
     "ルーティングとリモート アクセスの脆弱性 (MS06-025)")
