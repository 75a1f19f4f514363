/* feed_archive.c — RFC 5005 monthly archives of the main feed; see feed_archive.h. */
#include "publish/feed_archive.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
	const char *suffix;
	enum out_kind kind;
	int (*write)(const struct feed_meta *, struct feed_item *const *, size_t,
	             struct buf *, char *, size_t);
} formats[FEED_FORMATS] = {
	[FEED_RSS]  = { "rss.xml", OUT_XML, feed_write_rss },
	[FEED_ATOM] = { "atom.xml", OUT_XML, feed_write_atom },
	[FEED_JSON] = { "feed.json", OUT_JSON, feed_write_json },
};

/* The month of an item's updated ("2005-08-20T..." -> "2005-08"). */
static void
month_of(const struct feed_item *it, char out[8])
{
	snprintf(out, 8, "%.7s", it->updated);
}

void
feed_archives_plan(struct feed_archives *a, struct feed_item *const *items, size_t n,
                   size_t min_current, const char *site)
{
	char cut[8], m[8];
	struct archive_month *am = NULL;

	memset(a, 0, sizeof *a);
	a->current_n = n;
	if (min_current == 0 || n <= min_current)
		return;
	month_of(items[min_current - 1], cut);
	for (a->current_n = min_current; a->current_n < n; a->current_n++) {
		month_of(items[a->current_n], m);
		if (strcmp(m, cut) < 0)
			break;
	}
	for (size_t i = a->current_n; i < n; i++) {
		month_of(items[i], m);
		if (am == NULL || strcmp(am->month, m) != 0) {
			am = VEC_PUSH(&a->months);
			memcpy(am->month, m, sizeof am->month);
			am->first = i;
			for (int f = 0; f < FEED_FORMATS; f++) {
				am->name[f] = xasprintf("archive/%s.%s", m, formats[f].suffix);
				am->url[f] = xasprintf("%s%s", site, am->name[f]);
			}
		}
		am->n++;
	}
	for (int f = 0; f < FEED_FORMATS; f++)
		a->current.prev[f] = a->months.n > 0 ? a->months.v[0].url[f] : NULL;
}

int
feed_archives_any(const struct feed_archives *a)
{
	return a->months.n > 0;
}

/* The links of archive k (0 = the newest). */
static void
month_history(const struct feed_archives *a, size_t k, const char *const current_url[FEED_FORMATS],
              struct feed_history *h)
{
	memset(h, 0, sizeof *h);
	h->archive = 1;
	for (int f = 0; f < FEED_FORMATS; f++) {
		h->current[f] = current_url[f];
		h->prev[f] = k + 1 < a->months.n ? a->months.v[k + 1].url[f] : NULL;
		h->next[f] = k > 0 ? a->months.v[k - 1].url[f] : NULL;
	}
}

/* Archive k's three documents.  Its items are written without their
 * item.xsl body (content): title, dates, link, summary, categories and hf:
 * data only, so archives cost no XSLT (a catalogue of hostile 4096-entry
 * lists rendered whole took minutes) and do not depend on which bulletins
 * another feed happened to render. */
static int
write_month(const struct feed_archives *a, size_t k, const struct feed_meta *base,
            struct feed_item *const *items, struct outfiles *files, char *err, size_t errlen)
{
	const struct archive_month *am = &a->months.v[k];
	const char *const current_url[FEED_FORMATS] = { base->self_rss, base->self_atom,
	                                                base->self_json };
	struct feed_item *copy = xcalloc(am->n, sizeof *copy), **ptr = xcalloc(am->n, sizeof *ptr);
	struct feed_history h;
	struct feed_meta m = *base;
	char *title = xasprintf("%s (%.4s年%s月)", base->title, am->month,
	                        am->month[5] == '0' ? am->month + 6 : am->month + 5);
	int rc = 0;

	for (size_t i = 0; i < am->n; i++) {
		copy[i] = *items[am->first + i];
		copy[i].content_html = NULL;
		ptr[i] = &copy[i];
	}
	month_history(a, k, current_url, &h);
	m.title = title;
	m.self_rss = am->url[FEED_RSS];
	m.self_atom = am->url[FEED_ATOM];
	m.alt_rss = am->url[FEED_RSS];
	m.alt_atom = am->url[FEED_ATOM];
	m.alt_json = am->url[FEED_JSON];
	m.updated = items[am->first]->updated;   /* the month's newest */
	m.history = &h;
	for (int f = 0; f < FEED_FORMATS && rc == 0; f++) {
		struct out_file *of = outfiles_add(files, am->name[f], formats[f].kind);
		rc = formats[f].write(&m, ptr, am->n, &of->data, err, errlen);
	}
	free(title);
	free(copy);
	free(ptr);
	return rc;
}

int
feed_archives_write(const struct feed_archives *a, const struct feed_meta *base,
                    struct feed_item *const *items, struct outfiles *files,
                    char *err, size_t errlen)
{
	for (size_t k = 0; k < a->months.n; k++)
		if (write_month(a, k, base, items, files, err, errlen) < 0)
			return -1;
	return 0;
}

void
feed_archives_free(struct feed_archives *a)
{
	for (size_t k = 0; k < a->months.n; k++)
		for (int f = 0; f < FEED_FORMATS; f++) {
			free(a->months.v[k].name[f]);
			free(a->months.v[k].url[f]);
		}
	free(a->months.v);
	memset(a, 0, sizeof *a);
}
