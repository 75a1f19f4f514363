/* links.c — <a href> extraction for the crawler; see links.h. */
#include "parse/links.h"
#include "parse/html.h"
#include "core/strset.h"

int
html_links(const char *utf8, size_t len, strlist *hrefs, char *err, size_t errlen)
{
	struct hdoc doc;
	if (html_flatten(utf8, len, &doc, err, errlen) != 0)
		return -1;
	size_t before = hrefs->n;
	struct strset seen = STRSET_INIT;
	for (size_t i = 0; i < hrefs->n; i++)
		strset_add(&seen, hrefs->v[i]);
	for (size_t i = 0; i < doc.hrefs.n; i++)
		if (doc.hrefs.v[i][0] && strset_add(&seen, doc.hrefs.v[i]))
			strlist_add(hrefs, doc.hrefs.v[i]);
	strset_free(&seen);
	hdoc_free(&doc);
	return (int)(hrefs->n - before);
}
