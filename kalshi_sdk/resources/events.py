"""Events: the real-world happenings that group related markets, with their metadata and price history."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kalshi_api.api import Operations as ops

from ..pagination import CursorPage
from ._base import SyncAPIResource, Timestamp, async_twin_loader, comma_separated

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from kalshi_api.models import (
        EventData,
        EventFeeChange,
        ForecastPercentilesPoint,
        GetEventCandlesticksResponse,
        GetEventFeeChangesResponse,
        GetEventMetadataResponse,
        GetEventResponse,
        GetEventsResponse,
        GetMultivariateEventsResponse,
    )
    from kalshi_api.models.get_event_forecast_percentiles_history_period_interval import (
        GetEventForecastPercentilesHistoryPeriodIntervalInput,
    )
    from kalshi_api.models.get_events_status import GetEventsStatusInput
    from kalshi_api.models.get_market_candlesticks_by_event_period_interval import (
        GetMarketCandlesticksByEventPeriodIntervalInput,
    )

    from ._async.events import AsyncEvents as AsyncEvents
    from ._base import RequestOptions

__all__ = ["AsyncEvents", "Events"]

__getattr__ = async_twin_loader(__name__)


class Events(SyncAPIResource):
    """`client.events`: events, their markets, metadata, fee changes and candlesticks.

    Only `forecast_percentile_history` needs credentials.
    """

    def list(
        self,
        *,
        with_nested_markets: bool | None = None,
        with_milestones: bool | None = None,
        status: GetEventsStatusInput | None = None,
        series_ticker: str | None = None,
        tickers: str | Iterable[str] | None = None,
        min_close_ts: Timestamp | None = None,
        min_updated_ts: Timestamp | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[GetEventsResponse, EventData]:
        """Events matching the filters (multivariate events excepted), fetched page by page as you iterate.

        Args:
            with_nested_markets: put each event's markets inside the event (`EventData.markets`).
            with_milestones: also return the milestones tied to the events; they come on each
                page (`GetEventsResponse.milestones`), so read them through `iter_pages()`.
            status: only events in this state (default: any).
            series_ticker: only events of this series.
            tickers: only these events (a list, or one comma-separated string).
            min_close_ts: only events with a market closing after this time (datetime or epoch seconds).
            min_updated_ts: only events whose data changed after this time (datetime or epoch seconds).
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor instead of the first page.
            max_items: stop after this many events (default: all).

        Returns:
            A `CursorPage` of `EventData`; `iter_pages()` yields each `GetEventsResponse`.

        Raises:
            ValueError: an argument is out of range (before anything is sent). API errors such as
                `BadRequestError` surface while iterating.
        """
        return self._paginate(
            ops.get_events,
            "events",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            with_nested_markets=with_nested_markets,
            with_milestones=with_milestones,
            status=status,
            series_ticker=series_ticker,
            tickers=comma_separated(tickers),
            min_close_ts=min_close_ts,
            min_updated_ts=min_updated_ts,
            **options,
        )

    def get(
        self, event_ticker: str, *, with_nested_markets: bool | None = None, **options: Unpack[RequestOptions]
    ) -> GetEventResponse:
        """The event with this ticker, and its markets.

        Args:
            event_ticker: the event.
            with_nested_markets: put the markets inside `event.markets` instead of the response's
                own `markets` list.

        Returns:
            `GetEventResponse`: `event` and `markets`.

        Raises:
            ValueError: `event_ticker` is empty (nothing is sent).
            NotFoundError: no event has this ticker.
        """
        return self._call(ops.get_event, event_ticker=event_ticker, with_nested_markets=with_nested_markets, **options)

    def list_multivariate(
        self,
        *,
        series_ticker: str | None = None,
        collection_ticker: str | None = None,
        with_nested_markets: bool | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[GetMultivariateEventsResponse, EventData]:
        """Multivariate (combo) events, the ones `list` leaves out, fetched page by page.

        Args:
            series_ticker: only events of this series.
            collection_ticker: only events made from this multivariate collection (the server
                refuses it together with `series_ticker`).
            with_nested_markets: put each event's markets inside the event.
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many events.

        Returns:
            A `CursorPage` of `EventData`; `iter_pages()` yields each `GetMultivariateEventsResponse`.

        Raises:
            ValueError: an argument is out of range (before anything is sent).
        """
        return self._paginate(
            ops.get_multivariate_events,
            "events",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            series_ticker=series_ticker,
            collection_ticker=collection_ticker,
            with_nested_markets=with_nested_markets,
            **options,
        )

    def metadata(self, event_ticker: str, **options: Unpack[RequestOptions]) -> GetEventMetadataResponse:
        """Images, settlement sources, competition and per-market details of one event.

        Raises:
            ValueError: `event_ticker` is empty (nothing is sent).
            NotFoundError: no event has this ticker.
        """
        return self._call(ops.get_event_metadata, event_ticker=event_ticker, **options)

    def fee_changes(
        self,
        *,
        event_ticker: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[GetEventFeeChangesResponse, EventFeeChange]:
        """Fee overrides set on single events (on top of their series' fees), page by page.

        A change whose fee type and multiplier overrides are both null removes the override.

        Args:
            event_ticker: only changes of this event.
            limit: page size, within the range the spec allows (default: the largest, or `max_items` when smaller).
            cursor: resume from this cursor.
            max_items: stop after this many changes.

        Returns:
            A `CursorPage` of `EventFeeChange`.

        Raises:
            ValueError: an argument is out of range (before anything is sent).
        """
        return self._paginate(
            ops.get_event_fee_changes,
            "event_fee_changes",
            max_items=max_items,
            cursor=cursor,
            limit=limit,
            event_ticker=event_ticker,
            **options,
        )

    def candlesticks(
        self,
        series_ticker: str,
        ticker: str,
        *,
        start_ts: Timestamp,
        end_ts: Timestamp,
        period_interval: GetMarketCandlesticksByEventPeriodIntervalInput,
        **options: Unpack[RequestOptions],
    ) -> GetEventCandlesticksResponse:
        """Candlesticks of every market of one event over a time range.

        Args:
            series_ticker: the series the event belongs to.
            ticker: the event.
            start_ts, end_ts: the time range (datetime, naive meaning UTC, or epoch seconds).
            period_interval: minutes per candle.

        Returns:
            `GetEventCandlesticksResponse`: `market_tickers` and, in the same order,
            `market_candlesticks` (one list per market); when the range holds more candles than the
            server returns at once, `adjusted_end_ts` says where it stopped.

        Raises:
            ValueError: `period_interval` is not 1, 60 or 1440 (nothing is sent).
            NotFoundError: unknown series or event.
        """
        return self._call(
            ops.get_market_candlesticks_by_event,
            series_ticker=series_ticker,
            ticker=ticker,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            **options,
        )

    def forecast_percentile_history(
        self,
        series_ticker: str,
        ticker: str,
        *,
        percentiles: Iterable[int],
        start_ts: Timestamp,
        end_ts: Timestamp,
        period_interval: GetEventForecastPercentilesHistoryPeriodIntervalInput,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ForecastPercentilesPoint]:
        """How the event's forecast at chosen percentiles moved over a time range.

        Args:
            series_ticker: the series the event belongs to.
            ticker: the event.
            percentiles: up to 10 percentiles, each an integer from 0 to 9999.
            start_ts, end_ts: the time range (datetime, naive meaning UTC, or epoch seconds).
            period_interval: minutes per point (0: five-second points).

        Returns:
            One `ForecastPercentilesPoint` per period, each with the values at the percentiles asked for.

        Raises:
            ValueError: too many percentiles, one out of range, or an unknown `period_interval`
                (nothing is sent).
            MissingCredentialsError: the client has no API key (nothing is sent).
        """
        return self._call_list(
            ops.get_event_forecast_percentiles_history,
            "forecast_history",
            series_ticker=series_ticker,
            ticker=ticker,
            percentiles=percentiles,
            start_ts=start_ts,
            end_ts=end_ts,
            period_interval=period_interval,
            **options,
        )
