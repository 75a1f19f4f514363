/*
 * html.c — gumbo behind one file: parse, then flatten the tree into blocks
 * (see html.h).  The walk is iterative (an explicit stack), so a page with
 * 100 000 nested elements costs memory proportional to its depth, not C
 * stack.
 */
#include "parse/html.h"
#include "parse/text.h"
#include "core/limits.h"
#include "core/util.h"

#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int oom_exit_status;

/*
 * gumbo's memory, counted: each block carries its size in front, so the
 * parser can be stopped at a budget well below the isolated child's address
 * space limit (gumbo 0.10.1 is quadratic on some inputs, e.g. deep tables).
 */
#define GUMBO_MEM_BUDGET (HF_PARSE_MEM_BYTES / 2)
#define HEADER           16
static size_t gumbo_live;

void
html_set_oom_exit(int status)
{
	oom_exit_status = status;
}

static _Noreturn void
gumbo_oom(void)
{
	if (oom_exit_status)
		_exit(oom_exit_status);
	die("the HTML parser needed more than %llu MB",
	    (unsigned long long)(GUMBO_MEM_BUDGET >> 20));
}

/*
 * gumbo allocates and frees a few thousand small blocks per page and frees
 * its whole tree at the end: malloc's bookkeeping (and the walk that frees
 * the tree) cost a fifth of the parse.  So one parse takes its blocks from
 * an arena of chunks, bumped and never reused, and drops them all at once
 * when the parse ends.  The budget above still counts live bytes (a freed
 * block counts no more); the arena itself stops at ARENA_MAX bytes a parse,
 * after which blocks come from malloc and are freed one by one (a page that
 * churns through more than that, like the quadratic ones, keeps exactly the
 * old behaviour).  The header says which: its size, and whether malloc'd.
 */
#define ARENA_CHUNK (256u << 10)
#define ARENA_MAX   (32u << 20)
#define ARENA_KEEP  4  /* chunks kept between parses */
#define ARENA_HDR   32 /* a chunk's header, blocks after it aligned */

struct arena_chunk {
	struct arena_chunk *next;
	size_t size, used;
	/* the blocks follow, from ARENA_HDR on */
};
_Static_assert(sizeof(struct arena_chunk) <= ARENA_HDR && ARENA_HDR % HEADER == 0,
               "arena blocks are aligned as malloc's");

static struct {
	struct arena_chunk *head;  /* the chunk being bumped; then older ones */
	struct arena_chunk *spare; /* emptied chunks, kept for the next parse */
	size_t total;              /* bytes taken from the arena in this parse */
	unsigned malloced;         /* blocks of this parse that came from malloc */
} arena;

static void *
arena_take(size_t n)
{
	struct arena_chunk *c = arena.head;
	size_t need = (n + HEADER - 1) / HEADER * HEADER;

	if (arena.total + need > ARENA_MAX)
		return NULL;
	if (c == NULL || c->size - c->used < need) {
		size_t body = need > ARENA_CHUNK ? need : ARENA_CHUNK;
		if (arena.spare && arena.spare->size >= body) {
			c = arena.spare;
			arena.spare = c->next;
		} else if ((c = malloc(ARENA_HDR + body)) == NULL) {
			return NULL;
		} else {
			c->size = body;
		}
		c->used = 0;
		c->next = arena.head;
		arena.head = c;
	}
	arena.total += need;
	c->used += need;
	return (unsigned char *)c + ARENA_HDR + (c->used - need);
}

/* The parse is over: every arena block goes at once (chunks kept for the
 * next parse, up to ARENA_KEEP of the usual size). */
static void
arena_reset(void)
{
	unsigned kept = 0;

	for (struct arena_chunk *c = arena.spare; c; c = c->next)
		kept++;
	while (arena.head) {
		struct arena_chunk *c = arena.head;
		arena.head = c->next;
		if (kept < ARENA_KEEP && c->size == ARENA_CHUNK) {
			c->next = arena.spare;
			arena.spare = c;
			kept++;
		} else {
			free(c);
		}
	}
	arena.total = 0;
	arena.malloced = 0;
}

/* A block past the current chunk: a new chunk, or malloc past ARENA_MAX. */
static __attribute__((noinline)) void *
gumbo_alloc_slow(size_t size)
{
	unsigned char *p;
	size_t tag = 0;

	if (size > GUMBO_MEM_BUDGET || gumbo_live + size > GUMBO_MEM_BUDGET)
		gumbo_oom();
	if ((p = arena_take(size + HEADER)) == NULL) {
		if ((p = malloc(size + HEADER)) == NULL)
			gumbo_oom();
		tag = 1;
		arena.malloced++;
	}
	memcpy(p, &size, sizeof size);
	memcpy(p + sizeof size, &tag, sizeof tag);
	gumbo_live += size;
	return p + HEADER;
}

/* The usual case without a call: room in the current chunk, within the
 * budget and ARENA_MAX (arena_take's rules). */
static void *
gumbo_alloc(void *userdata, size_t size)
{
	struct arena_chunk *c = arena.head;
	size_t need = (size + 2 * HEADER - 1) / HEADER * HEADER, tag = 0;
	unsigned char *p;

	(void)userdata;
	if (c == NULL || size > GUMBO_MEM_BUDGET || gumbo_live + size > GUMBO_MEM_BUDGET ||
	    c->size - c->used < need || arena.total + need > ARENA_MAX)
		return gumbo_alloc_slow(size);
	p = (unsigned char *)c + ARENA_HDR + c->used;
	c->used += need;
	arena.total += need;
	memcpy(p, &size, sizeof size);
	memcpy(p + sizeof size, &tag, sizeof tag);
	gumbo_live += size;
	return p + HEADER;
}

static void
gumbo_dealloc(void *userdata, void *ptr)
{
	unsigned char *p = ptr;
	size_t size, tag;

	(void)userdata;
	if (p == NULL)
		return;
	p -= HEADER;
	memcpy(&size, p, sizeof size);
	memcpy(&tag, p + sizeof size, sizeof tag);
	gumbo_live -= size;
	if (tag)
		free(p);
}

/* gumbo's output freed: at once when all of it is in the arena, else by
 * gumbo's own walk (which frees the malloc'd blocks). */
static void
gumbo_done(const GumboOptions *opts, GumboOutput *out)
{
	if (arena.malloced > 0)
		gumbo_destroy_output(opts, out);
	gumbo_live = 0;
	arena_reset();
}

/* What an element means to the flattening. */
enum {
	EL_BLOCK = 1 << 0, /* a boundary: flush the block before and after */
	EL_EMPH = 1 << 1,  /* emphasis */
	EL_SKIP = 1 << 2,  /* contents ignored */
	EL_HEAD = 1 << 3   /* h1..h6 */
};

static const struct {
	GumboTag tag;
	unsigned what;
} element_table[] = {
	{ GUMBO_TAG_P, EL_BLOCK },
	{ GUMBO_TAG_DIV, EL_BLOCK },
	{ GUMBO_TAG_TABLE, EL_BLOCK },
	{ GUMBO_TAG_TR, EL_BLOCK },
	{ GUMBO_TAG_TD, EL_BLOCK },
	{ GUMBO_TAG_TH, EL_BLOCK },
	{ GUMBO_TAG_TBODY, EL_BLOCK },
	{ GUMBO_TAG_THEAD, EL_BLOCK },
	{ GUMBO_TAG_TFOOT, EL_BLOCK },
	{ GUMBO_TAG_CAPTION, EL_BLOCK },
	{ GUMBO_TAG_UL, EL_BLOCK },
	{ GUMBO_TAG_OL, EL_BLOCK },
	{ GUMBO_TAG_LI, EL_BLOCK },
	{ GUMBO_TAG_DL, EL_BLOCK },
	{ GUMBO_TAG_DT, EL_BLOCK },
	{ GUMBO_TAG_DD, EL_BLOCK },
	{ GUMBO_TAG_BLOCKQUOTE, EL_BLOCK },
	{ GUMBO_TAG_PRE, EL_BLOCK },
	{ GUMBO_TAG_CENTER, EL_BLOCK },
	{ GUMBO_TAG_FORM, EL_BLOCK },
	{ GUMBO_TAG_HR, EL_BLOCK },
	{ GUMBO_TAG_ADDRESS, EL_BLOCK },
	{ GUMBO_TAG_BODY, EL_BLOCK },
	{ GUMBO_TAG_HTML, EL_BLOCK },
	{ GUMBO_TAG_H1, EL_BLOCK | EL_HEAD },
	{ GUMBO_TAG_H2, EL_BLOCK | EL_HEAD },
	{ GUMBO_TAG_H3, EL_BLOCK | EL_HEAD },
	{ GUMBO_TAG_H4, EL_BLOCK | EL_HEAD },
	{ GUMBO_TAG_H5, EL_BLOCK | EL_HEAD },
	{ GUMBO_TAG_H6, EL_BLOCK | EL_HEAD },
	{ GUMBO_TAG_B, EL_EMPH },
	{ GUMBO_TAG_STRONG, EL_EMPH },
	{ GUMBO_TAG_EM, EL_EMPH },
	{ GUMBO_TAG_SCRIPT, EL_SKIP },
	{ GUMBO_TAG_STYLE, EL_SKIP },
	{ GUMBO_TAG_HEAD, EL_SKIP },
	{ GUMBO_TAG_TEMPLATE, EL_SKIP },
	{ GUMBO_TAG_TEXTAREA, EL_SKIP },
	{ GUMBO_TAG_NOSCRIPT, EL_SKIP },
};

static unsigned element_what[GUMBO_TAG_LAST + 1];

static void
element_table_init(void)
{
	static int done;

	if (done)
		return;
	for (size_t i = 0; i < sizeof element_table / sizeof *element_table; i++)
		element_what[element_table[i].tag] = element_table[i].what;
	done = 1;
}

/* The position of the walk: what encloses the current node. */
struct context {
	unsigned table, row, cell, li, dd, col, depth;
	unsigned emph, heading, th, dt;
	unsigned pre;                 /* inside <pre>: its newlines are line breaks */
	unsigned mark;                /* innermost struct hmark around (0 none) */
	unsigned navclass, sideclass; /* inside a class/id naming furniture */
	size_t row_frame;             /* stack index of the enclosing <tr> frame */
	unsigned next_col;            /* used in a <tr> frame only */
};

struct frame {
	const GumboNode *node;
	unsigned next_child;
	unsigned what;
	long link; /* index in pending links, -1 */
	struct context ctx;
	unsigned mark0;  /* the mark around the element, before its own */
	unsigned block0; /* blocks flushed when it was entered */
};

struct flattener {
	struct hdoc *doc;
	struct buf text; /* current block */
	struct buf alt;
	unsigned nimg;
	VEC(size_t) imgpos;
	VEC(char *) imgalt;
	VEC(char *) imgsrc;
	VEC(struct hrun) runs;
	size_t line_chars, line_emph;  /* of the current line */
	VEC(unsigned char) line_flags; /* per finished line: all emphasized */
	size_t chars, emph_chars;
	int pending_space, breaks;
	unsigned serial;         /* for tables, rows, cells, list items */
	VEC(struct hlink) links; /* of the current block */
	VEC(struct {
		size_t start;
		size_t alt_start;
		unsigned block;
		char *href;
	})
	open_links;
	unsigned block_serial;      /* incremented at each flush */
	VEC(unsigned) layout_cells; /* cells that hold a table */
	int truncated;
	int hr;           /* an <hr> since the last block */
	char *cellkey;    /* an empty marked cell not yet given to a block */
	unsigned cellrow; /* its row */
};

static void
put(struct flattener *f, const char *s, size_t n)
{
	if (buf_append(&f->text, s, n) < 0)
		f->truncated = 1;
}

static void
end_line(struct flattener *f)
{
	*VEC_PUSH(&f->line_flags) = f->line_chars > 0 && f->line_emph == f->line_chars;
	f->line_chars = f->line_emph = 0;
}

static void
new_line(struct flattener *f)
{
	end_line(f);
	put(f, "\n", 1);
}

/* A malloc'd copy of n bytes at p; NULL when n is 0. */
static void *
copy_of(const void *p, size_t n)
{
	void *d;

	if (n == 0)
		return NULL;
	d = xmalloc(n);
	memcpy(d, p, n);
	return d;
}

static void
flush(struct flattener *f, const struct context *c)
{
	struct hblock *b;

	if (f->text.len == 0 && f->nimg == 0) {
		f->imgpos.n = 0;
		f->imgalt.n = 0; /* (none: an image makes a block) */
		f->imgsrc.n = 0;
		f->runs.n = 0;
		f->line_flags.n = 0;
		f->line_chars = f->line_emph = 0;
		f->pending_space = 0;
		f->breaks = 0;
		for (size_t i = 0; i < f->links.n; i++) {
			free(f->links.v[i].text);
			free(f->links.v[i].href);
		}
		f->links.n = 0;
		return;
	}
	end_line(f);
	b = VEC_PUSH(&f->doc->blocks);
	/* the block gets copies of its exact size; the flattener keeps its
	 * buffers, grown once, for the next blocks */
	b->line_emph = copy_of(f->line_flags.v, f->line_flags.n);
	b->nlines = f->line_flags.n;
	f->line_flags.n = 0;
	b->text = copy_of(f->text.data ? f->text.data : "", f->text.len + 1);
	b->nimg = f->nimg;
	b->imgpos = f->imgpos.v;
	b->imgalt = f->imgalt.v;
	memset(&f->imgalt, 0, sizeof f->imgalt);
	memset(&f->imgpos, 0, sizeof f->imgpos);
	b->imgsrc = f->imgsrc.v;
	memset(&f->imgsrc, 0, sizeof f->imgsrc);
	b->runs = copy_of(f->runs.v, f->runs.n * sizeof *f->runs.v);
	b->nruns = f->runs.n;
	f->runs.n = 0;
	b->alt = f->alt.len ? buf_steal(&f->alt, NULL) : NULL;
	buf_reset(&f->alt);
	b->table = c->table;
	b->row = c->row;
	b->cell = c->cell;
	b->li = c->li;
	b->dd = c->dd;
	b->col = c->col;
	b->depth = c->depth;
	if (c->th)
		b->flags |= HB_TH;
	if (c->heading)
		b->flags |= HB_HEADING;
	b->hlevel = c->heading;
	if (c->dt)
		b->flags |= HB_DT;
	if (c->li)
		b->flags |= HB_LI;
	if (c->navclass)
		b->flags |= HB_NAVCLASS;
	if (c->sideclass)
		b->flags |= HB_SIDECLASS;
	if (c->pre)
		b->flags |= HB_PRE;
	if (f->chars > 0 && f->emph_chars == f->chars)
		b->flags |= HB_EMPH;
	if (f->hr) {
		b->flags |= HB_AFTER_HR;
		f->hr = 0;
	}
	if (f->truncated) {
		b->flags |= HB_TRUNC;
		f->doc->truncated++;
	}
	if (f->cellkey && f->cellrow == c->row && c->row) {
		b->cellkey = f->cellkey; /* the empty cell before it */
		f->cellkey = NULL;
	}
	b->links.v = f->links.v;
	b->links.n = f->links.n;
	b->links.cap = f->links.cap;
	memset(&f->links, 0, sizeof f->links);
	f->nimg = 0;
	f->chars = f->emph_chars = 0;
	f->pending_space = 0;
	f->breaks = 0;
	f->truncated = 0;
	f->block_serial++;
	buf_reset(&f->text);
}

/* White space of a text node: a space, except that inside <pre> (a mail
 * archive's bulletin text) a newline breaks the line like <br>, and an
 * empty line, like a double <br>, ends the block. */
static void
pre_break(struct flattener *f, const struct context *c, unsigned cp)
{
	if (c->pre && cp == '\n' && f->text.len > 0)
		f->breaks++;
	else
		f->pending_space = 1;
}

/* Append a text node: collapse whitespace, honour pending <br>s. */
static void
add_text(struct flattener *f, const struct context *c, const char *s)
{
	size_t len;

	while (*s) {
		unsigned cp = text_cp(s, &len);
		const char *run;
		size_t nchars = 0;

		if (text_is_space(cp)) {
			pre_break(f, c, cp);
			s += len;
			continue;
		}
		if (f->breaks >= 2)
			flush(f, c);
		if (f->breaks == 1 && f->text.len > 0)
			new_line(f);
		else if (f->pending_space && f->text.len > 0 &&
		         f->text.data[f->text.len - 1] != '\n')
			put(f, " ", 1);
		f->breaks = 0;
		f->pending_space = 0;
		if (f->runs.n == 0 || f->runs.v[f->runs.n - 1].mark != c->mark) {
			struct hrun *r = VEC_PUSH(&f->runs);
			r->off = f->text.len;
			r->mark = c->mark;
		}
		/* the whole run of non-space characters at once, from the
		 * first (cp, len bytes): ASCII and the valid three-byte
		 * sequences (never blank) told here, the rest by text_cp */
		for (run = s, s += len, nchars = 1;; nchars++) {
			const unsigned char *u = (const unsigned char *)s;
			if (u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED && (u[1] & 0xC0) == 0x80 &&
			    (u[2] & 0xC0) == 0x80)
				s += 3;
			else if (u[0] < 0x80 && u[0] != 0 && !CH_IS_BLANK(u[0]))
				s += 1;
			else if (u[0] >= 0x80 && !text_is_space(text_cp(s, &len)))
				s += len;
			else
				break;
		}
		put(f, run, (size_t)(s - run));
		f->chars += nchars;
		f->line_chars += nchars;
		if (c->emph) {
			f->emph_chars += nchars;
			f->line_emph += nchars;
		}
	}
}

static const char *
attr(const GumboNode *n, const char *name)
{
	const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);

	return a ? a->value : NULL;
}

/* ---- marks: what may tell one option of a choice list from another ---- */

/* value lower-cased, white space collapsed to one space and trimmed, cut
 * at HTML_MARK_VALUE_BYTES - 1. */
static char *
mark_value(const char *s, size_t n)
{
	char *v = xmalloc(HTML_MARK_VALUE_BYTES), *o = v;
	int space = 0;

	for (size_t i = 0; i < n && s[i] && o < v + HTML_MARK_VALUE_BYTES - 1; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
			space = o > v;
			continue;
		}
		if (space && o < v + HTML_MARK_VALUE_BYTES - 2)
			*o++ = ' ';
		space = 0;
		*o++ = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
	}
	*o = 0;
	return v;
}

static void
add_mark(struct flattener *f, struct context *c, enum hmark_kind kind, const char *s, size_t n)
{
	struct hmark *m;

	if (f->doc->marks.n >= HTML_MAX_MARKS)
		return;
	m = VEC_PUSH(&f->doc->marks);
	m->parent = c->mark;
	m->kind = (unsigned char)kind;
	m->value = mark_value(s, n);
	c->mark = (unsigned)(f->doc->marks.n - 1);
}

/* One declaration of an inline style ("color: red"): the property name
 * decides the mark. */
static void
style_decl(struct flattener *f, struct context *c, const char *d, size_t n)
{
	static const struct {
		const char *prop;
		enum hmark_kind kind;
	} props[] = {
		{ "color", HM_COLOR },
		{ "background-color", HM_BG },
		{ "background", HM_BG },
		{ "font-weight", HM_EMPH },
	};
	const char *colon = memchr(d, ':', n), *v;
	char *name;

	if (colon == NULL)
		return;
	name = mark_value(d, (size_t)(colon - d));
	v = colon + 1;
	n -= (size_t)(v - d);
	while (n > 0 && (*v == ' ' || *v == '\t'))
		v++, n--;
	for (size_t i = 0; i < sizeof props / sizeof *props; i++) {
		if (strcmp(name, props[i].prop) != 0)
			continue;
		if (props[i].kind != HM_EMPH)
			add_mark(f, c, props[i].kind, v, n);
		else if (text_starts(v, "bold") ||
		         (n >= 3 && v[0] >= '6' && v[0] <= '9' && v[1] == '0' && v[2] == '0'))
			add_mark(f, c, HM_EMPH, "b", 1);
		break;
	}
	free(name);
}

/* The marks an element adds: its class, id, style (whole and by
 * declaration), colour attributes, and emphasis. */
static void
element_marks(struct flattener *f, const GumboNode *n, GumboTag tag, unsigned what,
              struct context *c)
{
	const GumboVector *attrs = &n->v.element.attributes;

	if (what & EL_EMPH)
		add_mark(f, c, HM_EMPH, "b", 1);
	for (unsigned i = 0; i < attrs->length; i++) {
		const GumboAttribute *a = attrs->data[i];
		const char *v = a->value;
		if (strcmp(a->name, "class") == 0 && *v)
			add_mark(f, c, HM_CLASS, v, strlen(v));
		else if (strcmp(a->name, "id") == 0 && *v)
			add_mark(f, c, HM_ID, v, strlen(v));
		else if (strcmp(a->name, "color") == 0 && tag == GUMBO_TAG_FONT)
			add_mark(f, c, HM_COLOR, v, strlen(v));
		else if (strcmp(a->name, "bgcolor") == 0)
			add_mark(f, c, HM_BG, v, strlen(v));
		else if (strcmp(a->name, "style") == 0 && *v) {
			add_mark(f, c, HM_STYLE, v, strlen(v));
			for (const char *d = v; *d;) {
				size_t len = strcspn(d, ";");
				style_decl(f, c, d, len);
				d += len + (d[len] == ';');
			}
		}
	}
}

static int
is_spacer(const GumboNode *n)
{
	const char *w = attr(n, "width"), *h = attr(n, "height");

	return (w && (strcmp(w, "0") == 0 || strcmp(w, "1") == 0)) ||
	       (h && (strcmp(h, "0") == 0 || strcmp(h, "1") == 0));
}

/* An image's file name ("../img/Sel_On.GIF?x" -> "sel_on"), then its
 * class: what the image says when it has no alt. */
static char *
image_key(const GumboNode *n)
{
	const char *src = attr(n, "src"), *cls = attr(n, "class"), *base, *dot;
	size_t len;
	char *name, *key;

	if (src == NULL && cls == NULL)
		return NULL;
	if (src == NULL)
		src = "";
	len = strcspn(src, "?#");
	for (base = src + len; base > src && base[-1] != '/' && base[-1] != '\\';)
		base--;
	len -= (size_t)(base - src);
	for (dot = base + len; dot > base && dot[-1] != '.';)
		dot--;
	if (dot > base)
		len = (size_t)(dot - 1 - base);
	name = mark_value(base, len);
	if (cls == NULL)
		return name;
	key = mark_value(cls, strlen(cls));
	name = xrealloc(name, strlen(name) + strlen(key) + 2);
	memmove(name + strlen(name) + 1, key, strlen(key) + 1);
	name[strlen(name)] = ' ';
	free(key);
	return name;
}

static void
add_image(struct flattener *f, const struct context *c, const GumboNode *n)
{
	const char *alt = attr(n, "alt");
	char *clean;

	if (is_spacer(n))
		return;
	if (f->breaks >= 2)
		flush(f, c);
	if (f->breaks == 1 && f->text.len > 0) {
		new_line(f); /* the image belongs to the new line */
		f->breaks = 0;
		f->pending_space = 0;
	}
	f->nimg++;
	*VEC_PUSH(&f->imgpos) = f->text.len;
	*VEC_PUSH(&f->imgalt) = NULL;
	if (n->v.element.tag == GUMBO_TAG_INPUT) {
		*VEC_PUSH(&f->imgsrc) = xstrdup(attr(n, "checked") ? "checked" : "unchecked");
		return;
	}
	if (n->v.element.tag == GUMBO_TAG_OPTION) {
		*VEC_PUSH(&f->imgsrc) = xstrdup(attr(n, "selected") ? "checked" : "unchecked");
		return;
	}
	*VEC_PUSH(&f->imgsrc) = image_key(n);
	if (alt == NULL)
		return;
	clean = text_clean(alt);
	if (*clean)
		f->imgalt.v[f->imgalt.n - 1] = xstrdup(clean);
	if (*clean) {
		if (f->alt.len)
			buf_putc(&f->alt, ' ');
		buf_puts(&f->alt, clean);
	}
	free(clean);
}

static int
emphasizing(const GumboNode *n, GumboTag tag, unsigned what)
{
	const char *style;

	if (what & EL_EMPH)
		return 1;
	if (tag == GUMBO_TAG_FONT && attr(n, "color") != NULL)
		return 1;
	if (tag == GUMBO_TAG_SPAN && (style = attr(n, "style")) != NULL &&
	    (strstr(style, "bold") || strstr(style, "color")))
		return 1;
	return 0;
}

/*
 * Class and id words that name page furniture.  A word matches a token of
 * the attribute (split at anything not a letter or digit, case folded) at
 * its start or its end: "nav" matches nav, navi, gnav, globalnav, "navi"
 * gnavi; "menu" leftmenu, menubar.  Weak words (side, header) mark a block only with other
 * evidence (extract_furniture.c): a side column or a page header may hold
 * the bulletin's own attribute table.
 */
static const struct {
	const char *word;
	unsigned flag;
} furniture_words[] = {
	{ "nav", HB_NAVCLASS },        { "navi", HB_NAVCLASS },    { "menu", HB_NAVCLASS },
	{ "breadcrumb", HB_NAVCLASS }, { "pankuzu", HB_NAVCLASS }, { "topicpath", HB_NAVCLASS },
	{ "footer", HB_NAVCLASS },     { "banner", HB_NAVCLASS },  { "copyright", HB_NAVCLASS },
	{ "pagetop", HB_NAVCLASS },    { "side", HB_SIDECLASS },   { "header", HB_SIDECLASS },
};

static int
is_alnum(unsigned char ch)
{
	return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/* The HB_NAVCLASS / HB_SIDECLASS flags that a class or id value names. */
static unsigned
furniture_class(const char *v)
{
	unsigned flags = 0;

	while (v && *v) {
		size_t n = 0;
		while (*v && !is_alnum((unsigned char)*v))
			v++;
		while (is_alnum((unsigned char)v[n]))
			n++;
		for (size_t k = 0; n > 0 && k < sizeof furniture_words / sizeof *furniture_words;
		     k++) {
			size_t wl = strlen(furniture_words[k].word);
			if (n >= wl &&
			    (ascii_ncasecmp(v, furniture_words[k].word, wl) == 0 ||
			     ascii_ncasecmp(v + n - wl, furniture_words[k].word, wl) == 0))
				flags |= furniture_words[k].flag;
		}
		v += n;
	}
	return flags;
}

/* The flags that an element's class and id attributes name. */
static unsigned
furniture_attrs(const GumboVector *attrs)
{
	unsigned flags = 0;

	for (unsigned i = 0; i < attrs->length; i++) {
		const GumboAttribute *a = attrs->data[i];
		if (ascii_casecmp(a->name, "class") == 0 || ascii_casecmp(a->name, "id") == 0)
			flags |= furniture_class(a->value);
	}
	return flags;
}

struct walk {
	struct flattener f;
	VEC(struct frame) stack;
};

static void
open_link(struct walk *w, struct frame *fr, const char *href)
{
	struct flattener *f = &w->f;
	VEC_PUSH(&f->open_links);
	f->open_links.v[f->open_links.n - 1].start = f->text.len;
	f->open_links.v[f->open_links.n - 1].alt_start = f->alt.len;
	f->open_links.v[f->open_links.n - 1].block = f->block_serial;
	f->open_links.v[f->open_links.n - 1].href = xstrdup(href);
	strlist_add(&f->doc->hrefs, href);
	fr->link = (long)f->open_links.n - 1;
}

static void
close_link(struct walk *w, struct frame *fr)
{
	struct flattener *f = &w->f;
	size_t i = (size_t)fr->link, start, alt_start;
	int same = f->open_links.v[i < f->open_links.n ? i : 0].block == f->block_serial;
	struct hlink *l;

	if (i >= f->open_links.n)
		return;
	start = same ? f->open_links.v[i].start : 0;
	if (start > f->text.len)
		start = 0;
	/* the alt of the link's own images, not of every image of the block
	 * before it: 100 000 empty links after one 4 KB alt took 400 MB */
	alt_start = same ? f->open_links.v[i].alt_start : 0;
	if (alt_start > f->alt.len)
		alt_start = 0;
	l = VEC_PUSH(&f->links);
	l->href = f->open_links.v[i].href;
	l->text = text_clean_n(f->text.data ? f->text.data + start : "", f->text.len - start);
	if (*l->text == 0 && f->alt.len > alt_start) {
		free(l->text);
		l->text = text_clean_n(f->alt.data + alt_start, f->alt.len - alt_start);
	}
	f->open_links.n = i;
}

/* The box of a serial, the array grown (zeroed) to hold it. */
static struct hbox *
box_at(struct flattener *f, unsigned serial)
{
	while (f->doc->boxes.n <= serial)
		VEC_PUSH(&f->doc->boxes);
	return &f->doc->boxes.v[serial];
}

/* 1 when a rel attribute (space-separated tokens) names "next" or "prev". */
static int
rel_is_paging(const char *rel)
{
	static const char *const paging[] = { "next", "prev", "previous" };

	while (rel && *rel) {
		size_t n;
		rel += strspn(rel, " \t\n\f\r");
		n = strcspn(rel, " \t\n\f\r");
		for (size_t i = 0; n && i < sizeof paging / sizeof *paging; i++)
			if (strlen(paging[i]) == n && ascii_ncasecmp(rel, paging[i], n) == 0)
				return 1;
		rel += n;
	}
	return 0;
}

/* Entering an element: update the context of its frame; returns 0 to skip it. */
static int
enter(struct walk *w, struct frame *fr)
{
	const GumboNode *n = fr->node;
	GumboTag tag = n->v.element.tag;
	unsigned what = element_what[tag];
	struct context *c = &fr->ctx;
	struct flattener *f = &w->f;
	const char *href, *type;

	fr->what = what;
	if (what & EL_SKIP) {
		if (tag == GUMBO_TAG_HEAD)
			return 1; /* its <title> is read; the rest is skipped below */
		return 0;
	}
	if (tag == GUMBO_TAG_TITLE) {
		if (f->doc->title == NULL && n->v.element.children.length > 0) {
			const GumboNode *t = n->v.element.children.data[0];
			if (t->type == GUMBO_NODE_TEXT)
				f->doc->title = text_clean(t->v.text.text);
		}
		return 0;
	}
	if (what & EL_BLOCK)
		flush(f, c);
	fr->mark0 = c->mark;
	fr->block0 = f->block_serial;
	element_marks(f, n, tag, what, c);
	if (emphasizing(n, tag, what))
		c->emph++;
	if (what & EL_HEAD) /* GUMBO_TAG_H1 … H6 are consecutive */
		c->heading = (unsigned)(tag - GUMBO_TAG_H1) + 1;
	if (n->v.element.attributes.length > 0) {
		unsigned fl = furniture_attrs(&n->v.element.attributes);
		if (fl & HB_NAVCLASS)
			c->navclass = 1;
		if (fl & HB_SIDECLASS)
			c->sideclass = 1;
	}
	switch (tag) {
	case GUMBO_TAG_TABLE: {
		unsigned parent = c->cell ? c->cell : c->table ? box_at(f, c->table)->parent : 0;
		struct hbox *bx;
		if (c->cell)
			*VEC_PUSH(&f->layout_cells) = c->cell;
		c->table = ++f->serial;
		bx = box_at(f, c->table);
		bx->parent = parent;
		bx->start = f->doc->blocks.n;
		c->depth++;
		c->row = c->cell = c->col = 0;
		c->th = 0;
		break;
	}
	case GUMBO_TAG_TR:
		c->row = ++f->serial;
		box_at(f, c->row);
		c->cell = 0;
		fr->ctx.next_col = 0;
		c->row_frame = (size_t)(fr - w->stack.v);
		break;
	case GUMBO_TAG_TD:
	case GUMBO_TAG_TH: {
		struct hbox *bx;
		c->cell = ++f->serial;
		bx = box_at(f, c->cell);
		bx->parent = c->table ? f->doc->boxes.v[c->table].parent : 0;
		bx->row = c->row;
		bx->table = c->table;
		bx->start = f->doc->blocks.n;
		if (c->row && c->row_frame < w->stack.n)
			c->col = w->stack.v[c->row_frame].ctx.next_col++;
		c->th = tag == GUMBO_TAG_TH;
		break;
	}
	case GUMBO_TAG_LI:
		c->li = ++f->serial;
		box_at(f, c->li);
		break;
	case GUMBO_TAG_DT:
		c->dt = 1;
		break;
	case GUMBO_TAG_DD:
		c->dd = ++f->serial;
		box_at(f, c->dd);
		break;
	case GUMBO_TAG_PRE:
	case GUMBO_TAG_XMP:
	case GUMBO_TAG_LISTING:
	case GUMBO_TAG_PLAINTEXT:
		c->pre = 1;
		break;
	case GUMBO_TAG_BR:
		f->breaks++;
		break;
	case GUMBO_TAG_HR:
		f->hr = 1;
		break;
	case GUMBO_TAG_IMG:
		add_image(f, c, n);
		break;
	case GUMBO_TAG_INPUT:
		/* a radio button or check box is a marker, like an image */
		if ((type = attr(n, "type")) != NULL &&
		    (ascii_casecmp(type, "radio") == 0 || ascii_casecmp(type, "checkbox") == 0))
			add_image(f, c, n);
		break;
	case GUMBO_TAG_OPTION:
		/* an option of a <select> is a line with its marker, as a
		 * radio button: selected or not */
		f->breaks++;
		add_image(f, c, n);
		break;
	case GUMBO_TAG_A:
		if ((href = attr(n, "href")) != NULL) {
			open_link(w, fr, href);
			if (rel_is_paging(attr(n, "rel")))
				strlist_add(&f->doc->rel_hrefs, href);
		}
		break;
	default:
		break;
	}
	return 1;
}

/* A row ends: an empty marked cell not followed by a block of its row
 * goes with the last block of the row. */
static void
cellkey_settle(struct flattener *f)
{
	struct hblock *last = f->doc->blocks.n ? &f->doc->blocks.v[f->doc->blocks.n - 1] : NULL;

	if (f->cellkey == NULL)
		return;
	if (last && last->row == f->cellrow && last->cellkey == NULL)
		last->cellkey = f->cellkey;
	else
		free(f->cellkey);
	f->cellkey = NULL;
}

/* A cell left empty (no text, no image) that carries marks of its own
 * (<td class="sel">&nbsp;</td>, a coloured cell): a marker drawn by CSS.
 * Its marks' values, joined, wait for the next block of its row. */
static void
empty_cell(struct flattener *f, const struct frame *fr)
{
	char key[HTML_MARK_VALUE_BYTES];
	size_t len = 0;

	cellkey_settle(f);
	key[0] = 0;
	for (unsigned m = fr->ctx.mark; m != fr->mark0 && m != 0 && m < f->doc->marks.n;
	     m = f->doc->marks.v[m].parent) {
		const char *v = f->doc->marks.v[m].value;
		size_t n = strlen(v);
		if (len + n + 2 > sizeof key)
			break;
		if (len)
			key[len++] = ' ';
		memcpy(key + len, v, n + 1);
		len += n;
	}
	f->cellkey = xstrdup(key);
	f->cellrow = fr->ctx.row;
}

static void
leave(struct walk *w, struct frame *fr)
{
	GumboTag tag = fr->node->v.element.tag;

	if (fr->link >= 0)
		close_link(w, fr);
	if (fr->what & EL_BLOCK)
		flush(&w->f, &fr->ctx);
	if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && w->f.block_serial == fr->block0 &&
	    fr->ctx.mark != fr->mark0)
		empty_cell(&w->f, fr);
	else if (tag == GUMBO_TAG_TR || tag == GUMBO_TAG_TABLE)
		cellkey_settle(&w->f);
	switch (tag) {
	case GUMBO_TAG_TABLE:
		w->f.doc->boxes.v[fr->ctx.table].end = w->f.doc->blocks.n;
		break;
	case GUMBO_TAG_TD:
	case GUMBO_TAG_TH:
		w->f.doc->boxes.v[fr->ctx.cell].end = w->f.doc->blocks.n;
		break;
	default:
		break;
	}
}

static void
push(struct walk *w, const GumboNode *n, const struct context *ctx)
{
	struct frame *fr = VEC_PUSH(&w->stack);

	fr->node = n;
	fr->next_child = 0;
	fr->link = -1;
	fr->ctx = *ctx;
}

static void
walk_tree(struct walk *w, const GumboNode *root)
{
	struct context top = { 0 };

	push(w, root, &top);
	while (w->stack.n > 0) {
		struct frame *fr = &w->stack.v[w->stack.n - 1];
		const GumboNode *n = fr->node;
		const GumboVector *kids;

		if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
		    n->type == GUMBO_NODE_CDATA) {
			add_text(&w->f, &fr->ctx, n->v.text.text);
			w->stack.n--;
			continue;
		}
		if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) {
			w->stack.n--;
			continue;
		}
		kids = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children
		                                      : &n->v.element.children;
		if (fr->next_child == 0 && n->type == GUMBO_NODE_ELEMENT && !enter(w, fr)) {
			w->stack.n--;
			continue;
		}
		if (fr->next_child < kids->length) {
			struct context ctx = fr->ctx;
			const GumboNode *kid = kids->data[fr->next_child++];
			push(w, kid, &ctx);
			continue;
		}
		if (n->type == GUMBO_NODE_ELEMENT)
			leave(w, fr);
		w->stack.n--;
	}
}

/* Flag the blocks of cells that hold tables (known only once walked). */
static void
mark_layout(struct flattener *f)
{
	unsigned char *is_layout;

	if (f->layout_cells.n == 0)
		return;
	is_layout = xcalloc((size_t)f->serial + 1, 1);
	for (size_t i = 0; i < f->layout_cells.n; i++)
		is_layout[f->layout_cells.v[i]] = 1;
	for (size_t i = 0; i < f->doc->blocks.n; i++)
		if (is_layout[f->doc->blocks.v[i].cell])
			f->doc->blocks.v[i].flags |= HB_LAYOUT;
	free(is_layout);
	free(f->layout_cells.v);
}

/* Whether the source closes its document: an end tag </body or </html
 * anywhere (any case), looked for from the end.  A page cut off in
 * transfer or in an archive copy has neither; gumbo closes what is open
 * without saying so. */
static int
source_closed(const char *s, size_t len)
{
	for (size_t i = len >= 6 ? len - 6 + 1 : 0; i-- > 0;)
		if (s[i] == '<' && s[i + 1] == '/' &&
		    (ascii_ncasecmp(s + i + 2, "body", 4) == 0 ||
		     ascii_ncasecmp(s + i + 2, "html", 4) == 0))
			return 1;
	return 0;
}

int
html_flatten(const char *utf8, size_t len, struct hdoc *doc, char *err, size_t errlen)
{
	GumboOptions opts = kGumboDefaultOptions;
	GumboOutput *out;
	struct walk w;
	struct context none = { 0 };

	element_table_init();
	memset(doc, 0, sizeof *doc);
	opts.max_errors = HF_GUMBO_MAX_ERRORS;
	opts.allocator = gumbo_alloc;
	opts.deallocator = gumbo_dealloc;
	out = gumbo_parse_with_options(&opts, utf8, len);
	if (out == NULL) {
		arena_reset();
		snprintf(err, errlen, "the HTML parser returned no document");
		return -1;
	}
	memset(&w, 0, sizeof w);
	w.f.doc = doc;
	buf_init(&w.f.text, HF_MAX_FIELD_BYTES);
	buf_init(&w.f.alt, 4096);
	VEC_PUSH(&doc->marks)->value = xstrdup(""); /* [0]: none */
	walk_tree(&w, out->document);
	flush(&w.f, &none);
	free(w.f.cellkey);
	mark_layout(&w.f);
	for (size_t i = 0; i < w.f.open_links.n; i++)
		free(w.f.open_links.v[i].href);
	free(w.f.open_links.v);
	free(w.f.links.v);
	free(w.f.imgpos.v);
	free(w.f.imgalt.v);
	free(w.f.imgsrc.v);
	free(w.f.runs.v);
	free(w.f.line_flags.v);
	buf_free(&w.f.text);
	buf_free(&w.f.alt);
	free(w.stack.v);
	gumbo_done(&opts, out);
	doc->unclosed = !source_closed(utf8, len);
	return 0;
}

void
hdoc_free(struct hdoc *doc)
{
	strlist_free(&doc->hrefs);
	strlist_free(&doc->rel_hrefs);
	for (size_t i = 0; i < doc->blocks.n; i++) {
		struct hblock *b = &doc->blocks.v[i];
		free(b->text);
		free(b->alt);
		free(b->imgpos);
		for (unsigned k = 0; k < b->nimg; k++) {
			free(b->imgalt[k]);
			free(b->imgsrc[k]);
		}
		free(b->imgalt);
		free(b->imgsrc);
		free(b->runs);
		free(b->cellkey);
		free(b->line_emph);
		for (size_t j = 0; j < b->links.n; j++) {
			free(b->links.v[j].text);
			free(b->links.v[j].href);
		}
		free(b->links.v);
	}
	free(doc->blocks.v);
	for (size_t i = 0; i < doc->marks.n; i++)
		free(doc->marks.v[i].value);
	free(doc->marks.v);
	free(doc->boxes.v);
	free(doc->title);
	memset(doc, 0, sizeof *doc);
}

unsigned
html_block_mark_at(const struct hblock *bl, size_t off)
{
	size_t lo = 0, hi = bl->nruns;

	/* the last run starting at or before off */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (bl->runs[mid].off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? (bl->nruns ? bl->runs[0].mark : 0) : bl->runs[lo - 1].mark;
}

void
html_parse_only(const char *utf8, size_t len)
{
	GumboOptions opts = kGumboDefaultOptions;
	GumboOutput *out;

	opts.max_errors = HF_GUMBO_MAX_ERRORS;
	opts.allocator = gumbo_alloc;
	opts.deallocator = gumbo_dealloc;
	out = gumbo_parse_with_options(&opts, utf8, len);
	if (out)
		gumbo_done(&opts, out);
	else
		arena_reset();
}

/* The nodes under n, counted by a walk of the tree. */
static size_t
count_nodes(const GumboNode *root)
{
	VEC(const GumboNode *) st = { 0 };
	size_t n = 0;

	*VEC_PUSH(&st) = root;
	while (st.n > 0) {
		const GumboNode *x = st.v[--st.n];
		const GumboVector *kids = x->type == GUMBO_NODE_DOCUMENT  ? &x->v.document.children
		                          : x->type == GUMBO_NODE_ELEMENT ? &x->v.element.children
		                                                          : NULL;
		n++;
		for (unsigned i = 0; kids && i < kids->length; i++)
			*VEC_PUSH(&st) = kids->data[i];
	}
	free(st.v);
	return n;
}

size_t
html_parse_plain(const char *utf8, size_t len)
{
	GumboOutput *out = gumbo_parse_with_options(&kGumboDefaultOptions, utf8, len);
	size_t n;

	if (out == NULL)
		return 0;
	n = count_nodes(out->document);
	gumbo_destroy_output(&kGumboDefaultOptions, out);
	return n;
}
