/*
 * http.h — hotfeed's HTTP client: a queue of GET requests driven by libcurl's
 * multi interface, polite (per-host concurrency limit, minimum delay between
 * requests to one host, Retry-After honoured) and bounded (timeouts, low-speed
 * limit, body ceiling after decompression, at most 5 redirects and only to
 * http/https, a per-run request budget).  file:// URLs and local paths are
 * read directly, never through curl.
 *
 * Included by fetch/ only.  curl_* is used only in fetch/http.c.
 *
 * Ownership: http_client_add() copies what it is given.  A struct http_resp
 * passed to the done callback belongs to the client and is valid only during
 * the callback; the callback may take the body with http_resp_take_body().
 */
#ifndef HOTFEED_HTTP_H
#define HOTFEED_HTTP_H

#include <stddef.h>
#include <time.h>

struct http_opts {
	const char *user_agent;
	long connect_timeout; /* seconds */
	long timeout;         /* seconds, whole transfer */
	long low_speed_limit; /* bytes/s below which ... */
	long low_speed_time;  /* ... for this many seconds a transfer is dropped */
	size_t max_bytes;     /* body ceiling, after decompression */
	int per_host;         /* concurrent transfers per host (>= 1) */
	long delay_ms;        /* minimum gap between request starts to one host */
	int retries;          /* extra attempts for 5xx, timeouts, truncations */
	long backoff_ms;      /* first retry waits this, then doubles */
	long max_requests;    /* request budget for the client's life; 0 = none */
	long max_wait;        /* Retry-After up to this many seconds is waited out
	                         within the run; longer defers the host */
};

/* Defaults: see http.c (polite: 2 per host, 1000 ms delay, 30 s timeout). */
void http_opts_init(struct http_opts *o);

enum http_outcome {
	HTTP_BODY,         /* 2xx with a complete body */
	HTTP_NOT_MODIFIED, /* 304 */
	HTTP_GONE,         /* 404 or 410 */
	HTTP_DEFERRED,     /* the host asked us to wait (429/503 Retry-After) */
	HTTP_FAILED,       /* anything else: error in err */
	HTTP_BUDGET,       /* not sent: the request budget is spent */
	HTTP_STOPPED       /* not sent: the client was asked to stop */
};
const char *http_outcome_name(enum http_outcome o);

struct http_resp {
	enum http_outcome outcome;
	const char *url;           /* as requested */
	const char *effective_url; /* after redirects (== url when none) */
	int status;                /* last HTTP status, 0 when none */
	unsigned char *body;       /* HTTP_BODY: the complete body (NUL-terminated) */
	size_t len;
	const char *headers;              /* raw headers of the final response, or NULL */
	const char *content_type;         /* or NULL */
	const char *charset;              /* the Content-Type charset parameter, or NULL */
	const char *etag, *last_modified; /* validators of the response, or NULL */
	time_t retry_until;               /* HTTP_DEFERRED: do not ask this host before */
	const char *host;                 /* "host:port" (empty for local files) */
	int attempts;                     /* requests made for this URL */
	double seconds;                   /* wall time from first start to the end */
	size_t wire_bytes;                /* bytes received on the wire (compressed) */
	char err[256];                    /* HTTP_FAILED, HTTP_DEFERRED: why */
};

/* Take the body out of resp (caller frees); resp->body becomes NULL. */
unsigned char *http_resp_take_body(struct http_resp *resp, size_t *len);

struct http_client;

/* NULL when curl cannot be initialized. */
struct http_client *http_client_new(const struct http_opts *o);
void http_client_free(struct http_client *c);

/* Queue a GET of url with optional validators (NULL when none); user is
 * handed back in the done callback.  Returns 0, or -1 when url is not
 * http, https, file or a local path (the callback is not called then). */
int http_client_add(struct http_client *c, const char *url, const char *etag,
                    const char *last_modified, void *user);

/* Treat host ("host:port") as asking us to wait until `until`: its queued
 * and future requests end as HTTP_DEFERRED without being sent. */
void http_client_defer_host(struct http_client *c, const char *host, time_t until);

/* Per-host politeness for host ("host:port"), overriding the client's
 * per_host and delay_ms (a value < 0 keeps the client's). */
void http_client_host_limits(struct http_client *c, const char *host, int per_host, long delay_ms);

/* Stop: requests not started yet (also those queued later) end as
 * HTTP_STOPPED (level 1), or, with a reason (the caller cannot store what
 * would come: a catalogue write error), as HTTP_DEFERRED with status 0
 * and err "not sent: " why; transfers under way finish.  With level 2,
 * http_client_run() also returns at once, leaving the transfers in flight
 * unfinished (their done callback is never called).  Safe to call from
 * the tick and done callbacks. */
void http_client_stop(struct http_client *c, int level, const char *why);

typedef void (*http_done_fn)(void *arg, void *user, struct http_resp *resp);
/* Optional: called about ten times a second with what is queued/active/done. */
typedef void (*http_tick_fn)(void *arg, size_t queued, size_t active, size_t done);

/* Run until every queued request has ended, calling done once per request
 * (done may queue more).  Returns 0, or -1 on an internal curl error. */
int http_client_run(struct http_client *c, http_done_fn done, http_tick_fn tick, void *arg);

/* Requests sent so far (every attempt counts against the budget). */
long http_client_requests(const struct http_client *c);

/* "host:port" of an http(s) URL into out ("" for file URLs and paths);
 * 0, or -1 when url cannot be parsed. */
int http_url_host(const char *url, char *out, size_t outlen);

/* 1 when url is an http or https URL, 0 otherwise (file://, paths). */
int http_url_is_remote(const char *url);

#endif
