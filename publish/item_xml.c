/* item_xml.c — the templates' input documents; see item_xml.h. */
#include "publish/item_xml.h"
#include "publish/change_note.h"
#include "publish/sanitize.h"
#include "core/bulletin_json.h"
#include "core/limits.h"

#include <libxml/parser.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A text child, sanitized; nothing when text is NULL. */
static xmlNodePtr
add_text(xmlNodePtr parent, const char *name, const char *text)
{
	char *clean;
	xmlNodePtr n;

	if (text == NULL)
		return NULL;
	clean = sanitize_text(text);
	n = xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST clean);
	free(clean);
	return n;
}

static void
set_attr(xmlNodePtr n, const char *name, const char *value)
{
	char *clean;

	if (value == NULL)
		return;
	clean = sanitize_text(value);
	xmlSetProp(n, BAD_CAST name, BAD_CAST clean);
	free(clean);
}

static int
is_xml_name(const char *s)
{
	if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
		return 0;
	for (s++; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
			return 0;
	return 1;
}

/* s with its blank-line breaks past the HF_MAX_PARAGRAPHS-th made single
 * newlines, in place (see core/limits.h). */
static char *
bound_paragraphs(char *s)
{
	size_t breaks = 0;
	char *r = s, *w = s;

	if (s == NULL)
		return NULL;
	while (*r) {
		if (r[0] == '\n' && r[1] == '\n' && ++breaks > HF_MAX_PARAGRAPHS) {
			*w++ = '\n';
			while (*r == '\n')
				r++;
			continue;
		}
		*w++ = *r++;
	}
	*w = 0;
	return s;
}

struct conv {
	const char *base;
};

static void add_json(const struct conv *c, xmlNodePtr parent, const char *key, json_t *v);

/* A scalar as text: strings as they are (urls made safe), numbers in
 * decimal, booleans as true/false.  NULL = leave the element out. */
static char *
scalar_text(const struct conv *c, const char *key, json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_STRING:
		if (strcmp(key, "url") == 0)
			return sanitize_url(json_string_value(v), c->base);
		return bound_paragraphs(sanitize_text(json_string_value(v)));
	case JSON_INTEGER:
		return xasprintf("%lld", (long long)json_integer_value(v));
	case JSON_REAL:
		return xasprintf("%.17g", json_real_value(v));
	case JSON_TRUE:
		return xstrdup("true");
	case JSON_FALSE:
		return xstrdup("false");
	default:
		return NULL;
	}
}

/* The element for key: <key> when key is an XML name, else
 * <entry key="...">; arrays hold <item> elements. */
static void
add_json(const struct conv *c, xmlNodePtr parent, const char *key, json_t *v)
{
	xmlNodePtr n;
	const char *k;
	json_t *el;
	size_t i;
	char *text;

	if (json_is_object(v) || json_is_array(v)) {
		n = xmlNewChild(parent, NULL, BAD_CAST(is_xml_name(key) ? key : "entry"), NULL);
		if (!is_xml_name(key))
			set_attr(n, "key", key);
		if (json_is_object(v))
			json_object_foreach(v, k, el) add_json(c, n, k, el);
		else
			json_array_foreach(v, i, el) add_json(c, n, "item", el);
		return;
	}
	if ((text = scalar_text(c, key, v)) == NULL)
		return;
	n = xmlNewTextChild(parent, NULL, BAD_CAST(is_xml_name(key) ? key : "entry"),
	                    BAD_CAST text);
	if (!is_xml_name(key))
		set_attr(n, "key", key);
	free(text);
}

/* changes: also each revision's <change> elements (item.xsl's history). */
static void
add_revisions(xmlNodePtr parent, const struct cat_entry *e, int changes)
{
	xmlNodePtr revs = xmlNewChild(parent, NULL, BAD_CAST "revisions", NULL), r, ch;
	char num[24], *note;

	for (size_t i = 0; i < e->revisions.n; i++) {
		const struct revision *rv = &e->revisions.v[i];
		r = xmlNewChild(revs, NULL, BAD_CAST "revision", NULL);
		snprintf(num, sizeof num, "%d", rv->number);
		set_attr(r, "number", num);
		set_attr(r, "seen", rv->seen);
		set_attr(r, "updated", rv->updated);
		for (size_t j = 0; changes && j < rv->changes.n; j++) {
			ch = xmlNewChild(r, NULL, BAD_CAST "change", NULL);
			set_attr(ch, "field", rv->changes.v[j].field);
			set_attr(ch, "label", change_note_field_name_ja(rv->changes.v[j].field));
			note = change_note_describe(&rv->changes.v[j]);
			add_text(ch, "note", note);
			free(note);
			add_text(ch, "old", rv->changes.v[j].old_value);
			add_text(ch, "new", rv->changes.v[j].new_value);
		}
	}
}

/* The model keys an index card carries (templates/README.md): the short
 * fields a card or a search line shows, never the long ones (notes,
 * packages, workarounds ...), so a page of cards stays small. */
static const char *const card_keys[] = {
	"kind",           "id",         "ids",     "kb",       "title",
	"official_title", "registered", "updated", "severity", "exploit_code",
	"targets",        "supersedes", "summary", "source",
};

static int
is_card_key(const char *k)
{
	for (size_t i = 0; i < sizeof card_keys / sizeof *card_keys; i++)
		if (strcmp(k, card_keys[i]) == 0)
			return 1;
	return 0;
}

/* One <bulletin> element under parent (or as the document root); card:
 * only the card keys, and the revisions without their changes. */
static xmlNodePtr
bulletin_node(xmlDocPtr doc, xmlNodePtr parent, const struct feed_item *it, int card)
{
	const struct bulletin *b = &it->e->model;
	struct conv c = { b->source.url };
	xmlNodePtr n = xmlNewDocNode(doc, NULL, BAD_CAST "bulletin", NULL);
	json_t *j = bulletin_to_json(b), *v;
	const char *k;
	char *source;

	if (parent != NULL)
		xmlAddChild(parent, n);
	else
		xmlDocSetRootElement(doc, n);
	set_attr(n, "tag", it->id);
	set_attr(n, "key", it->e->key);
	set_attr(n, "anchor", it->anchor);
	set_attr(n, "link", it->link);
	source = sanitize_url(b->source.url, NULL);
	set_attr(n, "source", source);
	free(source);
	set_attr(n, "published", it->published);
	set_attr(n, "updated", it->updated);
	add_text(n, "display-title", it->title);
	json_object_foreach(j, k, v) if (!card || is_card_key(k)) add_json(&c, n, k, v);
	json_decref(j);
	add_revisions(n, it->e, !card);
	return n;
}

xmlDocPtr
item_xml_doc(const struct feed_item *it)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");

	bulletin_node(doc, NULL, it, 0);
	return doc;
}

static void
set_count(xmlNodePtr n, const char *name, size_t v)
{
	char num[24];

	snprintf(num, sizeof num, "%zu", v);
	set_attr(n, name, num);
}

/* Levels 1..4, then level 0: 未評価, the bulletins no severity was found for
 * (its own filter in index.html); counts are the page's. */
static xmlNodePtr
severities_node(const size_t count[5])
{
	xmlNodePtr sevs = xmlNewNode(NULL, BAD_CAST "severities"), s;
	char num[24];

	for (int level = 1;; level = level == 4 ? 0 : level + 1) {
		s = xmlNewChild(sevs, NULL, BAD_CAST "severity", NULL);
		snprintf(num, sizeof num, "%d", level);
		set_attr(s, "level", num);
		set_attr(s, "name", level > 0 ? severity_name(level) : "none");
		set_attr(s, "label", level > 0 ? severity_label(level) : "未評価");
		set_count(s, "count", count[level]);
		if (level == 0)
			break;
	}
	return sevs;
}

static void
add_feeds(xmlNodePtr parent, const struct index_feed *feeds, size_t nfeeds)
{
	xmlNodePtr list = xmlNewChild(parent, NULL, BAD_CAST "feeds", NULL), f;

	for (size_t i = 0; i < nfeeds; i++) {
		f = xmlNewChild(list, NULL, BAD_CAST "feed", NULL);
		set_attr(f, "name", feeds[i].name);
		set_attr(f, "title", feeds[i].title);
		set_attr(f, "rss", feeds[i].rss);
		set_attr(f, "atom", feeds[i].atom);
		set_attr(f, "json", feeds[i].json);
	}
}

xmlDocPtr
item_xml_page_new(const struct feed_meta *m, const struct index_feed *feeds, size_t nfeeds)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr root = xmlNewDocNode(doc, NULL, BAD_CAST "index", NULL);

	xmlDocSetRootElement(doc, root);
	add_text(root, "title", m->title);
	add_text(root, "icon", m->icon);
	add_text(root, "description", m->description);
	add_text(root, "link", m->link);
	add_text(root, "updated", m->updated);
	add_text(root, "generator", "hotfeed " HOTFEED_VERSION);
	add_feeds(root, feeds, nfeeds);
	xmlNewChild(root, NULL, BAD_CAST "bulletins", NULL);
	return doc;
}

static xmlNodePtr
bulletins_of(xmlDocPtr doc)
{
	xmlNodePtr n = xmlDocGetRootElement(doc)->last;

	while (n != NULL &&
	       (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, "bulletins") != 0))
		n = n->prev;
	return n;
}

void
item_xml_page_add(xmlDocPtr doc, const struct feed_item *it, const char *classes)
{
	xmlNodePtr n = bulletin_node(doc, bulletins_of(doc), it, 1);

	set_attr(n, "filters", classes);
}

int
item_xml_card(const struct feed_item *it, struct buf *out)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr n = bulletin_node(doc, NULL, it, 1);
	xmlBufferPtr xb = xmlBufferCreate();
	int rc = -1;

	if (xb != NULL && xmlNodeDump(xb, doc, n, 0, 0) >= 0)
		rc = buf_append(out, xmlBufferContent(xb), (size_t)xmlBufferLength(xb));
	xmlBufferFree(xb);
	xmlFreeDoc(doc);
	return rc < 0 ? -1 : 0;
}

int
item_xml_page_add_card(xmlDocPtr doc, const char *xml, size_t len, const char *classes)
{
	xmlNodePtr parent = bulletins_of(doc), list = NULL;

	if (len > (size_t)0x7FFFFFFF ||
	    xmlParseInNodeContext(parent, xml, (int)len,
	                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
	                                  XML_PARSE_HUGE,
	                          &list) != XML_ERR_OK ||
	    list == NULL || list->next != NULL || list->type != XML_ELEMENT_NODE ||
	    strcmp((const char *)list->name, "bulletin") != 0) {
		xmlFreeNodeList(list);
		return -1;
	}
	xmlAddChild(parent, list);
	set_attr(list, "filters", classes);
	return 0;
}

static void
add_links(xmlNodePtr parent, const char *name, const struct index_link *v, size_t n)
{
	xmlNodePtr l;

	for (size_t i = 0; i < n; i++) {
		l = xmlNewChild(parent, NULL, BAD_CAST name, NULL);
		set_attr(l, "label", v[i].label);
		set_attr(l, "href", v[i].href);
		set_count(l, "count", v[i].count);
		if (v[i].current)
			set_attr(l, "current", "true");
	}
}

static xmlNodePtr
nav_node(const struct index_nav *nav)
{
	xmlNodePtr n = xmlNewNode(NULL, BAD_CAST "nav");

	set_attr(n, "first", nav->first);
	set_attr(n, "search", nav->search);
	set_attr(n, "year", nav->year);
	if (nav->pages > 0) {
		set_count(n, "page", nav->page_no);
		set_count(n, "pages", nav->pages);
	}
	set_attr(n, "prev", nav->prev);
	set_attr(n, "next", nav->next);
	set_count(n, "total", nav->total);
	add_links(n, "year", nav->years, nav->nyears);
	add_links(n, "page", nav->year_pages, nav->nyear_pages);
	return n;
}

static xmlNodePtr
filters_node(const struct index_nav *nav)
{
	xmlNodePtr list = xmlNewNode(NULL, BAD_CAST "filters"), f;

	for (size_t i = 0; i < nav->nfilters; i++) {
		f = xmlNewChild(list, NULL, BAD_CAST "filter", NULL);
		set_attr(f, "class", nav->filters[i].cls);
		set_attr(f, "name", nav->filters[i].name);
		set_count(f, "count", nav->filters[i].count);
	}
	return list;
}

void
item_xml_page_finish(xmlDocPtr doc, const struct index_nav *nav)
{
	xmlNodePtr root = xmlDocGetRootElement(doc), list = bulletins_of(doc);
	size_t n = 0;

	set_attr(root, "kind", nav->kind);
	set_attr(root, "page", nav->page);
	xmlAddPrevSibling(list, nav_node(nav));
	xmlAddPrevSibling(list, severities_node(nav->severity));
	xmlAddPrevSibling(list, filters_node(nav));
	for (xmlNodePtr c = list->children; c != NULL; c = c->next)
		n += c->type == XML_ELEMENT_NODE;
	set_count(list, "count", n);
}
