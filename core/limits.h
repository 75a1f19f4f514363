/*
 * limits.h — every ceiling on untrusted input, in one place.
 * May be included by any file.  Each is enforced where the data enters;
 * the configurable ones are defaults that config/flags may change.
 */
#ifndef HOTFEED_LIMITS_H
#define HOTFEED_LIMITS_H

#define HF_MAX_PAGE_BYTES    (4u << 20) /* a page larger is refused (configurable) */
#define HF_MIN_MAX_BYTES     1024       /* ... in this range: max_bytes, --max-bytes */
#define HF_MAX_MAX_BYTES     (1L << 30)
#define HF_MAX_CONFIG_BYTES  (1 << 20)      /* a configuration file */
#define HF_GUMBO_MAX_ERRORS  1000           /* gumbo stops recording parse errors here */
#define HF_PARSE_CPU_SECONDS 4              /* isolated parse: CPU limit per page */
#define HF_MAX_PARSE_JOBS    64             /* parser workers at once (--jobs) */
#define HF_PARSE_MEM_BYTES   (512ull << 20) /* isolated parse: address-space limit */
#define HF_MAX_FIELD_BYTES   (256u << 10)   /* one extracted text field */
#define HF_MAX_ITEMS         4096           /* entries in one extracted array */
#define HF_MAX_WARNINGS      200            /* warnings kept per page */
/* A warning quotes what it did not understand; quoting a 256 KiB cell in
 * each of 200 warnings made a 54 MB model of a 3.7 MB page. */
#define HF_MAX_WARNING_BYTES 1024  /* one warning, then cut with "…" */
#define HF_MAX_INDEX_LINKS   10000 /* links taken from one index page */
/* Each queued URL costs about 1 KB (request, report entry, target) and a
 * run's index pages may each add HF_MAX_INDEX_LINKS: 40 sub-indexes queued
 * 400 000 URLs (430 MB, 19 s), 500 would have queued 5 million. */
#define HF_MAX_RUN_URLS 100000 /* URLs queued in one run */
/* item.xsl splits a text into paragraphs by recursion, and libxslt stops
 * at 3000 nested calls: one page of 4000 short paragraphs (16 KB) failed
 * every publish.  Past this many, the templates get the rest of a text as
 * one paragraph (its lines kept, by single newlines). */
#define HF_MAX_PARAGRAPHS 256 /* blank-line breaks a template sees */
/* Every file entry repeats its 展開フォルダ folder and path, so they are
 * kept short (a Windows path has at most 260 characters) and a page lists
 * at most HF_MAX_ITEMS files in all: a 490 KB page of 10 000 file rows
 * under a 200 KB folder made an 820 MB model. */
#define HF_MAX_PATH_BYTES 1024 /* a file entry's folder or path */
/* A stored model is every later publish's memory: catalogue.json holds all
 * of them with their revisions, and jansson's tree costs ~25x the text (a
 * 1.5 MB model, 38 MB of publish RSS).  Real bulletins are 5-60 KB; a page
 * whose model is larger is stored as failed, its last good revision kept. */
#define HF_MAX_MODEL_BYTES (1u << 20) /* one extracted model, as JSON */

#endif
