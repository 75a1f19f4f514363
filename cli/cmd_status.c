/*
 * cmd_status.c — `hotfeed status [--db FILE] [--json]`: the catalogue at a
 * glance, read-only: bulletins by kind and severity, the crawl frontier
 * (pages pending and why), failed, gone and regressed URLs, the last run,
 * and the hosts that asked to wait.  Exit status: 0, or 2 when the
 * catalogue is missing or unreadable (or on a usage error).
 */
#include "cli/cli.h"
#include "store/catalogue.h"
#include "core/exitcode.h"

#include <getopt.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: hotfeed status [--db FILE] [--json]\n\n"
	"Print the catalogue (default hotfeed.db) at a glance, without writing to it:\n"
	"bulletins by kind and severity, the pages of the crawl frontier still\n"
	"pending (and why: budget, deferred host, robots, interrupted), failed,\n"
	"gone and regressed URLs, the last run, and when each host that asked to\n"
	"wait may be asked again.\n"
	"  --db FILE   the catalogue\n"
	"  --json      one JSON object, for scripts\n"
	"Exit status: 0, or 2 when the catalogue is missing or unreadable.\n";

static void
utc(time_t t, char out[32])
{
	struct tm tm;
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&t, &tm));
}

/* "3 alert, 1 other", or "none". */
static void
print_counts(const char *label, const cat_counts *c, long total)
{
	printf("%s: %ld", label, total);
	for (size_t i = 0; i < c->n; i++)
		printf("%s%ld %s", i ? ", " : " (", c->v[i].n, c->v[i].name);
	printf("%s\n", c->n ? ")" : "");
}

/* The run's non-zero counts: "; 250 not-modified, 21 index". */
static void
print_run_counts(const char *counts)
{
	json_t *o = counts ? json_loads(counts, 0, NULL) : NULL, *v;
	const char *k, *sep = "; ";
	json_object_foreach(o, k, v) if (json_is_integer(v) && json_integer_value(v) > 0)
	{
		printf("%s%lld %s", sep, (long long)json_integer_value(v), k);
		sep = ", ";
	}
	json_decref(o);
	putchar('\n');
}

static void
print_text(const char *db, const struct cat_status *st)
{
	char when[32];
	printf("catalogue: %s (schema %d)\n", db, st->schema);
	print_counts("bulletins", &st->kinds, st->bulletins);
	print_counts("severity", &st->severities, st->bulletins);
	printf("frontier: %ld index pages, %ld bulletin pages, %ld never fetched\n",
	       st->index_pages, st->bulletin_pages, st->never_fetched);
	print_counts("pending", &st->pending, st->pending_total);
	printf("failed: %ld, gone: %ld, regressions waiting: %ld\n", st->failed, st->gone,
	       st->regressions);
	if (st->has_run) {
		utc(st->run_started, when);
		printf("last run: #%ld %s at %s", st->run_id, st->run_command, when);
		if (st->run_seconds < 0)
			printf(", did not finish (killed?)\n");
		else
			printf(", %.1f s, %ld requests, exit %d%s, %ld pending", st->run_seconds,
			       st->run_requests, st->run_exit,
			       st->run_interrupted ? " (interrupted)" : "", st->run_pending);
		print_run_counts(st->run_counts);
	} else {
		printf("last run: none\n");
	}
	for (size_t i = 0; i < st->deferred.n; i++) {
		utc((time_t)st->deferred.v[i].n, when);
		printf("deferred: %s until %s\n", st->deferred.v[i].name, when);
	}
}

static json_t *
counts_json(const cat_counts *c)
{
	json_t *o = json_object();
	for (size_t i = 0; i < c->n; i++)
		json_object_set_new(o, c->v[i].name, json_integer(c->v[i].n));
	return o;
}

static json_t *
run_json(const struct cat_status *st)
{
	char when[32];
	json_t *counts;
	if (!st->has_run)
		return json_null();
	utc(st->run_started, when);
	counts = st->run_counts ? json_loads(st->run_counts, 0, NULL) : NULL;
	return json_pack("{sIsssssosIsisbsIso}", "id", (json_int_t)st->run_id, "command",
	                 st->run_command, "started", when, "seconds",
	                 st->run_seconds < 0 ? json_null() : json_real(st->run_seconds), "requests",
	                 (json_int_t)st->run_requests, "exit_code", st->run_exit, "interrupted",
	                 st->run_interrupted, "pending", (json_int_t)st->run_pending, "counts",
	                 counts ? counts : json_null());
}

static int
print_json(const char *db, const struct cat_status *st)
{
	char when[32];
	json_t *deferred = json_object();
	json_t *pending;
	json_t *o;
	char *text;
	for (size_t i = 0; i < st->deferred.n; i++) {
		utc((time_t)st->deferred.v[i].n, when);
		json_object_set_new(deferred, st->deferred.v[i].name, json_string(when));
	}
	pending = counts_json(&st->pending);
	json_object_set_new(pending, "total", json_integer(st->pending_total));
	o = json_pack("{sssisIsososIsIsIsosIsIsIsoso}", "catalogue", db, "schema", st->schema,
	              "bulletins", (json_int_t)st->bulletins, "kinds", counts_json(&st->kinds),
	              "severities", counts_json(&st->severities), "index_pages",
	              (json_int_t)st->index_pages, "bulletin_pages", (json_int_t)st->bulletin_pages,
	              "never_fetched", (json_int_t)st->never_fetched, "pending", pending, "failed",
	              (json_int_t)st->failed, "gone", (json_int_t)st->gone, "regressions",
	              (json_int_t)st->regressions, "last_run", run_json(st), "deferred_hosts",
	              deferred);
	text = o ? json_dumps(o, JSON_INDENT(2)) : NULL;
	json_decref(o);
	if (!text)
		return -1;
	printf("%s\n", text);
	free(text);
	return 0;
}

int
cmd_status(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *db = "hotfeed.db";
	int opt, json = 0;
	char err[512];
	struct catalogue *cat;
	struct cat_status st;
	int rc;

	optind = 1;
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'd':
			db = optarg;
			break;
		case 'j':
			json = 1;
			break;
		case 'h':
			fputs(usage_text, stdout);
			return HF_EXIT_OK;
		default:
			fprintf(stderr, "usage: hotfeed status [--db FILE] [--json]\n");
			return HF_EXIT_FATAL;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "hotfeed status: unexpected argument '%s'\n", argv[optind]);
		return HF_EXIT_FATAL;
	}
	if (access(db, R_OK) != 0) {
		fprintf(stderr, "hotfeed: %s: no catalogue there (give --db FILE)\n", db);
		return HF_EXIT_FATAL;
	}
	cat = catalogue_open_readonly(db, err, sizeof err);
	if (!cat) {
		fprintf(stderr, "hotfeed: %s\n", err);
		return HF_EXIT_FATAL;
	}
	rc = catalogue_status(cat, time(NULL), &st);
	if (rc != 0)
		fprintf(stderr, "hotfeed: %s: %s\n", db, catalogue_error(cat));
	else if (json ? print_json(db, &st) : (print_text(db, &st), 0))
		rc = -1;
	cat_status_free(&st);
	catalogue_close(cat);
	return rc == 0 ? HF_EXIT_OK : HF_EXIT_FATAL;
}
