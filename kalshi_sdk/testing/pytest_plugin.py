"""pytest fixtures for testing code that uses Kalshi against a FakeExchange.

Enable them in your ``conftest.py``::

    pytest_plugins = ["kalshi_sdk.testing.pytest_plugin"]

Fixtures (each test gets its own exchange, so state never leaks between tests):

* ``kalshi_exchange``: a running, seeded :class:`~kalshi_sdk.testing.FakeExchange`.
* ``kalshi_api_key``: an :class:`~kalshi_sdk.testing.ApiKey` registered with it (Ed25519) for
  the default account: ``key_id`` and ``private_key_pem`` for clients you build yourself.
* ``kalshi_client``: a :class:`~kalshi_sdk.Kalshi` client signed in with that key.

Only this module needs pytest; ``kalshi_sdk.testing`` itself does not import it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .._client import Kalshi
from ._keys import ApiKey
from ._server import FakeExchange

__all__ = ["kalshi_api_key", "kalshi_client", "kalshi_exchange"]


@pytest.fixture
def kalshi_exchange() -> Iterator[FakeExchange]:
    """A seeded FakeExchange serving on 127.0.0.1 for the duration of one test."""
    with FakeExchange() as exchange:
        yield exchange


@pytest.fixture
def kalshi_api_key(kalshi_exchange: FakeExchange) -> ApiKey:
    """An API key registered with ``kalshi_exchange`` for its default account."""
    return kalshi_exchange.new_api_key()


@pytest.fixture
def kalshi_client(kalshi_exchange: FakeExchange, kalshi_api_key: ApiKey) -> Iterator[Kalshi]:
    """A Kalshi client pointed at ``kalshi_exchange``, signing with ``kalshi_api_key``."""
    with Kalshi(
        base_url=kalshi_exchange.base_url,
        api_key_id=kalshi_api_key.key_id,
        private_key=kalshi_api_key.private_key_pem,
    ) as client:
        yield client
