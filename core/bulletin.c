/* bulletin.c — life cycle of the model and its label tables; see bulletin.h. */
#include "core/bulletin.h"
#include "core/limits.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void
vec_grow(void **v, size_t *cap, size_t elsize)
{
	size_t n = *cap ? *cap * 2 : 4;

	*v = xrealloc(*v, n * elsize);
	*cap = n;
}

void
vec_zero(void *p, size_t size)
{
	memset(p, 0, size);
}

void
strlist_add(strlist *l, const char *s)
{
	if (s != NULL)
		*VEC_PUSH(l) = xstrdup(s);
}

int
strlist_contains(const strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return 1;
	return 0;
}

void
strlist_add_unique(strlist *l, const char *s)
{
	if (s != NULL && !strlist_contains(l, s))
		strlist_add(l, s);
}

void
strlist_free(strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

void
bulletin_init(struct bulletin *b)
{
	memset(b, 0, sizeof *b);
	b->kind = BULLETIN_OTHER;
	b->exploit_code = TRI_NULL;
	b->reboot_required = TRI_NULL;
	b->uninstall = TRI_NULL;
}

void
bulletin_free(struct bulletin *b)
{
	size_t i, j;

	free(b->id);
	strlist_free(&b->ids);
	strlist_free(&b->kb);
	free(b->title);
	free(b->official_title);
	free(b->edition);
	free(b->registered);
	free(b->updated);
	free(b->action);
	free(b->urgency);
	free(b->reboot);
	free(b->past_fixes);
	for (i = 0; i < b->references.n; i++) {
		free(b->references.v[i].label);
		free(b->references.v[i].url);
	}
	free(b->references.v);
	free(b->summary);
	free(b->overview);
	for (i = 0; i < b->affected.n; i++) {
		free(b->affected.v[i].software);
		strlist_free(&b->affected.v[i].platforms);
	}
	free(b->affected.v);
	strlist_free(&b->tested_platforms);
	for (i = 0; i < b->notes.n; i++) {
		free(b->notes.v[i].heading);
		free(b->notes.v[i].text);
	}
	free(b->notes.v);
	for (i = 0; i < b->downloads.n; i++) {
		free(b->downloads.v[i].platform);
		free(b->downloads.v[i].title);
		free(b->downloads.v[i].url);
	}
	free(b->downloads.v);
	for (i = 0; i < b->packages.n; i++) {
		struct package *p = &b->packages.v[i];
		free(p->platform);
		free(p->file);
		free(p->date);
		free(p->version);
		for (j = 0; j < p->files.n; j++) {
			struct file_entry *f = &p->files.v[j];
			free(f->folder);
			free(f->path);
			free(f->name);
			free(f->date);
			free(f->version);
			free(f->description);
		}
		free(p->files.v);
	}
	free(b->packages.v);
	for (i = 0; i < b->verification.n; i++) {
		free(b->verification.v[i].platform);
		free(b->verification.v[i].registry_key);
	}
	free(b->verification.v);
	for (i = 0; i < b->workarounds.n; i++) {
		free(b->workarounds.v[i].title);
		free(b->workarounds.v[i].text);
		strlist_free(&b->workarounds.v[i].steps);
	}
	free(b->workarounds.v);
	for (i = 0; i < b->deploy_time.n; i++) {
		free(b->deploy_time.v[i].package);
		free(b->deploy_time.v[i].platform);
		free(b->deploy_time.v[i].minutes.v);
	}
	free(b->deploy_time.v);
	free(b->source.url);
	free(b->source.encoding);
	free(b->source.encoding_source);
	strlist_free(&b->warnings);
	diag_list_free(&b->diags);
	bulletin_init(b);
}

void
bulletin_warn(struct bulletin *b, const char *fmt, ...)
{
	va_list ap;
	char *w;

	va_start(ap, fmt);
	w = xvasprintf(fmt, ap);
	va_end(ap);
	bulletin_diag(b, DIAG_UNCLASSIFIED, "%s", w);
	free(w);
}

static const struct {
	const char *label, *name;
} severities[] = {
	{ "緊急", "critical" },
	{ "重要", "important" },
	{ "警告", "moderate" },
	{ "注意", "low" },
};

const char *
severity_label(int level)
{
	return level >= 1 && level <= 4 ? severities[level - 1].label : NULL;
}

const char *
severity_name(int level)
{
	return level >= 1 && level <= 4 ? severities[level - 1].name : NULL;
}

int
severity_from_text(const char *s)
{
	for (int i = 0; i < 4; i++)
		if (strcmp(s, severities[i].label) == 0 ||
		    strcmp(s, severities[i].name) == 0)
			return i + 1;
	return 0;
}

static const char *const kind_names[] = { "alert", "notice", "other" };

const char *
bulletin_kind_name(enum bulletin_kind k)
{
	return kind_names[k];
}

int
bulletin_kind_from_name(const char *s)
{
	for (int i = 0; i < 3; i++)
		if (strcmp(s, kind_names[i]) == 0)
			return i;
	return -1;
}
