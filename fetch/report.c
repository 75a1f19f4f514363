/* report.c — the run report (JSON, jansson) and the cron summary; see report.h. */
#include "fetch/report.h"
#include "core/bulletin_json.h"
#include "core/util.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const struct {
	const char *name;
	int problem;
} results[UR_COUNT] = {
	[UR_NEW] = { "new", 0 },
	[UR_UPDATED] = { "updated", 0 },
	[UR_UNCHANGED] = { "unchanged", 0 },
	[UR_NOT_MODIFIED] = { "not-modified", 0 },
	[UR_REGRESSION] = { "regression", 1 },
	[UR_INDEX] = { "index", 0 },
	[UR_GONE] = { "gone", 1 },
	[UR_DEFERRED] = { "deferred", 1 },
	[UR_SKIPPED] = { "skipped", 0 },
	[UR_FAILED] = { "failed", 1 },
	[UR_PENDING] = { "pending", 0 },
};

/* The reasons of run_report.pending, in its order. */
static const char *const pending_reasons[4] = { "budget", "deferred", "robots", "interrupted" };

const char *
report_result_name(enum url_result r)
{
	return results[r].name;
}

int
report_result_is_problem(enum url_result r)
{
	return results[r].problem;
}

struct url_entry *
report_add(struct run_report *r, const char *url, const char *kind)
{
	struct url_entry *e = VEC_PUSH(&r->urls);
	e->url = xstrdup(url);
	e->kind = xstrdup(kind);
	e->result = UR_FAILED;
	return e;
}

void
report_count(struct run_report *r)
{
	memset(r->count, 0, sizeof r->count);
	for (size_t i = 0; i < r->urls.n; i++)
		r->count[r->urls.v[i].result]++;
}

static json_t *
str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *
entry_json(const struct url_entry *e)
{
	json_t *o = json_object();
	json_object_set_new(o, "url", json_string(e->url));
	json_object_set_new(o, "kind", json_string(e->kind));
	json_object_set_new(o, "result", json_string(report_result_name(e->result)));
	json_object_set_new(o, "status", e->status ? json_integer(e->status) : json_null());
	json_object_set_new(o, "attempts", json_integer(e->attempts));
	json_object_set_new(o, "bytes", json_integer((json_int_t)e->bytes));
	json_object_set_new(o, "wire_bytes", json_integer((json_int_t)e->wire_bytes));
	json_object_set_new(o, "seconds", json_real((double)(long)(e->seconds * 1000) / 1000));
	json_object_set_new(o, "encoding", str_or_null(e->encoding));
	json_object_set_new(o, "key", str_or_null(e->key));
	json_object_set_new(o, "message", str_or_null(e->message));
	json_object_set_new(o, "diagnostics", diag_list_to_json(&e->diags));
	return o;
}

void
report_tally(const struct run_report *r, struct diag_tally *t)
{
	memset(t, 0, sizeof *t);
	for (size_t i = 0; i < r->urls.n; i++)
		diag_tally_add(t, &r->urls.v[i].diags);
}

static json_t *
tally_json(const struct run_report *r)
{
	struct diag_tally t;

	report_tally(r, &t);
	return json_pack("{s:I, s:I, s:I, s:I}", "pages_with_errors",
	                 (json_int_t)t.pages_with_errors, "errors", (json_int_t)t.errors,
	                 "warnings", (json_int_t)t.warnings, "notes", (json_int_t)t.notes);
}

int
report_write(const struct run_report *r, const char *path, char *err, size_t errlen)
{
	char started[32];
	struct tm tm;
	json_t *root, *counts, *urls;
	json_t *pending;
	char *text, *withnl;
	size_t n;
	int rc = 0;
	strftime(started, sizeof started, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&r->started, &tm));
	root = json_object();
	counts = json_object();
	urls = json_array();
	json_object_set_new(root, "command", json_string(r->command));
	json_object_set_new(root, "version", json_string(HOTFEED_VERSION));
	json_object_set_new(root, "started", json_string(started));
	json_object_set_new(root, "seconds", json_real((double)(long)(r->seconds * 1000) / 1000));
	json_object_set_new(root, "requests", json_integer(r->requests));
	json_object_set_new(root, "exit_code", json_integer(r->exit_code));
	json_object_set_new(root, "publish_error", str_or_null(r->publish_error));
	for (int i = 0; i < UR_COUNT; i++)
		json_object_set_new(counts, report_result_name(i),
		                    json_integer((json_int_t)r->count[i]));
	json_object_set_new(root, "counts", counts);
	json_object_set_new(root, "diagnostics", tally_json(r));
	pending = json_object();
	json_object_set_new(pending, "total", json_integer((json_int_t)RUN_PENDING_TOTAL(r)));
	for (int i = 0; i < 4; i++)
		json_object_set_new(pending, pending_reasons[i],
		                    json_integer((json_int_t)r->pending[i]));
	json_object_set_new(root, "pending", pending);
	json_object_set_new(root, "interrupted", json_boolean(r->interrupted));
	for (size_t i = 0; i < r->urls.n; i++)
		json_array_append_new(urls, entry_json(&r->urls.v[i]));
	json_object_set_new(root, "urls", urls);
	text = json_dumps(root, JSON_INDENT(2));
	json_decref(root);
	if (!text) {
		snprintf(err, errlen, "%s: cannot serialize the report", path);
		return -1;
	}
	n = strlen(text);
	withnl = xasprintf("%s\n", text);
	if (write_file_atomic(path, withnl, n + 1) != 0) {
		snprintf(err, errlen, "%s: %s", path,
		         errno == ELOOP ? "a symbolic link; refused" : strerror(errno));
		rc = -1;
	}
	free(withnl);
	free(text);
	return rc;
}

/* "; 1584 pending for later runs (1584 budget)" when any, else nothing. */
static void
run_report_pending(const struct run_report *r, FILE *f, const char *sep)
{
	if (RUN_PENDING_TOTAL(r) == 0)
		return;
	fprintf(f, "%s%zu pending for later runs (", sep, RUN_PENDING_TOTAL(r));
	sep = "";
	for (int i = 0; i < 4; i++)
		if (r->pending[i]) {
			fprintf(f, "%s%zu %s", sep, r->pending[i], pending_reasons[i]);
			sep = ", ";
		}
	fputc(')', f);
}

char *
report_counts_json(const struct run_report *r)
{
	json_t *o = json_object(), *pending = json_object();
	char *text;
	for (int i = 0; i < UR_COUNT; i++)
		json_object_set_new(o, report_result_name(i),
		                    json_integer((json_int_t)r->count[i]));
	for (int i = 0; i < 4; i++)
		json_object_set_new(pending, pending_reasons[i],
		                    json_integer((json_int_t)r->pending[i]));
	json_object_set_new(o, "pending_reasons", pending);
	text = json_dumps(o, JSON_COMPACT);
	json_decref(o);
	return text;
}

void
report_totals(const struct run_report *r, FILE *f)
{
	size_t pages = 0;
	const char *sep = " ";
	struct diag_tally t;
	char diags[128];
	for (size_t i = 0; i < r->urls.n; i++)
		pages += strcmp(r->urls.v[i].kind, "page") == 0;
	fprintf(f, "%zu pages, %zu index pages:", pages, r->count[UR_INDEX]);
	for (int i = 0; i < UR_COUNT; i++) {
		if (i == UR_INDEX || i == UR_PENDING || !r->count[i])
			continue;
		fprintf(f, "%s%zu %s", sep, r->count[i], report_result_name(i));
		sep = ", ";
	}
	report_tally(r, &t);
	diag_tally_format(&t, diags, sizeof diags);
	if (diags[0])
		fprintf(f, "%s%s", sep, diags);
	run_report_pending(r, f, sep);
	fprintf(f, " (%.1f s, %ld requests)\n", r->seconds, r->requests);
}

/* The first error-level diagnostic of e, or NULL. */
static const struct diag *
first_error(const struct url_entry *e)
{
	for (size_t i = 0; i < e->diags.n; i++)
		if (e->diags.v[i].level == DIAG_ERROR)
			return &e->diags.v[i];
	return NULL;
}

void
report_problems(const struct run_report *r, FILE *f, size_t max)
{
	size_t shown = 0, total = 0;
	for (size_t i = 0; i < r->urls.n; i++) {
		const struct url_entry *e = &r->urls.v[i];
		const struct diag *err = first_error(e);
		char *url, *msg;
		if (!report_result_is_problem(e->result) && err == NULL)
			continue;
		if (total++ >= max)
			continue;
		shown++;
		/* a URL from a page may hold anything: escaped for the terminal */
		url = util_printable(e->url);
		msg = util_printable(e->message ? e->message : "");
		if (report_result_is_problem(e->result)) {
			fprintf(f, "  %s: %s%s%s\n", url, report_result_name(e->result),
			        e->message ? ": " : "", msg);
		} else {
			char line[HF_DIAG_LINE], *pline;
			diag_format(err, line, sizeof line);
			pline = util_printable(line);
			fprintf(f, "  %s: %s%s%s: %s\n", url, report_result_name(e->result),
			        e->key ? " " : "", e->key ? e->key : "", pline);
			free(pline);
		}
		free(url);
		free(msg);
	}
	if (total > shown)
		fprintf(f, "  ... and %zu more (see --report)\n", total - shown);
	if (r->publish_error)
		fprintf(f, "  publish: %s\n", r->publish_error);
}

void
report_free(struct run_report *r)
{
	for (size_t i = 0; i < r->urls.n; i++) {
		struct url_entry *e = &r->urls.v[i];
		free(e->url);
		free(e->kind);
		free(e->encoding);
		free(e->key);
		free(e->message);
		diag_list_free(&e->diags);
	}
	free(r->urls.v);
	free(r->publish_error);
	memset(r, 0, sizeof *r);
}
