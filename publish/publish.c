/* publish.c — from catalogue entries to the output directory; see publish.h. */
#include "publish/publish.h"
#include "publish/catalogue_json.h"
#include "publish/changes.h"
#include "publish/csaf.h"
#include "publish/feed.h"
#include "publish/feed_splice.h"
#include "publish/feed_opml.h"
#include "publish/html_sanitize.h"
#include "publish/index_pages.h"
#include "publish/item_xml.h"
#include "publish/outfiles.h"
#include "publish/sanitize.h"
#include "publish/xslt.h"

#include "core/bulletin_json.h"
#include "core/sha256.h"

#include <dirent.h>
#include <fcntl.h>
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <errno.h>
#include <unistd.h>

#define EPOCH_JST "1970-01-01T09:00:00+09:00"

/* Where the bulletins come from, one at a time, newest first: the
 * catalogue's cursor. */
struct entry_source {
	struct catalogue *cat;
	struct cat_cursor *cur;
	struct cat_entry one; /* the cursor's current entry */
	struct cat_cursor_counts counts;
	char newest[32], newest_bulletin[32]; /* "" when none */
};

/* At most this many [facet]s (a bulletin's matches are one byte each in
 * its cached fragments). */
#define FACETS_MAX 64

/* One item's texts in the three feed formats (feed_splice.h). */
struct frags {
	struct buf f[FEED_FORMATS];
};
/* The item texts of one document, per format, in temporary files: a
 * month of the archive or a current document may hold thousands. */
struct spool {
	FILE *f[FEED_FORMATS];
	size_t n;
};

/* A feed being filled: the main feed or a facet. */
struct feed_run {
	const struct facet_cfg *facet; /* NULL: the main feed */
	size_t limit;                  /* [feed] items; SIZE_MAX: all */
	size_t seen;                   /* bulletins it took so far */
	struct spool current;          /* the current document's items */
	char newest[32];               /* its first item's updated */
	/* the main feed's monthly archives (feed_archive.h) */
	char cut[8];                     /* month of the limit-th item, "" before */
	int archiving;                   /* the current document is written */
	char month[8], month_newest[32]; /* the archive month being filled */
	struct spool month_items;
	char newer[8]; /* the archive month before it, "" none */
};

/* Everything one run holds: never more than one bulletin's model. */
struct publish_run {
	const struct publish_opts *o;
	char *site;
	struct template *item_xsl, *index_xsl;
	int splice;      /* index.xsl has INDEX_SPLICE_MARK */
	int rows_splice; /* index.xsl has INDEX_ROWS_MARK */
	char *icon;      /* URL of icon.png when the templates have one */
	struct outfiles files;
	char *err;
	size_t errlen;
	struct entry_source *src;
	size_t n, nfeed; /* entries and bulletins done */
	struct out_stream *catalogue;
	struct feed_run *feeds; /* [0] the main feed, then each facet */
	size_t nfeeds;
	struct csaf_run *csaf;
	struct index_pages *index;      /* index.html and its pages (index_begin) */
	struct out_stream *page;        /* an index page written in pieces */
	struct feed_files *index_ff;    /* the feeds index_pages links to (kept: */
	struct index_feed *index_feeds; /* it holds on to them) */
	size_t index_nf;
	struct changes *changes;       /* changes.json */
	struct catalogue_cache *cache; /* fragments; NULL: none */
	char cache_stamp[65];          /* the outputs' inputs besides the catalogue */
};

/*
 * A binary run from its build tree, from anywhere (a cron job's working
 * directory is rarely the source tree), finds the templates beside it.
 */
static const char *
beside_binary(void)
{
	static char dir[4096];
	ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - sizeof "/templates/item.xsl");
	char *slash;

	if (n <= 0)
		return NULL;
	dir[n] = '\0';
	if ((slash = strrchr(dir, '/')) == NULL)
		return NULL;
	strcpy(slash, "/templates/item.xsl");
	if (access(dir, R_OK) != 0)
		return NULL;
	slash[sizeof "/templates" - 1] = '\0';
	return dir;
}

const char *
publish_default_templates(void)
{
	const char *d;

	if (access("templates/item.xsl", R_OK) == 0)
		return "templates";
	if ((d = beside_binary()) != NULL)
		return d;
	return HOTFEED_DATADIR "/templates";
}

static int
load_templates(struct publish_run *r)
{
	char *item = xasprintf("%s/item.xsl", r->o->templates);
	char *index = xasprintf("%s/index.xsl", r->o->templates);

	char *text = NULL;
	size_t len;

	r->item_xsl = xslt_template_load(item, r->err, r->errlen);
	if (r->item_xsl != NULL)
		r->index_xsl = xslt_template_load(index, r->err, r->errlen);
	if (r->index_xsl != NULL && read_file(index, 1 << 24, &text, &len) == 0) {
		r->splice = strstr(text, INDEX_SPLICE_MARK) != NULL;
		r->rows_splice = strstr(text, INDEX_ROWS_MARK) != NULL;
	}
	free(text);
	free(item);
	free(index);
	return r->index_xsl != NULL ? 0 : -1;
}

/* item.xsl over one bulletin, sanitized: the item's content_html. */
static int
render_item(struct publish_run *r, struct feed_item *it)
{
	xmlDocPtr doc = item_xml_doc(it);
	char *raw;
	size_t len;
	int rc = xslt_template_apply(r->item_xsl, doc, &raw, &len, r->err, r->errlen);

	xmlFreeDoc(doc);
	if (rc < 0)
		return -1;
	it->content_html =
		html_clean(raw, len, HTML_FRAGMENT, it->e->model.source.url, r->err, r->errlen);
	free(raw);
	return it->content_html != NULL ? 0 : -1;
}

/* File names and URLs of one feed: prefix "" (main) or "NAME.". */
struct feed_files {
	char *rss, *atom, *json;             /* names */
	char *rss_url, *atom_url, *json_url; /* absolute */
	char *id;
};

static void
feed_files_init(struct feed_files *f, const struct publish_run *r, const char *name)
{
	const char *dot = *name ? "." : "";

	f->rss = xasprintf("%s%srss.xml", name, dot);
	f->atom = xasprintf("%s%satom.xml", name, dot);
	f->json = xasprintf("%s%sfeed.json", name, dot);
	f->rss_url = xasprintf("%s%s", r->site, f->rss);
	f->atom_url = xasprintf("%s%s", r->site, f->atom);
	f->json_url = xasprintf("%s%s", r->site, f->json);
	f->id = *name ? xasprintf("tag:%s:feed/%s", r->o->cfg->authority, name)
	              : xasprintf("tag:%s:feed", r->o->cfg->authority);
}

static void
feed_files_free(struct feed_files *f)
{
	free(f->rss);
	free(f->atom);
	free(f->json);
	free(f->rss_url);
	free(f->atom_url);
	free(f->json_url);
	free(f->id);
}

/* The metadata every document of one feed shares. */
static void
feed_meta_init(const struct publish_run *r, struct feed_meta *m, const struct feed_files *f,
               const char *title)
{
	const struct config *c = r->o->cfg;

	memset(m, 0, sizeof *m);
	m->title = title;
	m->description = c->description;
	m->author = c->author;
	m->lang = c->lang != NULL ? c->lang : "ja";
	m->link = r->site;
	m->self_rss = f->rss_url;
	m->self_atom = f->atom_url;
	m->self_json = f->json_url;
	m->alt_rss = f->rss_url;
	m->alt_atom = f->atom_url;
	m->alt_json = f->json_url;
	m->id = f->id;
	m->icon = r->icon;
}

/* ---- facets ---- */

static int
has_platform(const struct bulletin *b, const char *needle)
{
	for (size_t i = 0; i < b->affected.n; i++) {
		const struct affected *a = &b->affected.v[i];
		if (a->software != NULL && strstr(a->software, needle) != NULL)
			return 1;
		for (size_t j = 0; j < a->platforms.n; j++)
			if (strstr(a->platforms.v[j], needle) != NULL)
				return 1;
	}
	for (size_t i = 0; i < b->tested_platforms.n; i++)
		if (strstr(b->tested_platforms.v[i], needle) != NULL)
			return 1;
	return 0;
}

static int
facet_matches(const struct facet_cfg *f, const struct bulletin *b)
{
	if (f->max_severity > 0 && (b->severity < 1 || b->severity > f->max_severity))
		return 0;
	if (f->platform != NULL && !has_platform(b, f->platform))
		return 0;
	if (f->kb != NULL && !strlist_contains(&b->kb, f->kb))
		return 0;
	return 1;
}

/* Facet names become file names: letters, digits, '-' and '_' only. */
static int
facet_name_ok(const char *name)
{
	if (name == NULL || *name == '\0' || strlen(name) > 64)
		return 0;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
			return 0;
	return 1;
}

/* ---- index.html and catalogue.json ---- */

/* The feeds of this publish: the main feed, then each facet; their files
 * into *ff (nf of them, caller frees each and the array). */
static size_t
all_feeds(struct publish_run *r, struct feed_files **ff, struct index_feed **feeds)
{
	const struct config *c = r->o->cfg;
	size_t nf = c->facets.n + 1;

	*ff = xcalloc(nf, sizeof **ff);
	*feeds = xcalloc(nf, sizeof **feeds);
	for (size_t i = 0; i < nf; i++) {
		const struct facet_cfg *f = i > 0 ? &c->facets.v[i - 1] : NULL;
		feed_files_init(&(*ff)[i], r, f != NULL ? f->name : "");
		(*feeds)[i] = (struct index_feed){ f != NULL ? f->name : "",
			                           f != NULL && f->title ? f->title
			                           : f                   ? f->name
			                                                 : c->title,
			                           (*ff)[i].rss, (*ff)[i].atom, (*ff)[i].json };
	}
	return nf;
}

static void
all_feeds_free(struct feed_files *ff, struct index_feed *feeds, size_t nf)
{
	for (size_t i = 0; i < nf; i++)
		feed_files_free(&ff[i]);
	free(ff);
	free(feeds);
}

/* feeds.opml: every feed in its three formats, and the CSAF ROLIE feed. */
static int
render_opml(struct publish_run *r)
{
	struct feed_files *ff;
	struct index_feed *feeds;
	size_t nf = all_feeds(r, &ff, &feeds);
	struct opml_feed *of = xcalloc(nf, sizeof *of);
	char *rolie = csaf_rolie_url(r->o->cfg, r->site);
	int rc;

	for (size_t i = 0; i < nf; i++)
		of[i] = (struct opml_feed){ feeds[i].title, ff[i].rss_url, ff[i].atom_url,
			                    ff[i].json_url };
	rc = feed_write_opml(r->o->cfg->title, r->site, of, nf, rolie,
	                     &outfiles_add(&r->files, "feeds.opml", OUT_XML)->data, r->err,
	                     r->errlen);
	free(rolie);
	free(of);
	all_feeds_free(ff, feeds, nf);
	return rc;
}

/* A static file of the templates (icon.png, search.js), when they have
 * one, copied beside the feeds: 1 copied, 0 none, -1 unreadable. */
static int
copy_static(struct publish_run *r, const char *name, enum out_kind kind)
{
	char *path = xasprintf("%s/%s", r->o->templates, name), *data;
	size_t len;
	int rc = 0;

	if (read_file(path, 64 << 10, &data, &len) == 0) {
		buf_append(&outfiles_add(&r->files, name, kind)->data, data, len);
		free(data);
		rc = 1;
	} else if (errno != ENOENT) {
		snprintf(r->err, r->errlen, "%s: %s", path,
		         errno == EFBIG ? "larger than 64 KiB" : strerror(errno));
		rc = -1;
	}
	free(path);
	return rc;
}

static int
load_icon(struct publish_run *r)
{
	int rc = copy_static(r, "icon.png", OUT_BINARY);

	if (rc == 1)
		r->icon = xasprintf("%sicon.png", r->site);
	return rc < 0 || copy_static(r, "search.js", OUT_TEXT) < 0 ? -1 : 0;
}

/* ---- the source: the catalogue's cursor ---- */

static int
source_next(struct publish_run *r, const struct cat_entry **e, long long *rev)
{
	struct entry_source *src = r->src;
	int rc;

	*rev = 0;
	rc = catalogue_cursor_next(src->cur, &src->one, rev);
	if (rc < 0)
		snprintf(r->err, r->errlen, "the catalogue: %s", catalogue_error(src->cat));
	*e = &src->one;
	return rc;
}

/* The entry's model, which the cursor parses only on demand. */
static int
source_model(struct publish_run *r, const struct cat_entry *e)
{
	struct entry_source *src = r->src;

	if (e->model_loaded)
		return 0;
	if (catalogue_cursor_model(src->cur, &src->one) < 0) {
		snprintf(r->err, r->errlen, "the catalogue: %s", catalogue_error(src->cat));
		return -1;
	}
	return 0;
}

/* The newest updated of the bulletins (RFC 3339 in one zone compares as
 * text), or a fixed epoch when there are none. */
static const char *
newest_bulletin(const struct publish_run *r)
{
	return r->src->newest_bulletin[0] ? r->src->newest_bulletin : EPOCH_JST;
}

/* ---- index.html, the year pages and search.html (index_pages.h):
 * pushed a bulletin at a time (begin with the years' counts, add each
 * newest first, end) ---- */

/* A piece of an index page: a whole page is checked and written with the
 * bulletin that ended it; a page in pieces (search.html) is a stream. */
static int
add_page(void *ctx, const char *name, const char *html, size_t len, int first, int last, char *err,
         size_t errlen)
{
	struct publish_run *r = ctx;

	if (first && last) {
		buf_append(&outfiles_add(&r->files, name, OUT_HTML)->data, html, len);
		return 0;
	}
	if (first && (r->page = outfiles_stream(&r->files, name, OUT_HTML, err, errlen)) == NULL)
		return -1;
	if (r->page == NULL || outfiles_stream_write(r->page, html, len) < 0) {
		if (r->page != NULL)
			outfiles_stream_close(&r->files, r->page, err, errlen);
		r->page = NULL;
		snprintf(err, errlen, "%s: cannot write", name);
		return -1;
	}
	if (last) {
		int rc = outfiles_stream_close(&r->files, r->page, err, errlen);
		r->page = NULL;
		return rc;
	}
	return 0;
}

/* The bulletins per year of their updated, newest first, as
 * index_pages_begin() wants them, from the source's order. */
static int
index_years(struct publish_run *r, struct index_year **years, size_t *ny)
{
	struct entry_source *src = r->src;
	VEC(struct index_year) v = { 0 };
	size_t n = catalogue_cursor_size(src->cur);

	for (size_t i = 0; i < n; i++) {
		const char *updated;
		int bulletin;
		char *d;
		catalogue_cursor_order(src->cur, i, &updated, &bulletin);
		if (!bulletin)
			continue;
		d = feed_rfc3339_jst(updated);
		if (d == NULL || strspn(d, "0123456789") < 4) {
			free(d);
			free(v.v);
			snprintf(r->err, r->errlen, "index pages: a bulletin's date has no year");
			return -1;
		}
		if (v.n == 0 || memcmp(v.v[v.n - 1].year, d, 4) != 0) {
			struct index_year *y = VEC_PUSH(&v);
			memcpy(y->year, d, 4);
			y->year[4] = '\0';
			y->count = 0;
		}
		v.v[v.n - 1].count++;
		free(d);
	}
	*years = v.v;
	*ny = v.n;
	return 0;
}

/* ---- texts kept in the fragment cache beside a bulletin's blob, under
 * its key with a suffix no key has (a key is one line) and its digest,
 * after a line with their length (a cut row is not taken) ---- */
#define KEPT_MAGIC     "hotfeed-kept 1 "
#define KEPT_CARD_HTML "\n#card-html"
#define KEPT_CSAF_DOC  "\n#csaf-doc"
#define KEPT_ROW_HTML  "\n#row-html"

static void
kept_put(struct publish_run *r, const char *key, const char *suffix, const char *digest,
         const char *data, size_t len)
{
	char *k = xasprintf("%s%s", key, suffix);
	struct buf b;

	buf_init(&b, 0);
	buf_printf(&b, KEPT_MAGIC "%zu\n", len);
	buf_append(&b, data, len);
	catalogue_cache_put(r->cache, k, digest, b.data, b.len);
	catalogue_cache_keep(r->cache, k); /* a row of this run (prune) */
	buf_free(&b);
	free(k);
}

/* key's text kept under suffix and digest into *data (caller frees) and
 * *len: 1, or 0 (none, or damaged). */
static int
kept_get(struct publish_run *r, const char *key, const char *suffix, const char *digest,
         char **data, size_t *len)
{
	char *k = xasprintf("%s%s", key, suffix), *blob = NULL;
	size_t m = strlen(KEPT_MAGIC), n = 0, i = m, blen = 0;
	int ok = catalogue_cache_get(r->cache, k, digest, &blob, &blen) && blen > m &&
	         memcmp(blob, KEPT_MAGIC, m) == 0;

	free(k);
	for (; ok && i < blen && i < m + 12 && blob[i] >= '0' && blob[i] <= '9'; i++)
		n = n * 10 + (size_t)(blob[i] - '0');
	ok = ok && i > m && i < blen && blob[i] == '\n' && blen - i - 1 == n;
	if (!ok) {
		free(blob);
		return 0;
	}
	memmove(blob, blob + i + 1, n + 1);
	*data = blob;
	*len = n;
	return 1;
}

/* index_pages' card_html: kept under the bulletin's digest. */
static void
keep_card_html(void *ctx, const char *key, const char *digest, const char *html, size_t len)
{
	kept_put(ctx, key, KEPT_CARD_HTML, digest, html, len);
}

/* index_pages' row_put: kept under the bulletin's digest after its
 * context and that context's length. */
static void
keep_row_html(void *ctx, const char *key, const char *digest, const char *context, const char *html,
              size_t len)
{
	struct buf b;

	buf_init(&b, 0);
	buf_printf(&b, "%zu\n%s", strlen(context), context);
	buf_append(&b, html, len);
	kept_put(ctx, key, KEPT_ROW_HTML, digest, b.data, b.len);
	buf_free(&b);
}

/* index_pages' row_get: the row kept in the same context, or 0. */
static int
kept_row_html(void *ctx, const char *key, const char *digest, const char *context, char **html,
              size_t *len)
{
	char *data, *end;
	size_t n, clen = strlen(context);
	unsigned long long m;

	if (!kept_get(ctx, key, KEPT_ROW_HTML, digest, &data, &n))
		return 0;
	errno = 0;
	m = strtoull(data, &end, 10);
	if (errno || end == data || *end != '\n' || m != clen ||
	    (size_t)(end + 1 - data) + clen > n || memcmp(end + 1, context, clen) != 0) {
		free(data);
		return 0;
	}
	*len = n - (size_t)(end + 1 - data) - clen;
	memmove(data, end + 1 + clen, *len);
	data[*len] = '\0';
	*html = data;
	return 1;
}

static int
index_begin(struct publish_run *r)
{
	const struct config *c = r->o->cfg;
	struct index_pages_opts io = { .title = c->title,
		                       .description = c->description,
		                       .link = r->site,
		                       .icon = r->icon != NULL ? "icon.png" : NULL,
		                       .xsl = r->index_xsl,
		                       .per_page = (size_t)c->index_page_size,
		                       .write = add_page,
		                       .ctx = r,
		                       .splice = r->splice,
		                       .card_html = keep_card_html,
		                       .row_get = r->rows_splice ? kept_row_html : NULL,
		                       .row_put = r->rows_splice ? keep_row_html : NULL };
	struct index_year *years = NULL;
	size_t ny;
	int rc = -1;

	r->index_nf = io.nfeeds = all_feeds(r, &r->index_ff, &r->index_feeds);
	io.feeds = r->index_feeds;
	if (index_years(r, &years, &ny) == 0 &&
	    (r->index = index_pages_begin(&io, years, ny, r->err, r->errlen)) != NULL)
		rc = 0;
	free(years);
	return rc;
}

static int
index_add(struct publish_run *r, const struct index_card *c)
{
	return index_pages_add_card(r->index, c);
}

static int
index_end(struct publish_run *r)
{
	return index_pages_end(r->index);
}

/* ---- catalogue.json and bulletins/KEY.json ---- */

/* The file name of key's bulletins/ file: [A-Za-z0-9-] kept, any other
 * byte "_XX" (hex), so two keys never share one; a key that would make a
 * name longer than 200 bytes (a URL) is cut, with its SHA-256 after it. */
static char *
bulletin_file(const char *key)
{
	struct buf b;
	char hex[65];

	buf_init(&b, 0);
	buf_puts(&b, "bulletins/");
	for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-')
			buf_putc(&b, *p);
		else
			buf_printf(&b, "_%02X", *p);
	}
	if (b.len > sizeof "bulletins/" - 1 + 200) {
		sha256_hex(key, strlen(key), hex);
		b.len = sizeof "bulletins/" - 1 + 120;
		buf_printf(&b, "_%s", hex);
	}
	buf_puts(&b, ".json");
	return buf_steal(&b, NULL);
}

/* Into catalogue.json; a failed write ends it with the reason in err. */
static int
catalogue_write(struct publish_run *r, const void *data, size_t len)
{
	if (outfiles_stream_write(r->catalogue, data, len) == 0)
		return 0;
	outfiles_stream_close(&r->files, r->catalogue, r->err, r->errlen);
	r->catalogue = NULL;
	return -1;
}

/*
 * catalogue.json is not read back when closed: it is checked in pieces.
 * Its frame (head, tail, with one object between when there are entries)
 * is checked here; each entry is exactly its bulletins/KEY.json less the
 * indentation of depth 2 (whitespace between tokens: JSON strings hold no
 * raw newline), and that file is checked when written, or is the same
 * bytes as the file of the set it replaces, checked then.  Re-reading
 * catalogue.json (2 GB at 100,000 bulletins) was a third of a cached
 * publish.
 */
static int
frame_ok(const struct buf *head, int any)
{
	struct buf doc;
	const char *tail = catalogue_json_tail(any);
	json_t *j;
	int ok;

	buf_init(&doc, 0);
	buf_append(&doc, head->data, head->len);
	if (any)
		buf_puts(&doc, "{}");
	buf_puts(&doc, tail);
	j = json_loadb(doc.data, doc.len, 0, NULL);
	ok = json_is_object(j);
	json_decref(j);
	buf_free(&doc);
	return ok ? 0 : -1;
}

static int
catalogue_begin(struct publish_run *r)
{
	struct feed_meta m = { 0 };
	char *id = xasprintf("tag:%s:feed", r->o->cfg->authority);
	struct buf head;
	int rc;

	m.link = r->site;
	m.id = id;
	m.updated = r->src->newest[0] ? r->src->newest : EPOCH_JST;
	buf_init(&head, 0);
	rc = catalogue_json_head(&m, r->src->counts.bulletins + r->src->counts.other > 0, &head);
	free(id);
	if (rc < 0)
		snprintf(r->err, r->errlen, "catalogue.json: the JSON writer failed");
	else if (frame_ok(&head, r->src->counts.bulletins + r->src->counts.other > 0) < 0) {
		snprintf(r->err, r->errlen,
		         "catalogue.json: the output is not a JSON object; nothing was written");
		rc = -1;
	} else if ((r->catalogue = outfiles_stream(&r->files, "catalogue.json", OUT_JSON, r->err,
	                                           r->errlen)) == NULL) {
		rc = -1;
	} else {
		outfiles_stream_checked(r->catalogue);
		rc = catalogue_write(r, head.data, head.len);
	}
	buf_free(&head);
	return rc;
}

/* entry: the bulletin's catalogue entry (catalogue_json_entry); digest:
 * its fragment digest ("" none).  Its bulletins/ file is the old set's,
 * linked unread, when the old set published it from the same digest (a
 * cached publish read 2 GB of them back at 100,000, mostly from disk). */
static int
put_entry(struct publish_run *r, const struct cat_entry *e, const struct buf *entry,
          const char *digest)
{
	const char *sep = catalogue_json_separator();
	struct buf doc;
	char *name;
	int rc;

	if ((r->n > 0 && catalogue_write(r, sep, strlen(sep)) < 0) ||
	    catalogue_write(r, entry->data, entry->len) < 0)
		return -1;
	name = bulletin_file(e->key);
	buf_init(&doc, 0);
	rc = catalogue_json_bulletin(entry->data, entry->len, &doc);
	if (rc == 0 && !(changes_same_digest(r->changes, e->key, digest) &&
	                 outfiles_link_old(&r->files, name, doc.len) == 0))
		buf_append(&outfiles_add(&r->files, name, OUT_JSON)->data, doc.data, doc.len);
	buf_free(&doc);
	if (rc < 0)
		snprintf(r->err, r->errlen, "%s: the JSON writer failed", name);
	free(name);
	return rc;
}

static int
catalogue_end(struct publish_run *r)
{
	const char *tail = catalogue_json_tail(r->n > 0);
	struct feed_meta m = { 0 };
	char *id = xasprintf("tag:%s:feed", r->o->cfg->authority);
	int rc = catalogue_write(r, tail, strlen(tail));

	if (rc == 0)
		rc = outfiles_stream_close(&r->files, r->catalogue, r->err, r->errlen);
	r->catalogue = NULL;
	m.link = r->site;
	m.id = id;
	m.updated = r->src->newest[0] ? r->src->newest : EPOCH_JST;
	if (rc == 0)
		rc = changes_end(r->changes, &m, &r->files, r->err, r->errlen);
	free(id);
	return rc;
}

/* ---- the feeds: the current documents and the main feed's archives ---- */

static void
frags_free(struct frags *f)
{
	for (int k = 0; k < FEED_FORMATS; k++)
		buf_free(&f->f[k]);
}

static void
spool_clear(struct spool *sp)
{
	for (int k = 0; k < FEED_FORMATS; k++)
		if (sp->f[k] != NULL) {
			rewind(sp->f[k]);
			if (ftruncate(fileno(sp->f[k]), 0) < 0) {
				/* the next items overwrite it from the start; n says how many */
			}
		}
	sp->n = 0;
}

static void
spool_free(struct spool *sp)
{
	for (int k = 0; k < FEED_FORMATS; k++)
		if (sp->f[k] != NULL)
			fclose(sp->f[k]);
	memset(sp, 0, sizeof *sp);
}

static int
spool_add(struct publish_run *r, struct spool *sp, const struct frags *x)
{
	for (int k = 0; k < FEED_FORMATS; k++) {
		const char *sep = sp->n > 0 ? feed_splice_separator((enum feed_format)k) : "";
		if ((sp->f[k] == NULL && (sp->f[k] = tmpfile()) == NULL) ||
		    fputs(sep, sp->f[k]) < 0 ||
		    fwrite(x->f[k].data, 1, x->f[k].len, sp->f[k]) != x->f[k].len) {
			snprintf(r->err, r->errlen, "a temporary file for the feeds: %s",
			         strerror(errno));
			return -1;
		}
	}
	sp->n++;
	return 0;
}

/* One bulletin on its way through: what its outputs are made of, each
 * made once and only when needed, from its model or from the fragment
 * cache (then the model is not even parsed unless a current document,
 * a facet or index.html needs the item). */
struct item_frags {
	const struct cat_entry *e;
	char updated[32]; /* the item's updated (feed_item_init's) */
	struct feed_item it;
	int have_it;
	struct buf entry; /* its catalogue.json entry */
	int have_entry;
	struct frags full, plain; /* item texts with item.xsl's body, without */
	int have_full, have_plain;
	struct csaf_doc csaf; /* csaf.id NULL: no CSAF document */
	int have_csaf;
	int csaf_written;            /* its CSAF document is the one csaf/csaf.path has */
	char facets[FACETS_MAX + 1]; /* per facet '1' when it matches */
	int have_facets;
	struct index_card card; /* its index card (index_pages.h) */
	struct buf card_xml;
	strlist products, platforms; /* the card's, when it came from the cache */
	int have_card;
	const char *digest; /* its fragment digest ("" none) */
	char *card_html;    /* its card's HTML from the cache, or NULL */
	size_t card_html_len;
	int have_card_html;
};

static struct feed_item *
item_of(struct publish_run *r, struct item_frags *x)
{
	if (!x->have_it) {
		if (source_model(r, x->e) < 0)
			return NULL;
		feed_item_init(&x->it, x->e, r->o->cfg->authority, r->site);
		x->have_it = 1;
	}
	return &x->it;
}

static const struct frags *
frags_full(struct publish_run *r, struct item_frags *x)
{
	struct feed_item *it;

	if (!x->have_full) {
		if ((it = item_of(r, x)) == NULL)
			return NULL;
		if (it->content_html == NULL && render_item(r, it) < 0)
			return NULL;
		if (feed_splice_item(it, x->full.f, r->err, r->errlen) < 0)
			return NULL;
		x->have_full = 1;
	}
	return &x->full;
}

static const struct frags *
frags_plain(struct publish_run *r, struct item_frags *x)
{
	struct feed_item copy, *it;

	if (!x->have_plain) {
		if ((it = item_of(r, x)) == NULL)
			return NULL;
		copy = *it;
		copy.content_html = NULL;
		if (feed_splice_item(&copy, x->plain.f, r->err, r->errlen) < 0)
			return NULL;
		x->have_plain = 1;
	}
	return &x->plain;
}

static const struct buf *
entry_text(struct publish_run *r, struct item_frags *x)
{
	struct feed_item *it;

	if (!x->have_entry) {
		if ((it = item_of(r, x)) == NULL)
			return NULL;
		if (catalogue_json_entry(it, &x->entry) < 0) {
			snprintf(r->err, r->errlen, "catalogue.json: the JSON writer failed");
			return NULL;
		}
		x->have_entry = 1;
	}
	return &x->entry;
}

/* Its CSAF document (csaf.id NULL: it has no MS id, so none); from the
 * cache, its text is read only when written (csaf_load). */
static struct csaf_doc *
csaf_of(struct publish_run *r, struct item_frags *x)
{
	struct feed_item *it;

	if (!x->have_csaf) {
		if ((it = item_of(r, x)) == NULL)
			return NULL;
		if (it->e->model.id != NULL &&
		    csaf_render(r->csaf, it, &x->csaf, r->err, r->errlen) < 0)
			return NULL;
		x->have_csaf = 1;
	}
	return &x->csaf;
}

/* Does facet i (0: the first [facet]) take it? 1, 0, or -1. */
static int
facet_bit(struct publish_run *r, struct item_frags *x, size_t i)
{
	struct feed_item *it;

	if (!x->have_facets) {
		if ((it = item_of(r, x)) == NULL)
			return -1;
		for (size_t k = 1; k < r->nfeeds; k++)
			x->facets[k - 1] =
				facet_matches(r->feeds[k].facet, &it->e->model) ? '1' : '0';
		x->facets[r->nfeeds - 1] = '\0';
		x->have_facets = 1;
	}
	return x->facets[i] == '1';
}

/* Its index card: from the cache, else made from the item. */
static const struct index_card *
card_of(struct publish_run *r, struct item_frags *x)
{
	struct feed_item *it;

	if (!x->have_card) {
		if ((it = item_of(r, x)) == NULL)
			return NULL;
		if (item_xml_card(it, &x->card_xml) < 0) {
			snprintf(r->err, r->errlen, "index pages: %s: the card could not be made",
			         x->e->key);
			return NULL;
		}
		x->card.severity = x->e->model.severity;
		x->card.products = &it->products;
		x->card.platforms = &it->platforms;
		x->have_card = 1;
	}
	if (!x->have_card_html && x->digest != NULL && x->digest[0] && r->splice) {
		if (!kept_get(r, x->e->key, KEPT_CARD_HTML, x->digest, &x->card_html,
		              &x->card_html_len))
			x->card_html = NULL;
		x->have_card_html = 1;
	}
	x->card.key = x->e->key;
	x->card.updated = x->updated;
	x->card.xml = x->card_xml.data;
	x->card.len = x->card_xml.len;
	x->card.digest = x->digest;
	x->card.html = x->card_html;
	x->card.html_len = x->card_html_len;
	return &x->card;
}

static void
item_frags_free(struct item_frags *x)
{
	if (x->have_it)
		feed_item_free(&x->it);
	buf_free(&x->entry);
	frags_free(&x->full);
	frags_free(&x->plain);
	csaf_doc_free(&x->csaf);
	buf_free(&x->card_xml);
	strlist_free(&x->products);
	strlist_free(&x->platforms);
	free(x->card_html);
}

static const struct {
	const char *suffix;
	enum out_kind kind;
} formats[FEED_FORMATS] = {
	[FEED_RSS] = { "rss.xml", OUT_XML },
	[FEED_ATOM] = { "atom.xml", OUT_XML },
	[FEED_JSON] = { "feed.json", OUT_JSON },
};

/* Copy the spooled texts of one format into o. */
static int
spool_copy(FILE *f, struct out_stream *o)
{
	char chunk[64 << 10];
	size_t n;

	if (fflush(f) != 0)
		return -1;
	rewind(f);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if (outfiles_stream_write(o, chunk, n) < 0)
			return -1;
	return ferror(f) ? -1 : 0;
}

/* The three documents of m whose items are spooled in sp, named names[],
 * written and checked as streams; sp is emptied. */
static int
write_docs(struct publish_run *r, const struct feed_meta *m, struct spool *sp,
           char *const names[FEED_FORMATS])
{
	int rc = 0;

	for (int f = 0; f < FEED_FORMATS && rc == 0; f++) {
		struct buf head, tail;
		struct out_stream *o;
		buf_init(&head, 0);
		buf_init(&tail, 0);
		rc = feed_splice_frame((enum feed_format)f, m, sp->n > 0, &head, &tail, r->err,
		                       r->errlen);
		if (rc == 0 && (o = outfiles_stream(&r->files, names[f], formats[f].kind, r->err,
		                                    r->errlen)) == NULL)
			rc = -1;
		if (rc == 0) {
			int wrc = outfiles_stream_write(o, head.data, head.len) < 0 ||
			                          (sp->n > 0 && spool_copy(sp->f[f], o) < 0) ||
			                          outfiles_stream_write(o, tail.data, tail.len) < 0
			                  ? -1
			                  : 0;
			rc = outfiles_stream_close(&r->files, o, r->err, r->errlen);
			if (rc == 0 && wrc < 0) {
				snprintf(r->err, r->errlen,
				         "%s: cannot write: %s; nothing was changed", names[f],
				         strerror(errno));
				rc = -1;
			}
		}
		buf_free(&head);
		buf_free(&tail);
	}
	spool_clear(sp);
	return rc;
}

static const char *
feed_title(const struct publish_run *r, const struct feed_run *fr, char **owned)
{
	*owned = NULL;
	if (fr->facet == NULL)
		return r->o->cfg->title;
	if (fr->facet->title != NULL)
		return fr->facet->title;
	return *owned = xasprintf("%s: %s", r->o->cfg->title, fr->facet->name);
}

static char *
archive_name(const char *month, int f)
{
	return xasprintf("archive/%s.%s", month, formats[f].suffix);
}

/* The current documents of a feed; older: the month of the newest
 * archive (the main feed's prev-archive), or NULL. */
static int
write_current(struct publish_run *r, struct feed_run *fr, const char *older)
{
	struct feed_files f;
	struct feed_meta m;
	struct feed_history h;
	char *owned, *prev[FEED_FORMATS] = { NULL }, *names[FEED_FORMATS];
	int rc;

	feed_files_init(&f, r, fr->facet != NULL ? fr->facet->name : "");
	names[FEED_RSS] = f.rss;
	names[FEED_ATOM] = f.atom;
	names[FEED_JSON] = f.json;
	feed_meta_init(r, &m, &f, feed_title(r, fr, &owned));
	m.updated = fr->current.n > 0 ? fr->newest : newest_bulletin(r);
	if (older != NULL) {
		memset(&h, 0, sizeof h);
		for (int k = 0; k < FEED_FORMATS; k++) {
			char *name = archive_name(older, k);
			prev[k] = xasprintf("%s%s", r->site, name);
			h.prev[k] = prev[k];
			free(name);
		}
		m.history = &h;
	}
	rc = write_docs(r, &m, &fr->current, names);
	for (int k = 0; k < FEED_FORMATS; k++)
		free(prev[k]);
	free(owned);
	feed_files_free(&f);
	return rc;
}

/* The archive month being filled, complete: its documents (feed_archive.h:
 * without item bodies), linked to the newer month before it and to older,
 * the month after it (NULL: none). */
static int
close_month(struct publish_run *r, struct feed_run *fr, const char *older)
{
	struct feed_files f;
	struct feed_meta m;
	struct feed_history h;
	char *names[FEED_FORMATS], *urls[FEED_FORMATS], *prev[FEED_FORMATS] = { NULL },
							*next[FEED_FORMATS] = { NULL }, *title;
	const char *mo = fr->month;
	int rc;

	feed_files_init(&f, r, "");
	feed_meta_init(r, &m, &f, r->o->cfg->title);
	memset(&h, 0, sizeof h);
	h.archive = 1;
	for (int k = 0; k < FEED_FORMATS; k++) {
		names[k] = archive_name(mo, k);
		urls[k] = xasprintf("%s%s", r->site, names[k]);
		if (older != NULL) {
			char *n = archive_name(older, k);
			prev[k] = xasprintf("%s%s", r->site, n);
			free(n);
		}
		if (fr->newer[0]) {
			char *n = archive_name(fr->newer, k);
			next[k] = xasprintf("%s%s", r->site, n);
			free(n);
		}
		h.prev[k] = prev[k];
		h.next[k] = next[k];
	}
	h.current[FEED_RSS] = f.rss_url;
	h.current[FEED_ATOM] = f.atom_url;
	h.current[FEED_JSON] = f.json_url;
	title = xasprintf("%s (%.4s年%s月)", r->o->cfg->title, mo, mo[5] == '0' ? mo + 6 : mo + 5);
	m.title = title;
	m.self_rss = urls[FEED_RSS];
	m.self_atom = urls[FEED_ATOM];
	m.alt_rss = urls[FEED_RSS];
	m.alt_atom = urls[FEED_ATOM];
	m.alt_json = urls[FEED_JSON];
	m.updated = fr->month_newest; /* the month's newest */
	m.history = &h;
	rc = write_docs(r, &m, &fr->month_items, names);
	for (int k = 0; k < FEED_FORMATS; k++) {
		free(names[k]);
		free(urls[k]);
		free(prev[k]);
		free(next[k]);
	}
	free(title);
	feed_files_free(&f);
	memcpy(fr->newer, fr->month, sizeof fr->newer);
	return rc;
}

/* The main feed takes every bulletin: into the current document (the
 * newest `items`, then the rest of the month of the items-th), else into
 * the archive of its month (feed_archive.h's rule, a month at a time:
 * bulletins come newest first, so a month ends where the next begins). */
static int
main_take(struct publish_run *r, struct feed_run *fr, struct item_frags *x)
{
	const struct frags *fx;
	char m[8];

	snprintf(m, sizeof m, "%.7s", x->updated);
	if (!fr->archiving && (fr->seen < fr->limit || strcmp(m, fr->cut) >= 0)) {
		if ((fx = frags_full(r, x)) == NULL)
			return -1;
		if (fr->seen == 0)
			snprintf(fr->newest, sizeof fr->newest, "%s", x->updated);
		if (++fr->seen == fr->limit)
			memcpy(fr->cut, m, sizeof fr->cut);
		return spool_add(r, &fr->current, fx);
	}
	if (!fr->archiving) {
		if (write_current(r, fr, m) < 0)
			return -1;
		fr->archiving = 1;
	} else if (strcmp(m, fr->month) != 0 && close_month(r, fr, m) < 0) {
		return -1;
	}
	if ((fx = frags_plain(r, x)) == NULL)
		return -1;
	if (fr->month_items.n == 0) { /* the month's first: its newest */
		memcpy(fr->month, m, sizeof fr->month);
		snprintf(fr->month_newest, sizeof fr->month_newest, "%s", x->updated);
	}
	return spool_add(r, &fr->month_items, fx);
}

/* Facet i takes its first `items` matching bulletins. */
static int
facet_take(struct publish_run *r, size_t i, struct item_frags *x)
{
	struct feed_run *fr = &r->feeds[i + 1];
	const struct frags *fx;
	int match;

	if (fr->seen >= fr->limit)
		return 0;
	if ((match = facet_bit(r, x, i)) <= 0)
		return match;
	if ((fx = frags_full(r, x)) == NULL)
		return -1;
	if (fr->seen++ == 0)
		snprintf(fr->newest, sizeof fr->newest, "%s", x->updated);
	return spool_add(r, &fr->current, fx);
}

static int
feeds_begin(struct publish_run *r)
{
	const struct config *c = r->o->cfg;

	if (c->facets.n > FACETS_MAX) {
		snprintf(r->err, r->errlen, "[facet]: at most %d facets", FACETS_MAX);
		return -1;
	}
	r->nfeeds = c->facets.n + 1;
	r->feeds = xcalloc(r->nfeeds, sizeof *r->feeds);
	for (size_t i = 0; i < r->nfeeds; i++) {
		struct feed_run *fr = &r->feeds[i];
		fr->facet = i > 0 ? &c->facets.v[i - 1] : NULL;
		fr->limit = c->items > 0 ? (size_t)c->items : SIZE_MAX;
		if (fr->facet != NULL && !facet_name_ok(fr->facet->name)) {
			snprintf(r->err, r->errlen,
			         "[facet %s]: a facet name may only hold letters, "
			         "digits, '-' and '_'",
			         fr->facet->name ? fr->facet->name : "");
			return -1;
		}
	}
	return 0;
}

static int
feeds_end(struct publish_run *r)
{
	struct feed_run *fr = &r->feeds[0];
	int rc = fr->archiving ? close_month(r, fr, NULL) : write_current(r, fr, NULL);

	for (size_t i = 1; i < r->nfeeds && rc == 0; i++)
		rc = write_current(r, &r->feeds[i], NULL);
	return rc;
}

static void
feeds_free(struct publish_run *r)
{
	for (size_t i = 0; i < r->nfeeds; i++) {
		spool_free(&r->feeds[i].current);
		spool_free(&r->feeds[i].month_items);
	}
	free(r->feeds);
}

/* ---- one bulletin at a time ---- */

/* A bulletin (not kind other) into the feeds, CSAF and index.html. */
struct csaf_load {
	struct publish_run *r;
	struct item_frags *x;
};

/* csaf_put's load: the cached document's text, kept beside the blob
 * (KEPT_CSAF_DOC), or rendered again from the model when it is not there
 * (its size then the rendered one's) and kept again. */
static int
csaf_load(void *ctx, struct csaf_doc *d)
{
	struct csaf_load *l = ctx;
	struct csaf_doc fresh = { 0 };
	struct feed_item *it;
	char *text;
	size_t len;

	buf_reset(&d->doc);
	if (kept_get(l->r, l->x->e->key, KEPT_CSAF_DOC, l->x->digest, &text, &len)) {
		if (len == d->size)
			buf_append(&d->doc, text, len);
		free(text);
		if (len == d->size)
			return 0;
	}
	if ((it = item_of(l->r, l->x)) == NULL ||
	    csaf_render(l->r->csaf, it, &fresh, l->r->err, l->r->errlen) < 0) {
		csaf_doc_free(&fresh);
		return -1;
	}
	buf_append(&d->doc, fresh.doc.data, fresh.doc.len);
	d->size = fresh.doc.len;
	kept_put(l->r, l->x->e->key, KEPT_CSAF_DOC, l->x->digest, d->doc.data, d->doc.len);
	csaf_doc_free(&fresh);
	return 0;
}

/* digest: x's fragment digest ("" none).  Its CSAF document is the old
 * set's, linked unread, when the old set had it from the same digest and
 * this bulletin (changes_same_csaf). */
static int
add_bulletin(struct publish_run *r, struct item_frags *x, const char *digest)
{
	struct csaf_doc *d;
	const struct index_card *c;
	int rc = main_take(r, &r->feeds[0], x);

	for (size_t i = 1; i < r->nfeeds && rc == 0; i++)
		rc = facet_take(r, i - 1, x);
	if (rc == 0 && (d = csaf_of(r, x)) == NULL)
		rc = -1;
	if (rc == 0 && d->id != NULL) {
		struct csaf_load l = { r, x };
		rc = csaf_put(r->csaf, d, &r->files,
		              changes_same_csaf(r->changes, x->e->key, digest, d->path), csaf_load,
		              &l, r->err, r->errlen);
		x->csaf_written = rc == 1;
		rc = rc < 0 ? -1 : 0;
	}
	if (rc == 0)
		rc = (c = card_of(r, x)) == NULL ? -1 : index_add(r, c);
	r->nfeed++;
	return rc;
}

/* ---- the fragment cache (catalogue_cache.c): a bulletin's texts kept
 * under a digest of everything they are made from ---- */

/* Two 64-bit hashes of what is fed, 8 bytes at a time: every entry's
 * inputs are hashed on every publish. */
struct digest {
	unsigned long long a, b;
};

static void
digest_word(struct digest *d, unsigned long long w)
{
	d->a = (d->a ^ w) * 0x9e3779b97f4a7c15ULL;
	d->a ^= d->a >> 29;
	d->b = (d->b ^ w) * 0xc2b2ae3d27d4eb4fULL;
	d->b ^= d->b >> 31;
}

static void
digest_add(struct digest *d, const void *p, size_t n)
{
	const unsigned char *s = p;
	unsigned long long w;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		digest_word(d, w);
	}
	w = 0;
	for (size_t k = 0; i + k < n; k++)
		w |= (unsigned long long)s[i + k] << (8 * k);
	digest_word(d, w);
	digest_word(d, (unsigned long long)n); /* the length ends the text */
}

static void
digest_str(struct digest *d, const char *s)
{
	digest_add(d, s ? s : "", s ? strlen(s) : 0);
}

/* The digest of e: the publish's other inputs (hotfeed's version, the
 * configuration, the templates: publish_stamp), the entry's key, dates,
 * and every revision's number, times and stored digest (its model and
 * changes: catalogue.h), so the entry's model is read only when it is
 * rendered.  "" when there is no cache. */
static void
entry_digest(struct publish_run *r, const struct cat_entry *e, char out[33])
{
	struct digest d = { 0xcbf29ce484222325ULL, 0x84222325cbf29ce4ULL };
	char num[24];

	out[0] = '\0';
	if (r->cache == NULL)
		return;
	digest_str(&d, r->cache_stamp);
	digest_str(&d, e->key);
	digest_str(&d, e->published);
	digest_str(&d, e->updated);
	for (size_t i = 0; i < e->revisions.n; i++) {
		const struct revision *v = &e->revisions.v[i];
		snprintf(num, sizeof num, "%d", v->number);
		digest_str(&d, num);
		digest_str(&d, v->seen);
		digest_str(&d, v->updated);
		digest_str(&d, v->digest);
	}
	snprintf(out, 33, "%016llx%016llx", d.a, d.b);
}

/* The blob: "hf-fragments 3 FLAGS\n" (p: item texts and the index card,
 * c: a CSAF document, f: facet matches), then each part as "LENGTH\n" and
 * its bytes.  The card is 4 parts: its XML, the severity, the products and
 * the platforms (each name ended by a NUL byte); a CSAF document 5: its
 * id, path, date, size and ROLIE entry, its text kept beside the blob
 * (KEPT_CSAF_DOC: a quarter of the blob, read only when it is written). */
#define FRAG_MAGIC "hf-fragments 3 "
/* the parts of a cached bulletin: the entry, one item per feed format, the
 * card's 4, five of CSAF, the facet matches */
#define FRAG_PARTS (1 + FEED_FORMATS + 4 + 5 + 1)

static void
blob_part(struct buf *b, const void *p, size_t n)
{
	buf_printf(b, "%zu\n", n);
	buf_append(b, p, n);
}

static void
blob_str(struct buf *b, const char *s)
{
	blob_part(b, s ? s : "", s ? strlen(s) : 0);
}

/* The next part of the blob at *p (end: its end), or NULL when damaged. */
static const char *
blob_next(const char **p, const char *end, size_t *n)
{
	char *after;
	const char *part;
	unsigned long long v;

	if (*p >= end)
		return NULL;
	v = strtoull(*p, &after, 10);
	if (after == *p || after >= end || *after != '\n' || v > (size_t)(end - after - 1))
		return NULL;
	part = after + 1;
	*n = (size_t)v;
	*p = part + v;
	return part;
}

/* A list as one part: each name and a NUL. */
static void
blob_list(struct buf *b, const strlist *l)
{
	struct buf t;

	buf_init(&t, 0);
	for (size_t i = 0; i < l->n; i++)
		buf_append(&t, l->v[i], strlen(l->v[i]) + 1);
	blob_part(b, t.data, t.len);
	buf_free(&t);
}

static void
list_parse(strlist *l, const char *p, size_t n)
{
	const char *end = p + n, *z;

	while (p < end && (z = memchr(p, '\0', (size_t)(end - p))) != NULL) {
		strlist_add(l, p);
		p = z + 1;
	}
}

static int
cache_store(struct publish_run *r, struct item_frags *x, const char *digest)
{
	const int bulletin = x->e->model.kind != BULLETIN_OTHER;
	struct buf b;
	char num[16];

	if (bulletin && (frags_plain(r, x) == NULL || csaf_of(r, x) == NULL ||
	                 card_of(r, x) == NULL || (r->nfeeds > 1 && facet_bit(r, x, 0) < 0)))
		return -1;
	buf_init(&b, 0);
	buf_printf(&b, FRAG_MAGIC "%s%s%s\n", bulletin ? "p" : "-",
	           bulletin && x->csaf.id != NULL ? "c" : "-",
	           bulletin && r->nfeeds > 1 ? "f" : "-");
	blob_part(&b, x->entry.data, x->entry.len);
	for (int k = 0; bulletin && k < FEED_FORMATS; k++)
		blob_part(&b, x->plain.f[k].data, x->plain.f[k].len);
	if (bulletin) {
		snprintf(num, sizeof num, "%d", x->card.severity);
		blob_part(&b, x->card_xml.data, x->card_xml.len);
		blob_str(&b, num);
		blob_list(&b, x->card.products);
		blob_list(&b, x->card.platforms);
	}
	if (bulletin && x->csaf.id != NULL) {
		blob_str(&b, x->csaf.id);
		blob_str(&b, x->csaf.path);
		blob_str(&b, x->csaf.when);
		snprintf(num, sizeof num, "%zu", x->csaf.doc.len);
		blob_str(&b, num);
		blob_part(&b, x->csaf.rolie.data, x->csaf.rolie.len);
		/* the document beside: read only when it is written */
		kept_put(r, x->e->key, KEPT_CSAF_DOC, digest, x->csaf.doc.data, x->csaf.doc.len);
	}
	if (bulletin && r->nfeeds > 1)
		blob_str(&b, x->facets);
	catalogue_cache_put(r->cache, x->e->key, digest, b.data, b.len);
	buf_free(&b);
	return 0;
}

static char *
part_dup(const char *p, size_t n)
{
	return xstrndup(p, n);
}

/* x's texts from the cache: 1, or 0 (not there, or damaged: rendered). */
static int
cache_parse(struct publish_run *r, struct item_frags *x, const char *blob, size_t len)
{
	const char *p = blob, *end = blob + len, *part[FRAG_PARTS], *nl;
	size_t n[FRAG_PARTS], k = 0, want;
	char num[16];
	char flags[4];

	if (len < sizeof FRAG_MAGIC + 3 || memcmp(blob, FRAG_MAGIC, sizeof FRAG_MAGIC - 1) != 0 ||
	    (nl = memchr(blob, '\n', len)) == NULL || nl - blob != (ptrdiff_t)sizeof FRAG_MAGIC + 2)
		return 0;
	memcpy(flags, blob + sizeof FRAG_MAGIC - 1, 3);
	flags[3] = '\0';
	p = nl + 1;
	want = 1 + (flags[0] == 'p' ? FEED_FORMATS + 4 : 0) + (flags[1] == 'c' ? 5 : 0) +
	       (flags[2] == 'f' ? 1 : 0);
	for (k = 0; k < want; k++)
		if ((part[k] = blob_next(&p, end, &n[k])) == NULL)
			return 0;
	if (p != end || (flags[2] == 'f' && n[want - 1] != r->nfeeds - 1))
		return 0;
	k = 0;
	buf_append(&x->entry, part[k], n[k]);
	x->have_entry = 1;
	k++;
	if (flags[0] == 'p') {
		for (int f = 0; f < FEED_FORMATS; f++, k++)
			buf_append(&x->plain.f[f], part[k], n[k]);
		x->have_plain = 1;
		x->have_csaf = 1; /* a bulletin without 'c' has none */
		buf_append(&x->card_xml, part[k], n[k]);
		snprintf(num, sizeof num, "%.*s", n[k + 1] < 15 ? (int)n[k + 1] : 15, part[k + 1]);
		x->card.severity = atoi(num);
		list_parse(&x->products, part[k + 2], n[k + 2]);
		list_parse(&x->platforms, part[k + 3], n[k + 3]);
		x->card.products = &x->products;
		x->card.platforms = &x->platforms;
		x->have_card = 1;
		k += 4;
	}
	if (flags[1] == 'c') {
		buf_init(&x->csaf.doc, 0);
		buf_init(&x->csaf.rolie, 0);
		x->csaf.id = part_dup(part[k], n[k]);
		x->csaf.path = part_dup(part[k + 1], n[k + 1]);
		x->csaf.when = part_dup(part[k + 2], n[k + 2]);
		snprintf(num, sizeof num, "%.*s", n[k + 3] < 15 ? (int)n[k + 3] : 15, part[k + 3]);
		x->csaf.size = (size_t)strtoull(num, NULL, 10);
		buf_append(&x->csaf.rolie, part[k + 4], n[k + 4]);
		k += 5;
	}
	if (flags[2] == 'f') {
		memcpy(x->facets, part[k], n[k]);
		x->facets[n[k]] = '\0';
		x->have_facets = 1;
	}
	return 1;
}

/* Look x up: 1 when its texts came from the cache; digest receives its
 * digest ("" when there is no cache). */
static int
cache_load(struct publish_run *r, struct item_frags *x, char digest[33])
{
	char *blob;
	size_t len;
	int hit;

	entry_digest(r, x->e, digest);
	if (!digest[0] || !catalogue_cache_get(r->cache, x->e->key, digest, &blob, &len))
		return 0;
	hit = cache_parse(r, x, blob, len);
	free(blob);
	if (hit && x->csaf.id != NULL) { /* its document's row stays (prune) */
		char *k = xasprintf("%s%s", x->e->key, KEPT_CSAF_DOC);
		catalogue_cache_keep(r->cache, k);
		free(k);
	}
	if (!hit) { /* damaged: start again from the model */
		buf_reset(&x->entry);
		frags_free(&x->plain);
		csaf_doc_free(&x->csaf);
		buf_reset(&x->card_xml);
		strlist_free(&x->products);
		strlist_free(&x->platforms);
		x->have_entry = x->have_plain = x->have_csaf = x->have_facets = x->have_card = 0;
	}
	return hit;
}

/* PARENT/.BASE.cache.sqlite for output directory dir = PARENT/BASE, beside
 * its lock and generations (caller frees). */
static char *
cache_path(const char *dir)
{
	size_t n = strlen(dir);
	const char *slash;
	char *d, *path;

	while (n > 1 && dir[n - 1] == '/')
		n--;
	d = xstrndup(dir, n);
	slash = strrchr(d, '/');
	path = slash == NULL ? xasprintf(".%s.cache.sqlite", d)
	                     : xasprintf("%.*s/.%s.cache.sqlite", (int)(slash - d), d, slash + 1);
	free(d);
	return path;
}

static void
cache_open(struct publish_run *r)
{
	char *path;

	if (publish_stamp(r->o, "fragments", r->cache_stamp) < 0)
		return;
	path = cache_path(r->o->out);
	r->cache = catalogue_cache_open(path, catalogue_cursor_size(r->src->cur));
	free(path);
}

/* feed_item_init's updated, without the model. */
static void
item_updated(const struct cat_entry *e, char out[32])
{
	char *d = feed_rfc3339_jst(e->updated);

	if (d == NULL)
		d = feed_rfc3339_jst(e->published);
	snprintf(out, 32, "%s", d != NULL ? d : EPOCH_JST);
	free(d);
}

static int
add_entry(struct publish_run *r, const struct cat_entry *e)
{
	struct item_frags x = { .e = e };
	char digest[33];
	const struct buf *entry;
	int cached, rc;

	buf_init(&x.entry, 0);
	buf_init(&x.card_xml, 0);
	item_updated(e, x.updated);
	cached = cache_load(r, &x, digest);
	x.digest = digest;
	rc = (entry = entry_text(r, &x)) == NULL ? -1 : put_entry(r, e, entry, digest);
	if (rc == 0 && e->model.kind != BULLETIN_OTHER)
		rc = add_bulletin(r, &x, digest);
	if (rc == 0) {
		char *name = bulletin_file(e->key);
		changes_add(r->changes, e->key, e->updated, name, digest,
		            x.csaf_written ? x.csaf.path : NULL);
		free(name);
	}
	if (rc == 0 && !cached && digest[0])
		rc = cache_store(r, &x, digest);
	item_frags_free(&x);
	r->n++;
	/* this bulletin's files written and freed: the next one starts empty */
	return rc == 0 ? outfiles_flush(&r->files, r->err, r->errlen) : -1;
}

static int
render_all(struct publish_run *r)
{
	const struct cat_entry *e;
	long long rev;
	int rc;

	if (load_icon(r) < 0 || feeds_begin(r) < 0 ||
	    (r->csaf = csaf_begin(r->o->cfg, r->site, r->err, r->errlen)) == NULL ||
	    outfiles_begin(&r->files, r->o->out, r->err, r->errlen) < 0 ||
	    (r->changes = changes_begin(r->o->out, &r->files, r->err, r->errlen)) == NULL ||
	    catalogue_begin(r) < 0 || index_begin(r) < 0)
		return -1;
	cache_open(r);
	while ((rc = source_next(r, &e, &rev)) > 0)
		if (add_entry(r, e) < 0)
			return -1;
	if (rc < 0 || catalogue_end(r) < 0 || feeds_end(r) < 0 || render_opml(r) < 0 ||
	    csaf_end(r->csaf, &r->files, r->err, r->errlen) < 0 || index_end(r) < 0)
		return -1;
	return 0;
}

/* ---- the publish record: a republish with nothing changed is skipped ---- */

/* One value into the stamp: a tag for NULL, then its length and bytes. */
static void
stamp_str(struct sha256 *h, const char *s)
{
	size_t len = s ? strlen(s) : 0;
	unsigned char tag[9] = { s ? 1 : 0 };

	for (int k = 0; k < 8; k++)
		tag[1 + k] = (unsigned char)(len >> (8 * k));
	sha256_update(h, tag, sizeof tag);
	sha256_update(h, s ? s : "", len);
}

static void
stamp_int(struct sha256 *h, long long v)
{
	char n[32];

	snprintf(n, sizeof n, "%lld", v);
	stamp_str(h, n);
}

static int
stamp_file(struct sha256 *h, const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name), *data;
	size_t len;
	int rc = read_file(path, 16u << 20, &data, &len);

	free(path);
	if (rc < 0)
		return -1;
	stamp_int(h, (long long)len);
	sha256_update(h, data, len);
	free(data);
	return 0;
}

int
publish_stamp(const struct publish_opts *o, const char *fingerprint, char stamp[65])
{
	const struct config *c = o->cfg;
	struct sha256 h;

	sha256_init(&h);
	stamp_str(&h, "hotfeed " HOTFEED_VERSION);
	stamp_str(&h, fingerprint);
	stamp_str(&h, c->title);
	stamp_str(&h, c->link);
	stamp_str(&h, c->description);
	stamp_str(&h, c->author);
	stamp_str(&h, c->authority);
	stamp_str(&h, c->lang);
	stamp_int(&h, c->items);
	stamp_int(&h, c->index_page_size);
	stamp_int(&h, (long long)c->facets.n);
	for (size_t i = 0; i < c->facets.n; i++) {
		const struct facet_cfg *f = &c->facets.v[i];
		stamp_str(&h, f->name);
		stamp_str(&h, f->title);
		stamp_int(&h, f->max_severity);
		stamp_str(&h, f->platform);
		stamp_str(&h, f->kb);
	}
	stamp_str(&h, c->csaf_publisher);
	stamp_str(&h, c->csaf_namespace);
	stamp_str(&h, c->csaf_category);
	stamp_str(&h, c->csaf_tlp);
	if (stamp_file(&h, o->templates, "item.xsl") < 0 ||
	    stamp_file(&h, o->templates, "index.xsl") < 0)
		return -1;
	if (stamp_file(&h, o->templates, "icon.png") < 0)
		stamp_int(&h, -1); /* optional: none */
	if (stamp_file(&h, o->templates, "search.js") < 0)
		stamp_int(&h, -1);
	sha256_final_hex(&h, stamp);
	return 0;
}

/* The record of this publish, as the last file of the set (when stamped):
 * each top-level file with its size, each directory below with the number
 * and bytes of the files directly in it (bulletins/ and csaf/YYYY/ hold
 * one file per bulletin: their names would make the record as big as the
 * catalogue). */
static int
add_record(struct publish_run *r)
{
	json_t *doc, *files;
	struct out_file *of;
	char *text;

	if (r->o->stamp == NULL)
		return 0;
	doc = json_object();
	files = json_array();
	for (size_t i = 0; i < r->files.written.n; i++) {
		const struct out_written *w = &r->files.written.v[i];
		json_array_append_new(files, w->dir ? json_pack("{s:s, s:I, s:I}", "dir", w->name,
		                                                "files", (json_int_t)w->files,
		                                                "size", (json_int_t)w->bytes)
		                                    : json_pack("{s:s, s:I}", "name", w->name,
		                                                "size", (json_int_t)w->bytes));
	}
	json_object_set_new(doc, "stamp", json_string(r->o->stamp));
	json_object_set_new(doc, "bulletins", json_integer((json_int_t)r->nfeed));
	json_object_set_new(doc, "other", json_integer((json_int_t)(r->n - r->nfeed)));
	json_object_set_new(doc, "files", files);
	text = json_dumps(doc, HF_JSON_PRETTY);
	of = outfiles_add(&r->files, PUBLISH_RECORD, OUT_JSON);
	buf_puts(&of->data, text ? text : "");
	buf_putc(&of->data, '\n');
	free(text);
	json_decref(doc);
	return 0;
}

/* A name inside the directory (csaf/2005), never up nor absolute. */
static int
inside(const char *name)
{
	return name != NULL && name[0] != '/' && strstr(name, "..") == NULL;
}

/* Does the directory name hold exactly files regular files of size bytes
 * in all (its subdirectories aside)? */
static int
dir_matches(const char *out, const char *name, json_int_t files, json_int_t size)
{
	char *p = xasprintf("%s/%s", out, name);
	DIR *d = opendir(p);
	struct dirent *e;
	struct stat st;
	json_int_t n = 0, bytes = 0;

	free(p);
	if (d == NULL)
		return 0;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.' &&
		    (e->d_name[1] == '\0' || (e->d_name[1] == '.' && e->d_name[2] == '\0')))
			continue;
		if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			break;
		if (S_ISDIR(st.st_mode))
			continue;
		n++;
		bytes += S_ISREG(st.st_mode) ? (json_int_t)st.st_size : -1;
	}
	closedir(d);
	return n == files && bytes == size;
}

int
publish_is_current(const struct publish_opts *o, const char *stamp, size_t *bulletins,
                   size_t *other)
{
	char *path = xasprintf("%s/%s", o->out, PUBLISH_RECORD), *data;
	size_t len, i;
	json_t *doc, *f;
	int ok;

	ok = read_file(path, 1u << 20, &data, &len) == 0;
	free(path);
	if (!ok)
		return 0;
	doc = json_loadb(data, len, 0, NULL);
	free(data);
	ok = doc != NULL && json_is_string(json_object_get(doc, "stamp")) &&
	     strcmp(json_string_value(json_object_get(doc, "stamp")), stamp) == 0 &&
	     json_is_array(json_object_get(doc, "files"));
	json_array_foreach(ok ? json_object_get(doc, "files") : NULL, i, f)
	{
		const char *name = json_string_value(json_object_get(f, "name"));
		const char *dir = json_string_value(json_object_get(f, "dir"));
		json_int_t size = json_integer_value(json_object_get(f, "size"));
		struct stat st;
		char *p;

		if (dir != NULL) {
			ok = inside(dir) &&
			     dir_matches(o->out, dir,
			                 json_integer_value(json_object_get(f, "files")), size);
		} else if ((ok = inside(name))) {
			p = xasprintf("%s/%s", o->out, name);
			ok = stat(p, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == (off_t)size;
			free(p);
		}
		if (!ok)
			break;
	}
	if (ok) {
		char err[256];
		*bulletins = (size_t)json_integer_value(json_object_get(doc, "bulletins"));
		*other = (size_t)json_integer_value(json_object_get(doc, "other"));
		/* nothing to write, but what an interrupted publish left goes */
		ok = outfiles_tidy(o->out, err, sizeof err) == 0;
	}
	json_decref(doc);
	return ok;
}

static char *
site_link(const char *link)
{
	char *clean = sanitize_url(link, NULL);
	char *site;

	if (clean == NULL)
		return NULL;
	site = clean[strlen(clean) - 1] == '/' ? xstrdup(clean) : xasprintf("%s/", clean);
	free(clean);
	return site;
}

static void
report(const struct publish_run *r)
{
	for (size_t i = 0; i < r->files.written.n; i++) {
		const struct out_written *w = &r->files.written.v[i];
		if (w->dir)
			fprintf(stderr, "hotfeed: wrote %s/%s/ (%zu files, %llu bytes)\n",
			        r->o->out, w->name, w->files, w->bytes);
		else
			fprintf(stderr, "hotfeed: wrote %s/%s (%llu bytes)\n", r->o->out, w->name,
			        w->bytes);
	}
}

/* From the source to the output directory, a bulletin at a time. */
static int
publish_source(const struct publish_opts *o, struct entry_source *src, char *err, size_t errlen)
{
	struct publish_run r = { .o = o, .err = err, .errlen = errlen, .src = src };
	int rc = -1;

	if ((r.site = site_link(o->cfg->link)) == NULL) {
		snprintf(err, errlen, "[feed] link: \"%s\" is not an http(s) URL",
		         o->cfg->link ? o->cfg->link : "");
		return -1;
	}
	if (load_templates(&r) == 0 && render_all(&r) == 0 &&
	    outfiles_flush(&r.files, err, errlen) == 0 && add_record(&r) == 0 &&
	    outfiles_finish(&r.files, err, errlen) == 0)
		rc = 0;
	if (rc == 0 && o->verbose)
		report(&r);
	if (r.catalogue != NULL)
		outfiles_stream_close(&r.files, r.catalogue, err[0] ? NULL : err,
		                      err[0] ? 0 : errlen);
	index_pages_free(r.index);
	if (r.index_ff != NULL)
		all_feeds_free(r.index_ff, r.index_feeds, r.index_nf);
	if (r.page != NULL)
		outfiles_stream_close(&r.files, r.page, NULL, 0);
	feeds_free(&r);
	csaf_free(r.csaf);
	changes_free(r.changes);
	if (rc == 0) /* every entry was looked up: the rows of the others go */
		catalogue_cache_prune(r.cache);
	catalogue_cache_close(r.cache);
	outfiles_free(&r.files);
	xslt_template_free(r.item_xsl);
	xslt_template_free(r.index_xsl);
	free(r.site);
	free(r.icon);
	return rc;
}

static void
set_newest(char out[32], const char *updated)
{
	char *d = feed_rfc3339_jst(updated);

	snprintf(out, 32, "%s", d != NULL ? d : updated);
	free(d);
}

int
publish_catalogue(const struct publish_opts *o, struct catalogue *cat, size_t *bulletins,
                  size_t *other, char *err, size_t errlen)
{
	struct entry_source src = { .cat = cat };
	int rc;

	bulletin_init(&src.one.model);
	if ((src.cur = catalogue_cursor_open(cat)) == NULL) {
		snprintf(err, errlen, "%s", catalogue_error(cat));
		return -1;
	}
	src.counts = *catalogue_cursor_counts(src.cur);
	if (src.counts.newest[0])
		set_newest(src.newest, src.counts.newest);
	if (src.counts.newest_bulletin[0])
		set_newest(src.newest_bulletin, src.counts.newest_bulletin);
	rc = publish_source(o, &src, err, errlen);
	*bulletins = src.counts.bulletins;
	*other = src.counts.other;
	cat_entry_free(&src.one);
	bulletin_free(&src.one.model);
	catalogue_cursor_close(src.cur);
	return rc;
}
