/*
 * decode.c — one decoder by encoding: decode_bytes(), the shared output
 * helpers, and the windows-1252 decoder (the only single-byte one).
 */
#include "parse/decode_int.h"

#include <stdlib.h>

/* Our decoders write at most 4 bytes of UTF-8 per code point and at most 3
 * per input byte, so the buf needs no ceiling of its own. */
void
dec_put_utf8(struct dec_out *o, unsigned cp)
{
	if (buf_put_utf8(&o->b, cp) != 0)
		die("decoded text too large");
}

void
dec_error(struct dec_out *o)
{
	dec_put(o, 0xFFFD);
	o->invalid++;
}

/* index windows-1252 for 0x80-0x9F; the rest is Latin-1.  The five holes
 * (0x81 0x8D 0x8F 0x90 0x9D) map to the C1 controls, never an error. */
static const unsigned short cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
	0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
	0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

void
dec_windows1252(const unsigned char *in, size_t len, struct dec_out *o)
{
	for (size_t i = 0; i < len; i++)
		dec_put(o, in[i] >= 0x80 && in[i] <= 0x9F ? cp1252_high[in[i] - 0x80] : in[i]);
}

size_t
decode_bytes(enum encoding e, const unsigned char *in, size_t len, char **out, size_t *outlen)
{
	struct dec_out o = { { NULL, 0, 0, 0 }, 0 };

	if (*out != NULL) { /* append to the caller's string */
		o.b.data = *out;
		o.b.len = *outlen;
		o.b.cap = *outlen + 1;
	}
	buf_append(&o.b, "", 0); /* always a NUL-terminated string */
	/* room for the usual output at once (a two-byte Japanese character
	 * takes three in UTF-8), not a dozen doublings and copies */
	if (len < ((size_t)1 << 30) && o.b.cap - o.b.len < len + len / 2 + 64) {
		o.b.cap = o.b.len + len + len / 2 + 64;
		o.b.data = xrealloc(o.b.data, o.b.cap);
	}
	switch (e) {
	case ENC_UTF8:
		dec_utf8(in, len, &o);
		break;
	case ENC_SHIFT_JIS:
		dec_shift_jis(in, len, &o);
		break;
	case ENC_EUC_JP:
		dec_euc_jp(in, len, &o);
		break;
	case ENC_ISO2022JP:
		dec_iso2022jp(in, len, &o);
		break;
	case ENC_UTF16LE:
		dec_utf16(in, len, 0, &o);
		break;
	case ENC_UTF16BE:
		dec_utf16(in, len, 1, &o);
		break;
	case ENC_WINDOWS1252:
	default:
		dec_windows1252(in, len, &o);
		break;
	}
	*out = o.b.data;
	*outlen = o.b.len;
	return o.invalid;
}
