/* outfiles.c — check, stage and rename the output files; see outfiles.h. */
#include "publish/outfiles.h"

#include <dirent.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

struct out_file *
outfiles_add(struct outfiles *s, const char *name, enum out_kind kind)
{
	struct out_file *f = VEC_PUSH(&s->v);

	f->name = xstrdup(name);
	f->kind = kind;
	buf_init(&f->data, 0);
	return f;
}

static int json_text_ok(const char *text, size_t len);

static int
parses(const struct out_file *f)
{
	const char *d = f->data.data;
	int len = (int)f->data.len, ok = 0;
	xmlDocPtr doc;

	if (f->kind == OUT_TEXT || f->kind == OUT_BINARY)
		return f->data.len <= (size_t)0x7FFFFFFF;
	if (d == NULL || f->data.len == 0 || f->data.len > (size_t)0x7FFFFFFF)
		return 0;
	switch (f->kind) {
	case OUT_XML:
		doc = xmlReadMemory(d, len, f->name, NULL,
		                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
		ok = doc != NULL;
		xmlFreeDoc(doc);
		break;
	case OUT_JSON:
		ok = json_text_ok(d, f->data.len);
		break;
	case OUT_TEXT:
	case OUT_BINARY:
		break;
	case OUT_HTML:
		doc = htmlReadMemory(d, len, f->name, "UTF-8",
		                     HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
		ok = doc != NULL && xmlDocGetRootElement(doc) != NULL;
		xmlFreeDoc(doc);
		break;
	}
	return ok;
}

/*
 * A generation: the output directory DIR = PARENT/BASE is never written in
 * place.  Under an flock of PARENT/.BASE.lock, the new set is written into
 * a fresh PARENT/.BASE.new.RANDOM, fsync'ed, and exchanged with DIR by one
 * renameat2(RENAME_EXCHANGE); the old set, now under the new name, is then
 * removed.  Where the filesystem cannot exchange (EINVAL, ENOSYS), DIR is
 * renamed to PARENT/.BASE.old.RANDOM and the new set renamed to DIR: a
 * reader may then find DIR missing for a moment, never a mix, and a crash
 * in between is repaired by the next publish.  Leftovers .BASE.new.* and
 * .BASE.old.* of interrupted publishes are removed under the lock.
 */
/*
 * The linker: a thread that makes the hard links outfiles_link_old() asks
 * for while the publish goes on rendering on the other core (a link into a
 * directory of 100,000 names costs the kernel about 10 us: 1.6 s of a
 * cached publish of 100,000 bulletins).  Names wait in a bounded queue; a
 * link that fails is remembered, and linker_stop() makes that file again
 * from the old one's bytes, so the generation ends the same as if every
 * link had been made in line.  Its directories are made before a name is
 * queued.
 */
#define LINKER_BACKLOG 4096
/* the thread is woken for this many names at once (or the last ones):
 * woken for each, it took them one by one, a futex call for every link */
#define LINKER_BATCH 64
struct linker {
	pthread_t th;
	pthread_mutex_t mu;
	pthread_cond_t more, room;
	strlist pending; /* queued, not taken yet */
	strlist failed;  /* links that could not be made */
	int oldfd, genfd;
	int fail_all; /* the generation's links_fail */
	int stop;     /* no more names: the thread ends when the queue is empty */
};

struct outgen {
	char *dir, *parent, *base;
	char *gen; /* PARENT/.BASE.new.RANDOM, NULL once swapped */
	int lock, genfd;
	int oldfd;         /* DIR as it was, opened; -1: none */
	struct stat old;   /* DIR as it was (old.st_mode == 0: none) */
	strlist made;      /* directories made in the generation (a few) */
	struct linker *lk; /* running, or NULL */
	int links_fail;    /* tests: HOTFEED_TEST_LINK_FAIL set, no link is made */
};

/* Split dir into parent and last component; -1 when it has no last name. */
static int
split_dir(struct outgen *g, const char *dir)
{
	size_t n = strlen(dir);
	char *slash;

	while (n > 1 && dir[n - 1] == '/')
		n--;
	g->dir = xstrndup(dir, n);
	slash = strrchr(g->dir, '/');
	g->base = xstrdup(slash ? slash + 1 : g->dir);
	g->parent = slash == NULL     ? xstrdup(".")
	            : slash == g->dir ? xstrdup("/")
	                              : xstrndup(g->dir, (size_t)(slash - g->dir));
	return g->base[0] == '\0' || strcmp(g->base, ".") == 0 || strcmp(g->base, "..") == 0 ? -1
	                                                                                     : 0;
}

static int
has_prefix(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Under the lock: put back DIR when an interrupted fallback swap left it
 * only as .BASE.old.*, then remove every .BASE.new.* and .BASE.old.*. */
static void
clean_leftovers(struct outgen *g)
{
	char *pnew = xasprintf(".%s.new.", g->base), *pold = xasprintf(".%s.old.", g->base);
	int pfd = open(g->parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = pfd >= 0 ? fdopendir(pfd) : NULL;
	struct dirent *e;
	struct stat st;
	int missing = lstat(g->dir, &st) < 0 && errno == ENOENT;

	if (d == NULL) {
		if (pfd >= 0)
			close(pfd);
		goto out;
	}
	while ((e = readdir(d)) != NULL) {
		if (missing && has_prefix(e->d_name, pold) &&
		    renameat(pfd, e->d_name, pfd, g->base) == 0) {
			missing = 0;
			continue;
		}
		if (has_prefix(e->d_name, pnew) || has_prefix(e->d_name, pold))
			util_remove_tree(pfd, e->d_name);
	}
	closedir(d);
out:
	free(pnew);
	free(pold);
}

static int
lock_dir(struct outgen *g, char *err, size_t errlen)
{
	char *path = xasprintf("%s/.%s.lock", g->parent, g->base);
	struct stat st;
	int rc = -1;

	g->lock = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (g->lock < 0)
		snprintf(err, errlen, "%s: cannot open its publish lock %s: %s%s", g->dir, path,
		         strerror(errno), errno == ELOOP ? " (a symbolic link: refused)" : "");
	else if (fstat(g->lock, &st) < 0 || !S_ISREG(st.st_mode))
		snprintf(err, errlen, "%s: the publish lock is not a regular file", path);
	else if (flock(g->lock, LOCK_EX | LOCK_NB) < 0)
		snprintf(err, errlen, "%s: %s", path,
		         errno == EWOULDBLOCK ? "another publish is writing this directory"
		                              : strerror(errno));
	else
		rc = 0;
	free(path);
	return rc;
}

/* Every generation holds this file: a directory with it is hotfeed's to
 * replace. */
#define MARKER ".hotfeed"
static const char marker_text[] =
	"This directory is written by `hotfeed publish` and replaced whole at each\n"
	"publish: files put here by hand do not survive.\n";

/* Could an earlier hotfeed (before generations) have left name in DIR:
 * a feed, JSON, HTML, or a temporary file of its? */
static int
legacy_output(const char *name, unsigned char type)
{
	static const char *const ends[] = { ".xml", ".json", ".html" };
	size_t n = strlen(name);

	if (name[0] == '.' && strstr(name, ".tmp.") != NULL)
		return type != DT_DIR; /* a link planted there goes, its target stays */
	if (type != DT_REG && type != DT_UNKNOWN)
		return 0;
	for (size_t i = 0; i < sizeof ends / sizeof *ends; i++)
		if (n > strlen(ends[i]) && strcmp(name + n - strlen(ends[i]), ends[i]) == 0)
			return 1;
	return 0;
}

/* The directory replaced whole must be hotfeed's: it holds the marker, or
 * is empty, or holds only what an earlier hotfeed wrote there.  Anything
 * else (a site's own pages, a subdirectory) would be lost: refused. */
static int
owned(struct outgen *g, char *err, size_t errlen)
{
	DIR *d = opendir(g->dir);
	struct dirent *e;
	char *marker = xasprintf("%s/" MARKER, g->dir), *foreign = NULL;
	struct stat st;
	int ok = lstat(marker, &st) == 0 && S_ISREG(st.st_mode);

	free(marker);
	while (!ok && d != NULL && foreign == NULL && (e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0 &&
		    !legacy_output(e->d_name, e->d_type))
			foreign = xstrdup(e->d_name);
	if (d != NULL)
		closedir(d);
	if (foreign != NULL) {
		char *shown = util_printable(foreign);
		snprintf(err, errlen,
		         "%s: holds %s, which hotfeed did not write: a publish replaces "
		         "the directory whole, so give one of its own; nothing was changed",
		         g->dir, shown);
		free(shown);
		free(foreign);
		return -1;
	}
	return 0;
}

/* DIR must be a directory or missing; a symbolic link is refused. */
static int
check_dir(struct outgen *g, char *err, size_t errlen)
{
	if (lstat(g->dir, &g->old) < 0) {
		memset(&g->old, 0, sizeof g->old);
		if (errno == ENOENT)
			return 0;
		snprintf(err, errlen, "%s: %s", g->dir, strerror(errno));
		return -1;
	}
	if (S_ISDIR(g->old.st_mode))
		return owned(g, err, errlen);
	snprintf(err, errlen, "%s: %s; nothing was changed", g->dir,
	         S_ISLNK(g->old.st_mode) ? "is a symbolic link (give the directory it points to)"
	                                 : "exists and is not a directory");
	return -1;
}

static int
make_generation(struct outgen *g, char *err, size_t errlen)
{
	for (int tries = 0; tries < 100 && g->gen == NULL; tries++) {
		uint32_t r;
		int saved;
		if (getrandom(&r, sizeof r, 0) != (ssize_t)sizeof r)
			r = (uint32_t)getpid() + (uint32_t)tries * 7919u;
		g->gen = xasprintf("%s/.%s.new.%08x", g->parent, g->base, (unsigned)r);
		if (mkdir(g->gen, 0777) == 0)
			break;
		saved = errno;
		free(g->gen);
		g->gen = NULL;
		if (saved != EEXIST) {
			snprintf(err, errlen, "%s/.%s.new.*: cannot create: %s", g->parent, g->base,
			         strerror(saved));
			return -1;
		}
	}
	if (g->gen == NULL ||
	    (g->genfd = open(g->gen, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
		snprintf(err, errlen, "%s: cannot create the new set: %s", g->dir, strerror(errno));
		return -1;
	}
	if (outfiles_gen_write(g, MARKER, marker_text, sizeof marker_text - 1, err, errlen) < 0)
		return -1;
	/* the new set keeps the old directory's permissions and owner */
	if (g->old.st_mode != 0) {
		fchmod(g->genfd, g->old.st_mode & 07777);
		if (fchown(g->genfd, g->old.st_uid, g->old.st_gid) < 0) {
			/* not ours to give away: the mode is what matters */
		}
	}
	return 0;
}

struct outgen *
outfiles_gen_open(const char *dir, char *err, size_t errlen)
{
	struct outgen *g = xcalloc(1, sizeof *g);

	g->lock = g->genfd = g->oldfd = -1;
	g->links_fail = getenv("HOTFEED_TEST_LINK_FAIL") != NULL;
	if (split_dir(g, dir) < 0) {
		snprintf(err, errlen, "%s: the output directory needs a name as its last part",
		         dir);
		goto fail;
	}
	if (lock_dir(g, err, errlen) < 0)
		goto fail;
	clean_leftovers(g);
	if (check_dir(g, err, errlen) < 0 || make_generation(g, err, errlen) < 0)
		goto fail;
	if (g->old.st_mode != 0)
		g->oldfd = open(g->dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	return g;
fail:
	outfiles_gen_free(g);
	return NULL;
}

/* name is relative, its parts neither empty nor "." nor "..". */
static int
valid_name(const char *name)
{
	const char *p = name;

	if (*p == '\0' || *p == '/')
		return 0;
	for (;;) {
		size_t n = strcspn(p, "/");
		if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
			return 0;
		if (p[n] == '\0')
			return 1;
		p += n + 1;
	}
}

/* Create the directories leading to name inside the generation, each
 * once (a mkdir per file, failing with EEXIST, was most of a publish's
 * system calls). */
static int
make_parents(struct outgen *g, const char *name)
{
	const char *last = strrchr(name, '/');
	char *path;
	int rc = 0;

	if (last == NULL)
		return 0;
	path = xstrndup(name, (size_t)(last - name));
	if (strlist_contains(&g->made, path)) {
		free(path);
		return 0;
	}
	for (char *s = strchr(path, '/'); rc == 0; s = strchr(s + 1, '/')) {
		if (s != NULL)
			*s = '\0';
		if (mkdirat(g->genfd, path, 0777) < 0 && errno != EEXIST)
			rc = -1;
		if (s == NULL)
			break;
		*s = '/';
	}
	if (rc == 0)
		strlist_add(&g->made, path);
	free(path);
	return rc;
}

/* When the set being replaced holds name with exactly these bytes, the
 * new set shares its file (a hard link: files are never changed in place,
 * only replaced whole): creating an inode costs far more than reading a
 * file back, and a republish keeps most bulletins' files.  0 linked, -1
 * not (write it); a name that is not inside the directory never links. */
static int
link_same(struct outgen *g, const char *name, const void *data, size_t len)
{
	char chunk[64 << 10];
	struct stat st;
	size_t off = 0;
	ssize_t n;
	int fd, same;

	if (g->oldfd < 0 || len == 0 || !valid_name(name) || g->links_fail)
		return -1;
	fd = openat(g->oldfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return -1;
	same = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink < 1000 &&
	       (size_t)st.st_size == len;
	while (same && off < len && (n = read(fd, chunk, sizeof chunk)) > 0) {
		same = (size_t)n <= len - off &&
		       memcmp(chunk, (const char *)data + off, (size_t)n) == 0;
		off += (size_t)n;
	}
	close(fd);
	if (!same || off != len || make_parents(g, name) < 0)
		return -1;
	return linkat(g->oldfd, name, g->genfd, name, 0);
}

/* A helper thread with every signal blocked: hotfeed's handlers (an
 * interrupted run) are the main thread's.  0, or -1 when none could be had. */
static int
start_thread(pthread_t *th, void *(*fn)(void *), void *arg)
{
	sigset_t all, old;
	int rc;

	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	rc = pthread_create(th, NULL, fn, arg);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return rc == 0 ? 0 : -1;
}

static void *
linker_main(void *arg)
{
	struct linker *l = arg;

	pthread_mutex_lock(&l->mu);
	for (;;) {
		strlist batch;
		while (l->pending.n < LINKER_BATCH && !l->stop)
			pthread_cond_wait(&l->more, &l->mu);
		if (l->pending.n == 0)
			break;
		batch = l->pending;
		memset(&l->pending, 0, sizeof l->pending);
		pthread_cond_signal(&l->room);
		pthread_mutex_unlock(&l->mu);
		for (size_t i = 0; i < batch.n; i++)
			if (l->fail_all ||
			    linkat(l->oldfd, batch.v[i], l->genfd, batch.v[i], 0) != 0) {
				pthread_mutex_lock(&l->mu);
				strlist_add(&l->failed, batch.v[i]);
				pthread_mutex_unlock(&l->mu);
			}
		strlist_free(&batch);
		pthread_mutex_lock(&l->mu);
	}
	pthread_mutex_unlock(&l->mu);
	return NULL;
}

/* Queue the link of name (its directories made); -1 when no thread can be
 * had: the caller links in line. */
static int
linker_add(struct outgen *g, const char *name)
{
	struct linker *l = g->lk;

	if (l == NULL) {
		l = xcalloc(1, sizeof *l);
		l->oldfd = g->oldfd;
		l->genfd = g->genfd;
		l->fail_all = g->links_fail;
		pthread_mutex_init(&l->mu, NULL);
		pthread_cond_init(&l->more, NULL);
		pthread_cond_init(&l->room, NULL);
		if (start_thread(&l->th, linker_main, l) < 0) {
			pthread_mutex_destroy(&l->mu);
			pthread_cond_destroy(&l->more);
			pthread_cond_destroy(&l->room);
			free(l);
			return -1;
		}
		g->lk = l;
	}
	pthread_mutex_lock(&l->mu);
	while (l->pending.n >= LINKER_BACKLOG)
		pthread_cond_wait(&l->room, &l->mu);
	strlist_add(&l->pending, name);
	if (l->pending.n == LINKER_BATCH)
		pthread_cond_signal(&l->more);
	pthread_mutex_unlock(&l->mu);
	return 0;
}

/* The old set's file name, copied into the generation. */
static int
copy_old(struct outgen *g, const char *name, char *err, size_t errlen)
{
	int fd = openat(g->oldfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	struct buf b;
	char chunk[64 << 10];
	ssize_t n = 0;
	int rc;

	if (fd < 0) {
		snprintf(err, errlen,
		         "%s/%s: gone from the set being replaced: %s; nothing was changed", g->dir,
		         name, strerror(errno));
		return -1;
	}
	buf_init(&b, 0);
	while ((n = read(fd, chunk, sizeof chunk)) > 0)
		buf_append(&b, chunk, (size_t)n);
	close(fd);
	if (n < 0) {
		snprintf(err, errlen, "%s/%s: cannot read: %s; nothing was changed", g->dir, name,
		         strerror(errno));
		rc = -1;
	} else {
		rc = outfiles_gen_write(g, name, b.data, b.len, err, errlen);
	}
	buf_free(&b);
	return rc;
}

/* Wait for every queued link; with err, make each failed one again from
 * the old file (0, or -1 with a message); without, only stop. */
static int
linker_stop(struct outgen *g, char *err, size_t errlen)
{
	struct linker *l = g->lk;
	int rc = 0;

	if (l == NULL)
		return 0;
	pthread_mutex_lock(&l->mu);
	l->stop = 1;
	pthread_cond_signal(&l->more);
	pthread_mutex_unlock(&l->mu);
	pthread_join(l->th, NULL);
	g->lk = NULL;
	for (size_t i = 0; err != NULL && rc == 0 && i < l->failed.n; i++)
		rc = copy_old(g, l->failed.v[i], err, errlen);
	strlist_free(&l->failed);
	strlist_free(&l->pending);
	pthread_mutex_destroy(&l->mu);
	pthread_cond_destroy(&l->more);
	pthread_cond_destroy(&l->room);
	free(l);
	return rc;
}

int
outfiles_gen_write(struct outgen *g, const char *name, const void *data, size_t len, char *err,
                   size_t errlen)
{
	int fd, saved;

	if (!valid_name(name)) {
		snprintf(err, errlen, "%s: not a file name inside the output directory", name);
		return -1;
	}
	if (link_same(g, name, data, len) == 0)
		return 0;
	if (make_parents(g, name) < 0)
		goto fail;
	fd = openat(g->genfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0)
		goto fail;
	/* no fsync per file: outfiles_gen_swap() syncs the filesystem once (20,000
	 * CSAF documents and bulletin files, one fsync each, took minutes) */
	if (util_write_all(fd, data, len) < 0) {
		saved = errno;
		close(fd);
		errno = saved;
		goto fail;
	}
	if (close(fd) == 0)
		return 0;
fail:
	snprintf(err, errlen, "%s/%s: cannot write: %s; nothing was changed", g->gen, name,
	         strerror(errno));
	return -1;
}

static int
sync_path(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC), rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/* Every directory of the generation reaches the disk before the swap. */
static int
sync_tree(int dirfd, int depth)
{
	int fd = dup(dirfd), rc = fsync(dirfd);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	struct dirent *e;

	if (d == NULL) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	while ((e = readdir(d)) != NULL && rc == 0 && depth < 32) {
		int sub;
		if ((e->d_type != DT_DIR && e->d_type != DT_UNKNOWN) ||
		    strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		sub = openat(dirfd, e->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (sub < 0 && (errno == ENOTDIR || errno == ELOOP))
			continue;
		rc = sub < 0 ? -1 : sync_tree(sub, depth + 1);
		if (sub >= 0)
			close(sub);
	}
	closedir(d);
	return rc;
}

/* The old set out of DIR, the new one in: exchange, else two renames. */
static int
swap_in(struct outgen *g)
{
	char *old;
	int rc;

	if (g->old.st_mode == 0)
		return renameat2(AT_FDCWD, g->gen, AT_FDCWD, g->dir, RENAME_NOREPLACE) == 0 ||
		                       ((errno == EINVAL || errno == ENOSYS) &&
		                        rename(g->gen, g->dir) == 0)
		               ? 0
		               : -1;
	if (renameat2(AT_FDCWD, g->gen, AT_FDCWD, g->dir, RENAME_EXCHANGE) == 0)
		return 0;
	if (errno != EINVAL && errno != ENOSYS)
		return -1;
	old = xasprintf("%s/.%s.old.%s", g->parent, g->base, strrchr(g->gen, '.') + 1);
	rc = rename(g->dir, old) == 0 && rename(g->gen, g->dir) == 0 ? 0 : -1;
	if (rc == 0) {
		free(g->gen);
		g->gen = old; /* removed below as the old set */
	} else {
		free(old);
	}
	return rc;
}

int
outfiles_gen_swap(struct outgen *g, char *err, size_t errlen)
{
	if (linker_stop(g, err, errlen) < 0)
		return -1;
	if (syncfs(g->genfd) < 0 || sync_tree(g->genfd, 0) < 0) {
		snprintf(err, errlen, "%s: cannot sync the new set: %s; nothing was changed",
		         g->gen, strerror(errno));
		return -1;
	}
	if (swap_in(g) < 0) {
		snprintf(err, errlen, "%s: cannot swap the new set in: %s; nothing was changed",
		         g->dir, strerror(errno));
		return -1;
	}
	sync_path(g->parent);
	if (g->old.st_mode == 0) {
		free(g->gen);
		g->gen = NULL;
	}
	return 0;
}

/* The largest directory of a set removes in a thread of its own while the
 * rest is removed here (each removal is a system call per name, over
 * 100,000 bulletins' files and as many CSAF documents). */
struct remover {
	int dirfd;
	char *name;
};

static void *
remover_main(void *arg)
{
	struct remover *rm = arg;

	util_remove_tree(rm->dirfd, rm->name);
	return NULL;
}

/* A directory stream of its own over the directory open as fd. */
static DIR *
dir_stream(int fd)
{
	int d = fd >= 0 ? dup(fd) : -1;
	DIR *r = d >= 0 ? fdopendir(d) : NULL;

	if (r == NULL && d >= 0)
		close(d);
	return r;
}

/* Remove the tree at path, its largest subdirectory (by its own size, which
 * grows with its names) in parallel. */
static void
remove_set(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	DIR *d = dir_stream(fd);
	struct remover rm = { fd, NULL };
	struct dirent *e;
	off_t biggest = 0;
	pthread_t th;
	int started = 0;

	while (d != NULL && (e = readdir(d)) != NULL) {
		struct stat st;
		if (e->d_type != DT_DIR || strcmp(e->d_name, ".") == 0 ||
		    strcmp(e->d_name, "..") == 0 ||
		    fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || st.st_size <= biggest)
			continue;
		biggest = st.st_size;
		free(rm.name);
		rm.name = xstrdup(e->d_name);
	}
	if (d != NULL)
		closedir(d);
	if (rm.name != NULL)
		started = start_thread(&th, remover_main, &rm) == 0;
	if (started) {
		DIR *rest = dir_stream(fd);
		while (rest != NULL && (e = readdir(rest)) != NULL)
			if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0 &&
			    strcmp(e->d_name, rm.name) != 0)
				util_remove_tree(fd, e->d_name);
		if (rest != NULL)
			closedir(rest);
		pthread_join(th, NULL);
	}
	free(rm.name);
	if (fd >= 0)
		close(fd);
	util_remove_tree(AT_FDCWD, path); /* what is left, and path itself */
}

void
outfiles_gen_free(struct outgen *g)
{
	if (g == NULL)
		return;
	linker_stop(g, NULL, 0);
	if (g->genfd >= 0)
		close(g->genfd);
	if (g->oldfd >= 0)
		close(g->oldfd);
	if (g->gen != NULL)
		remove_set(g->gen); /* a failed set, or the old one */
	if (g->lock >= 0)
		close(g->lock);
	free(g->gen);
	free(g->dir);
	free(g->parent);
	free(g->base);
	strlist_free(&g->made);
	free(g);
}

int
outfiles_tidy(const char *dir, char *err, size_t errlen)
{
	struct outgen *g = xcalloc(1, sizeof *g);
	int rc = -1;

	g->lock = g->genfd = g->oldfd = -1;
	if (split_dir(g, dir) < 0)
		snprintf(err, errlen, "%s: the output directory needs a name as its last part",
		         dir);
	else if (lock_dir(g, err, errlen) == 0) {
		clean_leftovers(g);
		rc = 0;
	}
	outfiles_gen_free(g);
	return rc;
}

void
outfiles_free(struct outfiles *s)
{
	for (size_t i = 0; i < s->v.n; i++) {
		free(s->v.v[i].name);
		buf_free(&s->v.v[i].data);
	}
	free(s->v.v);
	for (size_t i = 0; i < s->written.n; i++)
		free(s->written.v[i].name);
	free(s->written.v);
	outfiles_gen_free(s->gen);
	memset(s, 0, sizeof *s);
}

/* ---- streaming ---- */

int
outfiles_begin(struct outfiles *s, const char *dir, char *err, size_t errlen)
{
	s->gen = outfiles_gen_open(dir, err, errlen);
	return s->gen != NULL ? 0 : -1;
}

/* Count name (len bytes) into the record: a top-level file by its name, a
 * file below a directory into that directory's entry. */
static void
note_written(struct outfiles *s, const char *name, unsigned long long len)
{
	const char *slash = strrchr(name, '/');
	size_t n = slash != NULL ? (size_t)(slash - name) : strlen(name);
	struct out_written *w = NULL;

	/* files of one directory come together: look from the end */
	for (size_t i = s->written.n; i-- > 0 && w == NULL;)
		if (s->written.v[i].dir == (slash != NULL) && strlen(s->written.v[i].name) == n &&
		    memcmp(s->written.v[i].name, name, n) == 0)
			w = &s->written.v[i];
	if (w == NULL || slash == NULL) {
		w = VEC_PUSH(&s->written);
		w->name = xstrndup(name, n);
		w->dir = slash != NULL;
		w->files = 0;
		w->bytes = 0;
	}
	w->files++;
	w->bytes += len;
}

static const char *const kind_names[] = { "well-formed XML", "a JSON object", "HTML", "text",
	                                  "a file" };

int
outfiles_flush(struct outfiles *s, char *err, size_t errlen)
{
	int rc = 0;

	for (size_t i = 0; i < s->v.n && rc == 0; i++) {
		struct out_file *f = &s->v.v[i];
		/* the same bytes as a file of the set it replaces: checked then */
		if (link_same(s->gen, f->name, f->data.data, f->data.len) == 0) {
			note_written(s, f->name, f->data.len);
		} else if (!parses(f)) {
			snprintf(err, errlen, "%s: the output is not %s; nothing was written",
			         f->name, kind_names[f->kind]);
			rc = -1;
		} else if ((rc = outfiles_gen_write(s->gen, f->name, f->data.data, f->data.len, err,
		                                    errlen)) == 0) {
			note_written(s, f->name, f->data.len);
		}
	}
	for (size_t i = 0; i < s->v.n; i++) {
		free(s->v.v[i].name);
		buf_free(&s->v.v[i].data);
	}
	s->v.n = 0;
	return rc;
}

int
outfiles_link_old(struct outfiles *s, const char *name, size_t len)
{
	struct outgen *g = s->gen;
	struct stat st;

	if (g == NULL || g->oldfd < 0 || len == 0 || !valid_name(name) ||
	    fstatat(g->oldfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_nlink >= 1000 || (size_t)st.st_size != len || make_parents(g, name) < 0 ||
	    (linker_add(g, name) < 0 && linkat(g->oldfd, name, g->genfd, name, 0) != 0))
		return -1;
	note_written(s, name, len);
	return 0;
}

int
outfiles_finish(struct outfiles *s, char *err, size_t errlen)
{
	if (outfiles_flush(s, err, errlen) < 0)
		return -1;
	return outfiles_gen_swap(s->gen, err, errlen);
}

/*
 * A stream is compared with the file of the same name in the set it
 * replaces as it is written: while its bytes are that file's, nothing is
 * written; at the first difference the new file is made, with the equal
 * part copied from the old one, and the stream goes on into it.  A stream
 * that ends the same as the old file is that file (a hard link, as
 * link_same): not written, not checked again (it was checked when it was
 * written).  An archive month, search.html's unchanged shell or a CSAF
 * feed that did not change costs a read instead of a write and a parse.
 */
struct out_stream {
	struct outgen *gen;
	char *name;
	enum out_kind kind;
	int fd, failed; /* fd -1: not made yet (the same as old so far) */
	int checked;    /* the writer checked every piece: not read back */
	int old;        /* the old set's file, -1: none (or differs) */
	unsigned long long len;
	struct buf pending;
};

#define STREAM_CHUNK (64u << 10)

/* o's file in the new set (O_EXCL: never one that is there). */
static int
stream_create(struct out_stream *o)
{
	if (make_parents(o->gen, o->name) < 0)
		return -1;
	o->fd = openat(o->gen->genfd, o->name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	               0666);
	return o->fd < 0 ? -1 : 0;
}

struct out_stream *
outfiles_stream(struct outfiles *s, const char *name, enum out_kind kind, char *err, size_t errlen)
{
	struct out_stream *o;
	struct stat st;
	int old = -1;

	if (!valid_name(name)) {
		snprintf(err, errlen, "%s/%s: cannot write: %s; nothing was changed", s->gen->gen,
		         name, strerror(EINVAL));
		return NULL;
	}
	if (s->gen->oldfd >= 0 &&
	    (old = openat(s->gen->oldfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) >= 0 &&
	    (fstat(old, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink >= 1000)) {
		close(old);
		old = -1;
	}
	o = xcalloc(1, sizeof *o);
	o->gen = s->gen;
	o->name = xstrdup(name);
	o->kind = kind;
	o->fd = -1;
	o->old = old;
	buf_init(&o->pending, 0);
	if (old < 0 && stream_create(o) < 0) {
		snprintf(err, errlen, "%s/%s: cannot write: %s; nothing was changed", s->gen->gen,
		         name, strerror(errno));
		buf_free(&o->pending);
		free(o->name);
		free(o);
		return NULL;
	}
	return o;
}

/* Does the old file go on with these bytes? */
static int
old_continues(struct out_stream *o, const char *data, size_t len)
{
	char chunk[64 << 10];
	size_t off = 0;

	while (off < len) {
		size_t want = len - off < sizeof chunk ? len - off : sizeof chunk;
		ssize_t n = pread(o->old, chunk, want, (off_t)(o->len + off));
		if (n <= 0 || memcmp(chunk, data + off, (size_t)n) != 0)
			return 0;
		off += (size_t)n;
	}
	return 1;
}

/* The new file, made with the first o->len bytes of the old one. */
static int
stream_diverge(struct out_stream *o)
{
	char chunk[64 << 10];
	unsigned long long off = 0;
	int saved;

	if (stream_create(o) < 0)
		return -1;
	while (off < o->len) {
		size_t want = o->len - off < sizeof chunk ? (size_t)(o->len - off) : sizeof chunk;
		ssize_t n = pread(o->old, chunk, want, (off_t)off);
		if (n <= 0 || util_write_all(o->fd, chunk, (size_t)n) < 0) {
			if (n == 0)
				errno = EIO; /* the old file shrank under us */
			return -1;
		}
		off += (unsigned long long)n;
	}
	saved = errno;
	close(o->old);
	o->old = -1;
	errno = saved;
	return 0;
}

static int
stream_drain(struct out_stream *o)
{
	if (o->pending.len > 0 && !o->failed && o->fd < 0 &&
	    !old_continues(o, o->pending.data, o->pending.len) && stream_diverge(o) < 0)
		o->failed = errno ? errno : EIO;
	if (o->pending.len > 0 && !o->failed && o->fd >= 0 &&
	    util_write_all(o->fd, o->pending.data, o->pending.len) < 0)
		o->failed = errno ? errno : EIO;
	o->len += o->pending.len;
	o->pending.len = 0;
	return o->failed ? -1 : 0;
}

int
outfiles_stream_write(struct out_stream *o, const void *data, size_t len)
{
	if (o->failed)
		return -1;
	if (buf_append(&o->pending, data, len) < 0) {
		o->failed = ENOMEM;
		return -1;
	}
	return o->pending.len >= STREAM_CHUNK ? stream_drain(o) : 0;
}

/* ---- the streaming check of a JSON file: syntax only, one byte at a
 * time, keeping the nesting (a bit per level) and nothing else ---- */

#define RD_BUF (64u << 10)

/* The bytes checked: read from fd into buf, or a text in memory (fd -1). */
struct rd {
	int fd, eof;
	const unsigned char *data;
	unsigned char *buf;
	size_t pos, len;
};

static int
rd_get(struct rd *r)
{
	if (r->pos == r->len) {
		ssize_t n = r->eof || r->fd < 0 ? 0 : read(r->fd, r->buf, RD_BUF);
		if (n <= 0) {
			r->eof = 1;
			r->pos = r->len = 0;
			return -1;
		}
		r->data = r->buf;
		r->len = (size_t)n;
		r->pos = 0;
	}
	return r->data[r->pos++];
}

/* the byte just read is read again (never after EOF: -1 is not ungot) */
static void
rd_unget(struct rd *r, int c)
{
	if (c >= 0)
		r->pos--;
}

static int
rd_ws(struct rd *r)
{
	int c;

	while ((c = rd_get(r)) == ' ' || c == '\n' || c == '\t' || c == '\r')
		;
	return c;
}

/* One UTF-8 sequence after its lead byte c (RFC 3629: no overlong form,
 * no surrogate, nothing past U+10FFFF). */
static int
rd_utf8(struct rd *r, int c)
{
	int n, lo = 0x80, hi = 0xBF, b;

	if (c >= 0xC2 && c <= 0xDF)
		n = 1;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 2, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 3, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
	else
		return -1;
	for (int i = 0; i < n; i++, lo = 0x80, hi = 0xBF)
		if ((b = rd_get(r)) < lo || b > hi)
			return -1;
	return 0;
}

/* A string after its opening quote. */
static int
rd_string(struct rd *r)
{
	int c;

	while ((c = rd_get(r)) != '"') {
		if (c < 0x20)
			return -1; /* EOF or a raw control character */
		if (c == '\\') {
			c = rd_get(r);
			if (c == 'u') {
				for (int i = 0; i < 4; i++)
					if (!isxdigit(c = rd_get(r)))
						return -1;
			} else if (c < 0 || strchr("\"\\/bfnrt", c) == NULL) {
				return -1;
			}
		} else if (c >= 0x80 && rd_utf8(r, c) < 0) {
			return -1;
		}
	}
	return 0;
}

static int
rd_digits(struct rd *r, int *c)
{
	int n = 0;

	while (*c >= '0' && *c <= '9') {
		*c = rd_get(r);
		n++;
	}
	return n;
}

/* A number from its first byte c. */
static int
rd_number(struct rd *r, int c)
{
	if (c == '-')
		c = rd_get(r);
	if (c == '0')
		c = rd_get(r);
	else if (rd_digits(r, &c) == 0)
		return -1;
	if (c == '.') {
		c = rd_get(r);
		if (rd_digits(r, &c) == 0)
			return -1;
	}
	if (c == 'e' || c == 'E') {
		c = rd_get(r);
		if (c == '+' || c == '-')
			c = rd_get(r);
		if (rd_digits(r, &c) == 0)
			return -1;
	}
	rd_unget(r, c);
	return 0;
}

static int
rd_literal(struct rd *r, int c)
{
	const char *word = c == 't' ? "rue" : c == 'f' ? "alse" : c == 'n' ? "ull" : NULL;

	for (; word != NULL && *word; word++)
		if (rd_get(r) != *word)
			return -1;
	return word != NULL ? 0 : -1;
}

#define JSON_MAX_DEPTH 2048

/* A member's key and colon, from its opening quote c. */
static int
rd_key(struct rd *r, int c)
{
	return c == '"' && rd_string(r) == 0 && rd_ws(r) == ':' ? 0 : -1;
}

/* Is what r reads one JSON object (RFC 8259 syntax, UTF-8)? */
static int
json_object_ok(struct rd *r)
{
	unsigned char stack[JSON_MAX_DEPTH]; /* '{' or '[' per level */
	size_t depth = 0;
	int c, ok = 0, value = 1;

	if ((c = rd_ws(r)) != '{')
		goto out;
	rd_unget(r, c);
	for (;;) {
		if (value) { /* a value is due */
			c = rd_ws(r);
			if (c == '{' || c == '[') {
				if (depth == JSON_MAX_DEPTH)
					goto out;
				stack[depth++] = (unsigned char)c;
				c = rd_ws(r);
				if (c == (stack[depth - 1] == '{' ? '}' : ']')) {
					depth--;
					value = 0;
				} else if (stack[depth - 1] == '{') {
					if (rd_key(r, c) < 0)
						goto out;
				} else {
					rd_unget(r, c);
				}
				continue;
			}
			if (c == '"'                             ? rd_string(r)
			    : c == '-' || (c >= '0' && c <= '9') ? rd_number(r, c)
			                                         : rd_literal(r, c))
				goto out;
			value = 0;
			continue;
		}
		c = rd_ws(r); /* after a value */
		if (depth == 0) {
			ok = c < 0;
			break;
		}
		if (c == ',') {
			if (stack[depth - 1] == '{' && rd_key(r, rd_ws(r)) < 0)
				goto out;
			value = 1;
		} else if (c == (stack[depth - 1] == '{' ? '}' : ']')) {
			depth--;
		} else {
			goto out;
		}
	}
out:
	return ok;
}

static int
json_stream_ok(int fd)
{
	struct rd r = { .fd = fd, .buf = xmalloc(RD_BUF) };
	int ok = json_object_ok(&r);

	free(r.buf);
	return ok;
}

/* The same check of a text in memory (a syntax check: no tree is built,
 * unlike json_loadb(), which was a tenth of a cold publish). */
static int
json_text_ok(const char *text, size_t len)
{
	struct rd r = { .fd = -1, .data = (const unsigned char *)text, .len = len };

	return json_object_ok(&r);
}

/* Is the file well-formed XML (read as a stream)? */
static int
xml_stream_ok(int fd, const char *name)
{
	xmlTextReaderPtr rd = xmlReaderForFd(fd, name, NULL,
	                                     XML_PARSE_NONET | XML_PARSE_NOERROR |
	                                             XML_PARSE_NOWARNING | XML_PARSE_HUGE);
	int ret;

	if (rd == NULL)
		return 0;
	while ((ret = xmlTextReaderRead(rd)) == 1)
		;
	xmlFreeTextReader(rd);
	return ret == 0;
}

static void
count_element(void *ctx, const xmlChar *name, const xmlChar **attrs)
{
	(void)name;
	(void)attrs;
	++*(size_t *)ctx;
}

static int
read_fd(void *ctx, char *buf, int len)
{
	ssize_t n = read(*(int *)ctx, buf, (size_t)len);

	if (n < 0)
		*(int *)ctx = -1; /* the read failed: the check fails */
	return n < 0 ? -1 : (int)n;
}

/* Does the file parse as HTML with at least one element?  Read through
 * the HTML pull parser with SAX callbacks only: no tree is built and the
 * input is dropped as it is read.  (libxml2 2.9's push parser, fed 64 KiB
 * chunks, kept every byte of a 35 MB search.html until the end; its
 * htmlCtxtReadFd closes the descriptor, so the reads are ours.) */
static int
html_stream_ok(int fd, const char *name)
{
	htmlSAXHandler sax;
	htmlParserCtxtPtr ctx;
	htmlDocPtr doc;
	size_t elements = 0;
	int in = fd;

	memset(&sax, 0, sizeof sax);
	sax.startElement = count_element;
	if ((ctx = htmlNewParserCtxt()) == NULL)
		return 0;
	xmlFree(ctx->sax);
	ctx->sax = &sax;
	ctx->userData = &elements;
	/* HTML's errors are recovered from, as htmlReadMemory() does */
	doc = htmlCtxtReadIO(ctx, read_fd, NULL, &in, name, "UTF-8",
	                     HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
	ctx->sax = NULL; /* ours, on the stack */
	htmlFreeParserCtxt(ctx);
	xmlFreeDoc(doc);
	return in >= 0 && elements > 0;
}

void
outfiles_stream_checked(struct out_stream *o)
{
	o->checked = 1;
}

static int
stream_ok(struct out_stream *o)
{
	if (o->checked)
		return o->len > 0 || o->kind == OUT_TEXT || o->kind == OUT_BINARY;
	if (lseek(o->fd, 0, SEEK_SET) < 0)
		return 0;
	switch (o->kind) {
	case OUT_JSON:
		return o->len > 0 && json_stream_ok(o->fd);
	case OUT_XML:
		return o->len > 0 && xml_stream_ok(o->fd, o->name);
	case OUT_HTML:
		return html_stream_ok(o->fd, o->name);
	case OUT_TEXT:
	case OUT_BINARY:
		break;
	}
	return 1;
}

/* At the end of a stream that was the old file so far: that file, linked,
 * when it ends here too (0); else the new file is made (-1 with errno on
 * failure). */
static int
stream_settle(struct out_stream *o, int *linked)
{
	struct stat st;

	*linked = 0;
	if (o->fd >= 0)
		return 0;
	if (fstat(o->old, &st) == 0 && (unsigned long long)st.st_size == o->len && o->len > 0 &&
	    make_parents(o->gen, o->name) == 0 &&
	    linkat(o->gen->oldfd, o->name, o->gen->genfd, o->name, 0) == 0) {
		*linked = 1;
		return 0;
	}
	return stream_diverge(o);
}

int
outfiles_stream_close(struct outfiles *s, struct out_stream *o, char *err, size_t errlen)
{
	int rc = 0, linked = 0;

	if (stream_drain(o) == 0 && stream_settle(o, &linked) < 0)
		o->failed = errno ? errno : EIO;
	if (o->failed) {
		snprintf(err, errlen, "%s/%s: cannot write: %s; nothing was changed", s->gen->gen,
		         o->name, strerror(o->failed));
		rc = -1;
	} else if (!linked && !stream_ok(o)) {
		snprintf(err, errlen, "%s: the output is not %s; nothing was written", o->name,
		         kind_names[o->kind]);
		rc = -1;
	} else {
		note_written(s, o->name, o->len);
	}
	if (o->fd >= 0)
		close(o->fd);
	if (o->old >= 0)
		close(o->old);
	buf_free(&o->pending);
	free(o->name);
	free(o);
	return rc;
}
