/*
 * extract_diag.c — telling a page whose layout was not recognised from a
 * clean one.  Extraction never fails; what it could not find is said here,
 * once per page, as coded diagnostics (core/diag.c grades them).
 */
#include "parse/extract.h"
#include "core/util.h"

#include <string.h>

static int
has_title(const struct bulletin *b)
{
	return b->title != NULL;
}
static int
has_registered(const struct bulletin *b)
{
	return b->registered != NULL;
}
static int
has_severity(const struct bulletin *b)
{
	return b->severity != 0;
}
static int
has_targets(const struct bulletin *b)
{
	return b->targets != 0;
}
static int
has_summary(const struct bulletin *b)
{
	return b->summary != NULL;
}
static int
has_affected(const struct bulletin *b)
{
	return b->affected.n > 0;
}
static int
has_downloads(const struct bulletin *b)
{
	return b->downloads.n > 0;
}

/* What every alert of every period layout carries: an alert with fewer
 * than half of them was not read, whatever it yielded besides. */
static const struct {
	const char *name;
	int (*has)(const struct bulletin *);
} core_fields[] = {
	/* one field a line */
	/* clang-format off */
	{ "title", has_title },
	{ "registered", has_registered },
	{ "severity", has_severity },
	{ "targets", has_targets },
	{ "summary", has_summary },
	{ "affected", has_affected },
	{ "downloads", has_downloads },
	/* clang-format on */
};

#define NCORE (sizeof core_fields / sizeof *core_fields)

/* The core fields b has (n) and the names of those it lacks. */
static size_t
core_missing(const struct bulletin *b, struct buf *missing)
{
	size_t n = 0;

	for (size_t i = 0; i < NCORE; i++) {
		if (core_fields[i].has(b))
			n++;
		else
			buf_printf(missing, "%s%s", missing->len ? ", " : "", core_fields[i].name);
	}
	return n;
}

static void
check_core_fields(struct bulletin *b)
{
	struct buf missing;
	size_t n = 0;

	buf_init(&missing, 256);
	n = core_missing(b, &missing);
	if (2 * n < NCORE)
		bulletin_diag(b, DIAG_ALERT_INCOMPLETE,
		              "only %zu of the %zu core fields found "
		              "(missing: %s)",
		              n, NCORE, missing.data);
	buf_free(&missing);
}

/* An alert read from plain text (its first header line in a <pre>: a
 * mail): which core fields the mail did not carry, when at least half
 * were found (fewer is alert-incomplete). */
static void
plain_text(const struct line_index *pg, struct bulletin *b)
{
	struct buf missing;
	size_t n, i;

	for (i = 0; i < pg->body && !(ex_item_block(pg, i)->flags & HB_PRE); i++)
		;
	if (i == pg->body || pg->items.n == 0)
		return;
	buf_init(&missing, 256);
	n = core_missing(b, &missing);
	if (n < NCORE && 2 * n >= NCORE)
		bulletin_diag(b, DIAG_PLAIN_TEXT,
		              "plain text in <pre>: %zu of the %zu core fields "
		              "(missing: %s)",
		              n, NCORE, missing.data);
	buf_free(&missing);
}

void
extract_diagnose(const struct line_index *pg, int severity_row, struct bulletin *b)
{
	if (pg->sect[SEC_FOOTER].from == 0) {
		if (pg->doc->unclosed)
			bulletin_diag(b, DIAG_TRUNCATED, "%s", EXTRACT_TRUNCATED);
		else
			bulletin_diag(b, DIAG_NO_FOOTER,
			              "no footer after the last section: "
			              "the closing boilerplate was not recognised");
	}
	if (pg->sect[SEC_OVERVIEW].to == 0)
		bulletin_diag(b, DIAG_NO_OVERVIEW, "概要: no such section");
	if (!severity_row)
		bulletin_diag(b, DIAG_NO_SEVERITY, "深刻度: no such row");
	check_core_fields(b);
	plain_text(pg, b);
	if (b->updated == NULL)
		bulletin_diag(b, DIAG_NO_UPDATED, "更新日: none on the page");
	if (b->id != NULL && b->kb.n == 0)
		bulletin_diag(b, DIAG_NO_KB, "%s: no KB number", b->id);
}

/* What only an alert has besides its header: the sections, by heading,
 * and the urgency line's labels. */
static const struct {
	enum section sect;
	const char *name;
} alert_sections[] = {
	{ SEC_AFFECTED, "対象プラットフォーム" },
	{ SEC_DOWNLOADS, "修正プログラムのダウンロード先" },
	{ SEC_FILES, "適用されるファイル情報" },
	{ SEC_DEPLOY, "予想適用時間" },
};
/* words of an alert's header: on a page taken for "other" with an MS id,
 * a sign that its layout was not recognised (never silence) */
static const char *const alert_words[] = { "緊急対応度", "対応の緊急性",   "深刻度",
	                                   "攻撃コード", "再起動の必要性", "対象環境" };

static const char *
alert_evidence(const struct line_index *pg)
{
	for (size_t k = 0; k < sizeof alert_sections / sizeof *alert_sections; k++)
		if (pg->sect[alert_sections[k].sect].to != 0)
			return alert_sections[k].name;
	for (size_t i = 0; i < pg->items.n; i++)
		for (size_t k = 0; k < sizeof alert_words / sizeof *alert_words; k++)
			if (strstr(pg->items.v[i].text, alert_words[k]))
				return alert_words[k];
	return NULL;
}

void
extract_diagnose_other(const struct line_index *pg, struct bulletin *b)
{
	const char *why;

	if (b->kind != BULLETIN_OTHER || b->ids.n == 0)
		return;
	if ((why = alert_evidence(pg)) == NULL) {
		bulletin_diag(b, DIAG_OTHER_NAMES_BULLETIN,
		              "names %s%s but has no bulletin header: taken for a page that is "
		              "not a bulletin; if it is one, its layout was not recognised",
		              b->ids.v[0], b->ids.n > 1 ? " and other ids" : "");
		return;
	}
	bulletin_diag(b, DIAG_ALERT_UNRECOGNISED,
	              "%s and %s, but no 脆弱性識別番号 or 深刻度 "
	              "row: taken for a page that is not a bulletin",
	              b->ids.v[0], why);
}
