# Class t2003: 2003-2004 table-heavy pages, upper-case tags, unclosed TD/TR.

page("t2003_ms03-026_sjis", "sjis", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">
<TITLE>パッチ速報 - MS03-026</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#0000CC">
<TABLE WIDTH=640 BORDER=0 CELLPADDING=0 CELLSPACING=0>
<TR><TD><IMG SRC="/img/logo_patch.gif" WIDTH=200 HEIGHT=40 ALT="パッチ速報">
<TD ALIGN=RIGHT><FONT SIZE=2>Windows管理者のためのパッチ情報</FONT>
</TABLE>
<HR>
<TABLE WIDTH=640 BORDER=1 CELLPADDING=3 CELLSPACING=0>
<TR><TD BGCOLOR="#CCCCFF" COLSPAN=4><B>パッチ速報 2003/07/17号</B>
<TR><TD BGCOLOR="#EEEEEE" WIDTH=100>登録日<TD>2003/07/17<TD BGCOLOR="#EEEEEE" WIDTH=100>更新日<TD>2003/07/18
<TR><TD BGCOLOR="#EEEEEE">深刻度<TD COLSPAN=3>●1(緊急)　○2(重要)　○3(警告)　○4(注意)
<TR><TD BGCOLOR="#EEEEEE">対象環境<TD COLSPAN=3>●サーバ　●クライアント
<TR><TD BGCOLOR="#EEEEEE">攻撃コード<TD>なし<TD BGCOLOR="#EEEEEE">再起動<TD>必要
<TR><TD BGCOLOR="#EEEEEE">セキュリティ情報<TD COLSPAN=3><A HREF="http://www.microsoft.com/japan/technet/security/bulletin/MS03-026.asp">MS03-026</A>
<TR><TD BGCOLOR="#EEEEEE">識別番号<TD COLSPAN=3>MS03-026/823980
</TABLE>
<P>
<TABLE WIDTH=640 BORDER=0>
<TR><TD><FONT SIZE=+1><B>RPCインターフェイスのバッファ・オーバーランにより、任意のコードが実行される危険性</B></FONT>
<TR><TD><FONT SIZE=2>(RPC インターフェイスのバッファ オーバーランによりコードが実行される)</FONT>
<TR><TD>
　Windows NT 4.0/2000/XP/Server 2003のRPCインターフェイスに脆弱性があり、TCPポート135経由で細工されたメッセージを受け取ると、任意のコードが実行される危険性がある。ワームに悪用されやすい脆弱性なので、至急適用すること。
</TABLE>
<HR>
<FONT SIZE=1>Copyright(C) 2003 PatchSokuho Project. All rights reserved.</FONT>
</BODY>
</HTML>
""", "alert", "MS03-026", "823980", "1", "server,client", "2003-07-17", "2003-07-18",
"RPCインターフェイスのバッファ・オーバーランにより、任意のコードが実行される危険性")

page("t2003_ms03-039_euc", "euc", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=EUC-JP">
<TITLE>セキュリティ・ホットライン</TITLE>
</HEAD>
<BODY>
<CENTER><FONT SIZE=5 COLOR="#003366"><B>セキュリティ・ホットライン</B></FONT></CENTER>
<TABLE BORDER=0 WIDTH="100%" CELLSPACING=1 BGCOLOR="#999999">
<TR BGCOLOR="#FFFFFF"><TD WIDTH="25%"><B>公開日</B></TD><TD>2003年9月11日</TD>
<TR BGCOLOR="#FFFFFF"><TD><B>最終更新日</B></TD><TD>2003年9月19日</TD>
<TR BGCOLOR="#FFFFFF"><TD><B>深刻度</B></TD><TD>■緊急　□重要　□警告　□注意</TD>
<TR BGCOLOR="#FFFFFF"><TD><B>対象環境</B></TD><TD>■サーバ　■クライアント</TD>
<TR BGCOLOR="#FFFFFF"><TD><B>情報源</B></TD><TD>MS03-039（サポート技術情報 824146）</TD>
</TABLE>
<BR>
<TABLE BORDER=0 WIDTH="100%">
<TR><TD BGCOLOR="#003366"><FONT COLOR="#FFFFFF"><B>RPCSSサービスの複数の脆弱性により、任意のコードが実行される危険性</B></FONT>
<TR><TD>
<P>　MS03-026で修正されたRPCインターフェイスに関連して、RPCSSサービスに新たに3件の脆弱性が報告された。MS03-026を適用済みのコンピュータも影響を受けるため、改めて本修正プログラムを適用する必要がある。
<P>　なお本修正プログラムはMS03-026の修正を含んでいる。
</TABLE>
<HR SIZE=1>
<DIV ALIGN=CENTER><FONT SIZE=2>(c) 2003 Security Hotline</FONT></DIV>
</BODY></HTML>
""", "alert", "MS03-039", "824146", "1", "server,client", "2003-09-11", "2003-09-19",
"RPCSSサービスの複数の脆弱性により、任意のコードが実行される危険性")

page("t2003_ms03-043_nometa", "sjis", """<HTML>
<HEAD>
<TITLE>HotFix週報 MS03-043</TITLE>
</HEAD>
<BODY BGCOLOR=white>
<TABLE WIDTH=600 BORDER=0 CELLPADDING=2>
<TR><TD COLSPAN=2 BGCOLOR="#336699"><FONT COLOR=white SIZE=4><B>HotFix週報</B></FONT>
<TR><TD COLSPAN=2><FONT SIZE=4><B>メッセンジャー・サービスのバッファ・オーバーランにより、任意のコードが実行される危険性</B></FONT>
<TR><TD WIDTH=120><B>登録日：</B><TD>2003/10/16
<TR><TD><B>更新日：</B><TD>2003/10/16
<TR><TD><B>深刻度：</B><TD>
<IMG SRC="img/lv1_on.gif" ALT="1(緊急)を選択"><IMG SRC="img/lv2_off.gif" ALT="2(重要)"><IMG SRC="img/lv3_off.gif" ALT="3(警告)"><IMG SRC="img/lv4_off.gif" ALT="4(注意)">
<TR><TD><B>対象環境：</B><TD>
<IMG SRC="img/srv_on.gif" ALT="サーバ（該当）"><IMG SRC="img/cli_on.gif" ALT="クライアント（該当）">
<TR><TD><B>番号：</B><TD>MS03-043 / 828035
</TABLE>
<P>Windowsのメッセンジャー・サービスにバッファ・オーバーランの脆弱性が存在する。NetBIOSのUDPポートから細工されたメッセージを受信すると、任意のコードが実行される。メッセンジャー・サービスを使用していない場合は、サービスを停止すれば回避できる。
<P><SMALL>このページの内容は予告なく変更されることがあります。</SMALL>
</BODY>
</HTML>
""", "alert", "MS03-043", "828035", "1", "server,client", "2003-10-16", "2003-10-16",
"メッセンジャー・サービスのバッファ・オーバーランにより、任意のコードが実行される危険性")

page("t2003_ms03-045_mislabel", "sjis", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=EUC-JP">
<TITLE>HotFix情報 2003/11/12</TITLE>
</HEAD>
<BODY>
<TABLE BORDER=1 CELLPADDING=4 CELLSPACING=0 WIDTH=620>
<TR><TD COLSPAN=5 ALIGN=CENTER><B>リストビュー・コントロールのバッファ・オーバーランにより、権限が昇格する危険性</B>
<TR><TD>登録日<TD COLSPAN=4>2003/11/12
<TR><TD>更新日<TD COLSPAN=4>2003/11/13
<TR><TD>深刻度<TD>1(緊急)<TD><B>2(重要)</B><TD>3(警告)<TD>4(注意)
<TR><TD>対象環境<TD COLSPAN=2><B>サーバ</B><TD COLSPAN=2><B>クライアント</B>
<TR><TD>セキュリティ情報<TD COLSPAN=4>MS03-045
<TR><TD>サポート技術情報<TD COLSPAN=4>824141
</TABLE>
<P>　Windowsのリストビュー・コントロールとツリービュー・コントロールにバッファ・オーバーランが存在し、ローカル・ユーザーが権限を昇格できる。対話的にログオンできるユーザーがいるサーバでは適用した方がよい。</P>
</BODY>
</HTML>
""", "alert", "MS03-045", "824141", "2", "server,client", "2003-11-12", "2003-11-13",
"リストビュー・コントロールのバッファ・オーバーランにより、権限が昇格する危険性")

page("t2003_ms04-011_fontcolor", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=x-sjis">
<title>月例パッチ解説 H16.4</title>
</head>
<body>
<TABLE WIDTH=700 BORDER=0 CELLSPACING=0 CELLPADDING=0><TR>
<TD WIDTH=150 VALIGN=TOP BGCOLOR="#EEEEFF">
<FONT SIZE=2><A HREF="/">ホーム</A><BR><A HREF="/patch/">パッチ解説</A><BR><A HREF="/faq/">FAQ</A></FONT>
<TD WIDTH=550 VALIGN=TOP>
<H3>LSASSなど複数の脆弱性により、リモートでコードが実行される危険性</H3>
<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=3>
<TR><TH>登録日<TD>H16.4.14
<TR><TH>更新日<TD>H16.5.6
<TR><TH>深刻度<TD><FONT COLOR="#FF0000">1(緊急)</FONT>　<FONT COLOR="#C0C0C0">2(重要)</FONT>　<FONT COLOR="#C0C0C0">3(警告)</FONT>　<FONT COLOR="#C0C0C0">4(注意)</FONT>
<TR><TH>対象環境<TD><FONT COLOR="#FF0000">サーバ</FONT>　<FONT COLOR="#FF0000">クライアント</FONT>
<TR><TH>セキュリティ情報<TD>MS04-011（835732）
</TABLE>
<P>　LSASSやPCTなど14件の脆弱性をまとめて修正する。LSASSの脆弱性はインターネット経由で匿名で攻撃可能であり、ワームの出現が懸念される。</P>
</TABLE>
</body>
</html>
""", "alert", "MS04-011", "835732", "1", "server,client", "2004-04-14", "2004-05-06",
"LSASSなど複数の脆弱性により、リモートでコードが実行される危険性")

page("t2003_ms03-049_server", "euc", """<HTML><HEAD>
<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=euc-jp">
<TITLE>Windows HotFix Watch</TITLE></HEAD>
<BODY LINK=NAVY VLINK=PURPLE>
<TABLE CELLPADDING=2 CELLSPACING=0 BORDER=0 WIDTH=560>
<TR><TD><FONT SIZE=2>HotFix Watch ＞ 2003年 ＞ 11月</FONT>
<TR><TD><FONT SIZE=4 COLOR=NAVY><B>ワークステーション・サービスのバッファ・オーバーランにより、任意のコードが実行される危険性</B></FONT>
</TABLE>
<TABLE CELLPADDING=3 CELLSPACING=1 BORDER=0 WIDTH=560 BGCOLOR=GRAY>
<TR BGCOLOR=WHITE><TD NOWRAP>【登録日】<TD>2003.11.12
<TR BGCOLOR=WHITE><TD NOWRAP>【更新日】<TD>2003.11.20
<TR BGCOLOR=WHITE><TD NOWRAP>【深刻度】<TD>○1(緊急)<BR>●2(重要)<BR>○3(警告)<BR>○4(注意)
<TR BGCOLOR=WHITE><TD NOWRAP>【対象環境】<TD>●サーバ<BR>○クライアント
<TR BGCOLOR=WHITE><TD NOWRAP>【セキュリティ情報】<TD>MS03-049
<TR BGCOLOR=WHITE><TD NOWRAP>【サポート技術情報】<TD>828749
</TABLE>
<P>ワークステーション・サービスの脆弱性。Windows 2000 Server/Windows Server 2003で、外部からの攻撃を受けやすい環境にある場合は早期に適用した方がよい。
</BODY></HTML>
""", "alert", "MS03-049", "828749", "2", "server", "2003-11-12", "2003-11-20",
"ワークステーション・サービスのバッファ・オーバーランにより、任意のコードが実行される危険性")
