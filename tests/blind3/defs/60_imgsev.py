# Labels as images with alt text; severity shown by colour, select, icon title, bar.

page("imglabel_headings", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>セキュリティ情報 詳細</title>
</head>
<body>
<h1><img src="/img/h_sec.gif" alt="セキュリティ情報"></h1>
<h2>Windows の印刷スプーラ サービスの脆弱性</h2>
<h3><img src="/img/lbl_no.gif" alt="情報番号" width="90" height="18"></h3>
<p>MS05-043（896423）</p>
<h3><img src="/img/lbl_sev.gif" alt="深刻度" width="90" height="18"></h3>
<p>緊急</p>
<h3><img src="/img/lbl_reg.gif" alt="登録日" width="90" height="18"></h3>
<p>2005/07/13</p>
<h3><img src="/img/lbl_upd.gif" alt="更新日" width="90" height="18"></h3>
<p>2005/07/15</p>
<h3><img src="/img/lbl_target.gif" alt="対象環境" width="90" height="18"></h3>
<p>サーバ・クライアント</p>
<p><img src="/img/btn_back.gif" alt="一覧へ戻る"></p>
</body>
</html>
""", "alert", "MS05-043", "896423", "1", "server,client", "2005-07-13", "2005-07-15",
     "Windows の印刷スプーラ サービスの脆弱性")


page("imglabel_bracket_alt", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>WMF 画像の脆弱性</title>
</head>
<body>
<table width="600" border="0" cellspacing="1" cellpadding="4" bgcolor="#999999">
<tr><td colspan="2" bgcolor="#ffffff"><font size="4"><b>グラフィックス レンダリング エンジン (WMF) の脆弱性</b></font></td></tr>
<tr><td bgcolor="#eeeeee" width="120"><img src="i/l1.gif" alt="【番号】"></td><td bgcolor="#ffffff">MS06-001 / 912919</td></tr>
<tr><td bgcolor="#eeeeee"><img src="i/l2.gif" alt="【登録日】"></td><td bgcolor="#ffffff">2006/01/06</td></tr>
<tr><td bgcolor="#eeeeee"><img src="i/l3.gif" alt="【更新日】"></td><td bgcolor="#ffffff">2006/01/10</td></tr>
<tr><td bgcolor="#eeeeee"><img src="i/l4.gif" alt="【深刻度】"></td><td bgcolor="#ffffff">1（緊急）</td></tr>
<tr><td bgcolor="#eeeeee"><img src="i/l5.gif" alt="【対象】"></td><td bgcolor="#ffffff">クライアント</td></tr>
</table>
<p>定例外で公開された修正プログラムです。細工された WMF 画像を表示するだけで任意のコードが実行されます。</p>
</body>
</html>
""", "alert", "MS06-001", "912919", "1", "client", "2006-01-06", "2006-01-10",
     "グラフィックス レンダリング エンジン (WMF) の脆弱性")


page("sevui_white_on_red", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>Windows Explorer の脆弱性</title>
</head>
<body>
<h2>Windows Explorer の脆弱性により、リモートでコードが実行される</h2>
<p>登録日 2006/04/12　更新日 2006/04/12</p>
<table border="0" cellspacing="2" cellpadding="4">
<tr><td rowspan="2" bgcolor="#dddddd"><b>深刻度</b></td>
<td bgcolor="#cc0000" align="center"><font color="#ffffff"><b>緊急</b></font></td>
<td bgcolor="#f4f4f4" align="center"><font color="#bbbbbb">重要</font></td>
<td bgcolor="#f4f4f4" align="center"><font color="#bbbbbb">警告</font></td>
<td bgcolor="#f4f4f4" align="center"><font color="#bbbbbb">注意</font></td></tr>
<tr><td colspan="4"><font size="-1">色の付いた項目が該当します</font></td></tr>
<tr><td bgcolor="#dddddd"><b>対象</b></td>
<td bgcolor="#f4f4f4" align="center" colspan="2"><font color="#bbbbbb">サーバ</font></td>
<td bgcolor="#0066cc" align="center" colspan="2"><font color="#ffffff"><b>クライアント</b></font></td></tr>
<tr><td bgcolor="#dddddd"><b>番号</b></td><td colspan="4">MS06-015/908531</td></tr>
</table>
<p>細工された Web ページやメールを開くと、Windows Explorer を通じて任意のコードが実行される可能性がある。</p>
</body>
</html>
""", "alert", "MS06-015", "908531", "1", "client", "2006-04-12", "2006-04-12",
     "Windows Explorer の脆弱性により、リモートでコードが実行される")


page("sevui_disabled_select", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>パッチ管理台帳 - MS05-041</title>
</head>
<body>
<h1>パッチ管理台帳：リモート デスクトップ プロトコルの脆弱性</h1>
<form action="/ledger/save" method="post">
<table>
<tr><td><label for="bid">Bulletin</label></td><td><input type="text" id="bid" name="bid" value="MS05-041" readonly></td></tr>
<tr><td><label for="kb">KB</label></td><td><input type="text" id="kb" name="kb" value="899591" readonly></td></tr>
<tr><td><label for="sev">Severity</label></td><td>
<select id="sev" name="sev" disabled>
<option value="1">緊急</option>
<option value="2">重要</option>
<option value="3" selected>警告</option>
<option value="4">注意</option>
</select></td></tr>
<tr><td>対象</td><td>
<input type="checkbox" name="t" value="server" checked disabled> サーバ
<input type="checkbox" name="t" value="client" disabled> クライアント</td></tr>
<tr><td><label for="reg">登録日</label></td><td><input type="text" id="reg" name="reg" value="2005-08-10" readonly></td></tr>
<tr><td><label for="upd">更新日</label></td><td><input type="text" id="upd" name="upd" value="2005-08-17" readonly></td></tr>
</table>
<input type="submit" value="保存" disabled>
</form>
</body>
</html>
""", "alert", "MS05-041", "899591", "3", "server", "2005-08-10", "2005-08-17",
     "パッチ管理台帳：リモート デスクトップ プロトコルの脆弱性")


page("sevui_icon_title", "euc", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">
<title>Kerberos の脆弱性 (MS05-042)</title>
</head>
<body>
<div class="entry">
<h2 class="entry-title">Kerberos の脆弱性により、サービス拒否、情報の漏えいおよびなりすましが行われる</h2>
<div class="entry-meta">
<span class="id">MS05-042</span> /
<span class="kb">KB899587</span> /
<img src="/icons/sev.gif" width="16" height="16" title="深刻度：警告" alt=""> /
<span class="date">登録日：2005/08/10</span>
</div>
<p>ドメイン コントローラに細工された Kerberos メッセージを送ることで、サービス拒否を引き起こすことができる。</p>
</div>
</body>
</html>
""", "alert", "MS05-042", "899587", "3", "-", "2005-08-10", "-",
     "Kerberos の脆弱性により、サービス拒否、情報の漏えいおよびなりすましが行われる")


page("sevui_percent_bar", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>脆弱性ゲージ</title>
<style>
.gauge{width:200px;height:12px;border:1px solid #666;background:#fff}
.gauge div{height:12px;background:#f60}
</style>
</head>
<body>
<h2>Windows Web クライアント サービスの脆弱性 (MS06-008)</h2>
<p>KB911927 ｜ 公開 2006.02.15</p>
<p>深刻度：</p>
<div class="gauge"><div style="width:75%"></div></div>
<p><small>ゲージの見方：25%＝注意　50%＝警告　75%＝重要　100%＝緊急</small></p>
<p>WebDAV を処理する Web クライアント サービスに脆弱性があり、ドメインの認証済みユーザーがコードを実行できる可能性がある。</p>
</body>
</html>
""", "alert", "MS06-008", "911927", "2", "-", "2006-02-15", "-",
     "Windows Web クライアント サービスの脆弱性 (MS06-008)")
