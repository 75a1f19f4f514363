/*
 * run.h — one cron run: lock, open the catalogue, crawl the index pages,
 * fetch the bulletin pages (conditionally), ingest, publish, report.
 * Included by cli/cmd_fetch.c and cli/cmd_run.c.
 *
 * Exit statuses (core/exitcode.h): HF_EXIT_OK when everything succeeded;
 * HF_EXIT_PARTIAL when some URLs failed (their stored versions stay, the
 * feeds are published from what is known); HF_EXIT_FATAL when nothing
 * could be done (database, publish); HF_EXIT_LOCKED when another run holds
 * the lock; HF_EXIT_SIGINT or HF_EXIT_SIGTERM when a signal stopped it
 * (what was fetched is kept and, unless a second signal came, published).
 * Budget-skipped URLs are pending for the next run, never a failure.
 */
#ifndef HOTFEED_RUN_H
#define HOTFEED_RUN_H

#include <stddef.h>
#include "store/catalogue.h"
#include "core/config.h"

/* Publishes from the open catalogue after the fetch (cmd_run supplies it:
 * publish/ is the CLI's to call).  0, or -1 with a message in err. */
typedef int (*run_publish_fn)(void *arg, struct catalogue *cat, char *err, size_t errlen);

struct run_opts {
	const char *command;              /* "run" or "fetch": names the report */
	const struct config *cfg;         /* politeness, limits, depth */
	const struct source_cfg *sources; /* what to fetch: the config's [source]s, */
	size_t nsources;                  /* or the command line's one */
	const char *db, *out;             /* catalogue and output directory */
	const char *report;               /* --report FILE, or NULL */
	int verbose, quiet;
	int recheck_all;        /* --recheck-all: every known page is due */
	run_publish_fn publish; /* run: publishes; fetch: NULL */
	void *publish_arg;
};

int run_main(const struct run_opts *o);

#endif
