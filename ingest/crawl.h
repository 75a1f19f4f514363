/*
 * crawl.h — discovering bulletin pages from index (back-number) pages:
 * their links, resolved, and which of them to follow.  Included by ingest/ and cli/.
 *
 * Rules (hotfeed(1), "Crawling"): only links on the same site as the root
 * index (same scheme class and host:port; file: stays file:).  A link whose
 * last path segment is empty, "index.*" or "default.*" is an index page:
 * followed when it lies under the root index's directory (year
 * sub-indexes), never a bulletin.  With a pattern (fnmatch(3) on the whole
 * URL), matching links are bulletin pages and other links under the root's
 * directory are sub-indexes; without one, every other link is a bulletin
 * page.  A pattern matches case-insensitively, on the whole URL or on its
 * path.  Depth is the caller's business.
 *
 * Pagination (crawl_classify_link): a link with rel="next"/"prev", a text
 * such as 次へ, 前へ, 次のページ or a page number, or a URL such as
 * index_2.html, ?page=2 or /page/2/, under the root's directory, is the
 * next page of the same list: an index at the same depth.
 *
 * What a page is does not hang on its name: a fetched page that is not a
 * bulletin and links to CRAWL_INDEX_MIN_BULLETINS bulletin-like pages of the
 * site (crawl_bulletin_like) is an index (the caller decides, ingest/run.c).
 */
#ifndef HOTFEED_CRAWL_H
#define HOTFEED_CRAWL_H

#include <stddef.h>
#include "core/bulletin.h"
#include "parse/links.h"

/* Decode an index page (transport charset may be NULL), extract its links
 * and append them to out resolved against base (absolute, without
 * fragment, http/https/file only, no duplicates, at most
 * HF_MAX_INDEX_LINKS).  Returns the number added, or -1 with a reason in
 * err. */
int crawl_page_links(const unsigned char *body, size_t len, const char *charset, const char *base,
                     strlist *out, char *err, size_t errlen);

enum crawl_kind {
	CRAWL_SKIP,
	CRAWL_INDEX,
	CRAWL_PAGE,
	CRAWL_NEXT /* the next page of the same list: an index, same depth */
};

/* What to do with link (absolute) found below the root index root.
 * pattern may be NULL.  Never CRAWL_NEXT (the URL alone does not say). */
enum crawl_kind crawl_classify(const char *root, const char *link, const char *pattern);

/* The links of an index page are struct html_links (parse/links.h) whose
 * hrefs are resolved: absolute, without fragment.  crawl_page_links() keeping each link's text and
 * rel; the page is parsed in the isolated parser worker (a page over its budget is an error
 * return).  Returns the number of links added, or -1 with err set. */
int crawl_index_links(const unsigned char *body, size_t len, const char *charset, const char *base,
                      struct html_links *out, char *err, size_t errlen);

/* crawl_classify(), and CRAWL_NEXT for pagination (see above). */
enum crawl_kind crawl_classify_link(const char *root, const struct html_link *l,
                                    const char *pattern);

/* 1 when l looks like a bulletin page of root's site: a page link that the
 * pattern matches, or without a pattern, one whose URL or text holds an
 * MS id (MSyy-nnn). */
int crawl_bulletin_like(const char *root, const struct html_link *l, const char *pattern);
#define CRAWL_INDEX_MIN_BULLETINS 3

/* 0 when the raw bytes of a page fetched from base cannot hold
 * CRAWL_INDEX_MIN_BULLETINS links to base's site (a scan of href= values:
 * relative ones and absolute ones to base's host count), so that a
 * bulletin page costs no second parse; 1 when it may (and for bytes the
 * scan cannot read: UTF-16). */
int crawl_may_be_index(const unsigned char *body, size_t len, const char *base);

/* A local path as an absolute file:// URL, bytes a URL cannot hold
 * %-escaped (malloc'd): how every command names a local page, so that
 * `hotfeed ingest` and `hotfeed fetch` file it alike.  The client
 * %-decodes file URLs. */
char *crawl_file_url(const char *path);

/* A command-line argument: http(s) and file URLs are copied, anything else
 * is a path (crawl_file_url). */
char *crawl_url_from_arg(const char *arg);

#endif
