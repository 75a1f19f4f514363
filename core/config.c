/* config.c — the INI configuration (inih); see config.h. */
#include "core/config.h"
#include "core/limits.h"
#include "core/util.h"

#include <errno.h>
#include <ini.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
config_init(struct config *c)
{
	memset(c, 0, sizeof *c);
	c->title = xstrdup("HotFix Report");
	c->link = xstrdup("https://hotfeed.invalid/");
	c->description = xstrdup("HotFix Report: Microsoft security bulletins in Japanese");
	c->author = xstrdup("HotFix Report");
	c->authority = xstrdup("hotfeed.invalid,2005");
	c->lang = xstrdup("ja");
	c->out = xstrdup("out");
	c->db = xstrdup("hotfeed.db");
	c->items = 50;
	c->concurrency = 2;
	c->retries = 2;
	c->depth = 2;
	c->delay_ms = 1000;
	c->timeout = 30;
	c->connect_timeout = 10;
	c->max_requests = 500;
	c->max_bytes = HF_MAX_PAGE_BYTES;
	c->user_agent = xstrdup("hotfeed/" HOTFEED_VERSION " (+https://hotfeed.invalid/)");
}

void
config_free(struct config *c)
{
	free(c->path);
	free(c->title);
	free(c->link);
	free(c->description);
	free(c->author);
	free(c->authority);
	free(c->lang);
	free(c->out);
	free(c->db);
	free(c->templates);
	free(c->user_agent);
	for (size_t i = 0; i < c->sources.n; i++) {
		struct source_cfg *s = &c->sources.v[i];
		free(s->name);
		strlist_free(&s->index);
		strlist_free(&s->page);
		free(s->charset);
		free(s->pattern);
	}
	free(c->sources.v);
	for (size_t i = 0; i < c->facets.n; i++) {
		struct facet_cfg *f = &c->facets.v[i];
		free(f->name);
		free(f->title);
		free(f->platform);
		free(f->kb);
	}
	free(c->facets.v);
	free(c->csaf_publisher);
	free(c->csaf_namespace);
	free(c->csaf_category);
	free(c->csaf_tlp);
	memset(c, 0, sizeof *c);
}

/* What the handler saw first go wrong; ini_parse() gives the line. */
struct loader {
	struct config *c;
	FILE *f;
	int line;           /* lines read so far: the handler's current line */
	int bad_line;
	char what[256];
};

/* fgets for inih that counts lines, so an error names its own line even
 * when Debian's inih is built without INI_HANDLER_LINENO. */
static char *
reader(char *str, int num, void *stream)
{
	struct loader *l = stream;
	char *r = fgets(str, num, l->f);

	if (r != NULL && strchr(r, '\n') != NULL)
		l->line++;
	return r;
}

static int
bad(struct loader *l, const char *section, const char *key, const char *why)
{
	if (l->what[0] == '\0') {
		snprintf(l->what, sizeof l->what, "[%s] %s: %s", section, key, why);
		l->bad_line = l->line;
	}
	return 0;
}

static int
set_str(char **dst, const char *value)
{
	free(*dst);
	*dst = xstrdup(value);
	return 1;
}

/* A decimal integer in [min, max]; 0 when it is not one. */
static int
parse_long(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end != '\0' || v < min || v > max)
		return 0;
	*out = v;
	return 1;
}

static const struct int_key {
	const char *section, *key;
	size_t offset;
	int is_int;     /* int field, else long */
	long min, max;
} int_keys[] = {
	{ "feed",  "items",           offsetof(struct config, items),           1, 1, 10000 },
	{ "fetch", "concurrency",     offsetof(struct config, concurrency),     1, 1, 64 },
	{ "fetch", "retries",         offsetof(struct config, retries),         1, 0, 10 },
	{ "fetch", "depth",           offsetof(struct config, depth),           1, 0, 10 },
	{ "fetch", "delay_ms",        offsetof(struct config, delay_ms),        0, 0, 3600000 },
	{ "fetch", "timeout",         offsetof(struct config, timeout),         0, 1, 3600 },
	{ "fetch", "connect_timeout", offsetof(struct config, connect_timeout), 0, 1, 600 },
	{ "fetch", "max_requests",    offsetof(struct config, max_requests),    0, 1, 1000000 },
};

static const struct str_key {
	const char *section, *key;
	size_t offset;
} str_keys[] = {
	{ "feed",  "title",       offsetof(struct config, title) },
	{ "feed",  "link",        offsetof(struct config, link) },
	{ "feed",  "description", offsetof(struct config, description) },
	{ "feed",  "author",      offsetof(struct config, author) },
	{ "feed",  "authority",   offsetof(struct config, authority) },
	{ "feed",  "lang",        offsetof(struct config, lang) },
	{ "feed",  "out",         offsetof(struct config, out) },
	{ "feed",  "db",          offsetof(struct config, db) },
	{ "feed",  "templates",   offsetof(struct config, templates) },
	{ "fetch", "user_agent",  offsetof(struct config, user_agent) },
	{ "csaf",  "publisher",   offsetof(struct config, csaf_publisher) },
	{ "csaf",  "namespace",   offsetof(struct config, csaf_namespace) },
	{ "csaf",  "category",    offsetof(struct config, csaf_category) },
	{ "csaf",  "tlp",         offsetof(struct config, csaf_tlp) },
};

static int
global_key(struct loader *l, const char *section, const char *key, const char *value)
{
	struct config *c = l->c;
	size_t i;
	long v;

	for (i = 0; i < sizeof str_keys / sizeof *str_keys; i++)
		if (strcmp(section, str_keys[i].section) == 0 && strcmp(key, str_keys[i].key) == 0)
			return set_str((char **)((char *)c + str_keys[i].offset), value);
	for (i = 0; i < sizeof int_keys / sizeof *int_keys; i++) {
		const struct int_key *k = &int_keys[i];
		if (strcmp(section, k->section) || strcmp(key, k->key))
			continue;
		if (!parse_long(value, k->min, k->max, &v)) {
			char why[96];
			snprintf(why, sizeof why, "\"%.40s\" is not a number in %ld..%ld",
			         value, k->min, k->max);
			return bad(l, section, key, why);
		}
		if (k->is_int)
			*(int *)((char *)c + k->offset) = (int)v;
		else
			*(long *)((char *)c + k->offset) = v;
		return 1;
	}
	if (strcmp(section, "fetch") == 0 && strcmp(key, "max_bytes") == 0) {
		if (!parse_long(value, 1024, 1L << 30, &v))
			return bad(l, section, key, "not a number in 1024..1073741824");
		c->max_bytes = (size_t)v;
		return 1;
	}
	return bad(l, section, key, "unknown key");
}

/* The named section's entry, created on first use. */
static struct source_cfg *
source_named(struct config *c, const char *name)
{
	struct source_cfg *s;

	for (size_t i = 0; i < c->sources.n; i++)
		if (strcmp(c->sources.v[i].name, name) == 0)
			return &c->sources.v[i];
	s = VEC_PUSH(&c->sources);
	s->name = xstrdup(name);
	s->delay_ms = -1;
	return s;
}

static struct facet_cfg *
facet_named(struct config *c, const char *name)
{
	struct facet_cfg *f;

	for (size_t i = 0; i < c->facets.n; i++)
		if (strcmp(c->facets.v[i].name, name) == 0)
			return &c->facets.v[i];
	f = VEC_PUSH(&c->facets);
	f->name = xstrdup(name);
	return f;
}

static int
source_key(struct loader *l, const char *section, const char *name, const char *key,
           const char *value)
{
	struct source_cfg *s = source_named(l->c, name);
	long v;

	if (strcmp(key, "index") == 0)
		strlist_add(&s->index, value);
	else if (strcmp(key, "page") == 0)
		strlist_add(&s->page, value);
	else if (strcmp(key, "charset") == 0)
		set_str(&s->charset, value);
	else if (strcmp(key, "pattern") == 0)
		set_str(&s->pattern, value);
	else if (strcmp(key, "concurrency") == 0) {
		if (!parse_long(value, 1, 64, &v))
			return bad(l, section, key, "not a number in 1..64");
		s->concurrency = (int)v;
	} else if (strcmp(key, "delay_ms") == 0) {
		if (!parse_long(value, 0, 3600000, &v))
			return bad(l, section, key, "not a number in 0..3600000");
		s->delay_ms = v;
	} else
		return bad(l, section, key, "unknown key");
	return 1;
}

static int
facet_key(struct loader *l, const char *section, const char *name, const char *key,
          const char *value)
{
	struct facet_cfg *f = facet_named(l->c, name);
	long v;

	if (strcmp(key, "severity") == 0) {
		if (!parse_long(value, 1, 4, &v) && (v = severity_from_text(value)) == 0)
			return bad(l, section, key, "expected 1..4, 緊急/重要/警告/注意 or critical/important/moderate/low");
		f->max_severity = (int)v;
	} else if (strcmp(key, "platform") == 0)
		set_str(&f->platform, value);
	else if (strcmp(key, "kb") == 0)
		set_str(&f->kb, value);
	else if (strcmp(key, "title") == 0)
		set_str(&f->title, value);
	else
		return bad(l, section, key, "unknown key");
	return 1;
}

/* A section name's NAME part, for "source NAME" / "facet NAME"; NULL when
 * the section is not of that type. */
static const char *
named(const char *section, const char *type)
{
	size_t n = strlen(type);

	if (strncmp(section, type, n) != 0 || section[n] != ' ')
		return NULL;
	section += n;
	while (*section == ' ')
		section++;
	return *section ? section : NULL;
}

static int
handler(void *user, const char *section, const char *key, const char *value)
{
	struct loader *l = user;
	const char *name;

	if (l->what[0] != '\0')
		return 1;   /* keep only the first problem */
	if (strcmp(section, "feed") == 0 || strcmp(section, "fetch") == 0 ||
	    strcmp(section, "csaf") == 0)
		return global_key(l, section, key, value);
	if ((name = named(section, "source")) != NULL)
		return source_key(l, section, name, key, value);
	if ((name = named(section, "facet")) != NULL)
		return facet_key(l, section, name, key, value);
	return bad(l, section, key, "unknown section");
}

int
config_load(struct config *c, const char *path, char *err, size_t errlen)
{
	struct loader l = { .c = c };
	int line;

	if ((l.f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	line = ini_parse_stream(reader, &l, handler, &l);
	fclose(l.f);
	if (line < 0) {
		snprintf(err, errlen, "%s: out of memory", path);
		return -1;
	}
	if (line > 0 || l.what[0] != '\0') {
		/* inih reports its first error line: a syntax error there, or ours */
		if (l.what[0] == '\0' || (line > 0 && line < l.bad_line))
			snprintf(err, errlen, "%s:%d: syntax error (expected [section] or key = value)",
			         path, line);
		else
			snprintf(err, errlen, "%s:%d: %s", path, l.bad_line, l.what);
		return -1;
	}
	set_str(&c->path, path);
	return 0;
}
