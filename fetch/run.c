/*
 * run.c — the run orchestration of run.h:
 *   lock -> open catalogue -> queue index and bulletin URLs (with their
 *   validators) -> fetch; index pages yield more URLs, bulletin pages are
 *   ingested -> publish -> report.
 * Nothing here deletes or overwrites a stored page on failure: a failed
 * fetch records its status only, and ingest keeps the last good revision.
 */
#include "fetch/run.h"
#include "fetch/crawl.h"
#include "fetch/http.h"
#include "fetch/lock.h"
#include "fetch/progress.h"
#include "fetch/report.h"
#include "core/catalogue.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "core/sha256.h"
#include "core/strset.h"
#include "core/util.h"
#include "parse/parse.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define PROBLEMS_SHOWN 20

/* One URL the run handles; the http client hands it back when done. */
struct target {
	char *url;
	int is_index, depth;
	const struct source_cfg *src;   /* NULL for the command line's */
	const char *root;               /* the root index this was found under, or NULL */
	size_t entry;                   /* index in report.urls */
	int unconditional;              /* index page whose cached body is gone */
};

struct run {
	const struct run_opts *o;
	struct catalogue *cat;
	struct http_client *http;
	struct parse_opts popts;
	struct ingest_queue *iq;        /* pages parsed on the workers, stored in order */
	struct strset queued;           /* every URL queued this run */
	size_t over_limit;              /* links left out: HF_MAX_RUN_URLS */
	strlist hosts_checked;          /* hosts whose Retry-After memory was read */
	VEC(struct target *) targets;   /* owned; freed at the end */
	struct run_report rep;
	struct progress prog;
	size_t done, problems;
	char *cache_dir;                /* bodies of index pages, for their 304s */
	int db_error;
	int stopped;                    /* db_error said, downloads stopped */
};

static double
mono_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
say(struct run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A line on stderr, under the progress bar. */
static void
say(struct run *r, const char *fmt, ...)
{
	va_list ap;
	progress_clear(&r->prog);
	fputs("hotfeed: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* --- the index page cache ----------------------------------------------- */

/* The cache file of url: its body (".html") or its charset (".charset"). */
static char *
cache_path(struct run *r, const char *url, const char *suffix)
{
	char hex[65];
	sha256_hex(url, strlen(url), hex);
	return xasprintf("%s/%s%s", r->cache_dir, hex, suffix);
}

/* The body, and beside it the Content-Type charset it came with: after a
 * 304 the links are read from the copy, decoded as they were the first
 * time (an index labelled only by its HTTP header would otherwise fall
 * back to Shift_JIS). */
static int
cache_put(struct run *r, const char *url, const unsigned char *body, size_t len,
          const char *charset)
{
	if (mkdir(r->cache_dir, 0755) != 0 && errno != EEXIST)
		return -1;
	char *p = cache_path(r, url, ".html");
	char *cs = cache_path(r, url, ".charset");
	int rc = write_file_atomic(p, body, len);
	if (rc == 0 && charset != NULL && charset[0] != '\0')
		rc = write_file_atomic(cs, charset, strlen(charset));
	else if (rc == 0 && unlink(cs) != 0 && errno != ENOENT)
		rc = -1;
	free(cs);
	free(p);
	return rc;
}

/* The charset stored with the cached body, or NULL (malloc'd). */
static char *
cache_charset(struct run *r, const char *url)
{
	char *cs = cache_path(r, url, ".charset");
	char *label = NULL;
	size_t len;
	if (read_file(cs, 64, &label, &len) != 0)
		label = NULL;
	free(cs);
	return label;
}

static int
cache_get(struct run *r, const char *url, size_t max, char **body, size_t *len)
{
	char *p = cache_path(r, url, ".html");
	int rc = read_file(p, max, body, len);
	free(p);
	return rc;
}

/* --- queueing ------------------------------------------------------------ */

/* Read the host's Retry-After memory once per run and tell the client. */
static void
check_host(struct run *r, const char *url, const struct source_cfg *src)
{
	char host[256];
	time_t until = 0;
	if (http_url_host(url, host, sizeof host) || !host[0] ||
	    strlist_contains(&r->hosts_checked, host))
		return;
	strlist_add(&r->hosts_checked, host);
	if (src)
		http_client_host_limits(r->http, host, src->concurrency, src->delay_ms);
	if (catalogue_host_get_retry(r->cat, host, &until) == 0 && until > time(NULL))
		http_client_defer_host(r->http, host, until);
}

static void
enqueue(struct run *r, const char *url, int is_index, int depth,
        const struct source_cfg *src, const char *root)
{
	if (strset_has(&r->queued, url))
		return;
	if (r->queued.n >= HF_MAX_RUN_URLS) {
		r->over_limit++;
		return;
	}
	strset_add(&r->queued, url);
	struct target *t = xcalloc(1, sizeof *t);
	t->url = xstrdup(url);
	t->is_index = is_index;
	t->depth = depth;
	t->src = src;
	t->root = root ? root : t->url;
	t->entry = r->rep.urls.n;
	run_report_add(&r->rep, url, is_index ? "index" : "page");
	*VEC_PUSH(&r->targets) = t;
	check_host(r, url, src);

	struct http_state st;
	memset(&st, 0, sizeof st);
	if (catalogue_http_get(r->cat, url, &st) != 0)
		memset(&st, 0, sizeof st);
	if (is_index) {
		/* validators are only worth sending when the body they stand for is cached */
		char *body;
		size_t len;
		if (cache_get(r, url, r->o->cfg->max_bytes, &body, &len) == 0)
			free(body);
		else
			t->unconditional = 1;
	}
	const char *etag = t->unconditional ? NULL : st.etag;
	const char *lm = t->unconditional ? NULL : st.last_modified;
	if (http_client_add(r->http, url, etag, lm, t) != 0) {
		struct url_entry *e = &r->rep.urls.v[t->entry];
		e->result = UR_FAILED;
		e->message = xstrdup("not an http, https or file URL, nor a local path");
		r->done++;
		r->problems++;
	}
	http_state_free(&st);
}

/* --- results ------------------------------------------------------------- */

static void
record_http_state(struct run *r, const char *url, const struct http_resp *resp,
                  int keep_validators)
{
	struct http_state st;
	memset(&st, 0, sizeof st);
	if (catalogue_http_get(r->cat, url, &st) != 0)
		memset(&st, 0, sizeof st);
	if (keep_validators && (resp->etag || resp->last_modified)) {
		free(st.etag);
		free(st.last_modified);
		st.etag = xstrdup(resp->etag);
		st.last_modified = xstrdup(resp->last_modified);
	}
	st.last_status = resp->status;
	if (catalogue_http_put(r->cat, url, &st) != 0) {
		say(r, "%s: %s", r->o->db, catalogue_error(r->cat));
		r->db_error = 1;
	}
	http_state_free(&st);
}

/* Queue the links of an index page.  Queueing adds report entries, so the
 * entry is set through its index, never through a pointer held across. */
static void
follow_links(struct run *r, struct target *t, const unsigned char *body, size_t len,
             const char *charset, const char *base)
{
	struct url_entry *e = &r->rep.urls.v[t->entry];
	strlist links = { 0 };
	char err[256];
	const char *cs = t->src && t->src->charset ? t->src->charset : charset;
	if (crawl_page_links(body, len, cs, base, &links, err, sizeof err) < 0) {
		e->result = UR_FAILED;
		e->message = xstrdup(err);
		return;
	}
	const char *pattern = t->src ? t->src->pattern : NULL;
	size_t over = r->over_limit;
	for (size_t i = 0; i < links.n; i++) {
		enum crawl_kind k = crawl_classify(t->root, links.v[i], pattern);
		if (k == CRAWL_PAGE)
			enqueue(r, links.v[i], 0, t->depth + 1, t->src, t->root);
		else if (k == CRAWL_INDEX && t->depth < r->o->cfg->depth)
			enqueue(r, links.v[i], 1, t->depth + 1, t->src, t->root);
	}
	e = &r->rep.urls.v[t->entry];
	e->result = UR_INDEX;
	over = r->over_limit - over;
	if (over > 0)
		e->message = xasprintf("%zu links (%zu past the run's limit of %d URLs were ignored)",
		                       links.n, over, HF_MAX_RUN_URLS);
	else
		e->message = links.n < HF_MAX_INDEX_LINKS ? xasprintf("%zu links", links.n)
		             : xasprintf("%zu links (the limit: the rest were ignored)", links.n);
	strlist_free(&links);
}

static void
index_done(struct run *r, struct target *t, struct url_entry *e, struct http_resp *resp)
{
	if (resp->outcome == HTTP_BODY) {
		follow_links(r, t, resp->body, resp->len, resp->charset, resp->effective_url);
		if (r->rep.urls.v[t->entry].result == UR_INDEX &&
		    cache_put(r, t->url, resp->body, resp->len, resp->charset) == 0)
			record_http_state(r, t->url, resp, 1);
		return;
	}
	/* 304: the links are those of the cached body */
	char *body;
	size_t len;
	if (cache_get(r, t->url, r->o->cfg->max_bytes, &body, &len) != 0) {
		e->result = UR_FAILED;
		e->message = xstrdup("304 for an index page whose copy is gone; next run refetches it");
		record_http_state(r, t->url, resp, 0);
		return;
	}
	/* relative to where the 304 came from, as the body was on the run that
	   cached it (t->url resolved the links of a redirected index wrongly) */
	char *charset = cache_charset(r, t->url);
	follow_links(r, t, (unsigned char *)body, len, charset, resp->effective_url);
	free(charset);
	free(body);
}

static const enum url_result from_ingest[] = {
	[INGEST_NEW] = UR_NEW, [INGEST_UPDATED] = UR_UPDATED,
	[INGEST_UNCHANGED] = UR_UNCHANGED, [INGEST_REGRESSION] = UR_REGRESSION,
	[INGEST_FAILED] = UR_FAILED,
};

/* A page on its way through the ingest queue: what its result needs. */
struct queued_page {
	struct target *t;
	struct http_resp v;   /* status and validators only (owned copies) */
};

static void count_done(struct run *r, struct target *t);

/* The page is stored: its report entry, and its validators in the same
 * batch as its model. */
static void
page_stored(void *arg, void *tag, const char *url, const struct ingest_result *res)
{
	struct run *r = arg;
	struct queued_page *qp = tag;
	struct target *t = qp->t;
	struct url_entry *e = &r->rep.urls.v[t->entry];

	e->result = from_ingest[res->status];
	e->key = res->key[0] ? xstrdup(res->key) : NULL;
	e->encoding = res->encoding[0] ? xstrdup(res->encoding) : NULL;
	e->message = res->message[0] ? xstrdup(res->message) : NULL;
	diag_list_copy(&e->diags, &res->diags);
	/* a page that needs a human is fetched again (unconditionally) next run,
	   so it is reported again until it is fixed; its bytes cost no parse */
	if (http_url_is_remote(t->url))
		record_http_state(r, t->url, &qp->v,
		                  res->status != INGEST_FAILED && res->status != INGEST_REGRESSION &&
		                  diag_list_count(&res->diags, DIAG_ERROR) == 0);
	count_done(r, t);
	free((char *)qp->v.etag);
	free((char *)qp->v.last_modified);
	free(qp);
}

/* 1 when the page went into the ingest queue (its entry is filled when it
 * is stored), 0 when it is done now. */
static int
page_done(struct run *r, struct target *t, struct url_entry *e, struct http_resp *resp)
{
	if (resp->outcome == HTTP_NOT_MODIFIED) {
		e->result = UR_NOT_MODIFIED;
		return 0;
	}
	const char *url = t->url;
	struct page pg = {
		.url = url, .body = resp->body, .len = resp->len, .headers = resp->headers,
		.charset = t->src && t->src->charset ? t->src->charset : resp->charset,
		.seen = time(NULL),
	};
	struct queued_page *qp = xcalloc(1, sizeof *qp);
	qp->t = t;
	qp->v.status = resp->status;
	qp->v.etag = xstrdup(resp->etag);
	qp->v.last_modified = xstrdup(resp->last_modified);
	if (ingest_queue_put(r->iq, &pg, qp) != 0) {
		e = &r->rep.urls.v[t->entry];
		e->result = UR_FAILED;
		e->message = xasprintf("%s: %s", r->o->db, catalogue_error(r->cat));
		r->db_error = 1;
		free((char *)qp->v.etag);
		free((char *)qp->v.last_modified);
		free(qp);
		return 0;
	}
	return 1;
}

static void
failure_done(struct run *r, struct target *t, struct url_entry *e, struct http_resp *resp)
{
	e->message = resp->err[0] ? xstrdup(resp->err) : NULL;
	switch (resp->outcome) {
	case HTTP_GONE:
		e->result = UR_GONE;
		if (http_url_is_remote(t->url))
			record_http_state(r, t->url, resp, 0);
		break;
	case HTTP_DEFERRED:
		/* status 0: never sent, the host asked an earlier run to wait */
		e->result = resp->status ? UR_DEFERRED : UR_SKIPPED;
		if (resp->status && catalogue_host_set_retry(r->cat, resp->host, resp->retry_until)) {
			say(r, "%s: %s", r->o->db, catalogue_error(r->cat));
			r->db_error = 1;
		}
		break;
	default:
		e->result = UR_FAILED;
		if (resp->status && http_url_is_remote(t->url))
			record_http_state(r, t->url, resp, 0);
		break;
	}
}

/* The first write error to the catalogue ends the downloads: what would
 * come could not be stored (a full disk, an I/O error, a read-only file). */
static void
stop_on_db_error(struct run *r)
{
	if (!r->db_error || r->stopped)
		return;
	r->stopped = 1;
	say(r, "%s: the catalogue cannot be written: no more downloads this run%s", r->o->db,
	    r->o->publish ? ", and nothing will be published" : "");
	http_client_stop(r->http, "the catalogue cannot be written");
}

/* A URL is done: counted, said with -v (its diagnostics too), the batch
 * ticked, and the downloads stopped at the first catalogue write error. */
static void
count_done(struct run *r, struct target *t)
{
	struct url_entry *e = &r->rep.urls.v[t->entry];

	r->done++;
	if (url_result_is_problem(e->result) || diag_list_count(&e->diags, DIAG_ERROR))
		r->problems++;
	if (r->o->verbose) {
		say(r, "%s: %s%s%s", e->url, url_result_name(e->result),
		    e->message ? ": " : "", e->message ? e->message : "");
		for (size_t i = 0; i < e->diags.n; i++) {
			char line[HF_DIAG_LINE];
			diag_format(&e->diags.v[i], line, sizeof line);
			say(r, "%s: %s", e->url, line);
		}
	}
	if (catalogue_batch_tick(r->cat) != 0) {
		say(r, "%s: %s", r->o->db, catalogue_error(r->cat));
		r->db_error = 1;
	}
	stop_on_db_error(r);
}

static void
on_done(void *arg, void *user, struct http_resp *resp)
{
	struct run *r = arg;
	struct target *t = user;
	struct url_entry *e = &r->rep.urls.v[t->entry];
	e->status = resp->status;
	e->attempts = resp->attempts;
	e->bytes = resp->len;
	e->wire_bytes = resp->wire_bytes;
	e->seconds = resp->seconds;
	if (resp->outcome == HTTP_BODY || resp->outcome == HTTP_NOT_MODIFIED) {
		if (t->is_index)
			index_done(r, t, e, resp);
		else if (page_done(r, t, e, resp))
			return;   /* counted when stored */
	} else {
		failure_done(r, t, e, resp);
	}
	count_done(r, t);   /* enqueue may have moved the entries: by index */
}

static void
on_tick(void *arg, size_t queued, size_t active, size_t done)
{
	struct run *r = arg;
	progress_draw(&r->prog, r->done, r->rep.urls.n, r->problems);
}

/* --- the run --------------------------------------------------------------- */

static void
http_opts_from_config(struct http_opts *h, const struct config *c)
{
	http_opts_init(h);
	h->user_agent = c->user_agent;
	h->per_host = c->concurrency;
	h->delay_ms = c->delay_ms;
	h->timeout = c->timeout;
	h->connect_timeout = c->connect_timeout < c->timeout ? c->connect_timeout : c->timeout;
	if (h->low_speed_time > c->timeout)
		h->low_speed_time = c->timeout;
	h->max_bytes = c->max_bytes;
	h->retries = c->retries;
	h->max_requests = c->max_requests;
}

static void
queue_sources(struct run *r)
{
	for (size_t i = 0; i < r->o->nsources; i++) {
		const struct source_cfg *s = &r->o->sources[i];
		for (size_t j = 0; j < s->index.n; j++) {
			char *u = crawl_url_from_arg(s->index.v[j]);
			enqueue(r, u, 1, 0, s, NULL);
			free(u);
		}
		for (size_t j = 0; j < s->page.n; j++) {
			/* a local path becomes the file:// URL `hotfeed ingest` gives
			 * it, so both name the page alike (id-less pages are keyed
			 * by URL) */
			char *u = crawl_url_from_arg(s->page.v[j]);
			enqueue(r, u, 0, 0, s, NULL);
			free(u);
		}
	}
}

static int
finish_run(struct run *r, double t0)
{
	const struct run_opts *o = r->o;
	int code = HF_EXIT_OK;
	run_report_count(&r->rep);
	for (int i = 0; i < UR_COUNT; i++)
		if (r->rep.count[i] && url_result_is_problem(i))
			code = HF_EXIT_PARTIAL;
	struct diag_tally tally;
	run_report_tally(&r->rep, &tally);
	if (tally.pages_with_errors)
		code = HF_EXIT_PARTIAL;  /* a page yielded much less than a bulletin */
	if (r->db_error)
		code = HF_EXIT_FATAL;   /* nothing published: the catalogue is the run's state */
	if (r->db_error && o->publish)
		r->rep.publish_error = xstrdup("skipped: the catalogue could not be written");
	if (o->publish && !r->db_error) {
		char err[512] = "";
		if (o->publish(o->publish_arg, r->cat, err, sizeof err) != 0) {
			r->rep.publish_error = xstrdup(err);
			code = HF_EXIT_FATAL;
		}
	}
	r->rep.seconds = mono_now() - t0;
	r->rep.requests = http_client_requests(r->http);
	r->rep.exit_code = code;
	progress_clear(&r->prog);
	if (o->report) {
		char err[512];
		if (run_report_write(&r->rep, o->report, err, sizeof err) != 0) {
			say(r, "%s", err);
			if (code == HF_EXIT_OK)
				code = HF_EXIT_PARTIAL;
		}
	}
	if (code != HF_EXIT_OK && !o->quiet) {
		fputs("hotfeed: ", stderr);
		run_report_totals(&r->rep, stderr);
		run_report_problems(&r->rep, stderr, PROBLEMS_SHOWN);
	} else if (!o->quiet && (o->verbose || r->prog.enabled)) {
		fputs("hotfeed: ", stderr);
		run_report_totals(&r->rep, stderr);
	}
	return code;
}

static void
run_free(struct run *r)
{
	for (size_t i = 0; i < r->targets.n; i++) {
		free(r->targets.v[i]->url);
		free(r->targets.v[i]);
	}
	free(r->targets.v);
	strset_free(&r->queued);
	strlist_free(&r->hosts_checked);
	run_report_free(&r->rep);
	http_client_free(r->http);
	ingest_queue_free(r->iq);
	catalogue_close(r->cat);
	free(r->cache_dir);
}

int
run_main(const struct run_opts *o)
{
	char msg[512];
	double t0 = mono_now();
	int lock = run_lock_acquire(o->db, msg, sizeof msg);
	if (lock < 0) {
		fprintf(stderr, "hotfeed: %s\n", msg);
		return lock == -1 ? HF_EXIT_LOCKED : HF_EXIT_FATAL;
	}
	struct run r;
	memset(&r, 0, sizeof r);
	r.o = o;
	r.rep.command = o->command;
	r.rep.started = time(NULL);
	progress_init(&r.prog, o->quiet || o->verbose);
	r.cache_dir = xasprintf("%s.index-cache", o->db);
	remove_stale_temps(r.cache_dir);   /* an interrupted run's, under the lock */
	parse_opts_init(&r.popts);
	r.popts.max_bytes = o->cfg->max_bytes;
	r.popts.isolate = 1;
	r.popts.jobs = (unsigned)o->cfg->jobs;
	int code = HF_EXIT_FATAL;
	struct http_opts ho;
	http_opts_from_config(&ho, o->cfg);
	if ((r.cat = catalogue_open(o->db, msg, sizeof msg)) == NULL) {
		fprintf(stderr, "hotfeed: %s\n", msg);
		goto out;
	}
	if ((r.http = http_client_new(&ho)) == NULL) {
		fprintf(stderr, "hotfeed: cannot initialize libcurl\n");
		goto out;
	}
	catalogue_batch_begin(r.cat, CAT_BATCH_PAGES, CAT_BATCH_MS);
	r.iq = catalogue_ingest_queue(r.cat, &r.popts, page_stored, &r);
	queue_sources(&r);
	if (http_client_run(r.http, on_done, on_tick, &r) != 0) {
		fprintf(stderr, "hotfeed: libcurl failed\n");
		goto out;
	}
	if (ingest_queue_flush(r.iq) != 0) {
		say(&r, "%s: %s", o->db, catalogue_error(r.cat));
		r.db_error = 1;
	}
	if (catalogue_batch_end(r.cat) != 0) {
		say(&r, "%s: %s", o->db, catalogue_error(r.cat));
		r.db_error = 1;
	}
	code = finish_run(&r, t0);
out:
	run_free(&r);
	run_lock_release(lock);
	return code;
}
