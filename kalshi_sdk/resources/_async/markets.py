"""The async twin of `kalshi_sdk.resources.markets.Markets`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ..._operations import with_extras
from ...pagination import AsyncCursorPage
from .._base import AsyncAPIResource, Timestamp, comma_separated, list_field, unwrapped
from ..markets import _orderbooks_requests

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import (
        GetMarketCandlesticksResponse,
        GetMarketsResponse,
        GetTradesResponse,
        Market,
        MarketCandlesticksResponse,
        MarketOrderbookFp,
        OrderbookCountFp,
        Trade,
    )
    from kalshi_api.models.get_market_candlesticks_period_interval import GetMarketCandlesticksPeriodIntervalInput
    from kalshi_api.models.get_markets_mve_filter import GetMarketsMveFilterInput
    from kalshi_api.models.get_markets_status import GetMarketsStatusInput

    from .._base import RequestOptions


__all__ = ["AsyncMarkets"]


class AsyncMarkets(AsyncAPIResource):
    """`client.markets`: markets, orderbooks, trades and candlesticks. No credentials needed."""

    def list(
        self,
        *,
        event_ticker: str | None = None,
        series_ticker: str | None = None,
        status: GetMarketsStatusInput | None = None,
        tickers: str | Iterable[str] | None = None,
        min_created_ts: Timestamp | None = None,
        max_created_ts: Timestamp | None = None,
        min_updated_ts: Timestamp | None = None,
        max_updated_ts: Timestamp | None = None,
        min_close_ts: Timestamp | None = None,
        max_close_ts: Timestamp | None = None,
        min_settled_ts: Timestamp | None = None,
        max_settled_ts: Timestamp | None = None,
        mve_filter: GetMarketsMveFilterInput | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetMarketsResponse, Market]:
        """Markets matching the filters, fetched page by page as you iterate.

        Args:
            event_ticker: only markets of this event.
            series_ticker: only markets of this series.
            status: only markets in this state (default: any).
            tickers: only these markets (a list, or one comma-separated string).
            min_created_ts, max_created_ts, min_updated_ts, max_updated_ts, min_close_ts,
                max_close_ts, min_settled_ts, max_settled_ts: time bounds, as datetimes (naive
                means UTC) or epoch seconds.
            mve_filter: "only" for multivariate-event markets alone, "exclude" to leave them out.
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many markets (default: all).

        Returns:
            A `CursorPage` of `Market`; `iter_pages()` yields each `GetMarketsResponse`.

        Raises:
            ValueError: an argument is out of range (before anything is sent). API errors such as
                `BadRequestError` surface while iterating.
        """
        return self._paginate(
            ops.get_markets,
            "markets",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            status=status,
            tickers=comma_separated(tickers),
            min_created_ts=min_created_ts,
            max_created_ts=max_created_ts,
            min_updated_ts=min_updated_ts,
            max_updated_ts=max_updated_ts,
            min_close_ts=min_close_ts,
            max_close_ts=max_close_ts,
            min_settled_ts=min_settled_ts,
            max_settled_ts=max_settled_ts,
            mve_filter=mve_filter,
            **options,
        )

    async def get(self, ticker: str, **options: Unpack[RequestOptions]) -> Market:
        """The market with this ticker.

        Raises:
            NotFoundError: no market has this ticker.
        """
        return unwrapped(await self._call(ops.get_market, ticker=ticker, **options), lambda response: response.market)

    async def orderbook(
        self, ticker: str, *, depth: int | None = None, **options: Unpack[RequestOptions]
    ) -> OrderbookCountFp:
        """The market's resting bids: `yes_dollars` and `no_dollars`, each a list of [price, count] levels.

        Args:
            ticker: the market.
            depth: levels per side (default: all).

        Raises:
            NotFoundError: no market has this ticker.
        """
        return unwrapped(
            await self._call(ops.get_market_orderbook, ticker=ticker, depth=depth, **options),
            lambda response: response.orderbook_fp,
        )

    async def orderbooks(
        self, tickers: Iterable[str], **options: Unpack[RequestOptions]
    ) -> builtins.list[MarketOrderbookFp]:
        """Orderbooks of many markets, each tagged with its ticker.

        Any number of tickers, in order: they go in requests of as many as the spec allows per
        request (on the async client, these run concurrently).

        Raises:
            ValueError: `tickers` is empty (nothing is sent).
        """
        pages = await self._request_all(with_extras(spec, **options) for spec in _orderbooks_requests(tickers))
        return [book for page in pages for book in list_field(page, "orderbooks")]

    def trades(
        self,
        *,
        ticker: str | None = None,
        min_ts: Timestamp | None = None,
        max_ts: Timestamp | None = None,
        is_block_trade: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetTradesResponse, Trade]:
        """Executed trades, newest first, across all markets or one.

        Args:
            ticker: only trades of this market.
            min_ts, max_ts: time bounds (datetime or epoch seconds).
            is_block_trade: only block trades (True) or only regular ones (False).
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many trades.

        Returns:
            A `CursorPage` of `Trade`.

        Raises:
            ValueError: an argument is out of range (before anything is sent).
        """
        return self._paginate(
            ops.get_trades,
            "trades",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            is_block_trade=is_block_trade,
            **options,
        )

    async def candlesticks(
        self,
        series_ticker: str,
        ticker: str,
        *,
        start_ts: Timestamp,
        end_ts: Timestamp,
        period_interval: GetMarketCandlesticksPeriodIntervalInput,
        include_latest_before_start: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> GetMarketCandlesticksResponse:
        """Price candlesticks of one market between two times.

        Args:
            series_ticker: the series the market belongs to.
            ticker: the market.
            start_ts, end_ts: the time range (datetime or epoch seconds).
            period_interval: minutes per candle.
            include_latest_before_start: also return the last candle before `start_ts`.

        Raises:
            ValueError: `period_interval` is not one the API offers.
            NotFoundError: unknown series or market.
        """
        return await self._call(
            ops.get_market_candlesticks,
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
            **options,
        )

    async def batch_candlesticks(
        self,
        market_tickers: str | Iterable[str],
        *,
        start_ts: Timestamp,
        end_ts: Timestamp,
        period_interval: int,
        include_latest_before_start: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[MarketCandlesticksResponse]:
        """Candlesticks of several markets at once, one entry per market.

        Args:
            market_tickers: the markets (a list, or one comma-separated string).
            start_ts, end_ts: the time range (datetime or epoch seconds).
            period_interval: minutes per candle (1, 60 or 1440).
            include_latest_before_start: also return the last candle before `start_ts`.
        """
        return await self._call_list(
            ops.batch_get_market_candlesticks,
            "markets",
            market_tickers=comma_separated(market_tickers),
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            include_latest_before_start=include_latest_before_start,
            **options,
        )
