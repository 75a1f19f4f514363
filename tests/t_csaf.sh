#!/bin/sh
# t_csaf.sh — the csaf/ directory of `hotfeed publish`: the samples'
# advisories validated by the BSI csaf-validator-lib (strict schema, every
# mandatory test), provider-metadata.json and the ROLIE feed by their
# schemas, the directory rules (tests/csaf/validate.mjs); the exact mapping
# of MS05-039; a v1 -> v2 revision; [csaf] errors; and that the validator
# does reject a broken document.  (2,000 bulletins: tests/t_scale.sh.)
. "$(dirname "$0")/lib.sh"

SITE=https://feeds.example.org/hotfix/
DB=$T/cat.db
OUT=$T/out
CONF=$T/hotfeed.conf
ing() { "$HOTFEED" ingest --db "$DB" --quiet "$@" 2>>"$T/ingest.err"; }
pub() { "$HOTFEED" publish --db "$DB" --config "$CONF" --templates templates --out "$OUT" "$@"; }
validate() { node tests/csaf/validate.mjs "$1/csaf" "$SITE" >"$T/validate.out" 2>&1; tap <"$T/validate.out"; }
# jq-like: a Python expression over the JSON file $1 (d), printed
jget() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$@"; }

sh tests/deps.sh >/dev/null 2>&1
check "the CSAF validator is installed (tests/deps.sh: npm ci in tests/csaf)" \
	test -f tests/csaf/node_modules/@secvisogram/csaf-validator-lib/validateStrict.js

cat >"$CONF" <<CONF
[feed]
title = HotFix Report テスト
link = $SITE
authority = example.org,2005
author = HotFix Report 編集部

[csaf]
publisher = HotFix Report 編集部 (CSAF)
namespace = https://www.example.co.jp/hfr/
category = coordinator
CONF

# the pages of the three bulletins of the seeds' layouts (not issue 8's
# variants of other bulletins)
for f in samples/ms0[56]-0[03][79].[abc].eucjp.html samples/ms0[56]-0[03][79].[abc].sjis.html \
	samples/ms0[56]-0[03][79].[abc].utf8.html samples/ms04-026.b.sjis.html \
	samples/notice-2005-10.*.html samples/glossary-gdr-qfe.eucjp.html; do
	ing --url "http://www.example.co.jp/hfr/$(basename "$f")" --seen 2005-08-11T01:00:00Z "$f"
done
pub >/dev/null 2>"$T/pub.err"
check_eq "publish exits 0" 0 $?
check_eq "one document per bulletin with an MS id, in its year" \
	"csaf/2004/ms04-026.json csaf/2005/ms05-039.json csaf/2006/ms06-007.json" \
	"$(cd "$OUT" && find csaf -name 'ms*.json' | sort | tr '\n' ' ' | sed 's/ $//')"
check_eq "the directory's other files" \
	"csaf/changes.csv csaf/feed-tlp-white.json csaf/index.txt csaf/provider-metadata.json" \
	"$(cd "$OUT" && find csaf -maxdepth 1 -type f | sort | tr '\n' ' ' | sed 's/ $//')"
validate "$OUT"

D=$OUT/csaf/2005/ms05-039.json
check_eq "MS05-039: tracking" "MS05-039 final 1 2005-08-10T00:00:00+09:00 2005-08-11T00:00:00+09:00" \
	"$(jget "$D" '" ".join([d["document"]["tracking"][k] for k in ("id","status","version","initial_release_date","current_release_date")])')"
check_eq "MS05-039: lang, category, TLP" "ja csaf_security_advisory WHITE" \
	"$(jget "$D" '" ".join([d["document"]["lang"], d["document"]["category"], d["document"]["distribution"]["tlp"]["label"]])')"
check_eq "MS05-039: publisher from [csaf]" \
	"coordinator|HotFix Report 編集部 (CSAF)|https://www.example.co.jp/hfr/" \
	"$(jget "$D" '"|".join(d["document"]["publisher"][k] for k in ("category","name","namespace"))')"
check_eq "MS05-039: aggregate_severity 緊急 in hotfeed's namespace" \
	"緊急 https://hotfeed.invalid/ns/1#severity" \
	"$(jget "$D" 'd["document"]["aggregate_severity"]["text"] + " " + d["document"]["aggregate_severity"]["namespace"]')"
check_eq "MS05-039: notes (要旨, 概要, 含まれる過去の修正, the ■ notes)" \
	"summary:要旨 description:概要 general:含まれる過去の修正 details:適用テストの結果 details:Windows 2000 SP3向けの修正プログラムは提供されない" \
	"$(jget "$D" '" ".join(n["category"]+":"+n["title"] for n in d["document"]["notes"][:5])')"
check_eq "MS05-039: references: self, the page, the bulletin links" \
	"self $SITE""csaf/2005/ms05-039.json|external http://www.example.co.jp/hfr/ms05-039.a.eucjp.html|external http://www.microsoft.com/japan/technet/security/bulletin/MS05-039.mspx" \
	"$(jget "$D" '"|".join(r["category"]+" "+r["url"] for r in d["document"]["references"][:3])')"
check_eq "MS05-039: product tree: families of platforms, tested platforms, file versions" \
	"Windows 2000>Windows 2000 SP4|Windows XP>Windows XP SP1/SP1a/SP2|Windows Server 2003>Windows Server 2003 SP未適用/SP1|Windows 2000 Professional SP4|umpnpmgr.dll>5.0.2195.7057" \
	"$(jget "$D" '"|".join([b["name"]+(">"+b["branches"][0]["name"] if "branches" in b else "") for b in d["product_tree"]["branches"][0]["branches"]][:4] + [[b["name"]+">"+b["branches"][0]["name"] for b in d["product_tree"]["branches"][0]["branches"] if b["name"]=="umpnpmgr.dll"][0]])')"
check_eq "MS05-039: known_affected are the platforms, fixed the file versions" "3 5" \
	"$(jget "$D" '"%d %d" % (len(d["vulnerabilities"][0]["product_status"]["known_affected"]), len(d["vulnerabilities"][0]["product_status"]["fixed"]))')"
check_eq "MS05-039: a vendor_fix per download (URL, platform, restart machine), a workaround with its 6 steps" \
	"vendor_fix CSAFPID-0001 machine http://www.microsoft.com/downloads/details.aspx?FamilyID=3b1a8c4e-7f21-4d7a-9c5e-2a6f0b8d1e39&DisplayLang=ja|vendor_fix|vendor_fix|workaround 6" \
	"$(python3 - "$D" <<'PY'
import json, re, sys
rs = json.load(open(sys.argv[1]))["vulnerabilities"][0]["remediations"]
f = rs[0]
out = ["%s %s %s %s" % (f["category"], f["product_ids"][0], f["restart_required"]["category"], f["url"])]
for r in rs[1:]:
    steps = len(re.findall(r"^\d+\. ", r["details"], re.M))
    out.append(r["category"] + (" %d" % steps if r["category"] == "workaround" else ""))
print("|".join(out))
PY
)"
check_eq "MS05-039: exploit status from 攻撃コード" "exploit_status 攻撃コードなし" \
	"$(jget "$D" '" ".join(d["vulnerabilities"][0]["threats"][0][k] for k in ("category","details"))')"
check_eq "index.txt" "2006/ms06-007.json
2005/ms05-039.json
2004/ms04-026.json" "$(cat "$OUT/csaf/index.txt")"
check_eq "changes.csv, newest first" '"2006/ms06-007.json","2006-02-16T00:00:00+09:00"
"2005/ms05-039.json","2005-08-11T00:00:00+09:00"
"2004/ms04-026.json","2004-07-14T00:00:00+09:00"' "$(cat "$OUT/csaf/changes.csv")"

# --- v1 -> v2: a later 更新日 and a changed file version ---
sed -e 's|【更新日】2005/08/11|【更新日】2005/08/20|' -e 's|5\.0\.2195\.7057|5.0.2195.7058|' \
	samples/ms05-039.a.utf8.html >"$T/v2.html"
ing --url http://www.example.co.jp/hfr/ms05-039.a.utf8.html --seen 2005-08-21T00:00:00Z "$T/v2.html"
pub >/dev/null 2>>"$T/pub.err"
check_eq "after v2: version 2, current_release_date the new 更新日" "2 2005-08-20T00:00:00+09:00" \
	"$(jget "$D" 'd["document"]["tracking"]["version"] + " " + d["document"]["tracking"]["current_release_date"]')"
check_eq "after v2: revision_history names the changes in Japanese" \
	"1 2005-08-11T00:00:00+09:00 初版|2 2005-08-20T00:00:00+09:00 第2版 (2005-08-20): 更新日 2005-08-11 → 2005-08-20、ファイル情報 umpnpmgr.dll 5.0.2195.7057 → 5.0.2195.7058" \
	"$(jget "$D" '"|".join(" ".join((r["number"],r["date"],r["summary"])) for r in d["document"]["tracking"]["revision_history"])')"
check "after v2: the new file version is a fixed product" \
	grep -q '"name": "umpnpmgr.dll 5.0.2195.7058"' "$D"
check_eq "after v2: changes.csv has MS05-039's new time, in order" '"2006/ms06-007.json","2006-02-16T00:00:00+09:00"
"2005/ms05-039.json","2005-08-20T00:00:00+09:00"
"2004/ms04-026.json","2004-07-14T00:00:00+09:00"' "$(cat "$OUT/csaf/changes.csv")"
validate "$OUT"

# --- v2 -> v3: 含まれる過去の修正 now names two earlier bulletins ---
sed -e 's|【更新日】2005/08/20|【更新日】2005/08/25|' \
	-e '/<b>含まれる過去の修正<\/b>/{n;s|なし|MS04-011 (835732)<br>ＭＳ０３－０４９|;}' "$T/v2.html" >"$T/v3.html"
ing --url http://www.example.co.jp/hfr/ms05-039.a.utf8.html --seen 2005-08-26T00:00:00Z "$T/v3.html"
pub >/dev/null 2>>"$T/pub.err"
check_eq "after v3: a reference per superseded bulletin, to its Microsoft page" \
	"external MS04-011: この修正プログラムが置き換える過去の修正 (superseded) http://www.microsoft.com/japan/technet/security/bulletin/MS04-011.mspx|external MS03-049: この修正プログラムが置き換える過去の修正 (superseded) http://www.microsoft.com/japan/technet/security/bulletin/MS03-049.mspx" \
	"$(jget "$D" '"|".join(" ".join((r["category"],r["summary"],r["url"])) for r in d["document"]["references"][-2:])')"
check_eq "after v3: the 含まれる過去の修正 note as printed" "MS04-011 (835732) ＭＳ０３－０４９" \
	"$(jget "$D" '[n["text"] for n in d["document"]["notes"] if n["title"] == "含まれる過去の修正"][0]')"
check_eq "after v3: the revision names the change in Japanese" \
	"3 第3版 (2005-08-25): 関連するMS番号 MS05-039 → MS05-039、MS04-011、MS03-049、更新日 2005-08-20 → 2005-08-25、含まれる過去の修正 なし → MS04-011 (835732) ＭＳ０３－０４９、置き換える過去の修正 （なし） → MS04-011、MS03-049" \
	"$(jget "$D" '" ".join((lambda r: (r["number"], r["summary"]))(d["document"]["tracking"]["revision_history"][-1]))')"
validate "$OUT"

# --- [csaf] values CSAF does not allow: exit 2, nothing written ---
cp -r "$OUT" "$T/prev"
for kv in "tlp = PURPLE|[csaf] tlp: \"PURPLE\" is not one of WHITE, GREEN, AMBER, RED" \
          "category = reader|[csaf] category: \"reader\" is not one of coordinator, discoverer, other, translator, user, vendor" \
          "namespace = javascript:x|[csaf] namespace: \"javascript:x\" is not an http(s) URL"; do
	printf '%s\n%s\n' "$(cat "$CONF")" "${kv%%|*}" >"$T/bad.conf"
	"$HOTFEED" publish --db "$DB" --config "$T/bad.conf" --templates templates --out "$OUT" \
		>/dev/null 2>"$T/bad.err"
	check_eq "${kv%%|*}: exit 2" 2 $?
	check_eq "... says which key and why" "hotfeed publish: ${kv#*|}" "$(cat "$T/bad.err")"
done
check "... and leaves the files as they were" diff -r "$T/prev" "$OUT"

# --- the validator rejects what it must ---
mkdir -p "$T/broken/csaf/2005"
cp "$OUT"/csaf/*.* "$T/broken/csaf/"
python3 - "$D" "$T/broken/csaf/2005/ms05-039.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["vulnerabilities"][0]["product_status"]["known_affected"].append("CSAFPID-9999")
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
node tests/csaf/validate.mjs "$T/broken/csaf" "$SITE" >"$T/broken.out" 2>&1
check "a product_id the tree does not define fails mandatory test 6.1.1" \
	grep -q '^FAIL every CSAF document .*mandatoryTest_6_1_1 .*known_affected' "$T/broken.out"
