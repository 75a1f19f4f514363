/*
 * cmd_decode.c — `hotfeed decode [--charset LABEL] [--default LABEL]
 * [--max-bytes N] FILE`: the page's bytes decoded to UTF-8 as a browser
 * would (parse/decode.h), exactly, on stdout; one line on stderr saying how
 * the encoding was chosen:
 *
 *     FILE: encoding=Shift_JIS source=meta invalid=0[; warning: ...]
 */
#include "cli/cli.h"
#include "core/config.h"
#include "core/exitcode.h"
#include "core/limits.h"
#include "core/util.h"
#include "parse/decode.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: hotfeed decode [--charset LABEL] [--default LABEL] [--max-bytes N] FILE\n\n"
	"Print FILE decoded to UTF-8 exactly as a web browser decodes it (not parsed),\n"
	"and one line on stderr: the encoding, how it was chosen (bom, transport,\n"
	"meta, detected, default, override) and the number of invalid sequences.\n\n"
	"  --charset LABEL   the transport (HTTP Content-Type) charset\n"
	"  --default LABEL   the encoding when nothing decides (default Shift_JIS)\n"
	"  --max-bytes N     refuse a larger file (default 4194304)\n";

static int
usage_error(const char *fmt, const char *arg)
{
	fputs("hotfeed decode: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\n(see 'hotfeed decode --help')\n", stderr);
	return HF_EXIT_FATAL;
}

static int
decode_file(const char *path, const char *charset, enum encoding fallback, size_t max)
{
	char *data;
	size_t len;
	struct decode_result r;
	int failed;

	if (read_file(path, max, &data, &len) < 0) {
		if (errno == EFBIG)
			fprintf(stderr, "%s: page is larger than %zu bytes\n", path, max);
		else
			fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return HF_EXIT_FATAL;
	}
	decode_document((const unsigned char *)data, len, charset, fallback, &r);
	free(data);
	failed = fwrite(r.text, 1, r.len, stdout) != r.len || fflush(stdout) != 0;
	fprintf(stderr, "%s: encoding=%s source=%s invalid=%zu%s%s\n", path,
	        encoding_name(r.encoding), r.source, r.invalid, r.warning ? "; warning: " : "",
	        r.warning ? r.warning : "");
	decode_result_free(&r);
	if (failed) {
		fprintf(stderr, "hotfeed decode: writing standard output failed\n");
		return HF_EXIT_FATAL;
	}
	return HF_EXIT_OK;
}

int
cmd_decode(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "charset", required_argument, NULL, 'c' },
		{ "default", required_argument, NULL, 'd' },
		{ "max-bytes", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *charset = NULL;
	enum encoding fallback = ENC_SHIFT_JIS;
	size_t max = HF_MAX_PAGE_BYTES;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", longopts, NULL)) != -1) {
		switch (c) {
		case 'c':
			charset = optarg;
			break;
		case 'd':
			if ((fallback = encoding_from_label(optarg)) == ENC_UNKNOWN)
				return usage_error("--default: \"%s\" is not a label of an "
				                   "encoding hotfeed decodes",
				                   optarg);
			break;
		case 'm':
			if (config_parse_max_bytes(optarg, &max) < 0)
				return usage_error(
					"--max-bytes: \"%s\" is not a number in 1024..1073741824",
					optarg);
			break;
		case 'h':
			fputs(usage_text, stdout);
			return HF_EXIT_OK;
		default:
			return usage_error("unknown or incomplete option '%s'", argv[optind - 1]);
		}
	}
	if (argc - optind != 1)
		return usage_error("%s", argc == optind ? "no FILE given" : "one FILE at a time");
	return decode_file(argv[optind], charset, fallback, max);
}
