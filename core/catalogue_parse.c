/*
 * catalogue_parse.c — the two entry points that run the parser: ingest (a
 * page from outside) and reparse (every stored page again, after a parser
 * upgrade).  Parsing happens outside any transaction; storing is
 * catalogue_store.c's one transaction per page.
 */
#include "core/catalogue_impl.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parse pg with opts, its URL and transport charset taking precedence. */
static int
parse_and_store(struct catalogue *cat, const struct page *pg, long long page_id,
                const struct parse_opts *opts, struct ingest_result *res)
{
	struct parse_opts o;
	struct bulletin b;
	char err[256] = "";
	int ok, rc;

	if (opts)
		o = *opts;
	else
		parse_opts_init(&o);
	o.url = pg->url;
	if (pg->charset)
		o.charset = pg->charset;
	bulletin_init(&b);
	ok = parse_page(pg->body, pg->len, &o, &b, err, sizeof err) == 0;
	rc = cat_store(cat, pg, page_id, ok ? &b : NULL, err, res);
	bulletin_free(&b);
	return rc;
}

/* Same bytes as the URL's latest page: answered without parsing. */
int
catalogue_ingest(struct catalogue *cat, const struct page *pg,
                 const struct parse_opts *opts, struct ingest_result *res)
{
	int rc = pg->url ? cat_known_bytes(cat, pg, res) : 0;

	if (rc != 0)
		return rc < 0 ? -1 : 0;
	return parse_and_store(cat, pg, 0, opts, res);
}

/* The latest raw page of every URL, oldest first. */
static const char ids_sql[] =
	"SELECT id FROM pages p WHERE id = (SELECT max(id) FROM pages WHERE url = p.url)"
	" ORDER BY id";
static const char page_sql[] =
	"SELECT url, body, headers, charset, seen FROM pages WHERE id = ?1";

/* The page ids are read first so that no statement is open while each
 * page's write transaction runs; then each page is read on its own (a
 * whole archive of raw pages is never in memory at once). */
static int
load_ids(struct catalogue *cat, long long **out, size_t *n)
{
	VEC(long long) v = { 0 };
	sqlite3_stmt *q;
	int rc;

	if (cat_prepare(cat, &q, ids_sql) < 0)
		return -1;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		*VEC_PUSH(&v) = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	if (rc != SQLITE_DONE) {
		free(v.v);
		return cat_dberr(cat, "reading stored pages");
	}
	*out = v.v;
	*n = v.n;
	return 0;
}

static int
reparse_one(struct catalogue *cat, long long id, const struct parse_opts *opts,
            struct ingest_result *res, char **url)
{
	sqlite3_stmt *q;
	struct page pg;
	unsigned char *body;
	int rc;

	if (cat_prepare(cat, &q, page_sql) < 0)
		return -1;
	sqlite3_bind_int64(q, 1, id);
	if (sqlite3_step(q) != SQLITE_ROW) {
		sqlite3_finalize(q);
		return cat_dberr(cat, "reading a stored page");
	}
	pg.len = (size_t)sqlite3_column_bytes(q, 1);
	body = xmalloc(pg.len + 1);
	if (pg.len)
		memcpy(body, sqlite3_column_blob(q, 1), pg.len);
	pg.body = body;
	*url = cat_column_dup(q, 0);
	pg.url = *url;
	pg.headers = cat_column_dup(q, 2);
	pg.charset = cat_column_dup(q, 3);
	pg.seen = (time_t)sqlite3_column_int64(q, 4);
	sqlite3_finalize(q);
	rc = parse_and_store(cat, &pg, id, opts, res);
	free(body);
	free((char *)pg.headers);
	free((char *)pg.charset);
	return rc;
}

int
catalogue_reparse(struct catalogue *cat, const struct parse_opts *opts,
                  void (*cb)(void *arg, const char *url, const struct ingest_result *r),
                  void *arg)
{
	long long *ids = NULL;
	size_t n = 0;
	int failed = 0;

	if (load_ids(cat, &ids, &n) < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		struct ingest_result res;
		char *url = NULL;

		if (reparse_one(cat, ids[i], opts, &res, &url) < 0) {
			free(url);
			free(ids);
			return -1;
		}
		if (res.status == INGEST_FAILED)
			failed++;
		if (cb)
			cb(arg, url, &res);
		ingest_result_free(&res);
		free(url);
	}
	free(ids);
	return failed;
}
