# hotfeed — see README.md.  `make` builds ./hotfeed; `make check` installs
# what is missing (tests/deps.sh), builds and runs every test.

.SUFFIXES:

VERSION  = 0.1.0
PREFIX   = /usr/local
BINDIR   = $(PREFIX)/bin
MANDIR   = $(PREFIX)/share/man
DATADIR  = $(PREFIX)/share/hotfeed

CC       = cc
PKGS     = gumbo libcurl libxml-2.0 libxslt jansson sqlite3 inih libutf8proc zlib
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
CHECK_LIBS := $(shell pkg-config --libs check 2>/dev/null)
OPT      = -O2 -g
CFLAGS   = $(OPT) -std=c11 -pthread -Wall -Wextra -Wno-unused-parameter
CPPFLAGS = -I. -D_GNU_SOURCE -DHOTFEED_VERSION='"$(VERSION)"' \
           -DHOTFEED_DATADIR='"$(DATADIR)"' $(PKG_CFLAGS)
LDLIBS   = $(PKG_LIBS) -lpthread -lm
B        = build
BIN      = hotfeed

LIB_SRCS  = $(sort $(wildcard core/*.c store/*.c parse/*.c fetch/*.c publish/*.c ingest/*.c))
CLI_SRCS  = $(sort $(wildcard cli/*.c))
TEST_SRCS = $(sort $(wildcard tests/unit/test_*.c))
FUZZ_SRCS = $(sort $(wildcard tests/fuzz/fuzz_*.c))
LIB_OBJS  = $(LIB_SRCS:%.c=$(B)/%.o)
CLI_OBJS  = $(CLI_SRCS:%.c=$(B)/%.o)
TESTS     = $(TEST_SRCS:tests/unit/%.c=$(B)/tests/%)

all: $(BIN)

$(BIN): $(CLI_OBJS) $(B)/libhotfeed.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJS) $(B)/libhotfeed.a $(LDLIBS)

$(B)/libhotfeed.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $(LIB_OBJS)

$(B)/%.o: %.c $(wildcard */*.h)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CPPFLAGS) -MMD -MP -c -o $@ $<

$(B)/tests/%: tests/unit/%.c $(B)/libhotfeed.a tests/unit/testutil.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(CPPFLAGS) -o $@ $< $(B)/libhotfeed.a $(CHECK_LIBS) $(LDLIBS)

# The objects that embed DATADIR are rebuilt when it changes (a `make` then
# `make install PREFIX=/usr` must not install a binary looking in /usr/local).
$(shell mkdir -p $(B) && { echo '$(DATADIR)' | cmp -s - $(B)/datadir || echo '$(DATADIR)' >$(B)/datadir; })
$(B)/publish/publish.o $(B)/cli/cmd_publish.o: $(B)/datadir

deps:
	@sh tests/deps.sh

tests: $(BIN) $(TESTS)

# The test command (README.md, .ci/run).
check: deps
	@$(MAKE) --no-print-directory tests
	@sh tests/run.sh $(TESTS)

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer.
asan: deps
	@$(MAKE) --no-print-directory B=build-asan BIN=build-asan/hotfeed \
	    OPT='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined' \
	    LDFLAGS='-fsanitize=address,undefined' tests
	@ASAN_OPTIONS=detect_leaks=1 HOTFEED_ASAN=1 HOTFEED=build-asan/hotfeed sh tests/run.sh \
	    $(TEST_SRCS:tests/unit/%.c=build-asan/tests/%)

# libFuzzer targets (clang); `make check` replays their corpus without clang.
fuzz: deps
	@sh tests/fuzz/build.sh

# The tree keeps its layers, its dialect and its format (tests/lint.sh).
lint: deps
	@LINT_CPPFLAGS='$(subst ','\'',$(CPPFLAGS))' sh tests/lint.sh

# Rewrite the files `make lint` checks with clang-format (.clang-format).
format: deps
	@sh tests/lint.sh format

# The blind corpora (tests/blind*/README.md): how much of the model pages
# written without seeing the extractor yield, each corpus scored on its
# own.  A measurement, not a test.
blind: hotfeed
	@python3 tests/blind/score.py
	@echo
	@echo "== second blind corpus (tests/blind2) =="
	@python3 tests/blind/score.py --corpus tests/blind2
	@echo
	@echo "== third blind corpus (tests/blind3) =="
	@python3 tests/blind/score.py --corpus tests/blind3

bench: hotfeed
	@sh tests/bench.sh

# What each sample page yields: fields and diagnostics, one block per page.
fidelity: $(BIN)
	@HOTFEED=./$(BIN) sh tests/fidelity.sh $(FIDELITY_PAGES)

demo: deps
	@$(MAKE) --no-print-directory hotfeed
	@sh tests/demo.sh

install: $(BIN)
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(DATADIR)/templates
	cp $(BIN) $(DESTDIR)$(BINDIR)/hotfeed
	cp hotfeed.1 $(DESTDIR)$(MANDIR)/man1/hotfeed.1
	cp templates/* $(DESTDIR)$(DATADIR)/templates/
	cp catalogue.schema.json $(DESTDIR)$(DATADIR)/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/hotfeed $(DESTDIR)$(MANDIR)/man1/hotfeed.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf $(B) build-asan build-fuzz hotfeed out .out.lock .out.new.* .out.old.*

.PHONY: all deps tests check asan lint format fuzz blind bench fidelity demo install uninstall clean

-include $(LIB_OBJS:.o=.d) $(CLI_OBJS:.o=.d)
