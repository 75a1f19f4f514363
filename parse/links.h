/*
 * links.h — the links of an index (back-number) page, for the crawler.
 * Included by fetch/ and parse/isolate.c.  Goes through parse/html.h, the
 * one door to gumbo.
 *
 * Ownership: the hrefs are appended to the caller's lists as copies;
 * html_links_free() releases a struct html_links.
 */
#ifndef HOTFEED_LINKS_H
#define HOTFEED_LINKS_H

#include <stddef.h>
#include "core/bulletin.h"

/* Append the href of every <a> in the UTF-8 document, in document order,
 * as written (not resolved), without duplicates.  Returns the number of
 * links added, or -1 with a reason in err when the page could not be
 * parsed. */
int html_links(const char *utf8, size_t len, strlist *hrefs, char *err, size_t errlen);

/* One link of a page: what the crawler needs to tell a bulletin from the
 * next page of the same list. */
struct html_link {
	char *href; /* as written, never NULL */
	char *text; /* the text of the first <a> with this href ("" if none),
	               at most HTML_LINK_TEXT_MAX bytes */
	int paging; /* an <a rel="next|prev"> has this href */
};
struct html_links {
	VEC(struct html_link) v;
};
#define HTML_LINK_TEXT_MAX 120
#define HTML_LINK_HREF_MAX 8192 /* a longer href is left out */

/* As html_links(), with each link's text and rel (at most
 * HF_MAX_INDEX_LINKS links).  Returns the number, or -1 with err set. */
int html_links_read(const char *utf8, size_t len, struct html_links *out, char *err, size_t errlen);

/* The same for the raw bytes of a page (decoded as a browser would, with
 * the transport charset, which may be NULL), parsed in the isolated parser
 * worker (parse/isolate.c) under its CPU and memory budget: a hostile page
 * is an error return ("parser stopped: memory limit ..."), never the end
 * of the caller.  Returns the number of links, or -1 with err set. */
int parse_links_isolated(const unsigned char *bytes, size_t len, const char *charset,
                         struct html_links *out, char *err, size_t errlen);

/* The worker's wire form: one line per link, "P\tHREF\tTEXT\n" (P is 1 for
 * paging, else 0; tabs, CR and LF inside become spaces).  encode returns
 * malloc'd text; decode appends to out and returns the number of links
 * read, or -1 when a line is malformed. */
char *html_links_encode(const struct html_links *l);
int html_links_decode(const char *s, size_t len, struct html_links *out);

void html_links_free(struct html_links *l);

#endif
