/*
 * catalogue_cache.c — publish's fragment cache: a SQLite file of its own
 * (never the catalogue, which publish opens read-only), one row per
 * bulletin key holding the digest of what the bulletin's outputs were
 * rendered from and the rendered texts (an opaque blob the publish lays
 * out).  A cache is only ever an optimisation: any error turns it off for
 * the run and the publish renders everything; a lost or damaged file is
 * made again.  All writes of a run are one transaction, committed at close
 * (a killed publish loses them: the next renders those bulletins again).
 */
#include "store/catalogue_impl.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct catalogue_cache {
	sqlite3 *db;
	sqlite3_stmt *get, *put, *seen;
};

static const char cache_schema[] =
	"PRAGMA page_size = 32768; PRAGMA synchronous = OFF; PRAGMA cache_size = -256;"
	"CREATE TABLE IF NOT EXISTS fragments ("
	"  key    TEXT PRIMARY KEY,"
	"  digest TEXT NOT NULL,"
	"  blob   BLOB NOT NULL"
	");"
	"CREATE TEMP TABLE seen (key TEXT PRIMARY KEY) WITHOUT ROWID;"
	"PRAGMA temp.cache_size = -256;"
	"BEGIN;";

static struct catalogue_cache *
cache_try(const char *path)
{
	struct catalogue_cache *c = xcalloc(1, sizeof *c);

	if (sqlite3_open_v2(path, &c->db,
	                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW,
	                    NULL) != SQLITE_OK ||
	    sqlite3_exec(c->db, cache_schema, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(c->db, "SELECT blob FROM fragments WHERE key = ?1 AND digest = ?2",
	                       -1, &c->get, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(c->db,
	                       "INSERT OR REPLACE INTO fragments (key, digest, blob)"
	                       " VALUES (?1, ?2, ?3)",
	                       -1, &c->put, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(c->db, "INSERT OR IGNORE INTO temp.seen (key) VALUES (?1)", -1,
	                       &c->seen, NULL) != SQLITE_OK) {
		sqlite3_finalize(c->get);
		sqlite3_finalize(c->put);
		sqlite3_close(c->db);
		free(c);
		return NULL;
	}
	return c;
}

/* Pages kept for a cache of this many entries: 256 KB, and 20 bytes an
 * entry beyond that, about what the interior pages of its table and key
 * index take (each row is a page or more of its own): at 100,000 bulletins
 * 256 KB re-read those pages for every lookup, 2 MB halved the reads. */
static void
size_page_cache(struct catalogue_cache *c, size_t entries)
{
	size_t kib = entries / 50;
	char sql[64];

	if (kib <= 256)
		return;
	snprintf(sql, sizeof sql, "PRAGMA main.cache_size = -%zu", kib < 16384 ? kib : 16384);
	sqlite3_exec(c->db, sql, NULL, NULL, NULL);
}

struct catalogue_cache *
catalogue_cache_open(const char *path, size_t entries)
{
	struct catalogue_cache *c = cache_try(path);

	if (c == NULL) {
		/* damaged, or not a cache: made again */
		unlink(path);
		c = cache_try(path);
	}
	if (c != NULL)
		size_page_cache(c, entries);
	return c;
}

int
catalogue_cache_get(struct catalogue_cache *c, const char *key, const char *digest, char **blob,
                    size_t *len)
{
	int rc = 0;

	if (c == NULL)
		return 0;
	catalogue_cache_keep(c, key);
	sqlite3_reset(c->get);
	sqlite3_bind_text(c->get, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(c->get, 2, digest, -1, SQLITE_STATIC);
	if (sqlite3_step(c->get) == SQLITE_ROW) {
		const void *b = sqlite3_column_blob(c->get, 0);
		*len = (size_t)sqlite3_column_bytes(c->get, 0);
		*blob = xmalloc(*len + 1);
		if (*len > 0)
			memcpy(*blob, b, *len);
		(*blob)[*len] = '\0';
		rc = 1;
	}
	sqlite3_reset(c->get);
	return rc;
}

void
catalogue_cache_keep(struct catalogue_cache *c, const char *key)
{
	if (c == NULL)
		return;
	sqlite3_reset(c->seen);
	sqlite3_bind_text(c->seen, 1, key, -1, SQLITE_STATIC);
	sqlite3_step(c->seen); /* not noted: its row stays (prune) */
	sqlite3_reset(c->seen);
}

void
catalogue_cache_put(struct catalogue_cache *c, const char *key, const char *digest,
                    const void *blob, size_t len)
{
	if (c == NULL)
		return;
	sqlite3_reset(c->put);
	sqlite3_bind_text(c->put, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(c->put, 2, digest, -1, SQLITE_STATIC);
	sqlite3_bind_blob(c->put, 3, blob, (int)len, SQLITE_STATIC);
	sqlite3_step(c->put); /* a row not written is rendered again next time */
	sqlite3_reset(c->put);
}

void
catalogue_cache_prune(struct catalogue_cache *c)
{
	if (c != NULL)
		/* the keys from the key index alone, then only those rows: a
		 * plain DELETE ... WHERE key NOT IN scans the table, a page per
		 * row with its blob (3 s at 100,000 bulletins) */
		sqlite3_exec(c->db,
		             "DELETE FROM fragments WHERE key IN (SELECT f.key FROM fragments f"
		             " WHERE f.key NOT IN (SELECT key FROM temp.seen))",
		             NULL, NULL, NULL);
}

void
catalogue_cache_close(struct catalogue_cache *c)
{
	if (c == NULL)
		return;
	sqlite3_finalize(c->get);
	sqlite3_finalize(c->put);
	sqlite3_finalize(c->seen);
	sqlite3_exec(c->db, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(c->db);
	free(c);
}
