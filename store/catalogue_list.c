/*
 * catalogue_list.c — every bulletin as publish sees it: the latest revision's
 * model, the revision history with its changes, and the two feed dates.
 * Superseded bulletins (an id-less page that turned out to be a known
 * bulletin) are not listed.  Read in one read transaction (a consistent snapshot); no clock is read, so
 * an unchanged catalogue always lists the same.
 *
 * Dates (RFC 3339, +09:00: the source site's time zone):
 *   published  登録日 of the first revision that has one; until one has,
 *              the first-seen time.  Never moves otherwise.
 *   updated    revision 1: its 更新日, else published.  Revision n: when its
 *              更新日 is later than revision n-1's, the page dated the change:
 *              that day; otherwise the change is undated (a reparse, an edit
 *              without a new 更新日): the time revision n was seen.  Never
 *              earlier than the previous revision's updated.
 */
#include "store/catalogue_impl.h"
#include "core/bulletin_json.h"
#include "core/sha256.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
revision_free(struct revision *r)
{
	for (size_t i = 0; i < r->changes.n; i++) {
		free(r->changes.v[i].field);
		free(r->changes.v[i].old_value);
		free(r->changes.v[i].new_value);
	}
	free(r->changes.v);
	free(r->seen);
	free(r->updated);
}

void
cat_entries_free(struct cat_entry *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].key);
		free(v[i].published);
		free(v[i].updated);
		bulletin_free(&v[i].model);
		for (size_t j = 0; j < v[i].revisions.n; j++)
			revision_free(&v[i].revisions.v[j]);
		free(v[i].revisions.v);
	}
	free(v);
}

static int
load_changes(struct catalogue *cat, sqlite3_stmt *q, long long rev, struct revision *r)
{
	int rc;

	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, rev);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		struct change *c = VEC_PUSH(&r->changes);

		c->field = cat_column_dup(q, 0);
		c->old_value = cat_column_dup(q, 1);
		c->new_value = cat_column_dup(q, 2);
	}
	return rc == SQLITE_DONE ? 0 : cat_dberr(cat, "reading changes");
}

/* The updated date of revision r, given the previous one's (see the top). */
static void
revision_updated(const struct revision *r, const struct revision *prev, time_t seen,
                 const char *prev_updated, char out[32])
{
	char cand[32];

	if (prev == NULL) {
		if (cat_day_jst(r->updated, out) < 0)
			snprintf(out, 32, "%s", prev_updated);   /* published */
		return;
	}
	if (cat_day_jst(r->updated, cand) < 0 ||
	    (prev->updated && strcmp(r->updated, prev->updated) <= 0))
		cat_time_jst(seen, cand);
	snprintf(out, 32, "%s", strcmp(cand, prev_updated) > 0 ? cand : prev_updated);
}

static int
load_model(struct catalogue *cat, struct cat_entry *e, const char *text)
{
	json_error_t jerr;
	char err[256];
	json_t *j = json_loads(text, 0, &jerr);
	int rc;

	if (j == NULL)
		return cat_fail(cat, "bulletin %s: stored model is not JSON: %s", e->key, jerr.text);
	rc = bulletin_from_json(j, &e->model, err, sizeof err);
	json_decref(j);
	return rc < 0 ? cat_fail(cat, "bulletin %s: stored model: %s", e->key, err) : 0;
}

/* Fill e's revisions, model and updated from its stored revisions. */
static int
load_revisions(struct catalogue *cat, sqlite3_stmt *rq, sqlite3_stmt *cq,
               long long bid, struct cat_entry *e)
{
	char updated[32];
	char *model = NULL;
	int rc;

	snprintf(updated, sizeof updated, "%s", e->published);
	sqlite3_reset(rq);
	sqlite3_bind_int64(rq, 1, bid);
	while ((rc = sqlite3_step(rq)) == SQLITE_ROW) {
		struct revision *r = VEC_PUSH(&e->revisions);
		struct revision *prev = e->revisions.n > 1 ? r - 1 : NULL;
		time_t seen = (time_t)sqlite3_column_int64(rq, 2);
		char buf[32];

		r->number = sqlite3_column_int(rq, 1);
		cat_time_utc(seen, buf);
		r->seen = xstrdup(buf);
		r->updated = cat_column_dup(rq, 3);
		revision_updated(r, prev, seen, updated, buf);
		memcpy(updated, buf, sizeof updated);
		free(model);
		model = cat_column_dup(rq, 4);
		if (load_changes(cat, cq, sqlite3_column_int64(rq, 0), r) < 0) {
			free(model);
			return -1;
		}
	}
	if (rc != SQLITE_DONE) {
		free(model);
		return cat_dberr(cat, "reading revisions");
	}
	e->updated = xstrdup(updated);
	rc = model ? load_model(cat, e, model) : cat_fail(cat, "bulletin %s has no revision", e->key);
	free(model);
	return rc;
}

static int
newest_first(const void *a, const void *b)
{
	const struct cat_entry *x = a, *y = b;
	int c = strcmp(y->updated, x->updated);

	return c ? c : strcmp(x->key, y->key);
}

static const char *const list_sql[] = {
	"SELECT id, key, published FROM bulletins WHERE superseded_by IS NULL ORDER BY id",
	"SELECT id, number, seen, updated, model FROM revisions WHERE bulletin = ?1"
	" ORDER BY number",
	"SELECT field, old_value, new_value FROM changes WHERE revision = ?1 ORDER BY seq",
};

static int
list_locked(struct catalogue *cat, sqlite3_stmt *q[3], struct cat_entry **out, size_t *n)
{
	VEC(struct cat_entry) v = { 0 };
	int rc;

	while ((rc = sqlite3_step(q[0])) == SQLITE_ROW) {
		struct cat_entry *e = VEC_PUSH(&v);

		bulletin_init(&e->model);
		e->key = cat_column_dup(q[0], 1);
		e->published = cat_column_dup(q[0], 2);
		if (load_revisions(cat, q[1], q[2], sqlite3_column_int64(q[0], 0), e) < 0) {
			cat_entries_free(v.v, v.n);
			return -1;
		}
	}
	if (rc != SQLITE_DONE) {
		cat_entries_free(v.v, v.n);
		return cat_dberr(cat, "reading bulletins");
	}
	if (v.n > 1)
		qsort(v.v, v.n, sizeof *v.v, newest_first);
	*out = v.v;
	*n = v.n;
	return 0;
}

int
catalogue_list(struct catalogue *cat, struct cat_entry **out, size_t *n)
{
	sqlite3_stmt *q[3] = { NULL, NULL, NULL };
	int rc = -1;

	*out = NULL;
	*n = 0;
	if (cat_exec(cat, "BEGIN") < 0)
		return -1;
	for (int i = 0; i < 3; i++)
		if (cat_prepare(cat, &q[i], list_sql[i]) < 0)
			goto out;
	rc = list_locked(cat, q, out, n);
out:
	for (int i = 0; i < 3; i++)
		sqlite3_finalize(q[i]);
	cat_rollback(cat);
	return rc;
}

/* What the fingerprint reads: everything catalogue_list() returns depends
 * on these rows (revisions and changes are only ever inserted, so their
 * ids and numbers stand for their content). */
static const char *const fingerprint_sql[] = {
	"SELECT id, key, published FROM bulletins WHERE superseded_by IS NULL ORDER BY id",
	"SELECT id, bulletin, number, seen, updated FROM revisions ORDER BY id",
	"SELECT count(*), max(rowid) FROM changes",
};

int
catalogue_fingerprint(struct catalogue *cat, char hex[65])
{
	struct sha256 h;
	unsigned char d[32];
	int rc = 0;

	sha256_init(&h);
	if (cat_exec(cat, "BEGIN") < 0)
		return -1;
	for (size_t i = 0; i < sizeof fingerprint_sql / sizeof *fingerprint_sql && rc == 0; i++) {
		sqlite3_stmt *q;
		int step;

		if (cat_prepare(cat, &q, fingerprint_sql[i]) < 0) {
			rc = -1;
			break;
		}
		while ((step = sqlite3_step(q)) == SQLITE_ROW) {
			for (int c = 0; c < sqlite3_column_count(q); c++) {
				const unsigned char *t = sqlite3_column_text(q, c);
				/* each value with its length: no two row sets hash alike */
				size_t len = t ? (size_t)sqlite3_column_bytes(q, c) : 0;
				unsigned char tag[9] = { t ? 1 : 0 };
				for (int k = 0; k < 8; k++)
					tag[1 + k] = (unsigned char)(len >> (8 * k));
				sha256_update(&h, tag, sizeof tag);
				if (len)
					sha256_update(&h, t, len);
			}
			sha256_update(&h, "\n", 1);
		}
		sqlite3_finalize(q);
		if (step != SQLITE_DONE)
			rc = cat_dberr(cat, "reading the catalogue");
		sha256_update(&h, "\f", 1);
	}
	cat_rollback(cat);
	if (rc < 0)
		return -1;
	sha256_final(&h, d);
	for (int i = 0; i < 32; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	return 0;
}
