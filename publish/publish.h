/*
 * publish.h — `hotfeed publish`: the catalogue in, every output file out.
 * Writes rss.xml, atom.xml, feed.json, catalogue.json, index.html and, per
 * [facet NAME], NAME.rss.xml, NAME.atom.xml, NAME.feed.json into one
 * directory, with the main feed's monthly archives (archive/, see
 * feed_archive.h), the CSAF advisories (csaf/, see csaf.h), feeds.opml,
 * the templates' icon.png, bulletins/KEY.json per catalogue entry and
 * changes.json (changes.h).  The bulletins are read one at a time (the
 * catalogue's cursor) and each file is checked and written as it is
 * rendered into a new generation that replaces the directory whole in one
 * atomic swap (publish/outfiles.h): when anything fails, the files
 * already there stay as they were.  Memory does not grow with the
 * catalogue, but for index.html (its renderer's, pushed a bulletin at a
 * time).  Rendered texts are cached per bulletin in PARENT/.BASE.cache.sqlite
 * (the catalogue stays read-only).
 * Pages of kind "other" (not bulletins: tips, glossary) appear only in
 * catalogue.json, never in the feeds or index.html.
 * Included by cli/ only.
 */
#ifndef HOTFEED_PUBLISH_H
#define HOTFEED_PUBLISH_H

#include <stddef.h>
#include "store/catalogue.h"
#include "core/config.h"

struct publish_opts {
	const struct config *cfg; /* [feed] and [facet NAME] */
	const char *out;          /* output directory (created when missing) */
	const char *templates;    /* directory holding item.xsl and index.xsl */
	int verbose;              /* print each file written on stderr */
	const char *stamp;        /* publish_stamp(), recorded with the outputs; or NULL */
};

/* The record of the last publish, beside the outputs: its stamp, its
 * counts and the size of each file it wrote (JSON). */
#define PUBLISH_RECORD ".hotfeed-publish.json"

/* The stamp of a publish (hex SHA-256): the catalogue's fingerprint
 * (catalogue_fingerprint) with everything else the outputs depend on:
 * this hotfeed's version, the [feed] and [facet] settings and the bytes
 * of the templates.  0, or -1 when a template cannot be read (publishing
 * will say why). */
int publish_stamp(const struct publish_opts *o, const char *fingerprint, char stamp[65]);

/* Are the outputs in o->out those of stamp, each file still there with the
 * size it was written with?  1 yes (nothing to publish; *bulletins and
 * *other from the record), 0 no. */
int publish_is_current(const struct publish_opts *o, const char *stamp, size_t *bulletins,
                       size_t *other);

/* Publish the catalogue's bulletins, read through its cursor a bulletin
 * at a time (catalogue_cursor_open): memory does not grow with the
 * catalogue.  0, or -1 with a message in err naming the file or step that
 * failed.  *bulletins and *other: what was published. */
int publish_catalogue(const struct publish_opts *o, struct catalogue *cat, size_t *bulletins,
                      size_t *other, char *err, size_t errlen);

/* The template directory to use when none is given: ./templates when it
 * holds item.xsl, else templates/ beside the running binary when it does,
 * else HOTFEED_DATADIR/templates.  Static string. */
const char *publish_default_templates(void);

#endif
