/*
 * parse.h — one page in, one bulletin out: decode, gumbo, extract.
 * The entry point the CLI, the catalogue (ingest, reparse) and fetch use.
 * Included by cli/, core/catalogue*, fetch/.
 */
#ifndef HOTFEED_PARSE_H
#define HOTFEED_PARSE_H

#include <stddef.h>
#include "core/bulletin.h"
#include "parse/decode.h"

struct parse_opts {
	const char *charset;      /* transport charset label (HTTP Content-Type), or NULL */
	const char *url;          /* source URL (for source.url and absolute links), or NULL */
	size_t max_bytes;         /* refuse larger pages; 0 = HF_MAX_PAGE_BYTES */
	enum encoding fallback;   /* default encoding; ENC_SHIFT_JIS normally */
	int isolate;              /* run gumbo+extract in a child with CPU/memory limits */
};

void parse_opts_init(struct parse_opts *o);

/*
 * Parse one page.  Returns 0 and fills *out (initialized by the callee; the
 * caller bulletin_free()s it), or -1 with a one-line reason in err (the page
 * was refused: too large, parser stopped by a limit, ...); *out is then empty.
 */
int parse_page(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
               struct bulletin *out, char *err, size_t errlen);

#endif
