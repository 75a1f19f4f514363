/*
 * extract_table.c — the reading primitives of extraction: the line list,
 * label matching, choice lists marked by images, symbols or emphasis, and
 * table rows.  See extract.h.
 */
#include "parse/extract.h"
#include "parse/text.h"
#include "core/limits.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

void
page_items(struct page *pg)
{
	pg->url_link = xcalloc(pg->doc->blocks.n + 1, sizeof *pg->url_link);
	for (size_t b = 0; b < pg->doc->blocks.n; b++) {
		const struct hblock *bl = &pg->doc->blocks.v[b];
		const char *t = bl->text, *p = t;
		size_t line = 0;
		for (;; line++) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			struct item *it = VEC_PUSH(&pg->items);
			it->block = b;
			it->text = xstrndup(p, n);
			it->off = (size_t)(p - t);
			it->emph = line < bl->nlines && bl->line_emph[line];
			if (nl == NULL)
				break;
			p = nl + 1;
		}
	}
}

void
page_items_free(struct page *pg)
{
	for (size_t i = 0; i < pg->items.n; i++)
		free(pg->items.v[i].text);
	free(pg->items.v);
	memset(&pg->items, 0, sizeof pg->items);
	free(pg->url_link);
	pg->url_link = NULL;
}

const struct hblock *
item_block(const struct page *pg, size_t i)
{
	return &pg->doc->blocks.v[pg->items.v[i].block];
}

/* Decoration around labels and headings. */
static const char *const decorations[] = {
	" ", "\t", "\xc2\xa0", "　", "【", "】", "[", "]", "■", "□", "・", "‥", "…",
	":", FW_COLON, "●", "◆", "◇", "▼", "▽", "-", FW_HYPHEN, "―", "─",
};

static size_t
decoration_len(const char *p)
{
	for (size_t i = 0; i < sizeof decorations / sizeof *decorations; i++)
		if (text_starts(p, decorations[i]))
			return strlen(decorations[i]);
	return 0;
}

char *
label_strip(const char *s)
{
	size_t n, len = strlen(s);
	const char *end;

	while ((n = decoration_len(s)) > 0)
		s += n, len -= n;
	end = s + len;
	/* trailing decoration: check each known suffix */
	for (;;) {
		size_t i, hit = 0;
		for (i = 0; i < sizeof decorations / sizeof *decorations; i++) {
			size_t dl = strlen(decorations[i]);
			if ((size_t)(end - s) >= dl && memcmp(end - dl, decorations[i], dl) == 0) {
				hit = dl;
				break;
			}
		}
		if (!hit)
			break;
		end -= hit;
	}
	return xstrndup(s, (size_t)(end - s));
}

const char *
label_skip_leads(const char *text)
{
	static const char *const leads[] = { "【", "■", "・", "[", "●", " ", FW_SPACE, "\xc2\xa0" };
	const char *p = text;
	int again = 1;

	while (again) {
		again = 0;
		for (size_t i = 0; i < sizeof leads / sizeof *leads; i++)
			if (text_starts(p, leads[i])) {
				p += strlen(leads[i]);
				again = 1;
			}
	}
	return p;
}

const char *
label_rest(const char *p, const char *label, size_t len)
{
	static const char *const closes[] = { "】", "]", "』" };
	static const char *const seps[] = { ":", FW_COLON, " ", FW_SPACE, "\xc2\xa0" };
	size_t i;
	int again, sep = 0;

	if (strncmp(p, label, len) != 0)
		return NULL;
	p += len;
	for (i = 0; i < sizeof closes / sizeof *closes; i++)
		if (text_starts(p, closes[i])) {
			p += strlen(closes[i]);
			sep = 1;
		}
	for (again = 1; again;) {
		again = 0;
		for (i = 0; i < sizeof seps / sizeof *seps; i++)
			if (text_starts(p, seps[i])) {
				p += strlen(seps[i]);
				again = sep = 1;
			}
	}
	if (*p && !sep)
		return NULL;
	return p;
}

const char *
label_match(const char *text, const char *label)
{
	return label_rest(label_skip_leads(text), label, strlen(label));
}

/* ---- choice lists ---- */

/* Leading symbols that mark an option as chosen, or explicitly not. */
static const char *const marks_on[] = { "●", "◎", "→", "⇒", "▶", "►", "★", "■", "◆", "☑", "✓", "✔", "レ", "*", FW_STAR };
static const char *const marks_off[] = { "○", "〇", "◯", "・", "□", "☐", "◇", "☆" };
/* Image alt texts with the same meanings. */
static const char *const alts_on[] = { "●", "◎", "→", "⇒", "選択", "選択中", "該当", "レ", "✓", "*", "■", "★", "on", "selected", "checked", "yes" };
static const char *const alts_off[] = { "○", "〇", "・", "未選択", "非該当", "off", "-", FW_HYPHEN };

static int
in_list(const char *s, const char *const *list, size_t n, int prefix)
{
	for (size_t i = 0; i < n; i++)
		if (prefix ? text_starts(s, list[i]) : ascii_casecmp(s, list[i]) == 0)
			return (int)strlen(list[i]);
	return 0;
}
#define IN(s, list, prefix) in_list(s, list, sizeof list / sizeof *list, prefix)

/* What an image says by its alt text: 1 "this one", 0 "not this one".
 * No alt, or another text, counts as a mark: the image is there. */
static int
alt_mark(const char *alt)
{
	if (alt == NULL || IN(alt, alts_on, 0))
		return 1;
	return IN(alt, alts_off, 0) ? 0 : 1;
}

static int
image_mark(const struct hblock *bl)
{
	return alt_mark(bl->alt);
}

struct cand {
	int value;
	int mark;       /* 1 image/symbol, 0 none, -1 explicitly not */
	int emph;
	unsigned row;
};

static int
option_of(const char *s, const struct option *options, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strstr(s, options[i].text))
			return options[i].value;
	return -1;
}

/* How many of the options s names. */
static size_t
options_in(const char *s, const struct option *options, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += strstr(s, options[i].text) != NULL;
	return k;
}

/* The mark of an image within [off, off+len] of the block's text: 1 a
 * mark, -1 an explicit "not this" image, 0 no image. */
static int
image_in_line(const struct hblock *bl, size_t off, size_t len)
{
	for (unsigned k = 0; k < bl->nimg; k++)
		if (bl->imgpos[k] >= off && bl->imgpos[k] <= off + len)
			return alt_mark(bl->imgalt[k]) ? 1 : -1;
	return 0;
}

/* Turn marks into a mask; -1 when undecidable. */
static long
choice_decide(struct cand *c, size_t n, int single, const char *field, struct bulletin *b)
{
	long mask = 0;
	size_t nmark = 0, nemph = 0, nexplicit_off = 0;

	for (size_t i = 0; i < n; i++) {
		nmark += c[i].mark > 0;
		nemph += c[i].emph;
		nexplicit_off += c[i].mark < 0;
	}
	if (n == 0)
		return -1;
	/* Emphasis marks when it singles out some options, or (in a list
	 * where several may apply) when every option is emphasized. */
	if (nmark == 0 && nemph > 0 && (nemph < n || (!single && n > 1))) {
		for (size_t i = 0; i < n; i++)
			c[i].mark = c[i].emph;
		nmark = nemph;
	}
	if (nmark == 0 && n == 1 && nexplicit_off == 0)
		return 1L << c[0].value;        /* a plain value, not a list */
	if (nmark == 0) {
		bulletin_diag(b, DIAG_CHOICE_UNMARKED, "%s: none of the %zu options is marked as selected", field, n);
		return -1;
	}
	if (single && nmark > 1) {
		bulletin_diag(b, DIAG_CHOICE_AMBIGUOUS, "%s: %zu options are marked; cannot tell which applies", field, nmark);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		if (c[i].mark > 0)
			mask |= 1L << c[i].value;
	return mask;
}

/* Leading marker symbols of s: 1 on, -1 off, 0 none; *s advanced past them. */
static int
leading_mark(const char **s)
{
	int mark = 0, k;

	for (;;) {
		*s += strspn(*s, " ");
		if (text_starts(*s, FW_SPACE)) {
			*s += strlen(FW_SPACE);
			continue;
		}
		if ((k = IN(*s, marks_on, 1)) > 0)
			mark = 1;
		else if ((k = IN(*s, marks_off, 1)) > 0)
			mark = -1;
		else
			return mark;
		*s += k;
	}
}

/* The next space-separated word of *p (in place), or NULL at the end. */
static char *
next_word(char **p)
{
	char *w = *p;

	while (*w == ' ')
		w++;
	if (*w == 0)
		return NULL;
	*p = w + strcspn(w, " ");
	if (**p)
		*(*p)++ = 0;
	return w;
}

/* Several options printed on one line ("→1(緊急) 2(重要) ..."): each word
 * is read with its own leading marker.  Returns the options added, 0 when
 * the line holds fewer than two (then it is read as a whole). */
static size_t
choice_words(const char *line, const struct option *options, size_t noptions,
             struct cand *c, size_t room, unsigned row)
{
	char *copy = xstrdup(line), *p, *w;
	size_t found = 0, n = 0;

	for (w = copy; *w; w++)             /* full-width spaces split too */
		if (text_starts(w, FW_SPACE))
			memset(w, ' ', strlen(FW_SPACE));
	for (p = copy; (w = next_word(&p)) != NULL;)
		found += option_of(w, options, noptions) >= 0;
	if (found < 2) {
		free(copy);
		return 0;
	}
	free(copy);
	copy = xstrdup(line);
	for (w = copy; *w; w++)
		if (text_starts(w, FW_SPACE))
			memset(w, ' ', strlen(FW_SPACE));
	for (p = copy; (w = next_word(&p)) != NULL && n < room;) {
		const char *q = w;
		int mark = leading_mark(&q), v = option_of(q, options, noptions);
		if (v < 0)
			continue;
		c[n].value = v;
		c[n].mark = mark;
		c[n].emph = 0;
		c[n].row = row;
		n++;
	}
	free(copy);
	return n;
}

long
choice_read(const struct page *pg, size_t from, size_t to, const struct option *options,
            size_t noptions, int single, const char *field, struct bulletin *b)
{
	struct cand c[32];
	size_t n = 0, pending = (size_t)-1, words;
	int pending_mark = 0, any_text = 0;

	for (size_t i = from; i < to && n < 32; i++) {
		const struct item *it = &pg->items.v[i];
		const struct hblock *bl = item_block(pg, i);
		const char *s = it->text;
		int mark, v;

		if (*s)
			any_text = 1;
		if (*s == 0) {
			if (bl->nimg > 0 && bl->text[0] == 0 && bl->alt &&
			    (v = option_of(bl->alt, options, noptions)) >= 0) {
				/* the option itself is an image: <img alt="緊急"> */
				c[n].value = v;
				c[n].mark = 1;
				c[n].emph = 0;
				c[n].row = bl->row;
				n++;
			} else if (bl->nimg > 0 && bl->text[0] == 0) {
				pending = i;
				pending_mark = image_mark(bl);
			}
			continue;
		}
		if ((words = choice_words(s, options, noptions, c + n, 32 - n, bl->row)) > 0) {
			n += words;
			continue;
		}
		mark = leading_mark(&s);
		if ((v = option_of(s, options, noptions)) < 0)
			continue;
		if (options_in(s, options, noptions) > 1 && mark >= 0) {
			/* "サーバ/クライアント": a value naming several, all of them */
			for (size_t o = 0; o < noptions && n < 32; o++)
				if (strstr(s, options[o].text)) {
					c[n].value = options[o].value;
					c[n].mark = 1;
					c[n].emph = 0;
					c[n].row = bl->row;
					n++;
				}
			continue;
		}
		/* an image left over from another row belongs after that row's option */
		if (pending != (size_t)-1 && item_block(pg, pending)->row != bl->row) {
			if (n > 0 && c[n - 1].row == item_block(pg, pending)->row && c[n - 1].mark == 0)
				c[n - 1].mark = pending_mark ? 1 : -1;
			pending = (size_t)-1;
		}
		if (mark == 0)
			mark = image_in_line(bl, it->off, strlen(it->text));
		if (mark == 0 && pending != (size_t)-1 &&
		    item_block(pg, pending)->row == bl->row) {
			mark = pending_mark ? 1 : -1;
			pending = (size_t)-1;
		}
		c[n].value = v;
		c[n].mark = mark;
		c[n].emph = it->emph;
		c[n].row = bl->row;
		n++;
	}
	/* An image after the last option of its row marks that option. */
	if (pending != (size_t)-1 && n > 0 && c[n - 1].row == item_block(pg, pending)->row &&
	    c[n - 1].mark == 0)
		c[n - 1].mark = pending_mark ? 1 : -1;
	if (n == 0 && any_text)
		bulletin_diag(b, DIAG_CHOICE_UNKNOWN, "%s: no known option in the value", field);
	return choice_decide(c, n, single, field, b);
}

/* ---- rows ---- */

int
row_next(const struct page *pg, size_t *i, size_t to, struct row *r)
{
	const struct hblock *first;
	unsigned lastcell = 0;
	int single;
	struct buf cell;
	size_t j;

	memset(r, 0, sizeof *r);
	if (*i >= to)
		return 0;
	first = item_block(pg, *i);
	r->first = *i;
	/* outside tables, and in layout cells, a block reads as a paragraph */
	single = first->row == 0 || (first->flags & HB_LAYOUT);
	r->table = single ? 0 : first->table;
	buf_init(&cell, HF_MAX_FIELD_BYTES);
	for (j = *i; j < to; j++) {
		const struct hblock *bl = item_block(pg, j);
		if (j > *i && (single ? pg->items.v[j].block != pg->items.v[*i].block
		                      : bl->row != first->row || (bl->flags & HB_LAYOUT)))
			break;
		if (j > *i && pg->items.v[j].block == pg->items.v[j - 1].block) {
			buf_putc(&cell, '\n');
			buf_puts(&cell, pg->items.v[j].text);
			continue;
		}
		if (r->link == NULL && bl->links.n > 0)
			r->link = &bl->links.v[0];
		if (j == *i || bl->cell != lastcell) {
			if (j > *i && r->ncells <= 16)
				r->cell[r->ncells - 1] = buf_steal(&cell, NULL);
			buf_reset(&cell);
			r->ncells++;
			lastcell = bl->cell;
		} else {
			buf_putc(&cell, '\n');
		}
		buf_puts(&cell, pg->items.v[j].text);
	}
	if (r->ncells <= 16)
		r->cell[r->ncells - 1] = buf_steal(&cell, NULL);
	if (r->ncells > 16)
		r->ncells = 16;
	for (unsigned k = 0; k < r->ncells; k++)
		if (r->cell[k] == NULL)
			r->cell[k] = xstrdup("");
	buf_free(&cell);
	r->last = j;
	*i = j;
	return 1;
}

void
row_free(struct row *r)
{
	for (unsigned k = 0; k < 16; k++)
		free(r->cell[k]);
	memset(r, 0, sizeof *r);
}

char *
text_paragraph(const char *s)
{
	return text_clean(s);
}

char *
link_resolve(const char *base, const char *href)
{
	const char *colon = strchr(href, ':'), *slash = strchr(href, '/');
	const char *scheme_end, *host_end, *last;

	if (base == NULL || *href == 0)
		return xstrdup(href);
	if (colon && (slash == NULL || colon < slash))
		return xstrdup(href);   /* has a scheme */
	if ((scheme_end = strstr(base, "://")) == NULL)
		return xstrdup(href);
	if (href[0] == '/' && href[1] == '/')
		return xasprintf("%.*s%s", (int)(scheme_end - base + 1), base, href);
	host_end = strchr(scheme_end + 3, '/');
	if (host_end == NULL)
		host_end = base + strlen(base);
	if (href[0] == '/')
		return xasprintf("%.*s%s", (int)(host_end - base), base, href);
	if (href[0] == '#' || href[0] == '?')
		return xasprintf("%.*s%s", (int)strcspn(base, href[0] == '#' ? "#" : "?#"), base, href);
	last = strrchr(host_end, '/');
	if (last == NULL || last < host_end)
		return xasprintf("%.*s/%s", (int)(host_end - base), base, href);
	while (text_starts(href, "./"))
		href += 2;
	while (text_starts(href, "../")) {
		const char *prev = last;
		href += 3;
		while (prev > host_end && *--prev != '/')
			;
		if (*prev == '/')
			last = prev;
	}
	return xasprintf("%.*s%s", (int)(last - base + 1), base, href);
}
