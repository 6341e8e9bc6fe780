"""Exchange: whether the exchange and trading are open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operations import build_request_spec
from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from kalshi_api.models import ExchangeStatus

__all__ = ["AsyncExchange", "Exchange"]


class Exchange(SyncAPIResource):
    """`client.exchange`: the state of the exchange."""

    def status(self) -> ExchangeStatus:
        """Whether the exchange is up and trading is open."""
        return self._client.request(build_request_spec("get_exchange_status"))


class AsyncExchange(AsyncAPIResource):
    """`client.exchange` of `AsyncKalshi`: the state of the exchange."""

    async def status(self) -> ExchangeStatus:
        """Whether the exchange is up and trading is open."""
        return await self._client.request(build_request_spec("get_exchange_status"))
