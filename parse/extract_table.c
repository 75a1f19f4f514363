/*
 * extract_table.c — the reading primitives of extraction: the line list,
 * label matching and table rows (choice lists: extract_choice.c).  See
 * extract.h.
 */
#include "parse/extract.h"
#include "parse/text.h"
#include "core/limits.h"
#include "core/url.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

void
ex_page_items(struct line_index *pg)
{
	size_t total = 0;
	char *o;

	pg->url_link = xcalloc(pg->doc->blocks.n + 1, sizeof *pg->url_link);
	/* the lines' copies in one allocation, each NUL-terminated */
	for (size_t b = 0; b < pg->doc->blocks.n; b++)
		total += strlen(pg->doc->blocks.v[b].text) + 1;
	o = pg->item_text = xmalloc(total + 1);
	for (size_t b = 0; b < pg->doc->blocks.n; b++) {
		const struct hblock *bl = &pg->doc->blocks.v[b];
		const char *t = bl->text, *p = t;
		size_t line = 0;
		for (;; line++) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			struct item *it = VEC_PUSH(&pg->items);
			it->block = b;
			it->text = memcpy(o, p, n);
			o[n] = '\0';
			o += n + 1;
			it->off = (size_t)(p - t);
			it->emph = line < bl->nlines && bl->line_emph[line];
			if (nl == NULL)
				break;
			p = nl + 1;
		}
	}
}

void
ex_page_items_free(struct line_index *pg)
{
	free(pg->item_text);
	pg->item_text = NULL;
	free(pg->items.v);
	memset(&pg->items, 0, sizeof pg->items);
	free(pg->url_link);
	pg->url_link = NULL;
}

const struct hblock *
ex_item_block(const struct line_index *pg, size_t i)
{
	return &pg->doc->blocks.v[pg->items.v[i].block];
}

/* Decoration around labels and headings. */
static const char *const decorations[] = {
	" ",
	"\t",
	"\xc2\xa0",
	"　",
	"【",
	"】",
	"[",
	"]",
	"■",
	"□",
	"・",
	"‥",
	"…",
	":",
	FW_COLON,
	"●",
	"◆",
	"◇",
	"▼",
	"▽",
	"-",
	FW_HYPHEN,
	"―",
	"─",
	/* a numbered heading: ①概要 */
	"①",
	"②",
	"③",
	"④",
	"⑤",
	"⑥",
	"⑦",
	"⑧",
	"⑨",
	"⑩",
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
ex_label_strip(const char *s)
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
ex_label_skip_leads(const char *text)
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
		/* a circled number of a numbered list of labels ("③ 深刻度"):
		 * ① .. ⑳, U+2460 .. U+2473 */
		if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x91 &&
		    (unsigned char)p[2] >= 0xA0 && (unsigned char)p[2] <= 0xB3) {
			p += 3;
			again = 1;
		}
	}
	return p;
}

/* Past ASCII, full-width and no-break spaces at p. */
static const char *
skip_blanks(const char *p)
{
	for (;;) {
		if (*p == ' ')
			p++;
		else if (text_starts(p, FW_SPACE))
			p += 3;
		else if (text_starts(p, "\xc2\xa0"))
			p += 2;
		else
			return p;
	}
}

/* Past label at p, which may be spelled with spaces between its
 * characters ("深　刻　度"); NULL when p does not start with it. */
static const char *
spaced_match(const char *p, const char *label, size_t len)
{
	size_t k = 0;

	if (*p != *label)
		return NULL; /* the common case, decided on one byte */
	if (strncmp(p, label, len) == 0)
		return p + len;
	while (k < len) {
		if (*p != label[k])
			return NULL;
		p++, k++;
		if (k < len && ((unsigned char)label[k] & 0xC0) != 0x80)
			p = skip_blanks(p); /* between two characters */
	}
	return p;
}

const char *
ex_label_rest(const char *p, const char *label, size_t len)
{
	static const char *const closes[] = { "】", "]", "』" };
	static const char *const seps[] = { ":", FW_COLON, " ", FW_SPACE, "\xc2\xa0" };
	size_t i;
	int again, sep = 0;

	if ((p = spaced_match(p, label, len)) == NULL)
		return NULL;
	for (i = 0; i < sizeof closes / sizeof *closes; i++)
		if (text_starts(skip_blanks(p), closes[i])) {
			/* "【 登録日 】" */
			p = skip_blanks(p) + strlen(closes[i]);
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
ex_label_match(const char *text, const char *label)
{
	return ex_label_rest(ex_label_skip_leads(text), label, strlen(label));
}

/* ---- rows ---- */

int
ex_row_next(const struct line_index *pg, size_t *i, size_t to, struct row *r)
{
	const struct hblock *first;
	unsigned lastcell = 0;
	int single;
	struct buf cell;
	size_t j;

	memset(r, 0, sizeof *r);
	if (*i >= to)
		return 0;
	first = ex_item_block(pg, *i);
	r->first = *i;
	/* outside tables, and in layout cells, a block reads as a paragraph */
	single = first->row == 0 || (first->flags & HB_LAYOUT);
	r->table = single ? 0 : first->table;
	buf_init(&cell, HF_MAX_FIELD_BYTES);
	for (j = *i; j < to; j++) {
		const struct hblock *bl = ex_item_block(pg, j);
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
ex_row_free(struct row *r)
{
	for (unsigned k = 0; k < 16; k++)
		free(r->cell[k]);
	memset(r, 0, sizeof *r);
}

char *
ex_paragraph(const char *s)
{
	return text_clean(s);
}

char *
ex_link_resolve(const char *base, const char *href)
{
	char *abs;

	if (base != NULL && (abs = url_resolve(base, href, URL_KEEP_FRAGMENT)) != NULL)
		return abs;
	return url_trim_ref(href);
}
