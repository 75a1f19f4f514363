/*
 * progress.h — a one-line progress bar with counts on stderr, drawn only
 * when stderr is a terminal (cron mails whatever is printed: nothing
 * there).  Included by fetch/.  Nothing to free.
 */
#ifndef HOTFEED_PROGRESS_H
#define HOTFEED_PROGRESS_H

#include <stddef.h>

struct progress {
	int enabled;
	int drawn; /* a line is on screen */
};

/* Enabled when stderr is a terminal and not quiet. */
void progress_init(struct progress *p, int quiet);
/* Redraw: done of total URLs, and how many of them were problems. */
void progress_draw(struct progress *p, size_t done, size_t total, size_t problems);
/* Erase the bar (before printing a normal line, and at the end). */
void progress_clear(struct progress *p);

#endif
