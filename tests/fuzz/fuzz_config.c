/*
 * fuzz_config.c — libFuzzer target for core/config.h: config_load() on any
 * bytes (a memfd named by /proc/self/fd, a regular file as the loader
 * requires).  Besides crashes it checks the contract: a loaded config
 * keeps every number in its documented range and an authority that
 * config_authority_valid() accepts; a failure always says why.
 */
#include "core/config.h"
#include "core/limits.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int fd = -1;
	static char path[64];
	struct config c;
	char err[512] = "";

	if (fd < 0) {
		if ((fd = memfd_create("fuzz-config", 0)) < 0)
			abort();
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) < 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
	config_init(&c);
	if (config_load(&c, path, err, sizeof err) == 0) {
		if (c.items < 1 || c.items > 10000 || c.concurrency < 1 || c.concurrency > 64 ||
		    c.retries < 0 || c.retries > 10 || c.depth < 0 || c.depth > 10 ||
		    c.max_bytes < HF_MIN_MAX_BYTES || c.max_bytes > (size_t)HF_MAX_MAX_BYTES ||
		    !config_authority_valid(c.authority))
			abort();
	} else if (err[0] == '\0') {
		abort();
	}
	config_free(&c);
	return 0;
}
