/* robots.c — robots.txt per RFC 9309; see robots.h. */
#include "fetch/robots.h"
#include "core/bulletin.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

struct rule {
	char *pattern;
	size_t len;
	int allow;
};

struct robots {
	VEC(struct rule) rules;
	long delay_ms;
};

/* A group being read: does it apply to us, and to "*". */
struct group {
	int ours, star; /* its user-agent lines named us / "*" */
	int in_rules;   /* a rule line came: the next user-agent starts a group */
};

/* What is kept while parsing: the rules of our groups and of "*" groups,
 * apart, until the end says which set applies. */
struct parse {
	struct robots mine, star;
	int have_mine, have_star;
	long delay_mine, delay_star;
};

static const char *
trim(const char *s, const char *end, const char **out_end)
{
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		end--;
	*out_end = end;
	return s;
}

/* The product token of a user-agent value: its leading run of letters,
 * '_' and '-' ("Hotfeed/1.0" names hotfeed). */
static int
names_agent(const char *v, const char *end, const char *agent)
{
	size_t n = 0, k = strlen(agent);
	while (v + n < end && ((v[n] >= 'a' && v[n] <= 'z') || (v[n] >= 'A' && v[n] <= 'Z') ||
	                       v[n] == '_' || v[n] == '-'))
		n++;
	return n == k && n > 0 && ascii_ncasecmp(v, agent, n) == 0;
}

static void
add_rule(struct robots *r, const char *v, const char *end, int allow)
{
	struct rule *ru;

	if (v == end || r->rules.n >= ROBOTS_MAX_RULES)
		return; /* an empty rule matches nothing */
	ru = VEC_PUSH(&r->rules);
	ru->len = (size_t)(end - v);
	ru->pattern = xstrndup(v, ru->len);
	ru->allow = allow;
}

static long
parse_delay(const char *v, const char *end)
{
	long ms = 0;
	int frac = -1;
	for (const char *p = v; p < end; p++) {
		if (*p == '.' && frac < 0) {
			frac = 0;
			continue;
		}
		if (*p < '0' || *p > '9')
			return -1;
		if (frac >= 0 && frac++ >= 3)
			continue;
		ms = ms * 10 + (*p - '0');
		if (ms > ROBOTS_MAX_DELAY * 1000L * 1000)
			return ROBOTS_MAX_DELAY * 1000L;
	}
	for (int f = frac < 0 ? 0 : frac; f < 3; f++)
		ms *= 10;
	return v == end ? -1 : ms > ROBOTS_MAX_DELAY * 1000L ? ROBOTS_MAX_DELAY * 1000L : ms;
}

/* One "key: value" line into the parse state. */
static void
parse_line(struct parse *ps, struct group *g, const char *key, size_t klen, const char *v,
           const char *end, const char *agent)
{
	int allow;
	int disallow;
	int delay;
	long ms;

	if (klen == 10 && ascii_ncasecmp(key, "user-agent", 10) == 0) {
		if (g->in_rules)
			memset(g, 0, sizeof *g);
		if (v + 1 == end && *v == '*')
			g->star = 1;
		else if (names_agent(v, end, agent))
			g->ours = 1;
		return;
	}
	allow = klen == 5 && ascii_ncasecmp(key, "allow", 5) == 0;
	disallow = klen == 8 && ascii_ncasecmp(key, "disallow", 8) == 0;
	delay = klen == 11 && ascii_ncasecmp(key, "crawl-delay", 11) == 0;
	if (!allow && !disallow && !delay)
		return; /* sitemap, unknown keys: not a group boundary */
	g->in_rules = 1;
	ms = delay ? parse_delay(v, end) : -1;
	if (g->ours) {
		ps->have_mine = 1;
		if (delay && ms > ps->delay_mine)
			ps->delay_mine = ms;
		else if (!delay)
			add_rule(&ps->mine, v, end, allow);
	}
	if (g->star) {
		ps->have_star = 1;
		if (delay && ms > ps->delay_star)
			ps->delay_star = ms;
		else if (!delay)
			add_rule(&ps->star, v, end, allow);
	}
}

static void
rules_free(struct robots *r)
{
	for (size_t i = 0; i < r->rules.n; i++)
		free(r->rules.v[i].pattern);
	free(r->rules.v);
	memset(r, 0, sizeof *r);
}

struct robots *
robots_parse(const char *text, size_t len, const char *agent)
{
	struct parse ps;
	struct group g = { 0 };
	struct robots *r;
	memset(&ps, 0, sizeof ps);
	if (len > ROBOTS_MAX_BYTES)
		len = ROBOTS_MAX_BYTES;
	for (const char *p = text, *end = text + len; p < end;) {
		const char *nl = p;
		const char *hash, *le;
		const char *colon;
		while (nl < end && *nl != '\n' && *nl != '\r')
			nl++;
		hash = memchr(p, '#', (size_t)(nl - p));
		le = hash ? hash : nl;
		colon = memchr(p, ':', (size_t)(le - p));
		if (colon) {
			const char *kend, *vend;
			const char *key = trim(p, colon, &kend), *v = trim(colon + 1, le, &vend);
			parse_line(&ps, &g, key, (size_t)(kend - key), v, vend, agent);
		}
		p = nl + 1;
	}
	r = xcalloc(1, sizeof *r);
	if (ps.have_mine) {
		*r = ps.mine;
		r->delay_ms = ps.delay_mine;
		rules_free(&ps.star);
	} else {
		*r = ps.star;
		r->delay_ms = ps.have_star ? ps.delay_star : 0;
		rules_free(&ps.mine);
	}
	if (r->delay_ms < 0)
		r->delay_ms = 0;
	return r;
}

struct robots *
robots_allow_all(void)
{
	return xcalloc(1, sizeof(struct robots));
}

void
robots_free(struct robots *r)
{
	if (!r)
		return;
	rules_free(r);
	free(r);
}

/* Whether pattern p (n bytes; '*' any run, a final '$' the end) matches a
 * prefix of s (or all of s with '$').  Greedy with one backtrack point:
 * O(n * strlen(s)), never exponential. */
static int
rule_matches(const char *p, size_t n, const char *s)
{
	int anchored = n > 0 && p[n - 1] == '$';
	size_t i, j, star_i, star_j;
	if (anchored)
		n--;
	i = 0;
	j = 0;
	star_i = (size_t)-1;
	star_j = 0;
	for (;;) {
		if (i == n) {
			if (!anchored || s[j] == '\0')
				return 1;
		} else if (p[i] == '*') {
			star_i = i++;
			star_j = j;
			continue;
		} else if (s[j] != '\0' && p[i] == s[j]) {
			i++, j++;
			continue;
		}
		if (star_i == (size_t)-1 || s[star_j] == '\0')
			return 0;
		i = star_i + 1;
		j = ++star_j;
	}
}

int
robots_allowed(const struct robots *r, const char *path)
{
	size_t best = 0;
	int allowed = 1, matched = 0;
	if (strcmp(path, "/robots.txt") == 0)
		return 1;
	for (size_t i = 0; i < r->rules.n; i++) {
		const struct rule *ru = &r->rules.v[i];
		if (!rule_matches(ru->pattern, ru->len, path))
			continue;
		if (!matched || ru->len > best || (ru->len == best && ru->allow)) {
			allowed = ru->allow;
			best = ru->len;
			matched = 1;
		}
	}
	return allowed;
}

long
robots_delay_ms(const struct robots *r)
{
	return r->delay_ms;
}
