PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUN_STAMP := $(VENV)/.installed-run
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test lint clean

$(PY):
	$(PYTHON) -m venv $(VENV)

# the package and its runtime dependencies alone: what a user installs
$(RUN_STAMP): $(PY) pyproject.toml
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

# the dev extra on top: pytest, ruff, mypy, pandas, dask, jsonschema, Jupyter
$(DEV_STAMP): $(RUN_STAMP)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

run: $(RUN_STAMP)
	$(PY) -m diplonlp extract diplonlp/examples/briefing.txt --format text

test: $(DEV_STAMP)
	$(PY) -m ruff check diplonlp tests benchmarks scripts
	$(PY) -m pytest -q

lint: $(DEV_STAMP)
	$(PY) -m ruff check diplonlp tests benchmarks scripts

clean:
	rm -rf $(VENV) build dist *.egg-info
