/*
 * catalogue_pages.c — the stored raw pages as the layers above read them
 * (store/catalogue.h): the latest page of every URL, one page read whole,
 * and the storing calls of ingest/ingest.c.
 */
#include "store/catalogue_impl.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char ids_sql[] =
	"SELECT id FROM pages p WHERE id = (SELECT max(id) FROM pages WHERE url = p.url)"
	" ORDER BY id";
static const char page_sql[] =
	"SELECT url, sha256, headers, charset, seen FROM pages WHERE id = ?1";

/* The page ids are read first so that no statement is open while each
 * page's write transaction runs; then each page is read on its own (a
 * whole archive of raw pages is never in memory at once). */
int
catalogue_latest_pages(struct catalogue *cat, long long **out, size_t *n)
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

int
catalogue_page_load(struct catalogue *cat, long long id, struct page *pg)
{
	sqlite3_stmt *q;
	unsigned char *body;

	memset(pg, 0, sizeof *pg);
	if (cat_prepare(cat, &q, page_sql) < 0)
		return -1;
	sqlite3_bind_int64(q, 1, id);
	if (sqlite3_step(q) != SQLITE_ROW) {
		sqlite3_finalize(q);
		return cat_dberr(cat, "reading a stored page");
	}
	/* copied out: no statement stays open while the caller stores pages */
	if (cat_blob_get(cat, (const char *)sqlite3_column_text(q, 1), &body, &pg->len) < 0) {
		sqlite3_finalize(q);
		return -1;
	}
	pg->body = body;
	pg->url = cat_column_dup(q, 0);
	pg->headers = cat_column_dup(q, 2);
	pg->charset = cat_column_dup(q, 3);
	pg->seen = (time_t)sqlite3_column_int64(q, 4);
	sqlite3_finalize(q);
	return 0;
}

void
catalogue_page_free(struct page *pg)
{
	free((unsigned char *)pg->body);
	free((char *)pg->url);
	free((char *)pg->headers);
	free((char *)pg->charset);
	memset(pg, 0, sizeof *pg);
}

int
catalogue_known_bytes(struct catalogue *cat, const struct page *pg, struct ingest_result *res)
{
	return cat_known_bytes(cat, pg, res);
}

int
catalogue_store_page(struct catalogue *cat, const struct page *pg, long long page_id,
                     const struct bulletin *model, const struct bulletin_json *json,
                     const char *err, struct ingest_result *res)
{
	return cat_store(cat, pg, page_id, model, json, err, res);
}

void
catalogue_error_about(struct catalogue *cat, const char *what)
{
	char msg[sizeof cat->err];

	snprintf(msg, sizeof msg, "%s", cat->err);
	cat_fail(cat, "%s: %s", what, msg);
}
