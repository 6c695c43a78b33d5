# The two commands from the README: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench demo clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/deelwijzer

test: $(STAMP)
	$(PY) -m ruff check app ui tests tools
	$(PY) -m mypy
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check app ui tests tools
	$(PY) -m mypy

demo: $(STAMP)
	$(VENV)/bin/deelwijzer demo --out demo-out

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache demo-out

bench: $(STAMP)
	$(PY) tools/bench.py
