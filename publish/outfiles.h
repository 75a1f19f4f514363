/*
 * outfiles.h — the set of files one publish writes, all or nothing: each is
 * re-parsed in memory (XML, JSON, HTML), then all are written into a new
 * generation directory beside the output directory, fsync'ed, and the
 * generation swapped with the output directory in one atomic rename
 * (outgen below): a reader or a crash sees the old set or the new set,
 * never a mix.  A name may hold '/': the file goes into that subdirectory
 * ("csaf/2005/ms05-039.json").  Included by publish/ only.
 *
 * Ownership: the set owns names and buffers; outfiles_free() releases them.
 */
#ifndef HOTFEED_OUTFILES_H
#define HOTFEED_OUTFILES_H

#include <stddef.h>
#include "core/bulletin.h"
#include "core/util.h"

/* OUT_TEXT: UTF-8, may be empty; OUT_BINARY: any bytes (an icon), not checked */
enum out_kind { OUT_XML, OUT_JSON, OUT_HTML, OUT_TEXT, OUT_BINARY };

struct out_file {
	char *name; /* file name inside the directory; "sub/name" makes sub/ */
	enum out_kind kind;
	struct buf data;
};

/* What a streaming set has written: one entry per file at the top, one per
 * directory below it (its file count and bytes): the publish record. */
struct out_written {
	char *name; /* "rss.xml", or "csaf/2005" for a directory */
	int dir;
	size_t files;
	unsigned long long bytes;
};

struct outgen;
struct outfiles {
	VEC(struct out_file) v; /* pending: checked and written at flush */
	struct outgen *gen;     /* streaming: the generation, else NULL */
	VEC(struct out_written) written;
};

/* A new empty file in the set; fill its data.  name is relative, its
 * components neither empty, "." nor ".." (the caller builds it). */
struct out_file *outfiles_add(struct outfiles *s, const char *name, enum out_kind kind);

/*
 * A generation, for writers that produce files one at a time (streaming):
 * outfiles_gen_open() locks dir (PARENT/.BASE.lock), removes the leftovers of
 * interrupted publishes and makes the empty generation; outfiles_gen_write() adds
 * one file (NAME may hold "/": its directories are made; every file is
 * created with O_EXCL|O_NOFOLLOW, mode 0666 less the umask, and fsync'ed);
 * outfiles_gen_swap() makes it the output directory; outfiles_gen_free() removes an
 * unswapped generation (or the old set after a swap) and drops the lock.
 * Each returns 0 / non-NULL, or -1 / NULL with a message in err.  dir
 * itself must be a directory or missing: a symbolic link is refused.
 */
struct outgen;
struct outgen *outfiles_gen_open(const char *dir, char *err, size_t errlen);
int outfiles_gen_write(struct outgen *g, const char *name, const void *data, size_t len, char *err,
                       size_t errlen);
int outfiles_gen_swap(struct outgen *g, char *err, size_t errlen);
void outfiles_gen_free(struct outgen *g);
/* Under dir's lock, only remove the leftovers of interrupted publishes
 * (for a publish that finds nothing to write): 0, or -1 with a message. */
int outfiles_tidy(const char *dir, char *err, size_t errlen);

/*
 * Streaming (bounded memory): outfiles_begin() opens the generation of dir
 * (outfiles_gen_open below) at the start of a publish; outfiles_flush()
 * checks each pending file (re-parsed with the parser its kind calls for:
 * XML, JSON, HTML; a message naming the first that does not parse), writes
 * it into the generation and frees its buffer, so a publish calls it after
 * each bulletin and holds one bulletin's files at a time; outfiles_finish() flushes and swaps
 * the generation in.  A file too big to hold (catalogue.json) is written
 * through an out_stream in pieces and checked by re-reading it as a stream
 * when closed (JSON: a syntax check that keeps only the nesting; XML:
 * xmlReader), never parsed whole into a tree.  On any failure the
 * generation is removed by outfiles_free() and dir stays as it was.  Each
 * returns 0 / non-NULL, or -1 / NULL with a message in err.
 */
struct out_stream;
int outfiles_begin(struct outfiles *s, const char *dir, char *err, size_t errlen);
int outfiles_flush(struct outfiles *s, char *err, size_t errlen);
struct out_stream *outfiles_stream(struct outfiles *s, const char *name, enum out_kind kind,
                                   char *err, size_t errlen);
int outfiles_stream_write(struct out_stream *o, const void *data, size_t len);
/* The writer of o has checked each piece it writes, and that the pieces
 * make a whole of o's kind (catalogue.json: a checked frame around
 * entries each checked, or the same bytes as a file checked before):
 * outfiles_stream_close() does not read the file back. */
void outfiles_stream_checked(struct out_stream *o);
/* Close and check o (freed either way). */
int outfiles_stream_close(struct outfiles *s, struct out_stream *o, char *err, size_t errlen);
int outfiles_finish(struct outfiles *s, char *err, size_t errlen);
/* name's file of the set being replaced into the new set (a hard link)
 * without reading it, when the caller knows its bytes are the len bytes it
 * would write (made from the same inputs: changes_same_digest) and the
 * file still has len bytes: 0, else -1 (write it as usual). */
int outfiles_link_old(struct outfiles *s, const char *name, size_t len);

/* Frees everything, and removes a generation not swapped in. */
void outfiles_free(struct outfiles *s);

#endif
