/* config.c — the INI configuration (inih); see config.h. */
#include "core/config.h"
#include "core/limits.h"
#include "core/url.h"
#include "core/util.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <ini.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
	c->index_page_size = 200;
	c->concurrency = HF_DEFAULT_PER_HOST;
	c->retries = HF_DEFAULT_RETRIES;
	c->depth = 2;
	c->delay_ms = HF_DEFAULT_DELAY_MS;
	c->timeout = HF_DEFAULT_TIMEOUT;
	c->connect_timeout = HF_DEFAULT_CONNECT_TIMEOUT;
	c->max_requests = HF_DEFAULT_MAX_REQUESTS;
	c->max_bytes = HF_MAX_PAGE_BYTES;
	c->user_agent = xstrdup(HF_DEFAULT_USER_AGENT);
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
	int line; /* lines read so far: the handler's current line */
	int bad_line;
	char what[256];
	size_t bytes; /* read so far: stops at HF_MAX_CONFIG_BYTES */
	char *dir;    /* the file's directory, for relative paths */
};

/* fgets for inih that counts lines, so an error names its own line even
 * when Debian's inih is built without INI_HANDLER_LINENO. */
static char *
reader(char *str, int num, void *stream)
{
	struct loader *l = stream;
	char *r = l->bytes <= HF_MAX_CONFIG_BYTES ? fgets(str, num, l->f) : NULL;

	if (r != NULL && strchr(r, '\n') != NULL)
		l->line++;
	if (r != NULL)
		l->bytes += strlen(r) + 1;
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
	return util_parse_decimal(s, min, max, out) == 0;
}

static const struct int_key {
	const char *section, *key;
	size_t offset;
	int is_int; /* int field, else long */
	long min, max;
} int_keys[] = {
	{ "feed", "items", offsetof(struct config, items), 1, 1, 10000 },
	{ "feed", "index_page_size", offsetof(struct config, index_page_size), 1, 10, 10000 },
	{ "fetch", "concurrency", offsetof(struct config, concurrency), 1, 1, 64 },
	{ "fetch", "retries", offsetof(struct config, retries), 1, 0, 10 },
	{ "fetch", "depth", offsetof(struct config, depth), 1, 0, 10 },
	{ "fetch", "delay_ms", offsetof(struct config, delay_ms), 0, 0, 3600000 },
	{ "fetch", "timeout", offsetof(struct config, timeout), 0, 1, 3600 },
	{ "fetch", "connect_timeout", offsetof(struct config, connect_timeout), 0, 1, 600 },
	{ "fetch", "max_requests", offsetof(struct config, max_requests), 0, 1, 1000000 },
	{ "feed", "jobs", offsetof(struct config, jobs), 1, 1, HF_MAX_PARSE_JOBS },
};

static const struct str_key {
	const char *section, *key;
	size_t offset;
} str_keys[] = {
	{ "feed", "title", offsetof(struct config, title) },
	{ "feed", "link", offsetof(struct config, link) },
	{ "feed", "description", offsetof(struct config, description) },
	{ "feed", "author", offsetof(struct config, author) },
	{ "feed", "authority", offsetof(struct config, authority) },
	{ "feed", "lang", offsetof(struct config, lang) },
	{ "feed", "out", offsetof(struct config, out) },
	{ "feed", "db", offsetof(struct config, db) },
	{ "feed", "templates", offsetof(struct config, templates) },
	{ "fetch", "user_agent", offsetof(struct config, user_agent) },
	{ "csaf", "publisher", offsetof(struct config, csaf_publisher) },
	{ "csaf", "namespace", offsetof(struct config, csaf_namespace) },
	{ "csaf", "category", offsetof(struct config, csaf_category) },
	{ "csaf", "tlp", offsetof(struct config, csaf_tlp) },
};

/* [feed] keys naming files: a relative path is taken from the directory
 * of the config file, not from wherever cron happens to start hotfeed. */
static const char *const path_keys[] = { "out", "db", "templates" };

static int
set_path(struct loader *l, char **dst, const char *value)
{
	if (value[0] == '/' || value[0] == '\0' || strcmp(l->dir, ".") == 0)
		return set_str(dst, value);
	free(*dst);
	*dst = xasprintf("%s/%s", l->dir, value);
	return 1;
}

static int
is_path_key(const char *section, const char *key)
{
	for (size_t i = 0; i < sizeof path_keys / sizeof *path_keys; i++)
		if (strcmp(section, "feed") == 0 && strcmp(key, path_keys[i]) == 0)
			return 1;
	return 0;
}

static int
global_key(struct loader *l, const char *section, const char *key, const char *value)
{
	struct config *c = l->c;
	size_t i;
	long v;

	for (i = 0; i < sizeof str_keys / sizeof *str_keys; i++) {
		char **dst;
		if (strcmp(section, str_keys[i].section) || strcmp(key, str_keys[i].key))
			continue;
		dst = (char **)((char *)c + str_keys[i].offset);
		if (is_path_key(section, key))
			return set_path(l, dst, value);
		if (str_keys[i].offset == offsetof(struct config, authority) &&
		    !config_authority_valid(value))
			return bad(l, section, key,
			           "not a tag URI authority (RFC 4151): a domain "
			           "name or e-mail address, a comma, a date YYYY[-MM[-DD]], as in "
			           "example.org,2005");
		return set_str(dst, value);
	}
	for (i = 0; i < sizeof int_keys / sizeof *int_keys; i++) {
		const struct int_key *k = &int_keys[i];
		if (strcmp(section, k->section) || strcmp(key, k->key))
			continue;
		if (!parse_long(value, k->min, k->max, &v)) {
			char why[96];
			snprintf(why, sizeof why, "\"%.40s\" is not a number in %ld..%ld", value,
			         k->min, k->max);
			return bad(l, section, key, why);
		}
		if (k->is_int)
			*(int *)((char *)c + k->offset) = (int)v;
		else
			*(long *)((char *)c + k->offset) = v;
		return 1;
	}
	if (strcmp(section, "fetch") == 0 && strcmp(key, "max_bytes") == 0) {
		if (config_parse_max_bytes(value, &c->max_bytes) < 0)
			return bad(l, section, key, "not a number in 1024..1073741824");
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
	const char *why;
	long v;

	if ((strcmp(key, "index") == 0 || strcmp(key, "page") == 0) &&
	    (why = url_arg_problem(value, 1)) != NULL)
		return bad(l, section, key, why);
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
			return bad(
				l, section, key,
				"expected 1..4, 緊急/重要/警告/注意 or critical/important/moderate/low");
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
		return 1; /* keep only the first problem */
	if (strcmp(section, "feed") == 0 || strcmp(section, "fetch") == 0 ||
	    strcmp(section, "csaf") == 0)
		return global_key(l, section, key, value);
	if ((name = named(section, "source")) != NULL)
		return source_key(l, section, name, key, value);
	if ((name = named(section, "facet")) != NULL)
		return facet_key(l, section, name, key, value);
	return bad(l, section, key, "unknown section");
}

/* Open path for reading: a regular file of at most HF_MAX_CONFIG_BYTES
 * (a FIFO, a device such as /dev/zero, a directory would hang or mislead
 * the reader).  NULL with a message. */
static FILE *
open_config(const char *path, char *err, size_t errlen)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	char *shown = util_printable(path);
	FILE *f = NULL;

	if (fd < 0)
		snprintf(err, errlen, "%s: %s", shown, strerror(errno));
	else if (fstat(fd, &st) < 0)
		snprintf(err, errlen, "%s: %s", shown, strerror(errno));
	else if (!S_ISREG(st.st_mode))
		snprintf(err, errlen, "%s: not a regular file (a configuration is a text file)",
		         shown);
	else if (st.st_size > HF_MAX_CONFIG_BYTES)
		snprintf(err, errlen, "%s: %lld bytes, larger than a configuration may be (%d)",
		         shown, (long long)st.st_size, HF_MAX_CONFIG_BYTES);
	else if (fcntl(fd, F_SETFL, 0) < 0 || (f = fdopen(fd, "r")) == NULL)
		snprintf(err, errlen, "%s: %s", shown, strerror(errno));
	if (f == NULL && fd >= 0)
		close(fd);
	free(shown);
	return f;
}

int
config_load(struct config *c, const char *path, char *err, size_t errlen)
{
	struct loader l = { .c = c };
	const char *slash = strrchr(path, '/');
	int line;

	if ((l.f = open_config(path, err, errlen)) == NULL)
		return -1;
	l.dir = slash == NULL   ? xstrdup(".")
	        : slash == path ? xstrdup("/")
	                        : xstrndup(path, (size_t)(slash - path));
	line = ini_parse_stream(reader, &l, handler, &l);
	fclose(l.f);
	free(l.dir);
	if (l.bytes > HF_MAX_CONFIG_BYTES) {
		snprintf(err, errlen, "%s: larger than a configuration may be (%d bytes)", path,
		         HF_MAX_CONFIG_BYTES);
		return -1;
	}
	if (line < 0) {
		snprintf(err, errlen, "%s: out of memory", path);
		return -1;
	}
	if (line > 0 || l.what[0] != '\0') {
		/* inih reports its first error line: a syntax error there, or ours */
		if (l.what[0] == '\0' || (line > 0 && line < l.bad_line))
			snprintf(err, errlen,
			         "%s:%d: syntax error (expected [section] or key = value)", path,
			         line);
		else
			snprintf(err, errlen, "%s:%d: %s", path, l.bad_line, l.what);
		return -1;
	}
	set_str(&c->path, path);
	return 0;
}

int
config_parse_max_bytes(const char *s, size_t *out)
{
	long v;

	if (util_parse_decimal(s, HF_MIN_MAX_BYTES, HF_MAX_MAX_BYTES, &v) < 0)
		return -1;
	*out = (size_t)v;
	return 0;
}

/* RFC 4151 DNScomp *( "." DNScomp ), DNScomp = alphanum [ *(alphanum / "-")
 * alphanum ]: the length of the name at s, 0 when there is none. */
static size_t
dns_name(const char *s)
{
	size_t i = 0;

	for (;;) {
		size_t start = i;
		while (isalnum((unsigned char)s[i]) || s[i] == '-')
			i++;
		if (i == start || s[start] == '-' || s[i - 1] == '-')
			return 0;
		if (s[i] != '.')
			return i;
		i++;
	}
}

/* date = year [ "-" month [ "-" day ] ] */
static int
tag_date(const char *s)
{
	long v;
	char part[5];
	static const struct {
		size_t len;
		long min, max;
	} parts[] = {
		{ 4, 0, 9999 },
		{ 2, 1, 12 },
		{ 2, 1, 31 },
	};

	for (size_t i = 0; i < 3; i++) {
		size_t n = strspn(s, "0123456789");
		if (n != parts[i].len)
			return 0;
		memcpy(part, s, n);
		part[n] = '\0';
		if (util_parse_decimal(part, parts[i].min, parts[i].max, &v) < 0)
			return 0;
		s += n;
		if (*s == '\0')
			return 1;
		if (*s++ != '-')
			return 0;
	}
	return 0;
}

int
config_authority_valid(const char *a)
{
	const char *at = strchr(a, '@');
	size_t n;

	if (at != NULL) { /* emailAddress: 1*(alphanum, "-", ".", underscore), "@", DNSname */
		if (at == a)
			return 0;
		for (; a < at; a++)
			if (!isalnum((unsigned char)*a) && strchr("-._", *a) == NULL)
				return 0;
		a = at + 1;
	}
	n = dns_name(a);
	return n > 0 && a[n] == ',' && tag_date(a + n + 1);
}
