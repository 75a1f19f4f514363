/* links.c — <a href> extraction for the crawler; see links.h. */
#include "parse/links.h"
#include "parse/html.h"
#include "core/limits.h"
#include "core/strset.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

int
html_links(const char *utf8, size_t len, strlist *hrefs, char *err, size_t errlen)
{
	struct hdoc doc;
	size_t before;
	struct strset seen = STRSET_INIT;
	if (html_flatten(utf8, len, &doc, err, errlen) != 0)
		return -1;
	before = hrefs->n;
	for (size_t i = 0; i < hrefs->n; i++)
		strset_add(&seen, hrefs->v[i]);
	for (size_t i = 0; i < doc.hrefs.n; i++)
		if (doc.hrefs.v[i][0] && strset_add(&seen, doc.hrefs.v[i]))
			strlist_add(hrefs, doc.hrefs.v[i]);
	strset_free(&seen);
	hdoc_free(&doc);
	return (int)(hrefs->n - before);
}

/* A copy of s, at most max bytes (cut at a character), without tabs and
 * line breaks: a field of the wire form.  They become spaces in a text and
 * are dropped from an href, as the URL parser drops them. */
static char *
field_dup(const char *s, size_t max, int is_href)
{
	size_t n = strlen(s), k = 0;
	char *d;
	if (n > max)
		n = utf8_cut(s, max);
	d = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			d[k++] = s[i];
		else if (!is_href)
			d[k++] = ' ';
	}
	d[k] = '\0';
	return d;
}

static int
by_href(const void *a, const void *b)
{
	return strcmp((*(struct html_link *const *)a)->href, (*(struct html_link *const *)b)->href);
}

/* Give each of the n links the text of the first <a> of doc with its href
 * ("" when none has text).  Sorted pointers and a binary search: a scan per
 * link cost 10 000 x 30 000 comparisons on a long index page. */
static void
set_texts(const struct hdoc *doc, struct html_link *v, size_t n)
{
	struct html_link **by = xmalloc((n ? n : 1) * sizeof *by);
	for (size_t i = 0; i < n; i++)
		by[i] = &v[i];
	qsort(by, n, sizeof *by, by_href);
	for (size_t i = 0; i < doc->blocks.n; i++)
		for (size_t k = 0; k < doc->blocks.v[i].links.n; k++) {
			const struct hlink *hl = &doc->blocks.v[i].links.v[k];
			struct html_link key, *kp = &key, **hit;
			if (!hl->href || !hl->text)
				continue;
			key = (struct html_link){ .href = field_dup(hl->href, HTML_LINK_HREF_MAX,
				                                    1) };
			hit = bsearch(&kp, by, n, sizeof *by, by_href);
			if (hit && !(*hit)->text)
				(*hit)->text = field_dup(hl->text, HTML_LINK_TEXT_MAX, 0);
			free(key.href);
		}
	for (size_t i = 0; i < n; i++)
		if (!v[i].text)
			v[i].text = xstrdup("");
	free(by);
}

int
html_links_read(const char *utf8, size_t len, struct html_links *out, char *err, size_t errlen)
{
	struct hdoc doc;
	struct strset seen = STRSET_INIT, paging = STRSET_INIT;
	size_t before;
	if (html_flatten(utf8, len, &doc, err, errlen) != 0)
		return -1;
	/* text per href: one pass over the blocks, first link wins */
	for (size_t i = 0; i < doc.rel_hrefs.n; i++)
		strset_add(&paging, doc.rel_hrefs.v[i]);
	before = out->v.n;
	for (size_t i = 0; i < doc.hrefs.n && out->v.n - before < HF_MAX_INDEX_LINKS; i++) {
		const char *h = doc.hrefs.v[i];
		struct html_link *l;
		if (!h[0] || strlen(h) > HTML_LINK_HREF_MAX || !strset_add(&seen, h))
			continue;
		l = VEC_PUSH(&out->v);
		l->href = field_dup(h, HTML_LINK_HREF_MAX, 1);
		l->paging = strset_has(&paging, h);
	}
	set_texts(&doc, out->v.v + before, out->v.n - before);
	strset_free(&seen);
	strset_free(&paging);
	hdoc_free(&doc);
	return (int)(out->v.n - before);
}

char *
html_links_encode(const struct html_links *l)
{
	struct buf b;
	buf_init(&b, 0);
	for (size_t i = 0; i < l->v.n; i++)
		buf_printf(&b, "%d\t%s\t%s\n", l->v.v[i].paging ? 1 : 0, l->v.v[i].href,
		           l->v.v[i].text);
	buf_putc(&b, '\0');
	b.len--;
	return buf_steal(&b, NULL);
}

int
html_links_decode(const char *s, size_t len, struct html_links *out)
{
	const char *end = s + len;
	int n = 0;
	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		const char *t1 = nl ? memchr(s, '\t', (size_t)(nl - s)) : NULL;
		const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(nl - t1 - 1)) : NULL;
		struct html_link *l;
		if (!t2 || t1 != s + 1 || (s[0] != '0' && s[0] != '1') || t2 == t1 + 1)
			return -1;
		l = VEC_PUSH(&out->v);
		l->paging = s[0] == '1';
		l->href = xstrndup(t1 + 1, (size_t)(t2 - t1 - 1));
		l->text = xstrndup(t2 + 1, (size_t)(nl - t2 - 1));
		n++;
		s = nl + 1;
	}
	return n;
}

void
html_links_free(struct html_links *l)
{
	for (size_t i = 0; i < l->v.n; i++) {
		free(l->v.v[i].href);
		free(l->v.v[i].text);
	}
	free(l->v.v);
	memset(l, 0, sizeof *l);
}
