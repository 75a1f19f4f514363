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
