/*
 * extract.c — extraction's top level: classify the page (alert, notice,
 * other), then read the header labels (深刻度 ... 脆弱性識別番号), the
 * edition and dates, ids and KB numbers, title and official title.
 * Sections are read by extract_sections.c.
 */
#include "parse/extract.h"
#include "parse/text.h"
#include "core/limits.h"
#include "core/strset.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

enum hfield {
	H_SEVERITY, H_EXPLOIT, H_ACTION, H_REBOOT, H_UNINSTALL, H_TARGETS,
	H_SECINFO, H_KBINFO, H_PAST, H_VULNID, H_URGENCY, H_URGENCY2,
	H_REGISTERED, H_UPDATED, H_FAQ, H_HISTORY, H_COUNT
};

/* Header labels; a variant spelling is one more row. */
static const struct {
	const char *label;
	enum hfield field;
} header_labels[] = {
	{ "深刻度", H_SEVERITY },
	{ "攻撃コードの有無", H_EXPLOIT },
	{ "攻撃コード", H_EXPLOIT },
	{ "対策", H_ACTION },
	{ "再起動の必要性", H_REBOOT },
	{ "再起動", H_REBOOT },
	{ "アンインストール", H_UNINSTALL },
	{ "対象環境", H_TARGETS },
	{ "セキュリティ情報", H_SECINFO },
	{ "サポート技術情報", H_KBINFO },
	{ "含まれる過去の修正", H_PAST },
	{ "脆弱性識別番号", H_VULNID },
	{ "緊急対応度", H_URGENCY },
	{ "対応の緊急性", H_URGENCY2 },
	{ "登録日", H_REGISTERED },
	{ "更新日", H_UPDATED },
	{ "よく寄せられる質問", H_FAQ },
	{ "更新履歴", H_HISTORY },
};

static const struct option severity_options[] = {
	{ "緊急", 1 }, { "重要", 2 }, { "警告", 3 }, { "注意", 4 },
};

static const struct option target_options[] = {
	{ "サーバ", 0 }, { "クライアント", 1 },
};

/* Yes/no words, by field; the first prefix that matches decides. */
struct yesno { const char *text; enum tristate value; };
static const struct yesno exploit_words[] = {
	{ "あり", TRI_TRUE }, { "有り", TRI_TRUE }, { "有", TRI_TRUE }, { "公開", TRI_TRUE },
	{ "なし", TRI_FALSE }, { "無し", TRI_FALSE }, { "無", TRI_FALSE }, { "未公開", TRI_FALSE },
	{ NULL, TRI_NULL },
};
static const struct yesno reboot_words[] = {
	{ "不要", TRI_FALSE }, { "なし", TRI_FALSE }, { "必要なし", TRI_FALSE },
	{ "必要", TRI_TRUE }, { "あり", TRI_TRUE }, { "要", TRI_TRUE },
	{ NULL, TRI_NULL },
};
static const struct yesno uninstall_words[] = {
	{ "不可", TRI_FALSE }, { "できない", TRI_FALSE },
	{ "可", TRI_TRUE }, { "できる", TRI_TRUE },
	{ NULL, TRI_NULL },
};

/* Where a label was found and the items of its value. */
struct found {
	int present;
	size_t at;              /* the label's item */
	const char *inline_rest;/* value on the label's own line, or NULL/"" */
	size_t from, to;        /* value items */
};

struct header {
	struct found f[H_COUNT];
};

static int
is_label_item(const char *text, enum hfield *field, const char **rest)
{
	const char *p = label_skip_leads(text);

	if ((unsigned char)*p < 0x80)
		return 0;       /* every label starts with a Japanese character */
	for (size_t k = 0; k < sizeof header_labels / sizeof *header_labels; k++) {
		const char *r = label_rest(p, header_labels[k].label, strlen(header_labels[k].label));
		if (r) {
			*field = header_labels[k].field;
			*rest = r;
			return 1;
		}
	}
	return 0;
}

/* A label wrapped over lines of its cell ("再起動の<br>必要性"): the item
 * after it, or 0 when the block starting at item i is not one. */
static size_t
wrapped_label(const struct page *pg, size_t i, enum hfield *field)
{
	const struct hblock *bl = item_block(pg, i);
	const char *rest;
	char *joined, *o;
	size_t j = i + 1;
	int is_label;

	if (pg->items.v[i].off != 0 || strchr(bl->text, '\n') == NULL || strlen(bl->text) > 100)
		return 0;
	o = joined = xstrdup(bl->text);
	for (const char *p = bl->text; *p; p++)
		if (*p != '\n')
			*o++ = *p;
	*o = 0;
	is_label = is_label_item(joined, field, &rest) && *rest == 0;
	free(joined);
	if (!is_label)
		return 0;
	while (j < pg->items.n && pg->items.v[j].block == pg->items.v[i].block)
		j++;
	return j;
}

/*
 * Navigation links are never labels.  A line is one when it is the text of
 * a link of its block.  The texts of a block with many links are put in a
 * set once, while its lines are read: comparing each line with each link
 * made a block of 100 000 lines and links cost 30 s.
 */
struct link_texts {
	size_t block;           /* whose links are in set; (size_t)-1 none */
	struct strset set;
};

#define LINK_SCAN_MAX 8         /* fewer links are compared one by one */

static int
is_link_item(const struct page *pg, size_t i, struct link_texts *lt)
{
	const struct hblock *bl = item_block(pg, i);

	if (bl->links.n <= LINK_SCAN_MAX) {
		for (size_t k = 0; k < bl->links.n; k++)
			if (strcmp(bl->links.v[k].text, pg->items.v[i].text) == 0)
				return 1;
		return 0;
	}
	if (lt->block != pg->items.v[i].block) {
		strset_free(&lt->set);
		for (size_t k = 0; k < bl->links.n; k++)
			strset_add(&lt->set, bl->links.v[k].text);
		lt->block = pg->items.v[i].block;
	}
	return strset_has(&lt->set, pg->items.v[i].text);
}

/* The cell below a label in a table whose labels form a row of their own. */
static void
value_below(const struct page *pg, struct found *fd)
{
	const struct hblock *lb = item_block(pg, fd->at);

	if (lb->row == 0)
		return;
	for (size_t j = fd->at + 1; j < pg->body && j < fd->at + 200; j++) {
		const struct hblock *bl = item_block(pg, j);
		if (bl->table == lb->table && bl->row != lb->row && bl->col == lb->col) {
			size_t k = j;
			enum hfield f;
			const char *rest;
			if (is_label_item(pg->items.v[j].text, &f, &rest))
				return;
			while (k < pg->body && item_block(pg, k)->cell == bl->cell)
				k++;
			fd->from = j;
			fd->to = k;
			return;
		}
	}
}

static void
find_header(const struct page *pg, struct header *h)
{
	size_t i, last = (size_t)-1;
	enum hfield lastf = H_COUNT;
	struct link_texts lt = { (size_t)-1, STRSET_INIT };

	memset(h, 0, sizeof *h);
	for (i = 0; i < pg->body; i++) {
		enum hfield f;
		const char *rest = "";
		size_t after = i + 1;
		if (is_link_item(pg, i, &lt))
			continue;
		if (!is_label_item(pg->items.v[i].text, &f, &rest) &&
		    (after = wrapped_label(pg, i, &f)) == 0)
			continue;
		if (last != (size_t)-1)
			h->f[lastf].to = i;
		last = (size_t)-1;
		if (h->f[f].present)
			continue;       /* the first one counts */
		h->f[f].present = 1;
		h->f[f].at = i;
		h->f[f].inline_rest = rest;
		h->f[f].from = after;
		h->f[f].to = after;
		last = i;
		lastf = f;
		i = after - 1;
	}
	strset_free(&lt.set);
	if (last != (size_t)-1)
		h->f[lastf].to = pg->body < last + 12 ? pg->body : last + 12;
	for (int f = 0; f < H_COUNT; f++) {
		struct found *fd = &h->f[f];
		unsigned depth;
		if (!fd->present)
			continue;
		if (fd->inline_rest && *fd->inline_rest) {
			fd->to = fd->from;      /* the value is on the label's line */
			continue;
		}
		/* values never climb out of the label's table nesting */
		depth = item_block(pg, fd->at)->depth;
		for (i = fd->from; i < fd->to; i++)
			if (item_block(pg, i)->depth < depth)
				break;
		fd->to = i;
		if (fd->to - fd->from > 16)
			fd->to = fd->from + 16;
		if (fd->from == fd->to && (fd->inline_rest == NULL || *fd->inline_rest == 0))
			value_below(pg, fd);
	}
}

/* The value as text: inline rest, then the value lines; image alt when
 * there is no text.  NULL when empty. */
static char *
value_text(const struct page *pg, const struct found *fd)
{
	struct buf b;
	char *s, *clean;

	buf_init(&b, HF_MAX_FIELD_BYTES);
	if (fd->inline_rest && *fd->inline_rest)
		buf_puts(&b, fd->inline_rest);
	for (size_t i = fd->from; i < fd->to; i++) {
		const char *t = pg->items.v[i].text;
		const struct hblock *bl = item_block(pg, i);
		if (*t == 0 && bl->alt && pg->items.v[i].off == 0)
			t = bl->alt;
		if (*t == 0)
			continue;
		if (b.len)
			buf_putc(&b, '\n');
		buf_puts(&b, t);
	}
	s = buf_steal(&b, NULL);
	buf_free(&b);
	if (s == NULL)
		return NULL;
	clean = text_clean(s);
	free(s);
	if (*clean == 0) {
		free(clean);
		return NULL;
	}
	return clean;
}

static enum tristate
yesno(const char *v, const struct yesno *words)
{
	for (; words->text; words++)
		if (text_starts(v, words->text))
			return words->value;
	return TRI_NULL;
}

static void
read_yesno(const struct page *pg, const struct found *fd, const struct yesno *words,
           const char *label, enum tristate *out, char **text, struct bulletin *b)
{
	char *v;

	if (!fd->present)
		return;
	v = value_text(pg, fd);
	if (v == NULL)
		return;
	*out = yesno(v, words);
	if (*out == TRI_NULL)
		bulletin_diag(b, DIAG_VALUE_UNPARSED, "%s: \"%s\" not understood", label, v);
	if (text)
		*text = v;
	else
		free(v);
}

static void
read_date(const struct page *pg, const struct found *fd, const char *label, char **out,
          struct bulletin *b)
{
	char d[11], *v;

	if (!fd->present || (v = value_text(pg, fd)) == NULL)
		return;
	if (text_parse_date(v, d) == 0)
		*out = xstrdup(d);
	else
		bulletin_diag(b, DIAG_DATE_UNPARSED, "%s: \"%s\" is not a date", label, v);
	free(v);
}

static int
lowest_bit(long mask)
{
	for (int i = 0; i < 32; i++)
		if (mask & (1L << i))
			return i;
	return -1;
}

/* Report each printed id typo once (text_ms_ids() found them), and free
 * the list. */
static void
report_typos(strlist *typos, struct bulletin *b)
{
	for (size_t i = 0; i < typos->n; i++)
		if (!strlist_contains(&b->warnings, typos->v[i]))
			bulletin_diag(b, DIAG_ID_TYPO, "%s", typos->v[i]);
	strlist_free(typos);
}

/* The canonical id from a value; a printed typo is reported. */
static void
read_id(const char *v, struct bulletin *b)
{
	strlist ids = { 0 }, typos = { 0 };

	text_ms_ids(v, &ids, &typos);
	report_typos(&typos, b);
	if (ids.n > 0 && b->id == NULL)
		b->id = xstrdup(ids.v[0]);
	strlist_free(&ids);
}

static int
is_paren(const char *s)
{
	return text_starts(s, "(") || text_starts(s, FW_LPAREN);
}

static char *
unparen(const char *s)
{
	size_t n = strlen(s), skip = text_starts(s, FW_LPAREN) ? 3 : 1;
	char *t;

	if (n >= 3 && strcmp(s + n - 3, FW_RPAREN) == 0)
		n -= 3;
	else if (n >= 1 && s[n - 1] == ')')
		n -= 1;
	t = xstrndup(s + skip, n > skip ? n - skip : 0);
	return t;
}

/* Take line i as the title or the official title "(...)"; 1 if it was. */
static int
title_line(const char *t, struct bulletin *b)
{
	if (is_paren(t) && b->official_title == NULL) {
		b->official_title = unparen(t);
		return 1;
	}
	if (!is_paren(t) && b->title == NULL) {
		b->title = xstrdup(t);
		return 1;
	}
	return 0;
}

/* A one-cell row of the label table (<td colspan=4>title</td>). */
static int
whole_row(const struct page *pg, size_t i)
{
	const struct hblock *bl = item_block(pg, i);
	size_t b = pg->items.v[i].block;

	return !(b > 0 && pg->doc->blocks.v[b - 1].row == bl->row &&
	         pg->doc->blocks.v[b - 1].cell != bl->cell) &&
	       !(b + 1 < pg->doc->blocks.n && pg->doc->blocks.v[b + 1].row == bl->row &&
	         pg->doc->blocks.v[b + 1].cell != bl->cell);
}

/*
 * Title and official title follow the 脆弱性識別番号 value: the first lines
 * after the label table (other label rows such as 更新履歴 may come
 * between), up to 緊急対応度; failing that, one-cell rows at the end of the
 * label table itself.
 */
static size_t
read_titles(const struct page *pg, const struct header *h, struct bulletin *b)
{
	const struct found *fd = &h->f[H_VULNID];
	const struct hblock *lb = item_block(pg, fd->at);
	size_t i, seen = 0, end = fd->at + 1, out_at = pg->body;
	int skipped_value = (fd->inline_rest && *fd->inline_rest) || lb->table != 0;
	int out = lb->table == 0;

	for (i = fd->at + 1; i < pg->body && seen < 3 && i < fd->at + 400; i++) {
		enum hfield f;
		const char *rest, *t = pg->items.v[i].text;
		const struct hblock *bl = item_block(pg, i);
		if (*t == 0)
			continue;
		if (is_label_item(t, &f, &rest) && (f == H_URGENCY || f == H_URGENCY2 || out))
			break;
		if (!out) {
			if (bl->table == lb->table || bl->depth > lb->depth)
				continue;       /* still in the label table */
			out = 1;
			out_at = i;
		}
		if (!skipped_value) {
			skipped_value = 1;
			end = i + 1;
			continue;
		}
		seen++;
		if (title_line(t, b))
			end = i + 1;
	}
	if (b->title != NULL || lb->table == 0)
		return end;
	for (i = fd->at + 2; i < out_at && i < fd->at + 400; i++) {
		enum hfield f;
		const char *rest, *t = pg->items.v[i].text;
		if (*t && item_block(pg, i)->table == lb->table && whole_row(pg, i) &&
		    !is_label_item(t, &f, &rest))
			title_line(t, b);
	}
	return end;
}

static void
read_edition(const struct page *pg, struct bulletin *b)
{
	static const char *const marks[] = { "HotFix Alert", "HotFix Notice", "HotFix Report" };

	for (size_t i = 0; i < pg->body; i++) {
		const char *t = pg->items.v[i].text, *p = NULL;
		struct buf acc;
		char d[11];
		for (size_t k = 0; k < sizeof marks / sizeof *marks && !p; k++)
			if ((p = strstr(t, marks[k])) != NULL)
				p += strlen(marks[k]);
		if (p == NULL)
			continue;
		buf_init(&acc, 4096);
		buf_puts(&acc, p);
		for (size_t j = i + 1; j < pg->body && j < i + 4 && !strstr(acc.data ? acc.data : "", "版") &&
		     !strstr(acc.data ? acc.data : "", "号"); j++) {
			buf_putc(&acc, '\n');
			buf_puts(&acc, pg->items.v[j].text);
		}
		/* "2005/08/11日版", the date maybe split over lines; without 版
		 * (or 号) a date nearby is something else (登録日) */
		if (acc.data && (strstr(acc.data, "版") || strstr(acc.data, "号")) &&
		    text_parse_date(acc.data, d) == 0) {
			b->edition = xstrdup(d);
			buf_free(&acc);
			return;
		}
		buf_free(&acc);
	}
}

static void
read_references_from(const struct page *pg, const struct found *fd, struct bulletin *b)
{
	for (size_t i = fd->from; i < fd->to; i++) {
		const struct hblock *bl = item_block(pg, i);
		if (i > fd->from && pg->items.v[i].block == pg->items.v[i - 1].block)
			continue;
		for (size_t k = 0; k < bl->links.n && b->references.n < HF_MAX_ITEMS; k++) {
			struct reference *r;
			if (bl->links.v[k].text[0] == 0)
				continue;
			r = VEC_PUSH(&b->references);
			r->label = xstrdup(bl->links.v[k].text);
			r->url = link_resolve(pg->base_url, bl->links.v[k].href);
		}
	}
}

static size_t
read_header(const struct page *pg, const struct header *h, struct bulletin *b)
{
	char *v;
	long mask;
	size_t lead = 0;

	if (h->f[H_SEVERITY].present) {
		const struct found *fd = &h->f[H_SEVERITY];
		mask = choice_read(pg, fd->from, fd->to, severity_options, 4, 1, "深刻度", b);
		if (mask < 0 && fd->inline_rest && *fd->inline_rest)
			b->severity = severity_from_text(fd->inline_rest);
		if (mask > 0)
			b->severity = lowest_bit(mask);
	}
	if (h->f[H_TARGETS].present) {
		const struct found *fd = &h->f[H_TARGETS];
		mask = choice_read(pg, fd->from, fd->to, target_options, 2, 0, "対象環境", b);
		if (mask > 0)
			b->targets = (unsigned)mask;
	}
	read_yesno(pg, &h->f[H_EXPLOIT], exploit_words, "攻撃コードの有無", &b->exploit_code, NULL, b);
	read_yesno(pg, &h->f[H_REBOOT], reboot_words, "再起動の必要性", &b->reboot_required, &b->reboot, b);
	read_yesno(pg, &h->f[H_UNINSTALL], uninstall_words, "アンインストール", &b->uninstall, NULL, b);
	if (h->f[H_ACTION].present)
		b->action = value_text(pg, &h->f[H_ACTION]);
	if (h->f[H_PAST].present)
		b->past_fixes = value_text(pg, &h->f[H_PAST]);
	/* urgency is the 緊急対応度 text; 対応の緊急性 (later pages) is a
	 * different scale and is not modelled (samples/README.md) */
	if (h->f[H_URGENCY].present)
		b->urgency = value_text(pg, &h->f[H_URGENCY]);
	read_date(pg, &h->f[H_REGISTERED], "登録日", &b->registered, b);
	read_date(pg, &h->f[H_UPDATED], "更新日", &b->updated, b);
	if (h->f[H_SECINFO].present)
		read_references_from(pg, &h->f[H_SECINFO], b);
	if (h->f[H_FAQ].present)
		read_references_from(pg, &h->f[H_FAQ], b);
	if (h->f[H_VULNID].present) {
		struct found id = h->f[H_VULNID];
		size_t k = id.from;
		while (k < id.to && pg->items.v[k].text[0] == 0)
			k++;
		id.to = (id.inline_rest && *id.inline_rest) ? id.from : (k < id.to ? k + 1 : k);
		id.from = k;
		if ((v = value_text(pg, &id)) != NULL) {
			read_id(v, b);
			text_kb_list(v, &b->kb);
			free(v);
		}
		lead = read_titles(pg, h, b);
	}
	if (b->id == NULL && h->f[H_SECINFO].present && (v = value_text(pg, &h->f[H_SECINFO]))) {
		read_id(v, b);
		free(v);
	}
	for (int f = H_URGENCY; f <= H_URGENCY2; f++)
		if (h->f[f].present && h->f[f].at + 1 > lead)
			lead = h->f[f].to > h->f[f].at + 1 ? h->f[f].to : h->f[f].at + 1;
	return lead;
}

/* Kind: a page with 脆弱性識別番号 or "HotFix Alert" is an alert; one
 * headed 不具合情報 (title or an emphasized early line) a notice. */
static enum bulletin_kind
classify(const struct page *pg, const struct header *h)
{
	const char *t = pg->doc->title;

	if (h->f[H_VULNID].present || h->f[H_SEVERITY].present)
		return BULLETIN_ALERT;
	for (size_t i = 0; i < pg->body && i < 80; i++)
		if (strstr(pg->items.v[i].text, "HotFix Alert"))
			return BULLETIN_ALERT;
	if (t && strstr(t, "不具合情報"))
		return BULLETIN_NOTICE;
	for (size_t i = 0; i < pg->body && i < 80; i++) {
		const char *s = pg->items.v[i].text;
		if (strstr(s, "不具合情報") && strlen(s) < 200 &&
		    (item_block(pg, i)->flags & (HB_HEADING | HB_EMPH)))
			return BULLETIN_NOTICE;
	}
	return BULLETIN_OTHER;
}

static void
collect_ids(const struct page *pg, struct bulletin *b)
{
	strlist ids = { 0 }, typos = { 0 };
	struct strset seen = STRSET_INIT;

	if (pg->doc->title)
		text_ms_ids_seen(pg->doc->title, &ids, &seen, &typos);
	for (size_t i = 0; i < pg->items.n; i++)
		if (strstr(pg->items.v[i].text, "MS") || strstr(pg->items.v[i].text, "ms") ||
		    strstr(pg->items.v[i].text, "\xef\xbc\xad"))
			text_ms_ids_seen(pg->items.v[i].text, &ids, &seen, &typos);
	strset_free(&seen);
	report_typos(&typos, b);
	strlist_free(&b->ids);
	b->ids = ids;
}

/* The item after the 登録日/更新日 labels (0 when neither). */
static size_t
dates_end(const struct header *h)
{
	size_t end = 0;

	for (int f = H_REGISTERED; f <= H_UPDATED; f++)
		if (h->f[f].present && h->f[f].at + 1 > end)
			end = h->f[f].to > h->f[f].at + 1 ? h->f[f].to : h->f[f].at + 1;
	return end;
}

void
extract_bulletin(const struct hdoc *doc, const char *base_url, struct bulletin *b)
{
	struct page pg;
	struct header h;

	memset(&pg, 0, sizeof pg);
	pg.doc = doc;
	pg.base_url = base_url;
	page_items(&pg);
	find_sections(&pg);
	find_header(&pg, &h);
	b->kind = classify(&pg, &h);
	switch (b->kind) {
	case BULLETIN_ALERT:
		read_edition(&pg, b);
		pg.lead = read_header(&pg, &h, b);
		if (b->id == NULL)
			bulletin_diag(b, DIAG_NO_ID, "脆弱性識別番号: no bulletin id found");
		if (b->title == NULL)
			bulletin_diag(b, DIAG_NO_TITLE, "title: no headline found after 脆弱性識別番号");
		extract_lead(&pg, b);
		extract_sections(&pg, b);
		extract_diagnose(&pg, h.f[H_SEVERITY].present, b);
		break;
	case BULLETIN_NOTICE:
		read_edition(&pg, b);
		read_date(&pg, &h.f[H_REGISTERED], "登録日", &b->registered, b);
		read_date(&pg, &h.f[H_UPDATED], "更新日", &b->updated, b);
		extract_notice(&pg, dates_end(&h), b);
		break;
	case BULLETIN_OTHER:
		/* not a bulletin: no guessing beyond its title */
		if (doc->title)
			b->title = xstrdup(doc->title);
		break;
	}
	collect_ids(&pg, b);
	extract_diagnose_other(&pg, b);
	page_items_free(&pg);
}
