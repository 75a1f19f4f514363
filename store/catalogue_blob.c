/*
 * catalogue_blob.c — raw pages stored once by content: the blobs table
 * (migration 5) maps a body's SHA-256 to its bytes, zlib-compressed; pages
 * name their body by that hash.  Aliases of one page, and the same bytes
 * fetched again, cost one copy.  A blob no page names any more is deleted
 * by the schema's trigger (pages_blob_gc) when its last page goes.
 */
#include "store/catalogue_impl.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* blobs.method: how data holds the bytes. */
enum { BLOB_STORED = 0, BLOB_ZLIB = 1 };

/* The largest body a blob may claim: pages are refused far below. */
#define BLOB_MAX_BYTES (1u << 30)

/*
 * body compressed into z (compressBound(len) bytes), *zlen its size: the
 * bytes compress2(level 1) writes, through one deflate state kept for the
 * catalogue's life and reset per page (compress2 allocated and zeroed its
 * quarter-megabyte state for every page: a tenth of the store's time).
 */
static int
deflate_page(struct catalogue *cat, const unsigned char *body, size_t len, unsigned char *z,
             uLongf *zlen)
{
	z_stream *zs = cat->deflate;
	int rc;

	if (zs == NULL) {
		zs = xcalloc(1, sizeof *zs);
		if (deflateInit(zs, 1) != Z_OK) {
			free(zs);
			return -1;
		}
		cat->deflate = zs;
	} else if (deflateReset(zs) != Z_OK) {
		return -1;
	}
	zs->next_in = (Bytef *)(body ? body : (const unsigned char *)"");
	zs->avail_in = (uInt)len;
	zs->next_out = z;
	zs->avail_out = (uInt)*zlen;
	rc = deflate(zs, Z_FINISH);
	*zlen = zs->total_out;
	return rc == Z_STREAM_END ? 0 : -1;
}

void
cat_blob_close(struct catalogue *cat)
{
	if (cat->deflate) {
		deflateEnd(cat->deflate);
		free(cat->deflate);
		cat->deflate = NULL;
	}
}

int
cat_blob_put(struct catalogue *cat, const char *sha, const unsigned char *body, size_t len)
{
	sqlite3_stmt *q;
	unsigned char *z;
	uLongf zlen;
	int rc;

	if (cat_keep(cat, &q, "SELECT 1 FROM blobs WHERE sha256 = ?1") < 0)
		return -1;
	cat_bind_text(q, 1, sha);
	rc = sqlite3_step(q);
	cat_release(cat, q);
	if (rc == SQLITE_ROW)
		return 0; /* these bytes are stored already */
	if (rc != SQLITE_DONE)
		return cat_dberr(cat, "looking up a stored page");
	if (len > BLOB_MAX_BYTES)
		return cat_fail(cat, "page of %zu bytes is over the store's limit", len);
	/* level 1: HTML shrinks to about a fifth at a tenth of level 9's time */
	zlen = compressBound((uLong)len);
	z = xmalloc(zlen);
	if (deflate_page(cat, body, len, z, &zlen) < 0) {
		free(z);
		return cat_fail(cat, "compressing a page of %zu bytes failed", len);
	}
	if (cat_keep(cat, &q,
	             "INSERT INTO blobs (sha256, size, method, data)"
	             " VALUES (?1, ?2, ?3, ?4)") < 0) {
		free(z);
		return -1;
	}
	cat_bind_text(q, 1, sha);
	sqlite3_bind_int64(q, 2, (sqlite3_int64)len);
	sqlite3_bind_int(q, 3, BLOB_ZLIB);
	sqlite3_bind_blob64(q, 4, z, zlen, SQLITE_STATIC);
	rc = sqlite3_step(q);
	cat_release(cat, q);
	free(z);
	if (rc != SQLITE_DONE)
		return cat_dberr(cat, "storing a page");
	return 0;
}

int
cat_blob_get(struct catalogue *cat, const char *sha, unsigned char **body, size_t *len)
{
	sqlite3_stmt *q;
	sqlite3_int64 size;
	int method, rc;
	const void *data;
	size_t dlen;
	uLongf out;

	*body = NULL;
	*len = 0;
	if (cat_keep(cat, &q, "SELECT size, method, data FROM blobs WHERE sha256 = ?1") < 0)
		return -1;
	cat_bind_text(q, 1, sha);
	rc = sqlite3_step(q);
	if (rc != SQLITE_ROW) {
		cat_release(cat, q);
		return rc == SQLITE_DONE ? cat_fail(cat, "stored page %.64s is missing", sha)
		                         : cat_dberr(cat, "reading a stored page");
	}
	size = sqlite3_column_int64(q, 0);
	method = sqlite3_column_int(q, 1);
	dlen = (size_t)sqlite3_column_bytes(q, 2);
	data = sqlite3_column_blob(q, 2);
	if (size < 0 || size > BLOB_MAX_BYTES || (method == BLOB_STORED && (size_t)size != dlen) ||
	    (method != BLOB_STORED && method != BLOB_ZLIB)) {
		cat_release(cat, q);
		return cat_fail(cat, "stored page %.64s is damaged (size %lld, method %d)", sha,
		                (long long)size, method);
	}
	*body = xmalloc((size_t)size + 1);
	out = (uLongf)size;
	if (method == BLOB_STORED) {
		if (size > 0)
			memcpy(*body, data, (size_t)size);
	} else if (uncompress(*body, &out, data ? data : (const void *)"", (uLong)dlen) != Z_OK ||
	           out != (uLongf)size) {
		cat_release(cat, q);
		free(*body);
		*body = NULL;
		return cat_fail(cat,
		                "stored page %.64s is damaged (does not inflate to %lld bytes)",
		                sha, (long long)size);
	}
	(*body)[size] = '\0';
	*len = (size_t)size;
	cat_release(cat, q);
	return 0;
}
