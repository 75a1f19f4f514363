/*
 * catalogue.c — opening the catalogue, the shared SQLite helpers, and the
 * small per-URL/per-host HTTP state tables; see catalogue.h.
 * Ingest is in catalogue_store.c/catalogue_parse.c, listing in
 * catalogue_list.c, content comparison in catalogue_diff.c, the schema in
 * catalogue_schema.c.
 */
#include "store/catalogue_impl.h"
#include "core/sha256.h"
#include "core/util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* How long a writer waits for another process's transaction. */
#define BUSY_TIMEOUT_MS 15000

int
cat_fail(struct catalogue *cat, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(cat->err, sizeof cat->err, fmt, ap);
	va_end(ap);
	return -1;
}

int
cat_dberr(struct catalogue *cat, const char *what)
{
	return cat_fail(cat, "%s: %s", what, sqlite3_errmsg(cat->db));
}

int
cat_exec(struct catalogue *cat, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(cat->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		cat_fail(cat, "database: %s", msg ? msg : sqlite3_errmsg(cat->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

int
cat_prepare(struct catalogue *cat, sqlite3_stmt **st, const char *sql)
{
	if (sqlite3_prepare_v2(cat->db, sql, -1, st, NULL) != SQLITE_OK) {
		*st = NULL;
		return cat_dberr(cat, "database");
	}
	return 0;
}

int
cat_keep(struct catalogue *cat, sqlite3_stmt **st, const char *sql)
{
	for (unsigned i = 0; i < cat->nkept; i++)
		if (cat->kept[i].sql == sql) {
			*st = cat->kept[i].st;
			return 0;
		}
	if (cat_prepare(cat, st, sql) < 0)
		return -1;
	if (cat->nkept < CAT_KEPT_MAX) {
		cat->kept[cat->nkept].sql = sql;
		cat->kept[cat->nkept++].st = *st;
	}
	return 0;
}

void
cat_release(struct catalogue *cat, sqlite3_stmt *st)
{
	for (unsigned i = 0; st && i < cat->nkept; i++)
		if (cat->kept[i].st == st) {
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			return;
		}
	sqlite3_finalize(st);
}

/* A statement without rows, kept prepared (the savepoints of a batch). */
static int
exec_kept(struct catalogue *cat, const char *sql)
{
	sqlite3_stmt *st;
	int rc;

	if (cat_keep(cat, &st, sql) < 0)
		return -1;
	rc = sqlite3_step(st) == SQLITE_DONE ? 0 : cat_dberr(cat, "database");
	cat_release(cat, st);
	return rc;
}

/* In a batch: the batch's transaction (opened on first use), then a
 * savepoint for this write. */
int
cat_begin(struct catalogue *cat)
{
	if (!cat->batch)
		return cat_exec(cat, "BEGIN IMMEDIATE");
	if (sqlite3_get_autocommit(cat->db)) {
		if (cat_exec(cat, "BEGIN IMMEDIATE") < 0)
			return -1;
		clock_gettime(CLOCK_MONOTONIC, &cat->batch_t0);
	}
	return exec_kept(cat, "SAVEPOINT hf_write");
}

int
cat_commit(struct catalogue *cat)
{
	if ((cat->batch ? exec_kept(cat, "RELEASE hf_write") : cat_exec(cat, "COMMIT")) < 0) {
		cat_rollback(cat);
		return -1;
	}
	return 0;
}

/* In a batch only this write is undone, unless SQLite already ended the
 * whole transaction (disk full, I/O error): then the batch is lost. */
void
cat_rollback(struct catalogue *cat)
{
	if (sqlite3_get_autocommit(cat->db)) {
		if (cat->batch && cat->batch_ticks > 0) {
			cat->batch_lost += cat->batch_ticks;
			cat->batch_ticks = 0;
		}
		return;
	}
	if (cat->batch)
		sqlite3_exec(cat->db, "ROLLBACK TO hf_write; RELEASE hf_write", NULL, NULL, NULL);
	else
		sqlite3_exec(cat->db, "ROLLBACK", NULL, NULL, NULL);
}

/* ---- batches ------------------------------------------------------------- */

/*
 * A batch keeps the savepoints' journal in memory: each page's savepoint
 * journals every database page it changes first, and on file that was 90 MB
 * of writes for the 2,000 bench pages (44,000 pwrite calls, a third of the
 * parent's system time).  It holds one page's changes at a time (emptied
 * when the savepoint is released).  Only within a batch: elsewhere temporary
 * storage (sorts of large queries) stays on file.  Set before the batch's
 * transaction opens (a transaction picks it when it begins); a failure to
 * set it only costs time.
 */
static void
temp_store(struct catalogue *cat, const char *mode)
{
	char sql[48];

	snprintf(sql, sizeof sql, "PRAGMA temp_store = %s", mode);
	(void)sqlite3_exec(cat->db, sql, NULL, NULL, NULL);
}

int
catalogue_batch_begin(struct catalogue *cat, unsigned pages, unsigned ms)
{
	temp_store(cat, "MEMORY");
	cat->batch = 1;
	cat->batch_max = pages ? pages : 1;
	cat->batch_ms = ms;
	cat->batch_ticks = 0;
	cat->batch_lost = 0;
	return 0;
}

/* Commit what the batch holds; -1 when it or an earlier part was lost. */
static int
batch_commit(struct catalogue *cat)
{
	unsigned ticks = cat->batch_ticks, lost;

	cat->batch_ticks = 0;
	if (!sqlite3_get_autocommit(cat->db) && cat_exec(cat, "COMMIT") < 0) {
		sqlite3_exec(cat->db, "ROLLBACK", NULL, NULL, NULL);
		cat->batch_lost += ticks;
		lost = cat->batch_lost;
		cat->batch_lost = 0;
		return cat_fail(cat, "%s (the last %u page(s) were not stored)", cat->err, lost);
	}
	if ((lost = cat->batch_lost) > 0) {
		cat->batch_lost = 0;
		return cat_fail(cat, "a database error undid the batch: %u page(s) were not stored",
		                lost);
	}
	return 0;
}

int
catalogue_batch_tick(struct catalogue *cat)
{
	struct timespec now;
	long long ms;

	if (!cat->batch)
		return 0;
	if (sqlite3_get_autocommit(cat->db))
		return batch_commit(cat); /* nothing open: only a loss to report */
	cat->batch_ticks++;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (now.tv_sec - cat->batch_t0.tv_sec) * 1000LL +
	     (now.tv_nsec - cat->batch_t0.tv_nsec) / 1000000;
	if (cat->batch_ticks < cat->batch_max && ms < (long long)cat->batch_ms)
		return 0;
	return batch_commit(cat);
}

int
catalogue_batch_end(struct catalogue *cat)
{
	int rc;

	if (!cat->batch)
		return 0;
	rc = batch_commit(cat);
	cat->batch = 0;
	temp_store(cat, "DEFAULT");
	return rc;
}

int
cat_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL)
		return sqlite3_bind_null(st, i) == SQLITE_OK ? 0 : -1;
	return sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT) == SQLITE_OK ? 0 : -1;
}

char *
cat_column_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *s = sqlite3_column_text(st, i);

	return s ? xstrdup((const char *)s) : NULL;
}

time_t
cat_now(const struct catalogue *cat)
{
	return cat->now_override ? cat->now_override : time(NULL);
}

void
catalogue_set_now(struct catalogue *cat, time_t now)
{
	cat->now_override = now;
}

/* Tests only: HOTFEED_TEST_MAX_PAGES=N caps the file at N pages, so a
 * "disk full" (SQLITE_FULL) can be had where no small filesystem can be
 * mounted. */
static int
test_page_cap(struct catalogue *cat)
{
	const char *env = getenv("HOTFEED_TEST_MAX_PAGES");
	char sql[64];
	long n;

	if (env == NULL || util_parse_decimal(env, 1, 1L << 30, &n) < 0)
		return 0;
	snprintf(sql, sizeof sql, "PRAGMA max_page_count = %ld", n);
	return cat_exec(cat, sql);
}

/* hotfeed_sha256(text): the SHA-256 of its bytes as 64 hex digits (NULL
 * for NULL): CAT_REVISION_DIGEST_SQL. */
static void
sql_sha256(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const void *p = sqlite3_value_text(argv[0]);
	char hex[65];

	(void)argc;
	if (p == NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	sha256_hex(p, (size_t)sqlite3_value_bytes(argv[0]), hex);
	sqlite3_result_text(ctx, hex, 64, SQLITE_TRANSIENT);
}

static int
add_functions(struct catalogue *cat)
{
	return sqlite3_create_function(cat->db, "hotfeed_sha256", 1,
	                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, NULL,
	                               sql_sha256, NULL, NULL) == SQLITE_OK
	               ? 0
	               : cat_dberr(cat, "registering hotfeed_sha256");
}

void
cat_revision_digest(const char *model, size_t len, const struct cat_changes *ch, char hex[65])
{
	struct sha256 h;

	sha256_init(&h);
	sha256_update(&h, model, len);
	sha256_update(&h, "\x1d", 1);
	for (size_t i = 0; ch != NULL && i < ch->v.n; i++) {
		const struct change *c = &ch->v.v[i];
		if (i > 0)
			sha256_update(&h, "\x1e", 1);
		sha256_update(&h, c->field, strlen(c->field));
		sha256_update(&h, "\x1f", 1);
		sha256_update(&h, c->old_value, strlen(c->old_value));
		sha256_update(&h, "\x1f", 1);
		sha256_update(&h, c->new_value, strlen(c->new_value));
	}
	sha256_final_hex(&h, hex);
}

static int
configure(struct catalogue *cat)
{
	sqlite3_busy_timeout(cat->db, BUSY_TIMEOUT_MS);
	sqlite3_extended_result_codes(cat->db, 1);
	if (add_functions(cat) < 0)
		return -1;
	return cat_exec(cat, "PRAGMA foreign_keys = ON;"
	                     "PRAGMA journal_mode = WAL;"
	                     "PRAGMA synchronous = FULL;") < 0
	               ? -1
	               : test_page_cap(cat);
}

/*
 * Switching a new file to WAL and migrating it can meet SQLITE_BUSY without
 * the busy handler being asked (another process is doing the same at that
 * moment): retry for as long as the busy timeout would have waited.
 */
static int
setup_retrying(struct catalogue *cat)
{
	const struct timespec pause = { 0, 20 * 1000 * 1000 };

	for (int waited = 0;; waited += 20) {
		if (configure(cat) == 0 && cat_migrate(cat) == 0)
			return 0;
		if ((sqlite3_errcode(cat->db) & 0xff) != SQLITE_BUSY || waited >= BUSY_TIMEOUT_MS)
			return -1;
		nanosleep(&pause, NULL);
	}
}

/* How a command opens the catalogue: see catalogue.h. */
enum open_mode { OPEN_CREATE, OPEN_EXISTING, OPEN_READONLY, OPEN_IMMUTABLE };

/* path as an SQLite URI with mode=ro or immutable=1: '?', '#' and '%'
 * escaped, a relative path kept relative. */
static char *
readonly_uri(const char *path, int immutable)
{
	struct buf b;

	buf_init(&b, 0);
	buf_puts(&b, "file:");
	for (const char *p = path; *p; p++)
		if (*p == '?' || *p == '#' || *p == '%')
			buf_printf(&b, "%%%02X", (unsigned char)*p);
		else
			buf_putc(&b, *p);
	buf_puts(&b, immutable ? "?immutable=1" : "?mode=ro");
	return buf_steal(&b, NULL);
}

/* A read-only connection changes nothing: no journal mode, no migration. */
static int
setup_readonly(struct catalogue *cat)
{
	int version;

	sqlite3_busy_timeout(cat->db, BUSY_TIMEOUT_MS);
	sqlite3_extended_result_codes(cat->db, 1);
	if (add_functions(cat) < 0 || cat_exec(cat, "PRAGMA foreign_keys = ON") < 0 ||
	    cat_file_version(cat, &version) < 0)
		return -1;
	if (version != cat_schema_version())
		return cat_fail(cat,
		                "the catalogue's schema (version %d) needs upgrading to %d by a "
		                "command that writes (ingest, reparse, fetch, run)",
		                version, cat_schema_version());
	return 0;
}

static struct catalogue *
open_as(const char *path, enum open_mode mode, char *err, size_t errlen)
{
	struct catalogue *cat;
	int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW;
	char *uri = NULL;
	struct stat st;
	int rc;

	/* like every file hotfeed writes: never through a symbolic link */
	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		snprintf(err, errlen, "%s: a symbolic link; refused (give the file it points to)",
		         path);
		return NULL;
	}
	cat = xcalloc(1, sizeof *cat);
	if (mode == OPEN_READONLY || mode == OPEN_IMMUTABLE) {
		uri = readonly_uri(path, mode == OPEN_IMMUTABLE);
		flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
	} else {
		flags |= SQLITE_OPEN_READWRITE | (mode == OPEN_CREATE ? SQLITE_OPEN_CREATE : 0);
	}
	rc = sqlite3_open_v2(uri ? uri : path, &cat->db, flags, NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		snprintf(err, errlen, "%s: %s", path,
		         cat->db ? sqlite3_errmsg(cat->db) : "cannot open");
		catalogue_close(cat);
		return NULL;
	}
	rc = mode == OPEN_READONLY || mode == OPEN_IMMUTABLE ? setup_readonly(cat)
	                                                     : setup_retrying(cat);
	if (rc < 0) {
		snprintf(err, errlen, "%s: %s", path, cat->err);
		catalogue_close(cat);
		return NULL;
	}
	return cat;
}

/* The catalogue must be there, a regular file: never created by mistake
 * (a typo in --db would otherwise make an empty one). */
static int
must_exist(const char *path, char *err, size_t errlen)
{
	struct stat st;

	if (stat(path, &st) != 0 && errno == ENOENT)
		snprintf(err, errlen,
		         "%s: no catalogue there (run 'hotfeed ingest' or "
		         "'hotfeed run' first)",
		         path);
	else if (stat(path, &st) != 0)
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
	else if (!S_ISREG(st.st_mode))
		snprintf(err, errlen, "%s: not a regular file", path);
	else
		return 0;
	return -1;
}

struct catalogue *
catalogue_open(const char *path, char *err, size_t errlen)
{
	return open_as(path, OPEN_CREATE, err, errlen);
}

struct catalogue *
catalogue_open_existing(const char *path, char *err, size_t errlen)
{
	return must_exist(path, err, errlen) < 0 ? NULL : open_as(path, OPEN_EXISTING, err, errlen);
}

/* Where the directory is not writable, SQLite cannot make the -shm file a
 * WAL reader needs: a catalogue closed cleanly (no -wal left) is then read
 * as immutable, which needs nothing but the file itself. */
struct catalogue *
catalogue_open_readonly(const char *path, char *err, size_t errlen)
{
	struct catalogue *cat;
	char *wal;
	struct stat st;
	int no_wal;

	if (must_exist(path, err, errlen) < 0)
		return NULL;
	if ((cat = open_as(path, OPEN_READONLY, err, errlen)) != NULL)
		return cat;
	wal = xasprintf("%s-wal", path);
	no_wal = stat(wal, &st) != 0 || st.st_size == 0;
	free(wal);
	if (no_wal && (cat = open_as(path, OPEN_IMMUTABLE, err, errlen)) != NULL)
		return cat;
	return NULL;
}

void
catalogue_close(struct catalogue *cat)
{
	if (cat == NULL)
		return;
	catalogue_batch_end(cat);
	for (unsigned i = 0; i < cat->nkept; i++)
		sqlite3_finalize(cat->kept[i].st);
	cat_blob_close(cat);
	sqlite3_close(cat->db);
	free(cat);
}

const char *
catalogue_error(const struct catalogue *cat)
{
	return cat->err;
}

void
catalogue_ingest_result_free(struct ingest_result *res)
{
	diag_list_free(&res->diags);
}

const char *
catalogue_ingest_status_name(enum ingest_status s)
{
	static const char *const names[] = {
		[INGEST_NEW] = "new",
		[INGEST_UPDATED] = "updated",
		[INGEST_UNCHANGED] = "unchanged",
		[INGEST_REGRESSION] = "regression",
		[INGEST_FAILED] = "failed",
	};

	return (unsigned)s < sizeof names / sizeof *names ? names[s] : "?";
}

/* ---- HTTP state per URL ------------------------------------------------ */

int
catalogue_http_get(struct catalogue *cat, const char *url, struct http_state *st)
{
	sqlite3_stmt *q;
	int rc;

	memset(st, 0, sizeof *st);
	if (cat_prepare(cat, &q,
	                "SELECT etag, last_modified, body_sha256, retry_after,"
	                " last_status FROM http_state WHERE url = ?1") < 0)
		return -1;
	cat_bind_text(q, 1, url);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		st->etag = cat_column_dup(q, 0);
		st->last_modified = cat_column_dup(q, 1);
		st->body_sha256 = cat_column_dup(q, 2);
		st->retry_after = (time_t)sqlite3_column_int64(q, 3);
		st->last_status = sqlite3_column_int(q, 4);
	}
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return cat_dberr(cat, "reading HTTP state");
	return 0;
}

int
catalogue_http_put(struct catalogue *cat, const char *url, const struct http_state *st)
{
	sqlite3_stmt *q;
	int rc;

	if (cat_begin(cat) < 0)
		return -1;
	if (cat_prepare(cat, &q,
	                "INSERT OR REPLACE INTO http_state (url, etag, last_modified,"
	                " body_sha256, retry_after, last_status) VALUES (?1, ?2, ?3, ?4, ?5, ?6)") <
	    0) {
		cat_rollback(cat);
		return -1;
	}
	cat_bind_text(q, 1, url);
	cat_bind_text(q, 2, st->etag);
	cat_bind_text(q, 3, st->last_modified);
	cat_bind_text(q, 4, st->body_sha256);
	sqlite3_bind_int64(q, 5, (sqlite3_int64)st->retry_after);
	sqlite3_bind_int(q, 6, st->last_status);
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE) {
		cat_dberr(cat, "storing HTTP state");
		cat_rollback(cat);
		return -1;
	}
	return cat_commit(cat);
}

void
catalogue_http_state_free(struct http_state *st)
{
	free(st->etag);
	free(st->last_modified);
	free(st->body_sha256);
	memset(st, 0, sizeof *st);
}

int
catalogue_host_get_retry(struct catalogue *cat, const char *host, time_t *until)
{
	sqlite3_stmt *q;
	int rc;

	*until = 0;
	if (cat_prepare(cat, &q, "SELECT until FROM host_retry WHERE host = ?1") < 0)
		return -1;
	cat_bind_text(q, 1, host);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*until = (time_t)sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return cat_dberr(cat, "reading host retry time");
	return 0;
}

/* until == 0 forgets the host. */
int
catalogue_host_set_retry(struct catalogue *cat, const char *host, time_t until)
{
	sqlite3_stmt *q;
	int rc;

	if (cat_begin(cat) < 0)
		return -1;
	if (cat_prepare(cat, &q,
	                until ? "INSERT OR REPLACE INTO host_retry (host, until)"
	                        " VALUES (?1, ?2)"
	                      : "DELETE FROM host_retry WHERE host = ?1") < 0) {
		cat_rollback(cat);
		return -1;
	}
	cat_bind_text(q, 1, host);
	if (until)
		sqlite3_bind_int64(q, 2, (sqlite3_int64)until);
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE) {
		cat_dberr(cat, "storing host retry time");
		cat_rollback(cat);
		return -1;
	}
	return cat_commit(cat);
}

/* ---- time formats -------------------------------------------------------- */

static void
format_time(time_t t, long offset, const char *zone, char out[32])
{
	struct tm tm;
	time_t local = t + offset;

	size_t n;

	if (gmtime_r(&local, &tm) == NULL || (n = strftime(out, 24, "%Y-%m-%dT%H:%M:%S", &tm)) == 0)
		n = (size_t)snprintf(out, 24, "1970-01-01T00:00:00");
	snprintf(out + n, 32 - n, "%s", zone);
}

void
cat_time_utc(time_t t, char out[32])
{
	format_time(t, 0, "Z", out);
}

void
cat_time_jst(time_t t, char out[32])
{
	format_time(t, 9 * 3600, "+09:00", out);
}

int
cat_day_jst(const char *day, char out[32])
{
	if (day == NULL || strlen(day) != 10 || day[4] != '-' || day[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (day[i] < '0' || day[i] > '9'))
			return -1;
	snprintf(out, 32, "%sT00:00:00+09:00", day);
	return 0;
}
