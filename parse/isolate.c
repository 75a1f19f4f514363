/*
 * isolate.c — the page parser in forked worker processes under setrlimit(),
 * and the queue (parse.h) that feeds a pool of them.
 *
 * A worker lives across pages (a fresh one every WORKER_PAGES pages and
 * after any page it could not finish); the queue keeps up to WORKER_DEPTH
 * pages in each worker's pipe and hands the answers back in the order the
 * pages were put.  Protocol: the parent writes a
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
#include <malloc.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/uio.h>
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

/* Pages one worker parses before a fresh one takes over (a bound on
 * anything a page could leave behind in it; its peak RSS is the same after
 * 4,000 bench pages as after 256, gumbo's memory being an arena dropped
 * after each page, and each fresh worker faults its heap in again). */
#define WORKER_PAGES 1024

/* The largest page a request may carry (parse_page refused larger ones at
 * its own, lower, limit before). */
#define MAX_REQUEST_BYTES (1u << 30)

/* The answer is JSON of what the page held: bounded by a multiple of it. */
#define ANSWER_MAX(len) ((len)*16 + (1u << 20))

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
	uint32_t charset_len, url_len; /* UINT32_MAX: NULL */
	int32_t fallback;
	uint32_t max_bytes;
	uint32_t type; /* REQ_* */
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
	static struct rlimit rl; /* as last set (the hard limit never changes) */
	static int known;
	struct rusage ru;
	long long used_us;
	rlim_t cur;

	if (!known) {
		getrlimit(RLIMIT_CPU, &rl);
		known = 1;
	}
	getrusage(RUSAGE_SELF, &ru);
	/* whole seconds, rounded: the page gets CPU_SECONDS, give or take 0.5 */
	used_us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL + ru.ru_utime.tv_usec +
	          ru.ru_stime.tv_usec;
	cur = (rlim_t)((used_us + 500000) / 1000000 + CPU_SECONDS);
	if (rl.rlim_max != RLIM_INFINITY && cur > rl.rlim_max)
		cur = rl.rlim_max;
	if (known == 2 && cur == rl.rlim_cur)
		return; /* the limit that stands is this page's: no call */
	rl.rlim_cur = cur;
	setrlimit(RLIMIT_CPU, &rl);
	known = 2;
}

/* One answer: its length, then "OK\n" and the JSON or "ERR\n" and a
 * reason, in one write (the parent wakes once for it). */
static void
answer(int fd, const char *head, const char *body)
{
	size_t hl = strlen(head), bl = strlen(body);
	uint64_t n = hl + bl;
	struct iovec iov[3] = { { &n, sizeof n }, { (char *)head, hl }, { (char *)body, bl } };
	size_t done = 0, total = sizeof n + hl + bl;

	while (done < total) {
		ssize_t w = writev(fd, iov, 3);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			_exit(0); /* the parent is gone */
		done += (size_t)w;
		for (int i = 0; i < 3; i++) { /* past what was written */
			size_t k = (size_t)w < iov[i].iov_len ? (size_t)w : iov[i].iov_len;
			iov[i].iov_base = (char *)iov[i].iov_base + k;
			iov[i].iov_len -= k;
			w -= (ssize_t)k;
		}
	}
}

/* The links of an index page, decoded as parse_page() decodes a page. */
static void
serve_links(int out, const unsigned char *bytes, size_t len, const char *charset)
{
	struct decode_result d;
	struct html_links l = { 0 };
	char err[256] = "";
	int n;
	char *text;

	decode_document(bytes, len, charset, ENC_SHIFT_JIS, &d);
	n = html_links_read(d.text, d.len, &l, err, sizeof err);
	decode_result_free(&d);
	text = n < 0 ? NULL : html_links_encode(&l);
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
	char err[256] = "", *text;

	parse_opts_init(&opts);
	opts.charset = charset;
	opts.url = url;
	opts.fallback = (enum encoding)rq->fallback;
	opts.max_bytes = rq->max_bytes;
	opts.isolate = 0;
	cpu_budget();
	alarm(CPU_SECONDS * 2); /* wall clock, for a page that waits */
	if (rq->type == REQ_LINKS) {
		serve_links(out, bytes, (size_t)rq->len, charset);
		return;
	}
	if (parse_page_direct(bytes, (size_t)rq->len, &opts, &b, err, sizeof err) < 0) {
		alarm(0);
		answer(out, "ERR\n", err);
		return;
	}
	/* the canonical text, written straight from the struct */
	text = bulletin_json_text(&b, NULL);
	alarm(0);
	answer(out, "OK\n", text);
	free(text);
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
	int i2, o2;

	/* the caller's handlers must not catch the limits' signals, and a
	 * page stopped by SIGXCPU must not leave a core file behind */
	signal(SIGALRM, SIG_DFL);
	signal(SIGXCPU, SIG_DFL);
	signal(SIGPIPE, SIG_DFL);
	signal(SIGINT, SIG_IGN);  /* a ^C is the parent's to handle */
	signal(SIGTERM, SIG_IGN); /* so is a stop asked of the whole group */
	/* keep only stdio and the two pipes (as fds 3 and 4): a worker that
	 * held the parent's sockets and lock file would keep connections the
	 * parent closed open, and the run lock held, for as long as it lives */
	i2 = fcntl(in, F_DUPFD, 10);
	o2 = fcntl(out, F_DUPFD, 10);
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
		if (rq.len > MAX_REQUEST_BYTES || read_string(in, rq.charset_len, &charset) <= 0 ||
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

/* The worker that reads index pages' links (parse_links_isolated): one
 * request at a time, beside the parse queue's pool of page parsers. */
static struct {
	pid_t pid;      /* 0: none */
	int req, ans;   /* our ends of its pipes */
	unsigned pages; /* parsed by this worker */
} lwk;

/* Stop the worker (its input ends); its exit status into *status. */
static void
links_worker_stop(int *status, int force)
{
	int st = 0;

	if (lwk.pid <= 0)
		return;
	if (force)
		kill(lwk.pid, SIGKILL);
	close(lwk.req);
	close(lwk.ans);
	while (waitpid(lwk.pid, &st, 0) < 0 && errno == EINTR)
		;
	if (status)
		*status = st;
	memset(&lwk, 0, sizeof lwk);
}

static void
links_worker_stop_at_exit(void)
{
	links_worker_stop(NULL, 0);
}

/* A worker process on two new pipes (pipe_bytes > 0: their capacity asked
 * for, Linux F_SETPIPE_SZ): its pid, our ends in *req and *ans; -1 with
 * err set when a pipe or the fork failed. */
static pid_t
spawn_worker(int *req, int *ans, int pipe_bytes, char *err, size_t errlen)
{
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
	if (pipe_bytes > 0) {
		fcntl(to[1], F_SETPIPE_SZ, pipe_bytes); /* a smaller pipe only costs waits */
		fcntl(from[1], F_SETPIPE_SZ, pipe_bytes);
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
	*req = to[1];
	*ans = from[0];
	return pid;
}

static int
links_worker_start(char *err, size_t errlen)
{
	static int registered;
	int req, ans;
	pid_t pid = spawn_worker(&req, &ans, 0, err, errlen);

	if (pid < 0)
		return -1;
	lwk.pid = pid;
	lwk.req = req;
	lwk.ans = ans;
	lwk.pages = 0;
	if (!registered) {
		registered = 1;
		atexit(links_worker_stop_at_exit);
	}
	return 0;
}

/* Send one request; -1 when the worker is gone. */
static int
links_send_request(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
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
	rc = write_all(lwk.req, (const char *)&rq, sizeof rq) < 0 ||
	                     (opts->charset &&
	                      write_all(lwk.req, opts->charset, rq.charset_len) < 0) ||
	                     (opts->url && write_all(lwk.req, opts->url, rq.url_len) < 0) ||
	                     write_all(lwk.req, (const char *)bytes, len) < 0
	             ? -1
	             : 0;
	sigaction(SIGPIPE, &old, NULL);
	return rc;
}

/* Read one answer of at most max bytes into ans: 0, -1 when the worker
 * ended without one, -2 when it was too large. */
static int
links_read_answer(struct buf *ans, size_t max)
{
	uint64_t n;
	char tmp[65536];

	if (read_full(lwk.ans, &n, sizeof n) <= 0)
		return -1;
	if (n > max)
		return -2;
	while (n > 0) {
		size_t want = n < sizeof tmp ? (size_t)n : sizeof tmp;
		if (read_full(lwk.ans, tmp, want) <= 0)
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

/*
 * The worker's answer: its JSON, the model's canonical text (bulletin_json.h),
 * moved into *m as it is when m is given; read once into a tree (kept in
 * *m) and the bulletin *out when out is given.  Without out nothing reads
 * the text: it only has to be one JSON object on one line.
 */
static int
take_answer(struct buf *ans, struct bulletin *out, struct bulletin_json *m, char *err,
            size_t errlen)
{
	json_t *j = NULL;
	json_error_t je;
	char jerr[200];
	size_t n;

	if (ans->len >= 4 && memcmp(ans->data, "ERR\n", 4) == 0) {
		snprintf(err, errlen, "%s", ans->data + 4);
		return -1;
	}
	if (ans->len < 3 || memcmp(ans->data, "OK\n", 3) != 0) {
		snprintf(err, errlen, "parser stopped: no answer");
		return -1;
	}
	n = ans->len - 3;
	if (out == NULL && (n < 2 || ans->data[3] != '{' || ans->data[ans->len - 1] != '}' ||
	                    memchr(ans->data + 3, '\n', n) != NULL)) {
		snprintf(err, errlen, "parser answer is not a JSON object");
		return -1;
	}
	if (out != NULL) {
		j = json_loadb(ans->data + 3, n, 0, &je);
		if (j == NULL) {
			snprintf(err, errlen, "parser answer is not JSON: %s", je.text);
			return -1;
		}
		if (bulletin_from_json(j, out, jerr, sizeof jerr) < 0) {
			snprintf(err, errlen, "parser answer rejected: %s", jerr);
			json_decref(j);
			return -1;
		}
	}
	if (m == NULL) {
		json_decref(j);
		return 0;
	}
	memmove(ans->data, ans->data + 3, n + 1);
	ans->len = n;
	m->text = buf_steal(ans, &m->len);
	m->tree = j;
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

/* ---- the pool of workers ------------------------------------------------ */

/* Requests one worker holds at once: the page it parses and the next ones,
 * already in its pipe, so that it never waits for the parent between pages
 * and the parent need not wake for each answer (pump_for); pages go to the
 * worker with the fewest bytes in hand, so that the workers end together. */
#define WORKER_DEPTH 8

/* Pages queued beyond those the workers hold, and the bytes (pages and
 * answers, per worker) the queue may keep before it says it is full:
 * results are taken in order, so a worker slow on one page would otherwise
 * stop the other once it has answered what it holds. */
#define QUEUE_AHEAD 32
#define QUEUE_BYTES (1u << 20)

/* Free heap a process with a queue keeps (malloc's trim threshold). */
#define QUEUE_TRIM_BYTES (4 << 20)

/* The most workers one queue runs. */
#define MAX_JOBS HF_MAX_PARSE_JOBS

/* Pipe capacity asked for (Linux F_SETPIPE_SZ; 1 MiB is what an
 * unprivileged process may have): a typical page fits whole, so a request
 * is written at once and the worker finds its next page waiting. */
#define PIPE_BYTES (1 << 20)

enum job_state { JOB_WAITING, JOB_SENT, JOB_DONE };

struct job {
	void *tag;
	enum job_state state;
	unsigned char *bytes; /* the page (owned) */
	size_t len;
	char *charset, *url; /* owned, or NULL */
	int fallback;
	size_t max_bytes;
	struct buf head; /* JOB_SENT: struct request + charset + url */
	int rc;          /* JOB_DONE: 0 (answer in ans) or -1 (err) */
	int resent;      /* times found its worker dead before parsing */
	struct buf ans;
	char err[256];
};

struct worker {
	pid_t pid;                 /* 0: none */
	int req, ans;              /* our ends of its pipes; -1: closed, pid not yet reaped */
	unsigned sent;             /* requests given to this worker */
	int retiring;              /* given its WORKER_PAGES: takes no more */
	size_t held[WORKER_DEPTH]; /* its jobs (sequence numbers), oldest first */
	unsigned nheld;
	size_t held_bytes;       /* the pages' bytes of its jobs: the work in hand */
	int writing;             /* held[nheld-1]'s request is not all written */
	size_t off;              /* bytes of it written */
	unsigned char lenbuf[8]; /* the answer's length, as read so far */
	size_t lengot;
	uint64_t want; /* the answer's length, once lengot == 8 */
};

struct parse_queue {
	int isolate;
	unsigned nworkers;
	/* up to nworkers taking pages, and as many retiring: a worker that
	 * took its last page answers it while its successor already parses */
	struct worker w[2 * MAX_JOBS];
	struct job *ring;       /* cap slots; job n is ring[n % cap] */
	size_t cap, head, tail; /* jobs head..tail-1 are in the queue */
	size_t bytes;           /* of the queued pages and their answers */
	struct parse_queue *next_live;
};

static struct parse_queue *live_queues;

#define JOB(q, n) (&(q)->ring[(n) % (q)->cap])

/* Reap worker w, whose pipes are closed: 1 when it is gone (the slot is
 * free again), 0 when it is still exiting and block is 0. */
static int
worker_reap(struct worker *w, int *status, int block)
{
	int st = 0;
	pid_t r;

	while ((r = waitpid(w->pid, &st, block ? 0 : WNOHANG)) < 0 && errno == EINTR)
		;
	if (r == 0)
		return 0;
	if (status)
		*status = st;
	memset(w, 0, sizeof *w);
	return 1;
}

/* Stop worker w (its input ends; SIGKILL first when force); its exit
 * status into *status.  The jobs it held are the caller's to settle. */
static void
worker_stop(struct worker *w, int *status, int force)
{
	if (w->pid <= 0)
		return;
	if (force)
		kill(w->pid, SIGKILL);
	if (w->req >= 0) {
		close(w->req);
		close(w->ans);
	}
	worker_reap(w, status, 1);
}

/* A worker that has answered its last page: its input ends, and it is
 * reaped once it has exited (not waited for here). */
static void
worker_close(struct worker *w)
{
	close(w->req);
	close(w->ans);
	w->req = w->ans = -1;
	worker_reap(w, NULL, 0);
}

static void
stop_live_queues(void)
{
	while (live_queues)
		parse_queue_free(live_queues);
}

static int
worker_start(struct worker *w, char *err, size_t errlen)
{
	static int registered;
	int req, ans;
	pid_t pid = spawn_worker(&req, &ans, PIPE_BYTES, err, errlen);

	if (pid < 0)
		return -1;
	memset(w, 0, sizeof *w);
	w->pid = pid;
	w->req = req;
	w->ans = ans;
	fcntl(w->req, F_SETFL, O_NONBLOCK);
	fcntl(w->ans, F_SETFL, O_NONBLOCK);
	if (!registered) {
		registered = 1;
		atexit(stop_live_queues);
	}
	return 0;
}

static void job_fail(struct job *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Settle job j as failed, with the reason. */
static void
job_fail(struct job *j, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(j->err, sizeof j->err, fmt, ap);
	va_end(ap);
	j->rc = -1;
	j->state = JOB_DONE;
}

/* Worker w is gone (or must go).  The page it was parsing gets the reason
 * (why: the worker's end explained from its status when NULL); pages still
 * in its pipe go back to the queue, unblamed.  A page found a dead worker
 * before it was parsed (killed from outside while idle) is sent again, once. */
static void
worker_lost(struct parse_queue *q, struct worker *w, const char *why)
{
	unsigned n = w->nheld;
	size_t held[WORKER_DEPTH];
	int unsent = w->writing && n == 1, status = 0;

	memcpy(held, w->held, sizeof held);
	worker_stop(w, &status, 1);
	for (unsigned i = 0; i < n; i++) {
		struct job *j = JOB(q, held[i]);
		if (i == 0 && !unsent) {
			char reason[sizeof j->err];
			if (why == NULL)
				explain_status(status, reason, sizeof reason);
			job_fail(j, "%s", why ? why : reason);
		} else if (i == 0 && j->resent++ > 0) {
			job_fail(j, "parser worker: %s", strerror(EPIPE));
		} else {
			j->state = JOB_WAITING;
			q->bytes -= j->ans.len;
			buf_reset(&j->ans);
		}
	}
}

/* The request of j, without its page's bytes. */
static void
job_head(struct job *j)
{
	struct request rq = {
		.len = j->len,
		.charset_len = j->charset ? (uint32_t)strlen(j->charset) : UINT32_MAX,
		.url_len = j->url ? (uint32_t)strlen(j->url) : UINT32_MAX,
		.fallback = (int32_t)j->fallback,
		.max_bytes = (uint32_t)(j->max_bytes < UINT32_MAX ? j->max_bytes : 0),
	};

	buf_reset(&j->head);
	buf_append(&j->head, &rq, sizeof rq);
	if (j->charset)
		buf_puts(&j->head, j->charset);
	if (j->url)
		buf_puts(&j->head, j->url);
}

/*
 * A worker for the next page, so that the workers end their work together:
 * an idle one, else a new one while fewer than nworkers take pages, else
 * the one with room in its pipe and the fewest bytes in hand; NULL when
 * all are full.  A worker that has been given WORKER_PAGES retires: it
 * takes no more (its successor starts at once) and its input is closed
 * once it has answered all.
 */
static struct worker *
pick_worker(struct parse_queue *q)
{
	struct worker *best = NULL, *free_slot = NULL;
	unsigned active = 0;

	for (unsigned i = 0; i < 2 * q->nworkers; i++) {
		struct worker *w = &q->w[i];

		if (w->pid > 0 && w->req < 0)
			worker_reap(w, NULL, 0);
		if (w->pid > 0 && w->retiring && w->nheld == 0 && w->req >= 0)
			worker_close(w); /* a fresh one: gumbo's heap fragments */
		if (w->pid == 0) {
			if (free_slot == NULL)
				free_slot = w;
			continue;
		}
		if (w->retiring)
			continue;
		active++;
		if (w->writing || w->nheld >= WORKER_DEPTH)
			continue;
		if (best == NULL || w->held_bytes < best->held_bytes)
			best = w;
	}
	if ((best == NULL || best->nheld > 0) && active < q->nworkers) {
		if (free_slot == NULL) /* every spare slot still exiting */
			for (unsigned i = 0; i < 2 * q->nworkers && free_slot == NULL; i++)
				if (q->w[i].pid > 0 && q->w[i].req < 0 &&
				    worker_reap(&q->w[i], NULL, 1))
					free_slot = &q->w[i];
		if (free_slot)
			return free_slot;
	}
	return best;
}

/* Give waiting pages, oldest first, to workers with room. */
static void
assign(struct parse_queue *q)
{
	for (size_t n = q->head; n < q->tail; n++) {
		struct job *j = JOB(q, n);
		struct worker *w;

		if (j->state != JOB_WAITING)
			continue;
		if ((w = pick_worker(q)) == NULL)
			return;
		if (w->pid == 0 && worker_start(w, j->err, sizeof j->err) < 0) {
			j->rc = -1;
			j->state = JOB_DONE;
			continue;
		}
		job_head(j);
		w->held[w->nheld++] = n;
		w->held_bytes += j->len;
		if (++w->sent >= WORKER_PAGES)
			w->retiring = 1;
		w->writing = 1;
		w->off = 0;
		j->state = JOB_SENT;
	}
}

/* Write what the pipe takes of w's newest request: its head and page in
 * one write, so that a waiting worker wakes once for it. */
static void
pump_write(struct parse_queue *q, struct worker *w)
{
	struct job *j = JOB(q, w->held[w->nheld - 1]);

	while (w->writing) {
		size_t hl = j->head.len, total = hl + j->len;
		struct iovec iov[2];
		int niov = 0;
		ssize_t r;

		if (w->off < hl)
			iov[niov++] = (struct iovec){ j->head.data + w->off, hl - w->off };
		if (j->len > 0)
			iov[niov++] = (struct iovec){ j->bytes + (w->off > hl ? w->off - hl : 0),
				                      total - (w->off > hl ? w->off : hl) };
		r = writev(w->req, iov, niov);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 && errno == EAGAIN)
			return;
		if (r < 0) {
			worker_lost(q, w, NULL);
			return;
		}
		w->off += (size_t)r;
		if (w->off == total)
			w->writing = 0;
	}
}

/* Read what has come of w's oldest answers, straight into their jobs;
 * settle each job whose answer is complete. */
static void
pump_read(struct parse_queue *q, struct worker *w)
{
	while (w->nheld > 0) {
		struct job *j = JOB(q, w->held[0]);
		size_t want = w->lengot < 8 ? 8 - w->lengot : (size_t)(w->want - j->ans.len);
		ssize_t r = want == 0 ? 0
		                      : read(w->ans,
		                             w->lengot < 8 ? (char *)w->lenbuf + w->lengot
		                                           : buf_reserve(&j->ans, want),
		                             want);

		if (want > 0 && r < 0 && errno == EINTR)
			continue;
		if (want > 0 && r < 0 && errno == EAGAIN)
			return;
		if (want > 0 && r <= 0) {
			worker_lost(q, w, NULL);
			return;
		}
		if (w->lengot < 8) {
			w->lengot += (size_t)r;
			if (w->lengot < 8)
				continue;
			memcpy(&w->want, w->lenbuf, 8);
			if (w->want > ANSWER_MAX(j->len)) {
				char why[96];
				snprintf(why, sizeof why, "parser answer larger than %zu bytes",
				         (size_t)ANSWER_MAX(j->len));
				worker_lost(q, w, why);
				return;
			}
		} else {
			j->ans.len += (size_t)r;
			j->ans.data[j->ans.len] = '\0';
			q->bytes += (size_t)r;
		}
		if (w->lengot == 8 && j->ans.len == w->want) {
			j->rc = 0;
			j->state = JOB_DONE;
			memmove(w->held, w->held + 1, (w->nheld - 1) * sizeof *w->held);
			w->nheld--;
			w->held_bytes -= j->len;
			w->lengot = 0;
			w->want = 0;
		}
	}
}

/* Write the requests assigned and not yet written, as far as the pipes
 * take them (a worker that died must not take us with it via SIGPIPE). */
static void
pump_writes(struct parse_queue *q)
{
	struct sigaction ign = { .sa_handler = SIG_IGN }, old;
	int any = 0;

	for (unsigned i = 0; i < 2 * q->nworkers && !any; i++)
		any = q->w[i].pid > 0 && q->w[i].writing;
	if (!any)
		return;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	for (unsigned i = 0; i < 2 * q->nworkers; i++)
		if (q->w[i].pid > 0 && q->w[i].writing)
			pump_write(q, &q->w[i]);
	sigaction(SIGPIPE, &old, NULL);
}

/* Move pages to and answers from the workers; wait (poll) at most
 * timeout ms (-1: until something happened). */
static void
pump(struct parse_queue *q, int timeout)
{
	struct pollfd pf[4 * MAX_JOBS];
	struct worker *who[4 * MAX_JOBS];
	nfds_t n = 0;

	assign(q);
	pump_writes(q);
	for (unsigned i = 0; i < 2 * q->nworkers; i++) {
		struct worker *w = &q->w[i];
		if (w->pid <= 0 || w->req < 0)
			continue;
		if (w->writing) {
			pf[n] = (struct pollfd){ .fd = w->req, .events = POLLOUT };
			who[n++] = w;
		}
		if (w->nheld > 0) {
			pf[n] = (struct pollfd){ .fd = w->ans, .events = POLLIN };
			who[n++] = w;
		}
	}
	if (n == 0)
		return;
	if (poll(pf, n, timeout) <= 0)
		return;
	for (nfds_t i = 0; i < n; i++) {
		struct worker *w = who[i];
		if (pf[i].revents == 0 || w->pid <= 0 || w->req < 0 ||
		    (pf[i].fd != w->req && pf[i].fd != w->ans))
			continue;
		if (pf[i].fd == w->ans)
			pump_read(q, w);
	}
	assign(q);
	pump_writes(q);
}

/*
 * Wait for job n, the oldest, and move what has come meanwhile.  While
 * every worker taking pages holds PUMP_FED_BYTES of them or more, a
 * millisecond's sleep: the answers of that time are read together (and the
 * pipes refilled) on one wake-up, instead of one wake-up (two context
 * switches on two busy cores) per answer.  Otherwise as pump().
 */
#define PUMP_FED_BYTES (48u << 10)
static void
pump_for(struct parse_queue *q, size_t n)
{
	int fed = 0;

	for (unsigned i = 0; i < 2 * q->nworkers; i++) {
		const struct worker *w = &q->w[i];
		if (w->pid <= 0 || w->req < 0 || w->retiring)
			continue;
		if (w->writing || w->held_bytes < PUMP_FED_BYTES) {
			fed = 0;
			break;
		}
		fed = 1;
	}
	if (!fed || JOB(q, n)->state != JOB_SENT) {
		pump(q, -1);
		return;
	}
	poll(NULL, 0, 1);
	pump(q, 0);
}

struct parse_queue *
parse_queue_new(unsigned jobs, int isolate)
{
	struct parse_queue *q = xcalloc(1, sizeof *q);
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	if (jobs == 0)
		jobs = cpus > 0 ? (unsigned)cpus : 1;
	q->nworkers = jobs < MAX_JOBS ? jobs : MAX_JOBS;
	q->isolate = isolate;
	/* the pages and answers come and go by the hundred KB: keep the freed
	 * heap for the next ones instead of giving it back and faulting it in
	 * again (workers inherit the setting) */
	mallopt(M_TRIM_THRESHOLD, QUEUE_TRIM_BYTES);
	q->cap = isolate ? q->nworkers * WORKER_DEPTH + 1 + QUEUE_AHEAD : 1;
	q->ring = xcalloc(q->cap, sizeof *q->ring);
	q->next_live = live_queues;
	live_queues = q;
	return q;
}

int
parse_queue_full(const struct parse_queue *q)
{
	size_t n = q->tail - q->head;

	/* past QUEUE_BYTES, a page more than the workers, whatever its size */
	return n >= q->cap || (n > q->nworkers && q->bytes >= QUEUE_BYTES * q->nworkers);
}

size_t
parse_queue_pending(const struct parse_queue *q)
{
	return q->tail - q->head;
}

/* put, the page's bytes handed over (malloc'd) or copied. */
static void
queue_put(struct parse_queue *q, unsigned char *owned, const unsigned char *bytes, size_t len,
          const struct parse_opts *opts, void *tag)
{
	struct job *j;
	size_t max;

	if (parse_queue_full(q)) {
		free(owned);
		die("parse_queue_put: the queue is full");
	}
	j = JOB(q, q->tail++);
	memset(j, 0, sizeof *j);
	j->tag = tag;
	j->state = JOB_WAITING;
	buf_init(&j->ans, 0);
	buf_init(&j->head, 0);
	if (bytes == NULL) {
		j->rc = -1;
		j->state = JOB_DONE;
		return;
	}
	max = opts->max_bytes ? opts->max_bytes : HF_MAX_PAGE_BYTES;
	if (len > max || len > MAX_REQUEST_BYTES) {
		free(owned);
		job_fail(j, "page is larger than %zu bytes",
		         len > max ? max : (size_t)MAX_REQUEST_BYTES);
		return;
	}
	if (owned == NULL) {
		owned = xmalloc(len + 1);
		memcpy(owned, bytes, len);
	}
	j->bytes = owned;
	j->len = len;
	q->bytes += len;
	j->charset = opts->charset ? xstrndup(opts->charset, strnlen(opts->charset, 65536)) : NULL;
	j->url = opts->url ? xstrndup(opts->url, strnlen(opts->url, 65536)) : NULL;
	j->fallback = (int)opts->fallback;
	j->max_bytes = opts->max_bytes;
	if (q->isolate) {
		warm_decoder();
		pump(q, 0);
	}
}

void
parse_queue_put(struct parse_queue *q, const unsigned char *bytes, size_t len,
                const struct parse_opts *opts, void *tag)
{
	queue_put(q, NULL, bytes, len, opts, tag);
}

void
parse_queue_give(struct parse_queue *q, unsigned char *bytes, size_t len,
                 const struct parse_opts *opts, void *tag)
{
	queue_put(q, bytes, bytes, len, opts, tag);
}

static void
job_free(struct job *j)
{
	free(j->bytes);
	free(j->charset);
	free(j->url);
	buf_free(&j->head);
	buf_free(&j->ans);
	memset(j, 0, sizeof *j);
}

/* In this process: the page of job j into *out, and its canonical JSON
 * into *m when given (left empty when the model has no JSON form: the
 * catalogue then says so). */
static int
take_direct(struct job *j, struct bulletin *out, struct bulletin_json *m)
{
	struct parse_opts o;
	struct bulletin tmp;
	struct bulletin *b = out ? out : &tmp;
	int rc;

	parse_opts_init(&o);
	o.charset = j->charset;
	o.url = j->url;
	o.fallback = (enum encoding)j->fallback;
	o.max_bytes = j->max_bytes;
	o.isolate = 0;
	rc = parse_page_direct(j->bytes, j->len, &o, b, j->err, sizeof j->err);
	if (rc == 0 && m && bulletin_json_make(b, m) < 0 && out == NULL) {
		snprintf(j->err, sizeof j->err,
		         "the extracted model could not be represented as JSON");
		rc = -1;
	}
	if (out == NULL)
		bulletin_free(&tmp);
	return rc;
}

int
parse_queue_take(struct parse_queue *q, struct bulletin *out, char *err, size_t errlen, void **tag)
{
	return parse_queue_take_model(q, out, NULL, err, errlen, tag);
}

int
parse_queue_take_model(struct parse_queue *q, struct bulletin *out, struct bulletin_json *m,
                       char *err, size_t errlen, void **tag)
{
	struct job *j;
	int rc;

	if (out)
		bulletin_init(out);
	if (m)
		memset(m, 0, sizeof *m);
	if (q->head == q->tail)
		die("parse_queue_take: the queue is empty");
	j = JOB(q, q->head);
	if (!q->isolate && j->state == JOB_WAITING) {
		j->rc = take_direct(j, out, m);
		j->state = JOB_DONE;
		if (j->rc == 0)
			goto done;
	}
	while (j->state != JOB_DONE)
		pump_for(q, q->head);
	q->bytes -= j->ans.len;
	if (j->rc == 0)
		j->rc = take_answer(&j->ans, out, m, j->err, sizeof j->err);
done:
	q->bytes -= j->len;
	rc = j->rc;
	if (rc < 0)
		snprintf(err, errlen, "%s", j->err);
	if (tag)
		*tag = j->tag;
	job_free(j);
	q->head++;
	return rc;
}

void
parse_queue_free(struct parse_queue *q)
{
	struct parse_queue **pp;

	if (q == NULL)
		return;
	for (unsigned i = 0; i < 2 * q->nworkers; i++)
		worker_stop(&q->w[i], NULL, q->w[i].nheld > 0);
	for (size_t n = q->head; n < q->tail; n++)
		job_free(JOB(q, n));
	for (pp = &live_queues; *pp; pp = &(*pp)->next_live)
		if (*pp == q) {
			*pp = q->next_live;
			break;
		}
	free(q->ring);
	free(q);
}

int
parse_page_isolated(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
                    struct bulletin *out, char *err, size_t errlen)
{
	static struct parse_queue *one;

	if (one == NULL)
		one = parse_queue_new(1, 1);
	parse_queue_put(one, bytes, len, opts, NULL);
	return parse_queue_take(one, out, err, errlen, NULL);
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
	if (lwk.pid == 0 && links_worker_start(err, errlen) < 0)
		return -1;
	/* a worker that died idle (killed from outside) is replaced, once */
	if (links_send_request(bytes, len, opts, type) < 0) {
		links_worker_stop(NULL, 1);
		if (links_worker_start(err, errlen) < 0)
			return -1;
		if (links_send_request(bytes, len, opts, type) < 0) {
			links_worker_stop(NULL, 1);
			snprintf(err, errlen, "parser worker: %s", strerror(EPIPE));
			return -1;
		}
	}
	got = links_read_answer(ans, ANSWER_MAX(len));
	if (got == 0) {
		/* a fresh worker now and then: gumbo's heap fragments */
		if (++lwk.pages >= WORKER_PAGES)
			links_worker_stop(NULL, 0);
		return 0;
	}
	if (got == -2) {
		links_worker_stop(NULL, 1);
		snprintf(err, errlen, "parser answer larger than %zu bytes",
		         (size_t)ANSWER_MAX(len));
	} else {
		links_worker_stop(&status, 0);
		explain_status(status, err, errlen);
	}
	return -1;
}

int
parse_links_isolated(const unsigned char *bytes, size_t len, const char *charset,
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
