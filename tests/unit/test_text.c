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

/* text_clean_n and text_cp at their edges: what the inline fast paths
 * decide themselves must be what utf8_next decides. */
START_TEST(clean_edges)
{
	static const struct {
		const char *in;
		size_t n;
		const char *want;
	} cases[] = {
		{ "\xe3\x80\x80\xe3\x80\x80字下げ", 15, "字下げ" }, /* leading U+3000 dropped */
		{ "a\xe3\x80\x80"
		  "b",
		  5,
		  "a\xe3\x80\x80"
		  "b" },                                       /* inner one kept */
		{ "a \xed\xa0\x80 b", 7, "a \xed\xa0\x80 b" }, /* a surrogate: bytes kept */
		{ "x\xff\xfey", 4, "x\xff\xfey" },             /* invalid bytes kept */
		{ "ab\0cd", 5, "ab" },                         /* the NUL ends it */
		{ "ab \xe6\xb7\xb1", 5, "ab \xe6\xb7" },       /* n cuts a character */
		{ "\xc2\xa0\xc2\xa0x\xc2\xa0", 7, "x" },       /* U+00A0 is blank */
		{ "\xf0\x9f\x98\x80 \t\v z", 9, "\xf0\x9f\x98\x80 z" }, /* four bytes; VT blank */
	};
	static const struct {
		const char *s;
		unsigned cp;
		size_t len;
	} cps[] = {
		{ "A", 'A', 1 },
		{ "", 0, 0 },
		{ "\xe6\xb7\xb1", 0x6DF1, 3 },
		{ "\xe3\x80\x80", 0x3000, 3 },
		{ "\xc2\xa0", 0xA0, 2 },
		{ "\xed\x9f\xbf", 0xD7FF, 3 },
		{ "\xed\xa0\x80", 0xFFFD, 1 }, /* surrogate */
		{ "\xe0\x80\x80", 0xFFFD, 1 }, /* overlong */
		{ "\xe6\xb7", 0xFFFD, 1 },     /* cut by the NUL */
		{ "\xef\xbf\xbd", 0xFFFD, 3 },
		{ "\xf0\x9f\x98\x80", 0x1F600, 4 },
		{ "\x80", 0xFFFD, 1 },
	};

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *s = text_clean_n(cases[i].in, cases[i].n);
		ck_assert_str_eq(s, cases[i].want);
		free(s);
	}
	for (size_t i = 0; i < sizeof cps / sizeof *cps; i++) {
		size_t len = 99;
		ck_assert_uint_eq(text_cp(cps[i].s, &len), cps[i].cp);
		ck_assert_uint_eq(len, cps[i].len);
	}
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
	/* only numbers right after an id: a slash with spaces around it, or
	 * parentheses of their own */
	text_kb_list("(KB899588) サポート技術情報 904630 MS05-039 / 899588", &kb);
	ck_assert_int_eq(kb.n, 1);
	ck_assert_str_eq(kb.v[0], "899588");
	strlist_free(&kb);
	text_kb_list("MS04-038\xef\xbc\x8f"
	             "834707",
	             &kb); /* a full-width slash */
	ck_assert_int_eq(kb.n, 1);
	ck_assert_str_eq(kb.v[0], "834707");
	strlist_free(&kb);
	text_kb_list("MS06-008 (911927) MS06-009 ( 912812 )", &kb);
	ck_assert_int_eq(kb.n, 2);
	ck_assert_str_eq(kb.v[0], "911927");
	ck_assert_str_eq(kb.v[1], "912812");
	strlist_free(&kb);
	text_kb_list("MS06-008 (2006) MS06-008 (911927 ほか) MS06-008 (91192712) MS06-008 "
	             "(911927)/912812 MS06-008 911927",
	             &kb);
	ck_assert_int_eq(kb.n, 1); /* one in parentheses ends the numbers */
	ck_assert_str_eq(kb.v[0], "911927");
	strlist_free(&kb);
	text_kb_list("■MS05-048/907245/901017/906780:Exchange 2000", &kb);
	ck_assert_int_eq(kb.n, 3);
	strlist_free(&kb);
}
END_TEST

/* the KB a headline closes with, as Microsoft's titles print it; never a
 * year, a date or a number with a leading zero */
START_TEST(kb_paren_end)
{
	strlist kb = { 0 };

	text_kb_paren_end("MS05-043: Print Spooler の脆弱性 (896423)", &kb);
	ck_assert_int_eq(kb.n, 1);
	ck_assert_str_eq(kb.v[0], "896423");
	text_kb_paren_end("印刷スプーラの脆弱性 （８９６４２３） ", &kb); /* full-width, once */
	ck_assert_int_eq(kb.n, 1);
	strlist_free(&kb);
	text_kb_paren_end("Windows の脆弱性 (1234567)", &kb);
	ck_assert_int_eq(kb.n, 1);
	strlist_free(&kb);
	text_kb_paren_end("FTP の脆弱性 (051012)", &kb);         /* yymmdd */
	text_kb_paren_end("FTP の脆弱性 (2005)", &kb);           /* a year */
	text_kb_paren_end("FTP の脆弱性 (2005/10/12)", &kb);     /* a date */
	text_kb_paren_end("FTP の脆弱性 (20051012)", &kb);       /* eight digits */
	text_kb_paren_end("FTP の脆弱性 (KB 896423 ほか)", &kb); /* not alone */
	text_kb_paren_end("(896423) FTP の脆弱性", &kb);         /* not at the end */
	ck_assert_int_eq(kb.n, 0);
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
	tcase_add_test(tc, clean_edges);
	tcase_add_test(tc, dates);
	tcase_add_test(tc, ms_ids);
	tcase_add_test(tc, kb_lists);
	tcase_add_test(tc, kb_paren_end);
	tcase_add_test(tc, numbers);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(text_suite)
