/*
 * fuzz_publish.c — libFuzzer target for the publish path: a stored model
 * (JSON, as the catalogue holds it) -> feed item -> item XML -> item.xsl
 * (templates/, read from the working directory: the repository root) ->
 * the HTML sanitizer, then the RSS, Atom and JSON Feed writers over that
 * one item.  Besides crashes it checks the contract: the sanitized body,
 * parsed again, holds no script-like element, no on* handler and no link
 * or source but http(s) or relative ones, and every feed parses again.
 */
#include "core/bulletin_json.h"
#include "store/catalogue.h"
#include "publish/feed.h"
#include "publish/html_sanitize.h"
#include "publish/item_xml.h"
#include "publish/xslt.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* No active content in the tree: no script-like element, no on* handler,
 * no link or source that is not http(s) or relative. */
static void
check_node(xmlNodePtr n)
{
	static const char *const banned[] = { "script", "iframe", "object", "embed", "style",
		                              "form",   "base",   "meta",   "link" };

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (size_t i = 0; i < sizeof banned / sizeof *banned; i++)
			if (strcasecmp((const char *)n->name, banned[i]) == 0)
				abort();
		for (xmlAttrPtr a = n->properties; a != NULL; a = a->next) {
			xmlChar *v = xmlGetProp(n, a->name);
			const char *name = (const char *)a->name, *val = (const char *)v;
			if (strncasecmp(name, "on", 2) == 0)
				abort();
			if ((strcasecmp(name, "href") == 0 || strcasecmp(name, "src") == 0) &&
			    val && strchr(val, ':') != NULL &&
			    strncasecmp(val, "http://", 7) != 0 &&
			    strncasecmp(val, "https://", 8) != 0)
				abort();
			xmlFree(v);
		}
		check_node(n->children);
	}
}

static void
check_body(const char *html)
{
	htmlDocPtr d = htmlReadMemory(html, (int)strlen(html), "body.html", "UTF-8",
	                              HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);

	if (d != NULL)
		check_node(xmlDocGetRootElement(d));
	xmlFreeDoc(d);
}

static void
check_feeds(struct feed_item *it)
{
	struct feed_meta m = {
		.title = "t",
		.description = "d",
		.author = "a",
		.lang = "ja",
		.link = "https://example.org/",
		.self_rss = "https://example.org/rss.xml",
		.self_atom = "https://example.org/atom.xml",
		.self_json = "https://example.org/feed.json",
		.id = "tag:example.org,2005:feed",
		.updated = it->updated,
	};
	struct feed_item *items[1] = { it };
	int (*const writers[])(const struct feed_meta *, struct feed_item *const *, size_t,
	                       struct buf *, char *, size_t) = { feed_write_rss, feed_write_atom };
	struct buf out;
	char err[512];

	for (size_t i = 0; i < sizeof writers / sizeof *writers; i++) {
		buf_init(&out, 0);
		if (writers[i](&m, items, 1, &out, err, sizeof err) == 0) {
			xmlDocPtr d = xmlReadMemory(out.data, (int)out.len, "feed.xml", NULL,
			                            XML_PARSE_NONET | XML_PARSE_NOERROR |
			                                    XML_PARSE_NOWARNING);
			if (d == NULL)
				abort();
			xmlFreeDoc(d);
		}
		buf_free(&out);
	}
	buf_init(&out, 0);
	if (feed_write_json(&m, items, 1, &out, err, sizeof err) == 0) {
		json_t *j = json_loadb(out.data, out.len, 0, NULL);
		if (j == NULL)
			abort();
		json_decref(j);
	}
	buf_free(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct template *xsl;
	struct cat_entry e;
	struct feed_item it;
	char err[512], *raw;
	size_t len;
	json_t *j;

	if (xsl == NULL &&
	    (xsl = xslt_template_load("templates/item.xsl", err, sizeof err)) == NULL)
		abort();
	if ((j = json_loadb((const char *)data, size, 0, NULL)) == NULL)
		return 0;
	memset(&e, 0, sizeof e);
	e.key = "http://example.org/x.html";
	e.published = "2005-08-10T00:00:00+09:00";
	e.updated = "2005-08-11T00:00:00+09:00";
	if (bulletin_from_json(j, &e.model, err, sizeof err) == 0) {
		feed_item_init(&it, &e, "example.org,2005", "https://example.org/");
		xmlDocPtr doc = item_xml_doc(&it);
		if (xslt_template_apply(xsl, doc, &raw, &len, err, sizeof err) == 0) {
			it.content_html = html_clean(raw, len, HTML_FRAGMENT, e.model.source.url,
			                             err, sizeof err);
			if (it.content_html != NULL)
				check_body(it.content_html);
			free(raw);
		}
		xmlFreeDoc(doc);
		check_feeds(&it);
		feed_item_free(&it);
	}
	bulletin_free(&e.model);
	json_decref(j);
	return 0;
}
