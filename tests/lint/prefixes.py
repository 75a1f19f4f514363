#!/usr/bin/env python3
"""prefixes.py — every exported symbol says where it lives.

Reads the objects of a build (nm) and checks that each global symbol a
module defines starts with its module's prefix: the file's own name
(outfiles.c: outfiles, outfiles_*), or a prefix of the family the table
below puts it in (the files that share one header: store/catalogue_*.c
and catalogue.h, core/diag.c and the model's bulletin.h).  Exits 1 naming
each symbol outside its module.  Usage: prefixes.py BUILD_DIR
"""
import os
import re
import subprocess
import sys

# (folder, module name pattern) -> allowed prefixes; first match wins
FAMILIES = [
    # bulletin.h: the model, its diagnostics (diag.c) and its JSON form
    ("core", r"bulletin.*|diag", ["bulletin_", "severity_", "strlist_", "vec_", "record_",
                                  "diag_"]),
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
    ("cli", r"cli_.*", ["cli_"]),
    ("cli", r"run_args", ["run_args_"]),
]


def allowed(folder, module, sym):
    """The module's own name, or a prefix of its family (first match)."""
    if sym == module or sym.startswith(module + "_"):
        return True
    for f, pat, prefixes in FAMILIES:
        if f == folder and re.fullmatch(pat, module):
            return any(sym.startswith(p) for p in prefixes)
    return False


def expected(folder, module):
    for f, pat, prefixes in FAMILIES:
        if f == folder and re.fullmatch(pat, module):
            return [module + "_"] + prefixes
    return [module + "_"]


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
            for line in out.splitlines():
                parts = line.split()
                if len(parts) != 3:
                    continue
                sym = parts[2]
                if not allowed(folder, module, sym):
                    bad.append(f"{folder}/{module}: {sym} (expected "
                               f"{', '.join(expected(folder, module))})")
    for b in bad:
        print(f"prefixes: {b}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build"))
