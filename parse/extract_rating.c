/*
 * extract_rating.c — a severity given as a rating of the site's own scale
 * (★★★☆, "4/5", レベル3, ランクA) rather than as the 深刻度 options, or as
 * Microsoft's English names (Critical, Important, Moderate, Low).
 *
 * A rating means 緊急/重要/警告/注意 only through the page's own legend:
 * a line elsewhere on the page that puts the same rating next to one of
 * those words ("★★★★ 緊急 ★★★ 重要", "レベル4=緊急", "A: 緊急", a table
 * row "★★★ | 重要").  Without such a legend the severity stays null and a
 * warning names the rating seen; nothing is guessed from the number.
 */
#include "core/util.h"
#include "parse/extract.h"
#include "parse/text.h"

#include <stdlib.h>
#include <string.h>

#define STAR_ON  "\xe2\x98\x85" /* ★ */
#define STAR_OFF "\xe2\x98\x86" /* ☆ */

/* Bounds of the rating reader on untrusted pages. */
static const struct {
	size_t legend_items; /* items searched for the legend */
	size_t gap_bytes;    /* separators between a rating and its word */
	size_t value_bytes;  /* a longer first value line is no rating */
} rtune = { .legend_items = 4000, .gap_bytes = 12, .value_bytes = 120 };

enum rkind { R_NONE, R_STARS, R_FRACTION, R_LEVEL, R_RANK, R_NUMBER, R_LETTER };

struct rating {
	enum rkind kind;
	int n;     /* stars filled, the number, the letter (A = 1) */
	int scale; /* a fraction's denominator, else 0 */
};

#define NO_RATING_ITEM ((size_t)-1)

static const char *const severity_words[] = { "緊急", "重要", "警告", "注意" };

/* Microsoft's names of the four levels, as whole words. */
static const char *const english_words[] = { "critical", "important", "moderate", "low" };

static const char *const level_words[] = { "レベル", "level", "lv.", "lv" };
static const char *const rank_words[] = { "ランク", "rank" };

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* A word of words at p (ASCII case folded); its length, 0 when none. */
static size_t
word_at(const char *p, const char *const *words, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		size_t len = strlen(words[k]);
		if (ascii_ncasecmp(p, words[k], len) == 0)
			return len;
	}
	return 0;
}

static size_t
skip_blank(const char *p)
{
	const char *q = p;

	while (*q == ' ' || text_starts(q, FW_SPACE))
		q += *q == ' ' ? 1 : strlen(FW_SPACE);
	return (size_t)(q - p);
}

/* The rating that starts at p of folded text s (a run of stars starts
 * after no star; a number or letter stands after no letter or digit);
 * its length, 0 when none. */
static size_t
rating_at(const char *s, const char *p, struct rating *r)
{
	const char *q = p;
	size_t n;
	int prev = p > s ? (unsigned char)p[-1] : ' ';

	memset(r, 0, sizeof *r);
	if (text_starts(q, STAR_ON) || text_starts(q, STAR_OFF)) {
		if (p - s >= 3 && (text_starts(p - 3, STAR_ON) || text_starts(p - 3, STAR_OFF)))
			return 0;
		for (; text_starts(q, STAR_ON) || text_starts(q, STAR_OFF); q += 3)
			r->n += text_starts(q, STAR_ON);
		r->kind = R_STARS;
		return (size_t)(q - p);
	}
	if (is_alpha(prev) || is_digit(prev))
		return 0;
	if ((n = word_at(q, level_words, 4)) > 0 || (n = word_at(q, rank_words, 2)) > 0) {
		int level = word_at(q, level_words, 4) > 0;
		q += n;
		q += skip_blank(q);
		if (level && is_digit(*q)) {
			r->kind = R_LEVEL;
			for (; is_digit(*q); q++)
				r->n = r->n * 10 + (*q - '0');
			return (size_t)(q - p);
		}
		if (!level && is_alpha(*q) && !is_alpha(q[1])) {
			r->kind = R_RANK;
			r->n = (*q | 0x20) - 'a' + 1;
			return (size_t)(q + 1 - p);
		}
		return 0;
	}
	if (is_digit(*q)) {
		for (; is_digit(*q) && r->n < 1000; q++)
			r->n = r->n * 10 + (*q - '0');
		r->kind = R_NUMBER;
		if (*q == '/' && is_digit(q[1])) {
			for (q++; is_digit(*q) && r->scale < 1000; q++)
				r->scale = r->scale * 10 + (*q - '0');
			r->kind = R_FRACTION;
		}
		return is_digit(*q) || is_alpha(*q) || *q == '.' ? 0 : (size_t)(q - p);
	}
	if (is_alpha(*q) && *q <= 'E' && *q >= 'A' && !is_alpha(q[1]) && !is_digit(q[1])) {
		r->kind = R_LETTER;
		r->n = *q - 'A' + 1;
		return 1;
	}
	return 0;
}

/* A legend's rating l stands for the value's rating v: the same kind, or
 * the bare number or letter a legend writes ("4=緊急" for レベル4). */
static int
rating_same(const struct rating *v, const struct rating *l)
{
	if (v->n != l->n)
		return 0;
	switch (v->kind) {
	case R_STARS:
		return l->kind == R_STARS;
	case R_FRACTION:
		return (l->kind == R_FRACTION && l->scale == v->scale) || l->kind == R_NUMBER;
	case R_LEVEL:
		return l->kind == R_LEVEL || l->kind == R_NUMBER;
	case R_RANK:
		return l->kind == R_RANK || l->kind == R_LETTER;
	default:
		return 0;
	}
}

/* The severity word (1..4) at p, after at most rtune.gap_bytes of
 * separators; 0 when none.  "." too: folding makes "…" three of them. */
static int
word_after(const char *p)
{
	static const char *const seps[] = {
		" ",  "=",  ":",  "(",  ")",  "-", ">",      "→",  "…",
		"は", "【", "】", "「", "」", "|", FW_SPACE, "\t", "."
	};
	const char *q = p;

	while ((size_t)(q - p) <= rtune.gap_bytes) {
		size_t n = 0;
		for (int k = 0; k < 4; k++)
			if (text_starts(q, severity_words[k]))
				return k + 1;
		for (size_t k = 0; k < sizeof seps / sizeof *seps && n == 0; k++)
			if (text_starts(q, seps[k]))
				n = strlen(seps[k]);
		if (n == 0)
			return 0;
		q += n;
	}
	return 0;
}

/* The severity word (1..4) just before p ("緊急: ★★★★", "緊急(レベル4)"). */
static int
word_before(const char *s, const char *p)
{
	const char *q = p;

	while (q > s && (size_t)(p - q) <= rtune.gap_bytes &&
	       (q[-1] == ' ' || q[-1] == ':' || q[-1] == '=' || q[-1] == '('))
		q--;
	for (int k = 0; k < 4; k++) {
		size_t len = strlen(severity_words[k]);
		if ((size_t)(q - s) >= len && memcmp(q - len, severity_words[k], len) == 0)
			return k + 1;
	}
	return 0;
}

/* What line s (folded) says rating v stands for: 1..4, 0 nothing. */
static int
legend_says(const char *s, const struct rating *v)
{
	for (const char *p = s; *p;) {
		struct rating l;
		size_t n = rating_at(s, p, &l);
		int w;
		if (n == 0) {
			p++;
			continue;
		}
		if (rating_same(v, &l) && ((w = word_after(p + n)) || (w = word_before(s, p))))
			return w;
		p += n;
	}
	return 0;
}

/* Item i's line, and the next item's when that is the next cell of the
 * same table row (a legend table: "★★★ | 重要"). */
static char *
legend_line(const struct line_index *pg, size_t i)
{
	const struct hblock *bl = ex_item_block(pg, i);
	const char *t = pg->items.v[i].text;

	if (i + 1 < pg->items.n && bl->row != 0 && ex_item_block(pg, i + 1)->row == bl->row &&
	    pg->items.v[i + 1].block != pg->items.v[i].block) {
		size_t a = strlen(t), b = strlen(pg->items.v[i + 1].text);
		char *s = xmalloc(a + b + 2);
		memcpy(s, t, a);
		s[a] = ' ';
		memcpy(s + a + 1, pg->items.v[i + 1].text, b + 1);
		return s;
	}
	return xstrdup(t);
}

/* The legend at item i is page furniture from then on (a gauge's legend,
 * FURN_GAUGE): never a summary.  Its block, or, for a legend table of its
 * own, all of that table; a legend row in the label's table only. */
static void
legend_mark(const struct line_index *pg, size_t label, size_t i)
{
	const struct hblock *bl = ex_item_block(pg, i);
	const struct hdoc *doc = pg->doc;
	size_t from = pg->items.v[i].block, to = from + 1;

	if (pg->furn == NULL)
		return;
	if (bl->row != 0 && bl->table != ex_item_block(pg, label)->table) {
		from = doc->boxes.v[bl->table].start;
		to = doc->boxes.v[bl->table].end;
	} else if (bl->row != 0) {
		while (from > 0 && doc->blocks.v[from - 1].row == bl->row)
			from--;
		while (to < doc->blocks.n && doc->blocks.v[to].row == bl->row)
			to++;
	}
	for (size_t k = from; k < to && k < doc->blocks.n; k++)
		pg->furn[k] |= FURN_GAUGE;
}

/* The page's legend for v: 1..4, 0 when no line but the label's and the
 * value's says; the legend is marked as furniture. */
static int
legend_find(const struct line_index *pg, size_t label, size_t self, const struct rating *v)
{
	int w = 0;

	for (size_t i = 0; i < pg->items.n && i < rtune.legend_items && w == 0; i++) {
		char *line, *f;
		if (i == self || i == label || pg->items.v[i].text[0] == 0)
			continue;
		line = legend_line(pg, i);
		f = text_fold(line);
		w = legend_says(f, v);
		free(f);
		free(line);
		if (w)
			legend_mark(pg, label, i);
	}
	return w;
}

/* The English name in folded s, as a whole word: 1..4; 0 when there is
 * none, -1 when there are several (a choice list: ex_choice_read()). */
static int
english_level(const char *s)
{
	int found = 0;

	for (const char *p = s; *p; p++) {
		if (p > s && is_alpha((unsigned char)p[-1]))
			continue;
		for (int k = 0; k < 4; k++) {
			size_t len = strlen(english_words[k]);
			if (ascii_ncasecmp(p, english_words[k], len) == 0 &&
			    !is_alpha((unsigned char)p[len]))
				found = found && found != k + 1 ? -1 : k + 1;
		}
	}
	return found;
}

/* The first rating in folded s; 0 when none. */
static int
first_rating(const char *s, struct rating *r)
{
	for (const char *p = s; *p; p++)
		if (rating_at(s, p, r) > 0 && r->kind != R_NUMBER && r->kind != R_LETTER)
			return 1;
	/* a bare number is a rating only when it is all the value says */
	return rating_at(s, s, r) > 0 && r->kind == R_NUMBER && s[strspn(s, "0123456789")] == 0;
}

int
extract_rating(const struct line_index *pg, size_t label, size_t from, size_t to,
               const char *inline_rest, const char *field, struct bulletin *b)
{
	size_t at = NO_RATING_ITEM;
	const char *v = inline_rest;
	char *f;
	struct rating r;
	int level = 0, is_rating;

	if (v == NULL || *v == 0) {
		for (size_t i = from; i < to && at == NO_RATING_ITEM; i++)
			if (pg->items.v[i].text[0])
				at = i;
		if (at == NO_RATING_ITEM)
			return 0;
		v = pg->items.v[at].text;
	}
	if (strlen(v) > rtune.value_bytes)
		return 0;
	f = text_fold(v);
	level = english_level(f);
	for (int k = 0; k < 4; k++)
		if (strstr(v, severity_words[k]) && level != k + 1) {
			free(f);
			return 0; /* the options themselves: ex_choice_read() */
		}
	if (level != 0) { /* "Critical", "Critical (緊急)" */
		if (level > 0)
			b->severity = level;
		free(f);
		return level > 0;
	}
	is_rating = first_rating(f, &r);
	free(f);
	if (!is_rating)
		return 0;
	if ((level = legend_find(pg, label, at, &r)) > 0) {
		b->severity = level;
		return 1;
	}
	bulletin_diag(b, DIAG_CHOICE_UNKNOWN,
	              "%s: rating \"%s\", and no legend on the page "
	              "that maps it to 緊急/重要/警告/注意",
	              field, v);
	return 1;
}
