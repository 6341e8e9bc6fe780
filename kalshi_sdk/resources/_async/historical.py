"""The async twin of `kalshi_sdk.resources.historical.Historical`.

Written by scripts/async_twins.py from the sync class: do not edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ...pagination import AsyncCursorPage
from .._base import AsyncAPIResource, Timestamp, comma_separated, unwrapped

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import (
        Fill,
        GetFillsResponse,
        GetHistoricalCutoffResponse,
        GetMarketCandlesticksHistoricalResponse,
        GetMarketsResponse,
        GetOrdersResponse,
        GetPositionsResponse,
        GetTradesResponse,
        Market,
        MarketPosition,
        Order,
        Trade,
    )
    from kalshi_api.models.get_historical_markets_mve_filter import GetHistoricalMarketsMveFilterInput
    from kalshi_api.models.get_market_candlesticks_historical_period_interval import (
        GetMarketCandlesticksHistoricalPeriodIntervalInput,
    )

    from .._base import RequestOptions


__all__ = ["AsyncHistorical"]


class AsyncHistorical(AsyncAPIResource):
    """`client.historical`: data moved out of the live endpoints once older than the cutoff.

    `cutoff()` says where the boundary lies for each kind of data. Markets, candlesticks and
    trades are public; `orders`, `fills` and `positions` need API credentials.
    """

    async def cutoff(self, **options: Unpack[RequestOptions]) -> GetHistoricalCutoffResponse:
        """The times before which each kind of data is only served here.

        Returns:
            `GetHistoricalCutoffResponse`: `market_settled_ts` (markets settled earlier, and their
            candlesticks), `trades_created_ts` (fills), `orders_updated_ts` (orders cancelled or
            fully executed earlier) and `market_positions_last_updated_ts` (settled positions).
        """
        return await self._call(ops.get_historical_cutoff, **options)

    def markets(
        self,
        *,
        tickers: str | Iterable[str] | None = None,
        event_ticker: str | None = None,
        series_ticker: str | None = None,
        mve_filter: GetHistoricalMarketsMveFilterInput | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetMarketsResponse, Market]:
        """Archived markets, page by page. Use one filter at a time (the server refuses mixes).

        Args:
            tickers: only these markets (a list, or one comma-separated string).
            event_ticker: only markets of this one event.
            series_ticker: only markets of this series.
            mve_filter: "exclude" to leave out multivariate-event markets (default: included).
            limit: page size, up to 1000 (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many markets.

        Returns:
            A `CursorPage` of `Market`; `iter_pages()` yields each `GetMarketsResponse`.

        Raises:
            ValueError: an argument is out of range (nothing is sent).
        """
        return self._paginate(
            ops.get_historical_markets,
            "markets",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            tickers=comma_separated(tickers),
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            mve_filter=mve_filter,
            **options,
        )

    async def market(self, ticker: str, **options: Unpack[RequestOptions]) -> Market:
        """The archived market with this ticker.

        Raises:
            ValueError: `ticker` is empty (nothing is sent).
            NotFoundError: no archived market has this ticker.
        """
        return unwrapped(
            await self._call(ops.get_historical_market, ticker=ticker, **options), lambda response: response.market
        )

    async def candlesticks(
        self,
        ticker: str,
        *,
        start_ts: Timestamp,
        end_ts: Timestamp,
        period_interval: GetMarketCandlesticksHistoricalPeriodIntervalInput,
        **options: Unpack[RequestOptions],
    ) -> GetMarketCandlesticksHistoricalResponse:
        """Price candlesticks of an archived market: those ending between `start_ts` and `end_ts`.

        Args:
            ticker: the market.
            start_ts, end_ts: the time range (datetime, naive meaning UTC, or epoch seconds).
            period_interval: minutes per candle.

        Returns:
            `GetMarketCandlesticksHistoricalResponse`: the `ticker` and its `candlesticks`.

        Raises:
            ValueError: `period_interval` is not 1, 60 or 1440 (nothing is sent).
            NotFoundError: no archived market has this ticker.
        """
        return await self._call(
            ops.get_market_candlesticks_historical,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            **options,
        )

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
        """Archived trades of all markets or one, page by page.

        Args:
            ticker: only trades of this market.
            min_ts, max_ts: time bounds (datetime, naive meaning UTC, or epoch seconds).
            is_block_trade: only block trades (True) or only the others (False); default both.
            limit: page size, up to 1000 (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many trades.

        Returns:
            A `CursorPage` of `Trade`.

        Raises:
            ValueError: an argument is out of range (nothing is sent).
        """
        return self._paginate(
            ops.get_trades_historical,
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

    def orders(
        self,
        *,
        ticker: str | None = None,
        min_ts: Timestamp | None = None,
        max_ts: Timestamp | None = None,
        subaccount: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetOrdersResponse, Order]:
        """The account's archived orders (cancelled or fully executed before the cutoff), page by page.

        Args:
            ticker: only orders in this market.
            min_ts, max_ts: time bounds (datetime, naive meaning UTC, or epoch seconds).
            subaccount: only this subaccount (0 primary, 1 to 63; default: all). A key restricted
                to one subaccount sees only that one's orders.
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many orders.

        Returns:
            A `CursorPage` of `Order`.

        Raises:
            ValueError: an argument is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_historical_orders,
            "orders",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
            **options,
        )

    def fills(
        self,
        *,
        ticker: str | None = None,
        min_ts: Timestamp | None = None,
        max_ts: Timestamp | None = None,
        subaccount: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetFillsResponse, Fill]:
        """The account's archived fills, page by page.

        Args:
            ticker: only fills in this market.
            min_ts, max_ts: time bounds (datetime, naive meaning UTC, or epoch seconds).
            subaccount: only this subaccount (0 primary, 1 to 63; default: all).
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many fills.

        Returns:
            A `CursorPage` of `Fill`.

        Raises:
            ValueError: an argument is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_fills_historical,
            "fills",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            ticker=ticker,
            min_ts=min_ts,
            max_ts=max_ts,
            subaccount=subaccount,
            **options,
        )

    def positions(
        self,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        subaccount: int | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncCursorPage[GetPositionsResponse, MarketPosition]:
        """The account's archived settled positions per market, page by page.

        An event's positions are archived together, never split between here and
        `client.portfolio.positions`. Each page also carries positions summed per event: read
        `event_positions` on the pages of `iter_pages()`.

        Args:
            ticker: only this market.
            event_ticker: only markets of this one event.
            subaccount: 0 for the primary account (the default), 1 to 63 for a numbered subaccount.
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many market positions.

        Returns:
            A `CursorPage` of `MarketPosition`; `iter_pages()` yields each `GetPositionsResponse`.

        Raises:
            ValueError: an argument is out of range (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._paginate(
            ops.get_historical_positions,
            "market_positions",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            ticker=ticker,
            event_ticker=event_ticker,
            subaccount=subaccount,
            **options,
        )
