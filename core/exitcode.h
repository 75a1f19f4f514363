/*
 * exitcode.h — hotfeed's exit statuses, documented in hotfeed(1).
 * May be included by any file.
 */
#ifndef HOTFEED_EXITCODE_H
#define HOTFEED_EXITCODE_H

#define HF_EXIT_OK      0   /* everything succeeded */
#define HF_EXIT_PARTIAL 1   /* some inputs failed; the rest was done */
#define HF_EXIT_FATAL   2   /* nothing was done: usage, config, database error */
#define HF_EXIT_LOCKED  3   /* another run holds the lock */
#define HF_EXIT_SIGINT  130 /* fetch/run stopped by SIGINT (128 + 2, as a shell says) */
#define HF_EXIT_SIGTERM 143 /* fetch/run stopped by SIGTERM (128 + 15) */

#endif
