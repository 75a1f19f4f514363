/*
 * extract_choice.c — choice lists (深刻度, 対象環境): which options a page
 * marks as chosen.  See ex_choice_read() in extract.h.
 *
 * The rule is the odd one out, not a list of templates.  Each option gets
 * one feature per dimension (a leading symbol, a word after it, the images
 * and inputs that go with it, an empty marked cell beside it, and the class, id, colour,
 * background, emphasis and style of the elements that enclose it and not every other option).  The
 * first dimension in which the options differ decides: those whose feature says "on" (vocabulary),
 * or those not saying "off", or the ones that carry something where the others carry nothing, or
 * the smaller of two groups.  When no dimension differs, what all carry decides (all "on": all
 * chosen; all "off": none), else the one option printed.
 */
#include "parse/extract.h"
#include "parse/text.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CAND  32 /* options read from one list */
#define MAX_CHAIN 24 /* enclosing marks looked at per option */
#define CAND_IMGS 4  /* images that go with one option */
#define SIG_BYTES 96 /* a feature as compared */

/* Leading symbols that mark an option as chosen, or explicitly not. */
static const char *const marks_on[] = {
	"●",  "◎", "◉",     "→",   "⇒",   "▶",   "►",   "★",   "■",   "◆",   "☑",   "✓",   "✔",
	"レ", "*", FW_STAR, "[x]", "[X]", "[*]", "[✓]", "[●]", "(*)", "(x)", "(X)", "(●)",
};
static const char *const marks_off[] = {
	"○", "〇", "◯", "・", "□", "☐", "◇", "☆", "[ ]", "[]", "[　]", "( )", "()", "(　)",
};
/* Whole image alt texts with the same meanings. */
static const char *const alts_on[] = {
	"●", "◎", "→", "⇒", "選択", "選択中", "該当",     "レ",      "✓",
	"✔", "*", "■", "◆", "★",    "on",     "selected", "checked", "yes",
};
static const char *const alts_off[] = {
	"○", "〇", "・", "□", "◇", "☆", "未選択", "非該当", "off", "-", FW_HYPHEN,
};
/* Words of class names, ids and image file names ("sel_on", "nosel"),
 * split at anything not a letter.  An "off" word wins ("check_off"). */
static const char *const words_on[] = {
	"on",    "sel",    "select", "selected", "active", "current",   "cur",    "checked",
	"check", "chk",    "hit",    "mark",     "marked", "arrow",     "dot",    "now",
	"yes",   "chosen", "choice", "here",     "true",   "highlight", "hilite", "em",
};
static const char *const words_off[] = {
	"off",   "nosel",       "noselect", "unselected", "unsel",  "notselected", "inactive",
	"none",  "no",          "not",      "blank",      "spacer", "space",       "dummy",
	"clear", "transparent", "empty",    "dim",        "gray",   "grey",        "disabled",
	"false", "unchecked",   "nocheck",  "null",       "nil",
};
/* A word printed after an option, or in a cell beside it. */
static const char *const after_off[] = { "非該当", "対象外", "該当なし", "該当しない", "該当せず" };
static const char *const after_on[] = { "該当", "対象", "←" };

static int
in_list(const char *s, const char *const *list, size_t n, int prefix)
{
	for (size_t i = 0; i < n; i++)
		if (prefix ? text_starts(s, list[i]) : ascii_casecmp(s, list[i]) == 0)
			return (int)strlen(list[i]);
	return 0;
}
#define IN(s, list, prefix) in_list(s, list, sizeof list / sizeof *list, prefix)

/* What the words of s say: 1 on, -1 off (wins), 0 nothing known. */
static int
words_pol(const char *s)
{
	int pol = 0;

	while (*s) {
		char w[32];
		size_t n = 0;
		while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
			s++;
		while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')) {
			if (n < sizeof w - 1)
				w[n++] = *s;
			s++;
		}
		w[n] = 0;
		if (n == 0)
			break;
		if (IN(w, words_off, 0))
			return -1;
		if (IN(w, words_on, 0))
			pol = 1;
	}
	return pol;
}

/* A word after an option: 1 該当/対象, -1 非該当/対象外, 0 none. */
static int
after_pol(const char *s)
{
	for (size_t i = 0; i < sizeof after_off / sizeof *after_off; i++)
		if (strstr(s, after_off[i]))
			return -1;
	for (size_t i = 0; i < sizeof after_on / sizeof *after_on; i++)
		if (strstr(s, after_on[i]))
			return 1;
	return 0;
}

/* ---- colours ---- */

static const struct {
	const char *name;
	unsigned rgb;
} colour_names[] = {
	{ "red", 0xff0000 },       { "crimson", 0xdc143c },   { "maroon", 0x800000 },
	{ "darkred", 0x8b0000 },   { "orange", 0xffa500 },    { "yellow", 0xffff00 },
	{ "blue", 0x0000ff },      { "navy", 0x000080 },      { "green", 0x008000 },
	{ "lime", 0x00ff00 },      { "fuchsia", 0xff00ff },   { "magenta", 0xff00ff },
	{ "purple", 0x800080 },    { "teal", 0x008080 },      { "olive", 0x808000 },
	{ "aqua", 0x00ffff },      { "cyan", 0x00ffff },      { "pink", 0xffc0cb },
	{ "black", 0x000000 },     { "white", 0xffffff },     { "gray", 0x808080 },
	{ "grey", 0x808080 },      { "silver", 0xc0c0c0 },    { "darkgray", 0xa9a9a9 },
	{ "darkgrey", 0xa9a9a9 },  { "lightgray", 0xd3d3d3 }, { "lightgrey", 0xd3d3d3 },
	{ "gainsboro", 0xdcdcdc }, { "dimgray", 0x696969 },   { "whitesmoke", 0xf5f5f5 },
};

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* A colour value (lower case, no spaces: "#f00", "#cc0000", "red",
 * "rgb(255,0,0)") as 0xRRGGBB; -1 when not understood. */
static long
colour_rgb(const char *v)
{
	size_t n = strspn(v, "#0123456789abcdef");
	unsigned rgb = 0;

	for (size_t i = 0; i < sizeof colour_names / sizeof *colour_names; i++)
		if (text_starts(v, colour_names[i].name) &&
		    !(v[strlen(colour_names[i].name)] >= 'a' &&
		      v[strlen(colour_names[i].name)] <= 'z'))
			return colour_names[i].rgb;
	if (text_starts(v, "rgb(")) {
		char *end;
		unsigned c[3];
		const char *p = v + 4;
		for (int k = 0; k < 3; k++) {
			long x = strtol(p, &end, 10);
			if (end == p || x < 0 || x > 255)
				return -1;
			c[k] = (unsigned)x;
			p = end + (*end == ',');
		}
		return (long)(c[0] << 16 | c[1] << 8 | c[2]);
	}
	/* "#rgb", "#rrggbb", or bare "rrggbb" (legacy attributes) */
	if (*v == '#')
		n = strspn(++v, "0123456789abcdef");
	else if (n != 6 || v[6] != 0)
		return -1;
	if (n >= 3 && n < 6) {
		for (int k = 0; k < 3; k++)
			rgb = rgb << 8 | (unsigned)(hexval(v[k]) * 17);
		return rgb;
	}
	if (n >= 6) {
		for (int k = 0; k < 6; k++)
			rgb = rgb << 4 | (unsigned)hexval(v[k]);
		return rgb;
	}
	return -1;
}

/* A text colour: saturated says "on" (red), light grey "off", dark
 * (black) nothing.  A background: saturated or dark "on", white and
 * light grey "off". */
static int
colour_pol(const char *v, int background)
{
	long rgb = colour_rgb(v);
	unsigned r, g, b, hi, lo;

	if (strcmp(v, "transparent") == 0 || strcmp(v, "none") == 0)
		return background ? -1 : 0;
	if (rgb < 0)
		return 0;
	r = (unsigned)rgb >> 16 & 0xff, g = (unsigned)rgb >> 8 & 0xff, b = (unsigned)rgb & 0xff;
	hi = r > g ? (r > b ? r : b) : (g > b ? g : b);
	lo = r < g ? (r < b ? r : b) : (g < b ? g : b);
	if (hi - lo >= 64)
		return 1;
	if (hi >= 0x80)
		return -1;
	return background ? 1 : 0;
}

/* ---- options ---- */

struct cand {
	int value;
	unsigned row;
	size_t block; /* of the option's text; (size_t)-1 none */
	size_t off;   /* the option's byte offset in that text */
	int glyph;    /* leading symbol: 1 on, -1 off */
	int after;    /* word after it: 1 該当, -1 非該当 */
	struct {
		size_t block;
		unsigned k;
	} img[CAND_IMGS];
	unsigned nimg;
};

/* The option whose text is the ASCII word [w, w + len), without case;
 * -1 when none. */
static int
option_word(const char *w, size_t len, const struct option *options, size_t n)
{
	for (size_t i = 0; i < n && len > 0; i++)
		if (strlen(options[i].text) == len && ascii_ncasecmp(w, options[i].text, len) == 0)
			return (int)i;
	return -1;
}

/*
 * Where s names option text: its first occurrence that stands as an
 * option, NULL when none.  A Japanese text stands anywhere.  An English
 * one is a whole word whose neighbouring words, across spaces, are other
 * options or no words ("[x] Server [ ] Client", "Critical (緊急)"), never
 * a word of a product's name ("Windows 2000 Server", "Exchange Server
 * 2003" name software, not the server target).
 */
static const char *
option_in(const char *s, const char *text, const struct option *options, size_t n)
{
	size_t len = strlen(text);

	for (const char *p = strstr(s, text); p; p = strstr(p + 1, text)) {
		const char *q = p, *r = p + len, *w;
		if ((unsigned char)*text >= 0x80)
			return p;
		while (q > s && q[-1] == ' ')
			q--;
		for (w = q; w > s && ascii_isalnum(w[-1]); w--)
			;
		if (w < q && option_word(w, (size_t)(q - w), options, n) < 0)
			continue;
		while (*r == ' ')
			r++;
		for (w = r; ascii_isalnum(*w); w++)
			;
		if (w > r && option_word(r, (size_t)(w - r), options, n) < 0)
			continue;
		return p;
	}
	return NULL;
}

int
ex_option_find(const char *s, const struct option *options, size_t n, size_t *at)
{
	const char *best = NULL;
	int k = -1;

	for (size_t i = 0; i < n; i++) {
		const char *p = option_in(s, options[i].text, options, n);
		if (p && (best == NULL || p < best)) {
			best = p;
			k = (int)i;
		}
	}
	if (best && at)
		*at = (size_t)(best - s);
	return k;
}

/* The option a word of an image's file name names, as a whole word
 * without case ("sev_critical.gif", "kinkyu.gif", "sev1.gif": the file
 * name is split at anything not a letter or digit); -1 when none.  Only
 * the file name counts: the class after it (html.h) is a mark. */
static int
file_name_option(const char *key, const struct option *options, size_t n)
{
	const char *p = key, *end = key + strcspn(key, " ");
	int k;

	while (p < end) {
		size_t len = 0;
		while (p < end && !ascii_isalnum(*p))
			p++;
		while (p + len < end && ascii_isalnum(p[len]))
			len++;
		if ((k = option_word(p, len, options, n)) >= 0)
			return k;
		p += len;
	}
	return -1;
}

/* The option image k of bl names: by its alt text, else (no alt text, or
 * an empty one) by its file name; -1 when it names none. */
static int
image_option(const struct hblock *bl, unsigned k, const struct option *options, size_t n)
{
	const char *alt = bl->imgalt[k];

	if (alt != NULL && *alt)
		return ex_option_find(alt, options, n, NULL);
	return bl->imgsrc[k] ? file_name_option(bl->imgsrc[k], options, n) : -1;
}

/* How many of the options s names. */
static size_t
options_in(const char *s, const struct option *options, size_t n)
{
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		k += option_in(s, options[i].text, options, n) != NULL;
	return k;
}

/* Leading marker symbols of s: 1 on, -1 off, 0 none; *s advanced past them. */
static int
leading_mark(const char **s)
{
	int mark = 0, k;

	for (;;) {
		*s += strspn(*s, " ");
		if (text_starts(*s, FW_SPACE)) {
			*s += strlen(FW_SPACE);
			continue;
		}
		if ((k = IN(*s, marks_on, 1)) > 0)
			mark = 1;
		else if ((k = IN(*s, marks_off, 1)) > 0)
			mark = -1;
		else
			return mark;
		*s += k;
	}
}

/* s past a label before the option at s + at ("【深刻度】●1(緊急)",
 * "対象環境:サーバ"): after the last 】 or colon before it. */
static const char *
past_label(const char *s, size_t at)
{
	static const char *const ends[] = { "】", ":", FW_COLON };
	const char *p = s;

	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
		for (const char *e = strstr(s, ends[i]); e && e < s + at;
		     e = strstr(e + 1, ends[i]))
			if (e + strlen(ends[i]) > p)
				p = e + strlen(ends[i]);
	return p;
}

/* A text that is only a marker (a cell "●", "該当", "(該当)"): its
 * polarity, 0 when it is anything else. */
static int
marker_text(const char *s)
{
	const char *p = s;
	int glyph = leading_mark(&p);

	if (*p == 0)
		return glyph;
	if (strlen(p) > 24)
		return 0;
	return after_pol(p);
}

static void
cand_image(struct cand *c, size_t block, unsigned k)
{
	if (c->nimg < CAND_IMGS) {
		c->img[c->nimg].block = block;
		c->img[c->nimg].k = k;
		c->nimg++;
	}
}

/* A marker item (an image-only block, or a cell "●" / "該当") goes with
 * option c. */
static void
cand_attach(struct cand *c, const struct line_index *pg, size_t item)
{
	const struct hblock *bl = ex_item_block(pg, item);
	const char *text = pg->items.v[item].text;
	int pol;

	if (bl->text[0] == 0) {
		for (unsigned k = 0; k < bl->nimg; k++)
			cand_image(c, pg->items.v[item].block, k);
		return;
	}
	pol = marker_text(text);
	if (leading_mark(&text) != 0) {
		if (c->glyph == 0)
			c->glyph = pol;
	} else if (c->after == 0) {
		c->after = pol;
	}
}

static struct cand *
cand_new(struct cand *c, size_t *n, int value, const struct line_index *pg, size_t item, size_t off)
{
	struct cand *x = &c[(*n)++];

	memset(x, 0, sizeof *x);
	x->value = value;
	x->row = ex_item_block(pg, item)->row;
	x->block = pg->items.v[item].block;
	x->off = pg->items.v[item].off + off;
	return x;
}

/* Images standing in the line [off, off + len] of the block go with the
 * first option of [first, n) at or after them, else with the last. */
static void
line_images(const struct hblock *bl, size_t block, size_t off, size_t len, struct cand *c,
            size_t first, size_t n)
{
	for (unsigned k = 0; k < bl->nimg && n > first; k++) {
		size_t i;
		if (bl->imgpos[k] < off || bl->imgpos[k] > off + len)
			continue;
		for (i = first; i < n - 1 && c[i].off < bl->imgpos[k]; i++)
			;
		cand_image(&c[i], block, k);
	}
}

/* Several options printed on one line ("→1(緊急) 2(重要) ..."): each word
 * is read with its own leading marker, a marker word alone goes with the
 * option before it (該当) or after it (●).  Returns the options added, 0
 * when the line names fewer than two (then it is read as a whole). */
static size_t
choice_words(const struct line_index *pg, size_t item, const struct option *options,
             size_t noptions, struct cand *c, size_t n, size_t room)
{
	const char *line = pg->items.v[item].text;
	char *copy = xstrdup(line), *w;
	size_t found = 0, first = n, at;
	int glyph = 0;

	for (w = copy; *w; w++) /* full-width spaces split too */
		if (text_starts(w, FW_SPACE))
			memset(w, ' ', strlen(FW_SPACE));
	for (w = copy; *w;) {
		size_t len = strcspn(w, " ");
		char save = w[len];
		w[len] = 0;
		found += ex_option_find(w, options, noptions, NULL) >= 0;
		w[len] = save;
		w += len + strspn(w + len, " ");
	}
	for (w = copy; found >= 2 && *w && n < room;) {
		size_t len = strcspn(w, " ");
		char save = w[len];
		const char *q = w;
		int mark, k;
		w[len] = 0;
		if (ex_option_find(q, options, noptions, &at) >= 0)
			q = past_label(q, at);
		mark = leading_mark(&q);
		if ((k = ex_option_find(q, options, noptions, &at)) >= 0) {
			struct cand *x = cand_new(c, &n, options[k].value, pg, item,
			                          (size_t)(q - copy) + at);
			x->glyph = mark ? mark : glyph;
			x->after = after_pol(q + at + strlen(options[k].text));
			glyph = 0;
		} else if (*q == 0) {
			glyph = mark;
		} else if (n > first && c[n - 1].after == 0) {
			c[n - 1].after = after_pol(q);
		}
		w[len] = save;
		w += len + strspn(w + len, " ");
	}
	free(copy);
	if (found < 2)
		return 0;
	line_images(ex_item_block(pg, item), pg->items.v[item].block, pg->items.v[item].off,
	            strlen(line), c, first, n);
	return n - first;
}

/* ---- features ---- */

enum dim {
	D_GLYPH,
	D_AFTER,
	D_IMAGE,
	D_CELL,
	D_CLASS,
	D_ID,
	D_COLOUR,
	D_BG,
	D_EMPH,
	D_STYLE,
	D_COUNT
};

/* For the warnings: what a dimension is, as a page shows it. */
static const char *const dim_name[D_COUNT] = {
	"symbol", "word after it",     "image",    "marker cell", "class", "id",
	"colour", "background colour", "emphasis", "style",
};

struct feat {
	int pol;             /* 1 says chosen, -1 says not, 0 nothing */
	char sig[SIG_BYTES]; /* compared between options; "" none */
};

static void
sig_add(struct feat *f, const char *s)
{
	size_t n = strlen(f->sig);

	if (n && n < SIG_BYTES - 1)
		f->sig[n++] = ' ';
	for (; *s && n < SIG_BYTES - 1; s++)
		f->sig[n++] = *s;
	f->sig[n] = 0;
}

/* The marks around an option, innermost first. */
static size_t
cand_chain(const struct line_index *pg, const struct cand *c, unsigned *chain)
{
	size_t n = 0;
	unsigned m;

	if (c->block == (size_t)-1)
		return 0;
	m = html_block_mark_at(&pg->doc->blocks.v[c->block], c->off);
	for (; m != 0 && n < MAX_CHAIN; m = pg->doc->marks.v[m].parent)
		chain[n++] = m;
	return n;
}

static int
chain_has(const unsigned *chain, size_t n, unsigned m)
{
	for (size_t i = 0; i < n; i++)
		if (chain[i] == m)
			return 1;
	return 0;
}

static void
image_feat(const struct line_index *pg, const struct cand *c, struct feat *f)
{
	int on = 0, off = 0;

	for (unsigned i = 0; i < c->nimg; i++) {
		const struct hblock *bl = &pg->doc->blocks.v[c->img[i].block];
		const char *alt = bl->imgalt[c->img[i].k], *key = bl->imgsrc[c->img[i].k];
		int pol = 0;
		if (alt && IN(alt, alts_on, 0))
			pol = 1;
		else if (alt && IN(alt, alts_off, 0))
			pol = -1;
		else if (key)
			pol = words_pol(key);
		on |= pol > 0;
		off |= pol < 0;
		sig_add(f, alt ? alt : key && *key ? key : "img");
	}
	f->pol = on ? 1 : off ? -1 : 0;
}

/* The marks around option c that do not enclose every option. */
static void
mark_feats(const struct line_index *pg, const unsigned *chain, size_t n, const unsigned *common,
           size_t ncommon, struct feat *f)
{
	for (size_t i = n; i-- > 0;) {
		const struct hmark *m = &pg->doc->marks.v[chain[i]];
		int pol = 0;
		enum dim d;
		if (chain_has(common, ncommon, chain[i]))
			continue;
		switch (m->kind) {
		case HM_CLASS:
			d = D_CLASS;
			pol = words_pol(m->value);
			break;
		case HM_ID:
			d = D_ID;
			pol = words_pol(m->value);
			break;
		case HM_COLOR:
			d = D_COLOUR;
			pol = colour_pol(m->value, 0);
			break;
		case HM_BG:
			d = D_BG;
			pol = colour_pol(m->value, 1);
			break;
		case HM_EMPH:
			d = D_EMPH;
			pol = 1;
			break;
		default:
			d = D_STYLE;
			break;
		}
		sig_add(&f[d], m->value);
		if (pol < 0 || (pol > 0 && f[d].pol == 0))
			f[d].pol = pol;
		if (d != D_CLASS && d != D_ID && pol != 0)
			f[d].pol = pol; /* the innermost colour counts */
	}
}

static void
cand_feats(const struct line_index *pg, const struct cand *c, size_t n, struct feat (*f)[D_COUNT])
{
	unsigned chain[MAX_CAND][MAX_CHAIN], common[MAX_CHAIN];
	size_t len[MAX_CAND], ncommon = 0;

	for (size_t i = 0; i < n; i++)
		len[i] = cand_chain(pg, &c[i], chain[i]);
	/* marks around every option (the cell of the whole list) tell nothing */
	for (size_t k = 0; n > 0 && k < len[0]; k++) {
		size_t i = 1;
		while (i < n && chain_has(chain[i], len[i], chain[0][k]))
			i++;
		if (i == n)
			common[ncommon++] = chain[0][k];
	}
	memset(f, 0, n * sizeof *f);
	for (size_t i = 0; i < n; i++) {
		f[i][D_GLYPH].pol = c[i].glyph;
		sig_add(&f[i][D_GLYPH], c[i].glyph > 0 ? "on" : c[i].glyph < 0 ? "off" : "");
		f[i][D_AFTER].pol = c[i].after;
		sig_add(&f[i][D_AFTER], c[i].after > 0 ? "on" : c[i].after < 0 ? "off" : "");
		image_feat(pg, &c[i], &f[i][D_IMAGE]);
		if (c[i].block != (size_t)-1 && pg->doc->blocks.v[c[i].block].cellkey) {
			const char *key = pg->doc->blocks.v[c[i].block].cellkey;
			f[i][D_CELL].pol = words_pol(key) ? words_pol(key) : colour_pol(key, 1);
			sig_add(&f[i][D_CELL], key);
		}
		mark_feats(pg, chain[i], len[i], common, ncommon, f[i]);
		/* light text on a background that says chosen is its contrast
		 * (white on orange), not a text colour saying "not chosen" */
		if ((f[i][D_BG].pol > 0 || f[i][D_CELL].pol > 0) && f[i][D_COLOUR].pol < 0)
			f[i][D_COLOUR].pol = 0;
	}
}

/* ---- deciding ---- */

/* Every space-separated word of a is one of b's, and b has more: b is a
 * with something added ("mark" and "mark sel"). */
static int
words_within(const char *a, const char *b)
{
	size_t na = 0, nb = 0;

	for (const char *p = a; *p; p += strcspn(p, " "), p += *p == ' ') {
		size_t len = strcspn(p, " ");
		const char *q = b;
		na++;
		while (*q && !(strncmp(q, p, len) == 0 && (q[len] == ' ' || q[len] == 0)))
			q += strcspn(q, " "), q += *q == ' ';
		if (*q == 0)
			return 0;
	}
	for (const char *q = b; *q; q += strcspn(q, " "), q += *q == ' ')
		nb++;
	return nb > na;
}

/*
 * Whether dimension d tells the options apart, and if so which are chosen:
 * those saying "on" when some do not; else those not saying "off"; else,
 * with two kinds of option, the ones that carry something where the others
 * carry nothing, or the fewer, or (as many of each) the ones that carry
 * more words than the others.  Returns 1 with chosen[] set, 0 when d does
 * not decide.
 */
static int
dim_decide(struct feat (*f)[D_COUNT], size_t n, enum dim d, unsigned char *chosen)
{
	size_t npos = 0, nneg = 0, nfirst = 0, other = (size_t)-1;
	int three = 0;

	for (size_t i = 0; i < n; i++) {
		npos += f[i][d].pol > 0;
		nneg += f[i][d].pol < 0;
		if (strcmp(f[i][d].sig, f[0][d].sig) == 0)
			nfirst++;
		else if (other == (size_t)-1)
			other = i;
		else if (strcmp(f[i][d].sig, f[other][d].sig) != 0)
			three = 1; /* three kinds: no odd one out but by words */
	}
	if (other == (size_t)-1)
		return 0; /* all alike */
	if ((npos > 0 && npos < n) || (nneg > 0 && nneg < n)) {
		for (size_t i = 0; i < n; i++)
			chosen[i] = npos > 0 ? f[i][d].pol > 0 : f[i][d].pol >= 0;
		return 1;
	}
	/* all say the same ("mark" and "mark sel") or nothing: by kinds */
	if (three)
		return 0;
	if (f[0][d].sig[0] == 0 || f[other][d].sig[0] == 0 || nfirst != n - nfirst ||
	    words_within(f[0][d].sig, f[other][d].sig) ||
	    words_within(f[other][d].sig, f[0][d].sig)) {
		int first_wins =
			f[other][d].sig[0] == 0 ||
			(f[0][d].sig[0] != 0 && nfirst != n - nfirst && nfirst < n - nfirst) ||
			(nfirst == n - nfirst && words_within(f[other][d].sig, f[0][d].sig));
		for (size_t i = 0; i < n; i++)
			chosen[i] = (strcmp(f[i][d].sig, f[0][d].sig) == 0) == first_wins;
		return 1;
	}
	return 0;
}

/* What every option shows, for a warning ("all plain text"). */
static void
describe_alike(struct feat (*f)[D_COUNT], char *out, size_t size)
{
	size_t len = 0;

	out[0] = 0;
	for (int d = 0; d < D_COUNT; d++) {
		if (f[0][d].sig[0] == 0)
			continue;
		len += (size_t)snprintf(out + len, len < size ? size - len : 0, "%s%s \"%s\"",
		                        len ? ", " : "all with ", dim_name[d], f[0][d].sig);
		if (len >= size)
			break;
	}
	if (out[0] == 0)
		snprintf(out, size, "all plain text");
}

/* Whether the options stand in one cell (or outside tables): the lines
 * of one value rather than a row of option cells. */
static int
one_cell(const struct line_index *pg, const struct cand *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (c[i].block == (size_t)-1 ||
		    pg->doc->blocks.v[c[i].block].cell != pg->doc->blocks.v[c[0].block].cell)
			return 0;
	return 1;
}

static long
choice_decide(const struct line_index *pg, struct cand *c, size_t n, int single, const char *field,
              struct bulletin *b)
{
	static struct feat f[MAX_CAND][D_COUNT];
	unsigned char chosen[MAX_CAND];
	char seen[160];
	size_t nchosen = 0;
	long mask = 0;
	int d, by = -1;

	cand_feats(pg, c, n, f);
	for (d = 0; d < D_COUNT && by < 0; d++)
		if (dim_decide(f, n, (enum dim)d, chosen))
			by = d;
	if (by < 0) {
		/* all alike: what they all say */
		int pol = 0;
		for (d = 0; d < D_COUNT && pol <= 0; d++)
			if (f[0][d].pol != 0)
				pol = f[0][d].pol;
		describe_alike(f, seen, sizeof seen);
		if (pol < 0) {
			bulletin_diag(b, DIAG_CHOICE_UNMARKED,
			              "%s: all %zu options are marked as not chosen (%s)", field, n,
			              seen);
			return -1;
		}
		/* several plain options: in one cell, a list of several
		 * values (targets) names them all, as one line does
		 * ("サーバ・クライアント"); each in a cell of its own they
		 * are the printed options with their marks missing, and a
		 * single choice has no answer either way */
		if (pol == 0 && n > 1 && (single || !one_cell(pg, c, n))) {
			bulletin_diag(b, DIAG_CHOICE_UNMARKED,
			              "%s: %zu options, none differs from the others (%s)", field,
			              n, seen);
			return -1;
		}
		memset(chosen, 1, n);
	}
	for (size_t i = 0; i < n; i++)
		nchosen += chosen[i];
	if (single && nchosen > 1) {
		bulletin_diag(b, DIAG_CHOICE_AMBIGUOUS,
		              "%s: %zu options are marked; cannot tell "
		              "which applies (%s)",
		              field, nchosen, by < 0 ? "all alike" : dim_name[by]);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		if (chosen[i])
			mask |= 1L << c[i].value;
	return mask;
}

/* ---- reading the list ---- */

/*
 * A line of images only, two or more of them naming an option by their alt
 * text (<img src="sev_critical_off.gif" alt="緊急"> <img src="sev_high_on.gif"
 * alt="重要">): each image is its own option, with the image as its marker,
 * so that how one differs from its siblings decides, as for printed
 * options.  Returns the options added (0: fewer than two; nothing added).
 */
static size_t
image_options(const struct line_index *pg, size_t item, const struct option *options,
              size_t noptions, struct cand *c, size_t *n)
{
	const struct hblock *bl = ex_item_block(pg, item);
	size_t named = 0, added = 0;
	int k;

	for (unsigned i = 0; i < bl->nimg; i++)
		named += image_option(bl, i, options, noptions) >= 0;
	if (named < 2)
		return 0;
	for (unsigned i = 0; i < bl->nimg && *n < MAX_CAND; i++) {
		struct cand *x;
		if ((k = image_option(bl, i, options, noptions)) < 0)
			continue;
		x = cand_new(c, n, options[k].value, pg, item, 0);
		x->block = (size_t)-1;
		cand_image(x, pg->items.v[item].block, i);
		added++;
	}
	return added;
}

long
ex_choice_read(const struct line_index *pg, size_t from, size_t to, const struct option *options,
               size_t noptions, int single, const char *field, struct bulletin *b)
{
	struct cand c[MAX_CAND];
	size_t n = 0, pending = (size_t)-1, words, at, any_text = 0;

	for (size_t i = from; i < to && n < MAX_CAND; i++) {
		const struct item *it = &pg->items.v[i];
		const struct hblock *bl = ex_item_block(pg, i);
		const char *s = it->text;
		struct cand *x;
		int glyph, k;

		if (*s && !any_text)
			any_text = i + 1; /* the first line with text, + 1 */
		if (*s == 0) {
			if (bl->text[0] == 0 && image_options(pg, i, options, noptions, c, &n)) {
				continue;
			} else if (bl->nimg > 0 && bl->text[0] == 0 && bl->alt &&
			           (k = ex_option_find(bl->alt, options, noptions, NULL)) >= 0) {
				/* the option itself is an image: <img alt="緊急"> */
				x = cand_new(c, &n, options[k].value, pg, i, 0);
				x->block = (size_t)-1;
				x->glyph = 1;
			} else if (bl->nimg == 1 && bl->text[0] == 0 &&
			           (k = image_option(bl, 0, options, noptions)) >= 0) {
				/* an image alone, named by its file name
				 * (<img src="sev_critical.gif" alt="">): the
				 * option, with the image as its marker */
				x = cand_new(c, &n, options[k].value, pg, i, 0);
				x->block = (size_t)-1;
				cand_image(x, it->block, 0);
			} else if (bl->nimg > 0 && bl->text[0] == 0) {
				pending = i;
			}
			continue;
		}
		if ((words = choice_words(pg, i, options, noptions, c, n, MAX_CAND)) > 0) {
			n += words;
			continue;
		}
		if (ex_option_find(s, options, noptions, &at) >= 0)
			s = past_label(s, at);
		glyph = leading_mark(&s);
		if ((k = ex_option_find(s, options, noptions, &at)) < 0) {
			if (marker_text(it->text) != 0)
				pending = i; /* a cell "●" or "該当" beside an option */
			continue;
		}
		if (options_in(s, options, noptions) > 1 && glyph >= 0) {
			/* "サーバ/クライアント": a value naming several, all of them */
			for (size_t o = 0; o < noptions && n < MAX_CAND; o++)
				if (option_in(s, options[o].text, options, noptions))
					cand_new(c, &n, options[o].value, pg, i,
					         (size_t)(s - it->text))
						->glyph = 1;
			continue;
		}
		/* a marker left over from another row belongs after that row's option */
		if (pending != (size_t)-1 && ex_item_block(pg, pending)->row != bl->row) {
			if (n > 0 && c[n - 1].row == ex_item_block(pg, pending)->row)
				cand_attach(&c[n - 1], pg, pending);
			pending = (size_t)-1;
		}
		x = cand_new(c, &n, options[k].value, pg, i, (size_t)(s - it->text) + at);
		x->glyph = glyph;
		x->after = after_pol(s + at + strlen(options[k].text));
		line_images(bl, it->block, it->off, strlen(it->text), c, n - 1, n);
		if (pending != (size_t)-1) {
			cand_attach(x, pg, pending);
			pending = (size_t)-1;
		}
	}
	/* A marker after the last option of its row goes with that option. */
	if (pending != (size_t)-1 && n > 0 && c[n - 1].row == ex_item_block(pg, pending)->row)
		cand_attach(&c[n - 1], pg, pending);
	if (n == 0) {
		/* (no items at all: the value is on the label's line, the
		 * caller's to read) */
		const char *t = any_text ? pg->items.v[any_text - 1].text : "";
		size_t len = strlen(t) > 80 ? utf8_cut(t, 80) : strlen(t);
		const struct hblock *img =
			pending != (size_t)-1 ? ex_item_block(pg, pending) : NULL;
		if (any_text)
			bulletin_diag(b, DIAG_CHOICE_UNKNOWN, "%s: no known option in \"%.*s\"",
			              field, (int)len, t);
		else if (img && img->nimg > 0 && img->imgsrc[0])
			bulletin_diag(b, DIAG_CHOICE_UNKNOWN,
			              "%s: an image names no known option (\"%.*s\")", field,
			              (int)strcspn(img->imgsrc[0], " "), img->imgsrc[0]);
		else if (to > from)
			bulletin_diag(b, DIAG_CHOICE_UNKNOWN, "%s: the value is empty", field);
		return -1;
	}
	return choice_decide(pg, c, n, single, field, b);
}

/* ---- yes/no values ---- */

/*
 * The words of 攻撃コードの有無, 再起動の必要性 and アンインストール, one
 * table.  A value is read by its verdict, the text before any
 * parenthesis, comma or full stop ("必要(…場合は不要)" is 必要), matched
 * as a whole word ("ありません" is not "あり").  A verdict not in the table
 * is a negation when it ends or begins with one ("公開していない",
 * "未確認"), else a yes when it holds a yes word of its field.
 */
static const struct {
	const char *text;
	unsigned fields;     /* YN_* it applies to */
	enum tristate value; /* TRI_NULL: understood as "unknown" */
} yesno_words[] = {
	{ "あり", YN_ALL, TRI_TRUE },
	{ "有り", YN_ALL, TRI_TRUE },
	{ "有", YN_ALL, TRI_TRUE },
	{ "ある", YN_ALL, TRI_TRUE },
	{ "はい", YN_ALL, TRI_TRUE },
	{ "yes", YN_ALL, TRI_TRUE },
	{ "なし", YN_ALL, TRI_FALSE },
	{ "無し", YN_ALL, TRI_FALSE },
	{ "無", YN_ALL, TRI_FALSE },
	{ "ありません", YN_ALL, TRI_FALSE },
	{ "いいえ", YN_ALL, TRI_FALSE },
	{ "no", YN_ALL, TRI_FALSE },
	{ "-", YN_ALL, TRI_NULL },
	{ FW_HYPHEN, YN_ALL, TRI_NULL },
	{ "不明", YN_ALL, TRI_NULL },
	{ "未確認", YN_ALL, TRI_NULL },
	{ "調査中", YN_ALL, TRI_NULL },
	{ "公開", YN_EXPLOIT, TRI_TRUE },
	{ "公開済み", YN_EXPLOIT, TRI_TRUE },
	{ "公開されている", YN_EXPLOIT, TRI_TRUE },
	{ "公開されています", YN_EXPLOIT, TRI_TRUE },
	{ "確認されている", YN_EXPLOIT, TRI_TRUE },
	{ "確認済み", YN_EXPLOIT, TRI_TRUE },
	{ "存在する", YN_EXPLOIT, TRI_TRUE },
	{ "未公開", YN_EXPLOIT, TRI_FALSE },
	{ "非公開", YN_EXPLOIT, TRI_FALSE },
	{ "公開されていない", YN_EXPLOIT, TRI_FALSE },
	{ "公開されていません", YN_EXPLOIT, TRI_FALSE },
	{ "必要", YN_REBOOT, TRI_TRUE },
	{ "要", YN_REBOOT, TRI_TRUE },
	{ "不要", YN_REBOOT, TRI_FALSE },
	{ "必要なし", YN_REBOOT, TRI_FALSE },
	{ "必要ない", YN_REBOOT, TRI_FALSE },
	{ "必要ありません", YN_REBOOT, TRI_FALSE },
	{ "可", YN_UNINSTALL, TRI_TRUE },
	{ "可能", YN_UNINSTALL, TRI_TRUE },
	{ "できる", YN_UNINSTALL, TRI_TRUE },
	{ "できます", YN_UNINSTALL, TRI_TRUE },
	{ "不可", YN_UNINSTALL, TRI_FALSE },
	{ "不可能", YN_UNINSTALL, TRI_FALSE },
	{ "できない", YN_UNINSTALL, TRI_FALSE },
	{ "できません", YN_UNINSTALL, TRI_FALSE },
};

/* What ends or begins a negated verdict. */
static const char *const negation_ends[] = { "ない", "なし", "無し", "ません", "ず", "せん" };
static const char *const negation_starts[] = { "不", "無", "未", "非" };
/* Where the verdict ends. */
static const char *const verdict_ends[] = {
	"(", FW_LPAREN, "、", "。", ",", ".", " ", FW_SPACE, "\n", "です", "※", "*",
};

static int
ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

enum tristate
ex_yesno_read(const char *v, enum yesno_field field, int *understood)
{
	size_t n = strlen(v);
	char *head;
	enum tristate r = TRI_NULL;

	*understood = 1;
	for (size_t i = 0; i < sizeof verdict_ends / sizeof *verdict_ends; i++) {
		const char *e = strstr(v, verdict_ends[i]);
		if (e && e > v && (size_t)(e - v) < n)
			n = (size_t)(e - v);
	}
	head = xstrndup(v, n);
	for (size_t i = 0; i < sizeof yesno_words / sizeof *yesno_words; i++)
		if ((yesno_words[i].fields & field) &&
		    ascii_casecmp(head, yesno_words[i].text) == 0) {
			free(head);
			return yesno_words[i].value;
		}
	for (size_t i = 0; i < sizeof negation_ends / sizeof *negation_ends; i++)
		if (ends_with(head, n, negation_ends[i]))
			r = TRI_FALSE;
	for (size_t i = 0; i < sizeof negation_starts / sizeof *negation_starts; i++)
		if (text_starts(head, negation_starts[i]))
			r = TRI_FALSE;
	for (size_t i = 0; r == TRI_NULL && i < sizeof yesno_words / sizeof *yesno_words; i++)
		if ((yesno_words[i].fields & field) && yesno_words[i].value == TRI_TRUE &&
		    (unsigned char)yesno_words[i].text[0] >= 0x80 &&
		    strstr(head, yesno_words[i].text))
			r = TRI_TRUE;
	*understood = r != TRI_NULL;
	free(head);
	return r;
}

long
ex_choice_text(const char *v, const struct option *options, size_t noptions)
{
	long mask = 0, marked = 0;

	for (size_t o = 0; o < noptions; o++) {
		const char *at = option_in(v, options[o].text, options, noptions), *tok;
		int glyph;
		if (at == NULL)
			continue;
		/* the start of its word: after the last space before it */
		for (tok = at; tok > v && tok[-1] != ' '; tok--)
			;
		glyph = leading_mark(&tok);
		if (glyph < 0)
			continue;
		mask |= 1L << options[o].value;
		if (glyph > 0)
			marked |= 1L << options[o].value;
	}
	if (marked)
		return marked;
	return mask ? mask : -1;
}
