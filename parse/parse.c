/*
 * parse.c — parse_page(): size check, then decode -> gumbo -> extract,
 * either here or in an isolated child (isolate.c).
 */
#include "parse/parse.h"
#include "parse/extract.h"
#include "parse/html.h"
#include "parse/isolate.h"
#include "core/limits.h"
#include "core/util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void
parse_opts_init(struct parse_opts *o)
{
	memset(o, 0, sizeof *o);
	o->fallback = ENC_SHIFT_JIS;
	o->isolate = 1;
}

int
parse_opts_jobs(struct parse_opts *o, const char *s)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 1 || v > HF_MAX_PARSE_JOBS)
		return -1;
	o->jobs = (unsigned)v;
	return 0;
}

int
parse_page_direct(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
                  struct bulletin *out, char *err, size_t errlen)
{
	struct decode_result res;
	struct hdoc doc;

	bulletin_init(out);
	memset(&res, 0, sizeof res);
	decode_document(bytes, len, opts->charset, opts->fallback, &res);
	if (html_flatten(res.text, res.len, &doc, err, errlen) < 0) {
		decode_result_free(&res);
		return -1;
	}
	if (res.warning)
		bulletin_diag(out, DIAG_ENCODING, "%s", res.warning);
	extract_bulletin(&doc, opts->url, out);
	if (doc.truncated)
		bulletin_diag(out, DIAG_TEXT_CUT, "%zu text block(s) longer than %u bytes were cut",
		              doc.truncated, HF_MAX_FIELD_BYTES);
	out->source.url = xstrdup(opts->url);
	out->source.encoding = xstrdup(encoding_name(res.encoding));
	out->source.encoding_source = xstrdup(res.source);
	out->source.invalid_sequences = res.invalid;
	hdoc_free(&doc);
	decode_result_free(&res);
	return 0;
}

int
parse_page(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
           struct bulletin *out, char *err, size_t errlen)
{
	size_t max = opts->max_bytes ? opts->max_bytes : HF_MAX_PAGE_BYTES;

	bulletin_init(out);
	if (len > max) {
		snprintf(err, errlen, "page is larger than %zu bytes", max);
		return -1;
	}
	if (opts->isolate)
		return parse_page_isolated(bytes, len, opts, out, err, errlen);
	return parse_page_direct(bytes, len, opts, out, err, errlen);
}
