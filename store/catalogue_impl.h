/*
 * catalogue_impl.h — internals shared by store/catalogue*.c only (the one
 * place sqlite3_* may appear).  Included by store/catalogue*.c (and the
 * store's unit test), no other file.
 *
 * Conventions: helpers return 0 or -1; on -1 the message is in cat->err.
 * Writers run inside cat_begin()/cat_commit(); cat_rollback() is always
 * safe to call after a failure.
 */
#ifndef HOTFEED_CATALOGUE_IMPL_H
#define HOTFEED_CATALOGUE_IMPL_H

#include <jansson.h>
#include <sqlite3.h>
#include <time.h>
#include "store/catalogue.h"

/* Statements a catalogue keeps prepared (cat_keep), at most. */
#define CAT_KEPT_MAX 48

struct catalogue {
	sqlite3 *db;
	char err[512];
	time_t now_override; /* tests: 0 = use time(NULL) */
	/* catalogue_batch_*(): writes are savepoints inside one transaction,
	 * committed every batch_max ticks or batch_ms milliseconds */
	int batch;
	unsigned batch_max, batch_ms, batch_ticks;
	struct timespec batch_t0;
	unsigned batch_lost; /* ticks rolled back with the transaction */
	/* cat_keep()'s statements, by the address of their SQL text */
	struct {
		const char *sql;
		sqlite3_stmt *st;
	} kept[CAT_KEPT_MAX];
	unsigned nkept;
	struct z_stream_s *deflate; /* catalogue_blob.c's compressor, kept */
};

/* Set cat->err, printf-style; returns -1 for "return cat_fail(...)". */
int cat_fail(struct catalogue *cat, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* cat_fail with sqlite's message appended. */
int cat_dberr(struct catalogue *cat, const char *what);

int cat_exec(struct catalogue *cat, const char *sql);
int cat_prepare(struct catalogue *cat, sqlite3_stmt **st, const char *sql);
/* cat_prepare for a statement run again and again (each page's ingest
 * runs a dozen: preparing them took a sixth of ingest's time): prepared
 * once per catalogue and kept, keyed by the address of sql, which must be
 * a string literal (or live as long as the catalogue).  Every statement
 * from cat_keep must be given back with cat_release, which resets it
 * (cat_release also finalizes one from cat_prepare). */
int cat_keep(struct catalogue *cat, sqlite3_stmt **st, const char *sql);
void cat_release(struct catalogue *cat, sqlite3_stmt *st);
int cat_begin(struct catalogue *cat); /* BEGIN IMMEDIATE (a SAVEPOINT in a batch) */
int cat_commit(struct catalogue *cat);
void cat_rollback(struct catalogue *cat);

/* Bind a C string (NULL -> SQL NULL) to parameter i. */
int cat_bind_text(sqlite3_stmt *st, int i, const char *s);
/* Copy of column i as a malloc'd string; NULL for SQL NULL. */
char *cat_column_dup(sqlite3_stmt *st, int i);

struct cat_changes;

/* catalogue_schema.c: bring the schema to the newest version. */
int cat_migrate(struct catalogue *cat);
/* The schema version of the file in *version; -1 when it is not a
 * catalogue this hotfeed can read. */
int cat_file_version(struct catalogue *cat, int *version);
/* An earlier id-less bulletin of kind ?1, title ?2 and 登録日 ?3 (its
 * latest revision); the terms on the revision's columns match the index
 * revisions_idless exactly, so the lookup is an index search, not a scan (catalogue_store.c,
 * and the test that checks the plan). */
#define CAT_FIND_COPY_SQL \
	"SELECT b.id, b.key, r.number, r.model, r.updated, p.url" \
	" FROM bulletins b JOIN revisions r ON r.bulletin = b.id" \
	" JOIN pages p ON p.id = r.page" \
	" WHERE b.superseded_by IS NULL AND b.kind = ?1" \
	" AND r.number = (SELECT max(number) FROM revisions" \
	"                 WHERE bulletin = b.id)" \
	" AND r.model_id IS NULL AND r.title = ?2 AND r.registered = ?3" \
	" ORDER BY b.id LIMIT 1"
int cat_schema_version(void);
/* A revision's digest (revisions.digest, schema 9) as SQL on the row r:
 * the SHA-256 (hotfeed_sha256, 64 hex digits) of its model's text, a GS
 * byte (0x1d), then its changes in seq order, each field, old and new value
 * parted by US (0x1f), the changes parted by RS (0x1e) (none of the three
 * can stand in JSON text unescaped).  Revisions and changes are written
 * once, so it never changes.  cat_revision_digest() computes the same
 * bytes in C when the revision is stored; the migration fills the stored
 * ones with this, and publish computes it for a row another tool wrote
 * without one. */
#define CAT_REVISION_DIGEST_SQL \
	"hotfeed_sha256(r.model || char(29) || coalesce((SELECT group_concat(" \
	"c.field || char(31) || c.old_value || char(31) || c.new_value, char(30))" \
	" FROM (SELECT field, old_value, new_value FROM changes WHERE revision = r.id" \
	" ORDER BY seq) c), ''))"
void cat_revision_digest(const char *model, size_t len, const struct cat_changes *ch, char hex[65]);
/* The single integer sql gives (0 when no row), its ?1 bound to arg when it
 * has one; -1 on an error (catalogue_frontier.c). */
long cat_query_long(struct catalogue *cat, const char *sql, long arg);

/* Time: unix seconds <-> "2026-11-22T08:53:00Z" and "...T17:53:00+09:00". */
void cat_time_utc(time_t t, char out[32]);
void cat_time_jst(time_t t, char out[32]);
/* "YYYY-MM-DD" -> "YYYY-MM-DDT00:00:00+09:00"; -1 when not such a date. */
int cat_day_jst(const char *day, char out[32]);

/*
 * catalogue_diff.c — content comparison, on the model's JSON form
 * (bulletin_to_json).  The ignored fields are `source`, `warnings` and `diagnostics`.
 *
 * A model is compared as its text, read as top-level members (no tree):
 * members with the same bytes are the same; only the others are read and
 * compared normalized.
 */
struct cat_member {
	char *key;       /* decoded, owned */
	const char *val; /* the value's JSON text, in the model's text */
	size_t len;
};
struct cat_model {
	VEC(struct cat_member) v;
	char *text;   /* the text the members point into, when it had to be rewritten */
	json_t *tree; /* the whole model, once read (a reference), or NULL */
};
/* The members of text (a model's JSON): 0, or -1 when it is not JSON.  A
 * text that is not an object has none.  The members point into text
 * (keep it) unless it had to be rewritten (spaces are fine; a repeated
 * key is read as jansson reads it).  Free with cat_model_free. */
int cat_model_read(struct cat_model *m, const char *text, size_t len);
void cat_model_free(struct cat_model *m);
/* The member named key, or NULL; its value as a tree (new reference), or
 * NULL (mb NULL, or not JSON). */
const struct cat_member *cat_model_get(const struct cat_model *m, const char *key);
json_t *cat_member_json(const struct cat_member *mb);

struct cat_changes {
	VEC(struct change) v;
};
/* Fill *out with the top-level fields whose normalized values differ
 * (old/new as compact JSON of the originals; "null" for a missing key),
 * the first limit of them (SIZE_MAX: all; 1: is there any change?).
 * old may be NULL (everything new).  0, or -1 when a member of old is not
 * JSON, CAT_DIFF_NEW_BAD when one of neu is not (neu may be a parser's
 * answer not read whole yet).  Caller frees with cat_changes_free (also
 * after an error). */
#define CAT_DIFF_NEW_BAD (-3)
int cat_diff(const struct cat_model *old, const struct cat_model *neu, size_t limit,
             struct cat_changes *out);
void cat_changes_free(struct cat_changes *c);
/* The normalized form used for comparison, as a new string (caller frees). */
char *cat_normalize_text(const char *s);
/* Guarded fields present in old but empty in neu, as "id, packages";
 * NULL when nothing was lost (caller frees). */
char *cat_lost_fields(const struct cat_model *old, const struct cat_model *neu);

/* catalogue_store.c: store a page and the model extracted from it
 * (model NULL when parsing failed, with the reason in parse_error).
 * page_id > 0: the raw page is already stored (reparse); seen is then the
 * revision's time.  One transaction. */
int cat_store(struct catalogue *cat, const struct page *pg, long long page_id,
              const struct bulletin *model, const struct bulletin_json *json,
              const char *parse_error, struct ingest_result *res);

/* Are these the same bytes as the URL's latest stored page?  1 (res filled
 * as cat_store would), 0 no, -1 error.  Lets ingest skip the parse. */
int cat_known_bytes(struct catalogue *cat, const struct page *pg, struct ingest_result *res);

time_t cat_now(const struct catalogue *cat);

/* Release what catalogue_blob.c keeps (at close). */
void cat_blob_close(struct catalogue *cat);

/* catalogue_blob.c: a page's bytes by their SHA-256 (hex).  put stores
 * them (compressed) unless stored already; get returns a malloc'd,
 * NUL-terminated copy.  0 or -1. */
int cat_blob_put(struct catalogue *cat, const char *sha, const unsigned char *body, size_t len);
int cat_blob_get(struct catalogue *cat, const char *sha, unsigned char **body, size_t *len);

#endif
