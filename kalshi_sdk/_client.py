"""`Kalshi` and `AsyncKalshi`: the clients users construct."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient

if TYPE_CHECKING:
    from .resources.exchange import AsyncExchange, Exchange
    from .resources.live_data import AsyncLiveDataResource, LiveDataResource
    from .resources.milestones import AsyncMilestones, Milestones
    from .resources.portfolio import AsyncPortfolio, Portfolio

__all__ = ["AsyncKalshi", "Kalshi"]

_CLIENT_DOC = """
    Args:
        api_key_id: the API key's id. With `private_key` or `private_key_path`; when all three are
            left out, KALSHI_API_KEY_ID with KALSHI_PRIVATE_KEY_PATH or KALSHI_PRIVATE_KEY are read
            from the environment. Without credentials the public endpoints still work.
        private_key: the key as PEM text/bytes, or a loaded `cryptography` RSA or Ed25519 key.
        private_key_path: a PEM file holding the key.
        environment: "production" (default) or "demo".
        base_url: any other server, such as "http://127.0.0.1:8000/trade-api/v2".
        timeout: seconds, or an `httpx.Timeout` with connect/read/write/pool parts (default:
            30 s, 10 s to connect).
        default_headers: extra headers sent with every request.
        http_client: an httpx client of your own (its base URL, timeout and headers are yours to set).
"""


class Kalshi(SyncAPIClient):
    """Client of the Kalshi Trade API v2 (blocking). Use it as a context manager, or call `close()`."""

    __doc__ = (__doc__ or "") + _CLIENT_DOC

    def __init__(
        self,
        *,
        api_key_id: str | None = None,
        private_key: Any = None,
        private_key_path: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key_id=api_key_id,
            private_key=private_key,
            private_key_path=private_key_path,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            default_headers=default_headers,
        )
        self._init_http(http_client)

    # Resource groups are built on first use, so constructing a client imports none of them.
    @cached_property
    def milestones(self) -> Milestones:
        """Milestones: list and get."""
        from .resources.milestones import Milestones

        return Milestones(self)

    @cached_property
    def live_data(self) -> LiveDataResource:
        """Live data of milestones: get, batch, game stats, weather."""
        from .resources.live_data import LiveDataResource

        return LiveDataResource(self)

    @cached_property
    def exchange(self) -> Exchange:
        """Exchange status."""
        from .resources.exchange import Exchange

        return Exchange(self)

    @cached_property
    def portfolio(self) -> Portfolio:
        """The account's balance (needs credentials)."""
        from .resources.portfolio import Portfolio

        return Portfolio(self)


class AsyncKalshi(AsyncAPIClient):
    """Client of the Kalshi Trade API v2 for asyncio. Use `async with`, or call `aclose()`."""

    __doc__ = (__doc__ or "") + _CLIENT_DOC

    def __init__(
        self,
        *,
        api_key_id: str | None = None,
        private_key: Any = None,
        private_key_path: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        default_headers: dict[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key_id=api_key_id,
            private_key=private_key,
            private_key_path=private_key_path,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            default_headers=default_headers,
        )
        self._init_http(http_client)

    @cached_property
    def milestones(self) -> AsyncMilestones:
        """Milestones: list and get."""
        from .resources.milestones import AsyncMilestones

        return AsyncMilestones(self)

    @cached_property
    def live_data(self) -> AsyncLiveDataResource:
        """Live data of milestones: get, batch, game stats, weather."""
        from .resources.live_data import AsyncLiveDataResource

        return AsyncLiveDataResource(self)

    @cached_property
    def exchange(self) -> AsyncExchange:
        """Exchange status."""
        from .resources.exchange import AsyncExchange

        return AsyncExchange(self)

    @cached_property
    def portfolio(self) -> AsyncPortfolio:
        """The account's balance (needs credentials)."""
        from .resources.portfolio import AsyncPortfolio

        return AsyncPortfolio(self)
