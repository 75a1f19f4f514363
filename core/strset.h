/*
 * strset.h — a set of strings (open addressing, FNV-1a from a random basis
 * then a finalizer, so a page cannot choose colliding strings), for the places
 * where untrusted input decides how many strings there are: the links of
 * an index page, the URLs queued in one run.  A strlist's linear lookups
 * made a 100 000-link index page cost minutes there.  May be included by
 * any file.
 *
 * Ownership: the set keeps its own copies; strset_free() releases them.
 */
#ifndef HOTFEED_STRSET_H
#define HOTFEED_STRSET_H

#include <stddef.h>

struct strset {
	char **slot; /* cap slots, NULL when empty; cap a power of two */
	size_t n, cap;
};

/* clang-format off */
#define STRSET_INIT { NULL, 0, 0 }
/* clang-format on */

/* 1 when s was added, 0 when it was there already. */
int strset_add(struct strset *set, const char *s);
int strset_has(const struct strset *set, const char *s);
void strset_free(struct strset *set);

#endif
