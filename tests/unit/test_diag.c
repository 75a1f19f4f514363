/* test_diag.c — the diagnostic code table and bulletin_diag(): grades,
 * the warnings kept for schema-1 readers, bounds, the JSON form. */
#include "testutil.h"
#include "core/bulletin.h"
#include "core/bulletin_json.h"
#include "core/limits.h"
#include <string.h>

/* Every code has a row: a lower-case name, a level, a meaning; no name twice. */
START_TEST(table_complete)
{
	for (int c = 0; c < DIAG_NCODES; c++) {
		const struct diag_info *d = diag_info(c);
		ck_assert_ptr_nonnull(d->code);
		ck_assert_ptr_nonnull(d->meaning);
		ck_assert_msg(d->level >= DIAG_NOTE && d->level <= DIAG_ERROR, "%s: level",
		              d->code);
		ck_assert_msg(strspn(d->code, "abcdefghijklmnopqrstuvwxyz0123456789-") ==
		                              strlen(d->code) &&
		                      d->code[0],
		              "%s: not a code name", d->code);
		ck_assert_ptr_eq(diag_info_by_name(d->code), d);
	}
	ck_assert_ptr_null(diag_info(DIAG_NCODES));
	ck_assert_ptr_null(diag_info_by_name("no-such-code"));
	ck_assert_str_eq(diag_info(DIAG_UNCLASSIFIED)->code, "unclassified");
	ck_assert_str_eq(diag_info(DIAG_TRUNCATED)->code, "truncated");
	ck_assert_int_eq(diag_info(DIAG_TRUNCATED)->level, DIAG_ERROR);
	ck_assert_int_eq(diag_info(DIAG_NO_ID)->level, DIAG_ERROR);
	ck_assert_int_eq(diag_info(DIAG_ALERT_INCOMPLETE)->level, DIAG_ERROR);
	ck_assert_int_eq(diag_info(DIAG_NO_FOOTER)->level, DIAG_WARNING);
	ck_assert_int_eq(diag_info(DIAG_NO_UPDATED)->level, DIAG_NOTE);
}
END_TEST

START_TEST(level_names)
{
	ck_assert_str_eq(diag_level_name(DIAG_NOTE), "note");
	ck_assert_str_eq(diag_level_name(DIAG_WARNING), "warning");
	ck_assert_str_eq(diag_level_name(DIAG_ERROR), "error");
	ck_assert_ptr_null(diag_level_name(0));
	ck_assert_ptr_null(diag_level_name(4));
	ck_assert_int_eq(diag_level_from_name("error"), DIAG_ERROR);
	ck_assert_int_eq(diag_level_from_name("fatal"), 0);
}
END_TEST

/* The level is the code's; warnings and errors also go to warnings, notes
 * only to diags; bulletin_warn() is an unclassified warning. */
START_TEST(grades_and_warnings)
{
	struct bulletin b;

	bulletin_init(&b);
	bulletin_diag(&b, DIAG_NO_UPDATED, "更新日: none");
	bulletin_diag(&b, DIAG_TRUNCATED, "ends at byte %d", 512);
	bulletin_warn(&b, "old %s", "style");
	ck_assert_uint_eq(b.diags.n, 3);
	ck_assert_int_eq(b.diags.v[0].level, DIAG_NOTE);
	ck_assert_str_eq(b.diags.v[0].code, "no-updated");
	ck_assert_int_eq(b.diags.v[1].level, DIAG_ERROR);
	ck_assert_str_eq(b.diags.v[1].message, "ends at byte 512");
	ck_assert_int_eq(b.diags.v[2].level, DIAG_WARNING);
	ck_assert_str_eq(b.diags.v[2].code, "unclassified");
	ck_assert_uint_eq(b.warnings.n, 2);
	ck_assert_str_eq(b.warnings.v[0], "ends at byte 512");
	ck_assert_str_eq(b.warnings.v[1], "old style");
	ck_assert_uint_eq(diag_list_count(&b.diags, DIAG_NOTE), 1);
	ck_assert_uint_eq(diag_list_count(&b.diags, DIAG_WARNING), 1);
	ck_assert_uint_eq(diag_list_count(&b.diags, DIAG_ERROR), 1);
	bulletin_free(&b);
	ck_assert_uint_eq(b.diags.n, 0);
}
END_TEST

/* At most HF_MAX_WARNINGS diagnostics; the rest are dropped, an error too. */
START_TEST(bounded)
{
	struct bulletin b;

	bulletin_init(&b);
	for (int i = 0; i < HF_MAX_WARNINGS; i++)
		bulletin_diag(&b, DIAG_NO_KB, "note %d", i);
	bulletin_diag(&b, DIAG_NO_ID, "dropped");
	ck_assert_uint_eq(b.diags.n, HF_MAX_WARNINGS);
	ck_assert_uint_eq(b.warnings.n, 0);
	ck_assert_uint_eq(diag_list_count(&b.diags, DIAG_ERROR), 0);
	bulletin_free(&b);
}
END_TEST

/* The JSON form round-trips; a model stored before diagnostics loads with
 * none; a wrong level is refused, naming the entry. */
START_TEST(json_form)
{
	struct bulletin a, b;
	char err[256];
	json_t *j, *k;

	bulletin_init(&a);
	bulletin_diag(&a, DIAG_SECTION_EMPTY, "概要: the heading has nothing under it");
	bulletin_diag(&a, DIAG_NO_KB, "MS05-039: no KB number");
	j = bulletin_to_json(&a);
	ck_assert_int_eq(bulletin_from_json(j, &b, err, sizeof err), 0);
	ck_assert_uint_eq(b.diags.n, 2);
	ck_assert_uint_eq(b.warnings.n, 1);
	ck_assert_int_eq(b.diags.v[1].level, DIAG_NOTE);
	ck_assert_str_eq(b.diags.v[1].code, "no-kb");
	k = bulletin_to_json(&b);
	ck_assert(json_equal(j, k));
	json_decref(j);
	json_decref(k);
	bulletin_free(&a);
	bulletin_free(&b);

	j = json_loads("{\"kind\":\"alert\",\"warnings\":[\"x\"]}", 0, NULL);
	ck_assert_int_eq(bulletin_from_json(j, &b, err, sizeof err), 0);
	ck_assert_uint_eq(b.diags.n, 0);
	ck_assert_uint_eq(b.warnings.n, 1);
	bulletin_free(&b);
	json_decref(j);

	j = json_loads("{\"kind\":\"alert\",\"diagnostics\":[{\"level\":\"fatal\","
	               "\"code\":\"x\",\"message\":\"m\"}]}",
	               0, NULL);
	ck_assert_int_eq(bulletin_from_json(j, &b, err, sizeof err), -1);
	ck_assert_str_eq(err, "diagnostics[0]: expected {level: note|warning|error, "
	                      "code: string, message: string}");
	json_decref(j);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("diag");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, table_complete);
	tcase_add_test(tc, level_names);
	tcase_add_test(tc, grades_and_warnings);
	tcase_add_test(tc, bounded);
	tcase_add_test(tc, json_form);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
