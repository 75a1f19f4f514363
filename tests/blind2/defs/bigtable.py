# One big layout table for the whole page: <font size>, spacer GIFs, label
# cells as images or white text on dark cells.

page("bigtable_ms03039", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>SECURITY NEWS</title>
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="640" border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="5"><img src="img/top.gif" width="640" height="60" alt=""></td></tr>
<tr><td colspan="5" bgcolor="#003366"><img src="img/spacer.gif" width="1" height="3"></td></tr>
<tr>
<td width="120" valign="top" bgcolor="#e5e5e5"><img src="img/spacer.gif" width="120" height="1"><br>
<font size="2"><a href="index.html">HOME</a><br><a href="news.html">NEWS</a><br><a href="archive.html">ARCHIVE</a></font></td>
<td width="10"><img src="img/spacer.gif" width="10" height="1"></td>
<td width="500" valign="top">
<img src="img/spacer.gif" width="1" height="10"><br>
<font size="2" color="#666666">2003/09/11</font><br>
<font size="4"><b>RPCSS サービスの脆弱性、再び</b></font><br>
<img src="img/spacer.gif" width="1" height="8"><br>
<table width="100%" border="0" cellspacing="1" cellpadding="3" bgcolor="#003366">
<tr><td bgcolor="#003366" width="110"><font size="2" color="#ffffff"><b>ID</b></font></td>
<td bgcolor="#ffffff"><font size="2">MS03-039 / 824146</font></td></tr>
<tr><td bgcolor="#003366"><font size="2" color="#ffffff"><b>深刻度</b></font></td>
<td bgcolor="#ffffff"><font size="2" color="#ff0000"><b>緊急</b></font></td></tr>
<tr><td bgcolor="#003366"><font size="2" color="#ffffff"><b>影響</b></font></td>
<td bgcolor="#ffffff"><font size="2">任意のコードの実行</font></td></tr>
</table>
<img src="img/spacer.gif" width="1" height="8"><br>
<font size="2">　7月の MS03-026 に続いて、RPCSS サービスに新たに3つの脆弱性が見つかった。
MS03-026 の修正プログラムを適用済みのコンピュータも影響を受けるため、新しい修正プログラムの適用が必要である。</font>
</td>
<td width="10"><img src="img/spacer.gif" width="10" height="1"></td>
</tr>
<tr><td colspan="5" bgcolor="#003366"><img src="img/spacer.gif" width="1" height="1"></td></tr>
<tr><td colspan="5" align="center"><font size="1" color="#999999">(c)2003 SECURITY NEWS</font></td></tr>
</table>
</body>
</html>
""", "alert", "MS03-039", "824146", "1", "-", "2003-09-11", "-",
     "RPCSS サービスの脆弱性、再び")

page("bigtable_ms04007", "sjis", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">
<TITLE>セキュリティ速報</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="600" BORDER="0" CELLSPACING="0" CELLPADDING="0" ALIGN="center">
<TR><TD><IMG SRC="/img/sp.gif" WIDTH="600" HEIGHT="1"></TD></TR>
<TR><TD BGCOLOR="#336600"><FONT SIZE="+1" COLOR="#FFFFFF"><B>&nbsp;セキュリティ速報</B></FONT></TD></TR>
<TR><TD><IMG SRC="/img/sp.gif" WIDTH="1" HEIGHT="10"></TD></TR>
<TR><TD>
<FONT SIZE="-1">平成16年2月11日(水)</FONT><BR>
<FONT SIZE="+1"><B>ASN.1 ライブラリの未チェックのバッファ</B></FONT><BR>
<FONT SIZE="-1">(ASN.1 の脆弱性により、コードが実行される (828028))</FONT>
</TD></TR>
<TR><TD><IMG SRC="/img/sp.gif" WIDTH="1" HEIGHT="10"></TD></TR>
<TR><TD>
<TABLE WIDTH="100%" BORDER="1" CELLSPACING="0" CELLPADDING="2">
<TR><TD WIDTH="120"><FONT SIZE="-1">セキュリティ情報</FONT></TD><TD><FONT SIZE="-1">MS04-007</FONT></TD></TR>
<TR><TD><FONT SIZE="-1">深刻度</FONT></TD><TD><FONT SIZE="-1">緊急 ‥‥ 直ちに適用してください</FONT></TD></TR>
<TR><TD><FONT SIZE="-1">サーバ</FONT></TD><TD><FONT SIZE="-1">○</FONT></TD></TR>
<TR><TD><FONT SIZE="-1">クライアント</FONT></TD><TD><FONT SIZE="-1">○</FONT></TD></TR>
<TR><TD><FONT SIZE="-1">攻撃コード</FONT></TD><TD><FONT SIZE="-1">×</FONT></TD></TR>
</TABLE>
<FONT SIZE="-1">○：該当　×：非該当</FONT>
</TD></TR>
<TR><TD><IMG SRC="/img/sp.gif" WIDTH="1" HEIGHT="10"></TD></TR>
<TR><TD><FONT SIZE="-1">　ASN.1 ライブラリに未チェックのバッファが存在し、認証処理の途中で任意のコードが実行される危険性がある。
Kerberos や NTLM 認証、SSL を使うサービスなど、多くのコンポーネントが影響を受ける。</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
""", "alert", "MS04-007", "828028", "1", "server,client", "2004-02-11", "-",
     "ASN.1 ライブラリの未チェックのバッファ")

page("bigtable_ms05011", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">
<title>Win Patch Watch</title>
</head>
<body>
<table border="0" cellpadding="0" cellspacing="0" width="700">
<tr>
<td width="20" background="img/side_l.gif"><img src="img/spacer.gif" width="20" height="1"></td>
<td width="660">
<table border="0" cellpadding="2" cellspacing="0" width="100%">
<tr><td colspan="2"><img src="img/logo_wpw.gif" alt="Win Patch Watch"></td></tr>
<tr><td colspan="2" height="20"></td></tr>
<tr><td colspan="2"><font size="2">17.2.9 掲載　17.2.16 更新</font></td></tr>
<tr><td colspan="2"><font size="5" face="ＭＳ Ｐゴシック"><b>SMB の脆弱性でリモートからコード実行のおそれ</b></font></td></tr>
<tr><td width="120"><img src="img/lbl_id.gif" alt="番号"></td><td><font size="2">MS05-011</font></td></tr>
<tr><td><img src="img/lbl_kb.gif" alt="KB"></td><td><font size="2">885250</font></td></tr>
<tr><td><img src="img/lbl_sev.gif" alt="深刻度"></td><td><font size="2">緊急</font></td></tr>
<tr><td><img src="img/lbl_tgt.gif" alt="対象環境"></td><td><font size="2">クライアント, サーバ</font></td></tr>
<tr><td colspan="2"><img src="img/spacer.gif" width="1" height="12"></td></tr>
<tr><td colspan="2"><font size="2">Server Message Block (SMB) の応答の検証が不十分なため、細工した SMB パケットを
受け取るとリモートでコードが実行されるおそれがある。<br>
<font color="#cc0000">2/16追記：</font>修正プログラムの再リリースはない旨をマイクロソフトが表明した。</font></td></tr>
</table>
</td>
<td width="20" background="img/side_r.gif"><img src="img/spacer.gif" width="20" height="1"></td>
</tr>
</table>
</body>
</html>
""", "alert", "MS05-011", "885250", "1", "server,client", "2005-02-09", "2005-02-16",
     "SMB の脆弱性でリモートからコード実行のおそれ")
