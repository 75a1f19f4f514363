/*
 * sha256.h — SHA-256 (FIPS 180-4), for recognising a page already stored.
 * May be included by any file.  No allocation; nothing to free.
 */
#ifndef HOTFEED_SHA256_H
#define HOTFEED_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t total; /* bytes hashed so far */
	unsigned char block[64];
	size_t used; /* bytes waiting in block */
};

void sha256_init(struct sha256 *s);
void sha256_update(struct sha256 *s, const void *data, size_t len);
void sha256_final(struct sha256 *s, unsigned char digest[32]);

/* sha256_final() as 64 lower-case hex digits and a NUL. */
void sha256_final_hex(struct sha256 *s, char hex[65]);
/* The digest of data as 64 lower-case hex digits and a NUL. */
void sha256_hex(const void *data, size_t len, char hex[65]);

#endif
