/* test_publish.c — publish/: sanitizer, ids, dates, the three feed writers,
 * catalogue.json and the whole publish into a scratch directory. */
#include "testutil.h"
#include "core/bulletin_json.h"
#include "core/config.h"
#include "publish/catalogue_json.h"
#include "publish/change_note.h"
#include "publish/feed.h"
#include "publish/feed_splice.h"
#include "publish/html_sanitize.h"
#include "publish/index_pages.h"
#include "publish/xslt.h"
#include "publish/outfiles.h"
#include "publish/publish.h"
#include "publish/sanitize.h"

#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static char *
must(char *s)
{
	ck_assert_ptr_nonnull(s);
	return s;
}

START_TEST(text_removes_xml_illegal)
{
	char *s = must(sanitize_text("a\x01"
	                             "b\tc\xef\xbf\xbe"
	                             "d\xef\xbf\xbf"
	                             "e\x7f"
	                             "\xc2\x85"
	                             "日本\n"));
	ck_assert_str_eq(s, "ab\tcde日本\n");
	free(s);
	s = must(sanitize_text("bad\xff\xc3("));
	ck_assert_str_eq(s, "bad\xef\xbf\xbd\xef\xbf\xbd(");
	free(s);
	ck_assert_ptr_null(sanitize_text(NULL));
}
END_TEST

START_TEST(text_as_html)
{
	char *s = must(sanitize_text_to_html("a <b> & \"c\"\n\nd\x01"));
	ck_assert_str_eq(s, "<p>a &lt;b&gt; &amp; &quot;c&quot;</p><p>d</p>");
	free(s);
}
END_TEST

static const struct {
	const char *url, *base, *want;
} url_cases[] = {
	{ "http://example.com/a", NULL, "http://example.com/a" },
	{ "HTTPS://example.com/", NULL, "HTTPS://example.com/" },
	{ "javascript:alert(1)", "http://example.com/", NULL },
	{ "  java\tscript:alert(1)", "http://example.com/", NULL },
	{ "data:text/html,<script>", "http://example.com/", NULL },
	{ "file:///etc/passwd", NULL, NULL },
	{ "mailto:a@example.com", "http://example.com/", NULL },
	{ "/security/ms05-039.mspx", "http://www.microsoft.com/japan/x/y.html",
	  "http://www.microsoft.com/security/ms05-039.mspx" },
	{ "../b.html", "http://example.com/x/y/z.html", "http://example.com/x/b.html" },
	{ "b.html", NULL, NULL },
	{ "b.html", "file:///tmp/a.html", NULL },
	{ "http://example.com/a b\"<", NULL, "http://example.com/a%20b%22%3C" },
	{ "http:///nohost", NULL, NULL },
	{ "\x01http://example.com/", NULL, "http://example.com/" },
	{ "http://exa\x01mple.com/", NULL, NULL },
};

START_TEST(urls_web_only)
{
	const char *url = url_cases[_i].url, *want = url_cases[_i].want;
	char *got = sanitize_url(url, url_cases[_i].base);

	if (want == NULL)
		ck_assert_msg(got == NULL, "case %d: %s -> %s", _i, url, got);
	else
		ck_assert_msg(got != NULL && strcmp(got, want) == 0, "case %d: %s -> %s", _i, url,
		              got ? got : "(null)");
	free(got);
}
END_TEST

START_TEST(ids_are_tag_uris)
{
	char *s = must(feed_tag_uri("example.org,2005", "MS05-039"));
	ck_assert_str_eq(s, "tag:example.org,2005:MS05-039");
	free(s);
	s = must(feed_tag_uri("example.org,2005", "http://example.com/a/b c.html?x=1"));
	ck_assert_str_eq(s, "tag:example.org,2005:http://example.com/a/b%20c.html%3Fx%3D1");
	free(s);
}
END_TEST

static const struct {
	const char *in, *rfc822, *jst;
} date_cases[] = {
	{ "2005-08-10T00:00:00+09:00", "Wed, 10 Aug 2005 00:00:00 +0900",
	  "2005-08-10T00:00:00+09:00" },
	{ "2005-08-09T16:30:00Z", "Wed, 10 Aug 2005 01:30:00 +0900", "2005-08-10T01:30:00+09:00" },
	{ "2004-02-29", "Sun, 29 Feb 2004 00:00:00 +0900", "2004-02-29T00:00:00+09:00" },
	{ "1999-12-31T20:00:00-05:00", "Sat, 01 Jan 2000 10:00:00 +0900",
	  "2000-01-01T10:00:00+09:00" },
	{ "2005-13-01", NULL, NULL },
	{ "2005-08-10T00:00", NULL, NULL },
	{ "yesterday", NULL, NULL },
};

START_TEST(dates_from_rfc3339)
{
	char *a = feed_rfc822(date_cases[_i].in), *b = feed_rfc3339_jst(date_cases[_i].in);

	if (date_cases[_i].rfc822 == NULL) {
		ck_assert_ptr_null(a);
		ck_assert_ptr_null(b);
	} else {
		ck_assert_str_eq(a, date_cases[_i].rfc822);
		ck_assert_str_eq(b, date_cases[_i].jst);
	}
	free(a);
	free(b);
}
END_TEST

START_TEST(html_fragment_is_cleaned)
{
	static const char in[] =
		"<div onclick=\"x()\"><script>alert(1)</script><p style=\"color:red\">a"
		"<a href=\"javascript:alert(2)\">j</a><a href=\"/rel\">r</a>"
		"<iframe src=\"http://evil/\"></iframe><font color=red>f</font>"
		"<style>p{}</style><img src=x onerror=alert(3)></p></div>";
	char err[256];
	char *out = must(html_clean(in, sizeof in - 1, HTML_FRAGMENT, "http://example.com/x/", err,
	                            sizeof err));

	ck_assert_msg(strstr(out, "script") == NULL, "%s", out);
	ck_assert_msg(strstr(out, "onclick") == NULL && strstr(out, "onerror") == NULL, "%s", out);
	ck_assert_msg(strstr(out, "javascript") == NULL, "%s", out);
	ck_assert_msg(strstr(out, "iframe") == NULL && strstr(out, "style") == NULL, "%s", out);
	ck_assert_msg(strstr(out, "<img") == NULL, "%s", out);
	ck_assert_msg(strstr(out, "href=\"http://example.com/rel\"") != NULL, "%s", out);
	ck_assert_msg(strstr(out, ">f<") != NULL && strstr(out, "<font") == NULL, "%s", out);
	free(out);
}
END_TEST

/* ---- a small catalogue built in C ---- */

static void
entry_fill(struct cat_entry *e, const char *key, const char *title, int sev, const char *pub,
           const char *upd)
{
	struct bulletin *b = &e->model;
	struct affected *a;
	struct revision *r;

	memset(e, 0, sizeof *e);
	bulletin_init(b);
	e->key = strdup(key);
	e->published = strdup(pub);
	e->updated = strdup(upd);
	b->kind = BULLETIN_ALERT;
	b->id = strdup(key);
	strlist_add(&b->ids, key);
	strlist_add(&b->kb, "899588");
	b->title = strdup(title);
	b->severity = sev;
	b->exploit_code = TRI_TRUE;
	b->reboot = strdup("必要");
	b->reboot_required = TRI_TRUE;
	b->targets = TARGET_SERVER | TARGET_CLIENT;
	b->summary = strdup("一段落目。\n\n二段落目。");
	b->source.url = strdup("http://www.example.com/hotfix/ms05-039.html");
	a = VEC_PUSH(&b->affected);
	a->software = strdup("Windows");
	strlist_add(&a->platforms, "Windows XP");
	r = VEC_PUSH(&e->revisions);
	r->number = 1;
	r->seen = strdup("2005-08-10T01:00:00Z");
	r->updated = strndup(upd, 10);
}

static void
entries_free(struct cat_entry *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].key);
		free(v[i].published);
		free(v[i].updated);
		bulletin_free(&v[i].model);
		for (size_t j = 0; j < v[i].revisions.n; j++) {
			free(v[i].revisions.v[j].seen);
			free(v[i].revisions.v[j].updated);
			for (size_t k = 0; k < v[i].revisions.v[j].changes.n; k++) {
				free(v[i].revisions.v[j].changes.v[k].field);
				free(v[i].revisions.v[j].changes.v[k].old_value);
				free(v[i].revisions.v[j].changes.v[k].new_value);
			}
			free(v[i].revisions.v[j].changes.v);
		}
		free(v[i].revisions.v);
	}
}

struct fixture {
	struct cat_entry e[2];
	struct feed_item it[2];
	struct feed_item *p[2];
	struct feed_meta m;
};

static void
fixture_init(struct fixture *f, const char *title0)
{
	entry_fill(&f->e[0], "MS05-039", title0, 1, "2005-08-10T00:00:00+09:00",
	           "2005-08-12T00:00:00+09:00");
	entry_fill(&f->e[1], "MS05-038", "重要な更新", 2, "2005-08-09T00:00:00+09:00",
	           "2005-08-09T00:00:00+09:00");
	for (int i = 0; i < 2; i++) {
		feed_item_init(&f->it[i], &f->e[i], "example.org,2005", "http://example.org/");
		f->it[i].content_html = strdup("<p>本文</p>");
		f->p[i] = &f->it[i];
	}
	f->m = (struct feed_meta){ .title = "HotFix Report",
		                   .description = "説明",
		                   .author = "著者",
		                   .lang = "ja",
		                   .link = "http://example.org/",
		                   .self_rss = "http://example.org/rss.xml",
		                   .self_atom = "http://example.org/atom.xml",
		                   .self_json = "http://example.org/feed.json",
		                   .id = "tag:example.org,2005:feed",
		                   .updated = "2005-08-12T00:00:00+09:00" };
}

static void
fixture_free(struct fixture *f)
{
	for (int i = 0; i < 2; i++)
		feed_item_free(&f->it[i]);
	entries_free(f->e, 2);
}

static int
well_formed(const struct buf *b)
{
	xmlDocPtr d = xmlReadMemory(b->data, (int)b->len, "x.xml", NULL,
	                            XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	int ok = d != NULL;

	xmlFreeDoc(d);
	return ok;
}

START_TEST(rss_has_the_fields)
{
	struct fixture f;
	struct buf out;
	char err[256];

	fixture_init(&f, "緊急の更新 <script>alert(1)</script>\x01\xef\xbf\xbe");
	buf_init(&out, 0);
	ck_assert_int_eq(feed_write_rss(&f.m, f.p, 2, &out, err, sizeof err), 0);
	ck_assert(well_formed(&out));
	ck_assert_ptr_nonnull(strstr(
		out.data, "<guid isPermaLink=\"false\">tag:example.org,2005:MS05-039</guid>"));
	ck_assert_ptr_nonnull(
		strstr(out.data, "<pubDate>Wed, 10 Aug 2005 00:00:00 +0900</pubDate>"));
	ck_assert_ptr_nonnull(
		strstr(out.data, "<lastBuildDate>Fri, 12 Aug 2005 00:00:00 +0900</lastBuildDate>"));
	ck_assert_ptr_nonnull(strstr(out.data, "rel=\"self\""));
	ck_assert_ptr_nonnull(strstr(out.data, "&lt;script&gt;"));
	ck_assert_ptr_nonnull(strstr(
		out.data,
		"<description>&lt;p&gt;一段落目。&lt;/p&gt;&lt;p&gt;二段落目。&lt;/p&gt;</description>"));
	ck_assert_ptr_null(strstr(out.data, "<script"));
	ck_assert_ptr_nonnull(
		strstr(out.data, "<hf:severity level=\"1\" name=\"critical\">緊急</hf:severity>"));
	ck_assert_ptr_nonnull(
		strstr(out.data, "<content:encoded>&lt;p&gt;本文&lt;/p&gt;</content:encoded>"));
	ck_assert(strstr(out.data, "MS05-039") < strstr(out.data, "MS05-038"));
	buf_free(&out);
	fixture_free(&f);
}
END_TEST

START_TEST(atom_has_the_fields)
{
	struct fixture f;
	struct buf out;
	char err[256];

	fixture_init(&f, "緊急の更新");
	buf_init(&out, 0);
	ck_assert_int_eq(feed_write_atom(&f.m, f.p, 2, &out, err, sizeof err), 0);
	ck_assert(well_formed(&out));
	ck_assert_ptr_nonnull(strstr(out.data, "xml:lang=\"ja\""));
	ck_assert_ptr_nonnull(strstr(out.data, "<id>tag:example.org,2005:MS05-039</id>"));
	ck_assert_ptr_nonnull(strstr(out.data, "<published>2005-08-10T00:00:00+09:00</published>"));
	ck_assert_ptr_nonnull(strstr(out.data, "<updated>2005-08-12T00:00:00+09:00</updated>"));
	ck_assert_ptr_nonnull(strstr(out.data, "<hf:reboot required=\"true\">必要</hf:reboot>"));
	ck_assert_ptr_nonnull(strstr(out.data, "<hf:platform>Windows XP</hf:platform>"));
	buf_free(&out);
	fixture_free(&f);
}
END_TEST

START_TEST(json_feed_has_the_fields)
{
	struct fixture f;
	struct buf out;
	char err[256];
	json_t *j, *item;

	fixture_init(&f, "緊急の更新");
	buf_init(&out, 0);
	ck_assert_int_eq(feed_write_json(&f.m, f.p, 2, &out, err, sizeof err), 0);
	j = json_loads(out.data, 0, NULL);
	ck_assert_ptr_nonnull(j);
	ck_assert_str_eq(json_string_value(json_object_get(j, "version")),
	                 "https://jsonfeed.org/version/1.1");
	ck_assert_str_eq(json_string_value(json_object_get(j, "language")), "ja");
	item = json_array_get(json_object_get(j, "items"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(item, "id")),
	                 "tag:example.org,2005:MS05-039");
	ck_assert_str_eq(json_string_value(json_object_get(item, "date_modified")),
	                 "2005-08-12T00:00:00+09:00");
	ck_assert_int_eq(
		json_integer_value(json_object_get(
			json_object_get(json_object_get(item, "_hotfeed"), "severity"), "level")),
		1);
	json_decref(j);
	buf_free(&out);
	fixture_free(&f);
}
END_TEST

/* catalogue.json of the first n items, put together as the publish loop
 * writes it a bulletin at a time (head, entries with separators, tail). */
static int
catalogue_doc(const struct feed_meta *m, struct feed_item *const *items, size_t n, struct buf *out)
{
	int rc = catalogue_json_head(m, n > 0, out);

	for (size_t i = 0; i < n && rc == 0; i++)
		rc = (i > 0 ? buf_puts(out, catalogue_json_separator()) : 0) |
		     catalogue_json_entry(items[i], out);
	return rc == 0 ? buf_puts(out, catalogue_json_tail(n > 0)) : -1;
}

START_TEST(catalogue_json_round_trips)
{
	struct fixture f;
	struct buf out;
	char err[256];
	json_t *j, *b;
	struct bulletin back;

	fixture_init(&f, "緊急の更新\x01");
	buf_init(&out, 0);
	ck_assert_int_eq(catalogue_doc(&f.m, f.p, 2, &out), 0);
	j = json_loads(out.data, 0, NULL);
	ck_assert_ptr_nonnull(j);
	ck_assert_int_eq(json_integer_value(json_object_get(j, "schema_version")), 2);
	b = json_array_get(json_object_get(j, "bulletins"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(b, "id")),
	                 "tag:example.org,2005:MS05-039");
	bulletin_init(&back);
	ck_assert_int_eq(bulletin_from_json(json_object_get(b, "model"), &back, err, sizeof err),
	                 0);
	ck_assert_str_eq(back.title, "緊急の更新");
	ck_assert_int_eq(back.severity, 1);
	bulletin_free(&back);
	json_decref(j);
	/* written a bulletin at a time, laid out as json_dumps() of the whole
	 * document lays it out, for 0, 1 and 2 bulletins */
	for (size_t n = 0; n <= 2; n++) {
		char *whole;

		buf_reset(&out);
		ck_assert_int_eq(catalogue_doc(&f.m, f.p, n, &out), 0);
		j = json_loads(out.data, 0, NULL);
		ck_assert_ptr_nonnull(j);
		ck_assert_uint_eq(json_array_size(json_object_get(j, "bulletins")), n);
		whole = json_dumps(j, HF_JSON_PRETTY);
		ck_assert_uint_eq(out.len, strlen(whole) + 1);
		ck_assert_int_eq(memcmp(out.data, whole, out.len - 1), 0);
		ck_assert_int_eq(out.data[out.len - 1], '\n');
		free(whole);
		json_decref(j);
	}
	buf_free(&out);
	fixture_free(&f);
}
END_TEST

/* Remove a scratch output directory, its publish lock and its fragment
 * cache beside it. */
static void
remove_dir(const char *dir)
{
	char *slash = strrchr(dir, '/');
	char *lock = xasprintf("%.*s/.%s.lock", (int)(slash - dir), dir, slash + 1);
	char *cache = xasprintf("%.*s/.%s.cache.sqlite", (int)(slash - dir), dir, slash + 1);

	ck_assert_int_eq(util_remove_tree(AT_FDCWD, dir), 0);
	unlink(lock);
	unlink(cache);
	free(lock);
	free(cache);
}

static int
file_exists(const char *dir, const char *name)
{
	char path[512];
	struct stat st;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return stat(path, &st) == 0 && st.st_size > 0;
}

/* Files in subdirectories of the generation; names that would leave it
 * are refused and change nothing. */
START_TEST(outfiles_subdirectories)
{
	char dir[] = "/tmp/hotfeed-publish-XXXXXX", err[512], path[600];
	static const char *const bad[] = { "../x.json", "/etc/x.json", "a//b.json", "a/./b",
		                           "a/../../b", "", "sub/",
		                           /* names a file of the old set with the same bytes */
		                           "csaf/../csaf/2005/ms05-039.json" };
	struct outfiles s = { 0 };
	struct stat st;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	ck_assert_msg(outfiles_begin(&s, dir, err, sizeof err) == 0, "%s", err);
	buf_puts(&outfiles_add(&s, "rss.xml", OUT_XML)->data, "<rss/>");
	buf_puts(&outfiles_add(&s, "csaf/2005/ms05-039.json", OUT_JSON)->data, "{}");
	ck_assert_msg(outfiles_finish(&s, err, sizeof err) == 0, "%s", err);
	outfiles_free(&s); /* drops the directory's lock */
	snprintf(path, sizeof path, "%s/csaf/2005/ms05-039.json", dir);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq((int)st.st_size, 2);
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct outfiles b = { 0 };
		ck_assert_msg(outfiles_begin(&b, dir, err, sizeof err) == 0, "%s", err);
		buf_puts(&outfiles_add(&b, "index.html", OUT_HTML)->data, "<p>x</p>");
		buf_puts(&outfiles_add(&b, bad[i], OUT_JSON)->data, "{}");
		ck_assert_int_eq(outfiles_finish(&b, err, sizeof err), -1);
		ck_assert_msg(strstr(err, "not a file name inside the output directory") != NULL,
		              "%s: %s", bad[i], err);
		outfiles_free(&b);
	}
	ck_assert_int_eq(stat(path, &st), 0); /* the set as it was */
	snprintf(path, sizeof path, "%s/index.html", dir);
	ck_assert_int_eq(stat(path, &st), -1);
	remove_dir(dir);
}
END_TEST

/* A document assembled from item texts is byte for byte the writers'
 * document of the same items: each format, 0 to 2 items, with and
 * without RFC 5005 links (a namespace more on the root). */
START_TEST(splice_equals_the_writers)
{
	typedef int (*writer)(const struct feed_meta *, struct feed_item *const *, size_t,
	                      struct buf *, char *, size_t);
	static const writer w[FEED_FORMATS] = { feed_write_rss, feed_write_atom, feed_write_json };
	struct fixture f;
	struct buf frag[2][FEED_FORMATS], whole, spliced;
	struct feed_history h = {
		.archive = 1,
		.current = { "http://example.org/rss.xml", "http://example.org/atom.xml",
		             "http://example.org/feed.json" },
		.prev = { "http://example.org/a.rss.xml", "http://example.org/a.atom.xml",
		          "http://example.org/a.feed.json" }
	};
	char err[256];

	fixture_init(&f, "緊急 <b>&amp;</b> \"引用\"");
	for (int i = 0; i < 2; i++) {
		for (int k = 0; k < FEED_FORMATS; k++)
			buf_init(&frag[i][k], 0);
		ck_assert_int_eq(feed_splice_item(&f.it[i], frag[i], err, sizeof err), 0);
	}
	for (int hist = 0; hist < 2; hist++) {
		f.m.history = hist ? &h : NULL;
		for (int k = 0; k < FEED_FORMATS; k++)
			for (size_t n = 0; n <= 2; n++) {
				const struct buf *v[2] = { &frag[0][k], &frag[1][k] };
				buf_init(&whole, 0);
				buf_init(&spliced, 0);
				ck_assert_int_eq(w[k](&f.m, f.p, n, &whole, err, sizeof err), 0);
				ck_assert_int_eq(feed_splice_write((enum feed_format)k, &f.m, v, n,
				                                   &spliced, err, sizeof err),
				                 0);
				ck_assert_msg(whole.len == spliced.len &&
				                      memcmp(whole.data, spliced.data, whole.len) ==
				                              0,
				              "format %d, %zu items, history %d:\n%s\n---\n%s", k,
				              n, hist, whole.data, spliced.data);
				buf_free(&whole);
				buf_free(&spliced);
			}
	}
	for (int i = 0; i < 2; i++)
		for (int k = 0; k < FEED_FORMATS; k++)
			buf_free(&frag[i][k]);
	fixture_free(&f);
}
END_TEST

/* A file written as a stream is checked as a stream: broken JSON or XML
 * fails the set, whatever the size; good files pass. */
START_TEST(streams_are_checked)
{
	static const struct {
		const char *text;
		enum out_kind kind;
		int ok;
	} cases[] = {
		{ "{\"a\": [1, -2.5e3, true, null, \"\\u00e9\\n\"], \"b\": {}}\n", OUT_JSON, 1 },
		{ "{\"a\": [1, 2,]}", OUT_JSON, 0 },
		{ "{\"a\": \"\xff\"}", OUT_JSON, 0 },         /* not UTF-8 */
		{ "{\"a\": \"\xed\xa0\x80\"}", OUT_JSON, 0 }, /* a surrogate */
		{ "{\"a\": 01}", OUT_JSON, 0 },
		{ "{\"a\": 1} x", OUT_JSON, 0 },
		{ "[1]", OUT_JSON, 0 }, /* not an object */
		{ "{\"a\": \"x", OUT_JSON, 0 },
		{ "<?xml version=\"1.0\"?>\n<a><b>x</b></a>\n", OUT_XML, 1 },
		{ "<a><b>x</a>", OUT_XML, 0 },
		{ "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"></head><body><ol>"
		  "<li>x</li></ol></body></html>\n",
		  OUT_HTML, 1 },
		{ "", OUT_HTML, 0 }, /* no element */
	};
	char dir[] = "/tmp/hotfeed-stream-XXXXXX", sub[600], err[512];

	ck_assert_ptr_nonnull(mkdtemp(dir));
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct outfiles s = { 0 };
		struct out_stream *o;
		snprintf(sub, sizeof sub, "%s/out%zu", dir, i);
		ck_assert_msg(outfiles_begin(&s, sub, err, sizeof err) == 0, "%s", err);
		o = outfiles_stream(&s,
		                    cases[i].kind == OUT_JSON  ? "big.json"
		                    : cases[i].kind == OUT_XML ? "big.xml"
		                                               : "big.html",
		                    cases[i].kind, err, sizeof err);
		ck_assert_ptr_nonnull(o);
		/* a byte at a time: the check does not depend on how it was written */
		for (const char *p = cases[i].text; *p; p++)
			ck_assert_int_eq(outfiles_stream_write(o, p, 1), 0);
		ck_assert_msg((outfiles_stream_close(&s, o, err, sizeof err) == 0) == cases[i].ok,
		              "case %zu: %s", i, err);
		if (!cases[i].ok)
			ck_assert_msg(strstr(err, "nothing was written") != NULL, "%s", err);
		else
			ck_assert_int_eq(outfiles_finish(&s, err, sizeof err), 0);
		outfiles_free(&s);
	}
	remove_dir(dir);
}
END_TEST

/* ---- a publish reads the catalogue's cursor, as `hotfeed publish` does ---- */

#define SEEN 1123650000 /* 2005-08-10T05:00:00Z */

/* Store model b in c as the page of its id, with body as the page's bytes,
 * seen at seen; the ingest status. */
static enum ingest_status
store_model(struct catalogue *c, const struct bulletin *b, const char *body, time_t seen)
{
	char *url = xasprintf("http://www.example.com/hotfix/%s.html", b->id);
	struct page pg = { url, (const unsigned char *)body, strlen(body), NULL, NULL, seen };
	struct ingest_result r;
	enum ingest_status st;

	memset(&r, 0, sizeof r);
	ck_assert_msg(catalogue_ingest_model(c, &pg, b, &r) == 0, "%s", catalogue_error(c));
	st = r.status;
	catalogue_ingest_result_free(&r);
	free(url);
	return st;
}

/* A catalogue beside the scratch directory dir (dir.db) holding the
 * fixture's first n models, dated as its entries (登録日, 更新日). */
static struct catalogue *
fixture_catalogue(const char *dir, struct fixture *f, size_t n)
{
	char *path = xasprintf("%s.db", dir), err[256];
	struct catalogue *c = catalogue_open(path, err, sizeof err);

	ck_assert_msg(c != NULL, "%s", err);
	for (size_t i = 0; i < n; i++) {
		struct bulletin *b = &f->e[i].model;
		b->registered = strndup(f->e[i].published, 10);
		b->updated = strndup(f->e[i].updated, 10);
		ck_assert_int_eq(store_model(c, b, f->e[i].key, SEEN), INGEST_NEW);
	}
	free(path);
	return c;
}

/* Close c and remove its files (dir.db and the rest of SQLite's). */
static void
catalogue_remove(struct catalogue *c, const char *dir)
{
	static const char *const ext[] = { ".db", ".db-wal", ".db-shm", ".db-journal" };

	catalogue_close(c);
	for (size_t i = 0; i < sizeof ext / sizeof *ext; i++) {
		char *path = xasprintf("%s%s", dir, ext[i]);
		unlink(path);
		free(path);
	}
}

/* publish_catalogue() of c, with the counts it reports. */
static int
publish_counted(const struct publish_opts *o, struct catalogue *c, size_t want_bulletins, char *err,
                size_t errlen)
{
	size_t bulletins = 0, other = 0;
	int rc = publish_catalogue(o, c, &bulletins, &other, err, errlen);

	if (rc == 0) {
		ck_assert_uint_eq(bulletins, want_bulletins);
		ck_assert_uint_eq(other, 0);
	}
	return rc;
}

START_TEST(publish_writes_every_file)
{
	static const char *const names[] = { "rss.xml", "atom.xml", "feed.json", "catalogue.json",
		                             "index.html" };
	char dir[] = "/tmp/hotfeed-publish-XXXXXX", err[512];
	struct fixture f;
	struct config cfg;
	struct publish_opts o = { 0 };
	struct catalogue *cat;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	fixture_init(&f, "緊急の更新");
	config_init(&cfg);
	o.cfg = &cfg;
	o.out = dir;
	o.templates = "templates";
	cat = fixture_catalogue(dir, &f, 2);
	ck_assert_msg(publish_counted(&o, cat, 2, err, sizeof err) == 0, "%s", err);
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		ck_assert_msg(file_exists(dir, names[i]), "%s missing", names[i]);
	o.templates = "/nonexistent";
	ck_assert_int_eq(publish_counted(&o, cat, 2, err, sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, "item.xsl"));
	catalogue_remove(cat, dir);
	remove_dir(dir);
	config_free(&cfg);
	fixture_free(&f);
}
END_TEST

static char *
slurp(const char *dir, const char *name)
{
	char path[512], *data = NULL;
	size_t len;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	ck_assert_msg(read_file(path, 1 << 24, &data, &len) == 0, "%s", path);
	return data;
}

START_TEST(publish_hostile_model)
{
	static const char *const names[] = { "rss.xml", "atom.xml", "feed.json", "catalogue.json",
		                             "index.html" };
	char dir[] = "/tmp/hotfeed-publish-XXXXXX", err[512];
	struct fixture f;
	struct config cfg;
	struct publish_opts o = { 0 };
	struct reference *r;
	struct catalogue *cat;
	char *html;
	json_t *j;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	fixture_init(&f, "x<script>alert(1)</script>\x01\xef\xbf\xbe\xef\xbf\xbf"
	                 "<img src=x onerror=alert(2)>");
	free(f.e[0].model.source.url);
	f.e[0].model.source.url = strdup("javascript:alert(3)");
	r = VEC_PUSH(&f.e[0].model.references);
	r->label = strdup("evil\x02");
	r->url = strdup(" java\tscript:alert(4)");
	r = VEC_PUSH(&f.e[0].model.references);
	r->label = strdup("data");
	r->url = strdup("data:text/html,<script>alert(5)</script>");
	free(f.e[0].model.summary);
	f.e[0].model.summary = strdup("<iframe src=http://evil/></iframe>\x1b[31m");
	config_init(&cfg);
	o.cfg = &cfg;
	o.out = dir;
	o.templates = "templates";
	cat = fixture_catalogue(dir, &f, 2);
	ck_assert_msg(publish_counted(&o, cat, 2, err, sizeof err) == 0, "%s", err);
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		char *d = slurp(dir, names[i]);
		/* in JSON, "<script>" inside a title is text; only HTML must be clean */
		if (strstr(names[i], ".json") == NULL) {
			ck_assert_msg(strstr(d, "<script") == NULL, "%s: raw <script>", names[i]);
			ck_assert_msg(strstr(d, "<img") == NULL && strstr(d, "<iframe") == NULL,
			              "%s: raw img/iframe", names[i]);
		}
		ck_assert_msg(strstr(d, "javascript:") == NULL && strstr(d, "data:text") == NULL,
		              "%s: unsafe link", names[i]);
		ck_assert_msg(
			strchr(d, '\x01') == NULL && strchr(d, '\x02') == NULL &&
				strchr(d, '\x1b') == NULL && strstr(d, "\xef\xbf\xbe") == NULL &&
				strstr(d, "\xef\xbf\xbf") == NULL && strstr(d, "\\u0001") == NULL,
			"%s: XML-illegal code point", names[i]);
		free(d);
	}
	html = slurp(dir, "feed.json");
	j = json_loads(html, 0, NULL);
	free(html);
	ck_assert_ptr_nonnull(j);
	html = (char *)json_string_value(
		json_object_get(json_array_get(json_object_get(j, "items"), 0), "content_html"));
	ck_assert_ptr_nonnull(html);
	ck_assert_msg(strstr(html, "<script") == NULL && strstr(html, "<img") == NULL &&
	                      strstr(html, "<iframe") == NULL && strstr(html, "onerror") == NULL,
	              "%s", html);
	json_decref(j);
	catalogue_remove(cat, dir);
	remove_dir(dir);
	config_free(&cfg);
	fixture_free(&f);
}
END_TEST

START_TEST(publish_facets_and_failure)
{
	char dir[] = "/tmp/hotfeed-publish-XXXXXX", err[512], *before, *after, *crit;
	struct fixture f;
	struct config cfg;
	struct publish_opts o = { 0 };
	struct facet_cfg *fc;
	struct catalogue *cat;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	fixture_init(&f, "緊急の更新");
	config_init(&cfg);
	fc = VEC_PUSH(&cfg.facets);
	fc->name = strdup("critical");
	fc->max_severity = 1;
	o.cfg = &cfg;
	o.out = dir;
	o.templates = "templates";
	cat = fixture_catalogue(dir, &f, 2);
	ck_assert_msg(publish_counted(&o, cat, 2, err, sizeof err) == 0, "%s", err);
	crit = slurp(dir, "critical.atom.xml");
	ck_assert_ptr_nonnull(strstr(crit, "MS05-039"));
	ck_assert_ptr_null(strstr(crit, "MS05-038"));
	free(crit);
	before = slurp(dir, "rss.xml");
	free(f.e[0].model.title);
	f.e[0].model.title = strdup("changed");
	ck_assert_int_eq(store_model(cat, &f.e[0].model, "v2", SEEN + 60), INGEST_UPDATED);
	free(fc->name);
	fc->name = strdup("bad/name");
	ck_assert_int_eq(publish_counted(&o, cat, 2, err, sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, "bad/name"));
	after = slurp(dir, "rss.xml");
	ck_assert_str_eq(before, after);
	free(before);
	free(after);
	catalogue_remove(cat, dir);
	remove_dir(dir);
	config_free(&cfg);
	fixture_free(&f);
}
END_TEST

static const struct {
	const char *field, *old, *new, *want;
} change_cases[] = {
	{ "updated", "\"2005-08-11\"", "\"2005-08-20\"", "更新日 2005-08-11 → 2005-08-20" },
	{ "severity", "{\"level\": 2, \"label\": \"重要\", \"name\": \"important\"}",
	  "{\"level\": 1, \"label\": \"緊急\", \"name\": \"critical\"}", "深刻度 重要 → 緊急" },
	{ "exploit_code", "false", "true", "攻撃コードの有無 なし → あり" },
	{ "reboot_required", "null", "true", "再起動の要否 （なし） → 必要" },
	{ "overview", "\"a\"", "\"a\\n\\nb\"", "概要を変更" },
	{ "workarounds", "[]", "[{}, {}]", "回避策 0件 → 2件" },
	{ "notes", "[1]", "[2]", "注記を変更" },
	{ "packages",
	  "[{\"platform\": \"A\", \"files\": [{\"name\": \"x.dll\", \"version\": \"1.0\"}]},"
	  " {\"platform\": \"B\", \"files\": [{\"name\": \"x.dll\", \"version\": \"2.0\"}]}]",
	  "[{\"platform\": \"A\", \"files\": [{\"name\": \"x.dll\", \"version\": \"1.1\"}]},"
	  " {\"platform\": \"B\", \"files\": [{\"name\": \"x.dll\", \"version\": \"2.0\"}]}]",
	  "ファイル情報 x.dll 1.0 → 1.1" },
	{ "supersedes", "[]", "[\"MS04-011\", \"MS03-049\"]",
	  "置き換える過去の修正 （なし） → MS04-011、MS03-049" },
	{ "supersedes", "null", "[\"MS04-011\"]", "置き換える過去の修正 （なし） → MS04-011" },
	{ "kb", "[\"899588\"]", "[\"899588\", \"901017\"]", "KB番号 899588 → 899588、901017" },
	{ "ids", "[]",
	  "[\"MS04-001\", \"MS04-002\", \"MS04-003\", \"MS04-004\", \"MS04-005\","
	  " \"MS04-006\", \"MS04-007\", \"MS04-008\"]",
	  "関連するMS番号 0件 → 8件" },
	{ "no_such_field", "1", "2", "no_such_field 1 → 2" },
};

START_TEST(change_notes_in_japanese)
{
	struct change c = { (char *)change_cases[_i].field, (char *)change_cases[_i].old,
		            (char *)change_cases[_i].new };
	char *s = must(change_note_describe(&c));

	ck_assert_str_eq(s, change_cases[_i].want);
	free(s);
}
END_TEST

START_TEST(change_note_of_a_revision)
{
	struct revision rv = { 2, "2005-08-21T00:00:00Z", "2005-08-20", { 0 }, "" };
	char *s;

	for (int i = 0; i < 10; i++) {
		struct change *c = VEC_PUSH(&rv.changes);
		*c = (struct change){ "updated", "\"2005-08-11\"", "\"2005-08-20\"" };
	}
	s = must(change_note(&rv));
	ck_assert_ptr_nonnull(strstr(s, "第2版 (2005-08-20): 更新日 2005-08-11 → 2005-08-20、"));
	ck_assert_ptr_nonnull(strstr(s, "、ほか2項目"));
	free(s);
	free(rv.changes.v);
}
END_TEST

/* Text (empty allowed) and JSON files in nested subdirectories. */
START_TEST(outfiles_text_in_subdirectories)
{
	char dir[] = "/tmp/hotfeed-publish-XXXXXX", err[512], *data;
	struct outfiles s = { 0 };

	ck_assert_ptr_nonnull(mkdtemp(dir));
	ck_assert_msg(outfiles_begin(&s, dir, err, sizeof err) == 0, "%s", err);
	buf_puts(&outfiles_add(&s, "a/b/c.json", OUT_JSON)->data, "{}");
	outfiles_add(&s, "a/empty.txt", OUT_TEXT);
	buf_puts(&outfiles_add(&s, "top.json", OUT_JSON)->data, "{\"k\": 1}");
	/* each file checked, then written into the generation */
	ck_assert_msg(outfiles_flush(&s, err, sizeof err) == 0, "%s", err);
	ck_assert_uint_eq(s.v.n, 0);
	ck_assert_msg(outfiles_finish(&s, err, sizeof err) == 0, "%s", err);
	data = slurp(dir, "a/b/c.json");
	ck_assert_str_eq(data, "{}");
	free(data);
	data = slurp(dir, "a/empty.txt");
	ck_assert_str_eq(data, "");
	free(data);
	outfiles_free(&s);
	remove_dir(dir);
}
END_TEST

START_TEST(publish_empty_catalogue)
{
	char dir[] = "/tmp/hotfeed-publish-XXXXXX", err[512], *atom;
	struct config cfg;
	struct publish_opts o = { 0 };
	struct catalogue *cat;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	config_init(&cfg);
	o.cfg = &cfg;
	o.out = dir;
	o.templates = "templates";
	cat = fixture_catalogue(dir, NULL, 0);
	ck_assert_msg(publish_counted(&o, cat, 0, err, sizeof err) == 0, "%s", err);
	atom = slurp(dir, "atom.xml");
	ck_assert_ptr_nonnull(strstr(atom, "<updated>1970-01-01T09:00:00+09:00</updated>"));
	ck_assert_ptr_null(strstr(atom, "<entry>"));
	free(atom);
	ck_assert(file_exists(dir, "index.html") && file_exists(dir, "catalogue.json"));
	catalogue_remove(cat, dir);
	remove_dir(dir);
	config_free(&cfg);
}
END_TEST

/* ---- index pages, push-style ---- */

struct written {
	char names[8][32];
	char *search;
	int n;
};

static int
keep_page(void *ctx, const char *name, const char *html, size_t len, int first, int last, char *err,
          size_t errlen)
{
	struct written *w = ctx;
	size_t had = w->search != NULL ? strlen(w->search) : 0;

	if (first) {
		ck_assert_int_lt(w->n, 8);
		snprintf(w->names[w->n++], sizeof w->names[0], "%s", name);
	}
	ck_assert_str_eq(w->names[w->n - 1], name);
	if (strcmp(name, "search.html") == 0) {
		w->search = realloc(w->search, had + len + 1);
		memcpy(w->search + had, html, len);
		w->search[had + len] = '\0';
	}
	return 0;
}

static struct index_pages *
pages_begin(struct written *w, struct template *t, const char *year, size_t count, char *err,
            size_t errlen)
{
	struct index_pages_opts o = { .title = "T",
		                      .link = "http://example.org/",
		                      .xsl = t,
		                      .per_page = 1,
		                      .write = keep_page,
		                      .ctx = w };
	struct index_year y = { "", count };

	snprintf(y.year, sizeof y.year, "%s", year);
	memset(w, 0, sizeof *w);
	return index_pages_begin(&o, &y, 1, err, errlen);
}

START_TEST(index_pages_push_style)
{
	struct fixture f;
	struct template *t;
	struct index_pages *p;
	struct written w;
	char err[512];

	fixture_init(&f, "タイトル");
	t = xslt_template_load("templates/index.xsl", err, sizeof err);
	ck_assert_msg(t != NULL, "%s", err);
	/* one a page: index.html, then each bulletin on its own year page */
	p = pages_begin(&w, t, "2005", 2, err, sizeof err);
	ck_assert(p != NULL);
	ck_assert_msg(index_pages_add(p, &f.it[0]) == 0 && index_pages_add(p, &f.it[1]) == 0 &&
	                      index_pages_end(p) == 0,
	              "%s", err);
	ck_assert_int_eq(w.n, 4);
	ck_assert_str_eq(w.names[0], "index.html");
	ck_assert_str_eq(w.names[1], "index-2005.html");
	ck_assert_str_eq(w.names[2], "index-2005-2.html");
	ck_assert_str_eq(w.names[3], "search.html");
	ck_assert_msg(strstr(w.search, "<a href=\"index-2005-2.html#b-MS05-038\">MS05-038</a>") !=
	                      NULL,
	              "%s", w.search);
	free(w.search);
	index_pages_free(p);
	/* more bulletins than announced: the second is refused, named */
	p = pages_begin(&w, t, "2005", 1, err, sizeof err);
	ck_assert_int_eq(index_pages_add(p, &f.it[0]), 0);
	ck_assert_int_eq(index_pages_add(p, &f.it[1]), -1);
	ck_assert_str_eq(err,
	                 "index pages: MS05-038 (2005) is not in the announced order of years");
	ck_assert_int_eq(index_pages_end(p), -1);
	index_pages_free(p);
	/* fewer */
	p = pages_begin(&w, t, "2005", 3, err, sizeof err);
	ck_assert_int_eq(index_pages_add(p, &f.it[0]), 0);
	ck_assert_int_eq(index_pages_end(p), -1);
	ck_assert_str_eq(err, "index pages: 3 bulletins announced, 1 added");
	index_pages_free(p);
	/* a year that is not one */
	ck_assert_ptr_null(pages_begin(&w, t, "20x5", 1, err, sizeof err));
	ck_assert_str_eq(err, "index pages: year \"20x5\" is malformed, repeated or empty");
	ck_assert_ptr_null(pages_begin(&w, t, "2005", 0, err, sizeof err));
	xslt_template_free(t);
	fixture_free(&f);
}
END_TEST

/* The names of n's element children, space-separated, into out. */
static void
child_names(xmlNodePtr n, char *out, size_t len)
{
	size_t at = 0;

	out[0] = '\0';
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && at < len)
			at += (size_t)snprintf(out + at, len - at, "%s%s", at ? " " : "",
			                       (const char *)c->name);
}

START_TEST(index_cards_are_short)
{
	struct fixture f;
	xmlDocPtr page, item;
	xmlNodePtr card, revs;
	struct revision *r;
	struct change *ch;
	char names[1024];
	int changes = 0;

	fixture_init(&f, "タイトル");
	r = VEC_PUSH(&f.e[1].revisions);
	r->number = 2;
	r->seen = strdup("2005-08-11T01:00:00Z");
	r->updated = strdup("2005-08-11");
	ch = VEC_PUSH(&r->changes);
	ch->field = strdup("summary");
	ch->old_value = strdup("\"a\"");
	ch->new_value = strdup("\"b\"");
	page = item_xml_page_new(&f.m, NULL, 0);
	item_xml_page_add(page, &f.it[1], "p1");
	card = xmlDocGetRootElement(page)->last->children;
	child_names(card, names, sizeof names);
	/* only the keys a card shows; the long ones are item.xsl's */
	ck_assert_str_eq(names, "display-title kind id ids kb title "
	                        "severity exploit_code targets supersedes summary source "
	                        "revisions");
	revs = card->last;
	child_names(revs, names, sizeof names);
	ck_assert_str_eq(names, "revision revision");
	for (xmlNodePtr r = revs->children; r != NULL; r = r->next)
		changes += r->children != NULL;
	ck_assert_int_eq(changes, 0);
	item = item_xml_doc(&f.it[1]);
	child_names(xmlDocGetRootElement(item), names, sizeof names);
	ck_assert_ptr_nonnull(strstr(names, " notes downloads packages "));
	/* ... and so is the history of changes */
	child_names(xmlDocGetRootElement(item)->last->last, names, sizeof names);
	ck_assert_str_eq(names, "change");
	xmlFreeDoc(item);
	xmlFreeDoc(page);
	fixture_free(&f);
}
END_TEST

static Suite *
publish_suite(void)
{
	Suite *s = suite_create("publish");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, text_removes_xml_illegal);
	tcase_add_test(tc, text_as_html);
	tcase_add_loop_test(tc, urls_web_only, 0, sizeof url_cases / sizeof *url_cases);
	tcase_add_test(tc, ids_are_tag_uris);
	tcase_add_test(tc, outfiles_subdirectories);
	tcase_add_loop_test(tc, dates_from_rfc3339, 0, sizeof date_cases / sizeof *date_cases);
	tcase_add_test(tc, html_fragment_is_cleaned);
	tcase_add_test(tc, rss_has_the_fields);
	tcase_add_test(tc, atom_has_the_fields);
	tcase_add_test(tc, json_feed_has_the_fields);
	tcase_add_test(tc, catalogue_json_round_trips);
	tcase_add_test(tc, publish_writes_every_file);
	tcase_add_test(tc, publish_hostile_model);
	tcase_add_test(tc, publish_empty_catalogue);
	tcase_add_test(tc, index_pages_push_style);
	tcase_add_test(tc, index_cards_are_short);
	tcase_add_test(tc, outfiles_text_in_subdirectories);
	tcase_add_loop_test(tc, change_notes_in_japanese, 0,
	                    sizeof change_cases / sizeof *change_cases);
	tcase_add_test(tc, change_note_of_a_revision);
	tcase_add_test(tc, publish_facets_and_failure);
	tcase_add_test(tc, splice_equals_the_writers);
	tcase_add_test(tc, streams_are_checked);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(publish_suite)
