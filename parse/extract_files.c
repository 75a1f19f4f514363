/*
 * extract_files.c — 適用されるファイル情報 (packages and the files each
 * installs, per 展開フォルダ) and 予想適用時間 (deployment minutes per
 * host count).  Tables are recognized by their header words, not position.
 */
#include "parse/extract.h"
#include "parse/text.h"
#include "core/limits.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

enum file_table { FT_NONE, FT_PACKAGE, FT_FILES };

struct files_state {
	enum file_table mode;
	char *platform;         /* pending "Windows XP SP1/SP1a/SP2:" */
	char *folder, *path;    /* current 展開フォルダ (HF_MAX_PATH_BYTES) */
	size_t nfiles;          /* in all packages (HF_MAX_ITEMS) */
};

/* s cut to HF_MAX_PATH_BYTES at a character boundary, with a warning. */
static char *
path_bounded(char *s, const char *what, struct bulletin *b)
{
	if (s == NULL || strlen(s) <= HF_MAX_PATH_BYTES)
		return s;
	s[utf8_cut(s, HF_MAX_PATH_BYTES)] = 0;
	bulletin_diag(b, DIAG_TEXT_CUT, "適用されるファイル情報: %s cut at %d bytes", what, HF_MAX_PATH_BYTES);
	return s;
}

static int
row_has(const struct row *r, const char *word)
{
	for (unsigned k = 0; k < r->ncells; k++)
		if (strstr(r->cell[k], word))
			return 1;
	return 0;
}

static char *
clean_or_null(const char *s)
{
	char *c = text_clean(s);

	if (*c == 0) {
		free(c);
		return NULL;
	}
	return c;
}

static char *
date_of(const char *s, struct bulletin *b)
{
	char d[11];

	if (text_parse_date(s, d) == 0)
		return xstrdup(d);
	if (*s)
		bulletin_diag(b, DIAG_DATE_UNPARSED, "適用されるファイル情報: date \"%s\" is not a date", s);
	return NULL;
}

static long long
size_of(const char *s, struct bulletin *b)
{
	long long v;
	char *c = text_clean(s);

	if (text_parse_size(c, &v) == 0) {
		free(c);
		return v;
	}
	if (*c)
		bulletin_diag(b, DIAG_VALUE_UNPARSED, "適用されるファイル情報: size \"%s\" is not a number", c);
	free(c);
	return -1;
}

/* The text between parentheses, ASCII or full-width: "(sp1qfe)" -> "sp1qfe". */
static char *
paren_text(const char *s)
{
	const char *o = strstr(s, "("), *c;
	size_t ol = 1;

	if (o == NULL) {
		o = strstr(s, FW_LPAREN);
		ol = 3;
	}
	if (o == NULL)
		return NULL;
	o += ol;
	if ((c = strstr(o, ")")) == NULL && (c = strstr(o, FW_RPAREN)) == NULL)
		c = o + strlen(o);
	return text_clean_n(o, (size_t)(c - o));
}

/* "展開フォルダ" rows: the folder is the parenthesized line, the path the
 * rest, in whichever cells and lines the page put them. */
static void
folder_row(struct files_state *st, const struct row *r, struct bulletin *b)
{
	struct buf path;

	free(st->folder);
	free(st->path);
	st->folder = NULL;
	buf_init(&path, 4096);
	for (unsigned k = 0; k < r->ncells; k++) {
		char *cell = xstrdup(r->cell[k]), *line, *nl;
		for (line = cell; line; line = nl) {
			char *c;
			if ((nl = strchr(line, '\n')) != NULL)
				*nl++ = 0;
			if (k == 0 && text_starts(line, "展開フォルダ"))
				line += strlen("展開フォルダ");
			c = text_clean(line);
			if (st->folder == NULL && (text_starts(c, "(") || text_starts(c, FW_LPAREN))) {
				size_t n = strcspn(c, ")");
				char *rest;
				if (strstr(c, FW_RPAREN) && (size_t)(strstr(c, FW_RPAREN) - c) < n)
					n = (size_t)(strstr(c, FW_RPAREN) - c);
				st->folder = paren_text(c);
				rest = text_clean(c + n + (c[n] == ')' ? 1 : c[n] ? 3 : 0));
				free(c);
				c = rest;
			}
			if (*c) {
				if (path.len)
					buf_putc(&path, ' ');
				buf_puts(&path, c);
			}
			free(c);
		}
		free(cell);
	}
	st->path = path_bounded(buf_steal(&path, NULL), "展開フォルダ path", b);
	st->folder = path_bounded(st->folder, "展開フォルダ folder", b);
	buf_free(&path);
}

static struct package *
new_package(struct files_state *st, struct bulletin *b)
{
	struct package *p;

	if (b->packages.n >= HF_MAX_ITEMS)
		return NULL;
	p = VEC_PUSH(&b->packages);
	p->platform = st->platform;
	p->size = -1;
	st->platform = NULL;
	return p;
}

static void
package_row(struct files_state *st, const struct row *r, struct bulletin *b)
{
	struct package *p = new_package(st, b);

	if (p == NULL)
		return;
	p->file = clean_or_null(r->cell[0]);
	p->date = date_of(r->cell[1], b);
	p->version = clean_or_null(r->cell[2]);
	p->size = size_of(r->cell[3], b);
	if (p->platform == NULL)
		bulletin_diag(b, DIAG_NO_PLATFORM, "適用されるファイル情報: %s: no platform line before it",
		              p->file ? p->file : "package");
}

static void
file_row(struct files_state *st, const struct row *r, struct bulletin *b)
{
	struct package *p = b->packages.n ? &b->packages.v[b->packages.n - 1] : new_package(st, b);
	struct file_entry *f;

	if (p == NULL || st->nfiles >= HF_MAX_ITEMS) {
		if (p != NULL && st->nfiles++ == HF_MAX_ITEMS)
			bulletin_diag(b, DIAG_LIST_CUT, "適用されるファイル情報: more than %d files; the rest are left out",
			              HF_MAX_ITEMS);
		return;
	}
	st->nfiles++;
	f = VEC_PUSH(&p->files);
	f->folder = xstrdup(st->folder);
	f->path = xstrdup(st->path);
	f->name = clean_or_null(r->cell[0]);
	f->date = date_of(r->cell[1], b);
	f->version = clean_or_null(r->cell[2]);
	f->size = size_of(r->cell[3], b);
	f->description = r->ncells >= 5 ? clean_or_null(r->cell[4]) : NULL;
}

static int
is_platform_line(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && n < 200 && ((s[n - 1] == ':') || (n >= 3 && strcmp(s + n - 3, FW_COLON) == 0));
}

void
extract_packages(const struct page *pg, struct span s, struct bulletin *b)
{
	struct files_state st = { FT_NONE, NULL, NULL, NULL, 0 };
	size_t i = s.from;
	struct row r;

	while (row_next(pg, &i, s.to, &r)) {
		if (r.ncells == 1 && is_platform_line(r.cell[0]) && !strchr(r.cell[0], '\n')) {
			char *c = text_clean(r.cell[0]);
			size_t n = strlen(c);
			n -= (n >= 3 && strcmp(c + n - 3, FW_COLON) == 0) ? 3 : 1;
			free(st.platform);
			st.platform = xstrndup(c, n);
			free(c);
			st.mode = FT_NONE;
		} else if (row_has(&r, "ファイル名")) {
			st.mode = row_has(&r, "機能") ? FT_FILES : FT_PACKAGE;
			free(st.folder);
			free(st.path);
			st.folder = st.path = NULL;
		} else if (text_starts(r.cell[0], "展開フォルダ")) {
			folder_row(&st, &r, b);
		} else if (r.ncells >= 4 && st.mode == FT_PACKAGE) {
			package_row(&st, &r, b);
		} else if (r.ncells >= 4 && st.mode == FT_FILES) {
			file_row(&st, &r, b);
		} else if (r.ncells >= 2 && st.mode != FT_NONE) {
			char *c = text_clean(r.cell[0]);
			bulletin_diag(b, DIAG_ROW_UNPARSED, "適用されるファイル情報: row \"%s\" has %u cells, not understood",
			              c, r.ncells);
			free(c);
		}
		row_free(&r);
	}
	free(st.platform);
	free(st.folder);
	free(st.path);
}

void
extract_deploy_time(const struct page *pg, struct span s, struct bulletin *b)
{
	int hosts[15];
	unsigned nhosts = 0;
	size_t i = s.from;
	struct row r;

	while (row_next(pg, &i, s.to, &r)) {
		if (r.ncells >= 2 && (row_has(&r, "修正プログラム名") || strstr(r.cell[1], "台"))) {
			nhosts = 0;
			for (unsigned k = 1; k < r.ncells && nhosts < 15; k++)
				if (text_parse_count(r.cell[k], &hosts[nhosts]) == 0)
					nhosts++;
		} else if (nhosts > 0 && r.ncells >= 2 && b->deploy_time.n < HF_MAX_ITEMS) {
			struct deploy_time *d = VEC_PUSH(&b->deploy_time);
			char *nl = strchr(r.cell[0], '\n');
			d->package = nl ? text_clean_n(r.cell[0], (size_t)(nl - r.cell[0]))
			                : text_clean(r.cell[0]);
			d->platform = nl ? paren_text(nl + 1) : NULL;
			for (unsigned k = 1; k < r.ncells && k <= nhosts; k++) {
				struct deploy_minutes *m = VEC_PUSH(&d->minutes);
				char *c = text_clean(r.cell[k]);
				m->hosts = hosts[k - 1];
				if (text_parse_minutes(c, &m->minutes) < 0) {
					m->minutes = -1;
					bulletin_diag(b, DIAG_VALUE_UNPARSED, "予想適用時間: %s: \"%s\" is not a duration",
					              d->package, c);
				}
				free(c);
			}
		}
		row_free(&r);
	}
}
