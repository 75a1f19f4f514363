/*
 * fuzz_parse.c — libFuzzer target for parse/parse.h: parse_page() in this
 * process (isolate = 0, so the sanitizers see everything), with and without
 * a transport charset.  A refused page (-1) is fine; a crash is not.
 */
#include "core/bulletin.h"
#include "parse/parse.h"

#include <stdint.h>
#include <stdlib.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct parse_opts o;
	struct bulletin b;
	char err[256];

	for (int pass = 0; pass < 2; pass++) {
		parse_opts_init(&o);
		o.isolate = 0;
		o.charset = pass ? "iso-8859-1" : NULL;
		o.url = "http://example.jp/hotfix/MS05-039.html";
		if (parse_page(data, size, &o, &b, err, sizeof err) == 0)
			bulletin_free(&b);
	}
	return 0;
}
