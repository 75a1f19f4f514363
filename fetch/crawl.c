/* crawl.c — links of index pages and what to follow; see crawl.h. */
#include "fetch/crawl.h"
#include "fetch/http.h"
#include "parse/decode.h"
#include "parse/links.h"
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
crawl_page_links(const unsigned char *body, size_t len, const char *charset,
                 const char *base, strlist *out, char *err, size_t errlen)
{
	struct decode_result d;
	strlist hrefs = { 0 };
	decode_document(body, len, charset, ENC_SHIFT_JIS, &d);
	int n = html_links(d.text, d.len, &hrefs, err, errlen);
	decode_result_free(&d);
	if (n < 0) {
		strlist_free(&hrefs);
		return -1;
	}
	size_t before = out->n;
	struct strset seen = STRSET_INIT;
	for (size_t i = 0; i < out->n; i++)
		strset_add(&seen, out->v[i]);
	for (size_t i = 0; i < hrefs.n && out->n - before < HF_MAX_INDEX_LINKS; i++) {
		char *abs = url_resolve(base, hrefs.v[i], 0);
		if (abs && is_wanted_scheme(abs) && strset_add(&seen, abs))
			strlist_add(out, abs);
		free(abs);
	}
	strset_free(&seen);
	strlist_free(&hrefs);
	return (int)(out->n - before);
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

enum crawl_kind
crawl_classify(const char *root, const char *link, const char *pattern)
{
	if (!same_site(root, link))
		return CRAWL_SKIP;
	/* "under the root's directory" compares paths: same_site() already
	   matched the host:port, which may be spelled otherwise in the link
	   (http://EX.ORG/..., http://ex.org:80/...); comparing the whole
	   strings skipped such a sub-index */
	const char *rp = path_part(root), *lp = path_part(link);
	size_t rd = dir_len(rp), n;
	int under = strncmp(rp, lp, rd) == 0;
	const char *seg = last_segment(link, &n);
	if (is_index_name(seg, n))
		return under ? CRAWL_INDEX : CRAWL_SKIP;
	if (!pattern || !pattern[0])
		return CRAWL_PAGE;
	if (fnmatch(pattern, link, 0) == 0)
		return CRAWL_PAGE;
	return under ? CRAWL_INDEX : CRAWL_SKIP;
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
