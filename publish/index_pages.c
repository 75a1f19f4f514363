/* index_pages.c — index.html, the year pages and search.html, push-style;
 * see index_pages.h. */
#include "publish/index_pages.h"
#include "publish/html_sanitize.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EPOCH_JST "1970-01-01T09:00:00+09:00"
/* search.html's shell holds this empty element; the rows go inside */
#define ROWS_MARK "id=\"hf-rows\"></"
/* the ceiling of search.html's lines (about 450 bytes a bulletin) */
#define SEARCH_MAX (4ULL << 30)

/* the start of every card's HTML in a page whose template has
 * INDEX_SPLICE_MARK, and the end of the last one */
#define CARD_START "<div class=\"bulletin sev-"
#define CARD_END   "</div>\n"
/* the start of every search row's HTML when index.xsl has INDEX_ROWS_MARK */
#define ROW_START "<li class=\"bulletin sev-"

/* A card held for a page: where its text is in the page's text, its
 * filter classes, and what a spliced page takes of it. */
struct held_card {
	size_t off, len;
	char *classes;
	char *key;
	char digest[33];
	char *html; /* its HTML without classes (index_card.html), or NULL */
	size_t html_len;
};

/* A page being filled: its cards as text (a tenth of their tree: the
 * document is built when the page is rendered, so two pages of cards are
 * never trees at once), then its document, and the counts its filters
 * show. */
struct open_page {
	int open;
	struct buf text;
	VEC(struct held_card) cards;
	xmlDocPtr doc;
	size_t n;
	size_t severity[5];
	size_t filter[INDEX_MAX_FILTERS];
};

struct index_pages {
	struct index_pages_opts o;
	char *updated; /* the newest bulletin's, for every page */
	struct index_year *years;
	size_t nyears, total, seen;
	size_t year_i, in_year;         /* the year being filled, bulletins in it so far */
	struct open_page first, cur;    /* index.html; the current year page */
	char *names[INDEX_MAX_FILTERS]; /* products and platforms, first seen first */
	size_t nnames;
	size_t filter_total[INDEX_MAX_FILTERS], severity_total[5];
	FILE *rows; /* search.html's lines, newest first: an
	               unlinked temporary file, not memory */
	unsigned long long rows_len;
	char *err;
	size_t errlen;
	int failed;
};

int
index_pages_year(const struct feed_item *it, char year[5])
{
	const char *u = it->updated;

	for (int i = 0; i < 4; i++)
		if (u == NULL || u[i] < '0' || u[i] > '9')
			return -1;
	memcpy(year, u, 4);
	year[4] = '\0';
	return 0;
}

int
index_pages_years(struct feed_item *const *items, size_t n, struct index_year **years,
                  size_t *nyears)
{
	VEC(struct index_year) v = { 0 };
	char y[5];

	for (size_t i = 0; i < n; i++) {
		if (index_pages_year(items[i], y) < 0) {
			free(v.v);
			return -1;
		}
		if (v.n == 0 || strcmp(v.v[v.n - 1].year, y) != 0)
			memcpy(VEC_PUSH(&v)->year, y, sizeof y);
		v.v[v.n - 1].count++;
	}
	*years = v.v;
	*nyears = v.n;
	return 0;
}

/* A new document for pg, with no card yet. */
static xmlDocPtr
page_new_doc(struct index_pages *p)
{
	struct feed_meta m = { 0 };

	m.title = p->o.title;
	m.description = p->o.description;
	m.link = p->o.link;
	m.icon = p->o.icon;
	m.updated = p->updated != NULL ? p->updated : EPOCH_JST;
	return item_xml_page_new(&m, p->o.feeds, p->o.nfeeds);
}

static void
page_open(struct index_pages *p, struct open_page *pg)
{
	memset(pg, 0, sizeof *pg);
	pg->open = 1;
	buf_init(&pg->text, 0);
	pg->doc = page_new_doc(p);
}

static void
page_hold(struct open_page *pg, const struct index_card *it, const char *classes)
{
	struct held_card *c = VEC_PUSH(&pg->cards);

	c->off = pg->text.len;
	c->len = it->len;
	c->classes = classes != NULL ? xstrdup(classes) : NULL;
	c->key = xstrdup(it->key);
	snprintf(c->digest, sizeof c->digest, "%s", it->digest != NULL ? it->digest : "");
	c->html = it->html != NULL ? xstrndup(it->html, it->html_len) : NULL;
	c->html_len = it->html != NULL ? it->html_len : 0;
	buf_append(&pg->text, it->xml, it->len);
}

static void
held_free(struct open_page *pg)
{
	for (size_t i = 0; i < pg->cards.n; i++) {
		free(pg->cards.v[i].classes);
		free(pg->cards.v[i].key);
		free(pg->cards.v[i].html);
	}
	free(pg->cards.v);
	pg->cards.v = NULL;
	pg->cards.n = pg->cards.cap = 0;
	buf_free(&pg->text);
}

/* The page's document with its held cards from..to-1 added: 0, or -1
 * when a card is not one <bulletin>. */
static int
page_doc(struct open_page *pg, size_t from, size_t to)
{
	int rc = 0;

	for (size_t i = from; i < to && i < pg->cards.n && rc == 0; i++)
		rc = item_xml_page_add_card(pg->doc, pg->text.data + pg->cards.v[i].off,
		                            pg->cards.v[i].len, pg->cards.v[i].classes);
	return rc;
}

static void
page_close(struct open_page *pg)
{
	held_free(pg);
	xmlFreeDoc(pg->doc);
	pg->doc = NULL;
	pg->open = 0;
}

/* Year y's page k (1-based): index-2005.html, index-2005-2.html. */
static char *
page_name(const struct index_pages *p, size_t y, size_t k)
{
	return k <= 1 ? xasprintf("index-%s.html", p->years[y].year)
	              : xasprintf("index-%s-%zu.html", p->years[y].year, k);
}

static size_t
year_pages(const struct index_pages *p, size_t y)
{
	return (p->years[y].count + p->o.per_page - 1) / p->o.per_page;
}

/* The page of the bulletin at 0-based position pos of the whole list. */
static char *
page_at(const struct index_pages *p, size_t pos)
{
	for (size_t y = 0; y < p->nyears; y++) {
		if (pos < p->years[y].count)
			return page_name(p, y, pos / p->o.per_page + 1);
		pos -= p->years[y].count;
	}
	return NULL;
}

struct index_pages *
index_pages_begin(const struct index_pages_opts *o, const struct index_year *years, size_t nyears,
                  char *err, size_t errlen)
{
	struct index_pages *p;

	for (size_t i = 0; i < nyears; i++) {
		int ok = strnlen(years[i].year, sizeof years[i].year) == 4 &&
		         strspn(years[i].year, "0123456789") == 4 && years[i].count > 0;
		for (size_t j = 0; ok && j < i; j++)
			ok = strcmp(years[i].year, years[j].year) != 0;
		if (!ok) {
			snprintf(err, errlen,
			         "index pages: year \"%.4s\" is malformed, repeated "
			         "or empty",
			         years[i].year);
			return NULL;
		}
	}
	p = xcalloc(1, sizeof *p);
	p->o = *o;
	if (p->o.per_page == 0)
		p->o.per_page = INDEX_PAGE_SIZE_DEFAULT;
	p->years = xcalloc(nyears + 1, sizeof *p->years);
	if (nyears > 0) /* an empty catalogue passes no years (and maybe NULL) */
		memcpy(p->years, years, nyears * sizeof *years);
	p->nyears = nyears;
	for (size_t i = 0; i < nyears; i++)
		p->total += years[i].count;
	if ((p->rows = tmpfile()) == NULL) {
		snprintf(err, errlen, "index pages: a temporary file for search.html: %s",
		         strerror(errno));
		free(p->years);
		free(p);
		return NULL;
	}
	p->err = err;
	p->errlen = errlen;
	return p;
}

static int
fail(struct index_pages *p, const char *fmt, const char *a, const char *b)
{
	snprintf(p->err, p->errlen, fmt, a, b);
	p->failed = 1;
	return -1;
}

/* search.html's lines of one page, to the temporary file. */
static int
spill(struct index_pages *p, const char *html)
{
	size_t len = strlen(html);

	if (p->rows_len + len > SEARCH_MAX) {
		snprintf(p->err, p->errlen, "index pages: search.html would pass %llu bytes",
		         SEARCH_MAX);
		return -1;
	}
	if (fwrite(html, 1, len, p->rows) != len) {
		snprintf(p->err, p->errlen,
		         "index pages: writing search.html's lines to a "
		         "temporary file: %s",
		         strerror(errno));
		return -1;
	}
	p->rows_len += len;
	return 0;
}

/* The lines back from the temporary file, in pieces of search.html. */
static int
write_rows(struct index_pages *p)
{
	char chunk[1 << 16];
	size_t n;
	int rc = 0;

	if (fflush(p->rows) != 0 || fseek(p->rows, 0, SEEK_SET) != 0) {
		snprintf(p->err, p->errlen, "index pages: reading search.html's lines back: %s",
		         strerror(errno));
		return -1;
	}
	while (rc == 0 && (n = fread(chunk, 1, sizeof chunk, p->rows)) > 0)
		rc = p->o.write(p->o.ctx, "search.html", chunk, n, 0, 0, p->err, p->errlen);
	if (rc == 0 && ferror(p->rows)) {
		snprintf(p->err, p->errlen, "index pages: reading search.html's lines back: %s",
		         strerror(errno));
		rc = -1;
	}
	return rc;
}

/* The filter class tokens of it ("p1 p4"), registering new names. */
static char *
filter_classes(struct index_pages *p, struct open_page *pg, const struct index_card *it,
               struct open_page *also)
{
	const strlist *lists[2] = { it->products, it->platforms };
	struct buf b;
	size_t seen[2 * FEED_MAX_CATEGORIES], nseen = 0;

	buf_init(&b, 1 << 16);
	for (int l = 0; l < 2; l++)
		for (size_t i = 0; i < lists[l]->n; i++) {
			size_t k = 0, dup = 0;
			while (k < p->nnames && strcmp(p->names[k], lists[l]->v[i]) != 0)
				k++;
			if (k == p->nnames) {
				if (k == INDEX_MAX_FILTERS)
					continue;
				p->names[p->nnames++] = xstrdup(lists[l]->v[i]);
			}
			for (size_t j = 0; j < nseen; j++)
				dup |= seen[j] == k;
			if (dup || nseen == sizeof seen / sizeof *seen)
				continue;
			seen[nseen++] = k;
			p->filter_total[k]++;
			pg->filter[k]++;
			if (also != NULL)
				also->filter[k]++;
			buf_printf(&b, "%sp%zu", b.len ? " " : "", k + 1);
		}
	return buf_steal(&b, NULL);
}

struct ranked {
	size_t k, count;
	const char *name;
};

static int
by_count(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* The filters a page shows: the names its cards have, most cards first. */
static struct index_filter *
page_filters(const struct index_pages *p, const size_t *count, size_t *n, char ***cls)
{
	struct ranked *r = xcalloc(p->nnames + 1, sizeof *r);
	struct index_filter *f;
	size_t m = 0;

	for (size_t k = 0; k < p->nnames; k++)
		if (count[k] > 0)
			r[m++] = (struct ranked){ k, count[k], p->names[k] };
	qsort(r, m, sizeof *r, by_count);
	f = xcalloc(m + 1, sizeof *f);
	*cls = xcalloc(m + 1, sizeof **cls);
	for (size_t i = 0; i < m; i++) {
		(*cls)[i] = xasprintf("p%zu", r[i].k + 1);
		f[i] = (struct index_filter){ r[i].name, (*cls)[i], r[i].count };
	}
	free(r);
	*n = m;
	return f;
}

static struct index_link *
year_links(const struct index_pages *p, size_t current)
{
	struct index_link *l = xcalloc(p->nyears + 1, sizeof *l);

	for (size_t y = 0; y < p->nyears; y++)
		l[y] = (struct index_link){ p->years[y].year, page_name(p, y, 1), p->years[y].count,
			                    y == current };
	return l;
}

static void
links_free(struct index_link *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free((char *)l[i].href);
	free(l);
}

/* Run index.xsl over the finished document and clean the result. */
static char *
transform(struct index_pages *p, xmlDocPtr doc, enum html_mode mode)
{
	char *raw, *html;
	size_t len;

	if (xslt_template_apply(p->o.xsl, doc, &raw, &len, p->err, p->errlen) < 0)
		return NULL;
	html = html_clean(raw, len, mode, p->o.link, p->err, p->errlen);
	free(raw);
	return html;
}

/* index.xsl's output, cleaned (raw is freed): the page, or NULL. */
static char *
clean(struct index_pages *p, char *raw, size_t len, enum html_mode mode)
{
	char *html = raw != NULL ? html_clean(raw, len, mode, p->o.link, p->err, p->errlen) : NULL;

	free(raw);
	return html;
}

/* Where a card's filter classes go in its HTML: after CARD_START, its
 * severity's name and a space (len when there is no such space). */
static size_t
classes_at(const char *html, size_t len)
{
	size_t at = strlen(CARD_START);

	while (at < len && html[at] != ' ' && html[at] != '"')
		at++;
	return at < len && html[at] == ' ' ? at + 1 : len;
}

/* c's HTML with its classes put back: the bytes the page has. */
static void
card_put(struct buf *out, const struct held_card *c)
{
	size_t at = classes_at(c->html, c->html_len);

	buf_append(out, c->html, at);
	buf_puts(out, c->classes != NULL ? c->classes : "");
	buf_append(out, c->html + at, c->html_len - at);
}

/* The HTML of pg's cards, cut out of html (the page rendered whole), to
 * card_html for the cards that came without theirs.  Only from a page of
 * two cards or more: libxml2's serializer ends a card with a newline when
 * another element follows it or its parent has more than one child, so a
 * lone card has none.  A page that is not
 * laid out as INDEX_SPLICE_MARK says (one CARD_START per card, the last
 * card ending at the first CARD_END, its classes where classes_at puts
 * them) gives nothing: its pages are always rendered whole. */
static void
cut_cards(struct index_pages *p, struct open_page *pg, const char *html)
{
	size_t n = pg->cards.n;
	const char **at = xcalloc(n + 1, sizeof *at), *from = html;
	struct buf b;

	buf_init(&b, 0);
	for (size_t i = 0; i < n && from != NULL; i++)
		if ((from = at[i] = strstr(from, CARD_START)) != NULL)
			from++;
	if (n < 2 || from == NULL || (at[n] = strstr(at[n - 1], CARD_END)) == NULL ||
	    strstr(at[n], CARD_START) != NULL)
		n = 0;
	else
		at[n] += strlen(CARD_END);
	for (size_t i = 0; i < n; i++) {
		const struct held_card *c = &pg->cards.v[i];
		const char *cls = c->classes != NULL ? c->classes : "";
		size_t len = (size_t)(at[i + 1] - at[i]), k = classes_at(at[i], len);
		if (c->html != NULL || !c->digest[0] || k + strlen(cls) >= len ||
		    strncmp(at[i] + k, cls, strlen(cls)) != 0 || at[i][k + strlen(cls)] != '"')
			continue;
		buf_reset(&b);
		buf_append(&b, at[i], k);
		buf_append(&b, at[i] + k + strlen(cls), len - k - strlen(cls));
		p->o.card_html(p->o.ctx, c->key, c->digest, b.data, b.len);
	}
	buf_free(&b);
	free(at);
}

static int
can_splice(const struct index_pages *p, const struct open_page *pg)
{
	if (!p->o.splice || pg->cards.n < 2)
		return 0;
	for (size_t i = 0; i < pg->cards.n; i++) {
		const struct held_card *c = &pg->cards.v[i];
		size_t a = strlen(CARD_START), z = strlen(CARD_END);
		if (c->html == NULL || c->html_len < a + z || memcmp(c->html, CARD_START, a) != 0 ||
		    memcmp(c->html + c->html_len - z, CARD_END, z) != 0)
			return 0;
	}
	return 1;
}

/* The page's <bulletins> says it holds n cards, whatever it holds yet. */
static void
set_card_count(xmlDocPtr doc, size_t n)
{
	xmlNodePtr l = xmlDocGetRootElement(doc)->children;
	char num[32];

	while (l != NULL &&
	       !(l->type == XML_ELEMENT_NODE && xmlStrEqual(l->name, BAD_CAST "bulletins")))
		l = l->next;
	snprintf(num, sizeof num, "%zu", n);
	if (l != NULL)
		xmlSetProp(l, BAD_CAST "count", BAD_CAST num);
}

/* The page from frame (index.xsl's page with its first two cards only):
 * every card's HTML where those two's are.  1 written, 0 when the frame
 * does not hold the two cards' HTML and no other card, -1 with a message. */
static int
splice_write(struct index_pages *p, struct open_page *pg, const char *name, const char *frame)
{
	const char *at = strstr(frame, CARD_START);
	struct buf first, out;
	int rc = 0;

	buf_init(&first, 0);
	card_put(&first, &pg->cards.v[0]);
	card_put(&first, &pg->cards.v[1]);
	if (at != NULL && strncmp(at, first.data, first.len) == 0 &&
	    strstr(at + first.len, CARD_START) == NULL) {
		buf_init(&out, 0); /* 0: no ceiling (buf_init takes one, not a size) */
		buf_append(&out, frame, (size_t)(at - frame));
		for (size_t i = 0; i < pg->cards.n; i++)
			card_put(&out, &pg->cards.v[i]);
		buf_puts(&out, at + first.len);
		rc = p->o.write(p->o.ctx, name, out.data, out.len, 1, 1, p->err, p->errlen);
		rc = rc < 0 ? -1 : 1;
		buf_free(&out);
	}
	buf_free(&first);
	return rc;
}

/* Is tok one of the space-separated tokens of list? */
static int
has_token(const char *list, const char *tok)
{
	size_t n = strlen(tok);

	for (const char *at = list; (at = strstr(at, tok)) != NULL; at += n)
		if ((at == list || at[-1] == ' ') && (at[n] == ' ' || at[n] == '\0'))
			return 1;
	return 0;
}

/* What card c's row depends on besides the card (INDEX_ROWS_MARK): the
 * page's name, c's filter classes and the names of those filters in the
 * page's order; each part after its length, so no two differ alike. */
static char *
row_context(const struct index_nav *nav, const struct held_card *c)
{
	const char *cls = c->classes != NULL ? c->classes : "";
	struct buf b;

	buf_init(&b, 0);
	buf_printf(&b, "%zu:%s%zu:%s", strlen(nav->page), nav->page, strlen(cls), cls);
	for (size_t i = 0; i < nav->nfilters; i++)
		if (has_token(cls, nav->filters[i].cls))
			buf_printf(&b, "%zu:%s", strlen(nav->filters[i].name),
			           nav->filters[i].name);
	return buf_steal(&b, NULL);
}

/* html (index.xsl's rows of n cards, cleaned) cut into one row each:
 * at[i] its start, at[n] the newline that ends the last.  1 when html is
 * n rows and that newline and nothing else (one ROW_START a row, from its
 * first byte), else 0.  From two rows or more only, as cut_cards. */
static int
cut_rows(const char *html, size_t n, const char **at)
{
	const char *from = html;
	size_t len = strlen(html), i;

	if (n < 2 || len == 0 || html[len - 1] != '\n' ||
	    strncmp(html, ROW_START, strlen(ROW_START)))
		return 0;
	for (i = 0; i < n && (from = strstr(from, ROW_START)) != NULL; i++)
		at[i] = from++;
	if (i < n || strstr(at[n - 1] + 1, ROW_START) != NULL)
		return 0;
	at[n] = html + len - 1;
	return 1;
}

/* pg's rows (html, cleaned) kept for the next publish: nothing when they
 * are not laid out as INDEX_ROWS_MARK says. */
static void
keep_rows(struct index_pages *p, struct open_page *pg, struct index_nav *nav, const char *html)
{
	size_t n = pg->cards.n;
	const char **at = xcalloc(n + 1, sizeof *at);

	if (p->o.row_put != NULL && cut_rows(html, n, at))
		for (size_t i = 0; i < n; i++) {
			const struct held_card *c = &pg->cards.v[i];
			char *ctx;
			if (!c->digest[0])
				continue;
			ctx = row_context(nav, c);
			p->o.row_put(p->o.ctx, c->key, c->digest, ctx, at[i],
			             (size_t)(at[i + 1] - at[i]));
			free(ctx);
		}
	free(at);
}

/* The rows of pg's cards marked in want, run through index.xsl in a
 * document of their own (the page's name and filters, those cards only)
 * and cut: row[i] set for a card without one and kept (row_put), compared
 * for a card with one.  1, 0 when they cannot be cut or a kept row is not
 * what index.xsl makes now, -1 with a message. */
static int
render_rows(struct index_pages *p, struct open_page *pg, struct index_nav *nav,
            const unsigned char *want, size_t nwant, char **row, size_t *len, char **ctx)
{
	xmlDocPtr doc = page_new_doc(p);
	const char **at = xcalloc(nwant + 1, sizeof *at);
	char *raw = NULL, *html = NULL;
	size_t rawlen = 0, k = 0;
	int rc = 0;

	for (size_t i = 0; i < pg->cards.n && rc == 0; i++)
		if (want[i])
			rc = item_xml_page_add_card(doc, pg->text.data + pg->cards.v[i].off,
			                            pg->cards.v[i].len, pg->cards.v[i].classes);
	if (rc < 0) {
		xmlFreeDoc(doc);
		free(at);
		snprintf(p->err, p->errlen, "index pages: %s: a card is not one <bulletin>",
		         nav->page);
		return -1;
	}
	item_xml_page_finish(doc, nav);
	xmlSetProp(xmlDocGetRootElement(doc), BAD_CAST "kind", BAD_CAST "rows");
	rc = xslt_template_apply(p->o.xsl, doc, &raw, &rawlen, p->err, p->errlen);
	xmlFreeDoc(doc);
	if (rc == 0 && (html = clean(p, raw, rawlen, HTML_PAGE_PART)) == NULL)
		rc = -1;
	if (rc == 0)
		rc = cut_rows(html, nwant, at);
	for (size_t i = 0; i < pg->cards.n && rc == 1; i++) {
		const struct held_card *c = &pg->cards.v[i];
		size_t n;
		if (!want[i])
			continue;
		n = (size_t)(at[k + 1] - at[k]);
		if (row[i] != NULL) {
			rc = len[i] == n && memcmp(row[i], at[k], n) == 0;
		} else {
			row[i] = xstrndup(at[k], n);
			len[i] = n;
			if (c->digest[0])
				p->o.row_put(p->o.ctx, c->key, c->digest, ctx[i], at[k], n);
		}
		k++;
	}
	free(html);
	free(at);
	return rc;
}

/* pg's search rows assembled from each card's kept row (row_get); the
 * cards without one are rendered (render_rows), with a kept one beside a
 * lone missing card, as a check and because rows are cut from two or
 * more.  1 done (spilled), 0 when they cannot be assembled (render them
 * with the page), -1 with a message. */
static int
splice_rows(struct index_pages *p, struct open_page *pg, struct index_nav *nav)
{
	size_t n = pg->cards.n, nwant = 0;
	char **ctx = xcalloc(n, sizeof *ctx), **row = xcalloc(n, sizeof *row);
	size_t *len = xcalloc(n, sizeof *len);
	unsigned char *want = xcalloc(n, 1);
	struct buf out;
	int rc = 1;

	for (size_t i = 0; i < n; i++) {
		const struct held_card *c = &pg->cards.v[i];
		ctx[i] = row_context(nav, c);
		if (!c->digest[0] ||
		    p->o.row_get(p->o.ctx, c->key, c->digest, ctx[i], &row[i], &len[i]) != 1) {
			row[i] = NULL;
			want[i] = 1;
			nwant++;
		}
	}
	for (size_t i = 0; nwant == 1 && i < n; i++)
		if (!want[i])
			want[i] = 1, nwant++;
	if (nwant > 0)
		rc = render_rows(p, pg, nav, want, nwant, row, len, ctx);
	if (rc == 1) {
		buf_init(&out, 0);
		for (size_t i = 0; i < n; i++)
			buf_append(&out, row[i], len[i]);
		buf_putc(&out, '\n');
		rc = spill(p, out.data) < 0 ? -1 : 1;
		buf_free(&out);
	}
	for (size_t i = 0; i < n; i++) {
		free(ctx[i]);
		free(row[i]);
	}
	free(ctx);
	free(row);
	free(len);
	free(want);
	return rc;
}

/* pg assembled from its cards' HTML: index.xsl renders the page with its
 * first two cards only (the frame: nav, filters and counts come from nav,
 * not from the cards; two, so that they are laid out as among many), and
 * every card's HTML goes where those two's are; rows: then the other
 * cards join the document for search.html's rows, rendered as usual.  1
 * done, 0 when the frame does not hold the two cards' HTML (pg's document
 * is spent, its cards' text kept: render it whole), -1 with a message. */
static int
render_spliced(struct index_pages *p, struct open_page *pg, struct index_nav *nav, int rows)
{
	char *raw = NULL, *frame, *html;
	size_t len = 0;
	int rc;

	if (page_doc(pg, 0, 2) < 0)
		return 0; /* rendered whole, it says which */
	item_xml_page_finish(pg->doc, nav);
	set_card_count(pg->doc, pg->cards.n);
	if (xslt_template_apply(p->o.xsl, pg->doc, &raw, &len, p->err, p->errlen) < 0)
		return -1;
	if ((frame = clean(p, raw, len, HTML_PAGE)) == NULL)
		return -1;
	rc = splice_write(p, pg, nav->page, frame);
	free(frame);
	if (rc != 1 || !rows)
		return rc;
	if (p->o.row_get != NULL && (rc = splice_rows(p, pg, nav)) != 0)
		return rc;
	if (page_doc(pg, 2, pg->cards.n) < 0) {
		snprintf(p->err, p->errlen, "index pages: %s: a card is not one <bulletin>",
		         nav->page);
		return -1;
	}
	buf_free(&pg->text);
	xmlSetProp(xmlDocGetRootElement(pg->doc), BAD_CAST "kind", BAD_CAST "rows");
	if (xslt_template_apply(p->o.xsl, pg->doc, &raw, &len, p->err, p->errlen) < 0)
		return -1;
	xmlFreeDoc(pg->doc);
	pg->doc = NULL;
	html = clean(p, raw, len, HTML_PAGE_PART);
	rc = html == NULL || spill(p, html) < 0 ? -1 : 1;
	if (rc == 1)
		keep_rows(p, pg, nav, html);
	free(html);
	return rc;
}

/* pg through index.xsl whole; rows: also its search rows.  Both are run
 * through index.xsl before either is cleaned, so the page's tree is freed
 * before html_clean builds its own.  The cards' HTML is cut out of the
 * page for the next publish (cut_cards). */
static int
render_whole(struct index_pages *p, struct open_page *pg, struct index_nav *nav, int rows)
{
	char *html, *raw = NULL, *raw_rows = NULL;
	size_t len = 0, len_rows = 0;
	int rc = -1;

	if (page_doc(pg, 0, pg->cards.n) < 0) {
		snprintf(p->err, p->errlen, "index pages: %s: a card is not one <bulletin>",
		         nav->page);
	} else {
		buf_free(&pg->text); /* the tree has them: two pages' cards are never
		                        text and tree at once */
		item_xml_page_finish(pg->doc, nav);
		if (xslt_template_apply(p->o.xsl, pg->doc, &raw, &len, p->err, p->errlen) == 0)
			rc = 0;
		if (rc == 0 && rows) {
			xmlSetProp(xmlDocGetRootElement(pg->doc), BAD_CAST "kind", BAD_CAST "rows");
			if (xslt_template_apply(p->o.xsl, pg->doc, &raw_rows, &len_rows, p->err,
			                        p->errlen) < 0)
				rc = -1;
		}
	}
	xmlFreeDoc(pg->doc);
	pg->doc = NULL;
	if (rc == 0) {
		html = clean(p, raw, len, HTML_PAGE);
		raw = NULL;
		rc = html == NULL ? -1
		                  : p->o.write(p->o.ctx, nav->page, html, strlen(html), 1, 1,
		                               p->err, p->errlen);
		if (rc == 0 && p->o.splice && p->o.card_html != NULL)
			cut_cards(p, pg, html);
		free(html);
	}
	if (rc == 0 && rows) {
		html = clean(p, raw_rows, len_rows, HTML_PAGE_PART);
		raw_rows = NULL;
		rc = html == NULL ? -1 : spill(p, html);
		if (rc == 0)
			keep_rows(p, pg, nav, html);
		free(html);
	}
	free(raw);
	free(raw_rows);
	return rc;
}

/* Finish pg with nav, render it as name (spliced when its cards' HTML is
 * known, else whole); rows: also append its search rows. */
static int
render(struct index_pages *p, struct open_page *pg, struct index_nav *nav, int rows)
{
	char **cls;
	int rc = 0;

	memcpy(nav->severity, pg->severity, sizeof nav->severity);
	nav->filters = page_filters(p, pg->filter, &nav->nfilters, &cls);
	nav->first = "index.html";
	nav->search = "search.html";
	nav->total = p->total;
	if (can_splice(p, pg) && (rc = render_spliced(p, pg, nav, rows)) == 0 && pg->doc != NULL) {
		xmlFreeDoc(pg->doc);
		pg->doc = NULL;
	}
	if (rc == 0) {
		if (pg->doc == NULL)
			pg->doc = page_new_doc(p);
		rc = render_whole(p, pg, nav, rows);
	}
	page_close(pg);
	for (size_t i = 0; i < nav->nfilters; i++)
		free(cls[i]);
	free(cls);
	free((void *)nav->filters);
	if (rc < 0)
		p->failed = 1;
	return rc < 0 ? -1 : 0;
}

static int
render_first(struct index_pages *p)
{
	struct index_nav nav = { .kind = "first", .page = "index.html" };
	struct index_link *years = year_links(p, (size_t)-1);
	char *next = p->total > p->o.per_page ? page_at(p, p->o.per_page) : NULL;
	int rc;

	nav.years = years;
	nav.nyears = p->nyears;
	nav.next = next;
	rc = render(p, &p->first, &nav, 0);
	links_free(years, p->nyears);
	free(next);
	return rc;
}

/* The pages of year y, page k current. */
static struct index_link *
page_links(const struct index_pages *p, size_t y, size_t k, char (**labels)[24])
{
	size_t n = year_pages(p, y);
	struct index_link *l = xcalloc(n + 1, sizeof *l);

	*labels = xcalloc(n + 1, sizeof **labels);
	for (size_t i = 0; i < n; i++) {
		size_t left = p->years[y].count - i * p->o.per_page;
		snprintf((*labels)[i], sizeof **labels, "%zu", i + 1);
		l[i] = (struct index_link){ (*labels)[i], page_name(p, y, i + 1),
			                    left < p->o.per_page ? left : p->o.per_page,
			                    i + 1 == k };
	}
	return l;
}

/* The year page just filled: page k of year y, between the last page of
 * the newer year and the first of the older one. */
static int
render_year_page(struct index_pages *p, size_t y, size_t k)
{
	struct index_nav nav = { .kind = "year" };
	size_t npages = year_pages(p, y);
	char(*labels)[24];
	struct index_link *years = year_links(p, y), *pages = page_links(p, y, k, &labels);
	char *name = page_name(p, y, k), *prev = NULL, *next = NULL;
	int rc;

	if (k > 1)
		prev = page_name(p, y, k - 1);
	else if (y > 0)
		prev = page_name(p, y - 1, year_pages(p, y - 1));
	if (k < npages)
		next = page_name(p, y, k + 1);
	else if (y + 1 < p->nyears)
		next = page_name(p, y + 1, 1);
	nav.page = name;
	nav.year = p->years[y].year;
	nav.page_no = k;
	nav.pages = npages;
	nav.prev = prev;
	nav.next = next;
	nav.years = years;
	nav.nyears = p->nyears;
	nav.year_pages = pages;
	nav.nyear_pages = npages;
	rc = render(p, &p->cur, &nav, 1);
	links_free(years, p->nyears);
	links_free(pages, npages);
	free(labels);
	free(name);
	free(prev);
	free(next);
	return rc;
}

static void
count_into(struct open_page *pg, int level)
{
	pg->n++;
	pg->severity[level >= 1 && level <= 4 ? level : 0]++;
}

int
index_pages_add(struct index_pages *p, const struct feed_item *it)
{
	struct index_card c = { .key = it->e->key,
		                .updated = it->updated,
		                .severity = it->e->model.severity,
		                .products = &it->products,
		                .platforms = &it->platforms };
	struct buf xml;
	int rc;

	buf_init(&xml, 0);
	if (item_xml_card(it, &xml) < 0) {
		buf_free(&xml);
		return fail(p, "index pages: %s: the card%s could not be made", it->e->key, "");
	}
	c.xml = xml.data;
	c.len = xml.len;
	rc = index_pages_add_card(p, &c);
	buf_free(&xml);
	return rc;
}

/* Every card goes in as text, cached or just made, so a page is the same
 * whichever way its cards came. */
int
index_pages_add_card(struct index_pages *p, const struct index_card *it)
{
	char year[5], *classes;
	int level = it->severity;
	struct open_page *first = p->seen < p->o.per_page ? &p->first : NULL;

	if (p->failed)
		return -1;
	if (it->updated == NULL || strspn(it->updated, "0123456789") < 4)
		return fail(p, "index pages: %s: no year in its date \"%s\"", it->key,
		            it->updated ? it->updated : "");
	memcpy(year, it->updated, 4);
	year[4] = '\0';
	if (p->year_i >= p->nyears || strcmp(year, p->years[p->year_i].year) != 0)
		return fail(p, "index pages: %s (%s) is not in the announced order of years",
		            it->key, year);
	if (p->seen == 0)
		p->updated = xstrdup(it->updated);
	if (first != NULL && !first->open)
		page_open(p, first);
	if (!p->cur.open)
		page_open(p, &p->cur);
	classes = filter_classes(p, &p->cur, it, first);
	page_hold(&p->cur, it, classes);
	count_into(&p->cur, level);
	if (first != NULL) {
		page_hold(first, it, classes);
		count_into(first, level);
	}
	free(classes);
	p->severity_total[level >= 1 && level <= 4 ? level : 0]++;
	p->seen++;
	p->in_year++;
	if (first != NULL && (p->seen == p->o.per_page || p->seen == p->total) &&
	    render_first(p) < 0)
		return -1;
	if (p->cur.n == p->o.per_page || p->in_year == p->years[p->year_i].count) {
		if (render_year_page(p, p->year_i,
		                     (p->in_year + p->o.per_page - 1) / p->o.per_page) < 0)
			return -1;
	}
	if (p->in_year == p->years[p->year_i].count) {
		p->year_i++;
		p->in_year = 0;
	}
	return 0;
}

/* search.html: the shell index.xsl makes of kind "search", the rows
 * written into its empty element with id hf-rows. */
static int
render_search(struct index_pages *p)
{
	struct open_page pg;
	struct index_nav nav = { .kind = "search", .page = "search.html" };
	struct index_link *years = year_links(p, (size_t)-1);
	char **cls, *html, *mark;
	int rc = -1;

	page_open(p, &pg);
	memcpy(nav.severity, p->severity_total, sizeof nav.severity);
	nav.filters = page_filters(p, p->filter_total, &nav.nfilters, &cls);
	nav.first = "index.html";
	nav.search = "search.html";
	nav.total = p->total;
	nav.years = years;
	nav.nyears = p->nyears;
	item_xml_page_finish(pg.doc, &nav);
	html = transform(p, pg.doc, HTML_PAGE);
	page_close(&pg);
	mark = html != NULL ? strstr(html, ROWS_MARK) : NULL;
	if (html != NULL && mark == NULL)
		snprintf(p->err, p->errlen,
		         "index.xsl: the search page (kind \"search\") has no "
		         "empty element whose last attribute is id=\"hf-rows\" for its lines "
		         "(see templates/README.md)");
	if (mark != NULL) {
		/* the shell around the lines, written in pieces: search.html is
		 * never in memory whole */
		size_t head = (size_t)(mark - html) + strlen(ROWS_MARK) - 2;
		rc = p->o.write(p->o.ctx, "search.html", html, head, 1, 0, p->err, p->errlen);
		if (rc == 0)
			rc = write_rows(p);
		if (rc == 0)
			rc = p->o.write(p->o.ctx, "search.html", html + head, strlen(html + head),
			                0, 1, p->err, p->errlen);
	}
	free(html);
	for (size_t i = 0; i < nav.nfilters; i++)
		free(cls[i]);
	free(cls);
	free((void *)nav.filters);
	links_free(years, p->nyears);
	return rc;
}

int
index_pages_end(struct index_pages *p)
{
	char want[32], got[32];

	if (p->failed)
		return -1;
	if (p->seen != p->total) {
		snprintf(want, sizeof want, "%zu", p->total);
		snprintf(got, sizeof got, "%zu", p->seen);
		return fail(p, "index pages: %s bulletins announced, %s added", want, got);
	}
	if (p->total == 0) {
		page_open(p, &p->first);
		if (render_first(p) < 0)
			return -1;
	}
	return render_search(p);
}

void
index_pages_free(struct index_pages *p)
{
	if (p == NULL)
		return;
	page_close(&p->first);
	page_close(&p->cur);
	for (size_t i = 0; i < p->nnames; i++)
		free(p->names[i]);
	if (p->rows != NULL)
		fclose(p->rows);
	free(p->years);
	free(p->updated);
	free(p);
}
