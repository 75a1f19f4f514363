/* progress.c — the terminal progress bar; see progress.h. */
#include "fetch/progress.h"

#include <stdio.h>
#include <unistd.h>

#define BAR_WIDTH 30

void
progress_init(struct progress *p, int quiet)
{
	p->enabled = !quiet && isatty(STDERR_FILENO);
	p->drawn = 0;
}

void
progress_draw(struct progress *p, size_t done, size_t total, size_t problems)
{
	char bar[BAR_WIDTH + 1];
	size_t fill;

	if (!p->enabled)
		return;
	fill = total ? done * BAR_WIDTH / total : 0;
	for (size_t i = 0; i < BAR_WIDTH; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[BAR_WIDTH] = '\0';
	fprintf(stderr, "\r\033[K[%s] %zu/%zu", bar, done, total);
	if (problems)
		fprintf(stderr, ", %zu with problems", problems);
	fflush(stderr);
	p->drawn = 1;
}

void
progress_clear(struct progress *p)
{
	if (!p->enabled || !p->drawn)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->drawn = 0;
}
