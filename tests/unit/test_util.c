/* test_util.c — buffers with ceilings, file reading limits, atomic writes. */
#include "testutil.h"
#include "core/sha256.h"
#include "core/strset.h"
#include "core/util.h"
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

START_TEST(test_buf_ceiling)
{
	struct buf b;
	buf_init(&b, 8);
	ck_assert_int_eq(buf_puts(&b, "12345"), 0);
	ck_assert_int_eq(buf_puts(&b, "6789"), -1); /* would pass 8 bytes */
	ck_assert_str_eq(b.data, "12345");          /* left as it was */
	ck_assert_int_eq(buf_puts(&b, "678"), 0);
	ck_assert_uint_eq(b.len, 8);
	ck_assert_int_eq(buf_putc(&b, 'x'), -1);
	buf_free(&b);
}
END_TEST

START_TEST(test_buf_utf8)
{
	struct buf b;
	buf_init(&b, 0);
	buf_put_utf8(&b, 0x5C);
	buf_put_utf8(&b, 0xA5);
	buf_put_utf8(&b, 0xFF0D);
	buf_put_utf8(&b, 0x20B9F);
	ck_assert_str_eq(b.data, "\\\xC2\xA5\xEF\xBC\x8D\xF0\xA0\xAE\x9F");
	size_t n;
	char *s = buf_steal(&b, &n);
	ck_assert_uint_eq(n, 10);
	ck_assert_ptr_null(b.data);
	free(s);
}
END_TEST

START_TEST(test_read_file_limit)
{
	char path[] = "/tmp/hotfeed-util-XXXXXX", *data;
	size_t len;
	int fd = mkstemp(path);
	ck_assert_int_eq(write(fd, "0123456789", 10), 10);
	close(fd);
	ck_assert_int_eq(read_file(path, 10, &data, &len), 0);
	ck_assert_uint_eq(len, 10);
	ck_assert_str_eq(data, "0123456789");
	free(data);
	errno = 0;
	ck_assert_int_eq(read_file(path, 9, &data, &len), -1);
	ck_assert_int_eq(errno, EFBIG);
	unlink(path);
	ck_assert_int_eq(read_file("/nonexistent/x", 9, &data, &len), -1);
	ck_assert_int_eq(errno, ENOENT);
}
END_TEST

START_TEST(test_write_atomic)
{
	char dir[] = "/tmp/hotfeed-util-XXXXXX", path[128], *data;
	size_t len;
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/out.xml", dir);
	ck_assert_int_eq(write_file_atomic(path, "old", 3), 0);
	ck_assert_int_eq(write_file_atomic(path, "new!", 4), 0);
	ck_assert_int_eq(read_file(path, 100, &data, &len), 0);
	ck_assert_str_eq(data, "new!");
	free(data);
	/* a directory that cannot be written: the old file stays */
	chmod(dir, 0500);
	if (geteuid() != 0) {
		ck_assert_int_eq(write_file_atomic(path, "broken", 6), -1);
		ck_assert_int_eq(read_file(path, 100, &data, &len), 0);
		ck_assert_str_eq(data, "new!");
		free(data);
	}
	chmod(dir, 0700);
	unlink(path);
	rmdir(dir);
}
END_TEST

/* Every string once; found after the table grew many times; long keys,
 * the empty string and keys differing in the last byte are distinct. */
START_TEST(test_strset)
{
	struct strset s = STRSET_INIT;
	char key[32];

	ck_assert_int_eq(strset_has(&s, "a"), 0);
	for (int i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "http://ex.org/p%d.html", i);
		ck_assert_int_eq(strset_add(&s, key), 1);
	}
	for (int i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "http://ex.org/p%d.html", i);
		ck_assert_int_eq(strset_add(&s, key), 0);
		ck_assert_int_eq(strset_has(&s, key), 1);
	}
	ck_assert_uint_eq(s.n, 5000);
	ck_assert_int_eq(strset_has(&s, "http://ex.org/p5000.html"), 0);
	ck_assert_int_eq(strset_add(&s, ""), 1);
	ck_assert_int_eq(strset_has(&s, ""), 1);
	ck_assert_uint_eq(s.n, 5001);
	ck_assert_uint_le(s.n * 2, s.cap);
	strset_free(&s);
	ck_assert_uint_eq(s.n, 0);
	ck_assert_ptr_null(s.slot);
}
END_TEST

/* FNV-1a from its public basis, the low 20 bits (what a table of up to
 * 2^20 slots indexes with when the hash is used as is). */
static unsigned
fnv_low20(unsigned long long h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
	return (unsigned)(h & 0xFFFFF);
}

static unsigned long long
fnv_from(unsigned long long h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
	return h;
}

/*
 * Hash flooding: 2^17 strings built as a page could build them, all with
 * the same low 20 bits of plain FNV-1a (the low bits of its state depend
 * only on the low bits before, so one colliding pair of 3-byte blocks per
 * stage doubles the set).  With plain FNV-1a they all sat in one probe
 * chain: 65 536 such links of one index page took 9.7 s, 2^17 far longer.
 * A seeded, finalized hash spreads them: well under a second.
 */
#define FLOOD_STAGES 17
START_TEST(test_strset_flooding)
{
	static const char alpha[] =
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	char pair[FLOOD_STAGES][2][4];
	unsigned long long h = fnv_from(0xcbf29ce484222325ull, "/p/", 3);
	unsigned *seen = malloc(sizeof *seen * (1u << 20));
	char(*key)[4] = malloc(sizeof *key * 62 * 62 * 62);
	struct strset s = STRSET_INIT;
	struct timespec t0, t1;
	char str[3 + 3 * FLOOD_STAGES + 1];
	size_t nkeys;
	unsigned low = 0;

	ck_assert_ptr_nonnull(seen);
	ck_assert_ptr_nonnull(key);
	for (int st = 0; st < FLOOD_STAGES; st++) {
		int found = 0;
		memset(seen, 0xff, sizeof *seen * (1u << 20));
		nkeys = 0;
		for (int a = 0; a < 62 && !found; a++)
			for (int b = 0; b < 62 && !found; b++)
				for (int c = 0; c < 62 && !found; c++) {
					char k[3] = { alpha[a], alpha[b], alpha[c] };
					unsigned v = fnv_low20(h, k, 3);
					if (seen[v] != 0xffffffffu) {
						memcpy(pair[st][0], key[seen[v]], 3);
						memcpy(pair[st][1], k, 3);
						pair[st][0][3] = pair[st][1][3] = 0;
						h = fnv_from(h, k, 3);
						found = 1;
					} else {
						memcpy(key[nkeys], k, 3);
						seen[v] = (unsigned)nkeys++;
					}
				}
		ck_assert(found);
	}
	free(seen);
	free(key);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (unsigned long m = 0; m < 1ul << FLOOD_STAGES; m++) {
		char *p = str + 3;
		memcpy(str, "/p/", 3);
		for (int st = 0; st < FLOOD_STAGES; st++, p += 3)
			memcpy(p, pair[st][(m >> st) & 1], 3);
		*p = 0;
		if (m == 0)
			low = fnv_low20(0xcbf29ce484222325ull, str, strlen(str));
		else if (m < 64) /* the flood is real: one chain for plain FNV */
			ck_assert_uint_eq(fnv_low20(0xcbf29ce484222325ull, str, strlen(str)), low);
		ck_assert_int_eq(strset_add(&s, str), 1);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ck_assert_uint_eq(s.n, 1ul << FLOOD_STAGES);
	ck_assert_int_eq(strset_has(&s, str), 1);
	strset_free(&s);
	ck_assert_double_lt((double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9, 5.0);
}
END_TEST

/* The one UTF-8 stepper: each case is bytes -> code point (-1 invalid)
 * and the bytes consumed. */
static const struct {
	const char *s;
	size_t n;
	long cp;
	size_t len;
} utf8_cases[] = {
	{ "A", 1, 'A', 1 },
	{ "\xC2\xA0", 2, 0xA0, 2 },
	{ "\xE3\x80\x80", 3, 0x3000, 3 },
	{ "\xF0\x9F\x98\x80", 4, 0x1F600, 4 },
	{ "\xC0\xAF", 2, -1, 1 },         /* overlong '/' */
	{ "\xE0\x80\xAF", 3, -1, 1 },     /* overlong '/' */
	{ "\xED\xA0\x80", 3, -1, 1 },     /* a surrogate */
	{ "\xF4\x90\x80\x80", 4, -1, 1 }, /* past U+10FFFF */
	{ "\xE3\x80", 2, -1, 1 },         /* cut short */
	{ "\x80", 1, -1, 1 },             /* a stray continuation byte */
	{ "\xE3\x41\x42", 3, -1, 1 },     /* a lead byte, then ASCII */
	{ "\xFF", 1, -1, 1 },
};

START_TEST(test_utf8_next)
{
	size_t len = 99;
	long cp = utf8_next(utf8_cases[_i].s, utf8_cases[_i].n, &len);

	ck_assert_int_eq(cp, utf8_cases[_i].cp);
	ck_assert_uint_eq(len, utf8_cases[_i].len);
}
END_TEST

START_TEST(test_char_classes)
{
	ck_assert(CH_IS_ASCII_SPACE(' ') && CH_IS_ASCII_SPACE('\f') && !CH_IS_ASCII_SPACE('\v'));
	ck_assert(!CH_IS_ASCII_SPACE(0xA0) && !CH_IS_ASCII_SPACE(0x3000));
	ck_assert(CH_IS_BLANK('\v') && CH_IS_BLANK(0xA0) && !CH_IS_BLANK(0x3000));
	ck_assert(CH_IS_WIDE_BLANK(0x3000) && CH_IS_WIDE_BLANK('\t') && !CH_IS_WIDE_BLANK(0x3001));
	ck_assert(!CH_IS_WIDE_BLANK('a') && !CH_IS_WIDE_BLANK(0xFEFF));
}
END_TEST

/* A symbolic link at the path is refused and its target never written;
 * the temporary files of an interrupted write are found and removed. */
START_TEST(test_write_no_symlink)
{
	char dir[] = "/tmp/hotfeed-util-XXXXXX", path[128], target[128], left[160], *data;
	size_t len;
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/out.xml", dir);
	snprintf(target, sizeof target, "%s/target", dir);
	ck_assert_int_eq(write_file_atomic(target, "precious", 8), 0);
	ck_assert_int_eq(symlink(target, path), 0);
	errno = 0;
	ck_assert_int_eq(write_file_atomic(path, "evil", 4), -1);
	ck_assert_int_eq(errno, ELOOP);
	ck_assert_int_eq(read_file(target, 100, &data, &len), 0);
	ck_assert_str_eq(data, "precious");
	free(data);
	unlink(path);
	snprintf(left, sizeof left, "%s.tmp.0badc0de", path);
	ck_assert_int_eq(write_file_atomic(left, "x", 1), 0);
	snprintf(left, sizeof left, "%s.tmp.nothex!!", path);
	ck_assert_int_eq(write_file_atomic(left, "x", 1), 0);
	ck_assert_uint_eq(util_remove_stale_temps(dir), 1);
	ck_assert_int_eq(access(left, F_OK), 0);
	unlink(left);
	unlink(target);
	ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST

START_TEST(test_ascii_case)
{
	ck_assert_int_eq(ascii_casecmp("Shift_JIS", "shift_jis"), 0);
	ck_assert_int_ne(ascii_casecmp("euc-jp", "euc-jq"), 0);
	ck_assert_int_eq(ascii_ncasecmp("UTF-8x", "utf-8y", 5), 0);
	ck_assert(streq(NULL, NULL));
	ck_assert(!streq("a", NULL));
}
END_TEST

/* FIPS 180-4 examples, and one of a million bytes (whole blocks straight
 * from the input, a tail, and the padding over a block boundary). */
static void
sha256_vectors(void)
{
	static const struct {
		const char *in;
		const char *hex;
	} v[] = {
		{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
		{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
	};
	char hex[65], *a = malloc(1000000);

	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		sha256_hex(v[i].in, strlen(v[i].in), hex);
		ck_assert_str_eq(hex, v[i].hex);
	}
	memset(a, 'a', 1000000);
	sha256_hex(a, 1000000, hex);
	ck_assert_str_eq(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(a);
}

START_TEST(test_sha256) { sha256_vectors(); }
END_TEST

/* The portable rounds, where the CPU has SHA instructions too (each test
 * runs in its own process: the choice is made at the first use). */
START_TEST(test_sha256_portable)
{
	setenv("HOTFEED_SHA256_PORTABLE", "1", 1);
	sha256_vectors();
}
END_TEST

static Suite *
suite(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_buf_ceiling);
	tcase_add_test(tc, test_buf_utf8);
	tcase_add_test(tc, test_read_file_limit);
	tcase_add_test(tc, test_write_atomic);
	tcase_add_test(tc, test_write_no_symlink);
	tcase_add_test(tc, test_ascii_case);
	tcase_add_loop_test(tc, test_utf8_next, 0, sizeof utf8_cases / sizeof *utf8_cases);
	tcase_add_test(tc, test_char_classes);
	tcase_add_test(tc, test_strset);
	tcase_add_test(tc, test_strset_flooding);
	tcase_add_test(tc, test_sha256);
	tcase_add_test(tc, test_sha256_portable);
	tcase_set_timeout(tc, 120);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
