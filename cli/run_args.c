/* run_args.c — options of fetch and run; see run_args.h. */
#include "cli/cli.h"
#include "cli/run_args.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "core/util.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	O_CONFIG = 256,
	O_DB,
	O_OUT,
	O_INDEX,
	O_CONC,
	O_DELAY,
	O_TIMEOUT,
	O_UA,
	O_REPORT,
	O_TEMPLATES,
	O_PATTERN,
	O_CHARSET,
	O_DEPTH,
	O_RETRIES,
	O_MAXREQ,
	O_JOBS,
	O_RECHECK_ALL
};

static const struct option longopts[] = {
	{ "config", required_argument, NULL, O_CONFIG },
	{ "db", required_argument, NULL, O_DB },
	{ "out", required_argument, NULL, O_OUT },
	{ "index", required_argument, NULL, O_INDEX },
	{ "concurrency", required_argument, NULL, O_CONC },
	{ "delay", required_argument, NULL, O_DELAY },
	{ "timeout", required_argument, NULL, O_TIMEOUT },
	{ "user-agent", required_argument, NULL, O_UA },
	{ "report", required_argument, NULL, O_REPORT },
	{ "templates", required_argument, NULL, O_TEMPLATES },
	{ "pattern", required_argument, NULL, O_PATTERN },
	{ "charset", required_argument, NULL, O_CHARSET },
	{ "depth", required_argument, NULL, O_DEPTH },
	{ "retries", required_argument, NULL, O_RETRIES },
	{ "max-requests", required_argument, NULL, O_MAXREQ },
	{ "jobs", required_argument, NULL, O_JOBS },
	{ "recheck-all", no_argument, NULL, O_RECHECK_ALL },
	{ "verbose", no_argument, NULL, 'v' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

/* Numeric flags: where each goes and its range. */
static const struct num_flag {
	int opt;
	const char *name;
	long min, max;
} num_flags[] = {
	/* one flag a line */
	/* clang-format off */
	{ O_CONC, "--concurrency", 1, 64 },
	{ O_DELAY, "--delay", 0, 3600000 },
	{ O_TIMEOUT, "--timeout", 1, 3600 },
	{ O_DEPTH, "--depth", 0, 10 },
	{ O_RETRIES, "--retries", 0, 10 },
	{ O_MAXREQ, "--max-requests", 1, 1000000 },
	{ O_JOBS, "--jobs", 1, HF_MAX_PARSE_JOBS },
	/* clang-format on */
};

static const char options_help[] =
	"  --config FILE      read FILE (INI; see hotfeed(1))\n"
	"  --db FILE          the catalogue (default hotfeed.db)\n"
	"%s"
	"  --index URL        an index (back-number) page to crawl; repeatable\n"
	"  --pattern GLOB     only links matching GLOB (fnmatch) are bulletin pages\n"
	"  --charset LABEL    charset of the pages, overriding the server's\n"
	"  --depth N          how deep to follow sub-indexes (default 2)\n"
	"  --concurrency N    transfers at once per host (default 2)\n"
	"  --delay MS         minimum delay between requests to one host (default 1000)\n"
	"  --timeout S        per-transfer time limit (default 30)\n"
	"  --retries N        retries of 5xx, timeouts, truncations (default 2)\n"
	"  --max-requests N   request budget of the run (default 500); what it leaves\n"
	"                     is pending: the next runs fetch it\n"
	"  --recheck-all      re-check every known page (not only those due)\n"
	"  --jobs N           parser processes at once (default one per CPU)\n"
	"  --user-agent S     User-Agent header (default hotfeed/VERSION ...)\n"
	"  --report FILE      write a JSON report of the run to FILE\n"
	"  -v, --verbose      one line per URL\n"
	"  -q, --quiet        nothing but fatal errors; the exit status tells\n"
	"URLs may be http://, https://, file:// or local paths.  Given URLs replace\n"
	"the config file's [source] sections.  Exit: 0 ok, 1 some URLs failed,\n"
	"2 fatal, 3 another run holds the lock, 130/143 stopped by SIGINT/SIGTERM.\n";

static int
parse_num(const char *name, const char *s, long min, long max, long *out)
{
	if (util_parse_decimal(s, min, max, out) < 0) {
		char *shown = util_printable(s);
		fprintf(stderr, "hotfeed: %s: \"%s\" is not a number in %ld..%ld\n", name, shown,
		        min, max);
		free(shown);
		return -1;
	}
	return 0;
}

struct flags {
	const char *config, *db, *out, *ua, *pattern, *charset;
	long num[sizeof num_flags / sizeof *num_flags];
	int set[sizeof num_flags / sizeof *num_flags];
};

static void
apply_flags(struct run_args *a, const struct flags *f)
{
	struct config *c = &a->cfg;
	long *targets[] = { NULL, &c->delay_ms, &c->timeout, NULL, NULL, &c->max_requests, NULL };
	int *itargets[] = { &c->concurrency, NULL, NULL, &c->depth, &c->retries, NULL, &c->jobs };
	for (size_t i = 0; i < sizeof num_flags / sizeof *num_flags; i++) {
		if (!f->set[i])
			continue;
		if (targets[i])
			*targets[i] = f->num[i];
		else
			*itargets[i] = (int)f->num[i];
	}
	if (f->db) {
		free(c->db);
		c->db = xstrdup(f->db);
	}
	if (f->out) {
		free(c->out);
		c->out = xstrdup(f->out);
	}
	if (f->ua) {
		free(c->user_agent);
		c->user_agent = xstrdup(f->ua);
	}
	a->cli.pattern = xstrdup(f->pattern);
	a->cli.charset = xstrdup(f->charset);
}

int
run_args_parse(struct run_args *a, int argc, char **argv, int with_out, const char *usage)
{
	struct flags f;
	const char *cmd;
	int c;
	memset(&f, 0, sizeof f);
	memset(a, 0, sizeof *a);
	config_init(&a->cfg);
	a->cli.name = xstrdup("command line");
	cmd = strchr(argv[0], ' ') ? strchr(argv[0], ' ') + 1 : argv[0];
	a->cli.delay_ms = -1;
	optind = 1;
	while ((c = getopt_long(argc, argv, "vqh", longopts, NULL)) != -1) {
		size_t k;
		for (k = 0; k < sizeof num_flags / sizeof *num_flags; k++)
			if (num_flags[k].opt == c)
				break;
		if (k < sizeof num_flags / sizeof *num_flags) {
			const struct num_flag *nf = &num_flags[k];
			if (parse_num(nf->name, optarg, nf->min, nf->max, &f.num[k]))
				return HF_EXIT_FATAL;
			f.set[k] = 1;
			continue;
		}
		switch (c) {
		case O_CONFIG:
			f.config = optarg;
			break;
		case O_DB:
			f.db = optarg;
			break;
		case O_OUT:
			if (!with_out)
				goto bad;
			f.out = optarg;
			break;
		case O_INDEX:
			if (cli_check_url(cmd, "--index", optarg, 1))
				return HF_EXIT_FATAL;
			strlist_add(&a->cli.index, optarg);
			break;
		case O_UA:
			f.ua = optarg;
			break;
		case O_REPORT:
			a->ro.report = optarg;
			break;
		case O_TEMPLATES:
			if (!with_out)
				goto bad;
			a->templates = optarg;
			break;
		case O_PATTERN:
			f.pattern = optarg;
			break;
		case O_CHARSET:
			f.charset = optarg;
			break;
		case O_RECHECK_ALL:
			a->ro.recheck_all = 1;
			break;
		case 'v':
			a->ro.verbose = 1;
			break;
		case 'q':
			a->ro.quiet = 1;
			break;
		case 'h':
			printf("usage: %s\n\n", usage);
			printf(options_help,
			       with_out
			               ? "  --out DIR          output directory (default out)\n"
			                 "  --templates DIR    item.xsl and index.xsl (see hotfeed publish)\n"
			               : "");
			return HF_EXIT_OK;
		default:
			goto bad;
		}
	}
	for (int i = optind; i < argc; i++) {
		if (cli_check_url(cmd, "", argv[i], 1))
			return HF_EXIT_FATAL;
		strlist_add(&a->cli.page, argv[i]);
	}
	if (f.config) {
		char err[512];
		if (config_load(&a->cfg, f.config, err, sizeof err)) {
			fprintf(stderr, "hotfeed: %s\n", err);
			return HF_EXIT_FATAL;
		}
	}
	apply_flags(a, &f);
	a->ro.cfg = &a->cfg;
	a->ro.db = a->cfg.db;
	a->ro.out = a->cfg.out;
	if (a->cli.index.n || a->cli.page.n) {
		a->ro.sources = &a->cli;
		a->ro.nsources = 1;
	} else {
		a->ro.sources = a->cfg.sources.v;
		a->ro.nsources = a->cfg.sources.n;
		/* --pattern and --charset apply to the config's sources too */
		for (size_t i = 0; i < a->cfg.sources.n; i++) {
			struct source_cfg *s = &a->cfg.sources.v[i];
			if (f.pattern) {
				free(s->pattern);
				s->pattern = xstrdup(f.pattern);
			}
			if (f.charset) {
				free(s->charset);
				s->charset = xstrdup(f.charset);
			}
		}
	}
	if (!a->ro.nsources || (!a->cli.index.n && !a->cli.page.n && !a->cfg.sources.n)) {
		fprintf(stderr,
		        "%s: nothing to fetch: give URLs, --index URL or a config "
		        "file with [source NAME] sections\n",
		        argv[0]);
		return HF_EXIT_FATAL;
	}
	return -1;
bad:
	fprintf(stderr, "usage: %s\n'%s --help' lists the options\n", usage, argv[0]);
	return HF_EXIT_FATAL;
}

void
run_args_free(struct run_args *a)
{
	free(a->cli.name);
	strlist_free(&a->cli.index);
	strlist_free(&a->cli.page);
	free(a->cli.pattern);
	free(a->cli.charset);
	config_free(&a->cfg);
}
