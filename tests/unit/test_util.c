/* test_util.c — buffers with ceilings, file reading limits, atomic writes. */
#include "testutil.h"
#include "core/strset.h"
#include "core/util.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

START_TEST(test_buf_ceiling)
{
	struct buf b;
	buf_init(&b, 8);
	ck_assert_int_eq(buf_puts(&b, "12345"), 0);
	ck_assert_int_eq(buf_puts(&b, "6789"), -1);   /* would pass 8 bytes */
	ck_assert_str_eq(b.data, "12345");            /* left as it was */
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

START_TEST(test_ascii_case)
{
	ck_assert_int_eq(ascii_casecmp("Shift_JIS", "shift_jis"), 0);
	ck_assert_int_ne(ascii_casecmp("euc-jp", "euc-jq"), 0);
	ck_assert_int_eq(ascii_ncasecmp("UTF-8x", "utf-8y", 5), 0);
	ck_assert(streq(NULL, NULL));
	ck_assert(!streq("a", NULL));
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
	tcase_add_test(tc, test_ascii_case);
	tcase_add_test(tc, test_strset);
	suite_add_tcase(s, tc);
	return s;
}

TEST_MAIN(suite)
