/*
 * decode_detect.c — choosing an encoding when nothing is declared, by the
 * validity approach (nkf, Mozilla's shift_or_euc): 7-bit text is ISO-2022-JP
 * when its escapes occur and ASCII (reported as UTF-8) otherwise; valid
 * UTF-8 is UTF-8; otherwise EUC-JP and Shift_JIS both decode it and the one
 * with fewer errors wins, a tie going to the more plausible Japanese text.
 *
 * Statistical detectors fail on the short snippets bulletin pages are made
 * of; validity does not.  Its blind spot: text made only of half-width
 * katakana, which is valid in both Shift_JIS and EUC-JP.
 */
#include "parse/decode_int.h"

#include <stdlib.h>
#include <string.h>

int
dec_all_ascii(const unsigned char *in, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (in[i] >= 0x80)
			return 0;
	return 1;
}

static int
has_iso2022jp_escape(const unsigned char *in, size_t len)
{
	static const char *const escapes[] = { "$@", "$B", "(J", "(I", "(B" };

	for (const unsigned char *p = in; (p = memchr(p, 0x1B, len - (size_t)(p - in))) != NULL;
	     p++)
		for (size_t k = 0; k < sizeof escapes / sizeof *escapes; k++)
			if (len - (size_t)(p - in) >= 3 && memcmp(p + 1, escapes[k], 2) == 0)
				return 1;
	return 0;
}

/* Per character: what a Japanese page is made of scores up, what only a
 * wrong decoder produces (half-width katakana in bulk, private use, C1
 * controls, U+FFFD, stray C0 controls) scores down. */
static int
char_score(unsigned cp)
{
	if ((cp >= 0x3041 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF))
		return 2;
	if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF5E))
		return 1;
	if ((cp >= 0xFF61 && cp <= 0xFF9F) || (cp >= 0xE000 && cp <= 0xF8FF) ||
	    (cp >= 0x80 && cp <= 0x9F))
		return -3;
	/* U+FFFD, and a C0 control a decoder let through (a raw ESC of
	 * ISO-2022-JP read as Shift_JIS): as bad as an error */
	if (cp == 0xFFFD || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f'))
		return -5;
	return 0;
}

long
dec_plausibility(const char *utf8, size_t len)
{
	const unsigned char *s = (const unsigned char *)utf8;
	long score = 0;

	for (size_t i = 0; i < len;) {
		unsigned c = s[i], cp, n;
		if (c < 0x80)
			cp = c, n = 1;
		else if (c < 0xE0)
			cp = c & 0x1F, n = 2;
		else if (c < 0xF0)
			cp = c & 0x0F, n = 3;
		else
			cp = c & 0x07, n = 4;
		if (n > len - i)
			break;
		for (unsigned k = 1; k < n; k++)
			cp = cp << 6 | (s[i + k] & 0x3F);
		score += char_score(cp);
		i += n;
	}
	return score;
}

struct trial {
	size_t invalid;
	long score;
};

static struct trial
try_decoding(enum encoding e, const unsigned char *in, size_t len)
{
	char *text = NULL;
	size_t tlen = 0;
	struct trial t;

	t.invalid = decode_bytes(e, in, len, &text, &tlen);
	t.score = dec_plausibility(text, tlen);
	free(text);
	return t;
}

enum encoding
dec_detect_encoding(const unsigned char *in, size_t len)
{
	struct trial euc;
	struct trial sjis;

	if (len == 0)
		return ENC_UNKNOWN;
	if (dec_all_ascii(in, len))
		return has_iso2022jp_escape(in, len) ? ENC_ISO2022JP : ENC_UTF8;
	if (try_decoding(ENC_UTF8, in, len).invalid == 0)
		return ENC_UTF8;
	euc = try_decoding(ENC_EUC_JP, in, len);
	sjis = try_decoding(ENC_SHIFT_JIS, in, len);
	if (euc.invalid != sjis.invalid)
		return euc.invalid < sjis.invalid ? ENC_EUC_JP : ENC_SHIFT_JIS;
	if (euc.score != sjis.score)
		return euc.score > sjis.score ? ENC_EUC_JP : ENC_SHIFT_JIS;
	return ENC_UNKNOWN;
}
