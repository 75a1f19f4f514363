/*
 * url.c — url.h on libcurl's URL API (CURLU).  With fetch/http.c, the only
 * file of hotfeed that calls curl_*.
 */
#include "core/url.h"
#include "core/util.h"

#include <ctype.h>
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *
url_trim_ref(const char *ref)
{
	size_t n;
	char *s, *o;

	while (*ref && (unsigned char)*ref <= ' ')
		ref++;
	n = strlen(ref);
	while (n > 0 && (unsigned char)ref[n - 1] <= ' ')
		n--;
	s = o = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++)
		if (ref[i] != '\t' && ref[i] != '\n' && ref[i] != '\r')
			*o++ = ref[i];
	*o = '\0';
	return s;
}

static int
hexval(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* %-escapes in upper case (RFC 3986 6.2.2.1), as browsers write them: one
 * link, one spelling, whatever libcurl's own case. */
static void
upper_escapes(char *s)
{
	for (; *s; s++)
		if (s[0] == '%' && hexval((unsigned char)s[1]) && hexval((unsigned char)s[2])) {
			if (s[1] >= 'a')
				s[1] -= 'a' - 'A';
			if (s[2] >= 'a')
				s[2] -= 'a' - 'A';
			s += 2;
		}
}

char *
url_resolve(const char *base, const char *ref, unsigned flags)
{
	CURLU *u;
	char *s = NULL, *out = NULL, *same = NULL, *clean;
	size_t keep;

	if (base == NULL || ref == NULL || (u = curl_url()) == NULL)
		return NULL;
	ref = clean = url_trim_ref(ref);
	/* libcurl 7.88 resolves "#frag" and "?q" against the directory, not
	 * the document (RFC 3986 5.2.2): those two are done here */
	if (ref[0] == '#' || ref[0] == '\0' || ref[0] == '?') {
		keep = strcspn(base, ref[0] == '?' ? "?#" : "#");
		same = xasprintf("%.*s%s", (int)keep, base, ref);
		ref = same;
	}
	if (curl_url_set(u, CURLUPART_URL, base, 0) == CURLUE_OK &&
	    curl_url_set(u, CURLUPART_URL, ref, 0) == CURLUE_OK &&
	    ((flags & URL_KEEP_FRAGMENT) ||
	     curl_url_set(u, CURLUPART_FRAGMENT, NULL, 0) == CURLUE_OK) &&
	    curl_url_get(u, CURLUPART_URL, &s, 0) == CURLUE_OK) {
		out = xstrdup(s);
		upper_escapes(out);
	}
	curl_free(s);
	curl_url_cleanup(u);
	free(same);
	free(clean);
	return out;
}

/* The length of the RFC 3986 scheme at s followed by ':', else 0. */
static size_t
scheme_len(const char *s)
{
	size_t n = 0;

	if (!isalpha((unsigned char)s[0]))
		return 0;
	while (isalnum((unsigned char)s[n]) || s[n] == '+' || s[n] == '-' || s[n] == '.')
		n++;
	return s[n] == ':' ? n : 0;
}

const char *
url_arg_problem(const char *arg, int paths)
{
	static const char *const schemes[] = { "http", "https", "file" };
	size_t n = scheme_len(arg);

	if (arg[0] == '\0')
		return "empty";
	for (const unsigned char *p = (const unsigned char *)arg; *p; p++)
		if (*p < 0x20 || *p == 0x7F)
			return "contains control characters";
	for (size_t i = 0; n > 0 && i < sizeof schemes / sizeof *schemes; i++)
		if (strlen(schemes[i]) == n && ascii_ncasecmp(arg, schemes[i], n) == 0)
			return NULL;
	if (n > 0 && (!paths || access(arg, F_OK) != 0))
		return paths ? "not an http, https or file URL, nor a local path"
		             : "not an http, https or file URL";
	return n == 0 && !paths ? "not an http, https or file URL" : NULL;
}
