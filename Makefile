# Two commands do everything on a fresh Debian machine:
#   make run    set up and start the kiosk
#   make test   set up and run every check (lint, types, architecture, tests)
SHELL := /bin/bash
# Python ≥ 3.12 and < 3.14 (see pyproject.toml): the newest one on the machine.
PYTHON ?= $(shell for p in python3.13 python3.12 $(wildcard $(HOME)/.pyenv/versions/3.1[23].*/bin/python3) python3; do \
	command -v $$p >/dev/null && $$p -c 'import sys; v = sys.version_info; sys.exit(not (3, 12) <= v < (3, 14)); ' 2>/dev/null \
	&& $$p -c 'import sys; print("%d.%d.%d" % sys.version_info[:3], sys.executable)'; done | sort -V | tail -n 1 | cut -d' ' -f2)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Libraries the Qt xcb platform plugin and the test X server need on a bare Debian; the
# accessibility bus and pyatspi (the screen-reader test); Debian's own ansible-core (the role under it); speech-dispatcher and espeak-ng (Listen).
APT_PACKAGES := python3-venv ansible-core xvfb xauth x11-utils openbox wmctrl xdotool orca dpkg-dev patchelf lintian mmdebstrap desktop-file-utils openssh-client libegl1 libgl1 libfontconfig1 libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 \
	libwayland-client0 libwayland-cursor0 libwayland-egl1 \
	dbus at-spi2-core python3-pyatspi speech-dispatcher speech-dispatcher-espeak-ng espeak-ng

DIST_APP := dist/pain-therapy-kiosk/pain-therapy-kiosk
BUNDLE_INPUTS := main.py build_spec.spec $(wildcard installer/licences/*) $(shell find kiosk ui resources -type f -not -path '*/__pycache__/*' 2>/dev/null)
# Each language folder's UI strings (English, the source language, needs none).
TS_FILES := $(wildcard resources/content/*/ui.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: qmllint run kiosk test timed-unit timed-package lint unit dist deb deb-test frozen-self-test system-deps venv screenshots validate clean translations update-translations bench soak-day

# A development run: a normal window you can close. `make kiosk` is the real, full-screen kiosk.
run: venv translations
	$(PY) main.py --windowed

# The kiosk as patients see it: full screen, on top, no way out but the staff panel's PIN.
kiosk: venv translations
	@echo "Full-screen kiosk. To leave: Ctrl+C in this terminal, or the staff panel's Exit kiosk (needs a PIN, see README)."
	$(PY) main.py

# Set-up and lint first; then pytest beside the bundle, its self-test and the fresh-root tests of the
# .deb (mostly waiting on apt and cage, so the two share the cores well); then where the time went.
TIMING := out/timing
timed = start=$$(date +%s.%N) && $(2) && echo "$(1) $$start $$(date +%s.%N)" >> $(TIMING)/phases

test:
	@rm -rf $(TIMING) && mkdir -p $(TIMING)
	@$(call timed,set-up,$(MAKE) --no-print-directory venv translations)
	@$(call timed,lint,$(MAKE) --no-print-directory lint)
	@$(MAKE) --no-print-directory -j2 --output-sync=recurse timed-unit timed-package
	@$(PY) tests/timing_summary.py $(TIMING)

timed-unit:
	@$(call timed,unit,$(MAKE) --no-print-directory unit PYTEST_REPORT=--junitxml=$(TIMING)/unit.xml)

timed-package:
	@$(call timed,bundle+self-test,$(MAKE) --no-print-directory frozen-self-test)
	@$(call timed,deb-test,$(MAKE) --no-print-directory deb-test PYTEST_REPORT=--junitxml=$(abspath $(TIMING))/installed.xml)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(MAKE) --no-print-directory qmllint

# QML checked against the real types of the Python backends (described for the tools first).
qmllint: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m ui.qmltypes
	$(VENV)/bin/pyside6-qmllint --max-warnings 0 -I ui/qml -i ui/qml/Kiosk/qmldir ui/qml/Kiosk/*.qml

# On every core, up to 4: each test process has its own kiosk windows, temp folders and X servers.
unit: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto --maxprocesses=4 --ignore=tests/installed $(PYTEST_REPORT)

# UI strings: .ts sources are kept in git, .qm files are compiled at build time.
translations: venv $(QM_FILES)

resources/content/%/ui.qm: resources/content/%/ui.ts
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

update-translations: venv
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none ui/qml/Kiosk/*.qml ui/backend/*.py -ts $(TS_FILES)

# One-folder PyInstaller build; rebuilt only when its inputs change.
dist: $(DIST_APP)

$(DIST_APP): $(STAMP) $(QM_FILES) $(BUNDLE_INPUTS)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN build_spec.spec
	@touch $@
	@du -sh dist/pain-therapy-kiosk

# The built app checks itself: every language, every screen, a frame of each, no QML warning;
# and its validator (what IT runs on the installed kiosk) passes the bundled content.
frozen-self-test: dist
	QT_QPA_PLATFORM=offscreen $(DIST_APP) --self-test
	$(DIST_APP) --validate-content

# Debian package from the bundle (dpkg-deb); rebuilt only when the bundle or installer files change.
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
DEB := dist/pain-therapy-kiosk_$(VERSION)_$(shell dpkg --print-architecture 2>/dev/null || echo amd64).deb

deb: $(DEB)

$(DEB): $(DIST_APP) $(wildcard installer/linux/* installer/licences/* docs/monitoring/*) docs/kiosk.toml.example docs/DEPLOYMENT.md
	installer/linux/build-deb.sh dist/pain-therapy-kiosk $(VERSION) $@

# lintian, then the .deb on a fresh Debian 12 root (mmdebstrap; the root and the packages apt
# fetches are cached in ~/.cache/pain-therapy-kiosk-tests), never on this machine: install,
# upgrade with a running kiosk, libraries, offline self-test, kill and return,
# the cage kiosk session with a screenshot in out/, purge. Needs root (CI is root) or sudo.
deb-test: deb
	$$([ "$$(id -u)" = 0 ] || echo sudo) env KIOSK_DEB=$(DEB) PYTHONDONTWRITEBYTECODE=1 QT_QPA_PLATFORM=offscreen \
		$(PY) -m pytest -q -p no:cacheprovider tests/installed $(PYTEST_REPORT)

# Start-up, tap latency, frame times, memory over a long soak, sizes -> docs/BENCHMARKS.md
bench: venv translations dist
	$(PY) bench/run_bench.py

# A simulated day in a waiting room (8 opening hours of patients, 50,000 navigations, compressed
# into minutes; not part of `make test`): the memory curve -> docs/soak-day.png
soak-day: venv translations
	$(PY) bench/soak_day.py

validate: venv
	$(PY) main.py --validate-content

# Every screen at the three sizes a clinic has, in each language and text size: open them. Two
# test languages made from the English text join them (kiosk/content/test_languages.py): en-XA,
# accented and a third longer, and ar-XB, right to left: every screen mirrored.
TEST_LANGUAGES := screenshots/test-languages
screenshots: venv translations
	rm -rf $(TEST_LANGUAGES) && $(PY) -m kiosk.content.test_languages $(TEST_LANGUAGES)
	for ts in $(TEST_LANGUAGES)/*/ui.ts; do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done
	for size in 1920x1080 1080x1920 1366x768; do \
		QT_QPA_PLATFORM=offscreen $(PY) main.py --screenshots screenshots/$$size --size $$size --every-choice \
			--content $(TEST_LANGUAGES) || exit 1; \
	done

system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

venv: system-deps $(STAMP)

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.12 or newer is needed (see README)"; exit 1; }
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null || { rm -rf $(VENV); $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,build,speech]"
	touch $@

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache screenshots
