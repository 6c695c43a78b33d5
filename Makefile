# The two commands from the README: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench demo clean translations package package-test compiled

# The English interface: the .ts is the source (committed), the .qm is built from it.
QM := ui/i18n/deelwijzer_en.qm

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(QM): ui/i18n/deelwijzer_en.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# The judgement check compiled with mypyc beside its sources, as the installers ship it
# (tools/build_compiled.py; a no-op when up to date). `make test PURE=1` removes the build and
# runs everything on the sources alone.
compiled: $(STAMP)
	$(PY) tools/build_compiled.py $(if $(PURE),--clean)

run: $(STAMP) $(QM) compiled
	$(VENV)/bin/deelwijzer

test: $(STAMP) $(QM) compiled
	$(PY) -m ruff check app ui tests tools packaging
	$(PY) -m mypy
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check app ui tests tools packaging
	$(PY) -m mypy

# After adding or changing strings: rerun the extraction (keeps every translation), then
# fill in what it lists (tools/translations.py todo / apply, or Qt Linguist on the .ts).
translations: $(STAMP)
	$(PY) tools/translations.py update

demo: $(STAMP)
	$(VENV)/bin/deelwijzer demo --out demo-out

clean:
	test ! -x $(PY) || $(PY) tools/build_compiled.py --clean
	rm -rf $(VENV) build *.egg-info .pytest_cache demo-out $(QM)

# Installers (README "Installeren / Install"). `package`: the one-folder program in
# build/dist/deelwijzer and, where dpkg-deb exists, build/deelwijzer_<version>_<arch>.deb.
# `package-test`: the smoke test of the one-folder program, then — as root with dpkg — the
# .deb installed, smoke-tested and removed, and — with makensis and wine64 — the Windows
# installer's silent install and uninstall.
PKG_STAMP := $(VENV)/.installed-package
VERSION = $(shell $(PY) -c 'from app import __version__; print(__version__)')
ARCH = $(shell dpkg --print-architecture 2>/dev/null)
DEB = build/deelwijzer_$(VERSION)_$(ARCH).deb

$(PKG_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP) $(QM)
	$(PY) tools/build_compiled.py --strict
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
	    --distpath build/dist --workpath build/work packaging/deelwijzer.spec
	if command -v dpkg-deb >/dev/null; then \
	    $(PY) packaging/linux/build_deb.py build/dist/deelwijzer $(DEB); fi

package-test: package
	timeout 900 $(PY) packaging/smoke_test.py build/dist/deelwijzer/deelwijzer
	if command -v dpkg >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    timeout 900 $(PY) packaging/linux/deb_test.py $(DEB); \
	else echo "package-test: not root or no dpkg: the .deb install test is skipped"; fi
	if command -v makensis >/dev/null && [ -x /usr/lib/wine/wine64 ]; then \
	    timeout 1200 $(PY) packaging/windows/wine_test.py build/dist/deelwijzer; \
	else echo "package-test: no makensis/wine64: the Windows installer test is skipped"; fi

bench: $(STAMP) compiled
	$(PY) tools/bench.py
