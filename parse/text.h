/*
 * text.h — text normalization and the small value parsers of extraction:
 * whitespace, dates, MS ids, KB lists, sizes, deployment minutes.
 * Included by parse/ only.
 *
 * Text keeps its characters exactly; only the parsers of ids, dates and
 * numbers fold full-width forms (utf8proc NFKC, on a private copy).
 * Every returned char * is malloc'd and owned by the caller.
 */
#ifndef HOTFEED_TEXT_H
#define HOTFEED_TEXT_H

#include <stddef.h>
#include "core/bulletin.h"
#include "core/util.h"

/* The code point at s through utf8_next() (an invalid sequence is U+FFFD,
 * one byte long); *len gets its length in bytes (0 at the NUL).  Inline:
 * extraction and the flattening step through every character with it;
 * ASCII and the valid three-byte sequences of Japanese text (lead E1-EF
 * but ED: no surrogate, never overlong) are decoded here, the rest by
 * utf8_next (4, not strnlen(): a sequence cut by the NUL is invalid at the
 * NUL, a byte that is no continuation, before anything past it is read). */
static inline unsigned
text_cp(const char *s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	long cp;

	if (u[0] < 0x80) {
		*len = u[0] != 0;
		return u[0];
	}
	if (u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80) {
		*len = 3;
		return (u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
	}
	cp = utf8_next(s, 4, len);
	return cp < 0 ? 0xFFFD : (unsigned)cp;
}

/* Whitespace for collapsing: CH_IS_BLANK (util.h). */
static inline int
text_is_space(unsigned cp)
{
	return CH_IS_BLANK(cp);
}

/* Collapse every run of whitespace (including newlines) to one space and
 * trim both ends. */
char *text_clean(const char *s);
/* The same on n bytes. */
char *text_clean_n(const char *s, size_t n);

/* Copy of s with full-width and compatibility forms folded (NFKC); for
 * parsing ids, dates and numbers only, never for output text.  NULL-safe
 * (returns NULL for NULL); invalid UTF-8 is returned unchanged. */
char *text_fold(const char *s);

/* First date in s (YYYY/MM/DD, YYYY-MM-DD, YYYY年M月D日, full-width digits,
 * whitespace or newlines anywhere between the parts).  Writes "YYYY-MM-DD"
 * into out (11 bytes) and returns 0, or -1 when s has no valid date. */
int text_parse_date(const char *s, char out[11]);

/* A date label's value that starts with a two-digit year, year first as
 * Japanese pages print it ("05/08/10", "05.08.10": 2005-08-10; 70-99 are
 * 19xx): 0 and out, or -1.  Only for a value a date label stands over:
 * elsewhere such numbers are not known to be dates. */
int text_parse_short_date(const char *s, char out[11]);

/*
 * Next Microsoft bulletin id in folded text p ("MS05-039", "ms05-39"):
 * returns a pointer just past it and writes the canonical "MSyy-nnn" into
 * out (16 bytes), setting *typo when the printed form was not canonical
 * (wrong digit count) and *start (when not NULL) to where it began; NULL
 * when there is none left.
 */
const char *text_next_ms_id(const char *p, char out[16], int *typo, const char **start);

/* Every MS id in s, in order, appended to ids without duplicates (at most
 * HF_MAX_ITEMS; warnings at most HF_MAX_WARNINGS).  A typo
 * (MS04-26) is appended normalized and reported through warnings when it is
 * not NULL: "MS04-26 normalized to MS04-026".  Returns the count found. */
size_t text_ms_ids(const char *s, strlist *ids, strlist *warnings);
/* The same for many texts into one list: seen holds the ids of the list
 * (the caller's, freed by the caller), so a page of 300 000 repeated ids
 * costs a hash lookup each, not a scan of up to HF_MAX_ITEMS. */
struct strset;
size_t text_ms_ids_seen(const char *s, strlist *ids, struct strset *seen, strlist *warnings);

/* KB numbers in the slash notation after an MS id, appended to kb without
 * duplicates: "MS05-048/907245/901017/906780" gives three.  Other mentions
 * ("(KB901214)", "サポート技術情報 904630") do not count. */
void text_kb_list(const char *s, strlist *kb);

/* Every KB number s names: the slash notation of text_kb_list(), then
 * "KB899588" / "KB 899588" / "(KB899588)" (full-width folded), and with
 * bare set also a number of 5 to 7 digits standing alone (the value of a
 * KB-number label: "899588, 901017").  Appended to kb without duplicates,
 * in order. */
void text_kb_marked(const char *s, int bare, strlist *kb);

/* The KB number a text ends with in parentheses, as Microsoft's bulletin
 * titles print it ("… リモートでコードが実行される (896423)", full-width
 * folded): six or seven digits, alone in the parentheses, the first not 0
 * (KB numbers have no leading zero; a yymmdd date such as 051012 is no
 * KB, nor a year or a date with its separators).  Appended to kb without
 * duplicates. */
void text_kb_paren_end(const char *s, strlist *kb);

/* The KB numbers a sentence states: those of text_kb_marked() (bare
 * unset), a number after サポート技術情報 ("サポート技術情報 823980",
 * "サポート技術情報番号: 823980"), and a number alone in parentheses (the
 * "(833987)" after a Microsoft title).  Appended to kb without duplicates. */
void text_kb_stated(const char *s, strlist *kb);

/* A byte count such as "518,136" or "518136 バイト": 0 and *out, or -1. */
int text_parse_size(const char *s, long long *out);

/* A duration such as "18分", "1時間34分", "2時間": 0 and *minutes, or -1. */
int text_parse_minutes(const char *s, int *minutes);

/* A leading integer such as "50台" or "500": 0 and *n, or -1. */
int text_parse_count(const char *s, int *n);

/* Full-width punctuation, spelled as bytes so no editor folds it. */
#define FW_LPAREN "\xef\xbc\x88" /* U+FF08 */
#define FW_RPAREN "\xef\xbc\x89" /* U+FF09 */
#define FW_COLON  "\xef\xbc\x9a" /* U+FF1A */
#define FW_PERIOD "\xef\xbc\x8e" /* U+FF0E */
#define FW_HYPHEN "\xef\xbc\x8d" /* U+FF0D */
#define FW_STAR   "\xef\xbc\x8a" /* U+FF0A */
#define FW_SPACE  "\xe3\x80\x80" /* U+3000 */

/* s starts with prefix (byte comparison).  Inline: extraction asks it of
 * every line, with prefix after prefix. */
static inline int
text_starts(const char *s, const char *prefix)
{
	while (*prefix)
		if (*s++ != *prefix++)
			return 0;
	return 1;
}

#endif
