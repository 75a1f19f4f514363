/*
 * changes.h — changes.json: what each publish added, updated and withdrew,
 * so a downstream tool fetches only those bulletins/KEY.json files.
 *
 * What a publish compares: the manifest of the outputs it replaces
 * (CHANGES_MANIFEST beside them: one line "KEY<TAB>UPDATED<TAB>FILE", then
 * <TAB>DIGEST when the entry's fragment digest is known, then <TAB>PATH
 * when the entry wrote the CSAF document csaf/PATH, per catalogue entry,
 * written with each publish) with the entries it publishes.  A key
 * not there before is added; one whose updated moved is updated; one gone
 * is withdrawn.  The run is recorded with its time (the clock, or
 * SOURCE_DATE_EPOCH when set) newest first, before the runs of the
 * changes.json it replaces; a publish that changed nothing adds no run, so
 * re-rendering the same catalogue leaves the file as it was.  Old runs are
 * dropped once the file would list more than CHANGES_MAX_LISTED entries
 * (the newest run is always kept whole).
 * Included by publish/ only.
 *
 * Ownership: changes_free() releases what changes_begin() made.
 */
#ifndef HOTFEED_CHANGES_H
#define HOTFEED_CHANGES_H

#include "publish/feed.h"
#include "publish/outfiles.h"

#define CHANGES_MANIFEST       ".hotfeed-manifest.tsv"
#define CHANGES_SCHEMA_VERSION 1
#define CHANGES_MAX_LISTED     10000

struct changes;

/* Read the manifest and changes.json of the outputs in outdir (missing:
 * a first publish, every entry added) and open the new manifest in files
 * (streaming: outfiles_begin done).  NULL with a message in err. */
struct changes *changes_begin(const char *outdir, struct outfiles *files, char *err, size_t errlen);
/* One entry published (in any order, each key once); file: its
 * bulletins/ file name; csaf: the path under csaf/ of the CSAF document
 * it wrote (NULL none; recorded only with a digest).  Memory: the old manifest, and the changes
 * while there are at most CHANGES_MAX_LISTED. */
void changes_add(struct changes *c, const char *key, const char *updated, const char *file,
                 const char *digest, const char *csaf);
/* Was key published by the set being replaced from inputs of this
 * fragment digest (so its bulletins/ file there has the bytes this
 * publish would write)?  1 or 0; 0 for an empty digest. */
int changes_same_digest(struct changes *c, const char *key, const char *digest);
/* Did that set also have key write csaf/PATH (so the file there has the
 * bytes this publish would write for it)?  1 or 0. */
int changes_same_csaf(struct changes *c, const char *key, const char *digest, const char *path);
/* The manifest and changes.json into files.  m: link, id, updated as in
 * catalogue.json.  0, or -1 with a message in err. */
int changes_end(struct changes *c, const struct feed_meta *m, struct outfiles *files, char *err,
                size_t errlen);
void changes_free(struct changes *c);

#endif
