/*
 * ingest.h — the pipeline step above parse and store: a page in, parsed
 * (parse/parse.h, through the isolated workers), stored (store/catalogue.h)
 * by the catalogue's rules.  ingest, reparse and run go through here.
 * Included by ingest/, cli/.
 */
#ifndef HOTFEED_INGEST_H
#define HOTFEED_INGEST_H

#include "parse/parse.h"
#include "store/catalogue.h"

/* Parse and store one page (opts: charset default, limits, isolation;
 * pg->url and pg->charset take precedence over opts->url/charset).  The same
 * bytes as the URL's latest stored page are answered without parsing: the
 * status that page had (FAILED/REGRESSION again, else UNCHANGED).  The rules
 * are listed at the top of store/catalogue_store.c. */
int ingest_page(struct catalogue *cat, const struct page *pg, const struct parse_opts *opts,
                struct ingest_result *res);

/*
 * Many pages: parsed by opts->jobs isolated workers at once (parse.h's
 * queue), stored in the order they were put, each by ingest_page()'s
 * rules; done(arg, tag, url, result) is called once per page, in that
 * order, when it is stored, then catalogue_batch_tick().  A page of a URL
 * still in the queue waits for the earlier one to be stored.  put and
 * flush return 0, or -1 on a database error (catalogue_error; the queue
 * then takes nothing more).  free drops what was not stored.
 */
typedef void ingest_done_fn(void *arg, void *tag, const char *url, const struct ingest_result *r);
struct ingest_queue;
struct ingest_queue *ingest_queue_new(struct catalogue *cat, const struct parse_opts *opts,
                                      ingest_done_fn *done, void *arg);
int ingest_queue_put(struct ingest_queue *iq, const struct page *pg, void *tag);
int ingest_queue_flush(struct ingest_queue *iq);
void ingest_queue_free(struct ingest_queue *iq);

/* The batch sizes ingest, reparse and run use. */
#define CAT_BATCH_PAGES 256
#define CAT_BATCH_MS    2000

/* Re-extract every stored raw page with the current parser; calls cb (may
 * be NULL) once per page (the result is freed after it).  Returns the number of pages whose
 * extraction failed, or -1 on a database error. */
int ingest_reparse(struct catalogue *cat, const struct parse_opts *opts,
                   void (*cb)(void *arg, const char *url, const struct ingest_result *r),
                   void *arg);

#endif
