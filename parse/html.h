/*
 * html.h — the only door to gumbo for bulletins: parse UTF-8 HTML and
 * flatten the tree into a light, linear form that extraction reads.
 * Included by parse/, and by cli/cmd_parse.c for its development options
 * (--dump-blocks, --bench-stage).
 *
 * The flat form is a list of blocks in document order.  A block is a run
 * of text between structural boundaries (paragraphs, cells, rows, list
 * items, headings, tables, a double <br>); inside it, lines (single <br>)
 * are separated by '\n', and each line has its whitespace collapsed and
 * trimmed (no-break spaces included).  Every block records the innermost
 * table, row and cell it sits in, so extraction can read table rows by
 * cell without knowing how deep the layout tables were.  A block with no
 * text but an image (not a 0/1-pixel spacer) or a radio/checkbox <input>
 * is kept: it may be a marker.
 *
 * What may tell one option of a choice list from its siblings is kept as
 * marks: one struct hmark per class, id, style, colour, background colour
 * or emphasis of an element, each pointing to the mark of the element
 * around it.  Every run of a block's text (struct hrun) and every image
 * records the innermost mark around it, so two options can be compared by
 * what encloses each one and not the other.
 *
 * Nothing in a struct hdoc points into the gumbo tree; hdoc_free()
 * releases everything.
 */
#ifndef HOTFEED_HTML_H
#define HOTFEED_HTML_H

#include <stddef.h>
#include "core/bulletin.h"
#include "core/limits.h"

enum {
	HB_TH = 1u << 0,        /* inside a <th> */
	HB_EMPH = 1u << 1,      /* all of the text is emphasized (b, strong, font color ...) */
	HB_HEADING = 1u << 2,   /* inside h1..h6 */
	HB_LI = 1u << 3,        /* inside a list item */
	HB_TRUNC = 1u << 4,     /* text cut at HF_MAX_FIELD_BYTES */
	HB_LAYOUT = 1u << 5,    /* its cell also holds a table: layout, not data */
	HB_AFTER_HR = 1u << 6,  /* the first block after an <hr> */
	HB_DT = 1u << 7,        /* inside a <dt>: a label of a definition list */
	HB_NAVCLASS = 1u << 8,  /* inside an element whose class or id names
	                           page furniture (nav, menu, footer, banner ...) */
	HB_SIDECLASS = 1u << 9, /* inside one named side or header: furniture
	                           only with other evidence (links) */
	HB_PRE = 1u << 10       /* inside <pre>: plain text, one line per line
	                           of the source (a mail archive's bulletin) */
};

/* A table, row, cell or list item, by its serial (hblock.table, .row,
 * .cell, .li): where it stands in the nesting, and its blocks. */
struct hbox {
	unsigned parent;   /* a table or cell: the cell the table is in (0 = none) */
	unsigned row;      /* a cell: its row */
	unsigned table;    /* a cell: its table */
	size_t start, end; /* a table or cell: its blocks [start, end) */
};

/* The kinds of marks.  Values are lower-case ASCII, white space collapsed, cut
 * at HTML_MARK_VALUE_BYTES. */
enum hmark_kind {
	HM_CLASS, /* class="..." */
	HM_ID,    /* id="..." */
	HM_STYLE, /* the whole inline style="..." */
	HM_COLOR, /* <font color>, CSS color */
	HM_BG,    /* bgcolor, CSS background(-color) */
	HM_EMPH   /* b, strong, em, CSS font-weight bold ("b") */
};

struct hmark {
	unsigned parent;    /* the enclosing mark; 0 = none */
	unsigned char kind; /* enum hmark_kind */
	char *value;
};

/* From byte off of a block's text on (to the next run), the text sits
 * inside mark `mark` (0 = none). */
struct hrun {
	size_t off;
	unsigned mark;
};

/* Marks kept per page; elements past it add none (ceiling on hostile
 * pages, far above the few hundred of a real one). */
#define HTML_MAX_MARKS        65536u
#define HTML_MARK_VALUE_BYTES 64

struct hlink {
	char *text; /* the link's text (or its image's alt) */
	char *href; /* as written in the page */
};

struct hblock {
	char *text;               /* never NULL; may be "" for an image-only block */
	unsigned flags;           /* HB_* */
	unsigned nimg;            /* images that are not spacers */
	size_t *imgpos;           /* byte offset in text where each image stood */
	char **imgalt;            /* each image's alt text, or NULL */
	char *alt;                /* their alt texts joined by spaces, or NULL */
	char **imgsrc;            /* each image's file name, lower-case, without
	                             directory and query, then its class after a
	                             space; "checked"/"unchecked" for an <input>;
	                             NULL when none */
	unsigned char *line_emph; /* per line: 1 when all of it is emphasized */
	size_t nlines;
	unsigned table, row, cell, li; /* serials of the innermost ones; 0 = none */
	unsigned dd;                   /* the innermost <dd>'s serial; 0 = none */
	unsigned col;                  /* column of the cell in its row, from 0 */
	unsigned hlevel;               /* inside h1..h6: 1..6 (the innermost); 0 none */
	unsigned depth;                /* table nesting depth */
	VEC(struct hlink) links;
	struct hrun *runs; /* by off, ascending; NULL when no text */
	size_t nruns;
	char *cellkey; /* the marks of an empty cell of its row (a
	                  marker drawn by CSS: <td class="sel">&nbsp;),
	                  the one before it, else after it; or NULL */
};

struct hdoc {
	char *title; /* <title>, or NULL */
	VEC(struct hblock) blocks;
	strlist hrefs;           /* every <a href>, in document order: also those
	                            of links with no text (an image, a spacer),
	                            which make no block */
	strlist rel_hrefs;       /* hrefs of the <a>s whose rel names "next" or
	                            "prev": pagination, for the crawler */
	size_t truncated;        /* blocks cut at the field limit */
	VEC(struct hmark) marks; /* [0] is the root: no mark */
	int unclosed;            /* neither </body> nor </html> in the source:
	                            the page may have been cut off */
	VEC(struct hbox) boxes;  /* by serial; boxes.v[0] is unused */
};

/* The mark around byte off of block bl's text (0 = none). */
unsigned html_block_mark_at(const struct hblock *bl, size_t off);

/* Parse len bytes of UTF-8 and flatten them into *doc (initialized by the
 * callee).  Returns 0, or -1 with a reason in err (gumbo gave no tree). */
int html_flatten(const char *utf8, size_t len, struct hdoc *doc, char *err, size_t errlen);

void hdoc_free(struct hdoc *doc);

/* Parse and discard (for `make bench`: gumbo's cost as hotfeed runs it). */
void html_parse_only(const char *utf8, size_t len);
/* For `make bench`'s floor: gumbo as any program that uses it runs it (its
 * default options and allocator), one walk of the tree, the tree freed;
 * the number of nodes walked. */
size_t html_parse_plain(const char *utf8, size_t len);

/* gumbo's memory is counted against a budget (half of HF_PARSE_MEM_BYTES).
 * Set by the isolated child: past the budget, or when malloc fails, gumbo's
 * allocator then exits with this status instead of dying with a message
 * (0 = die normally). */
#define HTML_MEM_BUDGET_MB ((unsigned)(HF_PARSE_MEM_BYTES >> 21))
void html_set_oom_exit(int status);

#endif
