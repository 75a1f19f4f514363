/*
 * fuzz_decode.c — libFuzzer target for parse/decode.h: decode_document()
 * under several transport charsets, and every decoder alone.  Besides
 * crashes it checks the contract: NUL-terminated output, at most 3 bytes of
 * UTF-8 per input byte (+4), output that is itself valid UTF-8, and no more
 * errors than input bytes.
 */
#include "parse/decode.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void
check_text(const char *text, size_t tlen, size_t inlen, size_t invalid)
{
	char *again = NULL;
	size_t alen = 0;

	if (text == NULL || text[tlen] != '\0' || tlen > 3 * inlen + 4 || invalid > inlen)
		abort();
	/* our UTF-8 must survive a UTF-8 decoder unchanged */
	if (decode_bytes(ENC_UTF8, (const unsigned char *)text, tlen, &again, &alen) != 0 ||
	    alen != tlen || memcmp(again, text, tlen) != 0)
		abort();
	free(again);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const transports[] = {
		NULL,       "shift_jis", "EUC-JP", "iso-2022-jp", " latin1 ",
		"utf-16be", "utf-8",     "gb2312", "x-bogus",
	};
	struct decode_result r;

	for (size_t i = 0; i < sizeof transports / sizeof *transports; i++) {
		decode_document(data, size, transports[i], ENC_SHIFT_JIS, &r);
		if (r.source == NULL || r.encoding < 0 || r.encoding >= ENC_COUNT)
			abort();
		check_text(r.text, r.len, size, r.invalid);
		decode_result_free(&r);
	}
	for (int e = 0; e < ENC_COUNT; e++) {
		char *out = NULL;
		size_t olen = 0;
		size_t bad = decode_bytes((enum encoding)e, data, size, &out, &olen);
		check_text(out, olen, size, bad);
		free(out);
	}
	return 0;
}
