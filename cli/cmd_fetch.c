/* cmd_fetch.c — placeholder until its issue lands; replaced by the real command. */
#include "cli/cli.h"
#include "core/exitcode.h"
#include <stdio.h>

int
cmd_fetch(int argc, char **argv)
{
	(void)argc;
	fprintf(stderr, "hotfeed: %s: not built yet\n", argv[0]);
	return HF_EXIT_FATAL;
}
