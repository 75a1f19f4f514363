/* feed_common.c — permanent ids, date forms and items shared by the writers;
 * see feed.h. */
#include "publish/feed.h"
#include "publish/change_note.h"
#include "core/strset.h"
#include "publish/sanitize.h"

#include <stdlib.h>
#include <string.h>

/* ---- ids ---- */

static int
is_unreserved(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '.' || c == '_' || c == '~';
}

static int
is_plain_key(const char *key)
{
	if (*key == '\0')
		return 0;
	for (const unsigned char *p = (const unsigned char *)key; *p; p++)
		if (!is_unreserved(*p))
			return 0;
	return 1;
}

char *
feed_key_slug(const char *key)
{
	struct buf b;

	buf_init(&b, 0);
	buf_append(&b, "", 0);
	for (const char *p = key; *p != '\0'; p++) {
		unsigned char c = (unsigned char)*p;
		if (is_unreserved(c) || c == '/' || c == ':')
			buf_putc(&b, c);
		else
			buf_printf(&b, "%%%02X", c);
	}
	return buf_steal(&b, NULL);
}

char *
feed_tag_uri(const char *authority, const char *key)
{
	char *slug, *tag;

	if (is_plain_key(key))
		return xasprintf("tag:%s:%s", authority, key);
	slug = feed_key_slug(key);
	tag = xasprintf("tag:%s:%s", authority, slug);
	free(slug);
	return tag;
}

static char *
anchor_for(const char *key)
{
	struct buf b;

	buf_init(&b, 0);
	buf_puts(&b, "b-");
	for (const unsigned char *p = (const unsigned char *)key; *p; p++)
		if (is_unreserved(*p) && *p != '~' && *p != '.' && *p != '_')
			buf_putc(&b, *p);
		else
			buf_printf(&b, "_%02X", *p);
	return buf_steal(&b, NULL);
}

/* ---- dates ---- */

#define JST_SECONDS (9 * 3600L)

/* Read exactly n digits at *p; -1 when they are not there. */
static long
digits(const char **p, int n)
{
	long v = 0;

	for (int i = 0; i < n; i++, (*p)++) {
		if (**p < '0' || **p > '9')
			return -1;
		v = v * 10 + (**p - '0');
	}
	return v;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
 * civil-from-days inverse). */
static long long
days_from_civil(long y, long m, long d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (long long)era * 146097 + doe - 719468;
}

static void
civil_from_days(long long z, long *y, long *m, long *d)
{
	long long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (long)(doy - (153 * mp + 2) / 5 + 1);
	*m = (long)(mp < 10 ? mp + 3 : mp - 9);
	*y = (long)(yoe + era * 400 + (*m <= 2));
}

/* Seconds since the epoch (UTC) of an RFC 3339 date-time or a bare date
 * (read as midnight in Japan); 0 when unreadable, else 1. */
static int
parse_rfc3339(const char *s, long long *t)
{
	const char *p = s;
	long y, mo, d, h = 0, mi = 0, sec = 0, off = JST_SECONDS;

	if (s == NULL)
		return 0;
	if ((y = digits(&p, 4)) < 0 || *p++ != '-' || (mo = digits(&p, 2)) < 1 || mo > 12 ||
	    *p++ != '-' || (d = digits(&p, 2)) < 1 || d > 31)
		return 0;
	if (*p == 'T' || *p == 't' || *p == ' ') {
		p++;
		if ((h = digits(&p, 2)) < 0 || h > 23 || *p++ != ':' || (mi = digits(&p, 2)) < 0 ||
		    mi > 59 || *p++ != ':' || (sec = digits(&p, 2)) < 0 || sec > 60)
			return 0;
		if (*p == '.')
			for (p++; *p >= '0' && *p <= '9'; p++)
				;
		if (*p == 'Z' || *p == 'z') {
			off = 0;
			p++;
		} else if (*p == '+' || *p == '-') {
			int sign = *p++ == '-' ? -1 : 1;
			long oh = digits(&p, 2), om;
			if (oh < 0 || *p++ != ':' || (om = digits(&p, 2)) < 0)
				return 0;
			off = sign * (oh * 3600 + om * 60);
		} else
			return 0;
	}
	if (*p != '\0')
		return 0;
	*t = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - off;
	return 1;
}

struct jst {
	long y, m, d, h, mi, s, wday;
};

static void
to_jst(long long t, struct jst *j)
{
	long long local = t + JST_SECONDS, days, rem;

	days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
	rem = local - days * 86400;
	civil_from_days(days, &j->y, &j->m, &j->d);
	j->h = (long)(rem / 3600);
	j->mi = (long)(rem / 60 % 60);
	j->s = (long)(rem % 60);
	j->wday = (long)(((days % 7) + 11) % 7); /* 1970-01-01 was a Thursday (4) */
}

char *
feed_rfc822(const char *rfc3339)
{
	static const char *const wdays[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
		                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	long long t;
	struct jst j;

	if (!parse_rfc3339(rfc3339, &t))
		return NULL;
	to_jst(t, &j);
	return xasprintf("%s, %02ld %s %04ld %02ld:%02ld:%02ld +0900", wdays[j.wday], j.d,
	                 months[j.m - 1], j.y, j.h, j.mi, j.s);
}

char *
feed_rfc3339_jst(const char *rfc3339)
{
	long long t;
	struct jst j;

	if (!parse_rfc3339(rfc3339, &t))
		return NULL;
	to_jst(t, &j);
	return xasprintf("%04ld-%02ld-%02ldT%02ld:%02ld:%02ld+09:00", j.y, j.m, j.d, j.h, j.mi,
	                 j.s);
}

/* ---- items ---- */

#define EPOCH_JST "1970-01-01T09:00:00+09:00"

/* products and platforms of the item (feed.h), sanitized, each once. */
static void
add_categories(struct feed_item *it, const struct bulletin *b)
{
	struct strset seen = STRSET_INIT;
	size_t total = 0;
	char *clean;

	for (size_t i = 0; i < b->affected.n && total < FEED_MAX_CATEGORIES; i++) {
		const struct affected *a = &b->affected.v[i];
		if ((clean = sanitize_text(a->software)) != NULL && *clean &&
		    strset_add(&seen, clean)) {
			strlist_add(&it->products, clean);
			total++;
		}
		free(clean);
		for (size_t j = 0; j < a->platforms.n && total < FEED_MAX_CATEGORIES; j++) {
			if ((clean = sanitize_text(a->platforms.v[j])) != NULL && *clean &&
			    strset_add(&seen, clean)) {
				strlist_add(&it->platforms, clean);
				total++;
			}
			free(clean);
		}
	}
	strset_free(&seen);
}

/* The marks of a revised item (feed.h). */
static void
mark_revised(struct feed_item *it, const struct revision *latest)
{
	char *note = change_note(latest), *s;

	it->revised = 1;
	s = xasprintf("【更新】%s", it->title);
	free(it->title);
	it->title = s;
	s = it->summary != NULL ? xasprintf("%s\n\n%s", note, it->summary) : xstrdup(note);
	free(it->summary);
	it->summary = sanitize_text(s);
	free(s);
	free(note);
}

void
feed_item_init(struct feed_item *it, const struct cat_entry *e, const char *authority,
               const char *site_link)
{
	const struct bulletin *b = &e->model;

	memset(it, 0, sizeof *it);
	it->e = e;
	it->id = feed_tag_uri(authority, e->key);
	it->anchor = anchor_for(e->key);
	it->title = sanitize_text(b->title != NULL ? b->title : b->id != NULL ? b->id : e->key);
	it->link = sanitize_url(b->source.url, NULL);
	if (it->link == NULL)
		it->link = xasprintf("%ssearch.html#%s", site_link, it->anchor);
	it->summary = sanitize_text(b->summary != NULL ? b->summary : b->overview);
	add_categories(it, b);
	if (e->revisions.n >= 2 && e->revisions.v[e->revisions.n - 1].changes.n > 0)
		mark_revised(it, &e->revisions.v[e->revisions.n - 1]);
	it->updated = feed_rfc3339_jst(e->updated);
	it->published = feed_rfc3339_jst(e->published);
	if (it->updated == NULL)
		it->updated = xstrdup(it->published != NULL ? it->published : EPOCH_JST);
	if (it->published == NULL)
		it->published = xstrdup(it->updated);
}

void
feed_item_free(struct feed_item *it)
{
	free(it->id);
	free(it->anchor);
	free(it->title);
	free(it->link);
	free(it->summary);
	free(it->content_html);
	free(it->published);
	free(it->updated);
	strlist_free(&it->products);
	strlist_free(&it->platforms);
	memset(it, 0, sizeof *it);
}
