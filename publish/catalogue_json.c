/* catalogue_json.c — catalogue.json; see catalogue_json.h and
 * catalogue.schema.json. */
#include "publish/catalogue_json.h"
#include "publish/sanitize.h"
#include "core/bulletin_json.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *
jtext(const char *s)
{
	char *clean = sanitize_text(s);
	json_t *j = clean != NULL ? json_string(clean) : NULL;

	free(clean);
	return j != NULL ? j : json_null();
}

/* A change value is stored as JSON text: embed it as JSON, or as a string
 * when it is not JSON. */
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

/* Every string in v sanitized in place (catalogue.json carries the whole
 * model, and no reader wants U+0001 or U+FFFE in it either). */
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

/* Links in the model (references, downloads) follow the feeds' rule:
 * absolute http(s) against the page's URL, else null.  source.url is the
 * page's provenance: kept when it is http(s) or file: (a local ingest),
 * else null. */
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

/* One bulletin's entry as json_dumps() of the whole document would lay it
 * out at depth 2 (each line indented 4 more spaces: strings never hold a
 * raw newline), without a separator. */
int
catalogue_json_entry(const struct feed_item *it, struct buf *out)
{
	json_t *e = bulletin_entry(it);
	char *text = json_dumps(e, HF_JSON_PRETTY);
	int rc = text != NULL ? 0 : -1;

	json_decref(e);
	if (rc == 0)
		rc = buf_puts(out, "    ");
	for (const char *p = text, *nl; rc == 0 && p != NULL; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		rc = buf_append(out, p, nl ? (size_t)(nl - p + 1) : strlen(p));
		if (rc == 0 && nl)
			rc = buf_puts(out, "    ");
	}
	free(text);
	return rc;
}

int
catalogue_json_bulletin(const char *entry, size_t len, struct buf *out)
{
	int rc = 0;

	/* every line of the entry starts with the 4 spaces of depth 2 */
	for (size_t i = 0; i < len && rc == 0;) {
		const char *nl = memchr(entry + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - entry) + 1 : len;
		if (end - i < 4 || memcmp(entry + i, "    ", 4) != 0)
			return -1;
		rc = buf_append(out, entry + i + 4, end - i - 4);
		i = end;
	}
	return rc == 0 ? buf_putc(out, '\n') : -1;
}

/*
 * The document is written a bulletin at a time, never held whole as a
 * tree: the head (schema_version, generated_from, an empty "bulletins")
 * is dumped, then its "[]" opened up and the entries appended as the
 * whole document's dump would have them.
 */
int
catalogue_json_head(const struct feed_meta *m, int any, struct buf *out)
{
	json_t *doc = json_object();
	char *text;
	size_t len;
	int rc = 0;

	json_object_set_new(doc, "schema_version", json_integer(CATALOGUE_SCHEMA_VERSION));
	json_object_set_new(doc, "generated_from",
	                    json_pack("{s:s, s:o, s:o, s:o}", "generator",
	                              "hotfeed " HOTFEED_VERSION, "link", jtext(m->link), "feed_id",
	                              jtext(m->id), "updated", jtext(m->updated)));
	json_object_set_new(doc, "bulletins", json_array());
	text = json_dumps(doc, HF_JSON_PRETTY);
	json_decref(doc);
	len = text ? strlen(text) : 0;
	if (text == NULL || len < 4 || strcmp(text + len - 4, "[]\n}") != 0)
		rc = -1;
	else if (!any)
		rc = buf_puts(out, text) | buf_putc(out, '\n');
	else
		rc = buf_append(out, text, len - 3) | buf_putc(out, '\n'); /* with the '[' */
	free(text);
	return rc < 0 ? -1 : 0;
}

const char *
catalogue_json_separator(void)
{
	return ",\n";
}

const char *
catalogue_json_tail(int any)
{
	return any ? "\n  ]\n}\n" : "";
}
