/*
 * run.c — the run orchestration of run.h:
 *   lock -> open catalogue -> queue index and bulletin URLs (with their
 *   validators) -> fetch; index pages yield more URLs, bulletin pages are
 *   ingested -> publish -> report.
 * Nothing here deletes or overwrites a stored page on failure: a failed
 * fetch records its status only, and ingest keeps the last good revision.
 */
#include "ingest/run.h"
#include "ingest/crawl.h"
#include "fetch/http.h"
#include "fetch/lock.h"
#include "fetch/progress.h"
#include "fetch/report.h"
#include "fetch/robots.h"
#include "ingest/ingest.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "core/sha256.h"
#include "core/strset.h"
#include "core/util.h"
#include "parse/parse.h"

#include <errno.h>
#include <signal.h>
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
	const struct source_cfg *src; /* NULL for the command line's */
	const char *root;             /* the root index this was found under, or NULL */
	size_t entry;                 /* index in report.urls */
	int unconditional;            /* index page whose cached body is gone */
	char *rank;                   /* its place in the index order (frontier) */
	struct host_robots *robots;   /* set on the request of a robots.txt */
};

/* robots.txt of one host, asked once per run; the targets of the host
 * wait for it. */
struct host_robots {
	char host[256];
	int state;                     /* ROBOTS_ASKED, ROBOTS_READY, ROBOTS_NONE */
	struct robots *rules;          /* ROBOTS_READY */
	char *why;                     /* ROBOTS_NONE: why nothing is asked */
	enum frontier_outcome none_as; /* ROBOTS_NONE: pending as budget or robots */
	VEC(struct target *) waiting;
};
enum { ROBOTS_ASKED, ROBOTS_READY, ROBOTS_NONE };

/* A root index of this run and the source it belongs to: the frontier's
 * URLs are fetched only for the roots of the run that fetches them. */
struct root {
	const char *url; /* the root target's */
	const struct source_cfg *src;
};

/* Everything one `hotfeed run` (or fetch) holds, start to end. */
struct run_state {
	const struct run_opts *o;
	struct catalogue *cat;
	struct http_client *http;
	struct parse_opts popts;
	struct ingest_queue *iq;          /* pages parsed on the workers, stored in order */
	struct queued_page *queued_pages; /* in iq, not stored yet */
	struct strset queued;             /* every URL queued this run */
	size_t over_limit;                /* links left out: HF_MAX_RUN_URLS */
	size_t *pattern_hits;             /* per source: links its pattern matched */
	strlist hosts_checked;            /* hosts whose Retry-After memory was read */
	VEC(struct target *) targets;     /* owned; freed at the end */
	struct run_report rep;
	struct progress prog;
	size_t done, problems;
	char *cache_dir; /* bodies of index pages, for their 304s */
	int db_error;
	int stopped; /* db_error said, downloads stopped */
	long run;    /* this run's number in the catalogue */
	VEC(struct root) roots;
	size_t nroots;                   /* rank of the next root */
	VEC(struct frontier_mark) marks; /* results not yet written */
	size_t recorded;                 /* links recorded in the frontier this run */
	VEC(struct host_robots *) robots;
	int frontier_grew; /* an index read since the due list was */
};

/* SIGINT/SIGTERM: how many came, and the last.  The run stops starting
 * transfers at the first and stops waiting at the second (run_main). */
static volatile sig_atomic_t stop_count, stop_signal;

static void
on_stop_signal(int sig)
{
	stop_count++;
	stop_signal = sig;
}

static double
mono_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void say(struct run_state *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A line on stderr, under the progress bar. */
static void
say(struct run_state *r, const char *fmt, ...)
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
cache_path(struct run_state *r, const char *url, const char *suffix)
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
cache_put(struct run_state *r, const char *url, const unsigned char *body, size_t len,
          const char *charset)
{
	char *p;
	char *cs;
	int rc;

	if (mkdir(r->cache_dir, 0755) != 0 && errno != EEXIST)
		return -1;
	p = cache_path(r, url, ".html");
	cs = cache_path(r, url, ".charset");
	rc = write_file_atomic(p, body, len);
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
cache_charset(struct run_state *r, const char *url)
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
cache_get(struct run_state *r, const char *url, size_t max, char **body, size_t *len)
{
	char *p = cache_path(r, url, ".html");
	int rc = read_file(p, max, body, len);
	free(p);
	return rc;
}

/* --- queueing ------------------------------------------------------------ */

/* Read the host's Retry-After memory once per run and tell the client. */
static void
check_host(struct run_state *r, const char *url, const struct source_cfg *src)
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

static void robots_gate(struct run_state *r, struct target *t);

/* Queue url (once a run; at most HF_MAX_RUN_URLS); its target, or NULL. */
static struct target *
enqueue(struct run_state *r, const char *url, int is_index, int depth, const struct source_cfg *src,
        const char *root, const char *rank)
{
	struct target *t;

	if (strset_has(&r->queued, url))
		return NULL;
	if (r->queued.n >= HF_MAX_RUN_URLS) {
		r->over_limit++;
		return NULL;
	}
	strset_add(&r->queued, url);
	t = xcalloc(1, sizeof *t);
	t->url = xstrdup(url);
	t->is_index = is_index;
	t->depth = depth;
	t->src = src;
	t->root = root ? root : t->url;
	t->rank = xstrdup(rank);
	t->entry = r->rep.urls.n;
	report_add(&r->rep, url, is_index ? "index" : "page");
	*VEC_PUSH(&r->targets) = t;
	check_host(r, url, src);
	robots_gate(r, t);
	return t;
}

/* Hand t to the http client, with the validators it may send. */
static void
submit(struct run_state *r, struct target *t)
{
	const char *url = t->url;
	int is_index = t->is_index;
	struct http_state st;
	const char *etag;
	const char *lm;
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
	etag = t->unconditional ? NULL : st.etag;
	lm = t->unconditional ? NULL : st.last_modified;
	if (http_client_add(r->http, url, etag, lm, t) != 0) {
		struct url_entry *e = &r->rep.urls.v[t->entry];
		e->result = UR_FAILED;
		e->message = xstrdup("not an http, https or file URL, nor a local path");
		r->done++;
		r->problems++;
	}
	catalogue_http_state_free(&st);
}

/* --- robots.txt ------------------------------------------------------------ */

static void mark_as(struct run_state *r, struct target *t, enum frontier_outcome o);

/* t is not asked this run: pending, for the reason o (robots or budget). */
static void
leave_pending(struct run_state *r, struct target *t, enum frontier_outcome o, const char *why)
{
	struct url_entry *e = &r->rep.urls.v[t->entry];
	e->result = UR_PENDING;
	e->message = xstrdup(why);
	r->done++;
	mark_as(r, t, o);
	if (r->o->verbose)
		say(r, "%s: pending: %s", t->url, why);
}

/* Ask t if the host's robots.txt allows it. */
static void
robots_decide(struct run_state *r, struct target *t, struct host_robots *h)
{
	const char *path;
	char *p;
	int ok;

	if (h->state == ROBOTS_NONE) {
		leave_pending(r, t, h->none_as, h->why);
		return;
	}
	path = strstr(t->url, "://");
	path = path ? path + 3 + strcspn(path + 3, "/?#") : t->url;
	p = path[0] == '/' ? xstrndup(path, strcspn(path, "#"))
	                   : xasprintf("/%.*s", (int)strcspn(path, "#"), path);
	ok = robots_allowed(h->rules, p);
	free(p);
	if (ok)
		submit(r, t);
	else
		leave_pending(r, t, FRONTIER_ROBOTS, "disallowed by robots.txt");
}

/* The product token of the User-Agent: "hotfeed" of "hotfeed/0.1.0 (+...)". */
static char *
agent_token(const char *ua)
{
	return xstrndup(ua, strcspn(ua, "/ \t"));
}

/* The robots state of t's host: asked once per run; a request for
 * robots.txt (conditional, with the catalogue's copy) when new. */
static struct host_robots *
robots_of(struct run_state *r, struct target *t)
{
	char host[256];
	struct host_robots *h;
	const char *sep;
	struct robots_cache rc;
	int found = 0;
	char *url;
	struct target *rt;
	if (http_url_host(t->url, host, sizeof host) != 0 || !host[0])
		return NULL;
	for (size_t i = 0; i < r->robots.n; i++)
		if (strcmp(r->robots.v[i]->host, host) == 0)
			return r->robots.v[i];
	h = xcalloc(1, sizeof *h);
	snprintf(h->host, sizeof h->host, "%s", host);
	*VEC_PUSH(&r->robots) = h;
	sep = strstr(t->url, "://");
	url = xasprintf("%.*s/robots.txt", (int)(sep + 3 + strcspn(sep + 3, "/?#") - t->url),
	                t->url);
	rt = xcalloc(1, sizeof *rt);
	rt->url = url;
	rt->robots = h;
	*VEC_PUSH(&r->targets) = rt;
	if (catalogue_robots_get(r->cat, host, &rc, &found) != 0)
		memset(&rc, 0, sizeof rc);
	if (http_client_add(r->http, url, found && rc.body ? rc.etag : NULL,
	                    found && rc.body ? rc.last_modified : NULL, rt) != 0) {
		h->state = ROBOTS_READY;
		h->rules = robots_allow_all();
	}
	catalogue_robots_cache_free(&rc);
	return h;
}

static void
robots_gate(struct run_state *r, struct target *t)
{
	struct host_robots *h = robots_of(r, t);
	if (!h)
		submit(r, t);
	else if (h->state == ROBOTS_ASKED)
		*VEC_PUSH(&h->waiting) = t;
	else
		robots_decide(r, t, h);
}

/* The rules from a robots.txt answer (RFC 9309 2.3.1): a body is parsed
 * and kept, a 304 reuses the kept copy, a 4xx allows everything, anything
 * else (5xx, a timeout, the budget) asks nothing of the host this run. */
static void
robots_answer(struct run_state *r, struct host_robots *h, struct http_resp *resp)
{
	char *agent = agent_token(r->o->cfg->user_agent ? r->o->cfg->user_agent : "hotfeed");
	struct robots_cache rc;
	int found = 0;
	memset(&rc, 0, sizeof rc);
	if (resp->outcome == HTTP_BODY) {
		h->rules = robots_parse((const char *)resp->body, resp->len, agent);
		rc.etag = xstrdup(resp->etag);
		rc.last_modified = xstrdup(resp->last_modified);
		rc.body = xstrndup((const char *)resp->body, resp->len);
		rc.len = resp->len;
		rc.status = resp->status;
		if (catalogue_robots_put(r->cat, h->host, &rc, time(NULL)) != 0)
			say(r, "%s: %s", r->o->db, catalogue_error(r->cat));
	} else if (resp->outcome == HTTP_NOT_MODIFIED &&
	           catalogue_robots_get(r->cat, h->host, &rc, &found) == 0 && found && rc.body) {
		h->rules = robots_parse(rc.body, rc.len, agent);
	} else if (resp->outcome == HTTP_GONE || (resp->status >= 400 && resp->status < 500)) {
		h->rules = robots_allow_all();
	} else {
		h->state = ROBOTS_NONE;
		h->none_as = resp->outcome == HTTP_BUDGET     ? FRONTIER_BUDGET
		             : resp->outcome == HTTP_STOPPED  ? FRONTIER_INTERRUPTED
		             : resp->outcome == HTTP_DEFERRED ? FRONTIER_DEFERRED
		                                              : FRONTIER_ROBOTS;
		h->why = xasprintf("robots.txt of %s not read (%s): nothing asked of it this run",
		                   h->host,
		                   resp->err[0] ? resp->err : http_outcome_name(resp->outcome));
	}
	catalogue_robots_cache_free(&rc);
	free(agent);
	if (h->rules) {
		long delay;
		h->state = ROBOTS_READY;
		delay = robots_delay_ms(h->rules);
		if (delay > r->o->cfg->delay_ms) /* Crawl-delay: a lower bound on --delay */
			http_client_host_limits(r->http, h->host, -1, delay);
	}
	if (r->o->verbose)
		say(r, "%s/robots.txt: %s", h->host, h->state == ROBOTS_NONE ? h->why : "read");
	for (size_t i = 0; i < h->waiting.n; i++)
		robots_decide(r, h->waiting.v[i], h);
	h->waiting.n = 0;
}

/* --- results ------------------------------------------------------------- */

static void
record_http_state(struct run_state *r, const char *url, const struct http_resp *resp,
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
	catalogue_http_state_free(&st);
}

/* The links of an index page, read in the isolated parser worker; -1 when
 * it could not be parsed (the entry says why). */
static int
read_links(struct run_state *r, struct target *t, const unsigned char *body, size_t len,
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

/* Classify the links of t: its next pages at its own depth, its
 * sub-indexes one deeper (up to --depth), its bulletin pages; each with
 * its rank (t's, then its place on t; a next page's after t's own links).
 * Returns how many are to be recorded (v filled; ranks malloc'd). */
static size_t
classify_links(struct run_state *r, struct target *t, const struct html_links *links,
               struct frontier_link *v)
{
	const char *pattern = t->src ? t->src->pattern : NULL;
	size_t n = 0, pages = 0;
	for (size_t i = 0; i < links->v.n; i++) {
		const struct html_link *l = &links->v.v[i];
		enum crawl_kind k = crawl_classify_link(t->root, l, pattern);
		if (k == CRAWL_SKIP || (k == CRAWL_INDEX && t->depth >= r->o->cfg->depth))
			continue;
		pages += k == CRAWL_PAGE;
		v[n] = (struct frontier_link){
			.url = l->href,
			.root = t->root,
			.depth = k == CRAWL_NEXT ? t->depth : t->depth + 1,
			.is_index = k != CRAWL_PAGE,
			.rank = xasprintf("%s%c%05zu", t->rank, k == CRAWL_NEXT ? '~' : '.', i),
		};
		n++;
	}
	if (t->src && pages > 0)
		r->pattern_hits[t->src - r->o->sources] += pages;
	return n;
}

/* Record the links of an index page in the frontier (one transaction: a
 * run killed after this keeps them) and queue its index pages now; its
 * bulletin pages wait for the frontier's turn (fetch_frontier).  Queueing
 * adds report entries, so the entry is set through its index, never
 * through a pointer held across. */
static void
follow_links(struct run_state *r, struct target *t, const struct html_links *links)
{
	size_t over = r->over_limit, n = links->v.n;
	struct frontier_link *v = xcalloc(n + 1, sizeof *v);
	int *is_index = xcalloc(n + 1, sizeof *is_index);
	size_t m = classify_links(r, t, links, v), keep = m;
	struct url_entry *e;
	/* the frontier grows by at most HF_MAX_RUN_URLS a run, as the queue did */
	if (r->recorded + keep > HF_MAX_RUN_URLS)
		keep = r->recorded < HF_MAX_RUN_URLS ? HF_MAX_RUN_URLS - r->recorded : 0;
	r->over_limit += m - keep;
	r->recorded += keep;
	r->frontier_grew = 1;
	if (catalogue_frontier_add(r->cat, r->run, v, keep, is_index) != 0) {
		say(r, "%s: %s", r->o->db, catalogue_error(r->cat));
		r->db_error = 1;
	}
	for (size_t i = 0; i < m; i++) {
		if (i < keep && is_index[i])
			enqueue(r, v[i].url, 1, v[i].depth, t->src, t->root, v[i].rank);
		free((char *)v[i].rank);
	}
	free(is_index);
	free(v);
	e = &r->rep.urls.v[t->entry];
	e->result = UR_INDEX;
	if (strcmp(e->kind, "index") != 0) {
		free(e->kind);
		e->kind = xstrdup("index");
	}
	over = r->over_limit - over;
	if (over > 0)
		e->message =
			xasprintf("%zu links (%zu past the run's limit of %d URLs were ignored)", n,
		                  over, HF_MAX_RUN_URLS);
	else
		e->message = n < HF_MAX_INDEX_LINKS
		                     ? xasprintf("%zu links", n)
		                     : xasprintf("%zu links (the limit: the rest were ignored)", n);
}

/* Read the links of a fetched index page, follow them, and keep the body
 * for the next run's 304. */
static void
index_body(struct run_state *r, struct target *t, struct http_resp *resp, struct html_links *links)
{
	follow_links(r, t, links);
	if (cache_put(r, t->url, resp->body, resp->len, resp->charset) == 0)
		record_http_state(r, t->url, resp, 1);
}

static void
index_done(struct run_state *r, struct target *t, struct url_entry *e, struct http_resp *resp)
{
	struct html_links links = { 0 };
	char *body, *charset;
	size_t len;
	if (resp->outcome == HTTP_BODY) {
		if (read_links(r, t, resp->body, resp->len, resp->charset, resp->effective_url,
		               &links) == 0)
			index_body(r, t, resp, &links);
		html_links_free(&links);
		return;
	}
	/* 304: the links are those of the cached body */
	if (cache_get(r, t->url, r->o->cfg->max_bytes, &body, &len) != 0) {
		e->result = UR_FAILED;
		e->message =
			xstrdup("304 for an index page whose copy is gone; next run refetches it");
		record_http_state(r, t->url, resp, 0);
		return;
	}
	/* relative to where the 304 came from, as the body was on the run that
	   cached it (t->url resolved the links of a redirected index wrongly) */
	charset = cache_charset(r, t->url);
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
page_is_index(struct run_state *r, struct target *t, struct http_resp *resp,
              struct html_links *links)
{
	char err[256];
	const char *pattern = t->src ? t->src->pattern : NULL;
	const char *cs = t->src && t->src->charset ? t->src->charset : resp->charset;
	size_t like = 0;
	struct parse_opts po;
	struct bulletin b;
	int other;
	if (!crawl_may_be_index(resp->body, resp->len, resp->effective_url) ||
	    crawl_index_links(resp->body, resp->len, cs, resp->effective_url, links, err,
	                      sizeof err) < 0)
		return 0;
	for (size_t i = 0; i < links->v.n && like < CRAWL_INDEX_MIN_BULLETINS; i++)
		like += crawl_bulletin_like(t->root, &links->v.v[i], pattern);
	if (like < CRAWL_INDEX_MIN_BULLETINS)
		return 0;
	po = r->popts;
	po.charset = cs;
	po.url = t->url;
	if (parse_page(resp->body, resp->len, &po, &b, err, sizeof err) != 0)
		return 0;
	other = b.kind == BULLETIN_OTHER;
	bulletin_free(&b);
	return other;
}

static const enum url_result from_ingest[] = {
	[INGEST_NEW] = UR_NEW,
	[INGEST_UPDATED] = UR_UPDATED,
	[INGEST_UNCHANGED] = UR_UNCHANGED,
	[INGEST_REGRESSION] = UR_REGRESSION,
	[INGEST_FAILED] = UR_FAILED,
};

/* A page on its way through the ingest queue: what its result needs. */
struct queued_page {
	struct target *t;
	struct http_resp v;              /* status and validators only (owned copies) */
	struct queued_page *next, *prev; /* run.queued: in the queue, not stored */
};

/* Into the run's list of pages in the ingest queue. */
static void
qp_link(struct run_state *r, struct queued_page *qp)
{
	qp->next = r->queued_pages;
	if (qp->next)
		qp->next->prev = qp;
	r->queued_pages = qp;
}

/* Out of the list, and freed. */
static void
qp_free(struct run_state *r, struct queued_page *qp)
{
	if (qp->prev)
		qp->prev->next = qp->next;
	else if (r->queued_pages == qp)
		r->queued_pages = qp->next;
	if (qp->next)
		qp->next->prev = qp->prev;
	free((char *)qp->v.etag);
	free((char *)qp->v.last_modified);
	free(qp);
}

static void count_done(struct run_state *r, struct target *t, enum http_outcome how);

/* The page is stored: its report entry, and its validators in the same
 * batch as its model. */
static void
page_stored(void *arg, void *tag, const char *url, const struct ingest_result *res)
{
	struct run_state *r = arg;
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
		                  res->status != INGEST_FAILED &&
		                          res->status != INGEST_REGRESSION &&
		                          diag_list_count(&res->diags, DIAG_ERROR) == 0);
	count_done(r, t, HTTP_BODY);
	qp_free(r, qp);
}

/* 1 when the page went into the ingest queue (its entry is filled when it
 * is stored), 0 when it is done now. */
static int
page_done(struct run_state *r, struct target *t, struct url_entry *e, struct http_resp *resp)
{
	const char *url;
	struct html_links links = { 0 };
	int is_index;
	struct page pg;
	struct queued_page *qp;

	if (resp->outcome == HTTP_NOT_MODIFIED) {
		e->result = UR_NOT_MODIFIED;
		return 0;
	}
	is_index = page_is_index(r, t, resp, &links);
	if (is_index) {
		t->is_index = 1;
		index_body(r, t, resp, &links);
	}
	html_links_free(&links);
	if (is_index)
		return 0;
	url = t->url;
	pg = (struct page){
		.url = url,
		.body = resp->body,
		.len = resp->len,
		.headers = resp->headers,
		.charset = t->src && t->src->charset ? t->src->charset : resp->charset,
		.seen = time(NULL),
	};
	qp = xcalloc(1, sizeof *qp);
	qp->t = t;
	qp->v.status = resp->status;
	qp->v.etag = xstrdup(resp->etag);
	qp->v.last_modified = xstrdup(resp->last_modified);
	qp_link(r, qp);
	if (ingest_queue_put(r->iq, &pg, qp) != 0) {
		e = &r->rep.urls.v[t->entry];
		e->result = UR_FAILED;
		e->message = xasprintf("%s: %s", r->o->db, catalogue_error(r->cat));
		r->db_error = 1;
		qp_free(r, qp);
		return 0;
	}
	return 1;
}

static void
failure_done(struct run_state *r, struct target *t, struct url_entry *e, struct http_resp *resp)
{
	e->message = resp->err[0] ? xstrdup(resp->err) : NULL;
	switch (resp->outcome) {
	case HTTP_GONE:
		e->result = UR_GONE;
		if (http_url_is_remote(t->url))
			record_http_state(r, t->url, resp, 0);
		break;
	case HTTP_BUDGET:
	case HTTP_STOPPED:
		e->result = UR_PENDING;
		break;
	case HTTP_DEFERRED:
		/* status 0: never sent, the host asked an earlier run to wait */
		e->result = resp->status ? UR_DEFERRED : UR_SKIPPED;
		if (resp->status &&
		    catalogue_host_set_retry(r->cat, resp->host, resp->retry_until)) {
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

/* What a result means for the URL's next check (catalogue.h). */
static const enum frontier_outcome frontier_of[UR_COUNT] = {
	[UR_NEW] = FRONTIER_CHANGED,         [UR_UPDATED] = FRONTIER_CHANGED,
	[UR_REGRESSION] = FRONTIER_CHANGED,  [UR_INDEX] = FRONTIER_CHANGED,
	[UR_UNCHANGED] = FRONTIER_UNCHANGED, [UR_NOT_MODIFIED] = FRONTIER_UNCHANGED,
	[UR_GONE] = FRONTIER_UNCHANGED,      [UR_FAILED] = FRONTIER_FAILED,
	[UR_DEFERRED] = FRONTIER_DEFERRED,   [UR_SKIPPED] = FRONTIER_DEFERRED,
	[UR_PENDING] = FRONTIER_BUDGET,
};

/* Write the frontier marks held (in one transaction). */
static void
flush_marks(struct run_state *r)
{
	if (catalogue_frontier_mark(r->cat, r->run, r->marks.v, r->marks.n) != 0) {
		say(r, "%s: %s", r->o->db, catalogue_error(r->cat));
		r->db_error = 1;
	}
	for (size_t i = 0; i < r->marks.n; i++)
		free(r->marks.v[i].url);
	r->marks.n = 0;
}

/* Marks are written MARKS_BATCH at a time: one commit (an fsync) per 304
 * cost more than the request.  A run killed before a flush loses only when
 * its last URLs were fetched: they are due again, nothing found is lost. */
#define MARKS_BATCH 512

static void
mark_as(struct run_state *r, struct target *t, enum frontier_outcome o)
{
	struct frontier_mark *m = VEC_PUSH(&r->marks);
	m->url = xstrdup(t->url);
	m->outcome = o;
	m->is_index = t->is_index;
	if (r->marks.n >= MARKS_BATCH)
		flush_marks(r);
}

static void
mark_frontier(struct run_state *r, struct target *t, enum url_result res, enum http_outcome how)
{
	mark_as(r, t,
	        res == UR_PENDING && how == HTTP_STOPPED ? FRONTIER_INTERRUPTED : frontier_of[res]);
}

/* The first write error to the catalogue ends the downloads: what would
 * come could not be stored (a full disk, an I/O error, a read-only file). */
static void
stop_on_db_error(struct run_state *r)
{
	if (!r->db_error || r->stopped)
		return;
	r->stopped = 1;
	say(r, "%s: the catalogue cannot be written: no more downloads this run%s", r->o->db,
	    r->o->publish ? ", and nothing will be published" : "");
	http_client_stop(r->http, 1, "the catalogue cannot be written");
}

/* A URL is done: counted, said with -v (its diagnostics too), the batch
 * ticked, and the downloads stopped at the first catalogue write error. */
static void
count_done(struct run_state *r, struct target *t, enum http_outcome how)
{
	struct url_entry *e = &r->rep.urls.v[t->entry];

	mark_frontier(r, t, e->result, how);
	r->done++;
	if (report_result_is_problem(e->result) || diag_list_count(&e->diags, DIAG_ERROR))
		r->problems++;
	if (r->o->verbose) {
		say(r, "%s: %s%s%s", e->url, report_result_name(e->result), e->message ? ": " : "",
		    e->message ? e->message : "");
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
	struct run_state *r = arg;
	struct target *t = user;
	struct url_entry *e;
	if (t->robots) {
		robots_answer(r, t->robots, resp);
		return;
	}
	e = &r->rep.urls.v[t->entry];
	e->status = resp->status;
	e->attempts = resp->attempts;
	e->bytes = resp->len;
	e->wire_bytes = resp->wire_bytes;
	e->seconds = resp->seconds;
	if (resp->outcome == HTTP_BODY || resp->outcome == HTTP_NOT_MODIFIED) {
		if (t->is_index)
			index_done(r, t, e, resp);
		else if (page_done(r, t, e, resp))
			return; /* counted when stored */
	} else {
		failure_done(r, t, e, resp);
	}
	count_done(r, t, resp->outcome); /* enqueue may have moved the entries: by index */
}

static void
on_tick(void *arg, size_t queued, size_t active, size_t done)
{
	struct run_state *r = arg;
	if (stop_count)
		http_client_stop(r->http, stop_count > 1 ? 2 : 1, NULL);
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

/* A root index: ranked in the order given, recorded in the frontier. */
static void
queue_root(struct run_state *r, const char *url, const struct source_cfg *src)
{
	char *rank;
	struct target *t;
	struct frontier_link l;

	if (strset_has(&r->queued, url))
		return;
	rank = xasprintf("%04zu", r->nroots++);
	l = (struct frontier_link){ .url = url, .root = url, .rank = rank, .is_index = 1 };
	r->recorded++;
	if (catalogue_frontier_add(r->cat, r->run, &l, 1, NULL) != 0) {
		say(r, "%s: %s", r->o->db, catalogue_error(r->cat));
		r->db_error = 1;
	}
	t = enqueue(r, url, 1, 0, src, NULL, rank);
	free(rank);
	if (t)
		*VEC_PUSH(&r->roots) = (struct root){ t->url, src };
}

/* The source of a frontier URL found under root, or NULL when root is not
 * a root of this run. */
static const struct root *
root_of(struct run_state *r, const char *root)
{
	for (size_t i = 0; i < r->roots.n; i++)
		if (strcmp(r->roots.v[i].url, root) == 0)
			return &r->roots.v[i];
	return NULL;
}

static void
queue_sources(struct run_state *r)
{
	for (size_t i = 0; i < r->o->nsources; i++) {
		const struct source_cfg *s = &r->o->sources[i];
		for (size_t j = 0; j < s->index.n; j++) {
			char *u = crawl_url_from_arg(s->index.v[j]);
			queue_root(r, u, s);
			free(u);
		}
		for (size_t j = 0; j < s->page.n; j++) {
			/* a local path becomes the file:// URL `hotfeed ingest` gives
			 * it, so both name the page alike (id-less pages are keyed
			 * by URL) */
			char *u = crawl_url_from_arg(s->page.v[j]);
			enqueue(r, u, 0, 0, s, NULL, NULL);
			free(u);
		}
	}
}

/* A source whose pattern matched no link of the index pages read: said
 * once per run (a case or a path off by one level leaves every feed empty). */
static int
pattern_warnings(struct run_state *r)
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

/* The frontier's URLs left for later runs, by reason (a due URL with no
 * reason recorded was left for the budget). */
static void
count_pending(struct run_state *r)
{
	frontier_list due = { 0 };
	if (catalogue_frontier_due(r->cat, r->run, r->o->recheck_all, &due) != 0) {
		say(r, "%s: %s", r->o->db, catalogue_error(r->cat));
		r->db_error = 1;
	}
	for (size_t i = 0; i < due.n; i++) {
		const char *why = due.v[i].pending;
		/* left without a reason: the budget, or the stop that came first */
		size_t k = stop_count ? FRONTIER_INTERRUPTED - FRONTIER_BUDGET : 0;
		/* a known page whose re-check did not fit is due, not pending */
		if (!root_of(r, due.v[i].root) || (due.v[i].last_run > 0 && !why))
			continue;
		for (int o = FRONTIER_BUDGET; why && o <= FRONTIER_INTERRUPTED; o++)
			if (strcmp(why, catalogue_frontier_pending_name(o)) == 0)
				k = (size_t)(o - FRONTIER_BUDGET);
		r->rep.pending[k]++;
		if (!why && stop_count) /* so that `hotfeed status` says the same */
			*VEC_PUSH(&r->marks) =
				(struct frontier_mark){ xstrdup(due.v[i].url), FRONTIER_INTERRUPTED,
				                        due.v[i].is_index };
	}
	catalogue_frontier_list_free(&due);
	flush_marks(r);
}

/* Publish unless the catalogue is the run's problem, a second signal came,
 * or there is nothing to publish: a catalogue without a bulletin would
 * replace the feeds by empty ones (a 404 on the index, a pattern that
 * matches nothing).  Returns the exit status so far. */
static int
publish_step(struct run_state *r, int code)
{
	const struct run_opts *o = r->o;
	long n;
	char err[512] = "";
	if (!o->publish || r->db_error || stop_count > 1)
		return code;
	n = catalogue_bulletin_count(r->cat);
	if (n == 0) {
		size_t pending = RUN_PENDING_TOTAL(&r->rep); /* the next runs will tell */
		if (!o->quiet && !pending)
			say(r, "no bulletin found: nothing published (see the problems below)");
		r->rep.publish_error = xstrdup("no bulletin in the catalogue: nothing published");
		return pending ? code : HF_EXIT_FATAL;
	}
	if (o->publish(o->publish_arg, r->cat, err, sizeof err) != 0) {
		r->rep.publish_error = xstrdup(err);
		return HF_EXIT_FATAL;
	}
	return code;
}

/* The run's row in the catalogue, for `hotfeed status`. */
static void
record_run(struct run_state *r)
{
	char *counts = report_counts_json(&r->rep);
	struct run_record rec = {
		.seconds = r->rep.seconds,
		.requests = r->rep.requests,
		.pending = (long)RUN_PENDING_TOTAL(&r->rep),
		.exit_code = r->rep.exit_code,
		.interrupted = r->rep.interrupted,
		.counts = counts,
	};
	if (!r->db_error && catalogue_run_end(r->cat, r->run, &rec) != 0)
		say(r, "%s: %s", r->o->db, catalogue_error(r->cat));
	free(counts);
}

/* What a human reads: nothing on success without a terminal, except once,
 * on the catalogue's first run, that pages are left for the next runs. */
static void
print_summary(struct run_state *r, int code)
{
	const struct run_opts *o = r->o;
	if (o->quiet)
		return;
	if (code != HF_EXIT_OK) {
		fputs("hotfeed: ", stderr);
		report_totals(&r->rep, stderr);
		report_problems(&r->rep, stderr, PROBLEMS_SHOWN);
	} else if (o->verbose || r->prog.enabled || r->rep.interrupted) {
		fputs("hotfeed: ", stderr);
		report_totals(&r->rep, stderr);
	} else if (RUN_PENDING_TOTAL(&r->rep) > 0 && catalogue_runs_before(r->cat, r->run) == 0) {
		say(r,
		    "%zu pages pending: the next runs fetch them, %ld requests at a time "
		    "(--max-requests)",
		    RUN_PENDING_TOTAL(&r->rep), o->cfg->max_requests);
	}
}

static int
finish_run(struct run_state *r, double t0)
{
	const struct run_opts *o = r->o;
	int code = HF_EXIT_OK;
	struct diag_tally tally;
	report_count(&r->rep);
	flush_marks(r);
	count_pending(r);
	r->rep.interrupted = stop_count > 0;
	for (int i = 0; i < UR_COUNT; i++)
		if (r->rep.count[i] && report_result_is_problem(i))
			code = HF_EXIT_PARTIAL;
	report_tally(&r->rep, &tally);
	if (tally.pages_with_errors)
		code = HF_EXIT_PARTIAL; /* a page yielded much less than a bulletin */
	if (pattern_warnings(r))
		code = code == HF_EXIT_OK ? HF_EXIT_PARTIAL : code;
	if (r->db_error)
		code = HF_EXIT_FATAL; /* nothing published: the catalogue is the run's state */
	if (r->db_error && o->publish)
		r->rep.publish_error = xstrdup("skipped: the catalogue could not be written");
	if (!r->db_error)
		code = publish_step(r, code);
	if (r->rep.interrupted && code != HF_EXIT_FATAL)
		code = stop_signal == SIGTERM ? HF_EXIT_SIGTERM : HF_EXIT_SIGINT;
	r->rep.seconds = mono_now() - t0;
	r->rep.requests = http_client_requests(r->http);
	r->rep.exit_code = code;
	progress_clear(&r->prog);
	if (o->report) {
		char err[512];
		if (report_write(&r->rep, o->report, err, sizeof err) != 0) {
			say(r, "%s", err);
			if (code == HF_EXIT_OK)
				code = HF_EXIT_PARTIAL;
		}
	}
	record_run(r);
	print_summary(r, code);
	return code;
}

/* The frontier's turn: the URLs due, never-fetched ones first, in index
 * order, as many as the budget has requests left; the due list is read
 * again only when pages fetched turned out to be indexes with more links.
 * Local files cost no request. */
static int
fetch_frontier(struct run_state *r)
{
	frontier_list due = { 0 };
	size_t pos = 0;
	int rc = 0;
	r->frontier_grew = 1;
	while (!stop_count && rc == 0) {
		long left = r->o->cfg->max_requests - http_client_requests(r->http), added = 0;
		if (left <= 0)
			break;
		flush_marks(r);
		if (pos == due.n && r->frontier_grew) {
			catalogue_frontier_list_free(&due);
			pos = 0;
			r->frontier_grew = 0;
			if (catalogue_frontier_due(r->cat, r->run, r->o->recheck_all, &due) != 0) {
				say(r, "%s: %s", r->o->db, catalogue_error(r->cat));
				r->db_error = 1;
				break;
			}
		}
		for (; pos < due.n && added < left && r->queued.n < HF_MAX_RUN_URLS; pos++) {
			const struct frontier_entry *e = &due.v[pos];
			const struct root *root = root_of(r, e->root);
			if (!root || strset_has(&r->queued, e->url))
				continue;
			enqueue(r, e->url, e->is_index, e->depth, root->src, root->url, e->rank);
			added++;
		}
		if (added == 0 && !(pos == due.n && r->frontier_grew))
			break;
		if (added > 0 && http_client_run(r->http, on_done, on_tick, r) != 0)
			rc = -1;
	}
	catalogue_frontier_list_free(&due);
	return rc;
}

static void
run_free(struct run_state *r)
{
	for (size_t i = 0; i < r->targets.n; i++) {
		free(r->targets.v[i]->url);
		free(r->targets.v[i]->rank);
		free(r->targets.v[i]);
	}
	free(r->targets.v);
	strset_free(&r->queued);
	strlist_free(&r->hosts_checked);
	free(r->pattern_hits);
	free(r->roots.v);
	for (size_t i = 0; i < r->robots.n; i++) {
		robots_free(r->robots.v[i]->rules);
		free(r->robots.v[i]->why);
		free(r->robots.v[i]->waiting.v);
		free(r->robots.v[i]);
	}
	free(r->robots.v);
	for (size_t i = 0; i < r->marks.n; i++)
		free(r->marks.v[i].url);
	free(r->marks.v);
	report_free(&r->rep);
	http_client_free(r->http);
	ingest_queue_free(r->iq);
	while (r->queued_pages) /* never stored: a database error ended the queue */
		qp_free(r, r->queued_pages);
	catalogue_close(r->cat);
	free(r->cache_dir);
}

int
run_main(const struct run_opts *o)
{
	char msg[512];
	double t0 = mono_now();
	int lock = lock_acquire(o->db, msg, sizeof msg);
	struct run_state r;
	int code = HF_EXIT_FATAL;
	struct http_opts ho;
	int fetched;
	struct sigaction sa = { .sa_handler = on_stop_signal }, old_int, old_term;
	if (lock < 0) {
		fprintf(stderr, "hotfeed: %s\n", msg);
		return lock == -1 ? HF_EXIT_LOCKED : HF_EXIT_FATAL;
	}
	memset(&r, 0, sizeof r);
	r.o = o;
	r.rep.command = o->command;
	r.rep.started = time(NULL);
	progress_init(&r.prog, o->quiet || o->verbose);
	r.cache_dir = xasprintf("%s.index-cache", o->db);
	util_remove_stale_temps(r.cache_dir); /* an interrupted run's, under the lock */
	r.pattern_hits = xcalloc(o->nsources + 1, sizeof *r.pattern_hits);
	parse_opts_init(&r.popts);
	r.popts.max_bytes = o->cfg->max_bytes;
	r.popts.isolate = 1;
	r.popts.jobs = (unsigned)o->cfg->jobs;
	http_opts_from_config(&ho, o->cfg);
	if ((r.cat = catalogue_open(o->db, msg, sizeof msg)) == NULL) {
		fprintf(stderr, "hotfeed: %s\n", msg);
		goto out;
	}
	if ((r.http = http_client_new(&ho)) == NULL) {
		fprintf(stderr, "hotfeed: cannot initialize libcurl\n");
		goto out;
	}
	if (catalogue_run_begin(r.cat, o->command, r.rep.started, &r.run) != 0) {
		fprintf(stderr, "hotfeed: %s: %s\n", o->db, catalogue_error(r.cat));
		goto out;
	}
	sigemptyset(&sa.sa_mask);
	stop_count = stop_signal = 0;
	sigaction(SIGINT, &sa, &old_int);
	sigaction(SIGTERM, &sa, &old_term);
	catalogue_batch_begin(r.cat, CAT_BATCH_PAGES, CAT_BATCH_MS);
	r.iq = ingest_queue_new(r.cat, &r.popts, page_stored, &r);
	queue_sources(&r);
	fetched = http_client_run(r.http, on_done, on_tick, &r) == 0 && fetch_frontier(&r) == 0;
	if (ingest_queue_flush(r.iq) != 0) {
		say(&r, "%s: %s", o->db, catalogue_error(r.cat));
		r.db_error = 1;
	}
	if (catalogue_batch_end(r.cat) != 0) {
		say(&r, "%s: %s", o->db, catalogue_error(r.cat));
		r.db_error = 1;
	}
	if (!fetched)
		fprintf(stderr, "hotfeed: libcurl failed\n");
	else
		code = finish_run(&r, t0);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
out:
	run_free(&r);
	lock_release(lock);
	return code;
}
