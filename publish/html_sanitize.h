/*
 * html_sanitize.h — HTML that a template produced, made safe to embed:
 * parsed with libxml2's HTML parser (whatever the template wrote, the result
 * is a tree), cut down to an allow-list of elements and attributes, links
 * kept only as http(s) URLs, and serialized again.  No <script>, event
 * attribute, javascript:/data: URL, frame or object survives, and in
 * item bodies no <style> or form either.  The one script a page may have is
 * <script src="NAME.js"></script>, NAME.js a plain file name beside the
 * page (a file hotfeed copies there from the templates; nothing else in the
 * output directory ends in .js), its content and other attributes dropped.  Links in item bodies
 * are made absolute against base; in pages, relative links stay relative.  Included by publish/
 * only.
 */
#ifndef HOTFEED_HTML_SANITIZE_H
#define HOTFEED_HTML_SANITIZE_H

#include <stddef.h>

enum html_mode {
	HTML_FRAGMENT, /* an item body: the children of <body> */
	HTML_PAGE,     /* a whole page (index.html): head, <style>, radio inputs,
	                  a GET <form>, <script src> of a file beside the page */
	HTML_PAGE_PART /* part of a page's body: the children of <body>, links
	                  as in pages (relative ones stay relative) */
};

/* The sanitized HTML of html[0..len) (caller frees), relative links
 * resolved against base; NULL with a message in err when libxml2 cannot
 * parse or serialize it. */
char *html_clean(const char *html, size_t len, enum html_mode mode, const char *base, char *err,
                 size_t errlen);

#endif
