#!/usr/bin/python3
"""check_feeds.py OUTDIR SCHEMA [--facet NAME]... [--key KEY]...

Reads what `hotfeed publish` wrote into OUTDIR with real clients and prints
one line per check: "PASS what" or "FAIL what: why" (tests/t_publish.sh
turns them into TAP).  RSS and Atom through feedparser (no bozo), JSON Feed
against the 1.1 spec's required keys, catalogue.json against SCHEMA
(Draft 2020-12), and the permanent ids the same everywhere.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

import feedparser
import jsonschema

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")
RFC822_JST = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} "
                        r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
                        r"\d{2}:\d{2}:\d{2} \+0900$")
failed = 0


def report(ok, what, why=""):
    global failed
    if ok:
        print("PASS " + what)
    else:
        failed += 1
        print("FAIL %s: %s" % (what, why))


def newest_first(dates):
    return all(a >= b for a, b in zip(dates, dates[1:]))


def check_feedparser(path, version):
    d = feedparser.parse(path)
    name = path.rsplit("/", 1)[-1]
    report(d.bozo == 0, name + " parses without bozo", repr(d.get("bozo_exception")))
    report(d.version == version, name + " is " + version, d.version)
    bad = [e.get("id") for e in d.entries
           if not e.get("title") or not str(e.get("id", "")).startswith("tag:")
           or e.get("published_parsed") is None or e.get("updated_parsed") is None
           or not e.get("link")]
    report(not bad, name + ": every entry has title, tag: id, link, published, updated",
           bad)
    report(newest_first([e.updated_parsed for e in d.entries if e.get("updated_parsed")]),
           name + ": entries newest first", "")
    return d


def check_rss_raw(path):
    root = ET.parse(path).getroot()
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    ch = root.find("channel")
    self_link = ch.find("atom:link[@rel='self']", ns)
    report(self_link is not None and self_link.get("href", "").endswith(".xml"),
           "rss has atom:link rel=self", "")
    dates = [e.text for e in root.iter("pubDate")] + [e.text for e in root.iter("lastBuildDate")]
    bad = [t for t in dates if not RFC822_JST.match(t or "")]
    report(dates and not bad, "rss dates are RFC 822 in +0900", bad)
    guids = root.findall("channel/item/guid")
    report(all(g.get("isPermaLink") == "false" for g in guids),
           "rss guid isPermaLink=false", "")
    enc = root.findall("channel/item/{http://purl.org/rss/1.0/modules/content/}encoded")
    report(len(enc) == len(guids), "rss items have content:encoded", "")
    return [g.text for g in guids]


def check_json_feed(path):
    name = path.rsplit("/", 1)[-1]
    with open(path, encoding="utf-8") as f:
        j = json.load(f)
    report(j.get("version") == "https://jsonfeed.org/version/1.1", name + " version 1.1",
           j.get("version"))
    report(isinstance(j.get("title"), str) and j["title"], name + " has a title", "")
    report(j.get("language") == "ja", name + " language ja", j.get("language"))
    report("author" not in j and isinstance(j.get("authors"), list) and
           all(isinstance(a, dict) and a.get("name") for a in j["authors"]),
           name + " authors (1.1, not 1.0's author)", j.get("authors"))
    for key in ("home_page_url", "feed_url"):
        report(str(j.get(key, "")).startswith(("http://", "https://")),
               name + " " + key + " is a URL", j.get(key))
    items = j.get("items")
    report(isinstance(items, list), name + " items is a list", "")
    bad = []
    for it in items or []:
        if not isinstance(it.get("id"), str) or not it["id"].startswith("tag:"):
            bad.append(("id", it.get("id")))
        if not isinstance(it.get("content_html"), str) and not isinstance(it.get("content_text"), str):
            bad.append(("content", it.get("id")))
        for k in ("date_published", "date_modified"):
            if not RFC3339.match(str(it.get(k, ""))):
                bad.append((k, it.get(k)))
        if "author" in it or not isinstance(it.get("_hotfeed"), dict):
            bad.append(("_hotfeed/author", it.get("id")))
        for k in it:
            if k not in ("id", "url", "external_url", "title", "content_html", "content_text",
                         "summary", "image", "banner_image", "date_published",
                         "date_modified", "authors", "tags", "language",
                         "attachments") and not k.startswith("_"):
                bad.append(("unknown key", k))
    report(not bad, name + " items: id, content_html, RFC 3339 dates, _hotfeed", bad)
    report(newest_first([it["date_modified"] for it in items or []]),
           name + " items newest first", "")
    return j


def check_catalogue(path, schema_path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc),
                    key=lambda e: list(e.path))
    report(not errors, "catalogue.json is valid against catalogue.schema.json",
           "; ".join("%s: %s" % ("/".join(map(str, e.path)), e.message) for e in errors[:3]))
    return doc


def main(argv):
    out, schema = argv[1], argv[2]
    facets, keys = [], []
    rest = argv[3:]
    while rest:
        opt, val, rest = rest[0], rest[1], rest[2:]
        (facets if opt == "--facet" else keys).append(val)

    rss = check_feedparser(out + "/rss.xml", "rss20")
    guids = check_rss_raw(out + "/rss.xml")
    atom = check_feedparser(out + "/atom.xml", "atom10")
    report(atom.feed.get("language") == "ja", "atom xml:lang is ja", atom.feed.get("language"))
    jf = check_json_feed(out + "/feed.json")
    cat = check_catalogue(out + "/catalogue.json", schema)

    atom_ids = [e.id for e in atom.entries]
    json_ids = [it["id"] for it in jf["items"]]
    cat_ids = [b["id"] for b in cat["bulletins"]]
    report(guids == atom_ids == json_ids, "same ids, same order in rss, atom, json",
           (guids, atom_ids, json_ids))
    report(set(json_ids) <= set(cat_ids), "feed ids are catalogue ids", "")
    report(len(set(cat_ids)) == len(cat_ids), "catalogue ids are unique", "")
    report([e.title for e in rss.entries] == [e.title for e in atom.entries],
           "same titles in rss and atom", "")
    with open(out + "/index.html", encoding="utf-8") as f:
        index = f.read()
    for key in keys:
        tag = [b["id"] for b in cat["bulletins"] if b["key"] == key]
        report(bool(tag) and tag[0] in guids and tag[0] in atom_ids and tag[0] in json_ids
               and key in index, key + " is in all five files", tag)
    for name in facets:
        fr = check_feedparser("%s/%s.rss.xml" % (out, name), "rss20")
        fa = check_feedparser("%s/%s.atom.xml" % (out, name), "atom10")
        fj = check_json_feed("%s/%s.feed.json" % (out, name))
        ids = [it["id"] for it in fj["items"]]
        report([e.id for e in fr.entries] == [e.id for e in fa.entries] == ids and
               set(ids) <= set(cat_ids), "facet %s: same catalogue ids in its three feeds" % name, ids)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
