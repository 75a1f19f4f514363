/*
 * catalogue_list.c — every bulletin as publish sees it: the latest revision's
 * model, the revision history with its changes, and the two feed dates.
 * Superseded bulletins (an id-less page that turned out to be a known
 * bulletin) are not listed.  Read in one read transaction (a consistent snapshot); no clock is
 * read, so an unchanged catalogue always lists the same.
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
load_model(struct catalogue *cat, struct cat_entry *e, const char *text)
{
	json_error_t jerr;
	char err[256];
	json_t *j = json_loads(text, 0, &jerr);
	int rc;

	if (j == NULL)
		return cat_fail(cat, "bulletin %s: stored model is not JSON: %s", e->key,
		                jerr.text);
	rc = bulletin_from_json(j, &e->model, err, sizeof err);
	json_decref(j);
	return rc < 0 ? cat_fail(cat, "bulletin %s: stored model: %s", e->key, err) : 0;
}

/* Fill e's revisions from one statement over the covering index (no
 * model, no change: catalogue_cursor_model() reads those), each with its
 * digest, computed by dq (CAT_REVISION_DIGEST_SQL) for a row stored
 * without one; *rev the row id of the latest (its model is the
 * bulletin's). */
static int
load_revisions(struct catalogue *cat, sqlite3_stmt *rq, sqlite3_stmt *dq, long long bid,
               struct cat_entry *e, long long *rev)
{
	int rc;

	sqlite3_reset(rq);
	sqlite3_bind_int64(rq, 1, bid);
	*rev = 0;
	while ((rc = sqlite3_step(rq)) == SQLITE_ROW) {
		struct revision *r = VEC_PUSH(&e->revisions);
		const unsigned char *d = sqlite3_column_text(rq, 4);
		char buf[32];

		r->number = sqlite3_column_int(rq, 1);
		cat_time_utc((time_t)sqlite3_column_int64(rq, 2), buf);
		r->seen = xstrdup(buf);
		r->updated = cat_column_dup(rq, 3);
		*rev = sqlite3_column_int64(rq, 0);
		if (d == NULL || sqlite3_column_bytes(rq, 4) != 64) {
			sqlite3_reset(dq);
			sqlite3_bind_int64(dq, 1, *rev);
			if (sqlite3_step(dq) != SQLITE_ROW ||
			    (d = sqlite3_column_text(dq, 0)) == NULL)
				return cat_dberr(cat, "computing a revision's digest");
		}
		memcpy(r->digest, d, 64);
		r->digest[64] = '\0';
	}
	if (rc != SQLITE_DONE)
		return cat_dberr(cat, "reading revisions");
	return *rev ? 0 : cat_fail(cat, "bulletin %s has no revision", e->key);
}

/* Attach e's changes (catalogue_cursor_model): each row a change of the
 * revision numbered in column 0, in order. */
static int
load_changes(struct catalogue *cat, sqlite3_stmt *q, long long bid, struct cat_entry *e)
{
	size_t k = 0;
	int rc;

	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, bid);
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		int number = sqlite3_column_int(q, 0);
		struct change *c;

		while (k < e->revisions.n && e->revisions.v[k].number != number)
			k++;
		if (k == e->revisions.n)
			return cat_fail(cat, "bulletin %s: a change of no revision", e->key);
		c = VEC_PUSH(&e->revisions.v[k].changes);
		c->field = cat_column_dup(q, 1);
		c->old_value = cat_column_dup(q, 2);
		c->new_value = cat_column_dup(q, 3);
	}
	return rc == SQLITE_DONE ? 0 : cat_dberr(cat, "reading changes");
}

#define NCURSOR_SQL 6

/* One bulletin of the order: what sorting and counting need, no model. */
struct cat_order {
	long long id;
	char *key;
	char updated[32];
	char kind;            /* 'a'lert, 'n'otice, 'o'ther */
	signed char severity; /* its latest revision's level, 0 none */
};

struct cat_cursor {
	struct catalogue *cat;
	sqlite3_stmt *q[NCURSOR_SQL];
	struct cat_order *v;
	size_t n, next;
	long long id;  /* the bulletin of the entry last returned */
	long long rev; /* its latest revision */
	struct cat_cursor_counts counts;
};

static const char *const cursor_sql[NCURSOR_SQL] = {
	/* every revision's dates, no model: the order (see the top) */
	"SELECT b.id, b.key, b.published, b.kind, r.number, r.seen, r.updated, r.severity"
	" FROM bulletins b JOIN revisions r INDEXED BY revisions_order ON r.bulletin = b.id"
	" WHERE b.superseded_by IS NULL ORDER BY b.id, r.number",
	/* a bulletin's revisions, from the index alone */
	"SELECT r.id, r.number, r.seen, r.updated, r.digest FROM revisions r"
	" INDEXED BY revisions_order WHERE r.bulletin = ?1 ORDER BY r.number",
	"SELECT published FROM bulletins WHERE id = ?1",
	/* read only when the entry is rendered */
	"SELECT model FROM revisions WHERE id = ?1",
	"SELECT r.number, c.field, c.old_value, c.new_value FROM revisions r"
	" INDEXED BY revisions_order JOIN changes c ON c.revision = r.id"
	" WHERE r.bulletin = ?1 ORDER BY r.number, c.seq",
	/* a revision stored without its digest (by another tool) */
	"SELECT " CAT_REVISION_DIGEST_SQL " FROM revisions r WHERE r.id = ?1",
};

static int
newest_first(const void *a, const void *b)
{
	const struct cat_order *x = a, *y = b;
	int c = strcmp(y->updated, x->updated);

	return c ? c : strcmp(x->key, y->key);
}

/* The updated date of a revision (number > 1: prev its predecessor's
 * 更新日), given the previous revision's updated (see the top). */
static void
revision_updated(int number, const char *day, const char *prev_day, time_t seen,
                 const char *prev_updated, char out[32])
{
	char cand[32];

	if (number == 1 || prev_updated[0] == '\0') {
		if (cat_day_jst(day, out) < 0)
			snprintf(out, 32, "%s", prev_updated); /* published */
		return;
	}
	if (cat_day_jst(day, cand) < 0 || (prev_day && strcmp(day, prev_day) <= 0))
		cat_time_jst(seen, cand);
	snprintf(out, 32, "%s", strcmp(cand, prev_updated) > 0 ? cand : prev_updated);
}

/* The order: one row per revision, bulletins in id order, folded into one
 * record per bulletin with its updated date, then sorted newest first. */
static int
read_order(struct cat_cursor *c)
{
	VEC(struct cat_order) v = { 0 };
	sqlite3_stmt *q = c->q[0];
	struct cat_order *o = NULL;
	char *prev_day = NULL;
	int rc;

	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *day = (const char *)sqlite3_column_text(q, 6);
		char buf[32];

		if (o == NULL || o->id != sqlite3_column_int64(q, 0)) {
			const char *kind = (const char *)sqlite3_column_text(q, 3);
			o = VEC_PUSH(&v);
			o->id = sqlite3_column_int64(q, 0);
			o->key = cat_column_dup(q, 1);
			o->kind = kind ? kind[0] : 'o';
			snprintf(o->updated, sizeof o->updated, "%s",
			         (const char *)sqlite3_column_text(q, 2));
			revision_updated(1, day, NULL, 0, o->updated, buf);
		} else {
			revision_updated(2, day, prev_day, (time_t)sqlite3_column_int64(q, 5),
			                 o->updated, buf);
		}
		memcpy(o->updated, buf, sizeof buf);
		o->severity = (signed char)sqlite3_column_int(q, 7);
		free(prev_day);
		prev_day = cat_column_dup(q, 6);
	}
	free(prev_day);
	c->v = v.v;
	c->n = v.n;
	if (rc != SQLITE_DONE)
		return cat_dberr(c->cat, "reading bulletins");
	if (c->n > 1)
		qsort(c->v, c->n, sizeof *c->v, newest_first);
	return 0;
}

static void
count_order(struct cat_cursor *c)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct cat_order *o = &c->v[i];
		if (i == 0)
			memcpy(c->counts.newest, o->updated, sizeof c->counts.newest);
		if (o->kind == 'o') {
			c->counts.other++;
			continue;
		}
		if (c->counts.bulletins++ == 0)
			memcpy(c->counts.newest_bulletin, o->updated,
			       sizeof c->counts.newest_bulletin);
		c->counts.severity[o->severity >= 1 && o->severity <= 4 ? o->severity : 0]++;
	}
}

struct cat_cursor *
catalogue_cursor_open(struct catalogue *cat)
{
	struct cat_cursor *c = xcalloc(1, sizeof *c);

	c->cat = cat;
	if (cat_exec(cat, "BEGIN") < 0) {
		free(c);
		return NULL;
	}
	for (int i = 0; i < NCURSOR_SQL; i++)
		if (cat_prepare(cat, &c->q[i], cursor_sql[i]) < 0)
			goto fail;
	if (read_order(c) < 0)
		goto fail;
	count_order(c);
	return c;
fail:
	catalogue_cursor_close(c);
	return NULL;
}

const struct cat_cursor_counts *
catalogue_cursor_counts(const struct cat_cursor *c)
{
	return &c->counts;
}

size_t
catalogue_cursor_size(const struct cat_cursor *c)
{
	return c->n;
}

void
catalogue_cursor_order(const struct cat_cursor *c, size_t i, const char **updated, int *bulletin)
{
	*updated = c->v[i].updated;
	*bulletin = c->v[i].kind != 'o';
}

void
cat_entry_free(struct cat_entry *e)
{
	free(e->key);
	free(e->published);
	free(e->updated);
	bulletin_free(&e->model);
	for (size_t j = 0; j < e->revisions.n; j++)
		revision_free(&e->revisions.v[j]);
	free(e->revisions.v);
	memset(e, 0, sizeof *e);
	bulletin_init(&e->model);
}

int
catalogue_cursor_next(struct cat_cursor *c, struct cat_entry *e, long long *revision)
{
	const struct cat_order *o;
	sqlite3_stmt *q = c->q[2];
	int rc;

	cat_entry_free(e);
	if (c->next >= c->n)
		return 0;
	o = &c->v[c->next++];
	e->key = xstrdup(o->key);
	e->updated = xstrdup(o->updated);
	c->id = o->id;
	if (load_revisions(c->cat, c->q[1], c->q[5], o->id, e, &c->rev) < 0)
		return -1;
	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, o->id);
	if ((rc = sqlite3_step(q)) != SQLITE_ROW)
		return rc == SQLITE_DONE ? cat_fail(c->cat, "bulletin %s is gone", o->key)
		                         : cat_dberr(c->cat, "reading bulletins");
	e->published = cat_column_dup(q, 0);
	e->model.kind = o->kind == 'a'   ? BULLETIN_ALERT
	                : o->kind == 'n' ? BULLETIN_NOTICE
	                                 : BULLETIN_OTHER;
	if (revision != NULL)
		*revision = c->rev;
	return 1;
}

int
catalogue_cursor_model(struct cat_cursor *c, struct cat_entry *e)
{
	sqlite3_stmt *q = c->q[3];
	int rc;

	if (e->model_loaded)
		return 0;
	if (load_changes(c->cat, c->q[4], c->id, e) < 0)
		return -1;
	sqlite3_reset(q);
	sqlite3_bind_int64(q, 1, c->rev);
	if ((rc = sqlite3_step(q)) != SQLITE_ROW)
		return rc == SQLITE_DONE
		               ? cat_fail(c->cat, "bulletin %s: its revision is gone", e->key)
		               : cat_dberr(c->cat, "reading a model");
	rc = load_model(c->cat, e, (const char *)sqlite3_column_text(q, 0));
	sqlite3_reset(q);
	e->model_loaded = rc == 0;
	return rc;
}

void
catalogue_cursor_close(struct cat_cursor *c)
{
	if (c == NULL)
		return;
	for (int i = 0; i < NCURSOR_SQL; i++)
		sqlite3_finalize(c->q[i]);
	for (size_t i = 0; i < c->n; i++)
		free(c->v[i].key);
	free(c->v);
	cat_rollback(c->cat);
	free(c);
}

int
catalogue_list(struct catalogue *cat, struct cat_entry **out, size_t *n)
{
	struct cat_cursor *c = catalogue_cursor_open(cat);
	VEC(struct cat_entry) v = { 0 };
	int rc = -1;

	*out = NULL;
	*n = 0;
	if (c == NULL)
		return -1;
	for (;;) {
		struct cat_entry *e = VEC_PUSH(&v);
		bulletin_init(&e->model);
		rc = catalogue_cursor_next(c, e, NULL);
		if (rc > 0 && catalogue_cursor_model(c, e) < 0)
			rc = -1;
		if (rc <= 0) {
			cat_entry_free(e);
			v.n--;
			break;
		}
	}
	catalogue_cursor_close(c);
	if (rc < 0) {
		cat_entries_free(v.v, v.n);
		return -1;
	}
	*out = v.v;
	*n = v.n;
	return 0;
}

/* What the fingerprint reads: everything catalogue_list() returns depends
 * on these rows (revisions and changes are only ever inserted, so their
 * ids and numbers stand for their content, and each revision's digest
 * holds its model and changes).  The revisions come from the covering
 * index, not the table (a page or more per revision, for its model). */
static const char *const fingerprint_sql[] = {
	"SELECT id, key, published FROM bulletins WHERE superseded_by IS NULL ORDER BY id",
	"SELECT id, bulletin, number, seen, updated, digest FROM revisions"
	" INDEXED BY revisions_order ORDER BY bulletin, number",
	"SELECT count(*), max(rowid) FROM changes",
};

int
catalogue_fingerprint(struct catalogue *cat, char hex[65])
{
	struct sha256 h;
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
	sha256_final_hex(&h, hex);
	return 0;
}
