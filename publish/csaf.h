/*
 * csaf.h — CSAF 2.0 advisories: one csaf_security_advisory document per
 * bulletin that has an MS id, laid out under csaf/ as CSAF 2.0's
 * distribution rules say (section 7.1): csaf/YYYY/<tracking id in lower
 * case>.json (YYYY from initial_release_date), csaf/index.txt,
 * csaf/changes.csv (newest first), csaf/provider-metadata.json and one
 * ROLIE feed for the configured TLP label, csaf/feed-tlp-<label>.json.
 * The mapping from the model is listed at the top of csaf.c.
 * Included by publish/ only.
 */
#ifndef HOTFEED_CSAF_H
#define HOTFEED_CSAF_H

#include <stddef.h>
#include "core/config.h"
#include "publish/feed.h"
#include "publish/outfiles.h"

/* Add every csaf/ file for items (the bulletins, newest first) to files.
 * site is the directory URL ending in '/'.  0, or -1 with a message in err
 * (a [csaf] value that CSAF does not allow). */
int csaf_write(const struct config *cfg, const char *site, struct feed_item *const *items,
               size_t n, struct outfiles *files, char *err, size_t errlen);

/* The URL of the ROLIE feed csaf_write() writes for cfg's TLP label
 * (caller frees). */
char *csaf_rolie_url(const struct config *cfg, const char *site);

#endif
