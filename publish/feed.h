/*
 * feed.h — what the writers share: one feed (its metadata and items) as
 * publish.c prepares it, permanent ids and date forms.  Writers read these
 * structures only; everything in them is already sanitized (sanitize.h).
 * Included by publish/ only.
 *
 * Ownership: publish.c builds and frees feed_item (feed_item_free); writers
 * return new data in a struct buf the caller frees.
 */
#ifndef HOTFEED_FEED_H
#define HOTFEED_FEED_H

#include <stddef.h>
#include "store/catalogue.h"
#include "core/util.h"

/* The XML namespace of hotfeed's domain elements in RSS and Atom. */
#define HF_NS_URI    "https://hotfeed.invalid/ns/1"
#define HF_NS_PREFIX "hf"
/* RFC 5005's namespace (fh:archive). */
#define FH_NS_URI "http://purl.org/syndication/history/1.0"

/* One bulletin, ready for every writer. */
struct feed_item {
	const struct cat_entry *e; /* the catalogue's entry (read-only) */
	char *id;                  /* tag URI, the permanent id */
	char *anchor;              /* fragment id of its card on the index pages and of its
	                              line in search.html: "b-" + key, one-to-one:
	                              [A-Za-z0-9-] kept, any other byte "_XX" (hex) */
	char *title;               /* never NULL: the title, else the MS id, else the key */
	char *link;                /* http(s) page URL: source.url, else search.html#anchor
	                              (its line there links to its card, on whichever page) */
	char *summary;             /* plain text or NULL */
	char *content_html;        /* item.xsl's output, parsed and sanitized */
	char *published, *updated; /* RFC 3339 */
	/* revised: the latest revision (2 on) changed the bulletin.  Then the
	 * title starts with 【更新】, the summary with the change note
	 * (change_note.h), and RSS's pubDate is `updated`, so readers that key
	 * on the title or date show it again. */
	int revised;
	/* categories beyond the severity: the affected software (products) and
	 * platforms, each once, at most FEED_MAX_CATEGORIES in all */
	strlist products, platforms;
};

#define FEED_MAX_CATEGORIES 32
/* Category schemes (Atom scheme, RSS domain) of products and platforms. */
#define HF_SCHEME_PRODUCT  HF_NS_URI "#product"
#define HF_SCHEME_PLATFORM HF_NS_URI "#platform"

/* The formats of one feed, as indexes of feed_history's arrays. */
enum feed_format { FEED_RSS, FEED_ATOM, FEED_JSON, FEED_FORMATS };

/* RFC 5005 archive links of one document (feed_archive.h), per format;
 * NULL where there is none.  JSON Feed has only next_url (= prev). */
struct feed_history {
	int archive;                       /* an archive document (fh:archive) */
	const char *current[FEED_FORMATS]; /* the subscription document */
	const char *prev[FEED_FORMATS];    /* prev-archive: the next older archive */
	const char *next[FEED_FORMATS];    /* next-archive: the next newer archive */
};

/* One feed: the main feed or a facet. */
struct feed_meta {
	const char *title, *description, *author, *lang;
	const char *link; /* site/home page: the directory URL, ends in '/' */
	const char *self_rss, *self_atom, *self_json; /* absolute URLs of the files */
	const char *id;                               /* tag URI of the feed itself */
	const char *updated;                /* newest item's updated (RFC 3339) or a fixed epoch */
	const struct feed_history *history; /* NULL: a feed without archives */
	const char *icon;                   /* absolute URL of icon.png, or NULL when none */
	/* the other formats of the same feed, for alternate links (NULL: none) */
	const char *alt_rss, *alt_atom, *alt_json;
};

/* The tag URI (RFC 4151) of key under authority ("example.org,2005"):
 * "tag:example.org,2005:MS05-039"; a key that is not a plain id (a URL) is
 * made URL-safe first (see feed_key_slug). */
char *feed_tag_uri(const char *authority, const char *key);

/* key with [A-Za-z0-9._~-], '/' and ':' kept and every other byte
 * percent-encoded ("%" itself too): one-to-one, so two keys that differ in
 * any byte (the scheme, a '.' or '_', "//") never share a slug, and stable
 * across runs. */
char *feed_key_slug(const char *key);

/* RFC 3339 ("2005-08-10T00:00:00+09:00", "...Z", or a bare date) as an
 * RFC 822 date in +0900: "Wed, 10 Aug 2005 00:00:00 +0900".  NULL when
 * rfc3339 cannot be read. */
char *feed_rfc822(const char *rfc3339);

/* The date normalized to RFC 3339 in +09:00; NULL when unreadable. */
char *feed_rfc3339_jst(const char *rfc3339);

/* Fill/free one item from a catalogue entry (revised items: see above). */
void feed_item_init(struct feed_item *it, const struct cat_entry *e, const char *authority,
                    const char *site_link);
void feed_item_free(struct feed_item *it);

/* Writers: each appends one whole document to out and returns 0, or -1 with
 * a message in err. */
int feed_write_rss(const struct feed_meta *m, struct feed_item *const *items, size_t n,
                   struct buf *out, char *err, size_t errlen);
int feed_write_atom(const struct feed_meta *m, struct feed_item *const *items, size_t n,
                    struct buf *out, char *err, size_t errlen);
int feed_write_json(const struct feed_meta *m, struct feed_item *const *items, size_t n,
                    struct buf *out, char *err, size_t errlen);

#endif
