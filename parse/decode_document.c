/*
 * decode_document.c — the HTML Standard's order for choosing a document's
 * encoding (BOM, transport charset, <meta>/<?xml?> declaration, detection,
 * default) and hotfeed's override policy for mislabelled Japanese pages:
 *
 *  (a) a <meta>/<?xml?> declaration whose decoder produces errors yields to
 *      another Japanese decoder that decodes the whole document without
 *      errors and more plausibly;
 *  (b) a windows-1252-family transport charset (iso-8859-1, us-ascii, ...)
 *      yields to a <meta> naming a Japanese encoding that decodes without
 *      errors;
 *  (c) any other transport charset is obeyed exactly, errors and all.
 *
 * An override sets source "override" and a warning naming both encodings.
 */
#include "parse/decode_int.h"

#include <stdlib.h>
#include <string.h>

static void
warn(struct buf *w, const char *msg)
{
	if (w->len)
		buf_puts(w, "; ");
	buf_puts(w, msg);
}

static void
finish(struct decode_result *res, enum encoding e, const char *source, const unsigned char *in,
       size_t len)
{
	res->text = NULL;
	res->len = 0;
	res->invalid = decode_bytes(e, in, len, &res->text, &res->len);
	res->encoding = e;
	res->source = source;
}

static int
is_japanese(enum encoding e)
{
	return e == ENC_SHIFT_JIS || e == ENC_EUC_JP || e == ENC_ISO2022JP;
}

/* Policy (a): res holds the declared decoding, with errors.  Look for a
 * decoder that has none and reads as more plausible Japanese. */
static void
override_declared(const unsigned char *in, size_t len, const struct declared *d,
                  struct decode_result *res, struct buf *w)
{
	static const enum encoding candidates[] = {
		ENC_UTF8,
		ENC_SHIFT_JIS,
		ENC_EUC_JP,
		ENC_ISO2022JP,
	};
	long best_score = dec_plausibility(res->text, res->len);
	enum encoding best = ENC_UNKNOWN;
	char *best_text = NULL;
	size_t best_len = 0;
	char *msg;

	for (size_t k = 0; k < sizeof candidates / sizeof *candidates; k++) {
		char *text = NULL;
		size_t tlen = 0;
		size_t bad;
		long score;
		if (candidates[k] == res->encoding ||
		    (candidates[k] == ENC_ISO2022JP && !dec_all_ascii(in, len)))
			continue;
		bad = decode_bytes(candidates[k], in, len, &text, &tlen);
		score = dec_plausibility(text, tlen);
		if (bad == 0 && score > best_score) {
			free(best_text);
			best_text = text, best_len = tlen;
			best = candidates[k], best_score = score;
		} else {
			free(text);
		}
	}
	if (best == ENC_UNKNOWN)
		return;
	msg = xasprintf("declared encoding %s (%s) produced %zu invalid sequence%s; "
	                "decoded as %s instead",
	                encoding_name(res->encoding), d->how, res->invalid,
	                res->invalid == 1 ? "" : "s", encoding_name(best));
	warn(w, msg);
	free(msg);
	free(res->text);
	res->text = best_text;
	res->len = best_len;
	res->encoding = best;
	res->invalid = 0;
	res->source = "override";
}

static void
warn_label(struct buf *w, const char *what, const char *label, enum label_kind kind)
{
	char *msg =
		kind == LABEL_UNSUPPORTED
			? xasprintf(
				  "%s charset \"%s\" names an encoding hotfeed does not decode; ignored",
				  what, label)
			: xasprintf("%s charset \"%s\" is not an encoding label; ignored", what,
	                            label);
	warn(w, msg);
	free(msg);
}

/* The transport charset, when usable: 1 when it decided, 0 to go on. */
static int
use_transport(const unsigned char *in, size_t len, const char *transport, const struct declared *d,
              struct decode_result *res, struct buf *w)
{
	enum encoding t;
	size_t tlen = strlen(transport);
	const char *tl = transport;
	enum label_kind kind;

	/* a Content-Type parameter may be quoted: charset="Shift_JIS" */
	if (tlen >= 2 && (tl[0] == '"' || tl[0] == '\'') && tl[tlen - 1] == tl[0])
		tl++, tlen -= 2;
	kind = dec_label_lookup(tl, tlen, &t);

	if (kind != LABEL_SUPPORTED) {
		char label[48];
		size_t n = strlen(transport);
		if (n > sizeof label - 1)
			n = sizeof label - 1;
		memcpy(label, transport, n);
		label[n] = '\0';
		warn_label(w, "transport", label, kind);
		return 0;
	}
	if (t == ENC_WINDOWS1252 && d->kind == LABEL_SUPPORTED && is_japanese(d->enc)) {
		finish(res, d->enc, "override", in, len);
		if (res->invalid == 0) { /* policy (b) */
			char *msg = xasprintf("transport encoding windows-1252 (\"%s\") yields "
			                      "to %s (%s), which decodes without errors",
			                      transport, encoding_name(d->enc), d->how);
			warn(w, msg);
			free(msg);
			return 1;
		}
		free(res->text);
	}
	finish(res, t, "transport", in, len); /* policy (c) */
	return 1;
}

int
decode_document(const unsigned char *in, size_t len, const char *transport, enum encoding fallback,
                struct decode_result *res)
{
	struct buf w;
	struct declared d;
	size_t bomlen;
	enum encoding e;

	memset(res, 0, sizeof *res);
	buf_init(&w, 0);
	if ((e = dec_sniff_bom(in, len, &bomlen)) != ENC_UNKNOWN) {
		finish(res, e, "bom", in + bomlen, len - bomlen);
		goto out;
	}
	dec_sniff_declared(in, len, &d);
	if (transport != NULL && *transport != '\0' &&
	    use_transport(in, len, transport, &d, res, &w))
		goto out;
	if (d.kind == LABEL_SUPPORTED) {
		finish(res, d.enc, "meta", in, len);
		if (res->invalid > 0)
			override_declared(in, len, &d, res, &w);
		goto out;
	}
	if (d.kind == LABEL_UNSUPPORTED)
		warn_label(&w, d.how, d.label, d.kind);
	if ((e = dec_detect_encoding(in, len)) != ENC_UNKNOWN) {
		finish(res, e, "detected", in, len);
		goto out;
	}
	if (fallback < 0 || fallback >= ENC_COUNT)
		fallback = ENC_SHIFT_JIS;
	finish(res, fallback, "default", in, len);
out:
	res->warning = w.len ? buf_steal(&w, NULL) : NULL;
	buf_free(&w);
	return 0;
}

void
decode_result_free(struct decode_result *res)
{
	free(res->text);
	free(res->warning);
	memset(res, 0, sizeof *res);
}
