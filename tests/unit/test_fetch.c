/*
 * test_fetch.c — the fetch stage below the shell tests: URL resolution and
 * hosts (fetch/http.h), crawl rules (ingest/crawl.h), index-page links
 * (parse/links.h), the HTTP client against a tiny in-process server on
 * 127.0.0.1 (charset, validators, 304, 404, Retry-After as seconds and as
 * an HTTP-date, retries, truncation, size ceilings, gzip, redirects, budget,
 * politeness, local files), the run report (fetch/report.h, read back with
 * jansson), the run lock (fetch/lock.h) and the crawl depth of run_main()
 * over local index trees (ingest/run.h).
 *
 * The server answers each path with canned raw responses: the nth request
 * for a path gets the response registered for nth (or the last one below
 * it), so "503 then 200" is two routes.  Every request is logged with the
 * time it arrived.
 */
#include "testutil.h"
#include "core/config.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "core/url.h"
#include "core/util.h"
#include "ingest/crawl.h"
#include "fetch/http.h"
#include "fetch/lock.h"
#include "fetch/report.h"
#include "ingest/run.h"
#include "parse/links.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <jansson.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---------------------------------------------------------------------------
 * helpers
 */

static char *
must(char *s)
{
	ck_assert_ptr_nonnull(s);
	return s;
}

/* url_resolve(base, ref, 0) is want (NULL: cannot be resolved). */
static void
resolves(int line, const char *base, const char *ref, const char *want)
{
	char *got = url_resolve(base, ref, 0);
	ck_assert_msg(want == NULL ? got == NULL : got != NULL && !strcmp(got, want),
	              "line %d: resolve(%s, \"%s\") = %s, want %s", line, base, ref,
	              got ? got : "NULL", want ? want : "NULL");
	free(got);
}
#define RESOLVES(base, ref, want) resolves(__LINE__, (base), (ref), (want))

static double
mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char tmpdir[64];

static void
make_tmpdir(void)
{
	strcpy(tmpdir, "/tmp/hf-fetch-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static int
rm_entry(const char *p, const struct stat *st, int flag, struct FTW *f)
{
	return remove(p);
}

static void
rm_tmpdir(void)
{
	if (tmpdir[0])
		nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	tmpdir[0] = '\0';
}

/* Write text to tmpdir/rel, making the directories on the way. */
static void
put_file(const char *rel, const char *text)
{
	char *p = xasprintf("%s/%s", tmpdir, rel);
	for (char *s = p + strlen(tmpdir) + 1; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		ck_assert(mkdir(p, 0755) == 0 || errno == EEXIST);
		*s = '/';
	}
	ck_assert_int_eq(write_file_atomic(p, text, strlen(text)), 0);
	free(p);
}

/* ---------------------------------------------------------------------------
 * the test server
 */

#define SRV_MAX 64

struct route {
	char path[128];
	int nth;
	char *data;
	size_t len;
};

static struct {
	int fd, port, stop[2], running;
	pthread_t th;
	pthread_mutex_t mu;
	struct route routes[SRV_MAX];
	size_t nroutes;
	char *req[SRV_MAX]; /* raw request heads, in arrival order */
	char path[SRV_MAX][128];
	double when[SRV_MAX]; /* mono() at arrival */
	size_t nreq;
} srv = { .mu = PTHREAD_MUTEX_INITIALIZER };

static void
write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t k = write(fd, p, n);
		if (k <= 0)
			return;
		p += k;
		n -= (size_t)k;
	}
}

static void
serve_one(int c)
{
	char req[8192], path[128] = "";
	size_t n = 0;
	req[0] = '\0';
	while (n < sizeof req - 1 && !strstr(req, "\r\n\r\n")) {
		struct pollfd p = { .fd = c, .events = POLLIN };
		if (poll(&p, 1, 3000) <= 0)
			break;
		ssize_t k = read(c, req + n, sizeof req - 1 - n);
		if (k <= 0)
			break;
		n += (size_t)k;
		req[n] = '\0';
	}
	if (sscanf(req, "GET %127s", path) != 1)
		return;
	pthread_mutex_lock(&srv.mu);
	int nth = 0;
	for (size_t i = 0; i < srv.nreq; i++)
		nth += strcmp(srv.path[i], path) == 0;
	if (srv.nreq < SRV_MAX) {
		srv.req[srv.nreq] = xstrdup(req);
		snprintf(srv.path[srv.nreq], sizeof srv.path[0], "%s", path);
		srv.when[srv.nreq] = mono();
		srv.nreq++;
	}
	const struct route *best = NULL;
	for (size_t i = 0; i < srv.nroutes; i++)
		if (strcmp(srv.routes[i].path, path) == 0 && srv.routes[i].nth <= nth &&
		    (!best || srv.routes[i].nth > best->nth))
			best = &srv.routes[i];
	pthread_mutex_unlock(&srv.mu);
	if (best)
		write_all(c, best->data, best->len);
	else
		write_all(c,
		          "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
		          "Connection: close\r\n\r\n",
		          64);
}

static void *
serve(void *unused)
{
	for (;;) {
		struct pollfd p[2] = { { .fd = srv.fd, .events = POLLIN },
			               { .fd = srv.stop[0], .events = POLLIN } };
		if (poll(p, 2, -1) < 0 && errno != EINTR)
			break;
		if (p[1].revents)
			break;
		if (!(p[0].revents & POLLIN))
			continue;
		int c = accept(srv.fd, NULL, NULL);
		if (c < 0)
			continue;
		serve_one(c);
		close(c);
	}
	return NULL;
}

static void
server_start(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t alen = sizeof a;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	srv.fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	ck_assert_int_ge(srv.fd, 0);
	ck_assert_int_eq(bind(srv.fd, (struct sockaddr *)&a, sizeof a), 0);
	ck_assert_int_eq(listen(srv.fd, 16), 0);
	ck_assert_int_eq(getsockname(srv.fd, (struct sockaddr *)&a, &alen), 0);
	srv.port = ntohs(a.sin_port);
	ck_assert_int_eq(pipe(srv.stop), 0);
	ck_assert_int_eq(pthread_create(&srv.th, NULL, serve, NULL), 0);
	srv.running = 1;
}

static void
server_stop(void)
{
	if (srv.running) {
		write_all(srv.stop[1], "x", 1);
		pthread_join(srv.th, NULL);
		close(srv.fd);
		close(srv.stop[0]);
		close(srv.stop[1]);
		srv.running = 0;
	}
	for (size_t i = 0; i < srv.nroutes; i++)
		free(srv.routes[i].data);
	for (size_t i = 0; i < srv.nreq; i++)
		free(srv.req[i]);
	srv.nroutes = srv.nreq = 0;
}

/* The nth request for path gets these exact bytes. */
static void
route_raw(const char *path, int nth, const void *data, size_t len)
{
	pthread_mutex_lock(&srv.mu);
	ck_assert_uint_lt(srv.nroutes, SRV_MAX);
	struct route *r = &srv.routes[srv.nroutes++];
	snprintf(r->path, sizeof r->path, "%s", path);
	r->nth = nth;
	r->data = xmalloc(len + 1);
	memcpy(r->data, data, len);
	r->len = len;
	pthread_mutex_unlock(&srv.mu);
}

/* The nth request for path gets "HTTP/1.1 status", the headers (each ending
 * in \r\n), a true Content-Length, Connection: close and the body. */
static void
route(const char *path, int nth, const char *status, const char *headers, const char *body)
{
	char *r = xasprintf("HTTP/1.1 %s\r\n%sContent-Length: %zu\r\nConnection: close\r\n\r\n%s",
	                    status, headers, strlen(body), body);
	route_raw(path, nth, r, strlen(r));
	free(r);
}

/* An absolute URL on the test server (a ring of buffers: several at once). */
static const char *
U(const char *path)
{
	static char ring[8][256];
	static int k;
	char *s = ring[k++ % 8];
	snprintf(s, sizeof ring[0], "http://127.0.0.1:%d%s", srv.port, path);
	return s;
}

static const char *
host_port(void)
{
	static char s[64];
	snprintf(s, sizeof s, "127.0.0.1:%d", srv.port);
	return s;
}

static size_t
requests_for(const char *path)
{
	size_t n = 0;
	pthread_mutex_lock(&srv.mu);
	for (size_t i = 0; i < srv.nreq; i++)
		n += strcmp(srv.path[i], path) == 0;
	pthread_mutex_unlock(&srv.mu);
	return n;
}

/* The value of header name in the ith logged request (a static copy), or NULL. */
static const char *
req_header(size_t i, const char *name)
{
	static char v[512];
	ck_assert_uint_lt(i, srv.nreq);
	size_t nl = strlen(name);
	for (const char *p = strstr(srv.req[i], "\r\n"); p && p[2]; p = strstr(p + 2, "\r\n")) {
		const char *h = p + 2;
		if (ascii_ncasecmp(h, name, nl) == 0 && h[nl] == ':') {
			h += nl + 1;
			h += strspn(h, " ");
			snprintf(v, sizeof v, "%.*s", (int)strcspn(h, "\r\n"), h);
			return v;
		}
	}
	return NULL;
}

/* ---------------------------------------------------------------------------
 * collecting the client's answers
 */

struct got {
	enum http_outcome oc;
	int status, attempts;
	char *url, *eff, *body, *ct, *charset, *etag, *lm, *host, *headers, *err;
	size_t len, wire;
	time_t retry_until;
	double seconds;
	intptr_t user;
};

static struct got gots[16];
static size_t ngot;

static void
on_done(void *arg, void *user, struct http_resp *r)
{
	ck_assert_uint_lt(ngot, 16);
	struct got *g = &gots[ngot++];
	g->oc = r->outcome;
	g->status = r->status;
	g->attempts = r->attempts;
	g->url = xstrdup(r->url);
	g->eff = xstrdup(r->effective_url);
	if (r->body) {
		size_t len;
		g->body = (char *)http_resp_take_body(r, &len);
		g->len = len;
		ck_assert_ptr_null(r->body);
		ck_assert_uint_eq(r->len, 0);
	} else {
		g->len = r->len;
	}
	g->ct = xstrdup(r->content_type);
	g->charset = xstrdup(r->charset);
	g->etag = xstrdup(r->etag);
	g->lm = xstrdup(r->last_modified);
	g->host = xstrdup(r->host);
	g->headers = xstrdup(r->headers);
	g->err = xstrdup(r->err);
	g->wire = r->wire_bytes;
	g->retry_until = r->retry_until;
	g->seconds = r->seconds;
	g->user = (intptr_t)user;
}

static void
gots_free(void)
{
	for (size_t i = 0; i < ngot; i++) {
		struct got *g = &gots[i];
		free(g->url), free(g->eff), free(g->body), free(g->ct), free(g->charset);
		free(g->etag), free(g->lm), free(g->host), free(g->headers), free(g->err);
	}
	memset(gots, 0, sizeof gots);
	ngot = 0;
}

/* Options for tests: no delay, no retries, short timeouts. */
static struct http_opts
quick_opts(void)
{
	struct http_opts o;
	http_opts_init(&o);
	o.user_agent = "hotfeed-test/1";
	o.delay_ms = 0;
	o.retries = 0;
	o.backoff_ms = 10;
	o.timeout = 5;
	o.connect_timeout = 2;
	return o;
}

/* The one answer for url. */
static struct got *
fetch1(const struct http_opts *o, const char *url, const char *etag, const char *lm)
{
	struct http_client *c = http_client_new(o);
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(http_client_add(c, url, etag, lm, NULL), 0);
	ck_assert_int_eq(http_client_run(c, on_done, NULL, NULL), 0);
	http_client_free(c);
	ck_assert_uint_eq(ngot, 1);
	return &gots[0];
}

/* Fetch the paths (NULL-terminated) on the test server in one run of one
 * client; the answers are in gots[].  Returns the requests sent. */
static long
fetch_paths(const struct http_opts *o, ...)
{
	va_list ap;
	struct http_client *c = http_client_new(o);
	ck_assert_ptr_nonnull(c);
	va_start(ap, o);
	for (const char *p; (p = va_arg(ap, const char *)) != NULL;)
		ck_assert_int_eq(http_client_add(c, U(p), NULL, NULL, NULL), 0);
	va_end(ap);
	ck_assert_int_eq(http_client_run(c, on_done, NULL, NULL), 0);
	long n = http_client_requests(c);
	http_client_free(c);
	return n;
}

/* The answer for url among several (NULL when none). */
static struct got *
got_for(const char *url)
{
	for (size_t i = 0; i < ngot; i++)
		if (strcmp(gots[i].url, url) == 0)
			return &gots[i];
	return NULL;
}

static void
http_setup(void)
{
	server_start();
}

static void
http_teardown(void)
{
	server_stop();
	gots_free();
	rm_tmpdir();
}

/* ---------------------------------------------------------------------------
 * url_resolve: RFC 3986 section 5.4, base "http://a/b/c/d;p?q".
 * libcurl normalizes an empty path to "/" ("//g" -> "http://g/"); the
 * fragment is always dropped (the crawler never wants it).
 */

#define RB "http://a/b/c/d;p?q"

START_TEST(resolve_rfc3986_normal)
{
	RESOLVES(RB, "g", "http://a/b/c/g");
	RESOLVES(RB, "./g", "http://a/b/c/g");
	RESOLVES(RB, "g/", "http://a/b/c/g/");
	RESOLVES(RB, "/g", "http://a/g");
	RESOLVES(RB, "//g", "http://g/");
	RESOLVES(RB, "?y", "http://a/b/c/d;p?y");
	RESOLVES(RB, "g?y", "http://a/b/c/g?y");
	RESOLVES(RB, "#s", "http://a/b/c/d;p?q");
	RESOLVES(RB, "g#s", "http://a/b/c/g");
	RESOLVES(RB, "g?y#s", "http://a/b/c/g?y");
	RESOLVES(RB, ";x", "http://a/b/c/;x");
	RESOLVES(RB, "g;x", "http://a/b/c/g;x");
	RESOLVES(RB, "g;x?y#s", "http://a/b/c/g;x?y");
	RESOLVES(RB, "", "http://a/b/c/d;p?q");
	RESOLVES(RB, ".", "http://a/b/c/");
	RESOLVES(RB, "./", "http://a/b/c/");
	RESOLVES(RB, "..", "http://a/b/");
	RESOLVES(RB, "../", "http://a/b/");
	RESOLVES(RB, "../g", "http://a/b/g");
	RESOLVES(RB, "../..", "http://a/");
	RESOLVES(RB, "../../", "http://a/");
	RESOLVES(RB, "../../g", "http://a/g");
}
END_TEST

START_TEST(resolve_rfc3986_abnormal)
{
	/* dot segments past the root stop at the root */
	RESOLVES(RB, "../../../g", "http://a/g");
	RESOLVES(RB, "../../../../g", "http://a/g");
	RESOLVES(RB, "/./g", "http://a/g");
	RESOLVES(RB, "/../g", "http://a/g");
	/* dots that are not whole segments are names */
	RESOLVES(RB, "g.", "http://a/b/c/g.");
	RESOLVES(RB, ".g", "http://a/b/c/.g");
	RESOLVES(RB, "g..", "http://a/b/c/g..");
	RESOLVES(RB, "..g", "http://a/b/c/..g");
	RESOLVES(RB, "./../g", "http://a/b/g");
	RESOLVES(RB, "./g/.", "http://a/b/c/g/");
	RESOLVES(RB, "g/./h", "http://a/b/c/g/h");
	RESOLVES(RB, "g/../h", "http://a/b/c/h");
	RESOLVES(RB, "g;x=1/./y", "http://a/b/c/g;x=1/y");
	RESOLVES(RB, "g;x=1/../y", "http://a/b/c/y");
	/* dot segments in the query are not path */
	RESOLVES(RB, "g?y/./x", "http://a/b/c/g?y/./x");
	RESOLVES(RB, "g?y/../x", "http://a/b/c/g?y/../x");
	RESOLVES(RB, "g#s/./x", "http://a/b/c/g");
	RESOLVES(RB, "g#s/../x", "http://a/b/c/g");
}
END_TEST

START_TEST(resolve_absolute_and_scheme_relative)
{
	RESOLVES(RB, "https://x.example/", "https://x.example/");
	RESOLVES(RB, "http://x.example/p/../q?r#f", "http://x.example/q?r");
	RESOLVES(RB, "HTTP://X.EXAMPLE/A", "http://X.EXAMPLE/A"); /* scheme lowered, path kept */
	RESOLVES("https://a/b/c", "//h2/x", "https://h2/x");      /* keeps the base's scheme */
	RESOLVES("http://a:8080/b/c", "//h2:81/x", "http://h2:81/x");
	RESOLVES("http://a:8080/b/c", "d", "http://a:8080/b/d");
	RESOLVES("http://a:8080/b/c", "/d", "http://a:8080/d");
	RESOLVES("http://u:pw@a/b/c", "d", "http://u:pw@a/b/d");
}
END_TEST

START_TEST(resolve_query_and_fragment_against_document)
{
	/* "?" and "#" refs are relative to the document, not its directory */
	RESOLVES("http://a/b/c.html", "?page=2", "http://a/b/c.html?page=2");
	RESOLVES("http://a/b/c.html?x=1", "?page=2", "http://a/b/c.html?page=2");
	RESOLVES("http://a/b/c.html?x=1#top", "?page=2", "http://a/b/c.html?page=2");
	RESOLVES("http://a/b/c.html#top", "?page=2", "http://a/b/c.html?page=2");
	RESOLVES("http://a/b/c.html?x=1#top", "#s", "http://a/b/c.html?x=1");
	RESOLVES("http://a/b/c.html?x=1#top", "", "http://a/b/c.html?x=1");
	RESOLVES("http://a/b/", "?y", "http://a/b/?y");
	RESOLVES("http://a", "?q", "http://a/?q");
	RESOLVES("http://a", "#f", "http://a/");
	RESOLVES("http://a", "d", "http://a/d");
	/* a base ending in a file name: its directory */
	RESOLVES("http://a/archive/index.html", "ms05-039.html", "http://a/archive/ms05-039.html");
	RESOLVES("http://a/archive/index.html?y=2005", "ms05-039.html",
	         "http://a/archive/ms05-039.html");
	RESOLVES("http://a/archive", "ms05-039.html", "http://a/ms05-039.html");
	RESOLVES("http://a/archive/", "2005/", "http://a/archive/2005/");
}
END_TEST

START_TEST(resolve_whitespace)
{
	/* an href is stripped of leading and trailing white space (HTML);
	   tabs and newlines inside it are dropped (WHATWG URL) */
	RESOLVES(RB, " g", "http://a/b/c/g");
	RESOLVES(RB, "g ", "http://a/b/c/g");
	RESOLVES(RB, "  g  ", "http://a/b/c/g");
	RESOLVES(RB, "\tg\n", "http://a/b/c/g");
	RESOLVES(RB, "\r\n  ms05-\n039.html\r\n", "http://a/b/c/ms05-039.html");
	RESOLVES(RB, " ?y ", "http://a/b/c/d;p?y");
	RESOLVES(RB, "  ", "http://a/b/c/d;p?q");
	RESOLVES(RB, " #s", "http://a/b/c/d;p?q");
	/* a space inside is a character of the name */
	RESOLVES("http://a/b/", "x y.html", "http://a/b/x%20y.html");
	RESOLVES("http://a/b/", "x%20y.html", "http://a/b/x%20y.html");
}
END_TEST

START_TEST(resolve_file_base)
{
	RESOLVES("file:///srv/idx/index.html", "ms04.html", "file:///srv/idx/ms04.html");
	RESOLVES("file:///srv/idx/index.html", "../x.html", "file:///srv/x.html");
	RESOLVES("file:///srv/idx/index.html", "/x.html", "file:///x.html");
	RESOLVES("file:///srv/idx/index.html", "2005/index.html#a",
	         "file:///srv/idx/2005/index.html");
	RESOLVES("file:///srv/a%20b/index.html", "x.html", "file:///srv/a%20b/x.html");
	RESOLVES("file:///srv/idx/index.html", "http://h/x", "http://h/x");
}
END_TEST

START_TEST(resolve_unresolvable)
{
	/* schemes the crawler cannot fetch, and nonsense, give NULL */
	RESOLVES(RB, "javascript:void(0)", NULL);
	RESOLVES(RB, "JavaScript:history.back()", NULL);
	RESOLVES(RB, "mailto:secure@example.org", NULL);
	RESOLVES(RB, "g:h", NULL);
	RESOLVES(RB, "http://", NULL);
	RESOLVES("not a url", "d", NULL);
	RESOLVES("", "d", NULL);
	RESOLVES("", "http://x/", NULL);
}
END_TEST

START_TEST(url_host)
{
	static const struct {
		const char *url;
		int rc;
		const char *host;
	} cases[] = {
		{ "http://example.org/x", 0, "example.org:80" },
		{ "https://example.org/x", 0, "example.org:443" },
		{ "http://Example.ORG:8080/x", 0, "example.org:8080" },
		{ "HTTP://A/", 0, "a:80" },
		{ "http://user:pw@h:81/", 0, "h:81" },
		{ "http://user@h/", 0, "h:80" },
		{ "http://[::1]:8000/x", 0, "[::1]:8000" },
		{ "https://[2001:db8::1]/", 0, "[2001:db8::1]:443" },
		{ "http://h:/x", 0, "h:80" },
		{ "http://h?q", 0, "h:80" },
		{ "file:///etc/passwd", 0, "" },
		{ "/tmp/x.html", 0, "" },
		{ "x.html", 0, "" },
		{ "http://", -1, "" },
		{ "http://h:99999/", -1, "" },
	};
	char out[256];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		strcpy(out, "junk");
		ck_assert_msg(http_url_host(cases[i].url, out, sizeof out) == cases[i].rc, "%s: rc",
		              cases[i].url);
		ck_assert_msg(strcmp(out, cases[i].host) == 0, "%s: [%s], want [%s]", cases[i].url,
		              out, cases[i].host);
	}
	/* too small for "example.org:80": -1 and empty */
	char small[8] = "junk";
	ck_assert_int_eq(http_url_host("http://example.org/", small, sizeof small), -1);
	ck_assert_str_eq(small, "");
}
END_TEST

START_TEST(url_is_remote)
{
	ck_assert_int_eq(http_url_is_remote("http://a/"), 1);
	ck_assert_int_eq(http_url_is_remote("https://a/"), 1);
	ck_assert_int_eq(http_url_is_remote("HTTPS://a/"), 1);
	ck_assert_int_eq(http_url_is_remote("file:///a"), 0);
	ck_assert_int_eq(http_url_is_remote("/tmp/a"), 0);
	ck_assert_int_eq(http_url_is_remote("ftp://a/"), 0);
	ck_assert_int_eq(http_url_is_remote("http:/a"), 0);
	ck_assert_int_eq(http_url_is_remote("httpx://a/"), 0);
	ck_assert_int_eq(http_url_is_remote(""), 0);
}
END_TEST

/* ---------------------------------------------------------------------------
 * crawl_classify: hotfeed(1) --index, crawl.h
 */

#define ROOT  "http://ex.org/hotfix/archive/index.html"
#define MSPAT "*/ms[0-9][0-9]-[0-9][0-9][0-9].html"

#define CLASS(root, link, pat, want) \
	ck_assert_msg(crawl_classify((root), (link), (pat)) == (want), \
	              "classify(%s, %s, %s) = %d, want %d", (root), (link), (pat) ? (pat) : "-", \
	              crawl_classify((root), (link), (pat)), (want))

START_TEST(classify_subindexes)
{
	/* empty last segment, index.*, default.* under the root's directory */
	CLASS(ROOT, "http://ex.org/hotfix/archive/2005/", NULL, CRAWL_INDEX);
	CLASS(ROOT, "http://ex.org/hotfix/archive/2005/index.html", NULL, CRAWL_INDEX);
	CLASS(ROOT, "http://ex.org/hotfix/archive/2005/Default.aspx", NULL, CRAWL_INDEX);
	CLASS(ROOT, "http://ex.org/hotfix/archive/2005/INDEX.HTM?y=1", NULL, CRAWL_INDEX);
	CLASS(ROOT, "http://ex.org/hotfix/archive/list/?page=2", NULL, CRAWL_INDEX);
	CLASS(ROOT, "http://ex.org/hotfix/archive/", NULL, CRAWL_INDEX);
	CLASS(ROOT, ROOT, NULL, CRAWL_INDEX);
	/* index pages outside it are never followed, nor bulletins */
	CLASS(ROOT, "http://ex.org/hotfix/", NULL, CRAWL_SKIP);
	CLASS(ROOT, "http://ex.org/", NULL, CRAWL_SKIP);
	CLASS(ROOT, "http://ex.org/hotfix/index.html", NULL, CRAWL_SKIP);
	CLASS(ROOT, "http://ex.org/hotfix/archive2/index.html", NULL, CRAWL_SKIP);
	/* a root without a trailing slash: its directory is the parent */
	CLASS("http://ex.org/hotfix/archive", "http://ex.org/hotfix/archive2/index.html", NULL,
	      CRAWL_INDEX);
	/* a query on the root does not change its directory */
	CLASS("http://ex.org/hotfix/archive/index.html?lang=ja",
	      "http://ex.org/hotfix/archive/2005/", NULL, CRAWL_INDEX);
}
END_TEST

START_TEST(classify_pages_without_pattern)
{
	/* every other same-site link is a bulletin page, wherever it lies */
	CLASS(ROOT, "http://ex.org/hotfix/archive/ms05-039.html", NULL, CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org/hotfix/ms05-039.html", NULL, CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org/other/ms05-039.html", NULL, CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org/hotfix/archive/x.html?id=1/2", NULL, CRAWL_PAGE);
	/* names that merely look like index names */
	CLASS(ROOT, "http://ex.org/hotfix/archive/indexes.html", NULL, CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org/hotfix/archive/myindex.html", NULL, CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org/hotfix/archive/index", NULL, CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org/hotfix/archive/index.", NULL, CRAWL_PAGE);
	/* an empty pattern is no pattern */
	CLASS(ROOT, "http://ex.org/hotfix/archive/about.html", "", CRAWL_PAGE);
}
END_TEST

START_TEST(classify_off_site)
{
	/* same scheme class and host:port; host case and a default port do not matter */
	CLASS(ROOT, "http://EX.ORG/hotfix/archive/ms05-039.html", NULL, CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org:80/hotfix/archive/ms05-039.html", NULL, CRAWL_PAGE);
	CLASS(ROOT, "https://ex.org/hotfix/archive/ms05-039.html", NULL, CRAWL_SKIP);
	CLASS(ROOT, "http://ex.org:8080/hotfix/archive/ms05-039.html", NULL, CRAWL_SKIP);
	CLASS(ROOT, "http://other.org/hotfix/archive/ms05-039.html", NULL, CRAWL_SKIP);
	CLASS(ROOT, "http://www.ex.org/hotfix/archive/ms05-039.html", NULL, CRAWL_SKIP);
	CLASS(ROOT, "file:///hotfix/archive/ms05-039.html", NULL, CRAWL_SKIP);
	CLASS(ROOT, "http://other.org/hotfix/archive/2005/", NULL, CRAWL_SKIP);
	CLASS("http://[::1]:8000/a/index.html", "http://[::1]:8000/a/x.html", NULL, CRAWL_PAGE);
	CLASS("http://[::1]:8000/a/index.html", "http://[::2]:8000/a/x.html", NULL, CRAWL_SKIP);
}
END_TEST

START_TEST(classify_subindex_same_site_spelled_differently)
{
	/* "under the root's directory" is about the path: the same site
	   spelled with another host case, scheme case or its default port is
	   still the same place */
	CLASS(ROOT, "http://EX.ORG/hotfix/archive/2005/", NULL, CRAWL_INDEX);
	CLASS(ROOT, "HTTP://ex.org/hotfix/archive/2005/index.html", NULL, CRAWL_INDEX);
	CLASS(ROOT, "http://ex.org:80/hotfix/archive/2005/", NULL, CRAWL_INDEX);
	CLASS(ROOT, "http://EX.ORG/hotfix/", NULL, CRAWL_SKIP);
	CLASS("https://ex.org/a/index.html", "https://ex.org:443/a/2005/", NULL, CRAWL_INDEX);
	CLASS(ROOT, "http://EX.ORG/hotfix/archive/about.html", MSPAT, CRAWL_INDEX);
	/* the path itself is compared exactly */
	CLASS(ROOT, "http://ex.org/HOTFIX/archive/2005/", NULL, CRAWL_SKIP);
}
END_TEST

START_TEST(classify_with_pattern)
{
	/* matching links are bulletins; others under the root are sub-indexes */
	CLASS(ROOT, "http://ex.org/hotfix/archive/ms05-039.html", MSPAT, CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org/hotfix/ms05-039.html", MSPAT, CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org/hotfix/archive/about.html", MSPAT, CRAWL_INDEX);
	CLASS(ROOT, "http://ex.org/hotfix/archive/2005/index.html", MSPAT, CRAWL_INDEX);
	CLASS(ROOT, "http://ex.org/hotfix/about.html", MSPAT, CRAWL_SKIP);
	CLASS(ROOT, "http://ex.org/hotfix/archive/ms05-039.htm", MSPAT, CRAWL_INDEX);
	/* an index name is an index even when the pattern matches it */
	CLASS(ROOT, "http://ex.org/hotfix/archive/2005/index.html", "*.html", CRAWL_INDEX);
	CLASS(ROOT, "http://ex.org/hotfix/index.html", "*.html", CRAWL_SKIP);
	/* the pattern is matched against the whole URL */
	CLASS(ROOT, "http://ex.org/hotfix/archive/ms05-039.html", "ms05-039.html", CRAWL_INDEX);
	CLASS(ROOT, "http://ex.org/hotfix/archive/ms05-039.html",
	      "http://ex.org/hotfix/archive/ms05-039.html", CRAWL_PAGE);
	/* off-site links are skipped whatever the pattern says */
	CLASS(ROOT, "http://other.org/hotfix/archive/ms05-039.html", MSPAT, CRAWL_SKIP);
}
END_TEST

START_TEST(classify_file_urls)
{
	const char *root = "file:///srv/archive/index.html";
	CLASS(root, "file:///srv/archive/2005/index.html", NULL, CRAWL_INDEX);
	CLASS(root, "file:///srv/archive/ms05-039.html", NULL, CRAWL_PAGE);
	CLASS(root, "file:///srv/other/ms05-039.html", NULL, CRAWL_PAGE);
	CLASS(root, "file:///etc/index.html", NULL, CRAWL_SKIP);
	CLASS(root, "http://ex.org/srv/archive/x.html", NULL, CRAWL_SKIP);
	CLASS(ROOT, "file:///srv/archive/x.html", NULL, CRAWL_SKIP);
	/* links are resolved URLs: a bare path is never one */
	CLASS("/srv/archive/index.html", "/srv/archive/x.html", NULL, CRAWL_SKIP);
}
END_TEST

/* ---------------------------------------------------------------------------
 * crawl_url_from_arg
 */

START_TEST(url_from_arg_urls_copied)
{
	const char *urls[] = {
		"http://a/b",       "https://a/b?c#d", "HTTPS://A/B",
		"file:///x/y.html", "FILE:///x",       "file:///a%20b/c.html",
	};
	for (size_t i = 0; i < sizeof urls / sizeof *urls; i++) {
		char *u = must(crawl_url_from_arg(urls[i]));
		ck_assert_str_eq(u, urls[i]);
		ck_assert_ptr_ne(u, urls[i]);
		free(u);
	}
}
END_TEST

START_TEST(url_from_arg_paths)
{
	char cwd[4096], *u, *want;
	make_tmpdir();
	put_file("arch/index.html", "<a href=x.html>x</a>");
	ck_assert_ptr_nonnull(getcwd(cwd, sizeof cwd));

	/* absolute, made canonical */
	char *abs = xasprintf("%s/arch/../arch/./index.html", tmpdir);
	u = must(crawl_url_from_arg(abs));
	want = xasprintf("file://%s/arch/index.html", tmpdir);
	ck_assert_str_eq(u, want);
	free(u), free(want), free(abs);

	/* relative to the working directory; a directory too */
	ck_assert_int_eq(chdir(tmpdir), 0);
	u = must(crawl_url_from_arg("arch/index.html"));
	want = xasprintf("file://%s/arch/index.html", tmpdir);
	ck_assert_str_eq(u, want);
	free(u), free(want);
	u = must(crawl_url_from_arg("arch"));
	want = xasprintf("file://%s/arch", tmpdir);
	ck_assert_str_eq(u, want);
	free(u), free(want);

	/* a path that does not exist is still made absolute: "file://" + a
	   relative path would name a host */
	u = must(crawl_url_from_arg("missing/index.html"));
	want = xasprintf("file://%s/missing/index.html", tmpdir);
	ck_assert_str_eq(u, want);
	free(u), free(want);
	u = must(crawl_url_from_arg("/nonexistent-hf/x.html"));
	ck_assert_str_eq(u, "file:///nonexistent-hf/x.html");
	free(u);
	ck_assert_int_eq(chdir(cwd), 0);
}
END_TEST

START_TEST(url_from_arg_escapes)
{
	/* a file URL is a URL: space, '%', '#', '?' and non-ASCII bytes are
	   %-escaped (as `hotfeed ingest` names local files) */
	char *u, *want, *dir;
	make_tmpdir();
	put_file("a b%c#d?e/index.html", "x");
	put_file("日本/index.html", "x");
	dir = xasprintf("%s/a b%%c#d?e/index.html", tmpdir);
	u = must(crawl_url_from_arg(dir));
	want = xasprintf("file://%s/a%%20b%%25c%%23d%%3Fe/index.html", tmpdir);
	ck_assert_str_eq(u, want);
	free(u), free(want), free(dir);

	dir = xasprintf("%s/日本/index.html", tmpdir);
	u = must(crawl_url_from_arg(dir));
	want = xasprintf("file://%s/%%E6%%97%%A5%%E6%%9C%%AC/index.html", tmpdir);
	ck_assert_str_eq(u, want);
	free(u), free(want), free(dir);

	/* what stays as it is */
	u = must(crawl_url_from_arg("/nonexistent-hf/A-z_0.9~!$&'()*+,;=:@/x"));
	ck_assert_str_eq(u, "file:///nonexistent-hf/A-z_0.9~!$&'()*+,;=:@/x");
	free(u);
}
END_TEST

/* ---------------------------------------------------------------------------
 * html_links and crawl_page_links
 */

static int
links_of(const char *html, strlist *l)
{
	char err[256] = "";
	int n = html_links(html, strlen(html), l, err, sizeof err);
	ck_assert_str_eq(err, "");
	return n;
}

static void
assert_list(const strlist *l, const char *const *want, size_t n)
{
	for (size_t i = 0; i < l->n && i < n; i++)
		ck_assert_msg(strcmp(l->v[i], want[i]) == 0, "[%zu] = %s, want %s", i, l->v[i],
		              want[i]);
	ck_assert_uint_eq(l->n, n);
}

START_TEST(html_links_order_and_duplicates)
{
	strlist l = { 0 };
	ck_assert_int_eq(links_of("<a href=\"a.html\">A</a> <a href='b.html'>B</a> "
	                          "<a href=a.html>again</a><p><a href=c.html>C</a>",
	                          &l),
	                 3);
	const char *want[] = { "a.html", "b.html", "c.html" };
	assert_list(&l, want, 3);
	/* appended after what is there, without duplicates of it */
	ck_assert_int_eq(links_of("<a href=c.html>C</a><a href=d.html>D</a>", &l), 1);
	const char *want2[] = { "a.html", "b.html", "c.html", "d.html" };
	assert_list(&l, want2, 4);
	strlist_free(&l);
}
END_TEST

START_TEST(html_links_as_written)
{
	strlist l = { 0 };
	/* entities decoded, white space and fragments kept, not resolved;
	   no href, an empty href, <link>, <area>, script text: not links */
	ck_assert_int_eq(
		links_of(
			"<head><title>t</title><link href=style.css rel=stylesheet></head><body>"
			"<a name=anchor>no href</a><a href=\"\">empty</a>"
			"<a href=\"#top\">top</a> <a href=\"&#x65e5;.html\">j</a> "
			"<a href=\"a&amp;b.html?x=1&amp;y=2\">amp</a> <a href=\" sp.html \">sp</a> "
			"<A HREF=UP.HTML>U</A> <a href=\"../2004/\">2004</a>"
			"<script>document.write('<a href=s.html>s</a>')</script>"
			"<map><area href=area.html></map></body>",
			&l),
		6);
	const char *want[] = { "#top",      "日.html", "a&b.html?x=1&y=2",
		               " sp.html ", "UP.HTML", "../2004/" };
	assert_list(&l, want, 6);
	strlist_free(&l);
}
END_TEST

/* A link with no text (an image button, a spacer) makes no block of the
 * flattened page, but it is a link all the same. */
START_TEST(html_links_without_text)
{
	strlist l = { 0 };
	ck_assert_int_eq(links_of("<table><tr><td><a href=ms05-039.html><img src=go.gif></a>"
	                          "<td><a href=ms05-040.html><img src=s.gif width=1 height=1"
	                          " alt=\"\"></a><td><a href=ms05-041.html></a></table>",
	                          &l),
	                 3);
	const char *want[] = { "ms05-039.html", "ms05-040.html", "ms05-041.html" };
	assert_list(&l, want, 3);
	strlist_free(&l);
}
END_TEST

/* A hostile index page cannot queue more than HF_MAX_INDEX_LINKS links, and
 * 30 000 distinct links take linear time (a strlist lookup per link took
 * minutes for 100 000). */
START_TEST(page_links_bounded)
{
	struct buf b;
	strlist out = { 0 };
	char err[256] = "";
	size_t len;

	buf_init(&b, 0);
	for (int i = 0; i < 30000; i++)
		buf_printf(&b, "<a href=p%d.html>%d</a>\n", i, i);
	char *page = buf_steal(&b, &len);
	ck_assert_int_eq(crawl_page_links((const unsigned char *)page, len, NULL,
	                                  "http://ex.org/idx/", &out, err, sizeof err),
	                 HF_MAX_INDEX_LINKS);
	ck_assert_str_eq(out.v[0], "http://ex.org/idx/p0.html");
	ck_assert_str_eq(out.v[HF_MAX_INDEX_LINKS - 1], "http://ex.org/idx/p9999.html");
	free(page);
	strlist_free(&out);
}
END_TEST

START_TEST(html_links_tables_lists_nesting)
{
	strlist l = { 0 };
	ck_assert_int_eq(
		links_of(
			"<table><tr><td><a href=t1.html>1</a></td><td><a href=t2.html>2</a></td></tr>"
			"<tr><td><table><tr><td><a href=inner.html>i</a></td></tr></table></td></tr></table>"
			"<ul><li><a href=l1.html>l1</a><li><a href=l2.html><b>l2</b></a></ul>"
			"<h2><a href=h.html>h</a></h2><a href=br1.html>x</a><br><a href=br2.html>y</a>"
			"<a href=img.html><img src=arrow.gif alt=\"next\"></a>",
			&l),
		9);
	const char *want[] = { "t1.html", "t2.html",  "inner.html", "l1.html", "l2.html",
		               "h.html",  "br1.html", "br2.html",   "img.html" };
	assert_list(&l, want, 9);
	strlist_free(&l);

	ck_assert_int_eq(links_of("", &l), 0);
	ck_assert_int_eq(links_of("<p>no links at all</p>", &l), 0);
	ck_assert_uint_eq(l.n, 0);
	strlist_free(&l);
}
END_TEST

/* A Shift_JIS index page: 表 is 0x95 0x5C, whose second byte is '\\' in
 * ASCII; 概要 in a fragment. */
static const char sjis_index[] =
	"<html><head><title>\x83Z\x83L\x83\x85\x83\x8a\x83"
	"e\x83"
	"B\x8f\xee\x95\xf1 \x88\xea\x97\x97</title></head><body>\n"
	"<h1>2005\x94N\x82\xcc\x83Z\x83L\x83\x85\x83\x8a\x83"
	"e\x83"
	"B\x8f\xee\x95\xf1</h1>\n"
	"<ul>\n"
	"<li><a href=\"ms05-039.html\">MS05-039 \x83v\x83\x89\x83O \x83"
	"A\x83\x93\x83h \x83v\x83\x8c\x83"
	"C\x82\xcc\x90\xc6\x8e\xe3\x90\xab</a>\n"
	"<li><a href=\"./ms05-040.html#\x8aT\x97v\">MS05-040 \x93"
	"d\x98"
	"b\x83T\x81[\x83r\x83X</a>\n"
	"<li><a href=\"ms05-039.html\">\x8f"
	"d\x95\xa1</a>\n"
	"<li><a href=\"2004/\">2004\x94N</a>\n"
	"<li><a href=\"\x95\\.html\">\x95\\</a>\n"
	"<li><a href=\"javascript:history.back()\">\x96\xdf\x82\xe9</a>\n"
	"<li><a href=\"mailto:secure@example.org\">\x98"
	"A\x97\x8d</a>\n"
	"<li><a href=\"ftp://ftp.example.org/x\">FTP</a>\n"
	"<li><a href=\"http://other.example.com/a.html\">\x91\xbc</a>\n"
	"<li><a href=\"/japan/security/ms05-041.html\">\x90\xe2\x91\xce\x83p\x83X</a>\n"
	"<li><a href=\"ms05-039.html#top\">\x90\xe6\x93\xaa\x82\xd6</a>\n"
	"</ul></body></html>\n";

#define IDX "http://ex.org/japan/security/2005/index.html"

/* resolved, fragment dropped, only http/https/file, no duplicates, in
 * document order; 表 is %-escaped as UTF-8 (libcurl writes lower-case hex,
 * equivalent by RFC 3986 6.2.2.1) */
static const char *const sjis_links[] = {
	"http://ex.org/japan/security/2005/ms05-039.html",
	"http://ex.org/japan/security/2005/ms05-040.html",
	"http://ex.org/japan/security/2005/2004/",
	"http://ex.org/japan/security/2005/%E8%A1%A8.html",
	"http://other.example.com/a.html",
	"http://ex.org/japan/security/ms05-041.html",
};

START_TEST(page_links_sjis_transport_charset)
{
	strlist out = { 0 };
	char err[256] = "";
	ck_assert_int_eq(crawl_page_links((const unsigned char *)sjis_index, sizeof sjis_index - 1,
	                                  "Shift_JIS", IDX, &out, err, sizeof err),
	                 6);
	ck_assert_str_eq(err, "");
	assert_list(&out, sjis_links, 6);
	strlist_free(&out);
}
END_TEST

START_TEST(page_links_default_and_meta_charset)
{
	strlist out = { 0 };
	char err[256] = "";
	/* no transport charset and no meta: the Shift_JIS fallback */
	ck_assert_int_eq(crawl_page_links((const unsigned char *)sjis_index, sizeof sjis_index - 1,
	                                  NULL, IDX, &out, err, sizeof err),
	                 6);
	assert_list(&out, sjis_links, 6);
	strlist_free(&out);

	/* EUC-JP bytes named by a meta tag: 表 is 0xC9 0xBD */
	static const char euc[] =
		"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=EUC-JP\">"
		"</head><body><a href=\"\xc9\xbd.html\">\xc9\xbd</a> <a href=\"b.html\">b</a></body></html>";
	ck_assert_int_eq(crawl_page_links((const unsigned char *)euc, sizeof euc - 1, NULL,
	                                  "file:///srv/idx/index.html", &out, err, sizeof err),
	                 2);
	const char *want[] = { "file:///srv/idx/%E8%A1%A8.html", "file:///srv/idx/b.html" };
	assert_list(&out, want, 2);
	strlist_free(&out);
}
END_TEST

START_TEST(page_links_append_unique)
{
	strlist out = { 0 };
	char err[256] = "";
	strlist_add(&out, "http://ex.org/japan/security/2005/ms05-039.html");
	strlist_add(&out, "http://unrelated/");
	/* what is already there is neither added again nor counted */
	ck_assert_int_eq(crawl_page_links((const unsigned char *)sjis_index, sizeof sjis_index - 1,
	                                  "shift_jis", IDX, &out, err, sizeof err),
	                 5);
	ck_assert_uint_eq(out.n, 7);
	ck_assert_str_eq(out.v[0], "http://ex.org/japan/security/2005/ms05-039.html");
	ck_assert_str_eq(out.v[1], "http://unrelated/");
	ck_assert_str_eq(out.v[2], sjis_links[1]);
	ck_assert_str_eq(out.v[6], sjis_links[5]);
	/* the same page again adds nothing */
	ck_assert_int_eq(crawl_page_links((const unsigned char *)sjis_index, sizeof sjis_index - 1,
	                                  "shift_jis", IDX, &out, err, sizeof err),
	                 0);
	ck_assert_uint_eq(out.n, 7);
	strlist_free(&out);

	/* a page without links, and an empty body */
	ck_assert_int_eq(crawl_page_links((const unsigned char *)"<p>x</p>", 8, NULL, IDX, &out,
	                                  err, sizeof err),
	                 0);
	ck_assert_int_eq(
		crawl_page_links((const unsigned char *)"", 0, NULL, IDX, &out, err, sizeof err),
		0);
	ck_assert_uint_eq(out.n, 0);
	strlist_free(&out);
}
END_TEST

START_TEST(page_links_hrefs_with_white_space)
{
	/* an href padded with white space names the same page (HTML strips it) */
	strlist out = { 0 };
	char err[256] = "";
	static const char page[] = "<a href=\" ms05-039.html \">a</a>"
				   "<a href=\"ms05-039.html\">b</a>"
				   "<a href=\"\n2004/\n\">c</a>";
	ck_assert_int_eq(crawl_page_links((const unsigned char *)page, sizeof page - 1, NULL,
	                                  "http://ex.org/a/index.html", &out, err, sizeof err),
	                 2);
	const char *want[] = { "http://ex.org/a/ms05-039.html", "http://ex.org/a/2004/" };
	assert_list(&out, want, 2);
	strlist_free(&out);
}
END_TEST

/* ---------------------------------------------------------------------------
 * the HTTP client against the test server
 */

START_TEST(http_outcome_names)
{
	ck_assert_str_eq(http_outcome_name(HTTP_BODY), "ok");
	ck_assert_str_eq(http_outcome_name(HTTP_NOT_MODIFIED), "not-modified");
	ck_assert_str_eq(http_outcome_name(HTTP_GONE), "gone");
	ck_assert_str_eq(http_outcome_name(HTTP_DEFERRED), "deferred");
	ck_assert_str_eq(http_outcome_name(HTTP_FAILED), "failed");
}
END_TEST

START_TEST(http_body_and_headers)
{
	struct http_opts o = quick_opts();
	route("/p.html", 0, "200 OK",
	      "Content-Type: text/html; charset=Shift_JIS\r\n"
	      "ETag: \"v1\"\r\nLast-Modified: Wed, 10 Aug 2005 05:00:00 GMT\r\n",
	      "<p>hello</p>");
	struct got *g = fetch1(&o, U("/p.html"), NULL, NULL);
	ck_assert_int_eq(g->oc, HTTP_BODY);
	ck_assert_int_eq(g->status, 200);
	ck_assert_str_eq(g->url, U("/p.html"));
	ck_assert_str_eq(g->eff, U("/p.html"));
	ck_assert_str_eq(g->body, "<p>hello</p>");
	ck_assert_uint_eq(g->len, 12);
	ck_assert_uint_eq(g->wire, 12);
	ck_assert_str_eq(g->ct, "text/html; charset=Shift_JIS");
	ck_assert_str_eq(g->charset, "Shift_JIS");
	ck_assert_str_eq(g->etag, "\"v1\"");
	ck_assert_str_eq(g->lm, "Wed, 10 Aug 2005 05:00:00 GMT");
	ck_assert_str_eq(g->host, host_port());
	ck_assert_int_eq(g->attempts, 1);
	ck_assert_str_eq(g->err, "");
	ck_assert_ptr_nonnull(strstr(g->headers, "HTTP/1.1 200 OK\r\n"));
	ck_assert_ptr_nonnull(strstr(g->headers, "ETag: \"v1\"\r\n"));
	ck_assert(g->seconds >= 0 && g->seconds < 5);
	/* what was asked: our User-Agent, gzip accepted, no validators */
	ck_assert_uint_eq(srv.nreq, 1);
	ck_assert_int_eq(strncmp(srv.req[0], "GET /p.html HTTP/1.1\r\n", 22), 0);
	ck_assert_pstr_eq(req_header(0, "User-Agent"), "hotfeed-test/1");
	ck_assert_pstr_eq(req_header(0, "Accept-Encoding"), "gzip, deflate");
	ck_assert_pstr_eq(req_header(0, "If-None-Match"), NULL);
	ck_assert_pstr_eq(req_header(0, "If-Modified-Since"), NULL);
}
END_TEST

START_TEST(http_content_type_charset)
{
	/* the Content-Type as sent (libcurl drops trailing white space) and
	   its charset parameter: any case, quoted or not, among others */
	static const struct {
		const char *sent, *ct, *charset;
	} cases[] = {
		{ "text/html; charset=Shift_JIS", NULL, "Shift_JIS" },
		{ "text/html;charset=euc-jp", NULL, "euc-jp" },
		{ "text/html; charset=\"ISO-2022-JP\"", NULL, "ISO-2022-JP" },
		{ "text/html; CHARSET=UTF-8", NULL, "UTF-8" },
		{ "text/html; Charset=x-sjis; q=1", NULL, "x-sjis" },
		{ "text/html; level=1; charset=windows-31j", NULL, "windows-31j" },
		{ "text/html; charset=utf-8 ", "text/html; charset=utf-8", "utf-8" },
		{ "text/html", NULL, NULL },
		{ "text/html; charset=", NULL, NULL },
		{ "text/html; xcharset=utf-8", NULL, NULL },
	};
	struct http_opts o = quick_opts();
	o.per_host = 4;
	struct http_client *c = http_client_new(&o);
	size_t n = sizeof cases / sizeof *cases;
	for (size_t i = 0; i < n; i++) {
		char path[32], *h = xasprintf("Content-Type: %s\r\n", cases[i].sent);
		snprintf(path, sizeof path, "/ct%zu", i);
		route(path, 0, "200 OK", h, "x");
		free(h);
		ck_assert_int_eq(http_client_add(c, U(path), NULL, NULL, (void *)(intptr_t)i), 0);
	}
	ck_assert_int_eq(http_client_run(c, on_done, NULL, NULL), 0);
	http_client_free(c);
	ck_assert_uint_eq(ngot, n);
	for (size_t i = 0; i < ngot; i++) {
		struct got *g = &gots[i];
		ck_assert_int_eq(g->oc, HTTP_BODY);
		ck_assert_str_eq(g->ct,
		                 cases[g->user].ct ? cases[g->user].ct : cases[g->user].sent);
		ck_assert_pstr_eq(g->charset, cases[g->user].charset);
	}
}
END_TEST

START_TEST(http_conditional_get)
{
	struct http_opts o = quick_opts();
	route("/c.html", 0, "304 Not Modified", "ETag: \"v2\"\r\n", "");
	struct got *g = fetch1(&o, U("/c.html"), "\"v1\"", "Wed, 10 Aug 2005 05:00:00 GMT");
	ck_assert_pstr_eq(req_header(0, "If-None-Match"), "\"v1\"");
	ck_assert_pstr_eq(req_header(0, "If-Modified-Since"), "Wed, 10 Aug 2005 05:00:00 GMT");
	ck_assert_int_eq(g->oc, HTTP_NOT_MODIFIED);
	ck_assert_int_eq(g->status, 304);
	ck_assert_ptr_null(g->body);
	ck_assert_uint_eq(g->len, 0);
	ck_assert_pstr_eq(g->etag, "\"v2\"");
	ck_assert_pstr_eq(g->lm, NULL);
	ck_assert_pstr_eq(g->charset, NULL);
	gots_free();

	/* only the validator that is known is sent */
	route("/e.html", 0, "304 Not Modified", "", "");
	g = fetch1(&o, U("/e.html"), "W/\"weak\"", NULL);
	ck_assert_int_eq(g->oc, HTTP_NOT_MODIFIED);
	ck_assert_pstr_eq(req_header(1, "If-None-Match"), "W/\"weak\"");
	ck_assert_pstr_eq(req_header(1, "If-Modified-Since"), NULL);
}
END_TEST

START_TEST(http_304_with_content_length)
{
	/* a 304 may carry the Content-Length of the full representation
	   (RFC 9110 8.6); it has no body, and is not a truncated one */
	struct http_opts o = quick_opts();
	o.retries = 1;
	static const char r304[] = "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\n"
				   "Content-Length: 5000\r\nConnection: close\r\n\r\n";
	route_raw("/c.html", 0, r304, sizeof r304 - 1);
	struct got *g = fetch1(&o, U("/c.html"), "\"v1\"", NULL);
	ck_assert_msg(g->oc == HTTP_NOT_MODIFIED, "outcome %s: %s", http_outcome_name(g->oc),
	              g->err);
	ck_assert_int_eq(g->status, 304);
	ck_assert_int_eq(g->attempts, 1);
	ck_assert_uint_eq(requests_for("/c.html"), 1);
}
END_TEST

START_TEST(http_gone)
{
	struct http_opts o = quick_opts();
	o.retries = 2;
	route("/404", 0, "404 Not Found", "", "no");
	route("/410", 0, "410 Gone", "", "gone");
	ck_assert_int_eq(fetch_paths(&o, "/404", "/410", NULL), 2);
	struct got *g = got_for(U("/404"));
	ck_assert_int_eq(g->oc, HTTP_GONE);
	ck_assert_int_eq(g->status, 404);
	ck_assert_str_eq(g->err, "HTTP 404");
	ck_assert_ptr_null(g->body);
	ck_assert_int_eq(g->attempts, 1); /* never retried */
	g = got_for(U("/410"));
	ck_assert_int_eq(g->oc, HTTP_GONE);
	ck_assert_int_eq(g->status, 410);
	ck_assert_str_eq(g->err, "HTTP 410");
}
END_TEST

START_TEST(http_5xx_retried_with_backoff)
{
	struct http_opts o = quick_opts();
	o.retries = 2;
	o.backoff_ms = 100;
	route("/flaky", 0, "500 Internal Server Error", "", "e");
	route("/flaky", 1, "502 Bad Gateway", "", "e");
	route("/flaky", 2, "200 OK", "", "third time");
	route("/down", 0, "500 Internal Server Error", "", "e");
	route("/other", 0, "403 Forbidden", "", "no");
	ck_assert_int_eq(fetch_paths(&o, "/flaky", "/down", "/other", NULL), 7);
	struct got *g = got_for(U("/flaky"));
	ck_assert_int_eq(g->oc, HTTP_BODY);
	ck_assert_str_eq(g->body, "third time");
	ck_assert_int_eq(g->attempts, 3);
	ck_assert(g->seconds >= 0.3); /* 100 ms, then 200 ms */
	g = got_for(U("/down"));
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_int_eq(g->status, 500);
	ck_assert_str_eq(g->err, "HTTP 500");
	ck_assert_int_eq(g->attempts, 3);
	ck_assert_uint_eq(requests_for("/down"), 3);
	/* a 4xx other than 404/410/429 fails at once */
	g = got_for(U("/other"));
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_str_eq(g->err, "HTTP 403");
	ck_assert_int_eq(g->attempts, 1);
}
END_TEST

START_TEST(http_retry_after_seconds_defers_host)
{
	struct http_opts o = quick_opts();
	o.per_host = 1; /* the second request waits for the first's answer */
	route("/busy", 0, "503 Service Unavailable", "Retry-After: 120\r\n", "later");
	route("/next", 0, "200 OK", "", "never asked");
	time_t t0 = time(NULL);
	ck_assert_int_eq(fetch_paths(&o, "/busy", "/next", NULL), 1);
	time_t t1 = time(NULL);
	struct got *g = got_for(U("/busy"));
	ck_assert_int_eq(g->oc, HTTP_DEFERRED);
	ck_assert_int_eq(g->status, 503);
	ck_assert_str_eq(g->err, "HTTP 503, Retry-After 120 s");
	ck_assert_int_ge(g->retry_until, t0 + 120);
	ck_assert_int_le(g->retry_until, t1 + 120);
	ck_assert_int_eq(g->attempts, 1);
	/* the host's other URL is not sent: deferred, status 0 */
	g = got_for(U("/next"));
	ck_assert_int_eq(g->oc, HTTP_DEFERRED);
	ck_assert_int_eq(g->status, 0);
	ck_assert_int_eq(g->attempts, 0);
	char want[128], when[32];
	struct tm tm;
	time_t until = got_for(U("/busy"))->retry_until;
	strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&until, &tm));
	snprintf(want, sizeof want, "%s asked to wait until %s", host_port(), when);
	ck_assert_str_eq(g->err, want);
	ck_assert_uint_eq(requests_for("/next"), 0);
}
END_TEST

START_TEST(http_retry_after_short_is_waited)
{
	/* up to max_wait seconds are waited out within the run, as one of the
	   attempts retries allows */
	struct http_opts o = quick_opts();
	o.retries = 1;
	route("/slow", 0, "429 Too Many Requests", "Retry-After: 1\r\n", "wait");
	route("/slow", 1, "200 OK", "", "now");
	struct got *g = fetch1(&o, U("/slow"), NULL, NULL);
	ck_assert_int_eq(g->oc, HTTP_BODY);
	ck_assert_str_eq(g->body, "now");
	ck_assert_int_eq(g->attempts, 2);
	ck_assert(g->seconds >= 1.0);
	pthread_mutex_lock(&srv.mu);
	ck_assert_uint_eq(srv.nreq, 2);
	ck_assert_msg(srv.when[1] - srv.when[0] >= 0.99, "%.3f s", srv.when[1] - srv.when[0]);
	pthread_mutex_unlock(&srv.mu);
	gots_free();

	/* with no attempt left, the host is deferred for that long instead */
	o.retries = 0;
	route("/slow2", 0, "503 Service Unavailable", "Retry-After: 1\r\n", "wait");
	time_t t0 = time(NULL);
	g = fetch1(&o, U("/slow2"), NULL, NULL);
	ck_assert_int_eq(g->oc, HTTP_DEFERRED);
	ck_assert_str_eq(g->err, "HTTP 503, Retry-After 1 s");
	ck_assert_int_ge(g->retry_until, t0 + 1);
	ck_assert_int_le(g->retry_until, time(NULL) + 1);
}
END_TEST

START_TEST(http_retry_after_http_date)
{
	struct http_opts o = quick_opts();
	char h[96], date[64];
	struct tm tm;
	time_t then = time(NULL) + 3600;
	strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", gmtime_r(&then, &tm));
	snprintf(h, sizeof h, "Retry-After: %s\r\n", date);
	route("/d", 0, "429 Too Many Requests", h, "wait");
	struct got *g = fetch1(&o, U("/d"), NULL, NULL);
	ck_assert_int_eq(g->oc, HTTP_DEFERRED);
	ck_assert_int_eq(g->status, 429);
	long secs = -1;
	ck_assert_int_eq(sscanf(g->err, "HTTP 429, Retry-After %ld s", &secs), 1);
	ck_assert_int_ge(secs, 3598);
	ck_assert_int_le(secs, 3600);
	ck_assert_int_ge(g->retry_until, then - 2);
	ck_assert_int_le(g->retry_until, then + 1);
}
END_TEST

START_TEST(http_retry_after_capped_to_a_day)
{
	struct http_opts o = quick_opts();
	route("/long", 0, "503 Service Unavailable", "Retry-After: 999999\r\n", "wait");
	time_t t0 = time(NULL);
	struct got *g = fetch1(&o, U("/long"), NULL, NULL);
	ck_assert_int_eq(g->oc, HTTP_DEFERRED);
	ck_assert_str_eq(g->err, "HTTP 503, Retry-After 86400 s");
	ck_assert_int_ge(g->retry_until, t0 + 86400);
	ck_assert_int_le(g->retry_until, time(NULL) + 86400);
}
END_TEST

START_TEST(http_retry_after_past_or_bad_is_plain_error)
{
	/* a date in the past, zero or nonsense: no wait asked; a 503 or 429 is
	   then an ordinary retryable error (retries 0 here: one attempt) */
	struct http_opts o = quick_opts();
	route("/past", 0, "503 Service Unavailable",
	      "Retry-After: Wed, 10 Aug 2005 05:00:00 GMT\r\n", "x");
	route("/zero", 0, "429 Too Many Requests", "Retry-After: 0\r\n", "x");
	route("/junk", 0, "503 Service Unavailable", "Retry-After: soon\r\n", "x");
	route("/none", 0, "503 Service Unavailable", "", "x");
	fetch_paths(&o, "/past", "/zero", "/junk", "/none", NULL);
	ck_assert_uint_eq(ngot, 4);
	ck_assert_int_eq(got_for(U("/past"))->oc, HTTP_FAILED);
	ck_assert_str_eq(got_for(U("/past"))->err, "HTTP 503");
	ck_assert_int_eq(got_for(U("/zero"))->oc, HTTP_FAILED);
	ck_assert_str_eq(got_for(U("/zero"))->err, "HTTP 429");
	ck_assert_int_eq(got_for(U("/junk"))->oc, HTTP_FAILED);
	ck_assert_str_eq(got_for(U("/junk"))->err, "HTTP 503");
	ck_assert_int_eq(got_for(U("/none"))->oc, HTTP_FAILED);
	ck_assert_str_eq(got_for(U("/none"))->err, "HTTP 503");
	ck_assert_int_eq(got_for(U("/none"))->retry_until, 0);
}
END_TEST

START_TEST(http_truncated_body_never_delivered)
{
	/* a Content-Length that lies (the connection closes early): retried,
	   then failed; never a body */
	struct http_opts o = quick_opts();
	o.retries = 1;
	static const char lie[] = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n"
				  "Connection: close\r\n\r\n0123456789";
	route_raw("/t", 0, lie, sizeof lie - 1);
	struct got *g = fetch1(&o, U("/t"), NULL, NULL);
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_ptr_null(g->body);
	ck_assert_int_eq(g->status, 200);
	ck_assert_int_eq(g->attempts, 2);
	ck_assert_uint_eq(requests_for("/t"), 2);
	/* libcurl 7.88's words */
	ck_assert_str_eq(g->err, "Transferred a partial file: transfer closed with 90 bytes "
	                         "remaining to read");
}
END_TEST

START_TEST(http_body_ceiling)
{
	struct http_opts o = quick_opts();
	o.max_bytes = 1000;
	char *big = xmalloc(5001);
	memset(big, 'x', 5000);
	big[5000] = '\0';
	/* announced by Content-Length */
	route("/big", 0, "200 OK", "", big);
	/* not announced: the body just goes on until the connection closes */
	char *raw = xasprintf("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n%s", big);
	route_raw("/endless", 0, raw, strlen(raw));
	/* exactly the ceiling is fine */
	big[1000] = '\0';
	route("/fits", 0, "200 OK", "", big);
	free(raw);
	free(big);
	fetch_paths(&o, "/big", "/endless", "/fits", NULL);
	struct got *g = got_for(U("/big"));
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_str_eq(g->err, "body larger than 1000 bytes (after decompression)");
	ck_assert_ptr_null(g->body);
	g = got_for(U("/endless"));
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_str_eq(g->err, "body larger than 1000 bytes (after decompression)");
	ck_assert_ptr_null(g->body);
	g = got_for(U("/fits"));
	ck_assert_int_eq(g->oc, HTTP_BODY);
	ck_assert_uint_eq(g->len, 1000);
}
END_TEST

/* gzip of "<html>gzip body</html>" and zlib (deflate) of "<html>deflate body</html>" */
static const unsigned char gz_small[] = {
	0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xb3, 0xc9, 0x28,
	0xc9, 0xcd, 0xb1, 0x4b, 0xaf, 0xca, 0x2c, 0x50, 0x48, 0xca, 0x4f, 0xa9, 0xb4,
	0xd1, 0x07, 0xf3, 0x01, 0xaf, 0xd8, 0x75, 0x57, 0x16, 0x00, 0x00, 0x00,
};
static const unsigned char zlib_small[] = {
	0x78, 0x9c, 0xb3, 0xc9, 0x28, 0xc9, 0xcd, 0xb1, 0x4b, 0x49, 0x4d, 0xcb, 0x49, 0x2c, 0x49,
	0x55, 0x48, 0xca, 0x4f, 0xa9, 0xb4, 0xd1, 0x07, 0x0b, 0x01, 0x00, 0x78, 0xb2, 0x09, 0x31,
};
/* gzip -9 of 200000 zero bytes: 25 bytes, 193 zero bytes, 11 bytes */
static const unsigned char bomb_head[] = {
	0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xed, 0xc1, 0x31,
	0x01, 0x00, 0x00, 0x00, 0xc2, 0xa0, 0xf5, 0x4f, 0x6d, 0x06, 0x7f, 0xa0,
};
static const unsigned char bomb_tail[] = {
	0x80, 0xd7, 0x00, 0x7b, 0x58, 0xe0, 0x5c, 0x40, 0x0d, 0x03, 0x00,
};

static void
route_encoded(const char *path, const char *encoding, const unsigned char *body, size_t len)
{
	char *h = xasprintf("HTTP/1.1 200 OK\r\nContent-Encoding: %s\r\nContent-Length: %zu\r\n"
	                    "Connection: close\r\n\r\n",
	                    encoding, len);
	size_t hl = strlen(h);
	char *r = xmalloc(hl + len);
	memcpy(r, h, hl);
	memcpy(r + hl, body, len);
	route_raw(path, 0, r, hl + len);
	free(r);
	free(h);
}

START_TEST(http_gzip_deflate_and_bomb)
{
	struct http_opts o = quick_opts();
	o.max_bytes = 100000;
	unsigned char bomb[229];
	memcpy(bomb, bomb_head, sizeof bomb_head);
	memset(bomb + sizeof bomb_head, 0, 193);
	memcpy(bomb + sizeof bomb_head + 193, bomb_tail, sizeof bomb_tail);
	route_encoded("/gz", "gzip", gz_small, sizeof gz_small);
	route_encoded("/zz", "deflate", zlib_small, sizeof zlib_small);
	route_encoded("/bomb", "gzip", bomb, sizeof bomb);
	fetch_paths(&o, "/gz", "/zz", "/bomb", NULL);
	struct got *g = got_for(U("/gz"));
	ck_assert_int_eq(g->oc, HTTP_BODY);
	ck_assert_str_eq(g->body, "<html>gzip body</html>");
	ck_assert_uint_eq(g->len, 22);
	ck_assert_uint_eq(g->wire, sizeof gz_small);
	g = got_for(U("/zz"));
	ck_assert_int_eq(g->oc, HTTP_BODY);
	ck_assert_str_eq(g->body, "<html>deflate body</html>");
	ck_assert_uint_eq(g->wire, sizeof zlib_small);
	/* 229 bytes on the wire, 200000 after: stopped at the ceiling */
	g = got_for(U("/bomb"));
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_str_eq(g->err, "body larger than 100000 bytes (after decompression)");
	ck_assert_ptr_null(g->body);
}
END_TEST

/* Oversized response headers are named as such: 10 000 headers pass the
 * 64 KiB ceiling, one 1 MB line curl's own (curl said "Failed writing
 * header" and "Out of memory"). */
START_TEST(http_oversized_headers)
{
	struct http_opts o = quick_opts();
	struct buf h;

	buf_init(&h, 0);
	for (int i = 0; i < 10000; i++)
		buf_printf(&h, "X-H%d: v\r\n", i);
	route("/many", 0, "200 OK", h.data, "body");
	buf_reset(&h);
	buf_puts(&h, "X-Big: ");
	for (int i = 0; i < 1 << 20; i++)
		buf_putc(&h, 'a');
	buf_puts(&h, "\r\n");
	route("/long", 0, "200 OK", h.data, "body");
	buf_free(&h);
	fetch_paths(&o, "/many", "/long", NULL);
	struct got *g = got_for(U("/many"));
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_str_eq(g->err, "response headers larger than 64 KiB");
	g = got_for(U("/long"));
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_str_eq(g->err, "a response header line too long for curl (or out of memory)");
}
END_TEST

START_TEST(http_redirects)
{
	struct http_opts o = quick_opts();
	char h[160];
	snprintf(h, sizeof h, "Location: %s\r\n", U("/final"));
	route("/moved", 0, "301 Moved Permanently", h, "");
	route("/final", 0, "200 OK", "Content-Type: text/html; charset=EUC-JP\r\nETag: \"f\"\r\n",
	      "here");
	route("/tofile", 0, "302 Found", "Location: file:///etc/passwd\r\n", "");
	route("/ftp", 0, "302 Found", "Location: ftp://127.0.0.1/x\r\n", "");
	route("/loop", 0, "302 Found", "Location: /loop\r\n", "");
	fetch_paths(&o, "/moved", "/tofile", "/ftp", "/loop", NULL);

	struct got *g = got_for(U("/moved"));
	ck_assert_int_eq(g->oc, HTTP_BODY);
	ck_assert_str_eq(g->body, "here");
	ck_assert_str_eq(g->eff, U("/final"));
	ck_assert_pstr_eq(g->charset, "EUC-JP"); /* the final response's headers */
	ck_assert_pstr_eq(g->etag, "\"f\"");
	ck_assert_ptr_null(strstr(g->headers, "301"));
	ck_assert_int_eq(strncmp(g->headers, "HTTP/1.1 200 OK\r\n", 17), 0);

	/* never to file:// or other schemes */
	g = got_for(U("/tofile"));
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_ptr_null(g->body);
	ck_assert_int_eq(strncmp(g->err, "Unsupported protocol", 20), 0);
	g = got_for(U("/ftp"));
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_int_eq(strncmp(g->err, "Unsupported protocol", 20), 0);

	/* at most 5 redirects: the first request and five more */
	g = got_for(U("/loop"));
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_int_eq(g->status, 302);
	ck_assert_int_eq(strncmp(g->err, "Number of redirects hit maximum amount", 38), 0);
	ck_assert_uint_eq(requests_for("/loop"), 6);
	ck_assert_uint_eq(requests_for("/etc/passwd"), 0);
}
END_TEST

START_TEST(http_request_budget)
{
	struct http_opts o = quick_opts();
	o.max_requests = 2;
	o.per_host = 1;
	route("/a", 0, "200 OK", "", "a");
	route("/b", 0, "200 OK", "", "b");
	route("/c", 0, "200 OK", "", "c");
	ck_assert_int_eq(fetch_paths(&o, "/a", "/b", "/c", NULL), 2);
	ck_assert_int_eq(got_for(U("/a"))->oc, HTTP_BODY);
	ck_assert_int_eq(got_for(U("/b"))->oc, HTTP_BODY);
	ck_assert_int_eq(got_for(U("/c"))->oc, HTTP_BUDGET);
	ck_assert_str_eq(got_for(U("/c"))->err, "request budget of 2 exhausted");
	ck_assert_int_eq(got_for(U("/c"))->attempts, 0);
	ck_assert_uint_eq(srv.nreq, 2);
}
END_TEST

START_TEST(http_deferred_host_not_asked)
{
	struct http_opts o = quick_opts();
	route("/a", 0, "200 OK", "", "a");
	struct http_client *c = http_client_new(&o);
	time_t until = 2000000000; /* 2033-05-18T03:33:20Z */
	http_client_defer_host(c, host_port(), until);
	http_client_defer_host(c, host_port(),
	                       until - 100); /* an earlier time does not shorten it */
	http_client_defer_host(c, "other:80", time(NULL) - 10);
	ck_assert_int_eq(http_client_add(c, U("/a"), NULL, NULL, NULL), 0);
	ck_assert_int_eq(http_client_run(c, on_done, NULL, NULL), 0);
	ck_assert_int_eq(http_client_requests(c), 0);
	http_client_free(c);
	struct got *g = &gots[0];
	ck_assert_uint_eq(ngot, 1);
	ck_assert_int_eq(g->oc, HTTP_DEFERRED);
	ck_assert_int_eq(g->status, 0);
	char want[128];
	snprintf(want, sizeof want, "%s asked to wait until 2033-05-18T03:33:20Z", host_port());
	ck_assert_str_eq(g->err, want);
	ck_assert_uint_eq(srv.nreq, 0);
}
END_TEST

START_TEST(http_delay_between_requests_to_a_host)
{
	struct http_opts o = quick_opts();
	o.delay_ms = 300;
	route("/a", 0, "200 OK", "", "a");
	route("/b", 0, "200 OK", "", "b");
	route("/c", 0, "200 OK", "", "c");
	struct http_client *c = http_client_new(&o);
	ck_assert_int_eq(http_client_add(c, U("/a"), NULL, NULL, NULL), 0);
	ck_assert_int_eq(http_client_add(c, U("/b"), NULL, NULL, NULL), 0);
	ck_assert_int_eq(http_client_run(c, on_done, NULL, NULL), 0);
	/* a per-host override: no delay for this host (after the gap already
	   promised by the last request) */
	http_client_host_limits(c, host_port(), -1, 0);
	ck_assert_int_eq(http_client_add(c, U("/c"), NULL, NULL, NULL), 0);
	ck_assert_int_eq(http_client_add(c, U("/a"), NULL, NULL, NULL), 0);
	ck_assert_int_eq(http_client_run(c, on_done, NULL, NULL), 0);
	http_client_free(c);
	pthread_mutex_lock(&srv.mu);
	ck_assert_uint_eq(srv.nreq, 4);
	ck_assert_msg(srv.when[1] - srv.when[0] >= 0.29, "gap %.3f s", srv.when[1] - srv.when[0]);
	ck_assert_msg(srv.when[2] - srv.when[1] >= 0.29, "gap %.3f s", srv.when[2] - srv.when[1]);
	ck_assert_msg(srv.when[3] - srv.when[2] < 0.25, "gap %.3f s", srv.when[3] - srv.when[2]);
	pthread_mutex_unlock(&srv.mu);
	ck_assert_uint_eq(ngot, 4);
}
END_TEST

START_TEST(http_connection_refused)
{
	/* a port nobody listens on: retried, then failed with curl's words */
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t alen = sizeof a;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
	ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&a, &alen), 0);
	close(fd);
	char url[64];
	snprintf(url, sizeof url, "http://127.0.0.1:%d/x", ntohs(a.sin_port));
	struct http_opts o = quick_opts();
	o.retries = 1;
	struct got *g = fetch1(&o, url, NULL, NULL);
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_int_eq(g->status, 0);
	ck_assert_int_eq(g->attempts, 2);
	ck_assert_int_eq(strncmp(g->err, "Couldn't connect to server", 26), 0);
}
END_TEST

START_TEST(http_local_files)
{
	make_tmpdir();
	put_file("idx/index.html", "<a href=x.html>x</a>");
	put_file("a b%/p.html", "spaced");
	put_file("big.html", "0123456789abcdef");
	struct http_opts o = quick_opts();
	char *path = xasprintf("%s/idx/index.html", tmpdir);
	char *furl = xasprintf("file://%s/idx/index.html", tmpdir);
	char *lurl = xasprintf("file://localhost%s/idx/index.html", tmpdir);
	char *esc = xasprintf("file://%s/a%%20b%%25/p.html", tmpdir);
	char *missing = xasprintf("file://%s/missing.html", tmpdir);
	char *big = xasprintf("%s/big.html", tmpdir);
	o.max_bytes = 100;
	struct http_client *c = http_client_new(&o);
	ck_assert_int_eq(http_client_add(c, path, NULL, NULL, (void *)1), 0);
	ck_assert_int_eq(http_client_add(c, furl, NULL, NULL, (void *)2), 0);
	ck_assert_int_eq(http_client_add(c, lurl, NULL, NULL, (void *)3), 0);
	ck_assert_int_eq(http_client_add(c, esc, NULL, NULL, (void *)4), 0);
	ck_assert_int_eq(http_client_add(c, missing, NULL, NULL, (void *)5), 0);
	/* not http, https, file or a path */
	ck_assert_int_eq(http_client_add(c, "ftp://h/x", NULL, NULL, NULL), -1);
	ck_assert_int_eq(http_client_add(c, "gopher://h/x", NULL, NULL, NULL), -1);
	ck_assert_int_eq(http_client_add(c, "http://h:99999/x", NULL, NULL, NULL), -1);
	ck_assert_int_eq(http_client_run(c, on_done, NULL, NULL), 0);
	ck_assert_int_eq(http_client_requests(c), 0);
	http_client_free(c);
	ck_assert_uint_eq(ngot, 5);
	for (int i = 0; i < 3; i++) {
		struct got *g = &gots[i];
		ck_assert_int_eq(g->user, i + 1);
		ck_assert_int_eq(g->oc, HTTP_BODY);
		ck_assert_str_eq(g->body, "<a href=x.html>x</a>");
		ck_assert_uint_eq(g->len, 20);
		ck_assert_uint_eq(g->wire, 20);
		ck_assert_str_eq(g->host, "");
		ck_assert_int_eq(g->status, 0);
		ck_assert_int_eq(g->attempts, 1);
		ck_assert_str_eq(g->eff, g->url);
	}
	/* a file URL is %-decoded: "a b%" on disk */
	ck_assert_msg(gots[3].oc == HTTP_BODY, "%s: %s", esc, gots[3].err);
	ck_assert_str_eq(gots[3].body, "spaced");
	ck_assert_int_eq(gots[4].oc, HTTP_GONE);
	ck_assert_str_eq(gots[4].err, "No such file or directory");

	/* larger than the ceiling */
	o.max_bytes = 10;
	gots_free();
	struct got *g = fetch1(&o, big, NULL, NULL);
	ck_assert_int_eq(g->oc, HTTP_FAILED);
	ck_assert_str_eq(g->err, "larger than 10 bytes");
	ck_assert_ptr_null(g->body);
	free(path), free(furl), free(lurl), free(esc), free(missing), free(big);
}
END_TEST

START_TEST(http_file_url_escapes_decoded_safely)
{
	/* %00 is never decoded into the path (it would cut it short); a '%'
	   without two hex digits stays as it is */
	make_tmpdir();
	put_file("p.html", "p");
	put_file("100%/q.html", "q");
	char *nul = xasprintf("file://%s/p.html%%00.txt", tmpdir);
	char *pct = xasprintf("file://%s/100%%/q.html", tmpdir);
	struct http_opts o = quick_opts();
	struct http_client *c = http_client_new(&o);
	ck_assert_int_eq(http_client_add(c, nul, NULL, NULL, (void *)1), 0);
	ck_assert_int_eq(http_client_add(c, pct, NULL, NULL, (void *)2), 0);
	ck_assert_int_eq(http_client_run(c, on_done, NULL, NULL), 0);
	http_client_free(c);
	ck_assert_uint_eq(ngot, 2);
	ck_assert_int_eq(gots[0].oc, HTTP_GONE);
	ck_assert_ptr_null(gots[0].body);
	ck_assert_int_eq(gots[1].oc, HTTP_BODY);
	ck_assert_str_eq(gots[1].body, "q");
	free(nul), free(pct);
}
END_TEST

/* A done callback that queues /second when /first is done (as the crawler
 * queues the links of an index page). */
static void
on_done_queue(void *arg, void *user, struct http_resp *r)
{
	on_done(NULL, user, r);
	if (strcmp(r->url, U("/first")) == 0)
		ck_assert_int_eq(http_client_add(arg, U("/second"), NULL, NULL, NULL), 0);
}

/* Draining a long queue is one pass: 500 000 local files (none exists)
 * and 500 000 over the request budget each end, in order, at once.  A
 * memmove per request taken made it quadratic (200 000 local links of 20
 * sub-indexes: 8.2 s in a run). */
static size_t drained, drained_out_of_order;
static uintptr_t drained_last;

static void
on_done_count(void *arg, void *user, struct http_resp *r)
{
	(void)arg;
	(void)r;
	drained_out_of_order += drained > 0 && (uintptr_t)user < drained_last;
	drained_last = (uintptr_t)user;
	drained++;
}

START_TEST(http_long_queue_drains_in_one_pass)
{
	struct http_opts o = quick_opts();
	struct timespec t0, t1;
	char url[80];
	enum { N = 500000 };

	o.max_requests = 1;
	for (int remote = 0; remote <= 1; remote++) {
		struct http_client *c = http_client_new(&o);
		ck_assert_ptr_nonnull(c);
		drained = drained_out_of_order = 0;
		for (uintptr_t i = 0; i < N; i++) {
			snprintf(url, sizeof url,
			         remote ? "http://127.0.0.1:9/%lu.html"
			                : "file:///nonexistent-hotfeed-test/%lu.html",
			         (unsigned long)i);
			ck_assert_int_eq(http_client_add(c, url, NULL, NULL, (void *)i), 0);
		}
		clock_gettime(CLOCK_MONOTONIC, &t0);
		ck_assert_int_eq(http_client_run(c, on_done_count, NULL, NULL), 0);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		http_client_free(c);
		ck_assert_uint_eq(drained, N);
		/* the first remote one is sent (port 9 refuses it): it ends last */
		ck_assert_uint_le(drained_out_of_order, (size_t)remote);
		/* here 1.5 s, 14 s before (under ASan: a wider bound) */
		ck_assert_double_lt((double)(t1.tv_sec - t0.tv_sec) +
		                            (t1.tv_nsec - t0.tv_nsec) / 1e9,
		                    getenv("HOTFEED_ASAN") ? 40.0 : 8.0);
	}
}
END_TEST

static size_t last_tick[4]; /* calls, queued, active, done */

static void
on_tick(void *arg, size_t queued, size_t active, size_t done)
{
	last_tick[0]++;
	last_tick[1] = queued, last_tick[2] = active, last_tick[3] = done;
}

START_TEST(http_done_may_queue_more)
{
	struct http_opts o = quick_opts();
	route("/first", 0, "200 OK", "", "first");
	route("/second", 0, "200 OK", "", "second");
	struct http_client *c = http_client_new(&o);
	ck_assert_int_eq(http_client_add(c, U("/first"), NULL, NULL, NULL), 0);
	ck_assert_int_eq(http_client_run(c, on_done_queue, on_tick, c), 0);
	ck_assert_uint_eq(ngot, 2);
	/* the last tick says all is done */
	ck_assert_uint_ge(last_tick[0], 1);
	ck_assert_uint_eq(last_tick[1], 0);
	ck_assert_uint_eq(last_tick[2], 0);
	ck_assert_uint_eq(last_tick[3], 2);
	ck_assert_str_eq(gots[0].body, "first");
	ck_assert_str_eq(gots[1].body, "second");
	ck_assert_int_eq(http_client_requests(c), 2);
	/* and the client can run again */
	ck_assert_int_eq(http_client_add(c, U("/second"), NULL, NULL, NULL), 0);
	ck_assert_int_eq(http_client_run(c, on_done, NULL, NULL), 0);
	ck_assert_uint_eq(ngot, 3);
	ck_assert_int_eq(http_client_requests(c), 3);
	http_client_free(c);
}
END_TEST

/* ---------------------------------------------------------------------------
 * the run report
 */

static void
sample_report(struct run_report *r)
{
	memset(r, 0, sizeof *r);
	r->command = "run";
	r->started = 1123650000; /* 2005-08-10T05:00:00Z */
	r->seconds = 4.2349;
	r->requests = 14;
	r->exit_code = 1;
	struct url_entry *e = report_add(r, "http://ex.org/a/ms05-039.html", "page");
	ck_assert_int_eq(e->result, UR_FAILED); /* until told otherwise */
	e->result = UR_NEW;
	e->status = 200;
	e->attempts = 1;
	e->bytes = 34567;
	e->wire_bytes = 8901;
	e->seconds = 0.12345;
	e->encoding = xstrdup("shift_jis");
	e->key = xstrdup("MS05-039");
	diag_list_add(&e->diags, DIAG_ERROR, "truncated", "the page ends early");
	diag_list_add(&e->diags, DIAG_WARNING, "no-overview", "概要: no such section");
	e = report_add(r, "http://ex.org/a/ms05-040.html", "page");
	e->result = UR_DEFERRED;
	e->status = 503;
	e->attempts = 1;
	e->message = xstrdup("HTTP 503, Retry-After 120 s");
	e = report_add(r, "http://ex.org/a/index.html", "index");
	e->result = UR_INDEX;
	e->attempts = 1;
	e->message = xstrdup("2 links");
	e = report_add(r, "http://ex.org/a/x.html", "page"); /* status 0: never answered */
	e->message = xstrdup("Couldn't connect to server");
	report_count(r);
}

START_TEST(report_json)
{
	struct run_report r;
	char err[256] = "";
	sample_report(&r);
	make_tmpdir();
	char *path = xasprintf("%s/report.json", tmpdir);
	ck_assert_int_eq(report_write(&r, path, err, sizeof err), 0);
	report_free(&r);

	json_error_t je;
	json_t *root = json_load_file(path, 0, &je);
	ck_assert_msg(root != NULL, "%s", je.text);
	ck_assert_uint_eq(json_object_size(root), 12);
	ck_assert_str_eq(json_string_value(json_object_get(root, "command")), "run");
	ck_assert(json_is_false(json_object_get(root, "interrupted")));
	json_t *pending = json_object_get(root, "pending");
	ck_assert_uint_eq(json_object_size(pending), 5);
	ck_assert_int_eq(json_integer_value(json_object_get(pending, "total")), 0);
	ck_assert_int_eq(json_integer_value(json_object_get(pending, "robots")), 0);
	ck_assert_str_eq(json_string_value(json_object_get(root, "version")), HOTFEED_VERSION);
	ck_assert_str_eq(json_string_value(json_object_get(root, "started")),
	                 "2005-08-10T05:00:00Z");
	ck_assert_double_eq(json_real_value(json_object_get(root, "seconds")), 4.234);
	ck_assert_int_eq(json_integer_value(json_object_get(root, "requests")), 14);
	ck_assert_int_eq(json_integer_value(json_object_get(root, "exit_code")), 1);
	ck_assert(json_is_null(json_object_get(root, "publish_error")));

	json_t *counts = json_object_get(root, "counts");
	static const char *const names[] = { "new",        "updated", "unchanged", "not-modified",
		                             "regression", "index",   "gone",      "deferred",
		                             "skipped",    "failed" };
	static const int want_counts[] = { 1, 0, 0, 0, 0, 1, 0, 1, 0, 1 };
	ck_assert_uint_eq(json_object_size(counts), 11);
	for (size_t i = 0; i < 10; i++)
		ck_assert_msg(json_integer_value(json_object_get(counts, names[i])) ==
		                      want_counts[i],
		              "counts.%s", names[i]);

	json_t *urls = json_object_get(root, "urls");
	ck_assert_uint_eq(json_array_size(urls), 4);
	json_t *u = json_array_get(urls, 0);
	ck_assert_uint_eq(json_object_size(u), 12);
	char *d = json_dumps(json_object_get(u, "diagnostics"), JSON_COMPACT);
	ck_assert_str_eq(d, "[{\"level\":\"error\",\"code\":\"truncated\",\"message\":"
	                    "\"the page ends early\"},{\"level\":\"warning\",\"code\":"
	                    "\"no-overview\",\"message\":\"概要: no such section\"}]");
	free(d);
	d = json_dumps(json_object_get(root, "diagnostics"), JSON_COMPACT | JSON_PRESERVE_ORDER);
	ck_assert_str_eq(d, "{\"pages_with_errors\":1,\"errors\":1,\"warnings\":1,\"notes\":0}");
	free(d);
	ck_assert_uint_eq(json_array_size(json_object_get(json_array_get(urls, 1), "diagnostics")),
	                  0);
	ck_assert_str_eq(json_string_value(json_object_get(u, "url")),
	                 "http://ex.org/a/ms05-039.html");
	ck_assert_str_eq(json_string_value(json_object_get(u, "kind")), "page");
	ck_assert_str_eq(json_string_value(json_object_get(u, "result")), "new");
	ck_assert_int_eq(json_integer_value(json_object_get(u, "status")), 200);
	ck_assert_int_eq(json_integer_value(json_object_get(u, "attempts")), 1);
	ck_assert_int_eq(json_integer_value(json_object_get(u, "bytes")), 34567);
	ck_assert_int_eq(json_integer_value(json_object_get(u, "wire_bytes")), 8901);
	ck_assert_double_eq(json_real_value(json_object_get(u, "seconds")), 0.123);
	ck_assert_str_eq(json_string_value(json_object_get(u, "encoding")), "shift_jis");
	ck_assert_str_eq(json_string_value(json_object_get(u, "key")), "MS05-039");
	ck_assert(json_is_null(json_object_get(u, "message")));

	u = json_array_get(urls, 1);
	ck_assert_str_eq(json_string_value(json_object_get(u, "result")), "deferred");
	ck_assert_int_eq(json_integer_value(json_object_get(u, "status")), 503);
	ck_assert_str_eq(json_string_value(json_object_get(u, "message")),
	                 "HTTP 503, Retry-After 120 s");
	ck_assert(json_is_null(json_object_get(u, "encoding")));
	ck_assert(json_is_null(json_object_get(u, "key")));
	ck_assert_int_eq(json_integer_value(json_object_get(u, "bytes")), 0);

	u = json_array_get(urls, 2);
	ck_assert_str_eq(json_string_value(json_object_get(u, "kind")), "index");
	ck_assert_str_eq(json_string_value(json_object_get(u, "result")), "index");
	ck_assert(json_is_null(json_object_get(u, "status"))); /* 0 = none: null */

	u = json_array_get(urls, 3);
	ck_assert_str_eq(json_string_value(json_object_get(u, "result")), "failed");
	ck_assert(json_is_null(json_object_get(u, "status")));
	ck_assert_int_eq(json_integer_value(json_object_get(u, "attempts")), 0);
	ck_assert_double_eq(json_real_value(json_object_get(u, "seconds")), 0);
	json_decref(root);

	/* one line at the end, written atomically: no temp file left */
	char *text;
	size_t len;
	ck_assert_int_eq(read_file(path, 1 << 20, &text, &len), 0);
	ck_assert_int_eq(text[len - 1], '\n');
	ck_assert_int_ne(text[len - 2], '\n');
	free(text);

	/* publish_error reported; an unwritable path is an error naming it */
	sample_report(&r);
	r.publish_error = xstrdup("out/rss.xml: Permission denied");
	ck_assert_int_eq(report_write(&r, path, err, sizeof err), 0);
	root = json_load_file(path, 0, &je);
	ck_assert_str_eq(json_string_value(json_object_get(root, "publish_error")),
	                 "out/rss.xml: Permission denied");
	json_decref(root);
	char *bad = xasprintf("%s/no/such/dir/r.json", tmpdir);
	ck_assert_int_eq(report_write(&r, bad, err, sizeof err), -1);
	char *want = xasprintf("%s: No such file or directory", bad);
	ck_assert_str_eq(err, want);
	free(want), free(bad);
	report_free(&r);
	ck_assert_uint_eq(r.urls.n, 0);
	free(path);
}
END_TEST

static char *
captured(void (*fn)(const struct run_report *, FILE *, size_t), const struct run_report *r,
         size_t max)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);
	ck_assert_ptr_nonnull(f);
	fn(r, f, max);
	fclose(f);
	return s;
}

static void
totals_adapter(const struct run_report *r, FILE *f, size_t unused)
{
	report_totals(r, f);
}

START_TEST(report_totals_and_problems)
{
	struct run_report r;
	sample_report(&r);
	char *s = captured(totals_adapter, &r, 0);
	ck_assert_str_eq(s,
	                 "3 pages, 1 index pages: 1 new, 1 deferred, 1 failed, 1 page with errors, "
	                 "1 warning (4.2 s, 14 requests)\n");
	free(s);
	s = captured(report_problems, &r, 20);
	ck_assert_str_eq(s,
	                 "  http://ex.org/a/ms05-039.html: new MS05-039: error truncated: "
	                 "the page ends early\n"
	                 "  http://ex.org/a/ms05-040.html: deferred: HTTP 503, Retry-After 120 s\n"
	                 "  http://ex.org/a/x.html: failed: Couldn't connect to server\n");
	free(s);
	s = captured(report_problems, &r, 1);
	ck_assert_str_eq(s, "  http://ex.org/a/ms05-039.html: new MS05-039: error truncated: "
	                    "the page ends early\n"
	                    "  ... and 2 more (see --report)\n");
	free(s);
	diag_list_free(&r.urls.v[0].diags); /* a clean page: not a problem */
	r.publish_error = xstrdup("out: Permission denied");
	r.urls.v[3].result = UR_SKIPPED; /* not a problem */
	free(r.urls.v[3].message);
	r.urls.v[3].message = NULL;
	report_count(&r);
	s = captured(report_problems, &r, 20);
	ck_assert_str_eq(s,
	                 "  http://ex.org/a/ms05-040.html: deferred: HTTP 503, Retry-After 120 s\n"
	                 "  publish: out: Permission denied\n");
	free(s);
	s = captured(totals_adapter, &r, 0);
	ck_assert_str_eq(
		s, "3 pages, 1 index pages: 1 new, 1 deferred, 1 skipped (4.2 s, 14 requests)\n");
	free(s);
	report_free(&r);
}
END_TEST

START_TEST(report_result_names_and_problems)
{
	static const char *const names[UR_COUNT] = {
		"new",  "updated",  "unchanged", "not-modified", "regression", "index",
		"gone", "deferred", "skipped",   "failed",       "pending",
	};
	static const int problem[UR_COUNT] = { 0, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0 };
	for (int i = 0; i < UR_COUNT; i++) {
		ck_assert_str_eq(report_result_name(i), names[i]);
		ck_assert_int_eq(report_result_is_problem(i), problem[i]);
	}
}
END_TEST

/* ---------------------------------------------------------------------------
 * the run lock
 */

START_TEST(lock_one_run_at_a_time)
{
	char msg[512] = "", want[600];
	make_tmpdir();
	char *db = xasprintf("%s/hotfeed.db", tmpdir);
	int fd = lock_acquire(db, msg, sizeof msg);
	ck_assert_int_ge(fd, 0);
	/* a second taker (another open file description) is refused at once */
	ck_assert_int_eq(lock_acquire(db, msg, sizeof msg), -1);
	snprintf(want, sizeof want, "another run holds %s.lock (pid %ld)", db, (long)getpid());
	ck_assert_str_eq(msg, want);
	lock_release(fd);
	/* released: free again, and the pid is gone from the file */
	char *lockpath = xasprintf("%s.lock", db);
	struct stat st;
	ck_assert_int_eq(stat(lockpath, &st), 0);
	ck_assert_int_eq(st.st_size, 0);
	fd = lock_acquire(db, msg, sizeof msg);
	ck_assert_int_ge(fd, 0);
	lock_release(fd);
	lock_release(-1); /* harmless */

	/* any other failure is -2 and says why */
	char *bad = xasprintf("%s/no/such/hotfeed.db", tmpdir);
	ck_assert_int_eq(lock_acquire(bad, msg, sizeof msg), -2);
	snprintf(want, sizeof want, "cannot open %s.lock: No such file or directory", bad);
	ck_assert_str_eq(msg, want);
	free(db), free(lockpath), free(bad);
}
END_TEST

/* ---------------------------------------------------------------------------
 * run_main: crawl depth over a local index tree (hotfeed(1) --depth)
 */

/*
 *   archive/index.html            -> 2005/index.html, a.html, ../outside.html,
 *                                    ../other/index.html, http://ex.invalid/r.html
 *   archive/2005/index.html       -> b.html, q1/index.html, ../a.html
 *   archive/2005/q1/index.html    -> c.html, deeper/index.html
 *   archive/2005/q1/deeper/index.html -> d.html
 * under tmpdir/sub.  The bulletin pages do not exist: each ends as "gone",
 * which is enough to see what was queued.
 */
static void
make_tree(const char *sub)
{
	static const char *const files[][2] = {
		{ "archive/index.html",
		  "<a href=2005/index.html>2005</a> <a href=a.html>a</a> <a href=../outside.html>o</a> "
		  "<a href=../other/index.html>x</a> <a href=http://ex.invalid/r.html>r</a>" },
		{ "archive/2005/index.html",
		  "<a href=b.html>b</a> <a href=q1/index.html>q1</a> <a href=../a.html>a</a>" },
		{ "archive/2005/q1/index.html",
		  "<a href=c.html>c</a> <a href=deeper/index.html>deeper</a>" },
		{ "archive/2005/q1/deeper/index.html", "<a href=d.html>d</a>" },
	};
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		char *p = xasprintf("%s%s%s", sub, sub[0] ? "/" : "", files[i][0]);
		put_file(p, files[i][1]);
		free(p);
	}
}

/* run_main() like `hotfeed fetch --quiet --depth depth --index root_arg
 * --recheck-all --report R` (every known page asked again, whatever its
 * re-check schedule); the report's urls. */
static json_t *
run_depth(const char *root_arg, int depth, int *code)
{
	struct config cfg;
	config_init(&cfg);
	cfg.depth = depth;
	cfg.delay_ms = 0;
	struct source_cfg src = { .delay_ms = -1 };
	strlist_add(&src.index, root_arg);
	char *db = xasprintf("%s/d%d.db", tmpdir, depth);
	char *report = xasprintf("%s/d%d.json", tmpdir, depth);
	struct run_opts o = {
		.command = "fetch",
		.cfg = &cfg,
		.sources = &src,
		.nsources = 1,
		.db = db,
		.out = tmpdir,
		.report = report,
		.quiet = 1,
		.recheck_all = 1,
	};
	*code = run_main(&o);
	json_error_t je;
	json_t *root = json_load_file(report, 0, &je);
	ck_assert_msg(root != NULL, "%s", je.text);
	json_t *urls = json_incref(json_object_get(root, "urls"));
	json_decref(root);
	strlist_free(&src.index);
	config_free(&cfg);
	free(db), free(report);
	return urls;
}

/* urls[i] is prefix + want[i].rel with result want[i].result (and message). */
struct want_url {
	const char *rel, *result, *message;
};

static void
assert_urls(json_t *urls, const char *prefix, const struct want_url *want, size_t n)
{
	for (size_t i = 0; i < json_array_size(urls) && i < n; i++) {
		json_t *u = json_array_get(urls, i);
		char *url = xasprintf("%s%s", prefix, want[i].rel);
		ck_assert_str_eq(json_string_value(json_object_get(u, "url")), url);
		ck_assert_msg(
			!strcmp(json_string_value(json_object_get(u, "result")), want[i].result),
			"%s: %s, want %s", url, json_string_value(json_object_get(u, "result")),
			want[i].result);
		if (want[i].message)
			ck_assert_str_eq(json_string_value(json_object_get(u, "message")),
			                 want[i].message);
		free(url);
	}
	ck_assert_uint_eq(json_array_size(urls), n);
}

#define ENOENT_MSG "No such file or directory"

START_TEST(run_depth_limits_subindexes)
{
	/* the root is depth 0; a sub-index at depth d is followed when d <
	   --depth; bulletin pages found on any followed index are fetched;
	   off-site links and index pages outside the root's directory never */
	int code;
	make_tree("");
	char *root = xasprintf("%s/archive/index.html", tmpdir);
	char *prefix = xasprintf("file://%s/", tmpdir);
	/* index pages first; then the bulletin pages in index order: what an
	   index lists first (its sub-index's pages included) comes first; a
	   page listed twice takes its first place (a.html, listed by 2005/) */
	static const struct want_url d2[] = {
		{ "archive/index.html", "index", "5 links" },
		{ "archive/2005/index.html", "index", "3 links" },
		{ "archive/2005/q1/index.html", "index", "2 links" },
		{ "archive/2005/b.html", "gone", ENOENT_MSG },
		{ "archive/2005/q1/c.html", "gone", ENOENT_MSG },
		{ "archive/a.html", "gone", ENOENT_MSG },
		{ "outside.html", "gone", ENOENT_MSG },
	};
	json_t *urls = run_depth(root, 2, &code);
	ck_assert_int_eq(code, HF_EXIT_PARTIAL);
	assert_urls(urls, prefix, d2, 7);
	json_decref(urls);

	static const struct want_url d1[] = {
		{ "archive/index.html", "index", "5 links" },
		{ "archive/2005/index.html", "index", "3 links" },
		{ "archive/2005/b.html", "gone", ENOENT_MSG },
		{ "archive/a.html", "gone", ENOENT_MSG },
		{ "outside.html", "gone", ENOENT_MSG },
	};
	urls = run_depth(root, 1, &code);
	assert_urls(urls, prefix, d1, 5);
	json_decref(urls);

	static const struct want_url d0[] = {
		{ "archive/index.html", "index", "5 links" },
		{ "archive/a.html", "gone", ENOENT_MSG },
		{ "outside.html", "gone", ENOENT_MSG },
	};
	urls = run_depth(root, 0, &code);
	assert_urls(urls, prefix, d0, 3);
	json_decref(urls);
	free(root), free(prefix);
}
END_TEST

/* A run queues at most HF_MAX_RUN_URLS: 11 sub-indexes of 10 000 links
 * (110 011 URLs; 500 such would be 5 million, about 5 GB) stop at the
 * limit, and the index page where it was reached says how many it left. */
START_TEST(run_caps_the_urls_of_a_run)
{
	int code;
	struct buf b;
	char *root = xasprintf("%s/big/index.html", tmpdir);

	buf_init(&b, 0);
	for (int i = 0; i < 11; i++)
		buf_printf(&b, "<a href=s%d/index.html>s</a>", i);
	put_file("big/index.html", b.data);
	for (int i = 0; i < 11; i++) {
		char *rel = xasprintf("big/s%d/index.html", i);
		buf_reset(&b);
		for (int k = 0; k < 10000; k++)
			buf_printf(&b, "<a href=p%d.html>p</a>", k);
		put_file(rel, b.data);
		free(rel);
	}
	buf_free(&b);
	json_t *urls = run_depth(root, 3, &code), *u;
	size_t i, told = 0;
	ck_assert_uint_eq(json_array_size(urls), HF_MAX_RUN_URLS);
	json_array_foreach(urls, i, u)
	{
		const char *m = json_string_value(json_object_get(u, "message"));
		if (m && strstr(m, " past the run's limit of 100000 URLs were ignored)"))
			told += strtoul(m + strlen("10000 links ("), NULL, 10);
	}
	ck_assert_uint_eq(told, 1 + 11 + 110000 - HF_MAX_RUN_URLS);
	json_decref(urls);
	free(root);
}
END_TEST

START_TEST(run_index_under_a_path_with_space)
{
	/* a local archive in "x y%": its links resolve, its sub-index is read */
	int code;
	make_tree("x y%");
	char *root = xasprintf("%s/x y%%/archive/index.html", tmpdir);
	char *prefix = xasprintf("file://%s/x%%20y%%25/", tmpdir);
	static const struct want_url want[] = {
		{ "archive/index.html", "index", "5 links" },
		{ "archive/2005/index.html", "index", "3 links" },
		{ "archive/2005/b.html", "gone", ENOENT_MSG },
		{ "archive/a.html", "gone", ENOENT_MSG },
		{ "outside.html", "gone", ENOENT_MSG },
	};
	json_t *urls = run_depth(root, 1, &code);
	ck_assert_int_eq(code, HF_EXIT_PARTIAL);
	assert_urls(urls, prefix, want, 5);
	json_decref(urls);
	free(root), free(prefix);
}
END_TEST

START_TEST(run_index_304_resolves_against_where_it_was_read)
{
	/* an index reached through a redirect: its links are relative to where
	   it was read, on the run that fetches it and on the next, which reads
	   the cached copy after a 304 */
	server_start();
	char loc[160];
	snprintf(loc, sizeof loc, "Location: %s\r\n", U("/new/index.html"));
	route("/old/index.html", 0, "301 Moved Permanently", loc, "");
	route("/new/index.html", 0, "200 OK", "ETag: \"i1\"\r\n", "<a href=\"a.html\">a</a>");
	route("/new/index.html", 1, "304 Not Modified", "ETag: \"i1\"\r\n", "");
	int code;
	static const struct want_url want[] = {
		{ "/old/index.html", "index", "1 links" },
		{ "/new/a.html", "gone", "HTTP 404" },
	};
	char prefix[64];
	snprintf(prefix, sizeof prefix, "http://127.0.0.1:%d", srv.port);
	json_t *urls = run_depth(U("/old/index.html"), 2, &code);
	assert_urls(urls, prefix, want, 2);
	json_decref(urls);
	urls = run_depth(U("/old/index.html"), 2, &code);
	ck_assert_uint_eq(requests_for("/new/index.html"), 2);
	ck_assert_pstr_eq(req_header(srv.nreq - 2, "If-None-Match"), "\"i1\"");
	assert_urls(urls, prefix, want, 2);
	json_decref(urls);
	server_stop();
}
END_TEST

static void
run_setup(void)
{
	make_tmpdir();
}

static void
run_teardown(void)
{
	rm_tmpdir();
}

/* ---------------------------------------------------------------------------
 * crawl_classify_link, crawl_bulletin_like: pagination and what an index
 * links to (crawl.h)
 */

#define LINK(root, url, text, paging, pat, want) \
	do { \
		struct html_link l_ = { (char *)(url), (char *)(text), (paging) }; \
		ck_assert_msg(crawl_classify_link((root), &l_, (pat)) == (want), \
		              "classify_link(%s, %s) = %d, want %d", (url), (text), \
		              crawl_classify_link((root), &l_, (pat)), (want)); \
	} while (0)

START_TEST(classify_pagination)
{
	/* by URL: index_N, ?page=N, /page/N/ under the root's directory */
	LINK(ROOT, "http://ex.org/hotfix/archive/2005/index_2.html", "", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/2005/index-12.htm", "", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/INDEX3.html", "", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/list.php?y=2005&page=2", "", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/?p=3", "", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/page/2/", "", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/2005/page/10", "", 0, NULL, CRAWL_NEXT);
	/* by text or rel, on a link that is not a bulletin */
	LINK(ROOT, "http://ex.org/hotfix/archive/list.php?s=100", "次へ", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/b.html", "≪ 前へ", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/c.html", "[次のページ]", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/c.html", "３", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/c.html", " 12 ", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/c.html", "Next", 0, NULL, CRAWL_NEXT);
	LINK(ROOT, "http://ex.org/hotfix/archive/c.html", "more", 1, NULL, CRAWL_NEXT);
	/* not pagination: a year, a bulletin with a number or rel, other names */
	LINK(ROOT, "http://ex.org/hotfix/archive/2005/index.html", "2005", 0, NULL, CRAWL_INDEX);
	LINK(ROOT, "http://ex.org/hotfix/archive/ms05-039.html", "2", 0, NULL, CRAWL_PAGE);
	LINK(ROOT, "http://ex.org/hotfix/archive/ms05-039.html", "", 1, NULL, CRAWL_PAGE);
	LINK(ROOT, "http://ex.org/hotfix/archive/0810.html", "2", 0, "*/0*.html", CRAWL_PAGE);
	LINK(ROOT, "http://ex.org/hotfix/archive/indexes.html", "", 0, NULL, CRAWL_PAGE);
	LINK(ROOT, "http://ex.org/hotfix/archive/index_x.html", "", 0, NULL, CRAWL_PAGE);
	LINK(ROOT, "http://ex.org/hotfix/archive/x.html?page=two", "", 0, NULL, CRAWL_PAGE);
	LINK(ROOT, "http://ex.org/hotfix/archive/pages/2/", "", 0, NULL, CRAWL_INDEX);
	/* outside the root's directory or off the site: as before */
	LINK(ROOT, "http://ex.org/hotfix/index_2.html", "次へ", 0, NULL, CRAWL_PAGE);
	LINK(ROOT, "http://ex.invalid/hotfix/archive/index_2.html", "次へ", 0, NULL, CRAWL_SKIP);
}
END_TEST

START_TEST(classify_pattern_ignores_case)
{
	CLASS(ROOT, "http://ex.org/hotfix/archive/ms05-039.htm", "*/MS0[3-6]-*.htm*", CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org/hotfix/archive/MS05-039.HTML", "*/ms0[3-6]-*.htm*", CRAWL_PAGE);
	/* on the path alone too */
	CLASS(ROOT, "http://ex.org/hotfix/archive/ms05-039.htm", "/hotfix/*/ms*", CRAWL_PAGE);
	CLASS(ROOT, "http://ex.org/hotfix/archive/ms07-001.htm", "*/MS0[3-6]-*.htm*", CRAWL_INDEX);
}
END_TEST

START_TEST(bulletin_like_links)
{
	struct html_link a = { "http://ex.org/hotfix/archive/ms05-039.html", "", 0 };
	struct html_link b = { "http://ex.org/hotfix/archive/0810.html", "MS05-039 の修正", 0 };
	struct html_link c = { "http://ex.org/hotfix/archive/about.html", "このサイトについて", 0 };
	struct html_link d = { "http://ex.invalid/ms05-039.html", "MS05-039", 0 };
	struct html_link e = { "http://ex.org/hotfix/archive/index_2.html", "MS05-039", 0 };
	ck_assert_int_eq(crawl_bulletin_like(ROOT, &a, NULL), 1);
	ck_assert_int_eq(crawl_bulletin_like(ROOT, &b, NULL), 1);
	ck_assert_int_eq(crawl_bulletin_like(ROOT, &c, NULL), 0);
	ck_assert_int_eq(crawl_bulletin_like(ROOT, &d, NULL), 0);
	ck_assert_int_eq(crawl_bulletin_like(ROOT, &e, NULL), 0);
	/* with a pattern, the pattern decides */
	ck_assert_int_eq(crawl_bulletin_like(ROOT, &c, "*/about.html"), 1);
	ck_assert_int_eq(crawl_bulletin_like(ROOT, &a, "*/about.html"), 0);
}
END_TEST

START_TEST(html_links_read_text_and_rel)
{
	static const char page[] =
		"<p><a href='a.html'>MS05-039\tの<b>修正</b></a> <a href='a.html'>again</a>"
		" <a href='n.html' rel='nofollow next'><img alt='次へ'></a>"
		" <a href=\"s\ntab.html\">x</a> <a href='p.html' REL=PREV>1</a> <a href=''>e</a>";
	struct html_links l = { 0 };
	char err[256];
	ck_assert_int_eq(html_links_read(page, sizeof page - 1, &l, err, sizeof err), 4);
	ck_assert_str_eq(l.v.v[0].href, "a.html");
	ck_assert_str_eq(l.v.v[0].text, "MS05-039 の修正");
	ck_assert_int_eq(l.v.v[0].paging, 0);
	ck_assert_str_eq(l.v.v[1].href, "n.html");
	ck_assert_str_eq(l.v.v[1].text, "次へ");
	ck_assert_int_eq(l.v.v[1].paging, 1);
	ck_assert_str_eq(l.v.v[2].href, "stab.html");
	ck_assert_int_eq(l.v.v[3].paging, 1);
	/* the worker's wire form round-trips */
	char *wire = html_links_encode(&l);
	struct html_links back = { 0 };
	ck_assert_int_eq(html_links_decode(wire, strlen(wire), &back), 4);
	for (size_t i = 0; i < 4; i++) {
		ck_assert_str_eq(back.v.v[i].href, l.v.v[i].href);
		ck_assert_str_eq(back.v.v[i].text, l.v.v[i].text);
		ck_assert_int_eq(back.v.v[i].paging, l.v.v[i].paging);
	}
	ck_assert_int_eq(html_links_decode("2\ta\tb\n", 6, &back), -1);
	ck_assert_int_eq(html_links_decode("1\ta\tb", 5, &back), -1);
	ck_assert_int_eq(html_links_decode("1\t\tb\n", 5, &back), -1);
	free(wire);
	html_links_free(&back);
	html_links_free(&l);
}
END_TEST

/* An index page of 20 000 nested table cells (300 KB) needs more than
 * gumbo's budget: read in the worker, it is an error for that page, and
 * the next page is read by a fresh worker. */
START_TEST(index_links_hostile_page_is_an_error)
{
	struct buf b;
	size_t len;
	char err[256] = "";
	struct html_links out = { 0 };

	buf_init(&b, 0);
	buf_puts(&b, "<html><body>");
	for (int i = 0; i < 20000; i++)
		buf_puts(&b, "<table><tr><td>");
	buf_puts(&b, "<a href=x.html>x</a></body></html>");
	char *page = buf_steal(&b, &len);
	ck_assert_int_eq(crawl_index_links((const unsigned char *)page, len, NULL,
	                                   "http://ex.org/idx/", &out, err, sizeof err),
	                 -1);
	ck_assert_str_eq(err, "parser stopped: memory limit (HTML parser over 256 MB)");
	ck_assert_int_eq(crawl_index_links((const unsigned char *)"<a href=y.html>y</a>", 20, NULL,
	                                   "http://ex.org/idx/", &out, err, sizeof err),
	                 1);
	ck_assert_str_eq(out.v.v[0].href, "http://ex.org/idx/y.html");
	ck_assert_str_eq(out.v.v[0].text, "y");
	html_links_free(&out);
	free(page);
}
END_TEST

Suite *
fetch_suite(void)
{
	Suite *s = suite_create("fetch");
	TCase *tc = tcase_create("url");
	tcase_add_test(tc, resolve_rfc3986_normal);
	tcase_add_test(tc, resolve_rfc3986_abnormal);
	tcase_add_test(tc, resolve_absolute_and_scheme_relative);
	tcase_add_test(tc, resolve_query_and_fragment_against_document);
	tcase_add_test(tc, resolve_whitespace);
	tcase_add_test(tc, resolve_file_base);
	tcase_add_test(tc, resolve_unresolvable);
	tcase_add_test(tc, url_host);
	tcase_add_test(tc, url_is_remote);
	suite_add_tcase(s, tc);

	tc = tcase_create("crawl");
	tcase_add_checked_fixture(tc, NULL, rm_tmpdir);
	tcase_add_test(tc, classify_pagination);
	tcase_add_test(tc, classify_pattern_ignores_case);
	tcase_add_test(tc, bulletin_like_links);
	tcase_add_test(tc, html_links_read_text_and_rel);
	tcase_add_test(tc, index_links_hostile_page_is_an_error);
	tcase_add_test(tc, classify_subindexes);
	tcase_add_test(tc, classify_pages_without_pattern);
	tcase_add_test(tc, classify_off_site);
	tcase_add_test(tc, classify_subindex_same_site_spelled_differently);
	tcase_add_test(tc, classify_with_pattern);
	tcase_add_test(tc, classify_file_urls);
	tcase_add_test(tc, url_from_arg_urls_copied);
	tcase_add_test(tc, url_from_arg_paths);
	tcase_add_test(tc, url_from_arg_escapes);
	tcase_add_test(tc, html_links_order_and_duplicates);
	tcase_add_test(tc, html_links_as_written);
	tcase_add_test(tc, html_links_without_text);
	tcase_add_test(tc, page_links_bounded);
	tcase_add_test(tc, html_links_tables_lists_nesting);
	tcase_add_test(tc, page_links_sjis_transport_charset);
	tcase_add_test(tc, page_links_default_and_meta_charset);
	tcase_add_test(tc, page_links_append_unique);
	tcase_add_test(tc, page_links_hrefs_with_white_space);
	suite_add_tcase(s, tc);

	tc = tcase_create("http");
	tcase_set_timeout(tc, 20);
	tcase_add_checked_fixture(tc, http_setup, http_teardown);
	tcase_add_test(tc, http_outcome_names);
	tcase_add_test(tc, http_body_and_headers);
	tcase_add_test(tc, http_content_type_charset);
	tcase_add_test(tc, http_conditional_get);
	tcase_add_test(tc, http_304_with_content_length);
	tcase_add_test(tc, http_gone);
	tcase_add_test(tc, http_5xx_retried_with_backoff);
	tcase_add_test(tc, http_retry_after_seconds_defers_host);
	tcase_add_test(tc, http_retry_after_short_is_waited);
	tcase_add_test(tc, http_retry_after_http_date);
	tcase_add_test(tc, http_retry_after_capped_to_a_day);
	tcase_add_test(tc, http_retry_after_past_or_bad_is_plain_error);
	tcase_add_test(tc, http_truncated_body_never_delivered);
	tcase_add_test(tc, http_body_ceiling);
	tcase_add_test(tc, http_gzip_deflate_and_bomb);
	tcase_add_test(tc, http_redirects);
	tcase_add_test(tc, http_oversized_headers);
	tcase_add_test(tc, http_request_budget);
	tcase_add_test(tc, http_deferred_host_not_asked);
	tcase_add_test(tc, http_delay_between_requests_to_a_host);
	tcase_add_test(tc, http_connection_refused);
	tcase_add_test(tc, http_local_files);
	tcase_add_test(tc, http_file_url_escapes_decoded_safely);
	tcase_add_test(tc, http_done_may_queue_more);
	suite_add_tcase(s, tc);

	tc = tcase_create("report");
	tcase_add_checked_fixture(tc, NULL, rm_tmpdir);
	tcase_add_test(tc, report_json);
	tcase_add_test(tc, report_totals_and_problems);
	tcase_add_test(tc, report_result_names_and_problems);
	tcase_add_test(tc, lock_one_run_at_a_time);
	suite_add_tcase(s, tc);

	tc = tcase_create("run");
	tcase_set_timeout(
		tc,
		60); /* the 110 000 URLs of run_caps_the_urls_of_a_run go through the frontier */
	tcase_add_checked_fixture(tc, run_setup, run_teardown);
	tcase_add_test(tc, run_depth_limits_subindexes);
	tcase_add_test(tc, http_long_queue_drains_in_one_pass);
	tcase_add_test(tc, run_caps_the_urls_of_a_run);
	tcase_add_test(tc, run_index_under_a_path_with_space);
	tcase_add_test(tc, run_index_304_resolves_against_where_it_was_read);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(fetch_suite)
