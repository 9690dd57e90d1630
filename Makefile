# Builds and installs a fast, self-contained advisor (the Swift standard library linked statically).
#   make install PREFIX=$HOME/.local
PREFIX ?= /usr/local
BIN := $(shell swift build -c release --static-swift-stdlib --show-bin-path 2>/dev/null)/advisor

.PHONY: build install uninstall test bench fuzz

build:
	swift build -c release --static-swift-stdlib --product advisor

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 "$(BIN)" "$(DESTDIR)$(PREFIX)/bin/advisor"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/advisor"

test:
	swift test

bench:
	scripts/bench.sh

fuzz:
	scripts/fuzz.sh 600
