/*
 * links.h — the links of an index (back-number) page, for the crawler.
 * Included by fetch/.  Goes through parse/html.h, the one door to gumbo.
 *
 * Ownership: the hrefs are appended to the caller's strlist as copies.
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

#endif
