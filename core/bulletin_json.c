/* bulletin_json.c — the model to and from its public JSON form; see bulletin_json.h. */
#include "core/bulletin_json.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- to JSON ---- */

/* A string or null; text that is not valid UTF-8 (never produced by the
 * decoder) becomes null rather than aborting the whole document. */
static json_t *
jstr(const char *s)
{
	json_t *j;

	if (s == NULL)
		return json_null();
	j = json_string(s);
	return j ? j : json_null();
}

static json_t *
jtri(enum tristate t)
{
	return t == TRI_NULL ? json_null() : json_boolean(t == TRI_TRUE);
}

static json_t *
jsize(long long n)
{
	return n < 0 ? json_null() : json_integer(n);
}

static json_t *
jstrlist(const strlist *l)
{
	json_t *a = json_array();

	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(a, jstr(l->v[i]));
	return a;
}

static json_t *
jseverity(int level)
{
	if (severity_label(level) == NULL)
		return json_null();
	return json_pack("{s:i, s:s, s:s}", "level", level, "label", severity_label(level), "name",
	                 severity_name(level));
}

static json_t *
jtargets(unsigned t)
{
	json_t *a = json_array();

	if (t & TARGET_SERVER)
		json_array_append_new(a, json_string("server"));
	if (t & TARGET_CLIENT)
		json_array_append_new(a, json_string("client"));
	return a;
}

static json_t *
jminutes(const struct vec_any *va)
{
	const struct deploy_minutes *m = va->v;
	json_t *o = json_object();
	char key[16];

	for (size_t i = 0; i < va->n; i++) {
		snprintf(key, sizeof key, "%d", m[i].hosts);
		json_object_set_new(o, key,
		                    m[i].minutes < 0 ? json_null() : json_integer(m[i].minutes));
	}
	return o;
}

static json_t *jrecord(const struct record *rec, const void *p);

/* One field of the struct at base as JSON (a new reference). */
static json_t *
jfield(const struct field *f, const char *base)
{
	const void *at = base + f->offset;
	struct vec_any va;
	const char *s;
	json_t *a;
	int i;
	unsigned u;
	long long ll;
	size_t z;

	switch (f->type) {
	case FT_STRING:
		memcpy(&s, at, sizeof s);
		return jstr(s);
	case FT_STRLIST:
		return jstrlist(at);
	case FT_TRISTATE:
		memcpy(&i, at, sizeof i);
		return jtri((enum tristate)i);
	case FT_SIZE:
		memcpy(&ll, at, sizeof ll);
		return jsize(ll);
	case FT_COUNT:
		memcpy(&z, at, sizeof z);
		return json_integer((json_int_t)z);
	case FT_RECORDS:
		vec_get(base, f->offset, &va);
		a = json_array();
		for (size_t k = 0; k < va.n; k++)
			json_array_append_new(
				a, jrecord(f->record, (char *)va.v + k * f->record->size));
		return a;
	case FT_OBJECT:
		return jrecord(f->record, at);
	case FT_KIND:
		memcpy(&i, at, sizeof i);
		return json_string(bulletin_kind_name((enum bulletin_kind)i));
	case FT_SEVERITY:
		memcpy(&i, at, sizeof i);
		return jseverity(i);
	case FT_TARGETS:
		memcpy(&u, at, sizeof u);
		return jtargets(u);
	case FT_MINUTES:
		vec_get(base, f->offset, &va);
		return jminutes(&va);
	case FT_DIAGS:
		return diag_list_to_json(at);
	}
	return json_null();
}

static json_t *
jrecord(const struct record *rec, const void *p)
{
	json_t *o = json_object();

	for (size_t i = 0; i < rec->nfields; i++)
		json_object_set_new(o, rec->fields[i].name, jfield(&rec->fields[i], p));
	return o;
}

json_t *
bulletin_to_json(const struct bulletin *b)
{
	return jrecord(&bulletin_record, b);
}

json_t *
diag_list_to_json(const diag_list *l)
{
	json_t *a = json_array();

	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(
			a, json_pack("{s:s, s:o, s:o}", "level", diag_level_name(l->v[i].level),
		                     "code", jstr(l->v[i].code), "message", jstr(l->v[i].message)));
	return a;
}

/* ---- to JSON text, directly ----
 * The same walk of the table, written as jansson's HF_JSON_COMPACT dump
 * of bulletin_to_json() writes it, byte for byte, without building the
 * tree (the tree and its dump were a tenth of a parser worker's time):
 * no spaces; in strings \" \\ \b \f \n \r \t, other controls as \u00XX
 * (upper-case hex), everything else as is; text that is not valid UTF-8
 * is null (json_string refuses it); a key given twice keeps its first
 * place and its last value (a JSON object). */

static void
wraw(struct buf *o, const char *s)
{
	buf_append(o, s, strlen(s));
}

/* Eight bytes at once (a word of them): any byte with its high bit set;
 * any byte below 0x20, '"' or '\\' (what JSON escapes).  Exact as a yes or
 * no: the borrows of the subtraction only add false marks above a true one. */
#define W_ONES       0x0101010101010101ull
#define W_HIGH       0x8080808080808080ull
#define W_ZERO(x)    (((x)-W_ONES) & ~(x)&W_HIGH)
#define W_LESS(x, n) (((x)-W_ONES * (n)) & ~(x)&W_HIGH)
#define W_ESCAPE(x)  (W_LESS(x, 0x20) | W_ZERO((x) ^ (W_ONES * '"')) | W_ZERO((x) ^ (W_ONES * '\\')))

/* 1 when the n bytes at s need no escape, 0 when some do, -1 when they
 * are not valid UTF-8 (json_string refuses them). */
static int
wscan(const char *s, size_t n)
{
	size_t len;
	int plain = 1; /* nothing to escape */

	for (size_t i = 0; i < n; i += len) {
		const unsigned char *u = (const unsigned char *)s + i;
		uint64_t w;
		len = 1;
		if (n - i >= 8 && (memcpy(&w, u, 8), (w & W_HIGH) == 0)) {
			plain &= W_ESCAPE(w) == 0; /* eight ASCII bytes */
			len = 8;
			continue;
		}
		if (u[0] < 0x80) {
			plain &= u[0] >= 0x20 && u[0] != '"' && u[0] != '\\';
			continue;
		}
		/* the usual sequences decided here (two and three bytes, no
		 * surrogate, not overlong); the rest as utf8_next says */
		if (n - i >= 3 && u[0] >= 0xE1 && u[0] != 0xED && u[0] <= 0xEF &&
		    (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80)
			len = 3;
		else if (n - i >= 2 && u[0] >= 0xC2 && u[0] <= 0xDF && (u[1] & 0xC0) == 0x80)
			len = 2;
		else if (utf8_next(s + i, n - i, &len) < 0)
			return -1;
	}
	return plain;
}

/* The n bytes at s, scanned (wscan's answer in plain), as a JSON string. */
static void
wquote(struct buf *o, const char *s, size_t n, int plain)
{
	size_t run = 0;

	buf_putc(o, '"');
	for (size_t i = 0; i < n && !plain; i++) {
		unsigned char c = (unsigned char)s[i];
		char esc[8];
		uint64_t w;

		if (n - i >= 8 && (memcpy(&w, s + i, 8), W_ESCAPE(w) == 0)) {
			i += 7; /* eight bytes without an escape */
			continue;
		}
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		buf_append(o, s + run, i - run);
		run = i + 1;
		switch (c) {
		case '"':
			wraw(o, "\\\"");
			break;
		case '\\':
			wraw(o, "\\\\");
			break;
		case '\b':
			wraw(o, "\\b");
			break;
		case '\f':
			wraw(o, "\\f");
			break;
		case '\n':
			wraw(o, "\\n");
			break;
		case '\r':
			wraw(o, "\\r");
			break;
		case '\t':
			wraw(o, "\\t");
			break;
		default:
			snprintf(esc, sizeof esc, "\\u%04X", c);
			wraw(o, esc);
		}
	}
	buf_append(o, s + run, n - run);
	buf_putc(o, '"');
}

void
bulletin_json_string(struct buf *o, const char *s, size_t n)
{
	int plain = s != NULL ? wscan(s, n) : -1;

	if (plain < 0)
		wraw(o, "null");
	else
		wquote(o, s, n, plain);
}

static void
wstr(struct buf *o, const char *s)
{
	bulletin_json_string(o, s, s != NULL ? strlen(s) : 0);
}

static void
wint(struct buf *o, long long v)
{
	char n[32];

	snprintf(n, sizeof n, "%lld", v);
	wraw(o, n);
}

/* jansson's layout: a container at depth d holds its members on lines
 * indented (d+1)*indent and closes on a line indented d*indent (all on one
 * line, without spaces, when indent is 0); "key": value (": " indented). */
void
bulletin_json_member(struct buf *o, int indent, int depth, size_t k)
{
	static const char line[] = ",\n                                "; /* 32 spaces */
	const char *from = k > 0 ? line : line + 1;
	size_t n = (size_t)(indent * depth), m;

	if (indent == 0) {
		if (k > 0)
			buf_putc(o, ',');
		return;
	}
	for (;;) {
		m = n < 32 ? n : 32;
		buf_append(o, from, (size_t)(line + 2 - from) + m);
		if ((n -= m) == 0)
			break;
		from = line + 2;
	}
}

void
bulletin_json_close(struct buf *o, int indent, int depth, size_t n, int c)
{
	if (n > 0 && indent > 0)
		bulletin_json_member(o, indent, depth, 0);
	buf_putc(o, c);
}

void
bulletin_json_key(struct buf *o, int indent, int depth, size_t k, const char *key)
{
	bulletin_json_member(o, indent, depth + 1, k);
	wstr(o, key);
	wraw(o, indent > 0 ? ": " : ":");
}

static void
wminutes(struct buf *o, const struct bulletin_json_style *st, int depth, const struct vec_any *va)
{
	const struct deploy_minutes *m = va->v;
	size_t k = 0;

	buf_putc(o, '{');
	for (size_t i = 0; i < va->n; i++) {
		size_t last = i, j;
		char key[16];

		for (j = 0; j < i && m[j].hosts != m[i].hosts; j++)
			;
		if (j < i)
			continue; /* written at its first place */
		for (j = i + 1; j < va->n; j++)
			if (m[j].hosts == m[i].hosts)
				last = j;
		snprintf(key, sizeof key, "%d", m[i].hosts);
		bulletin_json_key(o, st->indent, depth, k++, key);
		if (m[last].minutes < 0)
			wraw(o, "null");
		else
			wint(o, m[last].minutes);
	}
	bulletin_json_close(o, st->indent, depth, k, '}');
}

/* A real as jansson's jsonp_dtostr() writes it: "%.17g", with ".0" when
 * it would read back as an integer, without '+' or leading zeros in the
 * exponent (LC_NUMERIC is "C": cli/main.c sets LC_CTYPE only). */
void
bulletin_json_real(struct buf *o, double v)
{
	char n[64], *e, *from;

	snprintf(n, sizeof n, "%.17g", v);
	if (strchr(n, '.') == NULL && strchr(n, 'e') == NULL)
		strcat(n, ".0");
	if ((e = strchr(n, 'e')) != NULL) {
		e++;
		if (*e == '-')
			e++;
		for (from = e; *from == '+' || *from == '0'; from++)
			;
		if (*from == '\0')
			from--; /* "e+00": keep one digit */
		memmove(e, from, strlen(from) + 1);
	}
	wraw(o, n);
}

void
bulletin_json_dump(struct buf *o, const json_t *v, int indent, int depth)
{
	const char *key;
	json_t *el;
	size_t i, n;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		buf_putc(o, '{');
		n = 0;
		json_object_foreach((json_t *)v, key, el)
		{
			bulletin_json_key(o, indent, depth, n++, key);
			bulletin_json_dump(o, el, indent, depth + 1);
		}
		bulletin_json_close(o, indent, depth, n, '}');
		return;
	case JSON_ARRAY:
		buf_putc(o, '[');
		json_array_foreach(v, i, el)
		{
			bulletin_json_member(o, indent, depth + 1, i);
			bulletin_json_dump(o, el, indent, depth + 1);
		}
		bulletin_json_close(o, indent, depth, json_array_size(v), ']');
		return;
	case JSON_STRING:
		bulletin_json_string(o, json_string_value(v), json_string_length(v));
		return;
	case JSON_INTEGER:
		wint(o, (long long)json_integer_value(v));
		return;
	case JSON_REAL:
		bulletin_json_real(o, json_real_value(v));
		return;
	case JSON_TRUE:
		wraw(o, "true");
		return;
	case JSON_FALSE:
		wraw(o, "false");
		return;
	case JSON_NULL:
		wraw(o, "null");
		return;
	}
}

/* A string of the model: null when not valid UTF-8, else through the
 * style's filter when it has one. */
static void
wtext(struct buf *o, const struct bulletin_json_style *st, const struct record *rec,
      const struct field *f, const char *s)
{
	char *t;

	if (st->text == NULL || s == NULL || wscan(s, strlen(s)) < 0) {
		wstr(o, s);
		return;
	}
	t = st->text(st->ctx, rec, f, s);
	wstr(o, t);
	free(t);
}

static void wrecord(struct buf *o, const struct bulletin_json_style *st, int depth,
                    const struct record *rec, const void *p);

static void
wfield(struct buf *o, const struct bulletin_json_style *st, int depth, const struct record *rec,
       const struct field *f, const char *base)
{
	static const char *const dkeys[] = { "level", "code", "message" };
	const void *at = base + f->offset;
	struct vec_any va;
	const strlist *l;
	const diag_list *dl;
	const char *s;
	int i, in = st->indent;
	unsigned u;
	long long ll;
	size_t z;

	switch (f->type) {
	case FT_STRING:
		memcpy(&s, at, sizeof s);
		wtext(o, st, rec, f, s);
		return;
	case FT_STRLIST:
		l = at;
		buf_putc(o, '[');
		for (size_t k = 0; k < l->n; k++) {
			bulletin_json_member(o, in, depth + 1, k);
			wtext(o, st, rec, f, l->v[k]);
		}
		bulletin_json_close(o, in, depth, l->n, ']');
		return;
	case FT_TRISTATE:
		memcpy(&i, at, sizeof i);
		wraw(o, i == TRI_NULL ? "null" : i == TRI_TRUE ? "true" : "false");
		return;
	case FT_SIZE:
		memcpy(&ll, at, sizeof ll);
		if (ll < 0)
			wraw(o, "null");
		else
			wint(o, ll);
		return;
	case FT_COUNT:
		memcpy(&z, at, sizeof z);
		wint(o, (long long)z);
		return;
	case FT_RECORDS:
		vec_get(base, f->offset, &va);
		buf_putc(o, '[');
		for (size_t k = 0; k < va.n; k++) {
			bulletin_json_member(o, in, depth + 1, k);
			wrecord(o, st, depth + 1, f->record, (char *)va.v + k * f->record->size);
		}
		bulletin_json_close(o, in, depth, va.n, ']');
		return;
	case FT_OBJECT:
		wrecord(o, st, depth, f->record, at);
		return;
	case FT_KIND:
		memcpy(&i, at, sizeof i);
		wstr(o, bulletin_kind_name((enum bulletin_kind)i));
		return;
	case FT_SEVERITY:
		memcpy(&i, at, sizeof i);
		if (severity_label(i) == NULL) {
			wraw(o, "null");
			return;
		}
		buf_putc(o, '{');
		bulletin_json_key(o, in, depth, 0, "level");
		wint(o, i);
		bulletin_json_key(o, in, depth, 1, "label");
		wstr(o, severity_label(i));
		bulletin_json_key(o, in, depth, 2, "name");
		wstr(o, severity_name(i));
		bulletin_json_close(o, in, depth, 3, '}');
		return;
	case FT_TARGETS:
		memcpy(&u, at, sizeof u);
		z = 0;
		buf_putc(o, '[');
		if (u & TARGET_SERVER) {
			bulletin_json_member(o, in, depth + 1, z++);
			wraw(o, "\"server\"");
		}
		if (u & TARGET_CLIENT) {
			bulletin_json_member(o, in, depth + 1, z++);
			wraw(o, "\"client\"");
		}
		bulletin_json_close(o, in, depth, z, ']');
		return;
	case FT_MINUTES:
		vec_get(base, f->offset, &va);
		wminutes(o, st, depth, &va);
		return;
	case FT_DIAGS:
		dl = at;
		buf_putc(o, '[');
		for (size_t k = 0; k < dl->n; k++) {
			bulletin_json_member(o, in, depth + 1, k);
			buf_putc(o, '{');
			bulletin_json_key(o, in, depth + 1, 0, dkeys[0]);
			wstr(o, diag_level_name(dl->v[k].level));
			bulletin_json_key(o, in, depth + 1, 1, dkeys[1]);
			wtext(o, st, rec, f, dl->v[k].code);
			bulletin_json_key(o, in, depth + 1, 2, dkeys[2]);
			wtext(o, st, rec, f, dl->v[k].message);
			bulletin_json_close(o, in, depth + 1, 3, '}');
		}
		bulletin_json_close(o, in, depth, dl->n, ']');
		return;
	}
	wraw(o, "null");
}

static void
wrecord(struct buf *o, const struct bulletin_json_style *st, int depth, const struct record *rec,
        const void *p)
{
	buf_putc(o, '{');
	for (size_t i = 0; i < rec->nfields; i++) {
		bulletin_json_key(o, st->indent, depth, i, rec->fields[i].name);
		wfield(o, st, depth + 1, rec, &rec->fields[i], p);
	}
	bulletin_json_close(o, st->indent, depth, rec->nfields, '}');
}

void
bulletin_json_write(struct buf *o, const struct bulletin *b, const struct bulletin_json_style *st)
{
	wrecord(o, st, st->depth, &bulletin_record, b);
}

char *
bulletin_json_text(const struct bulletin *b, size_t *len)
{
	static const struct bulletin_json_style compact = { 0, 0, NULL, NULL };
	struct buf o;

	buf_init(&o, 0);
	o.cap = 16384; /* a typical model, without growing it step by step */
	o.data = xmalloc(o.cap);
	o.data[0] = '\0';
	bulletin_json_write(&o, b, &compact);
	return buf_steal(&o, len);
}

/* ---- from JSON ----
 * Strict about types (a downstream file may be hand-edited), lenient about
 * absent keys (absent = null/empty), so older catalogues still load. */

struct reader {
	char *err;
	size_t errlen;
	int failed;
};

static void
fail(struct reader *r, const char *fmt, ...)
{
	va_list ap;

	if (r->failed++)
		return;
	va_start(ap, fmt);
	vsnprintf(r->err, r->errlen, fmt, ap);
	va_end(ap);
}

static char *
rstr(struct reader *r, const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);

	if (v == NULL || json_is_null(v))
		return NULL;
	if (!json_is_string(v)) {
		fail(r, "%s: expected a string or null", key);
		return NULL;
	}
	return xstrndup(json_string_value(v), json_string_length(v));
}

static enum tristate
rtri(struct reader *r, const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);

	if (v == NULL || json_is_null(v))
		return TRI_NULL;
	if (!json_is_boolean(v)) {
		fail(r, "%s: expected true, false or null", key);
		return TRI_NULL;
	}
	return json_is_true(v) ? TRI_TRUE : TRI_FALSE;
}

static long long
rsize(struct reader *r, const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);

	if (v == NULL || json_is_null(v))
		return -1;
	if (!json_is_integer(v) || json_integer_value(v) < 0) {
		fail(r, "%s: expected a non-negative integer or null", key);
		return -1;
	}
	return json_integer_value(v);
}

/* The array at key, or NULL (absent or null); a non-array fails. */
static const json_t *
rarray(struct reader *r, const json_t *o, const char *key)
{
	const json_t *v = json_object_get(o, key);

	if (v == NULL || json_is_null(v))
		return NULL;
	if (!json_is_array(v)) {
		fail(r, "%s: expected an array", key);
		return NULL;
	}
	return v;
}

static void
rstrlist(struct reader *r, const json_t *o, const char *key, strlist *l)
{
	const json_t *a = rarray(r, o, key), *v;
	size_t i;

	json_array_foreach(a, i, v)
	{
		if (!json_is_string(v)) {
			fail(r, "%s[%zu]: expected a string", key, i);
			return;
		}
		strlist_add(l, json_string_value(v));
	}
}

static void rrecord(struct reader *r, const json_t *o, const struct record *rec, void *p);

static void
rseverity(struct reader *r, const json_t *v, int *level)
{
	const json_t *l = json_is_object(v) ? json_object_get(v, "level") : NULL;

	if (!json_is_integer(l) || json_integer_value(l) < 1 || json_integer_value(l) > 4) {
		fail(r, "severity: expected {level: 1..4, ...} or null");
		return;
	}
	*level = (int)json_integer_value(l);
}

static void
rtargets(struct reader *r, const json_t *o, const char *key, unsigned *t)
{
	const json_t *a = rarray(r, o, key), *v;
	size_t i;

	json_array_foreach(a, i, v)
	{
		const char *s = json_string_value(v);
		if (s && strcmp(s, "server") == 0)
			*t |= TARGET_SERVER;
		else if (s && strcmp(s, "client") == 0)
			*t |= TARGET_CLIENT;
		else
			fail(r, "%s[%zu]: expected \"server\" or \"client\"", key, i);
	}
}

/* Append one zeroed element of elsize to the VEC at base + offset. */
static void *
vec_push_any(void *base, size_t offset, size_t elsize)
{
	struct vec_any va;
	void *el;

	vec_get(base, offset, &va);
	if (va.n == va.cap)
		vec_grow(&va.v, &va.cap, elsize);
	el = (char *)va.v + va.n++ * elsize;
	memset(el, 0, elsize);
	vec_set(base, offset, &va);
	return el;
}

static void
rminutes(struct reader *r, const json_t *m, const char *key, void *base, size_t offset)
{
	const json_t *v;
	const char *k;

	if (m == NULL || json_is_null(m))
		return;
	if (!json_is_object(m)) {
		fail(r, "%s: expected an object", key);
		return;
	}
	json_object_foreach((json_t *)m, k, v)
	{
		struct deploy_minutes *dm = vec_push_any(base, offset, sizeof *dm);
		char *end;
		long hosts = strtol(k, &end, 10);
		if (*k == '\0' || *end != '\0' || hosts < 0 || hosts > 1000000 ||
		    !(json_is_integer(v) || json_is_null(v))) {
			fail(r, "%s.%s: expected an integer", key, k);
			continue;
		}
		dm->hosts = (int)hosts;
		dm->minutes = json_is_null(v) ? -1 : (int)json_integer_value(v);
	}
}

int
diag_list_from_json(const json_t *a, diag_list *l, char *err, size_t errlen)
{
	const json_t *el;
	size_t i;

	if (!json_is_array(a)) {
		snprintf(err, errlen, "diagnostics: expected an array");
		return -1;
	}
	json_array_foreach(a, i, el)
	{
		const char *lv = json_string_value(json_object_get(el, "level"));
		const char *code = json_string_value(json_object_get(el, "code"));
		const char *msg = json_string_value(json_object_get(el, "message"));
		enum diag_level level = lv ? diag_level_from_name(lv) : 0;

		if (level == 0 || code == NULL || msg == NULL) {
			snprintf(err, errlen,
			         "diagnostics[%zu]: expected {level: note|warning|error, "
			         "code: string, message: string}",
			         i);
			return -1;
		}
		diag_list_add(l, level, code, msg);
	}
	return 0;
}

/* A stored model from before diagnostics has none: absent is empty.  An
 * unknown code (a newer hotfeed's) is kept as written. */
static void
rdiagnostics(struct reader *r, const json_t *o, const char *key, diag_list *l)
{
	const json_t *a = rarray(r, o, key);
	char err[256];

	if (a != NULL && diag_list_from_json(a, l, err, sizeof err) < 0)
		fail(r, "%s", err);
}

static void
rrecords(struct reader *r, const json_t *o, const struct field *f, void *base)
{
	const json_t *a = rarray(r, o, f->name), *el;
	size_t i;

	json_array_foreach(a, i, el)
	{
		if (!json_is_object(el)) {
			fail(r, "%s[%zu]: expected an object", f->name, i);
			return;
		}
		rrecord(r, el, f->record, vec_push_any(base, f->offset, f->record->size));
	}
}

/* One field of the struct at base from object o. */
static void
rfield(struct reader *r, const json_t *o, const struct field *f, char *base)
{
	void *at = base + f->offset;
	const json_t *v = json_object_get(o, f->name);
	const char *kind;
	char *s;
	int i;
	long long ll;
	size_t z;

	switch (f->type) {
	case FT_STRING:
		s = rstr(r, o, f->name);
		memcpy(at, &s, sizeof s);
		break;
	case FT_STRLIST:
		rstrlist(r, o, f->name, at);
		break;
	case FT_TRISTATE:
		i = rtri(r, o, f->name);
		memcpy(at, &i, sizeof i);
		break;
	case FT_SIZE:
		ll = rsize(r, o, f->name);
		memcpy(at, &ll, sizeof ll);
		break;
	case FT_COUNT:
		if (json_is_integer(v) && json_integer_value(v) >= 0) {
			z = (size_t)json_integer_value(v);
			memcpy(at, &z, sizeof z);
		}
		break;
	case FT_RECORDS:
		rrecords(r, o, f, base);
		break;
	case FT_OBJECT:
		if (v == NULL || json_is_null(v))
			break;
		if (!json_is_object(v))
			fail(r, "%s: expected an object", f->name);
		else
			rrecord(r, v, f->record, at);
		break;
	case FT_KIND:
		kind = json_string_value(v);
		if (kind == NULL || bulletin_kind_from_name(kind) < 0) {
			fail(r, "%s: expected \"alert\", \"notice\" or \"other\"", f->name);
			break;
		}
		i = bulletin_kind_from_name(kind);
		memcpy(at, &i, sizeof i);
		break;
	case FT_SEVERITY:
		if (v != NULL && !json_is_null(v))
			rseverity(r, v, at);
		break;
	case FT_TARGETS:
		rtargets(r, o, f->name, at);
		break;
	case FT_MINUTES:
		rminutes(r, v, f->name, base, f->offset);
		break;
	case FT_DIAGS:
		rdiagnostics(r, o, f->name, at);
		break;
	}
}

/* Records in lists start as their sizes say "unknown" (-1), not 0. */
static void
rrecord(struct reader *r, const json_t *o, const struct record *rec, void *p)
{
	for (size_t i = 0; i < rec->nfields; i++) {
		const struct field *f = &rec->fields[i];
		if (f->type == FT_SIZE) {
			long long unknown = -1;
			memcpy((char *)p + f->offset, &unknown, sizeof unknown);
		}
		rfield(r, o, f, p);
	}
}

int
bulletin_from_json(const json_t *o, struct bulletin *b, char *err, size_t errlen)
{
	struct reader r = { err, errlen, 0 };

	bulletin_init(b);
	if (!json_is_object(o)) {
		snprintf(err, errlen, "bulletin: expected an object");
		return -1;
	}
	rrecord(&r, o, &bulletin_record, b);
	if (r.failed) {
		bulletin_free(b);
		return -1;
	}
	return 0;
}

int
bulletin_json_make(const struct bulletin *b, struct bulletin_json *m)
{
	memset(m, 0, sizeof *m);
	if ((m->tree = bulletin_to_json(b)) == NULL)
		return -1;
	m->text = bulletin_json_text(b, &m->len);
	return 0;
}

void
bulletin_json_free(struct bulletin_json *m)
{
	free(m->text);
	json_decref(m->tree);
	memset(m, 0, sizeof *m);
}
