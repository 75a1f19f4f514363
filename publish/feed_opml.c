/* feed_opml.c — feeds.opml; see feed_opml.h. */
#include "publish/feed_opml.h"
#include "publish/feed_xml.h"

#include <stdlib.h>

static int
outline(xmlTextWriterPtr w, const char *text, const char *type, const char *xml_url,
        const char *html_url)
{
	int rc = 0;

	rc |= xmlTextWriterStartElement(w, BAD_CAST "outline") < 0 ? -1 : 0;
	rc |= xw_attr(w, "type", type);
	rc |= xw_attr(w, "text", text);
	rc |= xw_attr(w, "title", text);
	rc |= xw_attr(w, "xmlUrl", xml_url);
	rc |= xw_attr(w, "htmlUrl", html_url);
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	return rc;
}

/* One feed's three formats, as outlines named "TITLE (RSS)" and so on. */
static int
feed_outlines(xmlTextWriterPtr w, const struct opml_feed *f, const char *site)
{
	const struct {
		const char *label, *url;
	} fmt[] = {
		{ "RSS", f->rss },
		{ "Atom", f->atom },
		{ "JSON Feed", f->json },
	};
	int rc = 0;

	for (size_t i = 0; i < sizeof fmt / sizeof *fmt; i++) {
		char *text = xasprintf("%s (%s)", f->title, fmt[i].label);
		rc |= outline(w, text, "rss", fmt[i].url, site);
		free(text);
	}
	return rc;
}

int
feed_write_opml(const char *title, const char *site, const struct opml_feed *feeds, size_t n,
                const char *rolie, struct buf *out, char *err, size_t errlen)
{
	xmlBufferPtr mem;
	xmlTextWriterPtr w = xw_open(&mem);
	char *csaf;
	int rc = 0;

	if (w == NULL)
		return xw_close(NULL, NULL, -1, out, "feeds.opml", err, errlen);
	rc |= xmlTextWriterStartElement(w, BAD_CAST "opml") < 0 ? -1 : 0;
	rc |= xw_attr(w, "version", "2.0");
	rc |= xmlTextWriterStartElement(w, BAD_CAST "head") < 0 ? -1 : 0;
	rc |= xw_elem(w, NULL, "title", title);
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	rc |= xmlTextWriterStartElement(w, BAD_CAST "body") < 0 ? -1 : 0;
	for (size_t i = 0; i < n && rc == 0; i++)
		rc |= feed_outlines(w, &feeds[i], site);
	if (rolie != NULL) {
		csaf = xasprintf("%s CSAF (ROLIE)", title);
		rc |= outline(w, csaf, "link", rolie, site);
		free(csaf);
	}
	rc |= xmlTextWriterEndElement(w) < 0 ? -1 : 0;
	return xw_close(w, mem, rc, out, "feeds.opml", err, errlen);
}
