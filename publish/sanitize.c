/* sanitize.c — XML-safe text and web-only URLs; see sanitize.h. */
#include "publish/sanitize.h"
#include "core/url.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

/* Code points that XML 1.0 forbids or discourages and no reader wants. */
static int
cp_unwanted(long cp)
{
	if (cp == '\t' || cp == '\n' || cp == '\r')
		return 0;
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) ||
	       (cp & 0xFFFE) == 0xFFFE;
}

/* Runs of wanted characters are copied whole: every text of every output
 * passes here. */
char *
sanitize_text(const char *s)
{
	const char *p = s, *run;
	size_t n, len;
	struct buf b;

	if (s == NULL)
		return NULL;
	n = strlen(s);
	buf_init(&b, 0);
	buf_reserve(&b, n);
	run = p;
	while (n > 0) {
		long cp = (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7F
		                  ? (len = 1, *p)
		                  : utf8_next(p, n, &len);
		if (cp < 0 || cp_unwanted(cp)) {
			buf_append(&b, run, (size_t)(p - run));
			if (cp < 0)
				buf_put_utf8(&b, 0xFFFD);
			run = p + len;
		}
		p += len;
		n -= len;
	}
	buf_append(&b, run, (size_t)(p - run));
	return buf_steal(&b, NULL);
}

int
sanitize_url_is_web(const char *url)
{
	static const char *const schemes[] = { "http://", "https://" };

	if (url == NULL)
		return 0;
	for (size_t i = 0; i < sizeof schemes / sizeof *schemes; i++) {
		size_t k = strlen(schemes[i]);
		if (ascii_ncasecmp(url, schemes[i], k) == 0)
			return url[k] != '\0' && url[k] != '/' && url[k] != '?' && url[k] != '#';
	}
	return 0;
}

/* Bytes a URI cannot hold as they are. */
static int
needs_escape(unsigned char c)
{
	return c >= 0x80 || c <= 0x20 || strchr("\"<>\\^`{|}", c) != NULL;
}

/* url trimmed, without the tab/LF/CR a browser ignores inside URLs (the
 * trick behind "java\tscript:"), percent-encoded; NULL if other control
 * characters remain. */
static char *
url_clean(const char *url)
{
	const unsigned char *p = (const unsigned char *)url, *end;
	struct buf b;

	while (*p != '\0' && *p <= 0x20)
		p++;
	end = p + strlen((const char *)p);
	while (end > p && end[-1] <= 0x20)
		end--;
	buf_init(&b, 0);
	buf_append(&b, "", 0);
	for (; p < end; p++) {
		if (*p == '\t' || *p == '\n' || *p == '\r')
			continue;
		if (*p < 0x20 || *p == 0x7F) {
			buf_free(&b);
			return NULL;
		}
		if (needs_escape(*p))
			buf_printf(&b, "%%%02X", *p);
		else
			buf_putc(&b, *p);
	}
	return buf_steal(&b, NULL);
}

char *
sanitize_url(const char *url, const char *base)
{
	char *clean, *cbase = NULL, *out = NULL;
	char *abs;

	if (url == NULL || (clean = url_clean(url)) == NULL)
		return NULL;
	if (sanitize_url_is_web(clean))
		return clean;
	if (base != NULL)
		cbase = url_clean(base);
	if (clean[0] != '\0' && sanitize_url_is_web(cbase)) {
		abs = url_resolve(cbase, clean, URL_KEEP_FRAGMENT);
		if (abs != NULL && sanitize_url_is_web(abs))
			out = abs;
		else
			free(abs);
	}
	free(clean);
	free(cbase);
	return out;
}

/* 1 when url starts with a scheme ("x:" with x = ALPHA *(ALPHA/DIGIT/+-.)). */
static int
has_scheme(const char *url)
{
	const char *p = url;

	if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
		return 0;
	while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
	       *p == '+' || *p == '-' || *p == '.')
		p++;
	return *p == ':';
}

char *
sanitize_href(const char *url)
{
	char *clean;

	if (url == NULL || (clean = url_clean(url)) == NULL)
		return NULL;
	if (!has_scheme(clean) || sanitize_url_is_web(clean))
		return clean;
	free(clean);
	return NULL;
}

char *
sanitize_text_to_html(const char *text)
{
	static const struct {
		char c;
		const char *entity;
	} escapes[] = {
		{ '&', "&amp;" },
		{ '<', "&lt;" },
		{ '>', "&gt;" },
		{ '"', "&quot;" },
	};
	char *clean = sanitize_text(text), *p;
	struct buf b;

	if (clean == NULL)
		return NULL;
	buf_init(&b, 0);
	buf_puts(&b, "<p>");
	for (p = clean; *p != '\0'; p++) {
		size_t i;
		if (p[0] == '\n' && p[1] == '\n') {
			buf_puts(&b, "</p><p>");
			while (p[1] == '\n')
				p++;
			continue;
		}
		for (i = 0; i < sizeof escapes / sizeof *escapes; i++)
			if (*p == escapes[i].c)
				break;
		if (i < sizeof escapes / sizeof *escapes)
			buf_puts(&b, escapes[i].entity);
		else
			buf_putc(&b, *p);
	}
	buf_puts(&b, "</p>");
	free(clean);
	return buf_steal(&b, NULL);
}
