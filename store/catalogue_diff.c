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
#include "core/bulletin_json.h"
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

/* The normalized form of a text, one code point at a time (no copy). */
struct norm {
	const char *p;
	size_t n;
	unsigned prev; /* last code point given; 0 at the start */
	int pending;   /* a whitespace run is waiting */
	long held;     /* the code point after a space given, or -1 */
};

static void
norm_init(struct norm *z, const char *s, size_t n)
{
	*z = (struct norm){ s, n, 0, 0, -1 };
}

/* The next code point of the normalized text, -1 at its end. */
static long
norm_next(struct norm *z)
{
	long c = z->held;
	size_t len;

	if (c >= 0) {
		z->held = -1;
		return c;
	}
	while (z->n > 0) {
		long cp = utf8_next(z->p, z->n, &len);
		unsigned u = cp < 0 ? 0xFFFD : (unsigned)cp;

		z->p += len;
		z->n -= len;
		if (CH_IS_WIDE_BLANK(u)) {
			z->pending = 1;
			continue;
		}
		u = fold_variant(u);
		c = u;
		if (z->pending && z->prev != 0 && z->prev < 0x80 && u < 0x80) {
			z->held = u;
			c = ' ';
		}
		z->pending = 0;
		z->prev = u;
		return c;
	}
	return -1;
}

char *
cat_normalize_text(const char *s)
{
	struct buf out;
	struct norm z;
	long c;

	buf_init(&out, 0);
	norm_init(&z, s, strlen(s));
	while ((c = norm_next(&z)) >= 0)
		buf_put_utf8(&out, (unsigned)c);
	return buf_steal(&out, NULL);
}

/* Are a and b equal once every string in them is normalized?  What
 * json_equal says of their normalized copies, without making them. */
static int
equal_normalized(const json_t *a, const json_t *b)
{
	struct norm za, zb;
	const char *key;
	const json_t *v;
	size_t i;
	long c;

	if (json_typeof(a) != json_typeof(b))
		return 0;
	switch (json_typeof(a)) {
	case JSON_STRING:
		norm_init(&za, json_string_value(a), json_string_length(a));
		norm_init(&zb, json_string_value(b), json_string_length(b));
		while ((c = norm_next(&za)) == norm_next(&zb))
			if (c < 0)
				return 1;
		return 0;
	case JSON_ARRAY:
		if (json_array_size(a) != json_array_size(b))
			return 0;
		for (i = 0; i < json_array_size(a); i++)
			if (!equal_normalized(json_array_get(a, i), json_array_get(b, i)))
				return 0;
		return 1;
	case JSON_OBJECT:
		if (json_object_size(a) != json_object_size(b))
			return 0;
		json_object_foreach((json_t *)a, key, v)
		{
			const json_t *w = json_object_get(b, key);

			if (w == NULL || !equal_normalized(v, w))
				return 0;
		}
		return 1;
	default:
		return json_equal(a, b);
	}
}

/* ---- a model's text as its top-level members ------------------------------ */

static int
is_ws(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static const char *
skip_ws(const char *p, const char *end)
{
	while (p < end && is_ws(*p))
		p++;
	return p;
}

/* Past the string whose opening quote is at p; NULL when it never ends.
 * Its quotes found by memchr (most of a model is the text of its strings):
 * one after an odd run of backslashes is escaped. */
static const char *
string_end(const char *p, const char *end)
{
	const char *q, *b;

	for (p++; p < end; p = q + 1) {
		if ((q = memchr(p, '"', (size_t)(end - p))) == NULL)
			return NULL;
		for (b = q; b > p && b[-1] == '\\'; b--)
			;
		if ((q - b) % 2 == 0)
			return q + 1;
	}
	return NULL;
}

/* Past the JSON value at p: strings and nesting are followed, a scalar ends
 * at a delimiter; NULL when it never ends.  Checks no more than that: the
 * texts read here are JSON already (the worker's answer was parsed, a stored
 * model is json_valid), and a member whose bytes differ is parsed. */
static const char *
value_end(const char *p, const char *end)
{
	int depth = 0;

	do {
		if (p >= end)
			return NULL;
		if (*p == '"') {
			if ((p = string_end(p, end)) == NULL)
				return NULL;
			continue;
		}
		if (*p == '{' || *p == '[') {
			depth++;
		} else if (*p == '}' || *p == ']') {
			if (--depth < 0)
				return NULL;
		} else if (depth == 0) {
			while (p < end && *p != ',' && *p != '}' && *p != ']' && !is_ws(*p))
				p++;
			return p;
		}
		p++;
	} while (depth > 0);
	return p;
}

/* The key of the string at [p, e): copied, escapes decoded by jansson. */
static char *
member_key(const char *p, const char *e)
{
	json_t *k;
	char *r;

	if (memchr(p, '\\', (size_t)(e - p)) == NULL)
		return xstrndup(p + 1, (size_t)(e - p - 2));
	k = json_loadb(p, (size_t)(e - p), JSON_DECODE_ANY, NULL);
	r = json_is_string(k) ? xstrdup(json_string_value(k)) : NULL;
	json_decref(k);
	return r;
}

static const struct cat_member *
member_get(const struct cat_model *m, const char *key, size_t hint)
{
	if (hint < m->v.n && streq(m->v.v[hint].key, key))
		return &m->v.v[hint];
	for (size_t i = 0; i < m->v.n; i++)
		if (streq(m->v.v[i].key, key))
			return &m->v.v[i];
	return NULL;
}

/* text as '{' key ':' value (',' key ':' value)* '}': 0, or -1 when it is
 * not that or repeats a key (the caller then asks jansson). */
static int
split(struct cat_model *m, const char *text, size_t len)
{
	const char *p = text, *end = text + len, *e;
	struct cat_member *mb;

	p = skip_ws(p, end);
	if (p == end || *p++ != '{')
		return -1;
	p = skip_ws(p, end);
	if (p < end && *p == '}')
		return skip_ws(p + 1, end) == end ? 0 : -1;
	for (;;) {
		if (p == end || *p != '"' || (e = string_end(p, end)) == NULL)
			return -1;
		mb = VEC_PUSH(&m->v);
		mb->key = member_key(p, e);
		mb->val = NULL;
		if (mb->key == NULL || member_get(m, mb->key, m->v.n) != mb)
			return -1;
		p = skip_ws(e, end);
		if (p == end || *p++ != ':')
			return -1;
		p = skip_ws(p, end);
		if ((e = value_end(p, end)) == NULL || e == p)
			return -1;
		mb->val = p;
		mb->len = (size_t)(e - p);
		p = skip_ws(e, end);
		if (p < end && *p == ',') {
			p = skip_ws(p + 1, end);
			continue;
		}
		if (p < end && *p == '}')
			return skip_ws(p + 1, end) == end ? 0 : -1;
		return -1;
	}
}

int
cat_model_read(struct cat_model *m, const char *text, size_t len)
{
	json_t *t;

	memset(m, 0, sizeof *m);
	if (split(m, text, len) == 0)
		return 0;
	/* not the plain form (spaces are fine, a repeated key is not): read as
	 * the tree would be, then split its compact dump */
	cat_model_free(m);
	if ((t = json_loadb(text, len, 0, NULL)) == NULL)
		return -1;
	if (json_is_object(t))
		m->text = json_dumps(t, HF_JSON_COMPACT);
	json_decref(t);
	if (m->text == NULL)
		return 0; /* not an object: no members, as json_object_get says */
	return split(m, m->text, strlen(m->text));
}

void
cat_model_free(struct cat_model *m)
{
	for (size_t i = 0; i < m->v.n; i++)
		free(m->v.v[i].key);
	free(m->v.v);
	free(m->text);
	json_decref(m->tree);
	memset(m, 0, sizeof *m);
}

const struct cat_member *
cat_model_get(const struct cat_model *m, const char *key)
{
	return member_get(m, key, 0);
}

json_t *
cat_member_json(const struct cat_member *mb)
{
	return mb ? json_loadb(mb->val, mb->len, JSON_DECODE_ANY, NULL) : NULL;
}

/* ---- comparison ------------------------------------------------------------ */

static int
same_content(const json_t *a, const json_t *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	/* normalizing is a function of the value: equal values need none */
	return json_equal(a, b) || equal_normalized(a, b);
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

/* Member mb of m as a tree (a new reference): from m's tree when it was
 * read whole, else read from its text; NULL when mb is. */
static json_t *
member_tree(const struct cat_model *m, const struct cat_member *mb)
{
	if (mb != NULL && m->tree != NULL)
		return json_incref(json_object_get(m->tree, mb->key));
	return cat_member_json(mb);
}

/* Compare member o of old (NULL: missing) with n of neu (NULL: missing);
 * record a change.  The same bytes are the same value; other bytes are
 * read and compared normalized.  -1 when o is not JSON, CAT_DIFF_NEW_BAD
 * when n is not. */
static int
compare(struct cat_changes *out, const char *key, const struct cat_model *old,
        const struct cat_member *o, const struct cat_model *neu, const struct cat_member *n)
{
	json_t *a, *b;
	int rc = 0;

	if (o && n && o->len == n->len && memcmp(o->val, n->val, o->len) == 0)
		return 0;
	a = old ? member_tree(old, o) : NULL;
	b = member_tree(neu, n);
	if (o && a == NULL)
		rc = -1;
	else if (n && b == NULL)
		rc = CAT_DIFF_NEW_BAD;
	else if (!same_content(a, b))
		add_change(out, key, a, b);
	json_decref(a);
	json_decref(b);
	return rc;
}

static int present(const struct cat_member *m);

/* A key the old model lacks was added to the model since it was stored
 * (supersedes, schema 2): its empty value (null, [], "") is no change, so
 * a reparse after an upgrade makes no revision of every bulletin. */
int
cat_diff(const struct cat_model *old, const struct cat_model *neu, size_t limit,
         struct cat_changes *out)
{
	int rc;

	memset(out, 0, sizeof *out);
	for (size_t i = 0; i < neu->v.n && out->v.n < limit; i++) {
		const struct cat_member *v = &neu->v.v[i];
		const struct cat_member *o = old ? member_get(old, v->key, i) : NULL;

		if (old != NULL && o == NULL && !present(v))
			continue;
		if (!is_ignored(v->key) && (rc = compare(out, v->key, old, o, neu, v)) < 0)
			return rc;
	}
	for (size_t i = 0; old && i < old->v.n && out->v.n < limit; i++) {
		const struct cat_member *o = &old->v.v[i];

		if (!is_ignored(o->key) && member_get(neu, o->key, i) == NULL &&
		    compare(out, o->key, old, o, neu, NULL) < 0)
			return -1; /* only o was read */
	}
	return 0;
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

/* Not null, "", [] or {}. */
static int
present(const struct cat_member *m)
{
	const char *p;

	if (m == NULL || (m->len == 4 && memcmp(m->val, "null", 4) == 0))
		return 0;
	if (m->val[0] == '"')
		return m->len > 2;
	if (m->val[0] == '[' || m->val[0] == '{') {
		p = skip_ws(m->val + 1, m->val + m->len);
		return *p != ']' && *p != '}';
	}
	return 1;
}

char *
cat_lost_fields(const struct cat_model *old, const struct cat_model *neu)
{
	struct buf out;

	buf_init(&out, 0);
	for (size_t i = 0; i < bulletin_record.nfields; i++) {
		const char *f = bulletin_record.fields[i].name;

		if ((bulletin_record.fields[i].flags & FIELD_GUARDED) &&
		    present(member_get(old, f, i)) && !present(member_get(neu, f, i)))
			buf_printf(&out, "%s%s", out.len ? ", " : "", f);
	}
	if (out.len == 0) {
		buf_free(&out);
		return NULL;
	}
	return buf_steal(&out, NULL);
}
