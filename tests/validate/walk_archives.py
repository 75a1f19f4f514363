#!/usr/bin/python3
"""walk_archives.py — walks the RFC 5005 archive chain of a published
directory as a subscriber backfilling would: from the current Atom and RSS
documents along prev-archive with python3-feedparser, and from feed.json
along next_url, mapping the site's URLs to the files.  Checks that the walk
meets every bulletin of catalogue.json exactly once, each with its latest
`updated`; that every archive is marked fh:archive and links back to the
current document; and that next-archive is the inverse of prev-archive.
Prints "PASS what" / "FAIL what: why" lines (tests/lib.sh's tap).

usage: walk_archives.py OUTDIR SITE
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

import feedparser

FH = "{http://purl.org/syndication/history/1.0}archive"


def say(ok, what, why=""):
    print(("PASS " if ok else "FAIL ") + what + ("" if ok else ": " + why))


def local(out, site, url):
    if not url.startswith(site):
        raise SystemExit("FAIL a link leaves the site: " + url)
    return os.path.join(out, url[len(site):])


def rel_link(d, rel):
    for ln in d.feed.get("links", []):
        if ln.get("rel") == rel:
            return ln["href"]
    return None


def walk_xml(out, site, first, kind):
    seen, docs, url = [], [], site + first
    problems = []
    while url is not None:
        path = local(out, site, url)
        # the walk needs ids, dates and links: skip the HTML sanitizer
        d = feedparser.parse(path, sanitize_html=False, resolve_relative_uris=False)
        if d.bozo:
            problems.append("%s: %s" % (url, d.bozo_exception))
        archive = ET.parse(path).getroot().iter(FH)
        is_archive = any(True for _ in archive)
        if (len(docs) > 0) != is_archive:
            problems.append("%s: fh:archive %s" % (url, "missing" if docs else "in the current feed"))
        if docs and rel_link(d, "current") != site + first:
            problems.append("%s: current is %s" % (url, rel_link(d, "current")))
        if len(docs) > 1 and rel_link(d, "next-archive") != docs[-1]:
            problems.append("%s: next-archive %s, not %s" % (url, rel_link(d, "next-archive"), docs[-1]))
        if len(docs) == 1 and rel_link(d, "next-archive") is not None:
            problems.append("%s: the newest archive has a next-archive" % url)
        for e in d.entries:
            seen.append((e.id, e.get("updated", "")))
        docs.append(url)
        url = rel_link(d, "prev-archive")
        if len(docs) > 10000:
            problems.append("the chain does not end")
            break
    return seen, docs, problems


def walk_json(out, site):
    seen, url, n = [], site + "feed.json", 0
    while url is not None and n < 10000:
        f = json.load(open(local(out, site, url)))
        seen += [(i["id"], i["date_modified"]) for i in f["items"]]
        url, n = f.get("next_url"), n + 1
    return seen, n


def compare(what, seen, want, docs):
    ids = [i for i, _ in seen]
    dup = sorted({i for i in ids if ids.count(i) > 1}) if len(ids) != len(set(ids)) else []
    say(not dup, "%s: no bulletin twice in the walk (%d documents)" % (what, docs), ", ".join(dup[:5]))
    missing = sorted(set(want) - set(ids))
    extra = sorted(set(ids) - set(want))
    say(not missing and not extra, "%s: the walk meets every bulletin (%d)" % (what, len(want)),
        "missing %s, extra %s" % (missing[:5], extra[:5]))
    stale = [i for i, u in seen if i in want and u != want[i]]
    say(not stale, "%s: each in its latest revision" % what, ", ".join(stale[:5]))


def main():
    out, site = sys.argv[1], sys.argv[2]
    cat = json.load(open(os.path.join(out, "catalogue.json")))
    want = {b["id"]: b["updated"] for b in cat["bulletins"] if b["model"]["kind"] != "other"}
    for first, what in (("atom.xml", "Atom"), ("rss.xml", "RSS")):
        seen, docs, problems = walk_xml(out, site, first, what)
        say(not problems, "%s: every document parses, archives are fh:archive with current and "
            "next-archive links" % what, "; ".join(problems[:5]))
        # feedparser gives RSS items' atom:updated as `updated` too
        compare(what, seen, want, len(docs))
    seen, n = walk_json(out, site)
    compare("JSON Feed next_url", seen, want, n)


main()
