/*
 * extract.h — the flat HTML form (html.h) to the bulletin model.
 * Included by parse/ only (parse.c and the extract*.c files).
 *
 * Extraction is keyed on the Japanese labels and headings, never on DOM
 * positions.  The page is read as a list of lines ("items": one per line of
 * each block, image-only blocks included), and as rows of cells for tables.
 * extract.c classifies the page and reads the header labels;
 * extract_table.c holds the label tables and row helpers; extract_choice.c
 * the choice lists (severity, targets) and yes/no values; extract_sections.c finds the headed
 * sections and reads prose, notes, workarounds, downloads, verification; extract_files.c the file
 * tables and deployment times.  Anything not understood becomes a diagnostic (bulletin_diag(), a
 * code of core/diag.c); nothing here fails.
 */
#ifndef HOTFEED_EXTRACT_H
#define HOTFEED_EXTRACT_H

#include "core/bulletin.h"
#include "parse/html.h"

/* Fill b (initialized by the caller) from doc.  base_url (may be NULL)
 * makes relative links absolute. */
void extract_bulletin(const struct hdoc *doc, const char *base_url, struct bulletin *b);

/* ---- shared by the extract*.c files ---- */

/* One line of one block. */
struct item {
	size_t block;
	char *text; /* the line, NUL-terminated copy (in line_index.item_text) */
	size_t off; /* its byte offset in the block's text */
	int emph;   /* the whole line is emphasized */
};

/* Sections of a bulletin page, by heading. */
enum section {
	SEC_NONE = -1,
	SEC_OVERVIEW,     /* 概要 */
	SEC_AFFECTED,     /* 対象プラットフォーム */
	SEC_DALAB,        /* DA Lab のコメント */
	SEC_DOWNLOADS,    /* 修正プログラムのダウンロード先 */
	SEC_FILES,        /* 適用されるファイル情報 */
	SEC_VERIFY,       /* 確認方法 */
	SEC_REFERENCE,    /* 参考情報 (workarounds) */
	SEC_WORKAROUNDS,  /* 回避策: the workarounds themselves */
	SEC_DEPLOY,       /* 予想適用時間 */
	SEC_UPDATEEXPERT, /* UpdateEXPERT上の表示 */
	SEC_FAQ,          /* よく寄せられる質問 */
	SEC_HISTORY,      /* 更新履歴 */
	SEC_PAST,         /* 含まれる過去の修正, when a section, not a row */
	SEC_OTHER,        /* any other ‥‥‥ heading, or heading element
	                     after the first section: a boundary only */
	SEC_FOOTER,       /* the closing boilerplate */
	SEC_COUNT
};

/* A half-open range of items [from, to); from == to when absent. */
struct span {
	size_t from, to;
};

/* The page as extraction reads it: its lines (items), where its sections
 * and its header end, and per-block marks.  (store/catalogue.h's struct
 * page is the fetched page, bytes and headers.) */
struct line_index {
	const struct hdoc *doc;
	const char *base_url;
	VEC(struct item) items;
	struct span sect[SEC_COUNT];
	size_t body;         /* first item of the first section (or the end) */
	size_t end;          /* first item of the footer (or the end) */
	size_t lead;         /* first item after the header (summary starts) */
	size_t lead_end;     /* where the lead stops before the first section:
	                        the headline's column ends (0: no such end) */
	size_t *url_link;    /* per block: 1 + its first link whose text is a
	                        URL (links.n + 1: none), 0 not looked for yet */
	unsigned char *furn; /* per block: enum furniture bits (ex_page_furniture) */
	unsigned *column;    /* per block: the cell (serial) of its innermost
	                        layout column, 0 none (ex_page_furniture) */
	char *item_text;     /* the items' texts, one allocation (ex_page_items) */
};

/* What a block of page furniture is (bits of page.furn). */
enum furniture {
	FURN_CLASS = 1 << 0,  /* class/id says nav, menu, footer, banner ... */
	FURN_LINKS = 1 << 1,  /* link list, breadcrumb, link to this page's top */
	FURN_GAUGE = 1 << 2,  /* a gauge's row of option labels, or its legend */
	FURN_COLUMN = 1 << 3, /* a menu column beside the content column */
	FURN_FOOTER = 1 << 4, /* the footer, to the end of the page */
	FURN_LIST = 1 << 5    /* the table of a summary of several bulletins:
	                         read for ids and KB numbers, never as prose */
};
/* Furniture that ends a section once its content has begun; the rest is
 * only skipped by the readers. */
#define FURN_ENDS (FURN_CLASS | FURN_COLUMN | FURN_FOOTER)
/* The message of a page that ends early: no footer, and neither </body>
 * nor </html> in its source (a fetch cut short, a partial archive copy). */
#define EXTRACT_TRUNCATED "the page ends early: no footer, and neither </body> nor </html>"

/* extract_diag.c: the diagnostics of a page taken for an alert whose
 * layout was not (wholly) recognised: no footer or a page that ends early,
 * no 概要, no 深刻度 row (severity_row 0), too few core fields. */
void extract_diagnose(const struct line_index *pg, int severity_row, struct bulletin *b);
/* ... and of a page taken for "other" that has an MS id (b->ids filled)
 * and an alert's parts: an alert whose header was not recognised. */
void extract_diagnose_other(const struct line_index *pg, struct bulletin *b);

/* extract.c: a line made only of link texts (and separators between
 * them): a navigation line such as "トップページ 用語解説", a list of
 * links to other pages. */
int ex_is_link_line(const struct line_index *pg, size_t i);
/* extract_table.c */
void ex_page_items(struct line_index *pg);
void ex_page_items_free(struct line_index *pg);
const struct hblock *ex_item_block(const struct line_index *pg, size_t i);
/* Strip decoration (【】 ■ ・ ‥ : and whitespace) around a label; new string. */
char *ex_label_strip(const char *s);
/* If item text starts with label (after decoration) and is followed by
 * nothing or a separator (】 : :), return a pointer to the rest (possibly ""),
 * else NULL. */
const char *ex_label_match(const char *text, const char *label);
/* The same in two steps, for trying many labels on one line: skip the
 * leading decoration once, then test each label (len = strlen(label)). */
const char *ex_label_skip_leads(const char *text);
const char *ex_label_rest(const char *p, const char *label, size_t len);
/* extract_choice.c */
/* Selected options of a choice list in items [from, to): options is a table
 * of {text, value}; returns a bit mask of 1 << value, or -1 when the page
 * does not say (a warning naming `field` and what was seen is added).  An
 * option is chosen by how it differs from its siblings: a symbol, a word
 * after it (該当), an image (alt, file name, or only its presence), a
 * checked input, the class, id, colour, background, emphasis or style
 * around it; when all look alike, by what they all carry (all "on": all
 * chosen), else the one option printed.  single: at most one may apply. */
struct option {
	const char *text;
	int value;
};
/* The option s names first (an English name only as a word of its own,
 * not of a product's name: "Windows 2000 Server" names no target): its
 * index in options and (at not NULL) its offset in s; -1 when none. */
int ex_option_find(const char *s, const struct option *options, size_t n, size_t *at);
long ex_choice_read(const struct line_index *pg, size_t from, size_t to,
                    const struct option *options, size_t noptions, int single, const char *field,
                    struct bulletin *b);
/* The options chosen in one line of text, such as the value of a label
 * strung with others on its line ("2(重要)", "●サーバ ○クライアント"):
 * those marked on when any is, else those printed and not marked off; a
 * mask as ex_choice_read(), -1 when it names none. */
long ex_choice_text(const char *v, const struct option *options, size_t noptions);
/* A yes/no value (攻撃コードの有無, 再起動の必要性, アンインストール): its
 * verdict (the text before a parenthesis or comma) as a whole word of the
 * field's vocabulary, negations winning ("公開されていない" is no).
 * *understood is 0 when the words say nothing (TRI_NULL then); "不明" is
 * understood, and TRI_NULL. */
enum yesno_field { YN_EXPLOIT = 1, YN_REBOOT = 2, YN_UNINSTALL = 4, YN_ALL = 7 };
enum tristate ex_yesno_read(const char *v, enum yesno_field field, int *understood);
/* Rows: group the blocks of items [from, to) by table row. */
struct row {
	size_t first, last; /* item range [first, last) */
	unsigned ncells;
	unsigned table;
	char *cell[16];           /* text of each cell (lines joined by '\n'); NULL past ncells */
	const struct hlink *link; /* first link in the row */
};
/* Next row starting at item *i (advanced past it); 0 at `to`.  Items not in
 * a table row make a one-cell row with table 0. */
int ex_row_next(const struct line_index *pg, size_t *i, size_t to, struct row *r);
void ex_row_free(struct row *r);
/* A paragraph: lines joined by one space. */
char *ex_paragraph(const char *s);
/* A link made absolute against base (url_resolve(), fragment kept); as
 * written (trimmed as an href) without a base or when it cannot be. */
char *ex_link_resolve(const char *base, const char *href);

/* extract.c: a line of the page's frame (site banner, series name,
 * "(2004年9月10日版)" edition line), never a headline. */
int ex_series_line(const char *t);
/* extract_furniture.c: one pass marks the furniture blocks (and the
 * layout columns) of pg; ex_page_furniture_free() releases the marks. */
void ex_page_furniture(struct line_index *pg);
void ex_page_furniture_free(struct line_index *pg);
/* The block (of pg->doc->blocks) or item i is page furniture: 1 or 0;
 * ex_block_furniture() tells what it is (enum furniture bits, 0 none).  All
 * are 0 before ex_page_furniture(). */
unsigned ex_block_furniture(const struct line_index *pg, size_t block);
int ex_block_is_furniture(const struct line_index *pg, size_t block);
int ex_item_is_furniture(const struct line_index *pg, size_t i);
/* The block stands directly in a column of a layout row (a page column,
 * where headings stand as they do outside tables): 1 or 0. */
int ex_block_in_column(const struct line_index *pg, size_t block);
/* Where content that begins at item `from` (under the heading or label at
 * item anchor) ends, at most `to`: at the end of the anchor's layout
 * column, or at menu, class-named or footer furniture after some content. */
size_t ex_content_end(const struct line_index *pg, size_t anchor, size_t from, size_t to);

/* extract_sections.c */
void ex_find_sections(struct line_index *pg);
void extract_lead(const struct line_index *pg, struct bulletin *b);
void extract_sections(const struct line_index *pg, struct bulletin *b);
/* A notice: headline, lead paragraphs and every ■ item of the page.  The
 * headline is the first emphasized line from item after (the header's
 * end), unless b->title is already set (a heading above the header): the
 * lead then starts at after. */
void extract_notice(const struct line_index *pg, size_t after, struct bulletin *b);

/* extract_files.c */
void extract_packages(const struct line_index *pg, struct span s, struct bulletin *b);
void extract_deploy_time(const struct line_index *pg, struct span s, struct bulletin *b);

/* extract_identity.c */
/* Title without a mailing list's tag ("[hotfix-ml:00342]"), a leading id
 * block ("MS05-047/905749", "MS05-047:") or decoration glyphs (■ † ※ …)
 * at its ends; a new string (a copy of title when nothing else would
 * remain). */
char *extract_title_tidy(const char *title);
/* The id of a page whose header gives none, a new string: the one MS id
 * of its headline (may be NULL), else of its <title>, else of its
 * breadcrumb (a line of "A > B > MS05-039"), else the one it names
 * anywhere (a wiki page name); NULL when none or several. */
char *extract_single_id(const struct line_index *pg, const char *headline);
/* A mail archive's Subject ("Subject: [hotfix-ml:00342] …" in the mail
 * headers), tidied; a new string, NULL when the page has none. */
char *extract_mail_subject(const struct line_index *pg);
/* The table (serial) of the page that lists several bulletins, one a
 * row (a monthly summary), 0 when none. */
unsigned extract_digest_table(const struct line_index *pg);
/*
 * What the page's own text is about: the bulletins it states a KB number
 * for (text_kb_stated() in the id's words, from the id to the next id or
 * the line's end, or alone in the next line: "MS06-001、KB912919 です",
 * "MS04-028" over "JPEG 処理 … (833987)").  A page that merely names
 * bulletins (a tip, a link list, a menu) states none; a page about one
 * states one; a digest states one per item, each opening its line.
 * Furniture is left out.
 */
struct subject {
	char id[16];    /* the first id stated with a KB number, "" when none */
	strlist kb;     /* the KB numbers stated with it */
	strlist all;    /* every KB number stated with an id, in order */
	size_t stated;  /* distinct ids stated with a KB number */
	size_t opening; /* of those, ids that open their line (a digest's items) */
};
void extract_subject(const struct line_index *pg, struct subject *s);
void extract_subject_free(struct subject *s);
/* The table of extract_digest_table() names KB numbers (a KB column, or
 * numbers after its ids): a summary, not an index of links. */
int extract_digest_names_kb(const struct line_index *pg, unsigned table);

/* The KB numbers of such a table: its KB (サポート技術情報) column, and the
 * MS id/KB notation in any of its cells. */
void extract_digest_kb(const struct line_index *pg, unsigned table, struct bulletin *b);
/* Mark that table's blocks FURN_LIST (pg->furn is written through the
 * const page: the furniture map is the page's annotation, not its text). */
void extract_digest_mark(const struct line_index *pg, unsigned table);

/* extract_alias.c: the label (a header_labels spelling) that p, after the
 * leading decoration, spells otherwise ("Severity Rating:", "重要度");
 * *rest after it and *len the spelling's length; NULL when none. */
const char *extract_label_alias(const char *p, const char **rest, size_t *len);

/* extract_rating.c: the severity value (label at item `label`, value on its
 * line, inline_rest, or in items [from, to)) read as a rating of the site's
 * scale (★★★☆, 4/5, レベル3, ランクA) through the page's own legend, or as
 * an English name (Critical …).  1 when the value is such a rating
 * (b->severity set, or a warning naming the rating and field), 0 when it
 * is not (the options are read by ex_choice_read()). */
int extract_rating(const struct line_index *pg, size_t label, size_t from, size_t to,
                   const char *inline_rest, const char *field, struct bulletin *b);

#endif
