"""The documentation site: its API reference covers every public name, and its offline examples run.

`make docs` builds the site with `mkdocs build --strict`, which fails on a broken reference; these
checks need no mkdocs.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kalshi_sdk
import kalshi_sdk.testing

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def documented_objects() -> set[str]:
    """Every object named by a `::: path` block of the reference pages."""
    pages = (DOCS / "reference").rglob("*.md")
    return {match for page in pages for match in re.findall(r"^::: ([\w.]+)", page.read_text(), flags=re.M)}


def test_every_public_name_of_the_package_has_a_reference_entry() -> None:
    documented = documented_objects()
    whole_modules = {name for name in documented if name.count(".") >= 1 and name.split(".")[-1].islower()}
    missing = []
    for name in kalshi_sdk.__all__:
        owner = getattr(getattr(kalshi_sdk, name), "__module__", None)
        if f"kalshi_sdk.{name}" not in documented and owner not in whole_modules:
            missing.append(name)
    assert not missing, f"add to docs/reference: {missing}"


def test_every_public_module_has_a_reference_page() -> None:
    resources = sorted(
        f"kalshi_sdk.resources.{path.stem}"
        for path in (ROOT / "kalshi_sdk" / "resources").glob("*.py")
        if not path.stem.startswith("_")
    )
    wanted = {"kalshi_sdk.pagination", "kalshi_sdk.testing", "kalshi_sdk.testing.pytest_plugin", *resources}
    assert wanted <= documented_objects(), sorted(wanted - documented_objects())
    for module in wanted:
        importlib.import_module(module)  # a page for a module that no longer exists fails too


def test_every_page_is_in_the_navigation() -> None:
    navigation = (ROOT / "mkdocs.yml").read_text()
    pages = sorted(str(page.relative_to(DOCS)) for page in DOCS.rglob("*.md"))
    assert [page for page in pages if f": {page}" not in navigation] == []


@pytest.mark.parametrize(("guide", "examples"), [("testing-offline.md", 3), ("streaming.md", 1)])
def test_offline_examples_run(guide: str, examples: int) -> None:
    blocks = re.findall(r"```python\n(.*?)```", (DOCS / "guides" / guide).read_text(), flags=re.S)
    runnable = [block for block in blocks if "with FakeExchange(" in block]
    assert len(runnable) == examples
    for block in runnable:
        result = subprocess.run([sys.executable, "-c", block], capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert result.returncode == 0, result.stderr


def test_the_clients_page_lists_every_resource_group() -> None:
    from kalshi_sdk._operation_map import RESOURCES

    page = (DOCS / "reference" / "clients.md").read_text()
    rows = [f"| [`client.{name}`](resources/{name}.md) | {text} |" for name, text in RESOURCES.items()]
    assert [row for row in rows if row not in page] == []
