/* test_text.c — parse/text.c: whitespace, dates, ids, KB lists, numbers. */
#include "parse/text.h"
#include "testutil.h"

#include <stdlib.h>
#include <string.h>

#define CLEAN_EQ(in, want) \
	do { \
		char *s_ = text_clean(in); \
		ck_assert_str_eq(s_, want); \
		free(s_); \
	} while (0)

START_TEST(clean_whitespace)
{
	CLEAN_EQ("  a \t b\n\nc  ", "a b c");
	CLEAN_EQ("\xc2\xa0\xc2\xa0深刻度\xc2\xa0", "深刻度");
	CLEAN_EQ("", "");
	CLEAN_EQ(" \n ", "");
	/* ideographic space and full-width digits are kept as characters */
	CLEAN_EQ("１　２", "１　２");
}
END_TEST

#define DATE_EQ(in, want) \
	do { \
		char d_[11]; \
		ck_assert_int_eq(text_parse_date(in, d_), 0); \
		ck_assert_str_eq(d_, want); \
	} while (0)

START_TEST(dates)
{
	char d[11];

	DATE_EQ("2005/08/11日版", "2005-08-11");
	DATE_EQ("【登録日】2005/08/10", "2005-08-10");
	DATE_EQ("2006\n/02/16版", "2006-02-16");
	DATE_EQ("2005年8月11日", "2005-08-11");
	DATE_EQ("２００５／０８／１１", "2005-08-11");
	DATE_EQ("2005 年 8 月 1 日", "2005-08-01");
	DATE_EQ("2004-12-01", "2004-12-01");
	ck_assert_int_eq(text_parse_date("2005/13/01", d), -1);
	ck_assert_int_eq(text_parse_date("1.0.0.0", d), -1);
	ck_assert_int_eq(text_parse_date("なし", d), -1);
	ck_assert_int_eq(text_parse_date("", d), -1);
}
END_TEST

START_TEST(ms_ids)
{
	strlist ids = { 0 }, w = { 0 };

	ck_assert_int_eq(
		text_ms_ids("MS05-039(日本) MS05-039(US) and MS04-26, ＭＳ０６−００７", &ids, &w),
		4);
	ck_assert_int_eq(ids.n, 3);
	ck_assert_str_eq(ids.v[0], "MS05-039");
	ck_assert_str_eq(ids.v[1], "MS04-026");
	ck_assert_str_eq(ids.v[2], "MS06-007");
	ck_assert_int_eq(w.n, 1);
	ck_assert_str_eq(w.v[0], "MS04-26 normalized to MS04-026");
	strlist_free(&ids);
	strlist_free(&w);
	/* not ids */
	ck_assert_int_eq(text_ms_ids("XMS05-039 MS5-039 MS05-", &ids, NULL), 0);
	ck_assert_int_eq(text_ms_ids("MS05\xe2\x88\x92"
	                             "039",
	                             &ids, NULL),
	                 1);
	ck_assert_str_eq(ids.v[0], "MS05-039");
	strlist_free(&ids);
}
END_TEST

START_TEST(kb_lists)
{
	strlist kb = { 0 };

	text_kb_list("MS05-048/907245/901017/906780", &kb);
	ck_assert_int_eq(kb.n, 3);
	ck_assert_str_eq(kb.v[0], "907245");
	ck_assert_str_eq(kb.v[2], "906780");
	strlist_free(&kb);
	text_kb_list("MS05-039/899588", &kb);
	ck_assert_int_eq(kb.n, 1);
	ck_assert_str_eq(kb.v[0], "899588");
	strlist_free(&kb);
	text_kb_list("(KB899588) サポート技術情報 904630 MS05-039 / 899588", &kb);
	ck_assert_int_eq(kb.n, 0);
	text_kb_list("■MS05-048/907245/901017/906780:Exchange 2000", &kb);
	ck_assert_int_eq(kb.n, 3);
	strlist_free(&kb);
}
END_TEST

START_TEST(numbers)
{
	long long sz;
	int m;

	ck_assert_int_eq(text_parse_size("518,136", &sz), 0);
	ck_assert_int_eq(sz, 518136);
	ck_assert_int_eq(text_parse_size(" ５１８，１３６ ", &sz), 0);
	ck_assert_int_eq(sz, 518136);
	ck_assert_int_eq(text_parse_size("89360 バイト", &sz), 0);
	ck_assert_int_eq(text_parse_size("51B,136", &sz), -1);
	ck_assert_int_eq(text_parse_size("", &sz), -1);
	ck_assert_int_eq(text_parse_minutes("18分", &m), 0);
	ck_assert_int_eq(m, 18);
	ck_assert_int_eq(text_parse_minutes("1時間34分", &m), 0);
	ck_assert_int_eq(m, 94);
	ck_assert_int_eq(text_parse_minutes("2時間", &m), 0);
	ck_assert_int_eq(m, 120);
	ck_assert_int_eq(text_parse_minutes("１時間　５分", &m), 0);
	ck_assert_int_eq(m, 65);
	ck_assert_int_eq(text_parse_minutes("不明", &m), -1);
	ck_assert_int_eq(text_parse_minutes("18", &m), -1);
	ck_assert_int_eq(text_parse_count("500台", &m), 0);
	ck_assert_int_eq(m, 500);
	ck_assert_int_eq(text_parse_count("台", &m), -1);
}
END_TEST

static Suite *
text_suite(void)
{
	Suite *s = suite_create("text");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, clean_whitespace);
	tcase_add_test(tc, dates);
	tcase_add_test(tc, ms_ids);
	tcase_add_test(tc, kb_lists);
	tcase_add_test(tc, numbers);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(text_suite)
