/* cli_args.c — argument checks shared by the commands; see cli.h. */
#include "cli/cli.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>

int
cli_check_url(const char *cmd, const char *option, const char *arg, int paths)
{
	const char *why = url_arg_problem(arg, paths);
	char *shown;

	if (why == NULL)
		return 0;
	shown = printable(arg);
	fprintf(stderr, "hotfeed %s: %s%s\"%s\": %s\n", cmd, option, option[0] ? ": " : "",
	        shown, why);
	free(shown);
	return -1;
}
