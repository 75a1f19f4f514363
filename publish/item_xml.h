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
	const char *name, *title;      /* name "" for the main feed */
	const char *rss, *atom, *json; /* file names relative to the page */
};

/* <bulletin> as the root of its own document: item.xsl's input. */
xmlDocPtr item_xml_doc(const struct feed_item *it);

/* One entry of a page's filter or navigation lists. */
struct index_filter {
	const char *name; /* a product or platform name */
	const char *cls;  /* its class token on the cards: "p3" */
	size_t count;     /* cards of the page that have it */
};

struct index_link {
	const char *label; /* "2005", "2" */
	const char *href;  /* a file name relative to the page */
	size_t count;      /* bulletins behind it */
	int current;       /* the page shown is (in) it */
};

/* Where one page stands among the index pages (index_pages.h). */
struct index_nav {
	const char *kind;           /* "first" (index.html), "year", "search" or "rows" */
	const char *page;           /* this page's file name */
	const char *year;           /* the year of a year page, else NULL */
	size_t page_no, pages;      /* 1-based place among the year's pages */
	const char *prev, *next;    /* newer and older page, or NULL */
	const char *first, *search; /* index.html and search.html */
	size_t total;               /* bulletins of the catalogue */
	const struct index_link *years;
	size_t nyears; /* newest first */
	const struct index_link *year_pages;
	size_t nyear_pages;
	size_t severity[5]; /* cards of the page per level; [0] 未評価 */
	const struct index_filter *filters;
	size_t nfilters;
};

/* An empty <index> page document (feed metadata and feeds, an empty
 * <bulletins>): index.xsl's input, filled by item_xml_page_add and closed
 * by item_xml_page_finish. */
xmlDocPtr item_xml_page_new(const struct feed_meta *m, const struct index_feed *feeds,
                            size_t nfeeds);

/* it as the next <bulletin> of the page, as a card: only the model keys
 * templates/README.md lists for the index pages, the revisions without
 * their changes; classes (the card's filter class
 * tokens, "p1 p4") as its filters attribute, or NULL. */
void item_xml_page_add(xmlDocPtr doc, const struct feed_item *it, const char *classes);

/* it's card as item_xml_page_add makes it (without filters), as XML text
 * appended to out: what the fragment cache keeps.  0 or -1. */
int item_xml_card(const struct feed_item *it, struct buf *out);

/* A card made by item_xml_card (its text, len bytes) as the next
 * <bulletin> of the page, with classes as above: the same tree
 * item_xml_page_add makes.  0, or -1 when the text is not one <bulletin>. */
int item_xml_page_add_card(xmlDocPtr doc, const char *xml, size_t len, const char *classes);

/* The page's kind, <nav>, <severities>, <filters> and bulletin count, from
 * nav; called once, after the last item_xml_page_add. */
void item_xml_page_finish(xmlDocPtr doc, const struct index_nav *nav);

#endif
