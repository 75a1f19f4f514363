/*
 * cmd_reparse.c — `hotfeed reparse [--db FILE] [--no-isolate] [--jobs N] [--quiet]`:
 * re-extract every stored raw page with this hotfeed's parser (after an
 * upgrade), without fetching; real changes become revisions.
 *
 * One line per page on stdout ("URL: unchanged MS05-039"); failures and
 * regressions on stderr.  Exit status: 0 every page parsed, 1 some failed
 * or regressed, 2 usage or database error.
 */
#include "cli/cli.h"
#include "core/catalogue.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "parse/parse.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static const char usage_text[] =
	"usage: hotfeed reparse [--db FILE] [--no-isolate] [--jobs N] [--quiet]\n\n"
	"Re-extract the latest stored raw page of every URL in the catalogue\n"
	"(default hotfeed.db) with this version's parser, without fetching.\n"
	"A page whose content changed becomes a new revision; nothing else is\n"
	"written.  Prints 'URL: new|updated|unchanged KEY' per page; failures and\n"
	"regressions go to stderr.  Exit status: 0 every page parsed, 1 some failed\n"
	"or regressed, 2 usage or database error.  --jobs N: parser processes at once\n"
	"(default one per CPU).\n";

enum { OPT_NOISO = 256, OPT_JOBS };

struct reparse_state {
	int quiet, problems;
};

static void
report(void *arg, const char *url, const struct ingest_result *r)
{
	struct reparse_state *st = arg;

	switch (r->status) {
	case INGEST_FAILED:
		fprintf(stderr, "hotfeed: %s: not parsed: %s\n", url, r->message);
		st->problems++;
		break;
	case INGEST_REGRESSION:
		fprintf(stderr, "hotfeed: %s: regression%s%s: %s\n", url,
		        r->key[0] ? " " : "", r->key, r->message);
		st->problems++;
		break;
	case INGEST_UPDATED:
		if (!st->quiet)
			printf("%s: updated %s (%s)\n", url, r->key, r->message);
		break;
	default:
		if (!st->quiet)
			printf("%s: %s %s\n", url, ingest_status_name(r->status), r->key);
		break;
	}
}

int
cmd_reparse(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "no-isolate", no_argument, NULL, OPT_NOISO },
		{ "jobs", required_argument, NULL, OPT_JOBS },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct reparse_state st = { 0, 0 };
	struct parse_opts opts;
	const char *db = "hotfeed.db";
	struct catalogue *cat;
	char err[512];
	int opt, rc;

	parse_opts_init(&opts);
	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd': db = optarg; break;
		case 'q': st.quiet = 1; break;
		case OPT_NOISO: opts.isolate = 0; break;
		case OPT_JOBS:
			if (parse_opts_jobs(&opts, optarg) < 0) {
				fprintf(stderr, "hotfeed reparse: --jobs: '%s' is not a number in 1..%d\n",
				        optarg, HF_MAX_PARSE_JOBS);
				return HF_EXIT_FATAL;
			}
			break;
		case 'h': fputs(usage_text, stdout); return HF_EXIT_OK;
		default: fputs(usage_text, stderr); return HF_EXIT_FATAL;
		}
	}
	if (optind < argc) {
		fputs(usage_text, stderr);
		return HF_EXIT_FATAL;
	}
	cat = catalogue_open(db, err, sizeof err);
	if (cat == NULL) {
		fprintf(stderr, "hotfeed: %s\n", err);
		return HF_EXIT_FATAL;
	}
	rc = catalogue_reparse(cat, &opts, report, &st);
	if (rc < 0)
		fprintf(stderr, "hotfeed: %s: %s\n", db, catalogue_error(cat));
	catalogue_close(cat);
	fflush(stdout);
	if (rc < 0)
		return HF_EXIT_FATAL;
	return st.problems ? HF_EXIT_PARTIAL : HF_EXIT_OK;
}
