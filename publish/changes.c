/* changes.c — changes.json and the manifest beside the outputs; see changes.h. */
#include "publish/changes.h"
#include "core/bulletin_json.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* One manifest line: pointers into its text. */
struct line { const char *key, *updated, *file; };
typedef VEC(struct line) line_list;

struct changes {
	char *old_text;             /* the old manifest, split in place */
	line_list old, now;
	struct buf now_text;        /* the new manifest's text */
	json_t *old_runs;           /* the runs of the old changes.json, or NULL */
	VEC(char *) owned;          /* the strings of `now` */
};

/* Manifest fields hold no TAB, LF nor backslash: those are escaped. */
static void
put_escaped(struct buf *b, const char *s)
{
	for (; *s; s++)
		if (*s == '\t')
			buf_puts(b, "\\t");
		else if (*s == '\n')
			buf_puts(b, "\\n");
		else if (*s == '\\')
			buf_puts(b, "\\\\");
		else
			buf_putc(b, *s);
}

static char *
unescape(char *s)
{
	char *w = s;

	for (char *p = s; *p; p++) {
		if (*p == '\\' && p[1] != '\0') {
			p++;
			*w++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p;
		} else {
			*w++ = *p;
		}
	}
	*w = '\0';
	return s;
}

static void
read_manifest(struct changes *c, const char *outdir)
{
	char *path = xasprintf("%s/%s", outdir, CHANGES_MANIFEST);
	size_t len;

	if (read_file(path, 1u << 30, &c->old_text, &len) == 0) {
		for (char *p = c->old_text, *nl; p < c->old_text + len; p = nl + 1) {
			char *t1, *t2;
			if ((nl = strchr(p, '\n')) == NULL)
				break;
			*nl = '\0';
			if ((t1 = strchr(p, '\t')) == NULL || (t2 = strchr(t1 + 1, '\t')) == NULL)
				continue;     /* not ours: skipped */
			*t1 = *t2 = '\0';
			*VEC_PUSH(&c->old) = (struct line){ unescape(p), unescape(t1 + 1),
			                                    unescape(t2 + 1) };
		}
	}
	free(path);
}

static void
read_runs(struct changes *c, const char *outdir)
{
	char *path = xasprintf("%s/changes.json", outdir);
	json_t *doc = json_load_file(path, 0, NULL);
	json_t *runs = json_object_get(doc, "runs");

	if (json_is_array(runs) && json_integer_value(json_object_get(doc, "schema_version")) ==
	                           CHANGES_SCHEMA_VERSION)
		c->old_runs = json_incref(runs);
	json_decref(doc);
	free(path);
}

struct changes *
changes_begin(const char *outdir)
{
	struct changes *c = xcalloc(1, sizeof *c);

	buf_init(&c->now_text, 0);
	read_manifest(c, outdir);
	read_runs(c, outdir);
	return c;
}

void
changes_add(struct changes *c, const char *key, const char *updated, const char *file)
{
	put_escaped(&c->now_text, key);
	buf_putc(&c->now_text, '\t');
	put_escaped(&c->now_text, updated);
	buf_putc(&c->now_text, '\t');
	put_escaped(&c->now_text, file);
	buf_putc(&c->now_text, '\n');
}

static int
by_key(const void *a, const void *b)
{
	return strcmp(((const struct line *)a)->key, ((const struct line *)b)->key);
}

/* Both lists sorted by key: what is added, updated, withdrawn, counted
 * into n[3] and, when lists, appended to lists[3]. */
static void
merge(const struct changes *c, size_t n[3], json_t *const *lists)
{
	size_t i = 0, j = 0;

	while (i < c->old.n || j < c->now.n) {
		int k = i == c->old.n ? 1 : j == c->now.n ? -1
		        : strcmp(c->old.v[i].key, c->now.v[j].key);
		const struct line *l = NULL;
		int what = -1;
		if (k < 0) {
			l = &c->old.v[i++];
			what = 2;
		} else if (k > 0) {
			l = &c->now.v[j++];
			what = 0;
		} else {
			if (strcmp(c->old.v[i].updated, c->now.v[j].updated) != 0) {
				l = &c->now.v[j];
				what = 1;
			}
			i++;
			j++;
		}
		if (what < 0)
			continue;
		n[what]++;
		if (lists != NULL)
			json_array_append_new(lists[what], json_pack("{s:s, s:s, s:s}", "key", l->key,
			                      "updated", l->updated, "file", l->file));
	}
}

/* This publish's run, or NULL when it changed nothing.  A run of more
 * than CHANGES_MAX_LISTED changes (a first publish of an archive) gives
 * only its counts, with complete false: fetch catalogue.json instead. */
static json_t *
compare(struct changes *c, const char *when)
{
	static const char *const names[3] = { "added", "updated", "withdrawn" };
	size_t n[3] = { 0 };
	json_t *lists[3], *run, *counts;

	if (c->old.n > 1)
		qsort(c->old.v, c->old.n, sizeof *c->old.v, by_key);
	if (c->now.n > 1)
		qsort(c->now.v, c->now.n, sizeof *c->now.v, by_key);
	merge(c, n, NULL);
	if (n[0] + n[1] + n[2] == 0)
		return NULL;
	for (int k = 0; k < 3; k++)
		lists[k] = json_array();
	if (n[0] + n[1] + n[2] <= CHANGES_MAX_LISTED) {
		memset(n, 0, sizeof n);
		merge(c, n, lists);
	}
	run = json_pack("{s:s, s:b}", "published", when, "complete",
	                n[0] + n[1] + n[2] <= CHANGES_MAX_LISTED);
	counts = json_object();
	for (int k = 0; k < 3; k++) {
		json_object_set_new(counts, names[k], json_integer((json_int_t)n[k]));
		json_object_set_new(run, names[k], lists[k]);
	}
	json_object_set_new(run, "counts", counts);
	return run;
}

static size_t
listed(const json_t *run)
{
	return json_array_size(json_object_get(run, "added")) +
	       json_array_size(json_object_get(run, "updated")) +
	       json_array_size(json_object_get(run, "withdrawn"));
}

/* This run first, then the old ones while the file lists at most
 * CHANGES_MAX_LISTED entries. */
static json_t *
all_runs(struct changes *c, json_t *run)
{
	json_t *runs = json_array(), *r;
	size_t total = 0, i;

	if (run != NULL) {
		total = listed(run);
		json_array_append_new(runs, run);
	}
	json_array_foreach(c->old_runs, i, r) {
		if (total + listed(r) > CHANGES_MAX_LISTED && json_array_size(runs) > 0)
			break;
		total += listed(r);
		json_array_append(runs, r);
	}
	return runs;
}

/* The run's time: SOURCE_DATE_EPOCH when set (reproducible builds), else
 * the clock; UTC. */
static void
run_time(char out[32])
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t t = sde != NULL && *sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int
changes_end(struct changes *c, const struct feed_meta *m, struct outfiles *files,
            char *err, size_t errlen)
{
	char when[32], *text, *copy;
	json_t *doc;
	int rc = 0;

	/* the new manifest as written, then split for the comparison */
	buf_append(&outfiles_add(files, CHANGES_MANIFEST, OUT_TEXT)->data, c->now_text.data,
	           c->now_text.len);
	copy = buf_steal(&c->now_text, NULL);
	*VEC_PUSH(&c->owned) = copy;
	for (char *p = copy, *nl; p != NULL && *p; p = nl + 1) {
		char *t1, *t2;
		if ((nl = strchr(p, '\n')) == NULL)
			break;
		*nl = '\0';
		t1 = strchr(p, '\t');
		t2 = strchr(t1 + 1, '\t');
		*t1 = *t2 = '\0';
		*VEC_PUSH(&c->now) = (struct line){ unescape(p), unescape(t1 + 1), unescape(t2 + 1) };
	}
	run_time(when);
	doc = json_pack("{s:i, s:{s:s, s:s, s:s, s:s}, s:o}",
	                "schema_version", CHANGES_SCHEMA_VERSION,
	                "generated_from", "generator", "hotfeed " HOTFEED_VERSION, "link", m->link,
	                "feed_id", m->id, "updated", m->updated,
	                "runs", all_runs(c, compare(c, when)));
	text = doc != NULL ? json_dumps(doc, HF_JSON_PRETTY) : NULL;
	if (text == NULL) {
		snprintf(err, errlen, "changes.json: the JSON writer failed");
		rc = -1;
	} else {
		struct out_file *of = outfiles_add(files, "changes.json", OUT_JSON);
		buf_puts(&of->data, text);
		buf_putc(&of->data, '\n');
	}
	free(text);
	json_decref(doc);
	return rc;
}

void
changes_free(struct changes *c)
{
	if (c == NULL)
		return;
	free(c->old_text);
	free(c->old.v);
	free(c->now.v);
	buf_free(&c->now_text);
	json_decref(c->old_runs);
	for (size_t i = 0; i < c->owned.n; i++)
		free(c->owned.v[i]);
	free(c->owned.v);
	free(c);
}
