/*
 * catalogue_store.c — storing one page and its extracted model: identity,
 * the unchanged/updated decision, the regression guard, revisions and their
 * changes.  Everything a call writes happens in one BEGIN IMMEDIATE
 * transaction; any failure rolls all of it back.
 *
 *   same bytes as the URL's latest page  -> nothing written (the status the
 *                                          page had is reported again)
 *   parse failed                          -> raw page stored, FAILED
 *   guarded fields lost vs last revision  -> raw page stored, REGRESSION
 *   no bulletin with this key             -> bulletin + revision 1, NEW
 *   content equal after normalization     -> raw page stored, UNCHANGED
 *   older 更新日, or another URL's copy
 *   without a later 更新日 (unless the
 *   revision's page ended early and this
 *   one did not)                          -> raw page stored, UNCHANGED
 *   otherwise                             -> revision n+1 + changes, UPDATED
 *
 * An id-less page is keyed by its URL.  When the same URL later yields an id
 * (a parser upgrade, a fixed page), the URL-keyed bulletin takes that id as
 * its key (a new revision), or, when a bulletin with that id already exists,
 * is marked superseded by it (and no longer listed).
 */
#include "store/catalogue_impl.h"
#include "core/bulletin_json.h"
#include "core/limits.h"
#include "core/sha256.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The bulletin a new extraction is compared with. */
struct base {
	long long id; /* bulletins.id; 0 = none */
	int by_key;   /* found under the new key (else: via the URL) */
	int rekey;    /* an id-less bulletin of this URL that now has an id */
	char *key;
	int number;             /* latest revision number */
	char *text;             /* latest revision's model */
	struct cat_model model; /* its members */
	char *updated;          /* its 更新日, or NULL */
	char *url;              /* the URL of the page it came from */
};

/* Everything one cat_store() call works with. */
struct store {
	struct catalogue *cat;
	const struct page *pg;
	long long page_id; /* > 0: page already stored (reparse) */
	char sha[65];
	const char *key;
	int has_model;          /* a new extraction, to be stored: */
	struct cat_model model; /* its members, */
	const char *text;       /* in its canonical text (stored as is) */
	size_t textlen;
	const struct bulletin *b;
	char *diags; /* b's diagnostics as JSON text, or NULL (not parsed) */
	struct ingest_result *res;
	/* a parser's answer is read in part (read_answer) until it is stored
	 * as a revision: then whole, and a rejection makes the page failed */
	int whole;        /* text read whole (or made here) */
	char reject[300]; /* why the answer was rejected */
};

/* store_locked(): the answer was rejected, the page is to be stored failed. */
#define REJECTED (-2)

static void set_message(struct ingest_result *res, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
set_message(struct ingest_result *res, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(res->message, sizeof res->message, fmt, ap);
	va_end(ap);
}

static void
set_key(struct ingest_result *res, const char *key)
{
	snprintf(res->key, sizeof res->key, "%s", key ? key : "");
}

/* Run a prepared statement that returns no rows, and finalize it. */
static int
step_done(struct catalogue *cat, sqlite3_stmt *q, const char *what)
{
	int rc = sqlite3_step(q) == SQLITE_DONE ? 0 : cat_dberr(cat, what);

	cat_release(cat, q);
	return rc;
}

static enum ingest_status
status_from_name(const char *s)
{
	for (int i = INGEST_NEW; i <= INGEST_FAILED; i++)
		if (streq(s, catalogue_ingest_status_name(i)))
			return i;
	return INGEST_UNCHANGED;
}

/* The stored diagnostics of a page (JSON text or NULL) into l; the column
 * is checked json_valid, and a malformed entry ends the list there. */
static void
load_diags(const char *text, diag_list *l)
{
	char err[256];
	json_t *a = text ? json_loads(text, 0, NULL) : NULL;

	if (a != NULL)
		(void)diag_list_from_json(a, l, err, sizeof err);
	json_decref(a);
}

/*
 * Is body the URL's latest stored page?  1 yes (res gets the status that
 * page had: a failure or regression is reported again, anything else is
 * "unchanged"), 0 no, -1 error.
 */
static int
same_as_latest(struct store *s)
{
	sqlite3_stmt *q;
	int rc, same = 0;

	if (cat_keep(s->cat, &q,
	             "SELECT p.sha256, p.status, p.message, p.encoding,"
	             " coalesce((SELECT b.key FROM revisions r JOIN bulletins b"
	             "  ON b.id = r.bulletin JOIN pages p2 ON p2.id = r.page"
	             "  WHERE p2.url = p.url ORDER BY r.id DESC LIMIT 1), p.key),"
	             " p.diagnostics"
	             " FROM pages p WHERE p.url = ?1 ORDER BY p.id DESC LIMIT 1") < 0)
		return -1;
	cat_bind_text(q, 1, s->pg->url);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW && streq((const char *)sqlite3_column_text(q, 0), s->sha)) {
		enum ingest_status st = status_from_name((const char *)sqlite3_column_text(q, 1));
		const char *msg = (const char *)sqlite3_column_text(q, 2);

		same = 1;
		s->res->status =
			st == INGEST_FAILED || st == INGEST_REGRESSION ? st : INGEST_UNCHANGED;
		if (s->res->status != INGEST_UNCHANGED && msg)
			set_message(s->res, "%s", msg);
		set_key(s->res, (const char *)sqlite3_column_text(q, 4));
		if (sqlite3_column_text(q, 3))
			snprintf(s->res->encoding, sizeof s->res->encoding, "%s",
			         (const char *)sqlite3_column_text(q, 3));
		load_diags((const char *)sqlite3_column_text(q, 5), &s->res->diags);
	}
	cat_release(s->cat, q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return cat_dberr(s->cat, "looking up the page");
	return same;
}

/*
 * Raw pages kept per URL: those a revision came from, and the latest.  An
 * older page no revision refers to (an unchanged re-fetch, a failure since
 * superseded) says nothing the newer one does not, so a page with a
 * rotating banner cannot grow the file on every run.
 */
static int
prune_pages(struct store *s)
{
	sqlite3_stmt *q;

	if (cat_keep(s->cat, &q,
	             "DELETE FROM pages WHERE url = ?1 AND id < ?2"
	             " AND NOT EXISTS (SELECT 1 FROM revisions WHERE page = pages.id)") < 0)
		return -1;
	cat_bind_text(q, 1, s->pg->url);
	sqlite3_bind_int64(q, 2, s->page_id);
	return step_done(s->cat, q, "pruning old pages");
}

/* Reparse: the page's diagnostics, when this parser's differ. */
static int
put_diags(struct store *s)
{
	sqlite3_stmt *q;

	if (cat_keep(s->cat, &q,
	             "UPDATE pages SET diagnostics = ?2"
	             " WHERE id = ?1 AND diagnostics IS NOT ?2") < 0)
		return -1;
	sqlite3_bind_int64(q, 1, s->page_id);
	cat_bind_text(q, 2, s->diags);
	return step_done(s->cat, q, "storing the diagnostics");
}

/* Insert the raw page (or, for reparse, record its new status). */
static int
put_page(struct store *s)
{
	const char *msg = s->res->message[0] ? s->res->message : NULL;
	const char *enc = s->res->encoding[0] ? s->res->encoding : NULL;
	sqlite3_stmt *q;

	if (s->page_id > 0) {
		/* reparse: record only a problem that appeared or went away,
		 * so that a reparse that changes nothing writes nothing */
		if (cat_keep(s->cat, &q,
		             "UPDATE pages SET status = ?2, message = ?3,"
		             " encoding = coalesce(?4, encoding) WHERE id = ?1"
		             " AND (status IN ('failed', 'regression')"
		             "      OR ?2 IN ('failed', 'regression'))"
		             " AND (status IS NOT ?2 OR message IS NOT ?3)") < 0)
			return -1;
		sqlite3_bind_int64(q, 1, s->page_id);
	} else {
		if (cat_keep(s->cat, &q,
		             "INSERT INTO pages (status, message, encoding,"
		             " url, sha256, body, headers, charset, seen, key, diagnostics)"
		             " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)") < 0)
			return -1;
		cat_bind_text(q, 11, s->res->key[0] ? s->res->key : NULL);
		cat_bind_text(q, 5, s->pg->url);
		cat_bind_text(q, 6, s->sha);
		/* the bytes are in blobs, by sha256 (catalogue_blob.c) */
		if (cat_blob_put(s->cat, s->sha, s->pg->body, s->pg->len) < 0) {
			cat_release(s->cat, q);
			return -1;
		}
		sqlite3_bind_zeroblob(q, 7, 0);
		cat_bind_text(q, 8, s->pg->headers);
		cat_bind_text(q, 9, s->pg->charset);
		sqlite3_bind_int64(q, 10, (sqlite3_int64)s->pg->seen);
	}
	cat_bind_text(q, 2, catalogue_ingest_status_name(s->res->status));
	cat_bind_text(q, 3, msg);
	cat_bind_text(q, 4, enc);
	if (s->page_id <= 0)
		cat_bind_text(q, 12, s->diags);
	if (step_done(s->cat, q, "storing the page") < 0)
		return -1;
	if (s->page_id > 0)
		return put_diags(s);
	s->page_id = sqlite3_last_insert_rowid(s->cat->db);
	return prune_pages(s);
}

static void
base_free(struct base *b)
{
	free(b->key);
	free(b->updated);
	free(b->url);
	cat_model_free(&b->model);
	free(b->text);
	memset(b, 0, sizeof *b);
}

/* Load bulletin + latest revision selected by sql (bound texts ?1..?n). */
static int
load_base_args(struct store *s, const char *sql, const char *const *args, int n, struct base *b)
{
	sqlite3_stmt *q;
	int rc, bad = 0;

	if (cat_keep(s->cat, &q, sql) < 0)
		return -1;
	for (int i = 0; i < n; i++)
		cat_bind_text(q, i + 1, args[i]);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		b->id = sqlite3_column_int64(q, 0);
		b->key = cat_column_dup(q, 1);
		b->number = sqlite3_column_int(q, 2);
		b->text = cat_column_dup(q, 3);
		bad = b->text == NULL ||
		      cat_model_read(&b->model, b->text, (size_t)sqlite3_column_bytes(q, 3)) < 0;
		b->updated = cat_column_dup(q, 4);
		b->url = cat_column_dup(q, 5);
	}
	cat_release(s->cat, q);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return cat_dberr(s->cat, "looking up the bulletin");
	if (b->id && bad) {
		cat_fail(s->cat, "bulletin %s: stored model is not JSON", b->key);
		base_free(b);
		return -1;
	}
	return 0;
}

static int
load_base(struct store *s, const char *sql, const char *arg, struct base *b)
{
	return load_base_args(s, sql, &arg, 1, b);
}

/*
 * An alert is keyed by its MS id; every other page by its URL: a notice
 * about one patch carries that patch's id, and must not become a revision
 * of the patch's alert.
 */
static int
keyed_by_id(const struct bulletin *b)
{
	return b->kind == BULLETIN_ALERT && b->id != NULL && b->id[0] != '\0';
}

/*
 * A page with no MS id (a notice, a tip) is keyed by its URL, so the same
 * page at a second URL (a mirror, a copy in another encoding) would be a
 * second item in every feed.  A known id-less bulletin of the same kind,
 * title and 登録日 is taken to be the same document.
 */
static int
find_copy(struct store *s, struct base *b)
{
	const char *args[3] = { bulletin_kind_name(s->b->kind), s->b->title, s->b->registered };

	if (keyed_by_id(s->b) || args[1] == NULL || args[2] == NULL)
		return 0;
	if (load_base_args(s, CAT_FIND_COPY_SQL, args, 3, b) < 0)
		return -1;
	if (b->id)
		b->by_key = 1;
	return 0;
}

/*
 * The bulletin to compare with: the one under the new key; or, when the new
 * extraction has no id, the one this URL last produced (an id that vanished
 * is a regression, not a new bulletin keyed by URL).
 */
static int
find_base(struct store *s, struct base *b)
{
	memset(b, 0, sizeof *b);
	if (load_base(s,
	              "SELECT b.id, b.key, r.number, r.model, r.updated, p.url"
	              " FROM bulletins b JOIN revisions r ON r.bulletin = b.id"
	              " JOIN pages p ON p.id = r.page WHERE b.key = ?1"
	              " ORDER BY r.number DESC LIMIT 1",
	              s->key, b) < 0)
		return -1;
	if (b->id) {
		b->by_key = 1;
		return 0;
	}
	if (load_base(s,
	              "SELECT b.id, b.key, r2.number, r2.model, r2.updated, p2.url"
	              " FROM revisions r JOIN pages p ON p.id = r.page"
	              " JOIN bulletins b ON b.id = r.bulletin"
	              " JOIN revisions r2 ON r2.bulletin = b.id JOIN pages p2 ON p2.id = r2.page"
	              " WHERE p.url = ?1 AND b.superseded_by IS NULL"
	              " ORDER BY r.id DESC, r2.number DESC LIMIT 1",
	              s->pg->url, b) < 0)
		return -1;
	if (b->id && keyed_by_id(s->b)) {
		if (!streq(b->key, s->pg->url)) {
			base_free(b); /* this URL now holds another bulletin: new */
			return 0;
		}
		b->rekey = 1;
	}
	if (b->id == 0)
		return find_copy(s, b);
	return 0;
}

/* The bulletin with the new id exists: retire this URL's id-less one. */
static int
supersede_url_bulletin(struct store *s, long long by)
{
	sqlite3_stmt *q;

	if (cat_keep(s->cat, &q,
	             "UPDATE bulletins SET superseded_by = ?1"
	             " WHERE key = ?2 AND superseded_by IS NULL AND id <> ?1") < 0)
		return -1;
	sqlite3_bind_int64(q, 1, by);
	cat_bind_text(q, 2, s->pg->url);
	return step_done(s->cat, q, "superseding the id-less bulletin");
}

/* The id-less bulletin of this URL takes its new id as key. */
static int
rekey(struct store *s, struct base *b)
{
	sqlite3_stmt *q;

	if (cat_keep(s->cat, &q, "UPDATE bulletins SET key = ?1, kind = ?2 WHERE id = ?3") < 0)
		return -1;
	cat_bind_text(q, 1, s->key);
	cat_bind_text(q, 2, bulletin_kind_name(s->b->kind));
	sqlite3_bind_int64(q, 3, b->id);
	if (step_done(s->cat, q, "re-keying the bulletin") < 0)
		return -1;
	free(b->key);
	b->key = xstrdup(s->key);
	return 0;
}

static int
put_revision(struct store *s, long long bulletin, int number, time_t seen,
             const struct cat_changes *ch, long long *rev_id)
{
	sqlite3_stmt *q;
	char digest[65];
	int rc;

	if (cat_keep(s->cat, &q,
	             "INSERT INTO revisions (bulletin, number, seen, updated,"
	             " model, page, model_id, title, registered, severity, digest)"
	             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)") < 0)
		return -1;
	cat_revision_digest(s->text, s->textlen, ch, digest);
	sqlite3_bind_text(q, 11, digest, 64, SQLITE_TRANSIENT);
	sqlite3_bind_int64(q, 1, bulletin);
	sqlite3_bind_int(q, 2, number);
	sqlite3_bind_int64(q, 3, (sqlite3_int64)seen);
	cat_bind_text(q, 4, s->b->updated);
	sqlite3_bind_text(q, 5, s->text, (int)s->textlen, SQLITE_STATIC);
	sqlite3_bind_int64(q, 6, s->page_id);
	cat_bind_text(q, 7, s->b->id);
	cat_bind_text(q, 8, s->b->title);
	cat_bind_text(q, 9, s->b->registered);
	if (severity_label(s->b->severity) != NULL)
		sqlite3_bind_int(q, 10, s->b->severity);
	else
		sqlite3_bind_null(q, 10); /* a kept statement keeps its bindings */
	rc = step_done(s->cat, q, "storing the revision");
	*rev_id = sqlite3_last_insert_rowid(s->cat->db);
	return rc;
}

static int
put_changes(struct store *s, long long rev, const struct cat_changes *ch)
{
	for (size_t i = 0; i < ch->v.n; i++) {
		sqlite3_stmt *q;

		if (cat_keep(s->cat, &q,
		             "INSERT INTO changes (revision, seq, field,"
		             " old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5)") < 0)
			return -1;
		sqlite3_bind_int64(q, 1, rev);
		sqlite3_bind_int(q, 2, (int)i + 1);
		cat_bind_text(q, 3, ch->v.v[i].field);
		cat_bind_text(q, 4, ch->v.v[i].old_value);
		cat_bind_text(q, 5, ch->v.v[i].new_value);
		if (step_done(s->cat, q, "storing the changes") < 0)
			return -1;
	}
	return 0;
}

static int
put_bulletin(struct store *s, long long *id)
{
	char published[32];
	sqlite3_stmt *q;

	if (cat_day_jst(s->b->registered, published) < 0)
		cat_time_jst(s->pg->seen, published);
	if (cat_keep(s->cat, &q,
	             "INSERT INTO bulletins (key, kind, first_seen, published)"
	             " VALUES (?1, ?2, ?3, ?4)") < 0)
		return -1;
	cat_bind_text(q, 1, s->key);
	cat_bind_text(q, 2, bulletin_kind_name(s->b->kind));
	sqlite3_bind_int64(q, 3, (sqlite3_int64)s->pg->seen);
	cat_bind_text(q, 4, published);
	if (step_done(s->cat, q, "storing the bulletin") < 0)
		return -1;
	*id = sqlite3_last_insert_rowid(s->cat->db);
	return 0;
}

/*
 * The members of a parser's answer the store reads before storing the
 * model: the key (kind, id), the revision's columns (title, registered,
 * updated, severity), the result's encoding (source) and the page's
 * diagnostics.  The rest of a model is only compared until it is stored.
 */
static const char *const answer_head[] = { "kind",    "id",       "title",  "registered",
	                                   "updated", "severity", "source", "diagnostics" };

/* A parser's answer as a model, into *b: the head members (whole = 0) or
 * all of it, read and type-checked by bulletin_from_json as the queue read
 * an answer before; 0, or -1 with the reason, worded as the queue's, in
 * s->reject (*b is left empty). */
static int
read_answer(struct store *s, int whole, struct bulletin *b)
{
	json_t *j;
	json_error_t je;
	struct buf t;
	char err[256];
	int rc;

	bulletin_init(b);
	if (whole) {
		j = json_loadb(s->text, s->textlen, 0, &je);
	} else {
		buf_init(&t, 0);
		buf_putc(&t, '{');
		for (size_t i = 0; i < sizeof answer_head / sizeof *answer_head; i++) {
			const struct cat_member *mb = cat_model_get(&s->model, answer_head[i]);

			if (mb == NULL)
				continue;
			buf_printf(&t, "%s\"%s\":", t.len > 1 ? "," : "", answer_head[i]);
			buf_append(&t, mb->val, mb->len);
		}
		buf_putc(&t, '}');
		j = json_loadb(t.data, t.len, 0, &je);
		buf_free(&t);
	}
	if (j == NULL) {
		snprintf(s->reject, sizeof s->reject, "parser answer is not JSON: %s", je.text);
		return -1;
	}
	rc = bulletin_from_json(j, b, err, sizeof err);
	if (rc < 0)
		snprintf(s->reject, sizeof s->reject, "parser answer rejected: %s", err);
	if (rc == 0 && whole && s->model.tree == NULL)
		s->model.tree = json_incref(j); /* the diff takes its members */
	json_decref(j);
	return rc;
}

/* Before a model is stored: the whole answer read.  0, or REJECTED. */
static int
read_whole(struct store *s)
{
	struct bulletin b;
	int rc;

	if (s->whole)
		return 0;
	rc = read_answer(s, 1, &b);
	bulletin_free(&b);
	if (rc < 0)
		return REJECTED;
	s->whole = 1;
	return 0;
}

static int
store_new(struct store *s, time_t seen)
{
	long long bid, rev;

	if (read_whole(s) < 0)
		return REJECTED;
	s->res->status = INGEST_NEW;
	return put_page(s) < 0 || put_bulletin(s, &bid) < 0 ||
	                       put_revision(s, bid, 1, seen, NULL, &rev) < 0
	               ? -1
	               : 0;
}

static void
list_fields(struct ingest_result *res, const char *what, const struct cat_changes *ch)
{
	struct buf b;

	buf_init(&b, sizeof res->message - 1);
	buf_printf(&b, "%s: ", what);
	for (size_t i = 0; i < ch->v.n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", ch->v.v[i].field);
	set_message(res, "%s", b.data ? b.data : "");
	buf_free(&b);
}

/*
 * published is the 登録日 of the first revision that has one; until one
 * has, it is the first-seen time (a stand-in, replaced once, never moved
 * again).
 */
static int
first_registered(struct store *s, const struct base *b)
{
	const struct cat_member *reg = cat_model_get(&b->model, "registered");
	char published[32];
	sqlite3_stmt *q;

	if ((reg && reg->val[0] == '"') || cat_day_jst(s->b->registered, published) < 0)
		return 0;
	if (cat_keep(s->cat, &q, "UPDATE bulletins SET published = ?1 WHERE id = ?2") < 0)
		return -1;
	cat_bind_text(q, 1, published);
	sqlite3_bind_int64(q, 2, b->id);
	return step_done(s->cat, q, "storing the publication date");
}

/*
 * Is the new extraction not a revision at all: an older version (earlier
 * 更新日), or a copy from another URL (a mirror, another encoding) that does
 * not carry a later 更新日?  Without this, pages of one bulletin from two
 * URLs would flip the bulletin between them on every ingest or reparse.
 */
/* Did the model's page end early (a "truncated" diagnostic)? */
static int
model_truncated(const struct cat_model *model)
{
	json_t *a = cat_member_json(cat_model_get(model, "diagnostics")), *d;
	size_t i;
	int truncated = 0;

	json_array_foreach(a, i, d) if (streq(json_string_value(json_object_get(d, "code")),
	                                      "truncated")) truncated = 1;
	json_decref(a);
	return truncated;
}

static int
not_a_revision(struct store *s, const struct base *b)
{
	const char *upd = s->b->updated;

	/* a whole page is a revision of one that ended early, from any URL:
	 * a cut copy ingested first must not stand for the bulletin */
	if (model_truncated(&b->model) && !model_truncated(&s->model))
		return 0;

	if (upd && b->updated && strcmp(upd, b->updated) < 0) {
		set_message(s->res, "older than revision %d (更新日 %s < %s)", b->number, upd,
		            b->updated);
		return 1;
	}
	if (!streq(s->pg->url, b->url) && !(upd && b->updated && strcmp(upd, b->updated) > 0)) {
		set_message(s->res, "a copy of revision %d (from %s) without a later 更新日",
		            b->number, b->url);
		return 1;
	}
	return 0;
}

static int
store_against(struct store *s, struct base *b, time_t seen)
{
	struct cat_changes ch;
	long long rev;
	char *lost = cat_lost_fields(&b->model, &s->model);
	int rc, copy;

	set_key(s->res, b->key);
	if (lost != NULL) {
		s->res->status = INGEST_REGRESSION;
		set_message(s->res, "lost %s (last good: revision %d of %s)", lost, b->number,
		            b->key);
		free(lost);
		return put_page(s);
	}
	if (b->rekey ? rekey(s, b) < 0 : !b->by_key)
		return b->rekey ? -1 : cat_fail(s->cat, "internal: id lost without a loss");
	if (b->by_key && keyed_by_id(s->b) && supersede_url_bulletin(s, b->id) < 0)
		return -1;
	set_key(s->res, b->key);
	/* whether anything changed first: the changes themselves (every
	 * changed field read, normalized, written out) only for a revision */
	rc = cat_diff(&b->model, &s->model, 1, &ch);
	copy = rc == 0 && ch.v.n > 0 && not_a_revision(s, b);
	if (rc == 0 && ch.v.n > 0 && !copy && (rc = read_whole(s)) == 0) {
		cat_changes_free(&ch);
		rc = cat_diff(&b->model, &s->model, SIZE_MAX, &ch);
	}
	if (rc < 0) {
		cat_changes_free(&ch);
		if (rc == CAT_DIFF_NEW_BAD)
			snprintf(s->reject, sizeof s->reject, "parser answer is not JSON");
		if (rc == REJECTED || rc == CAT_DIFF_NEW_BAD)
			return REJECTED;
		return cat_fail(s->cat, "bulletin %s: stored model is not JSON", b->key);
	}
	if (copy) {
		s->res->status = INGEST_UNCHANGED;
		rc = put_page(s);
	} else if (ch.v.n == 0) {
		s->res->status = INGEST_UNCHANGED;
		rc = put_page(s);
	} else {
		s->res->status = INGEST_UPDATED;
		list_fields(s->res, "fields", &ch);
		rc = put_page(s) < 0 ||
		                     put_revision(s, b->id, b->number + 1, seen, &ch, &rev) < 0 ||
		                     put_changes(s, rev, &ch) < 0 || first_registered(s, b) < 0
		             ? -1
		             : 0;
	}
	cat_changes_free(&ch);
	return rc;
}

/* The part inside the transaction. */
static int
store_locked(struct store *s, time_t seen)
{
	struct base b;
	int rc;

	if (!s->has_model) {
		s->res->status = INGEST_FAILED;
		return put_page(s);
	}
	if (find_base(s, &b) < 0)
		return -1;
	rc = b.id ? store_against(s, &b, seen) : store_new(s, seen);
	base_free(&b);
	return rc;
}

static void
describe_encoding(const struct bulletin *b, struct ingest_result *res)
{
	if (b->source.encoding)
		snprintf(res->encoding, sizeof res->encoding, "%s (%s)", b->source.encoding,
		         b->source.encoding_source ? b->source.encoding_source : "?");
}

/* The model's part of s: its key, text and diagnostics, or why it has none
 * in res's message. */
static void
take_model(struct store *s, const struct bulletin_json *json, struct bulletin_json *own)
{
	const struct bulletin *model = s->b;
	json_t *d = diag_list_to_json(&model->diags);

	s->diags = d ? json_dumps(d, HF_JSON_COMPACT) : NULL;
	json_decref(d);
	s->key = keyed_by_id(model) ? model->id : s->pg->url;
	/* the parser's canonical text is stored as it came; only a caller
	 * without one has it made here */
	if (json == NULL || json->text == NULL)
		json = bulletin_json_make(model, own) == 0 ? own : NULL;
	set_key(s->res, s->key);
	describe_encoding(model, s->res);
	if (json == NULL) {
		set_message(s->res, "the extracted model could not be represented as JSON");
	} else if (json->len > HF_MAX_MODEL_BYTES) {
		set_message(s->res, "the extracted model is %zu bytes, over the limit of %u",
		            json->len, (unsigned)HF_MAX_MODEL_BYTES);
	} else if (s->text == NULL && cat_model_read(&s->model, json->text, json->len) < 0) {
		set_message(s->res, "the extracted model is not JSON");
	} else {
		s->has_model = 1;
		s->text = json->text;
		s->textlen = json->len;
	}
}

/* A parser's answer not read yet (json without model): its head into
 * *head, s->b pointed at it; or the page failed, why in res's message. */
static void
take_answer(struct store *s, const struct bulletin_json *json, struct bulletin *head)
{
	s->text = json->text;
	s->textlen = json->len;
	if (cat_model_read(&s->model, json->text, json->len) < 0)
		snprintf(s->reject, sizeof s->reject, "parser answer is not JSON");
	else if (read_answer(s, 0, head) == 0)
		s->b = head;
	if (s->b == NULL) {
		s->text = NULL;
		set_message(s->res, "%s", s->reject);
	}
}

int
cat_store(struct catalogue *cat, const struct page *pg, long long page_id,
          const struct bulletin *model, const struct bulletin_json *json, const char *parse_error,
          struct ingest_result *res)
{
	struct store s = { .cat = cat, .pg = pg, .page_id = page_id, .b = model, .res = res };
	struct bulletin_json own = { 0 };
	struct bulletin head;
	time_t seen = page_id > 0 ? cat_now(cat) : pg->seen;
	int rc;

	memset(res, 0, sizeof *res);
	bulletin_init(&head);
	if (pg->url == NULL || pg->url[0] == '\0')
		return cat_fail(cat, "page has no URL");
	sha256_hex(pg->body ? (const void *)pg->body : "", pg->len, s.sha);
	if (page_id <= 0 && (rc = same_as_latest(&s)) != 0)
		return rc < 0 ? -1 : 0;
	s.whole = model != NULL;
	if (model == NULL && json != NULL && json->text != NULL)
		take_answer(&s, json, &head);
	if (s.b != NULL)
		take_model(&s, json, &own);
	else if (res->message[0] == '\0')
		set_message(res, "%s", parse_error ? parse_error : "could not be parsed");
	for (;;) {
		if (cat_begin(cat) < 0)
			goto fail;
		/* another process may have stored these bytes since we looked */
		if (page_id <= 0 && (rc = same_as_latest(&s)) != 0) {
			cat_rollback(cat);
			rc = rc < 0 ? -1 : 0;
			goto out;
		}
		rc = store_locked(&s, seen);
		if (rc != REJECTED)
			break;
		/* undo what was written for it, store the page as failed */
		cat_rollback(cat);
		memset(res, 0, sizeof *res);
		set_message(res, "%s", s.reject);
		s.has_model = 0;
		s.b = NULL;
		free(s.diags);
		s.diags = NULL;
	}
	if (rc < 0 || cat_commit(cat) < 0)
		goto fail;
	if (s.b != NULL)
		diag_list_copy(&res->diags, &s.b->diags);
	rc = 0;
	goto out;
fail:
	cat_rollback(cat);
	rc = -1;
out:
	cat_model_free(&s.model);
	bulletin_json_free(&own);
	bulletin_free(&head);
	free(s.diags);
	return rc;
}

int
cat_known_bytes(struct catalogue *cat, const struct page *pg, struct ingest_result *res)
{
	struct store s = { .cat = cat, .pg = pg, .res = res };

	memset(res, 0, sizeof *res);
	sha256_hex(pg->body ? (const void *)pg->body : "", pg->len, s.sha);
	return same_as_latest(&s);
}

int
catalogue_ingest_model(struct catalogue *cat, const struct page *pg, const struct bulletin *model,
                       struct ingest_result *res)
{
	return cat_store(cat, pg, 0, model, NULL, NULL, res);
}
