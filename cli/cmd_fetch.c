/* cmd_fetch.c — `hotfeed fetch`: download pages into the catalogue, no publishing. */
#include "cli/cli.h"
#include "cli/run_args.h"
#include "ingest/run.h"

int
cmd_fetch(int argc, char **argv)
{
	struct run_args a;
	int rc = run_args_parse(&a, argc, argv, 0,
	                        "hotfeed fetch [--config FILE] [--db FILE] [--index URL]... "
	                        "[OPTIONS] [URL]...");
	if (rc < 0) {
		a.ro.command = "fetch";
		rc = run_main(&a.ro);
	}
	run_args_free(&a);
	return rc;
}
