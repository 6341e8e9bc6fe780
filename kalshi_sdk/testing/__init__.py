"""Offline testing helpers: an in-memory fake Kalshi exchange served over real HTTP.

Example::

    from kalshi_sdk.testing import FakeExchange

    with FakeExchange() as exchange, exchange.client() as client:
        print(client.portfolio.balance().balance)          # 10000 (cents)

pytest users can enable ready-made fixtures with
``pytest_plugins = ["kalshi_sdk.testing.pytest_plugin"]`` (see that module).
Only the standard library and ``cryptography`` are needed.
"""

from __future__ import annotations

from ._http import RecordedRequest
from ._keys import ApiKey
from ._server import FakeExchange
from ._times import FakeClock

__all__ = ["ApiKey", "FakeClock", "FakeExchange", "RecordedRequest"]
