/* diag.c — the diagnostic codes and adding diagnostics; see bulletin.h. */
#include "core/bulletin.h"
#include "core/limits.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The one table of codes.  README.md and hotfeed.1 list it; tests/unit
 * checks every row is filled and every name unique.  Rows are appended
 * (other branches add theirs at the end of the enum and here).
 */
static const struct diag_info diag_table[DIAG_NCODES] = {
	[DIAG_UNCLASSIFIED] = { "unclassified", DIAG_WARNING,
	                        "a warning not yet given a code of its own" },
	[DIAG_ENCODING] = { "encoding", DIAG_WARNING,
	                    "the declared encoding was overridden or is not one hotfeed decodes" },
	[DIAG_TEXT_CUT] = { "text-cut", DIAG_WARNING,
	                    "a text, path or folder longer than its limit was cut" },
	[DIAG_ID_TYPO] = { "id-typo", DIAG_WARNING,
	                   "an MS id printed wrongly (MS04-26) was normalized" },
	[DIAG_NO_ID] = { "no-id", DIAG_ERROR,
	                 "an alert without a bulletin id: it is filed under its URL" },
	[DIAG_NO_TITLE] = { "no-title", DIAG_WARNING, "an alert without a headline" },
	[DIAG_VALUE_UNPARSED] = { "value-unparsed", DIAG_WARNING,
	                          "a value (yes/no, size, duration) did not parse" },
	[DIAG_DATE_UNPARSED] = { "date-unparsed", DIAG_WARNING, "a date did not parse" },
	[DIAG_CHOICE_UNMARKED] = { "choice-unmarked", DIAG_WARNING,
	                           "no option of a choice list (深刻度, 対象環境) is marked as chosen" },
	[DIAG_CHOICE_AMBIGUOUS] = { "choice-ambiguous", DIAG_WARNING,
	                            "several options of a single choice are marked" },
	[DIAG_CHOICE_UNKNOWN] = { "choice-unknown", DIAG_WARNING,
	                          "a choice value names no known option" },
	[DIAG_SECTION_UNREAD] = { "section-unread", DIAG_WARNING,
	                          "a section has text but nothing in it was understood" },
	[DIAG_SECTION_EMPTY] = { "section-empty", DIAG_WARNING,
	                         "a section heading with nothing under it" },
	[DIAG_ROW_UNPARSED] = { "row-unparsed", DIAG_WARNING,
	                        "a table row of a known section was not understood" },
	[DIAG_NO_PLATFORM] = { "no-platform", DIAG_WARNING,
	                       "a package or download without its platform" },
	[DIAG_NO_LINK] = { "no-link", DIAG_WARNING, "a download without a link" },
	[DIAG_LIST_CUT] = { "list-cut", DIAG_WARNING,
	                    "a list longer than its limit; the rest is left out" },
	[DIAG_TRUNCATED] = { "truncated", DIAG_ERROR,
	                     "the page ends early: no footer, no </body> or </html>" },
	[DIAG_NO_FOOTER] = { "no-footer", DIAG_WARNING,
	                     "an alert without the closing footer: the layout was not recognised" },
	[DIAG_NO_OVERVIEW] = { "no-overview", DIAG_WARNING, "an alert without a 概要 section" },
	[DIAG_NO_SEVERITY] = { "no-severity", DIAG_WARNING, "an alert without a 深刻度 row" },
	[DIAG_ALERT_INCOMPLETE] = { "alert-incomplete", DIAG_ERROR,
	                            "an alert that yields fewer than half of its core fields" },
	[DIAG_NO_UPDATED] = { "no-updated", DIAG_NOTE,
	                      "an alert without 更新日 (a first edition)" },
	[DIAG_NO_KB] = { "no-kb", DIAG_NOTE, "an alert without a KB number" },
	[DIAG_ALERT_UNRECOGNISED] = { "alert-unrecognised", DIAG_ERROR,
	                              "a page with an MS id and an alert's parts, not recognised as an alert" },
	[DIAG_PLAIN_TEXT] = { "plain-text", DIAG_NOTE,
	                      "an alert given as plain text (a mail in <pre>): core fields it does not carry" },
	[DIAG_OTHER_NAMES_BULLETIN] = { "other-names-bulletin", DIAG_WARNING,
	                                "a page taken for other that names an MS bulletin id" },
};

static const char *const level_names[] = { "note", "warning", "error" };

const struct diag_info *
diag_info(enum diag_code c)
{
	return (unsigned)c < DIAG_NCODES ? &diag_table[c] : NULL;
}

const struct diag_info *
diag_info_by_name(const char *code)
{
	for (int i = 0; i < DIAG_NCODES; i++)
		if (diag_table[i].code && streq(code, diag_table[i].code))
			return &diag_table[i];
	return NULL;
}

const char *
diag_level_name(enum diag_level l)
{
	return l >= DIAG_NOTE && l <= DIAG_ERROR ? level_names[l - 1] : NULL;
}

enum diag_level
diag_level_from_name(const char *s)
{
	for (int l = DIAG_NOTE; l <= DIAG_ERROR; l++)
		if (streq(s, level_names[l - 1]))
			return l;
	return 0;
}

void
diag_list_add(diag_list *l, enum diag_level level, const char *code, const char *message)
{
	struct diag *d;

	if (l->n >= HF_MAX_WARNINGS)
		return;
	d = VEC_PUSH(l);
	d->level = level;
	d->code = xstrdup(code);
	d->message = xstrdup(message);
}

void
diag_list_copy(diag_list *dst, const diag_list *src)
{
	for (size_t i = 0; i < src->n; i++)
		diag_list_add(dst, src->v[i].level, src->v[i].code, src->v[i].message);
}

size_t
diag_list_count(const diag_list *l, enum diag_level level)
{
	size_t n = 0;

	for (size_t i = 0; i < l->n; i++)
		n += l->v[i].level == level;
	return n;
}

void
diag_list_free(diag_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].code);
		free(l->v[i].message);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

void
bulletin_diag(struct bulletin *b, enum diag_code c, const char *fmt, ...)
{
	const struct diag_info *info = diag_info(c);
	va_list ap;
	char *m;

	if (info == NULL)
		info = &diag_table[DIAG_UNCLASSIFIED];
	if (b->diags.n >= HF_MAX_WARNINGS)
		return;
	va_start(ap, fmt);
	m = xvasprintf(fmt, ap);
	va_end(ap);
	if (strlen(m) > HF_MAX_WARNING_BYTES) {
		/* room for the "…" */
		memcpy(m + utf8_cut(m, HF_MAX_WARNING_BYTES - 3), "\u2026", sizeof "\u2026");
	}
	diag_list_add(&b->diags, info->level, info->code, m);
	if (info->level >= DIAG_WARNING && b->warnings.n < HF_MAX_WARNINGS)
		*VEC_PUSH(&b->warnings) = m;
	else
		free(m);
}

void
diag_tally_add(struct diag_tally *t, const diag_list *l)
{
	size_t errors = diag_list_count(l, DIAG_ERROR);

	t->pages_with_errors += errors > 0;
	t->errors += errors;
	t->warnings += diag_list_count(l, DIAG_WARNING);
	t->notes += diag_list_count(l, DIAG_NOTE);
}

void
diag_tally_format(const struct diag_tally *t, char *out, size_t size)
{
	int n = 0;

	out[0] = 0;
	if (t->pages_with_errors)
		n = snprintf(out, size, "%zu page%s with errors", t->pages_with_errors,
		             t->pages_with_errors == 1 ? "" : "s");
	if (t->warnings && n >= 0 && (size_t)n < size)
		snprintf(out + n, size - (size_t)n, "%s%zu warning%s", n ? ", " : "", t->warnings,
		         t->warnings == 1 ? "" : "s");
}

void
diag_format(const struct diag *d, char *out, size_t size)
{
	snprintf(out, size, "%s %s: %s",
	         diag_level_name(d->level) ? diag_level_name(d->level) : "?", d->code, d->message);
}
