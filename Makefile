# Two commands do everything on a fresh Debian 12 machine, as root:
#   make run    build and open the workbench (on the default database, with the example centre on first run)
#   make test   build and pass every test: Swift unit and store tests, desktop-file checks, CLI and GUI tests
SHELL := /bin/bash
.DEFAULT_GOAL := build

# Debian packages the build, the program and the tests need; `setup` installs the missing ones.
DEB_BUILD   := libgtk-4-dev libsqlite3-dev libsodium-dev libxlsxwriter-dev gettext libglib2.0-bin locales fonts-noto-cjk
DEB_TEST    := xvfb xauth xdotool dbus dbus-x11 at-spi2-core python3-pyatspi imagemagick desktop-file-utils appstream \
               poppler-utils
SWIFT_FLAGS ?=
BIN         := .build/debug/zhongai
GRESOURCE   := build/zhongai.gresource
MO          := build/locale/zh_CN/LC_MESSAGES/zhongai.mo
UI_FILES    := $(wildcard Sources/ZhongaiApp/*/*.ui) $(wildcard resources/gtk/*.ui) resources/style.css

.PHONY: setup build run test swift-test ui-test screenshots pot clean bench bench-data

setup:
	@missing=$$(for p in $(DEB_BUILD) $(DEB_TEST); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@# gettext needs a Chinese locale for the catalogue to load in every session locale.
	@locale -a 2>/dev/null | grep -qi '^zh_CN.utf8$$' || localedef -i zh_CN -f UTF-8 zh_CN.UTF-8

# The bundle's manifest lists the help overlay, the style sheet and every view's .ui file (beside its Swift file,
# known by its file name), so a new view needs no list to be edited.
VIEW_UI     := $(sort $(wildcard Sources/ZhongaiApp/*/*.ui))

build/zhongai.gresource.xml: $(VIEW_UI) Makefile
	@mkdir -p build
	@{ echo '<?xml version="1.0" encoding="UTF-8"?>'; \
	   echo '<gresources>'; \
	   echo '  <gresource prefix="/org/zhongai/Workbench">'; \
	   echo '    <file>gtk/help-overlay.ui</file>'; \
	   echo '    <file>style.css</file>'; \
	   for f in $(VIEW_UI); do echo "    <file alias=\"$$(basename $$f)\">$${f#Sources/ZhongaiApp/}</file>"; done; \
	   echo '  </gresource>'; \
	   echo '</gresources>'; } > $@

$(GRESOURCE): build/zhongai.gresource.xml $(UI_FILES)
	glib-compile-resources --sourcedir resources --sourcedir Sources/ZhongaiApp --target $@ $<

$(MO): resources/po/zh_CN.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

build: setup $(GRESOURCE) $(MO)
	swift build $(SWIFT_FLAGS)

# First run: creates the database, the first administrator (password asked on the terminal) and the example
# centre. Later runs change nothing; where init refuses (an administrator made in the window, no example centre,
# no --user) make ignores it and the window opens all the same.
run: build
	-$(BIN) init --demo --if-empty
	$(BIN)

swift-test: setup $(GRESOURCE) $(MO)
	swift build --build-tests $(SWIFT_FLAGS)
	swift test --skip-build $(SWIFT_FLAGS)

ui-test: build
	desktop-file-validate resources/org.zhongai.Workbench.desktop
	appstreamcli validate --no-net resources/org.zhongai.Workbench.metainfo.xml
	/usr/bin/python3 Tests/ui/run_all.py

test: swift-test ui-test

screenshots: build
	/usr/bin/python3 Tests/ui/screenshots.py

# Regenerates POTFILES and the message template from the Swift sources, .ui files and the domain's N_() msgids,
# then merges new msgids into zh_CN.po for translation.
pot:
	{ grep -rlE '\b(tr|trf|N_)\(' Sources --include='*.swift' | sort; \
	  find Sources resources -name '*.ui' | sort; } > resources/po/POTFILES
	xgettext --from-code=UTF-8 -L C --keyword=tr --keyword=trf --keyword=N_ --add-comments=TRANSLATORS \
	  -o resources/po/zhongai.pot $$(grep -v '\.ui$$' resources/po/POTFILES)
	xgettext --from-code=UTF-8 -j -o resources/po/zhongai.pot $$(grep '\.ui$$' resources/po/POTFILES)
	msgmerge --update --backup=none resources/po/zh_CN.po resources/po/zhongai.pot

clean:
	rm -rf build .build

# Issue 9: `make bench-data` generates the large centre (100 000 cases, 300 workers, 10 years, with about 20 000
# programmes, a million sign-ins and the supervision sessions; BENCH_CASES= for a smaller one) and the example centre
# alone, unless they are there already; `make bench` runs every benchmark beside its bare baseline on a copy in one
# run and rewrites BENCHMARKS.md. Release build in its own scratch path; not part of `make test`.
BENCH_CASES ?= 100000
BENCH_DIR ?= build/bench
BENCH_SCRATCH ?= .build-bench
BENCH_BUILD := swift build -c release --scratch-path $(BENCH_SCRATCH)
BENCH_UNTIL ?= $(shell TZ=Asia/Shanghai date +%F)
BENCH_GENERATE = --cases $(BENCH_CASES) --workers 300 --years 10 --seed 1 --until $(BENCH_UNTIL)
# large.sqlite at the default size, large-N.sqlite for another, so a quick check never reuses the big file.
BENCH_LARGE := $(BENCH_DIR)/large$(if $(filter 100000,$(BENCH_CASES)),,-$(BENCH_CASES))
bench-data:
	$(BENCH_BUILD) --product zhongai-bench
	mkdir -p $(BENCH_DIR)
	test -f $(BENCH_LARGE).sqlite || { \
	  $(BENCH_SCRATCH)/release/zhongai-bench generate $(BENCH_GENERATE) --out $(BENCH_LARGE).tmp.sqlite --force \
	    > $(BENCH_LARGE).log && \
	  echo "zhongai-bench generate $(BENCH_GENERATE) --out large.sqlite" > $(BENCH_LARGE).command && \
	  mv $(BENCH_LARGE).tmp.sqlite $(BENCH_LARGE).sqlite; }
	test -f $(BENCH_DIR)/empty.sqlite || \
	  $(BENCH_SCRATCH)/release/zhongai-bench generate --cases 0 --workers 0 --seed 1 --out $(BENCH_DIR)/empty.sqlite
	cat $(BENCH_LARGE).log

bench: setup $(GRESOURCE) $(MO) bench-data
	$(BENCH_BUILD) --product zhongai
	cp $(BENCH_LARGE).sqlite $(BENCH_DIR)/work.sqlite
	rm -f $(BENCH_DIR)/work.sqlite-wal $(BENCH_DIR)/work.sqlite-shm
	$(BENCH_SCRATCH)/release/zhongai-bench run --db $(BENCH_DIR)/work.sqlite --empty $(BENCH_DIR)/empty.sqlite \
	  --zhongai $(BENCH_SCRATCH)/release/zhongai --runs 20 --sign-ins 2000 --roster 500 --report BENCHMARKS.md \
	  --generated-by "$$(cat $(BENCH_LARGE).command)" \
	  --generation-seconds $$(sed -n 's/^generated in \([0-9.]*\) s.*/\1/p' $(BENCH_LARGE).log)
	rm -f $(BENCH_DIR)/work.sqlite*
