/*
 * cmd_run.c — `hotfeed run`: the cron job.  Fetch (ingest/run.h), then
 * publish from the catalogue (publish/publish.h), under one lock.
 */
#include "cli/cli.h"
#include "cli/run_args.h"
#include "store/catalogue.h"
#include "ingest/run.h"
#include "publish/publish.h"

#include <stdio.h>

struct publish_ctx {
	const struct config *cfg;
	const char *out, *templates;
	int verbose;
};

static int
publish_from(void *arg, struct catalogue *cat, char *err, size_t errlen)
{
	const struct publish_ctx *p = arg;
	size_t bulletins, other;
	char fp[65], stamp[65];
	struct publish_opts po = {
		.cfg = p->cfg,
		.out = p->out,
		.templates = p->templates        ? p->templates
		             : p->cfg->templates ? p->cfg->templates
		                                 : publish_default_templates(),
		.verbose = p->verbose,
	};
	/* nothing changed since the outputs there were written: leave them */
	if (catalogue_fingerprint(cat, fp) == 0 && publish_stamp(&po, fp, stamp) == 0) {
		po.stamp = stamp;
		if (publish_is_current(&po, stamp, &bulletins, &other))
			return 0;
	}
	return publish_catalogue(&po, cat, &bulletins, &other, err, errlen);
}

int
cmd_run(int argc, char **argv)
{
	struct run_args a;
	int rc = run_args_parse(&a, argc, argv, 1,
	                        "hotfeed run [--config FILE] [--db FILE] [--out DIR] "
	                        "[--index URL]... [OPTIONS] [URL]...");
	if (rc < 0) {
		struct publish_ctx p = { &a.cfg, a.cfg.out, a.templates, a.ro.verbose };
		a.ro.command = "run";
		a.ro.publish = publish_from;
		a.ro.publish_arg = &p;
		rc = run_main(&a.ro);
	}
	run_args_free(&a);
	return rc;
}
