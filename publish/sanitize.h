/*
 * sanitize.h — the one place where text and URLs from pages are made safe
 * for the writers: code points XML 1.0 forbids (C0 controls, U+FFFE,
 * U+FFFF, ...) are removed, and links are kept only when they are (or
 * resolve to) absolute http/https URLs.  Writers still escape through their
 * libraries; this only removes what no escaping can represent or make safe.
 * Included by publish/ only.
 *
 * Every function returns a new string the caller free()s, or NULL.
 */
#ifndef HOTFEED_SANITIZE_H
#define HOTFEED_SANITIZE_H

/* s without C0/C1 controls (tab, LF, CR kept), DEL, noncharacters
 * (U+FDD0..U+FDEF, U+xFFFE/U+xFFFF) and surrogates; an invalid UTF-8
 * sequence becomes U+FFFD.  NULL in, NULL out. */
char *sanitize_text(const char *s);

/* url made absolute against base (either may be NULL) and percent-encoded
 * where a URI may not hold a byte; NULL unless the result is an http or
 * https URL with a host (javascript:, data:, file:, mailto:, ... are
 * dropped, and so is a relative URL with no usable base). */
char *sanitize_url(const char *url, const char *base);

/* For links inside index.html: a relative reference with no scheme is
 * kept as it is (cleaned and percent-encoded), anything with a scheme only
 * when it is http(s).  NULL when dropped. */
char *sanitize_href(const char *url);

/* Plain text as HTML text: & < > escaped, paragraphs (blank-line
 * separated) as <p> elements.  For RSS <description>, which readers treat
 * as HTML: text from pages then shows as text.  NULL in, NULL out. */
char *sanitize_text_to_html(const char *text);

/* 1 when the (already absolute) url is http(s) with a host, else 0. */
int sanitize_url_is_web(const char *url);

#endif
