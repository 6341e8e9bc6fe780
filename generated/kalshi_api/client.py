"""Minimal httpx-based clients for calling the generated endpoint functions directly.

Most users want the `kalshi_sdk` facade instead; these exist so that `kalshi_api.api.*` modules can
also be used on their own. Signing is any `httpx.Auth` (such as `kalshi_sdk.KalshiAuth`).
"""

from __future__ import annotations

from typing import Any, TypeVar

import httpx
from attrs import define, field

ClientT = TypeVar("ClientT", bound="Client")


@define(kw_only=True)
class Client:
    """Settings plus lazily created httpx clients (sync and async).

    Attributes:
        base_url: server URL including "/trade-api/v2".
        headers: sent with every request.
        timeout: httpx timeout for every request.
        auth: an `httpx.Auth` that signs requests, if any.
        raise_on_unexpected_status: raise `errors.UnexpectedStatus` for statuses the spec does not list.
        httpx_args: extra keyword arguments for the httpx clients.
    """

    base_url: str
    headers: dict[str, str] = field(factory=dict)
    timeout: httpx.Timeout | None = None
    auth: httpx.Auth | None = None
    raise_on_unexpected_status: bool = False
    httpx_args: dict[str, Any] = field(factory=dict)
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "headers": self.headers,
            "timeout": self.timeout,
            "auth": self.auth,
            **self.httpx_args,
        }

    def set_httpx_client(self: ClientT, client: httpx.Client) -> ClientT:
        """Use this httpx client for sync calls (its own settings then apply)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx client for sync calls, created on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._options())
        return self._client

    def set_async_httpx_client(self: ClientT, async_client: httpx.AsyncClient) -> ClientT:
        """Use this httpx client for async calls (its own settings then apply)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx client for async calls, created on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._options())
        return self._async_client

    def __enter__(self: ClientT) -> ClientT:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    async def __aenter__(self: ClientT) -> ClientT:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


@define(kw_only=True)
class AuthenticatedClient(Client):
    """A `Client` for operations that need a signed request: `auth` is required."""

    auth: httpx.Auth
