/*
 * catalogue.h — the SQLite catalogue: the contract between ingest/fetch and
 * publish.  One file holds every raw page as fetched, the bulletins with all
 * their revisions and what changed between them, and per-URL HTTP state.
 * The store layer: it keeps and lists pages and models, and never parses
 * (ingest/ingest.h joins it to the parser).  Included by ingest/, publish/,
 * cli/.  sqlite3_* is used only in store/catalogue*.c.
 *
 * Every write is one transaction; a failed call leaves the database as it
 * was.  Functions return 0 on success or -1 with a message in cat->err
 * (valid until the next call).
 */
#ifndef HOTFEED_CATALOGUE_H
#define HOTFEED_CATALOGUE_H

#include <stddef.h>
#include <time.h>
#include "core/bulletin.h"
#include "core/bulletin_json.h"

struct catalogue; /* opaque */

/* Open (creating and migrating as needed) the database at path.  NULL with
 * a message in err on failure. */
struct catalogue *catalogue_open(const char *path, char *err, size_t errlen);
/* The same for commands that need a catalogue (reparse): a missing path is
 * an error ("no catalogue there"), never a new empty file. */
struct catalogue *catalogue_open_existing(const char *path, char *err, size_t errlen);
/* For commands that only read (publish, status): opened read-only (SQLite
 * mode=ro; immutable where the directory cannot hold the -shm file and no
 * -wal is left), never migrated nor written, so a read-only mount or a
 * file the user cannot write works and the file's bytes and mtime stay.
 * A missing path is an error.  Every write through it fails. */
struct catalogue *catalogue_open_readonly(const char *path, char *err, size_t errlen);
void catalogue_close(struct catalogue *cat);
const char *catalogue_error(const struct catalogue *cat);
/* Tests: use this instead of the clock for times the catalogue takes itself
 * (a reparse revision's seen time); 0 = the clock again. */
void catalogue_set_now(struct catalogue *cat, time_t now);

/*
 * Batches: the writes between catalogue_batch_begin() and _end() go into
 * one transaction (each call keeps its own all-or-nothing as a savepoint),
 * committed at catalogue_batch_tick() once `pages` ticks or `ms`
 * milliseconds have passed since the last commit: one fsync per batch
 * instead of one per page.  A crash loses the open batch whole, as if its
 * pages had never been fetched (a caller records a page's HTTP validators
 * in the same batch, so they are fetched again).  Callers tick after each
 * page is wholly recorded.  0, or -1 (cat->err; with a failed commit or a
 * transaction SQLite ended, the batch's pages since the last commit are
 * not stored, and the message says how many).
 */
int catalogue_batch_begin(struct catalogue *cat, unsigned pages, unsigned ms);
int catalogue_batch_tick(struct catalogue *cat);
int catalogue_batch_end(struct catalogue *cat);

/* One page as fetched or read from disk. */
struct page {
	const char *url;           /* source URL (file path made absolute for local files) */
	const unsigned char *body; /* raw bytes as fetched */
	size_t len;
	const char *headers; /* raw response headers, or NULL */
	const char *charset; /* transport charset label, or NULL */
	time_t seen;         /* when it was fetched/read */
};

enum ingest_status {
	INGEST_NEW,        /* a bulletin not seen before */
	INGEST_UPDATED,    /* a new revision of a known bulletin */
	INGEST_UNCHANGED,  /* same bytes, no content change, an older 更新日, or
	                      another URL's copy without a later 更新日 */
	INGEST_REGRESSION, /* extraction lost fields it had: last good revision kept */
	INGEST_FAILED      /* could not be parsed: nothing stored but the raw page */
};
const char *catalogue_ingest_status_name(enum ingest_status s);

struct ingest_result {
	enum ingest_status status;
	char key[256];     /* bulletin key: canonical id or source URL */
	char message[512]; /* why FAILED/REGRESSION, or the changed fields */
	char encoding[32]; /* decoder decision: "Shift_JIS (meta)" */
	diag_list diags;   /* the page's diagnostics (the same bytes again: as
	                      stored); owned: catalogue_ingest_result_free() */
};
/* Free what a result owns (its diagnostics).  A result passed to the calls
 * below is overwritten: free it first when reusing it. */
void catalogue_ingest_result_free(struct ingest_result *res);

/* Store one page with a model already extracted from it (callers that
 * parsed it themselves, tests): the same rules as ingest_page(). */
int catalogue_ingest_model(struct catalogue *cat, const struct page *pg,
                           const struct bulletin *model, struct ingest_result *res);

/* The latest raw page of every URL, oldest first: their ids into *ids
 * (caller frees), for reparse.  0, or -1 (catalogue_error). */
int catalogue_latest_pages(struct catalogue *cat, long long **ids, size_t *n);
/* Stored page id, read whole: pg's strings and body are owned copies,
 * released by catalogue_page_free().  0, or -1 (catalogue_error). */
int catalogue_page_load(struct catalogue *cat, long long id, struct page *pg);
void catalogue_page_free(struct page *pg);
/* The same bytes as pg's URL's latest stored page: 1 with res filled (the
 * status that page had, its diagnostics), 0 no, -1 error.  Lets ingest
 * skip the parse. */
int catalogue_known_bytes(struct catalogue *cat, const struct page *pg, struct ingest_result *res);
/* Store page pg (page_id > 0: stored page page_id again, for reparse)
 * with the model extracted from it, or model NULL and why in err when it
 * could not be parsed; the rules of catalogue_ingest_model().  json, when
 * not NULL, is the model's canonical text as the parser sent it
 * (core/bulletin_json.h; its tree is not used): the revision's stored
 * model, byte for byte; without it the model is serialized here.  json
 * with model NULL is a parser's answer not read yet: the store reads the
 * members it needs, and the whole (bulletin_from_json) before storing it
 * as a revision; an answer it rejects makes the page failed, with the
 * reason ("parser answer rejected: ...").  0, or -1. */
int catalogue_store_page(struct catalogue *cat, const struct page *pg, long long page_id,
                         const struct bulletin *model, const struct bulletin_json *json,
                         const char *err, struct ingest_result *res);
/* Prefix the catalogue's error message with what it concerns ("URL: "). */
void catalogue_error_about(struct catalogue *cat, const char *what);

/* HTTP state per URL, for conditional GET and politeness. */
struct http_state {
	char *etag, *last_modified; /* NULL when none */
	char *body_sha256;          /* hex of the last stored body, or NULL */
	time_t retry_after;         /* host asked to wait until then; 0 = no */
	int last_status;            /* last HTTP status (0 = never fetched) */
};
int catalogue_http_get(struct catalogue *cat, const char *url, struct http_state *st);
int catalogue_http_put(struct catalogue *cat, const char *url, const struct http_state *st);
void catalogue_http_state_free(struct http_state *st);
/* Per-host "do not ask before" times (429/503 Retry-After), across runs. */
int catalogue_host_get_retry(struct catalogue *cat, const char *host, time_t *until);
int catalogue_host_set_retry(struct catalogue *cat, const char *host, time_t until);

/*
 * The crawl frontier and the runs (catalogue_frontier.c): every URL found
 * on an index page, fetched or not, kept across runs (and a killed run:
 * each index page's links are committed as it is read), with its place in
 * the index order (rank: what an index lists first sorts first) and its
 * re-check schedule.  A run is a number (runs.id, 1, 2, ...).
 */
int catalogue_run_begin(struct catalogue *cat, const char *command, time_t started, long *run);
struct run_record {
	double seconds;
	long requests, pending;
	int exit_code, interrupted;
	const char *counts; /* a JSON object, or NULL */
};
int catalogue_run_end(struct catalogue *cat, long run, const struct run_record *rec);
/* The number of runs before run (0: run is the catalogue's first), or -1. */
long catalogue_runs_before(struct catalogue *cat, long run);

struct frontier_link {
	const char *url, *root, *rank;
	int depth, is_index;
};
/* Record n links found in run, in one transaction.  A URL keeps the
 * smallest rank it was given in a run, and stays an index once it was one.
 * is_index (may be NULL) gets, per link, 1 when the URL is an index page. */
int catalogue_frontier_add(struct catalogue *cat, long run, const struct frontier_link *v, size_t n,
                           int *is_index);

struct frontier_entry {
	char *url, *root, *rank;
	char *pending; /* why it was not fetched yet in this run, or NULL */
	int depth, is_index;
	long last_run; /* 0: never fetched */
};
typedef VEC(struct frontier_entry) frontier_list;
/* The URLs due in run and not fetched in it: never-fetched ones first,
 * then those whose re-check is due (every known one when all), each group
 * in rank order. */
int catalogue_frontier_due(struct catalogue *cat, long run, int all, frontier_list *out);
void catalogue_frontier_list_free(frontier_list *l);

enum frontier_outcome {
	FRONTIER_CHANGED,   /* new or changed: checked again next run */
	FRONTIER_UNCHANGED, /* the same (304, same content, gone again): the
	                       K-th time in a row, checked every 2^K runs */
	FRONTIER_FAILED,    /* checked again next run */
	FRONTIER_BUDGET,
	FRONTIER_DEFERRED,
	FRONTIER_ROBOTS,
	FRONTIER_INTERRUPTED
	/* not fetched: pending, with this reason */
};
#define FRONTIER_MAX_UNCHANGED 6 /* a page is checked at least every 64 runs */
/* What became of a URL in a run; is_index marks it an index page (it is
 * then checked every run). */
struct frontier_mark {
	char *url;
	enum frontier_outcome outcome;
	int is_index;
};
/* Record n marks of run in one transaction. */
int catalogue_frontier_mark(struct catalogue *cat, long run, const struct frontier_mark *v,
                            size_t n);
const char *catalogue_frontier_pending_name(enum frontier_outcome o);
/* robots.txt per host ("host:port"), as last fetched: for the next run's
 * conditional GET.  get: 0 with *found 0 when none is stored. */
struct robots_cache {
	char *etag, *last_modified; /* NULL when none */
	char *body;                 /* NULL when the last answer had none */
	size_t len;
	int status; /* the HTTP status it came with */
};
int catalogue_robots_get(struct catalogue *cat, const char *host, struct robots_cache *out,
                         int *found);
int catalogue_robots_put(struct catalogue *cat, const char *host, const struct robots_cache *in,
                         time_t fetched);
void catalogue_robots_cache_free(struct robots_cache *c);

/* Bulletins in the catalogue (superseded ones not counted), or -1. */
long catalogue_bulletin_count(struct catalogue *cat);

/* The catalogue at a glance, for `hotfeed status` (catalogue_status.c),
 * on a catalogue opened with catalogue_open_readonly(). */

struct cat_count {
	char *name;
	long n;
};
typedef VEC(struct cat_count) cat_counts;
struct cat_status {
	int schema;            /* PRAGMA user_version */
	cat_counts kinds;      /* bulletins by kind (alert, notice, other) */
	cat_counts severities; /* bulletins by severity name ("none": without) */
	long bulletins;
	long index_pages, bulletin_pages; /* in the frontier */
	long never_fetched;
	cat_counts pending; /* by reason, after the last run */
	long pending_total;
	long failed, gone, regressions; /* URLs whose last fetch or parse was so */
	int has_run;                    /* the fields below are valid */
	long run_id, run_requests, run_pending;
	char *run_command, *run_counts; /* counts: JSON text, or NULL */
	time_t run_started;
	double run_seconds; /* < 0: the run did not finish */
	int run_exit, run_interrupted;
	cat_counts deferred; /* host, and until when (n: unix time) */
};
int catalogue_status(struct catalogue *cat, time_t now, struct cat_status *st);
void cat_status_free(struct cat_status *st);

/* One field that changed between two revisions. */
struct change {
	char *field, *old_value, *new_value;
}; /* values as JSON text */

struct revision {
	int number;                 /* 1, 2, ... */
	char *seen;                 /* ISO 8601 UTC "2026-11-22T08:53:00Z" */
	char *updated;              /* the page's 更新日 (YYYY-MM-DD) or NULL */
	VEC(struct change) changes; /* empty for revision 1 */
	char digest[65];            /* its model and changes (schema 9), hex */
};

/* A bulletin as publish sees it: its latest good revision and history. */
struct cat_entry {
	char *key;       /* canonical id, or the source URL */
	char *published; /* RFC 3339 with +09:00: 登録日, else first seen */
	char *updated;   /* RFC 3339 with +09:00: the newest revision's 更新日, or
	                    the time that revision was seen when later (a change
	                    the page did not date); revision 1 uses 更新日 alone
	                    (exact rule: store/catalogue_list.c) */
	struct bulletin model;
	VEC(struct revision) revisions;
	int model_loaded; /* model is filled (the cursor loads it on demand) */
};

/* All bulletins, newest first (updated desc, then key), into *out (caller
 * frees with cat_entries_free). */
int catalogue_list(struct catalogue *cat, struct cat_entry **out, size_t *n);
void cat_entries_free(struct cat_entry *v, size_t n);

/*
 * The same bulletins one at a time, in the same order, in bounded memory:
 * a cursor reads, in one read transaction (a consistent snapshot), one
 * small record per bulletin (its row id, key, updated date, kind and
 * severity; about 100 bytes) from the revisions' columns without parsing a
 * model, sorts them newest first, and then hands out one entry at a time.
 * Newest first by updated is also month by month (feed_archive.h).
 *   open   NULL on error (catalogue_error).
 *   next   fills *e with key, published, updated, kind and revisions,
 *          each with its digest but without its changes (the model is
 *          left empty: e->model_loaded 0), and *revision (may be NULL)
 *          with the row id of its latest revision; the key, dates and the
 *          revisions' numbers, times and digests identify everything the
 *          entry holds, read from an index without a model or a change.
 *          Frees what *e held first (start from a zeroed entry with
 *          bulletin_init()).  1, 0 at the end, -1 on error.
 *   model  parses the entry's model into e->model and attaches each
 *          revision's changes (only for the entry next returned last).
 *          0 or -1.
 *   close  ends the transaction; frees the cursor (NULL is fine).
 */
struct cat_cursor;
struct cat_cursor_counts {
	size_t bulletins, other;  /* kind alert/notice, and kind other */
	size_t severity[5];       /* bulletins by level 1..4; [0] without one */
	char newest[32];          /* the first entry's updated; "" when none */
	char newest_bulletin[32]; /* the first bulletin's (not other); "" none */
};
struct cat_cursor *catalogue_cursor_open(struct catalogue *cat);
const struct cat_cursor_counts *catalogue_cursor_counts(const struct cat_cursor *c);
int catalogue_cursor_next(struct cat_cursor *c, struct cat_entry *e, long long *revision);
int catalogue_cursor_model(struct cat_cursor *c, struct cat_entry *e);
void catalogue_cursor_close(struct cat_cursor *c);
/* The number of entries of the order, and the updated date and kind
 * (bulletin 1: alert or notice, 0: other) of its i-th, without reading
 * them: what a caller counts before the first catalogue_cursor_next(). */
size_t catalogue_cursor_size(const struct cat_cursor *c);
void catalogue_cursor_order(const struct cat_cursor *c, size_t i, const char **updated,
                            int *bulletin);
/* Free what one entry holds and leave it empty (model initialised). */
void cat_entry_free(struct cat_entry *e);

/*
 * Publish's fragment cache (catalogue_cache.c): a SQLite file of its own at
 * path, created when missing, holding per bulletin key a digest (text) and
 * an opaque blob, for a catalogue of about entries entries (it sizes its
 * page cache by them).  Best effort: open returns NULL when the file cannot be
 * used (the caller goes on without), get returns 1 with *blob (caller
 * frees, NUL-terminated) only when the key's stored digest is digest, put
 * replaces the key's row; keep counts key as looked up without reading
 * its row; prune, after a publish that went through every entry, removes
 * the rows of the keys it did not look up (bulletins gone from the
 * catalogue); close commits the run's writes (one transaction).
 */
struct catalogue_cache;
struct catalogue_cache *catalogue_cache_open(const char *path, size_t entries);
int catalogue_cache_get(struct catalogue_cache *c, const char *key, const char *digest, char **blob,
                        size_t *len);
void catalogue_cache_put(struct catalogue_cache *c, const char *key, const char *digest,
                         const void *blob, size_t len);
void catalogue_cache_keep(struct catalogue_cache *c, const char *key);
void catalogue_cache_prune(struct catalogue_cache *c);
void catalogue_cache_close(struct catalogue_cache *c);

/* A digest (hex) of everything catalogue_list() would return, read without
 * parsing a model: equal digests, equal lists.  0 or -1. */
int catalogue_fingerprint(struct catalogue *cat, char hex[65]);

#endif
