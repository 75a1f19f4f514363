/*
 * config.h — hotfeed's configuration: an INI file (inih) plus command-line
 * overrides.  Included by cli/, fetch/, publish/.
 *
 *   [feed]   title, link, description, author, authority (tag URI authority,
 *            e.g. "example.org,2005"), items (feed length), out, db, lang,
 *            templates, jobs (parser processes at once)
 *   [fetch]  concurrency (per host), delay_ms (between requests to one host),
 *            timeout (s), connect_timeout (s), user_agent, max_bytes,
 *            max_requests (per run), retries, depth
 *   [source NAME]  index (repeatable), page (repeatable), charset, pattern,
 *            concurrency, delay_ms
 *   [facet NAME]   severity (max level, e.g. 1 = 緊急 only), platform
 *            (substring of an affected platform), kb, title (feed title)
 *   [csaf]   publisher (name; default [feed] author), namespace (the
 *            publisher's URL; default [feed] link), category (CSAF
 *            publisher category, default "other"), tlp (default "WHITE");
 *            publish checks category and tlp against CSAF 2.0's values
 *
 * Ownership: config_free() releases everything config_load() set.
 */
#ifndef HOTFEED_CONFIG_H
#define HOTFEED_CONFIG_H

#include <stddef.h>
#include "core/bulletin.h"

/* The defaults of the fetch settings, here only: config_init() and
 * http_opts_init() (fetch/http.c) both take them from these. */
#define HF_DEFAULT_USER_AGENT      "hotfeed/" HOTFEED_VERSION " (+https://hotfeed.invalid/)"
#define HF_DEFAULT_PER_HOST        2 /* --concurrency */
#define HF_DEFAULT_RETRIES         2
#define HF_DEFAULT_DELAY_MS        1000
#define HF_DEFAULT_TIMEOUT         30 /* seconds per transfer */
#define HF_DEFAULT_CONNECT_TIMEOUT 10
#define HF_DEFAULT_MAX_REQUESTS    500

struct source_cfg {
	char *name;
	strlist index, page;
	char *charset, *pattern;
	int concurrency; /* 0 = [fetch] default */
	long delay_ms;   /* -1 = [fetch] default */
};

struct facet_cfg {
	char *name, *title;
	int max_severity; /* 0 = any */
	char *platform;   /* NULL = any */
	char *kb;         /* NULL = any */
};

struct config {
	char *path; /* the file read, or NULL */
	/* [feed] */
	char *title, *link, *description, *author, *authority, *lang;
	char *out, *db;
	char *templates; /* item.xsl and index.xsl; NULL = the default */
	int items;
	int index_page_size; /* bulletins per index page (index_pages.h) */
	int jobs;            /* parser processes at once; 0 = one per CPU */
	/* [fetch] */
	int concurrency, retries, depth;
	long delay_ms, timeout, connect_timeout, max_requests;
	size_t max_bytes;
	char *user_agent;
	VEC(struct source_cfg) sources;
	VEC(struct facet_cfg) facets;
	/* [csaf]: NULL = the default named above */
	char *csaf_publisher, *csaf_namespace, *csaf_category, *csaf_tlp;
};

/* Defaults: title "HotFix Report", authority "hotfeed.invalid,2005", items
 * 50, index_page_size 200, out "out", db "hotfeed.db", concurrency 2, delay 1000 ms, timeout 30,
 * connect_timeout 10, retries 2, depth 2, max_requests 500, max_bytes 4 MiB,
 * user agent "hotfeed/VERSION (+https://hotfeed.invalid/)". */
void config_init(struct config *c);

/* --max-bytes and [fetch] max_bytes: a number in HF_MIN_MAX_BYTES..
 * HF_MAX_MAX_BYTES (util_parse_decimal).  0, or -1 when s is not one. */
int config_parse_max_bytes(const char *s, size_t *out);

/* Is a the taggingEntity of an RFC 4151 tag URI: a DNS name or e-mail
 * address, ",", a date YYYY[-MM[-DD]] ("example.org,2005")?  1 or 0. */
int config_authority_valid(const char *a);

/* Read path into c (on top of what is there).  0, or -1 with err set to
 * "FILE:LINE: [section] key: what is wrong" (or "FILE: reason").  path must
 * be a regular file of at most HF_MAX_CONFIG_BYTES.  A relative [feed] out,
 * db or templates is taken from path's directory. */
int config_load(struct config *c, const char *path, char *err, size_t errlen);
void config_free(struct config *c);

#endif
