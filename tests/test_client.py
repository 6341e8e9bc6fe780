"""Client construction: environments, timeouts, options, lazy imports."""

from __future__ import annotations

import json
import subprocess
import sys

import httpx
import pytest

from kalshi_sdk import DEFAULT_TIMEOUT, ENVIRONMENTS, AsyncKalshi, Kalshi
from kalshi_sdk.testing import FakeExchange


def test_environments_come_from_the_spec_servers() -> None:
    from pathlib import Path

    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parents[1] / "openapi" / "openapi.yaml").read_text())
    servers = {server["url"] for server in spec["servers"]}
    assert set(ENVIRONMENTS.values()) <= servers
    assert Kalshi().base_url == ENVIRONMENTS["production"]
    assert Kalshi(environment="demo").base_url == ENVIRONMENTS["demo"]
    assert Kalshi(environment="prod").base_url == ENVIRONMENTS["production"]
    assert Kalshi(base_url="http://127.0.0.1:9/trade-api/v2/").base_url == "http://127.0.0.1:9/trade-api/v2"


def test_bad_environment_and_timeout() -> None:
    with pytest.raises(ValueError, match="environment must be one of demo, production"):
        Kalshi(environment="staging")
    with pytest.raises(ValueError, match="timeout"):
        Kalshi(timeout=0)


def test_default_timeout_is_finite() -> None:
    client = Kalshi()
    assert client.timeout == DEFAULT_TIMEOUT
    assert all(part is not None for part in (DEFAULT_TIMEOUT.connect, DEFAULT_TIMEOUT.read,
                                             DEFAULT_TIMEOUT.write, DEFAULT_TIMEOUT.pool))
    assert Kalshi(timeout=5).timeout == httpx.Timeout(5.0)


def test_with_options_shares_the_pool(exchange: FakeExchange, public_client: Kalshi) -> None:
    assert public_client.exchange._client is public_client
    quick = public_client.with_options(timeout=2.0)
    assert quick.exchange._client is quick
    assert quick.timeout == httpx.Timeout(2.0) and public_client.timeout == DEFAULT_TIMEOUT
    assert quick._http is public_client._http
    assert quick.exchange.status().exchange_active is True
    quick.close()  # a copy does not close the shared pool
    assert public_client.exchange.status().exchange_active is True


def test_context_manager_closes(exchange: FakeExchange) -> None:
    with Kalshi(base_url=exchange.base_url) as kalshi:
        kalshi.exchange.status()
    assert kalshi._http.is_closed


async def test_async_context_manager_closes(exchange: FakeExchange) -> None:
    async with AsyncKalshi(base_url=exchange.base_url) as kalshi:
        assert (await kalshi.exchange.status()).trading_active in (True, False)
    assert kalshi._http.is_closed


def test_import_is_lazy() -> None:
    """Importing the SDK and building a client loads no model, nor cryptography, attrs or dateutil."""
    code = (
        "import json, sys; import kalshi_sdk; kalshi_sdk.Kalshi();"
        "heavy = ('kalshi_api.models.', 'cryptography', 'attr', 'dateutil');"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))))"
    )
    loaded = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                       check=True).stdout)
    assert loaded == []
