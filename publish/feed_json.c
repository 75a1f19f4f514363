/* feed_json.c — JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with a
 * `_hotfeed` extension object per item; see feed.h. */
#include "publish/feed.h"
#include "publish/sanitize.h"
#include "core/bulletin_json.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

/* A sanitized string, or null. */
static json_t *
jtext(const char *s)
{
	char *clean = sanitize_text(s);
	json_t *j = clean != NULL ? json_string(clean) : NULL;

	free(clean);
	return j != NULL ? j : json_null();
}

/* Set key only when s is not NULL (JSON Feed omits absent optional keys). */
static void
set_text(json_t *o, const char *key, const char *s)
{
	if (s != NULL)
		json_object_set_new(o, key, jtext(s));
}

static json_t *
jtri(enum tristate t)
{
	return t == TRI_NULL ? json_null() : json_boolean(t == TRI_TRUE);
}

static json_t *
jstrings(const strlist *l)
{
	json_t *a = json_array();

	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(a, jtext(l->v[i]));
	return a;
}

static json_t *
hotfeed_object(const struct feed_item *it)
{
	const struct bulletin *b = &it->e->model;
	json_t *o = json_object(), *a = json_array(), *t = json_array();

	json_object_set_new(o, "about", json_string(HF_NS_URI));
	json_object_set_new(o, "key", jtext(it->e->key));
	json_object_set_new(o, "kind", json_string(bulletin_kind_name(b->kind)));
	json_object_set_new(o, "id", jtext(b->id));
	if (severity_label(b->severity) != NULL)
		json_object_set_new(o, "severity",
		                    json_pack("{s:i, s:s, s:s}", "level", b->severity, "label",
		                              severity_label(b->severity), "name",
		                              severity_name(b->severity)));
	else
		json_object_set_new(o, "severity", json_null());
	json_object_set_new(o, "kb", jstrings(&b->kb));
	json_object_set_new(o, "supersedes", jstrings(&b->supersedes));
	json_object_set_new(o, "exploit_code", jtri(b->exploit_code));
	json_object_set_new(o, "reboot", jtext(b->reboot));
	json_object_set_new(o, "reboot_required", jtri(b->reboot_required));
	if (b->targets & TARGET_SERVER)
		json_array_append_new(t, json_string("server"));
	if (b->targets & TARGET_CLIENT)
		json_array_append_new(t, json_string("client"));
	json_object_set_new(o, "targets", t);
	for (size_t i = 0; i < b->affected.n; i++)
		json_array_append_new(a, json_pack("{s:o, s:o}", "software",
		                                   jtext(b->affected.v[i].software), "platforms",
		                                   jstrings(&b->affected.v[i].platforms)));
	json_object_set_new(o, "affected", a);
	json_object_set_new(o, "revisions", json_integer((json_int_t)it->e->revisions.n));
	return o;
}

static json_t *
item_object(const struct feed_item *it)
{
	const struct bulletin *b = &it->e->model;
	json_t *o = json_object(), *tags;

	json_object_set_new(o, "id", jtext(it->id));
	json_object_set_new(o, "url", jtext(it->link));
	json_object_set_new(o, "title", jtext(it->title));
	json_object_set_new(o, "content_html",
	                    jtext(it->content_html != NULL ? it->content_html : ""));
	set_text(o, "summary", it->summary);
	json_object_set_new(o, "date_published", jtext(it->published));
	json_object_set_new(o, "date_modified", jtext(it->updated));
	json_object_set_new(o, "language", json_string("ja"));
	tags = json_array();
	if (severity_label(b->severity) != NULL)
		json_array_append_new(tags, json_string(severity_label(b->severity)));
	for (size_t i = 0; i < it->products.n; i++)
		json_array_append_new(tags, json_string(it->products.v[i]));
	for (size_t i = 0; i < it->platforms.n; i++)
		json_array_append_new(tags, json_string(it->platforms.v[i]));
	if (json_array_size(tags) > 0)
		json_object_set_new(o, "tags", tags);
	else
		json_decref(tags);
	json_object_set_new(o, "_hotfeed", hotfeed_object(it));
	return o;
}

int
feed_write_json(const struct feed_meta *m, struct feed_item *const *items, size_t n,
                struct buf *out, char *err, size_t errlen)
{
	json_t *feed = json_object(), *arr = json_array();
	char *text;
	int rc = 0;

	json_object_set_new(feed, "version", json_string("https://jsonfeed.org/version/1.1"));
	json_object_set_new(feed, "title", jtext(m->title));
	json_object_set_new(feed, "home_page_url", jtext(m->link));
	json_object_set_new(feed, "feed_url", jtext(m->self_json));
	if (m->history != NULL && m->history->prev[FEED_JSON] != NULL)
		json_object_set_new(feed, "next_url", jtext(m->history->prev[FEED_JSON]));
	set_text(feed, "description", m->description);
	if (m->icon != NULL) {
		json_object_set_new(feed, "icon", jtext(m->icon));
		json_object_set_new(feed, "favicon", jtext(m->icon));
	}
	json_object_set_new(feed, "language", jtext(m->lang));
	json_object_set_new(feed, "authors",
	                    json_pack("[{s:o}]", "name", jtext(m->author ? m->author : "hotfeed")));
	for (size_t i = 0; i < n; i++)
		json_array_append_new(arr, item_object(items[i]));
	json_object_set_new(feed, "items", arr);
	text = json_dumps(feed, HF_JSON_PRETTY);
	if (text == NULL || buf_puts(out, text) < 0 || buf_putc(out, '\n') < 0) {
		snprintf(err, errlen, "feed.json: the JSON writer failed");
		rc = -1;
	}
	free(text);
	json_decref(feed);
	return rc;
}
