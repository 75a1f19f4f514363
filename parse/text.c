/* text.c — text normalization and value parsers; see text.h. */
#include "parse/text.h"
#include "core/limits.h"
#include "core/strset.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

char *
text_clean_n(const char *s, size_t n)
{
	char *out = xmalloc(n + 1);
	size_t o = 0, i = 0, len;
	int pending = 0;

	while (i < n) {
		unsigned cp = text_cp(s + i, &len);
		size_t run;

		if (len == 0)
			break;
		if (i + len > n)
			len = n - i;
		if (text_is_space(cp) || (cp == 0x3000 && o == 0)) {
			/* a leading ideographic space is indentation (字下げ) */
			pending = o > 0;
			i += len;
			continue;
		}
		if (pending)
			out[o++] = ' ';
		pending = 0;
		/* the characters up to the next space (or the NUL, or n), at once */
		for (run = i, i += len; i < n; i += len) {
			cp = text_cp(s + i, &len);
			if (len == 0 || text_is_space(cp))
				break;
			if (i + len > n)
				len = n - i;
		}
		memcpy(out + o, s + run, i - run);
		o += i - run;
	}
	out[o] = 0;
	return out;
}

char *
text_clean(const char *s)
{
	return text_clean_n(s, strlen(s));
}

char *
text_fold(const char *s)
{
	utf8proc_uint8_t *f;
	char *r;

	if (s == NULL)
		return NULL;
	/* the common case: no full-width forms (U+FF00..), nothing to fold */
	if (strstr(s, "\xef\xbc") == NULL && strstr(s, "\xef\xbd") == NULL &&
	    strstr(s, "\xe3\x80\x80") == NULL)
		return xstrdup(s);
	f = utf8proc_NFKC((const utf8proc_uint8_t *)s);
	if (f == NULL)
		return xstrdup(s);
	r = xstrdup((char *)f);
	free(f);
	return r;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Read up to max digits at *p; -1 when none. */
static int
read_number(const char **p, int max, int *ndigits)
{
	int v = 0, n = 0;

	while (n < max && is_digit(**p)) {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	if (ndigits)
		*ndigits = n;
	return n ? v : -1;
}

/* Skip whitespace (ASCII, no-break space, ideographic space). */
static const char *
skip_space(const char *p)
{
	size_t len;

	for (;;) {
		unsigned cp = text_cp(p, &len);
		if (len == 0 || !CH_IS_WIDE_BLANK(cp))
			return p;
		p += len;
	}
}

/* Skip a date separator: one of / - . 年 月 (after folding) with spaces. */
static const char *
skip_date_sep(const char *p, const char *word)
{
	const char *q = skip_space(p);

	if (*q == '/' || *q == '-' || *q == '.')
		return skip_space(q + 1);
	if (word && text_starts(q, word))
		return skip_space(q + strlen(word));
	return NULL;
}

/* v (0 <= v < 10^width) in width decimal digits, zeros in front: what
 * "%0*d" prints, without printf (ids and dates are made by the thousand). */
static char *
put_digits(char *o, int v, int width)
{
	for (int k = width - 1; k >= 0; k--, v /= 10)
		o[k] = (char)('0' + v % 10);
	return o + width;
}

/* y-m-d into out ("%04d-%02d-%02d"): 0, or -1 when out of 1900-2099,
 * 1-12, 1-31. */
static int
put_date(int y, int m, int d, char out[11])
{
	if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	out = put_digits(out, y, 4);
	*out++ = '-';
	out = put_digits(out, m, 2);
	*out++ = '-';
	out = put_digits(out, d, 2);
	*out = '\0';
	return 0;
}

/* An English month name at p, as a whole word (ASCII case folded, "Aug",
 * "Aug.", "August", "Sept"): 1..12, with *p past it; 0 when none. */
static int
month_name(const char **p)
{
	static const char *const names[] = { "january",   "february", "march",    "april",
		                             "may",       "june",     "july",     "august",
		                             "september", "october",  "november", "december" };
	const char *q = *p;
	size_t n = 0;

	while (ascii_isalpha((unsigned char)q[n]))
		n++;
	if (n < 3)
		return 0;
	for (int k = 0; k < 12; k++)
		if ((n == 3 || (k == 8 && n == 4) || n == strlen(names[k])) &&
		    n <= strlen(names[k]) && ascii_ncasecmp(q, names[k], n) == 0) {
			*p = q + n + (q[n] == '.');
			return k + 1;
		}
	return 0;
}

/* An English page's date at p: "10-Aug-2005", "11 Apr 2006", "Aug 10,
 * 2005", "August 10 2005", or the numeric "7/13/2005" (month first, as a
 * US page prints it; day first when the first number cannot be a month):
 * 0 and out, or -1. */
static int
english_date_at(const char *p, char out[11])
{
	const char *q = p;
	int y, m, d, nd, a, b;

	if (is_digit(*q)) {
		a = read_number(&q, 2, &nd);
		if (is_digit(*q))
			return -1;
		if (*q == '/') {
			q++;
			b = read_number(&q, 2, &nd);
			if (b < 0 || *q != '/')
				return -1;
			q++;
			y = read_number(&q, 4, &nd);
			if (nd != 4 || is_digit(*q))
				return -1;
			return a > 12 ? put_date(y, b, a, out) : put_date(y, a, b, out);
		}
		if (*q == '-' || *q == ' ')
			q++;
		if ((m = month_name(&q)) == 0)
			return -1;
		if (*q == '-' || *q == ',')
			q++;
		q = skip_space(q);
		y = read_number(&q, 4, &nd);
		return nd == 4 && !is_digit(*q) ? put_date(y, m, a, out) : -1;
	}
	if ((m = month_name(&q)) == 0)
		return -1;
	q = skip_space(q);
	d = read_number(&q, 2, &nd);
	if (d < 0 || is_digit(*q))
		return -1;
	if (*q == ',')
		q++;
	q = skip_space(q);
	y = read_number(&q, 4, &nd);
	return nd == 4 && !is_digit(*q) ? put_date(y, m, d, out) : -1;
}

static int
date_at(const char *p, char out[11])
{
	int y, m, d, nd;
	const char *q = p;

	y = read_number(&q, 4, &nd);
	if (y < 0 || nd != 4 || is_digit(*q))
		return -1;
	if ((q = skip_date_sep(q, "年")) == NULL)
		return -1;
	m = read_number(&q, 2, &nd);
	if (m < 1 || m > 12 || is_digit(*q))
		return -1;
	if ((q = skip_date_sep(q, "月")) == NULL)
		return -1;
	d = read_number(&q, 2, &nd);
	if (d < 1 || d > 31 || is_digit(*q))
		return -1;
	return put_date(y, m, d, out);
}

/* Japanese era names in dates ("H17.8.11", "平成17年8月11日"): the
 * spelling and the Gregorian year before the era's first. */
static const struct {
	const char *name;
	int base;
} eras[] = {
	{ "平成", 1988 },
	{ "H", 1988 },
};

/* An era date at p (prev: the byte before it, or NULL): 0 and out, or -1.
 * A one-letter era name never follows a letter (MS05-039 is no date). */
static int
era_date_at(const char *prev, const char *p, char out[11])
{
	for (size_t k = 0; k < sizeof eras / sizeof *eras; k++) {
		size_t n = strlen(eras[k].name);
		char greg[64];
		const char *q;
		int y, nd;
		if (!text_starts(p, eras[k].name) ||
		    (n == 1 && prev && ((*prev | 0x20) >= 'a' && (*prev | 0x20) <= 'z')))
			continue;
		q = skip_space(p + n);
		y = read_number(&q, 2, &nd);
		if (y < 1 || is_digit(*q))
			continue;
		/* the rest read as a Gregorian date: "2005" + ".8.11" */
		snprintf(greg, sizeof greg, "%04d%.48s", eras[k].base + y, q);
		if (date_at(greg, out) == 0)
			return 0;
	}
	return -1;
}

int
text_parse_short_date(const char *s, char out[11])
{
	char *f = text_fold(s);
	const char *p = skip_space(f);
	int v[3], nd, rc = -1;

	for (int k = 0; k < 3; k++) {
		v[k] = read_number(&p, 2, &nd);
		if (nd != 2 || is_digit(*p) || (k < 2 && *p != '/' && *p != '.' && *p != '-'))
			goto out;
		if (k < 2)
			p++;
	}
	if (*p != '/' && *p != '.' && *p != '-')
		rc = put_date(v[0] < 70 ? 2000 + v[0] : 1900 + v[0], v[1], v[2], out);
out:
	free(f);
	return rc;
}

int
text_parse_date(const char *s, char out[11])
{
	char *f = text_fold(s);
	int rc = -1;

	for (const char *p = f; p && *p; p++) {
		if (is_digit(*p) && (p == f || !is_digit(p[-1])) && date_at(p, out) == 0) {
			rc = 0;
			break;
		}
		if (!is_digit(*p) && era_date_at(p == f ? NULL : p - 1, p, out) == 0) {
			rc = 0;
			break;
		}
		/* not inside a word or a number */
		if ((p == f || !ascii_isalnum((unsigned char)p[-1])) &&
		    english_date_at(p, out) == 0) {
			rc = 0;
			break;
		}
	}
	free(f);
	return rc;
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A hyphen as printed: ASCII, or U+2010/2011/2012/2013/2212 (after NFKC the
 * full-width one is ASCII already).  Returns its length, 0 if none. */
static size_t
hyphen_len(const char *p)
{
	static const char *const dashes[] = {
		"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2212"
	};

	for (size_t i = 0; i < sizeof dashes / sizeof *dashes; i++)
		if (text_starts(p, dashes[i]))
			return strlen(dashes[i]);
	return 0;
}

const char *
text_next_ms_id(const char *p, char out[16], int *typo, const char **start)
{
	const char *begin = p;

	for (; *p; p++) {
		const char *q;
		int yy, nn, ny, nd;
		size_t h;

		if (!((p[0] == 'M' || p[0] == 'm') && (p[1] == 'S' || p[1] == 's')))
			continue;
		if (p > begin && is_alpha(p[-1]))
			continue;
		q = p + 2;
		yy = read_number(&q, 3, &ny);
		if (yy < 0 || ny != 2)
			continue;
		if ((h = hyphen_len(q)) == 0)
			continue;
		q += h;
		nn = read_number(&q, 4, &nd);
		if (nn < 0 || nd > 3 || nn == 0)
			continue;
		/* "MS%02d-%03d" */
		out[0] = 'M';
		out[1] = 'S';
		put_digits(out + 2, yy % 100, 2);
		out[4] = '-';
		put_digits(out + 5, nn % 1000, 3);
		out[8] = '\0';
		*typo = nd != 3;
		if (start)
			*start = p;
		return q;
	}
	return NULL;
}

/* A set holding the strings of l already. */
static void
set_of(const strlist *l, struct strset *set)
{
	for (size_t i = 0; i < l->n; i++)
		strset_add(set, l->v[i]);
}

size_t
text_ms_ids_seen(const char *s, strlist *ids, struct strset *seen, strlist *warnings)
{
	char *f = text_fold(s);
	const char *p = f, *q;
	char id[16];
	int typo;
	size_t n = 0;

	const char *start;

	while (p && (q = text_next_ms_id(p, id, &typo, &start)) != NULL) {
		if (typo && warnings && warnings->n < HF_MAX_WARNINGS) {
			char *printed = xstrndup(start, (size_t)(q - start));
			char *w = xasprintf("%s normalized to %s", printed, id);
			strlist_add_unique(warnings, w);
			free(w);
			free(printed);
		}
		if (ids->n < HF_MAX_ITEMS && strset_add(seen, id))
			strlist_add(ids, id);
		n++;
		p = q;
	}
	free(f);
	return n;
}

size_t
text_ms_ids(const char *s, strlist *ids, strlist *warnings)
{
	struct strset seen = STRSET_INIT;
	size_t n;

	set_of(ids, &seen);
	n = text_ms_ids_seen(s, ids, &seen, warnings);
	strset_free(&seen);
	return n;
}

void
text_kb_list(const char *s, strlist *kb)
{
	char *f = text_fold(s);
	const char *p = f, *q;
	char id[16];
	int typo;
	struct strset seen = STRSET_INIT;

	set_of(kb, &seen);
	while ((q = text_next_ms_id(p, id, &typo, NULL)) != NULL) {
		/* the numbers written right after the id: "/907245/901017",
		 * "MS03-043 / 828035", or one in parentheses of its own,
		 * "MS06-008 (911927)" (5 to 7 digits: never a year) */
		for (;;) {
			const char *d = skip_space(q);
			int paren = *d == '(';
			size_t nd = 0;
			if (*d != '/' && !paren)
				break;
			d = skip_space(d + 1);
			while (is_digit(d[nd]))
				nd++;
			if (nd < 5 || nd > 7 || is_alpha(d[nd]) ||
			    (paren && *skip_space(d + nd) != ')'))
				break;
			if (kb->n < HF_MAX_ITEMS) {
				char *num = xstrndup(d, nd);
				if (strset_add(&seen, num))
					strlist_add(kb, num);
				free(num);
			}
			q = d + nd;
			if (paren) {
				q = skip_space(q) + 1;
				break;
			}
		}
		p = q;
	}
	strset_free(&seen);
	free(f);
}

/* A KB number at d (5 to 7 digits, no digit or letter after them): its
 * length, or 0. */
static size_t
kb_digits(const char *d)
{
	size_t nd = 0;

	while (is_digit(d[nd]))
		nd++;
	return nd >= 5 && nd <= 7 && !is_alpha(d[nd]) ? nd : 0;
}

static void
kb_add(strlist *kb, struct strset *seen, const char *d, size_t nd)
{
	char *num;

	if (kb->n >= HF_MAX_ITEMS)
		return;
	num = xstrndup(d, nd);
	if (strset_add(seen, num))
		strlist_add(kb, num);
	free(num);
}

void
text_kb_marked(const char *s, int bare, strlist *kb)
{
	char *f = text_fold(s);
	struct strset seen = STRSET_INIT;
	size_t nd;

	text_kb_list(f, kb);
	set_of(kb, &seen);
	for (const char *p = f; *p; p++) {
		const char *d = p;
		if ((p == f || !is_alpha(p[-1])) && (p[0] == 'K' || p[0] == 'k') &&
		    (p[1] == 'B' || p[1] == 'b')) {
			d = p + 2;
			while (*d == ' ' || *d == ':' || *d == '#')
				d++;
		} else if (!bare || (p > f && (is_digit(p[-1]) || is_alpha(p[-1]) || p[-1] == '-' ||
		                               p[-1] == '.' || p[-1] == '/'))) {
			continue;
		}
		if ((nd = kb_digits(d)) > 0) {
			kb_add(kb, &seen, d, nd);
			p = d + nd - 1;
		}
	}
	strset_free(&seen);
	free(f);
}

void
text_kb_paren_end(const char *s, strlist *kb)
{
	char *f = text_fold(s);
	size_t n = strlen(f), nd = 0;
	struct strset seen = STRSET_INIT;

	while (n > 0 && f[n - 1] == ' ')
		n--;
	if (n >= 2 && f[n - 1] == ')') {
		const char *d = f + n - 2;
		while (d > f && is_digit(*d))
			d--, nd++;
		/* d is at "(": the parentheses hold only the number */
		if (*d == '(' && nd >= 6 && nd <= 7 && d[1] != '0' && kb_digits(d + 1) == nd) {
			set_of(kb, &seen);
			kb_add(kb, &seen, d + 1, nd);
		}
	}
	strset_free(&seen);
	free(f);
}

void
text_kb_stated(const char *s, strlist *kb)
{
	static const char article[] = "サポート技術情報";
	char *f = text_fold(s);
	struct strset seen = STRSET_INIT;
	size_t nd;

	text_kb_marked(f, 0, kb);
	set_of(kb, &seen);
	for (const char *p = f; *p; p++) {
		const char *d = NULL;
		if (*p == '(' && p[1] != '0' && (nd = kb_digits(p + 1)) > 0 && p[1 + nd] == ')') {
			d = p + 1;
		} else if (text_starts(p, article)) {
			d = skip_space(p + strlen(article));
			if (text_starts(d, "番号"))
				d = skip_space(d + strlen("番号"));
			if (*d == ':')
				d = skip_space(d + 1);
		}
		if (d && (p == f || !is_digit(p[-1])) && (nd = kb_digits(d)) > 0) {
			kb_add(kb, &seen, d, nd);
			p = d + nd - 1;
		}
	}
	strset_free(&seen);
	free(f);
}

int
text_parse_size(const char *s, long long *out)
{
	char *f = text_fold(s);
	const char *p = skip_space(f);
	long long v = 0;
	int nd = 0, rc = -1;

	while (is_digit(*p) || (*p == ',' && nd > 0 && is_digit(p[1]))) {
		if (*p != ',') {
			if (v > 1000000000000LL)
				goto out;
			v = v * 10 + (*p - '0');
			nd++;
		}
		p++;
	}
	p = skip_space(p);
	if (nd > 0 && (*p == 0 || text_starts(p, "バイト") || text_starts(p, "bytes") ||
	               text_starts(p, "byte"))) {
		*out = v;
		rc = 0;
	}
out:
	free(f);
	return rc;
}

int
text_parse_minutes(const char *s, int *minutes)
{
	char *f = text_fold(s);
	const char *p = skip_space(f);
	int total = 0, any = 0, rc = -1, v;

	if (text_starts(p, "約"))
		p = skip_space(p + strlen("約"));
	v = read_number(&p, 4, NULL);
	if (v >= 0 && text_starts(skip_space(p), "時間")) {
		total = v * 60;
		any = 1;
		p = skip_space(skip_space(p) + strlen("時間"));
		v = read_number(&p, 4, NULL);
	}
	if (v >= 0) {
		p = skip_space(p);
		if (!text_starts(p, "分"))
			goto out;
		total += v;
		any = 1;
		p = skip_space(p + strlen("分"));
	}
	if (any && *p == 0) {
		*minutes = total;
		rc = 0;
	}
out:
	free(f);
	return rc;
}

int
text_parse_count(const char *s, int *n)
{
	char *f = text_fold(s);
	const char *p = skip_space(f);
	int v = read_number(&p, 9, NULL);

	free(f);
	if (v < 0)
		return -1;
	*n = v;
	return 0;
}
