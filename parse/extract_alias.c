/*
 * extract_alias.c — other spellings of the header labels, as other sites
 * write them: rating words for 深刻度 (重要度, 危険度, 深刻度評価 …) and
 * the English labels of bilingual pages (Severity Rating, Release Date,
 * Last Updated, Target).  Each maps to the label whose row in
 * header_labels (extract.c) reads it; English is matched without case.
 * A label word that is also a headline tag (【重要】) is not here: only
 * whole label words, closed by a colon, 】 or spacing (ex_label_rest()).
 */
#include "core/util.h"
#include "parse/extract.h"
#include "parse/text.h"

#include <string.h>

static const struct {
	const char *spelling;
	const char *label; /* the first spelling of its header_labels row */
} label_aliases[] = {
	/* a longer spelling before its prefix */
	{ "深刻度評価", "深刻度" },
	{ "最大深刻度", "深刻度" },
	{ "重要度", "深刻度" },
	{ "危険度", "深刻度" },
	{ "対応レベル", "深刻度" },
	{ "評価ランク", "深刻度" },
	{ "Maximum Severity Rating", "深刻度" },
	{ "Severity Rating", "深刻度" },
	{ "Severity", "深刻度" },
	{ "Max Severity", "深刻度" },
	{ "マイクロソフト社の深刻度", "深刻度" },
	{ "マイクロソフトの深刻度", "深刻度" },
	{ "Microsoft Rating", "深刻度" },
	{ "MS深刻度", "深刻度" },
	{ "Target", "対象環境" },
	{ "対象", "対象環境" },
	{ "KB Article", "KB番号" },
	{ "Release Date", "登録日" },
	{ "Date Published", "登録日" },
	{ "Published", "登録日" },
	{ "Posted", "登録日" },
	{ "掲載", "登録日" },
	{ "Last Updated", "更新日" },
	{ "Last Modified", "更新日" },
	{ "Updated", "更新日" },
	{ "Revised", "更新日" },
};

/* What may stand right after a spelling without a separator: the start
 * of a gloss (/ ／ ( （) or the end of one () ）). */
static int
gloss_mark(const char *p)
{
	static const char *const marks[] = { "/", "\xef\xbc\x8f", "(", "\xef\xbc\x88",
		                             ")", "\xef\xbc\x89" };

	for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
		if (text_starts(p, marks[k]))
			return 1;
	return 0;
}

static unsigned
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

const char *
extract_label_alias(const char *p, const char **rest, size_t *len)
{
	for (size_t k = 0; k < sizeof label_aliases / sizeof *label_aliases; k++) {
		size_t n;
		const char *r;
		/* the first byte first: every line of a page is asked */
		if (fold((unsigned char)*p) != fold((unsigned char)*label_aliases[k].spelling))
			continue;
		n = strlen(label_aliases[k].spelling);
		if (ascii_ncasecmp(p, label_aliases[k].spelling, n) != 0)
			continue;
		/* compared already: ex_label_rest() only checks what follows; a
		 * bilingual label's other half may follow at once ("Release
		 * Date／登録日"), or a parenthesis close it ("(Target)") */
		if ((r = ex_label_rest(p, p, n)) == NULL && !gloss_mark(p + n))
			continue;
		/* an English word and a space before a lower-case word is prose
		 * ("Revised guidance follows …"), not a label and its value */
		if (r != NULL && *r >= 'a' && *r <= 'z' &&
		    strspn(p + n, " ") == (size_t)(r - p - n))
			continue;
		if (r == NULL)
			r = p + n;
		*rest = r;
		*len = n;
		return label_aliases[k].label;
	}
	return NULL;
}
