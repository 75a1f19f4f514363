#!/usr/bin/env python3
# mkmasters.py — writes the UTF-8 master pages samples/src/<seed>.<style>.html
# from seeddata.py in three period markup styles:
#   a  2005: nested layout tables, <td><font><b>label</b></font></td>, <p>
#      paragraphs, selected choices marked by <img alt="●">.
#   b  2003-2004: upper-case tags, labels in <TH>, unclosed <TD>/<TR>/<P>,
#      ●/○ text markers, no 攻撃コードの有無 row, adds よく寄せられる質問 and
#      更新履歴 rows, steps numbered in the text.
#   c  2006: labels in <td><b>, paragraphs split by <br><br>, severity marked by
#      an image without alt in its own cell, targets by <strong>, adds
#      対応の緊急性, full-width digits in 登録日, 2005年8月11日 style in 更新日,
#      edition date split across lines.
# The line <meta ... charset=@CHARSET@> is filled in (or removed) by mk.sh.
# Run: python3 samples/src/mkmasters.py   (from anywhere)
import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seeddata import (SEEDS, BACKNUMBER, URGENCY_LEGEND, DEPLOY_NOTE,  # noqa: E402
                      WORKAROUND_INTRO, FOOTER_AD, FOOTER_LINES, TIMES)

SEVERITIES = ["1(緊急)", "2(重要)", "3(警告)", "4(注意)"]
BAR = ["SP待ち", "早期適用", "緊急適用"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def e(s):
    return html.escape(s, quote=False)


def a(s):
    return html.escape(s, quote=True)


def render_a(S):
    o = []
    w = o.append
    w('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">\n')
    w('<title>HotFix Report バックナンバー: %s</title>\n' % S["id"])
    w('<link rel="stylesheet" href="../css/hfr.css" type="text/css">\n</head>\n')
    w('<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#663399" leftmargin="0" topmargin="0">\n')
    w('<table width="760" border="0" cellspacing="0" cellpadding="0">\n<tr>\n')
    w('<td colspan="2"><font size="2" color="#666666">%s</font></td>\n</tr>\n' % e(BACKNUMBER).replace("」 を", "」&nbsp;を"))
    w('<tr>\n<td colspan="2" bgcolor="#003366"><font size="2" color="#FFFFFF">\n')
    w('<a href="../index.html"><font color="#FFFFFF">トップページ</font></a>&nbsp;\n')
    w('<a href="../service.html"><font color="#FFFFFF">サービスの詳細</font></a>&nbsp;\n')
    w('<a href="../backnumber.html"><font color="#FFFFFF">セキュリティ情報</font></a>&nbsp;\n')
    w('<a href="../subscribe.html"><font color="#FFFFFF">購読の申し込み</font></a></font></td>\n</tr>\n')
    w('<tr>\n<td colspan="2"><img src="../img/spacer.gif" width="1" height="8" alt=""></td>\n</tr>\n')
    w('<tr>\n<td width="200" valign="top">\n')
    # left column: edition, dates, attribute table
    w('<table width="200" border="0" cellspacing="0" cellpadding="3">\n')
    w('<tr><td><font size="1">Windowsプラットフォーム向けHotFix情報サービス</font></td></tr>\n')
    ed = S["edition"][0] + ("<br>\n" if S["edition_split_in_a"] else "") + S["edition"][1]
    w('<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>HotFix Alert:<br>\n%s</b></font></td></tr>\n' % ed)
    w('<tr><td><font size="2">【登録日】%s<br>\n【更新日】%s</font></td></tr>\n' % (S["registered"], S["updated"]))
    if S["has_detail_link"]:
        w('<tr><td><font size="2"><a href="#detail">詳細</a></font></td></tr>\n')
    w('<tr><td><font size="2"><a href="http://bbs.hotfix.jp/">HFR BBS会議室</a></font></td></tr>\n')
    w('</table>\n<br>\n')
    w('<table width="200" border="0" cellspacing="1" cellpadding="3" bgcolor="#999999">\n')

    def row(label, value):
        w('<tr>\n<td bgcolor="#DDE4F0" width="80"><font size="2"><b>%s</b></font></td>\n'
          '<td bgcolor="#FFFFFF"><font size="2">%s</font></td>\n</tr>\n' % (label, value))

    sev = []
    for i, s in enumerate(SEVERITIES):
        if i + 1 == S["severity"]:
            sev.append('<img src="../img/check.gif" width="11" height="11" alt="●" align="absmiddle">%s' % s)
        else:
            sev.append('&nbsp;&nbsp;%s' % s)
    row("深刻度", "<br>\n".join(sev))
    row("攻撃コードの有無", S["exploit"])
    row("対策", S["action"])
    row("再起動の必要性", S["reboot"])
    row("アンインストール", '<img src="../img/uninst_ok.gif" width="16" height="16" alt="可">')
    row("対象環境", '<img src="../img/check.gif" width="11" height="11" alt="●" align="absmiddle">サーバ<br>\n'
                  '<img src="../img/check.gif" width="11" height="11" alt="●" align="absmiddle">クライアント')
    row("セキュリティ情報", '<a href="%s">%s(日本)</a><br>\n<a href="%s">%s(US)</a>'
        % (a(S["jp_url"]), S["id"], a(S["us_url"]), S["id"]))
    row("サポート技術情報", "&nbsp;")
    row("含まれる過去の修正", S["past"] or "&nbsp;")
    row("脆弱性識別番号", "%s/%s" % (S["id"], S["kb"]))
    w('</table>\n</td>\n')
    # right column
    w('<td width="560" valign="top">\n<a name="detail"></a>\n')
    w('<table width="100%" border="0" cellspacing="0" cellpadding="4">\n<tr>\n<td>\n')
    w('<font size="4" color="#003366"><b>%s</b></font><br>\n' % e(S["title"]))
    w('<font size="2">(%s)</font>\n' % e(S["official"]))
    w('</td>\n</tr>\n<tr>\n<td>\n')
    w('<table border="0" cellspacing="0" cellpadding="2" width="100%">\n')
    w('<tr><td colspan="3"><font size="2"><b>緊急対応度:%s</b></font></td></tr>\n' % S["urgency"])
    w('<tr><td colspan="3"><font size="1"><a href="../help/urgency.html">危険性</a>&nbsp;%s</font></td></tr>\n'
      % e(URGENCY_LEGEND))
    w('<tr>\n')
    colors = ["#FFFFCC", "#FFCC66", "#FF6633"]
    for i, b in enumerate(BAR):
        mark = '<img src="../img/arrow.gif" width="9" height="9" alt="▼"><br>\n' if i == S["urgency_pos"] else ''
        w('<td width="33%%" align="center" bgcolor="%s">%s<font size="1">%s</font></td>\n' % (colors[i], mark, b))
    w('</tr>\n</table>\n</td>\n</tr>\n<tr>\n<td>\n')
    render_blocks_a(w, S["lead"], S)
    w('</td>\n</tr>\n</table>\n</td>\n</tr>\n</table>\n')

    def heading(t):
        w('<br>\n<table width="760" border="0" cellspacing="0" cellpadding="3">\n'
          '<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>%s</b></font></td></tr>\n</table>\n' % t)

    def dots(t):
        w('<p><font color="#336699"><b>‥‥‥ %s ‥‥‥</b></font></p>\n' % t)

    w('<table width="760" border="0" cellspacing="0" cellpadding="0"><tr><td>\n')
    heading("概要")
    for p in S["overview"]:
        w('<p><font size="2">&nbsp;%s</font></p>\n' % e(p))
    heading("対象プラットフォーム")
    w('<table border="1" cellspacing="0" cellpadding="3" bordercolor="#999999">\n'
      '<tr bgcolor="#DDE4F0"><td><font size="2"><b>影響を受けるソフトウェア</b></font></td>'
      '<td><font size="2"><b>対象プラットフォーム</b></font></td></tr>\n')
    for sw, pl in S["affected"]:
        w('<tr><td><font size="2">%s</font></td><td><font size="2">%s</font></td></tr>\n' % (sw, pl))
    w('</table>\n')
    dots("DA Lab:HotFixテスティング・チームからのコメント")
    for h, blocks in S["notes"]:
        w('<p><font size="2"><b>■%s</b></font><br>\n' % e(h))
        render_blocks_a(w, blocks, S, first_in_p=True)
    w('<br>\n')
    dots("修正プログラムのダウンロード先")
    w('<table border="1" cellspacing="0" cellpadding="3" bordercolor="#999999">\n'
      '<tr bgcolor="#DDE4F0"><td><font size="2"><b>プラットフォーム</b></font></td>'
      '<td><font size="2"><b>ダウンロード・センター</b></font></td>'
      '<td><font size="2"><b>WU/MU/SUS/WSUSの表示</b></font></td></tr>\n')
    for pl, title, url in S["downloads"]:
        w('<tr><td><font size="2">%s</font></td>'
          '<td align="center"><a href="%s"><img src="../img/download.gif" width="60" height="16" border="0" alt="ダウンロード"></a></td>'
          '<td><font size="2">%s</font></td></tr>\n' % (pl, a(url), e(title)))
    w('</table>\n')
    dots("適用されるファイル情報")
    w('<p><font size="2">&nbsp;%s</font></p>\n' % S["files_intro"])
    for pl, fn, d, v, sz, files in S["packages"]:
        w('<p><font size="2"><b>%s:</b></font></p>\n' % pl)
        w('<table border="1" cellspacing="0" cellpadding="2" bordercolor="#999999">\n'
          '<tr bgcolor="#DDE4F0"><td><font size="2">ファイル名</font></td><td><font size="2">日付</font></td>'
          '<td><font size="2">バージョン</font></td><td><font size="2">サイズ</font></td></tr>\n')
        w('<tr><td><font size="2">%s</font></td><td><font size="2">%s</font></td><td><font size="2">%s</font></td>'
          '<td align="right"><font size="2">%s</font></td></tr>\n</table>\n<br>\n' % (fn, d, v, sz))
        w('<table border="1" cellspacing="0" cellpadding="2" bordercolor="#999999">\n'
          '<tr bgcolor="#DDE4F0"><td><font size="2">ファイル名</font></td><td><font size="2">日付</font></td>'
          '<td><font size="2">バージョン</font></td><td><font size="2">サイズ</font></td>'
          '<td><font size="2">機能</font></td></tr>\n')
        for folder, path, name, fd, fv, fsz, desc in files:
            if folder is None:
                w('<tr><td colspan="5" bgcolor="#F0F0F0"><font size="2">展開フォルダ&nbsp;%s</font></td></tr>\n' % path)
            else:
                w('<tr><td colspan="5" bgcolor="#F0F0F0"><font size="2">展開フォルダ<br>\n(%s)<br>\n%s</font></td></tr>\n'
                  % (folder, path))
            w('<tr><td><font size="2">%s</font></td><td><font size="2">%s</font></td><td><font size="2">%s</font></td>'
              '<td align="right"><font size="2">%s</font></td><td><font size="2">%s</font></td></tr>\n'
              % (name, fd, fv, fsz, desc))
        w('</table>\n')
    dots("確認方法")
    w('<p><font size="2">&nbsp;%s</font></p>\n' % S["verify_intro"])
    for pl, key in S["verify"]:
        w('<p><font size="2">%s<br>\n<font face="Courier New">%s</font>以下のファイル一覧を確認する</font></p>\n' % (pl, e(key)))
    w('<br>\n')
    dots("参考情報")
    w('<p><font size="2">&nbsp;%s</font></p>\n' % WORKAROUND_INTRO)
    for t, blocks in S["workarounds"]:
        w('<p><font size="2"><b>■%s</b></font><br>\n' % e(t))
        render_blocks_a(w, blocks, S, first_in_p=True)
    w('<br>\n')
    heading("予想適用時間")
    w('<table border="1" cellspacing="0" cellpadding="3" bordercolor="#999999">\n'
      '<tr bgcolor="#DDE4F0"><td><font size="2">修正プログラム名</font></td><td><font size="2">50台</font></td>'
      '<td><font size="2">100台</font></td><td><font size="2">250台</font></td><td><font size="2">500台</font></td></tr>\n')
    for fn, pl in S["deploy"]:
        w('<tr><td><font size="2">%s<br>\n(%s)</font></td>' % (fn, pl))
        w(''.join('<td align="right"><font size="2">%s</font></td>' % t for t in TIMES))
        w('</tr>\n')
    w('</table>\n<p><font size="1">%s</font></p>\n' % DEPLOY_NOTE)
    heading("UpdateEXPERT上の表示")
    for pl, lines in S["uex"]:
        w('<p><font size="2">%s<br>\n%s</font></p>\n' % (pl, "<br>\n".join(e(x) for x in lines)))
    w('</td></tr></table>\n<br>\n')
    w('<table width="760" border="0" cellspacing="0" cellpadding="4" bgcolor="#EEEEEE">\n<tr><td>\n')
    w('<font size="2">%s</font>\n</td></tr>\n<tr><td>\n' % FOOTER_AD.replace(
        "ホームページ", '<a href="http://www.updatetech.co.jp/">ホームページ</a>'))
    w('<font size="1">%s</font>\n' % "<br>\n".join(e(x) for x in FOOTER_LINES))
    w('</td></tr>\n</table>\n</body>\n</html>\n')
    return "".join(o)


def render_blocks_a(w, blocks, S, first_in_p=False):
    """Paragraph blocks in <p>; the first may continue an open <p> (■ heading)."""
    open_p = first_in_p
    for b in blocks:
        if b[0] == "p":
            if open_p:
                w('<font size="2">&nbsp;%s</font></p>\n' % e(b[1]))
                open_p = False
            else:
                w('<p><font size="2">&nbsp;%s</font></p>\n' % e(b[1]))
        else:
            if open_p:
                w('</p>\n')
                open_p = False
            if b[0] == "ref":
                w('<p><font size="2">・%s:<br>\n<a href="%s">%s</a></font></p>\n' % (e(b[1]), a(b[2]), e(b[2])))
            elif b[0] == "tested":
                w('<table border="1" cellspacing="0" cellpadding="2" bordercolor="#999999">\n'
                  '<tr bgcolor="#DDE4F0"><td><font size="2">プラットフォーム</font></td>'
                  '<td><font size="2">適用テスト結果</font></td></tr>\n')
                for t in S["tested"]:
                    w('<tr><td><font size="2">%s</font></td><td align="center">'
                      '<img src="../img/ok.gif" width="16" height="16" alt="OK"></td></tr>\n' % t)
                w('</table>\n')
            elif b[0] == "steps":
                w('<ol>\n')
                for st in b[1]:
                    w('<li><font size="2">%s</font>\n' % "<br>\n&nbsp;&nbsp;".join(e(x) for x in st))
                    w('</li>\n' if len(st) == 1 else '<br><br></li>\n')
                w('</ol>\n')
    if open_p:
        w('</p>\n')


def render_b(S):
    o = []
    w = o.append
    w('<HTML>\n<HEAD>\n<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=@CHARSET@">\n')
    w('<TITLE>HotFix Report - %s</TITLE>\n</HEAD>\n<BODY BGCOLOR="#FFFFFF">\n' % S["id"])
    w('<FONT SIZE=2>%s</FONT>\n<P>\n' % e(BACKNUMBER))
    w('<TABLE WIDTH=700 BORDER=0 CELLSPACING=0 CELLPADDING=2>\n<TR BGCOLOR="#000066">\n')
    for href, t in [("../index.html", "トップページ"), ("../service.html", "サービスの詳細"),
                    ("../backnumber.html", "セキュリティ情報"), ("../subscribe.html", "購読の申し込み")]:
        w('<TD><A HREF="%s"><FONT COLOR=WHITE SIZE=2>%s</FONT></A>\n' % (href, t))
    w('</TABLE>\n<BR>\n')
    w('<TABLE WIDTH=700 BORDER=0 CELLSPACING=0 CELLPADDING=0>\n<TR>\n<TD WIDTH=220 VALIGN=TOP>\n')
    w('<FONT SIZE=1>Windowsプラットフォーム向けHotFix情報サービス</FONT><BR>\n')
    w('<B>HotFix Alert:<BR>\n%s%s</B><BR>\n' % S["edition"])
    w('<FONT SIZE=2>【登録日】%s<BR>\n【更新日】%s<BR>\n' % (S["registered"], S["updated"]))
    if S["has_detail_link"]:
        w('<A HREF="#DETAIL">詳細</A><BR>\n')
    w('<A HREF="http://bbs.hotfix.jp/">HFR BBS会議室</A></FONT>\n<P>\n')
    w('<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=2 WIDTH=220>\n')

    def row(label, value):
        w('<TR><TH ALIGN=LEFT BGCOLOR="#CCCCFF"><FONT SIZE=2>%s</FONT>\n<TD><FONT SIZE=2>%s</FONT>\n' % (label, value))

    row("深刻度", "<BR>\n".join(("●" if i + 1 == S["severity"] else "○") + s for i, s in enumerate(SEVERITIES)))
    row("対策", S["action"])
    row("再起動の必要性", S["reboot"])
    row("アンインストール", "可")
    row("対象環境", "●サーバ<BR>\n●クライアント")
    row("セキュリティ情報", '<A HREF="%s">%s(日本)</A><BR>\n<A HREF="%s">%s(US)</A>'
        % (a(S["jp_url"]), S["id"], a(S["us_url"]), S["id"]))
    row("よく寄せられる質問", '<A HREF="%s">%s FAQ(日本)</A>' % (a(S["faq_url"]), S["id"]))
    row("サポート技術情報", "&nbsp;")
    row("含まれる過去の修正", S["past"] or "&nbsp;")
    row("脆弱性識別番号", "%s/%s" % (S["id"], S["kb"]))
    row("更新履歴", "%s 初版" % S["registered"])
    w('</TABLE>\n<TD VALIGN=TOP>\n<A NAME="DETAIL"></A>\n')
    w('<FONT SIZE=4><B>%s</B></FONT><BR>\n<FONT SIZE=2>(%s)</FONT>\n<P>\n' % (e(S["title"]), e(S["official"])))
    w('<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=2 WIDTH="100%">\n')
    w('<TR><TD COLSPAN=3><FONT SIZE=2><B>緊急対応度:%s</B></FONT>\n' % S["urgency"])
    w('<TR><TD COLSPAN=3><FONT SIZE=1>危険性 %s</FONT>\n<TR>\n' % e(URGENCY_LEGEND))
    for i, b in enumerate(BAR):
        w('<TD ALIGN=CENTER BGCOLOR="%s"><FONT SIZE=1>%s</FONT>\n'
          % ("#FF9900" if i == S["urgency_pos"] else "#EEEEEE", b))
    w('</TABLE>\n')
    render_blocks_b(w, S["lead"], S)
    w('</TABLE>\n')

    def heading(t):
        w('<P>\n<TABLE WIDTH=700 BORDER=0 CELLPADDING=2><TR><TD BGCOLOR="#000066"><FONT COLOR=WHITE><B>%s</B></FONT></TABLE>\n' % t)

    heading("概要")
    for p in S["overview"]:
        w('<P>&nbsp;%s\n' % e(p))
    heading("対象プラットフォーム")
    w('<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=2>\n<TR><TH>影響を受けるソフトウェア<TH>対象プラットフォーム\n')
    for sw, pl in S["affected"]:
        w('<TR><TD>%s<TD>%s\n' % (sw, pl))
    w('</TABLE>\n')
    w('<P><B>‥‥‥ DA Lab:HotFixテスティング・チームからのコメント ‥‥‥</B>\n')
    for h, blocks in S["notes"]:
        w('<P><B>■%s</B><BR>\n' % e(h))
        render_blocks_b(w, blocks, S, first_in_p=True)
    w('<P><B>‥‥‥ 修正プログラムのダウンロード先 ‥‥‥</B>\n')
    w('<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=2>\n<TR><TH>プラットフォーム<TH>ダウンロード・センター<TH>WU/MU/SUS/WSUSの表示\n')
    for pl, title, url in S["downloads"]:
        w('<TR><TD>%s<TD><A HREF="%s">ダウンロード</A><TD>%s\n' % (pl, a(url), e(title)))
    w('</TABLE>\n')
    w('<P><B>‥‥‥ 適用されるファイル情報 ‥‥‥</B>\n<P>&nbsp;%s\n' % S["files_intro"])
    for pl, fn, d, v, sz, files in S["packages"]:
        w('<P><B>%s:</B>\n' % pl)
        w('<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=2>\n<TR><TH>ファイル名<TH>日付<TH>バージョン<TH>サイズ\n')
        w('<TR><TD>%s<TD>%s<TD>%s<TD ALIGN=RIGHT>%s\n</TABLE>\n<BR>\n' % (fn, d, v, sz))
        w('<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=2>\n<TR><TH>ファイル名<TH>日付<TH>バージョン<TH>サイズ<TH>機能\n')
        for folder, path, name, fd, fv, fsz, desc in files:
            if folder is None:
                w('<TR><TD COLSPAN=5>展開フォルダ %s\n' % path)
            else:
                w('<TR><TD COLSPAN=5>展開フォルダ<BR>(%s)<BR>%s\n' % (folder, path))
            w('<TR><TD>%s<TD>%s<TD>%s<TD ALIGN=RIGHT>%s<TD>%s\n' % (name, fd, fv, fsz, desc))
        w('</TABLE>\n')
    w('<P><B>‥‥‥ 確認方法 ‥‥‥</B>\n<P>&nbsp;%s\n' % S["verify_intro"])
    for pl, key in S["verify"]:
        w('<P>%s<BR>\n%s以下のファイル一覧を確認する\n' % (pl, e(key)))
    w('<P><B>‥‥‥ 参考情報 ‥‥‥</B>\n<P>&nbsp;%s\n' % WORKAROUND_INTRO)
    for t, blocks in S["workarounds"]:
        w('<P><B>■%s</B><BR>\n' % e(t))
        render_blocks_b(w, blocks, S, first_in_p=True)
    heading("予想適用時間")
    w('<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=2>\n<TR><TH>修正プログラム名<TH>50台<TH>100台<TH>250台<TH>500台\n')
    for fn, pl in S["deploy"]:
        w('<TR><TD>%s<BR>(%s)%s\n' % (fn, pl, "".join("<TD ALIGN=RIGHT>%s" % t for t in TIMES)))
    w('</TABLE>\n<FONT SIZE=1>%s</FONT>\n' % DEPLOY_NOTE)
    heading("UpdateEXPERT上の表示")
    for pl, lines in S["uex"]:
        w('<P>%s<BR>\n%s\n' % (pl, "<BR>\n".join(e(x) for x in lines)))
    w('<HR>\n<FONT SIZE=2>%s</FONT>\n<P>\n<FONT SIZE=1>%s</FONT>\n</BODY>\n</HTML>\n'
      % (FOOTER_AD, "<BR>\n".join(e(x) for x in FOOTER_LINES)))
    return "".join(o)


def render_blocks_b(w, blocks, S, first_in_p=False):
    """Unclosed <P>; steps numbered in the text, continuation lines indented."""
    first = first_in_p
    for b in blocks:
        if b[0] == "p":
            w(('&nbsp;%s\n' if first else '<P>&nbsp;%s\n') % e(b[1]))
        elif b[0] == "ref":
            w('<P>・%s:<BR>\n<A HREF="%s">%s</A>\n' % (e(b[1]), a(b[2]), e(b[2])))
        elif b[0] == "tested":
            w('<TABLE BORDER=1 CELLSPACING=0 CELLPADDING=2>\n<TR><TH>プラットフォーム<TH>適用テスト結果\n')
            for t in S["tested"]:
                w('<TR><TD>%s<TD ALIGN=CENTER>○\n' % t)
            w('</TABLE>\n')
        elif b[0] == "steps":
            w('<P>\n')
            for n, st in enumerate(b[1], 1):
                w('&nbsp;&nbsp;%d. %s<BR>\n' % (n, e(st[0])))
                for x in st[1:]:
                    w('&nbsp;&nbsp;&nbsp;&nbsp;%s<BR>\n' % e(x))
        first = False


def render_c(S):
    o = []
    w = o.append
    w('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html lang="ja">\n<head>\n')
    w('<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">\n')
    w('<meta http-equiv="Content-Style-Type" content="text/css">\n')
    w('<title>%s - HotFix Report</title>\n' % S["id"])
    w('<style type="text/css">\n<!--\n.lbl { background: #E8EEF7; }\n.sec { background: #2F4F7F; color: #FFF; }\n-->\n</style>\n')
    w('</head>\n<body>\n<div id="container">\n')
    w('<table width="780" border="0" cellspacing="0" cellpadding="0" summary="layout">\n')
    w('<tr><td colspan="2" class="note">%s</td></tr>\n' % e(BACKNUMBER))
    w('<tr><td colspan="2" class="nav"><a href="/">トップページ</a> | <a href="/service/">サービスの詳細</a> | '
      '<a href="/alert/">セキュリティ情報</a> | <a href="/subscribe/">購読の申し込み</a></td></tr>\n')
    w('<tr><td width="230" valign="top">\n<table width="230" border="0" cellspacing="0" cellpadding="0">'
      '<tr><td>\n<table width="100%" border="0" cellspacing="0" cellpadding="4">\n')
    w('<tr><td class="svc">Windowsプラットフォーム向けHotFix情報サービス</td></tr>\n')
    w('<tr><td class="edition"><span class="hfa">HotFix Alert:</span><br>\n%s<br>\n%s</td></tr>\n' % S["edition"])
    w('<tr><td class="date">【登録日】%s<br>\n【更新日】%s</td></tr>\n'
      % (S["registered"].translate(FW), S["updated_kanji"]))
    if S["has_detail_link"]:
        w('<tr><td><a href="#detail">詳細</a></td></tr>\n')
    w('<tr><td><a href="http://bbs.hotfix.jp/">HFR BBS会議室</a></td></tr>\n</table>\n')
    w('<table width="100%" border="0" cellspacing="1" cellpadding="4" class="attr">\n')

    def row(label, value):
        w('<tr>\n<td class="lbl"><b>%s</b></td>\n<td>%s</td>\n</tr>\n' % (label, value))

    cells = []
    for i, s in enumerate(SEVERITIES):
        mark = '<img src="/img/sel.gif" width="12" height="12">' if i + 1 == S["severity"] else '&nbsp;'
        cells.append('<tr><td width="14">%s</td><td>%s</td></tr>' % (mark, s))
    row("深刻度", '<table border="0" cellspacing="0" cellpadding="1">\n%s\n</table>' % "\n".join(cells))
    row("攻撃コードの有無", S["exploit"])
    row("対策", S["action"])
    row("対応の緊急性", S["urgency_c"])
    row("再起動の必要性", S["reboot"])
    row("アンインストール", "可能")
    row("対象環境", "<strong>サーバ</strong><br>\n<strong>クライアント</strong>")
    row("セキュリティ情報", '<a href="%s" target="_blank">%s(日本)</a><br>\n<a href="%s" target="_blank">%s(US)</a>'
        % (a(S["jp_url"]), S["id"], a(S["us_url"]), S["id"]))
    row("サポート技術情報", "")
    row("含まれる過去の修正", S["past"])
    row("脆弱性識別番号", "%s/%s" % (S["id"], S["kb"]))
    w('</table>\n</td></tr></table>\n</td>\n<td valign="top">\n<a name="detail"></a>\n')
    w('<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td>\n')
    w('<h1 class="title"><font size="4">%s</font></h1>\n' % e(S["title"]))
    w('<div class="mstitle">(%s)</div>\n' % e(S["official"]))
    w('<table border="0" cellspacing="0" cellpadding="2" width="100%" class="urgency">\n')
    w('<tr><td colspan="3"><b>緊急対応度:</b>%s</td></tr>\n' % S["urgency"])
    w('<tr><td colspan="3" class="legend"><b>危険性</b> %s</td></tr>\n<tr>' % e(URGENCY_LEGEND))
    for i, b in enumerate(BAR):
        w('<td%s>%s</td>' % (' class="on"' if i == S["urgency_pos"] else '', b))
    w('</tr>\n</table>\n<div class="lead">\n')
    render_blocks_c(w, S["lead"], S)
    w('</div>\n</td></tr></table>\n</td>\n</tr>\n</table>\n')

    def heading(t):
        w('<table width="780" border="0" cellspacing="0" cellpadding="3"><tr><td class="sec"><b>%s</b></td></tr></table>\n' % t)

    def dots(t):
        w('<div class="sub"><b>‥‥‥ %s ‥‥‥</b></div>\n' % t)

    heading("概要")
    w('<div class="body">\n')
    render_blocks_c(w, [("p", p) for p in S["overview"]], S)
    w('</div>\n')
    heading("対象プラットフォーム")
    w('<table border="1" cellspacing="0" cellpadding="3">\n<tr><td class="lbl"><b>影響を受けるソフトウェア</b></td>'
      '<td class="lbl"><b>対象プラットフォーム</b></td></tr>\n')
    for sw, pl in S["affected"]:
        w('<tr><td>%s</td><td>%s</td></tr>\n' % (sw, pl))
    w('</table>\n')
    dots("DA Lab:HotFixテスティング・チームからのコメント")
    w('<div class="body">\n')
    for h, blocks in S["notes"]:
        w('<b>■%s</b><br>\n' % e(h))
        render_blocks_c(w, blocks, S)
        w('<br>\n')
    w('</div>\n')
    dots("修正プログラムのダウンロード先")
    w('<table border="1" cellspacing="0" cellpadding="3">\n<tr><td class="lbl"><b>プラットフォーム</b></td>'
      '<td class="lbl"><b>ダウンロード・センター</b></td><td class="lbl"><b>WU/MU/SUS/WSUSの表示</b></td></tr>\n')
    for pl, title, url in S["downloads"]:
        w('<tr><td>%s</td><td><a href="%s"><img src="/img/dl.gif" width="60" height="16" border="0"></a></td>'
          '<td>%s</td></tr>\n' % (pl, a(url), e(title)))
    w('</table>\n')
    dots("適用されるファイル情報")
    w('<div class="body">&nbsp;%s</div>\n' % S["files_intro"])
    for pl, fn, d, v, sz, files in S["packages"]:
        w('<div class="pkg"><b>%s:</b></div>\n' % pl)
        w('<table border="1" cellspacing="0" cellpadding="2">\n<tr><td class="lbl">ファイル名</td><td class="lbl">日付</td>'
          '<td class="lbl">バージョン</td><td class="lbl">サイズ</td></tr>\n')
        w('<tr><td>%s</td><td>%s</td><td>%s</td><td align="right">%s</td></tr>\n</table>\n' % (fn, d, v, sz))
        w('<table border="1" cellspacing="0" cellpadding="2">\n<tr><td class="lbl">ファイル名</td><td class="lbl">日付</td>'
          '<td class="lbl">バージョン</td><td class="lbl">サイズ</td><td class="lbl">機能</td></tr>\n')
        for folder, path, name, fd, fv, fsz, desc in files:
            if folder is None:
                w('<tr><td class="lbl">展開フォルダ</td><td colspan="4">%s</td></tr>\n' % path)
            else:
                w('<tr><td class="lbl">展開フォルダ</td><td colspan="4">(%s)<br>%s</td></tr>\n' % (folder, path))
            w('<tr><td>%s</td><td>%s</td><td>%s</td><td align="right">%s</td><td>%s</td></tr>\n'
              % (name, fd, fv, fsz, desc))
        w('</table>\n')
    dots("確認方法")
    w('<div class="body">&nbsp;%s<br><br>\n' % S["verify_intro"])
    for pl, key in S["verify"]:
        w('%s<br>\n<tt>%s</tt>以下のファイル一覧を確認する<br><br>\n' % (pl, e(key)))
    w('</div>\n')
    dots("参考情報")
    w('<div class="body">&nbsp;%s<br><br>\n' % WORKAROUND_INTRO)
    for t, blocks in S["workarounds"]:
        w('<b>■%s</b><br>\n' % e(t))
        render_blocks_c(w, blocks, S)
    w('</div>\n')
    heading("予想適用時間")
    w('<table border="1" cellspacing="0" cellpadding="3">\n<tr><td class="lbl">修正プログラム名</td>'
      '<td class="lbl">50台</td><td class="lbl">100台</td><td class="lbl">250台</td><td class="lbl">500台</td></tr>\n')
    for fn, pl in S["deploy"]:
        w('<tr><td>%s<br>(%s)</td>%s</tr>\n' % (fn, pl, "".join("<td>%s</td>" % t for t in TIMES)))
    w('</table>\n<div class="small">%s</div>\n' % DEPLOY_NOTE)
    heading("UpdateEXPERT上の表示")
    w('<div class="body">\n')
    for pl, lines in S["uex"]:
        w('%s<br>\n%s<br><br>\n' % (pl, "<br>\n".join(e(x) for x in lines)))
    w('</div>\n<hr>\n<div class="footer">%s<br><br>\n%s</div>\n</div>\n</body>\n</html>\n'
      % (FOOTER_AD, "<br>\n".join(e(x) for x in FOOTER_LINES)))
    return "".join(o)


def render_blocks_c(w, blocks, S):
    """Paragraphs separated by <br><br> inside one container; <ol> for steps."""
    for b in blocks:
        if b[0] == "p":
            w('&nbsp;%s<br><br>\n' % e(b[1]))
        elif b[0] == "ref":
            w('・%s:<br>\n<a href="%s">%s</a><br><br>\n' % (e(b[1]), a(b[2]), e(b[2])))
        elif b[0] == "tested":
            w('<table border="1" cellspacing="0" cellpadding="2">\n<tr><td class="lbl">プラットフォーム</td>'
              '<td class="lbl">適用テスト結果</td></tr>\n')
            for t in S["tested"]:
                w('<tr><td>%s</td><td><img src="/img/ok.gif" width="16" height="16"></td></tr>\n' % t)
            w('</table>\n')
        elif b[0] == "steps":
            w('<ol>\n')
            for st in b[1]:
                w('<li>%s</li>\n' % "<br>\n".join(e(x) for x in st))
            w('</ol>\n')


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for S in SEEDS:
        for style, fn in (("a", render_a), ("b", render_b), ("c", render_c)):
            path = os.path.join(here, "%s.%s.html" % (S["key"], style))
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(fn(S))


if __name__ == "__main__":
    main()
