/* changes.c — changes.json and the manifest beside the outputs; see changes.h. */
#include "publish/changes.h"
#include "core/bulletin_json.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* One line of the old manifest as hashes: its key (128 bits, two FNV-1a
 * of different bases and primes) and its updated.  The manifest itself is
 * read twice as a stream (here, and for what was withdrawn), never held:
 * 24 bytes a bulletin instead of its text (11 MB at 100,000). */
struct line {
	unsigned long long k1, k2, upd, dig; /* dig: of its digest, 0 none */
	unsigned long long csaf;             /* of the CSAF path it wrote, 0 none */
};
typedef VEC(struct line) line_list;

/* One change found: what (0 added, 1 updated, 2 withdrawn) and the line. */
struct event {
	int what;
	char *key, *updated, *file;
};

struct changes {
	char *old_path;              /* the old manifest */
	line_list old;               /* sorted by key */
	unsigned char *kept;         /* per old line: 1 when published again */
	struct out_stream *manifest; /* the new manifest, written as it comes */
	struct outfiles *files;
	int failed;
	size_t n[3];              /* changes counted */
	VEC(struct event) events; /* listed while at most CHANGES_MAX_LISTED */
	json_t *old_runs;         /* the runs of the old changes.json, or NULL */
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
hash_of(const char *s, struct line *l)
{
	unsigned long long a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;

	for (; *s; s++) {
		a = (a ^ (unsigned char)*s) * 0x100000001b3ULL;
		b = (b ^ (unsigned char)*s) * 0x1000193000001ULL;
	}
	l->k1 = a;
	l->k2 = b;
}

/* The next line of the old manifest, split into its fields (unescaped,
 * in *line; digest and csaf "" when the line has none): 1, or 0 at its
 * end.  A line that is not ours is skipped. */
static int
next_line(FILE *f, char **line, size_t *cap, char **key, char **updated, char **file, char **digest,
          char **csaf)
{
	ssize_t n;

	while ((n = getline(line, cap, f)) > 0) {
		char *p = *line, *t1, *t2, *t3, *t4 = NULL;
		if (p[n - 1] != '\n')
			return 0; /* cut short: not ours */
		p[n - 1] = '\0';
		if ((t1 = strchr(p, '\t')) == NULL || (t2 = strchr(t1 + 1, '\t')) == NULL)
			continue;
		*t1 = *t2 = '\0';
		if ((t3 = strchr(t2 + 1, '\t')) != NULL)
			*t3 = '\0';
		if (t3 != NULL && (t4 = strchr(t3 + 1, '\t')) != NULL)
			*t4 = '\0';
		*key = unescape(p);
		*updated = unescape(t1 + 1);
		*file = unescape(t2 + 1);
		*digest = t3 != NULL ? t3 + 1 : t2 + strlen(t2 + 1) + 1;
		*csaf = t4 != NULL ? unescape(t4 + 1) : *digest + strlen(*digest);
		return 1;
	}
	return 0;
}

static void
read_manifest(struct changes *c, const char *outdir)
{
	FILE *f;
	char *line = NULL, *key, *updated, *file, *digest, *csaf;
	size_t cap = 0;

	c->old_path = xasprintf("%s/%s", outdir, CHANGES_MANIFEST);
	if ((f = fopen(c->old_path, "r")) == NULL)
		return;
	while (next_line(f, &line, &cap, &key, &updated, &file, &digest, &csaf)) {
		struct line *l = VEC_PUSH(&c->old), u;
		hash_of(key, l);
		hash_of(updated, &u);
		l->upd = u.k1;
		hash_of(digest, &u);
		l->dig = *digest ? u.k1 | 1 : 0;
		hash_of(csaf, &u);
		l->csaf = *csaf ? u.k1 | 1 : 0;
	}
	free(line);
	fclose(f);
}

static void
read_runs(struct changes *c, const char *outdir)
{
	char *path = xasprintf("%s/changes.json", outdir);
	json_t *doc = json_load_file(path, 0, NULL);
	json_t *runs = json_object_get(doc, "runs");

	if (json_is_array(runs) &&
	    json_integer_value(json_object_get(doc, "schema_version")) == CHANGES_SCHEMA_VERSION)
		c->old_runs = json_incref(runs);
	json_decref(doc);
	free(path);
}

static int
by_key(const void *a, const void *b)
{
	const struct line *x = a, *y = b;

	if (x->k1 != y->k1)
		return x->k1 < y->k1 ? -1 : 1;
	return x->k2 < y->k2 ? -1 : x->k2 > y->k2;
}

/* key's line in the old manifest, or NULL. */
static struct line *
find_old(struct changes *c, const char *key)
{
	struct line want;

	hash_of(key, &want);
	return c->old.n > 0 ? bsearch(&want, c->old.v, c->old.n, sizeof *c->old.v, by_key) : NULL;
}

struct changes *
changes_begin(const char *outdir, struct outfiles *files, char *err, size_t errlen)
{
	struct changes *c = xcalloc(1, sizeof *c);

	read_manifest(c, outdir);
	read_runs(c, outdir);
	if (c->old.n > 1)
		qsort(c->old.v, c->old.n, sizeof *c->old.v, by_key);
	c->kept = xcalloc(c->old.n + 1, 1);
	c->files = files;
	if ((c->manifest = outfiles_stream(files, CHANGES_MANIFEST, OUT_TEXT, err, errlen)) ==
	    NULL) {
		changes_free(c);
		return NULL;
	}
	return c;
}

static void
note(struct changes *c, int what, const char *key, const char *updated, const char *file)
{
	struct event *e;

	if (c->n[0] + c->n[1] + c->n[2] < CHANGES_MAX_LISTED + 1) {
		e = VEC_PUSH(&c->events);
		*e = (struct event){ what, xstrdup(key), xstrdup(updated), xstrdup(file) };
	}
	c->n[what]++;
}

int
changes_same_digest(struct changes *c, const char *key, const char *digest)
{
	struct line *old = *digest ? find_old(c, key) : NULL, u;

	if (old == NULL || old->dig == 0)
		return 0;
	hash_of(digest, &u);
	return old->dig == (u.k1 | 1);
}

int
changes_same_csaf(struct changes *c, const char *key, const char *digest, const char *path)
{
	struct line *old, u;

	if (!changes_same_digest(c, key, digest) || (old = find_old(c, key))->csaf == 0)
		return 0;
	hash_of(path, &u);
	return old->csaf == (u.k1 | 1);
}

void
changes_add(struct changes *c, const char *key, const char *updated, const char *file,
            const char *digest, const char *csaf)
{
	struct line *old, u;
	struct buf b;

	buf_init(&b, 0);
	put_escaped(&b, key);
	buf_putc(&b, '\t');
	put_escaped(&b, updated);
	buf_putc(&b, '\t');
	put_escaped(&b, file);
	if (digest != NULL && *digest) {
		buf_putc(&b, '\t');
		put_escaped(&b, digest);
		if (csaf != NULL) {
			buf_putc(&b, '\t');
			put_escaped(&b, csaf);
		}
	}
	buf_putc(&b, '\n');
	if (outfiles_stream_write(c->manifest, b.data, b.len) < 0)
		c->failed = 1;
	buf_free(&b);
	if ((old = find_old(c, key)) == NULL) {
		note(c, 0, key, updated, file);
		return;
	}
	c->kept[old - c->old.v] = 1;
	hash_of(updated, &u);
	if (old->upd != u.k1)
		note(c, 1, key, updated, file);
}

static int
event_by_key(const void *a, const void *b)
{
	return strcmp(((const struct event *)a)->key, ((const struct event *)b)->key);
}

/* The old manifest's lines whose keys were not published again, read
 * from it a second time; listed by key. */
static void
withdrawn(struct changes *c)
{
	FILE *f;
	char *line = NULL, *key, *updated, *file, *digest, *csaf;
	size_t cap = 0, kept = 0, from = c->events.n;
	struct line *old;

	for (size_t i = 0; i < c->old.n; i++)
		kept += c->kept[i];
	if (kept == c->old.n || (f = fopen(c->old_path, "r")) == NULL)
		return;
	while (next_line(f, &line, &cap, &key, &updated, &file, &digest, &csaf))
		if ((old = find_old(c, key)) != NULL && !c->kept[old - c->old.v]) {
			note(c, 2, key, updated, file);
			c->kept[old - c->old.v] = 1; /* a key listed twice: once */
		}
	free(line);
	fclose(f);
	if (c->events.n - from > 1)
		qsort(c->events.v + from, c->events.n - from, sizeof *c->events.v, event_by_key);
}

/* This publish's run, or NULL when it changed nothing.  A run of more
 * than CHANGES_MAX_LISTED changes (a first publish of an archive) gives
 * only its counts, with complete false: fetch catalogue.json instead. */
static json_t *
compare(struct changes *c, const char *when)
{
	static const char *const names[3] = { "added", "updated", "withdrawn" };
	json_t *lists[3], *run, *counts;
	size_t total;
	int complete;

	withdrawn(c);
	total = c->n[0] + c->n[1] + c->n[2];
	if (total == 0)
		return NULL;
	complete = total <= CHANGES_MAX_LISTED;
	for (int k = 0; k < 3; k++)
		lists[k] = json_array();
	for (size_t i = 0; complete && i < c->events.n; i++) {
		const struct event *e = &c->events.v[i];
		json_array_append_new(lists[e->what],
		                      json_pack("{s:s, s:s, s:s}", "key", e->key, "updated",
		                                e->updated, "file", e->file));
	}
	run = json_pack("{s:s, s:b}", "published", when, "complete", complete);
	counts = json_object();
	for (int k = 0; k < 3; k++) {
		json_object_set_new(counts, names[k], json_integer((json_int_t)c->n[k]));
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
	json_array_foreach(c->old_runs, i, r)
	{
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
changes_end(struct changes *c, const struct feed_meta *m, struct outfiles *files, char *err,
            size_t errlen)
{
	char when[32], *text;
	json_t *doc;
	int rc = outfiles_stream_close(files, c->manifest, err, errlen);

	c->manifest = NULL;
	if (rc < 0)
		return -1;
	run_time(when);
	doc = json_pack("{s:i, s:{s:s, s:s, s:s, s:s}, s:o}", "schema_version",
	                CHANGES_SCHEMA_VERSION, "generated_from", "generator",
	                "hotfeed " HOTFEED_VERSION, "link", m->link, "feed_id", m->id, "updated",
	                m->updated, "runs", all_runs(c, compare(c, when)));
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
	if (c->manifest != NULL)
		outfiles_stream_close(c->files, c->manifest, NULL, 0);
	free(c->old_path);
	free(c->old.v);
	free(c->kept);
	for (size_t i = 0; i < c->events.n; i++) {
		free(c->events.v[i].key);
		free(c->events.v[i].updated);
		free(c->events.v[i].file);
	}
	free(c->events.v);
	json_decref(c->old_runs);
	free(c);
}
