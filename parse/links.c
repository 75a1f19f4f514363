/* links.c — <a href> extraction for the crawler; see links.h. */
#include "parse/links.h"
#include "parse/html.h"

int
html_links(const char *utf8, size_t len, strlist *hrefs, char *err, size_t errlen)
{
	struct hdoc doc;
	if (html_flatten(utf8, len, &doc, err, errlen) != 0)
		return -1;
	size_t before = hrefs->n;
	for (size_t i = 0; i < doc.blocks.n; i++) {
		const struct hblock *b = &doc.blocks.v[i];
		for (size_t j = 0; j < b->links.n; j++)
			if (b->links.v[j].href && b->links.v[j].href[0])
				strlist_add_unique(hrefs, b->links.v[j].href);
	}
	hdoc_free(&doc);
	return (int)(hrefs->n - before);
}
