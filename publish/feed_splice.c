/* feed_splice.c — feed documents from item fragments; see feed_splice.h. */
#include "publish/feed_splice.h"

#include <stdio.h>
#include <string.h>

typedef int (*doc_writer)(const struct feed_meta *, struct feed_item *const *, size_t, struct buf *,
                          char *, size_t);

/* Per format: its writer, where its items start in a one-item document,
 * and the text that follows the last item (the items go before it). */
static const struct {
	doc_writer write;
	const char *start, *after;
} formats[FEED_FORMATS] = {
	[FEED_RSS] = { feed_write_rss, "\n    <item>", "\n  </channel>" },
	[FEED_ATOM] = { feed_write_atom, "\n  <entry>", "\n</feed>" },
	[FEED_JSON] = { feed_write_json, "\n  \"items\": [\n", "\n  ]\n}\n" },
};

/* The last occurrence of needle in the n bytes of hay, or NULL. */
static const char *
last_of(const char *hay, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = n >= k ? n - k + 1 : 0; i-- > 0;)
		if (memcmp(hay + i, needle, k) == 0)
			return hay + i;
	return NULL;
}

static int
fail(char *err, size_t errlen, int f)
{
	static const char *const names[] = { "rss", "atom", "json" };

	snprintf(err, errlen, "%s: an item's text could not be cut from its document", names[f]);
	return -1;
}

int
feed_splice_item(const struct feed_item *it, struct buf frag[FEED_FORMATS], char *err,
                 size_t errlen)
{
	struct feed_meta m = { 0 };
	struct feed_item *one = (struct feed_item *)it;

	m.title = m.link = m.id = m.updated = "-";
	m.lang = "ja";
	for (int f = 0; f < FEED_FORMATS; f++) {
		struct buf doc;
		const char *s, *e;
		int rc;

		buf_init(&doc, 0);
		rc = formats[f].write(&m, &one, 1, &doc, err, errlen);
		if (rc == 0) {
			s = strstr(doc.data, formats[f].start);
			e = last_of(doc.data, doc.len, formats[f].after);
			if (s == NULL || e == NULL || e < s)
				rc = fail(err, errlen, f);
			else if (f == FEED_JSON) /* after "[\n", up to the last item's '}' */
				rc = buf_append(&frag[f], s + strlen(formats[f].start),
				                (size_t)(e - s) - strlen(formats[f].start));
			else /* from its line, with its newline */
				rc = buf_append(&frag[f], s + 1, (size_t)(e - s));
		}
		buf_free(&doc);
		if (rc < 0)
			return -1;
	}
	return 0;
}

int
feed_splice_frame(enum feed_format f, const struct feed_meta *m, int any, struct buf *head,
                  struct buf *tail, char *err, size_t errlen)
{
	struct buf doc;
	const char *at;
	size_t cut;
	int rc;

	buf_init(&doc, 0);
	if ((rc = formats[f].write(m, NULL, 0, &doc, err, errlen)) < 0)
		goto out;
	if (!any) {
		rc = buf_append(head, doc.data, doc.len);
		goto out;
	}
	if (f == FEED_JSON) {
		/* the empty document ends "[]\n}\n": "[\n", the items, "\n  ]\n}\n" */
		if (doc.len < 5 || memcmp(doc.data + doc.len - 5, "[]\n}\n", 5) != 0) {
			rc = fail(err, errlen, f);
			goto out;
		}
		rc = buf_append(head, doc.data, doc.len - 4) | buf_putc(head, '\n') |
		     buf_puts(tail, formats[f].after);
		goto out;
	}
	if ((at = last_of(doc.data, doc.len, formats[f].after)) == NULL) {
		rc = fail(err, errlen, f);
		goto out;
	}
	cut = (size_t)(at - doc.data) + 1; /* the items start a line */
	rc = buf_append(head, doc.data, cut) | buf_append(tail, doc.data + cut, doc.len - cut);
out:
	buf_free(&doc);
	if (rc < 0 && err[0] == '\0')
		snprintf(err, errlen, "a feed document could not be assembled");
	return rc < 0 ? -1 : 0;
}

const char *
feed_splice_separator(enum feed_format f)
{
	return f == FEED_JSON ? ",\n" : "";
}

int
feed_splice_write(enum feed_format f, const struct feed_meta *m, const struct buf *const *frags,
                  size_t n, struct buf *out, char *err, size_t errlen)
{
	struct buf tail;
	int rc;

	buf_init(&tail, 0);
	rc = feed_splice_frame(f, m, n > 0, out, &tail, err, errlen);
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = buf_puts(out, i > 0 ? feed_splice_separator(f) : "") |
		     buf_append(out, frags[i]->data, frags[i]->len);
	if (rc == 0)
		rc = buf_append(out, tail.data, tail.len);
	buf_free(&tail);
	return rc < 0 ? -1 : 0;
}
