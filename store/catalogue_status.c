/*
 * catalogue_status.c — the catalogue at a glance (catalogue.h), read-only.
 *
 * The definitions `hotfeed status` prints, kept here so they are one:
 *  - pending: frontier URLs not fetched by the last run that were due in it
 *    and either never fetched or left with a reason (budget, deferred,
 *    robots, interrupted); a never-fetched URL with no reason was left for
 *    the budget;
 *  - failed, gone, regression: by the URL's last HTTP status (>= 400 other
 *    than 404/410 is failed; 404/410 gone) or its last stored page's status.
 */
#include "store/catalogue_impl.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Rows of (name, count) into out; -1 on an error. */
static int
query_counts(struct catalogue *cat, const char *sql, long arg, cat_counts *out)
{
	sqlite3_stmt *q;
	int rc;
	if (cat_prepare(cat, &q, sql) < 0)
		return -1;
	sqlite3_bind_int64(q, 1, arg);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct cat_count *c = VEC_PUSH(out);
		c->name = cat_column_dup(q, 0);
		c->n = (long)sqlite3_column_int64(q, 1);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : cat_dberr(cat, "status");
}

static int
has_table(struct catalogue *cat, const char *name)
{
	sqlite3_stmt *q;
	int yes = 0;
	if (cat_prepare(cat, &q, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1") <
	    0)
		return 0;
	cat_bind_text(q, 1, name);
	yes = sqlite3_step(q) == SQLITE_ROW;
	sqlite3_finalize(q);
	return yes;
}

#define LATEST_PAGE \
	"SELECT p.status FROM pages p WHERE p.id = (SELECT max(id) FROM pages WHERE url = u.url)"

static int
bulletin_counts(struct catalogue *cat, struct cat_status *st)
{
	long parse_failed;
	long http_failed;

	st->bulletins = cat_query_long(cat,
	                               "SELECT count(*) FROM bulletins"
	                               " WHERE superseded_by IS NULL",
	                               0);
	st->regressions = cat_query_long(cat,
	                                 "SELECT count(*) FROM (SELECT DISTINCT url FROM pages) u"
	                                 " WHERE (" LATEST_PAGE ") = 'regression'",
	                                 0);
	parse_failed = cat_query_long(cat,
	                              "SELECT count(*) FROM (SELECT DISTINCT url FROM pages) u"
	                              " WHERE (" LATEST_PAGE ") = 'failed'",
	                              0);
	http_failed = cat_query_long(cat,
	                             "SELECT count(*) FROM http_state WHERE last_status >= 400"
	                             " AND last_status NOT IN (404, 410)",
	                             0);
	st->gone = cat_query_long(cat,
	                          "SELECT count(*) FROM http_state"
	                          " WHERE last_status IN (404, 410)",
	                          0);
	st->failed = parse_failed + http_failed;
	if (st->bulletins < 0 || st->regressions < 0 || parse_failed < 0 || http_failed < 0 ||
	    st->gone < 0)
		return -1;
	return query_counts(cat,
	                    "SELECT kind, count(*) FROM bulletins WHERE superseded_by IS NULL"
	                    " GROUP BY kind ORDER BY kind",
	                    0, &st->kinds) ||
	                       query_counts(
				       cat,
				       "SELECT coalesce(json_extract(r.model, '$.severity.name'), 'none'),"
				       " count(*) FROM bulletins b JOIN revisions r ON r.bulletin = b.id"
				       " AND r.number = (SELECT max(number) FROM revisions WHERE bulletin = b.id)"
				       " WHERE b.superseded_by IS NULL GROUP BY 1"
				       " ORDER BY min(coalesce(json_extract(r.model, '$.severity.level'), 9))",
				       0, &st->severities)
	               ? -1
	               : 0;
}

static int
frontier_counts(struct catalogue *cat, struct cat_status *st)
{
	long last = cat_query_long(cat, "SELECT coalesce(max(id), 0) FROM runs", 0);
	st->index_pages =
		cat_query_long(cat, "SELECT count(*) FROM frontier WHERE kind = 'index'", 0);
	st->bulletin_pages =
		cat_query_long(cat, "SELECT count(*) FROM frontier WHERE kind = 'page'", 0);
	st->never_fetched =
		cat_query_long(cat, "SELECT count(*) FROM frontier WHERE last_run = 0", 0);
	st->pending_total =
		cat_query_long(cat,
	                       "SELECT count(*) FROM frontier WHERE last_run < ?1"
	                       " AND next_run <= ?1 AND (last_run = 0 OR pending IS NOT NULL)",
	                       last);
	if (last < 0 || st->index_pages < 0 || st->bulletin_pages < 0 || st->never_fetched < 0 ||
	    st->pending_total < 0)
		return -1;
	return query_counts(cat,
	                    "SELECT coalesce(pending, 'budget'), count(*) FROM frontier"
	                    " WHERE last_run < ?1 AND next_run <= ?1"
	                    " AND (last_run = 0 OR pending IS NOT NULL) GROUP BY 1 ORDER BY 1",
	                    last, &st->pending);
}

static int
last_run(struct catalogue *cat, struct cat_status *st)
{
	sqlite3_stmt *q;
	int rc;
	if (cat_prepare(cat, &q,
	                "SELECT id, command, started, coalesce(seconds, -1),"
	                " coalesce(requests, 0), coalesce(exit_code, -1), interrupted, counts,"
	                " coalesce(pending, 0) FROM runs ORDER BY id DESC LIMIT 1") < 0)
		return -1;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		st->has_run = 1;
		st->run_id = (long)sqlite3_column_int64(q, 0);
		st->run_command = cat_column_dup(q, 1);
		st->run_started = (time_t)sqlite3_column_int64(q, 2);
		st->run_seconds = sqlite3_column_double(q, 3);
		st->run_requests = (long)sqlite3_column_int64(q, 4);
		st->run_exit = sqlite3_column_int(q, 5);
		st->run_interrupted = sqlite3_column_int(q, 6);
		st->run_counts = cat_column_dup(q, 7);
		st->run_pending = (long)sqlite3_column_int64(q, 8);
	}
	sqlite3_finalize(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : cat_dberr(cat, "status");
}

int
catalogue_status(struct catalogue *cat, time_t now, struct cat_status *st)
{
	memset(st, 0, sizeof *st);
	st->schema = (int)cat_query_long(cat, "PRAGMA user_version", 0);
	if (bulletin_counts(cat, st) < 0)
		return -1;
	if (has_table(cat, "frontier") && (frontier_counts(cat, st) < 0 || last_run(cat, st) < 0))
		return -1;
	return query_counts(cat,
	                    "SELECT host, until FROM host_retry WHERE until > ?1 ORDER BY host",
	                    (long)now, &st->deferred);
}

static void
counts_free(cat_counts *c)
{
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].name);
	free(c->v);
}

void
cat_status_free(struct cat_status *st)
{
	counts_free(&st->kinds);
	counts_free(&st->severities);
	counts_free(&st->pending);
	counts_free(&st->deferred);
	free(st->run_command);
	free(st->run_counts);
	memset(st, 0, sizeof *st);
}
