/* strset.c — a set of strings; see strset.h. */
#include "core/strset.h"
#include "core/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t
hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3u;
	return h;
}

/* The slot holding s, or the empty slot where it would go. */
static size_t
find(char *const *slot, size_t cap, const char *s)
{
	size_t i = (size_t)hash(s) & (cap - 1);

	while (slot[i] != NULL && strcmp(slot[i], s) != 0)
		i = (i + 1) & (cap - 1);
	return i;
}

static void
grow(struct strset *set)
{
	size_t cap = set->cap ? set->cap * 2 : 64;
	char **slot = xcalloc(cap, sizeof *slot);

	for (size_t i = 0; i < set->cap; i++)
		if (set->slot[i] != NULL)
			slot[find(slot, cap, set->slot[i])] = set->slot[i];
	free(set->slot);
	set->slot = slot;
	set->cap = cap;
}

int
strset_add(struct strset *set, const char *s)
{
	size_t i;

	if (set->n + 1 > set->cap / 2)   /* at most half full: short probes */
		grow(set);
	i = find(set->slot, set->cap, s);
	if (set->slot[i] != NULL)
		return 0;
	set->slot[i] = xstrdup(s);
	set->n++;
	return 1;
}

int
strset_has(const struct strset *set, const char *s)
{
	return set->cap > 0 && set->slot[find(set->slot, set->cap, s)] != NULL;
}

void
strset_free(struct strset *set)
{
	for (size_t i = 0; i < set->cap; i++)
		free(set->slot[i]);
	free(set->slot);
	memset(set, 0, sizeof *set);
}
