/* strset.c — a set of strings; see strset.h. */
#include "core/strset.h"
#include "core/util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/*
 * The hash is FNV-1a from a per-process random basis, then a finalizer
 * (MurmurHash3's fmix64) so that the low bits the table indexes with
 * depend on every bit of the state.  Plain FNV-1a with its public basis
 * let a page choose its strings: the low k bits of its state depend only
 * on the low k bits before, so 2 colliding 3-byte blocks per stage give
 * 2^stages strings in one probe chain (65 536 links of one 4 MiB index
 * page took 9.7 s, quadratically).  With an unknown basis the colliding
 * blocks cannot be computed offline.  Nothing iterates a strset, so the
 * random order changes no output.
 */
static uint64_t basis;

static void
seed_basis(void)
{
	uint64_t r = 0;

	if (getrandom(&r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) {
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		r = (uint64_t)ts.tv_nsec ^ (uint64_t)ts.tv_sec << 32 ^ (uint64_t)getpid() << 16 ^
		    (uint64_t)(uintptr_t)&r;
	}
	basis = 0xcbf29ce484222325u ^ r;
	if (basis == 0)
		basis = 0xcbf29ce484222325u;
}

static uint64_t
hash(const char *s)
{
	uint64_t h = basis;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3u;
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdu;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53u;
	h ^= h >> 33;
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
	char **slot;

	if (basis == 0)
		seed_basis();
	slot = xcalloc(cap, sizeof *slot);
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

	if (set->n + 1 > set->cap / 2) /* at most half full: short probes */
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
