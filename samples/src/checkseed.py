#!/usr/bin/env python3
# checkseed.py SEED.txt PAGE.html — faithfulness check for a master page: every
# non-blank line of the seed text (JIS-style characters mapped to the browser's,
# whitespace collapsed, list numbers "N. " dropped) must occur in the page's
# text (tags removed: block tags become a space, inline tags nothing; entities
# decoded; whitespace collapsed).  Prints the missing lines; exit 1 if any.
import html
import re
import sys

PAIRS = str.maketrans("\u2212\u301c\u2016\u00a2\u00a3\u00ac", "\uff0d\uff5e\u2225\uffe0\uffe1\uffe2")
BLOCK = r"(?:p|br|td|th|tr|table|li|ol|ul|div|h\d|hr|title|head|body|html|meta|link|style|a name)"


def collapse(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def page_text(src):
    src = re.sub(r"<!--.*?-->", "", src, flags=re.S)
    src = re.sub(r"(?is)<style.*?</style>", " ", src)
    src = re.sub(r"(?i)</?" + BLOCK + r"\b[^>]*>", " ", src)
    src = re.sub(r"<[^>]*>", "", src)
    return collapse(html.unescape(src))


def main():
    seed = open(sys.argv[1], encoding="utf-8").read().translate(PAIRS)
    text = page_text(open(sys.argv[2], encoding="utf-8").read())
    missing = 0
    for line in seed.split("\n"):
        line = collapse(re.sub(r"^\s*\d+\. ", "", line))
        if line and line not in text:
            print("missing: %s" % line)
            missing += 1
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
