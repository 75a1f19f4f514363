/*
 * catalogue_frontier.c — the crawl frontier and the runs of catalogue.h.
 *
 * Rules kept here:
 *  - a URL found once is never forgotten; finding it again only moves its
 *    rank (the smallest of the run that found it) and makes a page an
 *    index when it was found as one, never an index a page;
 *  - due in run R: never fetched, or next_run <= R; fetched in R: not due
 *    again in R;
 *  - re-check schedule: a page unchanged on its last K checks (K capped
 *    at FRONTIER_MAX_UNCHANGED) is due every 2^K runs, at a phase that
 *    depends on its URL so that the re-checks spread over the runs
 *    instead of all falling in the same one; an index page every run.
 */
#include "store/catalogue_impl.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

static const char *const pending_names[] = {
	[FRONTIER_BUDGET] = "budget",
	[FRONTIER_DEFERRED] = "deferred",
	[FRONTIER_ROBOTS] = "robots",
	[FRONTIER_INTERRUPTED] = "interrupted",
};

const char *
catalogue_frontier_pending_name(enum frontier_outcome o)
{
	return o >= FRONTIER_BUDGET && o <= FRONTIER_INTERRUPTED ? pending_names[o] : NULL;
}

/* One statement, bound by the caller through bind(), stepped to the end. */
static int
run_stmt(struct catalogue *cat, const char *sql, const char *what,
         void (*bind)(sqlite3_stmt *, const void *), const void *arg)
{
	sqlite3_stmt *q;
	int rc;
	if (cat_prepare(cat, &q, sql) < 0)
		return -1;
	bind(q, arg);
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : cat_dberr(cat, what);
}

struct begin_args {
	const char *command;
	time_t started;
};

static void
bind_begin(sqlite3_stmt *q, const void *arg)
{
	const struct begin_args *a = arg;
	cat_bind_text(q, 1, a->command);
	sqlite3_bind_int64(q, 2, (sqlite3_int64)a->started);
}

int
catalogue_run_begin(struct catalogue *cat, const char *command, time_t started, long *run)
{
	struct begin_args a = { command, started };
	if (cat_begin(cat) < 0)
		return -1;
	if (run_stmt(cat, "INSERT INTO runs (command, started) VALUES (?1, ?2)", "starting a run",
	             bind_begin, &a) < 0 ||
	    cat_exec(cat, "UPDATE frontier SET pending = NULL WHERE pending IS NOT NULL") < 0) {
		cat_rollback(cat);
		return -1;
	}
	*run = (long)sqlite3_last_insert_rowid(cat->db);
	return cat_commit(cat);
}

struct end_args {
	long run;
	const struct run_record *rec;
};

static void
bind_end(sqlite3_stmt *q, const void *arg)
{
	const struct end_args *a = arg;
	sqlite3_bind_int64(q, 1, a->run);
	sqlite3_bind_double(q, 2, a->rec->seconds);
	sqlite3_bind_int64(q, 3, a->rec->requests);
	sqlite3_bind_int(q, 4, a->rec->exit_code);
	sqlite3_bind_int(q, 5, a->rec->interrupted);
	cat_bind_text(q, 6, a->rec->counts);
	sqlite3_bind_int64(q, 7, a->rec->pending);
}

int
catalogue_run_end(struct catalogue *cat, long run, const struct run_record *rec)
{
	struct end_args a = { run, rec };
	return run_stmt(cat,
	                "UPDATE runs SET seconds = ?2, requests = ?3, exit_code = ?4,"
	                " interrupted = ?5, counts = ?6, pending = ?7 WHERE id = ?1",
	                "recording the run", bind_end, &a);
}

long
cat_query_long(struct catalogue *cat, const char *sql, long arg)
{
	sqlite3_stmt *q;
	long n = 0;
	int rc;
	if (cat_prepare(cat, &q, sql) < 0)
		return -1;
	if (sqlite3_bind_parameter_count(q) > 0)
		sqlite3_bind_int64(q, 1, arg);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		n = (long)sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? n : cat_dberr(cat, sql);
}

long
catalogue_runs_before(struct catalogue *cat, long run)
{
	return cat_query_long(cat, "SELECT count(*) FROM runs WHERE id < ?1", run);
}

long
catalogue_bulletin_count(struct catalogue *cat)
{
	return cat_query_long(cat, "SELECT count(*) FROM bulletins WHERE superseded_by IS NULL", 0);
}

int
catalogue_frontier_add(struct catalogue *cat, long run, const struct frontier_link *v, size_t n,
                       int *is_index)
{
	sqlite3_stmt *q;
	if (n == 0)
		return 0;
	if (cat_begin(cat) < 0)
		return -1;
	if (cat_prepare(
		    cat, &q,
		    "INSERT INTO frontier (url, kind, root, depth, rank, found_run, seen_run)"
		    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
		    " ON CONFLICT (url) DO UPDATE SET"
		    "  kind = CASE WHEN frontier.kind = 'index' THEN 'index' ELSE excluded.kind END,"
		    "  root = excluded.root, depth = excluded.depth,"
		    "  rank = CASE WHEN frontier.seen_run = excluded.seen_run"
		    "              AND frontier.rank < excluded.rank"
		    "         THEN frontier.rank ELSE excluded.rank END,"
		    "  seen_run = excluded.seen_run"
		    " RETURNING kind = 'index'") < 0) {
		cat_rollback(cat);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		int rc;
		sqlite3_reset(q);
		cat_bind_text(q, 1, v[i].url);
		cat_bind_text(q, 2, v[i].is_index ? "index" : "page");
		cat_bind_text(q, 3, v[i].root);
		sqlite3_bind_int(q, 4, v[i].depth);
		cat_bind_text(q, 5, v[i].rank);
		sqlite3_bind_int64(q, 6, run);
		rc = sqlite3_step(q);
		if (rc == SQLITE_ROW && is_index)
			is_index[i] = sqlite3_column_int(q, 0);
		if (rc == SQLITE_ROW)
			rc = sqlite3_step(q);
		if (rc != SQLITE_DONE) {
			cat_dberr(cat, "recording found URLs");
			sqlite3_finalize(q);
			cat_rollback(cat);
			return -1;
		}
	}
	sqlite3_finalize(q);
	return cat_commit(cat);
}

int
catalogue_frontier_due(struct catalogue *cat, long run, int all, frontier_list *out)
{
	sqlite3_stmt *q;
	int rc;
	if (cat_prepare(cat, &q,
	                "SELECT url, root, rank, pending, depth, kind = 'index', last_run"
	                " FROM frontier WHERE last_run < ?1 AND (?2 OR next_run <= ?1)"
	                " ORDER BY last_run > 0, rank, url") < 0)
		return -1;
	sqlite3_bind_int64(q, 1, run);
	sqlite3_bind_int(q, 2, all != 0);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct frontier_entry *e = VEC_PUSH(out);
		e->url = cat_column_dup(q, 0);
		e->root = cat_column_dup(q, 1);
		e->rank = cat_column_dup(q, 2);
		e->pending = cat_column_dup(q, 3);
		e->depth = sqlite3_column_int(q, 4);
		e->is_index = sqlite3_column_int(q, 5);
		e->last_run = (long)sqlite3_column_int64(q, 6);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : cat_dberr(cat, "reading the frontier");
}

void
catalogue_frontier_list_free(frontier_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].url);
		free(l->v[i].root);
		free(l->v[i].rank);
		free(l->v[i].pending);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* The phase of url's re-checks: FNV-1a, folded small. */
static long
url_phase(const char *url)
{
	unsigned long h = 2166136261u;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		h = (h ^ *p) * 16777619u;
	return (long)(h & 0x3ff);
}

/* After a check in run ?2: the streak (reset, or one longer up to the cap)
 * and the next run R > ?2 with (R + phase) % 2^streak == 0. */
#define CAP_TEXT_(n) #n
#define CAP_TEXT(n)  CAP_TEXT_(n)
#define MARK_SQL(streak) \
	"UPDATE frontier SET kind = CASE WHEN ?4 THEN 'index' ELSE kind END," \
	" last_run = ?2, checks = checks + 1, pending = NULL, unchanged = " streak "," \
	" next_run = CASE WHEN ?4 OR kind = 'index' THEN ?2 + 1 ELSE" \
	"  ?2 + 1 + (((1 << " streak ") - ((?2 + 1 + ?3) % (1 << " streak "))) % (1 << " streak \
	"))" \
	" END WHERE url = ?1"

static const char *const mark_sql[] = {
	[FRONTIER_CHANGED] = MARK_SQL("0"),
	[FRONTIER_UNCHANGED] = MARK_SQL("min(unchanged + 1, " CAP_TEXT(FRONTIER_MAX_UNCHANGED) ")"),
	[FRONTIER_FAILED] = MARK_SQL("0"),
	[FRONTIER_BUDGET] = "UPDATE frontier SET pending = ?5,"
			    " kind = CASE WHEN ?4 THEN 'index' ELSE kind END WHERE url = ?1",
};

/* One mark, through the statement of its kind (prepared once a batch). */
static int
mark_one(struct catalogue *cat, long run, const struct frontier_mark *m, sqlite3_stmt **q)
{
	const char *reason = catalogue_frontier_pending_name(m->outcome);
	size_t k = reason ? FRONTIER_BUDGET : m->outcome;
	if (!q[k] && cat_prepare(cat, &q[k], mark_sql[k]) < 0)
		return -1;
	sqlite3_reset(q[k]);
	sqlite3_clear_bindings(q[k]);
	cat_bind_text(q[k], 1, m->url);
	sqlite3_bind_int64(q[k], 2, run);
	sqlite3_bind_int64(q[k], 3, url_phase(m->url));
	sqlite3_bind_int(q[k], 4, m->is_index);
	if (reason)
		cat_bind_text(q[k], 5, reason);
	return sqlite3_step(q[k]) == SQLITE_DONE ? 0 : cat_dberr(cat, "recording a fetch");
}

int
catalogue_frontier_mark(struct catalogue *cat, long run, const struct frontier_mark *v, size_t n)
{
	sqlite3_stmt *q[FRONTIER_BUDGET + 1] = { 0 };
	int rc = 0;
	if (n == 0)
		return 0;
	if (cat_begin(cat) < 0)
		return -1;
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = mark_one(cat, run, &v[i], q);
	for (size_t k = 0; k <= FRONTIER_BUDGET; k++)
		sqlite3_finalize(q[k]);
	if (rc != 0) {
		cat_rollback(cat);
		return -1;
	}
	return cat_commit(cat);
}

int
catalogue_robots_get(struct catalogue *cat, const char *host, struct robots_cache *out, int *found)
{
	sqlite3_stmt *q;
	int rc;
	memset(out, 0, sizeof *out);
	*found = 0;
	if (cat_prepare(cat, &q,
	                "SELECT etag, last_modified, body, status FROM robots"
	                " WHERE host = ?1") < 0)
		return -1;
	cat_bind_text(q, 1, host);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		const void *b;
		*found = 1;
		out->etag = cat_column_dup(q, 0);
		out->last_modified = cat_column_dup(q, 1);
		b = sqlite3_column_blob(q, 2);
		out->len = (size_t)sqlite3_column_bytes(q, 2);
		if (b) {
			out->body = xmalloc(out->len + 1);
			memcpy(out->body, b, out->len);
			out->body[out->len] = '\0';
		}
		out->status = sqlite3_column_int(q, 3);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : cat_dberr(cat, "reading robots.txt");
}

int
catalogue_robots_put(struct catalogue *cat, const char *host, const struct robots_cache *in,
                     time_t fetched)
{
	sqlite3_stmt *q;
	int rc;
	if (cat_prepare(cat, &q,
	                "INSERT OR REPLACE INTO robots (host, etag, last_modified, status,"
	                " body, fetched) VALUES (?1, ?2, ?3, ?4, ?5, ?6)") < 0)
		return -1;
	cat_bind_text(q, 1, host);
	cat_bind_text(q, 2, in->etag);
	cat_bind_text(q, 3, in->last_modified);
	sqlite3_bind_int(q, 4, in->status);
	if (in->body)
		sqlite3_bind_blob(q, 5, in->body, (int)in->len, SQLITE_TRANSIENT);
	sqlite3_bind_int64(q, 6, (sqlite3_int64)fetched);
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : cat_dberr(cat, "storing robots.txt");
}

void
catalogue_robots_cache_free(struct robots_cache *c)
{
	free(c->etag);
	free(c->last_modified);
	free(c->body);
	memset(c, 0, sizeof *c);
}
