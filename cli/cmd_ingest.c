/*
 * cmd_ingest.c — `hotfeed ingest [--db FILE] [--charset LABEL] [--url URL]
 * [--seen TIME] [--max-bytes N] [--no-isolate] [--jobs N] [--quiet]
 * [--verbose] FILE...`: parse local pages (on --jobs workers) and store them
 * in the catalogue (store/catalogue.h), in the files' order, in batched
 * transactions.
 *
 * One line per file on stdout ("FILE: new MS05-039"); failures, regressions
 * and error-level diagnostics on stderr, always, naming the file; every
 * diagnostic with --verbose; a totals line when there is one to count.
 * Exit status: 0 all went in, 1 some file failed or regressed or has an
 * error-level diagnostic, 2 usage error or no database.
 */
#include "cli/cli.h"
#include "ingest/ingest.h"
#include "core/config.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "core/util.h"
#include "ingest/crawl.h"
#include "parse/parse.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char usage_text[] =
	"usage: hotfeed ingest [--db FILE] [--charset LABEL] [--url URL] [--seen TIME]\n"
	"                      [--max-bytes N] [--no-isolate] [--jobs N] [--quiet] [--verbose]\n"
	"                      FILE...\n\n"
	"Parse each page and store it in the catalogue (default hotfeed.db): the raw\n"
	"bytes, the extracted bulletin, and a new revision when its content changed.\n"
	"Re-ingesting an unchanged page changes nothing.\n\n"
	"  --db FILE        the catalogue (created when missing)\n"
	"  --charset LABEL  transport (HTTP Content-Type) charset of the pages\n"
	"  --url URL        the page's source address (one FILE only; default\n"
	"                   file:// and the absolute path)\n"
	"  --seen TIME      when the page was seen: seconds since 1970 or\n"
	"                   YYYY-MM-DDTHH:MM:SSZ (default: now)\n"
	"  --max-bytes N    refuse larger pages (default 4194304)\n"
	"  --no-isolate     parse in this process, without CPU/memory limits\n"
	"  --jobs N         parser processes at once (default one per CPU)\n"
	"  --quiet          print only problems\n"
	"  -v, --verbose    print every diagnostic (notes and warnings too)\n\n"
	"Prints 'FILE: new|updated|unchanged KEY' per file; failures, regressions\n"
	"(a page that lost fields its last revision had; the last good revision is\n"
	"kept) and error-level diagnostics go to stderr, then a totals line when a\n"
	"page has errors or warnings.  Exit status: 0 every file went in, 1 some\n"
	"failed, regressed or has an error-level diagnostic, 2 usage error or the\n"
	"database cannot be opened.\n";

enum { OPT_SEEN = 256, OPT_MAXB, OPT_NOISO, OPT_JOBS };

struct ingest_cli {
	const char *db, *url;
	struct parse_opts opts;
	time_t seen; /* 0 = now */
	int quiet, verbose;
	struct diag_tally tally;
};

/* "1123650000" or "2005-08-10T05:00:00Z". */
static int
parse_seen(const char *s, time_t *out)
{
	struct tm tm;
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (end != s && *end == '\0' && errno == 0 && v > 0) {
		*out = (time_t)v;
		return 0;
	}
	memset(&tm, 0, sizeof tm);
	end = strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (end == NULL || *end != '\0')
		return -1;
	*out = timegm(&tm);
	return 0;
}

struct ingest_run {
	struct ingest_cli *c;
	int failed;
};

static void
ingested(void *arg, void *tag, const char *url, const struct ingest_result *r)
{
	struct ingest_run *run = arg;

	if (cli_report_ingest(tag, r, run->c->quiet) < 0)
		run->failed++;
	if (cli_page_diags(tag, &r->diags, run->c->verbose, &run->c->tally))
		run->failed++;
}

/* Read one file and queue it; -1 on a database error (said). */
static int
ingest_file(struct ingest_queue *iq, struct catalogue *cat, struct ingest_run *run,
            const char *path)
{
	const struct ingest_cli *c = run->c;
	size_t max = c->opts.max_bytes ? c->opts.max_bytes : HF_MAX_PAGE_BYTES;
	struct page pg;
	char *data, *url;
	size_t len;
	int rc;

	if (read_file(path, max, &data, &len) < 0) {
		int e = errno;
		/* said in its turn: after the files before it */
		if (ingest_queue_flush(iq) < 0) {
			fprintf(stderr, "hotfeed: %s\n", catalogue_error(cat));
			return -1;
		}
		fprintf(stderr, "hotfeed: %s: %s\n", path,
		        e == EFBIG ? "page is larger than the size limit" : strerror(e));
		run->failed++;
		return 0;
	}
	url = c->url ? xstrdup(c->url) : crawl_file_url(path);
	pg = (struct page){ url,
		            (const unsigned char *)data,
		            len,
		            NULL,
		            c->opts.charset,
		            c->seen ? c->seen : time(NULL) };
	rc = ingest_queue_put(iq, &pg, (void *)path);
	if (rc < 0) /* the message names the page */
		fprintf(stderr, "hotfeed: %s\n", catalogue_error(cat));
	free(url);
	free(data);
	return rc;
}

static int
parse_args(int argc, char **argv, struct ingest_cli *c)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "charset", required_argument, NULL, 'c' },
		{ "url", required_argument, NULL, 'u' },
		{ "seen", required_argument, NULL, OPT_SEEN },
		{ "max-bytes", required_argument, NULL, OPT_MAXB },
		{ "no-isolate", no_argument, NULL, OPT_NOISO },
		{ "jobs", required_argument, NULL, OPT_JOBS },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int opt;

	optind = 1;
	while ((opt = getopt_long(argc, argv, "hv", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			c->db = optarg;
			break;
		case 'c':
			c->opts.charset = optarg;
			break;
		case 'u':
			if (cli_check_url("ingest", "--url", optarg, 0) < 0)
				return -1;
			c->url = optarg;
			break;
		case 'q':
			c->quiet = 1;
			break;
		case 'v':
			c->verbose = 1;
			break;
		case OPT_NOISO:
			c->opts.isolate = 0;
			break;
		case OPT_JOBS:
			if (parse_opts_jobs(&c->opts, optarg) < 0) {
				fprintf(stderr,
				        "hotfeed ingest: --jobs: '%s' is not a number in 1..%d\n",
				        optarg, HF_MAX_PARSE_JOBS);
				return -1;
			}
			break;
		case OPT_SEEN:
			if (parse_seen(optarg, &c->seen) < 0) {
				fprintf(stderr, "hotfeed ingest: --seen: '%s' is not a time\n",
				        optarg);
				return -1;
			}
			break;
		case OPT_MAXB:
			if (config_parse_max_bytes(optarg, &c->opts.max_bytes) < 0) {
				fprintf(stderr,
				        "hotfeed ingest: --max-bytes: '%s' is not a number in "
				        "1024..1073741824\n",
				        optarg);
				return -1;
			}
			break;
		case 'h':
			fputs(usage_text, stdout);
			exit(HF_EXIT_OK);
		default:
			fputs(usage_text, stderr);
			return -1;
		}
	}
	if (optind >= argc) {
		fputs(usage_text, stderr);
		return -1;
	}
	if (c->url && argc - optind > 1) {
		fputs("hotfeed ingest: --url names one page: give one FILE with it\n", stderr);
		return -1;
	}
	return 0;
}

int
cmd_ingest(int argc, char **argv)
{
	struct ingest_cli c = { .db = "hotfeed.db" };
	struct catalogue *cat;
	char err[512];
	int failed = 0;
	struct ingest_run run = { &c, 0 };
	struct ingest_queue *iq;
	int rc = 0;

	parse_opts_init(&c.opts);
	if (parse_args(argc, argv, &c) < 0)
		return HF_EXIT_FATAL;
	cat = catalogue_open(c.db, err, sizeof err);
	if (cat == NULL) {
		fprintf(stderr, "hotfeed: %s\n", err);
		return HF_EXIT_FATAL;
	}
	iq = ingest_queue_new(cat, &c.opts, ingested, &run);
	catalogue_batch_begin(cat, CAT_BATCH_PAGES, CAT_BATCH_MS);
	for (int i = optind; i < argc && rc == 0; i++)
		rc = ingest_file(iq, cat, &run, argv[i]);
	if (rc == 0 && (rc = ingest_queue_flush(iq)) < 0)
		fprintf(stderr, "hotfeed: %s\n", catalogue_error(cat));
	ingest_queue_free(iq);
	if (catalogue_batch_end(cat) < 0) {
		fprintf(stderr, "hotfeed: %s: %s\n", c.db, catalogue_error(cat));
		rc = -1;
	}
	failed = run.failed + (rc < 0);
	catalogue_close(cat);
	fflush(stdout);
	cli_diag_totals((size_t)(argc - optind), argc - optind == 1 ? "file" : "files", &c.tally,
	                c.verbose, c.quiet);
	return failed ? HF_EXIT_PARTIAL : HF_EXIT_OK;
}
