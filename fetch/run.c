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
	struct strset queued;           /* every URL queued this run */
	size_t over_limit;              /* links left out: HF_MAX_RUN_URLS */
	size_t *pattern_hits;           /* per source: links its pattern matched */
	strlist hosts_checked;          /* hosts whose Retry-After memory was read */
	VEC(struct target *) targets;   /* owned; freed at the end */
	struct run_report rep;
	struct progress prog;
	size_t done, problems;
	char *cache_dir;                /* bodies of index pages, for their 304s */
	int db_error;
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

/* The links of an index page, read in the isolated parser worker; -1 when
 * it could not be parsed (the entry says why). */
static int
read_links(struct run *r, struct target *t, const unsigned char *body, size_t len,
           const char *charset, const char *base, struct html_links *links)
{
	char err[256];
	const char *cs = t->src && t->src->charset ? t->src->charset : charset;
	if (crawl_index_links(body, len, cs, base, links, err, sizeof err) < 0) {
		struct url_entry *e = &r->rep.urls.v[t->entry];
		e->result = UR_FAILED;
		e->message = xstrdup(err);
		return -1;
	}
	return 0;
}

/* Queue the links of an index page: its next pages at its own depth, its
 * sub-indexes one deeper (up to --depth), its bulletin pages.  Queueing
 * adds report entries, so the entry is set through its index, never
 * through a pointer held across. */
static void
follow_links(struct run *r, struct target *t, const struct html_links *links)
{
	const char *pattern = t->src ? t->src->pattern : NULL;
	size_t over = r->over_limit, n = links->v.n, pages = 0;
	for (size_t i = 0; i < n; i++) {
		const struct html_link *l = &links->v.v[i];
		enum crawl_kind k = crawl_classify_link(t->root, l, pattern);
		if (k == CRAWL_PAGE)
			pages++, enqueue(r, l->href, 0, t->depth + 1, t->src, t->root);
		else if (k == CRAWL_NEXT)
			enqueue(r, l->href, 1, t->depth, t->src, t->root);
		else if (k == CRAWL_INDEX && t->depth < r->o->cfg->depth)
			enqueue(r, l->href, 1, t->depth + 1, t->src, t->root);
	}
	if (t->src && pages > 0)
		r->pattern_hits[t->src - r->o->sources] += pages;
	struct url_entry *e = &r->rep.urls.v[t->entry];
	e->result = UR_INDEX;
	if (strcmp(e->kind, "index") != 0) {
		free(e->kind);
		e->kind = xstrdup("index");
	}
	over = r->over_limit - over;
	if (over > 0)
		e->message = xasprintf("%zu links (%zu past the run's limit of %d URLs were ignored)",
		                       n, over, HF_MAX_RUN_URLS);
	else
		e->message = n < HF_MAX_INDEX_LINKS ? xasprintf("%zu links", n)
		             : xasprintf("%zu links (the limit: the rest were ignored)", n);
}

/* Read the links of a fetched index page, follow them, and keep the body
 * for the next run's 304. */
static void
index_body(struct run *r, struct target *t, struct http_resp *resp, struct html_links *links)
{
	follow_links(r, t, links);
	if (cache_put(r, t->url, resp->body, resp->len, resp->charset) == 0)
		record_http_state(r, t->url, resp, 1);
}

static void
index_done(struct run *r, struct target *t, struct url_entry *e, struct http_resp *resp)
{
	struct html_links links = { 0 };
	if (resp->outcome == HTTP_BODY) {
		if (read_links(r, t, resp->body, resp->len, resp->charset, resp->effective_url,
		               &links) == 0)
			index_body(r, t, resp, &links);
		html_links_free(&links);
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
	if (read_links(r, t, (unsigned char *)body, len, charset, resp->effective_url, &links) == 0)
		follow_links(r, t, &links);
	html_links_free(&links);
	free(charset);
	free(body);
}

/* A fetched page that is not a bulletin and links to several bulletin-like
 * pages of the site is an index, whatever its name (index_2.html, list.php):
 * then its links are followed and it is not stored.  Only a page with such
 * links costs a parse here; a page that cannot be parsed is left to ingest
 * (which reports it). */
static int
page_is_index(struct run *r, struct target *t, struct http_resp *resp, struct html_links *links)
{
	char err[256];
	const char *pattern = t->src ? t->src->pattern : NULL;
	const char *cs = t->src && t->src->charset ? t->src->charset : resp->charset;
	if (crawl_index_links(resp->body, resp->len, cs, resp->effective_url, links, err,
	                      sizeof err) < 0)
		return 0;
	size_t like = 0;
	for (size_t i = 0; i < links->v.n && like < CRAWL_INDEX_MIN_BULLETINS; i++)
		like += crawl_bulletin_like(t->root, &links->v.v[i], pattern);
	if (like < CRAWL_INDEX_MIN_BULLETINS)
		return 0;
	struct parse_opts po = r->popts;
	struct bulletin b;
	po.charset = cs;
	po.url = t->url;
	if (parse_page(resp->body, resp->len, &po, &b, err, sizeof err) != 0)
		return 0;
	int other = b.kind == BULLETIN_OTHER;
	bulletin_free(&b);
	return other;
}

static const enum url_result from_ingest[] = {
	[INGEST_NEW] = UR_NEW, [INGEST_UPDATED] = UR_UPDATED,
	[INGEST_UNCHANGED] = UR_UNCHANGED, [INGEST_REGRESSION] = UR_REGRESSION,
	[INGEST_FAILED] = UR_FAILED,
};

static void
page_done(struct run *r, struct target *t, struct url_entry *e, struct http_resp *resp)
{
	if (resp->outcome == HTTP_NOT_MODIFIED) {
		e->result = UR_NOT_MODIFIED;
		return;
	}
	struct html_links links = { 0 };
	int is_index = page_is_index(r, t, resp, &links);
	if (is_index) {
		t->is_index = 1;
		index_body(r, t, resp, &links);
	}
	html_links_free(&links);
	if (is_index)
		return;
	const char *url = t->url;
	struct page pg = {
		.url = url, .body = resp->body, .len = resp->len, .headers = resp->headers,
		.charset = t->src && t->src->charset ? t->src->charset : resp->charset,
		.seen = time(NULL),
	};
	struct parse_opts po = r->popts;
	po.charset = pg.charset;
	po.url = url;
	struct ingest_result res;
	memset(&res, 0, sizeof res);
	if (catalogue_ingest(r->cat, &pg, &po, &res) != 0) {
		e->result = UR_FAILED;
		e->message = xasprintf("%s: %s", r->o->db, catalogue_error(r->cat));
		r->db_error = 1;
		return;
	}
	e->result = from_ingest[res.status];
	e->key = res.key[0] ? xstrdup(res.key) : NULL;
	e->encoding = res.encoding[0] ? xstrdup(res.encoding) : NULL;
	e->message = res.message[0] ? xstrdup(res.message) : NULL;
	/* a page that needs a human is fetched again (unconditionally) next run,
	   so it is reported again until it is fixed; its bytes cost no parse */
	if (http_url_is_remote(t->url))
		record_http_state(r, t->url, resp,
		                  res.status != INGEST_FAILED && res.status != INGEST_REGRESSION);
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
		else
			page_done(r, t, e, resp);
	} else {
		failure_done(r, t, e, resp);
	}
	e = &r->rep.urls.v[t->entry];   /* enqueue may have moved the entries */
	r->done++;
	if (url_result_is_problem(e->result))
		r->problems++;
	if (r->o->verbose)
		say(r, "%s: %s%s%s", e->url, url_result_name(e->result),
		    e->message ? ": " : "", e->message ? e->message : "");
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

/* A source whose pattern matched no link of the index pages read: said
 * once per run (a case or a path off by one level leaves every feed empty). */
static int
pattern_warnings(struct run *r)
{
	int n = 0;
	if (r->rep.count[UR_INDEX] == 0)
		return 0;
	for (size_t i = 0; i < r->o->nsources; i++) {
		const struct source_cfg *s = &r->o->sources[i];
		if (!s->pattern || !s->pattern[0] || r->pattern_hits[i] > 0 || s->index.n == 0)
			continue;
		n++;
		if (!r->o->quiet)
			say(r, "%s%s%spattern \"%s\" matched no link of the index pages read",
			    s->name ? "[source " : "", s->name ? s->name : "", s->name ? "]: " : "",
			    s->pattern);
	}
	return n;
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
	if (pattern_warnings(r))
		code = code == HF_EXIT_OK ? HF_EXIT_PARTIAL : code;
	if (r->db_error)
		code = HF_EXIT_FATAL;   /* nothing published: the catalogue is the run's state */
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
	free(r->pattern_hits);
	run_report_free(&r->rep);
	http_client_free(r->http);
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
	r.pattern_hits = xcalloc(o->nsources + 1, sizeof *r.pattern_hits);
	parse_opts_init(&r.popts);
	r.popts.max_bytes = o->cfg->max_bytes;
	r.popts.isolate = 1;
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
	queue_sources(&r);
	if (http_client_run(r.http, on_done, on_tick, &r) != 0) {
		fprintf(stderr, "hotfeed: libcurl failed\n");
		goto out;
	}
	code = finish_run(&r, t0);
out:
	run_free(&r);
	run_lock_release(lock);
	return code;
}
