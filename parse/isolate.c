/*
 * isolate.c — the page parser in a forked worker process under setrlimit().
 *
 * The worker lives across pages (a fresh one every WORKER_PAGES pages and
 * after any page it could not finish).  Protocol: the parent writes a
 * struct request, the transport charset, the URL and the page's bytes;
 * the worker answers with a 64-bit length, then "OK\n" and the bulletin's
 * compact JSON, or "ERR\n" and a one-line reason.  The parent reads at
 * most a bounded amount; when no answer comes, the worker's exit status
 * (or signal) says why it stopped.
 */
#include "parse/isolate.h"
#include "parse/decode.h"
#include "parse/html.h"
#include "parse/links.h"
#include "core/bulletin_json.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#ifndef UNDER_ASAN
#define UNDER_ASAN 0
#endif

/* ASan and UBSan make a parse 3-4x slower; the CPU budget follows, so
 * that `make asan` judges the same pages as stoppable as a normal build. */
#define CPU_SECONDS (HF_PARSE_CPU_SECONDS * (UNDER_ASAN ? 4 : 1))

/* The child's exit status when gumbo passed its memory budget. */
#define EXIT_GUMBO_BUDGET 3

/* Pages one worker parses before a fresh one takes over. */
#define WORKER_PAGES 64

/* The largest page a request may carry (parse_page refused larger ones at
 * its own, lower, limit before). */
#define MAX_REQUEST_BYTES (1u << 30)

/* The answer is JSON of what the page held: bounded by a multiple of it. */
#define ANSWER_MAX(len) ((len) * 16 + (1u << 20))

static int
write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static void
limit(int resource, rlim_t soft, rlim_t hard)
{
	struct rlimit rl = { soft, hard };

	setrlimit(resource, &rl);
}

/* Read exactly n bytes: 1, 0 at end of file before any, -1 on a short read. */
static int
read_full(int fd, void *p, size_t n)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = read(fd, (char *)p + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return got == 0 && r == 0 ? 0 : -1;
		got += (size_t)r;
	}
	return 1;
}

/* A request: this header, then charset, url and the page's bytes. */
struct request {
	uint64_t len;
	uint32_t charset_len, url_len;   /* UINT32_MAX: NULL */
	int32_t fallback;
	uint32_t max_bytes;
	uint32_t type;                   /* REQ_* */
};

/* What the worker is asked: a page's bulletin, or an index page's links
 * (answered as html_links_encode() text). */
enum { REQ_PARSE, REQ_LINKS };

/* A string of the request, NUL-terminated (malloc'd), or NULL. */
static int
read_string(int fd, uint32_t n, char **s)
{
	*s = NULL;
	if (n == UINT32_MAX)
		return 1;
	if (n > 65536)
		return -1;
	*s = xmalloc((size_t)n + 1);
	(*s)[n] = '\0';
	return n == 0 ? 1 : read_full(fd, *s, n);
}

/* The CPU budget of the next page: CPU_SECONDS more than used so far (the
 * worker parses page after page; RLIMIT_CPU counts the whole process, and
 * the soft limit can be raised again up to the hard one, left alone). */
static void
cpu_budget(void)
{
	struct rusage ru;
	struct rlimit rl;

	getrusage(RUSAGE_SELF, &ru);
	getrlimit(RLIMIT_CPU, &rl);
	/* whole seconds, rounded: the page gets CPU_SECONDS, give or take 0.5 */
	long long used_us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL +
	                    ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
	rl.rlim_cur = (rlim_t)((used_us + 500000) / 1000000 + CPU_SECONDS);
	if (rl.rlim_max != RLIM_INFINITY && rl.rlim_cur > rl.rlim_max)
		rl.rlim_cur = rl.rlim_max;
	setrlimit(RLIMIT_CPU, &rl);
}

/* One answer: its length, then "OK\n" and the JSON or "ERR\n" and a reason. */
static void
answer(int fd, const char *head, const char *body)
{
	uint64_t n = strlen(head) + strlen(body);

	if (write_all(fd, (const char *)&n, sizeof n) < 0 || write_all(fd, head, strlen(head)) < 0 ||
	    write_all(fd, body, strlen(body)) < 0)
		_exit(0);   /* the parent is gone */
}

/* The links of an index page, decoded as parse_page() decodes a page. */
static void
serve_links(int out, const unsigned char *bytes, size_t len, const char *charset)
{
	struct decode_result d;
	struct html_links l = { 0 };
	char err[256] = "";

	decode_document(bytes, len, charset, ENC_SHIFT_JIS, &d);
	int n = html_links_read(d.text, d.len, &l, err, sizeof err);
	decode_result_free(&d);
	char *text = n < 0 ? NULL : html_links_encode(&l);
	alarm(0);
	answer(out, n < 0 ? "ERR\n" : "OK\n", n < 0 ? err : text);
	free(text);
	html_links_free(&l);
}

static void
serve_one(int out, const struct request *rq, const unsigned char *bytes, char *charset, char *url)
{
	struct parse_opts opts;
	struct bulletin b;
	char err[256] = "";
	char *json;
	json_t *j;

	parse_opts_init(&opts);
	opts.charset = charset;
	opts.url = url;
	opts.fallback = (enum encoding)rq->fallback;
	opts.max_bytes = rq->max_bytes;
	opts.isolate = 0;
	cpu_budget();
	alarm(CPU_SECONDS * 2);   /* wall clock, for a page that waits */
	if (rq->type == REQ_LINKS) {
		serve_links(out, bytes, (size_t)rq->len, charset);
		return;
	}
	if (parse_page_direct(bytes, (size_t)rq->len, &opts, &b, err, sizeof err) < 0) {
		alarm(0);
		answer(out, "ERR\n", err);
		return;
	}
	j = bulletin_to_json(&b);
	json = j ? json_dumps(j, HF_JSON_COMPACT) : NULL;
	if (json == NULL)
		_exit(HF_EXIT_FATAL);
	alarm(0);
	answer(out, "OK\n", json);
	free(json);
	json_decref(j);
	bulletin_free(&b);
}

/*
 * The worker: parses the pages the parent sends, one at a time, until its
 * input ends.  A page that passes a limit ends the worker (the parent
 * reads why from its exit status and starts another).  One long-lived
 * child instead of a fork per page: each fork cost ~2 ms of page-table
 * copies and copy-on-write faults, more than the parse of a typical page.
 */
static _Noreturn void
worker(int in, int out)
{
	/* the caller's handlers must not catch the limits' signals, and a
	 * page stopped by SIGXCPU must not leave a core file behind */
	signal(SIGALRM, SIG_DFL);
	signal(SIGXCPU, SIG_DFL);
	signal(SIGPIPE, SIG_DFL);
	signal(SIGINT, SIG_IGN);    /* a ^C is the parent's to handle */
	signal(SIGTERM, SIG_IGN);   /* so is a stop asked of the whole group */
	/* keep only stdio and the two pipes (as fds 3 and 4): a worker that
	 * held the parent's sockets and lock file would keep connections the
	 * parent closed open, and the run lock held, for as long as it lives */
	int i2 = fcntl(in, F_DUPFD, 10), o2 = fcntl(out, F_DUPFD, 10);
	if (i2 < 0 || o2 < 0 || dup2(i2, 3) < 0 || dup2(o2, 4) < 0)
		_exit(HF_EXIT_PARTIAL);
	close_range(5, ~0U, 0);
	in = 3;
	out = 4;
	limit(RLIMIT_CORE, 0, 0);
	if (!UNDER_ASAN)
		limit(RLIMIT_AS, HF_PARSE_MEM_BYTES, HF_PARSE_MEM_BYTES);
	html_set_oom_exit(EXIT_GUMBO_BUDGET);
	for (;;) {
		struct request rq;
		char *charset = NULL, *url = NULL;
		unsigned char *bytes;
		int r = read_full(in, &rq, sizeof rq);

		if (r <= 0)
			_exit(0);
		if (rq.len > MAX_REQUEST_BYTES ||
		    read_string(in, rq.charset_len, &charset) <= 0 ||
		    read_string(in, rq.url_len, &url) <= 0)
			_exit(HF_EXIT_PARTIAL);
		bytes = xmalloc((size_t)rq.len + 1);
		if (rq.len > 0 && read_full(in, bytes, (size_t)rq.len) <= 0)
			_exit(HF_EXIT_PARTIAL);
		serve_one(out, &rq, bytes, charset, url);
		free(bytes);
		free(charset);
		free(url);
	}
}

static struct {
	pid_t pid;        /* 0: none */
	int req, ans;     /* our ends of its pipes */
	unsigned pages;   /* parsed by this worker */
} wk;

/* Stop the worker (its input ends); its exit status into *status. */
static void
worker_stop(int *status, int force)
{
	int st = 0;

	if (wk.pid <= 0)
		return;
	if (force)
		kill(wk.pid, SIGKILL);
	close(wk.req);
	close(wk.ans);
	while (waitpid(wk.pid, &st, 0) < 0 && errno == EINTR)
		;
	if (status)
		*status = st;
	memset(&wk, 0, sizeof wk);
}

static void
worker_stop_at_exit(void)
{
	worker_stop(NULL, 0);
}

static int
worker_start(char *err, size_t errlen)
{
	static int registered;
	int to[2], from[2];
	pid_t pid;

	if (pipe2(to, O_CLOEXEC) < 0) {
		snprintf(err, errlen, "pipe: %s", strerror(errno));
		return -1;
	}
	if (pipe2(from, O_CLOEXEC) < 0) {
		snprintf(err, errlen, "pipe: %s", strerror(errno));
		close(to[0]);
		close(to[1]);
		return -1;
	}
	fflush(stdout);
	fflush(stderr);
	if ((pid = fork()) < 0) {
		snprintf(err, errlen, "fork: %s", strerror(errno));
		close(to[0]);
		close(to[1]);
		close(from[0]);
		close(from[1]);
		return -1;
	}
	if (pid == 0) {
		close(to[1]);
		close(from[0]);
		worker(to[0], from[1]);
	}
	close(to[0]);
	close(from[1]);
	wk.pid = pid;
	wk.req = to[1];
	wk.ans = from[0];
	wk.pages = 0;
	if (!registered) {
		registered = 1;
		atexit(worker_stop_at_exit);
	}
	return 0;
}

/* Send one request; -1 when the worker is gone. */
static int
send_request(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
             uint32_t type)
{
	struct request rq = {
		.len = len,
		.charset_len = opts->charset ? (uint32_t)strnlen(opts->charset, 65536) : UINT32_MAX,
		.url_len = opts->url ? (uint32_t)strnlen(opts->url, 65536) : UINT32_MAX,
		.fallback = (int32_t)opts->fallback,
		.max_bytes = (uint32_t)(opts->max_bytes < UINT32_MAX ? opts->max_bytes : 0),
		.type = type,
	};
	struct sigaction ign = { .sa_handler = SIG_IGN }, old;
	int rc;

	/* a worker that died must not take us with it through SIGPIPE */
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	rc = write_all(wk.req, (const char *)&rq, sizeof rq) < 0 ||
	     (opts->charset && write_all(wk.req, opts->charset, rq.charset_len) < 0) ||
	     (opts->url && write_all(wk.req, opts->url, rq.url_len) < 0) ||
	     write_all(wk.req, (const char *)bytes, len) < 0 ? -1 : 0;
	sigaction(SIGPIPE, &old, NULL);
	return rc;
}

/* Read one answer of at most max bytes into ans: 0, -1 when the worker
 * ended without one, -2 when it was too large. */
static int
read_answer(struct buf *ans, size_t max)
{
	uint64_t n;
	char tmp[65536];

	if (read_full(wk.ans, &n, sizeof n) <= 0)
		return -1;
	if (n > max)
		return -2;
	while (n > 0) {
		size_t want = n < sizeof tmp ? (size_t)n : sizeof tmp;
		if (read_full(wk.ans, tmp, want) <= 0)
			return -1;
		buf_append(ans, tmp, want);
		n -= want;
	}
	return 0;
}

static void
explain_status(int status, char *err, size_t errlen)
{
	if (WIFSIGNALED(status)) {
		int sig = WTERMSIG(status);
		if (sig == SIGXCPU || sig == SIGKILL || sig == SIGALRM)
			snprintf(err, errlen, "parser stopped: CPU limit (%d s)", CPU_SECONDS);
		else
			snprintf(err, errlen, "parser stopped: crashed (signal %d, %s)", sig,
			         strsignal(sig));
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == EXIT_GUMBO_BUDGET) {
		snprintf(err, errlen, "parser stopped: memory limit (HTML parser over %u MB)",
		         HTML_MEM_BUDGET_MB);
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == HF_EXIT_FATAL) {
		snprintf(err, errlen, "parser stopped: memory limit (%llu MB)",
		         (unsigned long long)(HF_PARSE_MEM_BYTES >> 20));
	} else {
		snprintf(err, errlen, "parser stopped: exit status %d",
		         WIFEXITED(status) ? WEXITSTATUS(status) : -1);
	}
}

static int
take_answer(struct buf *ans, struct bulletin *out, char *err, size_t errlen)
{
	json_t *j;
	json_error_t je;
	char jerr[256];

	if (ans->len >= 4 && memcmp(ans->data, "ERR\n", 4) == 0) {
		snprintf(err, errlen, "%s", ans->data + 4);
		return -1;
	}
	if (ans->len < 3 || memcmp(ans->data, "OK\n", 3) != 0) {
		snprintf(err, errlen, "parser stopped: no answer");
		return -1;
	}
	j = json_loadb(ans->data + 3, ans->len - 3, 0, &je);
	if (j == NULL) {
		snprintf(err, errlen, "parser answer is not JSON: %s", je.text);
		return -1;
	}
	if (bulletin_from_json(j, out, jerr, sizeof jerr) < 0) {
		snprintf(err, errlen, "parser answer rejected: %s", jerr);
		json_decref(j);
		return -1;
	}
	json_decref(j);
	return 0;
}

/*
 * The decoder builds its index tables lazily, once per process (thousands
 * of iconv calls).  Build them here, before the first fork, so that every
 * child inherits them instead of building them again.
 */
static void
warm_decoder(void)
{
	static int warm;
	char *out = NULL;
	size_t outlen = 0;

	if (warm)
		return;
	warm = 1;
	decode_bytes(ENC_SHIFT_JIS, (const unsigned char *)"\x82\xa0", 2, &out, &outlen);
	free(out);
	out = NULL;
	outlen = 0;
	decode_bytes(ENC_EUC_JP, (const unsigned char *)"\x8f\xb0\xa1", 3, &out, &outlen);
	free(out);
}

/* One request to the worker and its answer ("OK\n..." or "ERR\n...") in
 * *ans (initialized here, the caller frees it): 0, or -1 with err set when
 * the worker gave none (a limit stopped it, or it could not start). */
static int
exchange(const unsigned char *bytes, size_t len, const struct parse_opts *opts, uint32_t type,
         struct buf *ans, char *err, size_t errlen)
{
	int got, status = 0;

	buf_init(ans, ANSWER_MAX(len));
	warm_decoder();
	if (len > MAX_REQUEST_BYTES) {
		snprintf(err, errlen, "page is larger than %u bytes", (unsigned)MAX_REQUEST_BYTES);
		return -1;
	}
	if (wk.pid == 0 && worker_start(err, errlen) < 0)
		return -1;
	/* a worker that died idle (killed from outside) is replaced, once */
	if (send_request(bytes, len, opts, type) < 0) {
		worker_stop(NULL, 1);
		if (worker_start(err, errlen) < 0)
			return -1;
		if (send_request(bytes, len, opts, type) < 0) {
			worker_stop(NULL, 1);
			snprintf(err, errlen, "parser worker: %s", strerror(EPIPE));
			return -1;
		}
	}
	got = read_answer(ans, ANSWER_MAX(len));
	if (got == 0) {
		/* a fresh worker now and then: gumbo's heap fragments */
		if (++wk.pages >= WORKER_PAGES)
			worker_stop(NULL, 0);
		return 0;
	}
	if (got == -2) {
		worker_stop(NULL, 1);
		snprintf(err, errlen, "parser answer larger than %zu bytes", (size_t)ANSWER_MAX(len));
	} else {
		worker_stop(&status, 0);
		explain_status(status, err, errlen);
	}
	return -1;
}

int
parse_page_isolated(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
                    struct bulletin *out, char *err, size_t errlen)
{
	struct buf ans;
	int rc = -1;

	bulletin_init(out);
	if (exchange(bytes, len, opts, REQ_PARSE, &ans, err, errlen) == 0)
		rc = take_answer(&ans, out, err, errlen);
	buf_free(&ans);
	return rc;
}

int
html_links_isolated(const unsigned char *bytes, size_t len, const char *charset,
                    struct html_links *out, char *err, size_t errlen)
{
	struct parse_opts opts;
	struct buf ans;
	int rc = -1;

	parse_opts_init(&opts);
	opts.charset = charset;
	if (exchange(bytes, len, &opts, REQ_LINKS, &ans, err, errlen) == 0) {
		if (ans.len >= 4 && memcmp(ans.data, "ERR\n", 4) == 0)
			snprintf(err, errlen, "%s", ans.data + 4);
		else if (ans.len < 3 || memcmp(ans.data, "OK\n", 3) != 0)
			snprintf(err, errlen, "parser stopped: no answer");
		else if ((rc = html_links_decode(ans.data + 3, ans.len - 3, out)) < 0)
			snprintf(err, errlen, "parser answer rejected: not a list of links");
	}
	buf_free(&ans);
	return rc;
}
