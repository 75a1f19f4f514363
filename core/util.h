/*
 * util.h — allocation that dies on OOM, a growable byte buffer with a hard
 * ceiling, and small string helpers.  May be included by any file.
 *
 * hotfeed is a batch job: running out of memory has nothing to save, so
 * x*() allocators print a message and exit(HF_EXIT_FATAL).  Input problems
 * never go through die(): they are returned as errors to the caller.
 */
#ifndef HOTFEED_UTIL_H
#define HOTFEED_UTIL_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s); /* NULL -> NULL */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);

/* Print "hotfeed: msg" on stderr and exit(HF_EXIT_FATAL). */
_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * A growable buffer.  data is always NUL-terminated (for text use) and owned
 * by the buf; buf_free() releases it.  max is a hard ceiling in bytes
 * (0 = unlimited): an append that would pass it fails with -1 and leaves the
 * buffer as it was, so untrusted input can never grow one without bound.
 */
struct buf {
	char *data;
	size_t len, cap, max;
};

void buf_init(struct buf *b, size_t max);
int buf_append(struct buf *b, const void *p, size_t n); /* 0 or -1 (too big) */
/* Room for n more bytes after the data (and its NUL), to be filled and then
 * counted into len by the caller; NULL when that would pass max. */
char *buf_reserve(struct buf *b, size_t n);
int buf_puts(struct buf *b, const char *s);
int buf_putc(struct buf *b, int c);
int buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append code point cp as UTF-8 (cp must be a Unicode scalar value). */
int buf_put_utf8(struct buf *b, unsigned cp);
/* The largest length <= n at which UTF-8 text s can be cut without
 * splitting a character (s holds more than n bytes). */
size_t utf8_cut(const char *s, size_t n);
/* The one UTF-8 stepper: decode the sequence at s (n bytes left, n >= 1).
 * Returns the code point, or -1 for an invalid sequence (overlong, a
 * surrogate, past U+10FFFF, cut short, a stray continuation byte); *len is
 * what was consumed: the sequence, or 1 byte when it was invalid. */
long utf8_next(const char *s, size_t n, size_t *len);

/* Character classes, one definition each (locale independent):
 *  - ASCII whitespace (HTML Standard): TAB LF FF CR SPACE;
 *  - blank: what separates words in a page's text: ASCII whitespace, VT
 *    and U+00A0 (&nbsp;).  U+3000 is not blank: it is Japanese text (an
 *    indent, a gap in a title) and is kept where text is kept;
 *  - wide blank: blank or U+3000, for where it only separates (the
 *    catalogue's comparison of two texts, a value after its label). */
#define CH_IS_ASCII_SPACE(c) \
	((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\f' || (c) == '\r')
#define CH_IS_BLANK(c)      (CH_IS_ASCII_SPACE(c) || (c) == '\v' || (c) == 0xA0)
#define CH_IS_WIDE_BLANK(c) (CH_IS_BLANK(c) || (c) == 0x3000)
void buf_reset(struct buf *b);
/* Hand over the data (caller frees); the buf is left empty. */
char *buf_steal(struct buf *b, size_t *len);
void buf_free(struct buf *b);

/* Read a whole file, at most max bytes: 0, or -1 with errno set (EFBIG when
 * larger than max). *data is NUL-terminated and owned by the caller. */
int read_file(const char *path, size_t max, char **data, size_t *len);

/* Write data to path atomically: a new temp file PATH.tmp.RANDOM in the
 * same directory (created with O_EXCL|O_NOFOLLOW, mode 0666 less the
 * umask), fsync, rename.  0 or -1 with errno set; path is untouched on
 * failure.  A symbolic link at path is refused (ELOOP), never written
 * through nor replaced. */
int write_file_atomic(const char *path, const void *data, size_t len);

/* Create a new file at PREFIX.RANDOM (8 hex digits) in the way every file
 * hotfeed writes is created: O_WRONLY|O_CREAT|O_EXCL|O_NOFOLLOW, mode 0666
 * less the umask, so a planted file or symbolic link is never opened.  dirfd
 * as for openat().  The open fd, its name in *name (caller frees); -1 with
 * errno set. */
int util_file_create_new(int dirfd, const char *prefix, char **name);

/* Write all of data to fd (EINTR retried): 0 or -1 with errno set. */
int util_write_all(int fd, const void *data, size_t len);

/* Remove name under dirfd and, when it is a directory, everything in it;
 * symbolic links are removed, never followed.  0 or -1 with errno set. */
int util_remove_tree(int dirfd, const char *name);

/* Remove the leftovers of interrupted atomic writes in dir: the entries
 * whose name holds ".tmp." followed by 8 hex digits at its end.  Call with
 * the lock that keeps other writers out.  The number removed. */
size_t util_remove_stale_temps(const char *dir);

/* A decimal integer in [min, max], strictly: digits only (no sign, no
 * space, no trailing junk), no overflow.  0 and *out set, or -1.  The one
 * parser of numbers from the command line and the configuration. */
int util_parse_decimal(const char *s, long min, long max, long *out);

/* s with every C0 control and DEL written as \xNN, for printing
 * untrusted text (a URL, a path) on a terminal or in a log.  Caller frees. */
char *util_printable(const char *s);

/* ASCII helpers (locale independent). */
int ascii_casecmp(const char *a, const char *b);
int ascii_ncasecmp(const char *a, const char *b, size_t n);
int ascii_isalpha(int c);                /* A-Z a-z */
int ascii_isalnum(int c);                /* A-Z a-z 0-9 */
int streq(const char *a, const char *b); /* NULL-safe equality */

#endif
