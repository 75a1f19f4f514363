/*
 * index_pages.h — index.html and the pages behind it, rendered push-style
 * in bounded memory: the caller announces how many bulletins each year has,
 * then adds the bulletins one at a time, newest first (by updated, the
 * feeds' order), and each page is rendered through index.xsl, cleaned
 * (html_sanitize.h) and handed to the writer as soon as it is full.  At
 * most two pages (index.html's and the current year page's) are held at
 * once; search.html's lines (a few hundred bytes a bulletin) wait in an
 * unlinked temporary file (tmpfile(3), $TMPDIR) until its shell is made.
 *
 * Pages (names relative to the output directory):
 *   index.html           the newest per_page bulletins
 *   index-YYYY.html      the newest per_page bulletins of year YYYY (the
 *   index-YYYY-K.html    year of their updated, +09:00), then page K = 2..
 *   search.html          every bulletin in one line (id, KB, title,
 *                        products and platforms) linking to its card
 * Every bulletin is on exactly one year page; index.html repeats the newest.
 * Included by publish/ only.
 *
 * Ownership: the renderer copies what it keeps; index_pages_free() frees it.
 */
#ifndef HOTFEED_INDEX_PAGES_H
#define HOTFEED_INDEX_PAGES_H

#include <stddef.h>
#include "publish/feed.h"
#include "publish/item_xml.h"
#include "publish/xslt.h"

#define INDEX_PAGE_SIZE_DEFAULT 200
/* distinct products and platforms offered as filters; later ones are not */
#define INDEX_MAX_FILTERS 256

/* Write a piece of a page (name relative to the output directory): first
 * starts the file, last ends it; a whole page comes as one piece (first and
 * last), search.html as many, one after the other.  0, or -1 with a message
 * in err. */
typedef int (*index_pages_write)(void *ctx, const char *name, const char *html, size_t len,
                                 int first, int last, char *err, size_t errlen);

struct index_pages_opts {
	const char *title, *description;
	const char *link; /* the site URL: html_clean's base */
	const char *icon; /* "icon.png" or NULL */
	const struct index_feed *feeds;
	size_t nfeeds;
	struct template *xsl; /* index.xsl */
	size_t per_page;      /* 0 = INDEX_PAGE_SIZE_DEFAULT */
	index_pages_write write;
	void *ctx;
	/* Pages assembled from each card's HTML (index.xsl declares that a
	 * card's HTML depends on the card alone: INDEX_SPLICE_MARK) instead of
	 * each page's cards run through index.xsl: a card's HTML comes with
	 * it (index_card.html), or is cut out of the first page rendered whole
	 * that holds it and handed to card_html (with its key and digest, to
	 * keep for the next publish).  The page bytes are the same either way. */
	int splice;
	void (*card_html)(void *ctx, const char *key, const char *digest, const char *html,
	                  size_t len);
	/* search.html's rows assembled from each row's HTML (index.xsl
	 * declares that a row depends on its card, the page's name and the
	 * names of the page's filters alone: INDEX_ROWS_MARK) instead of every
	 * page's rows run through index.xsl: row_get gives the row kept for a
	 * card (key, digest) in a context (those other inputs, as text): 1 with
	 * *html (caller frees) and *len, else 0; the rows without one are
	 * rendered and handed to row_put to keep.  Both NULL: rows are
	 * rendered with their page.  The bytes are the same either way. */
	int (*row_get)(void *ctx, const char *key, const char *digest, const char *context,
	               char **html, size_t *len);
	void (*row_put)(void *ctx, const char *key, const char *digest, const char *context,
	                const char *html, size_t len);
};

/* In index.xsl (a comment will do): each card's HTML is one
 * <div class="bulletin sev-NAME CLASSES" ...> ... </div> element without a
 * <div> inside, made from the card alone (not its position, neighbours or
 * the page), so pages may be assembled from it. */
#define INDEX_SPLICE_MARK "hotfeed:cards-stand-alone"

/* In index.xsl: each row of search.html (mode "row") is one
 * <li class="bulletin sev-NAME CLASSES" ...> ... </li> element without an
 * <li> inside, made from the card, /index/@page and the names of
 * /index/filters alone (not its position or neighbours), so search.html's
 * rows may be assembled from it. */
#define INDEX_ROWS_MARK "hotfeed:rows-stand-alone"

/* The bulletins one year holds; years newest first. */
struct index_year {
	char year[5];
	size_t count;
};

/* The year a bulletin is filed under: the first four digits of its
 * updated (RFC 3339 in +09:00) into year; -1 when they are not digits. */
int index_pages_year(const struct feed_item *it, char year[5]);

/* The years of items (newest first, as index_pages_add takes them) with
 * their counts, into *years (caller frees) and *nyears: 0, or -1 when an
 * item's date has no year (index_pages_year). */
int index_pages_years(struct feed_item *const *items, size_t n, struct index_year **years,
                      size_t *nyears);

struct index_pages;

/* Start with the counts navigation needs (copied).  NULL with a message in
 * err when a year is malformed, repeated or has no bulletin. */
struct index_pages *index_pages_begin(const struct index_pages_opts *o,
                                      const struct index_year *years, size_t nyears, char *err,
                                      size_t errlen);

/* The next bulletin, newest first: 0, or -1 with a message (the bulletin is
 * not in the announced order, or a page failed to render or write). */
int index_pages_add(struct index_pages *p, const struct feed_item *it);

/* What a page takes of a bulletin: its card as text (item_xml_card) and
 * what the filters and counts read, so that a cached card needs no model. */
struct index_card {
	const char *key, *updated; /* updated: the item's, RFC 3339 in +09:00 */
	int severity;
	const strlist *products, *platforms;
	const char *xml; /* item_xml_card's text */
	size_t len;
	const char *digest; /* its fragment digest, NULL or "" none */
	const char *html;   /* its HTML from an earlier page, its filter
	                       classes cut out (card_html); NULL none */
	size_t html_len;
};

/* The same as index_pages_add, from a card. */
int index_pages_add_card(struct index_pages *p, const struct index_card *c);

/* The last pages and search.html: 0, or -1 with a message (fewer bulletins
 * came than announced, or a page failed). */
int index_pages_end(struct index_pages *p);

void index_pages_free(struct index_pages *p);

#endif
