# Corporate intranet notices (社内通達) asking staff to apply a patch.

page("intra_tsutatsu", "sjis", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">
<TITLE>社内ポータル - 通達</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFF0">
<TABLE WIDTH="100%" BGCOLOR="#336633"><TR><TD><FONT COLOR="#FFFFFF"><B>みどり化学 社内ポータル</B></FONT></TD><TD ALIGN="right"><FONT COLOR="#FFFFFF" SIZE="-1">社外秘</FONT></TD></TR></TABLE>
<P ALIGN="right">情シ発 第2005-031号<BR>
発信日：平成17年8月11日<BR>
情報システム部長</P>
<P>全従業員 各位</P>
<H2 ALIGN="center">Windowsセキュリティ修正プログラム(MS05-039)適用のお願い</H2>
<P>マイクロソフト社が公開したセキュリティ情報 MS05-039（サポート技術情報 899588）について、同社は深刻度を「緊急」としています。
本脆弱性を悪用するワームが社内で感染を広げるおそれがあるため、下記のとおり修正プログラムを適用してください。</P>
<P ALIGN="center">記</P>
<TABLE BORDER="1" CELLPADDING="4" CELLSPACING="0">
<TR><TD BGCOLOR="#DDEEDD">対象</TD><TD>社員に貸与しているクライアントPC（Windows 2000 / XP）</TD></TR>
<TR><TD BGCOLOR="#DDEEDD">適用期限</TD><TD>平成17年8月19日（金）17時まで</TD></TR>
<TR><TD BGCOLOR="#DDEEDD">適用方法</TD><TD>デスクトップの「パッチ適用」アイコンをダブルクリックし、終了後に再起動</TD></TR>
<TR><TD BGCOLOR="#DDEEDD">問合せ先</TD><TD>ヘルプデスク（内線 2200）</TD></TR>
</TABLE>
<P>なお、サーバについては情報システム部で適用作業を行いますので、各部署での作業は不要です。</P>
<P ALIGN="right">以上</P>
</BODY>
</HTML>
""", "alert", "MS05-039", "899588", "1", "client", "2005-08-11", "-",
     "Windowsセキュリティ修正プログラム(MS05-039)適用のお願い")


page("intra_admins_cp932", "cp932", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>【システム管理者向け】MS06-040 緊急適用のお知らせ</title>
</head>
<body>
<div class="box">
<p>掲載　2006/08/10 09:00　　改訂　2006/08/11 13:20　　発信：㈱さくら物流 情報システム課</p>
<h3>【システム管理者向け】MS06-040 緊急適用のお知らせ</h3>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>項目</th><th colspan="2">内容</th></tr>
<tr><td>セキュリティ情報</td><td colspan="2">MS06-040（KB921883）Server サービスの脆弱性</td></tr>
<tr><td>深刻度（MS社評価）</td><td colspan="2">緊急</td></tr>
<tr><td rowspan="2">対象</td><td>サーバ</td><td align="center">○</td></tr>
<tr><td>クライアント</td><td align="center">○</td></tr>
</table>
<p>① 各拠点のファイルサーバは 8/12(土) の夜間に一斉適用します。<br>
② クライアントは WSUS から自動配信します（8/11 承認済み）。<br>
③ 再起動できない機器は課まで連絡してください。</p>
<p>※8/11 改訂：②の承認日を追記しました。</p>
</div>
</body>
</html>
""", "alert", "MS06-040", "921883", "1", "server,client", "2006-08-10", "2006-08-11",
     "【システム管理者向け】MS06-040 緊急適用のお知らせ")


page("intra_monthly_plan", "utf8", """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>2006年2月 パッチ適用計画 - IT推進室</title>
</head>
<body>
<h1>2006年2月 月例パッチ適用計画</h1>
<p>発行日：2006年2月16日　IT推進室</p>
<p>2月15日にマイクロソフトから公開されたセキュリティ更新のうち、当社環境に関係するものを以下のとおり適用します。</p>
<table border="1">
<thead><tr><th>番号</th><th>KB</th><th>内容</th><th>MS深刻度</th><th>社内適用日</th></tr></thead>
<tbody>
<tr><td>MS06-004</td><td>910620</td><td>Internet Explorer 用の累積的なセキュリティ更新</td><td>緊急</td><td>2/20</td></tr>
<tr><td>MS06-005</td><td>911565</td><td>Windows Media Player の脆弱性</td><td>緊急</td><td>2/20</td></tr>
<tr><td>MS06-007</td><td>913446</td><td>TCP/IP の脆弱性</td><td>重要</td><td>2/22</td></tr>
<tr><td>MS06-008</td><td>911927</td><td>Web クライアント サービスの脆弱性</td><td>重要</td><td>2/22</td></tr>
</tbody>
</table>
<p>適用後に業務アプリケーションの不具合があれば IT推進室までご連絡ください。</p>
</body>
</html>
""", "notice", "-", "910620,911565,913446,911927", "-", "-", "2006-02-16", "-",
     "2006年2月 月例パッチ適用計画")


page("intra_blaster_2003", "sjis", """<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=shift_jis">
<title>緊急連絡</title>
</head>
<body bgcolor="#ffffff">
<marquee><font color="red"><b>【至急】全員必読：Windowsの修正プログラムを本日中に適用してください</b></font></marquee>
<center><font size="5" color="#cc0000"><b>【至急】RPC の脆弱性（MS03-026）対応について</b></font></center>
<br>
<div align="right">2003年8月12日　総務部 電算担当<br>最終更新：2003年8月13日</div>
<hr>
<p>現在、インターネット上で「Blaster」と呼ばれるワームが猛威をふるっています。このワームは Windows の RPC の脆弱性（マイクロソフト セキュリティ情報 MS03-026、文書番号 823980）を悪用します。マイクロソフト社の深刻度評価は<b>緊急</b>です。</p>
<p>対象区分：サーバ・クライアントとも</p>
<p>手順</p>
<ol>
<li>ネットワークケーブルを抜かずに、Internet Explorer で Windows Update を開く
<li>「重要な更新」に表示される修正プログラムをすべてインストールする
<li>再起動する
</ol>
<p>8/13追記：適用済みかどうかは電算担当が巡回して確認します。</p>
</body>
</html>
""", "alert", "MS03-026", "823980", "1", "server,client", "2003-08-12", "2003-08-13",
     "【至急】RPC の脆弱性（MS03-026）対応について")
