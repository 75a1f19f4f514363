/* outfiles.c — check, stage and rename the output files; see outfiles.h. */
#include "publish/outfiles.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

static int
parses(const struct out_file *f)
{
	const char *d = f->data.data;
	int len = (int)f->data.len, ok = 0;
	xmlDocPtr doc;
	json_t *j;

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
		j = json_loadb(d, f->data.len, 0, NULL);
		ok = json_is_object(j);
		json_decref(j);
		break;
	case OUT_TEXT:
	case OUT_BINARY:
		break;
	case OUT_HTML:
		doc = htmlReadMemory(d, len, f->name, "UTF-8", HTML_PARSE_NONET |
		                     HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
		ok = doc != NULL && xmlDocGetRootElement(doc) != NULL;
		xmlFreeDoc(doc);
		break;
	}
	return ok;
}

int
outfiles_check(const struct outfiles *s, char *err, size_t errlen)
{
	static const char *const kinds[] = { "well-formed XML", "a JSON object", "HTML",
	                                     "text", "a file" };

	for (size_t i = 0; i < s->v.n; i++)
		if (!parses(&s->v.v[i])) {
			snprintf(err, errlen, "%s: the output is not %s; nothing was written",
			         s->v.v[i].name, kinds[s->v.v[i].kind]);
			return -1;
		}
	return 0;
}

static int
write_all(int fd, const char *p, size_t len)
{
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

/* Write f to a new temporary file in its directory; its path in *tmp
 * (caller frees).  The temporary name is the file's own name with a '.'
 * before it and ".tmp.PID" after, in the same subdirectory. */
static int
stage(const char *dir, const struct out_file *f, char **tmp)
{
	const char *base = strrchr(f->name, '/');
	int fd, saved;

	base = base != NULL ? base + 1 : f->name;
	*tmp = xasprintf("%s/%.*s.%s.tmp.%ld", dir, (int)(base - f->name), f->name, base,
	                 (long)getpid());
	fd = open(*tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return -1;
	if (write_all(fd, f->data.data, f->data.len) < 0 || fsync(fd) < 0) {
		saved = errno;
		close(fd);
		errno = saved;
		return -1;
	}
	return close(fd);
}

static void
sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* The subdirectories renamed into, each once per run of files in it. */
static void
sync_subdirs(const struct outfiles *s, const char *dir)
{
	const char *prev = NULL, *slash;
	size_t prevlen = 0;
	char *path;

	for (size_t i = 0; i < s->v.n; i++) {
		const char *name = s->v.v[i].name;
		if ((slash = strrchr(name, '/')) == NULL)
			continue;
		if (prev != NULL && prevlen == (size_t)(slash - name) &&
		    strncmp(prev, name, prevlen) == 0)
			continue;
		prev = name;
		prevlen = (size_t)(slash - name);
		path = xasprintf("%s/%.*s", dir, (int)prevlen, name);
		sync_dir(path);
		free(path);
	}
}

/* A rename can only fail late when the target is something a file cannot
 * replace (a directory): find that before anything is renamed. */
static int
replaceable(const char *dir, const char *name, char *err, size_t errlen)
{
	char *path = xasprintf("%s/%s", dir, name);
	struct stat st;
	int ok = lstat(path, &st) < 0 || S_ISREG(st.st_mode);

	if (!ok)
		snprintf(err, errlen, "%s: exists and is not a regular file; nothing was changed",
		         path);
	free(path);
	return ok;
}

static int
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The subdirectories of dir that name's '/'-separated components call for,
 * created when missing: 0, or -1 with a message. */
static int
make_parents(const char *dir, const char *name, char *err, size_t errlen)
{
	const char *slash;
	char *path;

	for (slash = strchr(name, '/'); slash != NULL; slash = strchr(slash + 1, '/')) {
		path = xasprintf("%s/%.*s", dir, (int)(slash - name), name);
		if (mkdir(path, 0755) < 0 && (errno != EEXIST || !is_dir(path))) {
			snprintf(err, errlen, "%s: cannot create the directory: %s; nothing was changed",
			         path, errno == EEXIST ? "a file is in the way" : strerror(errno));
			free(path);
			return -1;
		}
		free(path);
	}
	return 0;
}

int
outfiles_commit(const struct outfiles *s, const char *dir, char *err, size_t errlen)
{
	char **tmps = xcalloc(s->v.n + 1, sizeof *tmps), *path;
	size_t i, staged = 0;
	int rc = -1;

	if (mkdir(dir, 0755) < 0 && errno != EEXIST) {
		snprintf(err, errlen, "%s: cannot create the directory: %s", dir, strerror(errno));
		goto out;
	}
	for (i = 0; i < s->v.n; i++)
		if (make_parents(dir, s->v.v[i].name, err, errlen) < 0 ||
		    !replaceable(dir, s->v.v[i].name, err, errlen))
			goto out;
	for (; staged < s->v.n; staged++)
		if (stage(dir, &s->v.v[staged], &tmps[staged]) < 0) {
			snprintf(err, errlen, "%s: cannot write: %s; nothing was changed",
			         tmps[staged], strerror(errno));
			staged++;
			goto out;
		}
	for (i = 0; i < s->v.n; i++) {
		path = xasprintf("%s/%s", dir, s->v.v[i].name);
		if (rename(tmps[i], path) < 0) {
			snprintf(err, errlen, "%s: cannot rename into place: %s", path,
			         strerror(errno));
			free(path);
			goto out;
		}
		free(tmps[i]);
		tmps[i] = NULL;
		free(path);
	}
	sync_subdirs(s, dir);
	sync_dir(dir);
	rc = 0;
out:
	for (i = 0; i < staged; i++)
		if (tmps[i] != NULL) {
			unlink(tmps[i]);
			free(tmps[i]);
		}
	free(tmps);
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
	memset(s, 0, sizeof *s);
}
