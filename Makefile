# Lineup: `make run` opens the browser on Data/, `make test` runs every test.
# Each target installs the system packages it needs when they are missing (Debian/Ubuntu).

SWIFT       ?= swift
PREFIX      ?= /usr/local
FUZZ_SECONDS ?= 60
RELEASE_BIN := .build/release

# The commit `lineup --version` names ("3f2a9c1d0b7e", "-dirty" with uncommitted changes);
# empty in a copy without git metadata, which still builds.
COMMIT     := $(shell git describe --always --dirty --abbrev=12 2>/dev/null)
BUILD_INFO := Sources/LineupBuildInfo/commit.generated.h

# Where `make install` puts things below $(DESTDIR)$(PREFIX).
SHARE := $(DESTDIR)$(PREFIX)/share

RUN_PACKAGES   := libncursesw5-dev libxml2-dev
TEST_PACKAGES  := libncursesw5-dev libxml2-dev tmux calcurse python3-icalendar man-db groff
BENCH_PACKAGES := libncursesw5-dev libxml2-dev fzf
FUZZ_PACKAGES  := libncursesw5-dev libxml2-dev

.PHONY: run test bench fuzz install build release clean build-info

# Installs the missing Debian packages named in $(1), with sudo when not root.
define ensure_packages
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

# Writes the commit into the C header LineupBuildInfo reads, only when it changed (touching the
# source that includes it, so the next build recompiles that one file).
build-info:
	@line='#define LINEUP_COMMIT "$(COMMIT)"'; \
	if [ "$$(cat $(BUILD_INFO) 2>/dev/null)" != "$$line" ]; then \
	  echo "$$line" > $(BUILD_INFO); touch Sources/LineupBuildInfo/BuildInfo.c; \
	fi

run: build-info
	$(call ensure_packages,$(RUN_PACKAGES))
	$(SWIFT) build -c release --product lineup
	LINEUP_DATA="$(CURDIR)/Data" $(RELEASE_BIN)/lineup

test: build-info
	$(call ensure_packages,$(TEST_PACKAGES))
	$(SWIFT) build -c release --product lineup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	Tests/Install/check.sh

build: build-info
	$(call ensure_packages,$(RUN_PACKAGES))
	$(SWIFT) build

release: build-info
	$(call ensure_packages,$(RUN_PACKAGES))
	$(SWIFT) build -c release

bench: build-info
	$(call ensure_packages,$(BENCH_PACKAGES))
	$(SWIFT) build -c release --product lineup
	$(SWIFT) build -c release --product lineup-bench
	$(RELEASE_BIN)/lineup-bench --lineup $(RELEASE_BIN)/lineup

fuzz:
	$(call ensure_packages,$(FUZZ_PACKAGES))
	FUZZ_SECONDS=$(FUZZ_SECONDS) Tests/Fuzz/run.sh

# The binary, the shipped data, the man page (swift-argument-parser's, with the browser's keys and
# the query language appended) and the completion scripts where bash, zsh and fish look.
install: build-info
	$(call ensure_packages,$(RUN_PACKAGES))
	$(SWIFT) build -c release --product lineup
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(SHARE)/lineup/Data" "$(SHARE)/man/man1" \
	  "$(SHARE)/bash-completion/completions" "$(SHARE)/zsh/site-functions" "$(SHARE)/fish/vendor_completions.d"
	install -m 755 $(RELEASE_BIN)/lineup "$(DESTDIR)$(PREFIX)/bin/lineup"
	install -m 644 Data/* "$(SHARE)/lineup/Data/"
	@manual=$$(mktemp -d) && trap 'rm -rf "$$manual"' EXIT && \
	$(SWIFT) package --allow-writing-to-directory "$$manual" generate-manual --configuration release \
	  --output-directory "$$manual" >/dev/null && \
	{ cat "$$manual/lineup.1" && $(RELEASE_BIN)/lineup help-tables --man; } > "$$manual/page" && \
	install -m 644 "$$manual/page" "$(SHARE)/man/man1/lineup.1"
	$(RELEASE_BIN)/lineup --generate-completion-script bash > "$(SHARE)/bash-completion/completions/lineup"
	$(RELEASE_BIN)/lineup --generate-completion-script zsh > "$(SHARE)/zsh/site-functions/_lineup"
	$(RELEASE_BIN)/lineup --generate-completion-script fish > "$(SHARE)/fish/vendor_completions.d/lineup.fish"

clean:
	rm -rf .build .build-fuzz
