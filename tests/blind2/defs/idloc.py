# The bulletin's id appears only in the <title> or only in the breadcrumb.

page("idloc_title_ms05045", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>MS05-045 ネットワーク接続マネージャの脆弱性 | セキュリティ情報</title>
</head>
<body>
<table width="100%"><tr><td><a href="/">セキュリティ情報トップ</a></td></tr></table>
<h2>ネットワーク接続マネージャの脆弱性により、サービス拒否が起こる</h2>
<p>公開日：2005年10月12日</p>
<p>深刻度：警告<br>
サポート技術情報：905414</p>
<p>ネットワーク接続マネージャに、細工された要求によりネットワーク接続の管理が停止する脆弱性があります。
攻撃者はドメインの有効なアカウントを持っている必要があります。</p>
</body>
</html>
""", "alert", "MS05-045", "905414", "3", "-", "2005-10-12", "-",
     "ネットワーク接続マネージャの脆弱性により、サービス拒否が起こる")

page("idloc_crumb_ms05044", "utf8", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>FTP クライアントの脆弱性 - パッチ情報</title>
</head>
<body>
<div id="breadcrumb"><a href="/">トップ</a> &gt; <a href="/patch/">パッチ情報</a> &gt; <a href="/patch/2005/">2005年</a> &gt; MS05-044</div>
<div id="content">
<h2>FTP クライアントの脆弱性</h2>
<p>掲載日: 2005/10/12</p>
<p>深刻度: 警告　/　KB905495</p>
<p>Windows の FTP クライアントで、悪意のある FTP サーバからファイルを転送すると、
指定したのとは別の場所にファイルが保存される可能性がある。</p>
</div>
</body>
</html>
""", "alert", "MS05-044", "905495", "3", "-", "2005-10-12", "-",
     "FTP クライアントの脆弱性")
