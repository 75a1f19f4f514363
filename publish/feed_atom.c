/* feed_atom.c — Atom 1.0 (RFC 4287): xml:lang, published and updated,
 * self and alternate links, author, html content, hf: domain elements;
 * see feed.h. */
#include "publish/feed.h"
#include "publish/feed_xml.h"
#include "publish/sanitize.h"

#include <stdlib.h>

#define NS_ATOM "http://www.w3.org/2005/Atom"

static int
write_link(xmlTextWriterPtr w, const char *rel, const char *type, const char *href)
{
	int rc = 0;

	rc |= xmlTextWriterStartElement(w, BAD_CAST "link") < 0 ? -1 : 0;
	rc |= xw_attr(w, "rel", rel);
	rc |= xw_attr(w, "type", type);
	rc |= xw_attr(w, "href", href);
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	return rc;
}

/* RFC 5005: fh:archive in an archive, and its current, prev-archive and
 * next-archive links. */
static int
write_history(xmlTextWriterPtr w, const struct feed_history *h)
{
	static const char *const type = "application/atom+xml";
	int rc = 0;

	if (h == NULL)
		return 0;
	if (h->archive)
		rc |= xw_elem(w, "fh", "archive", "");
	if (h->current[FEED_ATOM] != NULL)
		rc |= write_link(w, "current", type, h->current[FEED_ATOM]);
	if (h->prev[FEED_ATOM] != NULL)
		rc |= write_link(w, "prev-archive", type, h->prev[FEED_ATOM]);
	if (h->next[FEED_ATOM] != NULL)
		rc |= write_link(w, "next-archive", type, h->next[FEED_ATOM]);
	return rc;
}

static int
write_text(xmlTextWriterPtr w, const char *name, const char *type, const char *text)
{
	int rc = 0;
	char *clean;

	if (text == NULL)
		return 0;
	clean = sanitize_text(text);
	rc |= xmlTextWriterStartElement(w, BAD_CAST name) < 0 ? -1 : 0;
	rc |= xw_attr(w, "type", type);
	rc |= xmlTextWriterWriteString(w, BAD_CAST clean) < 0 ? -1 : 0;
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	free(clean);
	return rc;
}

static int
write_author(xmlTextWriterPtr w, const char *name)
{
	int rc = 0;

	rc |= xmlTextWriterStartElement(w, BAD_CAST "author") < 0 ? -1 : 0;
	rc |= xw_elem(w, NULL, "name", name != NULL ? name : "hotfeed");
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	return rc;
}

static int
write_category(xmlTextWriterPtr w, const char *term, const char *scheme)
{
	int rc = 0;

	rc |= xmlTextWriterStartElement(w, BAD_CAST "category") < 0 ? -1 : 0;
	rc |= xw_attr(w, "term", term);
	rc |= xw_attr(w, "scheme", scheme);
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	return rc;
}

static int
write_entry(xmlTextWriterPtr w, const struct feed_item *it)
{
	const struct bulletin *b = &it->e->model;
	int rc = 0;

	rc |= xmlTextWriterStartElement(w, BAD_CAST "entry") < 0 ? -1 : 0;
	rc |= xw_elem(w, NULL, "id", it->id);
	rc |= write_text(w, "title", "text", it->title);
	rc |= xw_elem(w, NULL, "published", it->published);
	rc |= xw_elem(w, NULL, "updated", it->updated);
	rc |= write_link(w, "alternate", "text/html", it->link);
	if (severity_label(b->severity) != NULL) {
		rc |= xmlTextWriterStartElement(w, BAD_CAST "category") < 0 ? -1 : 0;
		rc |= xw_attr(w, "term", severity_name(b->severity));
		rc |= xw_attr(w, "scheme", HF_NS_URI "#severity");
		rc |= xw_attr(w, "label", severity_label(b->severity));
		rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	}
	for (size_t i = 0; i < it->products.n; i++)
		rc |= write_category(w, it->products.v[i], HF_SCHEME_PRODUCT);
	for (size_t i = 0; i < it->platforms.n; i++)
		rc |= write_category(w, it->platforms.v[i], HF_SCHEME_PLATFORM);
	rc |= write_text(w, "summary", "text", it->summary);
	rc |= write_text(w, "content", "html", it->content_html);
	rc |= feed_write_hf(w, it);
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	return rc;
}

int
feed_write_atom(const struct feed_meta *m, struct feed_item *const *items, size_t n,
                struct buf *out, char *err, size_t errlen)
{
	xmlBufferPtr mem;
	xmlTextWriterPtr w = xw_open(&mem);
	int rc = 0;

	if (w == NULL)
		return xw_close(NULL, NULL, -1, out, "atom", err, errlen);
	rc |= xmlTextWriterStartElement(w, BAD_CAST "feed") < 0 ? -1 : 0;
	rc |= xw_attr(w, "xmlns", NS_ATOM);
	rc |= xw_attr(w, "xmlns:" HF_NS_PREFIX, HF_NS_URI);
	if (m->history != NULL)
		rc |= xw_attr(w, "xmlns:fh", FH_NS_URI);
	rc |= xw_attr(w, "xml:lang", m->lang);
	rc |= xw_elem(w, NULL, "id", m->id);
	rc |= write_text(w, "title", "text", m->title);
	rc |= write_text(w, "subtitle", "text", m->description);
	rc |= xw_elem(w, NULL, "updated", m->updated);
	rc |= write_link(w, "self", "application/atom+xml", m->self_atom);
	rc |= write_link(w, "alternate", "text/html", m->link);
	if (m->alt_rss != NULL)
		rc |= write_link(w, "alternate", "application/rss+xml", m->alt_rss);
	if (m->alt_json != NULL)
		rc |= write_link(w, "alternate", "application/feed+json", m->alt_json);
	rc |= write_history(w, m->history);
	rc |= write_author(w, m->author);
	rc |= xmlTextWriterStartElement(w, BAD_CAST "generator") < 0 ? -1 : 0;
	rc |= xw_attr(w, "version", HOTFEED_VERSION);
	rc |= xmlTextWriterWriteString(w, BAD_CAST "hotfeed") < 0 ? -1 : 0;
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	rc |= xw_elem(w, NULL, "icon", m->icon);
	for (size_t i = 0; i < n && rc == 0; i++)
		rc |= write_entry(w, items[i]);
	return xw_close(w, mem, rc, out, "atom", err, errlen);
}
