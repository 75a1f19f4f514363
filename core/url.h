/*
 * url.h — the one URL resolver of hotfeed, used by extraction (links of a
 * bulletin), the crawler (links of an index page) and publish (links in
 * the outputs), so that a link means the same URL at every stage, and the
 * one check of a URL given as an argument (url_arg_problem).
 * May be included by any file.
 */
#ifndef HOTFEED_URL_H
#define HOTFEED_URL_H

enum {
	URL_KEEP_FRAGMENT = 1 /* keep "#frag" (the crawler drops it) */
};

/*
 * Resolve ref against base (RFC 3986 section 5, as libcurl's URL API does
 * it) into a malloc'd absolute URL.  ref is read as an HTML href: C0
 * controls and spaces around it are stripped and tab, LF and CR inside it
 * dropped (HTML Standard, "parse a URL"; the WHATWG URL parser does the
 * same); what a URL cannot hold is %-escaped, escapes in upper case.
 * Returns NULL when base is not an absolute URL of a scheme libcurl knows,
 * or ref cannot be resolved against it (javascript:, mailto:, "g:h").
 */
char *url_resolve(const char *base, const char *ref, unsigned flags);

/* ref with the trimming of url_resolve() applied (malloc'd): the href a
 * page means, for when there is no base to resolve it against. */
char *url_trim_ref(const char *ref);

/* Is arg a page or index hotfeed may read: an http, https or file URL, or
 * (when paths) a local path — anything that starts like a URL of another
 * scheme (ftp:, javascript:, data:) must then exist as a file to count as
 * a path?  No control characters anywhere.  NULL when it is, else why not
 * (a static string). */
const char *url_arg_problem(const char *arg, int paths);

#endif
