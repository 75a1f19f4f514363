/* main.c — git-style dispatch to the subcommands in cli/cmd_*.c. */
#include "cli/cli.h"
#include "core/exitcode.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

static const struct command {
	const char *name;
	int (*run)(int, char **);
	const char *summary;
} commands[] = {
	{ "decode", cmd_decode, "decode a page to UTF-8 as a browser would" },
	{ "parse", cmd_parse, "extract bulletins from pages as JSON" },
	{ "ingest", cmd_ingest, "parse pages and store them in the catalogue" },
	{ "reparse", cmd_reparse, "re-extract every stored page with this parser" },
	{ "publish", cmd_publish, "write the feeds, catalogue.json and index.html" },
	{ "fetch", cmd_fetch, "download pages into the catalogue" },
	{ "run", cmd_run, "fetch, ingest and publish: the cron job" },
	{ "status", cmd_status, "the catalogue at a glance: bulletins, pending pages, last run" },
};

static void
usage(FILE *f)
{
	fputs("usage: hotfeed [--version] [--help] COMMAND [ARGS]\n\n"
	      "Turns Japanese HotFix Report bulletin pages into feeds.\n\n"
	      "Commands:\n",
	      f);
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		fprintf(f, "  %-8s  %s\n", commands[i].name, commands[i].summary);
	fputs("\n'hotfeed COMMAND --help' describes one command; hotfeed(1) all.\n", f);
}

int
main(int argc, char **argv)
{
	setlocale(LC_CTYPE, "C.UTF-8");
	if (argc < 2) {
		usage(stderr);
		return HF_EXIT_FATAL;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return HF_EXIT_OK;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("hotfeed %s\n", HOTFEED_VERSION);
		return HF_EXIT_OK;
	}
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (strcmp(argv[1], commands[i].name) == 0) {
			/* getopt names argv[0] in its messages: "hotfeed ingest: …" */
			char name[32];
			snprintf(name, sizeof name, "hotfeed %s", commands[i].name);
			argv[1] = name;
			return commands[i].run(argc - 1, argv + 1);
		}
	fprintf(stderr, "hotfeed: '%s' is not a command; see 'hotfeed --help'\n", argv[1]);
	return HF_EXIT_FATAL;
}
