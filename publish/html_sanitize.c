/* html_sanitize.c — allow-list sanitizer over libxml2's HTML tree; see
 * html_sanitize.h. */
#include "publish/html_sanitize.h"
#include "publish/sanitize.h"
#include "core/util.h"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Elements kept (with their allowed attributes); PAGE = only in pages. */
enum { ANY = 0, PAGE = 1 };
static const struct {
	const char *name;
	int where;
} keep_elements[] = {
	{ "a", ANY },       { "abbr", ANY },     { "b", ANY },          { "blockquote", ANY },
	{ "br", ANY },      { "caption", ANY },  { "cite", ANY },       { "code", ANY },
	{ "col", ANY },     { "colgroup", ANY }, { "dd", ANY },         { "del", ANY },
	{ "details", ANY }, { "dfn", ANY },      { "div", ANY },        { "dl", ANY },
	{ "dt", ANY },      { "em", ANY },       { "figcaption", ANY }, { "figure", ANY },
	{ "h1", ANY },      { "h2", ANY },       { "h3", ANY },         { "h4", ANY },
	{ "h5", ANY },      { "h6", ANY },       { "hr", ANY },         { "i", ANY },
	{ "ins", ANY },     { "kbd", ANY },      { "li", ANY },         { "mark", ANY },
	{ "ol", ANY },      { "p", ANY },        { "pre", ANY },        { "q", ANY },
	{ "s", ANY },       { "samp", ANY },     { "small", ANY },      { "span", ANY },
	{ "strong", ANY },  { "sub", ANY },      { "summary", ANY },    { "sup", ANY },
	{ "table", ANY },   { "tbody", ANY },    { "td", ANY },         { "tfoot", ANY },
	{ "th", ANY },      { "thead", ANY },    { "time", ANY },       { "tr", ANY },
	{ "u", ANY },       { "ul", ANY },       { "var", ANY },        { "section", ANY },
	{ "article", ANY }, { "header", ANY },   { "footer", ANY },     { "nav", ANY },
	{ "main", ANY },    { "html", PAGE },    { "head", PAGE },      { "body", PAGE },
	{ "title", PAGE },  { "meta", PAGE },    { "style", PAGE },     { "label", PAGE },
	{ "input", PAGE },  { "link", PAGE },    { "form", PAGE },      { "script", PAGE },
};

/* Attributes kept; elem NULL = on any kept element. */
static const struct {
	const char *name, *elem;
} keep_attrs[] = {
	{ "class", NULL },
	{ "id", NULL },
	{ "title", NULL },
	{ "lang", NULL },
	{ "dir", NULL },
	{ "colspan", NULL },
	{ "rowspan", NULL },
	{ "scope", NULL },
	{ "headers", NULL },
	{ "datetime", NULL },
	{ "abbr", NULL },
	{ "start", NULL },
	{ "open", "details" },
	{ "href", "a" },
	{ "rel", "a" },
	{ "for", "label" },
	{ "type", "input" },
	{ "name", "input" },
	{ "value", "input" },
	{ "checked", "input" },
	{ "charset", "meta" },
	{ "name", "meta" },
	{ "content", "meta" },
	{ "media", "style" },
	{ "rel", "link" },
	{ "type", "link" },
	{ "href", "link" },
	{ "action", "form" },
	{ "method", "form" },
	{ "role", "form" },
	{ "placeholder", "input" },
	{ "autocomplete", "input" },
	{ "src", "script" },
	{ "defer", "script" },
};

/* Elements removed together with everything inside them; other unknown
 * elements are unwrapped (their content stays). */
static const char *const drop_elements[] = {
	"script", "style",    "iframe",  "frame",    "frameset",  "object", "embed",
	"applet", "noscript", "noembed", "noframes", "template",  "svg",    "math",
	"link",   "base",     "form",    "textarea", "select",    "button", "input",
	"meta",   "title",    "head",    "img",      "video",     "audio",  "source",
	"track",  "canvas",   "portal",  "xmp",      "plaintext", "param",
};

static const char *const input_types[] = { "radio", "checkbox", "search", "submit" };
/* <link> in a page only for feed autodiscovery and the icon. */
static const char *const link_rels[] = { "alternate", "icon" };

struct ctx {
	enum html_mode mode;
	const char *base;
};

static int
name_in(const char *name, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ascii_casecmp(name, list[i]) == 0)
			return 1;
	return 0;
}

static int
element_kept(const struct ctx *c, const char *name)
{
	for (size_t i = 0; i < sizeof keep_elements / sizeof *keep_elements; i++)
		if (strcmp(name, keep_elements[i].name) == 0)
			return keep_elements[i].where == ANY || c->mode == HTML_PAGE;
	return 0;
}

static int
attr_kept(const char *elem, const char *attr)
{
	for (size_t i = 0; i < sizeof keep_attrs / sizeof *keep_attrs; i++)
		if (ascii_casecmp(attr, keep_attrs[i].name) == 0 &&
		    (keep_attrs[i].elem == NULL || strcmp(elem, keep_attrs[i].elem) == 0))
			return 1;
	return 0;
}

/* A script a page may load: "NAME.js", NAME of letters, digits, '-' and
 * '_' (a file beside the page, never a URL). */
static int
script_name_ok(const char *src)
{
	size_t n = strspn(src, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

	return n > 0 && strcmp(src + n, ".js") == 0;
}

/* An element that is kept only with the right attributes: <input> only as
 * a radio button or checkbox, <link> only as a feed (alternate) or the
 * icon, <meta> only as charset or a named value. */
static int
element_acceptable(xmlNodePtr n)
{
	xmlChar *v;
	int ok = 1;

	if (strcmp((const char *)n->name, "input") == 0) {
		v = xmlGetProp(n, BAD_CAST "type");
		ok = v != NULL && name_in((const char *)v, input_types,
		                          sizeof input_types / sizeof *input_types);
		xmlFree(v);
	} else if (strcmp((const char *)n->name, "link") == 0) {
		v = xmlGetProp(n, BAD_CAST "rel");
		ok = v != NULL &&
		     name_in((const char *)v, link_rels, sizeof link_rels / sizeof *link_rels);
		xmlFree(v);
	} else if (strcmp((const char *)n->name, "meta") == 0) {
		ok = !xmlHasProp(n, BAD_CAST "http-equiv");
	} else if (strcmp((const char *)n->name, "form") == 0) {
		v = xmlGetProp(n, BAD_CAST "method");
		ok = v == NULL || ascii_casecmp((const char *)v, "get") == 0;
		xmlFree(v);
	} else if (strcmp((const char *)n->name, "script") == 0) {
		v = xmlGetProp(n, BAD_CAST "src");
		ok = v != NULL && script_name_ok((const char *)v);
		xmlFree(v);
	}
	return ok;
}

static void
clean_attrs(const struct ctx *c, xmlNodePtr n)
{
	xmlAttrPtr a = n->properties, next;

	for (; a != NULL; a = next) {
		next = a->next;
		if (a->ns != NULL || !attr_kept((const char *)n->name, (const char *)a->name)) {
			xmlRemoveProp(a);
			continue;
		}
		if (strcmp((const char *)a->name, "href") == 0 ||
		    strcmp((const char *)a->name, "action") == 0) {
			xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
			char *url = c->mode != HTML_FRAGMENT
			                    ? sanitize_href((const char *)v)
			                    : sanitize_url((const char *)v, c->base);
			xmlFree(v);
			if (url == NULL)
				xmlRemoveProp(a);
			else
				xmlSetProp(n, a->name, BAD_CAST url);
			free(url);
		}
	}
}

/* Move n's children before it and remove n. */
static void
unwrap(xmlNodePtr n)
{
	xmlNodePtr ch = n->children, next;

	for (; ch != NULL; ch = next) {
		next = ch->next;
		xmlUnlinkNode(ch);
		xmlAddPrevSibling(n, ch);
	}
	xmlUnlinkNode(n);
	xmlFreeNode(n);
}

static void clean_children(const struct ctx *c, xmlNodePtr parent);

static void
drop_children(xmlNodePtr n)
{
	xmlNodePtr ch;

	while ((ch = n->children) != NULL) {
		xmlUnlinkNode(ch);
		xmlFreeNode(ch);
	}
}

/* Clean one node; returns the node to continue after (the first moved
 * child when n was unwrapped, so those are visited too). */
static xmlNodePtr
clean_node(const struct ctx *c, xmlNodePtr n)
{
	xmlNodePtr next = n->next;
	const char *name = (const char *)n->name;

	switch (n->type) {
	case XML_TEXT_NODE:
	case XML_CDATA_SECTION_NODE:
		return next;
	case XML_ELEMENT_NODE:
		if (element_kept(c, name) && element_acceptable(n)) {
			clean_attrs(c, n);
			if (strcmp(name, "script") == 0)
				drop_children(n);
			else if (strcmp(name, "style") != 0)
				clean_children(c, n);
			return next;
		}
		if (!name_in(name, drop_elements, sizeof drop_elements / sizeof *drop_elements) &&
		    n->children != NULL) {
			next = n->children;
			unwrap(n);
			return next;
		}
		break;
	default: /* comments, processing instructions, entity refs, ... */
		break;
	}
	xmlUnlinkNode(n);
	xmlFreeNode(n);
	return next;
}

static void
clean_children(const struct ctx *c, xmlNodePtr parent)
{
	xmlNodePtr n = parent->children;

	while (n != NULL)
		n = clean_node(c, n);
}

static xmlNodePtr
find_element(xmlNodePtr n, const char *name)
{
	for (; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0)
			return n;
	}
	return NULL;
}

/* Comments and processing instructions outside <html>. */
static void
drop_top_level_extras(htmlDocPtr doc)
{
	xmlNodePtr n = doc->children, next;

	for (; n != NULL; n = next) {
		next = n->next;
		if (n->type != XML_ELEMENT_NODE && n->type != XML_DTD_NODE) {
			xmlUnlinkNode(n);
			xmlFreeNode(n);
		}
	}
}

/* Serialize: the children of <body> (fragment) or the whole document. */
static char *
serialize(htmlDocPtr doc, enum html_mode mode)
{
	xmlOutputBufferPtr ob = xmlAllocOutputBuffer(NULL); /* UTF-8 as is */
	xmlNodePtr html, body;
	char *out = NULL;

	if (ob == NULL)
		return NULL;
	if (mode == HTML_PAGE) {
		htmlDocContentDumpFormatOutput(ob, doc, "UTF-8", 1);
	} else {
		html = find_element(doc->children, "html");
		body = html != NULL ? find_element(html->children, "body") : NULL;
		for (xmlNodePtr n = body != NULL ? body->children : NULL; n != NULL; n = n->next)
			htmlNodeDumpFormatOutput(ob, doc, n, "UTF-8", 0);
	}
	xmlOutputBufferFlush(ob);
	if (!ob->error)
		out = xstrndup((const char *)xmlOutputBufferGetContent(ob),
		               xmlOutputBufferGetSize(ob));
	xmlOutputBufferClose(ob);
	return out;
}

char *
html_clean(const char *html, size_t len, enum html_mode mode, const char *base, char *err,
           size_t errlen)
{
	struct ctx c = { mode, base };
	htmlDocPtr doc;
	xmlNodePtr root, body;
	char *out, *clean;

	doc = htmlReadMemory(html, (int)len, NULL, "UTF-8",
	                     HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
	if (doc == NULL) {
		snprintf(err, errlen, "template output is not parseable as HTML");
		return NULL;
	}
	root = xmlDocGetRootElement(doc);
	drop_top_level_extras(doc);
	if (root != NULL && mode == HTML_PAGE) {
		xmlSetProp(root, BAD_CAST "lang", BAD_CAST "ja");
		clean_attrs(&c, root);
		clean_children(&c, root);
	} else if (root != NULL && (body = find_element(root->children, "body")) != NULL) {
		clean_children(&c, body);
	}
	out = serialize(doc, mode);
	xmlFreeDoc(doc);
	if (out == NULL) {
		snprintf(err, errlen, "template output could not be serialized as HTML");
		return NULL;
	}
	clean = sanitize_text(out);
	free(out);
	return clean;
}
