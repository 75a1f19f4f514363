/*
 * feed_splice.h — feed documents assembled from per-item fragments, byte
 * for byte what the writers of feed.h give for the whole list: a publish
 * renders each bulletin's item once (or takes it from its fragment cache),
 * keeps only the text, and builds a month's or a feed's document from the
 * texts, never holding the bulletins' models together.
 *
 * The rule that makes it exact: the writers lay each item out the same
 * way wherever it stands (xmlTextWriter's indentation depends on the depth
 * only, JSON Feed's items are the document's last member), so an item's
 * text is cut out of a one-item document, and a document is the empty
 * document with the texts put where the items go.
 * Included by publish/ only.
 *
 * Ownership: the caller owns and frees every struct buf.
 */
#ifndef HOTFEED_FEED_SPLICE_H
#define HOTFEED_FEED_SPLICE_H

#include "publish/feed.h"

/* it's item in each format into frag[FEED_RSS..FEED_JSON] (appended):
 * 0, or -1 with a message in err. */
int feed_splice_item(const struct feed_item *it, struct buf frag[FEED_FORMATS], char *err,
                     size_t errlen);

/* The document of format f for m, with the n items whose texts (of that
 * format, from feed_splice_item) are frags[0..n), appended to out: 0, or
 * -1 with a message in err. */
int feed_splice_write(enum feed_format f, const struct feed_meta *m, const struct buf *const *frags,
                      size_t n, struct buf *out, char *err, size_t errlen);

/* The same in three parts, for a document too big to hold: the empty
 * document of format f for m, split where the items go into head and tail
 * (any: at least one item follows), and the separator written between two
 * item texts.  0, or -1 with a message in err. */
int feed_splice_frame(enum feed_format f, const struct feed_meta *m, int any, struct buf *head,
                      struct buf *tail, char *err, size_t errlen);
const char *feed_splice_separator(enum feed_format f);

#endif
