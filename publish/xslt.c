/* xslt.c — libxslt behind the template interface; see xslt.h. */
#include "publish/xslt.h"
#include "core/util.h"

#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct template
{
	char *path;
	xsltStylesheetPtr sheet;
};

/* libxml2/libxslt report errors through a global callback: keep the first
 * message of the current call. */
static char first_error[256];

static void
collect_error(void *ctx, const char *fmt, ...)
{
	va_list ap;
	char *nl;

	(void)ctx;
	if (first_error[0] != '\0')
		return;
	va_start(ap, fmt);
	vsnprintf(first_error, sizeof first_error, fmt, ap);
	va_end(ap);
	if ((nl = strchr(first_error, '\n')) != NULL)
		*nl = '\0';
}

static void
errors_begin(void)
{
	first_error[0] = '\0';
	xmlSetGenericErrorFunc(NULL, collect_error);
	xsltSetGenericErrorFunc(NULL, collect_error);
}

static void
errors_end(void)
{
	xmlSetGenericErrorFunc(NULL, NULL);
	xsltSetGenericErrorFunc(NULL, NULL);
}

/* Templates may read files (xsl:include, document()) but never write one
 * or touch the network. */
static xsltSecurityPrefsPtr
security(void)
{
	static xsltSecurityPrefsPtr prefs;

	if (prefs == NULL) {
		prefs = xsltNewSecurityPrefs();
		if (prefs == NULL)
			die("out of memory");
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
		xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
		xsltSetDefaultSecurityPrefs(prefs);
	}
	return prefs;
}

struct template *
xslt_template_load(const char *path, char *err, size_t errlen)
{
	struct template *t;
	xmlDocPtr doc;
	xsltStylesheetPtr sheet = NULL;

	/* libxml2's own words for a missing file are a bare "I/O error" */
	if (access(path, R_OK) != 0) {
		snprintf(err, errlen, "%s: %s (templates: --templates DIR or [feed] templates)",
		         path, strerror(errno));
		return NULL;
	}
	security();
	errors_begin();
	doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
	if (doc != NULL && (sheet = xsltParseStylesheetDoc(doc)) == NULL)
		xmlFreeDoc(doc);
	errors_end();
	if (sheet == NULL || sheet->errors > 0) {
		snprintf(err, errlen, "%s: not a usable XSLT stylesheet%s%s", path,
		         first_error[0] ? ": " : "", first_error);
		if (sheet != NULL)
			xsltFreeStylesheet(sheet);
		return NULL;
	}
	t = xcalloc(1, sizeof *t);
	t->path = xstrdup(path);
	t->sheet = sheet;
	return t;
}

void
xslt_template_free(struct template *t)
{
	if (t == NULL)
		return;
	xsltFreeStylesheet(t->sheet);
	free(t->path);
	free(t);
}

int
xslt_template_apply(struct template *t, xmlDocPtr doc, char **out, size_t *len, char *err,
                    size_t errlen)
{
	xsltTransformContextPtr ctx;
	xmlDocPtr res = NULL;
	xmlChar *mem = NULL;
	int size = 0, rc = -1;

	errors_begin();
	ctx = xsltNewTransformContext(t->sheet, doc);
	if (ctx != NULL) {
		xsltSetCtxtSecurityPrefs(security(), ctx);
		res = xsltApplyStylesheetUser(t->sheet, doc, NULL, NULL, NULL, ctx);
		if (res != NULL && ctx->state == XSLT_STATE_OK &&
		    xsltSaveResultToString(&mem, &size, res, t->sheet) == 0)
			rc = 0;
		xsltFreeTransformContext(ctx);
	}
	errors_end();
	xmlFreeDoc(res);
	if (rc != 0) {
		snprintf(err, errlen, "%s: the template failed%s%s", t->path,
		         first_error[0] ? ": " : "", first_error);
		xmlFree(mem);
		return -1;
	}
	*out = xstrndup(mem != NULL ? (const char *)mem : "", (size_t)size);
	*len = (size_t)size;
	xmlFree(mem);
	return 0;
}
