/*
 * extract_identity.c — which bulletin a page is: the id when only the
 * page's title, headings or breadcrumb name it, a summary of several
 * bulletins told from a bulletin, and the chosen title tidied.
 *
 * Title: what a page wraps around its headline is not the headline.
 *  - a mailing list's tag before a mail's Subject ("[hotfix-ml:00342]",
 *    "[it-info 2004]": a name and a serial number in ASCII brackets);
 *  - a decoration glyph at either end (■ ◆ ◇ □ ● † ‡ ※ ★ ☆ ▼ ▲ ►): a list
 *    bullet, a wiki's anchor mark after a heading.
 * Bracketed words such as 【更新】 or [重要] are kept: they are part of the
 * headline as the page writes it (samples/README.md, titles).
 */
#include "core/limits.h"
#include "core/strset.h"
#include "core/util.h"
#include "parse/extract.h"
#include "parse/text.h"

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

/* A wiki's or diary's anchor before a heading ("_ ", "# ", "* "): ASCII
 * punctuation then a space; its length, 0 when none. */
static size_t
anchor_at(const char *p)
{
	size_t n = strspn(p, "_#*+-");

	return n > 0 && n <= 3 && p[n] == ' ' ? n + 1 : 0;
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

static size_t id_prefix(const char *t);

/* A tag kept at the head of a title ("【重要】") with the id block after
 * it ("【重要】MS05-039/899588 …"): the id block is cut, the tag kept. */
static void
cut_tagged_id(char *t)
{
	char *close;
	size_t n;

	if (!text_starts(t, "【") || (close = strstr(t, "】")) == NULL || close - t > 30)
		return;
	close += strlen("】");
	if ((n = id_prefix(close)) > 0)
		memmove(close, close + n, strlen(close + n) + 1);
}

char *
extract_title_tidy(const char *title)
{
	const char *p = title, *end;
	char *out;
	size_t n;

	for (int again = 1; again;) {
		again = 0;
		if ((n = list_tag_at(p)) || (n = decoration_at(p)) || (n = space_at(p)) ||
		    (n = anchor_at(p)) || (n = id_prefix(p)))
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
	out = xstrndup(p, (size_t)(end - p));
	cut_tagged_id(out);
	if (*out == 0) {
		free(out);
		return xstrdup(title);
	}
	return out;
}

/* The id block at the start of a title ("MS05-047/905749 ", "MS05-047: "):
 * its length, 0 when there is none or nothing follows it. */
static size_t
id_prefix(const char *t)
{
	const char *p = t;
	size_t n;

	if ((p[0] != 'M' && p[0] != 'm') || (p[1] != 'S' && p[1] != 's'))
		return 0;
	p += 2;
	for (n = 0; *p >= '0' && *p <= '9'; p++)
		n++;
	if (n != 2 || *p++ != '-')
		return 0;
	for (n = 0; *p >= '0' && *p <= '9'; p++)
		n++;
	if (n < 2 || n > 3)
		return 0;
	if (*p == '/') {
		while (*p == '/' || *p == ',' || (*p >= '0' && *p <= '9'))
			p++;
	} else if (*p == ':') {
		p++;
	} else if (text_starts(p, FW_COLON)) {
		p += strlen(FW_COLON);
	} else {
		return 0;
	}
	while (*p == ' ' || text_starts(p, FW_SPACE))
		p += *p == ' ' ? 1 : strlen(FW_SPACE);
	return *p ? (size_t)(p - t) : 0;
}

/* The one MS id the page names, in its <title> and its lines, when it
 * names exactly one (a new string); NULL when none or several.  Stops at
 * the second id. */
/* The one MS id of s (a new string), NULL when none or several. */
static char *
one_id(const char *s)
{
	strlist ids = { 0 }, typos = { 0 };
	char *id = NULL;

	if (s && (strstr(s, "MS") || strstr(s, "ms") || strstr(s, "\xef\xbc\xad"))) {
		text_ms_ids(s, &ids, &typos);
		if (ids.n == 1)
			id = xstrdup(ids.v[0]);
	}
	strlist_free(&ids);
	strlist_free(&typos);
	return id;
}

/* The one id of the page's breadcrumb ("ホーム > セキュリティ情報 >
 * MS05-039"): a line of at least two ">" steps before the sections. */
static char *
breadcrumb_id(const struct line_index *pg)
{
	static const char *const steps[] = { ">", "\xef\xbc\x9e", "\xe2\x86\x92", "\xc2\xbb" };

	for (size_t i = 0; i < pg->body && i < pg->items.n; i++) {
		const char *t = pg->items.v[i].text;
		size_t n = 0;
		for (size_t k = 0; k < sizeof steps / sizeof *steps; k++)
			for (const char *p = strstr(t, steps[k]); p; p = strstr(p + 1, steps[k]))
				n++;
		if (n >= 2)
			return one_id(t);
	}
	return NULL;
}

char *
extract_single_id(const struct line_index *pg, const char *headline)
{
	strlist ids = { 0 }, typos = { 0 };
	char *id;

	if ((id = one_id(headline)) != NULL || (id = one_id(pg->doc->title)) != NULL ||
	    (id = breadcrumb_id(pg)) != NULL)
		return id;
	if (pg->doc->title)
		text_ms_ids(pg->doc->title, &ids, &typos);
	for (size_t i = 0; i < pg->items.n && ids.n < 2; i++) {
		const char *t = pg->items.v[i].text;
		if (strstr(t, "MS") || strstr(t, "ms") || strstr(t, "\xef\xbc\xad"))
			text_ms_ids(t, &ids, &typos);
	}
	for (size_t i = 1; i < ids.n; i++)
		if (strcmp(ids.v[i], ids.v[0]) != 0)
			goto out;
	if (ids.n > 0)
		id = xstrdup(ids.v[0]);
out:
	strlist_free(&ids);
	strlist_free(&typos);
	return id;
}

/* The first MS id of item i (folded), into id; 0 when none. */
static int
item_id(const struct line_index *pg, size_t i, char id[16])
{
	const char *t = pg->items.v[i].text;
	char *f;
	int typo, ok;

	if (!strstr(t, "MS") && !strstr(t, "ms") && !strstr(t, "\xef\xbc\xad"))
		return 0;
	f = text_fold(t);
	ok = text_next_ms_id(f, id, &typo, NULL) != NULL;
	free(f);
	return ok;
}

/*
 * A summary of several bulletins (a month's list, 2005年8月のセキュリティ
 * 情報): one table whose rows name different MS ids, at least
 * digest_rows of them.  Such a page is a notice, not an alert about its
 * first row.
 */
unsigned
extract_digest_table(const struct line_index *pg)
{
	enum { digest_rows = 3 };
	struct strset seen = STRSET_INIT;
	unsigned table = 0, row = 0;
	size_t rows = 0;

	for (size_t i = 0; i < pg->items.n && rows < digest_rows; i++) {
		const struct hblock *bl = ex_item_block(pg, i);
		char id[16];
		if (bl->row == 0 || bl->row == row || !item_id(pg, i, id))
			continue;
		if (bl->table != table) {
			strset_free(&seen);
			table = bl->table;
			rows = 0;
		}
		row = bl->row;
		if (!strset_has(&seen, id)) {
			strset_add(&seen, id);
			rows++;
		}
	}
	strset_free(&seen);
	return rows >= digest_rows ? table : 0;
}

/* Where an id opens its line: nothing but a list number ("1.", "(2)"),
 * bullets and spaces before it in folded text f. */
static int
opens_line(const char *f, const char *start)
{
	const char *p = f;

	while (p < start && (*p == ' ' || *p == '.' || *p == '(' || *p == ')' || *p == '-' ||
	                     (*p >= '0' && *p <= '9')))
		p++;
	while (p < start && decoration_at(p))
		p += decoration_at(p);
	while (p < start && *p == ' ')
		p++;
	return p == start;
}

/* The first non-empty item after i, not furniture; NO_ITEM when none. */
static size_t
next_text(const struct line_index *pg, size_t i)
{
	for (size_t j = i + 1; j < pg->items.n; j++)
		if (pg->items.v[j].text[0])
			return ex_item_is_furniture(pg, j) ? (size_t)-1 : j;
	return (size_t)-1;
}

/* Adds id to the subject when kb (the numbers stated with it) is not
 * empty. */
static void
subject_add(struct subject *s, struct strset *seen, const char *id, int opening, strlist *kb)
{
	for (size_t k = 0; k < kb->n; k++)
		strlist_add_unique(&s->all, kb->v[k]);
	if (kb->n == 0 || !strset_add(seen, id))
		return;
	if (s->stated++ == 0) {
		memcpy(s->id, id, sizeof s->id);
		s->kb = *kb;
		memset(kb, 0, sizeof *kb);
	}
	s->opening += opening != 0;
}

void
extract_subject(const struct line_index *pg, struct subject *s)
{
	struct strset seen = STRSET_INIT;

	memset(s, 0, sizeof *s);
	for (size_t i = 0; i < pg->items.n; i++) {
		const char *t = pg->items.v[i].text, *p, *q, *start = NULL, *next = NULL;
		char id[16], nid[16], *f;
		int typo;
		if (ex_item_is_furniture(pg, i) ||
		    (!strstr(t, "MS") && !strstr(t, "ms") && !strstr(t, "\xef\xbc\xad")))
			continue;
		f = text_fold(t);
		p = text_next_ms_id(f, id, &typo, &start);
		while (p) {
			strlist kb = { 0 };
			char *words;
			size_t j;
			q = text_next_ms_id(p, nid, &typo, &next);
			words = xstrndup(p, q ? (size_t)(next - p) : strlen(p));
			text_kb_stated(words, &kb);
			free(words);
			/* the last id of its line, its number in the next line */
			if (kb.n == 0 && q == NULL && (j = next_text(pg, i)) != (size_t)-1 &&
			    !item_id(pg, j, nid))
				text_kb_stated(pg->items.v[j].text, &kb);
			subject_add(s, &seen, id, opens_line(f, start), &kb);
			strlist_free(&kb);
			if (q == NULL)
				break;
			memcpy(id, nid, sizeof id);
			start = next;
			p = q;
		}
		free(f);
	}
	strset_free(&seen);
}

void
extract_subject_free(struct subject *s)
{
	strlist_free(&s->kb);
	strlist_free(&s->all);
}

int
extract_digest_names_kb(const struct line_index *pg, unsigned table)
{
	for (size_t i = 0; i < pg->items.n; i++) {
		const char *t = pg->items.v[i].text;
		strlist kb = { 0 };
		int named;
		if (ex_item_block(pg, i)->table != table)
			continue;
		if (strstr(t, "KB") || strstr(t, "サポート技術情報"))
			return 1;
		text_kb_list(t, &kb);
		named = kb.n > 0;
		strlist_free(&kb);
		if (named)
			return 1;
	}
	return 0;
}

/* A KB number alone in a cell ("896727", "KB896727"): into kb (no
 * duplicates); 0 when the text is not one. */
static int
cell_kb(const char *t, strlist *kb)
{
	char *f = text_fold(t), *p = f;
	size_t n;
	int ok;

	if (ascii_ncasecmp(p, "KB", 2) == 0)
		p += 2;
	while (*p == ' ')
		p++;
	n = strspn(p, "0123456789");
	ok = n >= 5 && n <= 7 && p[n] == 0;
	if (ok)
		strlist_add_unique(kb, p);
	free(f);
	return ok;
}

void
extract_digest_mark(const struct line_index *pg, unsigned table)
{
	const struct hbox *t = &pg->doc->boxes.v[table];

	for (size_t k = t->start; k < t->end && k < pg->doc->blocks.n && pg->furn; k++)
		pg->furn[k] |= FURN_LIST;
}

void
extract_digest_kb(const struct line_index *pg, unsigned table, struct bulletin *b)
{
	unsigned head_row = 0, col = 0;

	for (size_t i = 0; i < pg->items.n && b->kb.n < HF_MAX_ITEMS; i++) {
		const struct hblock *bl = ex_item_block(pg, i);
		const char *t = pg->items.v[i].text;
		if (bl->table != table)
			continue;
		if (head_row == 0 && (strstr(t, "KB") || strstr(t, "サポート技術情報"))) {
			head_row = bl->row;
			col = bl->col;
		} else if (head_row && bl->row != head_row && bl->col == col) {
			(void)cell_kb(t, &b->kb);
		}
		text_kb_list(t, &b->kb);
	}
}

/* The Subject of a mail archive's message: a "Subject:" line of the mail
 * headers (in the <pre>, or the archive's header list), before the
 * sections; a new string without its list tag, NULL when none. */
char *
extract_mail_subject(const struct line_index *pg)
{
	for (size_t i = 0; i < pg->body && i < pg->items.n; i++) {
		const char *t = pg->items.v[i].text;
		if (ascii_ncasecmp(t, "Subject:", 8) == 0 && t[8 + strspn(t + 8, " ")]) {
			char *v = text_clean(t + 8);
			char *tidy = extract_title_tidy(v);
			free(v);
			return tidy;
		}
	}
	return NULL;
}
