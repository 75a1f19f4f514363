/* bulletin_json.c — the model to and from its public JSON form; see bulletin_json.h. */
#include "core/bulletin_json.h"
#include "core/util.h"

#include <stdarg.h>
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
	return json_pack("{s:i, s:s, s:s}", "level", level, "label",
	                 severity_label(level), "name", severity_name(level));
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
jfile(const struct file_entry *f)
{
	json_t *o = json_object();

	json_object_set_new(o, "folder", jstr(f->folder));
	json_object_set_new(o, "path", jstr(f->path));
	json_object_set_new(o, "name", jstr(f->name));
	json_object_set_new(o, "date", jstr(f->date));
	json_object_set_new(o, "version", jstr(f->version));
	json_object_set_new(o, "size", jsize(f->size));
	json_object_set_new(o, "description", jstr(f->description));
	return o;
}

static json_t *
jpackage(const struct package *p)
{
	json_t *o = json_object(), *files = json_array();

	json_object_set_new(o, "platform", jstr(p->platform));
	json_object_set_new(o, "file", jstr(p->file));
	json_object_set_new(o, "date", jstr(p->date));
	json_object_set_new(o, "version", jstr(p->version));
	json_object_set_new(o, "size", jsize(p->size));
	for (size_t i = 0; i < p->files.n; i++)
		json_array_append_new(files, jfile(&p->files.v[i]));
	json_object_set_new(o, "files", files);
	return o;
}

static json_t *
jdeploy(const struct deploy_time *d)
{
	json_t *o = json_object(), *m = json_object();
	char key[16];

	json_object_set_new(o, "package", jstr(d->package));
	json_object_set_new(o, "platform", jstr(d->platform));
	for (size_t i = 0; i < d->minutes.n; i++) {
		snprintf(key, sizeof key, "%d", d->minutes.v[i].hosts);
		json_object_set_new(m, key, d->minutes.v[i].minutes < 0 ? json_null()
		                    : json_integer(d->minutes.v[i].minutes));
	}
	json_object_set_new(o, "minutes", m);
	return o;
}

json_t *
bulletin_to_json(const struct bulletin *b)
{
	json_t *o = json_object(), *a;
	size_t i;

	json_object_set_new(o, "kind", json_string(bulletin_kind_name(b->kind)));
	json_object_set_new(o, "id", jstr(b->id));
	json_object_set_new(o, "ids", jstrlist(&b->ids));
	json_object_set_new(o, "kb", jstrlist(&b->kb));
	json_object_set_new(o, "title", jstr(b->title));
	json_object_set_new(o, "official_title", jstr(b->official_title));
	json_object_set_new(o, "edition", jstr(b->edition));
	json_object_set_new(o, "registered", jstr(b->registered));
	json_object_set_new(o, "updated", jstr(b->updated));
	json_object_set_new(o, "severity", jseverity(b->severity));
	json_object_set_new(o, "exploit_code", jtri(b->exploit_code));
	json_object_set_new(o, "action", jstr(b->action));
	json_object_set_new(o, "urgency", jstr(b->urgency));
	json_object_set_new(o, "reboot", jstr(b->reboot));
	json_object_set_new(o, "reboot_required", jtri(b->reboot_required));
	json_object_set_new(o, "uninstall", jtri(b->uninstall));
	json_object_set_new(o, "targets", jtargets(b->targets));
	json_object_set_new(o, "past_fixes", jstr(b->past_fixes));

	a = json_array();
	for (i = 0; i < b->references.n; i++)
		json_array_append_new(a, json_pack("{s:o, s:o}",
		    "label", jstr(b->references.v[i].label), "url", jstr(b->references.v[i].url)));
	json_object_set_new(o, "references", a);
	json_object_set_new(o, "summary", jstr(b->summary));
	json_object_set_new(o, "overview", jstr(b->overview));

	a = json_array();
	for (i = 0; i < b->affected.n; i++)
		json_array_append_new(a, json_pack("{s:o, s:o}",
		    "software", jstr(b->affected.v[i].software),
		    "platforms", jstrlist(&b->affected.v[i].platforms)));
	json_object_set_new(o, "affected", a);
	json_object_set_new(o, "tested_platforms", jstrlist(&b->tested_platforms));

	a = json_array();
	for (i = 0; i < b->notes.n; i++)
		json_array_append_new(a, json_pack("{s:o, s:o}",
		    "heading", jstr(b->notes.v[i].heading), "text", jstr(b->notes.v[i].text)));
	json_object_set_new(o, "notes", a);

	a = json_array();
	for (i = 0; i < b->downloads.n; i++)
		json_array_append_new(a, json_pack("{s:o, s:o, s:o}",
		    "platform", jstr(b->downloads.v[i].platform),
		    "title", jstr(b->downloads.v[i].title), "url", jstr(b->downloads.v[i].url)));
	json_object_set_new(o, "downloads", a);

	a = json_array();
	for (i = 0; i < b->packages.n; i++)
		json_array_append_new(a, jpackage(&b->packages.v[i]));
	json_object_set_new(o, "packages", a);

	a = json_array();
	for (i = 0; i < b->verification.n; i++)
		json_array_append_new(a, json_pack("{s:o, s:o}",
		    "platform", jstr(b->verification.v[i].platform),
		    "registry_key", jstr(b->verification.v[i].registry_key)));
	json_object_set_new(o, "verification", a);

	a = json_array();
	for (i = 0; i < b->workarounds.n; i++)
		json_array_append_new(a, json_pack("{s:o, s:o, s:o}",
		    "title", jstr(b->workarounds.v[i].title), "text", jstr(b->workarounds.v[i].text),
		    "steps", jstrlist(&b->workarounds.v[i].steps)));
	json_object_set_new(o, "workarounds", a);

	a = json_array();
	for (i = 0; i < b->deploy_time.n; i++)
		json_array_append_new(a, jdeploy(&b->deploy_time.v[i]));
	json_object_set_new(o, "deploy_time", a);

	json_object_set_new(o, "source", json_pack("{s:o, s:o, s:o, s:I}",
	    "url", jstr(b->source.url), "encoding", jstr(b->source.encoding),
	    "encoding_source", jstr(b->source.encoding_source),
	    "invalid_sequences", (json_int_t)b->source.invalid_sequences));
	json_object_set_new(o, "warnings", jstrlist(&b->warnings));
	json_object_set_new(o, "diagnostics", diag_list_to_json(&b->diags));
	return o;
}

json_t *
diag_list_to_json(const diag_list *l)
{
	json_t *a = json_array();

	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(a, json_pack("{s:s, s:o, s:o}",
		    "level", diag_level_name(l->v[i].level),
		    "code", jstr(l->v[i].code), "message", jstr(l->v[i].message)));
	return a;
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

	json_array_foreach(a, i, v) {
		if (!json_is_string(v)) {
			fail(r, "%s[%zu]: expected a string", key, i);
			return;
		}
		strlist_add(l, json_string_value(v));
	}
}

/* Iterate over the objects of array key; fails on a non-object element. */
#define FOREACH_OBJECT(r, o, key, i, el)                                     \
	for (const json_t *arr_ = rarray(r, o, key); arr_ != NULL; arr_ = NULL)  \
		for (i = 0; i < json_array_size(arr_) &&                             \
		     ((el = json_array_get(arr_, i)) != NULL) &&                     \
		     (json_is_object(el) || (fail(r, "%s[%zu]: expected an object", key, i), 0)); \
		     i++)

static void
rseverity(struct reader *r, const json_t *o, struct bulletin *b)
{
	const json_t *v = json_object_get(o, "severity"), *l;

	if (v == NULL || json_is_null(v))
		return;
	l = json_is_object(v) ? json_object_get(v, "level") : NULL;
	if (!json_is_integer(l) || json_integer_value(l) < 1 || json_integer_value(l) > 4) {
		fail(r, "severity: expected {level: 1..4, ...} or null");
		return;
	}
	b->severity = (int)json_integer_value(l);
}

static void
rtargets(struct reader *r, const json_t *o, struct bulletin *b)
{
	const json_t *a = rarray(r, o, "targets"), *v;
	size_t i;

	json_array_foreach(a, i, v) {
		const char *s = json_string_value(v);
		if (s && strcmp(s, "server") == 0)
			b->targets |= TARGET_SERVER;
		else if (s && strcmp(s, "client") == 0)
			b->targets |= TARGET_CLIENT;
		else
			fail(r, "targets[%zu]: expected \"server\" or \"client\"", i);
	}
}

static void
rpackages(struct reader *r, const json_t *o, struct bulletin *b)
{
	const json_t *el, *fe;
	size_t i, j;

	FOREACH_OBJECT(r, o, "packages", i, el) {
		struct package *p = VEC_PUSH(&b->packages);
		p->platform = rstr(r, el, "platform");
		p->file = rstr(r, el, "file");
		p->date = rstr(r, el, "date");
		p->version = rstr(r, el, "version");
		p->size = rsize(r, el, "size");
		FOREACH_OBJECT(r, el, "files", j, fe) {
			struct file_entry *f = VEC_PUSH(&p->files);
			f->folder = rstr(r, fe, "folder");
			f->path = rstr(r, fe, "path");
			f->name = rstr(r, fe, "name");
			f->date = rstr(r, fe, "date");
			f->version = rstr(r, fe, "version");
			f->size = rsize(r, fe, "size");
			f->description = rstr(r, fe, "description");
		}
	}
}

static void
rdeploy(struct reader *r, const json_t *o, struct bulletin *b)
{
	const json_t *el, *m, *v;
	const char *k;
	size_t i;

	FOREACH_OBJECT(r, o, "deploy_time", i, el) {
		struct deploy_time *d = VEC_PUSH(&b->deploy_time);
		d->package = rstr(r, el, "package");
		d->platform = rstr(r, el, "platform");
		m = json_object_get(el, "minutes");
		if (m != NULL && !json_is_object(m)) {
			fail(r, "deploy_time[%zu].minutes: expected an object", i);
			continue;
		}
		json_object_foreach((json_t *)m, k, v) {
			struct deploy_minutes *dm = VEC_PUSH(&d->minutes);
			char *end;
			long hosts = strtol(k, &end, 10);
			if (*k == '\0' || *end != '\0' || hosts < 0 || hosts > 1000000 ||
			    !(json_is_integer(v) || json_is_null(v))) {
				fail(r, "deploy_time[%zu].minutes.%s: expected an integer", i, k);
				continue;
			}
			dm->hosts = (int)hosts;
			dm->minutes = json_is_null(v) ? -1 : (int)json_integer_value(v);
		}
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
	json_array_foreach(a, i, el) {
		const char *lv = json_string_value(json_object_get(el, "level"));
		const char *code = json_string_value(json_object_get(el, "code"));
		const char *msg = json_string_value(json_object_get(el, "message"));
		enum diag_level level = lv ? diag_level_from_name(lv) : 0;

		if (level == 0 || code == NULL || msg == NULL) {
			snprintf(err, errlen, "diagnostics[%zu]: expected {level: note|warning|error, "
			         "code: string, message: string}", i);
			return -1;
		}
		diag_list_add(l, level, code, msg);
	}
	return 0;
}

/* A stored model from before diagnostics has none: absent is empty.  An
 * unknown code (a newer hotfeed's) is kept as written. */
static void
rdiagnostics(struct reader *r, const json_t *o, struct bulletin *b)
{
	const json_t *a = rarray(r, o, "diagnostics");
	char err[256];

	if (a != NULL && diag_list_from_json(a, &b->diags, err, sizeof err) < 0)
		fail(r, "%s", err);
}

static void
rsource(struct reader *r, const json_t *o, struct bulletin *b)
{
	const json_t *s = json_object_get(o, "source"), *n;

	if (s == NULL || json_is_null(s))
		return;
	if (!json_is_object(s)) {
		fail(r, "source: expected an object");
		return;
	}
	b->source.url = rstr(r, s, "url");
	b->source.encoding = rstr(r, s, "encoding");
	b->source.encoding_source = rstr(r, s, "encoding_source");
	n = json_object_get(s, "invalid_sequences");
	if (json_is_integer(n) && json_integer_value(n) >= 0)
		b->source.invalid_sequences = (size_t)json_integer_value(n);
}

int
bulletin_from_json(const json_t *o, struct bulletin *b, char *err, size_t errlen)
{
	struct reader r = { err, errlen, 0 };
	const json_t *el;
	const char *kind;
	size_t i;

	bulletin_init(b);
	if (!json_is_object(o)) {
		snprintf(err, errlen, "bulletin: expected an object");
		return -1;
	}
	kind = json_string_value(json_object_get(o, "kind"));
	if (kind == NULL || bulletin_kind_from_name(kind) < 0)
		fail(&r, "kind: expected \"alert\", \"notice\" or \"other\"");
	else
		b->kind = bulletin_kind_from_name(kind);
	b->id = rstr(&r, o, "id");
	rstrlist(&r, o, "ids", &b->ids);
	rstrlist(&r, o, "kb", &b->kb);
	b->title = rstr(&r, o, "title");
	b->official_title = rstr(&r, o, "official_title");
	b->edition = rstr(&r, o, "edition");
	b->registered = rstr(&r, o, "registered");
	b->updated = rstr(&r, o, "updated");
	rseverity(&r, o, b);
	b->exploit_code = rtri(&r, o, "exploit_code");
	b->action = rstr(&r, o, "action");
	b->urgency = rstr(&r, o, "urgency");
	b->reboot = rstr(&r, o, "reboot");
	b->reboot_required = rtri(&r, o, "reboot_required");
	b->uninstall = rtri(&r, o, "uninstall");
	rtargets(&r, o, b);
	b->past_fixes = rstr(&r, o, "past_fixes");
	FOREACH_OBJECT(&r, o, "references", i, el) {
		struct reference *ref = VEC_PUSH(&b->references);
		ref->label = rstr(&r, el, "label");
		ref->url = rstr(&r, el, "url");
	}
	b->summary = rstr(&r, o, "summary");
	b->overview = rstr(&r, o, "overview");
	FOREACH_OBJECT(&r, o, "affected", i, el) {
		struct affected *a = VEC_PUSH(&b->affected);
		a->software = rstr(&r, el, "software");
		rstrlist(&r, el, "platforms", &a->platforms);
	}
	rstrlist(&r, o, "tested_platforms", &b->tested_platforms);
	FOREACH_OBJECT(&r, o, "notes", i, el) {
		struct note *n = VEC_PUSH(&b->notes);
		n->heading = rstr(&r, el, "heading");
		n->text = rstr(&r, el, "text");
	}
	FOREACH_OBJECT(&r, o, "downloads", i, el) {
		struct download *d = VEC_PUSH(&b->downloads);
		d->platform = rstr(&r, el, "platform");
		d->title = rstr(&r, el, "title");
		d->url = rstr(&r, el, "url");
	}
	rpackages(&r, o, b);
	FOREACH_OBJECT(&r, o, "verification", i, el) {
		struct verification *v = VEC_PUSH(&b->verification);
		v->platform = rstr(&r, el, "platform");
		v->registry_key = rstr(&r, el, "registry_key");
	}
	FOREACH_OBJECT(&r, o, "workarounds", i, el) {
		struct workaround *w = VEC_PUSH(&b->workarounds);
		w->title = rstr(&r, el, "title");
		w->text = rstr(&r, el, "text");
		rstrlist(&r, el, "steps", &w->steps);
	}
	rdeploy(&r, o, b);
	rsource(&r, o, b);
	rstrlist(&r, o, "warnings", &b->warnings);
	rdiagnostics(&r, o, b);
	if (r.failed) {
		bulletin_free(b);
		return -1;
	}
	return 0;
}
