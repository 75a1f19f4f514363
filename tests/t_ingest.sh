#!/bin/sh
# t_ingest.sh — `hotfeed ingest` and `hotfeed reparse` against a real SQLite
# file, inspected with the sqlite3 CLI: idempotence, revisions, the
# regression guard, atomicity, concurrency, exit codes.
. "$(dirname "$0")/lib.sh"

DB=$T/cat.db
S=samples/ms05-039.a.utf8.html
q() { sqlite3 "$DB" "$1"; }
ing() { "$HOTFEED" ingest --db "$DB" --no-isolate "$@"; }

"$HOTFEED" ingest --help >/dev/null; check_eq "ingest --help exits 0" 0 $?
"$HOTFEED" reparse --help >/dev/null; check_eq "reparse --help exits 0" 0 $?
"$HOTFEED" ingest --db "$DB" >/dev/null 2>&1
check_eq "ingest without FILE is a usage error" 2 $?

cp "$S" "$T/page.html"
ing --url http://example.jp/ms05-039.html --seen 2005-08-11T01:00:00Z "$T/page.html" >"$T/out1" 2>"$T/err1"
check_eq "first ingest exits 0" 0 $?
check "first ingest says new" grep -q '^.*page.html: new ' "$T/out1"
check_eq "schema version" 9 "$(q 'PRAGMA user_version')"
check_eq "journal is WAL" wal "$(q 'PRAGMA journal_mode')"
check_eq "integrity" ok "$(q 'PRAGMA integrity_check')"
check_eq "raw bytes stored as fetched" "$(sha256sum <"$T/page.html" | cut -d' ' -f1)" \
	"$(q 'SELECT sha256 FROM pages')"
# the bytes are stored once, zlib-compressed, under their sha256 (blobs)
python3 - "$DB" "$T/back.html" <<'PY'
import sqlite3, sys, zlib
db = sqlite3.connect(sys.argv[1])
method, data = db.execute("SELECT b.method, b.data FROM pages p"
                          " JOIN blobs b ON b.sha256 = p.sha256").fetchone()
open(sys.argv[2], "wb").write(zlib.decompress(data) if method == 1 else data)
PY
check_files "stored body is byte-identical" "$T/page.html" "$T/back.html"
check_eq "stored compressed (method 1), in pages no copy" "1 0" \
	"$(q "SELECT b.method, length(p.body) FROM pages p JOIN blobs b ON b.sha256 = p.sha256" | tr '|' ' ')"
raw=$(wc -c <"$T/page.html")
check "compressed to under a third ($(q 'SELECT length(data) FROM blobs') of $raw bytes)" \
	test "$(q 'SELECT length(data) FROM blobs')" -lt $((raw / 3))
check_eq "seen time from --seen" 1123722000 "$(q 'SELECT seen FROM pages')"
check_eq "url from --url" http://example.jp/ms05-039.html "$(q 'SELECT url FROM pages')"

sum1=$(sha256sum <"$DB")
ing --url http://example.jp/ms05-039.html "$T/page.html" >"$T/out2"
check_eq "same bytes again exits 0" 0 $?
check "same bytes again says unchanged" grep -q ': unchanged ' "$T/out2"
check_eq "same bytes: one page row" 1 "$(q 'SELECT count(*) FROM pages')"
check_eq "same bytes: one revision" 1 "$(q 'SELECT count(*) FROM revisions')"
check_eq "same bytes: the file is untouched" "$sum1" "$(sha256sum <"$DB")"

# different bytes, same content: markup and whitespace only
sed 's/<br>/<br >\n/' "$T/page.html" >"$T/page2.html"
printf '<!-- mirrored -->\n' >>"$T/page2.html"
ing --url http://example.jp/ms05-039.html "$T/page2.html" >"$T/out3"
check "markup-only change says unchanged" grep -q ': unchanged ' "$T/out3"
check_eq "markup-only change: raw page kept" 2 "$(q 'SELECT count(*) FROM pages')"
check_eq "markup-only change: no revision" 1 "$(q 'SELECT count(*) FROM revisions')"

# the same page through a JIS-style decoder's eyes: U+FF0D became U+2212
sed 's/－/−/g' "$T/page.html" >"$T/page3.html"
ing --url http://example.jp/ms05-039.html "$T/page3.html" >"$T/out3b"
check "variant-pair-only change says unchanged" grep -q ': unchanged ' "$T/out3b"
check_eq "variant-pair-only change: no revision" 1 "$(q 'SELECT count(*) FROM revisions')"

# a copy in another encoding (no revision of its own) is still named on a re-ingest
D2="$T/copy.db"
"$HOTFEED" ingest --db "$D2" --no-isolate samples/ms05-039.a.sjis.html samples/ms05-039.a.eucjp.html >/dev/null
"$HOTFEED" ingest --db "$D2" --no-isolate samples/ms05-039.a.eucjp.html >"$T/out3c"
check_eq "a copy's re-ingest names its bulletin" "samples/ms05-039.a.eucjp.html: unchanged MS05-039" "$(cat "$T/out3c")"

# default URL: file:// and the absolute path
ing --quiet "$T/page.html" >"$T/out4"
check_eq "--quiet prints nothing" "" "$(cat "$T/out4")"
check_eq "default url is file://" "file://$(cd "$T" && pwd -P)/page.html" \
	"$(q 'SELECT url FROM pages ORDER BY id DESC LIMIT 1')"

# v2: later 更新日 and a changed file table (needs real extraction)
sed -e 's|【更新日】2005/08/11|【更新日】2005/08/20|' -e 's|5\.0\.2195\.7057|5.0.2195.7058|' \
	"$T/page.html" >"$T/v2.html"
check "v1 yields its id" sh -c "\"$HOTFEED\" parse --no-isolate '$T/page.html' | grep -q '\"id\":\"MS05-039\"'"
ing --url http://example.jp/ms05-039.html --seen 2005-08-21T00:00:00Z "$T/v2.html" >"$T/out5"
check "v2 says updated" grep -q ': updated MS05-039 (fields: .*updated' "$T/out5"
check_eq "v2: one bulletin" 1 "$(q 'SELECT count(*) FROM bulletins')"
check_eq "v2: revision 2" 2 "$(q 'SELECT max(number) FROM revisions')"
check_eq "v2: changes name the fields" "packages,updated" \
"$(q "SELECT group_concat(field) FROM (SELECT field FROM changes ORDER BY field)")"
check_eq "v2: updated old -> new" '"2005-08-11"|"2005-08-20"' \
"$(q "SELECT old_value, new_value FROM changes WHERE field = 'updated'")"
check_eq "v2: published unchanged" 2005-08-10T00:00:00+09:00 "$(q 'SELECT published FROM bulletins')"
# the regression guard: the file table vanishes
sed '/umpnpmgr\.dll/d; /適用されるファイル情報/d' "$T/v2.html" >"$T/v3.html"
check "v3 lost its file table" sh -c "\"$HOTFEED\" parse --no-isolate '$T/v3.html' | grep -q '\"packages\":\\[\\]'"
ing --url http://example.jp/ms05-039.html "$T/v3.html" >"$T/out6" 2>"$T/err6"
check_eq "regression exits 1" 1 $?
check "regression reported on stderr" grep -q 'regression MS05-039: lost .*packages' "$T/err6"
check_eq "regression: no revision" 2 "$(q 'SELECT count(*) FROM revisions')"

# reparse with the same parser: nothing changes, nothing is written
sum2=$(sha256sum <"$DB")
"$HOTFEED" reparse --db "$DB" --no-isolate >"$T/out7" 2>"$T/err7"
rc=$?
check "reparse runs" test "$rc" -eq 0 -o "$rc" -eq 1
check "reparse reports each URL" grep -q 'http://example.jp/ms05-039.html: ' "$T/out7" "$T/err7"
check "reparse reports the file:// copy" grep -q "^file://.*/page.html: unchanged" "$T/out7"
check "reparse: nothing new" sh -c "! grep -q ': \(new\|updated\) ' '$T/out7'"
check_eq "reparse: the file is untouched" "$sum2" "$(sha256sum <"$DB")"

# an older parser's extraction (simulated by editing the stored model):
# reparse records the difference as a revision seen now
ing --quiet --url http://example.jp/ms06-007.html samples/ms06-007.a.sjis.html
q "UPDATE revisions SET model = json_set(model, '\$.overview', 'old parser') WHERE bulletin = (SELECT id FROM bulletins WHERE key = 'MS06-007')"
nrev=$(q 'SELECT count(*) FROM revisions')
before_reparse=$(date +%s)
"$HOTFEED" reparse --db "$DB" --no-isolate >"$T/out7b" 2>/dev/null
check "reparse after a parser change says updated" grep -q '^http://example.jp/ms06-007.html: updated MS06-007 (fields: overview)' "$T/out7b"
check_eq "reparse made one revision" $((nrev + 1)) "$(q 'SELECT count(*) FROM revisions')"
check "the reparse revision is seen now" test "$(q 'SELECT max(seen) FROM revisions')" -ge "$before_reparse"
check_eq "the change is recorded old -> new" '"old parser"' \
	"$(q "SELECT old_value FROM changes WHERE field = 'overview'")"

# atomicity: a failure in the middle of the write leaves nothing behind
q "CREATE TRIGGER sabotage BEFORE INSERT ON revisions BEGIN SELECT RAISE(ABORT, 'injected'); END"
pages=$(q 'SELECT count(*) FROM pages')
cp samples/glossary-gdr-qfe.eucjp.html "$T/other.html"
ing "$T/other.html" >/dev/null 2>"$T/err8"
check_eq "failed write exits 1" 1 $?
check "failed write names the file" grep -q 'other.html: .*injected' "$T/err8"
check_eq "failed write stored nothing" "$pages" "$(q 'SELECT count(*) FROM pages')"
q "DROP TRIGGER sabotage"

# concurrency: several writers at once, each page exactly once
# (pages that are not bulletins: each its own, whatever the extractor does)
for i in 1 2 3 4 5 6; do
	printf '<html><body><p>page %s</p></body></html>\n' "$i" >"$T/c$i.html"
done
for i in 1 2 3 4 5 6; do ing --quiet "$T/c$i.html" & done
wait
before=$pages
check_eq "concurrent writers: every page stored once" $((before + 6)) "$(q 'SELECT count(*) FROM pages')"
check_eq "concurrent writers: integrity" ok "$(q 'PRAGMA integrity_check')"
check_eq "foreign keys hold" "" "$(q 'PRAGMA foreign_key_check')"

# several first runs at once on a file that does not exist yet
for i in 1 2 3 4 5 6; do
	"$HOTFEED" ingest --db "$T/fresh.db" --no-isolate --quiet "$T/c$i.html" &
done
wait
check_eq "concurrent creation: every page once" 6 "$(sqlite3 "$T/fresh.db" 'SELECT count(*) FROM pages')"
check_eq "concurrent creation: migrated once" 9 "$(sqlite3 "$T/fresh.db" 'PRAGMA user_version')"

# another process holds the write lock for a while: ingest waits, then succeeds
sqlite3 "$DB" "BEGIN IMMEDIATE;" ".shell sleep 2" "COMMIT;" &
sleep 0.5
printf '<html><body><p>locked</p></body></html>\n' >"$T/locked.html"
ing --quiet "$T/locked.html"
check_eq "a held write lock is waited for" 0 $?
wait
check_eq "the waiting write went in" 1 "$(q "SELECT count(*) FROM pages WHERE url LIKE '%/locked.html'")"

# errors
ing "$T/missing.html" >/dev/null 2>"$T/err9"
check_eq "missing file exits 1" 1 $?
check "missing file is named" grep -q 'missing.html' "$T/err9"
ing --url http://x/ "$T/c1.html" "$T/c2.html" >/dev/null 2>&1
check_eq "--url with two files is a usage error" 2 $?
"$HOTFEED" ingest --db "$T" "$T/c1.html" >/dev/null 2>"$T/err10"
check_eq "unopenable database exits 2" 2 $?
printf 'not a database, just text\n' >"$T/junk.db"
"$HOTFEED" ingest --db "$T/junk.db" "$T/c1.html" >/dev/null 2>"$T/err11"
check_eq "a non-database file exits 2" 2 $?
check_eq "the non-database file is untouched" "not a database, just text" "$(cat "$T/junk.db")"
# migrations: a version-1 file is brought up to date in place
q "DROP INDEX revisions_order; ALTER TABLE revisions DROP COLUMN digest; DROP INDEX revisions_idless; DROP INDEX revisions_model_id; DROP INDEX revisions_updated; DROP INDEX revisions_registered; ALTER TABLE revisions DROP COLUMN model_id; ALTER TABLE revisions DROP COLUMN title; ALTER TABLE revisions DROP COLUMN registered; ALTER TABLE revisions DROP COLUMN severity; ALTER TABLE bulletins DROP COLUMN superseded_by; ALTER TABLE pages DROP COLUMN key; ALTER TABLE pages DROP COLUMN diagnostics; DROP TABLE frontier; DROP TABLE runs; DROP TABLE robots; PRAGMA user_version = 1"
ing --quiet "$T/c1.html"
check_eq "version-1 file: ingest works" 0 $?
check_eq "version-1 file: migrated" 9 "$(q 'PRAGMA user_version')"
check_eq "version-1 file: the model's id, title, 登録日, severity filled in as columns" \
	"$(q "SELECT count(*) FROM revisions")" \
	"$(q "SELECT count(*) FROM revisions WHERE model_id IS json_extract(model, '\$.id') AND title IS json_extract(model, '\$.title') AND registered IS json_extract(model, '\$.registered') AND severity IS json_extract(model, '\$.severity.level')")"
check_eq "version-1 file: id-less copies found by the columns' index, not json_extract" \
	"revisions_idless" "$(q "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%model_id IS NULL%'")"
check_eq "version-1 file: rows kept" $((before + 7)) "$(q 'SELECT count(*) FROM pages')"
q "PRAGMA user_version = 99"
"$HOTFEED" ingest --db "$DB" "$T/c1.html" >/dev/null 2>"$T/err12"
check_eq "newer schema exits 2" 2 $?
check "newer schema is explained" grep -q 'newer than this hotfeed' "$T/err12"
"$HOTFEED" reparse --db "$DB" >/dev/null 2>&1
check_eq "reparse on a newer schema exits 2" 2 $?

# parser workers: every sample (twice: the second time unchanged, a URL
# seen twice in one command waits for its first copy) through 1 in-process
# parser and through 3 workers: the same lines, the same stored rows
set -- samples/*.html samples/*.html
"$HOTFEED" ingest --db "$T/j1.db" --no-isolate --seen 1123722000 "$@" >"$T/j1.out" 2>"$T/j1.err"
rc1=$?
"$HOTFEED" ingest --db "$T/j3.db" --jobs 3 --seen 1123722000 "$@" >"$T/j3.out" 2>"$T/j3.err"
check_eq "--jobs 3: the exit status of one parser" "$rc1" $?
check_files "--jobs 3: the same lines, in order" "$T/j1.out" "$T/j3.out"
check_files "--jobs 3: the same problems, in order" "$T/j1.err" "$T/j3.err"
# one line per file (the diagnostics of the two cut-off samples and the
# totals line besides)
check_eq "... $# lines in all, besides the diagnostics" $# "$(cat "$T/j3.out" "$T/j3.err" |
	grep -Ev ': (error|warning|note) [a-z-]+: |^hotfeed: [0-9]+ files: ' | wc -l | tr -d ' ')"
rows="SELECT b.key, r.number, r.model FROM revisions r JOIN bulletins b ON b.id = r.bulletin ORDER BY r.id"
check_eq "--jobs 3: the same revisions stored" "$(sqlite3 "$T/j1.db" "$rows" | sha256sum)" \
	"$(sqlite3 "$T/j3.db" "$rows" | sha256sum)"
"$HOTFEED" reparse --db "$T/j3.db" --jobs 2 >"$T/r3.out" 2>/dev/null
"$HOTFEED" reparse --db "$T/j1.db" --no-isolate >"$T/r1.out" 2>/dev/null
check_files "reparse --jobs 2: the lines of one parser" "$T/r1.out" "$T/r3.out"
"$HOTFEED" ingest --db "$T/j3.db" --jobs 65 "$S" >/dev/null 2>"$T/jerr"
check_eq "ingest --jobs 65: exit 2" 2 $?
check "... says why" grep -q "^hotfeed ingest: --jobs: '65' is not a number in 1..64" "$T/jerr"

# a page that ended early does not stand for its bulletin once a whole
# copy comes, from another URL and without a later 更新日
"$HOTFEED" ingest --db "$T/cut.db" --url http://example.jp/cut.html samples/ms03-047.cut.sjis.html \
	>/dev/null 2>&1
"$HOTFEED" ingest --db "$T/cut.db" --url http://example.jp/whole.html \
	samples/ms03-047.idblock.sjis.html >"$T/cut.out" 2>/dev/null
check "the whole copy of a cut page is a new revision" grep -q ': updated MS03-047 (fields: ' "$T/cut.out"
check_eq "... and the latest revision has no truncated diagnostic" 0 \
	"$(sqlite3 "$T/cut.db" "SELECT count(*) FROM revisions r, json_each(r.model, '\$.diagnostics') d
	   WHERE r.number = (SELECT max(number) FROM revisions)
	   AND json_extract(d.value, '\$.code') = 'truncated'")"

