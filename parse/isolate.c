/*
 * isolate.c — the page parser in a forked child under setrlimit().
 *
 * Protocol on the pipe: "OK\n" then the bulletin's compact JSON, or "ERR\n"
 * then a one-line reason.  The parent reads at most a bounded amount; the
 * child's exit status (or signal) says why it stopped when no answer came.
 */
#include "parse/isolate.h"
#include "parse/decode.h"
#include "parse/html.h"
#include "core/bulletin_json.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "core/util.h"

#include <errno.h>
#include <signal.h>
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

static _Noreturn void
child(int fd, const unsigned char *bytes, size_t len, const struct parse_opts *opts)
{
	struct bulletin b;
	char err[256] = "";
	char *json;
	json_t *j;

	/* the caller's handlers must not catch the limits' signals, and a
	 * page stopped by SIGXCPU must not leave a core file behind */
	signal(SIGALRM, SIG_DFL);
	signal(SIGXCPU, SIG_DFL);
	signal(SIGPIPE, SIG_DFL);
	limit(RLIMIT_CORE, 0, 0);
	if (!UNDER_ASAN)
		limit(RLIMIT_AS, HF_PARSE_MEM_BYTES, HF_PARSE_MEM_BYTES);
	limit(RLIMIT_CPU, CPU_SECONDS, CPU_SECONDS + 1);
	alarm(CPU_SECONDS * 2);   /* wall clock, for a child that waits */
	html_set_oom_exit(EXIT_GUMBO_BUDGET);
	if (parse_page_direct(bytes, len, opts, &b, err, sizeof err) < 0) {
		write_all(fd, "ERR\n", 4);
		write_all(fd, err, strlen(err));
		_exit(0);
	}
	j = bulletin_to_json(&b);
	json = j ? json_dumps(j, HF_JSON_COMPACT) : NULL;
	if (json == NULL)
		_exit(HF_EXIT_FATAL);
	write_all(fd, "OK\n", 3);
	write_all(fd, json, strlen(json));
	/* No cleanup: _exit() hands everything back at once. */
	_exit(0);
}

/* Read the child's answer; -1 when it passed max. */
static int
read_answer(int fd, struct buf *ans)
{
	char tmp[65536];

	for (;;) {
		ssize_t r = read(fd, tmp, sizeof tmp);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return 0;
		if (buf_append(ans, tmp, (size_t)r) < 0)
			return -1;
	}
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

int
parse_page_isolated(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
                    struct bulletin *out, char *err, size_t errlen)
{
	int fds[2], status = 0, rc = -1, toobig;
	pid_t pid;
	struct buf ans;

	bulletin_init(out);
	warm_decoder();
	if (pipe(fds) < 0) {
		snprintf(err, errlen, "pipe: %s", strerror(errno));
		return -1;
	}
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		snprintf(err, errlen, "fork: %s", strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		close(fds[0]);
		child(fds[1], bytes, len, opts);
	}
	close(fds[1]);
	buf_init(&ans, ANSWER_MAX(len));
	toobig = read_answer(fds[0], &ans) < 0;
	if (toobig)
		kill(pid, SIGKILL);
	close(fds[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (toobig)
		snprintf(err, errlen, "parser answer larger than %zu bytes", (size_t)ANSWER_MAX(len));
	else if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		rc = take_answer(&ans, out, err, errlen);
	else
		explain_status(status, err, errlen);
	buf_free(&ans);
	return rc;
}
