/*
 * decode_int.h — internals shared by the parse/decode*.c files only (the
 * decoders, the index builder, the sniffer, the detector, the policy).
 * Included by parse/decode*.c only; the public contract is
 * parse/decode.h.
 */
#ifndef HOTFEED_DECODE_INT_H
#define HOTFEED_DECODE_INT_H

#include <stddef.h>
#include "core/util.h"
#include "parse/decode.h"

/* What a charset label names (decode_labels.c). */
enum label_kind {
	LABEL_NONE = 0,   /* not a WHATWG label at all: ignored like a browser */
	LABEL_SUPPORTED,  /* a label of an encoding hotfeed decodes */
	LABEL_UNSUPPORTED /* a WHATWG label of an encoding hotfeed does not decode */
};

/* Look up n bytes of label (trimmed of ASCII whitespace, ASCII
 * case-insensitive).  *e is set for LABEL_SUPPORTED, ENC_UNKNOWN otherwise. */
enum label_kind dec_label_lookup(const char *label, size_t n, enum encoding *e);

/* The decoders' output: UTF-8 in a buf (no ceiling: each decoder writes at
 * most 3 bytes per input byte plus 4) and the count of U+FFFDs for errors. */
struct dec_out {
	struct buf b;
	size_t invalid;
};

/* Append cp (a scalar value) as UTF-8: dec_put_utf8() in decode.c, or
 * inline when there is room (decode_bytes reserves it): the decoders call
 * it for every character of a page. */
void dec_put_utf8(struct dec_out *o, unsigned cp);
static inline void
dec_put(struct dec_out *o, unsigned cp)
{
	struct buf *b = &o->b;
	char *d;

	if (cp >= 0x10000 || b->cap - b->len < 5 || b->max != 0) {
		dec_put_utf8(o, cp);
		return;
	}
	d = b->data + b->len;
	if (cp < 0x80) {
		d[0] = (char)cp;
		b->len += 1;
	} else if (cp < 0x800) {
		d[0] = (char)(0xC0 | (cp >> 6));
		d[1] = (char)(0x80 | (cp & 0x3F));
		b->len += 2;
	} else {
		d[0] = (char)(0xE0 | (cp >> 12));
		d[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		d[2] = (char)(0x80 | (cp & 0x3F));
		b->len += 3;
	}
	b->data[b->len] = '\0';
}
void dec_error(struct dec_out *o); /* one U+FFFD, counted */

/* One decoder each: append the decoding of in[0..len) to o.  They never fail. */
void dec_utf8(const unsigned char *in, size_t len, struct dec_out *o);
void dec_utf16(const unsigned char *in, size_t len, int big_endian, struct dec_out *o);
void dec_windows1252(const unsigned char *in, size_t len, struct dec_out *o);
void dec_shift_jis(const unsigned char *in, size_t len, struct dec_out *o);
void dec_euc_jp(const unsigned char *in, size_t len, struct dec_out *o);
void dec_iso2022jp(const unsigned char *in, size_t len, struct dec_out *o);

/* WHATWG index jis0208 / jis0212 (decode_index.c): the code point at
 * pointer, or 0 when the index has none.  Built on first use through glibc
 * iconv (CP932 for jis0208, EUC-JP for jis0212); dies if glibc lacks them. */
unsigned dec_index_jis0208(unsigned pointer);
unsigned dec_index_jis0212(unsigned pointer);

/* Sniffing (decode_sniff.c). */
enum encoding dec_sniff_bom(const unsigned char *in, size_t len, size_t *bomlen);

struct declared {
	enum label_kind kind; /* LABEL_NONE: no declaration found */
	enum encoding enc;    /* for LABEL_SUPPORTED (UTF-16 already made UTF-8) */
	const char *how;      /* "meta" or "xml declaration" */
	char label[48];       /* the label as written (truncated), for warnings */
};

/* The HTML Standard's prescan of the first 1024 bytes for a <meta> charset,
 * then Chromium's scan of the rest of <head> for one, then a leading
 * <?xml ... encoding="..."?> as a fallback. */
void dec_sniff_declared(const unsigned char *in, size_t len, struct declared *d);

/* Detection (decode_detect.c). */
long dec_plausibility(const char *utf8, size_t len);
/* Guess among UTF-8, Shift_JIS, EUC-JP and ISO-2022-JP; ENC_UNKNOWN when the
 * bytes do not decide (empty input, or an exact tie). */
enum encoding dec_detect_encoding(const unsigned char *in, size_t len);
int dec_all_ascii(const unsigned char *in, size_t len);

#endif
