/*
 * catalogue_diff.c — what counts as a change of content, on the model's JSON
 * form.  Two extractions are the same bulletin text when their top-level
 * fields, minus `source`, `warnings` and `diagnostics`, are equal after normalization:
 *
 *  - decoder variant pairs fold to the browser side (the WHATWG decoders'
 *    choice): U+2212->U+FF0D, U+301C->U+FF5E, U+2016->U+2225,
 *    U+00A2->U+FFE0, U+00A3->U+FFE1, U+00AC->U+FFE2;
 *  - whitespace (ASCII, U+00A0, U+3000) runs: removed at the ends and next to
 *    a non-ASCII character (Japanese is not written with spaces, so a space
 *    there only reflects a line break or a tag in the markup), one space
 *    between two ASCII characters.
 *
 * No NFKC: width variants (Ａ/A, ｶ/カ) are what the page printed, the model
 * keeps them exactly as decoded (issue #2), and a page that changes them has
 * changed its text.  Only the decoder's own ambiguity is folded away.
 *
 * The regression guard (cat_lost_fields) compares raw values: a field the
 * model's table marks FIELD_GUARDED that was present and is now null or empty is a loss.
 */
#include "store/catalogue_impl.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

static const struct {
	unsigned from, to;
} variant_pairs[] = {
	{ 0x2212, 0xFF0D }, { 0x301C, 0xFF5E }, { 0x2016, 0x2225 },
	{ 0x00A2, 0xFFE0 }, { 0x00A3, 0xFFE1 }, { 0x00AC, 0xFFE2 },
};

/* Fields that say nothing about the bulletin's content (FIELD_NOT_CONTENT
 * in the model's table); a key the table does not know is content. */
static int
is_ignored(const char *key)
{
	const struct field *f = record_field(&bulletin_record, key);

	return f != NULL && (f->flags & FIELD_NOT_CONTENT);
}

static unsigned
fold_variant(unsigned c)
{
	for (size_t i = 0; i < sizeof variant_pairs / sizeof *variant_pairs; i++)
		if (c == variant_pairs[i].from)
			return variant_pairs[i].to;
	return c;
}

char *
cat_normalize_text(const char *s)
{
	const char *p = s;
	size_t n = strlen(s), len;
	struct buf out;
	unsigned prev = 0; /* last code point written; 0 at the start */
	int pending = 0;   /* a whitespace run is waiting */

	buf_init(&out, 0);
	while (n > 0) {
		long cp = utf8_next(p, n, &len);
		unsigned c = cp < 0 ? 0xFFFD : (unsigned)cp;

		p += len;
		n -= len;
		if (CH_IS_WIDE_BLANK(c)) {
			pending = 1;
			continue;
		}
		c = fold_variant(c);
		if (pending && prev != 0 && prev < 0x80 && c < 0x80)
			buf_putc(&out, ' ');
		pending = 0;
		buf_put_utf8(&out, c);
		prev = c;
	}
	return buf_steal(&out, NULL);
}

/* A deep copy of v with every string normalized (new reference). */
static json_t *
normalize(const json_t *v)
{
	json_t *r, *item;
	const char *key;
	size_t i;

	switch (json_typeof(v)) {
	case JSON_STRING: {
		char *n = cat_normalize_text(json_string_value(v));
		r = json_string(n);
		free(n);
		return r;
	}
	case JSON_ARRAY:
		r = json_array();
		json_array_foreach(v, i, item) json_array_append_new(r, normalize(item));
		return r;
	case JSON_OBJECT:
		r = json_object();
		json_object_foreach((json_t *)v, key, item)
			json_object_set_new(r, key, normalize(item));
		return r;
	default:
		return json_deep_copy(v);
	}
}

static int
same_content(const json_t *a, const json_t *b)
{
	json_t *na, *nb;
	int eq;

	if (a == NULL || b == NULL)
		return a == b;
	na = normalize(a);
	nb = normalize(b);
	eq = json_equal(na, nb);
	json_decref(na);
	json_decref(nb);
	return eq;
}

static char *
dump(const json_t *v)
{
	char *s = v ? json_dumps(v, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY) : NULL;
	char *r = xstrdup(s ? s : "null");

	free(s);
	return r;
}

static void
add_change(struct cat_changes *out, const char *key, const json_t *o, const json_t *n)
{
	struct change *c = VEC_PUSH(&out->v);

	c->field = xstrdup(key);
	c->old_value = dump(o);
	c->new_value = dump(n);
}

static int present(const json_t *v);

/* A key the old model lacks was added to the model since it was stored
 * (supersedes, schema 2): its empty value (null, [], "") is no change, so
 * a reparse after an upgrade makes no revision of every bulletin. */
void
cat_diff(const json_t *old, const json_t *neu, struct cat_changes *out)
{
	const char *key;
	json_t *v;

	memset(out, 0, sizeof *out);
	json_object_foreach((json_t *)neu, key, v)
	{
		const json_t *o = old ? json_object_get(old, key) : NULL;

		if (old != NULL && o == NULL && !present(v))
			continue;
		if (!is_ignored(key) && !same_content(o, v))
			add_change(out, key, o, v);
	}
	if (old == NULL)
		return;
	json_object_foreach((json_t *)old, key,
	                    v) if (!is_ignored(key) && json_object_get(neu, key) == NULL)
		add_change(out, key, v, NULL);
}

void
cat_changes_free(struct cat_changes *c)
{
	for (size_t i = 0; i < c->v.n; i++) {
		free(c->v.v[i].field);
		free(c->v.v[i].old_value);
		free(c->v.v[i].new_value);
	}
	free(c->v.v);
	memset(c, 0, sizeof *c);
}

static int
present(const json_t *v)
{
	if (v == NULL || json_is_null(v))
		return 0;
	if (json_is_string(v))
		return json_string_length(v) > 0;
	if (json_is_array(v))
		return json_array_size(v) > 0;
	if (json_is_object(v))
		return json_object_size(v) > 0;
	return 1;
}

char *
cat_lost_fields(const json_t *old, const json_t *neu)
{
	struct buf out;

	buf_init(&out, 0);
	for (size_t i = 0; i < bulletin_record.nfields; i++) {
		const char *f = bulletin_record.fields[i].name;

		if ((bulletin_record.fields[i].flags & FIELD_GUARDED) &&
		    present(json_object_get(old, f)) && !present(json_object_get(neu, f)))
			buf_printf(&out, "%s%s", out.len ? ", " : "", f);
	}
	if (out.len == 0) {
		buf_free(&out);
		return NULL;
	}
	return buf_steal(&out, NULL);
}
