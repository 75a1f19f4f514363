/* crawl.c — links of index pages and what to follow; see crawl.h. */
#include "ingest/crawl.h"
#include "fetch/http.h"
#include "parse/decode.h"
#include "parse/links.h"
#include "parse/text.h"
#include "core/limits.h"
#include "core/strset.h"
#include "core/url.h"
#include "core/util.h"

#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const index_names[] = { "index.", "default." };

static int
is_wanted_scheme(const char *url)
{
	return http_url_is_remote(url) || ascii_ncasecmp(url, "file://", 7) == 0;
}

int
crawl_index_links(const unsigned char *body, size_t len, const char *charset, const char *base,
                  struct html_links *out, char *err, size_t errlen)
{
	struct html_links hl = { 0 };
	size_t before;
	struct strset seen = STRSET_INIT;
	if (parse_links_isolated(body, len, charset, &hl, err, errlen) < 0) {
		html_links_free(&hl);
		return -1;
	}
	before = out->v.n;
	for (size_t i = 0; i < out->v.n; i++)
		strset_add(&seen, out->v.v[i].href);
	for (size_t i = 0; i < hl.v.n && out->v.n - before < HF_MAX_INDEX_LINKS; i++) {
		char *abs = url_resolve(base, hl.v.v[i].href, 0);
		if (abs && is_wanted_scheme(abs) && strset_add(&seen, abs)) {
			struct html_link *l = VEC_PUSH(&out->v);
			l->href = abs;
			l->text = xstrdup(hl.v.v[i].text);
			l->paging = hl.v.v[i].paging;
			continue;
		}
		free(abs);
	}
	strset_free(&seen);
	html_links_free(&hl);
	return (int)(out->v.n - before);
}

int
crawl_page_links(const unsigned char *body, size_t len, const char *charset, const char *base,
                 strlist *out, char *err, size_t errlen)
{
	struct html_links l = { 0 };
	struct strset seen = STRSET_INIT;
	int n, added = 0;
	for (size_t i = 0; i < out->n; i++)
		strset_add(&seen, out->v[i]);
	n = crawl_index_links(body, len, charset, base, &l, err, errlen);
	for (size_t i = 0; n > 0 && i < l.v.n; i++)
		if (strset_add(&seen, l.v.v[i].href)) {
			strlist_add(out, l.v.v[i].href);
			added++;
		}
	strset_free(&seen);
	html_links_free(&l);
	return n < 0 ? -1 : added;
}

/* Length of url up to and including the last '/' of its path (no query). */
static size_t
dir_len(const char *url)
{
	size_t end = strcspn(url, "?#");
	while (end > 0 && url[end - 1] != '/')
		end--;
	return end;
}

/* The last path segment of url, its length in *n. */
static const char *
last_segment(const char *url, size_t *n)
{
	size_t d = dir_len(url);
	*n = strcspn(url + d, "?#");
	return url + d;
}

static int
is_index_name(const char *seg, size_t n)
{
	if (n == 0)
		return 1;
	for (size_t i = 0; i < sizeof index_names / sizeof *index_names; i++) {
		size_t k = strlen(index_names[i]);
		if (n > k && ascii_ncasecmp(seg, index_names[i], k) == 0)
			return 1;
	}
	return 0;
}

static int
same_site(const char *a, const char *b)
{
	char ha[256], hb[256];
	if (http_url_is_remote(a) != http_url_is_remote(b))
		return 0;
	if (!http_url_is_remote(a))
		return ascii_ncasecmp(a, "file://", 7) == 0 && ascii_ncasecmp(b, "file://", 7) == 0;
	if (http_url_host(a, ha, sizeof ha) || http_url_host(b, hb, sizeof hb))
		return 0;
	return strcmp(ha, hb) == 0;
}

/* Where the path of url starts: past "scheme://authority", or url itself. */
static const char *
path_part(const char *url)
{
	const char *p = strstr(url, "://");
	if (!p)
		return url;
	p += 3;
	return p + strcspn(p, "/?#");
}

/* Site owners name files in any case (MS05-039.htm, ms05-039.htm): a
 * pattern matches case-insensitively, on the whole URL or on its path. */
static int
pattern_matches(const char *pattern, const char *url)
{
	return fnmatch(pattern, url, FNM_CASEFOLD) == 0 ||
	       fnmatch(pattern, path_part(url), FNM_CASEFOLD) == 0;
}

enum crawl_kind
crawl_classify(const char *root, const char *link, const char *pattern)
{
	const char *rp, *lp;
	size_t rd, n;
	int under;
	const char *seg;

	if (!same_site(root, link))
		return CRAWL_SKIP;
	/* "under the root's directory" compares paths: same_site() already
	   matched the host:port, which may be spelled otherwise in the link
	   (http://EX.ORG/..., http://ex.org:80/...); comparing the whole
	   strings skipped such a sub-index */
	rp = path_part(root);
	lp = path_part(link);
	rd = dir_len(rp);
	under = strncmp(rp, lp, rd) == 0;
	seg = last_segment(link, &n);
	if (is_index_name(seg, n))
		return under ? CRAWL_INDEX : CRAWL_SKIP;
	if (!pattern || !pattern[0])
		return CRAWL_PAGE;
	if (pattern_matches(pattern, link))
		return CRAWL_PAGE;
	return under ? CRAWL_INDEX : CRAWL_SKIP;
}

/* Texts of links to the next or previous page of a list, compared after
 * the decoration around them is stripped. */
static const char *const paging_texts[] = {
	"次へ", "前へ", "次のページ", "前のページ", "次ページ",  "前ページ",      "次",
	"前",   "next", "prev",       "previous",   "next page", "previous page",
};
/* Decoration around a paging link's text. */
static const char *const paging_marks[] = {
	" ",
	"\xe3\x80\x80",
	"[",
	"]",
	"(",
	")",
	"<",
	">",
	"|",
	"\xc2\xab",
	"\xc2\xbb",
	"\xef\xbc\x9c",
	"\xef\xbc\x9e",
	"\xe2\x89\xaa",
	"\xe2\x89\xab",
	"\xe3\x80\x90",
	"\xe3\x80\x91",
	"\xef\xbc\xbb",
	"\xef\xbc\xbd",
	"\xe2\x86\x90",
	"\xe2\x86\x92",
	"\xe2\x96\xb6",
	"\xe2\x97\x80",
	"\xe2\x96\xb7",
	"\xe2\x97\x81",
};
#define NMARKS (sizeof paging_marks / sizeof *paging_marks)

/* s[*a..*b) with the decoration stripped from both ends. */
static void
strip_marks(const char *s, size_t *a, size_t *b)
{
	for (int again = 1; again && *a < *b;) {
		again = 0;
		for (size_t i = 0; i < NMARKS; i++) {
			size_t k = strlen(paging_marks[i]);
			if (*b - *a >= k && memcmp(s + *a, paging_marks[i], k) == 0)
				*a += k, again = 1;
			if (*b - *a >= k && memcmp(s + *b - k, paging_marks[i], k) == 0)
				*b -= k, again = 1;
		}
	}
}

/* A page number: 1-3 ASCII or fullwidth digits (a year, 2005, is not). */
static int
is_page_number(const char *s, size_t n)
{
	size_t digits = 0;
	for (size_t i = 0; i < n; digits++) {
		if (s[i] >= '0' && s[i] <= '9')
			i++;
		else if (n - i >= 3 && memcmp(s + i, "\xef\xbc", 2) == 0 &&
		         (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99)
			i += 3;
		else
			return 0;
	}
	return digits >= 1 && digits <= 3;
}

static int
text_is_paging(const char *text)
{
	size_t a = 0, b = strlen(text);
	strip_marks(text, &a, &b);
	if (a == b)
		return 0;
	if (is_page_number(text + a, b - a))
		return 1;
	for (size_t i = 0; i < sizeof paging_texts / sizeof *paging_texts; i++)
		if (strlen(paging_texts[i]) == b - a &&
		    ascii_ncasecmp(text + a, paging_texts[i], b - a) == 0)
			return 1;
	return 0;
}

/* Query parameters that number the pages of a list. */
static const char *const paging_params[] = { "page", "p", "pg", "pageno" };

/* 1 when s (n bytes) is 1-5 ASCII digits. */
static int
all_digits(const char *s, size_t n)
{
	if (n == 0 || n > 5)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* index_2.html, index-2.htm, index2.html; ?page=2; /page/2/ */
static int
url_is_paging(const char *url)
{
	size_t n;
	const char *seg = last_segment(url, &n);
	const char *q;
	const char *path, *end;
	if (n > 5 && ascii_ncasecmp(seg, "index", 5) == 0) {
		size_t k = 5 + (seg[5] == '_' || seg[5] == '-');
		size_t d = strspn(seg + k, "0123456789");
		if (d > 0 && d <= 5 && (k + d == n || seg[k + d] == '.'))
			return 1;
	}
	q = strchr(url, '?');
	for (const char *p = q; p && *p && *p != '#';) {
		size_t name, val;
		p++;
		name = strcspn(p, "=&#");
		for (size_t i = 0;
		     p[name] == '=' && i < sizeof paging_params / sizeof *paging_params; i++)
			if (strlen(paging_params[i]) == name &&
			    ascii_ncasecmp(p, paging_params[i], name) == 0 &&
			    (val = strcspn(p + name + 1, "&#"), all_digits(p + name + 1, val)))
				return 1;
		p += strcspn(p, "&#");
		if (*p == '#')
			break;
	}
	path = path_part(url);
	end = path + strcspn(path, "?#");
	for (const char *p = path; (p = strstr(p, "/page/")) != NULL && p < end; p += 5) {
		size_t d = strspn(p + 6, "0123456789");
		if (all_digits(p + 6, d) && (p[6 + d] == '/' || p + 6 + d == end))
			return 1;
	}
	return 0;
}

static int
has_ms_id(const char *s)
{
	char id[16];
	int typo;
	return text_next_ms_id(s, id, &typo, NULL) != NULL;
}

enum crawl_kind
crawl_classify_link(const char *root, const struct html_link *l, const char *pattern)
{
	enum crawl_kind k = crawl_classify(root, l->href, pattern);
	const char *rp, *lp;
	if (k == CRAWL_SKIP)
		return k;
	rp = path_part(root);
	lp = path_part(l->href);
	if (strncmp(rp, lp, dir_len(rp)) != 0)
		return k;
	if (url_is_paging(l->href))
		return CRAWL_NEXT;
	/* a rel or a "2" on a link to a bulletin does not make it a list */
	if ((l->paging || text_is_paging(l->text)) && !has_ms_id(l->href) &&
	    !(pattern && pattern[0] && pattern_matches(pattern, l->href)))
		return CRAWL_NEXT;
	return k;
}

int
crawl_bulletin_like(const char *root, const struct html_link *l, const char *pattern)
{
	if (crawl_classify_link(root, l, pattern) != CRAWL_PAGE)
		return 0;
	if (pattern && pattern[0])
		return 1;
	return has_ms_id(l->href) || has_ms_id(l->text);
}

/* Whether an href value (as written, len n) may name a page of the site
 * whose host is host: relative, or absolute http(s) to that host. */
static int
href_may_be_local(const char *v, size_t n, const char *host, const char *base)
{
	size_t k = 0;
	char *abs, *res, h[256];
	int same;
	if (n == 0 || v[0] == '#')
		return 0;
	while (k < n && ((v[k] >= 'a' && v[k] <= 'z') || (v[k] >= 'A' && v[k] <= 'Z') ||
	                 (k > 0 && ((v[k] >= '0' && v[k] <= '9') || v[k] == '+' || v[k] == '-' ||
	                            v[k] == '.'))))
		k++;
	if (!(k < n && v[k] == ':') && !(n >= 2 && v[0] == '/' && v[1] == '/'))
		return 1; /* relative */
	abs = xstrndup(v, n);
	res = url_resolve(base, abs, 0);
	same = res && http_url_is_remote(res) && http_url_host(res, h, sizeof h) == 0 &&
	       strcmp(h, host) == 0;
	free(res);
	free(abs);
	return same;
}

int
crawl_may_be_index(const unsigned char *body, size_t len, const char *base)
{
	char host[256];
	size_t found = 0;
	const char *p = (const char *)body, *end = p + len;
	if (len >= 2 &&
	    ((body[0] == 0xff && body[1] == 0xfe) || (body[0] == 0xfe && body[1] == 0xff)))
		return 1;
	if (memchr(body, '\0', len < 4096 ? len : 4096))
		return 1;
	if (http_url_host(base, host, sizeof host) != 0)
		return 1;
	while (found < CRAWL_INDEX_MIN_BULLETINS && (size_t)(end - p) > 5) {
		const char *h = memchr(p, '=', (size_t)(end - p));
		const char *name, *v;
		char q;
		if (!h)
			break;
		name = h;
		while (name > p && (name[-1] == ' ' || name[-1] == '\t' || name[-1] == '\n' ||
		                    name[-1] == '\r'))
			name--;
		p = h + 1;
		if (name - (const char *)body < 4 || ascii_ncasecmp(name - 4, "href", 4) != 0)
			continue;
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
			p++;
		q = p < end && (*p == '"' || *p == '\'') ? *p++ : 0;
		v = p;
		while (p < end && (q ? *p != q : !strchr(" \t\n\r>", *p)))
			p++;
		/* tabs and newlines inside count as nothing, as the URL parser drops them */
		while (v < p && strchr(" \t\n\r", *v))
			v++;
		found += href_may_be_local(v, (size_t)(p - v), host, base);
	}
	return found >= CRAWL_INDEX_MIN_BULLETINS;
}

/* A local path is made absolute (realpath(3); against the working directory
 * when it does not exist: "file://" + a relative path would name a host)
 * and the bytes a URL cannot hold are %-escaped.  A raw space or '%' made a
 * URL that url_resolve() refused: an index under "/srv/my archive/"
 * yielded no links at all. */
char *
crawl_file_url(const char *path)
{
	static const char safe[] = "-._~/!$&'()*+,;=:@";
	char *abs = realpath(path, NULL);
	struct buf b;

	if (!abs && path[0] != '/') {
		char *cwd = getcwd(NULL, 0);
		abs = cwd ? xasprintf("%s/%s", cwd, path) : NULL;
		free(cwd);
	}
	buf_init(&b, 0);
	buf_puts(&b, "file://");
	for (const unsigned char *p = (const unsigned char *)(abs ? abs : path); *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr(safe, *p))
			buf_putc(&b, *p);
		else
			buf_printf(&b, "%%%02X", *p);
	}
	free(abs);
	return buf_steal(&b, NULL);
}

char *
crawl_url_from_arg(const char *arg)
{
	if (http_url_is_remote(arg) || ascii_ncasecmp(arg, "file://", 7) == 0)
		return xstrdup(arg);
	return crawl_file_url(arg);
}
