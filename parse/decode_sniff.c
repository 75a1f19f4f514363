/*
 * decode_sniff.c — what the document says about its own encoding: the byte
 * order mark, and the HTML Standard's "prescan a byte stream to determine
 * its encoding" over the first 1024 bytes (comments skipped, other tags
 * skipped with their attributes, <meta charset> and <meta http-equiv=
 * content-type content="...charset=...">), with a leading <?xml ...
 * encoding="..."?> as hotfeed's fallback declaration.
 *
 * Every read is bounded by the prescan window; reaching its end aborts the
 * prescan with no answer, as the standard says.  When it finds nothing, a
 * second scan reads on through <head> as Chromium does (see prescan()).
 * Chromium also ignores a <meta> inside <title>, <script> or <style> in the
 * first 1024 bytes, where the standard's prescan (and hotfeed) reads it.
 */
#include "parse/decode_int.h"
#include "core/util.h"

#include <string.h>

#define PRESCAN_BYTES 1024
#define ATTR_MAX      64 /* longer names/values are kept truncated */

enum encoding
dec_sniff_bom(const unsigned char *in, size_t len, size_t *bomlen)
{
	if (len >= 3 && in[0] == 0xEF && in[1] == 0xBB && in[2] == 0xBF) {
		*bomlen = 3;
		return ENC_UTF8;
	}
	if (len >= 2 && in[0] == 0xFE && in[1] == 0xFF) {
		*bomlen = 2;
		return ENC_UTF16BE;
	}
	if (len >= 2 && in[0] == 0xFF && in[1] == 0xFE) {
		*bomlen = 2;
		return ENC_UTF16LE;
	}
	*bomlen = 0;
	return ENC_UNKNOWN;
}

struct scan {
	const unsigned char *p;
	size_t pos, end;
};

struct attr {
	char name[ATTR_MAX], value[ATTR_MAX];
	size_t nlen, vlen;
};

static int
is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static unsigned char
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
}

static void
add(char *s, size_t *n, unsigned char c)
{
	if (*n < ATTR_MAX - 1)
		s[(*n)++] = (char)lower(c);
	s[*n] = '\0';
}

static int
at(const struct scan *s, const char *lit)
{
	size_t n = strlen(lit);

	return s->end - s->pos >= n && ascii_ncasecmp((const char *)s->p + s->pos, lit, n) == 0;
}

/* The standard's "get an attribute": 1 with *a filled, 0 when there is
 * none (at '>'), -1 when the window ended. */
static int
get_attribute(struct scan *s, struct attr *a)
{
	unsigned char q;

	a->nlen = a->vlen = 0;
	a->name[0] = a->value[0] = '\0';
	while (s->pos < s->end && (CH_IS_ASCII_SPACE(s->p[s->pos]) || s->p[s->pos] == '/'))
		s->pos++;
	if (s->pos >= s->end)
		return -1;
	if (s->p[s->pos] == '>')
		return 0;
	for (;; s->pos++) { /* the name */
		unsigned char c;
		if (s->pos >= s->end)
			return -1;
		c = s->p[s->pos];
		if (c == '=' && a->nlen > 0)
			goto value;
		if (CH_IS_ASCII_SPACE(c))
			break;
		if (c == '/' || c == '>')
			return 1;
		add(a->name, &a->nlen, c);
	}
	while (s->pos < s->end && CH_IS_ASCII_SPACE(s->p[s->pos]))
		s->pos++;
	if (s->pos >= s->end)
		return -1;
	if (s->p[s->pos] != '=')
		return 1;
value:
	s->pos++; /* past '=' */
	while (s->pos < s->end && CH_IS_ASCII_SPACE(s->p[s->pos]))
		s->pos++;
	if (s->pos >= s->end)
		return -1;
	q = s->p[s->pos];
	if (q == '"' || q == '\'') {
		for (s->pos++; s->pos < s->end; s->pos++) {
			if (s->p[s->pos] == q) {
				s->pos++;
				return 1;
			}
			add(a->value, &a->vlen, s->p[s->pos]);
		}
		return -1;
	}
	if (q == '>')
		return 1;
	for (; s->pos < s->end; s->pos++) {
		unsigned char c = s->p[s->pos];
		if (CH_IS_ASCII_SPACE(c) || c == '>')
			return 1;
		add(a->value, &a->vlen, c);
	}
	return -1;
}

/* Fill d from a label found in a declaration. */
static void
set_declared(struct declared *d, const char *label, size_t n, const char *how)
{
	size_t k = n < sizeof d->label - 1 ? n : sizeof d->label - 1;

	memcpy(d->label, label, k);
	d->label[k] = '\0';
	d->how = how;
	d->kind = dec_label_lookup(label, n, &d->enc);
	/* the HTML Standard reads a declared x-user-defined as windows-1252 */
	if (d->kind == LABEL_UNSUPPORTED && ascii_casecmp(d->label, "x-user-defined") == 0) {
		d->kind = LABEL_SUPPORTED;
		d->enc = ENC_WINDOWS1252;
	}
}

/* "Extracting a character encoding from a meta element": the label after
 * "charset" [ws] "=" [ws] in a content attribute; 0 when there is none. */
static int
content_charset(const char *s, size_t n, const char **label, size_t *llen)
{
	size_t i = 0;
	size_t j;

	for (;;) {
		while (i + 7 <= n && ascii_ncasecmp(s + i, "charset", 7) != 0)
			i++;
		if (i + 7 > n)
			return 0;
		i += 7;
		while (i < n && CH_IS_ASCII_SPACE((unsigned char)s[i]))
			i++;
		if (i < n && s[i] == '=')
			break;
	}
	i++;
	while (i < n && CH_IS_ASCII_SPACE((unsigned char)s[i]))
		i++;
	if (i >= n)
		return 0;
	if (s[i] == '"' || s[i] == '\'') {
		const char *close = memchr(s + i + 1, s[i], n - i - 1);
		if (close == NULL)
			return 0;
		*label = s + i + 1;
		*llen = (size_t)(close - (s + i + 1));
		return 1;
	}
	j = i;
	while (j < n && !CH_IS_ASCII_SPACE((unsigned char)s[j]) && s[j] != ';')
		j++;
	*label = s + i;
	*llen = j - i;
	return 1;
}

/* A <meta> tag from just after "<meta": 1 with d filled when it declares a
 * charset, 0 when it does not, -1 when the window ended. */
static int
prescan_meta(struct scan *s, struct declared *d)
{
	struct attr a;
	char seen[16][ATTR_MAX];
	int nseen = 0, got_pragma = 0, need_pragma = -1, r;
	struct declared charset = { LABEL_NONE, ENC_UNKNOWN, NULL, "" };
	int have_charset = 0; /* 0 null, 1 an encoding, -1 failure */

	while ((r = get_attribute(s, &a)) == 1) {
		int dup = 0;
		for (int k = 0; k < nseen; k++)
			dup |= strcmp(seen[k], a.name) == 0;
		if (dup)
			continue;
		if (nseen < 16)
			memcpy(seen[nseen++], a.name, sizeof a.name);
		if (strcmp(a.name, "http-equiv") == 0) {
			got_pragma |= strcmp(a.value, "content-type") == 0;
		} else if (strcmp(a.name, "content") == 0 && have_charset == 0) {
			const char *l;
			size_t ll;
			if (content_charset(a.value, a.vlen, &l, &ll)) {
				set_declared(&charset, l, ll, "meta");
				if (charset.kind != LABEL_NONE) {
					have_charset = 1;
					need_pragma = 1;
				}
			}
		} else if (strcmp(a.name, "charset") == 0) {
			set_declared(&charset, a.value, a.vlen, "meta");
			have_charset = charset.kind != LABEL_NONE ? 1 : -1;
			need_pragma = 0;
		}
	}
	if (r < 0)
		return -1;
	if (need_pragma < 0 || (need_pragma == 1 && !got_pragma) || have_charset != 1)
		return 0;
	if (charset.enc == ENC_UTF16LE || charset.enc == ENC_UTF16BE)
		charset.enc = ENC_UTF8;
	*d = charset;
	return 1;
}

/* Skip a tag's name and attributes, from just after "<" or "</". */
static int
skip_tag(struct scan *s)
{
	struct attr a;
	int r;

	while (s->pos < s->end && !CH_IS_ASCII_SPACE(s->p[s->pos]) && s->p[s->pos] != '>')
		s->pos++;
	while ((r = get_attribute(s, &a)) == 1)
		;
	return r;
}

/* Move to the '>' of "-->" (the dashes may be those of "<!--"). */
static int
skip_comment(struct scan *s)
{
	for (size_t i = s->pos + 2; i < s->end; i++)
		if (s->p[i] == '>' && s->p[i - 1] == '-' && s->p[i - 2] == '-') {
			s->pos = i;
			return 0;
		}
	return -1;
}

/* The lower-cased tag name at s->pos (just after "<" or "</"), truncated. */
static void
tag_name(const struct scan *s, char name[16])
{
	size_t n = 0;

	for (size_t i = s->pos; i < s->end && n < 15; i++) {
		unsigned char c = s->p[i];
		if (CH_IS_ASCII_SPACE(c) || c == '/' || c == '>')
			break;
		name[n++] = (char)lower(c);
	}
	name[n] = '\0';
}

static int
one_of(const char *name, const char *const *set)
{
	for (; *set != NULL; set++)
		if (strcmp(name, *set) == 0)
			return 1;
	return 0;
}

/* Tags whose content is text to a browser's tokenizer (its scripting flag
 * off, as in Chromium's charset scanner): a "<meta" inside is not a tag. */
static const char *const rawtext_tags[] = { "script", "style",   "title",    "textarea", "xmp",
	                                    "iframe", "noembed", "noframes", NULL };

/* Tags that may sit in <head> without ending it for the late scan. */
static const char *const head_tags[] = { "script", "noscript", "style", "link", "meta",
	                                 "object", "title",    "base",  NULL };

/* From a rawtext element's '>', to the '>' of its end tag; -1 at the end. */
static int
skip_rawtext(struct scan *s, const char *name)
{
	size_t n = strlen(name);

	for (s->pos++; s->pos + 2 + n <= s->end; s->pos++) {
		if (s->p[s->pos] != '<' || s->p[s->pos + 1] != '/' ||
		    ascii_ncasecmp((const char *)s->p + s->pos + 2, name, n) != 0)
			continue;
		s->pos += 2;
		return skip_tag(s);
	}
	return -1;
}

/*
 * The standard's prescan over the first 1024 bytes; or, with late set,
 * what Chromium does when that finds nothing: it reads on and obeys a
 * <meta> charset in the <head> however far in (a page whose <meta
 * charset=euc-jp> follows a 2000-byte comment is EUC-JP in Chromium).
 * Measured rule, as in its HTMLMetaCharsetParser: a tag that does not
 * belong in <head> (</head> included) ends the head, and once the head has
 * ended the scan stops at the first token past byte 1024; the content of
 * <script>, <style>, <title> and the like is text, not tags.
 */
static int
prescan(const unsigned char *in, size_t len, struct declared *d, int late)
{
	struct scan s = { in, 0, late || len < PRESCAN_BYTES ? len : PRESCAN_BYTES };
	int in_head = 1;
	char name[16];

	for (; s.pos < s.end; s.pos++) {
		if (late && !in_head && s.pos >= PRESCAN_BYTES && in[s.pos] == '<')
			return 0;
		if (at(&s, "<!--")) {
			s.pos += 2;
			if (skip_comment(&s) < 0)
				return 0;
		} else if (at(&s, "<meta") && s.end - s.pos > 5 &&
		           (CH_IS_ASCII_SPACE(in[s.pos + 5]) || in[s.pos + 5] == '/')) {
			int r;
			s.pos += 5;
			r = prescan_meta(&s, d);
			if (r != 0)
				return r > 0;
		} else if (s.end - s.pos > 2 && in[s.pos] == '<' &&
		           (is_alpha(in[s.pos + 1]) ||
		            (in[s.pos + 1] == '/' && is_alpha(in[s.pos + 2])))) {
			int end_tag = in[s.pos + 1] == '/';
			s.pos += 1 + end_tag;
			tag_name(&s, name);
			if (skip_tag(&s) < 0)
				return 0;
			if (!late)
				continue;
			if (!end_tag && one_of(name, rawtext_tags) && skip_rawtext(&s, name) < 0)
				return 0;
			if (!one_of(name, head_tags) &&
			    (end_tag || (strcmp(name, "html") != 0 && strcmp(name, "head") != 0)))
				in_head = 0;
		} else if (at(&s, "<!") || at(&s, "</") || at(&s, "<?")) {
			const unsigned char *gt = memchr(in + s.pos + 2, '>', s.end - s.pos - 2);
			if (gt == NULL)
				return 0;
			s.pos = (size_t)(gt - in);
		}
	}
	return 0;
}

/* <?xml version="1.0" encoding="EUC-JP"?> at the very start. */
static int
xml_declaration(const unsigned char *in, size_t len, struct declared *d)
{
	size_t end = len < PRESCAN_BYTES ? len : PRESCAN_BYTES;
	const unsigned char *gt;
	size_t n;

	if (end < 6 || memcmp(in, "<?xml", 5) != 0 || !CH_IS_ASCII_SPACE(in[5]) ||
	    (gt = memchr(in, '>', end)) == NULL)
		return 0;
	n = (size_t)(gt - in);
	for (size_t i = 5; i + 8 < n; i++) {
		size_t j;
		const unsigned char *close;
		if (memcmp(in + i, "encoding", 8) != 0 || !CH_IS_ASCII_SPACE(in[i - 1]))
			continue;
		j = i + 8;
		while (j < n && CH_IS_ASCII_SPACE(in[j]))
			j++;
		if (j >= n || in[j] != '=')
			continue;
		j++;
		while (j < n && CH_IS_ASCII_SPACE(in[j]))
			j++;
		if (j >= n || (in[j] != '"' && in[j] != '\''))
			return 0;
		close = memchr(in + j + 1, in[j], n - j - 1);
		if (close == NULL)
			return 0;
		set_declared(d, (const char *)in + j + 1, (size_t)(close - in) - j - 1,
		             "xml declaration");
		if (d->enc == ENC_UTF16LE || d->enc == ENC_UTF16BE)
			d->enc = ENC_UTF8;
		return d->kind != LABEL_NONE;
	}
	return 0;
}

void
dec_sniff_declared(const unsigned char *in, size_t len, struct declared *d)
{
	memset(d, 0, sizeof *d);
	d->kind = LABEL_NONE;
	d->enc = ENC_UNKNOWN;
	if (prescan(in, len, d, 0) || (len > PRESCAN_BYTES && prescan(in, len, d, 1)))
		return;
	memset(d, 0, sizeof *d);
	d->kind = LABEL_NONE;
	d->enc = ENC_UNKNOWN;
	xml_declaration(in, len, d);
}
