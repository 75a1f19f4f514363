/*
 * crawl.h — discovering bulletin pages from index (back-number) pages:
 * their links, resolved, and which of them to follow.  Included by fetch/.
 *
 * Rules (hotfeed(1), "Crawling"): only links on the same site as the root
 * index (same scheme class and host:port; file: stays file:).  A link whose
 * last path segment is empty, "index.*" or "default.*" is an index page:
 * followed when it lies under the root index's directory (year
 * sub-indexes), never a bulletin.  With a pattern (fnmatch(3) on the whole
 * URL), matching links are bulletin pages and other links under the root's
 * directory are sub-indexes; without one, every other link is a bulletin
 * page.  Depth is the caller's business.
 */
#ifndef HOTFEED_CRAWL_H
#define HOTFEED_CRAWL_H

#include <stddef.h>
#include "core/bulletin.h"

/* Decode an index page (transport charset may be NULL), extract its links
 * and append them to out resolved against base (absolute, without
 * fragment, http/https/file only, no duplicates, at most
 * HF_MAX_INDEX_LINKS).  Returns the number added, or -1 with a reason in
 * err. */
int crawl_page_links(const unsigned char *body, size_t len, const char *charset,
                     const char *base, strlist *out, char *err, size_t errlen);

enum crawl_kind { CRAWL_SKIP, CRAWL_INDEX, CRAWL_PAGE };

/* What to do with link (absolute) found below the root index root.
 * pattern may be NULL. */
enum crawl_kind crawl_classify(const char *root, const char *link, const char *pattern);

/* A local path as an absolute file:// URL, bytes a URL cannot hold
 * %-escaped (malloc'd): how every command names a local page, so that
 * `hotfeed ingest` and `hotfeed fetch` file it alike.  The client
 * %-decodes file URLs. */
char *crawl_file_url(const char *path);

/* A command-line argument: http(s) and file URLs are copied, anything else
 * is a path (crawl_file_url). */
char *crawl_url_from_arg(const char *arg);

#endif
