/* test_config.c — the INI configuration: defaults, sections, errors naming file:line: key. */
#include "testutil.h"
#include "core/config.h"
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char path[64];

static void
write_ini(const char *text)
{
	strcpy(path, "/tmp/hotfeed-test-XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, strlen(text)), (int)strlen(text));
	close(fd);
}

START_TEST(test_defaults)
{
	struct config c;
	config_init(&c);
	ck_assert_int_eq(c.items, 50);
	ck_assert_str_eq(c.db, "hotfeed.db");
	ck_assert_ptr_null(c.templates);
	ck_assert_int_eq(c.delay_ms, 1000);
	config_free(&c);
}
END_TEST

START_TEST(test_sections)
{
	struct config c;
	char err[512];
	write_ini(
		"[feed]\ntitle = HFR\nauthority = example.org,2005\nitems = 20\ntemplates = /etc/t\n"
		"[fetch]\nconcurrency = 4\ndelay_ms = 250\n"
		"[source hfr]\nindex = http://a/b/\nindex = http://a/c/\ncharset = shift_jis\n"
		"[facet critical]\nseverity = 緊急\n[facet xp]\nplatform = Windows XP\n");
	config_init(&c);
	ck_assert_int_eq(config_load(&c, path, err, sizeof err), 0);
	ck_assert_str_eq(c.title, "HFR");
	ck_assert_str_eq(c.authority, "example.org,2005");
	ck_assert_int_eq(c.items, 20);
	ck_assert_str_eq(c.templates, "/etc/t");
	ck_assert_int_eq(c.concurrency, 4);
	ck_assert_int_eq(c.delay_ms, 250);
	ck_assert_uint_eq(c.sources.n, 1);
	ck_assert_str_eq(c.sources.v[0].name, "hfr");
	ck_assert_uint_eq(c.sources.v[0].index.n, 2);
	ck_assert_str_eq(c.sources.v[0].index.v[1], "http://a/c/");
	ck_assert_str_eq(c.sources.v[0].charset, "shift_jis");
	ck_assert_int_eq(c.sources.v[0].delay_ms, -1);
	ck_assert_uint_eq(c.facets.n, 2);
	ck_assert_int_eq(c.facets.v[0].max_severity, 1);
	ck_assert_str_eq(c.facets.v[1].platform, "Windows XP");
	config_free(&c);
	unlink(path);
}
END_TEST

START_TEST(test_errors_name_file_line_key)
{
	struct config c;
	char err[512], want[600];
	write_ini("[feed]\ntitle = x\n\n[fetch]\ndelay_ms = soon\n");
	config_init(&c);
	ck_assert_int_eq(config_load(&c, path, err, sizeof err), -1);
	snprintf(want, sizeof want,
	         "%s:5: [fetch] delay_ms: \"soon\" is not a number in 0..3600000", path);
	ck_assert_str_eq(err, want);
	unlink(path);

	write_ini("[feed]\ncolour = red\n");
	ck_assert_int_eq(config_load(&c, path, err, sizeof err), -1);
	snprintf(want, sizeof want, "%s:2: [feed] colour: unknown key", path);
	ck_assert_str_eq(err, want);
	unlink(path);

	write_ini("[feed]\nthis line has no equals sign\ncolour = red\n");
	ck_assert_int_eq(config_load(&c, path, err, sizeof err), -1);
	snprintf(want, sizeof want, "%s:2: syntax error (expected [section] or key = value)", path);
	ck_assert_str_eq(err, want);
	unlink(path);

	ck_assert_int_eq(config_load(&c, "/nonexistent/hotfeed.ini", err, sizeof err), -1);
	ck_assert_str_eq(err, "/nonexistent/hotfeed.ini: No such file or directory");
	config_free(&c);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_sections);
	tcase_add_test(tc, test_errors_name_file_line_key);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
