/* test_bulletin_json.c — the model's JSON contract: key order, nulls, round trip. */
#include "testutil.h"
#include "core/bulletin.h"
#include "core/bulletin_json.h"
#include "core/limits.h"
#include <dirent.h>
#include <stdio.h>
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
	strlist_add(&b->supersedes, "MS04-011");
	strlist_add(&b->supersedes, "MS03-049");
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
	ck_assert_str_eq(
		s,
		"{\"kind\":\"alert\",\"id\":\"MS05-039\",\"ids\":[\"MS05-039\"],\"kb\":[\"899588\"],"
		"\"title\":null,\"official_title\":null,\"edition\":null,\"registered\":null,"
		"\"updated\":null,\"severity\":{\"level\":1,\"label\":\"緊急\",\"name\":\"critical\"},"
		"\"exploit_code\":false,\"action\":null,\"urgency\":null,\"reboot\":null,"
		"\"reboot_required\":true,\"uninstall\":null,\"targets\":[\"server\",\"client\"],"
		"\"past_fixes\":null,\"supersedes\":[\"MS04-011\",\"MS03-049\"],\"references\":[],\"summary\":null,\"overview\":null,"
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

/* A model stored before schema 2 has no supersedes: it reads as [] and
 * writes the key back; a supersedes that is not a list of strings fails. */
START_TEST(test_supersedes_absent_or_wrong)
{
	struct bulletin b;
	char err[256];
	json_t *j = json_loads("{\"kind\":\"alert\",\"past_fixes\":\"MS04-011\"}", 0, NULL);
	json_t *k;
	char *s;

	ck_assert_int_eq(bulletin_from_json(j, &b, err, sizeof err), 0);
	ck_assert_uint_eq(b.supersedes.n, 0);
	k = bulletin_to_json(&b);
	s = json_dumps(json_object_get(k, "supersedes"), JSON_ENCODE_ANY);
	ck_assert_str_eq(s, "[]");
	free(s);
	json_decref(k);
	json_decref(j);
	bulletin_free(&b);
	j = json_loads("{\"kind\":\"alert\",\"supersedes\":\"MS04-011\"}", 0, NULL);
	ck_assert_int_eq(bulletin_from_json(j, &b, err, sizeof err), -1);
	ck_assert_str_eq(err, "supersedes: expected an array");
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
		memcpy(big + i, "\xe3\x81\x82", 3); /* あ */
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
		ck_assert_str_eq(w + len - 3, "\xe2\x80\xa6"); /* … */
		ck_assert_int_eq(memcmp(w, "cell \"\xe3\x81\x82", 9), 0);
		ck_assert_int_eq((unsigned char)w[len - 4], 0x82); /* whole あ before it */
	}
	bulletin_warn(&b, "short"); /* past the count: dropped */
	ck_assert_uint_eq(b.warnings.n, HF_MAX_WARNINGS);
	bulletin_free(&b);
	bulletin_init(&b);
	bulletin_warn(&b, "id %s normalized", "MS04-26");
	ck_assert_str_eq(b.warnings.v[0], "id MS04-26 normalized");
	bulletin_free(&b);
	free(big);
}
END_TEST

/* The schema's word for a field of this type: its "type" (or the type of
 * its enum's values), and for arrays, the same of its items. */
static int
schema_admits(const json_t *prop, const char *type)
{
	const json_t *t = json_object_get(prop, "type"), *v;
	size_t i;

	if (json_is_string(t))
		return strcmp(json_string_value(t), type) == 0;
	json_array_foreach(t, i, v) if (strcmp(json_string_value(v), type) == 0) return 1;
	json_array_foreach(json_object_get(prop, "enum"), i,
	                   v) if ((strcmp(type, "string") == 0 && json_is_string(v)) ||
	                          (strcmp(type, "null") == 0 && json_is_null(v))) return 1;
	json_array_foreach(json_object_get(prop, "oneOf"), i,
	                   v) if (schema_admits(v, type)) return 1;
	return 0;
}

/* rec's fields are props's keys, in order, each of a type the schema
 * admits; records recurse into the schema of their items. */
static void
check_record(const struct record *rec, const json_t *schema)
{
	const json_t *props = json_object_get(schema, "properties");
	const char *key;
	const json_t *prop;
	size_t i = 0;

	ck_assert_msg(json_is_object(props), "%s: no properties in the schema", rec->name);
	ck_assert_msg(json_object_size(props) == rec->nfields, "%s: %zu fields, the schema has %zu",
	              rec->name, rec->nfields, json_object_size(props));
	json_object_foreach((json_t *)props, key, prop)
	{
		const struct field *f = &rec->fields[i++];
		ck_assert_msg(strcmp(f->name, key) == 0, "%s: field %zu is %s, the schema says %s",
		              rec->name, i - 1, f->name, key);
		switch (f->type) {
		case FT_STRING:
			ck_assert_msg(schema_admits(prop, "string") && schema_admits(prop, "null"),
			              "%s.%s: string or null", rec->name, key);
			break;
		case FT_TRISTATE:
			ck_assert_msg(schema_admits(prop, "boolean") && schema_admits(prop, "null"),
			              "%s.%s: boolean or null", rec->name, key);
			break;
		case FT_SIZE:
		case FT_COUNT:
			ck_assert_msg(schema_admits(prop, "integer"), "%s.%s: integer", rec->name,
			              key);
			ck_assert_int_eq(schema_admits(prop, "null"), f->type == FT_SIZE);
			break;
		case FT_STRLIST:
		case FT_TARGETS:
			ck_assert_msg(
				schema_admits(prop, "array") &&
					schema_admits(json_object_get(prop, "items"), "string"),
				"%s.%s: array of strings", rec->name, key);
			break;
		case FT_RECORDS:
			ck_assert_msg(schema_admits(prop, "array"), "%s.%s: array", rec->name, key);
			check_record(f->record, json_object_get(prop, "items"));
			break;
		case FT_OBJECT:
			check_record(f->record, prop);
			break;
		case FT_SEVERITY:
			ck_assert_msg(schema_admits(prop, "object") && schema_admits(prop, "null"),
			              "%s.%s: object or null", rec->name, key);
			break;
		case FT_KIND:
			ck_assert_msg(schema_admits(prop, "string"), "%s.%s: string", rec->name,
			              key);
			break;
		case FT_DIAGS:
			ck_assert_msg(schema_admits(prop, "array"), "%s.%s: array", rec->name, key);
			break;
		case FT_MINUTES:
			ck_assert_msg(schema_admits(prop, "object"), "%s.%s: object", rec->name,
			              key);
			break;
		}
	}
}

/* The model's table and catalogue.schema.json describe the same model. */
START_TEST(test_table_is_the_schema)
{
	json_error_t e;
	json_t *schema = json_load_file("catalogue.schema.json", 0, &e);

	ck_assert_msg(schema != NULL, "catalogue.schema.json: %s", e.text);
	check_record(&bulletin_record, json_object_get(json_object_get(schema, "$defs"), "model"));
	json_decref(schema);
}
END_TEST

/* The writer reads eight bytes at a time where it can: an escape, a
 * character that is not ASCII, or an invalid byte at any place of a string
 * of any length gives jansson's bytes. */
START_TEST(test_text_every_position)
{
	static const char *const odd[] = { "\"",       "\\",           "\x01",
		                           "\x1f",     "\n",           "\x7f",
		                           "\xc3\xa9", "\xe7\xb7\x8a", "\xf0\x9f\x98\x80",
		                           "\xff",     "\xed\xa0\x80", "\xe7\xb7" };

	for (size_t k = 0; k < sizeof odd / sizeof *odd; k++)
		for (size_t len = 0; len <= 20; len++)
			for (size_t at = 0; at <= len; at++) {
				struct bulletin b;
				char t[64];
				json_t *j;
				char *a, *c;

				memset(t, 'a', len);
				t[len] = 0;
				memmove(t + at + strlen(odd[k]), t + at, len - at + 1);
				memcpy(t + at, odd[k], strlen(odd[k]));
				bulletin_init(&b);
				b.title = strdup(t);
				j = bulletin_to_json(&b);
				a = json_dumps(j, HF_JSON_COMPACT);
				c = bulletin_json_text(&b, NULL);
				ck_assert_msg(strcmp(a, c) == 0, "odd %zu, length %zu, at %zu", k,
				              len, at);
				free(a);
				free(c);
				json_decref(j);
				bulletin_free(&b);
			}
}
END_TEST

/* Every hand-written expected model of samples/ reads back into the model
 * and writes out byte for byte as it was. */
/* The direct writer is jansson's compact dump of the tree, byte for byte,
 * on what jansson escapes, refuses (invalid UTF-8: null) or merges (a
 * deploy_time column given twice). */
START_TEST(test_text_is_the_dump)
{
	static const char *const titles[] = {
		"a\"b\\c/d",
		"\b\f\n\r\t\x01\x1f\x7f",
		"\xe2\x80\xa8 U+2028, \xe7\xb7\x8a\xe6\x80\xa5",
		"cut \xe7\xb7",
		"overlong \xc0\xaf",
		"surrogate \xed\xa0\x80",
		"past \xf4\x90\x80\x80",
		"",
		NULL,
	};

	for (size_t i = 0; i < sizeof titles / sizeof *titles; i++) {
		struct bulletin b;
		struct deploy_minutes *m;
		json_t *j;
		char *a, *c;
		size_t len;

		fill(&b);
		b.title = titles[i] ? strdup(titles[i]) : NULL;
		strlist_add(&b.tested_platforms, titles[i] ? titles[i] : "");
		b.severity = (int)i % 6;
		b.targets = (unsigned)i % 4;
		m = VEC_PUSH(&b.deploy_time.v[0].minutes);
		m->hosts = 50;
		m->minutes = (int)i - 3;
		bulletin_diag(&b, DIAG_ENCODING, "%s", titles[i] ? titles[i] : "");
		j = bulletin_to_json(&b);
		a = json_dumps(j, HF_JSON_COMPACT);
		c = bulletin_json_text(&b, &len);
		ck_assert_str_eq(c, a);
		ck_assert_uint_eq(len, strlen(a));
		free(a);
		free(c);
		json_decref(j);
		bulletin_free(&b);
	}
}
END_TEST

START_TEST(test_samples_round_trip)
{
	DIR *d = opendir("samples/expected");
	struct dirent *de;
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while ((de = readdir(d)) != NULL) {
		char path[512], err[256];
		struct bulletin b;
		json_error_t e;
		json_t *in, *out;
		char *a, *c;
		size_t len = strlen(de->d_name);

		if (len < 6 || strcmp(de->d_name + len - 5, ".json") != 0 || de->d_name[0] == '_')
			continue;
		snprintf(path, sizeof path, "samples/expected/%s", de->d_name);
		in = json_load_file(path, JSON_PRESERVE_ORDER, &e);
		ck_assert_msg(in != NULL, "%s: %s", path, e.text);
		ck_assert_msg(bulletin_from_json(in, &b, err, sizeof err) == 0, "%s: %s", path,
		              err);
		out = bulletin_to_json(&b);
		a = json_dumps(in, HF_JSON_COMPACT);
		c = json_dumps(out, HF_JSON_COMPACT);
		ck_assert_msg(strcmp(a, c) == 0, "%s does not round-trip", path);
		free(a);
		a = bulletin_json_text(&b, NULL);
		ck_assert_msg(strcmp(a, c) == 0, "%s: the direct writer differs from jansson",
		              path);
		free(a);
		free(c);
		json_decref(in);
		json_decref(out);
		bulletin_free(&b);
		n++;
	}
	closedir(d);
	ck_assert_int_ge(n, 30);
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
	tcase_add_test(tc, test_supersedes_absent_or_wrong);
	tcase_add_test(tc, test_table_is_the_schema);
	tcase_add_test(tc, test_samples_round_trip);
	tcase_add_test(tc, test_text_is_the_dump);
	tcase_add_test(tc, test_text_every_position);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
