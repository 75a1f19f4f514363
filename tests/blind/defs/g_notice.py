# Class notice: 不具合情報 pages (one patch's side effects, or digests).

page("notice_2003_ms03-045_sjis", "sjis", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">
<TITLE>不具合情報</TITLE>
</HEAD>
<BODY>
<TABLE WIDTH=620 BORDER=0>
<TR><TD BGCOLOR="#990000"><FONT COLOR=WHITE><B>HotFix不具合情報</B></FONT>
</TABLE>
<TABLE WIDTH=620 BORDER=1 CELLSPACING=0 CELLPADDING=3>
<TR><TD COLSPAN=2><B>MS03-045の修正プログラム適用後、一部のアプリケーションが起動しない</B>
<TR><TD WIDTH=120>登録日<TD>2003/11/21
<TR><TD>更新日<TD>2003/11/25
<TR><TD>セキュリティ番号<TD>MS03-045
<TR><TD>情報ソース<TD>サポート技術情報 830846
<TR><TD>報告日<TD>2003/11/20
</TABLE>
<P>　MS03-045の修正プログラムを適用すると、リストビュー・コントロールを使用する一部のアプリケーションが起動しなくなる現象が報告されている。マイクロソフトは更新版の修正プログラムを公開した。
</BODY>
</HTML>
""", "notice", "MS03-045", "830846", "-", "-", "2003-11-21", "2003-11-25",
"MS03-045の修正プログラム適用後、一部のアプリケーションが起動しない")

page("notice_2004_digest_euc", "euc", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=EUC-JP">
<TITLE>不具合情報ダイジェスト</TITLE>
</HEAD>
<BODY>
<H2>不具合情報ダイジェスト（2004年2月）</H2>
<P>登録日：2004/02/27　更新日：2004/03/02</P>
<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=3>
<TR><TH>セキュリティ番号<TH>情報ソース<TH>報告日<TH>内容
<TR><TD>MS04-004<TD>KB 832894<TD>2004/02/03<TD>IEの累積的な修正プログラム適用後、URLにユーザー名を含むページが開けない
<TR><TD>MS04-007<TD>KB 828028<TD>2004/02/11<TD>ASN.1の修正プログラム適用後、一部の環境で再起動を繰り返す
<TR><TD>MS04-003<TD>KB 832483<TD>2004/01/14<TD>MDACの修正プログラムがSQL Server 2000 SP3a環境で適用できない
</TABLE>
<P>各不具合の詳細は、それぞれの情報ソースを参照のこと。
</BODY>
</HTML>
""", "notice", "-", "832894,828028,832483", "-", "-", "2004-02-27", "2004-03-02",
"不具合情報ダイジェスト（2004年2月）")

page("notice_2005_ms05-019_css", "utf8", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>不具合情報 - パッチ・ウォッチ</title></head>
<body>
<div id="header"><p class="logo">パッチ・ウォッチ</p></div>
<div id="content">
<p class="category">不具合情報</p>
<h1 class="entry-title">MS05-019適用後、ネットワーク接続が不安定になる</h1>
<table class="spec">
<tr><th>登録日</th><td>2005/05/20</td></tr>
<tr><th>更新日</th><td>H17.6.1</td></tr>
<tr><th>対象パッチ</th><td>MS05-019</td></tr>
<tr><th>情報ソース</th><td>サポート技術情報 898060</td></tr>
</table>
<p>MS05-019の修正プログラムを適用したWindows Server 2003で、サイト間VPNなどの接続が不安定になる現象が報告されている。サポート技術情報 898060で提供されている修正プログラムを適用することで解決する。</p>
</div>
</body></html>
""", "notice", "MS05-019", "898060", "-", "-", "2005-05-20", "2005-06-01",
"MS05-019適用後、ネットワーク接続が不安定になる")

page("notice_2006_ms06-007_nometa", "utf8", """<html>
<head><title>不具合情報</title></head>
<body>
<h2>不具合情報：MS06-007の修正プログラムが自動更新で適用できない</h2>
<dl>
<dt>登録日</dt><dd>2006年2月16日</dd>
<dt>更新日</dt><dd>2006年2月17日</dd>
<dt>関連</dt><dd>MS06-007（KB913446）</dd>
</dl>
<p>MS06-007の修正プログラムを自動更新やWSUSで適用しようとすると、エラー・コード0x80242006で失敗する。マイクロソフトはすでに配信側の問題を修正しており、再度同期すれば適用できる。</p>
</body></html>
""", "notice", "MS06-007", "913446", "-", "-", "2006-02-16", "2006-02-17",
"不具合情報：MS06-007の修正プログラムが自動更新で適用できない")

page("notice_2003_digest_sjis_marks", "sjis", """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>HotFix通信 不具合情報</title></head>
<body>
<p><b>修正プログラムの不具合情報（2003年10月）</b></p>
<p>【登録日】2003/10/30<br>【更新日】2003/10/30</p>
<hr>
<p>■その1<br>
セキュリティ番号：MS03-040<br>
情報ソース：サポート技術情報 828750<br>
報告日：2003/10/08<br>
IEの累積的な修正プログラムを適用すると、一部のWebアプリケーションでポップアップ・ウィンドウが表示されない。</p>
<p>■その2<br>
セキュリティ番号：MS03-042<br>
情報ソース：サポート技術情報 826232<br>
報告日：2003/10/16<br>
Windowsトラブルシューティング・サービスの修正プログラムが一部の環境でインストールに失敗する。</p>
</body></html>
""", "notice", "-", "828750,826232", "-", "-", "2003-10-30", "2003-10-30",
"修正プログラムの不具合情報（2003年10月）")
