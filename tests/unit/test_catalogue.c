/*
 * test_catalogue.c — the SQLite catalogue: migrations, identity, unchanged /
 * updated / regression decisions, revisions and changes, feed dates, HTTP
 * state, atomicity.  Models are built in C and stored with
 * catalogue_ingest_model(), so these tests do not depend on the parser.
 * sqlite3 is used directly only to inspect or sabotage the file.
 */
#include "testutil.h"
#include "ingest/ingest.h"
#include "core/bulletin_json.h"
#include "core/limits.h"
#include "core/sha256.h"
#include "store/catalogue_impl.h"
#include "core/util.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define T0  1123650000 /* 2005-08-10T05:00:00Z */
#define URL "http://example.jp/hotfix/ms05-039.html"

static char dbpath[64];

static void
setup(void)
{
	int fd;

	snprintf(dbpath, sizeof dbpath, "/tmp/hf-cat-XXXXXX");
	fd = mkstemp(dbpath);
	ck_assert_int_ge(fd, 0);
	close(fd);
	unlink(dbpath);
}

static void
teardown(void)
{
	char p[96];

	unlink(dbpath);
	snprintf(p, sizeof p, "%s-wal", dbpath);
	unlink(p);
	snprintf(p, sizeof p, "%s-shm", dbpath);
	unlink(p);
}

static struct catalogue *
open_cat(void)
{
	char err[256];
	struct catalogue *c = catalogue_open(dbpath, err, sizeof err);

	ck_assert_msg(c != NULL, "open: %s", err);
	return c;
}

/* One integer from SQL run on the file directly. */
static long long
sql_int(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	long long v = -1;

	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

/* One text from SQL run on the file directly (caller frees; NULL none). */
static char *
sql_text(const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	char *v = NULL;

	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) != NULL)
		v = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	sqlite3_close(db);
	return v;
}

static void
sql_exec(const char *sql)
{
	sqlite3 *db;

	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static long long
count(const char *table)
{
	char sql[64];

	snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
	return sql_int(sql);
}

/* MS05-039 as revision 1 would extract it. */
static void
model_v1(struct bulletin *b)
{
	bulletin_init(b);
	b->kind = BULLETIN_ALERT;
	b->id = xstrdup("MS05-039");
	strlist_add(&b->ids, "MS05-039");
	strlist_add(&b->kb, "899588");
	b->title = xstrdup("プラグ アンド プレイの脆弱性により、リモートでコードが実行される");
	b->registered = xstrdup("2005-08-10");
	b->updated = xstrdup("2005-08-10");
	b->severity = 1;
	b->summary = xstrdup("Windows 2000 SP4 − 影響を受けます。");
	struct affected *a = VEC_PUSH(&b->affected);
	a->software = xstrdup("Windows 2000");
	strlist_add(&a->platforms, "SP4");
	struct package *p = VEC_PUSH(&b->packages);
	p->platform = xstrdup("Windows 2000 SP4");
	p->file = xstrdup("Windows2000-KB899588-x86-JPN.EXE");
	p->size = 518136;
	struct file_entry *f = VEC_PUSH(&p->files);
	f->path = xstrdup("%SystemRoot%\\system32\\");
	f->name = xstrdup("Umpnpmgr.dll");
	f->version = xstrdup("5.0.2195.7057");
	f->size = 89360;
	b->source.url = xstrdup(URL);
	b->source.encoding = xstrdup("Shift_JIS");
	b->source.encoding_source = xstrdup("meta");
}

static struct page
page(const char *body, time_t seen)
{
	struct page pg = { URL, (const unsigned char *)body, strlen(body), NULL, NULL, seen };

	return pg;
}

static enum ingest_status
ingest(struct catalogue *c, const char *body, time_t seen, const struct bulletin *b,
       struct ingest_result *r)
{
	struct page pg = page(body, seen);

	ck_assert_msg(catalogue_ingest_model(c, &pg, b, r) == 0, "%s", catalogue_error(c));
	return r->status;
}

/* The copy lookup of an id-less page is an index search (migration 4):
 * scanning parsed the JSON of every bulletin's model, 1.46 s per id-less
 * page with 400 bulletins of 1.5 MB models. */
START_TEST(test_find_copy_is_an_index_search)
{
	struct catalogue *c = open_cat();
	sqlite3 *db;
	sqlite3_stmt *st;
	int by_index = 0;

	catalogue_close(c);
	ck_assert_int_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
	ck_assert_int_eq(
		sqlite3_prepare_v2(db, "EXPLAIN QUERY PLAN " CAT_FIND_COPY_SQL, -1, &st, NULL),
		SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		by_index |= strstr((const char *)sqlite3_column_text(st, 3),
		                   "SEARCH r USING INDEX revisions_idless") != NULL;
	sqlite3_finalize(st);
	sqlite3_close(db);
	ck_assert(by_index);
}
END_TEST

START_TEST(test_migrate_and_reopen)
{
	struct catalogue *c = open_cat();

	catalogue_close(c);
	ck_assert_int_eq(sql_int("PRAGMA user_version"), 9);
	ck_assert_int_eq(count("bulletins"), 0);
	c = open_cat(); /* already current: opens without migrating */
	catalogue_close(c);
	ck_assert_int_eq(sql_int("PRAGMA user_version"), 9);
	ck_assert_str_eq(catalogue_ingest_status_name(INGEST_REGRESSION), "regression");
}
END_TEST

START_TEST(test_newer_schema_refused)
{
	char err[256];

	catalogue_close(open_cat());
	sql_exec("PRAGMA user_version = 99");
	ck_assert_ptr_null(catalogue_open(dbpath, err, sizeof err));
	ck_assert_msg(strstr(err, "newer") != NULL, "%s", err);
	ck_assert_int_eq(sql_int("PRAGMA user_version"), 99); /* untouched */
}
END_TEST

START_TEST(test_foreign_file_refused)
{
	char err[256];

	sql_exec("CREATE TABLE t (x); PRAGMA application_id = 7");
	ck_assert_ptr_null(catalogue_open(dbpath, err, sizeof err));
	ck_assert_msg(strstr(err, "not a hotfeed catalogue") != NULL, "%s", err);
}
END_TEST

START_TEST(test_same_bytes_twice)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;

	model_v1(&b);
	ck_assert_int_eq(ingest(c, "<html>v1</html>", T0, &b, &r), INGEST_NEW);
	ck_assert_str_eq(r.key, "MS05-039");
	ck_assert_str_eq(r.encoding, "Shift_JIS (meta)");
	ck_assert_int_eq(ingest(c, "<html>v1</html>", T0 + 3600, &b, &r), INGEST_UNCHANGED);
	ck_assert_str_eq(r.key, "MS05-039");
	catalogue_close(c);
	ck_assert_int_eq(count("pages"), 1);
	ck_assert_int_eq(count("bulletins"), 1);
	ck_assert_int_eq(count("revisions"), 1);
	ck_assert_int_eq(sql_int("SELECT seen FROM pages"), T0);
	bulletin_free(&b);
}
END_TEST

/* Find a change by field name, or NULL. */
static const struct change *
find_change(const struct revision *r, const char *field)
{
	for (size_t i = 0; i < r->changes.n; i++)
		if (strcmp(r->changes.v[i].field, field) == 0)
			return &r->changes.v[i];
	return NULL;
}

/* MS05-039 stored as revision 1, then 30 days later as revision 2 with a
 * new 更新日 and a file's new version (two changes). */
static void
ingest_v1_v2(struct catalogue *c, struct bulletin *b, struct ingest_result *r)
{
	model_v1(b);
	ck_assert_int_eq(ingest(c, "v1", T0, b, r), INGEST_NEW);
	free(b->updated);
	b->updated = xstrdup("2005-08-20");
	b->packages.v[0].files.v[0].version =
		(free(b->packages.v[0].files.v[0].version), xstrdup("5.0.2195.7058"));
	ck_assert_int_eq(ingest(c, "v2", T0 + 86400 * 30, b, r), INGEST_UPDATED);
}

START_TEST(test_revision_v1_v2)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct cat_entry *e;
	size_t n;

	ingest_v1_v2(c, &b, &r);
	ck_assert_str_eq(r.key, "MS05-039");
	ck_assert_str_eq(r.message, "fields: updated, packages");

	ck_assert_int_eq(catalogue_list(c, &e, &n), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(e[0].key, "MS05-039");
	ck_assert_str_eq(e[0].published, "2005-08-10T00:00:00+09:00");
	ck_assert_str_eq(e[0].updated, "2005-08-20T00:00:00+09:00");
	ck_assert_str_eq(e[0].model.updated, "2005-08-20");
	ck_assert_str_eq(e[0].model.packages.v[0].files.v[0].version, "5.0.2195.7058");
	ck_assert_uint_eq(e[0].revisions.n, 2);
	ck_assert_int_eq(e[0].revisions.v[0].number, 1);
	ck_assert_uint_eq(e[0].revisions.v[0].changes.n, 0);
	ck_assert_str_eq(e[0].revisions.v[0].seen, "2005-08-10T05:00:00Z");
	ck_assert_int_eq(e[0].revisions.v[1].number, 2);
	ck_assert_str_eq(e[0].revisions.v[1].updated, "2005-08-20");
	ck_assert_uint_eq(e[0].revisions.v[1].changes.n, 2);
	const struct change *ch = find_change(&e[0].revisions.v[1], "updated");
	ck_assert_ptr_nonnull(ch);
	ck_assert_str_eq(ch->old_value, "\"2005-08-10\"");
	ck_assert_str_eq(ch->new_value, "\"2005-08-20\"");
	ch = find_change(&e[0].revisions.v[1], "packages");
	ck_assert_ptr_nonnull(ch);
	ck_assert_ptr_nonnull(strstr(ch->old_value, "5.0.2195.7057"));
	ck_assert_ptr_nonnull(strstr(ch->new_value, "5.0.2195.7058"));
	cat_entries_free(e, n);

	/* the same again: nothing new */
	ck_assert_int_eq(ingest(c, "v2", T0 + 86400 * 31, &b, &r), INGEST_UNCHANGED);
	catalogue_close(c);
	ck_assert_int_eq(count("revisions"), 2);
	ck_assert_int_eq(count("changes"), 2);
	ck_assert_int_eq(count("bulletins"), 1);
	bulletin_free(&b);
}
END_TEST

/* Each revision's digest is the SHA-256 of its model's text, GS, and its
 * changes (field US old US new, parted by RS): stored with the revision,
 * given by the cursor from the index, and computed the same way by SQL for
 * a row stored without one (another tool wrote it). */
START_TEST(test_revision_digests)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct cat_cursor *cur;
	struct cat_entry e;
	struct sha256 h;
	char want[2][65], *model[2], *stored[2], *ch;

	ingest_v1_v2(c, &b, &r);
	ck_assert_int_eq(count("changes"), 2);
	for (int k = 0; k < 2; k++) {
		char sql[160];
		snprintf(sql, sizeof sql, "SELECT model FROM revisions WHERE number = %d", k + 1);
		model[k] = sql_text(sql);
		snprintf(sql, sizeof sql, "SELECT digest FROM revisions WHERE number = %d", k + 1);
		stored[k] = sql_text(sql);
		ck_assert_ptr_nonnull(model[k]);
		ck_assert_ptr_nonnull(stored[k]);
	}
	{
		char *c1 = sql_text("SELECT field || char(31) || old_value || char(31) || new_value"
		                    " FROM changes WHERE seq = 1");
		char *c2 = sql_text("SELECT field || char(31) || old_value || char(31) || new_value"
		                    " FROM changes WHERE seq = 2");
		ck_assert_str_eq(c1, "updated\x1f\"2005-08-10\"\x1f\"2005-08-20\"");
		ck_assert_ptr_nonnull(strstr(c2, "packages\x1f"));
		ch = xasprintf("%s\x1e%s", c1, c2);
		free(c1);
		free(c2);
	}
	for (int k = 0; k < 2; k++) {
		sha256_init(&h);
		sha256_update(&h, model[k], strlen(model[k]));
		sha256_update(&h, "\x1d", 1);
		if (k == 1)
			sha256_update(&h, ch, strlen(ch));
		sha256_final_hex(&h, want[k]);
		ck_assert_str_eq(stored[k], want[k]);
	}
	for (int pass = 0; pass < 2; pass++) {
		memset(&e, 0, sizeof e);
		bulletin_init(&e.model);
		ck_assert_ptr_nonnull(cur = catalogue_cursor_open(c));
		ck_assert_int_eq(catalogue_cursor_next(cur, &e, NULL), 1);
		ck_assert_uint_eq(e.revisions.n, 2);
		ck_assert_str_eq(e.revisions.v[0].digest, want[0]);
		ck_assert_str_eq(e.revisions.v[1].digest, want[1]);
		/* the changes come with the model */
		ck_assert_uint_eq(e.revisions.v[1].changes.n, 0);
		ck_assert_int_eq(catalogue_cursor_model(cur, &e), 0);
		ck_assert_str_eq(e.model.updated, "2005-08-20");
		ck_assert_uint_eq(e.revisions.v[0].changes.n, 0);
		ck_assert_uint_eq(e.revisions.v[1].changes.n, 2);
		ck_assert_str_eq(e.revisions.v[1].changes.v[0].field, "updated");
		ck_assert_str_eq(e.revisions.v[1].changes.v[1].field, "packages");
		ck_assert_str_eq(e.revisions.v[1].changes.v[0].new_value, "\"2005-08-20\"");
		ck_assert_int_eq(catalogue_cursor_next(cur, &e, NULL), 0);
		cat_entry_free(&e);
		bulletin_free(&e.model);
		catalogue_cursor_close(cur);
		/* the second pass: rows written without a digest */
		sql_exec("UPDATE revisions SET digest = NULL");
	}
	for (int k = 0; k < 2; k++) {
		free(model[k]);
		free(stored[k]);
	}
	free(ch);
	catalogue_close(c);
	bulletin_free(&b);
}
END_TEST

START_TEST(test_variant_pairs_and_whitespace_unchanged)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;

	model_v1(&b);
	ck_assert_int_eq(ingest(c, "sjis", T0, &b, &r), INGEST_NEW);
	/* the browser-side decoding of the same bytes, re-wrapped markup */
	free(b.summary);
	b.summary = xstrdup("Windows  2000\u00a0SP4 \uff0d 影響を\n受けます。 ");
	free(b.source.encoding);
	b.source.encoding = xstrdup("EUC-JP");
	bulletin_warn(&b, "a new warning");
	ck_assert_int_eq(ingest(c, "eucjp", T0 + 60, &b, &r), INGEST_UNCHANGED);
	ck_assert_str_eq(r.key, "MS05-039");
	catalogue_ingest_result_free(&r);
	catalogue_close(c);
	ck_assert_int_eq(count("pages"), 2); /* the new raw page is kept */
	ck_assert_int_eq(count("revisions"), 1);
	ck_assert_int_eq(sql_int("SELECT max(seen) FROM pages"), T0 + 60);
	bulletin_free(&b);
}
END_TEST

/* A model stored before schema 2 has no supersedes.  Re-ingesting the
 * same bulletin with supersedes [] is no revision (a reparse after the
 * upgrade would otherwise make one of every bulletin); naming an earlier
 * bulletin is one, with the change null -> ["MS04-011"]. */
START_TEST(test_supersedes_added_to_the_model)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct cat_entry *e;
	size_t n;
	const struct change *ch;

	model_v1(&b);
	ck_assert_int_eq(ingest(c, "v1", T0, &b, &r), INGEST_NEW);
	catalogue_ingest_result_free(&r);
	catalogue_close(c);
	sql_exec("UPDATE revisions SET model = json_remove(model, '$.supersedes')");
	ck_assert_int_eq(sql_int("SELECT count(*) FROM revisions"
	                         " WHERE json_type(model, '$.supersedes') IS NULL"),
	                 1);
	c = open_cat();
	ck_assert_int_eq(ingest(c, "v1, fetched again", T0 + 60, &b, &r), INGEST_UNCHANGED);
	catalogue_ingest_result_free(&r);
	b.past_fixes = xstrdup("MS04-011 (835732)");
	strlist_add(&b.supersedes, "MS04-011");
	ck_assert_int_eq(ingest(c, "v2", T0 + 120, &b, &r), INGEST_UPDATED);
	ck_assert_str_eq(r.message, "fields: past_fixes, supersedes");
	catalogue_ingest_result_free(&r);
	ck_assert_int_eq(catalogue_list(c, &e, &n), 0);
	ck_assert_uint_eq(e[0].revisions.n, 2);
	ch = find_change(&e[0].revisions.v[1], "supersedes");
	ck_assert_ptr_nonnull(ch);
	ck_assert_str_eq(ch->old_value, "null");
	ck_assert_str_eq(ch->new_value, "[\"MS04-011\"]");
	ck_assert_str_eq(e[0].model.supersedes.v[0], "MS04-011");
	cat_entries_free(e, n);
	catalogue_close(c);
	bulletin_free(&b);
}
END_TEST

START_TEST(test_real_text_change_is_a_revision)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct cat_entry *e;
	size_t n;

	model_v1(&b);
	ck_assert_int_eq(ingest(c, "a", T0, &b, &r), INGEST_NEW);
	free(b.summary);
	b.summary = xstrdup("Windows 2000 SP4 − 影響を受けません。");
	/* undated change (same 更新日), seen 2005-09-01T03:00:00Z */
	ck_assert_int_eq(ingest(c, "b", 1125543600, &b, &r), INGEST_UPDATED);
	ck_assert_str_eq(r.message, "fields: summary");
	ck_assert_int_eq(catalogue_list(c, &e, &n), 0);
	ck_assert_str_eq(e[0].updated, "2005-09-01T12:00:00+09:00");
	ck_assert_str_eq(e[0].published, "2005-08-10T00:00:00+09:00");
	cat_entries_free(e, n);
	catalogue_close(c);
	bulletin_free(&b);
}
END_TEST

START_TEST(test_regression_keeps_last_good)
{
	struct catalogue *c = open_cat();
	struct bulletin b, lost;
	struct ingest_result r;
	struct cat_entry *e;
	size_t n;

	model_v1(&b);
	ck_assert_int_eq(ingest(c, "good", T0, &b, &r), INGEST_NEW);

	/* the site changed its layout: no file table, no severity */
	model_v1(&lost);
	lost.severity = 0;
	lost.packages.v[0].files.n = 0;
	free(lost.packages.v[0].files.v[0].path);
	free(lost.packages.v[0].files.v[0].name);
	free(lost.packages.v[0].files.v[0].version);
	free(lost.packages.v[0].platform);
	free(lost.packages.v[0].file);
	free(lost.packages.v[0].files.v);
	lost.packages.n = 0;
	free(lost.updated);
	lost.updated = xstrdup("2005-09-01");
	ck_assert_int_eq(ingest(c, "broken layout", T0 + 100, &lost, &r), INGEST_REGRESSION);
	ck_assert_str_eq(r.key, "MS05-039");
	ck_assert_msg(strstr(r.message, "severity, packages") != NULL, "%s", r.message);
	bulletin_free(&lost);

	/* the id vanished too: not a new bulletin keyed by URL */
	bulletin_init(&lost);
	lost.kind = BULLETIN_OTHER;
	lost.title = xstrdup("HotFix Report");
	ck_assert_int_eq(ingest(c, "broken again", T0 + 200, &lost, &r), INGEST_REGRESSION);
	ck_assert_str_eq(r.key, "MS05-039");
	ck_assert_str_eq(r.message, "lost id, kb, registered, severity, affected, packages "
	                            "(last good: revision 1 of MS05-039)");
	/* the same broken bytes again: reported again, nothing written */
	ck_assert_int_eq(ingest(c, "broken again", T0 + 300, &lost, &r), INGEST_REGRESSION);
	bulletin_free(&lost);

	ck_assert_int_eq(catalogue_list(c, &e, &n), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(e[0].revisions.n, 1);
	ck_assert_uint_eq(e[0].model.packages.n, 1);
	ck_assert_int_eq(e[0].model.severity, 1);
	cat_entries_free(e, n);
	catalogue_close(c);
	ck_assert_int_eq(count("pages"), 2); /* the good one, the latest broken one */
	ck_assert_int_eq(count("bulletins"), 1);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM pages WHERE status = 'regression'"), 1);
	bulletin_free(&b);
}
END_TEST

START_TEST(test_failed_parse_stores_raw_page)
{
	struct catalogue *c = open_cat();
	struct ingest_result r;
	struct page pg = page("garbage", T0);

	ck_assert_int_eq(catalogue_ingest_model(c, &pg, NULL, &r), 0);
	ck_assert_int_eq(r.status, INGEST_FAILED);
	ck_assert_int_eq(catalogue_ingest_model(c, &pg, NULL, &r), 0);
	ck_assert_int_eq(r.status, INGEST_FAILED); /* still reported */
	catalogue_close(c);
	ck_assert_int_eq(count("pages"), 1);
	ck_assert_int_eq(count("bulletins"), 0);
}
END_TEST

START_TEST(test_no_id_keyed_by_url_and_order)
{
	struct catalogue *c = open_cat();
	struct bulletin b, other;
	struct ingest_result r;
	struct cat_entry *e;
	size_t n;
	struct page pg = { "http://example.jp/tips/glossary.html",
		           (const unsigned char *)"x",
		           1,
		           NULL,
		           NULL,
		           T0 + 86400 * 5 };

	model_v1(&b);
	ck_assert_int_eq(ingest(c, "v1", T0, &b, &r), INGEST_NEW);
	bulletin_init(&other);
	other.kind = BULLETIN_OTHER;
	other.title = xstrdup("用語集");
	ck_assert_int_eq(catalogue_ingest_model(c, &pg, &other, &r), 0);
	ck_assert_int_eq(r.status, INGEST_NEW);
	ck_assert_str_eq(r.key, "http://example.jp/tips/glossary.html");
	ck_assert_int_eq(catalogue_list(c, &e, &n), 0);
	ck_assert_uint_eq(n, 2);
	/* no 登録日: published is when it was first seen, in +09:00 */
	ck_assert_str_eq(e[0].key, "http://example.jp/tips/glossary.html");
	ck_assert_str_eq(e[0].published, "2005-08-15T14:00:00+09:00");
	ck_assert_str_eq(e[0].updated, "2005-08-15T14:00:00+09:00");
	ck_assert_str_eq(e[1].key, "MS05-039");
	cat_entries_free(e, n);
	catalogue_close(c);
	bulletin_free(&b);
	bulletin_free(&other);
}
END_TEST

START_TEST(test_http_state_round_trip)
{
	struct catalogue *c = open_cat();
	struct http_state st = { 0 }, got;
	time_t until;

	ck_assert_int_eq(catalogue_http_get(c, URL, &got), 0);
	ck_assert_ptr_null(got.etag);
	ck_assert_int_eq(got.last_status, 0);
	st.etag = "\"abc\"";
	st.last_modified = "Wed, 10 Aug 2005 01:00:00 GMT";
	st.body_sha256 = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
	st.retry_after = T0;
	st.last_status = 200;
	ck_assert_int_eq(catalogue_http_put(c, URL, &st), 0);
	st.last_status = 304;
	ck_assert_int_eq(catalogue_http_put(c, URL, &st), 0);
	ck_assert_int_eq(catalogue_http_get(c, URL, &got), 0);
	ck_assert_str_eq(got.etag, "\"abc\"");
	ck_assert_str_eq(got.last_modified, st.last_modified);
	ck_assert_str_eq(got.body_sha256, st.body_sha256);
	ck_assert_int_eq(got.retry_after, T0);
	ck_assert_int_eq(got.last_status, 304);
	catalogue_http_state_free(&got);

	ck_assert_int_eq(catalogue_host_get_retry(c, "example.jp", &until), 0);
	ck_assert_int_eq(until, 0);
	ck_assert_int_eq(catalogue_host_set_retry(c, "example.jp", T0 + 120), 0);
	catalogue_close(c);
	c = open_cat(); /* remembered across runs */
	ck_assert_int_eq(catalogue_host_get_retry(c, "example.jp", &until), 0);
	ck_assert_int_eq(until, T0 + 120);
	ck_assert_int_eq(catalogue_host_set_retry(c, "example.jp", 0), 0);
	ck_assert_int_eq(catalogue_host_get_retry(c, "example.jp", &until), 0);
	ck_assert_int_eq(until, 0);
	catalogue_close(c);
}
END_TEST

START_TEST(test_failure_mid_transaction_writes_nothing)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct page pg = page("v1", T0);

	catalogue_close(c);
	/* the page and bulletin rows go in, then the revision fails */
	sql_exec("CREATE TRIGGER sabotage BEFORE INSERT ON revisions"
	         " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
	c = open_cat();
	model_v1(&b);
	ck_assert_int_eq(catalogue_ingest_model(c, &pg, &b, &r), -1);
	ck_assert_ptr_nonnull(strstr(catalogue_error(c), "injected failure"));
	catalogue_close(c);
	ck_assert_int_eq(count("pages"), 0);
	ck_assert_int_eq(count("bulletins"), 0);
	sql_exec("DROP TRIGGER sabotage");
	c = open_cat(); /* and it works again afterwards */
	ck_assert_int_eq(ingest(c, "v1", T0, &b, &r), INGEST_NEW);
	catalogue_close(c);
	ck_assert_int_eq(count("revisions"), 1);
	bulletin_free(&b);
}
END_TEST

/* Store page URL#i of model b in an open batch, and tick. */
static int
batch_ingest(struct catalogue *c, const char *url, const struct bulletin *b)
{
	struct page pg = { url, (const unsigned char *)url, strlen(url), NULL, NULL, T0 };
	struct ingest_result r;

	if (catalogue_ingest_model(c, &pg, b, &r) < 0)
		return -1;
	return catalogue_batch_tick(c);
}

/* A batch of 2: a process killed after 3 pages kept the first 2 (committed
 * together) and lost only the third, whose batch was open. */
START_TEST(test_batch_crash_loses_only_the_open_batch)
{
	struct bulletin b;
	pid_t pid;
	int st;

	model_v1(&b);
	fflush(NULL);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		struct catalogue *c = open_cat();
		catalogue_batch_begin(c, 2, 60000);
		if (batch_ingest(c, URL "?1", &b) || batch_ingest(c, URL "?2", &b) ||
		    batch_ingest(c, URL "?3", &b))
			_exit(1);
		_exit(0); /* as kill -9 would: nothing closed or committed */
	}
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert_int_eq(WEXITSTATUS(st), 0);
	ck_assert_int_eq(count("pages"), 2);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM pages WHERE url LIKE '%?3'"), 0);
	bulletin_free(&b);
}
END_TEST

/* In a batch, a write that fails undoes itself only: the pages before and
 * after it are committed with the batch. */
START_TEST(test_batch_failed_write_undoes_only_itself)
{
	struct catalogue *c = open_cat();
	struct bulletin b;

	catalogue_close(c);
	sql_exec("CREATE TRIGGER sabotage AFTER INSERT ON pages WHEN NEW.url LIKE '%bad'"
	         " BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
	c = open_cat();
	model_v1(&b);
	catalogue_batch_begin(c, 100, 60000);
	ck_assert_int_eq(batch_ingest(c, URL "?1", &b), 0);
	ck_assert_int_eq(batch_ingest(c, URL "?bad", &b), -1);
	ck_assert_ptr_nonnull(strstr(catalogue_error(c), "injected failure"));
	ck_assert_int_eq(batch_ingest(c, URL "?3", &b), 0);
	ck_assert_int_eq(catalogue_batch_end(c), 0);
	ck_assert_int_eq(count("pages"), 2);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM pages WHERE url LIKE '%bad'"), 0);
	catalogue_close(c);
	bulletin_free(&b);
}
END_TEST

/* 1000 aliases of one page (same bytes, 1000 URLs) cost one stored copy,
 * compressed; deleting the pages deletes it. */
START_TEST(test_aliases_stored_once)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	char body[20000], url[96];
	size_t n = 0;

	/* a page-like body: repetitive markup with some varying text */
	while (n + 64 < sizeof body)
		n += (size_t)snprintf(body + n, sizeof body - n,
		                      "<tr><td>row %zu</td><td>KB%06zu</td></tr>\n", n, n * 7);
	model_v1(&b);
	catalogue_batch_begin(c, 256, 60000);
	for (int i = 0; i < 1000; i++) {
		struct page pg = { url, (const unsigned char *)body, n, NULL, NULL, T0 };
		snprintf(url, sizeof url, "http://mirror%d.example.jp/ms05-039.html", i);
		ck_assert_msg(catalogue_ingest_model(c, &pg, &b, &r) == 0, "%s",
		              catalogue_error(c));
		ck_assert_int_eq(catalogue_batch_tick(c), 0);
	}
	ck_assert_int_eq(catalogue_batch_end(c), 0);
	catalogue_close(c);
	ck_assert_int_eq(count("pages"), 1000);
	ck_assert_int_eq(count("blobs"), 1);
	ck_assert_int_eq(sql_int("SELECT sum(length(body)) FROM pages"), 0);
	ck_assert_int_eq(sql_int("SELECT size FROM blobs"), (long long)n);
	ck_assert_int_lt(sql_int("SELECT length(data) FROM blobs"), (long long)n / 3);
	/* the pages go (revisions first), and with the last one the blob */
	sql_exec("PRAGMA foreign_keys = OFF; DELETE FROM pages WHERE id > 1");
	ck_assert_int_eq(count("blobs"), 1);
	sql_exec("PRAGMA foreign_keys = OFF; DELETE FROM pages");
	ck_assert_int_eq(count("blobs"), 0);
	bulletin_free(&b);
}
END_TEST

/* A version-4 file (bodies in pages) is migrated: each distinct body
 * moved into blobs once, as it was; reparse reads them. */
START_TEST(test_upgrade_moves_bodies_to_blobs)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct parse_opts o;

	model_v1(&b);
	ck_assert_int_eq(ingest(c, "<p>one", T0, &b, &r), INGEST_NEW);
	{
		struct page pg = { "http://example.jp/alias.html",
			           (const unsigned char *)"<p>one",
			           6,
			           NULL,
			           NULL,
			           T0 };
		ck_assert_int_eq(catalogue_ingest_model(c, &pg, &b, &r), 0);
	}
	catalogue_close(c);
	/* what a version-5 file (before blobs) looked like */
	sql_exec(
		"DROP INDEX revisions_order; ALTER TABLE revisions DROP COLUMN digest;"
		" DROP INDEX revisions_idless; DROP INDEX revisions_model_id;"
		" DROP INDEX revisions_updated; DROP INDEX revisions_registered;"
		" ALTER TABLE revisions DROP COLUMN model_id; ALTER TABLE revisions DROP COLUMN title;"
		" ALTER TABLE revisions DROP COLUMN registered;"
		" ALTER TABLE revisions DROP COLUMN severity;"
		" DROP TRIGGER pages_blob_gc; DROP INDEX pages_sha256;"
		" UPDATE pages SET body = CAST('<p>one' AS BLOB); DROP TABLE blobs;"
		" PRAGMA user_version = 5");
	c = open_cat();
	ck_assert_int_eq(sql_int("PRAGMA user_version"), 9);
	ck_assert_int_eq(count("blobs"), 1);
	ck_assert_int_eq(sql_int("SELECT method FROM blobs"), 0);
	ck_assert_int_eq(sql_int("SELECT sum(length(body)) FROM pages"), 0);
	parse_opts_init(&o);
	o.isolate = 0;
	ck_assert_int_eq(ingest_reparse(c, &o, NULL, NULL), 0);
	catalogue_close(c);
	bulletin_free(&b);
}
END_TEST

START_TEST(test_upgrade_from_version_1)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;

	model_v1(&b);
	ck_assert_int_eq(ingest(c, "v1", T0, &b, &r), INGEST_NEW);
	catalogue_close(c);
	/* what a version-1 file looked like */
	sql_exec(
		"DROP INDEX revisions_order; ALTER TABLE revisions DROP COLUMN digest;"
		" DROP INDEX revisions_idless; DROP INDEX revisions_model_id;"
		" DROP INDEX revisions_updated; DROP INDEX revisions_registered;"
		" ALTER TABLE revisions DROP COLUMN model_id; ALTER TABLE revisions DROP COLUMN title;"
		" ALTER TABLE revisions DROP COLUMN registered;"
		" ALTER TABLE revisions DROP COLUMN severity;"
		" ALTER TABLE bulletins DROP COLUMN superseded_by;"
		" ALTER TABLE pages DROP COLUMN key; ALTER TABLE pages DROP COLUMN diagnostics;"
		" DROP TABLE frontier; DROP TABLE runs; DROP TABLE robots;"
		" PRAGMA user_version = 1");
	c = open_cat();
	ck_assert_int_eq(ingest(c, "v1", T0, &b, &r), INGEST_UNCHANGED);
	catalogue_close(c);
	ck_assert_int_eq(sql_int("PRAGMA user_version"), 9);
	/* migration 9: each revision's digest, as it is stored with one */
	{
		char *model = sql_text("SELECT model FROM revisions");
		char *stored = sql_text("SELECT digest FROM revisions");
		char hex[65];
		ck_assert_ptr_nonnull(model);
		cat_revision_digest(model, strlen(model), NULL, hex);
		ck_assert_str_eq(stored, hex);
		free(model);
		free(stored);
	}
	ck_assert_int_eq(sql_int("SELECT count(*) FROM bulletins WHERE superseded_by IS NULL"), 1);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM frontier"), 0);
	bulletin_free(&b);
}
END_TEST

/* An id-less extraction of URL, as an old parser might have made it. */
static void
model_idless(struct bulletin *b)
{
	bulletin_init(b);
	b->kind = BULLETIN_OTHER;
	b->title = xstrdup("プラグ アンド プレイの脆弱性");
}

/* A model over HF_MAX_MODEL_BYTES is not stored: the page is a failure
 * naming its size, and the bulletin keeps its last good revision. */
START_TEST(test_model_size_limit)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;

	model_v1(&b);
	ck_assert_int_eq(ingest(c, "v1", T0, &b, &r), INGEST_NEW);
	free(b.summary);
	b.summary = xmalloc(HF_MAX_MODEL_BYTES + 1);
	memset(b.summary, 'x', HF_MAX_MODEL_BYTES);
	b.summary[HF_MAX_MODEL_BYTES] = '\0';
	ck_assert_int_eq(ingest(c, "huge", T0 + 60, &b, &r), INGEST_FAILED);
	ck_assert_msg(strstr(r.message, "over the limit of 1048576") != NULL, "%s", r.message);
	ck_assert_int_eq(count("revisions"), 1);
	ck_assert_int_eq(sql_int("SELECT length(model) < 4096 FROM revisions"), 1);
	bulletin_free(&b);
	catalogue_close(c);
}
END_TEST

/* The same id-less page at a second URL is the same document, not a second
 * item; another title, or no 登録日, is another one. */
START_TEST(test_idless_copy_at_another_url)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct page mirror = page("copy", T0 + 60);

	model_idless(&b);
	b.kind = BULLETIN_NOTICE;
	b.registered = xstrdup("2005-10-20");
	ck_assert_int_eq(ingest(c, "orig", T0, &b, &r), INGEST_NEW);
	mirror.url = "http://mirror.example.jp/notice.html";
	ck_assert_int_eq(catalogue_ingest_model(c, &mirror, &b, &r), 0);
	ck_assert_int_eq(r.status, INGEST_UNCHANGED);
	ck_assert_str_eq(r.key, URL);
	ck_assert_int_eq(count("bulletins"), 1);
	ck_assert_int_eq(count("revisions"), 1);

	mirror.url = "http://mirror.example.jp/other.html";
	mirror.body = (const unsigned char *)"other";
	mirror.len = 5;
	free(b.title);
	b.title = xstrdup("別の不具合情報");
	ck_assert_int_eq(catalogue_ingest_model(c, &mirror, &b, &r), 0);
	ck_assert_int_eq(r.status, INGEST_NEW);
	ck_assert_str_eq(r.key, "http://mirror.example.jp/other.html");

	mirror.url = "http://mirror.example.jp/undated.html";
	mirror.body = (const unsigned char *)"undated";
	mirror.len = 7;
	free(b.registered);
	b.registered = NULL;
	ck_assert_int_eq(catalogue_ingest_model(c, &mirror, &b, &r), 0);
	ck_assert_int_eq(r.status, INGEST_NEW);
	ck_assert_int_eq(count("bulletins"), 3);
	bulletin_free(&b);
	catalogue_close(c);
}
END_TEST

START_TEST(test_id_found_later_rekeys)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct cat_entry *e;
	size_t n;

	model_idless(&b);
	ck_assert_int_eq(ingest(c, "old", T0, &b, &r), INGEST_NEW);
	ck_assert_str_eq(r.key, URL);
	bulletin_free(&b);
	model_v1(&b);
	ck_assert_int_eq(ingest(c, "new", T0 + 60, &b, &r), INGEST_UPDATED);
	ck_assert_str_eq(r.key, "MS05-039");
	ck_assert_msg(strstr(r.message, "id") != NULL, "%s", r.message);
	ck_assert_int_eq(catalogue_list(c, &e, &n), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(e[0].key, "MS05-039");
	ck_assert_uint_eq(e[0].revisions.n, 2);
	/* the first-seen stand-in gives way to the 登録日 found at last */
	ck_assert_str_eq(e[0].published, "2005-08-10T00:00:00+09:00");
	cat_entries_free(e, n);
	catalogue_close(c);
	ck_assert_int_eq(count("bulletins"), 1);
	bulletin_free(&b);
}
END_TEST

START_TEST(test_id_found_later_supersedes)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct cat_entry *e;
	size_t n;
	const char *mirror = "http://mirror.example.jp/ms05-039.html";
	struct page pg = { mirror, (const unsigned char *)"old", 3, NULL, NULL, T0 + 60 };

	model_v1(&b);
	ck_assert_int_eq(ingest(c, "v1", T0, &b, &r), INGEST_NEW);
	bulletin_free(&b);
	model_idless(&b);
	ck_assert_int_eq(catalogue_ingest_model(c, &pg, &b, &r), 0);
	ck_assert_int_eq(r.status, INGEST_NEW);
	bulletin_free(&b);
	model_v1(&b);
	pg.body = (const unsigned char *)"new";
	ck_assert_int_eq(catalogue_ingest_model(c, &pg, &b, &r), 0);
	ck_assert_int_eq(r.status, INGEST_UNCHANGED);
	ck_assert_str_eq(r.key, "MS05-039");
	ck_assert_int_eq(catalogue_list(c, &e, &n), 0);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(e[0].key, "MS05-039");
	cat_entries_free(e, n);
	catalogue_close(c);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM bulletins WHERE superseded_by IS NOT NULL"),
	                 1);
	bulletin_free(&b);
}
END_TEST

struct seen_results {
	int n, by_status[INGEST_FAILED + 1];
};

static void
collect(void *arg, const char *url, const struct ingest_result *r)
{
	struct seen_results *sr = arg;

	ck_assert_ptr_nonnull(url);
	sr->n++;
	sr->by_status[r->status]++;
}

/* A page's diagnostics are stored with it (pages.diagnostics) and given
 * back for the same bytes again; a reparse replaces them with the
 * parser's, a page stored before them (NULL) included. */
START_TEST(test_diagnostics_stored)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct parse_opts o;
	const char *html = "<html><head><meta charset=\"utf-8\"></head><body><table>"
			   "<tr><td>脆弱性識別番号<td>MS06-099/999999</table><p>見出し";
	struct page pg = { "http://example.jp/t.html",
		           (const unsigned char *)html,
		           strlen(html),
		           NULL,
		           NULL,
		           T0 };

	model_v1(&b);
	bulletin_diag(&b, DIAG_NO_FOOTER, "no footer");
	bulletin_diag(&b, DIAG_NO_KB, "no KB");
	ck_assert_int_eq(ingest(c, "v1", T0, &b, &r), INGEST_NEW);
	ck_assert_uint_eq(r.diags.n, 2);
	ck_assert_str_eq(r.diags.v[1].code, "no-kb");
	catalogue_ingest_result_free(&r);
	ck_assert_int_eq(ingest(c, "v1", T0 + 60, &b, &r), INGEST_UNCHANGED); /* same bytes */
	ck_assert_uint_eq(r.diags.n, 2);
	ck_assert_int_eq(r.diags.v[0].level, DIAG_WARNING);
	ck_assert_str_eq(r.diags.v[0].message, "no footer");
	catalogue_ingest_result_free(&r);
	bulletin_free(&b);

	ck_assert_int_eq(catalogue_ingest_model(c, &pg, NULL, &r), 0); /* not parsed */
	ck_assert_int_eq(r.status, INGEST_FAILED);
	ck_assert_uint_eq(r.diags.n, 0);
	parse_opts_init(&o);
	o.isolate = 0;
	ck_assert_int_eq(ingest_reparse(c, &o, NULL, NULL), 0);
	catalogue_close(c);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM pages WHERE url = 'http://example.jp/t.html'"
	                         " AND json_extract(diagnostics, '$[0].code') = 'truncated'"
	                         " AND json_extract(diagnostics, '$[0].level') = 'error'"),
	                 1);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM pages WHERE diagnostics IS NULL"), 0);
	c = open_cat();
	ck_assert_int_eq(ingest_page(c, &pg, &o, &r), 0);
	ck_assert_int_eq(r.status, INGEST_UNCHANGED);
	ck_assert_uint_eq(diag_list_count(&r.diags, DIAG_ERROR),
	                  2); /* truncated, alert-incomplete */
	catalogue_ingest_result_free(&r);
	catalogue_close(c);
}
END_TEST

/* Reparse with the real parser: whatever it extracts, a second reparse
 * changes nothing, and a page that failed before is parsed now. */
START_TEST(test_reparse)
{
	struct catalogue *c = open_cat();
	struct bulletin empty;
	struct ingest_result r;
	struct parse_opts o;
	struct seen_results sr = { 0 };
	const char *html = "<html><head><meta charset=\"utf-8\"></head>"
			   "<body><p>HotFix Report</p></body></html>";
	struct page pg = { "http://example.jp/a.html",
		           (const unsigned char *)html,
		           strlen(html),
		           NULL,
		           NULL,
		           T0 };
	struct page bad = {
		"http://example.jp/b.html", (const unsigned char *)"x", 1, NULL, NULL, T0
	};
	long long revs;

	bulletin_init(&empty);
	empty.kind = BULLETIN_OTHER;
	ck_assert_int_eq(catalogue_ingest_model(c, &pg, &empty, &r), 0);
	ck_assert_int_eq(catalogue_ingest_model(c, &bad, NULL, &r), 0);
	ck_assert_int_eq(r.status, INGEST_FAILED);
	parse_opts_init(&o);
	o.isolate = 0;
	catalogue_set_now(c, T0 + 86400);
	ck_assert_int_eq(ingest_reparse(c, &o, collect, &sr), 0);
	ck_assert_int_eq(sr.n, 2);
	ck_assert_int_eq(sr.by_status[INGEST_NEW], 1); /* b.html, parsed at last */
	ck_assert_int_eq(sr.by_status[INGEST_FAILED], 0);
	ck_assert_int_eq(sr.by_status[INGEST_REGRESSION], 0); /* nothing to lose */
	catalogue_close(c);
	revs = count("revisions");
	ck_assert_int_eq(sql_int("SELECT count(*) FROM pages WHERE status = 'failed'"), 0);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM revisions WHERE number > 1"
	                         " AND seen <> 1123736400"),
	                 0); /* made "now" */

	c = open_cat();
	memset(&sr, 0, sizeof sr);
	ck_assert_int_eq(ingest_reparse(c, &o, collect, &sr), 0);
	ck_assert_int_eq(sr.by_status[INGEST_UNCHANGED], 2);
	/* known bytes are not parsed again: a parse with max_bytes 1 would fail */
	o.max_bytes = 1;
	ck_assert_int_eq(ingest_page(c, &pg, &o, &r), 0);
	ck_assert_int_eq(r.status, INGEST_UNCHANGED);
	catalogue_ingest_result_free(&r);
	/* the same bytes ingested again: answered from the stored page */
	ck_assert_int_eq(catalogue_ingest_model(c, &bad, NULL, &r), 0);
	ck_assert_int_eq(r.status, INGEST_UNCHANGED);
	catalogue_ingest_result_free(&r);
	catalogue_close(c);
	ck_assert_int_eq(count("revisions"), revs);
	ck_assert_int_eq(count("pages"), 2);
	bulletin_free(&empty);
}
END_TEST

/* Two URLs for one bulletin (a mirror, another encoding): an older 更新日 or
 * a copy without a later one never becomes a revision. */
START_TEST(test_copies_and_older_versions)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	struct page mirror = { "http://mirror.example.jp/039.html",
		               (const unsigned char *)"m1",
		               2,
		               NULL,
		               NULL,
		               T0 + 10 };

	model_v1(&b);
	free(b.updated);
	b.updated = xstrdup("2005-08-20");
	ck_assert_int_eq(ingest(c, "v2", T0, &b, &r), INGEST_NEW);
	/* the same URL later serves the older page again */
	free(b.updated);
	b.updated = xstrdup("2005-08-10");
	ck_assert_int_eq(ingest(c, "v1", T0 + 5, &b, &r), INGEST_UNCHANGED);
	ck_assert_msg(strstr(r.message, "older") != NULL, "%s", r.message);
	/* a mirror's copy, same 更新日, extracted slightly differently */
	free(b.updated);
	b.updated = xstrdup("2005-08-20");
	free(b.title);
	b.title = xstrdup("another markup style's title");
	ck_assert_int_eq(catalogue_ingest_model(c, &mirror, &b, &r), 0);
	ck_assert_int_eq(r.status, INGEST_UNCHANGED);
	ck_assert_msg(strstr(r.message, "copy") != NULL, "%s", r.message);
	/* the mirror with a later 更新日 is a revision */
	free(b.updated);
	b.updated = xstrdup("2005-08-30");
	mirror.body = (const unsigned char *)"m2";
	ck_assert_int_eq(catalogue_ingest_model(c, &mirror, &b, &r), 0);
	ck_assert_int_eq(r.status, INGEST_UPDATED);
	catalogue_close(c);
	ck_assert_int_eq(count("revisions"), 2);
	ck_assert_int_eq(count("pages"), 3); /* "v1" (older, unreferenced) pruned */
	bulletin_free(&b);
}
END_TEST

START_TEST(test_unreferenced_pages_pruned)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	char body[32];

	model_v1(&b);
	for (int i = 0; i < 10; i++) { /* a rotating banner: new bytes every run */
		snprintf(body, sizeof body, "page, banner %d", i);
		ingest(c, body, T0 + i, &b, &r);
	}
	catalogue_close(c);
	ck_assert_int_eq(count("pages"), 2); /* revision 1's page and the latest */
	ck_assert_int_eq(sql_int("SELECT max(seen) FROM pages"), T0 + 9);
	bulletin_free(&b);
}
END_TEST

/* A model's text read as members: spaces and a repeated key read as
 * jansson reads them; equal values are no change, whatever their bytes. */
START_TEST(test_models_compared_as_members)
{
	struct cat_model a, b, c;
	struct cat_changes ch;
	const char *old = "{ \"title\" : \"x\" , \"kb\":[\"1\", \"2\"],\n \"title\":\"y\" }";
	const char *same = "{\"title\":\"y\",\"kb\":[\"1\",\"2\"]}";
	const char *other = "{\"title\":\"y\",\"kb\":[ ]}";
	char *lost;

	ck_assert_int_eq(cat_model_read(&a, old, strlen(old)), 0);
	ck_assert_uint_eq(a.v.n, 2);
	ck_assert_int_eq(cat_model_read(&b, same, strlen(same)), 0);
	ck_assert_ptr_null(b.text); /* split in place */
	ck_assert_int_eq(cat_model_read(&c, other, strlen(other)), 0);
	ck_assert_int_eq(cat_diff(&a, &b, SIZE_MAX, &ch), 0);
	ck_assert_uint_eq(ch.v.n, 0);
	cat_changes_free(&ch);
	ck_assert_ptr_null(cat_lost_fields(&a, &b));
	ck_assert_int_eq(cat_diff(&a, &c, SIZE_MAX, &ch), 0);
	ck_assert_uint_eq(ch.v.n, 1);
	ck_assert_str_eq(ch.v.v[0].field, "kb");
	ck_assert_str_eq(ch.v.v[0].old_value, "[\"1\",\"2\"]");
	ck_assert_str_eq(ch.v.v[0].new_value, "[]");
	cat_changes_free(&ch);
	lost = cat_lost_fields(&a, &c);
	ck_assert_str_eq(lost, "kb");
	free(lost);
	cat_model_free(&a);
	cat_model_free(&b);
	cat_model_free(&c);
	/* escaped quotes and backslashes inside strings and keys */
	old = "{\"ti\\\"tle\":\"say \\\"hi\\\" \\\\\",\"kb\":[\"1\\\\\"]}";
	ck_assert_int_eq(cat_model_read(&a, old, strlen(old)), 0);
	ck_assert_uint_eq(a.v.n, 2);
	ck_assert_str_eq(a.v.v[0].key, "ti\"tle");
	ck_assert_int_eq((int)a.v.v[0].len, 15);
	ck_assert_str_eq(cat_model_get(&a, "kb")->val, "[\"1\\\\\"]}");
	cat_model_free(&a);
	/* not an object: no members; not JSON: refused */
	ck_assert_int_eq(cat_model_read(&a, "[1]", 3), 0);
	ck_assert_uint_eq(a.v.n, 0);
	cat_model_free(&a);
	ck_assert_int_eq(cat_model_read(&a, "{\"a\":", 5), -1);
	cat_model_free(&a);
}
END_TEST

/* A parser's answer stored as it came: b's canonical text with the member
 * named key replaced by value (NULL: as is). */
static int
store_answer(struct catalogue *c, const char *body, time_t seen, const struct bulletin *b,
             const char *key, const char *value, struct ingest_result *r)
{
	struct page pg = page(body, seen);
	struct bulletin_json m = { 0 };
	struct buf t;
	char *text = bulletin_json_text(b, NULL), *at, *end;
	char pat[64];
	int rc;

	buf_init(&t, 0);
	snprintf(pat, sizeof pat, "\"%s\":", key ? key : "");
	at = key ? strstr(text, pat) : NULL;
	if (at != NULL) {
		at += strlen(pat);
		/* the values replaced here are scalars or arrays of strings */
		end = at[0] == '['   ? strchr(at, ']') + 1
		      : at[0] == '"' ? strchr(at + 1, '"') + 1
		                     : strpbrk(at, ",}");
		buf_append(&t, text, (size_t)(at - text));
		buf_puts(&t, value);
		buf_puts(&t, end);
	} else {
		buf_puts(&t, text);
	}
	free(text);
	m.text = buf_steal(&t, &m.len);
	rc = catalogue_store_page(c, &pg, 0, NULL, &m, NULL, r);
	bulletin_json_free(&m);
	return rc;
}

/* The head of an answer is read first, the whole of it only to store it:
 * an answer rejected then fails the page and leaves nothing else. */
START_TEST(test_answer_read_whole_before_stored)
{
	struct catalogue *c = open_cat();
	struct bulletin b;
	struct ingest_result r;
	char *text;

	model_v1(&b);
	ck_assert_int_eq(store_answer(c, "v1", T0, &b, NULL, NULL, &r), 0);
	ck_assert_int_eq(r.status, INGEST_NEW);
	ck_assert_str_eq(r.key, "MS05-039");
	ck_assert_str_eq(r.encoding, "Shift_JIS (meta)");
	catalogue_ingest_result_free(&r);
	/* a new revision whose kb is not a list: rejected, nothing but the page */
	free(b.updated);
	b.updated = xstrdup("2005-08-20");
	ck_assert_int_eq(store_answer(c, "v2", T0 + 60, &b, "kb", "5", &r), 0);
	ck_assert_int_eq(r.status, INGEST_FAILED);
	ck_assert_str_eq(r.key, "");
	ck_assert_ptr_nonnull(strstr(r.message, "parser answer rejected: "));
	ck_assert_ptr_nonnull(strstr(r.message, "kb"));
	catalogue_ingest_result_free(&r);
	ck_assert_int_eq(sql_int("SELECT count(*) FROM pages WHERE status = 'failed'"), 1);
	ck_assert_int_eq(count("revisions"), 1);
	/* a member that is not JSON at all, where the diff reads it */
	ck_assert_int_eq(store_answer(c, "v3", T0 + 120, &b, "kb", "[\"899588\"", &r), 0);
	ck_assert_int_eq(r.status, INGEST_FAILED);
	ck_assert_str_eq(r.message, "parser answer is not JSON");
	catalogue_ingest_result_free(&r);
	/* a head member of the wrong type: failed before anything is read */
	ck_assert_int_eq(store_answer(c, "v4", T0 + 180, &b, "updated", "20050820", &r), 0);
	ck_assert_int_eq(r.status, INGEST_FAILED);
	ck_assert_ptr_nonnull(strstr(r.message, "parser answer rejected: "));
	catalogue_ingest_result_free(&r);
	/* a new bulletin rejected whole: no bulletin, no revision */
	free(b.id);
	b.id = xstrdup("MS05-040");
	ck_assert_int_eq(store_answer(c, "v5", T0 + 240, &b, "kb", "{}", &r), 0);
	ck_assert_int_eq(r.status, INGEST_FAILED);
	catalogue_ingest_result_free(&r);
	/* the same answer, whole: stored byte for byte */
	ck_assert_int_eq(store_answer(c, "v6", T0 + 300, &b, NULL, NULL, &r), 0);
	ck_assert_int_eq(r.status, INGEST_NEW);
	catalogue_ingest_result_free(&r);
	catalogue_close(c);
	ck_assert_int_eq(count("bulletins"), 2);
	ck_assert_int_eq(count("revisions"), 2);
	ck_assert_int_eq(count("pages"), 2); /* the failed ones pruned by the last */
	text = bulletin_json_text(&b, NULL);
	ck_assert_int_eq(sql_int("SELECT length(CAST(model AS BLOB)) FROM revisions WHERE id = 2"),
	                 (long long)strlen(text));
	free(text);
	bulletin_free(&b);
}
END_TEST

static Suite *
catalogue_suite(void)
{
	Suite *s = suite_create("catalogue");
	TCase *tc = tcase_create("catalogue");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_migrate_and_reopen);
	tcase_add_test(tc, test_models_compared_as_members);
	tcase_add_test(tc, test_answer_read_whole_before_stored);
	tcase_add_test(tc, test_find_copy_is_an_index_search);
	tcase_add_test(tc, test_newer_schema_refused);
	tcase_add_test(tc, test_upgrade_from_version_1);
	tcase_add_test(tc, test_id_found_later_rekeys);
	tcase_add_test(tc, test_id_found_later_supersedes);
	tcase_add_test(tc, test_foreign_file_refused);
	tcase_add_test(tc, test_same_bytes_twice);
	tcase_add_test(tc, test_revision_v1_v2);
	tcase_add_test(tc, test_variant_pairs_and_whitespace_unchanged);
	tcase_add_test(tc, test_real_text_change_is_a_revision);
	tcase_add_test(tc, test_supersedes_added_to_the_model);
	tcase_add_test(tc, test_regression_keeps_last_good);
	tcase_add_test(tc, test_failed_parse_stores_raw_page);
	tcase_add_test(tc, test_no_id_keyed_by_url_and_order);
	tcase_add_test(tc, test_copies_and_older_versions);
	tcase_add_test(tc, test_reparse);
	tcase_add_test(tc, test_diagnostics_stored);
	tcase_add_test(tc, test_unreferenced_pages_pruned);
	tcase_add_test(tc, test_idless_copy_at_another_url);
	tcase_add_test(tc, test_model_size_limit);
	tcase_add_test(tc, test_http_state_round_trip);
	tcase_add_test(tc, test_failure_mid_transaction_writes_nothing);
	tcase_add_test(tc, test_batch_crash_loses_only_the_open_batch);
	tcase_add_test(tc, test_batch_failed_write_undoes_only_itself);
	tcase_add_test(tc, test_aliases_stored_once);
	tcase_add_test(tc, test_revision_digests);
	tcase_add_test(tc, test_upgrade_moves_bodies_to_blobs);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(catalogue_suite)
