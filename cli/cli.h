/*
 * cli.h — the subcommands of ./hotfeed, one file each (cli/cmd_NAME.c).
 * Included by cli/ only.  Each takes argv with argv[0] = "hotfeed COMMAND",
 * parses its own options (getopt_long), prints its own --help, and returns
 * an exit status from core/exitcode.h.
 */
#ifndef HOTFEED_CLI_H
#define HOTFEED_CLI_H

int cmd_decode(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_reparse(int argc, char **argv);
int cmd_publish(int argc, char **argv);
int cmd_fetch(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_status(int argc, char **argv);

/* cli_diag.c — the diagnostics of ingest and reparse (fetch and run print
 * theirs through fetch/report.c). */
#include "core/bulletin.h"
/* One page's diagnostics on stderr, "hotfeed: NAME: LEVEL CODE: message":
 * every one when verbose, else the errors only (they need a human).  Adds
 * them to t.  Returns 1 when any is an error, else 0. */
int cli_page_diags(const char *name, const diag_list *l, int verbose, struct diag_tally *t);
/* The totals line on stderr, "hotfeed: 4 files: 1 page with errors, 3
 * warnings", when there is an error or warning to count (not when quiet
 * and only warnings), or always when verbose. */
void cli_diag_totals(size_t n, const char *what, const struct diag_tally *t, int verbose,
                     int quiet);

/* cli_args.c — checks shared by the commands.  Each prints
 * "hotfeed CMD: OPTION: \"VALUE\": what is wrong" (VALUE with control
 * characters escaped) and returns -1, or returns 0. */
int cli_check_url(const char *cmd, const char *option, const char *arg, int paths);

/* One ingest or reparse result: "NAME: STATUS KEY" on stdout (unless
 * quiet), a failure or regression on stderr, every part escaped.  0 when
 * it went in, -1 when it is a problem. */
struct ingest_result;
int cli_report_ingest(const char *name, const struct ingest_result *r, int quiet);

#endif
