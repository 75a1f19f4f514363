/*
 * catalogue_schema.c — the catalogue's schema as an ordered list of
 * migrations.  PRAGMA user_version is the number of migrations applied;
 * the pending ones run in one transaction together with the version bump,
 * so a database is always at exactly one version.  A database from a newer
 * hotfeed (user_version beyond this table) is refused, never touched.
 *
 * To change the schema: append a migration; never edit a released one.
 */
#include "store/catalogue_impl.h"

#include <stdio.h>

/* 'HFDB': marks the file as a hotfeed catalogue (PRAGMA application_id). */
#define HF_APPLICATION_ID 0x48464442

static const char *const migrations[] = {
	/* 1: pages, bulletins, revisions, changes, HTTP state. */
	"CREATE TABLE pages ("
	"  id       INTEGER PRIMARY KEY,"
	"  url      TEXT NOT NULL CHECK (url <> ''),"
	"  sha256   TEXT NOT NULL CHECK (length(sha256) = 64),"
	"  body     BLOB NOT NULL,"
	"  headers  TEXT,"
	"  charset  TEXT,"
	"  seen     INTEGER NOT NULL,"              /* unix time, UTC */
	"  encoding TEXT,"                          /* decoder decision, when parsed */
	"  status   TEXT NOT NULL CHECK (status IN" /* what ingesting it did */
	"           ('new', 'updated', 'unchanged', 'regression', 'failed')),"
	"  message  TEXT" /* why failed/regression, or NULL */
	");"
	"CREATE INDEX pages_url ON pages (url, id);"
	"CREATE TABLE bulletins ("
	"  id         INTEGER PRIMARY KEY,"
	"  key        TEXT NOT NULL UNIQUE CHECK (key <> ''),"
	"  kind       TEXT NOT NULL CHECK (kind IN ('alert', 'notice', 'other')),"
	"  first_seen INTEGER NOT NULL,"
	"  published  TEXT NOT NULL" /* RFC 3339 +09:00, never changes */
	");"
	"CREATE TABLE revisions ("
	"  id       INTEGER PRIMARY KEY,"
	"  bulletin INTEGER NOT NULL REFERENCES bulletins (id),"
	"  number   INTEGER NOT NULL CHECK (number >= 1),"
	"  seen     INTEGER NOT NULL,"
	"  updated  TEXT," /* the page's 更新日, YYYY-MM-DD */
	"  model    TEXT NOT NULL CHECK (json_valid(model)),"
	"  page     INTEGER NOT NULL REFERENCES pages (id),"
	"  UNIQUE (bulletin, number)"
	");"
	"CREATE INDEX revisions_page ON revisions (page);"
	"CREATE TABLE changes ("
	"  revision  INTEGER NOT NULL REFERENCES revisions (id),"
	"  seq       INTEGER NOT NULL,"
	"  field     TEXT NOT NULL,"
	"  old_value TEXT NOT NULL CHECK (json_valid(old_value)),"
	"  new_value TEXT NOT NULL CHECK (json_valid(new_value)),"
	"  PRIMARY KEY (revision, seq)"
	");"
	"CREATE TABLE http_state ("
	"  url           TEXT PRIMARY KEY,"
	"  etag          TEXT,"
	"  last_modified TEXT,"
	"  body_sha256   TEXT,"
	"  retry_after   INTEGER NOT NULL DEFAULT 0,"
	"  last_status   INTEGER NOT NULL DEFAULT 0"
	");"
	"CREATE TABLE host_retry ("
	"  host  TEXT PRIMARY KEY,"
	"  until INTEGER NOT NULL"
	");",

	/* 2: an id-less bulletin (keyed by its URL) whose page later yields the
	 * id of a bulletin already known is superseded by it, not deleted. */
	"ALTER TABLE bulletins ADD COLUMN superseded_by INTEGER REFERENCES bulletins (id);",

	/* 3: the bulletin a page was filed under, also when it made no revision
	 * (a copy in another encoding), so re-ingesting it can still name it. */
	"ALTER TABLE pages ADD COLUMN key TEXT;",

	/* 4: id-less revisions by title and 登録日, for find_copy() in
	 * catalogue_store.c: without it each id-less page parsed the JSON of
	 * every bulletin's model (1.46 s per page with 400 bulletins of
	 * 1.5 MB models, growing with the catalogue). */
	"CREATE INDEX IF NOT EXISTS revisions_copy ON revisions"
	" (json_extract(model, '$.title'), json_extract(model, '$.registered'))"
	" WHERE json_extract(model, '$.id') IS NULL;",

	/* 5 (diag): the diagnostics of the page's extraction, as the model's
	 * JSON array [{level, code, message}], also for a page that made no
	 * revision (unchanged, regression), so the same bytes again report
	 * them again; NULL when not parsed, or stored before this. */
	"ALTER TABLE pages ADD COLUMN diagnostics TEXT"
	" CHECK (diagnostics IS NULL OR json_valid(diagnostics));",

	/* 6: raw pages stored once by content (catalogue_blob.c): blobs holds
	 * each distinct body under its SHA-256, zlib-compressed (method 1) or
	 * as it was (method 0: the bodies this migration moves); pages.body
	 * is left empty and pages.sha256 names the blob.  The trigger deletes
	 * a blob with the last page naming it. */
	"CREATE TABLE IF NOT EXISTS blobs ("
	"  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),"
	"  size   INTEGER NOT NULL CHECK (size >= 0)," /* bytes of the page */
	"  method INTEGER NOT NULL CHECK (method IN (0, 1)),"
	"  data   BLOB NOT NULL"
	") WITHOUT ROWID;"
	"INSERT OR IGNORE INTO blobs (sha256, size, method, data)"
	" SELECT sha256, length(body), 0, body FROM pages WHERE length(body) > 0"
	" OR sha256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'"
	" ORDER BY id;"
	"UPDATE pages SET body = X'' WHERE length(body) > 0;"
	"CREATE INDEX IF NOT EXISTS pages_sha256 ON pages (sha256);"
	"CREATE TRIGGER IF NOT EXISTS pages_blob_gc AFTER DELETE ON pages"
	" WHEN NOT EXISTS (SELECT 1 FROM pages WHERE sha256 = OLD.sha256)"
	" BEGIN DELETE FROM blobs WHERE sha256 = OLD.sha256; END;",

	/* 7: the crawl frontier (every URL found on an index page, fetched or
	 * not, with its place in the index order and its re-check schedule),
	 * the runs, and robots.txt per host: what lets a crawl of a whole
	 * archive go on across runs and survive a killed one
	 * (catalogue_frontier.c). */
	"CREATE TABLE IF NOT EXISTS frontier ("
	"  url       TEXT PRIMARY KEY CHECK (url <> ''),"
	"  kind      TEXT NOT NULL CHECK (kind IN ('page', 'index')),"
	"  root      TEXT NOT NULL," /* the root index it was found under */
	"  depth     INTEGER NOT NULL DEFAULT 0,"
	"  rank      TEXT NOT NULL,"              /* index order: newest first */
	"  found_run INTEGER NOT NULL,"           /* the run that found it first */
	"  seen_run  INTEGER NOT NULL,"           /* the last run that found it */
	"  last_run  INTEGER NOT NULL DEFAULT 0," /* the last run that fetched it; 0 never */
	"  next_run  INTEGER NOT NULL DEFAULT 0," /* due again from this run on */
	"  unchanged INTEGER NOT NULL DEFAULT 0," /* unchanged on its last checks */
	"  checks    INTEGER NOT NULL DEFAULT 0,"
	"  pending   TEXT CHECK (pending IN ('budget', 'deferred', 'robots', 'interrupted'))"
	");"
	"CREATE INDEX IF NOT EXISTS frontier_due ON frontier (next_run, last_run);"
	"CREATE TABLE IF NOT EXISTS runs ("
	"  id          INTEGER PRIMARY KEY,"
	"  command     TEXT NOT NULL,"
	"  started     INTEGER NOT NULL," /* unix time */
	"  seconds     REAL,"             /* NULL: it did not finish */
	"  requests    INTEGER,"
	"  exit_code   INTEGER,"
	"  interrupted INTEGER NOT NULL DEFAULT 0,"
	"  counts      TEXT CHECK (counts IS NULL OR json_valid(counts)),"
	"  pending     INTEGER"
	");"
	"CREATE TABLE IF NOT EXISTS robots ("
	"  host          TEXT PRIMARY KEY,"
	"  etag          TEXT,"
	"  last_modified TEXT,"
	"  status        INTEGER NOT NULL,"
	"  body          BLOB,"
	"  fetched       INTEGER NOT NULL"
	");",

	/* 8: the model's id, title, 登録日 and severity level as real columns of
	 * each revision (its 更新日 is `updated` already), written with the
	 * revision (catalogue_store.c) and filled here for the stored ones:
	 * publish orders and counts bulletins, and find_copy() finds id-less
	 * copies, through plain indexes instead of parsing every model's JSON
	 * (json_extract over 20,000 models on every lookup). */
	"ALTER TABLE revisions ADD COLUMN model_id TEXT;"
	"ALTER TABLE revisions ADD COLUMN title TEXT;"
	"ALTER TABLE revisions ADD COLUMN registered TEXT;"
	"ALTER TABLE revisions ADD COLUMN severity INTEGER;"
	"UPDATE revisions SET model_id = json_extract(model, '$.id'),"
	" title = json_extract(model, '$.title'),"
	" registered = json_extract(model, '$.registered'),"
	" severity = json_extract(model, '$.severity.level');"
	"DROP INDEX IF EXISTS revisions_copy;"
	"CREATE INDEX IF NOT EXISTS revisions_idless ON revisions (title, registered)"
	" WHERE model_id IS NULL;"
	"CREATE INDEX IF NOT EXISTS revisions_model_id ON revisions (model_id);"
	"CREATE INDEX IF NOT EXISTS revisions_updated ON revisions (updated);"
	"CREATE INDEX IF NOT EXISTS revisions_registered ON revisions (registered);",

	/* 9: each revision's digest (CAT_REVISION_DIGEST_SQL: its model and
	 * changes), written with the revision and filled here for the stored
	 * ones, and an index that covers every column publish reads per
	 * revision: it orders the catalogue and keys its fragment cache by
	 * what each entry is made from without reading a model or a change
	 * (the model lies in overflow pages: a cached publish of 100,000
	 * bulletins read 5 GB of pages for it). */
	"ALTER TABLE revisions ADD COLUMN digest TEXT;"
	"UPDATE revisions AS r SET digest = " CAT_REVISION_DIGEST_SQL ";"
	"CREATE INDEX IF NOT EXISTS revisions_order"
	" ON revisions (bulletin, number, seen, updated, severity, digest);",
};

#define NMIGRATIONS ((int)(sizeof migrations / sizeof *migrations))

int
cat_schema_version(void)
{
	return NMIGRATIONS;
}

static int
pragma_int(struct catalogue *cat, const char *sql, int *value)
{
	sqlite3_stmt *st;
	int rc;

	if (cat_prepare(cat, &st, sql) < 0)
		return -1;
	rc = sqlite3_step(st);
	*value = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return cat_dberr(cat, sql);
	return 0;
}

/* Inside the transaction: refuse files that are not ours or too new. */
static int
check_identity(struct catalogue *cat, int *version)
{
	int app;

	if (pragma_int(cat, "PRAGMA application_id", &app) < 0 ||
	    pragma_int(cat, "PRAGMA user_version", version) < 0)
		return -1;
	if (app != 0 && app != HF_APPLICATION_ID)
		return cat_fail(cat, "not a hotfeed catalogue (application_id %#x)", (unsigned)app);
	if (*version > NMIGRATIONS)
		return cat_fail(cat,
		                "catalogue schema version %d is newer than this hotfeed "
		                "understands (%d): use a newer hotfeed",
		                *version, NMIGRATIONS);
	return 0;
}

static int
apply(struct catalogue *cat, int v)
{
	char sql[96];

	if (cat_exec(cat, migrations[v]) < 0)
		return -1;
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
	return cat_exec(cat, sql);
}

int
cat_file_version(struct catalogue *cat, int *version)
{
	return check_identity(cat, version);
}

int
cat_migrate(struct catalogue *cat)
{
	char sql[64];
	int version;

	/* the common case, current already: no write lock taken */
	if (check_identity(cat, &version) < 0)
		return -1;
	if (version == NMIGRATIONS)
		return 0;
	if (cat_begin(cat) < 0)
		return -1;
	if (check_identity(cat, &version) < 0)
		goto fail;
	if (version == NMIGRATIONS) {
		cat_rollback(cat); /* nothing to write */
		return 0;
	}
	snprintf(sql, sizeof sql, "PRAGMA application_id = %d", HF_APPLICATION_ID);
	if (cat_exec(cat, sql) < 0)
		goto fail;
	for (int v = version; v < NMIGRATIONS; v++)
		if (apply(cat, v) < 0)
			goto fail;
	return cat_commit(cat);
fail:
	cat_rollback(cat);
	return -1;
}
