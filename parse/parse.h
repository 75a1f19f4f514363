/*
 * parse.h — one page in, one bulletin out: decode, gumbo, extract.
 * The entry point the CLI, the catalogue (ingest, reparse) and fetch use.
 * Included by ingest/ and cli/ (the store never parses).
 */
#ifndef HOTFEED_PARSE_H
#define HOTFEED_PARSE_H

#include <stddef.h>
#include "core/bulletin.h"
#include "core/bulletin_json.h"
#include "parse/decode.h"

struct parse_opts {
	const char *charset;    /* transport charset label (HTTP Content-Type), or NULL */
	const char *url;        /* source URL (for source.url and absolute links), or NULL */
	size_t max_bytes;       /* refuse larger pages; 0 = HF_MAX_PAGE_BYTES */
	enum encoding fallback; /* default encoding; ENC_SHIFT_JIS normally */
	int isolate;            /* run gumbo+extract in a child with CPU/memory limits */
	unsigned jobs;          /* parser workers at once (queues); 0 = one per CPU */
};

void parse_opts_init(struct parse_opts *o);
/* opts->jobs from a command-line or config number: 0, or -1 when s is not
 * a whole number in 1..HF_MAX_PARSE_JOBS (nothing set). */
int parse_opts_jobs(struct parse_opts *o, const char *s);

/*
 * Parse one page.  Returns 0 and fills *out (initialized by the callee; the
 * caller bulletin_free()s it), or -1 with a one-line reason in err (the page
 * was refused: too large, parser stopped by a limit, ...); *out is then empty.
 */
int parse_page(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
               struct bulletin *out, char *err, size_t errlen);

/*
 * A queue of pages parsed by up to `jobs` isolated workers at once (0: one
 * per online CPU; isolate 0: in this process, one at a time, when taken).
 * Results come back in the order the pages went in, each exactly what
 * parse_page() gives for it; each page keeps parse_page()'s budgets.
 *
 * put copies the page and the strings of opts; bytes NULL queues a
 * placeholder that comes back failed with an empty reason (a caller's item
 * that has no page, kept in its place).  Never put into a full queue:
 * take first.  take returns the oldest page's result (0, or -1 with the
 * reason in err) and its tag; never take from an empty queue.
 */
struct parse_queue;
struct parse_queue *parse_queue_new(unsigned jobs, int isolate);
void parse_queue_put(struct parse_queue *q, const unsigned char *bytes, size_t len,
                     const struct parse_opts *opts, void *tag);
/* put, the page handed over: bytes (malloc'd) is the queue's to free. */
void parse_queue_give(struct parse_queue *q, unsigned char *bytes, size_t len,
                      const struct parse_opts *opts, void *tag);
int parse_queue_full(const struct parse_queue *q);
size_t parse_queue_pending(const struct parse_queue *q);
int parse_queue_take(struct parse_queue *q, struct bulletin *out, char *err, size_t errlen,
                     void **tag);
/* take, with the model's canonical JSON (core/bulletin_json.h) in *m, the
 * worker's bytes as they came: read once (m->tree and *out) when out is
 * given, not read at all when out is NULL (`hotfeed parse` prints them).
 * On failure *m is empty; with out, m->text may be NULL when the model
 * has no JSON form. */
int parse_queue_take_model(struct parse_queue *q, struct bulletin *out, struct bulletin_json *m,
                           char *err, size_t errlen, void **tag);
void parse_queue_free(struct parse_queue *q);

#endif
