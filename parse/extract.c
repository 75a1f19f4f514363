/*
 * extract.c — extraction's top level: classify the page (alert, notice,
 * other) from the evidence it carries (page marks, the label table, an id
 * block, sections), then read the header labels (深刻度 ... 脆弱性識別番号)
 * where a label can stand, the edition and dates, ids and KB numbers, and
 * the page's own headline and official title.  Labels are the rows of
 * header_labels, windows the fields of tune.  Sections are read by
 * extract_sections.c.
 */
#include "parse/extract.h"
#include "parse/text.h"
#include "core/limits.h"
#include "core/strset.h"
#include "core/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum hfield {
	H_SEVERITY,
	H_EXPLOIT,
	H_ACTION,
	H_REBOOT,
	H_UNINSTALL,
	H_TARGETS,
	H_SECINFO,
	H_KBINFO,
	H_PAST,
	H_VULNID,
	H_URGENCY,
	H_URGENCY2,
	H_REGISTERED,
	H_UPDATED,
	H_FAQ,
	H_HISTORY,
	H_REPORTED,
	H_INFOSOURCE,
	H_KB,
	H_COUNT
};

/*
 * Every window and threshold of header extraction, named once.  They bound
 * how far a rule looks on untrusted pages; none of them decides a value
 * where the markup (cell, row, <dd>, block) does.
 */
static const struct {
	size_t value_lines;      /* a value is at most this many lines */
	size_t last_value_lines; /* the last label's value, when no label ends it */
	size_t below_scan;       /* items searched for the cell below a label */
	size_t title_scan;       /* items searched after a label for the headline */
	size_t title_lines;      /* non-empty lines read as title / official title */
	size_t mark_scan;        /* items searched for page marks (HotFix Alert …) */
	size_t heading_bytes;    /* a longer line is no heading, headline or mark */
	size_t label_bytes;      /* a longer block is no label wrapped over lines */
	size_t edition_lines;    /* lines after "HotFix Alert" that may hold its date */
	size_t edition_bytes;    /* a longer line is no "(2004年9月10日版)" line */
	size_t nav_links;        /* links of a block compared with a menu line */
	size_t headline_scan;    /* items searched for a heading headline */
	size_t link_scan;        /* fewer links of a block are compared one by one
	                            with a line, more are put in a set */
	size_t headline_chars;   /* a shorter heading is a section's, not a headline */
	size_t explained_chars;  /* characters after an option that explain it */
} tune = {
	.value_lines = 16,
	.last_value_lines = 12,
	.below_scan = 200,
	.title_scan = 400,
	.title_lines = 3,
	.mark_scan = 80,
	.heading_bytes = 200,
	.label_bytes = 100,
	.edition_lines = 4,
	.edition_bytes = 48,
	.nav_links = 64,
	.headline_scan = 2000,
	.link_scan = 8,
	.headline_chars = 10,
	.explained_chars = 12,
};

struct found;
struct line_index;
typedef void header_reader(const struct line_index *, const struct found *, struct bulletin *);
static header_reader read_severity, read_targets, read_exploit, read_reboot, read_uninstall,
	read_action, read_past, read_urgency, read_registered, read_updated, read_references_from,
	read_kb;

/* What a label's value is. */
enum vkind {
	V_CHOICE, /* options, some marked as chosen */
	V_YESNO,  /* a yes/no word, maybe with a condition */
	V_TEXT,   /* text as printed */
	V_DATE,
	V_LINKS, /* links: references */
	V_ID,    /* MSyy-nnn/KB: its first line only */
	V_KB,    /* KB numbers */
	V_NONE   /* known, not modelled: a boundary only */
};

/*
 * Header labels, one row each: its spellings (a longer one before its
 * prefix), the field, the value's kind, and the reader that fills the
 * model from the value (NULL: read elsewhere, or not modelled).  The rows
 * are read in this order; a variant spelling is one more string.
 */
#define MAX_SPELLINGS 8

static const struct {
	const char *spellings[MAX_SPELLINGS];
	enum hfield field;
	enum vkind kind;
	header_reader *read;
} header_labels[] = {
	{ { "深刻度" }, H_SEVERITY, V_CHOICE, read_severity },
	{ { "対象環境" }, H_TARGETS, V_CHOICE, read_targets },
	{ { "攻撃コードの有無", "攻撃コード" }, H_EXPLOIT, V_YESNO, read_exploit },
	{ { "再起動の必要性", "再起動" }, H_REBOOT, V_YESNO, read_reboot },
	{ { "アンインストール" }, H_UNINSTALL, V_YESNO, read_uninstall },
	{ { "対策" }, H_ACTION, V_TEXT, read_action },
	{ { "含まれる過去の修正" }, H_PAST, V_TEXT, read_past },
	/* urgency is the 緊急対応度 text; 対応の緊急性 (later pages) is a
	 * different scale and is not modelled (samples/README.md) */
	{ { "緊急対応度" }, H_URGENCY, V_TEXT, read_urgency },
	{ { "対応の緊急性" }, H_URGENCY2, V_NONE, NULL },
	/* dates: a page's first publication, and its last revision */
	{ { "登録日", "公開日", "発行日", "掲載日", "通知日", "初版", "公開", "登録" },
	  H_REGISTERED,
	  V_DATE,
	  read_registered },
	{ { "更新日", "最終更新日", "最終更新", "改訂日", "改版日", "更新" },
	  H_UPDATED,
	  V_DATE,
	  read_updated },
	{ { "セキュリティ情報" }, H_SECINFO, V_LINKS, read_references_from },
	{ { "よく寄せられる質問" }, H_FAQ, V_LINKS, read_references_from },
	/* the bulletin's id (and KB numbers printed with it) */
	{ { "脆弱性識別番号", "セキュリティ識別番号", "セキュリティ番号", "識別番号", "MS番号",
	    "セキュリティ情報番号", "修正プログラム番号" },
	  H_VULNID,
	  V_ID,
	  NULL },
	/* the KB numbers alone */
	{ { "KB番号", "サポート技術情報番号", "サポート技術情報 番号", "技術情報番号", "文書番号",
	    "KB" },
	  H_KB,
	  V_KB,
	  read_kb },
	/* the bulletin's KB articles (an empty cell on most pages) */
	{ { "サポート技術情報" }, H_KBINFO, V_KB, read_kb },
	{ { "更新履歴" }, H_HISTORY, V_NONE, NULL },
	{ { "報告日" }, H_REPORTED, V_DATE, NULL }, /* a notice's: notice_dates() */
	{ { "情報ソース" }, H_INFOSOURCE, V_NONE, NULL },
};

/* the options, then their English names on bilingual pages, then the
 * romanized words and level numbers that name them in image file names
 * ("sev_critical.gif", "kinkyu.gif", "sev1.gif": extract_choice.c reads a
 * file name's words whole, without case) */
static const struct option severity_options[] = {
	{ "緊急", 1 },      { "重要", 2 },     { "警告", 3 },  { "注意", 4 },    { "Critical", 1 },
	{ "Important", 2 }, { "Moderate", 3 }, { "Low", 4 },   { "kinkyu", 1 },  { "kinkyuu", 1 },
	{ "juyo", 2 },      { "juuyou", 2 },   { "juyou", 2 }, { "keikoku", 3 }, { "chui", 4 },
	{ "chuui", 4 },     { "sev1", 1 },     { "sev2", 2 },  { "sev3", 3 },    { "sev4", 4 },
};

static const struct option target_options[] = {
	{ "サーバ", 0 },
	{ "クライアント", 1 },
	{ "Server", 0 },
	{ "Client", 1 },
};
#define N_SEVERITY_OPTIONS (sizeof severity_options / sizeof *severity_options)
#define N_TARGET_OPTIONS   (sizeof target_options / sizeof *target_options)

/* Where a label was found and the items of its value. */
struct found {
	int present;
	size_t at;               /* the label's item */
	const char *inline_rest; /* value on the label's own line, or NULL/"" */
	int strung;              /* one of several labels on that line: the
	                            value is inline_rest and nothing else */
	size_t from, to;         /* value items */
};

struct header {
	struct found f[H_COUNT];
	char *owned[H_COUNT];    /* inline values cut at the next label */
	unsigned times[H_COUNT]; /* how often the label stands on the page */
};

#define NO_ITEM ((size_t)-1)

/* What marks the page as a whole, found before its sections. */
struct marks {
	size_t id_block; /* the "MS03-047/829436" line, or NO_ITEM */
	int alert;       /* "HotFix Alert", "…Briefings ALERT" */
	int notice;      /* headed 不具合情報, or a Briefings issue */
};

/* The text is a label (and whatever follows it); *closed tells whether a
 * colon or a closing bracket ended it ("【登録日】…", "対策:…"). */
static int label_text(const char *text, enum hfield *field, const char **rest, int *closed);

/* A bilingual label's other half after r ("Severity Rating / 最大深刻度",
 * "深刻度 (Severity)"): a slash or an opening parenthesis, then a label
 * that ends the text (or its closing parenthesis); where the label ends,
 * or NULL when r holds no such gloss. */
static const char *
label_gloss(const char *r)
{
	static const char *const opens[] = { "/", "\xef\xbc\x8f", "(", FW_LPAREN };
	enum hfield f;
	const char *q = NULL, *rest;
	char *inner;
	size_t n;
	int closed, ok;

	for (size_t k = 0; k < sizeof opens / sizeof *opens && q == NULL; k++)
		if (text_starts(r, opens[k]))
			q = r + strlen(opens[k]);
	if (q == NULL || (n = strlen(q)) > tune.label_bytes)
		return NULL;
	while (*q == ' ' || text_starts(q, FW_SPACE))
		q += *q == ' ' ? 1 : strlen(FW_SPACE), n = strlen(q);
	/* the other half, without the parenthesis that closes it */
	if (n >= 1 && q[n - 1] == ')')
		n -= 1;
	else if (n >= 3 && strcmp(q + n - 3, FW_RPAREN) == 0)
		n -= 3;
	inner = xstrndup(q, n);
	ok = label_text(inner, &f, &rest, &closed) && *rest == 0;
	free(inner);
	return ok ? q + strlen(q) : NULL;
}

/* The first character of s (its UTF-8 bytes, up to a NUL, packed in an
 * int): two texts start with the same character when their keys are equal. */
static uint32_t
first_char_key(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = u[0] < 0xC0 ? 1 : u[0] < 0xE0 ? 2 : u[0] < 0xF0 ? 3 : 4;
	uint32_t key = 0;

	for (size_t i = 0; i < n && u[i]; i++)
		key |= (uint32_t)u[i] << (8 * i);
	return key;
}

/* Whether some spelling of header_labels starts with the character p
 * starts with: else no spelling matches p (ex_label_rest's spaced match and
 * the gloss's strncmp both begin with that character, byte for byte), and
 * the page's lines, most of them no label, are turned away at once. */
static int
may_start_label(const char *p)
{
	static uint32_t firsts[sizeof header_labels / sizeof *header_labels * MAX_SPELLINGS];
	static size_t nfirsts;
	uint32_t key = first_char_key(p);

	if (nfirsts == 0)
		for (size_t k = 0; k < sizeof header_labels / sizeof *header_labels; k++)
			for (size_t n = 0; n < MAX_SPELLINGS && header_labels[k].spellings[n]; n++)
				firsts[nfirsts++] = first_char_key(header_labels[k].spellings[n]);
	for (size_t i = 0; i < nfirsts; i++)
		if (firsts[i] == key)
			return 1;
	return 0;
}

static int value_fits(enum vkind kind, const char *t);

/* A qualifier in parentheses that ends a label's text ("深刻度(マイクロ
 * ソフト社評価)", "登録日（初版）"): short, with no parenthesis inside, and
 * not a value of the label's kind ("深刻度（緊急）" is the value); the end
 * of the text, or NULL. */
static const char *
label_qualifier(const char *r, enum vkind kind)
{
	const char *q = NULL, *end = r + strlen(r);
	char *inner;
	int ok;

	if (text_starts(r, "("))
		q = r + 1;
	else if (text_starts(r, FW_LPAREN))
		q = r + strlen(FW_LPAREN);
	if (q == NULL || (size_t)(end - q) > tune.label_bytes)
		return NULL;
	if (end > q && end[-1] == ')')
		end -= 1;
	else if ((size_t)(end - q) >= strlen(FW_RPAREN) &&
	         strcmp(end - strlen(FW_RPAREN), FW_RPAREN) == 0)
		end -= strlen(FW_RPAREN);
	else
		return NULL;
	inner = xstrndup(q, (size_t)(end - q));
	ok = *inner && strpbrk(inner, "()") == NULL && strstr(inner, FW_LPAREN) == NULL &&
	     !value_fits(kind, inner);
	free(inner);
	return ok ? r + strlen(r) : NULL;
}

static int
label_text(const char *text, enum hfield *field, const char **rest, int *closed)
{
	const char *p = ex_label_skip_leads(text), *alias_rest;
	size_t alias_len;
	const char *alias = extract_label_alias(p, &alias_rest, &alias_len);

	/* every label but an alias starts with a Japanese character, or MS / KB (MS番号) */
	if ((unsigned char)*p < 0x80 && alias == NULL && !text_starts(p, "MS") &&
	    !text_starts(p, "KB"))
		return 0;
	if (alias == NULL && !may_start_label(p))
		return 0;
	for (size_t k = 0; k < sizeof header_labels / sizeof *header_labels; k++)
		for (size_t n = 0; n < MAX_SPELLINGS && header_labels[k].spellings[n]; n++) {
			size_t len = strlen(header_labels[k].spellings[n]);
			const char *r =
				alias ? (n == 0 && strcmp(alias, header_labels[k].spellings[0]) == 0
			                         ? alias_rest
			                         : NULL)
				      : ex_label_rest(p, header_labels[k].spellings[n], len);
			if (r == NULL && alias == NULL &&
			    strncmp(p, header_labels[k].spellings[n], len) == 0)
				r = label_gloss(p + len); /* "更新日（Last Updated）" */
			if (r == NULL && alias == NULL &&
			    strncmp(p, header_labels[k].spellings[n], len) == 0)
				r = label_qualifier(p + len, header_labels[k].kind);
			if (r == NULL)
				continue;
			if (alias)
				len = alias_len;
			*field = header_labels[k].field;
			*rest = label_gloss(r) ? label_gloss(r) : r;
			*closed = 0;
			for (const char *q = p + len; q < r; q++)
				if (*q == ':' || text_starts(q, FW_COLON) || text_starts(q, "】") ||
				    *q == ']' || text_starts(q, "』"))
					*closed = 1;
			return 1;
		}
	return 0;
}

static int
is_label_item(const char *text, enum hfield *field, const char **rest)
{
	int closed;

	return label_text(text, field, rest, &closed);
}

/* The kind of the value of a field. */
static enum vkind
field_kind(enum hfield f)
{
	for (size_t k = 0; k < sizeof header_labels / sizeof *header_labels; k++)
		if (header_labels[k].field == f)
			return header_labels[k].kind;
	return V_NONE;
}

/* Characters (code points) of s. */
static size_t
count_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static int
names_option(const char *t, const struct option *o, size_t n)
{
	return ex_option_find(t, o, n, NULL) >= 0;
}

/* Whether line t reads as a value of this kind: a chosen option, a yes/no
 * word, a date, an id.  Text, links and the rest cannot be told from a
 * menu line, so they never fit. */
static int
value_fits(enum vkind kind, const char *t)
{
	char d[11], id[16], *f;
	int typo, ok;

	switch (kind) {
	case V_CHOICE:
		return names_option(t, severity_options, N_SEVERITY_OPTIONS) ||
		       names_option(t, target_options, N_TARGET_OPTIONS);
	case V_YESNO:
		(void)ex_yesno_read(t, YN_ALL, &ok);
		return ok;
	case V_DATE:
		return text_parse_date(t, d) == 0;
	case V_ID:
		f = text_fold(t);
		ok = text_next_ms_id(f, id, &typo, NULL) != NULL;
		free(f);
		return ok;
	default:
		return 0;
	}
}

/* A sentence: ends in 。 (prose, never a headline). */
static int
is_sentence(const char *t)
{
	size_t n = strlen(t);

	return n >= 3 && strcmp(t + n - 3, "。") == 0;
}

/* A glossary's definition of a label word rather than a value of it: a
 * sentence (ends in 。) that is no value of the kind, or that names three
 * levels or more (深刻度: "緊急（Critical）、重要…の4段階。"): a value
 * chooses, a definition lists. */
static int
is_definition(enum vkind kind, const char *t)
{
	size_t n = 0;

	if (!is_sentence(t) || (kind != V_CHOICE && kind != V_DATE && kind != V_YESNO))
		return 0;
	if (!value_fits(kind, t))
		return 1;
	for (size_t k = 0; kind == V_CHOICE && k < N_SEVERITY_OPTIONS; k++)
		n += strstr(t, severity_options[k].text) != NULL;
	return n >= 3;
}

/* A block alone in its table cell (no other block with text shares it). */
static int
alone_in_cell(const struct hdoc *doc, size_t b)
{
	const struct hblock *bl = &doc->blocks.v[b];

	if (bl->cell == 0)
		return 0;
	return !(b > 0 && doc->blocks.v[b - 1].cell == bl->cell && doc->blocks.v[b - 1].text[0]) &&
	       !(b + 1 < doc->blocks.n && doc->blocks.v[b + 1].cell == bl->cell &&
	         doc->blocks.v[b + 1].text[0]);
}

/*
 * A label counts only where a label can stand: closed by a colon or 】;
 * at a line start followed by a value of its kind ("登録日 2004/04/14",
 * "深刻度 ●1(緊急)…"; every line of plain text in <pre> is a line start:
 * "■深刻度　■2(重要)"); alone on its line after a mark (■, 【, ・) or in a
 * <th>, a <dt>, an emphasized run, or a cell of its own; or on the first
 * line of a cell whose next line reads as its value ("深刻度<br>●1(緊急)…",
 * a kind of value a menu line is not).  So prose that starts with a label's
 * word ("対策 については…") and a plain-text menu line are not labels.
 */
static int
label_at(const struct line_index *pg, size_t i, enum hfield *field, const char **rest)
{
	const struct item *it = &pg->items.v[i];
	const struct hblock *bl = ex_item_block(pg, i);
	/* a label drawn as an image, its alt the word ("<img alt=【深刻度】>"
	 * alone in its cell or heading) */
	const char *t = it->text[0] == 0 && bl->nimg == 1 && bl->alt != NULL &&
	                                (bl->cell != 0 || (bl->flags & HB_HEADING))
	                        ? bl->alt
	                        : it->text;
	int closed;

	if (!label_text(t, field, rest, &closed))
		return 0;
	if (closed)
		return 1;
	if (**rest) /* "■登録日 2004/04/14": a value of the label's kind */
		return (it->off == 0 || ex_label_skip_leads(it->text) != it->text ||
		        (bl->flags & HB_PRE)) &&
		       value_fits(field_kind(*field), *rest);
	if (ex_label_skip_leads(it->text) != it->text)
		return 1; /* "■深刻度" alone on its line: the mark makes it one */
	if ((bl->flags & HB_DT) && i + 1 < pg->items.n && pg->items.v[i + 1].block != it->block &&
	    is_definition(field_kind(*field), pg->items.v[i + 1].text))
		return 0;
	if ((bl->flags & (HB_TH | HB_DT)) || it->emph)
		return 1;
	/* a heading that is a label alone ("<h2>深刻度</h2><p>3(警告)</p>"),
	 * when the block under it reads as its value */
	if ((bl->flags & HB_HEADING) && it->off == 0 && i + 1 < pg->items.n &&
	    pg->items.v[i + 1].block != it->block &&
	    value_fits(field_kind(*field), pg->items.v[i + 1].text))
		return 1;
	if (it->off != 0 || bl->cell == 0)
		return 0;
	if (strchr(bl->text, '\n') == NULL)
		return alone_in_cell(pg->doc, it->block);
	return i + 1 < pg->items.n && pg->items.v[i + 1].block == it->block &&
	       value_fits(field_kind(*field), pg->items.v[i + 1].text);
}

/* A label wrapped over lines of its cell ("再起動の<br>必要性"): the item
 * after it, or 0 when the block starting at item i is not one. */
static size_t
wrapped_label(const struct line_index *pg, size_t i, enum hfield *field)
{
	const struct hblock *bl = ex_item_block(pg, i);
	const char *rest;
	char *joined, *o;
	size_t j = i + 1;
	int is_label;

	if (pg->items.v[i].off != 0 || strchr(bl->text, '\n') == NULL ||
	    strlen(bl->text) > tune.label_bytes || bl->cell == 0)
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
	size_t block; /* whose links are in set; (size_t)-1 none */
	struct strset set;
};

static int
is_link_item(const struct line_index *pg, size_t i, struct link_texts *lt)
{
	const struct hblock *bl = ex_item_block(pg, i);

	if (bl->links.n <= tune.link_scan) {
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

/* The rows of the label's table below its row (counted up to 2). */
static unsigned
rows_below(const struct line_index *pg, size_t at)
{
	const struct hblock *lb = ex_item_block(pg, at);
	unsigned n = 0, last = lb->row;

	for (size_t j = at + 1; j < pg->body && j < at + tune.below_scan && n < 2; j++) {
		const struct hblock *bl = ex_item_block(pg, j);
		if (bl->table == lb->table && bl->row != last && bl->row != lb->row) {
			last = bl->row;
			n++;
		}
	}
	return n;
}

/* The cell below a label in a table whose labels form a row of their own. */
static void
value_below(const struct line_index *pg, struct found *fd)
{
	const struct hblock *lb = ex_item_block(pg, fd->at);

	if (lb->row == 0)
		return;
	for (size_t j = fd->at + 1; j < pg->body && j < fd->at + tune.below_scan; j++) {
		const struct hblock *bl = ex_item_block(pg, j);
		if (bl->table == lb->table && bl->row != lb->row && bl->col == lb->col) {
			size_t k = j;
			enum hfield f;
			const char *rest;
			if (is_label_item(pg->items.v[j].text, &f, &rest))
				return;
			while (k < pg->body && ex_item_block(pg, k)->cell == bl->cell)
				k++;
			fd->from = j;
			fd->to = k;
			return;
		}
	}
}

/*
 * Where the value of a label standing alone ends (its start is fd->from,
 * the next label or a window bounds it at fd->to): the rest of the label's
 * block; else, for a label in a cell of its own, the other cells of its row
 * (nested tables in them included); else, for a <dt>'s, all of its <dd>
 * (the items of a list in it, paragraphs); else the next block (the line
 * under an emphasized label).  A value never climbs out of the label's
 * table nesting.
 */
static size_t
value_end(const struct line_index *pg, const struct found *fd)
{
	const struct hblock *lb = ex_item_block(pg, fd->at);
	size_t j, first = fd->from < fd->to ? pg->items.v[fd->from].block : 0;
	int by_row = fd->from < fd->to && lb->row != 0 && first != pg->items.v[fd->at].block &&
	             pg->doc->blocks.v[first].cell != lb->cell;
	unsigned dd = fd->from < fd->to && (lb->flags & HB_DT) ? pg->doc->blocks.v[first].dd : 0;

	for (j = fd->from; j < fd->to; j++) {
		const struct hblock *bl = ex_item_block(pg, j);
		if (bl->depth < lb->depth)
			break;
		if (by_row ? (bl->table == lb->table && bl->row != lb->row)
		           : pg->items.v[j].block != first && (dd == 0 || bl->dd != dd))
			break;
	}
	return j;
}

/*
 * The next label strung on the same line after a value ("2005/08/11
 * 【更新日】2005/08/12", "…　■深刻度：2(重要)"): a label closed by 】 or a
 * colon, opened by 【 / ■ / [ or standing after a space.  Returns where it
 * starts (its opening mark) or NULL.
 */
static const char *
next_strung_label(const char *v)
{
	static const char *const opens[] = { "【", "■", "[", "◆", "●", "・" };

	for (const char *p = v; *p; p++) {
		enum hfield f;
		const char *rest;
		int closed, open = 0, sentence;
		if (((unsigned char)*p & 0xC0) == 0x80)
			continue;
		sentence = p - v >= 3 && text_starts(p - 3, "。");
		for (size_t k = 0; k < sizeof opens / sizeof *opens && !open; k++)
			open = text_starts(p, opens[k]);
		if (!open && !sentence &&
		    !(p > v && (p[-1] == ' ' || (p - v >= 3 && text_starts(p - 3, FW_SPACE)))))
			continue;
		/* after a mark or a space, a value of its kind closes it as
		 * well ("登録日 2005/10/12 ・ 更新日 2005/10/19", "登録日
		 * 2006/04/12　更新日 2006/04/12"); after a sentence's 。 only a
		 * colon or 】 ("…（KB921883）。深刻度：緊急。対象：サーバ") */
		if (p > v && label_text(p, &f, &rest, &closed) &&
		    (closed || (!sentence && *rest && value_fits(field_kind(f), rest))))
			return p;
	}
	return NULL;
}

/* Record the labels strung on line i after its first one (field f,
 * value rest); the first one's value is cut where the next begins. */
static enum hfield
strung_labels(size_t i, enum hfield f, const char *rest, struct header *h)
{
	const char *next;

	while (rest && *rest && (next = next_strung_label(rest)) != NULL) {
		enum hfield nf;
		const char *nrest;
		int closed;
		if (!h->owned[f] && h->f[f].at == i) {
			h->owned[f] = text_clean_n(rest, (size_t)(next - rest));
			h->f[f].inline_rest = h->owned[f];
			h->f[f].strung = 1;
		}
		(void)label_text(next, &nf, &nrest, &closed);
		if (!h->f[nf].present) {
			h->f[nf].present = 1;
			h->f[nf].at = i;
			h->f[nf].from = h->f[nf].to = i + 1;
			h->f[nf].inline_rest = nrest;
			h->f[nf].strung = 1;
		}
		f = nf;
		rest = nrest;
	}
	return f;
}

static void
header_free(struct header *h)
{
	for (int f = 0; f < H_COUNT; f++)
		free(h->owned[f]);
}

static void
find_header(const struct line_index *pg, struct header *h)
{
	size_t i, last = (size_t)-1;
	enum hfield lastf = H_COUNT;
	struct link_texts lt = { (size_t)-1, STRSET_INIT };

	memset(h, 0, sizeof *h);
	for (i = 0; i < pg->body; i++) {
		enum hfield f;
		const char *rest = "";
		size_t after = i + 1;
		if (is_link_item(pg, i, &lt) || ex_item_is_furniture(pg, i))
			continue;
		if (!label_at(pg, i, &f, &rest) && (after = wrapped_label(pg, i, &f)) == 0)
			continue;
		if (last != (size_t)-1)
			h->f[lastf].to = i;
		last = (size_t)-1;
		h->times[f]++;
		if (h->f[f].present)
			continue; /* the first one counts */
		h->f[f].present = 1;
		h->f[f].at = i;
		h->f[f].inline_rest = rest;
		h->f[f].from = after;
		h->f[f].to = after;
		last = i;
		lastf = f;
		i = after - 1;
		if (*rest)
			lastf = strung_labels(i, f, rest, h);
	}
	strset_free(&lt.set);
	if (last != (size_t)-1)
		h->f[lastf].to = pg->body < last + tune.last_value_lines
		                         ? pg->body
		                         : last + tune.last_value_lines;
	for (int f = 0; f < H_COUNT; f++) {
		struct found *fd = &h->f[f];
		if (!fd->present)
			continue;
		if (fd->inline_rest && *fd->inline_rest) {
			fd->to = fd->from; /* the value is on the label's line */
			continue;
		}
		fd->to = value_end(pg, fd);
		if (fd->to - fd->from > tune.value_lines)
			fd->to = fd->from + tune.value_lines;
		/* a <th> beside a <th> label is the next column's header (one
		 * the labels do not know, "Our Risk"), not its value: the value
		 * is below, in a table of one record (a list's column header
		 * has none) */
		if (fd->from < fd->to && (ex_item_block(pg, fd->at)->flags & HB_TH) &&
		    (ex_item_block(pg, fd->from)->flags & HB_TH) &&
		    ex_item_block(pg, fd->from)->row == ex_item_block(pg, fd->at)->row &&
		    rows_below(pg, fd->at) == 1)
			fd->to = fd->from;
		if (fd->from == fd->to)
			value_below(pg, fd);
	}
}

/* The value as text: inline rest, then the value lines; image alt when
 * there is no text.  NULL when empty. */
static char *
value_text(const struct line_index *pg, const struct found *fd)
{
	struct buf b;
	char *s, *clean;

	buf_init(&b, HF_MAX_FIELD_BYTES);
	if (fd->inline_rest && *fd->inline_rest)
		buf_puts(&b, fd->inline_rest);
	for (size_t i = fd->from; i < fd->to; i++) {
		const char *t = pg->items.v[i].text;
		const struct hblock *bl = ex_item_block(pg, i);
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

static void
read_yesno(const struct line_index *pg, const struct found *fd, enum yesno_field words,
           const char *label, enum tristate *out, char **text, struct bulletin *b)
{
	char *v;
	int understood;

	if (!fd->present)
		return;
	v = value_text(pg, fd);
	if (v == NULL)
		return;
	*out = ex_yesno_read(v, words, &understood);
	if (!understood)
		bulletin_diag(b, DIAG_VALUE_UNPARSED, "%s: \"%s\" not understood", label, v);
	if (text)
		*text = v;
	else
		free(v);
}

/* A date split over lines after its label ("【更新日】2005年 8月<br>11日"):
 * the value on the label's line and the next lines of its block. */
static int
date_continued(const struct line_index *pg, const struct found *fd, const char *v, char d[11])
{
	struct buf acc;
	int rc = -1;

	if (!fd->inline_rest || !*fd->inline_rest)
		return -1;
	buf_init(&acc, 4096);
	buf_puts(&acc, v);
	for (size_t j = fd->at + 1; j < pg->items.n && j <= fd->at + tune.edition_lines &&
	                            pg->items.v[j].block == pg->items.v[fd->at].block && rc < 0;
	     j++) {
		enum hfield f;
		const char *rest;
		if (is_label_item(pg->items.v[j].text, &f, &rest))
			break; /* the next label's date is not this one's */
		buf_putc(&acc, '\n');
		buf_puts(&acc, pg->items.v[j].text);
		rc = text_parse_date(acc.data, d);
	}
	buf_free(&acc);
	return rc;
}

static void
read_date(const struct line_index *pg, const struct found *fd, const char *label, char **out,
          struct bulletin *b)
{
	char d[11], *v;

	if (!fd->present || (v = value_text(pg, fd)) == NULL)
		return;
	if (text_parse_date(v, d) == 0 || date_continued(pg, fd, v, d) == 0 ||
	    text_parse_short_date(v, d) == 0)
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

/*
 * An id block: a line that is only an MS id and its KB numbers
 * ("MS03-047/829436", "MS05-039 (KB899588)", "ＭＳ０５－０１５／ＫＢ８８８１１３"
 * folded), as 2003-2004 pages print it above the headline.
 */
static int
is_id_block(const char *t)
{
	char id[16], *f;
	const char *p, *start;
	int typo, ok = 0;

	while (*t == ' ' || text_starts(t, FW_SPACE) || text_starts(t, "\xc2\xa0"))
		t += *t == ' ' ? 1 : text_starts(t, FW_SPACE) ? 3 : 2; /* indentation */
	if (!text_starts(t, "M") && !text_starts(t, "m") && !text_starts(t, "\xef\xbc\xad"))
		return 0;
	f = text_fold(t);
	p = text_next_ms_id(f, id, &typo, &start);
	if (p && start == f) {
		ok = 1;
		for (; *p && ok; p++)
			if ((p[0] == 'K' || p[0] == 'k') && (p[1] == 'B' || p[1] == 'b'))
				p++;
			else
				ok = strchr("/ (),:", *p) != NULL || (*p >= '0' && *p <= '9');
	}
	free(f);
	return ok;
}

/* Lines of the page's frame that are never its headline: the site banner
 * and series names (compared whole, ASCII case ignored). */
static const char *const series_names[] = {
	"HotFix Report",
	"HotFix Report 不具合情報",
	"HotFix Alert",
	"HotFix Notice",
	"Windows HotFix Briefings",
	"Windows HotFix Briefings ALERT",
	"HotFix Briefings",
	"HotFix Briefings ALERT",
	"UpdateEXPERT TIPS",
	"セキュリティ用語",
	"セキュリティ用語解説",
	"用語解説",
	"不具合情報",
	"Windowsプラットフォーム向けHotFix情報サービス",
};

/* An edition line such as "(2004年9月10日版)": a short line ending in 版
 * (closing parenthesis allowed) that holds a date; the date into d. */
static int
edition_line(const char *t, char d[11])
{
	size_t n = strlen(t);

	if (n == 0 || n > tune.edition_bytes)
		return 0;
	if (n >= 3 && strcmp(t + n - 3, FW_RPAREN) == 0)
		n -= 3;
	else if (t[n - 1] == ')')
		n -= 1;
	if (n < 3 || memcmp(t + n - 3, "版", 3) != 0)
		return 0;
	return text_parse_date(t, d) == 0;
}

int
ex_series_line(const char *t)
{
	char d[11];

	if (strstr(t, "HotFix") != NULL || edition_line(t, d))
		return 1;
	for (size_t k = 0; k < sizeof series_names / sizeof *series_names; k++)
		if (ascii_casecmp(t, series_names[k]) == 0)
			return 1;
	return 0;
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
whole_row(const struct line_index *pg, size_t i)
{
	const struct hblock *bl = ex_item_block(pg, i);
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
read_titles(const struct line_index *pg, const struct header *h, struct bulletin *b)
{
	const struct found *fd = &h->f[H_VULNID];
	const struct hblock *lb = ex_item_block(pg, fd->at);
	size_t i, seen = 0, end = fd->at + 1, out_at = pg->body;
	int skipped_value = (fd->inline_rest && *fd->inline_rest) || lb->table != 0;
	int out = lb->table == 0;

	for (i = fd->at + 1;
	     i < pg->body && seen < tune.title_lines && i < fd->at + tune.title_scan; i++) {
		enum hfield f;
		const char *rest, *t = pg->items.v[i].text;
		const struct hblock *bl = ex_item_block(pg, i);
		if (*t == 0)
			continue;
		if (is_label_item(t, &f, &rest) && (f == H_URGENCY || f == H_URGENCY2 || out))
			break;
		if (!out) {
			if (bl->table == lb->table || bl->depth > lb->depth)
				continue; /* still in the label table */
			out = 1;
			out_at = i;
		}
		if (!skipped_value) {
			skipped_value = 1;
			end = i + 1;
			continue;
		}
		if (is_id_block(t)) {
			end = i + 1; /* 2003-2004: the id block above the headline */
			continue;
		}
		if (is_sentence(t) || text_starts(t, "■") || text_starts(t, "【"))
			break; /* prose or a section: the headline stands elsewhere */
		seen++;
		if (title_line(t, b))
			end = i + 1;
	}
	if (b->title != NULL || lb->table == 0)
		return end;
	for (i = fd->at + 2; i < out_at && i < fd->at + tune.title_scan; i++) {
		enum hfield f;
		const char *rest, *t = pg->items.v[i].text;
		if (*t && ex_item_block(pg, i)->table == lb->table && whole_row(pg, i) &&
		    !is_label_item(t, &f, &rest))
			title_line(t, b);
	}
	return end;
}

static void
read_edition(const struct line_index *pg, struct bulletin *b)
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
		for (size_t j = i + 1; j < pg->body && j < i + tune.edition_lines &&
		                       !strstr(acc.data ? acc.data : "", "版") &&
		                       !strstr(acc.data ? acc.data : "", "号");
		     j++) {
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
	/* an issue dated only by its "(2004年9月10日版)" line */
	for (size_t i = 0; i < pg->body && i < tune.mark_scan; i++) {
		char d[11];
		if (edition_line(pg->items.v[i].text, d)) {
			b->edition = xstrdup(d);
			return;
		}
	}
}

static void
read_references_from(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	for (size_t i = fd->from; i < fd->to; i++) {
		const struct hblock *bl = ex_item_block(pg, i);
		if (i > fd->from && pg->items.v[i].block == pg->items.v[i - 1].block)
			continue;
		for (size_t k = 0; k < bl->links.n && b->references.n < HF_MAX_ITEMS; k++) {
			struct reference *r;
			if (bl->links.v[k].text[0] == 0)
				continue;
			r = VEC_PUSH(&b->references);
			r->label = xstrdup(bl->links.v[k].text);
			r->url = ex_link_resolve(pg->base_url, bl->links.v[k].href);
		}
	}
}

/* ---- the readers of the header_labels rows (fd->present) ---- */

static void
read_severity(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	/* no value lines: the options stand on the label's own line */
	long mask = extract_rating(pg, fd->at, fd->from, fd->to, fd->inline_rest, "深刻度", b) ? 0
	            : fd->strung
	                    ? ex_choice_text(fd->inline_rest, severity_options, N_SEVERITY_OPTIONS)
	                    : ex_choice_read(pg, fd->from < fd->to ? fd->from : fd->at, fd->to,
	                                     severity_options, N_SEVERITY_OPTIONS, 1, "深刻度", b);

	if (mask < 0 && fd->inline_rest && *fd->inline_rest)
		b->severity = severity_from_text(fd->inline_rest);
	if (mask > 0)
		b->severity = lowest_bit(mask);
}

static void
read_targets(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	long mask = fd->strung ? ex_choice_text(fd->inline_rest, target_options, N_TARGET_OPTIONS)
	                       : ex_choice_read(pg, fd->from < fd->to ? fd->from : fd->at, fd->to,
	                                        target_options, N_TARGET_OPTIONS, 0, "対象環境", b);

	if (mask > 0)
		b->targets = (unsigned)mask;
	else if (fd->strung)
		bulletin_diag(b, DIAG_CHOICE_UNKNOWN, "対象環境: no known option in \"%s\"",
		              fd->inline_rest);
}

static void
read_exploit(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	read_yesno(pg, fd, YN_EXPLOIT, "攻撃コードの有無", &b->exploit_code, NULL, b);
}

static void
read_reboot(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	read_yesno(pg, fd, YN_REBOOT, "再起動の必要性", &b->reboot_required, &b->reboot, b);
}

static void
read_uninstall(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	read_yesno(pg, fd, YN_UNINSTALL, "アンインストール", &b->uninstall, NULL, b);
}

static void
read_action(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	b->action = value_text(pg, fd);
}

static void
read_past(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	b->past_fixes = value_text(pg, fd);
}

static void
read_urgency(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	b->urgency = value_text(pg, fd);
}

/* A KB-number label (KB番号, 文書番号, サポート技術情報 …): every number
 * of its value. */
static void
read_kb(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	char *v = value_text(pg, fd);

	if (v == NULL)
		return;
	text_kb_marked(v, 1, &b->kb);
	if (b->kb.n == 0)
		bulletin_diag(b, DIAG_VALUE_UNPARSED, "KB番号: \"%s\" holds no KB number", v);
	free(v);
}

static void
read_registered(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	read_date(pg, fd, "登録日", &b->registered, b);
}

static void
read_updated(const struct line_index *pg, const struct found *fd, struct bulletin *b)
{
	read_date(pg, fd, "更新日", &b->updated, b);
}

/* The id and KB numbers of an id block or a 脆弱性識別番号 value: the
 * slash notation (MS05-048/907245/901017) and KB-marked numbers
 * ("MS05-039 (KB899588)"). */
static void
read_id_kb(const char *v, struct bulletin *b)
{
	read_id(v, b);
	text_kb_marked(v, 0, &b->kb);
}

/* The 脆弱性識別番号 value: its first non-empty line. */
static void
read_vulnid(const struct line_index *pg, const struct header *h, struct bulletin *b)
{
	struct found id = h->f[H_VULNID];
	size_t k = id.from;
	char *v;

	if (!id.present)
		return;
	while (k < id.to && pg->items.v[k].text[0] == 0)
		k++;
	id.to = (id.inline_rest && *id.inline_rest) ? id.from : (k < id.to ? k + 1 : k);
	id.from = k;
	if ((v = value_text(pg, &id)) != NULL) {
		read_id_kb(v, b);
		free(v);
	}
	/* KB numbers on the value's later lines ("MS05-048<br>KB907245") */
	if (!(h->f[H_VULNID].inline_rest && *h->f[H_VULNID].inline_rest) &&
	    (v = value_text(pg, &h->f[H_VULNID])) != NULL) {
		text_kb_marked(v, 0, &b->kb);
		free(v);
	}
}

/* (extract.h) Only the first tune.nav_links links of a block are
 * compared, to bound the cost. */
int
ex_is_link_line(const struct line_index *pg, size_t i)
{
	static const char *const seps[] = {
		" ", "|", "\xef\xbd\x9c", "/",           "・", FW_SPACE, "\xc2\xa0",
		"[", "]", "\xef\xbc\xbb", "\xef\xbc\xbd"
	};
	const struct hblock *bl = ex_item_block(pg, i);
	const char *p = pg->items.v[i].text;
	int matched = 0;

	while (*p) {
		size_t k, n = 0;
		for (k = 0; k < sizeof seps / sizeof *seps && n == 0; k++)
			if (text_starts(p, seps[k]))
				n = strlen(seps[k]);
		for (k = 0; k < bl->links.n && k < tune.nav_links && n == 0; k++)
			if (bl->links.v[k].text[0] && text_starts(p, bl->links.v[k].text))
				n = strlen(bl->links.v[k].text), matched = 1;
		if (n == 0)
			return 0;
		p += n;
	}
	return matched;
}

static int has_ms_id(const char *t);

/* A line that may be a page's headline: text, short, not a sentence, a
 * ■ section or item (a heading marked ■ that names the bulletin's id is
 * the headline: "■ Server サービスの脆弱性… (MS06-040)"), a link, label,
 * id block, series name or edition line. */
static int
headline_fit(const struct line_index *pg, size_t i)
{
	const char *t = pg->items.v[i].text, *rest;
	enum hfield f;

	return *t && strlen(t) <= tune.heading_bytes && !is_sentence(t) &&
	       (!text_starts(t, "■") ||
	        ((ex_item_block(pg, i)->flags & HB_HEADING) && has_ms_id(t))) &&
	       !ex_is_link_line(pg, i) && !is_label_item(t, &f, &rest) && !is_id_block(t) &&
	       !ex_series_line(t);
}

/* Title, then an official title "(…)" on the next non-empty line, from
 * item i on; returns the item after what was taken. */
static size_t
title_from(const struct line_index *pg, size_t i, struct bulletin *b)
{
	size_t end = i + 1;

	b->title = text_clean(pg->items.v[i].text);
	for (size_t j = i + 1; j < pg->body && j < i + tune.title_scan; j++) {
		const char *t = pg->items.v[j].text;
		if (*t == 0)
			continue;
		if (is_paren(t) && b->official_title == NULL) {
			b->official_title = unparen(t);
			end = j + 1;
		}
		break;
	}
	return end;
}

/* A heading that starts with the bulletin's id block ("MS05-055/908523
 * Windows カーネルの…"): the id and KB are read from it. */
static int
id_headed(const char *t)
{
	char *f = text_fold(t), id[16];
	const char *start;
	int typo, ok = text_next_ms_id(f, id, &typo, &start) != NULL && start == f;

	free(f);
	return ok;
}

/* A heading that is only a date: a blog's day heading, never a title. */
static int
date_heading(const char *t)
{
	char d[11];

	return strlen(t) <= tune.edition_bytes && text_parse_date(t, d) == 0 &&
	       strpbrk(t, "0123456789") == t;
}

/*
 * The headline as a heading element (<h1>…) before the sections, the one
 * nearest the bulletin rather than the first on the page (a blog's or
 * site's banner, a sidebar's heading): one headed by an id block (whose
 * id and KB are read), else the last one before the first header label
 * (labels at item `labels`) long enough for a headline (not a heading
 * such as 評価 over the label table), else the first; never a date alone.  0 when
 * the page has none.
 */
static size_t
headline_heading(const struct line_index *pg, size_t labels, struct bulletin *b)
{
	size_t first = 0, last = 0;

	for (size_t i = 0; i < pg->body && i < tune.headline_scan; i++) {
		const char *t = pg->items.v[i].text;
		if (!(ex_item_block(pg, i)->flags & HB_HEADING) || !headline_fit(pg, i) ||
		    date_heading(t))
			continue;
		if (first == 0)
			first = i + 1;
		if (i < labels && count_chars(t) >= tune.headline_chars)
			last = i + 1;
		if ((t[0] == 'M' || t[0] == 'm' || text_starts(t, "\xef\xbc\xad")) &&
		    id_headed(t)) {
			if (b->id == NULL)
				read_id_kb(t, b);
			return title_from(pg, i, b);
		}
	}
	if (last)
		return title_from(pg, last - 1, b);
	return first ? title_from(pg, first - 1, b) : 0;
}

/* The headline under an id block (item i - 1): the first fit line from
 * item i, before any label, and never in a later row of the id block's
 * table (the rows of a label table whose value the id block is, under
 * labels hotfeed may not know: "番号 | MS05-043 / 登録 | …"); 0 when none. */
static size_t
titles_after(const struct line_index *pg, size_t i, struct bulletin *b)
{
	const struct hblock *idb = ex_item_block(pg, i - 1);

	for (size_t n = 0; i < pg->body && n < tune.title_lines; i++) {
		const char *t = pg->items.v[i].text, *rest;
		const struct hblock *bl = ex_item_block(pg, i);
		enum hfield f;
		if (*t == 0)
			continue;
		if (is_label_item(t, &f, &rest) ||
		    (idb->table != 0 && bl->table == idb->table && bl->row != idb->row))
			break;
		n++;
		if (headline_fit(pg, i))
			return title_from(pg, i, b);
	}
	return 0;
}

/* A page without heading elements (a table layout): its headline is the
 * emphasized line of headline length nearest before the first label at
 * item `labels` (not the site's banner cell above it); 0 when none. */
static size_t
emphasized_headline(const struct line_index *pg, size_t labels, struct bulletin *b)
{
	for (size_t i = labels < pg->body ? labels : pg->body; i-- > 0;) {
		const char *t = pg->items.v[i].text;
		if ((pg->items.v[i].emph || (ex_item_block(pg, i)->flags & HB_EMPH)) &&
		    !ex_item_is_furniture(pg, i) && headline_fit(pg, i) &&
		    count_chars(t) >= tune.headline_chars && !date_heading(t))
			return title_from(pg, i, b);
	}
	return 0;
}

/* The first header label's item, or `none` when there is no label. */
static size_t
header_start(const struct header *h, size_t none)
{
	size_t at = none;

	for (int f = 0; f < H_COUNT; f++)
		if (h->f[f].present && h->f[f].at < at)
			at = h->f[f].at;
	return at;
}

/*
 * The headline standing above the label table (the id row and the prose
 * below it): the last emphasized or heading line before the first label
 * that fits a headline; an official title "(…)" may follow it.
 */
static void
headline_above(const struct line_index *pg, const struct header *h, struct bulletin *b)
{
	size_t first = header_start(h, pg->body), best = NO_ITEM;

	if (first == pg->body)
		return; /* no label table: nothing to stand above */
	for (size_t i = 0; i < first && i < tune.headline_scan; i++)
		if ((pg->items.v[i].emph ||
		     (ex_item_block(pg, i)->flags & (HB_EMPH | HB_HEADING))) &&
		    !is_paren(pg->items.v[i].text) && headline_fit(pg, i))
			best = i;
	if (best != NO_ITEM)
		(void)title_from(pg, best, b);
}

/*
 * A headline that starts with the bulletin's id and a colon ("MS05-052：
 * Internet Explorerの…"): the id is the page's when the header gave none,
 * and the title is the text after it.  An id followed by words is part of
 * the headline ("MS05-039 適用のお願い", a mail's Subject).
 */
static void
split_title_id(struct bulletin *b)
{
	char id[16], *f;
	const char *p, *start;
	int typo;
	size_t skip = 0;

	if (b->title == NULL || !text_starts(b->title, "MS"))
		return;
	f = text_fold(b->title);
	p = text_next_ms_id(f, id, &typo, &start);
	if (p && start == f) {
		/* the id is ASCII, as folded: the same bytes in the title */
		const char *r = b->title + (p - f);
		while (*r == ' ' || text_starts(r, FW_SPACE))
			r += *r == ' ' ? 1 : strlen(FW_SPACE);
		if (*r == ':' || text_starts(r, FW_COLON)) {
			r += *r == ':' ? 1 : strlen(FW_COLON);
			while (*r == ' ' || text_starts(r, FW_SPACE))
				r += *r == ' ' ? 1 : strlen(FW_SPACE);
			skip = (size_t)(r - b->title);
		}
	}
	free(f);
	if (skip == 0 || b->title[skip] == 0)
		return;
	if (b->id == NULL)
		read_id(b->title, b);
	memmove(b->title, b->title + skip, strlen(b->title + skip) + 1);
}

static size_t
read_header(const struct line_index *pg, const struct header *h, const struct marks *m,
            struct bulletin *b)
{
	char *v;
	size_t lead = 0;
	int last = -1;

	read_vulnid(pg, h, b);
	for (size_t k = 0; k < sizeof header_labels / sizeof *header_labels; k++)
		if (header_labels[k].read && h->f[header_labels[k].field].present)
			header_labels[k].read(pg, &h->f[header_labels[k].field], b);
	if (b->id == NULL && m->id_block != NO_ITEM)
		read_id_kb(pg->items.v[m->id_block].text, b);
	/* the headline under an id block in a mail's text is nearer the
	 * bulletin than the archive's heading (the mail's Subject) */
	if (!h->f[H_VULNID].present && m->id_block != NO_ITEM &&
	    (ex_item_block(pg, m->id_block)->flags & HB_PRE))
		lead = titles_after(pg, m->id_block + 1, b);
	if (lead == 0 && (lead = headline_heading(pg, header_start(h, pg->body), b)) == 0) {
		if (h->f[H_VULNID].present)
			lead = read_titles(pg, h, b);
		else if (m->id_block != NO_ITEM)
			lead = titles_after(pg, m->id_block + 1, b);
	}
	/* a table layout's emphasized headline, else the headline standing
	 * above the label table; a headline led by the id gives the id */
	if (b->title == NULL && lead == 0)
		lead = emphasized_headline(pg, header_start(h, pg->body), b);
	if (b->title == NULL)
		headline_above(pg, h, b);
	split_title_id(b);
	/* no KB in the labels: the one Microsoft's title form puts in the
	 * headline's closing parentheses */
	if (b->kb.n == 0 && b->title)
		text_kb_paren_end(b->title, &b->kb);
	if (b->id == NULL && h->f[H_SECINFO].present && (v = value_text(pg, &h->f[H_SECINFO]))) {
		read_id(v, b);
		free(v);
	}
	/* the lead paragraphs start after the last header value (the small
	 * label table of an article stands between headline and prose) */
	for (int f = 0; f < H_COUNT; f++)
		if (h->f[f].present && h->f[f].at + 1 > lead) {
			lead = h->f[f].to > h->f[f].at + 1 ? h->f[f].to : h->f[f].at + 1;
			last = (int)f;
		}
	/* rows of the label table under labels hotfeed does not know are the
	 * header too, not the lead; the prose after labels in the cell of a
	 * layout table ("<td><p>深刻度: …<br>登録日: …</p><p>…</p>") is the lead */
	if (last >= 0 && ex_item_block(pg, h->f[last].at)->table != 0 &&
	    !(ex_item_block(pg, h->f[last].at)->flags & HB_LAYOUT) &&
	    ex_item_block(pg, h->f[last].at)->row != 0) {
		unsigned t = ex_item_block(pg, h->f[last].at)->table;
		unsigned c = ex_item_block(pg, h->f[last].at)->cell;
		while (lead < pg->body && ex_item_block(pg, lead)->table == t &&
		       ex_item_block(pg, lead)->cell != c)
			lead++;
	}
	return lead;
}

/* Page marks a line may carry: the series, and what the page is. */
static const struct {
	const char *text;
	int alert;          /* 1 alert, 0 notice */
	const char *unless; /* not this mark when the line also holds this */
} page_marks[] = {
	{ "HotFix Alert", 1, NULL },
	{ "HotFix Briefings ALERT", 1, NULL },
	{ "HotFix Briefings", 0, "ALERT" },
	{ "不具合情報", 0, NULL },
	/* a provider's fault report, a list of troubles after patches */
	{ "障害情報", 0, NULL },
	{ "適用後の不具合", 0, NULL },
};

/* The marks of line t (a title, a heading or emphasized line; alert marks
 * also in plain text such as "HotFix Alert:"). */
static void
line_marks(const char *t, int headed, struct marks *m)
{
	for (size_t k = 0; k < sizeof page_marks / sizeof *page_marks; k++) {
		if (strstr(t, page_marks[k].text) == NULL ||
		    (page_marks[k].unless && strstr(t, page_marks[k].unless)))
			continue;
		if (page_marks[k].alert)
			m->alert = 1;
		else if (headed)
			m->notice = 1;
	}
}

static void
find_marks(const struct line_index *pg, struct marks *m)
{
	memset(m, 0, sizeof *m);
	m->id_block = NO_ITEM;
	if (pg->doc->title)
		line_marks(pg->doc->title, 1, m);
	for (size_t i = 0; i < pg->body && i < tune.mark_scan; i++) {
		const struct item *it = &pg->items.v[i];
		const struct hblock *bl = ex_item_block(pg, i);
		if (strlen(it->text) > tune.heading_bytes || ex_is_link_line(pg, i))
			continue;
		line_marks(it->text, it->emph || (bl->flags & (HB_HEADING | HB_EMPH)), m);
	}
	for (size_t i = 0; i < pg->body && i < tune.title_scan; i++)
		if (is_id_block(pg->items.v[i].text) && !ex_is_link_line(pg, i)) {
			m->id_block = i;
			break;
		}
}

/* A heading that opens with the id block and its KB numbers and goes on
 * with the headline ("MS05-012/873333 OLE および COM の脆弱性…"): a
 * bulletin's own heading. */
static int
kb_headed(const struct line_index *pg)
{
	for (size_t i = 0; i < pg->body && i < tune.mark_scan; i++) {
		const char *t = pg->items.v[i].text, *p;
		char *f, id[16];
		int typo, ok;
		if (!(ex_item_block(pg, i)->flags & HB_HEADING) || !strchr(t, '/') ||
		    strlen(t) > tune.heading_bytes || is_id_block(t))
			continue;
		f = text_fold(t);
		ok = (p = text_next_ms_id(f, id, &typo, NULL)) != NULL && p == f + 8 && *p == '/' &&
		     p[1] >= '0' && p[1] <= '9';
		free(f);
		if (ok)
			return 1;
	}
	return 0;
}

/* The line under an id block stands out as a headline: a heading, an
 * emphasized block or line; on a page that ends early (what would have
 * told more is missing) any fit line does. */
static int
headline_marked(const struct line_index *pg, size_t i)
{
	return pg->items.v[i].emph || (ex_item_block(pg, i)->flags & (HB_EMPH | HB_HEADING)) ||
	       pg->doc->unclosed;
}

static int
has_ms_id(const char *t)
{
	char id[16], *f;
	int typo, ok;

	if (t == NULL || (!strstr(t, "MS") && !strstr(t, "ms") && !strstr(t, "\xef\xbc\xad")))
		return 0;
	f = text_fold(t);
	ok = text_next_ms_id(f, id, &typo, NULL) != NULL;
	free(f);
	return ok;
}

/* The page names a bulletin: an MS id anywhere in it (a glossary that
 * explains the four levels of 深刻度 names none). */
static int
names_bulletin(const struct line_index *pg)
{
	if (has_ms_id(pg->doc->title))
		return 1;
	for (size_t i = 0; i < pg->items.n; i++)
		if (has_ms_id(pg->items.v[i].text))
			return 1;
	return 0;
}

/*
 * The 深刻度 value explains its options rather than choosing one: two or
 * more of its lines hold an option followed by a sentence ("1(緊急):ユーザー
 * の操作なしに…", or the sentence in the next cell of the option's row), as
 * a glossary defines the levels.
 */
static int
options_explained(const struct line_index *pg, const struct found *fd)
{
	int explained = 0;
	/* the lines after the label, not only its value: a table of terms
	 * gives the label a cell of its own and its value the cell below */
	size_t to =
		fd->at + 1 + tune.value_lines < pg->body ? fd->at + 1 + tune.value_lines : pg->body;

	for (size_t i = fd->at + 1; i < to && explained < 2; i++) {
		const char *t = pg->items.v[i].text, *after = NULL;
		for (size_t k = 0; k < 4 && !after; k++)
			if ((after = strstr(t, severity_options[k].text)) != NULL)
				after += strlen(severity_options[k].text);
		if (after && count_chars(after) < tune.explained_chars && i + 1 < to &&
		    ex_item_block(pg, i)->row != 0 &&
		    ex_item_block(pg, i + 1)->row == ex_item_block(pg, i)->row &&
		    ex_item_block(pg, i + 1)->cell != ex_item_block(pg, i)->cell)
			after = pg->items.v[i + 1].text; /* term | definition */
		if (after && count_chars(after) >= tune.explained_chars)
			explained++;
	}
	return explained >= 2;
}

/*
 * Kind from evidence: a page headed 不具合情報, or a Briefings issue, is a
 * notice (even about one bulletin).  An alert has the id label
 * (脆弱性識別番号), an alert mark, the severity list (unless, on a page
 * naming no bulletin, it explains the levels as a glossary does), or an id
 * block with any of 緊急対応度 / 対応の緊急性, a headline, 対象プラット
 * フォーム, the download or file sections.
 */
static enum bulletin_kind
classify(const struct line_index *pg, const struct header *h, const struct marks *m,
         const struct subject *s)
{
	unsigned digest;

	if (m->notice)
		return BULLETIN_NOTICE;
	/* a table of several bulletins and no one bulletin's header (an id
	 * block, if any, is one of its rows); a table that only links them
	 * (a year's index) is no summary */
	if (!h->f[H_VULNID].present && (digest = extract_digest_table(pg)) != 0 &&
	    (m->id_block == NO_ITEM || ex_item_block(pg, m->id_block)->table == digest))
		return extract_digest_names_kb(pg, digest) ? BULLETIN_NOTICE : BULLETIN_OTHER;
	if (h->f[H_VULNID].present || m->alert || kb_headed(pg))
		return BULLETIN_ALERT;
	/* items each stating a bulletin and its KB number (a mailing list's
	 * digest, a month's list), no one bulletin's id block or past fixes */
	if (s->stated >= 2 && s->opening >= 2 && m->id_block == NO_ITEM && !h->f[H_PAST].present)
		return BULLETIN_NOTICE;
	if (h->f[H_SEVERITY].present &&
	    (names_bulletin(pg) || !options_explained(pg, &h->f[H_SEVERITY])))
		return BULLETIN_ALERT;
	if (m->id_block != NO_ITEM &&
	    (h->f[H_URGENCY].present || h->f[H_URGENCY2].present || pg->sect[SEC_AFFECTED].to ||
	     pg->sect[SEC_DOWNLOADS].to || pg->sect[SEC_FILES].to))
		return BULLETIN_ALERT;
	if (m->id_block != NO_ITEM) {
		for (size_t i = m->id_block + 1;
		     i < pg->body && i < m->id_block + tune.title_lines + 1; i++)
			if (pg->items.v[i].text[0]) {
				if (headline_fit(pg, i) && headline_marked(pg, i))
					return BULLETIN_ALERT;
				break;
			}
	}
	/* the page's own text states one bulletin and its KB number: a page
	 * about it, whatever the site (a notice, a weblog entry, a mail) */
	return s->stated == 1 ? BULLETIN_ALERT : BULLETIN_OTHER;
}

/* The headline of a page that is not a bulletin: its first heading or
 * emphasized line that is not the site's frame; else its <title> unless
 * that is only the series name. */
static void
other_title(const struct line_index *pg, struct bulletin *b)
{
	for (size_t i = 0; i < pg->body && i < tune.headline_scan; i++) {
		const struct item *it = &pg->items.v[i];
		if ((it->emph || (ex_item_block(pg, i)->flags & (HB_HEADING | HB_EMPH))) &&
		    headline_fit(pg, i)) {
			b->title = text_clean(it->text);
			return;
		}
	}
	if (pg->doc->title && *pg->doc->title && !ex_series_line(pg->doc->title))
		b->title = xstrdup(pg->doc->title);
}

static void
collect_ids(const struct line_index *pg, struct bulletin *b)
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

/* The item after the last header label's value (0 when none): where a
 * notice's headline is looked for. */
static size_t
header_end(const struct header *h)
{
	size_t end = 0;

	for (int f = 0; f < H_COUNT; f++)
		if (h->f[f].present && h->f[f].at + 1 > end)
			end = h->f[f].to > h->f[f].at + 1 ? h->f[f].to : h->f[f].at + 1;
	return end;
}

/* A notice's dates: 登録日 / 更新日, else its 報告日 for both; an issue
 * dated only by its edition line is updated on that day. */
static void
notice_dates(const struct line_index *pg, const struct header *h, struct bulletin *b)
{
	read_date(pg, &h->f[H_REGISTERED], "登録日", &b->registered, b);
	read_date(pg, &h->f[H_UPDATED], "更新日", &b->updated, b);
	if (b->registered == NULL && b->updated == NULL && h->f[H_REPORTED].present) {
		read_date(pg, &h->f[H_REPORTED], "報告日", &b->registered, b);
		b->updated = xstrdup(b->registered);
	}
	if (b->updated == NULL && b->edition)
		b->updated = xstrdup(b->edition);
}

/* A notice about one patch names it once in its header (セキュリティ番号
 * MS03-045/824141): that is its id, and its KB numbers come first; a
 * digest has no such label or one per item, no id, and the KB numbers its
 * items name. */
static void
notice_id_kb(const struct line_index *pg, const struct header *h, struct bulletin *b)
{
	strlist items = { 0 };

	if ((h->f[H_VULNID].present || h->f[H_KB].present) && h->times[H_VULNID] <= 1 &&
	    h->times[H_KB] <= 1) {
		items = b->kb;
		memset(&b->kb, 0, sizeof b->kb);
		read_vulnid(pg, h, b);
		if (h->f[H_KB].present)
			read_kb(pg, &h->f[H_KB], b);
		for (size_t i = 0; i < items.n && b->kb.n < HF_MAX_ITEMS; i++)
			if (!strlist_contains(&b->kb, items.v[i]))
				strlist_add(&b->kb, items.v[i]);
		strlist_free(&items);
	} else if (h->times[H_VULNID] == 0 && b->title) {
		/* no id label: a headline naming one patch is about it */
		strlist ids = { 0 }, typos = { 0 };
		text_ms_ids(b->title, &ids, &typos);
		if (ids.n == 1)
			b->id = xstrdup(ids.v[0]);
		strlist_free(&ids);
		strlist_free(&typos);
	}
}

/* The item of the headline: the first before item `to` (and the body)
 * whose line is the title; NO_ITEM when none. */
static size_t
headline_item(const struct line_index *pg, const struct bulletin *b, size_t to)
{
	for (size_t i = 0; b->title && i < to && i < pg->body; i++)
		if (strcmp(pg->items.v[i].text, b->title) == 0)
			return i;
	return NO_ITEM;
}

/* Where a part of a line of dates ends: at ／ ( | ・ 、 or its end. */
static const char *
date_segment_end(const char *p)
{
	static const char *const seps[] = { "\xef\xbc\x8f" /* ／ */, "(",  FW_LPAREN, "|",
		                            "\xef\xbd\x9c" /* ｜ */, "・", "、" };

	for (; *p; p++)
		for (size_t k = 0; k < sizeof seps / sizeof *seps; k++)
			if (text_starts(p, seps[k]))
				return p;
	return p;
}

/* The dates of one such line, each by its own part of it (split at ／, (,
 * |, ・, 、): "2005年6月15日 登録／2005年6月16日 更新", "2006.08.09
 * (2006.08.24 更新)".  1 when the line held a date. */
static int
line_dates(const char *t, struct bulletin *b)
{
	int any = 0;

	for (const char *p = t; *p;) {
		const char *end = date_segment_end(p + 1);
		char *part = xstrndup(p, (size_t)(end - p)), d[11], **out;
		if (text_parse_date(part, d) == 0) {
			out = strstr(part, "更新") ? &b->updated : &b->registered;
			if (*out == NULL)
				*out = xstrdup(d);
			any = 1;
		}
		free(part);
		p = end;
	}
	return any;
}

/*
 * Dates printed next to an alert's headline without a label (a notice's
 * "平成15年7月17日" under it, a weblog's date over its entry, "2006年07月12日
 * 08時31分 更新" under an article's): a short line of a few lines around the
 * headline that holds a date, the date of an update when 更新 follows it
 * in its part of the line (line_dates), else of the entry.  Only where no 登録日 / 更新日 label
 * stood.  Returns the item after the last such line below the headline (0 when none): the lead
 * starts after it.
 */
static size_t
headline_dates(const struct line_index *pg, const struct header *h, struct bulletin *b)
{
	enum { around = 3, date_chars = 32 };
	size_t at = headline_item(pg, b, pg->items.n), from, seen = 0, after = 0;

	if (at == NO_ITEM || h->f[H_REGISTERED].present || h->f[H_UPDATED].present)
		return 0;
	/* from the third non-empty line above to the third below */
	for (from = at; from > 0 && seen < around; from--)
		seen += pg->items.v[from - 1].text[0] != 0;
	seen = 0;
	for (size_t i = from; i < pg->items.n && seen <= around; i++) {
		const char *t = pg->items.v[i].text;
		if (i > at)
			seen += t[0] != 0;
		if (i == at || !t[0] || ex_item_is_furniture(pg, i) || ex_series_line(t) ||
		    count_chars(t) > date_chars || !line_dates(t, b))
			continue;
		if (i > at)
			after = i + 1;
	}
	return after;
}

/*
 * Where the lead stops on a page of columns: at the first block after it
 * in a sibling cell of the headline's column (a menu to its right).  The
 * headline is the first line that holds the title.
 */
static size_t
column_end(const struct line_index *pg, const struct bulletin *b)
{
	const struct hblock *hb = NULL;
	size_t at;

	if (pg->lead == 0)
		return 0;
	if ((at = headline_item(pg, b, pg->lead)) != NO_ITEM)
		hb = ex_item_block(pg, at);
	if (hb == NULL || hb->row == 0)
		return 0;
	for (size_t i = pg->lead; i < pg->body; i++) {
		const struct hblock *bl = ex_item_block(pg, i);
		if (bl->table == hb->table && bl->row == hb->row && bl->cell != hb->cell)
			return i;
	}
	return 0;
}

/* A summary of several bulletins in a table (a month's list): its KB
 * numbers, and its headline where no line after the header stood out
 * (the table's 深刻度 column header reads as a label); said when the
 * page gives no date or title. */
static void
digest_notice(const struct line_index *pg, unsigned table, struct bulletin *b)
{
	if (b->kb.n == 0)
		extract_digest_kb(pg, table, b);
	if (b->title == NULL)
		other_title(pg, b);
	if (b->title == NULL)
		bulletin_diag(b, DIAG_NO_TITLE,
		              "title: no headline found over the list of bulletins");
	if (b->registered == NULL && b->updated == NULL)
		bulletin_diag(b, DIAG_DATE_UNPARSED,
		              "a list of bulletins without a date (登録日, 更新日)");
}

/*
 * An alert whose header gave no id (an unknown label, a value in a
 * sentence): the one MS id the page names, menus and other furniture left
 * out, with the KB numbers of the line that names it when that line is in
 * the header (before the lead; prose names other articles' KBs).  Two ids
 * leave it null (a page about one bulletin that cites another cannot be
 * told from a menu); <title> alone never names it.
 */
static void
header_id(const struct line_index *pg, struct bulletin *b)
{
	strlist ids = { 0 }, typos = { 0 };
	size_t at = NO_ITEM;

	for (size_t i = 0; i < pg->end && ids.n < 2; i++) {
		size_t before = ids.n;
		if (ex_item_is_furniture(pg, i) || !has_ms_id(pg->items.v[i].text))
			continue;
		text_ms_ids(pg->items.v[i].text, &ids, &typos);
		if (ids.n > before && at == NO_ITEM)
			at = i;
	}
	if (ids.n == 1) {
		b->id = xstrdup(ids.v[0]);
		if (at < pg->lead)
			text_kb_marked(pg->items.v[at].text, 0, &b->kb);
	}
	strlist_free(&ids);
	strlist_free(&typos);
}

/*
 * The severity a sentence gives (no 深刻度 label stood): 深刻度 followed,
 * in the same sentence, by an option in 「」 or 『』 or after a colon
 * ("深刻度を「緊急」としています", "最大深刻度が…最も高い「緊急」",
 * "> 最大深刻度: 緊急"), or right after を/は/が ("深刻度を Critical（緊急）
 * と評価", "深刻度は重要です"); 0 when the page's text says none.  A word such as
 * 重要度, or 【重要】 in a headline, is no severity.
 */
/* What may follow a level named after 深刻度を/は/が: the end, a
 * parenthesis (its other name), と, で, です, 、 。 or a space; never the
 * rest of a longer word (重要度). */
static int
level_ends(const char *p)
{
	static const char *const ends[] = { "(", FW_LPAREN, "と", "で", "、", "。", " ", FW_SPACE };

	if (*p == '\0')
		return 1;
	for (size_t k = 0; k < sizeof ends / sizeof *ends; k++)
		if (text_starts(p, ends[k]))
			return 1;
	return 0;
}

static int
prose_severity(const struct line_index *pg)
{
	enum { reach = 90 }; /* bytes after 深刻度 that may hold its value */

	for (size_t i = 0; i < pg->items.n; i++) {
		const char *t = pg->items.v[i].text, *p;
		if (ex_item_is_furniture(pg, i))
			continue;
		for (p = strstr(t, "深刻度"); p; p = strstr(p, "深刻度")) {
			const char *from = p += strlen("深刻度");
			for (; *p && p < from + reach && !text_starts(p, "。"); p++) {
				const char *v = NULL, *close = NULL;
				int particle = 0;
				if (text_starts(p, "「") || text_starts(p, "『"))
					v = p + 3, close = text_starts(p, "「") ? "」" : "』";
				else if (*p == ':' || text_starts(p, FW_COLON))
					v = p + (*p == ':' ? 1 : 3);
				else if (p == from &&
				         (text_starts(p, "を") || text_starts(p, "は") ||
				          text_starts(p, "が")))
					v = p + 3, particle = 1;
				while (v && (*v == ' ' || text_starts(v, FW_SPACE)))
					v += *v == ' ' ? 1 : 3;
				/* after を/は/が the level itself, Japanese or English,
				 * ending there ("深刻度を Critical（緊急）と評価") */
				for (size_t k = 0; v && k < (particle ? 8 : 4); k++) {
					size_t n = strlen(severity_options[k].text);
					if (strncmp(v, severity_options[k].text, n) == 0 &&
					    (close ? text_starts(v + n, close)
					           : !particle || level_ends(v + n)))
						return severity_options[k].value;
				}
			}
		}
	}
	return 0;
}

/* An alert whose header labels give no KB number: the KB-marked numbers
 * of the header, else those of its download packages ("Windows 2000 用セキュリティ更新プログラム
 * (KB899588)"), which are the bulletin's patch.  Prose is never read for
 * them: it names other articles. */
static void
downloads_kb(const struct line_index *pg, struct bulletin *b)
{
	/* first any KB-marked number in the header ("KB899588" under the
	 * headline, in the official title) */
	for (size_t i = 0; i < pg->lead && i < pg->body && b->kb.n == 0; i++)
		if (!ex_item_is_furniture(pg, i) && (strstr(pg->items.v[i].text, "KB") ||
		                                     strstr(pg->items.v[i].text, "\xef\xbc\xab")))
			text_kb_marked(pg->items.v[i].text, 0, &b->kb);
	if (b->kb.n)
		return;
	for (size_t i = 0; i < b->downloads.n; i++)
		if (b->downloads.v[i].title)
			text_kb_marked(b->downloads.v[i].title, 0, &b->kb);
}

void
extract_bulletin(const struct hdoc *doc, const char *base_url, struct bulletin *b)
{
	struct line_index pg;
	struct header h;
	struct marks m;
	struct subject subj;
	unsigned digest;
	size_t dated;

	memset(&pg, 0, sizeof pg);
	pg.doc = doc;
	pg.base_url = base_url;
	ex_page_items(&pg);
	ex_page_furniture(&pg);
	ex_find_sections(&pg);
	find_header(&pg, &h);
	find_marks(&pg, &m);
	extract_subject(&pg, &subj);
	b->kind = classify(&pg, &h, &m, &subj);
	switch (b->kind) {
	case BULLETIN_ALERT:
		read_edition(&pg, b);
		pg.lead = read_header(&pg, &h, &m, b);
		pg.lead_end = column_end(&pg, b);
		if (b->title == NULL) /* a mail's text with no headline: its Subject */
			b->title = extract_mail_subject(&pg);
		if (b->id == NULL) /* named only in the title, a heading, a breadcrumb */
			b->id = extract_single_id(&pg, b->title);
		if (b->id == NULL)
			header_id(&pg, b);
		if (b->id == NULL && subj.stated == 1) /* the one stated in prose */
			b->id = xstrdup(subj.id);
		if (b->id == NULL)
			bulletin_diag(b, DIAG_NO_ID, "脆弱性識別番号: no bulletin id found");
		if (b->title == NULL)
			bulletin_diag(b, DIAG_NO_TITLE,
			              "title: no headline found after 脆弱性識別番号");
		if ((dated = headline_dates(&pg, &h, b)) > pg.lead)
			pg.lead = dated; /* dates under the headline are no summary */
		extract_lead(&pg, b);
		extract_sections(&pg, b);
		downloads_kb(&pg, b);
		if (b->kb.n == 0 && b->id && strcmp(b->id, subj.id) == 0)
			for (size_t k = 0; k < subj.kb.n; k++)
				strlist_add(&b->kb, subj.kb.v[k]);
		if (b->severity == 0 && !h.f[H_SEVERITY].present)
			b->severity = prose_severity(&pg);
		extract_diagnose(&pg, h.f[H_SEVERITY].present, b);
		break;
	case BULLETIN_NOTICE:
		read_edition(&pg, b);
		notice_dates(&pg, &h, b);
		if ((digest = extract_digest_table(&pg)) != 0)
			extract_digest_mark(&pg, digest);
		headline_above(&pg, &h, b);
		extract_notice(&pg, header_end(&h), b);
		/* a digest's labels are its table's column headers ("KB"): its
		 * KB numbers are the column's */
		if (digest) {
			digest_notice(&pg, digest, b);
		} else {
			notice_id_kb(&pg, &h, b);
			if (b->title == NULL)
				bulletin_diag(b, DIAG_NO_TITLE,
				              "title: no headline found in the notice");
		}
		/* no KB label or column, or several bulletins: every number its
		 * text states with an id */
		if (b->kb.n == 0 || subj.stated >= 2) /* a digest: every item's */
			for (size_t k = 0; k < subj.all.n; k++)
				strlist_add_unique(&b->kb, subj.all.v[k]);
		if (b->id != NULL && b->kb.n == 0) /* a notice about one patch */
			bulletin_diag(b, DIAG_NO_KB, "%s: no KB number", b->id);
		break;
	case BULLETIN_OTHER:
		/* not a bulletin: its headline and the dates it is labelled with */
		other_title(&pg, b);
		read_date(&pg, &h.f[H_REGISTERED], "登録日", &b->registered, b);
		read_date(&pg, &h.f[H_UPDATED], "更新日", &b->updated, b);
		break;
	}
	if (b->title) {
		char *t = extract_title_tidy(b->title);
		free(b->title);
		b->title = t;
	}
	collect_ids(&pg, b);
	extract_diagnose_other(&pg, b);
	/* an alert says so in extract_diagnose(), among its other findings */
	if (b->kind != BULLETIN_ALERT && doc->unclosed && pg.end == pg.items.n)
		bulletin_diag(b, DIAG_TRUNCATED, "%s", EXTRACT_TRUNCATED);
	header_free(&h);
	extract_subject_free(&subj);
	ex_page_furniture_free(&pg);
	ex_page_items_free(&pg);
}
