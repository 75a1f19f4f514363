/*
 * feed_opml.h — feeds.opml (OPML 2.0): every feed of one publish with its
 * title, so a reader subscribes to all at once: per feed (the main feed,
 * each facet) one outline per format (RSS, Atom, JSON Feed), and the CSAF
 * ROLIE feed.  Included by publish/ only.
 */
#ifndef HOTFEED_FEED_OPML_H
#define HOTFEED_FEED_OPML_H

#include <stddef.h>
#include "core/util.h"

/* One feed: its title and absolute URLs (rolie NULL but for CSAF's). */
struct opml_feed {
	const char *title;
	const char *rss, *atom, *json;
};

/* Append feeds.opml for feeds to out; title names the list, site is the
 * html URL of every feed, rolie the CSAF ROLIE feed's URL (or NULL).
 * 0, or -1 with a message in err. */
int feed_write_opml(const char *title, const char *site, const struct opml_feed *feeds, size_t n,
                    const char *rolie, struct buf *out, char *err, size_t errlen);

#endif
