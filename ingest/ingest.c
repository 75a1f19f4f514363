/*
 * ingest.c — the entry points that run the parser and store what it
 * yields (ingest/ingest.h): ingest (a page from outside) and reparse (every
 * stored page again, after a parser upgrade), one page at a time or through
 * a queue of parser workers.  Parsing happens outside any transaction;
 * storing is the store's one transaction per page (a savepoint of the
 * caller's batch, if any).  Only the store's public interface is used.
 */
#include "ingest/ingest.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One page on its way through the queue: a copy, stored when its parse
 * comes back. */
struct ingest_item {
	struct page pg;    /* every pointer owned */
	long long page_id; /* > 0: reparse of a stored page */
	int known;         /* the URL's latest bytes: res already set */
	struct ingest_result res;
	void *tag;
};

struct ingest_queue {
	struct catalogue *cat;
	struct parse_opts opts;
	struct parse_queue *pq;
	ingest_done_fn *done;
	void *arg;
	int failed;                        /* a database error stopped the queue */
	VEC(struct ingest_item *) pending; /* in the parse queue, oldest first */
	size_t first;
};

struct ingest_queue *
ingest_queue_new(struct catalogue *cat, const struct parse_opts *opts, ingest_done_fn *done,
                 void *arg)
{
	struct ingest_queue *iq = xcalloc(1, sizeof *iq);

	iq->cat = cat;
	if (opts)
		iq->opts = *opts;
	else
		parse_opts_init(&iq->opts);
	iq->pq = parse_queue_new(iq->opts.jobs, iq->opts.isolate);
	iq->done = done;
	iq->arg = arg;
	return iq;
}

/* The catalogue's error prefixed with the page it concerns. */
static void
name_page(struct catalogue *cat, const char *url)
{
	catalogue_error_about(cat, url ? url : "(no URL)");
}

static void
item_free(struct ingest_item *it)
{
	free((char *)it->pg.url);
	free((unsigned char *)it->pg.body);
	free((char *)it->pg.headers);
	free((char *)it->pg.charset);
	catalogue_ingest_result_free(&it->res);
	free(it);
}

/* Store the oldest page once its parse is back, tell the caller, tick the
 * batch.  -1 on a database error (the item is told nothing). */
static int
take_one(struct ingest_queue *iq)
{
	struct bulletin_json m;
	char err[256] = "";
	void *tag;
	struct ingest_item *it;
	/* the worker's JSON goes to the store unread: the store reads what it
	 * needs, the whole only to store it, and keeps it as it came */
	int ok = parse_queue_take_model(iq->pq, NULL, &m, err, sizeof err, &tag) == 0, rc = 0;

	it = tag;
	if (++iq->first == iq->pending.n)
		iq->first = iq->pending.n = 0;
	if (!it->known)
		rc = catalogue_store_page(iq->cat, &it->pg, it->page_id, NULL, ok ? &m : NULL, err,
		                          &it->res);
	bulletin_json_free(&m);
	if (rc < 0)
		name_page(iq->cat, it->pg.url);
	if (rc == 0 && iq->done)
		iq->done(iq->arg, it->tag, it->pg.url, &it->res);
	if (rc == 0)
		rc = catalogue_batch_tick(iq->cat);
	item_free(it);
	return rc;
}

/* Put one page (page_id > 0: a stored page again). */
static int
put(struct ingest_queue *iq, const struct page *pg, long long page_id, void *tag)
{
	struct ingest_item *it;
	struct parse_opts o = iq->opts;
	int rc;

	if (iq->failed)
		return -1;
	it = xcalloc(1, sizeof *it);
	it->pg = (struct page){ xstrdup(pg->url),     NULL,    pg->len, xstrdup(pg->headers),
		                xstrdup(pg->charset), pg->seen };
	it->page_id = page_id;
	it->tag = tag;
	/* the same bytes as the URL's latest stored page need no parse; a page
	 * of a URL still queued waits for it to be stored first */
	if (page_id <= 0 && pg->url) {
		for (size_t i = iq->first; i < iq->pending.n; i++)
			if (strcmp(iq->pending.v[i]->pg.url, pg->url) == 0) {
				if (ingest_queue_flush(iq) < 0) {
					item_free(it);
					return -1;
				}
				break;
			}
		rc = catalogue_known_bytes(iq->cat, pg, &it->res);
		if (rc < 0) {
			name_page(iq->cat, pg->url);
			item_free(it);
			return iq->failed = -1;
		}
		it->known = rc;
	}
	if (parse_queue_full(iq->pq) && take_one(iq) < 0) {
		item_free(it);
		return iq->failed = -1;
	}
	*VEC_PUSH(&iq->pending) = it;
	if (it->known) {
		parse_queue_put(iq->pq, NULL, 0, NULL, it);
		return 0;
	}
	it->pg.body = xmalloc(pg->len + 1);
	if (pg->len)
		memcpy((unsigned char *)it->pg.body, pg->body, pg->len);
	o.url = pg->url;
	if (pg->charset)
		o.charset = pg->charset;
	parse_queue_put(iq->pq, pg->body, pg->len, &o, it);
	return 0;
}

int
ingest_queue_put(struct ingest_queue *iq, const struct page *pg, void *tag)
{
	return put(iq, pg, 0, tag);
}

int
ingest_queue_flush(struct ingest_queue *iq)
{
	while (parse_queue_pending(iq->pq) > 0)
		if (take_one(iq) < 0)
			return iq->failed = -1;
	return 0;
}

void
ingest_queue_free(struct ingest_queue *iq)
{
	if (iq == NULL)
		return;
	while (parse_queue_pending(iq->pq) > 0) {
		struct bulletin b;
		char err[8];
		void *tag;

		parse_queue_take(iq->pq, &b, err, sizeof err, &tag);
		bulletin_free(&b);
		item_free(tag);
	}
	parse_queue_free(iq->pq);
	free(iq->pending.v);
	free(iq);
}

/* One page, now: the queue of one. */
int
ingest_page(struct catalogue *cat, const struct page *pg, const struct parse_opts *opts,
            struct ingest_result *res)
{
	int rc = pg->url ? catalogue_known_bytes(cat, pg, res) : 0;
	struct parse_opts o;
	struct bulletin b;
	char err[256] = "";
	int ok;

	if (rc != 0)
		return rc < 0 ? -1 : 0;
	if (opts)
		o = *opts;
	else
		parse_opts_init(&o);
	o.url = pg->url;
	if (pg->charset)
		o.charset = pg->charset;
	ok = parse_page(pg->body, pg->len, &o, &b, err, sizeof err) == 0;
	rc = catalogue_store_page(cat, pg, 0, ok ? &b : NULL, NULL, err, res);
	bulletin_free(&b);
	return rc;
}

/* The latest raw page of every URL, oldest first. */
/* Put stored page id into the queue (read whole, then copied by put). */
static int
reparse_put(struct ingest_queue *iq, long long id)
{
	struct page pg;
	int rc;

	if (catalogue_page_load(iq->cat, id, &pg) < 0)
		return -1;
	rc = put(iq, &pg, id, NULL);
	catalogue_page_free(&pg);
	return rc;
}

struct reparse_cb {
	void (*cb)(void *arg, const char *url, const struct ingest_result *r);
	void *arg;
	int failed;
};

static void
reparse_done(void *arg, void *tag, const char *url, const struct ingest_result *r)
{
	struct reparse_cb *rc = arg;

	if (r->status == INGEST_FAILED)
		rc->failed++;
	if (rc->cb)
		rc->cb(rc->arg, url, r);
}

/* Every page through one queue: the parses on every worker, the stores in
 * batches. */
int
ingest_reparse(struct catalogue *cat, const struct parse_opts *opts,
               void (*cb)(void *arg, const char *url, const struct ingest_result *r), void *arg)
{
	struct reparse_cb st = { cb, arg, 0 };
	struct ingest_queue *iq;
	long long *ids = NULL;
	size_t n = 0;
	int rc = 0;

	if (catalogue_latest_pages(cat, &ids, &n) < 0)
		return -1;
	catalogue_batch_begin(cat, CAT_BATCH_PAGES, CAT_BATCH_MS);
	iq = ingest_queue_new(cat, opts, reparse_done, &st);
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = reparse_put(iq, ids[i]);
	if (rc == 0)
		rc = ingest_queue_flush(iq);
	ingest_queue_free(iq);
	if (catalogue_batch_end(cat) < 0)
		rc = -1;
	free(ids);
	return rc < 0 ? -1 : st.failed;
}
