# The two commands from the README: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench demo clean translations

# The English interface: the .ts is the source (committed), the .qm is built from it.
QM := ui/i18n/deelwijzer_en.qm

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(QM): ui/i18n/deelwijzer_en.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	$(VENV)/bin/deelwijzer

test: $(STAMP) $(QM)
	$(PY) -m ruff check app ui tests tools
	$(PY) -m mypy
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check app ui tests tools
	$(PY) -m mypy

# After adding or changing strings: rerun the extraction (keeps every translation), then
# fill in what it lists (tools/translations.py todo / apply, or Qt Linguist on the .ts).
translations: $(STAMP)
	$(PY) tools/translations.py update

demo: $(STAMP)
	$(VENV)/bin/deelwijzer demo --out demo-out

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache demo-out $(QM)

bench: $(STAMP)
	$(PY) tools/bench.py
