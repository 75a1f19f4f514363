/* feed_rss.c — RSS 2.0 with atom:link rel="self", content:encoded,
 * RFC 822 dates in +0900 and hf: domain elements; see feed.h. */
#include "publish/feed.h"
#include "publish/feed_xml.h"
#include "publish/sanitize.h"

#include <stdlib.h>

#define NS_ATOM    "http://www.w3.org/2005/Atom"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"

static int
write_date(xmlTextWriterPtr w, const char *name, const char *rfc3339)
{
	char *d = feed_rfc822(rfc3339);
	int rc = xw_elem(w, NULL, name, d);

	free(d);
	return rc;
}

/* <category domain="scheme">value</category> for each of list. */
static int
write_categories(xmlTextWriterPtr w, const char *scheme, const strlist *list)
{
	int rc = 0;

	for (size_t i = 0; i < list->n; i++) {
		rc |= xmlTextWriterStartElement(w, BAD_CAST "category") < 0 ? -1 : 0;
		rc |= xw_attr(w, "domain", scheme);
		rc |= xmlTextWriterWriteString(w, BAD_CAST list->v[i]) < 0 ? -1 : 0;
		rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	}
	return rc;
}

static int
write_item(xmlTextWriterPtr w, const struct feed_item *it)
{
	const struct bulletin *b = &it->e->model;
	char *desc = sanitize_text_to_html(it->summary != NULL ? it->summary : it->title);
	int rc = 0;

	rc |= xmlTextWriterStartElement(w, BAD_CAST "item") < 0 ? -1 : 0;
	rc |= xw_elem(w, NULL, "title", it->title);
	rc |= xw_elem(w, NULL, "link", it->link);
	rc |= xw_elem(w, NULL, "description", desc); /* readers take it as HTML */
	free(desc);
	rc |= xw_elem(w, "content", "encoded", it->content_html);
	if (severity_label(b->severity) != NULL)
		rc |= xw_elem(w, NULL, "category", severity_label(b->severity));
	rc |= write_categories(w, HF_SCHEME_PRODUCT, &it->products);
	rc |= write_categories(w, HF_SCHEME_PLATFORM, &it->platforms);
	rc |= xmlTextWriterStartElement(w, BAD_CAST "guid") < 0 ? -1 : 0;
	rc |= xw_attr(w, "isPermaLink", "false");
	rc |= xmlTextWriterWriteString(w, BAD_CAST it->id) < 0 ? -1 : 0;
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	rc |= write_date(w, "pubDate", it->revised ? it->updated : it->published);
	rc |= xw_elem(w, "atom", "updated", it->updated);
	rc |= feed_write_hf(w, it);
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	return rc;
}

static int
write_atom_link_typed(xmlTextWriterPtr w, const char *rel, const char *type, const char *href)
{
	int rc = 0;

	if (href == NULL)
		return 0;
	rc |= xmlTextWriterStartElementNS(w, BAD_CAST "atom", BAD_CAST "link", NULL) < 0 ? -1 : 0;
	rc |= xw_attr(w, "href", href);
	rc |= xw_attr(w, "rel", rel);
	rc |= xw_attr(w, "type", type);
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	return rc;
}

static int
write_atom_link(xmlTextWriterPtr w, const char *rel, const char *href)
{
	return write_atom_link_typed(w, rel, "application/rss+xml", href);
}

/* The feed's icon as RSS's <image> (its title and link are the channel's). */
static int
write_image(xmlTextWriterPtr w, const struct feed_meta *m)
{
	int rc = 0;

	if (m->icon == NULL)
		return 0;
	rc |= xmlTextWriterStartElement(w, BAD_CAST "image") < 0 ? -1 : 0;
	rc |= xw_elem(w, NULL, "url", m->icon);
	rc |= xw_elem(w, NULL, "title", m->title);
	rc |= xw_elem(w, NULL, "link", m->link);
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	return rc;
}

/* RFC 5005 in RSS: fh:archive and atom:link current/prev-archive/next-archive. */
static int
write_history(xmlTextWriterPtr w, const struct feed_history *h)
{
	int rc = 0;

	if (h == NULL)
		return 0;
	if (h->archive)
		rc |= xw_elem(w, "fh", "archive", "");
	rc |= write_atom_link(w, "current", h->current[FEED_RSS]);
	rc |= write_atom_link(w, "prev-archive", h->prev[FEED_RSS]);
	rc |= write_atom_link(w, "next-archive", h->next[FEED_RSS]);
	return rc;
}

static int
write_channel_head(xmlTextWriterPtr w, const struct feed_meta *m)
{
	int rc = 0;

	rc |= xw_elem(w, NULL, "title", m->title);
	rc |= xw_elem(w, NULL, "link", m->link);
	rc |= xw_elem(w, NULL, "description", m->description);
	rc |= xw_elem(w, NULL, "language", m->lang);
	rc |= write_date(w, "lastBuildDate", m->updated);
	rc |= write_date(w, "pubDate", m->updated);
	rc |= xw_elem(w, NULL, "generator", "hotfeed " HOTFEED_VERSION);
	rc |= xw_elem(w, NULL, "docs", "https://www.rssboard.org/rss-specification");
	rc |= write_atom_link(w, "self", m->self_rss);
	rc |= write_history(w, m->history);
	if (m->alt_atom != NULL)
		rc |= write_atom_link_typed(w, "alternate", "application/atom+xml", m->alt_atom);
	if (m->alt_json != NULL)
		rc |= write_atom_link_typed(w, "alternate", "application/feed+json", m->alt_json);
	rc |= write_image(w, m);
	return rc;
}

int
feed_write_rss(const struct feed_meta *m, struct feed_item *const *items, size_t n, struct buf *out,
               char *err, size_t errlen)
{
	xmlBufferPtr mem;
	xmlTextWriterPtr w = xw_open(&mem);
	int rc = 0;

	if (w == NULL)
		return xw_close(NULL, NULL, -1, out, "rss", err, errlen);
	rc |= xmlTextWriterStartElement(w, BAD_CAST "rss") < 0 ? -1 : 0;
	rc |= xw_attr(w, "version", "2.0");
	rc |= xw_attr(w, "xmlns:atom", NS_ATOM);
	rc |= xw_attr(w, "xmlns:content", NS_CONTENT);
	rc |= xw_attr(w, "xmlns:" HF_NS_PREFIX, HF_NS_URI);
	if (m->history != NULL)
		rc |= xw_attr(w, "xmlns:fh", FH_NS_URI);
	rc |= xmlTextWriterStartElement(w, BAD_CAST "channel") < 0 ? -1 : 0;
	rc |= write_channel_head(w, m);
	for (size_t i = 0; i < n && rc == 0; i++)
		rc |= write_item(w, items[i]);
	return xw_close(w, mem, rc, out, "rss", err, errlen);
}
