/*
 * fuzz_url.c — libFuzzer target for URL handling: url_resolve() (an
 * href against its page), http_url_host(), crawl_classify(),
 * sanitize_url(), url_arg_problem() and feed_tag_uri().  The input is
 * "BASE\nREF\nPATTERN".  Besides crashes it checks the contract: a
 * resolved URL holds no space or control character and resolves to
 * itself again; what sanitize_url keeps is a web URL; a tag URI never
 * holds a byte outside RFC 3986's.
 */
#include "core/url.h"
#include "core/util.h"
#include "ingest/crawl.h"
#include "fetch/http.h"
#include "publish/feed.h"
#include "publish/sanitize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The next line of s (up to '\n' or the end), malloc'd; *s moves past it. */
static char *
line(const char **s, const char *end)
{
	const char *nl = memchr(*s, '\n', (size_t)(end - *s));
	const char *stop = nl ? nl : end;
	char *l = xstrndup(*s, (size_t)(stop - *s));

	*s = nl ? nl + 1 : end;
	return l;
}

static void
check_resolved(const char *base, const char *url)
{
	char *again;

	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		if (*p <= ' ' || *p == 0x7F)
			abort();
	again = url_resolve(base, url, 0);
	if (again == NULL || strcmp(again, url) != 0)
		abort();
	free(again);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *end = s + size;
	char *base, *ref, *pattern, *u, *clean, *tag, host[256];

	if (size > 4096 || memchr(data, 0, size) != NULL)
		return 0;
	base = line(&s, end);
	ref = line(&s, end);
	pattern = line(&s, end);
	u = url_resolve(base, ref, 0);
	if (u != NULL) {
		if (http_url_is_remote(u))
			check_resolved(base, u);
		http_url_host(u, host, sizeof host);
		crawl_classify(base, u, pattern[0] ? pattern : NULL);
	}
	clean = sanitize_url(ref, base);
	if (clean != NULL && !sanitize_url_is_web(clean))
		abort();
	url_arg_problem(ref, 1);
	tag = feed_tag_uri("example.org,2005", ref);
	for (const unsigned char *p = (const unsigned char *)tag; *p; p++)
		if (*p <= ' ' || *p >= 0x7F || strchr("\"<>\\^`{|}", *p) != NULL)
			abort();
	free(tag);
	free(clean);
	free(u);
	free(base);
	free(ref);
	free(pattern);
	return 0;
}
