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

/* Append the document to out: 0, or -1 with a message in err.  m gives the
 * generator's view (link, updated); items are all bulletins, newest first. */
int catalogue_json_write(const struct feed_meta *m, struct feed_item *const *items,
                         size_t n, struct buf *out, char *err, size_t errlen);

#endif
