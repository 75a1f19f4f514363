#!/usr/bin/env python3
"""Pages whose <meta> charset is not in the first 1024 bytes (or is, but
somewhere a browser does not read it), for tests/t_late_meta.sh.

Writes NAME.html and NAME.want (hotfeed decode's "encoding=... source=..."
for it) into the directory given.  Each page has a <p id=x> whose text
tells which decoder was used: AMB is EUC-JP 粤肄蓍粤 and Shift_JIS 蒟跚韜蒟;
SJIS is Japanese that only Shift_JIS decodes cleanly, for the pages whose
declaration must be ignored (detection then finds Shift_JIS, in hotfeed and
in Chromium alike)."""
import os
import sys

AMB = bytes([0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xE4, 0xE5])
SJIS = "深刻度は緊急、再起動が必要です。修正プログラムを適用してください。".encode("cp932") * 4
META = b'<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">'
COMMENT = b"<!-- " + b"x" * 2000 + b" -->"
EUC, DETECTED = "EUC-JP source=meta", "Shift_JIS source=detected"

CASES = {
    # in <head> after a long comment, title or script: obeyed
    "head-comment": (b"<html><head>" + COMMENT + META + b"</head><body><p id=x>" + AMB, EUC),
    "head-title": (b"<html><head><title>" + b"t" * 2000 + b"</title>" + META + b"<p id=x>" + AMB, EUC),
    "head-script": (b"<html><head><script>" + b"document.write('<div>');" * 100 +
                    b"</script>" + META + b"<body><p id=x>" + AMB, EUC),
    "head-links": (b"<html><head>" + b"<link rel=x>" * 200 + META + b"<p id=x>" + AMB, EUC),
    # a tag straddling byte 1024 ends the standard's prescan, not the late scan
    "straddle": (b"<html><head>" + b"<link rel=x>" * 80 + b"<!-- " + b"y" * 500 + b" -->" +
                 META + b"</head><body><p id=x>" + AMB, EUC),
    # an end tag of a head element does not end the head
    "title-end": (b"<html><head>" + COMMENT + b"</title>" + META + b"<p id=x>" + AMB, EUC),
    # the head ended (a body tag, </head>, <div>) before byte 1024: ignored
    "after-body": (b"<html><head></head><body><p>" + b"z" * 2000 + b"</p>" + META +
                   b"<p id=x>" + SJIS, DETECTED),
    "after-head-end": (b"<html><head>" + COMMENT + b"</head>" + META + b"<p id=x>" + SJIS, DETECTED),
    "after-early-div": (b"<html><head><div>d</div>" + COMMENT + META + b"<p id=x>" + SJIS, DETECTED),
    "after-late-div": (b"<html><head>" + COMMENT + b"<div>d</div>" + META + b"<p id=x>" + SJIS, DETECTED),
    # inside <title> past byte 1024 it is text
    "in-title": (b"<html><head><title>" + b"t" * 2000 + META + b"</title><p id=x>" + SJIS, DETECTED),
}

out = sys.argv[1]
for name, (data, want) in CASES.items():
    with open(os.path.join(out, name + ".html"), "wb") as f:
        f.write(data + b"</p>")
    with open(os.path.join(out, name + ".want"), "w") as f:
        f.write(want + "\n")
