/*
 * xslt.h — the template engine: user-editable XSLT 1.0 stylesheets run by
 * libxslt, with file writing and network access forbidden.  The output is
 * raw bytes; callers pass it through html_clean() before using it.
 * Included by publish/ only; libxslt's names appear in xslt.c alone.
 */
#ifndef HOTFEED_XSLT_H
#define HOTFEED_XSLT_H

#include <stddef.h>
#include <libxml/tree.h>

struct template; /* a compiled stylesheet */

/* Compile the stylesheet at path; NULL with a message in err. */
struct template *xslt_template_load(const char *path, char *err, size_t errlen);
void xslt_template_free(struct template *t);

/* Run t over doc: 0 with the output in *out (caller frees, NUL-terminated,
 * *len bytes), or -1 with a message in err (the stylesheet failed or
 * xsl:message terminate="yes"). */
int xslt_template_apply(struct template *t, xmlDocPtr doc, char **out, size_t *len, char *err,
                        size_t errlen);

#endif
