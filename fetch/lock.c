/* lock.c — one run at a time; see lock.h. */
#include "fetch/lock.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* The pid written in the lock file, or 0 when it cannot be read. */
static long
lock_owner(int fd)
{
	char buf[32];
	ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
	char *end;
	long pid;
	if (n <= 0)
		return 0;
	buf[n] = '\0';
	pid = strtol(buf, &end, 10);
	return end > buf && pid > 0 ? pid : 0;
}

int
lock_acquire(const char *db_path, char *msg, size_t msglen)
{
	char *path = xasprintf("%s.lock", db_path);
	/* never through a symbolic link (a planted one would make root's cron
	   truncate its target); mode 0666 less the umask */
	int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
	struct stat st;
	char line[32];
	int n;
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		if (fd < 0 && errno == ELOOP)
			snprintf(msg, msglen, "cannot open %s: a symbolic link; refused", path);
		else
			snprintf(msg, msglen, "cannot open %s: %s", path,
			         fd < 0 ? strerror(errno) : "not a regular file");
		if (fd >= 0)
			close(fd);
		free(path);
		return -2;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		int e = errno;
		long pid = lock_owner(fd);
		if (e == EWOULDBLOCK && pid)
			snprintf(msg, msglen, "another run holds %s (pid %ld)", path, pid);
		else if (e == EWOULDBLOCK)
			snprintf(msg, msglen, "another run holds %s", path);
		else
			snprintf(msg, msglen, "cannot lock %s: %s", path, strerror(e));
		close(fd);
		free(path);
		return e == EWOULDBLOCK ? -1 : -2;
	}
	n = snprintf(line, sizeof line, "%ld\n", (long)getpid());
	if (ftruncate(fd, 0) != 0 || pwrite(fd, line, (size_t)n, 0) != n) {
		/* the pid is only for the message; the flock is what counts */
	}
	free(path);
	return fd;
}

void
lock_release(int fd)
{
	if (fd < 0)
		return;
	if (ftruncate(fd, 0) != 0) {
		/* harmless: the next owner rewrites it */
	}
	close(fd);
}
