/*
 * cmd_publish.c — `hotfeed publish [--db FILE] [--out DIR] [--config FILE]
 * [--templates DIR] [--verbose]`: write the feeds, catalogue.json and
 * index.html from the catalogue (publish/publish.h).
 *
 * Exit status: 0 everything was written; 2 nothing was (usage, config,
 * database, a template or a file that failed its check) — the files
 * already in DIR are then untouched.
 */
#include "cli/cli.h"
#include "store/catalogue.h"
#include "core/config.h"
#include "core/exitcode.h"
#include "core/util.h"
#include "publish/publish.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: hotfeed publish [--db FILE] [--out DIR] [--config FILE]\n"
	"                       [--templates DIR] [--verbose]\n\n"
	"Write rss.xml, atom.xml, feed.json, catalogue.json and index.html (and\n"
	"NAME.rss.xml, NAME.atom.xml, NAME.feed.json for each [facet NAME] of the\n"
	"config) into DIR.  Every file is re-parsed, the set written into a new\n"
	"directory beside DIR and swapped with DIR in one atomic rename: a\n"
	"failed publish leaves the previous files untouched.  DIR is replaced\n"
	"whole.  An unchanged catalogue gives byte-identical files.\n\n"
	"  --db FILE        the catalogue (default: [feed] db, hotfeed.db)\n"
	"  --out DIR        output directory (default: [feed] out, out)\n"
	"  --config FILE    the INI configuration ([feed], [facet NAME])\n"
	"  --templates DIR  item.xsl and index.xsl (default: [feed] templates, else\n"
	"                   ./templates, else templates/ beside the hotfeed binary,\n"
	"                   else " HOTFEED_DATADIR "/templates: the first that exists)\n"
	"  --verbose        name each file written on stderr\n\n"
	"Exit status: 0 all files written, 2 nothing written (the reason on stderr).\n";

struct publish_cli {
	const char *db, *out, *config, *templates;
	int verbose;
};

static int
parse_args(int argc, char **argv, struct publish_cli *a)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "out", required_argument, NULL, 'o' },
		{ "config", required_argument, NULL, 'c' },
		{ "templates", required_argument, NULL, 't' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int ch;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			a->db = optarg;
			break;
		case 'o':
			a->out = optarg;
			break;
		case 'c':
			a->config = optarg;
			break;
		case 't':
			a->templates = optarg;
			break;
		case 'v':
			a->verbose = 1;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return HF_EXIT_OK;
		default:
			fputs(usage_text, stderr);
			return HF_EXIT_FATAL;
		}
	}
	if (optind != argc) {
		fprintf(stderr, "hotfeed publish: unexpected argument '%s'\n", argv[optind]);
		return HF_EXIT_FATAL;
	}
	return -1;
}

/* Open the existing catalogue read-only; never creates a database. */
static struct catalogue *
open_catalogue(const char *db)
{
	struct catalogue *cat;
	char err[512];

	if ((cat = catalogue_open_readonly(db, err, sizeof err)) == NULL)
		fprintf(stderr, "hotfeed publish: %s\n", err);
	return cat;
}

int
cmd_publish(int argc, char **argv)
{
	struct publish_cli a = { 0 };
	struct config cfg;
	struct publish_opts po = { 0 };
	struct catalogue *cat = NULL;
	char err[1024], fp[65], stamp[65];
	int rc = parse_args(argc, argv, &a);
	const char *db;
	size_t bulletins, other;

	if (rc >= 0)
		return rc;
	config_init(&cfg);
	rc = HF_EXIT_FATAL;
	if (a.config != NULL && config_load(&cfg, a.config, err, sizeof err) < 0) {
		fprintf(stderr, "hotfeed publish: %s\n", err);
		goto out;
	}
	db = a.db ? a.db : cfg.db;
	if ((cat = open_catalogue(db)) == NULL)
		goto out;
	po.cfg = &cfg;
	po.out = a.out ? a.out : cfg.out;
	po.templates = a.templates     ? a.templates
	               : cfg.templates ? cfg.templates
	                               : publish_default_templates();
	po.verbose = a.verbose;
	/* nothing changed since the outputs there were written: leave them */
	if (catalogue_fingerprint(cat, fp) == 0 && publish_stamp(&po, fp, stamp) == 0) {
		po.stamp = stamp;
		if (publish_is_current(&po, stamp, &bulletins, &other)) {
			if (po.verbose)
				fprintf(stderr, "hotfeed: %s/ is current: nothing written\n",
				        po.out);
			goto done;
		}
	}
	if (publish_catalogue(&po, cat, &bulletins, &other, err, sizeof err) < 0) {
		fprintf(stderr, "hotfeed publish: %s\n", err);
		goto out;
	}
done:
	printf("published %zu bulletin%s and %zu other page%s into %s/\n", bulletins,
	       bulletins == 1 ? "" : "s", other, other == 1 ? "" : "s", po.out);
	rc = HF_EXIT_OK;
out:
	catalogue_close(cat);
	config_free(&cfg);
	return rc;
}
