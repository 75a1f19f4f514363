/*
 * feed_xml.h — xmlTextWriter helpers shared by the RSS and Atom writers:
 * a writer into memory, sanitized text elements, and hotfeed's domain
 * elements (namespace HF_NS_URI).  Included by publish/feed_*.c only.
 */
#ifndef HOTFEED_FEED_XML_H
#define HOTFEED_FEED_XML_H

#include <libxml/xmlwriter.h>
#include "publish/feed.h"

/* A writer into memory, document started (UTF-8); NULL on failure. */
xmlTextWriterPtr xw_open(xmlBufferPtr *mem);
/* End the document, append it to out, free writer and memory. rc is the
 * caller's status so far; returns 0 or -1 (with err set). */
int xw_close(xmlTextWriterPtr w, xmlBufferPtr mem, int rc, struct buf *out, const char *what,
             char *err, size_t errlen);

/* <prefix:name>text</prefix:name> (prefix may be NULL) with text
 * sanitized; nothing when text is NULL.  0, or -1 on a writer error. */
int xw_elem(xmlTextWriterPtr w, const char *prefix, const char *name, const char *text);
int xw_attr(xmlTextWriterPtr w, const char *name, const char *value);

/* The hf: elements of one bulletin (the namespace is declared by the caller
 * on the root element).  0, or -1 on a writer error. */
int feed_write_hf(xmlTextWriterPtr w, const struct feed_item *it);

#endif
