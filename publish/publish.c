/* publish.c — from catalogue entries to the output directory; see publish.h. */
#include "publish/publish.h"
#include "publish/catalogue_json.h"
#include "publish/csaf.h"
#include "publish/feed.h"
#include "publish/feed_archive.h"
#include "publish/feed_opml.h"
#include "publish/html_sanitize.h"
#include "publish/index_pages.h"
#include "publish/item_xml.h"
#include "publish/outfiles.h"
#include "publish/sanitize.h"
#include "publish/xslt.h"

#include "core/bulletin_json.h"
#include "core/sha256.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <errno.h>
#include <unistd.h>

#define EPOCH_JST "1970-01-01T09:00:00+09:00"

/* Everything one publish holds. */
struct publish_run {
	const struct publish_opts *o;
	char *site;                  /* cfg->link ending in '/' */
	struct template *item_xsl, *index_xsl;
	struct feed_item *items;     /* all, newest first */
	struct feed_item **all;      /* pointers to items: catalogue.json */
	size_t n;
	struct feed_item **feed;     /* the bulletins among them (kind != other):
	                                feeds, facets and index.html */
	size_t nfeed;
	char *icon;                  /* URL of icon.png when the templates have one */
	struct outfiles files;
	char *err;
	size_t errlen;
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

	r->item_xsl = xslt_template_load(item, r->err, r->errlen);
	if (r->item_xsl != NULL)
		r->index_xsl = xslt_template_load(index, r->err, r->errlen);
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
	it->content_html = html_clean(raw, len, HTML_FRAGMENT, it->e->model.source.url,
	                              r->err, r->errlen);
	free(raw);
	return it->content_html != NULL ? 0 : -1;
}

static int
prepare_items(struct publish_run *r, const struct cat_entry *entries, size_t n)
{
	r->items = xcalloc(n + 1, sizeof *r->items);
	r->all = xcalloc(n + 1, sizeof *r->all);
	r->feed = xcalloc(n + 1, sizeof *r->feed);
	for (r->n = 0; r->n < n; r->n++) {
		feed_item_init(&r->items[r->n], &entries[r->n], r->o->cfg->authority, r->site);
		r->all[r->n] = &r->items[r->n];
		if (entries[r->n].model.kind != BULLETIN_OTHER)
			r->feed[r->nfeed++] = &r->items[r->n];
	}
	return 0;
}

/* The newest updated among items (RFC 3339 in one zone compares as text). */
static const char *
newest(struct feed_item *const *items, size_t n)
{
	const char *best = NULL;

	for (size_t i = 0; i < n; i++)
		if (best == NULL || strcmp(items[i]->updated, best) > 0)
			best = items[i]->updated;
	return best != NULL ? best : EPOCH_JST;
}

/* File names and URLs of one feed: prefix "" (main) or "NAME.". */
struct feed_files {
	char *rss, *atom, *json;               /* names */
	char *rss_url, *atom_url, *json_url;   /* absolute */
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

typedef int (*feed_writer)(const struct feed_meta *, struct feed_item *const *, size_t,
                           struct buf *, char *, size_t);

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

/* rss, atom and json of one feed (items already selected and limited);
 * history: its RFC 5005 links, or NULL. */
static int
render_feed(struct publish_run *r, const char *name, const char *title,
            struct feed_item *const *items, size_t n, const struct feed_history *history)
{
	struct feed_files f;
	struct feed_meta m;
	int rc = 0;

	/* item.xsl runs for the items a feed shows, each once, not for every
	 * bulletin of the catalogue: 400 bulletins of 4096-entry lists took
	 * 223 s, half a second each, for feeds of 50 */
	for (size_t i = 0; i < n; i++)
		if (items[i]->content_html == NULL && render_item(r, items[i]) < 0)
			return -1;
	feed_files_init(&f, r, name);
	feed_meta_init(r, &m, &f, title);
	m.updated = newest(n > 0 ? items : r->feed, n > 0 ? n : r->nfeed);
	m.history = history;
	{
		const struct { const char *file; enum out_kind kind; feed_writer write; } outs[] = {
			{ f.rss, OUT_XML, feed_write_rss },
			{ f.atom, OUT_XML, feed_write_atom },
			{ f.json, OUT_JSON, feed_write_json },
		};

		for (size_t i = 0; i < sizeof outs / sizeof *outs && rc == 0; i++) {
			struct out_file *of = outfiles_add(&r->files, outs[i].file, outs[i].kind);
			rc = outs[i].write(&m, items, n, &of->data, r->err, r->errlen);
		}
	}
	feed_files_free(&f);
	return rc;
}

static size_t
feed_length(const struct publish_run *r, size_t n)
{
	int items = r->o->cfg->items;

	return items > 0 && (size_t)items < n ? (size_t)items : n;
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

static int
render_facet(struct publish_run *r, const struct facet_cfg *f)
{
	struct feed_item **sel = xcalloc(r->nfeed + 1, sizeof *sel);
	size_t k = 0;
	char *title;
	int rc;

	if (!facet_name_ok(f->name)) {
		snprintf(r->err, r->errlen, "[facet %s]: a facet name may only hold letters, "
		         "digits, '-' and '_'", f->name ? f->name : "");
		free(sel);
		return -1;
	}
	for (size_t i = 0; i < r->nfeed; i++)
		if (facet_matches(f, &r->feed[i]->e->model))
			sel[k++] = r->feed[i];
	title = f->title != NULL ? xstrdup(f->title)
	        : xasprintf("%s: %s", r->o->cfg->title, f->name);
	rc = render_feed(r, f->name, title, sel, feed_length(r, k), NULL);
	free(title);
	free(sel);
	return rc;
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
		        f != NULL && f->title ? f->title : f ? f->name : c->title,
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
	                     &outfiles_add(&r->files, "feeds.opml", OUT_XML)->data,
	                     r->err, r->errlen);
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

/* A piece of an index page: a new file at the first, then appended to it
 * (the pieces of one page come one after the other). */
static int
add_page(void *ctx, const char *name, const char *html, size_t len, int first, int last,
         char *err, size_t errlen)
{
	struct publish_run *r = ctx;

	if (first)
		outfiles_add(&r->files, name, OUT_HTML);
	buf_append(&r->files.v.v[r->files.v.n - 1].data, html, len);
	return 0;
}

/* index.html, the year pages and search.html (index_pages.h), fed newest
 * first from the items. */
static int
render_index(struct publish_run *r)
{
	const struct config *c = r->o->cfg;
	struct index_pages_opts io = { .title = c->title, .description = c->description,
	                               .link = r->site,
	                               .icon = r->icon != NULL ? "icon.png" : NULL,
	                               .xsl = r->index_xsl,
	                               .per_page = (size_t)c->index_page_size,
	                               .write = add_page, .ctx = r };
	struct index_year *years = NULL;
	struct index_feed *feeds;
	struct feed_files *ff;
	struct index_pages *p = NULL;
	size_t ny;
	int rc = -1;

	io.nfeeds = all_feeds(r, &ff, &feeds);
	io.feeds = feeds;
	if (index_pages_years(r->feed, r->nfeed, &years, &ny) < 0)
		snprintf(r->err, r->errlen, "index pages: a bulletin's date has no year");
	else if ((p = index_pages_begin(&io, years, ny, r->err, r->errlen)) != NULL)
		rc = 0;
	for (size_t i = 0; rc == 0 && i < r->nfeed; i++)
		rc = index_pages_add(p, r->feed[i]);
	if (rc == 0)
		rc = index_pages_end(p);
	index_pages_free(p);
	free(years);
	all_feeds_free(ff, feeds, io.nfeeds);
	return rc;
}

static int
render_catalogue(struct publish_run *r)
{
	struct feed_meta m = { 0 };
	struct out_file *of = outfiles_add(&r->files, "catalogue.json", OUT_JSON);
	char *id = xasprintf("tag:%s:feed", r->o->cfg->authority);
	int rc;

	m.link = r->site;
	m.id = id;
	m.updated = newest(r->all, r->n);
	rc = catalogue_json_write(&m, r->all, r->n, &of->data, r->err, r->errlen);
	free(id);
	return rc;
}

/* The main feed: its current documents and monthly archives (feed_archive.h). */
static int
render_main(struct publish_run *r)
{
	struct feed_archives a;
	struct feed_files f;
	struct feed_meta m;
	int rc;

	feed_archives_plan(&a, r->feed, r->nfeed, feed_length(r, r->nfeed), r->site);
	rc = render_feed(r, "", r->o->cfg->title, r->feed, a.current_n,
	                 feed_archives_any(&a) ? &a.current : NULL);
	if (rc == 0 && feed_archives_any(&a)) {
		feed_files_init(&f, r, "");
		feed_meta_init(r, &m, &f, r->o->cfg->title);
		rc = feed_archives_write(&a, &m, r->feed, &r->files, r->err, r->errlen);
		feed_files_free(&f);
	}
	feed_archives_free(&a);
	return rc;
}

static int
render_all(struct publish_run *r)
{
	const struct config *c = r->o->cfg;

	if (load_icon(r) < 0 || render_main(r) < 0 || render_opml(r) < 0 ||
	    render_catalogue(r) < 0 || render_index(r) < 0 ||
	    csaf_write(c, r->site, r->feed, r->nfeed, &r->files, r->err, r->errlen) < 0)
		return -1;
	for (size_t i = 0; i < c->facets.n; i++)
		if (render_facet(r, &c->facets.v[i]) < 0)
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
	unsigned char d[32];

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
		stamp_int(&h, -1);      /* optional: none */
	if (stamp_file(&h, o->templates, "search.js") < 0)
		stamp_int(&h, -1);
	sha256_final(&h, d);
	for (int i = 0; i < 32; i++)
		snprintf(stamp + 2 * i, 3, "%02x", d[i]);
	return 0;
}

/* The record of this publish, as the last file of the set (when stamped). */
static int
add_record(struct publish_run *r)
{
	json_t *doc = json_object(), *files = json_array();
	struct out_file *of;
	char *text;

	for (size_t i = 0; i < r->files.v.n; i++)
		json_array_append_new(files, json_pack("{s:s, s:I}", "name", r->files.v.v[i].name,
		                      "size", (json_int_t)r->files.v.v[i].data.len));
	if (r->o->stamp == NULL) {
		json_decref(files);
		json_decref(doc);
		return 0;
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
	json_array_foreach(ok ? json_object_get(doc, "files") : NULL, i, f) {
		const char *name = json_string_value(json_object_get(f, "name"));
		json_int_t size = json_integer_value(json_object_get(f, "size"));
		struct stat st;
		char *p;

		/* a name inside the directory: csaf/2005/ms05-039.json, never up */
		if (name == NULL || name[0] == '/' || strstr(name, "..") != NULL) {
			ok = 0;
			break;
		}
		p = xasprintf("%s/%s", o->out, name);
		ok = stat(p, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == (off_t)size;
		free(p);
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

int
publish_entries(const struct publish_opts *o, const struct cat_entry *entries, size_t n,
                char *err, size_t errlen)
{
	struct publish_run r = { .o = o, .err = err, .errlen = errlen };
	int rc = -1;

	if ((r.site = site_link(o->cfg->link)) == NULL) {
		snprintf(err, errlen, "[feed] link: \"%s\" is not an http(s) URL",
		         o->cfg->link ? o->cfg->link : "");
		return -1;
	}
	if (load_templates(&r) == 0 && prepare_items(&r, entries, n) == 0 &&
	    render_all(&r) == 0 && add_record(&r) == 0 && outfiles_check(&r.files, err, errlen) == 0 &&
	    outfiles_commit(&r.files, o->out, err, errlen) == 0)
		rc = 0;
	if (rc == 0 && o->verbose)
		for (size_t i = 0; i < r.files.v.n; i++)
			fprintf(stderr, "hotfeed: wrote %s/%s (%zu bytes)\n", o->out,
			        r.files.v.v[i].name, r.files.v.v[i].data.len);
	for (size_t i = 0; i < r.n; i++)
		feed_item_free(&r.items[i]);
	free(r.items);
	free(r.all);
	free(r.feed);
	outfiles_free(&r.files);
	xslt_template_free(r.item_xsl);
	xslt_template_free(r.index_xsl);
	free(r.site);
	free(r.icon);
	return rc;
}
