/*
 * decode_unicode.c — the WHATWG UTF-8 and UTF-16 decoders.  UTF-8 errors
 * are replaced per maximal subpart (one U+FFFD for each); an unpaired
 * surrogate or odd trailing byte in UTF-16 is one U+FFFD.  No BOM handling
 * here: decode_document() strips a BOM it sniffed.
 */
#include "parse/decode_int.h"

void
dec_utf8(const unsigned char *in, size_t len, struct dec_out *o)
{
	size_t i = 0;

	while (i < len) {
		unsigned b = in[i++];
		unsigned cp, need, lower = 0x80, upper = 0xBF;

		if (b < 0x80) {
			dec_put(o, b);
			continue;
		} else if (b >= 0xC2 && b <= 0xDF) {
			need = 1, cp = b & 0x1F;
		} else if (b >= 0xE0 && b <= 0xEF) {
			if (b == 0xE0)
				lower = 0xA0;
			if (b == 0xED)
				upper = 0x9F;
			need = 2, cp = b & 0x0F;
		} else if (b >= 0xF0 && b <= 0xF4) {
			if (b == 0xF0)
				lower = 0x90;
			if (b == 0xF4)
				upper = 0x8F;
			need = 3, cp = b & 0x07;
		} else {
			dec_error(o);
			continue;
		}
		/* The continuation bytes: the first must lie within the
		 * lead's bounds, the rest within 0x80-0xBF.  A byte that
		 * does not fit ends the subpart and is decoded again. */
		while (need) {
			if (i == len || in[i] < lower || in[i] > upper)
				break;
			cp = cp << 6 | (in[i++] & 0x3F);
			lower = 0x80, upper = 0xBF;
			need--;
		}
		if (need)
			dec_error(o);
		else
			dec_put(o, cp);
	}
}

void
dec_utf16(const unsigned char *in, size_t len, int big_endian, struct dec_out *o)
{
	size_t i = 0;
	unsigned lead_surrogate = 0;

	while (i + 1 < len) {
		unsigned u = big_endian ? (unsigned)in[i] << 8 | in[i + 1]
		                        : (unsigned)in[i + 1] << 8 | in[i];
		i += 2;
		if (lead_surrogate) {
			unsigned ls = lead_surrogate;
			lead_surrogate = 0;
			if (u >= 0xDC00 && u <= 0xDFFF) {
				dec_put(o, 0x10000 + ((ls - 0xD800) << 10) + (u - 0xDC00));
				continue;
			}
			dec_error(o); /* and u is decoded again below */
		}
		if (u >= 0xD800 && u <= 0xDBFF)
			lead_surrogate = u;
		else if (u >= 0xDC00 && u <= 0xDFFF)
			dec_error(o);
		else
			dec_put(o, u);
	}
	/* A lead surrogate or an odd byte at the end: one error (both
	 * together are still one: the standard reports the pending state). */
	if (lead_surrogate || i < len)
		dec_error(o);
}
