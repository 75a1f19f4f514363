/* cli_args.c — argument checks shared by the commands; see cli.h. */
#include "cli/cli.h"
#include "store/catalogue.h"
#include "core/url.h"
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
	shown = util_printable(arg);
	fprintf(stderr, "hotfeed %s: %s%s\"%s\": %s\n", cmd, option, option[0] ? ": " : "", shown,
	        why);
	free(shown);
	return -1;
}

/* Report one result; 0 when it went in, -1 when it is a problem.  The file
 * name, key and message are escaped (a name from a glob, a key from a page
 * may hold control characters). */
int
cli_report_ingest(const char *name, const struct ingest_result *r, int quiet)
{
	const char *status = catalogue_ingest_status_name(r->status);
	char *file = util_printable(name), *key = util_printable(r->key),
	     *msg = util_printable(r->message);
	int rc = r->status == INGEST_FAILED || r->status == INGEST_REGRESSION ? -1 : 0;

	if (r->status == INGEST_FAILED)
		fprintf(stderr, "hotfeed: %s: not parsed: %s\n", file, msg);
	else if (r->status == INGEST_REGRESSION)
		fprintf(stderr, "hotfeed: %s: regression%s%s: %s\n", file, key[0] ? " " : "", key,
		        msg);
	else if (!quiet && r->status == INGEST_UPDATED)
		printf("%s: %s %s (%s)\n", file, status, key, msg);
	else if (!quiet)
		printf("%s: %s %s\n", file, status, key);
	free(file);
	free(key);
	free(msg);
	return rc;
}
