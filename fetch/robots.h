/*
 * robots.h — robots.txt (RFC 9309): parse a file for one crawler and
 * answer whether a path may be fetched.  Pure: no I/O, no allocation
 * beyond the struct it returns.  Included by fetch/ (and the unit and fuzz
 * tests).
 *
 * Rules kept (RFC 9309 section 2.2): the groups whose user-agent lines
 * name the crawler's product token (case-insensitively) are combined, else
 * those of "*", else everything is allowed; of the allow and disallow rules
 * that match a path, the longest pattern wins, and allow wins a tie; "*"
 * matches any run of characters and a final "$" the end of the path; an
 * empty disallow matches nothing; /robots.txt itself is always allowed.
 * Crawl-delay (not in the RFC, read as Google and Bing read it) of the
 * same groups is kept, in seconds, capped at ROBOTS_MAX_DELAY.
 *
 * Bounds: the first ROBOTS_MAX_BYTES of the file are read (the RFC asks
 * for at least 500 KiB), at most ROBOTS_MAX_RULES rules are kept, and a
 * match costs at most pattern length x path length steps.
 */
#ifndef HOTFEED_ROBOTS_H
#define HOTFEED_ROBOTS_H

#include <stddef.h>

#define ROBOTS_MAX_BYTES (512u << 10)
#define ROBOTS_MAX_RULES 10000
#define ROBOTS_MAX_DELAY 60 /* seconds */

struct robots;

/* Parse len bytes of robots.txt for the crawler whose product token is
 * agent ("hotfeed").  Never fails (malformed lines are ignored). */
struct robots *robots_parse(const char *text, size_t len, const char *agent);
/* Rules that allow everything (a 4xx robots.txt: RFC 9309 2.3.1.3). */
struct robots *robots_allow_all(void);
void robots_free(struct robots *r);

/* 1 when path (the URL's path and query, "/a/b.html?x=1") may be fetched. */
int robots_allowed(const struct robots *r, const char *path);

/* The Crawl-delay of the groups used, in milliseconds; 0 when none. */
long robots_delay_ms(const struct robots *r);

#endif
