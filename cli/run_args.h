/*
 * run_args.h — the options `hotfeed fetch` and `hotfeed run` share:
 * the config file, then command-line flags on top of it.
 * Included by cli/cmd_fetch.c and cli/cmd_run.c only.
 *
 * Ownership: run_args_free() releases everything run_args_parse() set.
 */
#ifndef HOTFEED_RUN_ARGS_H
#define HOTFEED_RUN_ARGS_H

#include "core/config.h"
#include "ingest/run.h"

struct run_args {
	struct config cfg;
	struct source_cfg cli; /* --index and URL arguments */
	struct run_opts ro;    /* ready for run_main() */
	const char *templates; /* --templates DIR (run), or NULL */
};

/* Parse argv (argv[0] = "hotfeed COMMAND"); usage names the command's synopsis.
 * Returns -1 when the run should go ahead, else the exit status to return
 * (after --help, or a usage or config error, already printed). */
int run_args_parse(struct run_args *a, int argc, char **argv, int with_out, const char *usage);
void run_args_free(struct run_args *a);

#endif
