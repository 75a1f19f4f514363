/*
 * isolate.h — run the page parser in a forked worker with CPU and memory
 * limits, so a pathological page (gumbo 0.10.1 has some) is stopped and
 * reported while the caller goes on.  Included by parse/parse.c only.
 */
#ifndef HOTFEED_ISOLATE_H
#define HOTFEED_ISOLATE_H

#include <stddef.h>
#include "core/bulletin.h"
#include "parse/parse.h"

/* parse_page() without the size check, in this process (parse.c). */
int parse_page_direct(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
                      struct bulletin *out, char *err, size_t errlen);

/*
 * The same in a worker process (a queue of one worker: parse.h's
 * parse_queue_*, also in isolate.c, runs several), limited to HF_PARSE_CPU_SECONDS of CPU per page
 * and HF_PARSE_MEM_BYTES of address space; the bulletin comes back as JSON over a pipe (bounded in
 * size).  Returns 0, or -1 with the reason in err
 * ("parser stopped: CPU limit (4 s)", "parser stopped: memory limit ...").
 */
int parse_page_isolated(const unsigned char *bytes, size_t len, const struct parse_opts *opts,
                        struct bulletin *out, char *err, size_t errlen);

#endif
