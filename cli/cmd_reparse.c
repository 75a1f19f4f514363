/*
 * cmd_reparse.c — `hotfeed reparse [--db FILE] [--no-isolate] [--jobs N] [--quiet] [--verbose]`:
 * re-extract every stored raw page with this hotfeed's parser (after an
 * upgrade), without fetching; real changes become revisions.
 *
 * One line per page on stdout ("URL: unchanged MS05-039"); failures,
 * regressions and error-level diagnostics on stderr (every diagnostic with
 * --verbose), then a totals line when there is one to count.  Exit status:
 * 0 every page parsed, 1 some failed or regressed or has an error-level
 * diagnostic, 2 usage or database error.
 */
#include "cli/cli.h"
#include "ingest/ingest.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "parse/parse.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static const char usage_text[] =
	"usage: hotfeed reparse [--db FILE] [--no-isolate] [--jobs N] [--quiet] [--verbose]\n\n"
	"Re-extract the latest stored raw page of every URL in the catalogue\n"
	"(default hotfeed.db) with this version's parser, without fetching.\n"
	"A page whose content changed becomes a new revision; nothing else is\n"
	"written.  Prints 'URL: new|updated|unchanged KEY' per page; failures,\n"
	"regressions and error-level diagnostics go to stderr (-v, --verbose: every\n"
	"diagnostic), then a totals line when a page has errors or warnings.\n"
	"--jobs N: parser processes at once (default one per CPU).\n"
	"Exit status: 0 every page parsed, 1 some failed, regressed or has an\n"
	"error-level diagnostic, 2 usage or database error.\n";

enum { OPT_NOISO = 256, OPT_JOBS };

struct reparse_state {
	int quiet, verbose, problems;
	size_t pages;
	struct diag_tally tally;
};

static void
report(void *arg, const char *url, const struct ingest_result *r)
{
	struct reparse_state *st = arg;

	if (cli_report_ingest(url, r, st->quiet) < 0)
		st->problems++;
	st->pages++;
	if (cli_page_diags(url, &r->diags, st->verbose, &st->tally))
		st->problems++;
}

int
cmd_reparse(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "no-isolate", no_argument, NULL, OPT_NOISO },
		{ "jobs", required_argument, NULL, OPT_JOBS },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct reparse_state st = { 0 };
	struct parse_opts opts;
	const char *db = "hotfeed.db";
	struct catalogue *cat;
	char err[512];
	int opt, rc;

	parse_opts_init(&opts);
	optind = 1;
	while ((opt = getopt_long(argc, argv, "hv", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			db = optarg;
			break;
		case 'q':
			st.quiet = 1;
			break;
		case 'v':
			st.verbose = 1;
			break;
		case OPT_NOISO:
			opts.isolate = 0;
			break;
		case OPT_JOBS:
			if (parse_opts_jobs(&opts, optarg) < 0) {
				fprintf(stderr,
				        "hotfeed reparse: --jobs: '%s' is not a number in 1..%d\n",
				        optarg, HF_MAX_PARSE_JOBS);
				return HF_EXIT_FATAL;
			}
			break;
		case 'h':
			fputs(usage_text, stdout);
			return HF_EXIT_OK;
		default:
			fputs(usage_text, stderr);
			return HF_EXIT_FATAL;
		}
	}
	if (optind < argc) {
		fputs(usage_text, stderr);
		return HF_EXIT_FATAL;
	}
	cat = catalogue_open_existing(db, err, sizeof err);
	if (cat == NULL) {
		fprintf(stderr, "hotfeed: %s\n", err);
		return HF_EXIT_FATAL;
	}
	rc = ingest_reparse(cat, &opts, report, &st);
	if (rc < 0)
		fprintf(stderr, "hotfeed: %s: %s\n", db, catalogue_error(cat));
	catalogue_close(cat);
	fflush(stdout);
	if (rc < 0)
		return HF_EXIT_FATAL;
	cli_diag_totals(st.pages, st.pages == 1 ? "page" : "pages", &st.tally, st.verbose,
	                st.quiet);
	return st.problems ? HF_EXIT_PARTIAL : HF_EXIT_OK;
}
