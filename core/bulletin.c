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
	record_free(&bulletin_record, b);
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
		if (strcmp(s, severities[i].label) == 0 || strcmp(s, severities[i].name) == 0)
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
