/*
 * publish.h — `hotfeed publish`: the catalogue in, every output file out.
 * Writes rss.xml, atom.xml, feed.json, catalogue.json, index.html and, per
 * [facet NAME], NAME.rss.xml, NAME.atom.xml, NAME.feed.json into one
 * directory, with the main feed's monthly archives (archive/, see
 * feed_archive.h), the CSAF advisories (csaf/, see csaf.h), feeds.opml
 * and the templates' icon.png.  All files are rendered and re-parsed in memory first, then
 * written to temporary names in the directory, then renamed into place:
 * when anything fails, the files already there stay as they were.
 * Pages of kind "other" (not bulletins: tips, glossary) appear only in
 * catalogue.json, never in the feeds or index.html.
 * Included by cli/ only.
 */
#ifndef HOTFEED_PUBLISH_H
#define HOTFEED_PUBLISH_H

#include <stddef.h>
#include "core/catalogue.h"
#include "core/config.h"

struct publish_opts {
	const struct config *cfg;   /* [feed] and [facet NAME] */
	const char *out;            /* output directory (created when missing) */
	const char *templates;      /* directory holding item.xsl and index.xsl */
	int verbose;                /* print each file written on stderr */
};

/* Publish entries (newest first, as catalogue_list returns them).  0, or -1
 * with a message in err naming the file or step that failed. */
int publish_entries(const struct publish_opts *o, const struct cat_entry *entries,
                    size_t n, char *err, size_t errlen);

/* The template directory to use when none is given: ./templates when it
 * holds item.xsl, else templates/ beside the running binary when it does,
 * else HOTFEED_DATADIR/templates.  Static string. */
const char *publish_default_templates(void);

#endif
