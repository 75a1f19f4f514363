/* cli_diag.c — printing the diagnostics of ingest and reparse; see cli.h. */
#include "cli/cli.h"

#include <stdio.h>

int
cli_page_diags(const char *name, const diag_list *l, int verbose, struct diag_tally *t)
{
	char line[HF_DIAG_LINE];

	diag_tally_add(t, l);
	for (size_t i = 0; i < l->n; i++) {
		if (!verbose && l->v[i].level != DIAG_ERROR)
			continue;
		diag_format(&l->v[i], line, sizeof line);
		fprintf(stderr, "hotfeed: %s: %s\n", name, line);
	}
	return diag_list_count(l, DIAG_ERROR) > 0;
}

void
cli_diag_totals(size_t n, const char *what, const struct diag_tally *t, int verbose, int quiet)
{
	char counts[128];

	if (!verbose && (t->pages_with_errors == 0 && (quiet || t->warnings == 0)))
		return;
	diag_tally_format(t, counts, sizeof counts);
	fprintf(stderr, "hotfeed: %zu %s: %s\n", n, what,
	        counts[0] ? counts : "no errors or warnings");
}
