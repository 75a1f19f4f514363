/* test_bulletin_json.c — the model's JSON contract: key order, nulls, round trip. */
#include "testutil.h"
#include "core/bulletin.h"
#include "core/bulletin_json.h"
#include "core/limits.h"
#include <stdlib.h>
#include <string.h>

static void
fill(struct bulletin *b)
{
	bulletin_init(b);
	b->kind = BULLETIN_ALERT;
	b->id = strdup("MS05-039");
	strlist_add(&b->ids, "MS05-039");
	strlist_add(&b->kb, "899588");
	b->severity = 1;
	b->exploit_code = TRI_FALSE;
	b->reboot_required = TRI_TRUE;
	b->targets = TARGET_SERVER | TARGET_CLIENT;
	struct package *p = VEC_PUSH(&b->packages);
	p->platform = strdup("Windows 2000 SP4");
	p->size = 518136;
	struct file_entry *f = VEC_PUSH(&p->files);
	f->folder = NULL;
	f->path = strdup("%SystemRoot%\\system32\\");
	f->size = 89360;
	struct deploy_time *d = VEC_PUSH(&b->deploy_time);
	d->package = strdup("Windows2000-KB899588-x86-JPN.EXE");
	struct deploy_minutes *m = VEC_PUSH(&d->minutes);
	m->hosts = 50;
	m->minutes = 18;
	m = VEC_PUSH(&d->minutes);
	m->hosts = 500;
	m->minutes = 94;
	b->source.encoding = strdup("Shift_JIS");
	b->source.encoding_source = strdup("meta");
	bulletin_warn(b, "id %s normalized", "MS04-26");
}

START_TEST(test_key_order_and_values)
{
	struct bulletin b;
	fill(&b);
	json_t *j = bulletin_to_json(&b);
	char *s = json_dumps(j, HF_JSON_COMPACT);
	ck_assert_str_eq(s,
	    "{\"kind\":\"alert\",\"id\":\"MS05-039\",\"ids\":[\"MS05-039\"],\"kb\":[\"899588\"],"
	    "\"title\":null,\"official_title\":null,\"edition\":null,\"registered\":null,"
	    "\"updated\":null,\"severity\":{\"level\":1,\"label\":\"緊急\",\"name\":\"critical\"},"
	    "\"exploit_code\":false,\"action\":null,\"urgency\":null,\"reboot\":null,"
	    "\"reboot_required\":true,\"uninstall\":null,\"targets\":[\"server\",\"client\"],"
	    "\"past_fixes\":null,\"references\":[],\"summary\":null,\"overview\":null,"
	    "\"affected\":[],\"tested_platforms\":[],\"notes\":[],\"downloads\":[],"
	    "\"packages\":[{\"platform\":\"Windows 2000 SP4\",\"file\":null,\"date\":null,"
	    "\"version\":null,\"size\":518136,\"files\":[{\"folder\":null,"
	    "\"path\":\"%SystemRoot%\\\\system32\\\\\",\"name\":null,\"date\":null,"
	    "\"version\":null,\"size\":89360,\"description\":null}]}],\"verification\":[],"
	    "\"workarounds\":[],\"deploy_time\":[{\"package\":\"Windows2000-KB899588-x86-JPN.EXE\","
	    "\"platform\":null,\"minutes\":{\"50\":18,\"500\":94}}],"
	    "\"source\":{\"url\":null,\"encoding\":\"Shift_JIS\",\"encoding_source\":\"meta\","
	    "\"invalid_sequences\":0},\"warnings\":[\"id MS04-26 normalized\"],"
	    "\"diagnostics\":[{\"level\":\"warning\",\"code\":\"unclassified\","
	    "\"message\":\"id MS04-26 normalized\"}]}");
	free(s);
	json_decref(j);
	bulletin_free(&b);
}
END_TEST

START_TEST(test_round_trip)
{
	struct bulletin a, b;
	char err[256];
	fill(&a);
	json_t *j = bulletin_to_json(&a);
	ck_assert_int_eq(bulletin_from_json(j, &b, err, sizeof err), 0);
	json_t *k = bulletin_to_json(&b);
	ck_assert(json_equal(j, k));
	json_decref(j);
	json_decref(k);
	bulletin_free(&a);
	bulletin_free(&b);
}
END_TEST

START_TEST(test_rejects_wrong_types)
{
	struct bulletin b;
	char err[256];
	json_t *j = json_loads("{\"kind\":\"alert\",\"packages\":[{\"size\":\"12\"}]}", 0, NULL);
	ck_assert_int_eq(bulletin_from_json(j, &b, err, sizeof err), -1);
	ck_assert_str_eq(err, "size: expected a non-negative integer or null");
	json_decref(j);
	j = json_loads("{\"kind\":\"bogus\"}", 0, NULL);
	ck_assert_int_eq(bulletin_from_json(j, &b, err, sizeof err), -1);
	ck_assert_str_eq(err, "kind: expected \"alert\", \"notice\" or \"other\"");
	json_decref(j);
	j = json_loads("{\"kind\":\"other\",\"notes\":[1]}", 0, NULL);
	ck_assert_int_eq(bulletin_from_json(j, &b, err, sizeof err), -1);
	ck_assert_str_eq(err, "notes[0]: expected an object");
	json_decref(j);
}
END_TEST

/* A warning quoting a huge cell is cut (with "…", at a character
 * boundary): 200 warnings quoting 256 KiB cells made a 54 MB model. */
START_TEST(test_warning_cut)
{
	struct bulletin b;
	size_t n = 300000;
	char *big = malloc(n + 1);

	for (size_t i = 0; i < n; i += 3)
		memcpy(big + i, "\xe3\x81\x82", 3);      /* あ */
	big[n] = 0;
	bulletin_init(&b);
	for (int i = 0; i < HF_MAX_WARNINGS + 5; i++)
		bulletin_warn(&b, "cell \"%s\" not understood", big);
	ck_assert_uint_eq(b.warnings.n, HF_MAX_WARNINGS);
	for (size_t i = 0; i < b.warnings.n; i++) {
		const char *w = b.warnings.v[i];
		size_t len = strlen(w);
		ck_assert_uint_le(len, HF_MAX_WARNING_BYTES);
		ck_assert_uint_ge(len, HF_MAX_WARNING_BYTES - 8);
		ck_assert_str_eq(w + len - 3, "\xe2\x80\xa6");   /* … */
		ck_assert_int_eq(memcmp(w, "cell \"\xe3\x81\x82", 9), 0);
		ck_assert_int_eq((unsigned char)w[len - 4], 0x82);     /* whole あ before it */
	}
	bulletin_warn(&b, "short");      /* past the count: dropped */
	ck_assert_uint_eq(b.warnings.n, HF_MAX_WARNINGS);
	bulletin_free(&b);
	bulletin_init(&b);
	bulletin_warn(&b, "id %s normalized", "MS04-26");
	ck_assert_str_eq(b.warnings.v[0], "id MS04-26 normalized");
	bulletin_free(&b);
	free(big);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("bulletin_json");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_key_order_and_values);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_rejects_wrong_types);
	tcase_add_test(tc, test_warning_cut);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
