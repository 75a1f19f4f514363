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
 * documents carry each item's body; archives carry their title, dates,
 * link, summary, categories and hf: data, not item.xsl's body (so archives
 * cost no XSLT and do not depend on which bulletins another feed rendered).
 * The rule is carried out by publish.c as the bulletins stream past, newest
 * first (main_take, write_current, close_month): the current documents'
 * items and each month's are spooled as item texts (feed_splice.h) and
 * written when the month ends.  This header holds the rule only.
 * Included by publish/ only.
 */
#ifndef HOTFEED_FEED_ARCHIVE_H
#define HOTFEED_FEED_ARCHIVE_H
#endif
