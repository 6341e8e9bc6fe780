"""Offline testing helpers: an in-memory fake Kalshi exchange served over real HTTP.

Example::

    from kalshi_sdk.testing import FakeExchange

    with FakeExchange() as fake:
        httpx.get(f"{fake.base_url}/exchange/status").json()  # {"exchange_active": true, ...}

Only the standard library and ``cryptography`` are needed.
"""

from __future__ import annotations

from ._http import RecordedRequest
from ._server import FakeExchange

__all__ = ["FakeExchange", "RecordedRequest"]
