# Lineup: `make run` opens the browser on Data/, `make test` runs every test.
# Each target installs the system packages it needs when they are missing (Debian/Ubuntu).

SWIFT       ?= swift
PREFIX      ?= /usr/local
FUZZ_SECONDS ?= 60
RELEASE_BIN := .build/release

RUN_PACKAGES   := libncursesw5-dev
TEST_PACKAGES  := libncursesw5-dev tmux calcurse python3-icalendar
BENCH_PACKAGES := libncursesw5-dev fzf
FUZZ_PACKAGES  := libncursesw5-dev

.PHONY: run test bench fuzz install build release clean

# Installs the missing Debian packages named in $(1), with sudo when not root.
define ensure_packages
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

run:
	$(call ensure_packages,$(RUN_PACKAGES))
	$(SWIFT) build -c release --product lineup
	LINEUP_DATA="$(CURDIR)/Data" $(RELEASE_BIN)/lineup

test:
	$(call ensure_packages,$(TEST_PACKAGES))
	$(SWIFT) build -c release --product lineup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build:
	$(call ensure_packages,$(RUN_PACKAGES))
	$(SWIFT) build

release:
	$(call ensure_packages,$(RUN_PACKAGES))
	$(SWIFT) build -c release

bench:
	$(call ensure_packages,$(BENCH_PACKAGES))
	$(SWIFT) build -c release --product lineup
	$(SWIFT) build -c release --product lineup-bench
	$(RELEASE_BIN)/lineup-bench --lineup $(RELEASE_BIN)/lineup

fuzz:
	$(call ensure_packages,$(FUZZ_PACKAGES))
	FUZZ_SECONDS=$(FUZZ_SECONDS) Tests/Fuzz/run.sh

install:
	$(call ensure_packages,$(RUN_PACKAGES))
	$(SWIFT) build -c release --product lineup
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/lineup/Data"
	install -m 755 $(RELEASE_BIN)/lineup "$(DESTDIR)$(PREFIX)/bin/lineup"
	install -m 644 Data/* "$(DESTDIR)$(PREFIX)/share/lineup/Data/"

clean:
	rm -rf .build .build-fuzz
