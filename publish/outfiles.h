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
	char *name;          /* file name inside the directory; "sub/name" makes sub/ */
	enum out_kind kind;
	struct buf data;
};

struct outfiles { VEC(struct out_file) v; };

/* A new empty file in the set; fill its data.  name is relative, its
 * components neither empty, "." nor ".." (the caller builds it). */
struct out_file *outfiles_add(struct outfiles *s, const char *name, enum out_kind kind);

/* Re-parse every file with the parser its kind calls for: 0, or -1 with a
 * message naming the first file that does not parse. */
int outfiles_check(const struct outfiles *s, char *err, size_t errlen);

/* Write all to dir (created if missing) as above: 0, or -1 with a message;
 * on failure no file in dir has changed (the new generation is removed). */
int outfiles_commit(const struct outfiles *s, const char *dir, char *err, size_t errlen);

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
int outfiles_gen_write(struct outgen *g, const char *name, const void *data, size_t len,
                 char *err, size_t errlen);
int outfiles_gen_swap(struct outgen *g, char *err, size_t errlen);
void outfiles_gen_free(struct outgen *g);
/* Under dir's lock, only remove the leftovers of interrupted publishes
 * (for a publish that finds nothing to write): 0, or -1 with a message. */
int outfiles_tidy(const char *dir, char *err, size_t errlen);

void outfiles_free(struct outfiles *s);

#endif
