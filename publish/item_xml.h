/*
 * item_xml.h — the XML documents the templates read (vocabulary in
 * templates/README.md).  Each bulletin is a <bulletin> element whose
 * children mirror the model's JSON form (bulletin_json.h) key by key, with
 * the permanent id, dates and revision history as extra attributes and
 * elements; every text is sanitized and every url made absolute http(s)
 * or left out.  Included by publish/ only.
 *
 * Ownership: the caller xmlFreeDoc()s what these return.
 */
#ifndef HOTFEED_ITEM_XML_H
#define HOTFEED_ITEM_XML_H

#include <libxml/tree.h>
#include "publish/feed.h"

/* A link from index.html to one published feed (the main one or a facet). */
struct index_feed {
	const char *name, *title;     /* name "" for the main feed */
	const char *rss, *atom, *json;   /* file names relative to the page */
};

/* <bulletin> as the root of its own document: item.xsl's input. */
xmlDocPtr item_xml_doc(const struct feed_item *it);

/* <index> with the feed's metadata, its files, the severity counts and
 * every item as a <bulletin>: index.xsl's input. */
xmlDocPtr item_xml_index(const struct feed_meta *m, const struct index_feed *feeds,
                         size_t nfeeds, struct feed_item *const *items, size_t n);

/* The same pushed a bulletin at a time: begin with the severity counts
 * (severity[level], level 0: none) and the number n of bulletins that
 * will be added, then add each (newest first). */
xmlDocPtr item_xml_index_begin(const struct feed_meta *m, const struct index_feed *feeds,
                               size_t nfeeds, const size_t severity[5], size_t n);
void item_xml_index_add(xmlDocPtr doc, const struct feed_item *it);

#endif
