"""Market data: series, events, markets, order books and public trades."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from .._catalog import (
    STATUS_FILTERS,
    event_markets,
    event_status_groups,
    event_to_api,
    listing_seq,
    market_to_api,
    orderbook,
    status_group,
)
from .._http import RecordedRequest, Response, bad_params, not_found, ok
from .._query import bool_param, enum_param, int_param, list_param, newest_first, paginate, parse_limit
from .._router import Router
from .._state import ExchangeState
from .._times import parse_rfc3339

MAX_ORDERBOOK_TICKERS = 100
MAX_ORDERBOOK_DEPTH = 100
EVENT_STATUSES = ("unopened", "open", "closed", "settled")

# GetMarkets' timestamp filters come in families; each family allows only some status filters.
_MARKET_TIME_FILTERS: dict[str, tuple[str, tuple[str, ...], tuple[str | None, ...]]] = {
    # family: (market field, its query parameters, status filters it combines with)
    "created": ("created_time", ("min_created_ts", "max_created_ts"), ("unopened", "open", None)),
    "close": ("close_time", ("min_close_ts", "max_close_ts"), ("closed", None)),
    "settled": ("settlement_ts", ("min_settled_ts", "max_settled_ts"), ("settled", None)),
    "updated": ("updated_time", ("min_updated_ts", "max_updated_ts"), (None,)),
}

Predicate = Callable[[Mapping[str, Any]], bool]


def _epoch(value: object) -> float | None:
    return parse_rfc3339(value).timestamp() if isinstance(value, str) and value else None


def _time_window(field: str, low: int | None, high: int | None) -> Predicate:
    """Items whose ``field`` (an RFC 3339 time) is after ``low`` and at or before ``high``."""

    def check(item: Mapping[str, Any]) -> bool:
        moment = _epoch(item.get(field))
        if moment is None:
            return False
        return (low is None or moment > low) and (high is None or moment <= high)

    return check


def _market_filters(request: RecordedRequest, state: ExchangeState) -> list[Predicate]:
    filters: list[Predicate] = []
    status = enum_param(request, "status", tuple(STATUS_FILTERS))
    families = []
    for family, (field, (low_name, high_name), statuses) in _MARKET_TIME_FILTERS.items():
        low, high = int_param(request, low_name), int_param(request, high_name)
        if low is None and high is None:
            continue
        families.append(family)
        if status not in statuses:
            raise bad_params(f"{low_name}/{high_name} cannot be combined with status={status}")
        filters.append(_time_window(field, low, high))
    if len(families) > 1:
        raise bad_params(f"only one family of timestamp filters at a time, got {', '.join(families)}")
    mve_filter = enum_param(request, "mve_filter", ("only", "exclude"))
    if families == ["updated"]:
        others = [name for name in ("event_ticker", "tickers", "status") if request.query_value(name)]
        if others or (request.query_value("series_ticker") and mve_filter != "exclude"):
            raise bad_params("min_updated_ts/max_updated_ts combine only with mve_filter=exclude and series_ticker")
    if status is not None:
        filters.append(lambda market: status_group(market) == status)
    event_ticker = request.query_value("event_ticker")
    if event_ticker:
        filters.append(lambda market: market["event_ticker"] == event_ticker)
    series_ticker = request.query_value("series_ticker")
    if series_ticker:
        filters.append(
            lambda market: state.events.get(market["event_ticker"], {}).get("series_ticker") == series_ticker
        )
    tickers = set(list_param(request, "tickers"))
    if tickers:
        filters.append(lambda market: market["ticker"] in tickers)
    if mve_filter is not None:
        wanted = mve_filter == "only"
        filters.append(lambda market: bool(market.get("mve_collection_ticker")) == wanted)
    return filters


def _event_filters(request: RecordedRequest, state: ExchangeState) -> list[Predicate]:
    filters: list[Predicate] = []
    status = enum_param(request, "status", EVENT_STATUSES)
    if status is not None:
        filters.append(lambda event: status in event_status_groups(state, event["event_ticker"]))
    series_ticker = request.query_value("series_ticker")
    if series_ticker:
        filters.append(lambda event: event["series_ticker"] == series_ticker)
    tickers = set(list_param(request, "tickers"))
    if tickers:
        filters.append(lambda event: event["event_ticker"] in tickers)
    min_close = int_param(request, "min_close_ts")
    if min_close is not None:
        closes_after = _time_window("close_time", min_close, None)
        filters.append(
            lambda event: any(
                closes_after(state.markets[ticker]) for ticker in event_markets(state, event["event_ticker"])
            )
        )
    min_updated = int_param(request, "min_updated_ts")
    if min_updated is not None:
        filters.append(_time_window("last_updated_ts", min_updated, None))
    return filters


def _series_to_api(state: ExchangeState, ticker: str, request: RecordedRequest) -> dict[str, Any]:
    series = copy.deepcopy(state.series[ticker])
    if not bool_param(request, "include_product_metadata"):
        series.pop("product_metadata", None)
    if bool_param(request, "include_volume"):
        volume = sum(
            (
                Decimal(market_to_api(state, market_ticker)["volume_fp"])
                for event_ticker, event in state.events.items()
                if event["series_ticker"] == ticker
                for market_ticker in event_markets(state, event_ticker)
            ),
            Decimal(0),
        )
        series["volume_fp"] = f"{volume:.2f}"
    return series


def _listing_page(
    state: ExchangeState, kind: str, tickers: list[str], request: RecordedRequest, limit: int
) -> tuple[list[str], str]:
    """One page of events or markets (by ticker, in listing order) and the next cursor."""
    return paginate(
        tickers,
        list_name=kind,
        seq=lambda ticker: listing_seq(state, kind, ticker),
        limit=limit,
        cursor=request.query_value("cursor"),
    )


def register(router: Router, state: ExchangeState) -> None:
    """Register the market data routes."""

    @router.get("/series")
    def list_series(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        category = request.query_value("category")
        tags = set(list_param(request, "tags"))
        min_updated = int_param(request, "min_updated_ts")
        updated_after = _time_window("last_updated_ts", min_updated, None)
        with state.lock:
            found = [
                _series_to_api(state, ticker, request)
                for ticker, series in state.series.items()
                if (not category or category in (series.get("categories") or []))
                and (not tags or tags & set(series.get("tags") or []))
                and (min_updated is None or updated_after(series))
            ]
        return ok({"series": found})

    @router.get("/series/{series_ticker}")
    def get_series(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        ticker = params["series_ticker"]
        with state.lock:
            if ticker not in state.series:
                raise not_found(f"series {ticker!r} not found")
            return ok({"series": _series_to_api(state, ticker, request)})

    @router.get("/events")
    def list_events(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        limit = parse_limit(request, "get_events")
        nested = bool(bool_param(request, "with_nested_markets"))
        with_milestones = bool(bool_param(request, "with_milestones"))
        filters = _event_filters(request, state)
        with state.lock:
            matching = [ticker for ticker, event in state.events.items() if all(check(event) for check in filters)]
            page, cursor = _listing_page(state, "event", matching, request, limit)
            body: dict[str, Any] = {
                "events": [event_to_api(state, ticker, nested_markets=nested) for ticker in page],
                "cursor": cursor,
            }
            if with_milestones:
                wanted = set(page)
                body["milestones"] = [
                    copy.deepcopy(milestone)
                    for milestone in state.milestones.values()
                    if wanted & set(milestone["related_event_tickers"] + milestone["primary_event_tickers"])
                ]
        return ok(body)

    @router.get("/events/{event_ticker}")
    def get_event(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        ticker = params["event_ticker"]
        nested = bool(bool_param(request, "with_nested_markets"))
        with state.lock:
            if ticker not in state.events:
                raise not_found(f"event {ticker!r} not found")
            markets = [] if nested else [market_to_api(state, t) for t in event_markets(state, ticker)]
            return ok({"event": event_to_api(state, ticker, nested_markets=nested), "markets": markets})

    @router.get("/markets")
    def list_markets(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        limit = parse_limit(request, "get_markets")
        filters = _market_filters(request, state)
        with state.lock:
            matching = [ticker for ticker, market in state.markets.items() if all(check(market) for check in filters)]
            page, cursor = _listing_page(state, "market", matching, request, limit)
            return ok({"markets": [market_to_api(state, ticker) for ticker in page], "cursor": cursor})

    @router.get("/markets/{ticker}")
    def get_market(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        ticker = params["ticker"]
        with state.lock:
            if ticker not in state.markets:
                raise not_found(f"market {ticker!r} not found")
            return ok({"market": market_to_api(state, ticker)})

    @router.get("/markets/{ticker}/orderbook")
    def get_orderbook(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        ticker = params["ticker"]
        depth = int_param(request, "depth", minimum=0, maximum=MAX_ORDERBOOK_DEPTH) or 0
        with state.lock:
            if ticker not in state.markets:
                raise not_found(f"market {ticker!r} not found")
            return ok({"orderbook_fp": orderbook(state, ticker, depth)})

    @router.get("/markets/orderbooks")
    def get_orderbooks(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        tickers = list_param(request, "tickers")
        if not tickers:
            raise bad_params("tickers is required")
        if len(tickers) > MAX_ORDERBOOK_TICKERS:
            raise bad_params(f"tickers accepts at most {MAX_ORDERBOOK_TICKERS} tickers", f"got {len(tickers)}")
        with state.lock:
            books = [
                {"ticker": ticker, "orderbook_fp": orderbook(state, ticker)}
                for ticker in dict.fromkeys(tickers)
                if ticker in state.markets
            ]
        return ok({"orderbooks": books})

    @router.get("/markets/trades")
    def list_trades(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        limit = parse_limit(request, "get_trades")
        ticker = request.query_value("ticker")
        window = _time_window("created_time", int_param(request, "min_ts"), int_param(request, "max_ts"))
        block = bool_param(request, "is_block_trade")
        with state.lock:
            page, cursor = newest_first(
                state.trades,
                lambda trade: (
                    (not ticker or trade["ticker"] == ticker)
                    and window(trade)
                    and (block is None or trade["is_block_trade"] == block)
                ),
                list_name="trades",
                limit=limit,
                cursor=request.query_value("cursor"),
            )
            return ok({"trades": copy.deepcopy(page), "cursor": cursor})
