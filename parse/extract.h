/*
 * extract.h — the flat HTML form (html.h) to the bulletin model.
 * Included by parse/ only (parse.c and the extract*.c files).
 *
 * Extraction is keyed on the Japanese labels and headings, never on DOM
 * positions: extract.c classifies the page and reads the header labels,
 * extract_table.c reads label/value rows and choice lists, extract_files.c
 * the file tables, extract_sections.c the headed sections.  Anything not
 * understood becomes a warning in b->warnings; nothing here fails.
 */
#ifndef HOTFEED_EXTRACT_H
#define HOTFEED_EXTRACT_H

#include "core/bulletin.h"
#include "parse/html.h"

/* Fill b (initialized by the caller) from doc.  base_url (may be NULL)
 * makes relative links absolute. */
void extract_bulletin(const struct hdoc *doc, const char *base_url, struct bulletin *b);

/* ---- shared by the extract*.c files ---- */

/* A half-open range of blocks [from, to). */
struct span { size_t from, to; };

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
	SEC_DEPLOY,       /* 予想適用時間 */
	SEC_UPDATEEXPERT, /* UpdateEXPERT上の表示 */
	SEC_FAQ,          /* よく寄せられる質問 */
	SEC_HISTORY,      /* 更新履歴 */
	SEC_FOOTER,       /* the closing boilerplate */
	SEC_COUNT
};

struct page {
	const struct hdoc *doc;
	const char *base_url;
	struct span sect[SEC_COUNT];    /* from == to when absent */
	size_t body_end;                /* first section heading (or the end) */
};

/* extract_sections.c */
void find_sections(struct page *pg);
void extract_sections(const struct page *pg, struct bulletin *b);

/* extract_table.c: rows and labels */
/* The block range [i, end) that shares block i's row (just i when not in a row). */
size_t row_end(const struct hdoc *doc, size_t i, size_t limit);
/* Text of cell `col` of the row starting at block i (blocks up to end); NULL. */
char *row_cell_text(const struct hdoc *doc, size_t i, size_t end, unsigned col);
/* Number of distinct cells in the row [i, end). */
unsigned row_cells(const struct hdoc *doc, size_t i, size_t end);
/* Text of a block's lines joined by spaces (a paragraph). */
char *block_paragraph(const struct hblock *b);
/* Strip decoration (【】 ■ ・ ‥ : whitespace) around a label; new string. */
char *label_strip(const char *s);
/* A link made absolute against base (copy). */
char *link_resolve(const char *base, const char *href);

/* extract_files.c */
void extract_packages(const struct page *pg, struct bulletin *b);
void extract_deploy_time(const struct page *pg, struct bulletin *b);

#endif
