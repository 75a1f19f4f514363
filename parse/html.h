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
 * text but an image (not a 0/1-pixel spacer) is kept: it may be a marker.
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
	HB_TH      = 1u << 0,   /* inside a <th> */
	HB_EMPH    = 1u << 1,   /* all of the text is emphasized (b, strong, font color ...) */
	HB_HEADING = 1u << 2,   /* inside h1..h6 */
	HB_LI      = 1u << 3,   /* inside a list item */
	HB_TRUNC   = 1u << 4,   /* text cut at HF_MAX_FIELD_BYTES */
	HB_LAYOUT  = 1u << 5,   /* its cell also holds a table: layout, not data */
	HB_AFTER_HR = 1u << 6   /* the first block after an <hr> */
};

struct hlink {
	char *text;             /* the link's text (or its image's alt) */
	char *href;             /* as written in the page */
};

struct hblock {
	char *text;             /* never NULL; may be "" for an image-only block */
	unsigned flags;         /* HB_* */
	unsigned nimg;          /* images that are not spacers */
	size_t *imgpos;         /* byte offset in text where each image stood */
	char **imgalt;          /* each image's alt text, or NULL */
	char *alt;              /* their alt texts joined by spaces, or NULL */
	unsigned char *line_emph;   /* per line: 1 when all of it is emphasized */
	size_t nlines;
	unsigned table, row, cell, li;  /* serials of the innermost ones; 0 = none */
	unsigned col;           /* column of the cell in its row, from 0 */
	unsigned depth;         /* table nesting depth */
	VEC(struct hlink) links;
};

struct hdoc {
	char *title;            /* <title>, or NULL */
	VEC(struct hblock) blocks;
	strlist hrefs;          /* every <a href>, in document order: also those
	                           of links with no text (an image, a spacer),
	                           which make no block */
	strlist rel_hrefs;      /* hrefs of the <a>s whose rel names "next" or
	                           "prev": pagination, for the crawler */
	size_t truncated;       /* blocks cut at the field limit */
};

/* Parse len bytes of UTF-8 and flatten them into *doc (initialized by the
 * callee).  Returns 0, or -1 with a reason in err (gumbo gave no tree). */
int html_flatten(const char *utf8, size_t len, struct hdoc *doc, char *err, size_t errlen);

void hdoc_free(struct hdoc *doc);

/* Parse and discard (for `make bench`: gumbo's own cost). */
void html_parse_only(const char *utf8, size_t len);

/* gumbo's memory is counted against a budget (half of HF_PARSE_MEM_BYTES).
 * Set by the isolated child: past the budget, or when malloc fails, gumbo's
 * allocator then exits with this status instead of dying with a message
 * (0 = die normally). */
#define HTML_MEM_BUDGET_MB ((unsigned)(HF_PARSE_MEM_BYTES >> 21))
void html_set_oom_exit(int status);

#endif
