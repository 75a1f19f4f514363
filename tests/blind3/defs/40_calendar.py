# Monthly patch calendars: one table row (or one calendar cell) per bulletin.

page("calendar_rows_2005_10", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>パッチカレンダー 2005年10月</title>
</head>
<body>
<h1>2005年10月 マイクロソフト セキュリティ情報カレンダー</h1>
<p>作成日：2005年10月13日</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr bgcolor="#cccccc"><th>公開日</th><th>番号</th><th>KB</th><th>概要</th><th>深刻度</th><th>対象</th></tr>
<tr><td>10/12</td><td>MS05-044</td><td>905495</td><td>Windows FTP クライアントの脆弱性</td><td>警告</td><td>クライアント</td></tr>
<tr><td>10/12</td><td>MS05-045</td><td>905749</td><td>ネットワーク接続マネージャの脆弱性</td><td>警告</td><td>サーバ/クライアント</td></tr>
<tr><td>10/12</td><td>MS05-046</td><td>899589</td><td>Client Service for NetWare の脆弱性</td><td>重要</td><td>サーバ/クライアント</td></tr>
<tr><td>10/12</td><td>MS05-047</td><td>905414</td><td>プラグ アンド プレイの脆弱性</td><td>重要</td><td>サーバ/クライアント</td></tr>
<tr><td>10/12</td><td>MS05-048</td><td>901017</td><td>Collaboration Data Objects の脆弱性</td><td>重要</td><td>サーバ/クライアント</td></tr>
<tr><td>10/12</td><td>MS05-049</td><td>900725</td><td>Windows シェルの脆弱性</td><td>重要</td><td>クライアント</td></tr>
<tr><td>10/12</td><td>MS05-050</td><td>904706</td><td>DirectShow の脆弱性</td><td>緊急</td><td>クライアント</td></tr>
<tr><td>10/12</td><td>MS05-051</td><td>902400</td><td>MSDTC および COM+ の脆弱性</td><td>緊急</td><td>サーバ/クライアント</td></tr>
<tr><td>10/12</td><td>MS05-052</td><td>896688</td><td>Internet Explorer 用の累積的なセキュリティ更新</td><td>緊急</td><td>クライアント</td></tr>
</table>
<p>※対象欄は当サイトの判断によるものです。</p>
</body>
</html>
""", "notice", "-", "905495,905749,899589,905414,901017,900725,904706,902400,896688", "-", "-",
     "2005-10-13", "-", "2005年10月 マイクロソフト セキュリティ情報カレンダー")


page("calendar_grid_2006_08", "utf8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>セキュリティ更新カレンダー</title>
<style>td{vertical-align:top;width:14%;height:60px} .wed{background:#ffe}</style>
</head>
<body>
<h2>セキュリティ更新カレンダー 2006年8月</h2>
<p>更新：2006-08-10</p>
<table border="1" cellspacing="0">
<tr><th>日</th><th>月</th><th>火</th><th>水</th><th>木</th><th>金</th><th>土</th></tr>
<tr><td></td><td></td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr>
<tr><td>6</td><td>7</td><td>8</td><td class="wed">9<br>
<a href="ms06-040.html">MS06-040</a> (921883) 緊急<br>
<a href="ms06-041.html">MS06-041</a> (920683) 緊急<br>
<a href="ms06-042.html">MS06-042</a> (918899) 緊急<br>
<a href="ms06-045.html">MS06-045</a> (921398) 警告</td><td>10</td><td>11</td><td>12</td></tr>
<tr><td>13</td><td>14</td><td>15</td><td>16</td><td>17</td><td>18</td><td>19</td></tr>
<tr><td>20</td><td>21</td><td>22</td><td>23</td><td>24<br>
<a href="ms06-042.html">MS06-042</a> 再リリース</td><td>25</td><td>26</td></tr>
</table>
<p>次回の定例公開日は 2006年9月13日（水）です。</p>
</body>
</html>
""", "notice", "-", "921883,920683,918899,921398", "-", "-", "-", "2006-08-10",
     "セキュリティ更新カレンダー 2006年8月")
