"""The async twin of `kalshi_sdk.resources.multivariate.Multivariate`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ...pagination import AsyncCursorPage
from .._base import AsyncAPIResource, unwrapped
from ..multivariate import _create_market_body

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.api.multivariate.create_market_in_multivariate_event_collection import TickerPairDict
    from kalshi_api.models import (
        CreateMarketInMultivariateEventCollectionResponse,
        GetMultivariateEventCollectionsResponse,
        MultivariateEventCollection,
        TickerPair,
    )
    from kalshi_api.models.get_multivariate_event_collections_status import GetMultivariateEventCollectionsStatusInput

    from .._base import RequestOptions


__all__ = ["AsyncMultivariate"]


class AsyncMultivariate(AsyncAPIResource):
    """`client.multivariate`: multivariate event collections and the markets created in them."""

    def list(
        self,
        *,
        status: GetMultivariateEventCollectionsStatusInput | None = None,
        associated_event_ticker: str | None = None,
        series_ticker: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetMultivariateEventCollectionsResponse, MultivariateEventCollection]:
        """Multivariate event collections matching the filters, fetched page by page as you iterate.

        Args:
            status: only collections in this state (default: any).
            associated_event_ticker: only collections that draw on this event.
            series_ticker: only collections of this series.
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many collections (default: all).

        Returns:
            A `CursorPage` of `MultivariateEventCollection`; `iter_pages()` yields each
            `GetMultivariateEventCollectionsResponse`.

        Raises:
            ValueError: `status` or `limit` is not one the API accepts (before anything is sent).
        """
        return self._paginate(
            ops.get_multivariate_event_collections,
            "multivariate_contracts",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            status=status,
            associated_event_ticker=associated_event_ticker,
            series_ticker=series_ticker,
            **options,
        )

    async def get(self, collection_ticker: str, **options: Unpack[RequestOptions]) -> MultivariateEventCollection:
        """The multivariate event collection with this ticker.

        Raises:
            ValueError: `collection_ticker` is empty (nothing is sent).
            NotFoundError: no collection has this ticker.
        """
        found = await self._call(ops.get_multivariate_event_collection, collection_ticker=collection_ticker, **options)
        return unwrapped(found, lambda response: response.multivariate_contract)

    async def create_market(
        self,
        collection_ticker: str,
        *,
        selected_markets: Iterable[TickerPair | TickerPairDict],
        with_market_payload: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> CreateMarketInMultivariateEventCollectionResponse:
        """Create the collection's market for a choice of markets.

        A combination has to be created this way before it can be traded. The exchange caps how
        many markets an account may create per week (5000 at the time of writing).

        Args:
            collection_ticker: the collection.
            selected_markets: the chosen markets, each a `TickerPair` or a dict with
                `market_ticker`, `event_ticker` and `side` ("yes" or "no"). How many and which
                are allowed is given by the collection (`size_min`, `size_max`,
                `associated_events`); order matters in collections whose `is_ordered` is true.
            with_market_payload: also return the created market in full.

        Returns:
            `CreateMarketInMultivariateEventCollectionResponse`: the new market's `event_ticker`
            and `market_ticker`, plus `market` when asked for.

        Raises:
            TypeError / ValueError: `selected_markets` is not a non-empty list of complete
                markets, or a side is not "yes" or "no" (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
            BadRequestError: the server refused the combination.
        """
        return await self._call(
            ops.create_market_in_multivariate_event_collection,
            collection_ticker=collection_ticker,
            body=_create_market_body(selected_markets, with_market_payload),
            **options,
        )
