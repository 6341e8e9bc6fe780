"""Base classes of the resource groups (`client.milestones`, `client.live_data`, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient


class SyncAPIResource:
    """A group of related operations on a `Kalshi` client."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """A group of related operations on an `AsyncKalshi` client."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
