#!/bin/sh
# fidelity.sh — what a layout yields, at a glance: per page, the fields
# hotfeed extracts and its diagnostics, one compact block each.
# Usage: sh tests/fidelity.sh [PAGE.html...]   (default: samples/*.html)
# `make fidelity` runs it on the samples; point it at a new layout's pages
# to see what they give before trusting a feed built from them.
# Exit 0 when every page parsed, 1 when one did not.
cd "$(dirname "$0")/.." || exit 2
HOTFEED=${HOTFEED:-./hotfeed}
[ $# -gt 0 ] || set -- samples/*.html
rc=0
for page in "$@"; do
	if ! json=$("$HOTFEED" parse --no-isolate "$page" 2>&1); then
		printf '%s\n  not parsed: %s\n\n' "$page" "$json"
		rc=1
		continue
	fi
	printf '%s\n' "$json" | python3 -c '
import json, sys

def cut(s, n):
    """A text as a reviewer scans it: its first n characters."""
    if s is None:
        return "-"
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n] + "…"

def val(v):
    return "-" if v is None or v == [] else ",".join(v) if isinstance(v, list) else str(v)

m = json.load(sys.stdin)
src = m["source"]
sev = m["severity"]
print(sys.argv[1])
print("  %s %s  kb %s  severity %s  targets %s  (%s, %s, %d invalid)" % (
    m["kind"], val(m["id"]), val(m["kb"]),
    "%d %s" % (sev["level"], sev["label"]) if sev else "-", val(m["targets"]),
    src["encoding"], src["encoding_source"], src["invalid_sequences"]))
print("  title %s" % cut(m["title"], 40))
print("  registered %s  updated %s  edition %s" % (
    val(m["registered"]), val(m["updated"]), val(m["edition"])))
print("  summary %s  overview %s" % (cut(m["summary"], 16), cut(m["overview"], 16)))
print("  affected %d  downloads %d  packages %d (files %d)  workarounds %d  notes %d" % (
    len(m["affected"]), len(m["downloads"]), len(m["packages"]),
    sum(len(p["files"]) for p in m["packages"]), len(m["workarounds"]), len(m["notes"])))
print("  references %d  verification %d  deploy_time %d  tested_platforms %d" % (
    len(m["references"]), len(m["verification"]), len(m["deploy_time"]),
    len(m["tested_platforms"])))
if not m["diagnostics"]:
    print("  diagnostics: none")
for d in m["diagnostics"]:
    print("  %s %s: %s" % (d["level"], d["code"], d["message"]))
print()
' "$page" || rc=1
done
exit $rc
