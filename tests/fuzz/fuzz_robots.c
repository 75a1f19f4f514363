/*
 * fuzz_robots.c — libFuzzer target for fetch/robots.h: parse the input as
 * robots.txt for two agents, then ask about paths taken from the input
 * itself.  Besides crashes it checks the contract: /robots.txt is always
 * allowed, the delay stays within ROBOTS_MAX_DELAY, an empty file allows
 * everything.
 */
#include "fetch/robots.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const agents[] = { "hotfeed", "googlebot" };
	static const char *const paths[] = { "/", "/robots.txt", "/hfr/ms05-039.html?x=1", "" };
	char path[256];
	size_t n = size < sizeof path - 2 ? size : sizeof path - 2;

	/* a path from the input's first bytes, up to a NUL or line end */
	path[0] = '/';
	for (size_t i = 0; i < n; i++) {
		if (data[i] == '\0' || data[i] == '\n') {
			n = i;
			break;
		}
		path[i + 1] = (char)data[i];
	}
	path[n + 1] = '\0';
	for (size_t a = 0; a < sizeof agents / sizeof *agents; a++) {
		struct robots *r = robots_parse((const char *)data, size, agents[a]);
		if (!robots_allowed(r, "/robots.txt"))
			abort();
		long d = robots_delay_ms(r);
		if (d < 0 || d > ROBOTS_MAX_DELAY * 1000L)
			abort();
		for (size_t p = 0; p < sizeof paths / sizeof *paths; p++)
			(void)robots_allowed(r, paths[p]);
		(void)robots_allowed(r, path);
		if (size == 0 && !robots_allowed(r, path))
			abort();
		robots_free(r);
	}
	return 0;
}
