"""Portfolio: the account's balance (signed requests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operations import build_request_spec
from ._base import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from kalshi_api.models import GetBalanceResponse

__all__ = ["AsyncPortfolio", "Portfolio"]


class Portfolio(SyncAPIResource):
    """`client.portfolio`: the account's money and holdings. Needs API credentials."""

    def balance(self, *, subaccount: int | None = None) -> GetBalanceResponse:
        """Available balance and portfolio value.

        Raises:
            MissingCredentialsError: the client has no API key (nothing is sent).
            AuthenticationError: the server rejected the key or signature.
        """
        return self._client.request(build_request_spec("get_balance", subaccount=subaccount))


class AsyncPortfolio(AsyncAPIResource):
    """`client.portfolio` of `AsyncKalshi`. Needs API credentials."""

    async def balance(self, *, subaccount: int | None = None) -> GetBalanceResponse:
        """Available balance and portfolio value; see `Portfolio.balance`."""
        return await self._client.request(build_request_spec("get_balance", subaccount=subaccount))
