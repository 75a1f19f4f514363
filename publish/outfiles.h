/*
 * outfiles.h — the set of files one publish writes, all or nothing: each is
 * re-parsed in memory (XML, JSON, HTML), then all are written to temporary
 * names in the output directory and fsync'ed, and only then renamed into
 * place.  A name may hold '/': the file goes into that subdirectory of the
 * output directory, created when missing ("csaf/2005/ms05-039.json").
 * Included by publish/ only.
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
	char *name;          /* file name inside the directory */
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
 * on failure no file in dir has changed (temporary files are removed). */
int outfiles_commit(const struct outfiles *s, const char *dir, char *err, size_t errlen);

void outfiles_free(struct outfiles *s);

#endif
