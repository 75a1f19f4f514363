/* feed_xml.c — xmlTextWriter helpers and hotfeed's domain elements; see
 * feed_xml.h. */
#include "publish/feed_xml.h"
#include "publish/sanitize.h"

#include <stdio.h>
#include <stdlib.h>

xmlTextWriterPtr
xw_open(xmlBufferPtr *mem)
{
	xmlTextWriterPtr w;

	if ((*mem = xmlBufferCreate()) == NULL)
		return NULL;
	if ((w = xmlNewTextWriterMemory(*mem, 0)) == NULL) {
		xmlBufferFree(*mem);
		return NULL;
	}
	xmlTextWriterSetIndent(w, 1);
	xmlTextWriterSetIndentString(w, BAD_CAST "  ");
	if (xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL) < 0) {
		xmlFreeTextWriter(w);
		xmlBufferFree(*mem);
		return NULL;
	}
	return w;
}

int
xw_close(xmlTextWriterPtr w, xmlBufferPtr mem, int rc, struct buf *out, const char *what, char *err,
         size_t errlen)
{
	if (rc == 0 && (w == NULL || xmlTextWriterEndDocument(w) < 0))
		rc = -1;
	if (w != NULL)
		xmlFreeTextWriter(w); /* flushes into mem */
	if (rc == 0 && buf_append(out, xmlBufferContent(mem), (size_t)xmlBufferLength(mem)) < 0)
		rc = -1;
	if (mem != NULL)
		xmlBufferFree(mem);
	if (rc != 0)
		snprintf(err, errlen, "%s: the XML writer failed", what);
	return rc;
}

int
xw_elem(xmlTextWriterPtr w, const char *prefix, const char *name, const char *text)
{
	char *clean;
	int rc;

	if (text == NULL)
		return 0;
	clean = sanitize_text(text);
	if (prefix != NULL)
		rc = xmlTextWriterWriteElementNS(w, BAD_CAST prefix, BAD_CAST name, NULL,
		                                 BAD_CAST clean);
	else
		rc = xmlTextWriterWriteElement(w, BAD_CAST name, BAD_CAST clean);
	free(clean);
	return rc < 0 ? -1 : 0;
}

int
xw_attr(xmlTextWriterPtr w, const char *name, const char *value)
{
	char *clean;
	int rc;

	if (value == NULL)
		return 0;
	clean = sanitize_text(value);
	rc = xmlTextWriterWriteAttribute(w, BAD_CAST name, BAD_CAST clean);
	free(clean);
	return rc < 0 ? -1 : 0;
}

static int
start_hf(xmlTextWriterPtr w, const char *name)
{
	return xmlTextWriterStartElementNS(w, BAD_CAST HF_NS_PREFIX, BAD_CAST name, NULL) < 0 ? -1
	                                                                                      : 0;
}

static int
end(xmlTextWriterPtr w)
{
	return xmlTextWriterEndElement(w) < 0 ? -1 : 0;
}

static const char *
tri_text(enum tristate t)
{
	return t == TRI_NULL ? NULL : t == TRI_TRUE ? "true" : "false";
}

static int
write_severity(xmlTextWriterPtr w, int level)
{
	char num[4];
	int rc = 0;

	if (severity_label(level) == NULL)
		return 0;
	snprintf(num, sizeof num, "%d", level);
	rc |= start_hf(w, "severity");
	rc |= xw_attr(w, "level", num);
	rc |= xw_attr(w, "name", severity_name(level));
	rc |= xmlTextWriterWriteString(w, BAD_CAST severity_label(level)) < 0 ? -1 : 0;
	rc |= end(w);
	return rc;
}

static int
write_reboot(xmlTextWriterPtr w, const struct bulletin *b)
{
	int rc = 0;
	char *clean;

	if (b->reboot == NULL && b->reboot_required == TRI_NULL)
		return 0;
	rc |= start_hf(w, "reboot");
	rc |= xw_attr(w, "required", tri_text(b->reboot_required));
	if (b->reboot != NULL) {
		clean = sanitize_text(b->reboot);
		rc |= xmlTextWriterWriteString(w, BAD_CAST clean) < 0 ? -1 : 0;
		free(clean);
	}
	rc |= end(w);
	return rc;
}

static int
write_affected(xmlTextWriterPtr w, const struct bulletin *b)
{
	int rc = 0;

	for (size_t i = 0; i < b->affected.n; i++) {
		const struct affected *a = &b->affected.v[i];
		rc |= start_hf(w, "affected");
		rc |= xw_attr(w, "software", a->software);
		for (size_t j = 0; j < a->platforms.n; j++)
			rc |= xw_elem(w, HF_NS_PREFIX, "platform", a->platforms.v[j]);
		rc |= end(w);
	}
	return rc;
}

int
feed_write_hf(xmlTextWriterPtr w, const struct feed_item *it)
{
	const struct bulletin *b = &it->e->model;
	int rc = 0;
	size_t i;

	rc |= xw_elem(w, HF_NS_PREFIX, "key", it->e->key);
	rc |= xw_elem(w, HF_NS_PREFIX, "kind", bulletin_kind_name(b->kind));
	rc |= xw_elem(w, HF_NS_PREFIX, "id", b->id);
	rc |= write_severity(w, b->severity);
	for (i = 0; i < b->kb.n; i++)
		rc |= xw_elem(w, HF_NS_PREFIX, "kb", b->kb.v[i]);
	for (i = 0; i < b->supersedes.n; i++)
		rc |= xw_elem(w, HF_NS_PREFIX, "supersedes", b->supersedes.v[i]);
	rc |= xw_elem(w, HF_NS_PREFIX, "exploitCode", tri_text(b->exploit_code));
	rc |= write_reboot(w, b);
	if (b->targets & TARGET_SERVER)
		rc |= xw_elem(w, HF_NS_PREFIX, "target", "server");
	if (b->targets & TARGET_CLIENT)
		rc |= xw_elem(w, HF_NS_PREFIX, "target", "client");
	rc |= write_affected(w, b);
	return rc;
}
