/* catalogue_json.c — catalogue.json; see catalogue_json.h and
 * catalogue.schema.json. */
#include "publish/catalogue_json.h"
#include "publish/sanitize.h"
#include "core/bulletin_json.h"

#include "core/util.h"

#include <errno.h>
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Entries are written straight from the model (the jansson tree and its
 * dump were a fifth of a cold publish), as json_dumps() with HF_JSON_PRETTY
 * lays out the whole document: two spaces a level, ": " after keys, UTF-8
 * as is, strings escaped by bulletin_json_string().  The rules the tree
 * path kept are kept here: every string sanitized (sanitize_text); a model
 * string that is not valid UTF-8 is null; links as json_sanitize_links()
 * had them (see wmodel_text); change values embedded as JSON when they are
 * JSON as jansson reads it, else as sanitized strings.
 */
#define INDENT 2

static void
wtext(struct buf *o, const char *s)
{
	char *clean = sanitize_text(s);

	bulletin_json_string(o, clean, clean != NULL ? strlen(clean) : 0);
	free(clean);
}

/* The model's strings sanitized; links in references and downloads
 * absolute http(s) against the page's URL (ctx), else null; source.url
 * kept when it is http(s) or file:///, else null.  (sanitize_url's result
 * is ASCII: percent-encoded.) */
static char *
wmodel_text(void *ctx, const struct record *rec, const struct field *f, const char *s)
{
	char *clean = sanitize_text(s), *url;

	if (strcmp(f->name, "url") != 0 || clean == NULL)
		return clean;
	if (strcmp(rec->name, "reference") == 0 || strcmp(rec->name, "download") == 0) {
		url = sanitize_url(clean, ctx);
		free(clean);
		return url;
	}
	if (strcmp(rec->name, "source") == 0 && !sanitize_url_is_web(clean) &&
	    ascii_ncasecmp(clean, "file:///", 8) != 0) {
		free(clean);
		return NULL;
	}
	return clean;
}

/* ---- a stored change value, as json_loads(JSON_DECODE_ANY) reads it ----
 * Checked whole first (jval), then written (wval): whitespace between
 * tokens, strings of valid UTF-8 without raw controls, escapes \" \\ \/
 * \b \f \n \r \t \uXXXX (no \u0000, surrogates only paired), numbers as
 * JSON writes them (an integer must fit a long long, a real must not
 * overflow), true false null, at most JSON_MAX_DEPTH values deep, nothing
 * after the value.  Written back as jansson dumps what it read: strings
 * re-escaped, integers in decimal, reals as "%.17g" with ".0" when they
 * would read back as integers and no '+' or leading zeros in the
 * exponent, an object's key given twice at its first place with its last
 * value. */
#define JSON_MAX_DEPTH 2048

static const char *
jws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

static int
jhex(const char *p, unsigned *v)
{
	*v = 0;
	for (int i = 0; i < 4; i++) {
		int c = (unsigned char)p[i], d;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			return -1;
		*v = *v << 4 | (unsigned)d;
	}
	return 0;
}

/* The string at p (at its '"'): past it, or NULL; decoded into dec when
 * not NULL; *escaped says whether it holds an escape. */
static const char *
jstring(const char *p, struct buf *dec, int *escaped)
{
	const char *run;
	size_t len;
	unsigned cp, lo;

	*escaped = 0;
	for (run = ++p;;) {
		unsigned char c = (unsigned char)*p;
		if (c == '"') {
			if (dec != NULL)
				buf_append(dec, run, (size_t)(p - run));
			return p + 1;
		}
		if (c < 0x20)
			return NULL; /* also the end of the text */
		if (c >= 0x80) {
			const unsigned char *u = (const unsigned char *)p;
			/* the usual three-byte sequence (no surrogate, not
			 * overlong) decided here; the rest as utf8_next says */
			if (c >= 0xE1 && c != 0xED && c <= 0xEF && (u[1] & 0xC0) == 0x80 &&
			    (u[2] & 0xC0) == 0x80)
				len = 3;
			else if (utf8_next(p, strnlen(p, 4), &len) < 0)
				return NULL;
			p += len;
			continue;
		}
		if (c != '\\') {
			p++;
			continue;
		}
		*escaped = 1;
		if (dec != NULL)
			buf_append(dec, run, (size_t)(p - run));
		c = (unsigned char)p[1];
		p += 2;
		run = p;
		if (c == 'u') {
			if (jhex(p, &cp) < 0)
				return NULL;
			p += 4;
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (p[0] != '\\' || p[1] != 'u' || jhex(p + 2, &lo) < 0 ||
				    lo < 0xDC00 || lo > 0xDFFF)
					return NULL;
				p += 6;
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
			} else if ((cp >= 0xDC00 && cp <= 0xDFFF) || cp == 0)
				return NULL;
			if (dec != NULL)
				buf_put_utf8(dec, cp);
			run = p;
			continue;
		}
		if (c == 'b')
			c = '\b';
		else if (c == 'f')
			c = '\f';
		else if (c == 'n')
			c = '\n';
		else if (c == 'r')
			c = '\r';
		else if (c == 't')
			c = '\t';
		else if (c != '"' && c != '\\' && c != '/')
			return NULL;
		if (dec != NULL)
			buf_putc(dec, c);
	}
}

/* The number at p: past it, or NULL; *real says whether it has a
 * fraction or an exponent. */
static const char *
jnumber(const char *p, int *real)
{
	const char *q = p;
	char *end;
	double d;

	*real = 0;
	if (*q == '-')
		q++;
	if (*q == '0')
		q++;
	else if (*q >= '1' && *q <= '9')
		while (*q >= '0' && *q <= '9')
			q++;
	else
		return NULL;
	if (*q == '.') {
		*real = 1;
		if (!(*++q >= '0' && *q <= '9'))
			return NULL;
		while (*q >= '0' && *q <= '9')
			q++;
	}
	if (*q == 'e' || *q == 'E') {
		*real = 1;
		q++;
		if (*q == '+' || *q == '-')
			q++;
		if (!(*q >= '0' && *q <= '9'))
			return NULL;
		while (*q >= '0' && *q <= '9')
			q++;
	}
	if (*q >= '0' && *q <= '9')
		return NULL; /* "01" */
	errno = 0;
	if (!*real) {
		(void)strtoll(p, &end, 10);
		return errno == ERANGE ? NULL : q;
	}
	d = strtod(p, &end);
	return (d > DBL_MAX || d < -DBL_MAX) && errno == ERANGE ? NULL : q;
}

/* The value at p (no whitespace before it), level values deep: past it,
 * or NULL when jansson would refuse it. */
static const char *
jval(const char *p, int level)
{
	int real, close, escaped;

	if (level > JSON_MAX_DEPTH)
		return NULL;
	switch (*p) {
	case '"':
		return jstring(p, NULL, &escaped);
	case '[':
	case '{':
		close = *p == '[' ? ']' : '}';
		p = jws(p + 1);
		if (*p == close)
			return p + 1;
		for (;;) {
			if (close == '}') {
				if (*p != '"' || (p = jstring(p, NULL, &escaped)) == NULL)
					return NULL;
				p = jws(p);
				if (*p != ':')
					return NULL;
				p = jws(p + 1);
			}
			if ((p = jval(p, level + 1)) == NULL)
				return NULL;
			p = jws(p);
			if (*p == close)
				return p + 1;
			if (*p != ',')
				return NULL;
			p = jws(p + 1);
		}
	case 't':
		return strncmp(p, "true", 4) == 0 ? p + 4 : NULL;
	case 'f':
		return strncmp(p, "false", 5) == 0 ? p + 5 : NULL;
	case 'n':
		return strncmp(p, "null", 4) == 0 ? p + 4 : NULL;
	default:
		return jnumber(p, &real);
	}
}

struct jmember {
	size_t key, keylen; /* in the decoded keys */
	const char *value;
};

static const char *wval(struct buf *o, const char *p, int depth);

static int
same_key(const struct buf *keys, const struct jmember *a, const struct jmember *b)
{
	return a->keylen == b->keylen &&
	       memcmp(keys->data + a->key, keys->data + b->key, a->keylen) == 0;
}

/* The object at p (checked), at depth. */
static const char *
wobject(struct buf *o, const char *p, int depth)
{
	struct buf keys;
	struct jmember *m = NULL;
	size_t n = 0, cap = 0, k = 0;
	int escaped;

	buf_init(&keys, 0);
	for (p = jws(p + 1); *p != '}'; p = jws(p + 1)) {
		if (n == cap)
			vec_grow((void **)&m, &cap, sizeof *m);
		m[n].key = keys.len;
		p = jstring(p, &keys, &escaped);
		m[n].keylen = keys.len - m[n].key;
		m[n].value = p = jws(jws(p) + 1);
		n++;
		p = jws(jval(p, 1)); /* checked: only skipped here */
		if (*p == '}')
			break;
	}
	buf_putc(o, '{');
	for (size_t i = 0; i < n; i++) {
		size_t j, last = i;

		for (j = 0; j < i && !same_key(&keys, &m[j], &m[i]); j++)
			;
		if (j < i)
			continue; /* written at its first place */
		for (j = i + 1; j < n; j++)
			if (same_key(&keys, &m[j], &m[i]))
				last = j;
		bulletin_json_member(o, INDENT, depth + 1, k++);
		bulletin_json_string(o, keys.data + m[i].key, m[i].keylen);
		buf_puts(o, ": ");
		wval(o, m[last].value, depth + 1);
	}
	bulletin_json_close(o, INDENT, depth, k, '}');
	free(m);
	buf_free(&keys);
	return p + 1;
}

/* The value at p (checked), at depth: past it. */
static const char *
wval(struct buf *o, const char *p, int depth)
{
	struct buf dec;
	const char *end;
	size_t k = 0;
	int real, escaped;

	switch (*p) {
	case '"':
		/* without an escape, the text is already as jansson writes it */
		end = jstring(p, NULL, &escaped);
		if (!escaped) {
			buf_append(o, p, (size_t)(end - p));
			return end;
		}
		buf_init(&dec, 0);
		buf_append(&dec, "", 0);
		jstring(p, &dec, &escaped);
		bulletin_json_string(o, dec.data, dec.len);
		buf_free(&dec);
		return end;
	case '{':
		return wobject(o, p, depth);
	case '[':
		buf_putc(o, '[');
		for (p = jws(p + 1); *p != ']'; p = jws(p + 1)) {
			bulletin_json_member(o, INDENT, depth + 1, k++);
			p = jws(wval(o, p, depth + 1));
			if (*p == ']')
				break;
		}
		bulletin_json_close(o, INDENT, depth, k, ']');
		return p + 1;
	case 't':
	case 'n':
		buf_append(o, p, 4);
		return p + 4;
	case 'f':
		buf_append(o, p, 5);
		return p + 5;
	default:
		end = jnumber(p, &real);
		if (real)
			bulletin_json_real(o, strtod(p, NULL));
		else
			buf_printf(o, "%lld", strtoll(p, NULL, 10));
		return end;
	}
}

/* A change value (JSON text) at depth: as JSON when jansson reads it as
 * JSON, else as a sanitized string; null when NULL. */
static void
wchange_value(struct buf *o, const char *text, int depth)
{
	const char *p, *end;

	if (text == NULL) {
		buf_puts(o, "null");
		return;
	}
	p = jws(text);
	end = jval(p, 1);
	if (end != NULL && *jws(end) == '\0')
		wval(o, p, depth);
	else
		wtext(o, text);
}

/* The entry is an object at depth 2 of the document (its members at 3),
 * its revisions an array (3) of objects (4), their changes an array (5)
 * of objects (6) whose values are at depth 7. */
static void
wentry(struct buf *o, const struct feed_item *it)
{
	const struct bulletin_json_style model = { INDENT, 3, wmodel_text,
		                                   (void *)it->e->model.source.url };
	const struct cat_entry *e = it->e;

	buf_puts(o, "    {");
	bulletin_json_key(o, INDENT, 2, 0, "id");
	wtext(o, it->id);
	bulletin_json_key(o, INDENT, 2, 1, "key");
	wtext(o, e->key);
	bulletin_json_key(o, INDENT, 2, 2, "link");
	wtext(o, it->link);
	bulletin_json_key(o, INDENT, 2, 3, "published");
	wtext(o, it->published);
	bulletin_json_key(o, INDENT, 2, 4, "updated");
	wtext(o, it->updated);
	bulletin_json_key(o, INDENT, 2, 5, "model");
	bulletin_json_write(o, &e->model, &model);
	bulletin_json_key(o, INDENT, 2, 6, "revisions");
	buf_putc(o, '[');
	for (size_t i = 0; i < e->revisions.n; i++) {
		const struct revision *r = &e->revisions.v[i];
		bulletin_json_member(o, INDENT, 4, i);
		buf_putc(o, '{');
		bulletin_json_key(o, INDENT, 4, 0, "number");
		buf_printf(o, "%d", r->number);
		bulletin_json_key(o, INDENT, 4, 1, "seen");
		wtext(o, r->seen);
		bulletin_json_key(o, INDENT, 4, 2, "updated");
		wtext(o, r->updated);
		bulletin_json_key(o, INDENT, 4, 3, "changes");
		buf_putc(o, '[');
		for (size_t j = 0; j < r->changes.n; j++) {
			const struct change *c = &r->changes.v[j];
			bulletin_json_member(o, INDENT, 6, j);
			buf_putc(o, '{');
			bulletin_json_key(o, INDENT, 6, 0, "field");
			wtext(o, c->field);
			bulletin_json_key(o, INDENT, 6, 1, "old");
			wchange_value(o, c->old_value, 7);
			bulletin_json_key(o, INDENT, 6, 2, "new");
			wchange_value(o, c->new_value, 7);
			bulletin_json_close(o, INDENT, 6, 3, '}');
		}
		bulletin_json_close(o, INDENT, 5, r->changes.n, ']');
		bulletin_json_close(o, INDENT, 4, 4, '}');
	}
	bulletin_json_close(o, INDENT, 3, e->revisions.n, ']');
	bulletin_json_close(o, INDENT, 2, 7, '}');
}

/* One bulletin's entry as json_dumps() of the whole document lays it out
 * at depth 2, without a separator: written aside, then appended whole (out
 * may have a ceiling). */
int
catalogue_json_entry(const struct feed_item *it, struct buf *out)
{
	struct buf o;
	int rc;

	buf_init(&o, 0);
	wentry(&o, it);
	rc = buf_append(out, o.data, o.len);
	buf_free(&o);
	return rc;
}

int
catalogue_json_bulletin(const char *entry, size_t len, struct buf *out)
{
	int rc = 0;

	/* every line of the entry starts with the 4 spaces of depth 2 */
	for (size_t i = 0; i < len && rc == 0;) {
		const char *nl = memchr(entry + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - entry) + 1 : len;
		if (end - i < 4 || memcmp(entry + i, "    ", 4) != 0)
			return -1;
		rc = buf_append(out, entry + i + 4, end - i - 4);
		i = end;
	}
	return rc == 0 ? buf_putc(out, '\n') : -1;
}

/*
 * The document is written a bulletin at a time, never held whole: the
 * head (schema_version, generated_from, "bulletins" opened), the entries,
 * the tail, as json_dumps() of the whole document lays them out.
 */
int
catalogue_json_head(const struct feed_meta *m, int any, struct buf *out)
{
	struct buf o;
	int rc;

	buf_init(&o, 0);
	buf_putc(&o, '{');
	bulletin_json_key(&o, INDENT, 0, 0, "schema_version");
	buf_printf(&o, "%d", CATALOGUE_SCHEMA_VERSION);
	bulletin_json_key(&o, INDENT, 0, 1, "generated_from");
	buf_putc(&o, '{');
	bulletin_json_key(&o, INDENT, 1, 0, "generator");
	wtext(&o, "hotfeed " HOTFEED_VERSION);
	bulletin_json_key(&o, INDENT, 1, 1, "link");
	wtext(&o, m->link);
	bulletin_json_key(&o, INDENT, 1, 2, "feed_id");
	wtext(&o, m->id);
	bulletin_json_key(&o, INDENT, 1, 3, "updated");
	wtext(&o, m->updated);
	bulletin_json_close(&o, INDENT, 1, 4, '}');
	bulletin_json_key(&o, INDENT, 0, 2, "bulletins");
	buf_puts(&o, any ? "[\n" : "[]\n}\n");
	rc = buf_append(out, o.data, o.len);
	buf_free(&o);
	return rc;
}

const char *
catalogue_json_separator(void)
{
	return ",\n";
}

const char *
catalogue_json_tail(int any)
{
	return any ? "\n  ]\n}\n" : "";
}
