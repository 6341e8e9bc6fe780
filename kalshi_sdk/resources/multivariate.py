"""Multivariate event collections: combo markets built from a choice of markets in other events."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from kalshi_api.api import Operations as ops

from ..pagination import CursorPage
from ._base import SyncAPIResource, async_twin_loader, model_class, non_empty, request_body, unwrapped

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

    from ._async.multivariate import AsyncMultivariate as AsyncMultivariate
    from ._base import RequestOptions

__all__ = ["AsyncMultivariate", "Multivariate"]

__getattr__ = async_twin_loader(__name__)

_LEG_FIELDS = ("market_ticker", "event_ticker", "side")


def _leg(index: int, leg: Any) -> TickerPair:
    """One selected market as a TickerPair (its tickers checked here, its side by the spec's body rules)."""
    fields = leg.to_dict() if hasattr(leg, "to_dict") else leg
    where = f"selected_markets[{index}]"
    if not isinstance(fields, Mapping):
        raise TypeError(f"{where} must be a TickerPair or a dict with {', '.join(_LEG_FIELDS)}, got {leg!r}")
    for name in _LEG_FIELDS[:2]:
        non_empty(f"{where}.{name}", fields.get(name))
    pair: TickerPair = model_class("TickerPair").from_dict(dict(fields))
    return pair


def _create_market_body(selected_markets: Iterable[Any], with_market_payload: bool | None) -> Any:
    if isinstance(selected_markets, (str, bytes, Mapping)) or not isinstance(selected_markets, Iterable):
        raise TypeError(f"selected_markets must be a list of TickerPairs or dicts, got {selected_markets!r}")
    legs = [_leg(index, leg) for index, leg in enumerate(selected_markets)]
    if not legs:
        raise ValueError("selected_markets must hold at least one market")
    return request_body(
        "CreateMarketInMultivariateEventCollectionRequest",
        selected_markets=legs,
        with_market_payload=with_market_payload,
    )


class Multivariate(SyncAPIResource):
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
    ) -> CursorPage[GetMultivariateEventCollectionsResponse, MultivariateEventCollection]:
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

    def get(self, collection_ticker: str, **options: Unpack[RequestOptions]) -> MultivariateEventCollection:
        """The multivariate event collection with this ticker.

        Raises:
            ValueError: `collection_ticker` is empty (nothing is sent).
            NotFoundError: no collection has this ticker.
        """
        found = self._call(ops.get_multivariate_event_collection, collection_ticker=collection_ticker, **options)
        return unwrapped(found, lambda response: response.multivariate_contract)

    def create_market(
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
        return self._call(
            ops.create_market_in_multivariate_event_collection,
            collection_ticker=collection_ticker,
            body=_create_market_body(selected_markets, with_market_payload),
            **options,
        )
