/*
 * catalogue_json.h — catalogue.json: every bulletin with its permanent id,
 * dates, full model and revision history, valid against
 * catalogue.schema.json (schema_version CATALOGUE_SCHEMA_VERSION).  The
 * model is bulletin_to_json()'s, with code points illegal in XML removed,
 * reference/download links made absolute http(s) or null, and source.url
 * kept only when http(s) or file:.
 * Included by publish/ only.
 */
#ifndef HOTFEED_CATALOGUE_JSON_H
#define HOTFEED_CATALOGUE_JSON_H

#include "publish/feed.h"

#define CATALOGUE_SCHEMA_VERSION 2

/* The document in pieces, for a publish that writes it a bulletin at a
 * time (all bulletins, newest first): the head (m gives the generator's
 * view: link, updated; any: at least one entry follows), the entries (each
 * at depth 2, without separator; cacheable as it stands), the separator
 * between two entries, the tail.  head and entry append to out: 0 or -1. */
int catalogue_json_head(const struct feed_meta *m, int any, struct buf *out);
int catalogue_json_entry(const struct feed_item *it, struct buf *out);
const char *catalogue_json_separator(void);
const char *catalogue_json_tail(int any);

/* bulletins/<KEY>.json: the entry (catalogue_json_entry's text, len
 * bytes) as a document of its own, as json_dumps() lays the entry out
 * alone, with a final newline.  0 or -1 (not such a text). */
int catalogue_json_bulletin(const char *entry, size_t len, struct buf *out);

#endif
