#!/usr/bin/env python3
# mkexpected.py — writes samples/expected/<name>.json for every row of
# samples/index.tsv.  Usage: python3 samples/mkexpected.py
#
# The per-page content is written by hand, once per page, in
# expected/_<model>.model.json (every key of the model except source and
# warnings).  A variant's expected file is its model, plus:
#   - the overrides of its markup style (STYLE_OVERRIDES: what style b does
#     not carry, or carries in addition),
#   - the overrides of that one page (PAGE_OVERRIDES),
#   - source {url, encoding, encoding_source, invalid_sequences} and
#     diagnostics, from its index.tsv row (url: null, or the --url of its
#     args.tsv row); warnings are the messages of its warning and error
#     diagnostics.
# A row named <page>+<what> is a case: samples/<page>.html parsed with the
# options that args.tsv gives it.
# Output: 2-space indented JSON, UTF-8 unescaped, keys in the contract's
# order, one trailing newline -- what `hotfeed parse --pretty` prints.
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

KEYS = ["kind", "id", "ids", "kb", "title", "official_title", "edition", "registered", "updated",
        "severity", "exploit_code", "action", "urgency", "reboot", "reboot_required", "uninstall",
        "targets", "past_fixes", "supersedes", "references", "summary", "overview", "affected",
        "tested_platforms", "notes", "downloads", "packages", "verification", "workarounds",
        "deploy_time", "source", "warnings", "diagnostics"]

# An index.tsv diagnostic column: "LEVEL CODE: message" (codes: core/diag.c).
# A column without that prefix is what bulletin_warn() gives: a warning of
# code "unclassified".
DIAG_RE = re.compile(r"^(note|warning|error) ([a-z0-9-]+): (.*)$")


def diagnostic(col):
    m = DIAG_RE.match(col)
    if m is None:
        return {"level": "warning", "code": "unclassified", "message": col}
    return {"level": m.group(1), "code": m.group(2), "message": m.group(3)}

FAQ_URL = "http://www.microsoft.com/japan/technet/security/bulletin/%s.mspx#faq"


def style_b(m):
    """2003-2004 pages: no 攻撃コードの有無 row; a よく寄せられる質問 row whose
    link is a reference, right after the two セキュリティ情報 links."""
    m["exploit_code"] = None
    m["references"].insert(2, {"label": "%s FAQ(日本)" % m["id"], "url": FAQ_URL % m["id"]})


STYLE_OVERRIDES = {
    "a": None,          # the seeds as they are
    "b": style_b,
    "c": None,          # same values, other markup (可能, 2005年8月11日, full-width digits)
    "-": None,          # one-off pages: the model is the page
}


def reboot_conditional(m):
    m["reboot"] = "必要(アプリケーションがすべて終了している場合は不要)"
    m["reboot_required"] = True


def targets(*t):
    def fix(m):
        m["targets"] = list(t)
    return fix


def no_severity(m):
    m["severity"] = None


def severity(level):
    labels = {1: ("緊急", "critical"), 2: ("重要", "important"), 3: ("警告", "moderate"),
              4: ("注意", "low")}

    def fix(m):
        m["severity"] = {"level": level, "label": labels[level][0], "name": labels[level][1]}
    return fix


PAGE_OVERRIDES = {
    "ms06-007.a.reboot": reboot_conditional,
    "ms06-007.b.arrow": targets("server"),      # →サーバ, クライアント unmarked
    "ms05-039.c.emph": targets("client"),       # only クライアント in <strong>
    # choice-list variants: the targets each page marks (see README.md)
    "ms06-007.b.checkbox.sjis": targets("client"),      # [ ]サーバ [x]クライアント
    "ms06-007.b.diamond.sjis": targets("server"),       # ◆サーバ ◇クライアント
    "ms06-007.b.gaito.eucjp": targets("server"),        # サーバ(該当) クライアント(非該当)
    "ms06-007.b.only.sjis": targets("client"),          # only クライアント printed
    "ms06-007.b.alike.utf8": no_severity,               # four plain options
}
def past(text, supersedes, ids):
    """含まれる過去の修正 as the page prints it, the ids it names (normalized,
    unique, in order, never the bulletin's own), and the page's ids with
    them in page order."""
    def fix(m):
        m["past_fixes"] = text
        m["supersedes"] = supersedes
        m["ids"] = ids
    return fix


# 含まれる過去の修正 in each form (see README.md)
PAGE_OVERRIDES.update({
    "ms05-039.a.pastlines.sjis": past("MS04-011 MS04-12 MS03-049",
                                      ["MS04-011", "MS04-012", "MS03-049"],
                                      ["MS05-039", "MS04-011", "MS04-012", "MS03-049"]),
    "ms05-039.b.pastkb.eucjp": past("MS04-011 (835732) MS04-012/828741 MS04-011 (835732)",
                                    ["MS04-011", "MS04-012"],
                                    ["MS05-039", "MS04-011", "MS04-012"]),
    "ms05-039.c.pastwide.utf8": past("ＭＳ０４－０１１、ＭＳ０３－０４９",
                                     ["MS04-011", "MS03-049"],
                                     ["MS05-039", "MS04-011", "MS03-049"]),
    "ms05-039.a.pastprose.eucjp": past("この修正プログラム(MS05-039)は、MS04-011 と MS03-049 の修正プログラムを"
                                       "置き換えます。MS04-011 の修正はすべて含まれます。",
                                       ["MS04-011", "MS03-049"],
                                       ["MS05-039", "MS04-011", "MS03-049"]),
    "ms05-039.a.pasttable.utf8": past("MS04-011 835732 MS04-012 828741",
                                      ["MS04-011", "MS04-012"],
                                      ["MS05-039", "MS04-011", "MS04-012"]),
    "ms06-007.a.pastsection.sjis": past("この修正プログラムは、以下の修正プログラムを置き換える。\n\n"
                                        "MS05-019 (893066)\n\nMS04-011 (835732)",
                                        ["MS05-019", "MS04-011"],
                                        ["MS06-007", "MS05-019", "MS04-011"]),
    "ms06-007.c.pastnone.utf8": past("なし", [], ["MS06-007", "MS05-019"]),
    "briefings-alert-ms04-028.pasttable.utf8": past("セキュリティ情報 サポート技術情報\n\n"
                                                    "MS04-011 835732\n\nＭＳ０３－０４９ 828749",
                                                    ["MS04-011", "MS03-049"],
                                                    ["MS04-028", "MS04-011", "MS03-049"]),
})

# the same targets in the three encodings of a markup variant
for variant, marked in {
    "a.bold": "server",         # <b>サーバ</b>, plain クライアント
    "a.font": "client",         # grey サーバ, #CC0000 クライアント
    "a.imgonly": "client",      # an image only before クライアント
    "a.span": "client",         # class "tgt current" on クライアント
    "b.upper": "server",        # ON.GIF / OFF.GIF
    "c.bg": "server",           # background colour on サーバ
    "c.cls": "server",          # class on / off
    "c.imgsrc": "server",       # check_on.gif / check_off.gif
    "c.radio": "server",        # checked check box
}.items():
    for enc in ("sjis", "eucjp", "utf8"):
        PAGE_OVERRIDES["ms06-007.%s.%s" % (variant, enc)] = targets(marked)


# ms05-043.h2dl variants (the ext-gaps pages): each differs from the page
# in what its --sub row in mk.sh changed, and in nothing else
def h2dl_kbdate(m):
    # the heading ends "(051012)": a yymmdd date, no KB number; the KB is
    # the one the download packages name (KB896423)
    m["title"] = "Print Spooler の脆弱性により、リモートでコードが実行される (051012)"


def h2dl_subhead(m):
    # 回避策 in <H3> parts: each a workaround with its paragraph or its
    # numbered steps; the introduction before them is not modelled
    m["workarounds"] = [
        {"title": "ファイアウォールでブロックする",
         "text": "TCP ポート 139 と 445 への接続をファイアウォールでブロックする。", "steps": []},
        {"title": "印刷スプーラ サービスを無効にする", "text": None,
         "steps": ["[スタート]－[コントロールパネル]－[管理ツール]－[サービス] を開く。",
                   "Print Spooler を右クリックし、[プロパティ] を選ぶ。",
                   "[スタートアップの種類] を [無効] にする。"]},
    ]


def h2dl_cut(m):
    # cut inside the second download's <A HREF: that download and all
    # after it (the menu column naming MS05-040/042/044) are gone
    m["ids"] = ["MS05-043"]
    m["downloads"] = m["downloads"][:1]


PAGE_OVERRIDES.update({
    "ms05-043.h2dl.pending.eucjp": no_severity,   # 深刻度 評価中: no option
    "ms05-043.h2dl.icon.utf8": no_severity,       # a lone icon_new.gif names none
    "ms05-043.h2dl.kbdate.sjis": h2dl_kbdate,
    "ms05-043.h2dl.cut.sjis": h2dl_cut,
    "ms05-043.h2dl.imgrow.utf8": severity(2),     # juyo_on.gif among *_off.gif
    "ms05-043.h2dl.sevnum.sjis": severity(3),     # a lone sev3.gif
    "ms05-043.h2dl.products.utf8": targets(),     # 対象 names products, not server/client
    "ms05-043.h2dl.subhead.utf8": h2dl_subhead,
})


def parse_args():
    """args.tsv: case name -> list of `hotfeed parse` options."""
    args = {}
    with open(os.path.join(HERE, "args.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                name, opts = line.split("\t")
                args[name] = opts.split(" ")
    return args


def rows():
    with open(os.path.join(HERE, "index.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 7:
                sys.exit("index.tsv: too few columns: %s" % line)
            yield cols


def main():
    names = set()
    args = parse_args()
    for name, kind, model, style, enc, src, invalid, *diags in rows():
        if name in names:
            sys.exit("index.tsv: %s listed twice" % name)
        names.add(name)
        page = name.split("+")[0]
        if not os.path.exists(os.path.join(HERE, page + ".html")):
            sys.exit("index.tsv: %s.html does not exist" % page)
        if ("+" in name) != (name in args):
            sys.exit("index.tsv: %s: a +case needs a row in args.tsv, and only a +case" % name)
        opts = args.get(name, [])
        url = opts[opts.index("--url") + 1] if "--url" in opts else None
        with open(os.path.join(HERE, "expected", "_%s.model.json" % model), encoding="utf-8") as f:
            m = json.load(f)
        if list(m) != KEYS[:-3]:
            sys.exit("_%s.model.json: keys differ from the contract's order" % model)
        if m["kind"] != kind:
            sys.exit("%s: kind %s in index.tsv, %s in the model" % (name, kind, m["kind"]))
        for fix in (STYLE_OVERRIDES[style], PAGE_OVERRIDES.get(name)):
            if fix:
                fix(m)
        m["source"] = {"url": url, "encoding": enc, "encoding_source": src,
                       "invalid_sequences": int(invalid)}
        m["diagnostics"] = [diagnostic(c) for c in diags]
        m["warnings"] = [d["message"] for d in m["diagnostics"] if d["level"] != "note"]
        m["diagnostics"] = m.pop("diagnostics")     # last, after warnings
        assert list(m) == KEYS
        with open(os.path.join(HERE, "expected", name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(m, indent=2, ensure_ascii=False) + "\n")
    for fn in os.listdir(HERE):
        if fn.endswith(".html") and fn[:-5] not in names:
            sys.exit("%s has no row in index.tsv" % fn)
    for name in list(PAGE_OVERRIDES) + list(args):
        if name not in names:
            sys.exit("%s is in PAGE_OVERRIDES or args.tsv but not in index.tsv" % name)


if __name__ == "__main__":
    main()
