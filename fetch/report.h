/*
 * report.h — what a run did, per URL: the run report (--report FILE, JSON)
 * and the short summary a cron job mails.  Included by fetch/, ingest/ and cli/.
 *
 * Ownership: a struct run_report owns its entries and their strings;
 * report_free() releases them.  jansson is used only in report.c.
 */
#ifndef HOTFEED_REPORT_H
#define HOTFEED_REPORT_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>
#include "core/bulletin.h"

/* What became of one URL, from the user's point of view. */
enum url_result {
	UR_NEW,
	UR_UPDATED,
	UR_UNCHANGED,
	UR_NOT_MODIFIED,
	UR_REGRESSION,
	UR_INDEX,    /* an index page read for its links */
	UR_GONE,     /* 404/410: recorded, nothing deleted */
	UR_DEFERRED, /* the host asked to wait (this run) */
	UR_SKIPPED,  /* the host asked an earlier run to wait: not asked */
	UR_FAILED,   /* fetch or parse failed: the stored version stays */
	UR_PENDING,  /* not asked this run (budget, robots, stopped): next run */
	UR_COUNT
};
const char *report_result_name(enum url_result r);
/* 1 when r needs a human (counts toward a partial-failure exit). */
int report_result_is_problem(enum url_result r);

struct url_entry {
	char *url, *kind; /* kind: "index" or "page" */
	enum url_result result;
	int status, attempts;     /* last HTTP status (0 = none), requests made */
	size_t bytes, wire_bytes; /* body after decompression; on the wire */
	double seconds;
	char *encoding;  /* decoder decision, or NULL */
	char *key;       /* bulletin key, or NULL */
	char *message;   /* why, or what changed; or NULL */
	diag_list diags; /* the page's diagnostics (pages only) */
};

struct run_report {
	const char *command; /* "run" or "fetch" */
	time_t started;
	double seconds;
	long requests;
	int exit_code;
	char *publish_error; /* NULL when published (or not asked to) */
	VEC(struct url_entry) urls;
	size_t count[UR_COUNT];
	/* URLs left for later runs (the frontier's, not only this report's),
	 * by reason: budget, deferred host, robots.txt, interrupted */
	size_t pending[4];
	int interrupted; /* stopped by a signal */
};
#define RUN_PENDING_TOTAL(r) ((r)->pending[0] + (r)->pending[1] + (r)->pending[2] + (r)->pending[3])

struct url_entry *report_add(struct run_report *r, const char *url, const char *kind);
void report_count(struct run_report *r);
/* Write the JSON report atomically; 0 or -1 with err set. */
int report_write(const struct run_report *r, const char *path, char *err, size_t errlen);
/* The diagnostics of every entry. */
void report_tally(const struct run_report *r, struct diag_tally *t);
/* The one-line totals: "12 pages, 1 index pages: 3 new, 1 updated, ...,
 * 1 page with errors, 3 warnings (4.2 s, 14 requests)". */
void report_totals(const struct run_report *r, FILE *f);
/* Every problem, one line each ("  URL: failed: why"; a page with an
 * error-level diagnostic: "  URL: new KEY: error CODE: message", its first
 * error), at most max lines. */
void report_problems(const struct run_report *r, FILE *f, size_t max);
/* The counts and the pending URLs as compact JSON (malloc'd), for the
 * catalogue's record of the run. */
char *report_counts_json(const struct run_report *r);
void report_free(struct run_report *r);

#endif
