/*
 * extract_furniture.c — page furniture: the blocks that belong to the
 * site rather than to the bulletin (navigation, menus, breadcrumbs, the
 * gauge's legend and labels, the footer).  One pass over the flat form
 * marks each block with what it is (enum furniture in extract.h); the
 * lead, the section readers and the section ends consult the marks.
 *
 * Furniture is recognised by what it is, never by one sentence:
 *   - an element whose class or id names it (html.c: HB_NAVCLASS; a side
 *     or header class only together with links);
 *   - a block, cell or table that is mostly link text (a link list), a
 *     breadcrumb (links between > separators), a link to this page's own
 *     anchor ("ページの先頭へ");
 *   - a gauge: a row of short option words (cells, or one line of words)
 *     and its legend, the block that quotes those words (「緊急適用」の場合),
 *     or the legend beside a gauge image whose alt is the option word;
 *   - a menu column: a column of a layout row, beside a column of content,
 *     holding only a list of short lines or links;
 *   - the footer: from the copyright line's box (or the <hr> before it, or
 *     the furniture just before it) to the end of the page.
 * Everything is computed once, in time linear in the page: per block
 * counts, prefix sums over blocks, and per-box ranges (html.h: hbox).
 */
#include "parse/extract.h"
#include "parse/text.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

/* The windows and thresholds of the recognisers, in one place. */
enum {
	LINK_SHARE_PCT = 60,    /* link text of a link list, in % of its text */
	SIDE_LINK_PCT = 50,     /* the same under a side/header class */
	LINK_LIST_MIN = 3,      /* links (or one-link blocks in a row) of a list */
	MENU_LINES_MIN = 3,     /* lines of a plain-text menu column */
	MENU_LINE_MAX = 24,     /* characters of one menu entry */
	CONTENT_MIN = 200,      /* text bytes of the content column beside a menu */
	CONTENT_RATIO = 3,      /* ... and at least this many times the menu's */
	GAUGE_WORDS_MIN = 3,    /* option words of a gauge's label row */
	GAUGE_WORD_MAX = 8,     /* characters of one option word */
	GAUGE_QUOTED_MIN = 2,   /* of them quoted by its legend */
	GAUGE_WINDOW = 12,      /* blocks between a label row and its legend */
	GAUGE_IMAGE_WINDOW = 2, /* blocks between a gauge image and its legend */
	FOOTER_SHARE_PCT = 25,  /* a footer box holds at most this much of the page */
	FOOTER_HR_WINDOW = 4,   /* blocks from an <hr> to the copyright line */
	CRUMB_SEPS_MIN = 2,     /* separators of a breadcrumb */
	CRUMB_MAX_BYTES = 400,
};

/* What one block holds, counted once. */
struct bstat {
	size_t text;         /* bytes of text, newlines excluded */
	size_t link;         /* bytes of link text */
	unsigned links;      /* links with text */
	unsigned lines;      /* non-empty lines */
	unsigned long_lines; /* lines longer than a menu entry, or a sentence */
	int one_link;        /* its text is exactly one link's text */
};

/* Prefix sums over blocks, so that a box [start, end) is counted in O(1). */
struct sums {
	size_t *text, *link, *links, *lines, *long_lines, *paired;
};

static size_t
count_cps(const char *s, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

/* The block's text bytes (newlines excluded), its lines, and the lines too
 * long for a menu entry or ending a sentence (。).  Line by line with the
 * library's scans: this runs over every byte of the page. */
static void
text_stat(const char *text, struct bstat *st)
{
	for (const char *p = text;;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		st->text += n;
		if (n > 0) {
			st->lines++;
			st->long_lines += n > MENU_LINE_MAX * 4 ||
			                  count_cps(p, n) > MENU_LINE_MAX ||
			                  memmem(p, n, "。", strlen("。")) != NULL;
		}
		if (nl == NULL)
			break;
		p = nl + 1;
	}
}

static void
block_stat(const struct hblock *bl, struct bstat *st)
{
	memset(st, 0, sizeof *st);
	text_stat(bl->text, st);
	for (size_t k = 0; k < bl->links.n; k++) {
		size_t n = strlen(bl->links.v[k].text);
		if (n == 0)
			continue;
		st->link += n;
		st->links++;
		if (strcmp(bl->links.v[k].text, bl->text) == 0)
			st->one_link = 1;
	}
	if (st->link > st->text)
		st->link = st->text; /* an image's alt is link text but not block text */
}

static int
mostly_links(size_t link, size_t text, unsigned pct)
{
	return text > 0 && link * 100 >= text * pct;
}

/* ---- blocks ---- */

static int
is_self_anchor(const struct hblock *bl)
{
	return bl->links.n == 1 && bl->links.v[0].href[0] == '#' &&
	       strcmp(bl->links.v[0].text, bl->text) == 0 && bl->text[0];
}

static int
is_breadcrumb(const struct hblock *bl)
{
	static const char *const seps[] = { ">", "＞", "»", "≫", "›", "〉" };
	unsigned n = 0;

	if (bl->links.n == 0 || strlen(bl->text) > CRUMB_MAX_BYTES || strchr(bl->text, '\n'))
		return 0;
	for (size_t k = 0; k < sizeof seps / sizeof *seps; k++)
		for (const char *p = bl->text; (p = strstr(p, seps[k])) != NULL;
		     p += strlen(seps[k]))
			n++;
	return n >= CRUMB_SEPS_MIN;
}

/* Each block on its own: class, link share, breadcrumb, own anchor; then
 * runs of one-link blocks (a menu written one link per cell or item). */
static void
mark_blocks(struct line_index *pg, const struct bstat *st)
{
	const struct hdoc *doc = pg->doc;
	size_t run = 0;

	for (size_t b = 0; b < doc->blocks.n; b++) {
		const struct hblock *bl = &doc->blocks.v[b];
		if (bl->flags & HB_NAVCLASS)
			pg->furn[b] |= FURN_CLASS;
		if ((bl->flags & HB_SIDECLASS) && st[b].links > 0 &&
		    mostly_links(st[b].link, st[b].text, SIDE_LINK_PCT))
			pg->furn[b] |= FURN_LINKS; /* skipped, but ends nothing */
		if ((st[b].links >= 2 && mostly_links(st[b].link, st[b].text, LINK_SHARE_PCT)) ||
		    is_self_anchor(bl) || is_breadcrumb(bl))
			pg->furn[b] |= FURN_LINKS;
		if (st[b].one_link && st[b].lines == 1) {
			/* the run's first blocks when it becomes a list, then each
			 * one as it comes: linear however long the run */
			size_t from = ++run == LINK_LIST_MIN ? b + 1 - run : b;
			for (size_t k = from; run >= LINK_LIST_MIN && k <= b; k++)
				pg->furn[k] |= FURN_LINKS;
		} else if (st[b].text > 0) {
			run = 0;
		}
	}
}

/* ---- boxes: link lists, menu columns ---- */

static size_t
box_sum(const size_t *prefix, const struct hbox *bx)
{
	return bx->end >= bx->start ? prefix[bx->end] - prefix[bx->start] : 0;
}

static void
mark_range(struct line_index *pg, size_t start, size_t end, unsigned char kind)
{
	for (size_t b = start; b < end && b < pg->doc->blocks.n; b++)
		pg->furn[b] |= kind;
}

static int
is_cell(const struct hbox *bx)
{
	return bx->row != 0;
}

/*
 * Per row: how many of its cells have text, the most text of one cell, and
 * whether it is a layout row (two cells with text, one of them holding a
 * table or several blocks).  Arrays by serial, filled from the cells.
 */
struct rows {
	unsigned *multi; /* by table: its rows with two cells of text */
	unsigned *text_cells;
	size_t *max_text;
	unsigned char *layout;
};

static void
rows_count(const struct line_index *pg, const struct sums *s, struct rows *r)
{
	const struct hdoc *doc = pg->doc;
	size_t n = doc->boxes.n;
	unsigned char *counted;

	r->text_cells = xcalloc(n + 1, sizeof *r->text_cells);
	r->max_text = xcalloc(n + 1, sizeof *r->max_text);
	r->layout = xcalloc(n + 1, 1);
	r->multi = xcalloc(n + 1, sizeof *r->multi);
	for (size_t c = 1; c < n; c++) {
		const struct hbox *bx = &doc->boxes.v[c];
		size_t t;
		if (!is_cell(bx) || bx->row >= n)
			continue;
		t = box_sum(s->text, bx);
		if (t == 0)
			continue;
		r->text_cells[bx->row]++;
		if (t > r->max_text[bx->row])
			r->max_text[bx->row] = t;
		if (bx->end - bx->start >= 3 ||
		    (bx->start < bx->end && (doc->blocks.v[bx->start].flags & HB_LAYOUT)))
			r->layout[bx->row] = 1;
	}
	for (size_t row = 1; row < n; row++)
		if (r->text_cells[row] < 2)
			r->layout[row] = 0;
	counted = xcalloc(n + 1, 1);
	for (size_t c = 1; c < n; c++) {
		const struct hbox *bx = &doc->boxes.v[c];
		if (!is_cell(bx) || bx->row >= n || bx->table >= n || r->text_cells[bx->row] < 2 ||
		    counted[bx->row])
			continue;
		r->multi[bx->table]++;
		counted[bx->row] = 1; /* once per row, from its first cell */
	}
	free(counted);
}

static void
rows_free(struct rows *r)
{
	free(r->multi);
	free(r->text_cells);
	free(r->max_text);
	free(r->layout);
}

/* Blocks of data rows with two cells of text (label and value): a menu
 * has none.  The cells of a layout row are columns, not pairs. */
static int
block_paired(const struct line_index *pg, const struct rows *r, size_t b)
{
	const struct hblock *bl = &pg->doc->blocks.v[b];

	return bl->row != 0 && bl->row < pg->doc->boxes.n && r->text_cells[bl->row] >= 2 &&
	       !r->layout[bl->row];
}

/*
 * Tables and cells that are link lists; cells of layout rows that are
 * menus beside the content (plain short lines or links).  Also records
 * each block's innermost layout column, for the section ends.
 */
static void
mark_boxes(struct line_index *pg, const struct sums *s, const struct rows *r)
{
	const struct hdoc *doc = pg->doc;
	size_t n = doc->boxes.n;
	unsigned *column = xcalloc(n + 1, sizeof *column);

	for (size_t c = 1; c < n; c++) {
		const struct hbox *bx = &doc->boxes.v[c];
		size_t t = box_sum(s->text, bx);
		int links = box_sum(s->links, bx) >= LINK_LIST_MIN &&
		            mostly_links(box_sum(s->link, bx), t, LINK_SHARE_PCT);
		int col = is_cell(bx) && bx->row < n && r->layout[bx->row];
		if (bx->end <= bx->start)
			continue;
		if (is_cell(bx))
			column[c] = col ? (unsigned)c : (bx->parent < c ? column[bx->parent] : 0);
		if (links)
			mark_range(pg, bx->start, bx->end, FURN_LINKS);
		if (!col || t == 0 || r->max_text[bx->row] < CONTENT_MIN ||
		    r->max_text[bx->row] < CONTENT_RATIO * t)
			continue;
		if (links || (box_sum(s->lines, bx) >= MENU_LINES_MIN &&
		              box_sum(s->long_lines, bx) == 0 && box_sum(s->paired, bx) == 0))
			mark_range(pg, bx->start, bx->end, FURN_COLUMN);
	}
	for (size_t b = 0; b < doc->blocks.n; b++) {
		unsigned cell = doc->blocks.v[b].cell;
		pg->column[b] = cell < n ? column[cell] : 0;
	}
	free(column);
}

/* ---- gauges ---- */

/* Up to GAUGE_WORDS_MAX short words of a gauge. */
#define GAUGE_WORDS_MAX     8
#define GAUGE_ROW_MAX_BYTES (GAUGE_WORDS_MAX * (GAUGE_WORD_MAX * 4 + 3))
struct words {
	size_t n;
	char w[GAUGE_WORDS_MAX][GAUGE_WORD_MAX * 4 + 1];
};

/* Characters that never stand in an option word. */
static int
has_punct(const char *s, size_t n)
{
	static const char ascii[] = ",.:()/";
	static const char *const wide[] = {
		"。", "、", FW_COLON, FW_LPAREN, FW_RPAREN, "「", "」"
	};

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80 && memchr(ascii, c, sizeof ascii - 1))
			return 1;
		if ((c == 0xE3 || c == 0xEF) && i + 3 <= n)
			for (size_t k = 0; k < sizeof wide / sizeof *wide; k++)
				if (memcmp(s + i, wide[k], 3) == 0)
					return 1;
	}
	return 0;
}

/* A word has a letter, a digit, kana or kanji: "‥‥‥" and "■" are not words. */
static int
has_letter(const char *s, size_t n)
{
	for (size_t i = 0, len; i < n; i += len ? len : 1) {
		unsigned cp = text_cp(s + i, &len);
		if ((cp < 0x80 && ascii_isalnum((int)cp)) || (cp >= 0x3040 && cp < 0xFF00))
			return 1;
	}
	return 0;
}

/* Add the word s[0..n) (at most GAUGE_WORD_MAX characters); -1 when it
 * cannot be an option word or repeats one. */
static int
add_word(struct words *w, const char *s, size_t n)
{
	if (w->n >= GAUGE_WORDS_MAX || has_punct(s, n) || !has_letter(s, n))
		return -1;
	for (size_t k = 0; k < w->n; k++)
		if (strlen(w->w[k]) == n && memcmp(w->w[k], s, n) == 0)
			return -1; /* options differ from each other */
	memcpy(w->w[w->n], s, n);
	w->w[w->n++][n] = 0;
	return 0;
}

/* Bytes of the word separator at p (space, newline, U+3000), or 0. */
static size_t
word_gap(const char *p)
{
	if (*p == ' ' || *p == '\n')
		return 1;
	return *p == FW_SPACE[0] && text_starts(p, FW_SPACE) ? strlen(FW_SPACE) : 0;
}

/* The words of a block that is one short word per line or one line of
 * short words separated by spaces; -1 when it is anything else. */
static int
block_words(const struct hblock *bl, struct words *w)
{
	const char *p = bl->text;

	for (;;) {
		size_t n = 0, cps = 0, gap;
		while ((gap = word_gap(p)) > 0)
			p += gap;
		if (*p == 0)
			return 0;
		for (; p[n] && word_gap(p + n) == 0; n++)
			if (((unsigned char)p[n] & 0xC0) != 0x80 && ++cps > GAUGE_WORD_MAX)
				return -1; /* no option word is that long */
		if (add_word(w, p, n) < 0)
			return -1;
		p += n;
	}
}

/* The option words of a gauge's label row starting at block b: a row of
 * one-word cells, or one block of words.  Returns the blocks it spans. */
static size_t
gauge_row(const struct hdoc *doc, size_t b, struct words *w)
{
	const struct hblock *bl = &doc->blocks.v[b];
	size_t e = b;

	w->n = 0;
	if (bl->links.n > 0 || strlen(bl->text) > GAUGE_ROW_MAX_BYTES)
		return 0; /* option words are not links (a nav bar is), nor prose */
	if (bl->row != 0 && !strchr(bl->text, ' ') && !strstr(bl->text, FW_SPACE)) {
		/* one word per cell, each cell of the row, from its first cell
		 * (at most GAUGE_WORDS_MAX + 1 blocks looked at) */
		if (b > 0 && doc->blocks.v[b - 1].row == bl->row)
			return 0;
		while (e < doc->blocks.n && doc->blocks.v[e].row == bl->row &&
		       (e == b || doc->blocks.v[e].cell != doc->blocks.v[e - 1].cell) &&
		       doc->blocks.v[e].links.n == 0 && !strchr(doc->blocks.v[e].text, ' ') &&
		       !strstr(doc->blocks.v[e].text, FW_SPACE) &&
		       block_words(&doc->blocks.v[e], w) == 0)
			e++;
		if (e < doc->blocks.n && doc->blocks.v[e].row == bl->row)
			return 0; /* the row goes on with something else */
	} else if (block_words(bl, w) == 0) {
		e = b + 1;
	}
	return w->n >= GAUGE_WORDS_MIN ? e - b : 0;
}

/* How many of the words the block quotes (「word」, 『word』 or “word”).
 * *open keeps which of the quotes the block opens at all (bit 3: looked
 * for), the same block being asked for the words of every row near it. */
static size_t
quoted(const struct hblock *bl, const struct words *w, unsigned char *open)
{
	static const char *const quotes[][2] = { { "「", "」" }, { "『", "』" }, { "“", "”" } };
	size_t n = 0;

	if (*open == 0) {
		*open = 8;
		for (size_t k = 0; k < sizeof quotes / sizeof *quotes; k++)
			if (strstr(bl->text, quotes[k][0]) != NULL)
				*open |= (unsigned char)(1u << k);
	}
	for (size_t j = 0; j < w->n && *open != 8; j++) {
		size_t wl = strlen(w->w[j]);
		int found = 0;
		for (size_t k = 0; k < sizeof quotes / sizeof *quotes && !found; k++) {
			size_t ol = strlen(quotes[k][0]);
			if (!(*open & (1u << k)))
				continue;
			/* open quote, word, close quote: at some open quote */
			for (const char *q = strstr(bl->text, quotes[k][0]); q && !found;
			     q = strstr(q + 1, quotes[k][0]))
				found = strncmp(q + ol, w->w[j], wl) == 0 &&
				        text_starts(q + ol + wl, quotes[k][1]);
		}
		n += found;
	}
	return n;
}

/* Every word has a character that is not ASCII (option words are
 * Japanese; "Windows XP SP2" is not a gauge), and some word has two
 * characters ("深　刻　度" is one word spaced out, not three options). */
static int
japanese_words(const struct words *w)
{
	size_t longest = 0;

	for (size_t k = 0; k < w->n; k++) {
		size_t n = count_cps(w->w[k], strlen(w->w[k]));
		if (n > longest)
			longest = n;
	}
	if (longest < 2)
		return 0;
	for (size_t k = 0; k < w->n; k++) {
		const unsigned char *p = (const unsigned char *)w->w[k];
		while (*p && *p < 0x80)
			p++;
		if (*p == 0)
			return 0;
	}
	return 1;
}

/* The legend of the gauge at blocks [b, b + span): a block nearby that
 * quotes at least GAUGE_QUOTED_MIN of its words; blocks.n when none. */
static size_t
gauge_legend(const struct hdoc *doc, size_t b, size_t span, const struct words *w,
             unsigned char *qopen)
{
	size_t lo = b > GAUGE_WINDOW ? b - GAUGE_WINDOW : 0;
	size_t hi =
		b + span + GAUGE_WINDOW < doc->blocks.n ? b + span + GAUGE_WINDOW : doc->blocks.n;

	for (size_t k = lo; k < hi; k++)
		if ((k < b || k >= b + span) &&
		    quoted(&doc->blocks.v[k], w, &qopen[k]) >= GAUGE_QUOTED_MIN)
			return k;
	return doc->blocks.n;
}

/* The short words (「X」, X at most GAUGE_WORD_MAX characters) a block
 * quotes, counted up to GAUGE_QUOTED_MIN. */
static size_t
quoted_terms(const char *text)
{
	size_t n = 0;

	for (const char *p = strstr(text, "「"), *e; p && n < GAUGE_QUOTED_MIN;
	     p = strstr(e, "「")) {
		p += strlen("「");
		if ((e = strstr(p, "」")) == NULL)
			break;
		n += count_cps(p, (size_t)(e - p)) <= GAUGE_WORD_MAX;
	}
	return n;
}

/*
 * A gauge drawn as an image whose alt is its option ("緊急適用"): the
 * legend is a block just beside it that quotes that word among other
 * short terms.  The image itself has no text to mark.
 */
static void
mark_image_gauge(struct line_index *pg, size_t b, unsigned char *qopen)
{
	const struct hdoc *doc = pg->doc;
	const struct hblock *bl = &doc->blocks.v[b];
	struct words w = { 0 };
	size_t lo = b > GAUGE_IMAGE_WINDOW ? b - GAUGE_IMAGE_WINDOW : 0;

	for (unsigned k = 0; k < bl->nimg; k++) {
		const char *alt = bl->imgalt[k];
		size_t n = alt ? strlen(alt) : 0;
		if (n > 0 && n <= GAUGE_WORD_MAX * 4 && count_cps(alt, n) <= GAUGE_WORD_MAX)
			add_word(&w, alt, n);
	}
	if (w.n == 0)
		return;
	for (size_t k = lo; k < doc->blocks.n && k <= b + GAUGE_IMAGE_WINDOW; k++)
		if (k != b && quoted(&doc->blocks.v[k], &w, &qopen[k]) > 0 &&
		    quoted_terms(doc->blocks.v[k].text) >= GAUGE_QUOTED_MIN)
			pg->furn[k] |= FURN_GAUGE;
}

/*
 * A row of option words is a gauge's labels when a legend nearby quotes
 * them, or when it stands alone: the only row of its table with two cells
 * of text (a data table's header row has data rows below it), or a line of
 * Japanese words with no sentence around it.  The legend is furniture too.
 */
static void
mark_gauges(struct line_index *pg, const unsigned *multi_rows)
{
	const struct hdoc *doc = pg->doc;
	unsigned char *qopen = xcalloc(doc->blocks.n + 1, 1); /* quoted()'s, per block */

	for (size_t b = 0; b < doc->blocks.n; b++) {
		const struct hblock *bl = &doc->blocks.v[b];
		struct words w;
		size_t span = gauge_row(doc, b, &w), legend;
		int alone;
		if (span == 0 && bl->text[0] == 0 && bl->nimg > 0)
			mark_image_gauge(pg, b, qopen);
		if (span == 0)
			continue;
		legend = gauge_legend(doc, b, span, &w, qopen);
		alone = span > 1 ? bl->table < doc->boxes.n && multi_rows[bl->table] <= 1
		                 : japanese_words(&w);
		if (legend < doc->blocks.n)
			pg->furn[legend] |= FURN_GAUGE;
		if (legend < doc->blocks.n || alone)
			mark_range(pg, b, b + span, FURN_GAUGE);
		b += span - 1;
	}
	free(qopen);
}

/* ---- the footer ---- */

static int
is_copyright_line(const char *s)
{
	static const char *const starts[] = { "Copyright", "COPYRIGHT", "copyright",
		                              "©",         "(C) ",      "(c) " };

	for (const char *p = s; p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
		for (size_t k = 0; k < sizeof starts / sizeof *starts; k++)
			if (text_starts(p, starts[k]))
				return 1;
	}
	return strstr(s, "All Rights Reserved") != NULL || strstr(s, "All rights reserved") != NULL;
}

/* The first block of the footer box around the copyright block b: its
 * largest enclosing table that holds little of the page, else the <hr>
 * just before it. */
static size_t
footer_box_start(const struct line_index *pg, const struct sums *s, size_t b)
{
	const struct hdoc *doc = pg->doc;
	size_t start = b, total = s->text[doc->blocks.n];
	unsigned t = doc->blocks.v[b].table;

	while (t != 0 && t < doc->boxes.n) {
		const struct hbox *bx = &doc->boxes.v[t];
		unsigned parent = bx->parent;
		if (box_sum(s->text, bx) * 100 > total * FOOTER_SHARE_PCT)
			break;
		start = bx->start;
		t = parent && parent < doc->boxes.n ? doc->boxes.v[parent].table : 0;
	}
	if (start == b)
		for (size_t k = b + 1; k-- > 0 && k + FOOTER_HR_WINDOW > b;)
			if (doc->blocks.v[k].flags & HB_AFTER_HR) {
				start = k;
				break;
			}
	return start;
}

/* The footer: the last copyright block's box to the end of the page,
 * with the furniture just before it (a "ページの先頭へ" link, a bottom
 * navigation bar). */
static void
mark_footer(struct line_index *pg, const struct sums *s)
{
	const struct hdoc *doc = pg->doc;
	size_t b = doc->blocks.n, start;

	while (b-- > 0)
		if (is_copyright_line(doc->blocks.v[b].text))
			break;
	if (b == (size_t)-1)
		return;
	start = footer_box_start(pg, s, b);
	while (start > 0 && (pg->furn[start - 1] || doc->blocks.v[start - 1].text[0] == 0))
		start--;
	while (start < b && doc->blocks.v[start].text[0] == 0)
		start++;
	mark_range(pg, start, doc->blocks.n, FURN_FOOTER);
}

/* ---- the pass ---- */

static void
sums_build(const struct line_index *pg, const struct bstat *st, struct sums *s)
{
	size_t n = pg->doc->blocks.n;

	s->text = xcalloc(n + 1, sizeof *s->text);
	s->link = xcalloc(n + 1, sizeof *s->link);
	s->links = xcalloc(n + 1, sizeof *s->links);
	s->lines = xcalloc(n + 1, sizeof *s->lines);
	s->long_lines = xcalloc(n + 1, sizeof *s->long_lines);
	for (size_t b = 0; b < n; b++) {
		s->text[b + 1] = s->text[b] + st[b].text;
		s->link[b + 1] = s->link[b] + st[b].link;
		s->links[b + 1] = s->links[b] + st[b].links;
		s->lines[b + 1] = s->lines[b] + st[b].lines;
		s->long_lines[b + 1] = s->long_lines[b] + st[b].long_lines;
	}
}

/* The paired blocks' prefix sums, once the rows are known. */
static void
sums_paired(const struct line_index *pg, const struct rows *r, struct sums *s)
{
	size_t n = pg->doc->blocks.n;

	s->paired = xcalloc(n + 1, sizeof *s->paired);
	for (size_t b = 0; b < n; b++)
		s->paired[b + 1] = s->paired[b] + block_paired(pg, r, b);
}

static void
sums_free(struct sums *s)
{
	free(s->text);
	free(s->link);
	free(s->links);
	free(s->lines);
	free(s->long_lines);
	free(s->paired);
}

void
ex_page_furniture(struct line_index *pg)
{
	size_t n = pg->doc->blocks.n;
	struct bstat *st = xcalloc(n + 1, sizeof *st);
	struct sums s;
	struct rows r;

	pg->furn = xcalloc(n + 1, 1);
	pg->column = xcalloc(n + 1, sizeof *pg->column);
	for (size_t b = 0; b < n; b++)
		block_stat(&pg->doc->blocks.v[b], &st[b]);
	sums_build(pg, st, &s);
	rows_count(pg, &s, &r);
	sums_paired(pg, &r, &s);
	mark_blocks(pg, st);
	mark_boxes(pg, &s, &r);
	mark_gauges(pg, r.multi);
	mark_footer(pg, &s);
	rows_free(&r);
	sums_free(&s);
	free(st);
}

void
ex_page_furniture_free(struct line_index *pg)
{
	free(pg->furn);
	free(pg->column);
	pg->furn = NULL;
	pg->column = NULL;
}

unsigned
ex_block_furniture(const struct line_index *pg, size_t block)
{
	return pg->furn && block < pg->doc->blocks.n ? pg->furn[block] : 0;
}

int
ex_block_is_furniture(const struct line_index *pg, size_t block)
{
	return ex_block_furniture(pg, block) != 0;
}

int
ex_item_is_furniture(const struct line_index *pg, size_t i)
{
	return ex_block_is_furniture(pg, pg->items.v[i].block);
}

int
ex_block_in_column(const struct line_index *pg, size_t block)
{
	return pg->column && block < pg->doc->blocks.n && pg->column[block] != 0 &&
	       pg->column[block] == pg->doc->blocks.v[block].cell;
}

size_t
ex_content_end(const struct line_index *pg, size_t anchor, size_t from, size_t to)
{
	size_t col_end, i;
	unsigned col;
	int content = 0;

	if (pg->furn == NULL || anchor >= pg->items.n)
		return to;
	col = pg->column[pg->items.v[anchor].block];
	col_end = col && pg->doc->boxes.v[col].end > pg->doc->boxes.v[col].start
	                  ? pg->doc->boxes.v[col].end
	                  : pg->doc->blocks.n;
	for (i = from; i < to; i++) {
		size_t b = pg->items.v[i].block;
		if (b >= col_end)
			break;
		if ((pg->furn[b] & FURN_ENDS) && content)
			break;
		if (!pg->furn[b] && pg->items.v[i].text[0])
			content = 1;
	}
	return i;
}
