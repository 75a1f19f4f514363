/* test_catalogue_json.c — catalogue.json's direct writer is the jansson
 * tree path it replaced, byte for byte: on every expected model of
 * samples/ and on hostile models, change values and feed metadata.  The
 * tree path is kept here only, as the reference. */
#include "publish/catalogue_json.h"
#include "publish/sanitize.h"
#include "core/bulletin_json.h"
#include "core/util.h"
#include "testutil.h"

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

/* ---- the reference: the tree path as publish/catalogue_json.c had it ---- */

static json_t *
jtext(const char *s)
{
	char *clean = sanitize_text(s);
	json_t *j = clean != NULL ? json_string(clean) : NULL;

	free(clean);
	return j != NULL ? j : json_null();
}

static json_t *
jvalue(const char *text)
{
	json_t *v;

	if (text == NULL)
		return json_null();
	v = json_loads(text, JSON_DECODE_ANY, NULL);
	return v != NULL ? v : jtext(text);
}

static json_t *
revisions(const struct cat_entry *e)
{
	json_t *a = json_array();

	for (size_t i = 0; i < e->revisions.n; i++) {
		const struct revision *r = &e->revisions.v[i];
		json_t *changes = json_array();
		for (size_t j = 0; j < r->changes.n; j++)
			json_array_append_new(changes,
			                      json_pack("{s:o, s:o, s:o}", "field",
			                                jtext(r->changes.v[j].field), "old",
			                                jvalue(r->changes.v[j].old_value), "new",
			                                jvalue(r->changes.v[j].new_value)));
		json_array_append_new(a, json_pack("{s:i, s:o, s:o, s:o}", "number", r->number,
		                                   "seen", jtext(r->seen), "updated",
		                                   jtext(r->updated), "changes", changes));
	}
	return a;
}

static void
json_sanitize(json_t *v)
{
	const char *k;
	json_t *el;
	size_t i;
	char *clean;

	if (json_is_object(v)) {
		json_object_foreach(v, k, el)
		{
			if (json_is_string(el))
				json_object_set_new(v, k, jtext(json_string_value(el)));
			else
				json_sanitize(el);
		}
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, el)
		{
			if (json_is_string(el)) {
				clean = sanitize_text(json_string_value(el));
				json_string_set(el, clean);
				free(clean);
			} else
				json_sanitize(el);
		}
	}
}

static void
json_sanitize_links(json_t *model, const char *base)
{
	static const char *const lists[] = { "references", "downloads" };
	json_t *el, *src = json_object_get(model, "source");
	const char *su = json_string_value(json_object_get(src, "url"));
	size_t i;
	char *url;

	for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
		json_array_foreach(json_object_get(model, lists[k]), i, el)
		{
			url = sanitize_url(json_string_value(json_object_get(el, "url")), base);
			json_object_set_new(el, "url",
			                    url != NULL ? json_string(url) : json_null());
			free(url);
		}
	if (su != NULL && !sanitize_url_is_web(su) && ascii_ncasecmp(su, "file:///", 8) != 0)
		json_object_set_new(src, "url", json_null());
}

static json_t *
bulletin_entry(const struct feed_item *it)
{
	json_t *o = json_object(), *model;

	json_object_set_new(o, "id", jtext(it->id));
	json_object_set_new(o, "key", jtext(it->e->key));
	json_object_set_new(o, "link", jtext(it->link));
	json_object_set_new(o, "published", jtext(it->published));
	json_object_set_new(o, "updated", jtext(it->updated));
	model = bulletin_to_json(&it->e->model);
	json_sanitize(model);
	json_sanitize_links(model, it->e->model.source.url);
	json_object_set_new(o, "model", model);
	json_object_set_new(o, "revisions", revisions(it->e));
	return o;
}

/* The entry dumped alone, every line indented 4 more spaces (depth 2). */
static char *
ref_entry(const struct feed_item *it)
{
	json_t *e = bulletin_entry(it);
	char *text = json_dumps(e, HF_JSON_PRETTY);
	struct buf out;

	json_decref(e);
	ck_assert_ptr_nonnull(text);
	buf_init(&out, 0);
	buf_puts(&out, "    ");
	for (const char *p = text, *nl; p != NULL; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		buf_append(&out, p, nl ? (size_t)(nl - p + 1) : strlen(p));
		if (nl)
			buf_puts(&out, "    ");
	}
	free(text);
	return buf_steal(&out, NULL);
}

static char *
ref_head(const struct feed_meta *m, int any)
{
	json_t *doc = json_object();
	char *text;
	size_t len;
	struct buf out;

	json_object_set_new(doc, "schema_version", json_integer(CATALOGUE_SCHEMA_VERSION));
	json_object_set_new(doc, "generated_from",
	                    json_pack("{s:s, s:o, s:o, s:o}", "generator",
	                              "hotfeed " HOTFEED_VERSION, "link", jtext(m->link), "feed_id",
	                              jtext(m->id), "updated", jtext(m->updated)));
	json_object_set_new(doc, "bulletins", json_array());
	text = json_dumps(doc, HF_JSON_PRETTY);
	json_decref(doc);
	len = strlen(text);
	ck_assert(len >= 4 && strcmp(text + len - 4, "[]\n}") == 0);
	buf_init(&out, 0);
	if (!any)
		buf_puts(&out, text), buf_putc(&out, '\n');
	else
		buf_append(&out, text, len - 3), buf_putc(&out, '\n');
	free(text);
	return buf_steal(&out, NULL);
}

/* ---- comparing ---- */

static void
same_text(const char *want, const char *got, const char *what)
{
	size_t i = 0;

	while (want[i] != '\0' && want[i] == got[i])
		i++;
	ck_assert_msg(want[i] == '\0' && got[i] == '\0',
	              "%s: differs at byte %zu: want \"%.40s\", got \"%.40s\"", what, i,
	              want + (i > 20 ? i - 20 : 0), got + (i > 20 ? i - 20 : 0));
}

/* The direct entry of it is the reference's. */
static void
same_entry(const struct feed_item *it, const char *what)
{
	char *want = ref_entry(it);
	struct buf got;

	buf_init(&got, 0);
	buf_puts(&got, "");
	ck_assert_int_eq(catalogue_json_entry(it, &got), 0);
	same_text(want, got.data, what);
	free(want);
	buf_free(&got);
}

static void
add_change(struct revision *r, const char *field, const char *old, const char *new)
{
	struct change *c = VEC_PUSH(&r->changes);

	c->field = field ? strdup(field) : NULL;
	c->old_value = old ? strdup(old) : NULL;
	c->new_value = new ? strdup(new) : NULL;
}

static void
entry_free(struct cat_entry *e)
{
	bulletin_free(&e->model);
	for (size_t j = 0; j < e->revisions.n; j++) {
		struct revision *r = &e->revisions.v[j];
		free(r->seen);
		free(r->updated);
		for (size_t k = 0; k < r->changes.n; k++) {
			free(r->changes.v[k].field);
			free(r->changes.v[k].old_value);
			free(r->changes.v[k].new_value);
		}
		free(r->changes.v);
	}
	free(e->revisions.v);
	free(e->key);
}

/* An entry of model b (taken), with a second revision whose changes are
 * every field of the model as the store writes them (compact JSON). */
static void
entry_of(struct cat_entry *e, struct feed_item *it, struct bulletin *b, const char *key)
{
	json_t *j = bulletin_to_json(b);
	const char *k;
	json_t *v;
	struct revision *r;

	memset(e, 0, sizeof *e);
	memset(it, 0, sizeof *it);
	e->model = *b;
	e->key = key ? strdup(key) : NULL;
	r = VEC_PUSH(&e->revisions);
	r->number = 1;
	r->seen = strdup("2005-08-10T01:00:00Z");
	r = VEC_PUSH(&e->revisions);
	r->number = 2;
	r->seen = strdup("2005-08-11T01:00:00Z");
	r->updated = strdup("2005-08-11");
	json_object_foreach(j, k, v)
	{
		char *text = json_dumps(v, HF_JSON_COMPACT | JSON_ENCODE_ANY);
		add_change(r, k, "null", text);
		free(text);
	}
	json_decref(j);
	it->e = e;
	it->id = (char *)"tag:example.org,2005:MS05-039";
	it->link = (char *)"http://example.org/search.html#b-MS05-039";
	it->published = (char *)"2005-08-10T00:00:00+09:00";
	it->updated = (char *)"2005-08-12T00:00:00+09:00";
}

/* ---- the tests ---- */

/* fn on every expected model of samples/ (at least 200 of them). */
static void
each_sample(void (*fn)(const json_t *in, const char *path))
{
	DIR *d = opendir("samples/expected");
	struct dirent *de;
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while ((de = readdir(d)) != NULL) {
		char path[512];
		size_t len = strlen(de->d_name);
		json_error_t e;
		json_t *in;

		if (len < 6 || strcmp(de->d_name + len - 5, ".json") != 0)
			continue;
		snprintf(path, sizeof path, "samples/expected/%s", de->d_name);
		in = json_load_file(path, JSON_PRESERVE_ORDER, &e);
		ck_assert_msg(in != NULL, "%s: %s", path, e.text);
		fn(in, path);
		json_decref(in);
		n++;
	}
	closedir(d);
	ck_assert_int_ge(n, 200);
}

/* The model with its own source URL and with others that change what
 * links become. */
static void
sample_entry(const json_t *in, const char *path)
{
	static const char *const bases[] = { NULL, "keep", "http://www.example.com/a/b.html",
		                             "file:///tmp/x.html", "javascript:alert(1)" };
	char err[256];

	for (size_t k = 0; k < sizeof bases / sizeof *bases; k++) {
		struct bulletin b;
		struct cat_entry ce;
		struct feed_item it;

		ck_assert_msg(bulletin_from_json(in, &b, err, sizeof err) == 0, "%s: %s", path,
		              err);
		if (k != 1) {
			free(b.source.url);
			b.source.url = bases[k] ? strdup(bases[k]) : NULL;
		}
		entry_of(&ce, &it, &b, b.id);
		same_entry(&it, path);
		entry_free(&ce);
	}
}

START_TEST(test_samples) { each_sample(sample_entry); }
END_TEST

static const char *const hostile[] = {
	"a\"b\\c/d",
	"\b\f\n\r\t\x01\x1f\x7f",
	"U+FFFE \xef\xbf\xbe U+FFFF \xef\xbf\xbf U+FDD0 \xef\xb7\x90 C1 \xc2\x85 end",
	"lone surrogate \xed\xa0\x80 and \xed\xbf\xbf",
	"invalid \xff \xc0\xaf cut \xe7\xb7",
	"\xe2\x80\xa8 U+2028, \xe7\xb7\x8a\xe6\x80\xa5 \xf0\x9f\x98\x80",
	"",
	" http://www.example.com/ok ",
	"javascript:alert(1)",
	"data:text/html,<b>",
	"mailto:a@example.com",
	"../relative/page.html?q=\"x\"",
	"file:///etc/passwd",
	"FILE:///C:/x",
	"file://host/share/x.html",
	"file:x.html",
	"https://",
	"http://ex\tample.com/\x01",
	"//www.example.com/proto-relative",
	"HTTP://EXAMPLE.COM/Up",
};
#define NHOSTILE (sizeof hostile / sizeof *hostile)

static char *
dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* A model whose every kind of string is s, links included, and whose
 * source URL is base. */
static void
hostile_model(struct bulletin *b, const char *s, const char *base, int empty)
{
	struct reference *r;
	struct download *d;
	struct note *no;
	struct package *p;
	struct file_entry *f;
	struct deploy_time *dt;
	struct deploy_minutes *m;

	bulletin_init(b);
	b->source.url = dup_or_null(base);
	if (empty)
		return; /* null fields, empty lists */
	b->kind = BULLETIN_ALERT;
	b->id = dup_or_null(s);
	b->title = dup_or_null(s);
	b->summary = dup_or_null(s);
	strlist_add(&b->ids, s ? s : "");
	strlist_add(&b->kb, s ? s : "");
	strlist_add(&b->warnings, s ? s : "");
	b->severity = 3;
	b->targets = TARGET_CLIENT;
	b->exploit_code = TRI_FALSE;
	r = VEC_PUSH(&b->references);
	r->label = dup_or_null(s);
	r->url = dup_or_null(s);
	r = VEC_PUSH(&b->references);
	r->url = strdup("page2.html");
	d = VEC_PUSH(&b->downloads);
	d->title = dup_or_null(s);
	d->url = dup_or_null(s);
	no = VEC_PUSH(&b->notes);
	no->heading = dup_or_null(s);
	p = VEC_PUSH(&b->packages);
	p->file = dup_or_null(s);
	p->size = 12345;
	f = VEC_PUSH(&p->files);
	f->name = dup_or_null(s);
	f->size = -1;
	dt = VEC_PUSH(&b->deploy_time);
	dt->package = dup_or_null(s);
	m = VEC_PUSH(&dt->minutes);
	m->hosts = 50;
	m->minutes = 10;
	m = VEC_PUSH(&dt->minutes);
	m->hosts = 50;
	m->minutes = -1;
	b->source.encoding = dup_or_null(s);
	b->source.invalid_sequences = 3;
	bulletin_diag(b, DIAG_ENCODING, "%s", s ? s : "");
}

/* Every hostile string in every string of the model, as the page's own
 * URL too, and in the entry's own fields. */
START_TEST(test_hostile_models)
{
	for (size_t i = 0; i <= NHOSTILE; i++)
		for (size_t k = 0; k <= NHOSTILE; k++) {
			const char *s = i < NHOSTILE ? hostile[i] : NULL;
			const char *base = k < NHOSTILE ? hostile[k] : NULL;
			struct bulletin b;
			struct cat_entry ce;
			struct feed_item it;
			char what[64];

			hostile_model(&b, s, base, 0);
			entry_of(&ce, &it, &b, s);
			it.id = (char *)s;
			it.link = (char *)base;
			it.updated = NULL;
			snprintf(what, sizeof what, "string %zu, base %zu", i, k);
			same_entry(&it, what);
			entry_free(&ce);
		}
}
END_TEST

/* Null fields, empty lists, no revision; a huge string. */
START_TEST(test_empty_and_huge)
{
	struct bulletin b;
	struct cat_entry ce;
	struct feed_item it;
	char *huge = malloc(3u << 20);

	hostile_model(&b, NULL, NULL, 1);
	entry_of(&ce, &it, &b, NULL);
	same_entry(&it, "empty");
	entry_free(&ce);

	hostile_model(&b, NULL, NULL, 1);
	memset(&ce, 0, sizeof ce);
	memset(&it, 0, sizeof it);
	ce.model = b;
	it.e = &ce;
	same_entry(&it, "no revision, no field");
	entry_free(&ce);

	for (size_t i = 0; i < (3u << 20) - 1; i++)
		huge[i] = "a\"\\\x01\xe7\xb7\x8a b"[i % 9];
	huge[(3u << 20) - 1] = '\0';
	hostile_model(&b, huge, "http://www.example.com/", 0);
	entry_of(&ce, &it, &b, "MS05-039");
	add_change(&ce.revisions.v[1], "title", huge, "\"x\"");
	same_entry(&it, "huge");
	entry_free(&ce);
	free(huge);
}
END_TEST

/* Change values that are JSON as jansson reads it, and that are not. */
static const char *const values[] = {
	"null",
	"true",
	"false",
	"0",
	"-0",
	"1",
	"-1",
	"123456789012345678",
	"9223372036854775807",
	"-9223372036854775808",
	"9223372036854775808",
	"-9223372036854775809",
	"01",
	"-",
	"1.",
	".5",
	"1.5",
	"-0.0",
	"0.1",
	"1e5",
	"1E+05",
	"1e-05",
	"2.5e-300",
	"1e-400",
	"1e308",
	"1e309",
	"-1e400",
	"123456789.123456789",
	"1e22",
	"1.7976931348623157e308",
	"5e-324",
	"3.0e0",
	"1e",
	"1e+",
	"0x10",
	"NaN",
	"Infinity",
	"tru",
	"truex",
	"nul",
	"[true1]",
	"\"\"",
	"\"abc\"",
	"\"a\\\"b\\\\c\\/d\"",
	"\"\\b\\f\\n\\r\\t\"",
	"\"\\u0041\\u00e9\\u00E9\\u7dca\"",
	"\"\\ud83d\\ude00\"",
	"\"\\ud800\"",
	"\"\\udc00\"",
	"\"\\ud800\\u0041\"",
	"\"\\u0000\"",
	"\"\\u001f\\u007f\"",
	"\"\\uFFFE\"",
	"\"\xef\xbf\xbe raw U+FFFE\"",
	"\"\\x\"",
	"\"\\u12\"",
	"\"a\x01b\"",
	"\"\x7f\"",
	"\"\xff\"",
	"\"\xed\xa0\x80\"",
	"\"\xe7\xb7\x8a\xe6\x80\xa5\"",
	"\"unterminated",
	"[]",
	"{}",
	" [ ] ",
	"\t{ }\r\n",
	"[1,2,3]",
	"[1,]",
	"[,1]",
	"[1 2]",
	"[[[]],[{}]]",
	"{\"a\":1}",
	"{\"a\":1,}",
	"{\"a\" 1}",
	"{1:2}",
	"{\"a\":1,\"b\":[true,null,{\"c\":\"d\"}]}",
	"{\"a\":1,\"b\":2,\"a\":3}",
	"{\"a\":1,\"\\u0061\":2}",
	"{\"\\u0000\":1}",
	"{\"k\":{\"k\":{\"k\":[]},\"k\":{}}}",
	" \"padded\" ",
	"\"a\" \"b\"",
	"1 2",
	"",
	"   ",
	"[\"MS05-039\",\"MS05-038\"]",
	"[{\"label\":\"x\",\"url\":\"javascript:alert(1)\"}]",
	"{\"level\":2,\"label\":\"重要\"}",
	"not json at all",
	"\x01control",
	"a\xef\xbf\xbe",
	"\xff",
	"{\"a\":\"\\ud800\"}",
	"[1.0,2.50,-3e2]",
	"[\"\\/\\/\"]",
};
#define NVALUES (sizeof values / sizeof *values)

START_TEST(test_change_values)
{
	for (size_t i = 0; i < NVALUES; i++) {
		struct bulletin b;
		struct cat_entry ce;
		struct feed_item it;
		char what[64];

		hostile_model(&b, NULL, NULL, 1);
		entry_of(&ce, &it, &b, "MS05-039");
		add_change(&ce.revisions.v[1], "title", values[i], values[NVALUES - 1 - i]);
		add_change(&ce.revisions.v[1], values[i], NULL, values[i]);
		snprintf(what, sizeof what, "value %zu", i);
		same_entry(&it, what);
		entry_free(&ce);
	}
}
END_TEST

/* Nesting as deep as jansson reads (2048 values) and one deeper. */
START_TEST(test_change_value_depth)
{
	for (size_t depth = 2046; depth <= 2050; depth++)
		for (int kind = 0; kind < 3; kind++) {
			struct bulletin b;
			struct cat_entry ce;
			struct feed_item it;
			struct buf v;
			char what[64];

			buf_init(&v, 0);
			for (size_t i = 0; i < depth; i++)
				buf_puts(&v, kind == 1 ? "{\"k\":" : "[");
			buf_puts(&v, kind == 2 ? "1" : kind == 1 ? "{}" : "");
			for (size_t i = 0; i < depth; i++)
				buf_puts(&v, kind == 1 ? "}" : "]");
			hostile_model(&b, NULL, NULL, 1);
			entry_of(&ce, &it, &b, "MS05-039");
			add_change(&ce.revisions.v[1], "title", v.data, "1");
			snprintf(what, sizeof what, "depth %zu, kind %d", depth, kind);
			same_entry(&it, what);
			entry_free(&ce);
			buf_free(&v);
		}
}
END_TEST

/* An escape or an odd character at every place of a string value. */
START_TEST(test_change_value_every_position)
{
	static const char *const odd[] = {
		"\\\"",         "\\\\", "\\/", "\\n",  "\\u0001", "\\u00e9", "\\ud83d\\ude00",
		"\xe7\xb7\x8a", "\x7f", "\\u", "\x01", "\xff",    "\""
	};

	for (size_t k = 0; k < sizeof odd / sizeof *odd; k++)
		for (size_t len = 0; len <= 12; len++)
			for (size_t at = 0; at <= len; at++) {
				struct bulletin b;
				struct cat_entry ce;
				struct feed_item it;
				char t[64], what[64];

				t[0] = '"';
				memset(t + 1, 'a', len);
				t[len + 1] = 0;
				memmove(t + 1 + at + strlen(odd[k]), t + 1 + at, len - at + 1);
				memcpy(t + 1 + at, odd[k], strlen(odd[k]));
				strcat(t, "\"");
				hostile_model(&b, NULL, NULL, 1);
				entry_of(&ce, &it, &b, "MS05-039");
				add_change(&ce.revisions.v[1], "title", t, NULL);
				snprintf(what, sizeof what, "odd %zu, length %zu, at %zu", k, len,
				         at);
				same_entry(&it, what);
				entry_free(&ce);
			}
}
END_TEST

START_TEST(test_head)
{
	for (size_t i = 0; i <= NHOSTILE; i++)
		for (int any = 0; any < 2; any++) {
			const char *s = i < NHOSTILE ? hostile[i] : NULL;
			struct feed_meta m = { .link = s, .id = s, .updated = s };
			char *want = ref_head(&m, any);
			struct buf got;

			buf_init(&got, 0);
			buf_puts(&got, "");
			ck_assert_int_eq(catalogue_json_head(&m, any, &got), 0);
			same_text(want, got.data, "head");
			free(want);
			buf_free(&got);
		}
}
END_TEST

/* ---- bulletin_json_dump(), the writer of the CSAF documents ---- */

/* The dump of v at depth is json_dumps()'s, each line indented more. */
static void
same_dump(const json_t *v, const char *what)
{
	for (int depth = 0; depth <= 3; depth += 3)
		for (int indent = 0; indent <= 2; indent += 2) {
			char *text = json_dumps(v, (indent ? HF_JSON_PRETTY : HF_JSON_COMPACT) |
			                                   JSON_ENCODE_ANY);
			struct buf want, got;

			ck_assert_ptr_nonnull(text);
			buf_init(&want, 0);
			buf_init(&got, 0);
			buf_puts(&want, "");
			buf_puts(&got, "");
			for (const char *p = text, *nl; p != NULL; p = nl ? nl + 1 : NULL) {
				nl = strchr(p, '\n');
				buf_append(&want, p, nl ? (size_t)(nl - p + 1) : strlen(p));
				if (nl)
					for (int i = 0; i < indent * depth; i++)
						buf_putc(&want, ' ');
			}
			bulletin_json_dump(&got, v, indent, depth);
			same_text(want.data, got.data, what);
			free(text);
			buf_free(&want);
			buf_free(&got);
		}
}

/* Every expected model of samples/. */
START_TEST(test_dump_samples) { each_sample(same_dump); }
END_TEST

/* Reals, integers at their limits, strings with NUL and controls, empty
 * and nested containers, scalars alone. */
START_TEST(test_dump_values)
{
	static const double reals[] = { 0.0,
		                        -0.0,
		                        1.0,
		                        -1.5,
		                        0.1,
		                        1e5,
		                        1e22,
		                        1e-5,
		                        1e300,
		                        -2.5e-300,
		                        5e-324,
		                        1.7976931348623157e308,
		                        123456789.123456789,
		                        3.14159,
		                        100.0,
		                        1e16,
		                        1e17 };
	json_t *a = json_array(), *o = json_object();

	for (size_t i = 0; i < sizeof reals / sizeof *reals; i++) {
		json_t *r = json_real(reals[i]);
		same_dump(r, "real");
		json_array_append_new(a, r);
	}
	json_array_append_new(a, json_integer(9223372036854775807LL));
	json_array_append_new(a, json_integer(-9223372036854775807LL - 1));
	json_array_append_new(a, json_integer(0));
	json_array_append_new(a, json_stringn("a\0b", 3));
	json_array_append_new(a,
	                      json_string("\"\\/\b\f\n\r\t\x01\x1f\x7f \xe2\x80\xa8 \xef\xbf\xbe"));
	json_array_append_new(a, json_string(""));
	json_array_append_new(a, json_array());
	json_array_append_new(a, json_object());
	json_array_append_new(a, json_true());
	json_array_append_new(a, json_false());
	json_array_append_new(a, json_null());
	json_array_append_new(a, json_pack("[[[]], {s:{}, s:[{}]}]", "a", "b"));
	json_object_set_new(o, "list", a);
	json_object_set_new(o, "k\"ey\n", json_string("v"));
	json_object_set_new(o, "", json_string("empty key"));
	same_dump(o, "values");
	same_dump(json_object_get(o, "list"), "list");
	json_decref(o);
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("catalogue_json");
	TCase *tc = tcase_create("core");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_samples);
	tcase_add_test(tc, test_hostile_models);
	tcase_add_test(tc, test_empty_and_huge);
	tcase_add_test(tc, test_change_values);
	tcase_add_test(tc, test_change_value_depth);
	tcase_add_test(tc, test_change_value_every_position);
	tcase_add_test(tc, test_head);
	tcase_add_test(tc, test_dump_samples);
	tcase_add_test(tc, test_dump_values);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
