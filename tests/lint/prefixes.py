#!/usr/bin/env python3
"""prefixes.py — every exported symbol says where it lives.

Reads the objects of a build (nm) and checks that each global symbol a
module defines starts with a prefix of its module family (the table
below: the header it is declared in, its name).  Exits 1 naming each
symbol outside its family.  Usage: prefixes.py BUILD_DIR
"""
import os
import re
import subprocess
import sys

# (folder, module name pattern) -> allowed prefixes; first match wins
FAMILIES = [
    ("core", r"bulletin.*", ["bulletin_", "severity_", "strlist_", "vec_", "record_"]),
    ("core", r"config", ["config_"]),
    ("core", r"sha256", ["sha256_"]),
    ("core", r"strset", ["strset_"]),
    ("core", r"url", ["url_"]),
    # util.h: allocation and the buffer, the project's libc supplement
    ("core", r"util", ["x", "die", "buf_", "read_file", "write_file_", "ascii_", "streq",
                       "utf8_"]),
    ("store", r"catalogue.*", ["catalogue_", "cat_"]),
    ("core", r"catalogue.*", ["catalogue_", "cat_"]),
    ("parse", r"decode.*", ["decode_", "dec_", "encoding_"]),
    ("parse", r"extract.*", ["extract_", "ex_"]),
    ("parse", r"html|links", ["html_", "hdoc_"]),
    ("parse", r"isolate|parse", ["parse_"]),
    ("parse", r"text", ["text_"]),
    ("fetch", r"http", ["http_"]),
    ("fetch", r"robots", ["robots_"]),
    ("fetch", r"report", ["report_"]),
    ("fetch", r"progress", ["progress_"]),
    ("fetch", r"lock", ["lock_"]),
    ("ingest", r"crawl", ["crawl_"]),
    ("ingest", r"run", ["run_"]),
    ("ingest", r"ingest", ["ingest_"]),
    ("publish", r"feed.*", ["feed_", "xw_"]),
    ("publish", r"catalogue_json", ["catalogue_json_"]),
    ("publish", r"changes", ["changes_"]),
    ("publish", r"html_sanitize", ["html_"]),
    ("publish", r"sanitize", ["sanitize_"]),
    ("publish", r"item_xml", ["item_xml_"]),
    ("publish", r"outfiles", ["outfiles_"]),
    ("publish", r"publish", ["publish_"]),
    ("publish", r"xslt", ["xslt_"]),
    ("cli", r"cmd_.*|main", ["cmd_", "main"]),
    ("cli", r"run_args", ["run_args_"]),
]


def family(folder, module):
    for f, pat, prefixes in FAMILIES:
        if f == folder and re.fullmatch(pat, module):
            return prefixes
    return None


def main(build):
    bad = []
    for folder in sorted(os.listdir(build)):
        path = os.path.join(build, folder)
        if not os.path.isdir(path) or folder == "tests":
            continue
        for obj in sorted(os.listdir(path)):
            if not obj.endswith(".o"):
                continue
            module = obj[:-2]
            out = subprocess.run(["nm", "--defined-only", "-g", os.path.join(path, obj)],
                                 capture_output=True, text=True, check=True).stdout
            prefixes = family(folder, module)
            for line in out.splitlines():
                parts = line.split()
                if len(parts) != 3:
                    continue
                sym = parts[2]
                if prefixes is None:
                    bad.append(f"{folder}/{module}: no prefix family for this module ({sym})")
                    break
                if not any(sym.startswith(p) for p in prefixes):
                    bad.append(f"{folder}/{module}: {sym} (expected {', '.join(prefixes)})")
    for b in bad:
        print(f"prefixes: {b}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build"))
