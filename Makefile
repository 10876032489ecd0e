# pledge-tracker: `make run` (sample pipeline) and `make test` (the whole suite) on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DAGSTER_DISABLE_TELEMETRY := 1
export DO_NOT_TRACK := 1

.PHONY: install run test lint eval ui clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## Ingest the bundled offline sample sources, extract, build the warehouse, print pledges by donor.
run: install
	$(BIN)/pledges run --offline

## Lint, the test suite (unit, HTTP on 127.0.0.1, dbt build, end-to-end), and extraction quality figures.
test: install
	$(BIN)/ruff check pipeline tests benchmarks
	$(BIN)/python -m pytest -q -p no:cacheprovider
	$(BIN)/pledges eval tests/corpus/dev/gold-*.jsonl sources/sample/gold.jsonl sources/sample/inbox/gold.jsonl tests/corpus/holdout*/gold*.jsonl --quiet

eval: install
	$(BIN)/pledges eval tests/corpus/dev/gold-*.jsonl sources/sample/gold.jsonl sources/sample/inbox/gold.jsonl tests/corpus/holdout*/gold*.jsonl

ui: install
	$(BIN)/pledges ui

clean:
	rm -rf data dbt_project/target dbt_project/logs
