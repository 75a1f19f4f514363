/*
 * decode_index.c — the WHATWG indexes jis0208 and jis0212, built once per
 * process from glibc iconv.
 *
 * glibc's CP932 has, pair for pair, the browsers' jis0208 table (NEC row 13,
 * the IBM extensions, Microsoft's choice for the disputed symbols), so each
 * jis0208 pointer is decoded as the Shift_JIS byte pair that addresses it.
 * glibc's EUC-JP has the browsers' JIS X 0212 table, so each jis0212
 * pointer is decoded as the three bytes 0x8F row cell.  Never the page's own
 * label: glibc's "SHIFT_JIS" maps 0x5C to U+00A5 and rejects rows 13, 89-92.
 *
 * The tables are filled lazily and are not thread-safe (hotfeed decodes on
 * one thread).  This is the only file that calls iconv.
 */
#include "parse/decode_int.h"

#include <iconv.h>
#include <stdint.h>
#include <string.h>

#define JIS0208_POINTERS 11280 /* (0xFC - 0xC1 + 0x1F + 1) * 188 */
#define JIS0212_POINTERS 8836  /* 94 * 94 */

static uint16_t jis0208[JIS0208_POINTERS];
static uint16_t jis0212[JIS0212_POINTERS];
static int jis0208_ready, jis0212_ready;

/* One character from n bytes, or 0 when iconv does not map them to exactly
 * one BMP character. */
static unsigned
convert_one(iconv_t cd, const unsigned char *bytes, size_t n)
{
	char inb[4], outb[8];
	char *ip = inb, *op = outb;
	size_t il = n, ol = sizeof outb;
	unsigned cp;

	memcpy(inb, bytes, n);
	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || il != 0 || sizeof outb - ol != 4)
		return 0;
	cp = (unsigned char)outb[0] | (unsigned char)outb[1] << 8 | (unsigned char)outb[2] << 16 |
	     (unsigned)(unsigned char)outb[3] << 24;
	return cp > 0xFFFF ? 0 : cp;
}

static iconv_t
open_or_die(const char *from)
{
	iconv_t cd = iconv_open("UTF-32LE", from);

	if (cd == (iconv_t)-1)
		die("glibc iconv cannot convert from %s (are the gconv modules installed?)", from);
	return cd;
}

static void
build_jis0208(void)
{
	iconv_t cd = open_or_die("CP932");

	for (unsigned p = 0; p < JIS0208_POINTERS; p++) {
		unsigned row = p / 188, cell = p % 188;
		unsigned char sj[2] = {
			(unsigned char)(row + (row < 0x1F ? 0x81 : 0xC1)),
			(unsigned char)(cell + (cell < 0x3F ? 0x40 : 0x41)),
		};
		/* The user-defined area is not in the index: Shift_JIS maps
		 * it to U+E000.. itself, and EUC-JP cannot reach it. */
		jis0208[p] = (p >= 8836 && p <= 10715) ? 0 : (uint16_t)convert_one(cd, sj, 2);
	}
	iconv_close(cd);
	jis0208_ready = 1;
}

static void
build_jis0212(void)
{
	iconv_t cd = open_or_die("EUC-JP");

	for (unsigned p = 0; p < JIS0212_POINTERS; p++) {
		unsigned char euc[3] = {
			0x8F,
			(unsigned char)(0xA1 + p / 94),
			(unsigned char)(0xA1 + p % 94),
		};
		jis0212[p] = (uint16_t)convert_one(cd, euc, 3);
	}
	iconv_close(cd);
	jis0212_ready = 1;
}

unsigned
dec_index_jis0208(unsigned pointer)
{
	if (!jis0208_ready)
		build_jis0208();
	return pointer < JIS0208_POINTERS ? jis0208[pointer] : 0;
}

unsigned
dec_index_jis0212(unsigned pointer)
{
	if (!jis0212_ready)
		build_jis0212();
	return pointer < JIS0212_POINTERS ? jis0212[pointer] : 0;
}
