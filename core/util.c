/* util.c — see util.h. */
#include "core/util.h"
#include "core/exitcode.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

_Noreturn void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("hotfeed: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(HF_EXIT_FATAL);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		die("out of memory (%zu bytes)", n);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		die("out of memory");
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		die("out of memory (%zu bytes)", n);
	return p;
}

char *
xstrdup(const char *s)
{
	return s ? xstrndup(s, strlen(s)) : NULL;
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	char *s;

	if (vasprintf(&s, fmt, ap) < 0)
		die("out of memory");
	return s;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}

void
buf_init(struct buf *b, size_t max)
{
	b->data = NULL;
	b->len = b->cap = 0;
	b->max = max;
}

char *
buf_reserve(struct buf *b, size_t n)
{
	size_t need;

	if (n > SIZE_MAX - b->len - 1)
		return NULL;
	need = b->len + n + 1;
	if (b->max && need - 1 > b->max)
		return NULL; /* toobig: the caller names the input */
	if (need > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < need)
			cap = cap > SIZE_MAX / 2 ? need : cap * 2;
		b->data = xrealloc(b->data, cap);
		b->cap = cap;
	}
	return b->data + b->len;
}

int
buf_append(struct buf *b, const void *p, size_t n)
{
	char *room = buf_reserve(b, n);

	if (room == NULL)
		return -1;
	if (n)
		memcpy(room, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int
buf_puts(struct buf *b, const char *s)
{
	return buf_append(b, s, strlen(s));
}

int
buf_putc(struct buf *b, int c)
{
	char ch = (char)c;

	return buf_append(b, &ch, 1);
}

int
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int r;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	r = buf_puts(b, s);
	free(s);
	return r;
}

int
buf_put_utf8(struct buf *b, unsigned cp)
{
	unsigned char u[4];
	size_t n;

	if (cp < 0x80) {
		u[0] = cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = 0xC0 | (cp >> 6);
		u[1] = 0x80 | (cp & 0x3F);
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = 0xE0 | (cp >> 12);
		u[1] = 0x80 | ((cp >> 6) & 0x3F);
		u[2] = 0x80 | (cp & 0x3F);
		n = 3;
	} else {
		u[0] = 0xF0 | (cp >> 18);
		u[1] = 0x80 | ((cp >> 12) & 0x3F);
		u[2] = 0x80 | ((cp >> 6) & 0x3F);
		u[3] = 0x80 | (cp & 0x3F);
		n = 4;
	}
	return buf_append(b, u, n);
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

char *
buf_steal(struct buf *b, size_t *len)
{
	char *d = b->data ? b->data : xstrdup("");

	if (len)
		*len = b->len;
	b->data = NULL;
	b->len = b->cap = 0;
	return d;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

int
read_file(const char *path, size_t max, char **data, size_t *len)
{
	struct buf b;
	char chunk[65536];
	ssize_t n;
	int fd, saved;
	struct stat st;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	buf_init(&b, max);
	/* a regular file is read into room of its size: doubling from 64 bytes
	 * would hold up to twice the file at its peak */
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    (max == 0 || (uintmax_t)st.st_size <= max) && (uintmax_t)st.st_size < SIZE_MAX / 2) {
		b.cap = (size_t)st.st_size + 1;
		b.data = xmalloc(b.cap);
		b.data[0] = '\0';
	}
	for (;;) {
		n = read(fd, chunk, sizeof chunk);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		if (buf_append(&b, chunk, (size_t)n) < 0) {
			n = -1;
			errno = EFBIG;
			break;
		}
	}
	saved = errno;
	close(fd);
	if (n < 0) {
		buf_free(&b);
		errno = saved;
		return -1;
	}
	*data = buf_steal(&b, len);
	return 0;
}

int
util_write_all(int fd, const void *data, size_t len)
{
	const char *p = data;

	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int
util_file_create_new(int dirfd, const char *prefix, char **name)
{
	for (int tries = 0; tries < 100; tries++) {
		uint32_t r;
		int fd;
		int saved;
		if (getrandom(&r, sizeof r, 0) != (ssize_t)sizeof r)
			r = (uint32_t)getpid() * 2654435761u + (uint32_t)tries;
		*name = xasprintf("%s.%08x", prefix, (unsigned)r);
		fd = openat(dirfd, *name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		            0666);
		if (fd >= 0)
			return fd;
		saved = errno;
		free(*name);
		*name = NULL;
		errno = saved;
		if (saved != EEXIST)
			return -1;
	}
	return -1;
}

int
write_file_atomic(const char *path, const void *data, size_t len)
{
	char *prefix = xasprintf("%s.tmp", path), *tmp = NULL;
	struct stat st;
	int fd = -1, saved;

	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		errno = ELOOP;
		goto fail;
	}
	if ((fd = util_file_create_new(AT_FDCWD, prefix, &tmp)) < 0)
		goto fail;
	if (util_write_all(fd, data, len) < 0 || fsync(fd) < 0)
		goto fail_unlink;
	saved = close(fd);
	fd = -1;
	if (saved < 0 || rename(tmp, path) < 0)
		goto fail_unlink;
	free(tmp);
	free(prefix);
	return 0;
fail_unlink:
	saved = errno;
	if (fd >= 0)
		close(fd);
	unlink(tmp);
	errno = saved;
fail:
	saved = errno;
	free(tmp);
	free(prefix);
	errno = saved;
	return -1;
}

/* Directories nested deeper than this are not removed (hotfeed never
 * makes them: a bound against a hostile tree, not a limit in practice). */
#define REMOVE_TREE_DEPTH 32

static int
remove_tree_at(int dirfd, const char *name, int depth)
{
	int fd;
	DIR *d;
	struct dirent *e;
	int rc = 0;

	if (unlinkat(dirfd, name, 0) == 0 || errno == ENOENT)
		return 0;
	if ((errno != EISDIR && errno != EPERM) || depth >= REMOVE_TREE_DEPTH)
		return -1;
	fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	d = fd >= 0 ? fdopendir(fd) : NULL;

	if (d == NULL) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0 &&
		    remove_tree_at(fd, e->d_name, depth + 1) < 0)
			rc = -1;
	closedir(d);
	if (unlinkat(dirfd, name, AT_REMOVEDIR) < 0 && errno != ENOENT)
		rc = -1;
	return rc;
}

int
util_remove_tree(int dirfd, const char *name)
{
	return remove_tree_at(dirfd, name, 0);
}

/* Does name end in ".tmp." and 8 hex digits (util_file_create_new's suffix)? */
static int
is_stale_temp(const char *name)
{
	size_t n = strlen(name);

	if (n < 13 || memcmp(name + n - 13, ".tmp.", 5) != 0)
		return 0;
	for (size_t i = n - 8; i < n; i++)
		if (!isxdigit((unsigned char)name[i]))
			return 0;
	return 1;
}

size_t
util_remove_stale_temps(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t removed = 0;

	if (d == NULL)
		return 0;
	while ((e = readdir(d)) != NULL)
		if (is_stale_temp(e->d_name) && unlinkat(dirfd(d), e->d_name, 0) == 0)
			removed++;
	closedir(d);
	return removed;
}

int
util_parse_decimal(const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	if (s[0] < '0' || s[0] > '9')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end != '\0' || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

char *
util_printable(const char *s)
{
	struct buf b;

	buf_init(&b, 0);
	buf_append(&b, "", 0);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7F)
			buf_printf(&b, "\\x%02X", *p);
		else
			buf_putc(&b, *p);
	return buf_steal(&b, NULL);
}

static int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

int
ascii_ncasecmp(const char *a, const char *b, size_t n)
{
	for (; n > 0; a++, b++, n--) {
		int d = ascii_lower((unsigned char)*a) - ascii_lower((unsigned char)*b);
		if (d || *a == '\0')
			return d;
	}
	return 0;
}

int
ascii_isalpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int
ascii_isalnum(int c)
{
	return ascii_isalpha(c) || (c >= '0' && c <= '9');
}

int
ascii_casecmp(const char *a, const char *b)
{
	return ascii_ncasecmp(a, b, SIZE_MAX);
}

int
streq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

size_t
utf8_cut(const char *s, size_t n)
{
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return n;
}

long
utf8_next(const char *str, size_t n, size_t *len)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c = s[0];
	size_t extra;
	long cp, min;

	*len = 1;
	if (c < 0x80)
		return c;
	/* the lead byte says the length: 110xxxxx, 1110xxxx, 11110xxx */
	if ((c & 0xE0) == 0xC0) {
		extra = 1, cp = c & 0x1F, min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		extra = 2, cp = c & 0x0F, min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		extra = 3, cp = c & 0x07, min = 0x10000;
	} else {
		return -1;
	}
	if (n < extra + 1)
		return -1;
	for (size_t i = 1; i <= extra; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*len = extra + 1;
	return cp;
}
