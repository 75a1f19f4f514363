/*
 * csaf.h — CSAF 2.0 advisories: one csaf_security_advisory document per
 * bulletin that has an MS id, laid out under csaf/ as CSAF 2.0's
 * distribution rules say (section 7.1): csaf/YYYY/<tracking id in lower
 * case>.json (YYYY from initial_release_date), csaf/index.txt,
 * csaf/changes.csv (newest first), csaf/provider-metadata.json and one
 * ROLIE feed for the configured TLP label, csaf/feed-tlp-<label>.json.
 * The mapping from the model is listed at the top of csaf.c.
 * Included by publish/ only.
 */
#ifndef HOTFEED_CSAF_H
#define HOTFEED_CSAF_H

#include <stddef.h>
#include "core/config.h"
#include "publish/feed.h"
#include "publish/outfiles.h"

/*
 * Every csaf/ file, a bulletin at a time (bounded memory), the bulletins
 * newest first; site is the directory URL ending in '/'.  csaf_begin()
 * checks [csaf] (NULL with a message in err: a value that CSAF does not
 * allow); csaf_render() makes one bulletin's document (it has an MS id)
 * into *d (owned: csaf_doc_free), which holds everything csaf_put() needs,
 * so a publish may keep it as a cached fragment; csaf_put() adds it to
 * files, unless a newer bulletin already had its tracking id (1 when it
 * did, 0 when not), linking the old set's file unread when the caller
 * knows it has these bytes (unchanged: changes_same_csaf), else writing
 * doc, which load(ctx, d) fills first when it does not hold size bytes
 * (a cached document is read only when it is written); csaf_end()
 * adds the directory's files (index.txt, changes.csv, the ROLIE feed,
 * provider-metadata.json).  What the run keeps
 * per document: its path and date (changes.csv is sorted by date) and its
 * ROLIE entry in a temporary file.  0, or -1 with a message in err.
 */
struct csaf_run;
struct csaf_doc {
	char *id;         /* the tracking id */
	char *path;       /* "2005/ms05-039.json", under csaf/ */
	char *when;       /* current_release_date */
	struct buf doc;   /* the document, as written (or empty: see size) */
	size_t size;      /* its bytes: doc's, or to load (csaf_put) */
	struct buf rolie; /* its ROLIE entry, as laid out in the feed */
};
struct csaf_run *csaf_begin(const struct config *cfg, const char *site, char *err, size_t errlen);
int csaf_render(struct csaf_run *c, const struct feed_item *it, struct csaf_doc *d, char *err,
                size_t errlen);
int csaf_put(struct csaf_run *c, struct csaf_doc *d, struct outfiles *files, int unchanged,
             int (*load)(void *ctx, struct csaf_doc *d), void *ctx, char *err, size_t errlen);
int csaf_end(struct csaf_run *c, struct outfiles *files, char *err, size_t errlen);
void csaf_free(struct csaf_run *c);
void csaf_doc_free(struct csaf_doc *d);

/* The URL of the ROLIE feed csaf_end() writes for cfg's TLP label
 * (caller frees). */
char *csaf_rolie_url(const struct config *cfg, const char *site);

#endif
