/* test_robots.c — fetch/robots.h against RFC 9309's rules and examples. */
#include "testutil.h"
#include "fetch/robots.h"

#include <stdio.h>
#include <string.h>

static struct robots *
parse(const char *text)
{
	return robots_parse(text, strlen(text), "hotfeed");
}

#define ALLOWED(r, path, want) \
	ck_assert_msg(robots_allowed((r), (path)) == (want), "%s: %d, want %d", (path), \
	              robots_allowed((r), (path)), (want))

START_TEST(groups_ours_else_star_else_all)
{
	/* our group wins over "*", whatever the order; case is ignored */
	struct robots *r = parse("User-agent: *\nDisallow: /\n\nUSER-AGENT: HotFeed\n"
	                         "Disallow: /private/\n");
	ALLOWED(r, "/hfr/ms05-039.html", 1);
	ALLOWED(r, "/private/x.html", 0);
	robots_free(r);
	/* not named: the "*" group */
	r = parse("User-agent: googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /cgi/\n");
	ALLOWED(r, "/hfr/a.html", 1);
	ALLOWED(r, "/cgi/x", 0);
	robots_free(r);
	/* nobody: everything allowed; a product token with a version names us */
	r = parse("User-agent: googlebot\nDisallow: /\n");
	ALLOWED(r, "/", 1);
	robots_free(r);
	r = parse("User-agent: hotfeed/1.0\nDisallow: /a\n");
	ALLOWED(r, "/a", 0);
	robots_free(r);
	/* hotfeedbot or hot are other crawlers */
	r = parse("User-agent: hotfeedbot\nUser-agent: hot\nDisallow: /\n");
	ALLOWED(r, "/a", 1);
	robots_free(r);
}
END_TEST

START_TEST(groups_combine_and_share_rules)
{
	/* consecutive user-agent lines share the rules; two groups for us combine */
	struct robots *r = parse("User-agent: other\nUser-agent: hotfeed\nDisallow: /a/\n"
	                         "Sitemap: http://ex.org/s.xml\n"
	                         "Disallow: /b/\n\nUser-agent: x\nDisallow: /c/\n\n"
	                         "user-agent: hotfeed # again\nDisallow: /d/ # comment\n");
	ALLOWED(r, "/a/1", 0);
	ALLOWED(r, "/b/1", 0);
	ALLOWED(r, "/c/1", 1);
	ALLOWED(r, "/d/1", 0);
	ALLOWED(r, "/e/1", 1);
	robots_free(r);
}
END_TEST

START_TEST(longest_match_allow_wins_tie)
{
	struct robots *r = parse("User-agent: *\nDisallow: /hfr/\nAllow: /hfr/2005/\n"
	                         "Disallow: /hfr/2005/draft\nAllow: /x\nDisallow: /x\n"
	                         "Disallow:\n");
	ALLOWED(r, "/hfr/index.html", 0);
	ALLOWED(r, "/hfr/2005/ms05-039.html", 1);
	ALLOWED(r, "/hfr/2005/draft-1.html", 0);
	ALLOWED(r, "/x", 1);          /* equivalent rules: allow */
	ALLOWED(r, "/robots.txt", 1); /* always */
	ALLOWED(r, "/", 1);           /* the empty disallow matches nothing */
	robots_free(r);
}
END_TEST

START_TEST(wildcards_and_end)
{
	/* RFC 9309 2.2.3's examples */
	struct robots *r = parse("User-agent: *\nDisallow: /*.php$\nDisallow: /fish*.html\n"
	                         "Allow: /*?lang=ja\nDisallow: /*?\n");
	ALLOWED(r, "/index.php", 0);
	ALLOWED(r, "/a/b.php", 0);
	ALLOWED(r, "/index.php?x=1", 0); /* not the end, but the query rule */
	ALLOWED(r, "/index.php5", 1);
	ALLOWED(r, "/fish.html", 0);
	ALLOWED(r, "/fishheads/cat.html", 0);
	ALLOWED(r, "/Fish.html", 1); /* paths are case-sensitive */
	ALLOWED(r, "/list?page=2", 0);
	ALLOWED(r, "/list?lang=ja", 1);
	robots_free(r);
	/* many stars against a long path: bounded, not exponential */
	char pat[600], path[4100];
	size_t n = (size_t)snprintf(pat, sizeof pat, "User-agent: *\nDisallow: /");
	for (int i = 0; i < 250; i++)
		n += (size_t)snprintf(pat + n, sizeof pat - n, "*a");
	snprintf(pat + n, sizeof pat - n, "$\n");
	memset(path, 'a', sizeof path - 1);
	path[0] = '/';
	path[sizeof path - 2] = 'b';
	path[sizeof path - 1] = '\0';
	r = parse(pat);
	ALLOWED(r, path, 1);
	robots_free(r);
}
END_TEST

START_TEST(crawl_delay_and_bounds)
{
	struct robots *r = parse("User-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n");
	ck_assert_int_eq(robots_delay_ms(r), 2500);
	robots_free(r);
	r = parse("User-agent: hotfeed\nCrawl-delay: 100000\n\nUser-agent: *\nCrawl-delay: 1\n");
	ck_assert_int_eq(robots_delay_ms(r), ROBOTS_MAX_DELAY * 1000L);
	robots_free(r);
	r = parse("User-agent: *\nCrawl-delay: soon\n");
	ck_assert_int_eq(robots_delay_ms(r), 0);
	robots_free(r);
	/* rules before any user-agent line, CR line ends, no final newline */
	r = parse("Disallow: /\r\nUser-agent: *\r\nDisallow: /b");
	ALLOWED(r, "/a", 1);
	ALLOWED(r, "/b", 0);
	robots_free(r);
	r = robots_allow_all();
	ALLOWED(r, "/anything", 1);
	ck_assert_int_eq(robots_delay_ms(r), 0);
	robots_free(r);
	/* a NUL inside is a byte like another; past ROBOTS_MAX_BYTES is not read */
	static const char nul[] = "User-agent: *\nDisallow: /a\0b\nDisallow: /c\n";
	r = robots_parse(nul, sizeof nul - 1, "hotfeed");
	ALLOWED(r, "/c", 0);
	robots_free(r);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("robots");
	TCase *tc = tcase_create("rfc9309");
	tcase_add_test(tc, groups_ours_else_star_else_all);
	tcase_add_test(tc, groups_combine_and_share_rules);
	tcase_add_test(tc, longest_match_allow_wins_tie);
	tcase_add_test(tc, wildcards_and_end);
	tcase_add_test(tc, crawl_delay_and_bounds);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
