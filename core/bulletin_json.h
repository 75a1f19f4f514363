/*
 * bulletin_json.h — the model's JSON form, the public contract of
 * `hotfeed parse` and of catalogue.json (see catalogue.schema.json).
 * May be included by any file; jansson's json_t is the only type it exposes.
 *
 * bulletin_to_json() returns a new reference (caller json_decref()s) with keys
 * in the documented order.  bulletin_from_json() fills an initialized
 * bulletin from such an object: 0, or -1 with a message in err naming the
 * field that was wrong (the bulletin is then freed and re-initialized).
 */
#ifndef HOTFEED_BULLETIN_JSON_H
#define HOTFEED_BULLETIN_JSON_H

#include <jansson.h>
#include "core/bulletin.h"

struct buf;

json_t *bulletin_to_json(const struct bulletin *b);
int bulletin_from_json(const json_t *j, struct bulletin *b, char *err, size_t errlen);

/* A diagnostics list as the model's JSON array [{level, code, message}]
 * (a new reference), and such an array appended to l: 0, or -1 with a
 * message in err naming the malformed entry (l keeps those before it). */
json_t *diag_list_to_json(const diag_list *l);
int diag_list_from_json(const json_t *a, diag_list *l, char *err, size_t errlen);

/* Dump flags used everywhere hotfeed writes JSON: UTF-8 kept as is, key
 * order preserved, no trailing newline. */
#define HF_JSON_COMPACT (JSON_PRESERVE_ORDER | JSON_COMPACT)
#define HF_JSON_PRETTY  (JSON_PRESERVE_ORDER | JSON_INDENT(2))

/*
 * A model in its canonical form: text is the HF_JSON_COMPACT dump of
 * bulletin_to_json() (what `hotfeed parse` prints, a parser worker sends
 * and the catalogue stores, byte for byte), tree that text read back (or
 * NULL when nobody needed it).  The text travels as is from the worker to
 * the catalogue: it is never rebuilt from a struct bulletin read from it.
 * Both owned; bulletin_json_free() releases them.
 */
struct bulletin_json {
	char *text;
	size_t len;
	json_t *tree;
};
/* The canonical text of b alone, written without building the tree
 * (malloc'd, its length in *len): what a parser worker sends. */
char *bulletin_json_text(const struct bulletin *b, size_t *len);
/*
 * The same text written in another layout, with the model's strings passed
 * through a filter, for documents that embed the model (catalogue.json):
 * indent 0 is HF_JSON_COMPACT's layout, indent n JSON_INDENT(n)'s with the
 * object at depth (as jansson lays out a value that deep in a document).
 * text, when set, gets every string of the model that is valid UTF-8 (field
 * values, list items, diagnostic codes and messages; not the constants of
 * kind, severity and targets), with the record and field it is in, and
 * returns a malloc'd replacement, or NULL to write null.
 */
struct bulletin_json_style {
	int indent;
	int depth;
	char *(*text)(void *ctx, const struct record *rec, const struct field *f, const char *s);
	void *ctx;
};
void bulletin_json_write(struct buf *o, const struct bulletin *b,
                         const struct bulletin_json_style *st);
/* Pieces of that layout for such documents: the n bytes at s as a JSON
 * string as jansson writes it (null when not valid UTF-8); before the k-th
 * member of a container whose members are at depth; "key": before the k-th
 * member of an object at depth; the end c of a container of n members at
 * depth. */
void bulletin_json_string(struct buf *o, const char *s, size_t n);
void bulletin_json_member(struct buf *o, int indent, int depth, size_t k);
void bulletin_json_key(struct buf *o, int indent, int depth, size_t k, const char *key);
void bulletin_json_close(struct buf *o, int indent, int depth, size_t n, int c);
/* A real as jansson writes it; a jansson value as json_dumps() lays it out
 * with HF_JSON_COMPACT (indent 0) or HF_JSON_PRETTY (indent 2) that deep
 * in a document, straight into o (no intermediate text). */
void bulletin_json_real(struct buf *o, double v);
void bulletin_json_dump(struct buf *o, const json_t *v, int indent, int depth);

/* The canonical form of b (tree and text): 0, or -1 when b cannot be
 * represented as JSON (nothing set). */
int bulletin_json_make(const struct bulletin *b, struct bulletin_json *m);
void bulletin_json_free(struct bulletin_json *m);

#endif
