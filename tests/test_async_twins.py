"""The async resource classes are written from the sync ones by scripts/async_twins.py.

`make test` runs `async_twins.py --check` (the written files match their sync source). These tests
check the transformation itself on a small resource, and how the twins are found and loaded.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kalshi_sdk import AsyncKalshi
from kalshi_sdk._operation_map import RESOURCES

ROOT = Path(__file__).resolve().parent.parent

SYNC_SOURCE = '''"""Things."""

from __future__ import annotations

from kalshi_api.api import Operations as ops

from ..pagination import CursorPage
from ._base import SyncAPIResource, unwrapped


def _spec(name: str) -> str:
    return name


class Things(SyncAPIResource):
    """`client.things`: a resource made up for this test."""

    def list(self, *, max_items: int | None = None) -> CursorPage[object, object]:
        """Things, page by page."""
        return self._paginate(ops.get_markets, "markets", max_items=max_items, cursor=None)

    def get(self, ticker: str) -> object:
        """One thing."""
        return unwrapped(self._call(ops.get_market, ticker=ticker), lambda response: response.market)

    def status(self, ticker: str) -> object:
        """A field of the answer."""
        return self._call(ops.get_market, ticker=ticker).market

    def first(self, ticker: str) -> object:
        """The first listed thing with this ticker."""
        for thing in self.list(max_items=10):
            if thing == ticker:
                return self.get(ticker)
        return self._client.request(_spec(ticker))

    def label(self, ticker: str) -> str:
        """No I/O: stays a plain method."""
        return _spec(ticker)
'''


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("async_twins", ROOT / "scripts" / "async_twins.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("async_twins", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_twin_awaits_exactly_the_calls_that_wait_on_the_network(tmp_path: Path) -> None:
    source = tmp_path / "things.py"
    source.write_text(SYNC_SOURCE)
    name, twin = _script().twin_module(source)
    assert name == "AsyncThings"
    compile(twin, "things.py", "exec")  # valid Python
    assert "class AsyncThings(AsyncAPIResource):" in twin
    assert "from .._base import AsyncAPIResource, unwrapped" in twin
    assert "from ...pagination import AsyncCursorPage" in twin
    assert "from ..things import _spec" in twin  # the sync module's helper, imported, not copied
    assert "    def list(self, *, max_items: int | None = None) -> AsyncCursorPage[object, object]:" in twin
    assert "unwrapped(await self._call(ops.get_market, ticker=ticker)" in twin
    assert "return (await self._call(ops.get_market, ticker=ticker)).market" in twin
    assert "async for thing in self.list(max_items=10):" in twin
    assert "return await self.get(ticker)" in twin
    assert "return await self._client.request(_spec(ticker))" in twin
    assert "    def label(self, ticker: str) -> str:" in twin
    for method in ("get", "status", "first"):
        assert f"    async def {method}(" in twin
    assert '"""One thing."""' in twin  # docstrings are copied
    assert "SyncAPIResource" not in twin and "CursorPage[" not in twin.replace("AsyncCursorPage[", "")


def test_a_comprehension_over_a_page_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "things.py"
    source.write_text(
        SYNC_SOURCE.replace(
            "        for thing in self.list(max_items=10):\n            if thing == ticker:\n",
            "        if ticker in [thing for thing in self.list(max_items=10)]:\n",
        )
    )
    with pytest.raises(SystemExit, match="comprehension over a page"):
        _script().twin_module(source)


@pytest.mark.parametrize("resource", sorted(RESOURCES))
def test_each_twin_is_importable_from_its_sync_module(resource: str) -> None:
    twin_class = type(getattr(AsyncKalshi(base_url="http://127.0.0.1:9/trade-api/v2"), resource))
    sync_module = importlib.import_module(f"kalshi_sdk.resources.{twin_class.__module__.rpartition('.')[2]}")
    assert getattr(sync_module, twin_class.__name__) is twin_class
    assert twin_class.__name__ in sync_module.__all__
    with pytest.raises(AttributeError, match="AsyncNothing"):
        sync_module.AsyncNothing  # noqa: B018


def test_a_sync_client_never_loads_the_twins_or_asyncio() -> None:
    code = (
        "import json, sys; from kalshi_sdk import Kalshi; from kalshi_sdk._operation_map import RESOURCES;"
        "client = Kalshi(); [getattr(client, name) for name in RESOURCES];"
        "print(json.dumps(['asyncio' in sys.modules, [m for m in sys.modules if '._async' in m]]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == [False, []]
