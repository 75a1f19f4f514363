# Mailing-list archive pages: an email's headers and body, mostly in <pre>.

page("ml_mhonarc_ms05039", "sjis", """<!-- MHonArc v2.6.10 -->
<!--X-Subject: =?ISO-2022-JP?B?TVMwNS0wMzk=?= -->
<!--X-From-R13: nqzva@rknzcyr.np.wc -->
<!--X-Date: Thu, 11 Aug 2005 10:21:33 +0900 -->
<!--X-Message-Id: 20050811102133.A1234@mail.example.ac.jp -->
<!--X-Head-End-->
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>[netadm:01873] MS05-039 適用のお願い</title>
<link rev="made" href="mailto:admin@example.ac.jp">
</head>
<body>
<!--X-Body-Begin-->
<!--X-User-Header-->
<!--X-User-Header-End-->
<!--X-TopPNI-->
<hr>
[<a href="msg01872.html">Date Prev</a>][<a href="msg01874.html">Date Next</a>][<a href="threads.html#01873">Thread Index</a>][<a href="maillist.html#01873">Date Index</a>]
<!--X-TopPNI-End-->
<!--X-MsgBody-->
<!--X-Subject-Header-Begin-->
<h1>MS05-039 適用のお願い</h1>
<hr>
<!--X-Subject-Header-End-->
<!--X-Head-of-Message-->
<ul>
<li><em>To</em>: netadm@example.ac.jp</li>
<li><em>Subject</em>: MS05-039 適用のお願い</li>
<li><em>From</em>: 情報基盤室 管理者 &lt;admin@example.ac.jp&gt;</li>
<li><em>Date</em>: Thu, 11 Aug 2005 10:21:33 +0900</li>
</ul>
<!--X-Head-of-Message-End-->
<!--X-Head-Body-Sep-Begin-->
<hr>
<!--X-Head-Body-Sep-End-->
<!--X-Body-of-Message-->
<pre>
各部局ネットワーク管理者 各位

情報基盤室の管理者です。

昨日公開された Windows のセキュリティ修正について、部局内の
端末への適用をお願いします。

  セキュリティ情報: MS05-039 (KB899588)
  件名           : プラグ アンド プレイの脆弱性により、リモートでコードが
                   実行され、特権の昇格が行なわれる
  深刻度         : 緊急
  公開日         : 2005/08/10

Windows 2000 は認証なしに攻撃できるため、特に優先して
適用してください。

--
情報基盤室 ネットワーク管理者
</pre>
<!--X-Body-of-Message-End-->
<!--X-MsgBody-End-->
<!--X-Follow-Ups-->
<hr>
<!--X-Follow-Ups-End-->
<!--X-References-->
<!--X-References-End-->
<!--X-BotPNI-->
<ul>
<li>Prev by Date: <strong><a href="msg01872.html">[netadm:01872] MS05-038 IE の累積的な更新</a></strong></li>
<li>Next by Date: <strong><a href="msg01874.html">[netadm:01874] Re: MS05-039 適用のお願い</a></strong></li>
</ul>
<!--X-BotPNI-End-->
<!--X-User-Footer-->
<!--X-User-Footer-End-->
</body>
</html>
""", "alert", "MS05-039", "899588", "1", "-", "2005-08-10", "-",
     "MS05-039 適用のお願い")

page("ml_fml_ms06007", "jis", """<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-2022-JP">
<TITLE>hotfix-ml Article 00342</TITLE>
</HEAD>
<BODY>
<A HREF="341.html">[前の記事]</A> <A HREF="343.html">[次の記事]</A> <A HREF="index.html">[一覧]</A>
<HR>
<PRE>
Date: Thu, 16 Feb 2006 18:02:11 +0900
From: HotFix Report &lt;report@hotfix.example.jp&gt;
Subject: [hotfix-ml:00342] HotFix Alert MS06-007
To: hotfix-ml@example.jp
X-Mail-Count: 00342

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 Windowsプラットフォーム向けHotFix情報サービス
 HotFix Alert: 2006/02/16版
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【登録日】2006/02/16
【更新日】2006/02/16

■脆弱性識別番号
  MS06-007/913446
  TCP/IPのIGMPリクエスト処理の脆弱性により、サービス拒否が起きる危険性
  (TCP/IP の脆弱性により、サービス拒否が起こる)

■深刻度          □1(緊急) ■2(重要) □3(警告) □4(注意)
■攻撃コードの有無  なし
■対策            早期適用
■再起動の必要性    必要
■対象環境        ■サーバ ■クライアント

■緊急対応度: 適用作業の早期開始

 IPマルチキャストで利用されるIGMP v3メッセージの処理に脆弱性が存在する。
細工されたIGMP v3メッセージを受信すると、コンピュータが応答しなくなる危険
性がある。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
このメールは、HotFix Reportにご登録いただいておりますユーザー様にお送りしています。
</PRE>
<HR>
<A HREF="341.html">[前の記事]</A> <A HREF="343.html">[次の記事]</A> <A HREF="index.html">[一覧]</A>
</BODY>
</HTML>
""", "alert", "MS06-007", "913446", "2", "server,client", "2006-02-16", "2006-02-16",
     "TCP/IPのIGMPリクエスト処理の脆弱性により、サービス拒否が起きる危険性")

page("ml_digest_200508", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>secinfo-digest Vol.5 No.153</title>
</head>
<body>
<h2>secinfo-digest Vol.5 No.153</h2>
<pre>
Date: Fri, 12 Aug 2005 09:00:05 +0900
From: secinfo-digest-owner@example.or.jp
Subject: secinfo-digest Vol.5 No.153

発行日: 2005/08/12

本号の内容:
  1. MS05-040 テレフォニー サービスの脆弱性 (KB893756)
  2. MS05-041 リモート デスクトップ プロトコルの脆弱性 (KB899591)

----------------------------------------------------------------------
1. MS05-040 テレフォニー サービスの脆弱性により、リモートでコードが実行される

  深刻度: 重要
  KB    : 893756
  テレフォニー サービスに、リモートでコードが実行される脆弱性が存在します。
  Windows 2000 Server など、テレフォニー サービスが有効なサーバが対象です。

----------------------------------------------------------------------
2. MS05-041 リモート デスクトップ プロトコルの脆弱性により、サービス拒否が起こる

  深刻度: 警告
  KB    : 899591
  ターミナル サービスを有効にしているコンピュータが、細工された RDP
  パケットにより応答しなくなる可能性があります。

----------------------------------------------------------------------
secinfo-digest の購読中止は secinfo-digest-request@example.or.jp まで。
</pre>
</body>
</html>
""", "notice", "-", "893756,899591", "-", "-", "2005-08-12", "-",
     "secinfo-digest Vol.5 No.153")

page("ml_quote_ms04028", "sjis", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>[it-info 2004] [重要] GDI+ の JPEG 処理の脆弱性 (MS04-028) について</title>
</head>
<body bgcolor="#ffffff">
<p><a href="index.html">it-info 2004年 アーカイブ</a></p>
<hr>
<p><b>Subject:</b> [重要] GDI+ の JPEG 処理の脆弱性 (MS04-028) について<br>
<b>From:</b> システム管理課<br>
<b>Date:</b> 2004年9月16日 13:05</p>
<hr>
<pre>
全社員の皆様

システム管理課です。マイクロソフトから以下の発表がありました。
JPEG 画像を表示するだけで感染するウイルスが出る可能性がありますので、
本日中に Windows Update と Office Update を実施してください。

-- ここから引用 --
&gt; マイクロソフト セキュリティ情報 MS04-028
&gt; JPEG 処理 (GDI+) のバッファ オーバーランにより、コードが実行される (833987)
&gt;
&gt; 公開日: 2004年9月15日
&gt; 最大深刻度: 緊急
&gt;
&gt; 影響を受けるソフトウェア:
&gt;   Microsoft Windows XP / Windows XP Service Pack 1
&gt;   Microsoft Windows Server 2003
&gt;   Microsoft Office XP / Office 2003
-- ここまで引用 --

不明な点は内線 4400 までお問い合わせください。
</pre>
<hr>
<p>[<a href="0915.html">前</a>] [<a href="0917.html">次</a>]</p>
</body>
</html>
""", "alert", "MS04-028", "833987", "1", "-", "2004-09-15", "-",
     "[重要] GDI+ の JPEG 処理の脆弱性 (MS04-028) について")
