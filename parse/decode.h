/*
 * decode.h — bytes to UTF-8 exactly as a web browser would (WHATWG Encoding
 * Standard decoders, HTML Standard sniffing), plus hotfeed's override policy
 * for mislabelled Japanese pages.  Included by parse/ and cli/.
 *
 * iconv is used only inside parse/decode*.c.
 */
#ifndef HOTFEED_DECODE_H
#define HOTFEED_DECODE_H

#include <stddef.h>

enum encoding {
	ENC_UNKNOWN = -1,
	ENC_UTF8 = 0,
	ENC_SHIFT_JIS,
	ENC_EUC_JP,
	ENC_ISO2022JP,
	ENC_WINDOWS1252,
	ENC_UTF16LE,
	ENC_UTF16BE,
	ENC_COUNT
};

/* WHATWG label -> encoding (trimmed, ASCII case-insensitive); ENC_UNKNOWN
 * when not a label of an encoding hotfeed decodes. */
enum encoding encoding_from_label(const char *label);
/* Canonical WHATWG name: "UTF-8", "Shift_JIS", "EUC-JP", "ISO-2022-JP",
 * "windows-1252", "UTF-16LE", "UTF-16BE". */
const char *encoding_name(enum encoding e);

/* Decode len bytes with one decoder, appending UTF-8 to *out (a NUL-terminated
 * malloc'd string, caller frees) and returning the number of invalid
 * sequences (each became exactly one U+FFFD).  *out is NULL for a new string,
 * or a malloc'd string of *outlen bytes that is extended; *outlen is updated.
 * No BOM is stripped here.  At most 3 bytes of UTF-8 per input byte (+4) are
 * written.  An encoding outside the enum decodes as windows-1252. */
size_t decode_bytes(enum encoding e, const unsigned char *in, size_t len, char **out,
                    size_t *outlen);

struct decode_result {
	char *text; /* UTF-8, NUL-terminated; caller frees */
	size_t len;
	enum encoding encoding;
	const char *source; /* "bom" "transport" "meta" "detected" "default" "override" */
	size_t invalid;     /* invalid sequences replaced by U+FFFD */
	char *warning;      /* set (caller frees) when the choice needs a word:
	                       an override naming both encodings, an unknown label */
};

/*
 * Decode a whole document: BOM, transport charset (may be NULL), <meta>
 * prescan of the first 1024 bytes (then, as Chromium, a <meta> later in
 * <head>; then <?xml encoding>), detection, default.
 * Never fails on content; returns 0.  *res is filled (caller calls
 * decode_result_free); a sniffed BOM is not part of res->text.
 *
 * Detection: 7-bit input is ISO-2022-JP when its escapes occur, else UTF-8
 * (ASCII decodes the same in every candidate); valid UTF-8 is UTF-8; else the
 * one of EUC-JP / Shift_JIS with fewer errors, then the more plausible.
 * fallback (ENC_SHIFT_JIS normally; out of range means that) is used only
 * when detection cannot decide: empty input or an exact tie.
 *
 * Override policy (source "override", res->warning names both encodings):
 * (a) a <meta>/<?xml?> declaration whose decoder produces errors yields to
 * another of UTF-8/Shift_JIS/EUC-JP/ISO-2022-JP that decodes everything
 * without errors and scores as more plausible Japanese; (b) a windows-1252
 * transport label (iso-8859-1, us-ascii, ...) yields to a <meta> naming
 * Shift_JIS/EUC-JP/ISO-2022-JP that decodes without errors; (c) any other
 * usable transport charset is obeyed exactly.  An unusable label (unknown,
 * or an encoding hotfeed does not decode) is ignored with a warning.
 */
int decode_document(const unsigned char *in, size_t len, const char *transport,
                    enum encoding fallback, struct decode_result *res);
void decode_result_free(struct decode_result *res);

#endif
