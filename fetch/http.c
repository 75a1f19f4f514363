/*
 * http.c — the HTTP client of fetch/http.h on libcurl's multi interface.
 * The only file of hotfeed that calls curl_*.
 *
 * One loop: start what politeness allows (per-host slots, per-host delay,
 * deferred hosts, budget), let curl move bytes, classify what finished
 * (complete body, 304, gone, deferred, retry later, failed), repeat.
 */
#include "fetch/http.h"
#include "core/util.h"
#include "core/limits.h"
#include "core/bulletin.h"
#include "core/config.h"

#include <curl/curl.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define HEADERS_MAX     (64u << 10)  /* response header block ceiling */
#define RETRY_AFTER_MAX (24L * 3600) /* a longer Retry-After is capped to a day */
#define POLL_MS_MAX     100

struct req {
	char *url, *etag, *last_modified;
	void *user;
	char host[256];
	int attempts;
	double first_start, not_before; /* monotonic seconds */
	CURL *easy;
	struct curl_slist *hdrs;
	struct buf body, headers;
	int too_big, headers_too_big;
	char errbuf[CURL_ERROR_SIZE];
};

struct host {
	char name[256];
	int active;
	int per_host;          /* 0 = the client's */
	long delay_ms;         /* -1 = the client's */
	double next_start;     /* monotonic */
	time_t deferred_until; /* wall clock; 0 = not deferred */
};

struct http_client {
	struct http_opts o;
	CURLM *multi;
	VEC(struct req *) queue;
	VEC(struct host) hosts;
	size_t active, done;
	long requests;
	int stop;       /* http_client_stop()'s level */
	char *stop_why; /* ... and its reason, or NULL */
};

static const char *const outcome_names[] = {
	[HTTP_BODY] = "ok",         [HTTP_NOT_MODIFIED] = "not-modified",
	[HTTP_GONE] = "gone",       [HTTP_DEFERRED] = "deferred",
	[HTTP_FAILED] = "failed",   [HTTP_BUDGET] = "budget",
	[HTTP_STOPPED] = "stopped",
};

/* curl errors worth another attempt: the network, not the content. */
static const CURLcode transient[] = {
	CURLE_COULDNT_CONNECT,      CURLE_OPERATION_TIMEDOUT,
	CURLE_PARTIAL_FILE,         CURLE_RECV_ERROR,
	CURLE_SEND_ERROR,           CURLE_GOT_NOTHING,
	CURLE_COULDNT_RESOLVE_HOST, CURLE_HTTP2,
	CURLE_HTTP2_STREAM,
};

const char *
http_outcome_name(enum http_outcome o)
{
	return outcome_names[o];
}

void
http_opts_init(struct http_opts *o)
{
	memset(o, 0, sizeof *o);
	o->user_agent = HF_DEFAULT_USER_AGENT;
	o->connect_timeout = HF_DEFAULT_CONNECT_TIMEOUT;
	o->timeout = HF_DEFAULT_TIMEOUT;
	o->low_speed_limit = 100;
	o->low_speed_time = 15;
	o->max_bytes = HF_MAX_PAGE_BYTES;
	o->per_host = HF_DEFAULT_PER_HOST;
	o->delay_ms = HF_DEFAULT_DELAY_MS;
	o->retries = HF_DEFAULT_RETRIES;
	o->backoff_ms = 1000;
	o->max_requests = HF_DEFAULT_MAX_REQUESTS;
	o->max_wait = 5;
}

static double
mono_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
http_url_is_remote(const char *url)
{
	return ascii_ncasecmp(url, "http://", 7) == 0 || ascii_ncasecmp(url, "https://", 8) == 0;
}

static int
is_file_url(const char *url)
{
	return ascii_ncasecmp(url, "file://", 7) == 0;
}

/* A local path: no scheme at all. */
static int
is_local_path(const char *url)
{
	const char *p = url;
	while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
	       *p == '+' || *p == '-' || *p == '.')
		p++;
	return !(p > url && p[0] == ':' && p[1] == '/' && p[2] == '/');
}

int
http_url_host(const char *url, char *out, size_t outlen)
{
	CURLU *u;
	char *host = NULL, *port = NULL;
	int rc = -1;

	out[0] = '\0';
	if (!http_url_is_remote(url))
		return 0;
	u = curl_url();
	if (!u)
		return -1;
	if (curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) {
		int n = snprintf(out, outlen, "%s:%s", host, port);
		rc = n > 0 && (size_t)n < outlen ? 0 : -1;
		for (char *p = out; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p += 'a' - 'A';
	}
	curl_free(host);
	curl_free(port);
	curl_url_cleanup(u);
	if (rc)
		out[0] = '\0';
	return rc;
}

unsigned char *
http_resp_take_body(struct http_resp *resp, size_t *len)
{
	unsigned char *b = resp->body;
	*len = resp->len;
	resp->body = NULL;
	resp->len = 0;
	return b;
}

struct http_client *
http_client_new(const struct http_opts *o)
{
	static int curl_ready;
	struct http_client *c;
	if (!curl_ready) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
			return NULL;
		curl_ready = 1;
	}
	c = xcalloc(1, sizeof *c);
	c->o = *o;
	if (c->o.per_host < 1)
		c->o.per_host = 1;
	if (c->o.delay_ms < 0)
		c->o.delay_ms = 0;
	c->multi = curl_multi_init();
	if (!c->multi) {
		free(c);
		return NULL;
	}
	return c;
}

static void
req_reset_transfer(struct req *r)
{
	if (r->easy)
		curl_easy_cleanup(r->easy);
	r->easy = NULL;
	curl_slist_free_all(r->hdrs);
	r->hdrs = NULL;
	buf_free(&r->body);
	buf_free(&r->headers);
	r->too_big = r->headers_too_big = 0;
	r->errbuf[0] = '\0';
}

static void
req_free(struct req *r)
{
	req_reset_transfer(r);
	free(r->url);
	free(r->etag);
	free(r->last_modified);
	free(r);
}

void
http_client_free(struct http_client *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->queue.n; i++)
		req_free(c->queue.v[i]);
	free(c->queue.v);
	free(c->hosts.v);
	free(c->stop_why);
	curl_multi_cleanup(c->multi);
	free(c);
}

long
http_client_requests(const struct http_client *c)
{
	return c->requests;
}

static struct host *
host_get(struct http_client *c, const char *name)
{
	struct host *h;

	for (size_t i = 0; i < c->hosts.n; i++)
		if (strcmp(c->hosts.v[i].name, name) == 0)
			return &c->hosts.v[i];
	h = VEC_PUSH(&c->hosts);
	snprintf(h->name, sizeof h->name, "%s", name);
	h->delay_ms = -1;
	return h;
}

void
http_client_host_limits(struct http_client *c, const char *host, int per_host, long delay_ms)
{
	struct host *h = host_get(c, host);
	if (per_host > 0)
		h->per_host = per_host;
	if (delay_ms >= 0)
		h->delay_ms = delay_ms;
}

void
http_client_defer_host(struct http_client *c, const char *host, time_t until)
{
	struct host *h = host_get(c, host);
	if (until > h->deferred_until)
		h->deferred_until = until;
}

int
http_client_add(struct http_client *c, const char *url, const char *etag, const char *last_modified,
                void *user)
{
	char host[256] = "";
	struct req *r;
	if (http_url_is_remote(url)) {
		if (http_url_host(url, host, sizeof host))
			return -1;
	} else if (!is_file_url(url) && !is_local_path(url)) {
		return -1;
	}
	r = xcalloc(1, sizeof *r);
	r->url = xstrdup(url);
	r->etag = xstrdup(etag);
	r->last_modified = xstrdup(last_modified);
	r->user = user;
	memcpy(r->host, host, sizeof host);
	*VEC_PUSH(&c->queue) = r;
	return 0;
}

/* --- finishing a request ------------------------------------------------ */

static void
finish(struct http_client *c, struct req *r, struct http_resp *resp, http_done_fn done, void *arg)
{
	resp->url = r->url;
	if (!resp->effective_url)
		resp->effective_url = r->url;
	resp->host = r->host;
	resp->attempts = r->attempts;
	if (r->first_start > 0)
		resp->seconds = mono_now() - r->first_start;
	c->done++;
	done(arg, r->user, resp);
	free(resp->body);
	req_free(r);
}

static void finish_error(struct http_client *c, struct req *r, enum http_outcome oc, int status,
                         http_done_fn done, void *arg, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

static void
finish_error(struct http_client *c, struct req *r, enum http_outcome oc, int status,
             http_done_fn done, void *arg, const char *fmt, ...)
{
	struct http_resp resp;
	va_list ap;
	memset(&resp, 0, sizeof resp);
	resp.outcome = oc;
	resp.status = status;
	va_start(ap, fmt);
	vsnprintf(resp.err, sizeof resp.err, fmt, ap);
	va_end(ap);
	finish(c, r, &resp, done, arg);
}

static int
hex_digit(int c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
	                              : -1;
}

/* The file a file:// URL or a local path names (malloc'd).  A file URL is
 * %-decoded: crawl_url_from_arg() and url_resolve() %-escape what a
 * URL cannot hold (file:///srv/a%20b/x.html is "/srv/a b/x.html"); reading
 * the escapes literally failed every such page.  %00 is not decoded (it
 * would cut the path short) and a '%' without two hex digits stays. */
static char *
local_path(const char *url)
{
	char *path, *o;

	if (!is_file_url(url))
		return xstrdup(url);
	url += 7;
	if (ascii_ncasecmp(url, "localhost/", 10) == 0)
		url += 9;
	path = xmalloc(strlen(url) + 1);
	o = path;
	for (const char *p = url; *p; p++) {
		int hi = p[0] == '%' ? hex_digit((unsigned char)p[1]) : -1;
		int lo = hi >= 0 ? hex_digit((unsigned char)p[2]) : -1;
		if (lo >= 0 && (hi | lo)) {
			*o++ = (char)(hi << 4 | lo);
			p += 2;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	return path;
}

static void
finish_local(struct http_client *c, struct req *r, http_done_fn done, void *arg)
{
	char *path = local_path(r->url);
	struct http_resp resp;
	char *data;
	size_t len;
	memset(&resp, 0, sizeof resp);
	r->attempts = 1;
	r->first_start = mono_now();
	if (read_file(path, c->o.max_bytes, &data, &len)) {
		resp.outcome = HTTP_FAILED;
		if (errno == EFBIG)
			snprintf(resp.err, sizeof resp.err, "larger than %zu bytes",
			         c->o.max_bytes);
		else
			snprintf(resp.err, sizeof resp.err, "%s", strerror(errno));
		if (errno == ENOENT)
			resp.outcome = HTTP_GONE;
	} else {
		resp.outcome = HTTP_BODY;
		resp.body = (unsigned char *)data;
		resp.len = len;
		resp.wire_bytes = len;
	}
	free(path);
	finish(c, r, &resp, done, arg);
}

/* --- starting a transfer ------------------------------------------------ */

static size_t
on_body(char *p, size_t size, size_t n, void *ud)
{
	struct req *r = ud;
	if (buf_append(&r->body, p, size * n)) {
		r->too_big = 1;
		return 0; /* aborts the transfer: CURLE_WRITE_ERROR */
	}
	return size * n;
}

static size_t
on_header(char *p, size_t size, size_t n, void *ud)
{
	struct req *r = ud;
	if (n * size >= 5 && memcmp(p, "HTTP/", 5) == 0)
		buf_reset(&r->headers); /* a new response (redirect, 1xx): keep only the last */
	if (buf_append(&r->headers, p, size * n)) {
		r->headers_too_big = 1;
		return 0; /* aborts the transfer: CURLE_WRITE_ERROR */
	}
	return size * n;
}

static int
transfer_setup(struct http_client *c, struct req *r)
{
	CURL *e = curl_easy_init();
	int bad = 0;
	if (!e)
		return -1;
	r->easy = e;
	buf_init(&r->body, c->o.max_bytes);
	buf_init(&r->headers, HEADERS_MAX);
	if (r->etag) {
		char *h = xasprintf("If-None-Match: %s", r->etag);
		r->hdrs = curl_slist_append(r->hdrs, h);
		free(h);
	}
	if (r->last_modified) {
		char *h = xasprintf("If-Modified-Since: %s", r->last_modified);
		r->hdrs = curl_slist_append(r->hdrs, h);
		free(h);
	}
	bad |= curl_easy_setopt(e, CURLOPT_URL, r->url);
	bad |= curl_easy_setopt(e, CURLOPT_PRIVATE, r);
	bad |= curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	bad |= curl_easy_setopt(e, CURLOPT_ERRORBUFFER, r->errbuf);
	bad |= curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	bad |= curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	bad |= curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
	bad |= curl_easy_setopt(e, CURLOPT_MAXREDIRS, 5L);
	bad |= curl_easy_setopt(e, CURLOPT_USERAGENT, c->o.user_agent);
	bad |= curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
	bad |= curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, c->o.connect_timeout);
	bad |= curl_easy_setopt(e, CURLOPT_TIMEOUT, c->o.timeout);
	bad |= curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, c->o.low_speed_limit);
	bad |= curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, c->o.low_speed_time);
	bad |= curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)c->o.max_bytes);
	bad |= curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	bad |= curl_easy_setopt(e, CURLOPT_WRITEDATA, r);
	bad |= curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	bad |= curl_easy_setopt(e, CURLOPT_HEADERDATA, r);
	bad |= curl_easy_setopt(e, CURLOPT_HTTPHEADER, r->hdrs);
	if (bad || curl_multi_add_handle(c->multi, e) != CURLM_OK)
		return -1;
	return 0;
}

/* Start every queued request that politeness allows now; finish those that
 * need no network (local files) or may not be sent (deferred host, budget).
 * Returns seconds until the next queued request could start (or POLL max). */
static double
start_ready(struct http_client *c, http_done_fn done, void *arg)
{
	double now = mono_now(), wait = POLL_MS_MAX / 1000.0;
	time_t wall = time(NULL);
	size_t i, keep = 0;

	/* One pass that keeps the waiting requests in order (v[0..keep)); a
	 * memmove for each request taken made draining a queue quadratic:
	 * 200 000 local links of 20 sub-indexes took 8.2 s.  A finished
	 * request may queue more (an index's links): they are appended past
	 * the end, and read by the same pass; c->queue.v may move then. */
	for (i = 0; i < c->queue.n; i++) {
		struct req *r = c->queue.v[i];
		struct host *h;
		double ready;
		int slots;
		c->queue.v[i] = NULL;
		if (c->stop && c->stop_why != NULL) {
			/* the caller cannot take more: unsent, like a deferred host */
			finish_error(c, r, HTTP_DEFERRED, 0, done, arg, "not sent: %s",
			             c->stop_why);
			continue;
		}
		if (c->stop) {
			finish_error(c, r, HTTP_STOPPED, 0, done, arg,
			             "not sent: the run was stopped");
			continue;
		}
		if (!r->host[0]) {
			finish_local(c, r, done, arg);
			continue;
		}
		h = host_get(c, r->host);
		if (h->deferred_until > wall) {
			char when[32];
			struct tm tm;
			strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ",
			         gmtime_r(&h->deferred_until, &tm));
			finish_error(c, r, HTTP_DEFERRED, 0, done, arg, "%s asked to wait until %s",
			             r->host, when);
			continue;
		}
		if (c->o.max_requests > 0 && c->requests >= c->o.max_requests) {
			finish_error(c, r, HTTP_BUDGET, 0, done, arg,
			             "request budget of %ld exhausted", c->o.max_requests);
			continue;
		}
		ready = r->not_before > h->next_start ? r->not_before : h->next_start;
		slots = h->per_host > 0 ? h->per_host : c->o.per_host;
		if (h->active >= slots || ready > now) {
			if (h->active < slots && ready - now < wait)
				wait = ready - now;
			c->queue.v[keep++] = r;
			continue;
		}
		if (transfer_setup(c, r)) {
			finish_error(c, r, HTTP_FAILED, 0, done, arg, "cannot set up the transfer");
			continue;
		}
		if (r->attempts++ == 0)
			r->first_start = now;
		c->requests++;
		c->active++;
		h->active++;
		h->next_start = now + (h->delay_ms >= 0 ? h->delay_ms : c->o.delay_ms) / 1000.0;
	}
	c->queue.n = keep;
	return wait;
}

/* --- classifying a finished transfer ------------------------------------ */

static int
is_transient(CURLcode rc)
{
	for (size_t i = 0; i < sizeof transient / sizeof *transient; i++)
		if (transient[i] == rc)
			return 1;
	return 0;
}

/* Queue r again after a backoff (or `after` seconds); 0, or -1 when out of attempts. */
static int
retry_later(struct http_client *c, struct req *r, double after)
{
	if (r->attempts > c->o.retries)
		return -1;
	if (after <= 0) {
		after = c->o.backoff_ms / 1000.0;
		for (int k = 1; k < r->attempts; k++)
			after *= 2;
	}
	req_reset_transfer(r);
	r->not_before = mono_now() + after;
	*VEC_PUSH(&c->queue) = r;
	return 0;
}

/* A header of the final response, copied (or NULL). */
static char *
header_dup(CURL *e, const char *name)
{
	struct curl_header *h;
	if (curl_easy_header(e, name, 0, CURLH_HEADER, -1, &h) != CURLHE_OK)
		return NULL;
	return xstrdup(h->value);
}

/* The charset parameter of a Content-Type value, into out. */
static void
content_type_charset(const char *ct, char *out, size_t outlen)
{
	out[0] = '\0';
	for (const char *p = ct; p && (p = strchr(p, ';')) != NULL;) {
		size_t n;
		p++;
		while (*p == ' ' || *p == '\t')
			p++;
		if (ascii_ncasecmp(p, "charset=", 8) != 0)
			continue;
		p += 8;
		if (*p == '"')
			p++;
		n = strcspn(p, "\";, \t");
		if (n >= outlen)
			n = outlen - 1;
		memcpy(out, p, n);
		out[n] = '\0';
		return;
	}
}

struct finished {
	CURLcode rc;
	long status;
	curl_off_t clen, wire;
	long retry_after;
	char *eff;
};

static void
deliver_body(struct http_client *c, struct req *r, struct finished *f, http_done_fn done, void *arg)
{
	struct http_resp resp;
	char *ct = NULL, *etag = NULL, *lm = NULL, charset[64];
	memset(&resp, 0, sizeof resp);
	resp.status = (int)f->status;
	resp.effective_url = f->eff;
	resp.wire_bytes = (size_t)f->wire;
	resp.headers = r->headers.data;
	if (f->status == 304) {
		resp.outcome = HTTP_NOT_MODIFIED;
	} else {
		size_t len;
		resp.outcome = HTTP_BODY;
		resp.body = (unsigned char *)buf_steal(&r->body, &len);
		resp.len = len;
		ct = header_dup(r->easy, "Content-Type");
		content_type_charset(ct, charset, sizeof charset);
		resp.content_type = ct;
		resp.charset = charset[0] ? charset : NULL;
	}
	etag = header_dup(r->easy, "ETag");
	lm = header_dup(r->easy, "Last-Modified");
	resp.etag = etag;
	resp.last_modified = lm;
	finish(c, r, &resp, done, arg);
	free(ct);
	free(etag);
	free(lm);
}

/* 429 or 503: honour Retry-After (wait within the run when short, else
 * defer the host); without one, a 503 is an ordinary 5xx. Returns 1 when
 * handled. */
static int
handle_busy(struct http_client *c, struct req *r, struct finished *f, http_done_fn done, void *arg)
{
	long ra;
	time_t until;
	struct http_resp resp;

	if (f->retry_after <= 0)
		return 0;
	ra = f->retry_after > RETRY_AFTER_MAX ? RETRY_AFTER_MAX : f->retry_after;
	if (ra <= c->o.max_wait && retry_later(c, r, (double)ra) == 0)
		return 1;
	until = time(NULL) + ra;
	http_client_defer_host(c, r->host, until);
	memset(&resp, 0, sizeof resp);
	resp.outcome = HTTP_DEFERRED;
	resp.status = (int)f->status;
	resp.retry_until = until;
	snprintf(resp.err, sizeof resp.err, "HTTP %ld, Retry-After %ld s", f->status, ra);
	finish(c, r, &resp, done, arg);
	return 1;
}

static void
classify(struct http_client *c, struct req *r, struct finished *f, http_done_fn done, void *arg)
{
	long s;

	if (f->rc == CURLE_OK && f->clen >= 0 && f->wire != f->clen) {
		f->rc = CURLE_PARTIAL_FILE; /* curl should have said so; never trust a short body */
		snprintf(r->errbuf, sizeof r->errbuf, "received %lld of %lld bytes",
		         (long long)f->wire, (long long)f->clen);
	}
	if (f->rc != CURLE_OK) {
		if (r->too_big || f->rc == CURLE_FILESIZE_EXCEEDED) {
			finish_error(c, r, HTTP_FAILED, (int)f->status, done, arg,
			             "body larger than %zu bytes (after decompression)",
			             c->o.max_bytes);
			return;
		}
		/* curl's own words for these were "Failed writing header" and
		 * "Out of memory" (its ceiling on one header line is 100 KB) */
		if (r->headers_too_big) {
			finish_error(c, r, HTTP_FAILED, (int)f->status, done, arg,
			             "response headers larger than %u KiB", HEADERS_MAX >> 10);
			return;
		}
		if (f->rc == CURLE_OUT_OF_MEMORY) {
			finish_error(c, r, HTTP_FAILED, (int)f->status, done, arg,
			             "a response header line too long for curl (or out of memory)");
			return;
		}
		if (is_transient(f->rc) && retry_later(c, r, 0) == 0)
			return;
		finish_error(c, r, HTTP_FAILED, (int)f->status, done, arg, "%s%s%s",
		             curl_easy_strerror(f->rc), r->errbuf[0] ? ": " : "", r->errbuf);
		return;
	}
	s = f->status;
	if ((s >= 200 && s < 300) || s == 304) {
		deliver_body(c, r, f, done, arg);
		return;
	}
	if ((s == 429 || s == 503) && handle_busy(c, r, f, done, arg))
		return;
	if (s == 404 || s == 410) {
		finish_error(c, r, HTTP_GONE, (int)s, done, arg, "HTTP %ld", s);
		return;
	}
	if ((s >= 500 || s == 429) && retry_later(c, r, 0) == 0)
		return;
	finish_error(c, r, HTTP_FAILED, (int)s, done, arg, "HTTP %ld", s);
}

static void
collect_done(struct http_client *c, http_done_fn done, void *arg)
{
	CURLMsg *m;
	int left;
	while ((m = curl_multi_info_read(c->multi, &left)) != NULL) {
		CURL *e;
		struct req *r = NULL;
		curl_off_t ra = 0;
		struct finished f;
		char *eff = NULL;
		if (m->msg != CURLMSG_DONE)
			continue;
		e = m->easy_handle;
		f = (struct finished){ .rc = m->data.result, .clen = -1 };
		curl_easy_getinfo(e, CURLINFO_PRIVATE, (char **)&r);
		curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &f.status);
		curl_easy_getinfo(e, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &f.clen);
		curl_easy_getinfo(e, CURLINFO_SIZE_DOWNLOAD_T, &f.wire);
		curl_easy_getinfo(e, CURLINFO_RETRY_AFTER, &ra);
		f.retry_after = (long)ra;
		curl_easy_getinfo(e, CURLINFO_EFFECTIVE_URL, &eff);
		f.eff = xstrdup(eff);
		curl_multi_remove_handle(c->multi, e);
		c->active--;
		host_get(c, r->host)->active--;
		classify(c, r, &f, done, arg);
		free(f.eff);
	}
}

void
http_client_stop(struct http_client *c, int level, const char *why)
{
	if (why != NULL && c->stop_why == NULL)
		c->stop_why = xstrdup(why);
	if (level > c->stop)
		c->stop = level;
}

int
http_client_run(struct http_client *c, http_done_fn done, http_tick_fn tick, void *arg)
{
	double last_tick = 0;
	while ((c->queue.n || c->active) && c->stop < 2) {
		double wait = start_ready(c, done, arg);
		int running = 0;
		int ms;
		if (curl_multi_perform(c->multi, &running) != CURLM_OK)
			return -1;
		collect_done(c, done, arg);
		if (!c->queue.n && !c->active)
			break;
		ms = (int)(wait * 1000);
		if (ms < 0)
			ms = 0;
		if (ms > POLL_MS_MAX)
			ms = POLL_MS_MAX;
		if (curl_multi_poll(c->multi, NULL, 0, ms, NULL) != CURLM_OK)
			return -1;
		if (tick && mono_now() - last_tick >= 0.1) {
			last_tick = mono_now();
			tick(arg, c->queue.n, c->active, c->done);
		}
	}
	if (tick)
		tick(arg, 0, 0, c->done);
	return 0;
}
