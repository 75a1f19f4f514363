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

#endif
