/*
 * extract_sections.c — the headed parts of a bulletin: finding the
 * headings (概要, 対象プラットフォーム, DA Lab comments ...), the lead
 * paragraphs, ■ notes, affected software, downloads, verification keys and
 * workarounds.  File tables and deployment times are in extract_files.c.
 */
#include "parse/extract.h"
#include "parse/text.h"
#include "core/limits.h"
#include "core/strset.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

static const struct {
	const char *name;
	enum section sect;
	int contains; /* substring of the heading rather than all of it */
} section_names[] = {
	{ "概要", SEC_OVERVIEW, 0 },
	{ "対象プラットフォーム", SEC_AFFECTED, 0 },
	{ "HotFixテスティング・チームからのコメント", SEC_DALAB, 1 },
	{ "DA Lab", SEC_DALAB, 1 },
	{ "修正プログラムのダウンロード先", SEC_DOWNLOADS, 0 },
	{ "適用されるファイル情報", SEC_FILES, 0 },
	{ "確認方法", SEC_VERIFY, 0 },
	{ "参考情報", SEC_REFERENCE, 0 },
	{ "回避策", SEC_WORKAROUNDS, 0 },
	{ "予想適用時間", SEC_DEPLOY, 0 },
	{ "UpdateEXPERT上の表示", SEC_UPDATEEXPERT, 0 },
	{ "よく寄せられる質問", SEC_FAQ, 0 },
	{ "更新履歴", SEC_HISTORY, 0 },
	{ "含まれる過去の修正", SEC_PAST, 0 },
};

/* Sections whose name is also a header label: a heading only when marked
 * as one (‥‥‥ framed, or h1..h6), since a label cell beside a value cell
 * that holds a table stands where a heading may. */
static const enum section marked_only[] = { SEC_PAST };

static int
needs_mark(enum section s)
{
	for (size_t k = 0; k < sizeof marked_only / sizeof *marked_only; k++)
		if (marked_only[k] == s)
			return 1;
	return 0;
}

/* The closing boilerplate begins with one of these. */
static const char *const footer_starts[] = {
	"HotFix Reportは、",
	"Copyright",
	"このメールは、",
};

/* A block alone in its row (a heading is not a table header cell). */
static int
alone_in_row(const struct hdoc *doc, size_t b)
{
	const struct hblock *bl = &doc->blocks.v[b];

	if (bl->row == 0)
		return 1;
	if (b > 0 && doc->blocks.v[b - 1].row == bl->row && doc->blocks.v[b - 1].cell != bl->cell &&
	    doc->blocks.v[b - 1].text[0])
		return 0;
	if (b + 1 < doc->blocks.n && doc->blocks.v[b + 1].row == bl->row &&
	    doc->blocks.v[b + 1].cell != bl->cell && doc->blocks.v[b + 1].text[0])
		return 0;
	return 1;
}

/* A heading stands outside tables, in a layout cell or page column, or
 * alone in a table of its own: never as one more row of a label table
 * (よく寄せられる質問). */
static int
heading_place(const struct line_index *pg, size_t b)
{
	const struct hdoc *doc = pg->doc;
	const struct hblock *bl = &doc->blocks.v[b];

	if (bl->row == 0 || (bl->flags & HB_LAYOUT) || ex_block_in_column(pg, b))
		return 1;
	if (b > 0 && doc->blocks.v[b - 1].table == bl->table)
		return 0;
	if (b + 1 < doc->blocks.n && doc->blocks.v[b + 1].table == bl->table)
		return 0;
	return 1;
}

static enum section
heading_of(const struct line_index *pg, size_t i)
{
	const struct item *it = &pg->items.v[i];
	const struct hblock *bl = ex_item_block(pg, i);
	enum section s = SEC_NONE;
	char *name;
	int marked;

	if (strlen(it->text) > 120 || it->text[0] == 0)
		return SEC_NONE;
	if (ex_block_furniture(pg, it->block) & FURN_FOOTER)
		return SEC_FOOTER;
	if (ex_block_is_furniture(pg, it->block))
		return SEC_NONE;
	for (size_t k = 0; k < sizeof footer_starts / sizeof *footer_starts; k++)
		if (text_starts(it->text, footer_starts[k]))
			return SEC_FOOTER;
	/* a heading is a block of its own, or any line of plain text (<pre>) */
	if (((it->off != 0 || strchr(bl->text, '\n') != NULL) && !(bl->flags & HB_PRE)) ||
	    !alone_in_row(pg->doc, it->block) || !heading_place(pg, it->block))
		return SEC_NONE;
	name = ex_label_strip(it->text);
	marked = text_starts(it->text, "‥") || (bl->flags & HB_HEADING);
	if ((text_starts(it->text, "‥") || (bl->flags & HB_HEADING)) && *name)
		s = SEC_OTHER;
	for (size_t k = 0;
	     k < sizeof section_names / sizeof *section_names && (s == SEC_NONE || s == SEC_OTHER);
	     k++)
		if ((marked || !needs_mark(section_names[k].sect)) &&
		    (section_names[k].contains ? strstr(name, section_names[k].name) != NULL
		                               : strcmp(name, section_names[k].name) == 0))
			s = section_names[k].sect;
	free(name);
	return s;
}

void
ex_find_sections(struct line_index *pg)
{
	enum section cur = SEC_NONE;
	int in_pre = 0;     /* the current section is headed in a <pre> */
	unsigned level = 0; /* h1..h6 of the current section's heading, 0 none */

	memset(pg->sect, 0, sizeof pg->sect);
	pg->body = pg->end = pg->items.n;
	for (size_t i = 0; i < pg->items.n; i++) {
		enum section s = heading_of(pg, i);
		/* a mail archive's bulletin text ends with its <pre>: what
		 * follows is the archive's navigation */
		if (in_pre && !(ex_item_block(pg, i)->flags & HB_PRE))
			s = SEC_FOOTER;
		if (s == SEC_NONE || (s != SEC_OTHER && pg->sect[s].from != 0))
			continue; /* a known section counts once */
		/* a heading element of another name ends a section (a sidebar's
		 * heading, the next part of an article) unless it is of a lower
		 * level than the section's own (<h3> under <h2>: a part of it);
		 * before the first section it is the headline or the header's,
		 * no boundary */
		if (s == SEC_OTHER && !text_starts(pg->items.v[i].text, "‥") &&
		    (cur == SEC_NONE || (level && ex_item_block(pg, i)->hlevel > level)))
			continue;
		in_pre = (ex_item_block(pg, i)->flags & HB_PRE) != 0;
		level = ex_item_block(pg, i)->hlevel;
		if (cur != SEC_NONE && cur != SEC_OTHER)
			pg->sect[cur].to = i;
		if (i < pg->body)
			pg->body = i;
		if (s != SEC_OTHER)
			pg->sect[s].from = i + 1;
		cur = s;
		if (s == SEC_FOOTER) {
			pg->end = i;
			break;
		}
	}
	if (cur != SEC_NONE && cur != SEC_OTHER && pg->sect[cur].to == 0)
		pg->sect[cur].to = pg->items.n;
	for (int s = 0; s < SEC_FOOTER; s++)
		if (pg->sect[s].to > pg->sect[s].from)
			pg->sect[s].to = ex_content_end(pg, pg->sect[s].from - 1, pg->sect[s].from,
			                                pg->sect[s].to);
}

/*
 * A text being built: paragraphs joined by "\n\n" (or words by a space)
 * in a bounded buffer, stored into *dest by acc_end().  dest may point into
 * a VEC, so the accumulator is ended before that VEC grows.
 */
struct acc {
	struct buf b;
	char **dest;
};

static void
acc_end(struct acc *a)
{
	if (a->dest == NULL)
		return;
	if (a->b.len) {
		free(*a->dest);
		*a->dest = buf_steal(&a->b, NULL);
	}
	buf_free(&a->b);
	a->dest = NULL;
}

/* Continue the text in *dest (which keeps what it has). */
static void
acc_start(struct acc *a, char **dest)
{
	acc_end(a);
	buf_init(&a->b, HF_MAX_FIELD_BYTES);
	if (*dest)
		buf_puts(&a->b, *dest);
	a->dest = dest;
}

static void
acc_add(struct acc *a, const char *sep, const char *text)
{
	if (a->dest == NULL || text == NULL || *text == 0)
		return;
	if (a->b.len)
		buf_puts(&a->b, sep);
	buf_puts(&a->b, text); /* past the ceiling the text is cut: bounded */
}

/* The lines [i, j) of one block as a paragraph. */
static char *
lines_paragraph(const struct line_index *pg, size_t i, size_t j)
{
	struct buf b;
	char *s, *p;

	buf_init(&b, HF_MAX_FIELD_BYTES);
	for (size_t k = i; k < j; k++) {
		if (b.len)
			buf_putc(&b, '\n');
		buf_puts(&b, pg->items.v[k].text);
	}
	s = buf_steal(&b, NULL);
	buf_free(&b);
	p = ex_paragraph(s ? s : "");
	free(s);
	return p;
}

/* End of the block that item i is in (exclusive), bounded by to. */
static size_t
block_end(const struct line_index *pg, size_t i, size_t to)
{
	size_t j = i + 1;

	while (j < to && pg->items.v[j].block == pg->items.v[i].block)
		j++;
	return j;
}

static int
is_url(const char *s)
{
	return text_starts(s, "http://") || text_starts(s, "https://") || text_starts(s, "ftp://");
}

static int
ends_with_colon(const char *s)
{
	size_t n = strlen(s);

	return (n >= 1 && s[n - 1] == ':') || (n >= 3 && strcmp(s + n - 3, FW_COLON) == 0);
}

static char *
strip_colon(const char *s)
{
	size_t n = strlen(s);

	if (n >= 3 && strcmp(s + n - 3, FW_COLON) == 0)
		n -= 3;
	else if (n >= 1 && s[n - 1] == ':')
		n -= 1;
	return xstrndup(s, n);
}

/*
 * The URL of a line that is one (reference_at has checked): its link when
 * it has one, else its text.  Its own link's text is the line, a URL; so
 * the answer is the first link of the block whose text is a URL, looked
 * for once per block (pg->url_link): a block of 150 000 links and 4096
 * references took 16.5 s when each reference compared every link.
 */
static char *
line_url(const struct line_index *pg, size_t i)
{
	size_t b = pg->items.v[i].block, k;
	const struct hblock *bl = &pg->doc->blocks.v[b];

	if (pg->url_link[b] == 0) {
		for (k = 0; k < bl->links.n && !is_url(bl->links.v[k].text); k++)
			;
		pg->url_link[b] = k + 1;
	}
	k = pg->url_link[b] - 1;
	if (k < bl->links.n)
		return ex_link_resolve(pg->base_url, bl->links.v[k].href);
	return xstrdup(pg->items.v[i].text);
}

/* "・label:" then a URL line -> reference; returns items consumed (0 if none). */
static size_t
reference_at(const struct line_index *pg, size_t i, size_t to, struct bulletin *b)
{
	const char *t = pg->items.v[i].text;
	struct reference *r;
	size_t j;

	if (!text_starts(t, "・") || !ends_with_colon(t))
		return 0;
	for (j = i + 1; j < to && pg->items.v[j].text[0] == 0; j++)
		;
	if (j >= to || !is_url(pg->items.v[j].text))
		return 0;
	if (b->references.n >= HF_MAX_ITEMS)
		return j + 1 - i;
	r = VEC_PUSH(&b->references);
	{
		char *label = strip_colon(t + strlen("・"));
		r->label = text_clean(label);
		free(label);
	}
	r->url = line_url(pg, j);
	return j + 1 - i;
}

/* Paragraphs of [from, to) into *text; references taken out. */
static void
read_prose(const struct line_index *pg, size_t from, size_t to, char **text, struct bulletin *b)
{
	size_t i = from;
	struct acc a = { .dest = NULL };

	acc_start(&a, text);
	while (i < to) {
		size_t n, end;
		if ((n = reference_at(pg, i, to, b)) > 0) {
			i += n;
			continue;
		}
		if (ex_item_is_furniture(pg, i)) {
			i++; /* line by line: a reference may follow in the block */
			continue;
		}
		end = block_end(pg, i, to);
		if (pg->items.v[i].text[0]) {
			char *p = lines_paragraph(pg, i, end);
			acc_add(&a, "\n\n", p);
			free(p);
		}
		i = end;
	}
	acc_end(&a);
}

/* A heading after the lead's prose begins something else (a blog's
 * sidebar, the next entry): where the lead ends, else `to`. */
static size_t
lead_heading(const struct line_index *pg, size_t from, size_t to)
{
	int prose = 0;

	for (size_t i = from; i < to; i++) {
		const struct hblock *bl = ex_item_block(pg, i);
		if (pg->items.v[i].text[0] == 0 || ex_item_is_furniture(pg, i))
			continue;
		if (bl->flags & HB_HEADING) {
			if (prose)
				return i;
		} else {
			prose = 1;
		}
	}
	return to;
}

void
extract_lead(const struct line_index *pg, struct bulletin *b)
{
	size_t to = pg->lead_end && pg->lead_end < pg->body ? pg->lead_end : pg->body;

	if (pg->lead == 0 || pg->lead >= to)
		return;
	to = lead_heading(pg, pg->lead, to);
	read_prose(pg, pg->lead, ex_content_end(pg, pg->lead, pg->lead, to), &b->summary, b);
}

static void
read_affected(const struct line_index *pg, struct span s, struct bulletin *b)
{
	size_t i = s.from;
	struct row r;

	while (ex_row_next(pg, &i, s.to, &r)) {
		struct affected *a;
		if (r.table == 0 || strstr(r.cell[0], "影響を受ける") ||
		    (r.ncells >= 2 && strstr(r.cell[1], "対象プラットフォーム"))) {
			ex_row_free(&r);
			continue;
		}
		if (r.ncells == 1 && b->affected.n > 0) {
			a = &b->affected.v[b->affected.n - 1]; /* rowspan continuation */
		} else if (r.ncells >= 2 && b->affected.n < HF_MAX_ITEMS) {
			a = VEC_PUSH(&b->affected);
			a->software = text_clean(r.cell[0]);
		} else {
			ex_row_free(&r);
			continue;
		}
		for (char *line = r.cell[r.ncells - 1], *nl; line; line = nl) {
			char *p;
			if ((nl = strchr(line, '\n')) != NULL)
				*nl++ = 0;
			p = text_clean(line);
			if (*p && a->platforms.n < HF_MAX_ITEMS)
				strlist_add(&a->platforms, p);
			free(p);
		}
		ex_row_free(&r);
	}
}

static int
is_note_heading(const char *s)
{
	return text_starts(s, "■");
}

/* DA Lab comments (and a notice's items): ■ items become notes;
 * 適用テストの結果 lists platforms. */
static void
read_notes(const struct line_index *pg, struct span s, struct bulletin *b)
{
	struct note *n = NULL;
	int tested = 0;
	unsigned note_table = 0;
	size_t i = s.from;
	struct acc a = { .dest = NULL };

	while (i < s.to) {
		const struct hblock *bl = ex_item_block(pg, i);
		const char *t = pg->items.v[i].text;
		size_t k;
		if (is_note_heading(t) && b->notes.n < HF_MAX_ITEMS) {
			char *h = text_clean(t + strlen("■"));
			acc_end(&a);
			n = VEC_PUSH(&b->notes);
			n->heading = h;
			acc_start(&a, &n->text);
			tested = strstr(h, "適用テスト") != NULL;
			note_table = bl->table;
			i++;
			continue;
		}
		if ((bl->flags & HB_AFTER_HR) && pg->items.v[i].off == 0) {
			acc_end(&a); /* an <hr> ends the item */
			n = NULL;
		}
		if (n == NULL) {
			i++;
			continue;
		}
		if (bl->row != 0 && !(bl->flags & HB_LAYOUT) &&
		    !ex_block_in_column(pg, pg->items.v[i].block) &&
		    (bl->table != note_table || !alone_in_row(pg->doc, pg->items.v[i].block))) {
			struct row r;
			ex_row_next(pg, &i, s.to, &r);
			if (tested && !strstr(r.cell[0], "プラットフォーム") &&
			    !(bl->flags & HB_TH) && r.cell[0][0] &&
			    b->tested_platforms.n < HF_MAX_ITEMS) {
				char *p = text_clean(r.cell[0]);
				strlist_add(&b->tested_platforms, p);
				free(p);
			}
			ex_row_free(&r);
			continue;
		}
		if ((k = reference_at(pg, i, s.to, b)) > 0) {
			i += k;
			continue;
		}
		if (ex_item_is_furniture(pg, i)) {
			i++; /* line by line: a reference may follow in the block */
			continue;
		}
		{
			size_t end = i + 1;
			char *p;
			while (end < s.to && pg->items.v[end].block == pg->items.v[i].block &&
			       !is_note_heading(pg->items.v[end].text) &&
			       !(text_starts(pg->items.v[end].text, "・") &&
			         ends_with_colon(pg->items.v[end].text)))
				end++;
			p = lines_paragraph(pg, i, end);
			acc_add(&a, "\n\n", p);
			free(p);
			i = end;
		}
	}
	acc_end(&a);
}

static void
read_downloads(const struct line_index *pg, struct span s, struct bulletin *b)
{
	size_t i = s.from;
	struct row r;

	while (ex_row_next(pg, &i, s.to, &r)) {
		if (r.ncells >= 2 && r.table != 0 && strcmp(r.cell[0], "プラットフォーム") != 0 &&
		    !strstr(r.cell[r.ncells - 1], "の表示") && b->downloads.n < HF_MAX_ITEMS) {
			struct download *d = VEC_PUSH(&b->downloads);
			d->platform = text_clean(r.cell[0]);
			d->title = text_clean(r.cell[r.ncells - 1]);
			if (*d->title == 0) {
				free(d->title);
				d->title = NULL;
			}
			d->url = r.link ? ex_link_resolve(pg->base_url, r.link->href) : NULL;
			if (d->url == NULL)
				bulletin_diag(b, DIAG_NO_LINK,
				              "修正プログラムのダウンロード先: %s: no link",
				              d->platform);
		}
		ex_row_free(&r);
	}
}

/* The registry key at the start of a line: ASCII from space to tilde, up to the text
 * that follows it (以下のファイル一覧を確認する). */
static char *
registry_key(const char *line)
{
	const char *p = strstr(line, "HKEY_");
	size_t n = 0;

	if (p == NULL)
		return NULL;
	while (p[n] && (unsigned char)p[n] >= 0x20 && (unsigned char)p[n] < 0x7f)
		n++;
	while (n > 0 && p[n - 1] == ' ')
		n--;
	return xstrndup(p, n);
}

static void
read_verification(const struct line_index *pg, struct span s, struct bulletin *b)
{
	char *platform = NULL;

	for (size_t i = s.from; i < s.to; i++) {
		const char *t = pg->items.v[i].text;
		char *key;
		struct verification *v;
		if (ends_with_colon(t) && !strstr(t, "HKEY_")) {
			char *p = strip_colon(text_starts(t, "・") ? t + strlen("・") : t);
			free(platform);
			platform = text_clean(p);
			free(p);
			continue;
		}
		if (b->verification.n >= HF_MAX_ITEMS || (key = registry_key(t)) == NULL)
			continue;
		v = VEC_PUSH(&b->verification);
		v->platform = platform;
		v->registry_key = key;
		platform = NULL;
	}
	free(platform);
}

/* "1. text" / "1.text" → "text"; NULL when the line is not numbered. */
static const char *
numbered_step(const char *s)
{
	const char *p = s;

	while (*p >= '0' && *p <= '9')
		p++;
	if (p == s || p - s > 2)
		return NULL;
	if (*p == '.')
		p++;
	else if (text_starts(p, FW_PERIOD) || text_starts(p, "、"))
		p += 3;
	else
		return NULL;
	while (*p == ' ')
		p++;
	return p;
}

/* The state of reading 参考情報: the current item (■ or a sub-heading), its
 * text, its step; listed when the current workaround is an item of a list
 * under the heading (回避策), headed when a sub-heading began it. */
struct wk {
	const struct line_index *pg;
	struct span s;
	struct workaround *w;
	unsigned last_li;
	int listed, headed;
	struct acc text, step;
};

/* The current item ends (its text and step stored).  One begun by a
 * sub-heading that got nothing under it but links (a sidebar's 関連情報
 * over links to other bulletins) is no workaround: it is taken back. */
static void
wk_end(struct wk *k, struct bulletin *b)
{
	acc_end(&k->text);
	acc_end(&k->step);
	if (k->w != NULL && k->headed && k->w->text == NULL && k->w->steps.n == 0 &&
	    k->w == &b->workarounds.v[b->workarounds.n - 1]) {
		free(k->w->title);
		strlist_free(&k->w->steps);
		b->workarounds.n--;
	}
	k->w = NULL;
	k->listed = k->headed = 0;
}

/* A new workaround titled title (the workarounds VEC grows: the open text
 * and step end first); 0 when the list is full. */
static int
wk_new(struct wk *k, struct bulletin *b, char *title)
{
	wk_end(k, b);
	if (b->workarounds.n >= HF_MAX_ITEMS) {
		free(title);
		k->w = NULL;
		return 0;
	}
	k->w = VEC_PUSH(&b->workarounds);
	k->w->title = title;
	acc_start(&k->text, &k->w->text);
	k->last_li = 0;
	return 1;
}

/* An item of a list that stands under the heading itself, outside any ■
 * item: a workaround of its own, titled by its first line; its other
 * lines, and blocks of the same item, are its text.  An item that is
 * only links names other pages (related bulletins): no workaround, and it
 * ends the one before. */
static size_t
wk_listed(struct wk *k, size_t i, struct bulletin *b)
{
	const struct hblock *bl = ex_item_block(k->pg, i);
	size_t end = block_end(k->pg, i, k->s.to);
	char *p;

	if (!(k->listed && k->w != NULL && bl->li == k->last_li)) {
		if (!wk_new(k, b, text_clean(k->pg->items.v[i].text)))
			return end;
		k->listed = 1;
		i++;
	}
	p = lines_paragraph(k->pg, i, end);
	acc_add(&k->text, "\n\n", p);
	free(p);
	k->last_li = bl->li;
	return end;
}

/* A new step (the steps VEC grows: the open step ends first). */
static void
wk_new_step(struct wk *k, const char *first)
{
	acc_end(&k->step);
	if (k->w->steps.n >= HF_MAX_ITEMS)
		return;
	strlist_add(&k->w->steps, first);
	acc_start(&k->step, &k->w->steps.v[k->w->steps.n - 1]);
}

/* An <li> block: a step, or more of the step when the same item goes on. */
static size_t
wk_list_item(struct wk *k, size_t i)
{
	const struct hblock *bl = ex_item_block(k->pg, i);
	size_t end = block_end(k->pg, i, k->s.to);
	char *p = lines_paragraph(k->pg, i, end);

	if (bl->li == k->last_li && k->step.dest != NULL)
		acc_add(&k->step, " ", p);
	else
		wk_new_step(k, p);
	free(p);
	k->last_li = bl->li;
	return end;
}

/* "1. ..." lines; unnumbered lines after one in the same block continue
 * that step.  (Not block_end(): it walks to the end of the block each
 * time, and a block of 87 000 "1." lines cost 1.3 s, eight of them 10 s.) */
static size_t
wk_numbered(struct wk *k, size_t i, const char *first)
{
	const struct line_index *pg = k->pg;
	size_t j;
	char *p = text_clean(first), *more;

	for (j = i + 1;
	     j < k->s.to && pg->items.v[j].block == pg->items.v[i].block &&
	     numbered_step(pg->items.v[j].text) == NULL && !is_note_heading(pg->items.v[j].text);
	     j++)
		;
	more = lines_paragraph(pg, i + 1, j);
	wk_new_step(k, p);
	acc_add(&k->step, " ", more);
	acc_end(&k->step);
	free(p);
	free(more);
	k->last_li = 0;
	return j;
}

/* Lines of one block up to a ■ or a numbered step: a paragraph of text. */
static size_t
wk_paragraph(struct wk *k, size_t i)
{
	const struct line_index *pg = k->pg;
	size_t end = i + 1;
	char *p;

	while (end < k->s.to && pg->items.v[end].block == pg->items.v[i].block &&
	       !is_note_heading(pg->items.v[end].text) &&
	       numbered_step(pg->items.v[end].text) == NULL)
		end++;
	p = lines_paragraph(pg, i, end);
	acc_add(&k->text, "\n\n", p);
	free(p);
	return end;
}

/* 参考情報, 回避策: each ■ item, or each sub-heading (<h3> under the
 * section's <h2>), is a workaround with its text and steps; outside them
 * each item of a list is one (wk_listed()).  Other prose outside them (an
 * introduction) is not modelled, and a list item that is only links names
 * other pages: neither is a workaround, and each ends the one listed before. */
static void
read_workarounds(const struct line_index *pg, struct span s, struct bulletin *b)
{
	struct wk k = { .pg = pg, .s = s };
	size_t i = s.from, n;

	while (i < s.to) {
		const char *t = pg->items.v[i].text, *st;
		const struct hblock *bl = ex_item_block(pg, i);
		if (is_note_heading(t) && b->workarounds.n < HF_MAX_ITEMS) {
			wk_new(&k, b, text_clean(t + strlen("■")));
			i++;
		} else if (*t == 0 || ex_item_is_furniture(pg, i)) {
			i++;
		} else if ((bl->flags & HB_HEADING) && b->workarounds.n < HF_MAX_ITEMS) {
			k.headed = wk_new(&k, b, text_clean(t));
			i++;
		} else if (bl->li && ex_is_link_line(pg, i)) {
			if (k.w == NULL || k.listed)
				wk_end(&k, b);
			i = block_end(pg, i, s.to);
		} else if ((k.w == NULL || k.listed) && bl->li) {
			i = wk_listed(&k, i, b);
		} else if (k.w == NULL || k.listed) {
			wk_end(&k, b); /* prose after the list ends its last item */
			i++;
		} else if ((n = reference_at(pg, i, s.to, b)) > 0) {
			i += n;
		} else if (ex_item_block(pg, i)->li) {
			i = wk_list_item(&k, i);
		} else if ((st = numbered_step(t)) != NULL) {
			i = wk_numbered(&k, i, st);
		} else {
			i = wk_paragraph(&k, i);
		}
	}
	wk_end(&k, b);
}

static void
read_overview(const struct line_index *pg, struct span s, struct bulletin *b)
{
	read_prose(pg, s.from, s.to, &b->overview, b);
}

/* 含まれる過去の修正 as a section of its own: one paragraph per list item,
 * prose block or table row (its cells joined by a space, as a row value
 * reads), after the row's text when the page has both. */
static void
read_past_fixes(const struct line_index *pg, struct span s, struct bulletin *b)
{
	struct acc a = { .dest = NULL };
	unsigned row = 0, cell = 0;
	size_t i = s.from, end;

	acc_start(&a, &b->past_fixes);
	while (i < s.to) {
		const struct hblock *bl = ex_item_block(pg, i);
		char *p;
		end = block_end(pg, i, s.to);
		if (ex_item_is_furniture(pg, i) || pg->items.v[i].text[0] == 0) {
			i++;
			continue;
		}
		p = lines_paragraph(pg, i, end);
		acc_add(&a, bl->row && bl->row == row && bl->cell != cell ? " " : "\n\n", p);
		free(p);
		row = bl->row;
		cell = bl->cell;
		i = end;
	}
	acc_end(&a);
}

/* supersedes: every MS id that past_fixes names, normalized (full-width
 * digits, MS04-11), unique, in order, never the bulletin's own id; the
 * KB numbers, なし and prose around them name no bulletin.  A typo is
 * reported once for the page by the ids of the whole page, not here. */
static void
read_supersedes(struct bulletin *b)
{
	struct strset seen = STRSET_INIT;

	if (b->past_fixes == NULL)
		return;
	if (b->id)
		strset_add(&seen, b->id);
	for (size_t i = 0; i < b->supersedes.n; i++)
		strset_add(&seen, b->supersedes.v[i]);
	text_ms_ids_seen(b->past_fixes, &b->supersedes, &seen, NULL);
	strset_free(&seen);
}

static size_t
n_overview(const struct bulletin *b)
{
	return b->overview != NULL;
}
static size_t
n_past(const struct bulletin *b)
{
	return b->past_fixes ? strlen(b->past_fixes) : 0;
}
static size_t
n_affected(const struct bulletin *b)
{
	return b->affected.n;
}
static size_t
n_notes(const struct bulletin *b)
{
	return b->notes.n;
}
static size_t
n_downloads(const struct bulletin *b)
{
	return b->downloads.n;
}
static size_t
n_packages(const struct bulletin *b)
{
	return b->packages.n;
}
static size_t
n_verification(const struct bulletin *b)
{
	return b->verification.n;
}
static size_t
n_workarounds(const struct bulletin *b)
{
	return b->workarounds.n;
}
static size_t
n_deploy(const struct bulletin *b)
{
	return b->deploy_time.n;
}

/* Each modelled section, its reader, and what it fills (to notice a
 * section that is there but yields nothing: a warning, not silence). */
static const struct {
	enum section sect;
	const char *name;
	void (*read)(const struct line_index *, struct span, struct bulletin *);
	size_t (*filled)(const struct bulletin *);
} section_readers[] = {
	{ SEC_OVERVIEW, "概要", read_overview, n_overview },
	{ SEC_AFFECTED, "対象プラットフォーム", read_affected, n_affected },
	{ SEC_DALAB, "DA Labのコメント", read_notes, n_notes },
	{ SEC_DOWNLOADS, "修正プログラムのダウンロード先", read_downloads, n_downloads },
	{ SEC_FILES, "適用されるファイル情報", extract_packages, n_packages },
	{ SEC_VERIFY, "確認方法", read_verification, n_verification },
	{ SEC_REFERENCE, "参考情報", read_workarounds, n_workarounds },
	{ SEC_WORKAROUNDS, "回避策", read_workarounds, n_workarounds },
	{ SEC_DEPLOY, "予想適用時間", extract_deploy_time, n_deploy },
	{ SEC_PAST, "含まれる過去の修正", read_past_fixes, n_past },
};

static int
has_text(const struct line_index *pg, struct span s)
{
	for (size_t i = s.from; i < s.to; i++)
		if (pg->items.v[i].text[0])
			return 1;
	return 0;
}

void
extract_sections(const struct line_index *pg, struct bulletin *b)
{
	for (size_t k = 0; k < sizeof section_readers / sizeof *section_readers; k++) {
		struct span s = pg->sect[section_readers[k].sect];
		size_t before;
		if (s.to == 0)
			continue;
		before = section_readers[k].filled(b);
		section_readers[k].read(pg, s, b);
		if (section_readers[k].filled(b) != before)
			continue;
		if (has_text(pg, s))
			bulletin_diag(b, DIAG_SECTION_UNREAD,
			              "%s: the section is there but nothing in it was understood",
			              section_readers[k].name);
		else
			bulletin_diag(b, DIAG_SECTION_EMPTY, "%s: the heading has nothing under it",
			              section_readers[k].name);
	}
	read_supersedes(b);
}

void
extract_notice(const struct line_index *pg, size_t after, struct bulletin *b)
{
	size_t i, title = pg->body;
	struct span notes = { pg->body, ex_content_end(pg, pg->body, pg->body, pg->end) };

	/* the headline: given by the caller (a heading above the header), or
	 * the first emphasized line after the dates */
	for (i = b->title ? pg->body : after; i < pg->body; i++) {
		const struct hblock *bl = ex_item_block(pg, i);
		const char *t = pg->items.v[i].text;
		if ((bl->flags & (HB_EMPH | HB_HEADING)) && *t && !ex_series_line(t) &&
		    bl->links.n == 0) {
			title = i;
			break;
		}
	}
	if (b->title != NULL && after > 0)
		title = after - 1; /* the prose starts after the header */
	else if (title < pg->body)
		b->title = text_clean(pg->items.v[title].text);
	if (title < pg->body) {
		/* a digest's ■ items may follow its lead with no heading
		 * between: the first emphasized one ends the lead */
		for (i = title + 1; i < pg->body; i++)
			if (is_note_heading(pg->items.v[i].text) &&
			    (pg->items.v[i].emph || (ex_item_block(pg, i)->flags & HB_EMPH)))
				break;
		read_prose(pg, title + 1, i, &b->summary, b);
		if (i < pg->body) {
			notes.from = i;
			notes.to = ex_content_end(pg, i, i, pg->end);
		}
	}
	read_notes(pg, notes, b);
	/* each item of a digest names its patch: MS05-048/907245, (KB901017) */
	for (i = 0; i < b->notes.n; i++)
		text_kb_marked(b->notes.v[i].heading, 0, &b->kb);
}
