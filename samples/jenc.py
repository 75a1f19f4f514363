#!/usr/bin/env python3
# jenc.py — encode one UTF-8 master page as a browser-compatible Japanese page
# and prove it decodes back.  Used by samples/mk.sh only.
#
#   jenc.py ENCODING MASTER OUT [--meta LABEL | --no-meta] [--sub OLD NEW]...
#           [--inject MARKER HEX]... [--append HEX] [--iso-kana] [--iso-jis78]
#           [--cut-after TEXT]
#
# ENCODING is Shift_JIS, EUC-JP, ISO-2022-JP or UTF-8.  The master's line
# containing @CHARSET@ gets LABEL (or is deleted with --no-meta).  --sub edits
# the master's text first ("\n" stands for a newline); --cut-after then ends
# the text right after TEXT (which must occur once): a page cut off in
# transfer, as a browser or an archive would have it.  After the decode-back
# check, --inject replaces the (ASCII) MARKER, which must occur once, with raw
# bytes given in hex, and --append adds raw bytes at the end: that is how
# invalid sequences get into a page on purpose.  For ISO-2022-JP, --iso-kana
# writes half-width katakana as ESC ( I runs and --iso-jis78 designates JIS
# X 0208 with ESC $ @ (both decoded by browsers like ESC $ B).
#
# Encoders: Shift_JIS is Python's cp932 (Microsoft's table, which is what
# browsers decode).  EUC-JP and ISO-2022-JP are built on the same table: a
# character's cp932 pair gives its jis0208 pointer (the WHATWG decoders index
# all three encodings with one pointer), and the pointer gives the EUC-JP or
# ISO-2022-JP bytes.  Half-width katakana become 0x8E xx in EUC-JP; ISO-2022-JP
# refuses them (and anything beyond row 94), as a real encoder would.
#
# Verification: the bytes are decoded back with an independent pointer-based
# decoder and, where glibc agrees with browsers, with iconv (CP932 for
# Shift_JIS; EUC-JP-MS for EUC-JP pages without IBM kanji; ISO-2022-JP modulo
# the six JIS-style symbols); any difference aborts.
import subprocess
import sys

# glibc's JIS-style symbols -> the browser's (the six pairs of issue 2).
GLIBC_TO_BROWSER = str.maketrans("\u2212\u301c\u2016\u00a2\u00a3\u00ac",
                                 "\uff0d\uff5e\u2225\uffe0\uffe1\uffe2")


def sjis_pointer(b1, b2):
    lead = b1 - (0x81 if b1 < 0xA0 else 0xC1)
    trail = b2 - (0x40 if b2 < 0x7F else 0x41)
    return lead * 188 + trail


def pointer_sjis(p):
    lead, trail = divmod(p, 188)
    return bytes([lead + (0x81 if lead < 0x1F else 0xC1), trail + (0x40 if trail < 0x3F else 0x41)])


def jis_pointer_of(ch):
    b = ch.encode("cp932")
    if len(b) != 2:
        raise ValueError("not a JIS X 0208 character: %r" % ch)
    p = sjis_pointer(b[0], b[1])
    if p >= 94 * 94:
        raise ValueError("beyond row 94 (no EUC-JP/ISO-2022-JP form): %r" % ch)
    return p


def enc_eucjp(text):
    out = bytearray()
    for ch in text:
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif 0xFF61 <= ord(ch) <= 0xFF9F:
            out += bytes([0x8E, ord(ch) - 0xFF61 + 0xA1])
        else:
            r, c = divmod(jis_pointer_of(ch), 94)
            out += bytes([r + 0xA1, c + 0xA1])
    return bytes(out)


def enc_iso2022jp(text, kana=False, jis78=False):
    """ASCII runs in ESC ( B, JIS X 0208 runs in ESC $ B (ESC $ @ with jis78);
    half-width katakana in ESC ( I with kana, refused otherwise."""
    out = bytearray()
    mode = "ascii"
    two = b"\x1b$@" if jis78 else b"\x1b$B"
    for ch in text:
        if ord(ch) < 0x80:
            if mode != "ascii":
                out += b"\x1b(B"
                mode = "ascii"
            out.append(ord(ch))
        elif 0xFF61 <= ord(ch) <= 0xFF9F:
            if not kana:
                raise ValueError("half-width katakana needs --iso-kana: %r" % ch)
            if mode != "kana":
                out += b"\x1b(I"
                mode = "kana"
            out.append(ord(ch) - 0xFF61 + 0x21)
        else:
            r, c = divmod(jis_pointer_of(ch), 94)
            if mode != "jis":
                out += two
                mode = "jis"
            out += bytes([r + 0x21, c + 0x21])
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def dec_eucjp(b):
    out, i = [], 0
    while i < len(b):
        x = b[i]
        if x < 0x80:
            out.append(chr(x))
            i += 1
        elif x == 0x8E:
            out.append(bytes([b[i + 1]]).decode("cp932"))
            i += 2
        else:
            p = (x - 0xA1) * 94 + (b[i + 1] - 0xA1)
            out.append(pointer_sjis(p).decode("cp932"))
            i += 2
    return "".join(out)


def dec_iso2022jp(b):
    out, i, mode = [], 0, "ascii"
    modes = {b"\x1b(B": "ascii", b"\x1b$B": "jis", b"\x1b$@": "jis", b"\x1b(I": "kana"}
    while i < len(b):
        if b[i] == 0x1B:
            if b[i:i + 3] not in modes:
                raise ValueError("unexpected escape")
            mode = modes[b[i:i + 3]]
            i += 3
        elif mode == "jis":
            p = (b[i] - 0x21) * 94 + (b[i + 1] - 0x21)
            out.append(pointer_sjis(p).decode("cp932"))
            i += 2
        elif mode == "kana":
            out.append(chr(0xFF61 + b[i] - 0x21))
            i += 1
        else:
            out.append(chr(b[i]))
            i += 1
    return "".join(out)


def iconv(data, frm):
    r = subprocess.run(["iconv", "-f", frm, "-t", "UTF-8"], input=data, capture_output=True)
    if r.returncode != 0:
        raise ValueError("iconv -f %s failed: %s" % (frm, r.stderr.decode()))
    return r.stdout.decode("utf-8")


def glibc_iso2022jp_can(text):
    """False when text has half-width katakana or NEC row 13 / IBM characters,
    which glibc's ISO-2022-JP does not decode."""
    for ch in text:
        if 0xFF61 <= ord(ch) <= 0xFF9F:
            return False
        if ord(ch) >= 0x80:
            b = ch.encode("cp932")
            if len(b) == 2 and b[0] in (0x87, 0xED, 0xEE):
                return False
    return True


def has_ibm(text):
    for ch in text:
        if ord(ch) >= 0x80 and not 0xFF61 <= ord(ch) <= 0xFF9F:
            b = ch.encode("cp932")
            if len(b) == 2 and 0xED <= b[0] <= 0xEE:
                return True
    return False


def main(argv):
    enc, master, out = argv[1:4]
    meta, subs, raw, tail, cut, i = None, [], [], b"", None, 4
    kana = jis78 = False
    while i < len(argv):
        if argv[i] == "--meta":
            meta = argv[i + 1]
            i += 2
        elif argv[i] == "--no-meta":
            meta = ""
            i += 1
        elif argv[i] == "--sub":
            # "\n" in a --sub argument stands for a newline
            subs.append((argv[i + 1].replace("\\n", "\n"), argv[i + 2].replace("\\n", "\n")))
            i += 3
        elif argv[i] == "--inject":
            raw.append((argv[i + 1].encode("ascii"), bytes.fromhex(argv[i + 2])))
            i += 3
        elif argv[i] == "--iso-kana":
            kana = True
            i += 1
        elif argv[i] == "--iso-jis78":
            jis78 = True
            i += 1
        elif argv[i] == "--cut-after":
            cut = argv[i + 1].replace("\\n", "\n")
            i += 2
        elif argv[i] == "--append":
            tail += bytes.fromhex(argv[i + 1])
            i += 2
        else:
            sys.exit("jenc.py: unknown argument %s" % argv[i])
    text = open(master, encoding="utf-8").read()
    for old, new in subs:
        if old not in text:
            sys.exit("jenc.py: %s: --sub text not found: %s" % (master, old))
        text = text.replace(old, new)
    if cut is not None:
        if text.count(cut) != 1:
            sys.exit("jenc.py: %s: --cut-after text must occur once: %s" % (master, cut))
        text = text[:text.index(cut) + len(cut)]
    if meta == "":
        text = "".join(l for l in text.splitlines(True) if "@CHARSET@" not in l)
    elif meta is not None:
        text = text.replace("@CHARSET@", meta)
    if "@CHARSET@" in text:
        sys.exit("jenc.py: %s: @CHARSET@ left unset" % master)
    if enc == "Shift_JIS":
        data = text.encode("cp932")
        back = [data.decode("cp932"), iconv(data, "CP932")]
    elif enc == "EUC-JP":
        data = enc_eucjp(text)
        back = [dec_eucjp(data)] + ([] if has_ibm(text) else [iconv(data, "EUC-JP-MS")])
    elif enc == "ISO-2022-JP":
        data = enc_iso2022jp(text, kana, jis78)
        back = [dec_iso2022jp(data)]
        if glibc_iso2022jp_can(text):
            back.append(iconv(data, "ISO-2022-JP").translate(GLIBC_TO_BROWSER))
    elif enc == "UTF-8":
        data = text.encode("utf-8")
        back = [data.decode("utf-8")]
    else:
        sys.exit("jenc.py: unknown encoding %s" % enc)
    for k, b in enumerate(back):
        if b != text:
            n = next(j for j in range(min(len(b), len(text))) if b[j] != text[j])
            sys.exit("jenc.py: %s: decode check %d differs at %d: %r vs %r"
                     % (out, k, n, b[n:n + 20], text[n:n + 20]))
    for marker, b in raw:
        if data.count(marker) != 1:
            sys.exit("jenc.py: %s: --inject marker %s must occur once" % (out, marker))
        data = data.replace(marker, b)
    with open(out, "wb") as f:
        f.write(data + tail)


if __name__ == "__main__":
    main(sys.argv)
