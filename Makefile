# Parley: `make run` sets up and answers questions; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Like `parley bot`: the environment first, then .env, then the default. PARLEY_CORPUS is `:`-separated
# (its paths must not contain spaces here; `parley build --corpus` takes any path).
dotenv = $(shell sed -n -E "s/^[[:space:]]*(export[[:space:]]+)?$(1)[[:space:]]*=[[:space:]]*//p" .env 2>/dev/null \
	| tail -n 1 | sed -E "s/[[:space:]]+\#.*$$//; s/^[\"']//; s/[\"'][[:space:]]*$$//")
DATA ?= $(or $(PARLEY_DATA),$(call dotenv,PARLEY_DATA),data)
CORPUS ?= $(or $(PARLEY_CORPUS),$(call dotenv,PARLEY_CORPUS),corpus)
CORPUS_FLAGS = $(foreach path,$(subst :, ,$(CORPUS)),--corpus $(path))
COVERAGE ?= ../shared/coverage/articles.jsonl

.PHONY: install run index test test-fast lint format bench quality clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first and pinned: an unpinned torch pulls a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

index: install
	$(BIN)/parley build $(CORPUS_FLAGS) --data "$(DATA)"

# Starts the bot when TELEGRAM_BOT_TOKEN is set (here or in .env), else an interactive prompt.
run: index
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ] || grep -qs '^TELEGRAM_BOT_TOKEN=.\+' .env; then \
		$(BIN)/parley bot --data "$(DATA)" $(CORPUS_FLAGS); \
	else \
		echo "TELEGRAM_BOT_TOKEN is not set: answering in the terminal instead."; \
		$(BIN)/parley ask --data "$(DATA)"; \
	fi

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not model and not e2e"

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python bench/speed.py --coverage $(COVERAGE)

quality: install
	$(BIN)/python bench/quality.py --coverage $(COVERAGE)

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache *.egg-info
