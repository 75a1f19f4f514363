/*
 * csaf.c — CSAF 2.0 documents, their directory and ROLIE feed; see csaf.h.
 *
 * What the model gives each document:
 *   tracking     id = the MS id; one revision_history entry per catalogue
 *                revision (summary: 初版, or its change note, change_note.h);
 *                dates: revision 1 its 更新日 (not
 *                before 登録日), later ones their 更新日 when later, else the
 *                time seen, never going back (store/catalogue_list.c's rule);
 *                status final, version = the number of revisions
 *   publisher    [csaf] (defaults: [feed] author and link, category other)
 *   aggregate_severity  the 深刻度 label (緊急/重要/警告/注意) in HF_NS_URI's
 *                severity namespace
 *   notes        summary (要旨), overview (概要), past_fixes, every ■ note
 *   references   this document (self), the bulletin's page, every link of
 *                references[] (external), then per supersedes id its
 *                Microsoft bulletin page (external, "…置き換える過去の修正")
 *   product_tree vendor Microsoft: per affected software a product_family
 *                of its platforms, then the tested platforms not already
 *                there, then per fixed file a product_name with one
 *                product_version per version (適用されるファイル情報)
 *   vulnerability  notes (概要), product_status (known_affected: the
 *                platforms, else one product for the bulletin; fixed: the
 *                file versions), remediations (vendor_fix per download with
 *                its URL and platform, workaround per 参考情報 with its steps;
 *                restart_required machine/none from 再起動), threats
 *                (exploit_status from 攻撃コード)
 * Strings go through sanitize_text, links through sanitize_url; empty
 * strings are left out (CSAF wants every string non-empty).
 */
#include "publish/csaf.h"
#include "publish/change_note.h"
#include "publish/sanitize.h"
#include "core/bulletin_json.h"
#include "core/limits.h"
#include "core/strset.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CSAF_SCHEMA_URL "https://docs.oasis-open.org/csaf/csaf/v2.0/csaf_json_schema.json"
#define ROLIE_INFO_TYPE "urn:ietf:params:rolie:category:information-type"

static const char *const publisher_categories[] = {
	"coordinator", "discoverer", "other", "translator", "user", "vendor",
};
static const char *const tlp_labels[] = { "WHITE", "GREEN", "AMBER", "RED" };

/* One line of changes.csv. */
struct csaf_change {
	char *path, *when;
};

/* What one run shares between documents. */
struct csaf_run {
	const struct config *cfg;
	const char *site;
	json_t *publisher; /* the same object in every document */
	const char *tlp;
	char *tlp_lower;
	FILE *rolie; /* ROLIE feed entries, as laid out in the feed: a
	                spool, since the feed's head needs the newest
	                change and its entries come newest first */
	size_t rolie_n;
	struct buf index; /* index.txt */
	VEC(struct csaf_change) changes;
	struct strset seen_ids;
};

/* One document's products: name -> product_id, and the lists the
 * vulnerability refers to. */
struct products {
	json_t *ids;              /* object: product name -> product_id */
	json_t *affected, *fixed; /* arrays of product_id */
	size_t count;
};

/* ---- small helpers ---- */

/* s sanitized as a JSON string; NULL when s is absent or empty after it. */
static json_t *
text_or_null(const char *s)
{
	char *clean = sanitize_text(s);
	json_t *j = NULL;

	if (clean != NULL && clean[strspn(clean, " \t\r\n")] != '\0')
		j = json_string(clean);
	free(clean);
	return j;
}

/* Set key to s in o when s has text. */
static void
set_text(json_t *o, const char *key, const char *s)
{
	json_t *j = text_or_null(s);

	if (j != NULL)
		json_object_set_new(o, key, j);
}

static int
one_of(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(s, list[i]) == 0)
			return 1;
	return 0;
}

/* A file name under csaf/ for tracking id: lower case, anything but
 * [+-a-z0-9] as '_' (CSAF 2.0 section 5.1). */
static char *
file_stem(const char *id)
{
	char *s = xstrdup(id);

	for (char *p = s; *p; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
		else if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '+' ||
		           *p == '-'))
			*p = '_';
	}
	return s;
}

/* ---- document: tracking ---- */

static char *
revision_summary(const struct revision *r, size_t number)
{
	return number == 1 ? xstrdup("初版") : change_note(r);
}

/* Revision i's date (RFC 3339, +09:00): see the top; *last carries the
 * previous one and receives this one. */
static void
revision_date(const struct feed_item *it, size_t i, char **last)
{
	const struct revision *r = &it->e->revisions.v[i];
	char *d = NULL;

	if (i == 0) {
		d = r->updated != NULL ? feed_rfc3339_jst(r->updated) : NULL;
		if (d == NULL || strcmp(d, it->published) < 0) {
			free(d);
			d = xstrdup(it->published);
		}
	} else if (r->updated != NULL && (d = feed_rfc3339_jst(r->updated)) != NULL &&
	           strcmp(d, *last) <= 0) {
		free(d);
		d = NULL;
	}
	if (d == NULL && i > 0)
		d = feed_rfc3339_jst(r->seen);
	if (d == NULL || (*last != NULL && strcmp(d, *last) < 0)) {
		free(d);
		d = xstrdup(*last != NULL ? *last : it->published);
	}
	free(*last);
	*last = d;
}

static json_t *
tracking(const struct feed_item *it, const char *id, char **current)
{
	json_t *t = json_object(), *hist = json_array();
	size_t nrev = it->e->revisions.n > 0 ? it->e->revisions.n : 1;
	char *last = NULL, *summary, version[24];

	for (size_t i = 0; i < nrev; i++) {
		if (i < it->e->revisions.n) {
			revision_date(it, i, &last);
			summary = revision_summary(&it->e->revisions.v[i], i + 1);
		} else {
			last = xstrdup(it->published);
			summary = xstrdup("初版");
		}
		if (i + 1 == nrev && strcmp(it->updated, last) > 0) {
			free(last);
			last = xstrdup(it->updated);
		}
		snprintf(version, sizeof version, "%zu", i + 1);
		json_array_append_new(hist, json_pack("{s:s, s:s, s:s}", "date", last, "number",
		                                      version, "summary", summary));
		free(summary);
	}
	json_object_set_new(t, "current_release_date", json_string(last));
	json_object_set_new(t, "generator",
	                    json_pack("{s:{s:s, s:s}}", "engine", "name", "hotfeed", "version",
	                              HOTFEED_VERSION));
	json_object_set_new(t, "id", json_string(id));
	json_object_set_new(t, "initial_release_date", json_string(it->published));
	json_object_set_new(t, "revision_history", hist);
	json_object_set_new(t, "status", json_string("final"));
	json_object_set_new(t, "version", json_string(version));
	*current = last;
	return t;
}

/* ---- document: notes and references ---- */

/* A Microsoft bulletin's page from its MS id: the form of the bulletins'
 * own セキュリティ情報 links (templates/item.xsl links supersedes the same). */
#define MS_BULLETIN_URL "http://www.microsoft.com/japan/technet/security/bulletin/%s.mspx"

static void
add_note(json_t *notes, const char *category, const char *title, const char *text)
{
	json_t *t = text_or_null(text), *n;

	if (t == NULL)
		return;
	n = json_object();
	json_object_set_new(n, "category", json_string(category));
	json_object_set_new(n, "text", t);
	set_text(n, "title", title);
	json_array_append_new(notes, n);
}

static json_t *
document_notes(const struct bulletin *b)
{
	json_t *notes = json_array();

	add_note(notes, "summary", "要旨", b->summary);
	add_note(notes, "description", "概要", b->overview);
	add_note(notes, "general", "含まれる過去の修正", b->past_fixes);
	for (size_t i = 0; i < b->notes.n; i++)
		add_note(notes, "details", b->notes.v[i].heading, b->notes.v[i].text);
	if (json_array_size(notes) == 0)
		add_note(notes, "summary", "要旨", b->title != NULL ? b->title : b->id);
	return notes;
}

static void
add_reference(json_t *refs, const char *category, const char *summary, const char *url,
              const char *base)
{
	char *clean = sanitize_url(url, base);
	json_t *r, *s;

	if (clean == NULL)
		return;
	r = json_object();
	json_object_set_new(r, "category", json_string(category));
	s = text_or_null(summary);
	json_object_set_new(r, "summary", s != NULL ? s : json_string(clean));
	json_object_set_new(r, "url", json_string(clean));
	json_array_append_new(refs, r);
	free(clean);
}

static json_t *
document_references(const struct feed_item *it, const char *self)
{
	const struct bulletin *b = &it->e->model;
	json_t *refs = json_array();

	add_reference(refs, "self", "この CSAF 文書", self, NULL);
	add_reference(refs, "external", "HotFix Report の記事", it->link, NULL);
	for (size_t i = 0; i < b->references.n; i++)
		add_reference(refs, "external", b->references.v[i].label, b->references.v[i].url,
		              b->source.url);
	for (size_t i = 0; i < b->supersedes.n; i++) {
		char *url = xasprintf(MS_BULLETIN_URL, b->supersedes.v[i]);
		char *summary =
			xasprintf("%s: この修正プログラムが置き換える過去の修正 (superseded)",
		                  b->supersedes.v[i]);
		add_reference(refs, "external", summary, url, NULL);
		free(summary);
		free(url);
	}
	return refs;
}

/* ---- document: product tree ---- */

static int
has_text(const char *s)
{
	json_t *j = text_or_null(s);

	json_decref(j);
	return j != NULL;
}

static json_t *
branch(const char *category, const char *name)
{
	return json_pack("{s:s, s:o}", "category", category, "name", text_or_null(name));
}

static void
add_branch(json_t *parent, json_t *child)
{
	json_t *kids = json_object_get(parent, "branches");

	if (kids == NULL)
		json_object_set_new(parent, "branches", kids = json_array());
	json_array_append_new(kids, child);
}

/* 1 when product name (sanitized) may still be defined: it has text, is
 * not defined yet, and the document has fewer than HF_MAX_ITEMS. */
static int
product_free(const struct products *p, const char *name)
{
	json_t *nm = text_or_null(name);
	int ok = nm != NULL && p->count < HF_MAX_ITEMS &&
	         json_object_get(p->ids, json_string_value(nm)) == NULL;

	json_decref(nm);
	return ok;
}

/* A leaf (category, label) holding product name under parent; its id is
 * appended to list (may be NULL).  The caller checked product_free(). */
static void
add_product(struct products *p, json_t *parent, const char *category, const char *label,
            const char *name, json_t *list)
{
	json_t *leaf = branch(category, label), *nm = text_or_null(name);
	char id[32];

	snprintf(id, sizeof id, "CSAFPID-%04zu", ++p->count);
	json_object_set_new(p->ids, json_string_value(nm), json_string(id));
	json_object_set_new(leaf, "product", json_pack("{s:o, s:s}", "name", nm, "product_id", id));
	add_branch(parent, leaf);
	if (list != NULL)
		json_array_append_new(list, json_string(id));
}

/* Per affected software a product_family of its platforms (directly under
 * the vendor when the software is not named). */
static void
tree_affected(const struct bulletin *b, json_t *vendor, struct products *p)
{
	for (size_t i = 0; i < b->affected.n; i++) {
		const struct affected *a = &b->affected.v[i];
		int named = has_text(a->software);
		json_t *fam = named ? branch("product_family", a->software) : vendor;

		for (size_t j = 0; j < a->platforms.n; j++)
			if (product_free(p, a->platforms.v[j]))
				add_product(p, fam, "product_name", a->platforms.v[j],
				            a->platforms.v[j], p->affected);
		if (named && json_object_get(fam, "branches") != NULL)
			add_branch(vendor, fam);
		else if (named)
			json_decref(fam);
	}
	for (size_t i = 0; i < b->tested_platforms.n; i++)
		if (product_free(p, b->tested_platforms.v[i]))
			add_product(p, vendor, "product_name", b->tested_platforms.v[i],
			            b->tested_platforms.v[i], NULL);
}

/* The fixed files: a product_name per file name, a product_version per
 * version of it (files repeat across packages: each once). */
static void
tree_files(const struct bulletin *b, json_t *vendor, struct products *p)
{
	json_t *byname = json_object();

	for (size_t i = 0; i < b->packages.n; i++)
		for (size_t j = 0; j < b->packages.v[i].files.n; j++) {
			const struct file_entry *f = &b->packages.v[i].files.v[j];
			char *name;
			json_t *fb, *key;

			if (!has_text(f->name) || !has_text(f->version))
				continue;
			name = xasprintf("%s %s", f->name, f->version);
			if (product_free(p, name)) {
				key = text_or_null(f->name);
				fb = json_object_get(byname, json_string_value(key));
				if (fb == NULL) {
					fb = branch("product_name", f->name);
					json_object_set(byname, json_string_value(key), fb);
					add_branch(vendor, fb);
				}
				json_decref(key);
				add_product(p, fb, "product_version", f->version, name, p->fixed);
			}
			free(name);
		}
	json_decref(byname);
}

static json_t *
product_tree(const struct bulletin *b, const char *id, struct products *p)
{
	json_t *vendor = branch("vendor", "Microsoft");
	char *whole;

	tree_affected(b, vendor, p);
	if (json_array_size(p->affected) == 0) {
		/* a page that names no platform still concerns some product */
		whole = xasprintf("%s の対象ソフトウェア", id);
		add_product(p, vendor, "product_name", whole, whole, p->affected);
		free(whole);
	}
	tree_files(b, vendor, p);
	return json_pack("{s:[o]}", "branches", vendor);
}

/* ---- document: the vulnerability ---- */

/* The product_ids of platform when it is a defined product, else every
 * affected product. */
static json_t *
products_of(const struct products *p, const char *platform)
{
	json_t *nm = text_or_null(platform), *id;

	id = nm != NULL ? json_object_get(p->ids, json_string_value(nm)) : NULL;
	json_decref(nm);
	return id != NULL ? json_pack("[O]", id) : json_deep_copy(p->affected);
}

static void
add_remediation(json_t *list, const char *category, json_t *details, const char *url,
                json_t *product_ids, const struct bulletin *b)
{
	json_t *r = json_object();
	char *clean = url != NULL ? sanitize_url(url, b->source.url) : NULL;
	json_t *restart;

	json_object_set_new(r, "category", json_string(category));
	json_object_set_new(r, "details", details);
	json_object_set_new(r, "product_ids", product_ids);
	if (strcmp(category, "vendor_fix") == 0 && b->reboot_required != TRI_NULL) {
		restart = json_pack("{s:s}", "category",
		                    b->reboot_required == TRI_TRUE ? "machine" : "none");
		set_text(restart, "details", b->reboot);
		json_object_set_new(r, "restart_required", restart);
	}
	if (clean != NULL)
		json_object_set_new(r, "url", json_string(clean));
	free(clean);
	json_array_append_new(list, r);
}

/* A workaround as one text: its title, text and numbered steps. */
static json_t *
workaround_text(const struct workaround *w)
{
	struct buf t;
	json_t *j;
	char *s;

	buf_init(&t, 0);
	buf_append(&t, "", 0);
	if (w->title != NULL)
		buf_printf(&t, "%s\n\n", w->title);
	if (w->text != NULL)
		buf_printf(&t, "%s\n\n", w->text);
	for (size_t i = 0; i < w->steps.n; i++)
		buf_printf(&t, "%zu. %s\n", i + 1, w->steps.v[i]);
	s = buf_steal(&t, NULL);
	j = text_or_null(s);
	free(s);
	return j;
}

static json_t *
remediations(const struct bulletin *b, const struct products *p)
{
	json_t *list = json_array(), *details;

	for (size_t i = 0; i < b->downloads.n; i++) {
		const struct download *d = &b->downloads.v[i];
		char *fallback = xasprintf("修正プログラム%s%s", d->platform ? ": " : "",
		                           d->platform ? d->platform : "");
		details = text_or_null(d->title);
		if (details == NULL)
			details = text_or_null(fallback);
		free(fallback);
		add_remediation(list, "vendor_fix", details, d->url, products_of(p, d->platform),
		                b);
	}
	if (b->downloads.n == 0 && (details = text_or_null(b->action)) != NULL)
		add_remediation(list, "vendor_fix", details, NULL, json_deep_copy(p->affected), b);
	for (size_t i = 0; i < b->workarounds.n; i++)
		if ((details = workaround_text(&b->workarounds.v[i])) != NULL)
			add_remediation(list, "workaround", details, NULL,
			                json_deep_copy(p->affected), b);
	return list;
}

static json_t *
vulnerability(const struct bulletin *b, const struct products *p)
{
	json_t *v = json_object(), *notes = json_array(), *status = json_object();
	json_t *rem = remediations(b, p);

	add_note(notes, "description", "概要",
	         b->overview != NULL  ? b->overview
	         : b->summary != NULL ? b->summary
	         : b->title != NULL   ? b->title
	                              : b->id);
	json_object_set_new(v, "notes", notes);
	json_object_set_new(status, "known_affected", json_deep_copy(p->affected));
	if (json_array_size(p->fixed) > 0)
		json_object_set_new(status, "fixed", json_deep_copy(p->fixed));
	json_object_set_new(v, "product_status", status);
	if (json_array_size(rem) > 0)
		json_object_set_new(v, "remediations", rem);
	else
		json_decref(rem);
	if (b->exploit_code != TRI_NULL)
		json_object_set_new(
			v, "threats",
			json_pack("[{s:s, s:s, s:O}]", "category", "exploit_status", "details",
		                  b->exploit_code == TRI_TRUE ? "攻撃コードあり" : "攻撃コードなし",
		                  "product_ids", p->affected));
	set_text(v, "title", b->official_title);
	return json_pack("[o]", v);
}

/* ---- one document ---- */

static json_t *
document(struct csaf_run *c, const struct feed_item *it, const char *self, char **current)
{
	const struct bulletin *b = &it->e->model;
	json_t *doc = json_object(), *d = json_object();
	struct products p = { json_object(), json_array(), json_array(), 0 };
	char *title = xasprintf("%s: %s", b->id, it->title);

	if (severity_label(b->severity) != NULL)
		json_object_set_new(d, "aggregate_severity",
		                    json_pack("{s:s, s:s}", "namespace", HF_NS_URI "#severity",
		                              "text", severity_label(b->severity)));
	json_object_set_new(d, "category", json_string("csaf_security_advisory"));
	json_object_set_new(d, "csaf_version", json_string("2.0"));
	json_object_set_new(d, "distribution", json_pack("{s:{s:s}}", "tlp", "label", c->tlp));
	json_object_set_new(d, "lang", json_string("ja"));
	json_object_set_new(d, "notes", document_notes(b));
	json_object_set_new(d, "publisher", json_incref(c->publisher));
	json_object_set_new(d, "references", document_references(it, self));
	set_text(d, "title", title);
	json_object_set_new(d, "tracking", tracking(it, b->id, current));
	json_object_set_new(doc, "document", d);
	json_object_set_new(doc, "product_tree", product_tree(b, b->id, &p));
	json_object_set_new(doc, "vulnerabilities", vulnerability(b, &p));
	json_decref(p.ids);
	json_decref(p.affected);
	json_decref(p.fixed);
	free(title);
	return doc;
}

/* Dump j into a new file of the set. */
static int
put_json(struct outfiles *files, const char *name, json_t *j, char *err, size_t errlen)
{
	struct out_file *of = outfiles_add(files, name, OUT_JSON);
	struct buf text;
	int rc;

	/* written aside, then appended whole: the file's buffer may have a ceiling */
	buf_init(&text, 0);
	bulletin_json_dump(&text, j, 2, 0);
	buf_putc(&text, '\n');
	rc = buf_append(&of->data, text.data, text.len);
	buf_free(&text);
	if (rc < 0)
		snprintf(err, errlen, "%s: the JSON writer failed", name);
	return rc;
}

/* The document's entry of the ROLIE feed, dumped as it stands in the
 * feed (depth 3: each line indented 6 spaces). */
static void
rolie_entry(const struct feed_item *it, const char *url, const char *current, struct buf *out)
{
	json_t *e = json_object(), *sum = text_or_null(it->summary);

	json_object_set_new(e, "id", json_string(it->e->model.id));
	json_object_set_new(e, "title", text_or_null(it->title));
	json_object_set_new(e, "link", json_pack("[{s:s, s:s}]", "rel", "self", "href", url));
	json_object_set_new(e, "published", json_string(it->published));
	json_object_set_new(e, "updated", json_string(current));
	if (sum != NULL)
		json_object_set_new(e, "summary", json_pack("{s:o}", "content", sum));
	json_object_set_new(e, "content",
	                    json_pack("{s:s, s:s}", "type", "application/json", "src", url));
	json_object_set_new(e, "format",
	                    json_pack("{s:s, s:s}", "schema", CSAF_SCHEMA_URL, "version", "2.0"));
	buf_puts(out, "      ");
	bulletin_json_dump(out, e, 2, 3);
	json_decref(e);
}

int
csaf_render(struct csaf_run *c, const struct feed_item *it, struct csaf_doc *d, char *err,
            size_t errlen)
{
	char *stem = file_stem(it->e->model.id), *url;
	json_t *doc;

	memset(d, 0, sizeof *d);
	buf_init(&d->doc, 0);
	buf_init(&d->rolie, 0);
	d->id = xstrdup(it->e->model.id);
	/* YYYY is initial_release_date's year: published, RFC 3339 */
	d->path = xasprintf("%.4s/%s.json", it->published, stem);
	url = xasprintf("%scsaf/%s", c->site, d->path);
	doc = document(c, it, url, &d->when);
	bulletin_json_dump(&d->doc, doc, 2, 0);
	buf_putc(&d->doc, '\n');
	json_decref(doc);
	rolie_entry(it, url, d->when, &d->rolie);
	free(stem);
	free(url);
	d->size = d->doc.len;
	return 0;
}

void
csaf_doc_free(struct csaf_doc *d)
{
	free(d->id);
	free(d->path);
	free(d->when);
	buf_free(&d->doc);
	buf_free(&d->rolie);
	memset(d, 0, sizeof *d);
}

int
csaf_put(struct csaf_run *c, struct csaf_doc *d, struct outfiles *files, int unchanged,
         int (*load)(void *ctx, struct csaf_doc *d), void *ctx, char *err, size_t errlen)
{
	char *name;
	struct csaf_change *ch;

	/* one document per tracking id: the newest entry that has it */
	if (!strset_add(&c->seen_ids, d->id))
		return 0;
	name = xasprintf("csaf/%s", d->path);
	/* linked unread when unchanged (a cached publish at 100,000 read
	 * every document of the old set back to compare it) */
	if (!unchanged || outfiles_link_old(files, name, d->size) < 0) {
		if (d->doc.len != d->size && (load == NULL || load(ctx, d) < 0)) {
			snprintf(err, errlen, "%s: the CSAF document could not be made", name);
			free(name);
			return -1;
		}
		buf_append(&outfiles_add(files, name, OUT_JSON)->data, d->doc.data, d->doc.len);
	}
	free(name);
	buf_printf(&c->index, "%s\n", d->path);
	if ((c->rolie_n++ > 0 && fputs(",\n", c->rolie) < 0) ||
	    fwrite(d->rolie.data, 1, d->rolie.len, c->rolie) != d->rolie.len) {
		snprintf(err, errlen, "csaf: the spool of the ROLIE feed: %s", strerror(errno));
		return -1;
	}
	ch = VEC_PUSH(&c->changes);
	ch->path = xstrdup(d->path);
	ch->when = xstrdup(d->when);
	return 1;
}

/* ---- the directory: index.txt, changes.csv, ROLIE, provider metadata ---- */

static int
newer_first(const void *a, const void *b)
{
	const struct csaf_change *x = a, *y = b;
	int c = strcmp(y->when, x->when);

	return c != 0 ? c : strcmp(x->path, y->path);
}

/* changes.csv: "path","time" per document, the most recent first. */
static void
write_changes(struct csaf_run *c, struct outfiles *files)
{
	struct out_file *of = outfiles_add(files, "csaf/changes.csv", OUT_TEXT);

	if (c->changes.n > 0)
		qsort(c->changes.v, c->changes.n, sizeof *c->changes.v, newer_first);
	for (size_t i = 0; i < c->changes.n; i++)
		buf_printf(&of->data, "\"%s\",\"%s\"\n", c->changes.v[i].path,
		           c->changes.v[i].when);
}

static const char *
newest_change(const struct csaf_run *c)
{
	const char *best = "1970-01-01T09:00:00+09:00";

	for (size_t i = 0; i < c->changes.n; i++)
		if (strcmp(c->changes.v[i].when, best) > 0)
			best = c->changes.v[i].when;
	return best;
}

/* The ROLIE feed: its head dumped with an empty "entry", then the spooled
 * entries where the dump has "[]" (the feed's last member). */
static int
write_rolie(struct csaf_run *c, const char *feed_name, struct outfiles *files, char *err,
            size_t errlen)
{
	char *name = xasprintf("csaf/%s", feed_name);
	char *url = xasprintf("%s%s", c->site, name);
	char *id = xasprintf("hotfeed-csaf-feed-tlp-%s", c->tlp_lower);
	char *title = xasprintf("%s CSAF (TLP:%s)", c->cfg->title, c->tlp);
	json_t *feed = json_pack("{s:{s:s, s:s, s:[{s:s, s:s}], s:[{s:s, s:s}], s:s, s:[]}}",
	                         "feed", "id", id, "title", title, "link", "rel", "self", "href",
	                         url, "category", "scheme", ROLIE_INFO_TYPE, "term", "csaf",
	                         "updated", newest_change(c), "entry");
	char *text = feed != NULL ? json_dumps(feed, HF_JSON_PRETTY) : NULL;
	size_t len = text != NULL ? strlen(text) : 0;
	const char *end = "[]\n  }\n}";
	struct out_stream *o = NULL;
	char chunk[64 << 10];
	size_t n;
	int rc = 0;

	/* written as a stream: 20,000 entries are 14 MB of text */
	if (text == NULL || len < strlen(end) || strcmp(text + len - strlen(end), end) != 0)
		rc = -1;
	else if ((o = outfiles_stream(files, name, OUT_JSON, err, errlen)) == NULL)
		rc = -2; /* err says why */
	else if (c->rolie_n == 0)
		rc = outfiles_stream_write(o, text, len);
	else {
		rc = outfiles_stream_write(o, text, len - strlen(end) + 1) |
		     outfiles_stream_write(o, "\n", 1);
		rewind(c->rolie);
		while (rc == 0 && (n = fread(chunk, 1, sizeof chunk, c->rolie)) > 0)
			rc = outfiles_stream_write(o, chunk, n);
		if (ferror(c->rolie))
			rc = -1;
		rc |= outfiles_stream_write(o, "\n    ]\n  }\n}", strlen("\n    ]\n  }\n}"));
	}
	if (rc == 0)
		rc = outfiles_stream_write(o, "\n", 1);
	if (o != NULL && outfiles_stream_close(files, o, err, errlen) < 0)
		rc = -2;
	if (rc == -1)
		snprintf(err, errlen, "%s: the JSON writer failed", name);
	json_decref(feed);
	free(text);
	free(name);
	free(url);
	free(id);
	free(title);
	return rc < 0 ? -1 : 0;
}

static int
write_provider(struct csaf_run *c, const char *feed_name, struct outfiles *files, char *err,
               size_t errlen)
{
	char *canonical = xasprintf("%scsaf/provider-metadata.json", c->site);
	char *dir = xasprintf("%scsaf/", c->site);
	char *feed = xasprintf("%scsaf/%s", c->site, feed_name);
	char *summary = xasprintf("TLP:%s の全アドバイザリ", c->tlp);
	json_t *pm = json_pack("{s:s, s:[{s:s, s:{s:[{s:s, s:s, s:s}]}}], s:s, s:b, s:s, s:b,"
	                       " s:O, s:s}",
	                       "canonical_url", canonical, "distributions", "directory_url", dir,
	                       "rolie", "feeds", "summary", summary, "tlp_label", c->tlp, "url",
	                       feed, "last_updated", newest_change(c), "list_on_CSAF_aggregators",
	                       1, "metadata_version", "2.0", "mirror_on_CSAF_aggregators", 1,
	                       "publisher", c->publisher, "role", "csaf_provider");
	int rc = pm != NULL ? put_json(files, "csaf/provider-metadata.json", pm, err, errlen) : -1;

	if (pm == NULL)
		snprintf(err, errlen, "csaf/provider-metadata.json: the JSON writer failed");
	json_decref(pm);
	free(canonical);
	free(dir);
	free(feed);
	free(summary);
	return rc;
}

static char *
rolie_name(const char *tlp_lower)
{
	return xasprintf("feed-tlp-%s.json", tlp_lower);
}

char *
csaf_rolie_url(const struct config *cfg, const char *site)
{
	char *tlp = file_stem(cfg->csaf_tlp != NULL ? cfg->csaf_tlp : "WHITE");
	char *name = rolie_name(tlp), *url = xasprintf("%scsaf/%s", site, name);

	free(tlp);
	free(name);
	return url;
}

/* [csaf] checked and the publisher built: 0, or -1 naming the bad key. */
static int
csaf_setup(struct csaf_run *c, char *err, size_t errlen)
{
	const struct config *cfg = c->cfg;
	const char *cat = cfg->csaf_category != NULL ? cfg->csaf_category : "other";
	const char *ns = cfg->csaf_namespace != NULL ? cfg->csaf_namespace : c->site;
	char *ns_clean = sanitize_url(ns, NULL);
	json_t *name =
		text_or_null(cfg->csaf_publisher != NULL ? cfg->csaf_publisher : cfg->author);

	c->tlp = cfg->csaf_tlp != NULL ? cfg->csaf_tlp : "WHITE";
	if (!one_of(cat, publisher_categories,
	            sizeof publisher_categories / sizeof *publisher_categories))
		snprintf(err, errlen,
		         "[csaf] category: \"%s\" is not one of coordinator, "
		         "discoverer, other, translator, user, vendor",
		         cat);
	else if (!one_of(c->tlp, tlp_labels, sizeof tlp_labels / sizeof *tlp_labels))
		snprintf(err, errlen, "[csaf] tlp: \"%s\" is not one of WHITE, GREEN, AMBER, RED",
		         c->tlp);
	else if (ns_clean == NULL)
		snprintf(err, errlen, "[csaf] namespace: \"%s\" is not an http(s) URL", ns);
	else if (name == NULL)
		snprintf(err, errlen, "[csaf] publisher: the publisher needs a name");
	else {
		c->publisher = json_pack("{s:s, s:O, s:s}", "category", cat, "name", name,
		                         "namespace", ns_clean);
		c->tlp_lower = file_stem(c->tlp);
	}
	free(ns_clean);
	json_decref(name);
	return c->publisher != NULL ? 0 : -1;
}

void
csaf_free(struct csaf_run *c)
{
	if (c == NULL)
		return;
	json_decref(c->publisher);
	if (c->rolie != NULL)
		fclose(c->rolie);
	buf_free(&c->index);
	for (size_t i = 0; i < c->changes.n; i++) {
		free(c->changes.v[i].path);
		free(c->changes.v[i].when);
	}
	free(c->changes.v);
	strset_free(&c->seen_ids);
	free(c->tlp_lower);
	free(c);
}

struct csaf_run *
csaf_begin(const struct config *cfg, const char *site, char *err, size_t errlen)
{
	struct csaf_run *c = xcalloc(1, sizeof *c);

	c->cfg = cfg;
	c->site = site;
	c->seen_ids = (struct strset)STRSET_INIT;
	buf_init(&c->index, 0);
	buf_append(&c->index, "", 0);
	if (csaf_setup(c, err, errlen) < 0) {
		csaf_free(c);
		return NULL;
	}
	if ((c->rolie = tmpfile()) == NULL) {
		snprintf(err, errlen, "csaf: a spool for the ROLIE feed: %s", strerror(errno));
		csaf_free(c);
		return NULL;
	}
	return c;
}

int
csaf_end(struct csaf_run *c, struct outfiles *files, char *err, size_t errlen)
{
	char *feed_name = rolie_name(c->tlp_lower);
	int rc = -1;

	buf_puts(&outfiles_add(files, "csaf/index.txt", OUT_TEXT)->data, c->index.data);
	write_changes(c, files);
	if (fflush(c->rolie) != 0)
		snprintf(err, errlen, "csaf: the spool of the ROLIE feed: %s", strerror(errno));
	else if (write_rolie(c, feed_name, files, err, errlen) == 0 &&
	         write_provider(c, feed_name, files, err, errlen) == 0)
		rc = 0;
	free(feed_name);
	return rc;
}
