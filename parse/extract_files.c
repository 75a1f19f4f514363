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

/* The columns of a file table, found by their header words (in any
 * order, other columns ignored); a variant header word is one more row. */
enum file_col { FC_NAME, FC_DATE, FC_VERSION, FC_SIZE, FC_DESC, FC_COUNT };
static const struct {
	const char *word;
	enum file_col col;
} file_columns[] = {
	{ "ファイル名", FC_NAME }, { "日付", FC_DATE },           { "バージョン", FC_VERSION },
	{ "サイズ", FC_SIZE },     { "機能", FC_DESC },           { "説明", FC_DESC },
	{ "更新日", FC_DATE },     { "タイムスタンプ", FC_DATE }, { "Version", FC_VERSION },
	{ "ファイル", FC_NAME },
};

struct files_state {
	enum file_table mode;
	int col[FC_COUNT];   /* cell of each column in the current table; -1 none */
	unsigned need;       /* cells a data row must have (past name..size) */
	char *platform;      /* pending "Windows XP SP1/SP1a/SP2:" */
	char *folder, *path; /* current 展開フォルダ (HF_MAX_PATH_BYTES) */
	size_t nfiles;       /* in all packages (HF_MAX_ITEMS) */
};

/* s cut to HF_MAX_PATH_BYTES at a character boundary, with a warning. */
static char *
path_bounded(char *s, const char *what, struct bulletin *b)
{
	if (s == NULL || strlen(s) <= HF_MAX_PATH_BYTES)
		return s;
	s[utf8_cut(s, HF_MAX_PATH_BYTES)] = 0;
	bulletin_diag(b, DIAG_TEXT_CUT, "適用されるファイル情報: %s cut at %d bytes", what,
	              HF_MAX_PATH_BYTES);
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
		bulletin_diag(b, DIAG_DATE_UNPARSED,
		              "適用されるファイル情報: date \"%s\" is not a date", s);
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
		bulletin_diag(b, DIAG_VALUE_UNPARSED,
		              "適用されるファイル情報: size \"%s\" is not a number", c);
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
			if (st->folder == NULL &&
			    (text_starts(c, "(") || text_starts(c, FW_LPAREN))) {
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

/* The header row: which cell holds which column. */
static void
map_columns(struct files_state *st, const struct row *r)
{
	for (int c = 0; c < FC_COUNT; c++)
		st->col[c] = -1;
	for (unsigned k = 0; k < r->ncells; k++)
		for (size_t i = 0; i < sizeof file_columns / sizeof *file_columns; i++)
			if (strstr(r->cell[k], file_columns[i].word)) {
				if (st->col[file_columns[i].col] < 0)
					st->col[file_columns[i].col] = (int)k;
				break;
			}
	st->need = 0;
	for (int c = FC_NAME; c <= FC_SIZE; c++)
		if (st->col[c] >= 0 && (unsigned)st->col[c] + 1 > st->need)
			st->need = (unsigned)st->col[c] + 1;
}

/* The text of column c of a data row ("" when the table has none). */
static const char *
cell_of(const struct files_state *st, const struct row *r, enum file_col c)
{
	return st->col[c] >= 0 && (unsigned)st->col[c] < r->ncells ? r->cell[st->col[c]] : "";
}

static void
package_row(struct files_state *st, const struct row *r, struct bulletin *b)
{
	struct package *p = new_package(st, b);

	if (p == NULL)
		return;
	p->file = clean_or_null(cell_of(st, r, FC_NAME));
	p->date = date_of(cell_of(st, r, FC_DATE), b);
	p->version = clean_or_null(cell_of(st, r, FC_VERSION));
	p->size = size_of(cell_of(st, r, FC_SIZE), b);
	if (p->platform == NULL)
		bulletin_diag(b, DIAG_NO_PLATFORM,
		              "適用されるファイル情報: %s: no platform line before it",
		              p->file ? p->file : "package");
}

static void
file_row(struct files_state *st, const struct row *r, struct bulletin *b)
{
	struct package *p = b->packages.n ? &b->packages.v[b->packages.n - 1] : new_package(st, b);
	struct file_entry *f;

	if (p == NULL || st->nfiles >= HF_MAX_ITEMS) {
		if (p != NULL && st->nfiles++ == HF_MAX_ITEMS)
			bulletin_diag(
				b, DIAG_LIST_CUT,
				"適用されるファイル情報: more than %d files; the rest are left out",
				HF_MAX_ITEMS);
		return;
	}
	st->nfiles++;
	f = VEC_PUSH(&p->files);
	f->folder = xstrdup(st->folder);
	f->path = xstrdup(st->path);
	f->name = clean_or_null(cell_of(st, r, FC_NAME));
	f->date = date_of(cell_of(st, r, FC_DATE), b);
	f->version = clean_or_null(cell_of(st, r, FC_VERSION));
	f->size = size_of(cell_of(st, r, FC_SIZE), b);
	f->description = clean_or_null(cell_of(st, r, FC_DESC));
}

static int
is_platform_line(const char *s)
{
	size_t n = strlen(s);

	return n > 0 && n < 200 &&
	       ((s[n - 1] == ':') || (n >= 3 && strcmp(s + n - 3, FW_COLON) == 0));
}

void
extract_packages(const struct line_index *pg, struct span s, struct bulletin *b)
{
	struct files_state st = { FT_NONE, { -1, -1, -1, -1, -1 }, 4, NULL, NULL, NULL, 0 };
	size_t i = s.from;
	struct row r;

	while (ex_row_next(pg, &i, s.to, &r)) {
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
			map_columns(&st, &r);
			free(st.folder);
			free(st.path);
			st.folder = st.path = NULL;
		} else if (text_starts(r.cell[0], "展開フォルダ")) {
			folder_row(&st, &r, b);
		} else if (r.ncells >= st.need && r.ncells >= 2 && st.mode == FT_PACKAGE) {
			package_row(&st, &r, b);
		} else if (r.ncells >= st.need && r.ncells >= 2 && st.mode == FT_FILES) {
			file_row(&st, &r, b);
		} else if (r.ncells >= 2 && st.mode != FT_NONE) {
			char *c = text_clean(r.cell[0]);
			bulletin_diag(
				b, DIAG_ROW_UNPARSED,
				"適用されるファイル情報: row \"%s\" has %u cells, not understood",
				c, r.ncells);
			free(c);
		}
		ex_row_free(&r);
	}
	free(st.platform);
	free(st.folder);
	free(st.path);
}

void
extract_deploy_time(const struct line_index *pg, struct span s, struct bulletin *b)
{
	int hosts[15];
	unsigned nhosts = 0;
	size_t i = s.from;
	struct row r;

	while (ex_row_next(pg, &i, s.to, &r)) {
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
					bulletin_diag(b, DIAG_VALUE_UNPARSED,
					              "予想適用時間: %s: \"%s\" is not a duration",
					              d->package, c);
				}
				free(c);
			}
		}
		ex_row_free(&r);
	}
}
