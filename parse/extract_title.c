/*
 * extract_title.c — a chosen title, tidied: what a page wraps around its
 * headline is not the headline.
 *  - a mailing list's tag before a mail's Subject ("[hotfix-ml:00342]",
 *    "[it-info 2004]": a name and a serial number in ASCII brackets);
 *  - a decoration glyph at either end (■ ◆ ◇ □ ● † ‡ ※ ★ ☆ ▼ ▲ ►): a list
 *    bullet, a wiki's anchor mark after a heading.
 * Bracketed words such as 【更新】 or [重要] are kept: they are part of the
 * headline as the page writes it (samples/README.md, titles).
 */
#include "parse/extract.h"
#include "parse/text.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

static const char *const title_decorations[] = {
	"■", "◆", "◇", "□", "●", "○", "†", "‡", "※", "★", "☆", "▼", "▲", "►", "▽", "△",
};

/* The length of a decoration glyph at p, 0 when none. */
static size_t
decoration_at(const char *p)
{
	for (size_t k = 0; k < sizeof title_decorations / sizeof *title_decorations; k++)
		if (text_starts(p, title_decorations[k]))
			return strlen(title_decorations[k]);
	return 0;
}

/* A mailing list's tag at p: "[" ASCII name, ":" or " ", digits "]" (and
 * the spaces after it); its length, 0 when p holds none. */
static size_t
list_tag_at(const char *p)
{
	const char *q = p + 1;
	size_t name = 0, digits = 0;

	if (*p != '[')
		return 0;
	while ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || *q == '-' || *q == '_' ||
	       (name > 0 && *q >= '0' && *q <= '9'))
		q++, name++;
	if (name == 0 || (*q != ':' && *q != ' '))
		return 0;
	q++;
	while (*q >= '0' && *q <= '9')
		q++, digits++;
	if (digits == 0 || *q != ']')
		return 0;
	q++;
	while (*q == ' ')
		q++;
	return (size_t)(q - p);
}

/* The byte length of the white space (ASCII, no-break, full-width) at p. */
static size_t
space_at(const char *p)
{
	size_t len;
	long cp = utf8_next(p, strnlen(p, 4), &len);

	return cp >= 0 && text_is_space((unsigned)cp) ? len : 0;
}

/* Whether the text from p to its end is only decorations and spaces. */
static int
only_decoration(const char *p)
{
	size_t n;

	while (*p) {
		if ((n = decoration_at(p)) == 0 && (n = space_at(p)) == 0)
			return 0;
		p += n;
	}
	return 1;
}

char *
extract_title_tidy(const char *title)
{
	const char *p = title, *end;
	char *out, *cut;
	size_t n;

	for (int again = 1; again;) {
		again = 0;
		if ((n = list_tag_at(p)) || (n = decoration_at(p)) || (n = space_at(p)))
			p += n, again = 1;
	}
	/* the first decoration from which only decorations follow */
	for (end = p; *end; end += n) {
		if (((n = decoration_at(end)) || (n = space_at(end))) && only_decoration(end))
			break;
		if (n == 0)
			(void)utf8_next(end, strnlen(end, 4), &n);
		if (n == 0)
			n = 1;
	}
	out = xstrdup(p);
	cut = out + (end - p);
	*cut = 0;
	if (*out == 0) {
		free(out);
		return xstrdup(title);
	}
	return out;
}
