# The two commands of the README: `make serve` (or `make ask`) and `make test`.
# Both create .venv and install the project on first use; nothing is downloaded at run time.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
Q ?= Which missile system did Pakistan deploy on May 10?

.PHONY: install install-test serve ask test bench eval

$(BIN)/qa: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(BIN)/qa

install: $(BIN)/qa

install-test: install
	$(BIN)/pip install --quiet -e ".[test]"
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }

serve: install          ## index seeds/ if needed and open the chat UI on http://127.0.0.1:7860
	$(BIN)/qa serve

ask: install            ## make ask Q="your question"
	$(BIN)/qa ask "$(Q)"

test: install-test      ## lint and type-check, then the whole test suite (browser tests included)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy
	$(BIN)/python -m pytest -q -p no:cacheprovider -n 2 --dist loadfile  # two workers: alone, the suite kept one core of two busy

eval: install           ## score the system on the seeds gold set (report under runs/)
	$(BIN)/qa eval

bench: install          ## speed and memory benchmark
	$(BIN)/qa bench
