/*
 * feed_archive.h — RFC 5005 archived feeds for the main feed: the current
 * (subscription) documents rss.xml, atom.xml, feed.json and one archive
 * document per month in each format, archive/YYYY-MM.rss.xml,
 * archive/YYYY-MM.atom.xml, archive/YYYY-MM.feed.json, chained by
 * prev-archive / next-archive / current links (JSON Feed: next_url, from
 * the current feed to older months).
 *
 * The rule that makes the walk exact and the archives stable: a bulletin
 * is in the document of the month (+09:00) of its `updated`, the time of
 * its latest revision.  The current document holds the newest months
 * whole, from the month of the [feed] items-th newest bulletin on (so at
 * least `items` bulletins); every older month is an archive.  Walking
 * prev-archive from the current document meets every bulletin once, in its
 * latest revision.  A revision moves its bulletin to the top of the current
 * document (and out of its old month, which is then rewritten); a closed
 * month's documents change only when one of their bulletins does, or once
 * when a newer archive appears (its next-archive link).  The current
 * documents carry each item's body; archives carry the summary (see
 * feed_archives_write).
 * Included by publish/ only.
 *
 * Ownership: feed_archives_free() releases what feed_archives_plan() made.
 */
#ifndef HOTFEED_FEED_ARCHIVE_H
#define HOTFEED_FEED_ARCHIVE_H

#include <stddef.h>
#include "publish/feed.h"
#include "publish/outfiles.h"

struct archive_month {
	char month[8];                   /* "2005-08" */
	size_t first, n;                 /* its items: items[first .. first+n) */
	char *name[FEED_FORMATS];        /* file names under the output directory */
	char *url[FEED_FORMATS];         /* absolute URLs */
};

struct feed_archives {
	size_t current_n;                /* the current document's items: the first current_n */
	struct feed_history current;     /* its links (prev-archive only) */
	VEC(struct archive_month) months;   /* the archives, newest first */
};

/* Plan the split of items (the bulletins, newest first by updated) with
 * the current document holding at least min_current (0: all); site is the
 * directory URL ending in '/'. */
void feed_archives_plan(struct feed_archives *a, struct feed_item *const *items, size_t n,
                        size_t min_current, const char *site);

/* 1 when there is at least one archive (the current document then links
 * to them through a->current). */
int feed_archives_any(const struct feed_archives *a);

/* Add every archive document to files.  base: the main feed's metadata
 * (title, ids, links; self_json stays the JSON Feed's identity).  Archive
 * items carry no content (item.xsl's body): their title, dates, link,
 * summary, categories and hf: data.  0, or -1 with a message in err. */
int feed_archives_write(const struct feed_archives *a, const struct feed_meta *base,
                        struct feed_item *const *items, struct outfiles *files,
                        char *err, size_t errlen);

void feed_archives_free(struct feed_archives *a);

#endif
