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
# random order (pytest-randomly) on two workers (pytest-xdist), the fastest choice measured on 2 cores.
test:
	npm install --prefix .tools/prism --no-audit --no-fund --silent $(PRISM)
	$(PYTHON) -m pip install --quiet -e ".[dev]"
	$(PYTHON) scripts/regenerate.py --check
	$(PYTHON) scripts/operations_table.py --check
	$(PYTHON) -m ruff check kalshi_sdk scripts tests
	$(PYTHON) -m mypy
	$(PYTHON) -m pytest -n 2

# Build the documentation site into the ignored site/ (guides in docs/, API reference from the
# docstrings). --strict makes any warning fail the build: a broken link or reference, a docstring
# naming a parameter the signature lacks.
docs:
	$(PYTHON) -m pip install --quiet -e ".[docs]"
	NO_MKDOCS_2_WARNING=1 $(PYTHON) -m mkdocs build --strict
