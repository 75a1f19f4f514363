#!/usr/bin/env python3
"""Score hotfeed against the blind corpus.

Runs `$HOTFEED parse PAGE` (default ./hotfeed) on every page listed in
expected.tsv, compares nine fields with what a human reads on the page and
prints the differences, a per-field score and an overall line.  It is a
measurement: it always exits 0.

usage: python3 tests/blind/score.py [-v] [--corpus DIR] [NAME...]

--corpus DIR scores another corpus laid out the same way (DIR/expected.tsv,
DIR/pages/NAME.html), e.g. tests/blind2; the default is this directory.
"""
import json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["kind", "id", "kb", "severity", "targets", "registered", "updated", "title"]
# 'name' is the key, so nine columns give eight compared fields plus the page
# existing at all; "fields" below counts the eight compared values per page.

def collapse(s):
    return " ".join(s.split())

def load_expected(corpus):
    rows = []
    with open(os.path.join(corpus, "expected.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 9:
                print("expected.tsv: bad row (%d columns): %s" % (len(cols), cols[0]))
                continue
            rows.append(cols)
    return rows

def want_value(field, v):
    if v == "-":
        return None
    if field == "kb":
        return frozenset(x.strip() for x in v.split(",") if x.strip())
    if field == "targets":
        return tuple(x.strip() for x in v.split(",") if x.strip())
    if field == "severity":
        return int(v)
    if field == "title":
        return collapse(v)
    return v

def got_value(field, model):
    v = model.get(field)
    if field == "kb":
        return frozenset(v) if v else None
    if field == "targets":
        return tuple(v) if v else None
    if field == "severity":
        if isinstance(v, dict):
            return v.get("level")
        return v
    if field == "title":
        return collapse(v) if isinstance(v, str) else v
    return v

def show(field, v):
    if v is None:
        return "null"
    if field == "kb":
        return ",".join(sorted(v)) if v else "[]"
    if field == "targets":
        return ",".join(v)
    if field == "title":
        return '"%s"' % v
    return str(v)

def main():
    argv = sys.argv[1:]
    corpus = HERE
    if "--corpus" in argv:
        i = argv.index("--corpus")
        corpus = argv[i + 1]
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("-")]
    verbose = "-v" in argv
    binary = os.environ.get("HOTFEED", "./hotfeed")
    rows = load_expected(corpus)
    if args:
        rows = [r for r in rows if r[0] in args]
    right = {f: 0 for f in FIELDS}
    total_right = 0
    total = 0
    for cols in rows:
        name = cols[0]
        path = os.path.join(corpus, "pages", name + ".html")
        try:
            p = subprocess.run([binary, "parse", path], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, timeout=60)
            model = json.loads(p.stdout.decode("utf-8", "replace") or "null")
            err = None if isinstance(model, dict) else "no model (exit %d)" % p.returncode
        except Exception as e:  # missing binary, timeout, bad JSON
            model, err = None, "%s" % e
        if not isinstance(model, dict):
            model = {}
        diffs = []
        for field, want in zip(FIELDS, cols[1:]):
            w = want_value(field, want)
            g = got_value(field, model)
            total += 1
            if w == g:
                right[field] += 1
                total_right += 1
            else:
                diffs.append("%s want %s got %s" % (field, show(field, w), show(field, g)))
        if err:
            diffs.insert(0, "error: " + err)
        if diffs:
            print("%s: %s" % (name, "; ".join(diffs)))
        elif verbose:
            print("%s: ok" % name)
    n = len(rows)
    print()
    print("%-11s %s" % ("field", "right"))
    for f in FIELDS:
        print("%-11s %d/%d" % (f, right[f], n))
    print()
    print("%d of %d fields right" % (total_right, total))
    return 0

if __name__ == "__main__":
    try:
        main()
    except Exception as e:
        print("score.py: %s" % e)
    sys.exit(0)
