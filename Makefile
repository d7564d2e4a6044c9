# Santun: `make run` serves the checker, `make test` runs the tests. Both set everything up.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
MODEL  := models/artifacts/default
CHROMIUM := /usr/bin/chromium

.DEFAULT_GOAL := help
.PHONY: help setup model browser run test lint bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --no-cache-dir --upgrade pip
	# CPU torch first: a bare torch requirement would pull a multi-GB CUDA build.
	# No pip cache: the wheels are not kept twice on a machine short of disk.
	$(PY) -m pip install --quiet --no-cache-dir torch==2.13.0
	$(PY) -m pip install --quiet --no-cache-dir -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP) ## Create .venv and install Santun with its dependencies

model: $(STAMP) ## Build the embedded default model from data/ if missing or stale
	$(VENV)/bin/santun train --if-stale

run: model ## Set up, then serve the page and API on http://127.0.0.1:8000
	$(VENV)/bin/santun serve

browser: ## Install Debian's Chromium for the browser tests if missing (as root)
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y chromium; \
	else echo "Chromium is missing at $(CHROMIUM); run 'sudo make browser'." \
	          "The browser tests fail until it is installed." >&2; fi

test: model browser ## Set up, then check the corpus, run the linter and the test suite
	$(VENV)/bin/santun data validate
	$(VENV)/bin/ruff check models service training tests benchmarks
	$(PY) -m pytest

bench: model ## Print speed tables (embedded default; IndoBERT-shaped model, HTTP load and audit with BENCH_ALL=1)
	$(PY) benchmarks/bench_default.py
	@if [ -n "$$BENCH_ALL" ]; then $(PY) benchmarks/bench_transformer.py; fi
	@if [ -n "$$BENCH_ALL" ]; then $(PY) benchmarks/bench_load.py; fi
	@if [ -n "$$BENCH_ALL" ]; then $(PY) benchmarks/bench_audit.py --rows 60000; fi

clean: ## Remove the virtual environment and built models
	rm -rf $(VENV) $(MODEL)
