/*
 * cmd_parse.c — `hotfeed parse [--charset LABEL] [--url URL] [--pretty]
 * [--max-bytes N] [--no-isolate] [--jobs N] FILE...`: one JSON bulletin
 * per file, in the files' order.
 *
 * Hidden options for development: --dump-blocks prints the flat HTML form
 * extraction reads; --bench-stage=decode|gumbo|floor|full times one stage
 * over the files (gumbo: hotfeed's gumbo alone; floor: decode, then gumbo
 * with its default options and allocator, one walk of its tree, the tree
 * freed: what any gumbo extractor pays on one core; tests/bench.sh).
 */
#include "cli/cli.h"
#include "core/bulletin_json.h"
#include "core/config.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "core/util.h"
#include "parse/html.h"
#include "parse/parse.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: hotfeed parse [--charset LABEL] [--url URL] [--pretty] [--max-bytes N]\n"
	"                     [--no-isolate] [--jobs N] FILE...\n\n"
	"Extract each bulletin page as one JSON object per line (indented with\n"
	"--pretty).  --charset is the transport (HTTP) charset; --url is the page's\n"
	"address (source.url, absolute links).  Pages over --max-bytes (default\n"
	"4194304) are refused; each page is parsed in a child process with CPU and\n"
	"memory limits unless --no-isolate; --jobs N such children at once (default\n"
	"one per CPU; output in the files' order).  Exit status: 0 when every file parsed,\n"
	"1 when any failed (each failure named on stderr), 2 on usage errors.\n";

enum { OPT_DUMP = 256, OPT_BENCH, OPT_NOISO, OPT_MAXB, OPT_JOBS };

struct parse_cli {
	struct parse_opts opts;
	int pretty, dump;
	const char *bench;
};

static void
dump_blocks(const char *path, const char *text, size_t len)
{
	struct hdoc doc;
	char err[256];

	if (html_flatten(text, len, &doc, err, sizeof err) < 0) {
		fprintf(stderr, "%s: %s\n", path, err);
		return;
	}
	for (size_t i = 0; i < doc.blocks.n; i++) {
		const struct hblock *b = &doc.blocks.v[i];
		printf("%zu t%u r%u c%u/%u li%u d%u f%x img%u%s%s [%s]\n", i, b->table, b->row,
		       b->cell, b->col, b->li, b->depth, b->flags, b->nimg, b->alt ? " alt=" : "",
		       b->alt ? b->alt : "", b->text);
		for (size_t j = 0; j < b->links.n; j++)
			printf("    link [%s] %s\n", b->links.v[j].text, b->links.v[j].href);
	}
	hdoc_free(&doc);
}

/* The model as the parser gave it: its canonical text as is, or, with
 * --pretty, that text's tree indented. */
static int
emit(const struct parse_cli *c, const struct bulletin_json *m)
{
	char *s = NULL;

	if (c->pretty && (m->tree == NULL || (s = json_dumps(m->tree, HF_JSON_PRETTY)) == NULL))
		return -1;
	if (!c->pretty && m->text == NULL)
		return -1;
	if (s)
		fputs(s, stdout);
	else
		fwrite(m->text, 1, m->len, stdout);
	fputc('\n', stdout);
	free(s);
	return 0;
}

/* Read one file: 0, or -1 with errno set. */
static int
read_page(const struct parse_cli *c, const char *path, char **data, size_t *len)
{
	return read_file(path, c->opts.max_bytes ? c->opts.max_bytes : HF_MAX_PAGE_BYTES, data,
	                 len);
}

/* Why a file could not be read (errno). */
static void
say_unreadable(const struct parse_cli *c, const char *path)
{
	if (errno == EFBIG)
		fprintf(stderr, "%s: page is larger than %zu bytes\n", path,
		        c->opts.max_bytes ? c->opts.max_bytes : (size_t)HF_MAX_PAGE_BYTES);
	else
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
}

/* Print the oldest queued page's result; 0, or -1 when it failed. */
static int
take_one(const struct parse_cli *c, struct parse_queue *q)
{
	struct bulletin b;
	struct bulletin_json m;
	char err[512];
	void *tag;
	const char *path;
	/* only --pretty reads the model: the rest prints the worker's bytes */
	int rc = parse_queue_take_model(q, c->pretty ? &b : NULL, &m, err, sizeof err, &tag);

	path = tag;
	if (rc < 0) {
		fprintf(stderr, "%s: %s\n", path, err);
		return -1;
	}
	rc = emit(c, &m);
	if (rc < 0)
		fprintf(stderr, "%s: could not write JSON\n", path);
	if (c->pretty)
		bulletin_free(&b);
	bulletin_json_free(&m);
	return rc;
}

/* --dump-blocks of every file. */
static int
dump_all(const struct parse_cli *c, int n, char **files)
{
	int failed = 0;

	for (int i = 0; i < n; i++) {
		struct decode_result res;
		char *data;
		size_t len;

		if (read_page(c, files[i], &data, &len) < 0) {
			say_unreadable(c, files[i]);
			failed++;
			continue;
		}
		decode_document((unsigned char *)data, len, c->opts.charset, c->opts.fallback,
		                &res);
		dump_blocks(files[i], res.text, res.len);
		decode_result_free(&res);
		free(data);
	}
	return failed;
}

/* Every file through the parser queue, the results in the files' order. */
static int
parse_all(const struct parse_cli *c, int n, char **files)
{
	struct parse_queue *q = parse_queue_new(c->opts.jobs, c->opts.isolate);
	int failed = 0;

	/* the models in writes of 64 KiB, not one or two per page */
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	for (int i = 0; i < n; i++) {
		char *data = NULL;
		size_t len = 0;

		if (parse_queue_full(q) && take_one(c, q) < 0)
			failed++;
		if (read_page(c, files[i], &data, &len) < 0) {
			int e = errno;
			/* said in its turn, after the files before it */
			while (parse_queue_pending(q) > 0)
				if (take_one(c, q) < 0)
					failed++;
			errno = e;
			say_unreadable(c, files[i]);
			failed++;
			continue;
		}
		parse_queue_give(q, (unsigned char *)data, len, &c->opts, files[i]);
	}
	while (parse_queue_pending(q) > 0)
		if (take_one(c, q) < 0)
			failed++;
	parse_queue_free(q);
	return failed;
}

/* The clock of a stage: this process's CPU time, which other processes on
 * a shared machine do not change; wall time for isolated parses, whose
 * work is done in the workers. */
static clockid_t bench_clock = CLOCK_PROCESS_CPUTIME_ID;

static double
seconds_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(bench_clock, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* One page through one stage; returns the seconds that stage alone took
 * (reading the file is never timed; for gumbo, decoding is not either). */
static double
bench_page(const struct parse_cli *c, int stage, const char *data, size_t len)
{
	struct timespec t0;
	struct decode_result res;
	struct bulletin b;
	char err[256];
	double s;

	clock_gettime(bench_clock, &t0);
	if (stage == 2) {
		if (parse_page((const unsigned char *)data, len, &c->opts, &b, err, sizeof err) ==
		    0)
			bulletin_free(&b);
		return seconds_since(&t0);
	}
	decode_document((const unsigned char *)data, len, c->opts.charset, c->opts.fallback, &res);
	if (stage == 3) /* the floor: decode, plain gumbo and a walk, timed together */
		(void)html_parse_plain(res.text, res.len);
	s = seconds_since(&t0);
	if (stage == 1) {
		clock_gettime(bench_clock, &t0);
		html_parse_only(res.text, res.len);
		s = seconds_since(&t0);
	}
	decode_result_free(&res);
	return s;
}

/* --bench-stage: run one stage over every file, print pages/s and peak RSS. */
static int
bench(const struct parse_cli *c, int n, char **files)
{
	struct rusage ru, rc;
	size_t pages = 0, bytes = 0;
	double s = 0;
	int stage = strcmp(c->bench, "decode") == 0  ? 0
	            : strcmp(c->bench, "gumbo") == 0 ? 1
	            : strcmp(c->bench, "full") == 0  ? 2
	            : strcmp(c->bench, "floor") == 0 ? 3
	                                             : -1;

	if (stage < 0) {
		fprintf(stderr, "hotfeed parse: --bench-stage is decode, gumbo, floor or full\n");
		return HF_EXIT_FATAL;
	}
	if (stage == 2 && c->opts.isolate)
		bench_clock = CLOCK_MONOTONIC;
	for (int i = 0; i < n; i++) {
		char *data;
		size_t len;

		if (read_file(files[i], HF_MAX_PAGE_BYTES, &data, &len) < 0)
			continue;
		s += bench_page(c, stage, data, len);
		free(data);
		pages++;
		bytes += len;
	}
	getrusage(RUSAGE_SELF, &ru);
	getrusage(RUSAGE_CHILDREN, &rc);
	printf("%-5s%s %6zu pages %7.1f MB %7.2f s %-4s %8.1f pages/s %6.1f MB/s  peak RSS %ld MB",
	       c->bench, stage == 2 && c->opts.isolate ? "+iso" : "    ", pages,
	       (double)bytes / 1e6, s, bench_clock == CLOCK_MONOTONIC ? "wall" : "CPU",
	       s > 0 ? (double)pages / s : 0.0, s > 0 ? (double)bytes / 1e6 / s : 0.0,
	       ru.ru_maxrss / 1024);
	if (rc.ru_maxrss > 0)
		printf(" (children %ld MB)", rc.ru_maxrss / 1024);
	putchar('\n');
	return HF_EXIT_OK;
}

int
cmd_parse(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "charset", required_argument, NULL, 'c' },
		{ "url", required_argument, NULL, 'u' },
		{ "pretty", no_argument, NULL, 'p' },
		{ "max-bytes", required_argument, NULL, OPT_MAXB },
		{ "no-isolate", no_argument, NULL, OPT_NOISO },
		{ "jobs", required_argument, NULL, OPT_JOBS },
		{ "help", no_argument, NULL, 'h' },
		{ "dump-blocks", no_argument, NULL, OPT_DUMP },
		{ "bench-stage", required_argument, NULL, OPT_BENCH },
		{ NULL, 0, NULL, 0 },
	};
	struct parse_cli c;
	int opt, failed = 0;

	memset(&c, 0, sizeof c);
	parse_opts_init(&c.opts);
	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'c':
			c.opts.charset = optarg;
			break;
		case 'u':
			if (cli_check_url("parse", "--url", optarg, 0) < 0)
				return HF_EXIT_FATAL;
			c.opts.url = optarg;
			break;
		case 'p':
			c.pretty = 1;
			break;
		case OPT_MAXB:
			if (config_parse_max_bytes(optarg, &c.opts.max_bytes) < 0) {
				fprintf(stderr,
				        "hotfeed parse: --max-bytes: '%s' is not a number in 1024..1073741824\n",
				        optarg);
				return HF_EXIT_FATAL;
			}
			break;
		case OPT_NOISO:
			c.opts.isolate = 0;
			break;
		case OPT_JOBS:
			if (parse_opts_jobs(&c.opts, optarg) < 0) {
				fprintf(stderr,
				        "hotfeed parse: --jobs: '%s' is not a number in 1..%d\n",
				        optarg, HF_MAX_PARSE_JOBS);
				return HF_EXIT_FATAL;
			}
			break;
		case OPT_DUMP:
			c.dump = 1;
			break;
		case OPT_BENCH:
			c.bench = optarg;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return HF_EXIT_OK;
		default:
			fputs(usage_text, stderr);
			return HF_EXIT_FATAL;
		}
	}
	if (optind >= argc) {
		fputs(usage_text, stderr);
		return HF_EXIT_FATAL;
	}
	if (c.bench)
		return bench(&c, argc - optind, argv + optind);
	failed = c.dump ? dump_all(&c, argc - optind, argv + optind)
	                : parse_all(&c, argc - optind, argv + optind);
	fflush(stdout);
	return failed ? HF_EXIT_PARTIAL : HF_EXIT_OK;
}
