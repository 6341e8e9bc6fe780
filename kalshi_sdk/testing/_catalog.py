"""Series, events and markets: stored as API-shaped dicts, served with live order-book fields.

A stored market keeps its seeded statistics (volume, open interest, last price); what trading in
the fake adds is kept apart (:class:`MarketActivity`) and merged in when the market is served,
together with the best bid and ask read from the resting orders.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from ._ledger import BID, Order, queue_key
from ._numbers import ONE, ZERO, count_fp, dollars
from ._state import ExchangeState, MarketActivity
from ._times import format_rfc3339, parse_rfc3339

MARKET_STATUSES = ("initialized", "inactive", "active", "closed", "determined", "disputed", "amended", "finalized")
# The status words of the list filters, and the market statuses each one selects.
STATUS_FILTERS: dict[str, tuple[str, ...]] = {
    "unopened": ("initialized",),
    "open": ("active",),
    "paused": ("inactive",),
    "closed": ("closed",),
    "settled": ("determined", "disputed", "amended", "finalized"),
}
LINEAR_CENT = [{"start": "0.0000", "end": "1.0000", "step": "0.0100"}]


def _now(state: ExchangeState) -> str:
    return format_rfc3339(state.now().replace(microsecond=0))


def _require_ticker(data: Mapping[str, Any], field: str, what: str) -> str:
    value = data.get(field)
    if not isinstance(value, str) or not value:
        raise ValueError(f"{what} needs a non-empty string {field!r}")
    return value


def _store(state: ExchangeState, table: dict[str, dict[str, Any]], kind: str, key: str, data: dict[str, Any]) -> None:
    with state.lock:
        table[key] = data
        state.listing_seq.setdefault(f"{kind}:{key}", state.next_seq())


def listing_seq(state: ExchangeState, kind: str, key: str) -> int:
    """Where a series, event or market sits in its list (insertion order)."""
    return state.listing_seq[f"{kind}:{key}"]


def add_series(state: ExchangeState, series: Mapping[str, Any]) -> str:
    """Store a Series-shaped mapping (``ticker`` required, other fields defaulted); returns its ticker."""
    data = copy.deepcopy(dict(series))
    ticker = _require_ticker(data, "ticker", "series")
    data.setdefault("frequency", "custom")
    data.setdefault("title", ticker)
    data.setdefault("category", "")
    data.setdefault("categories", [data["category"]] if data["category"] else [])
    data.setdefault("tags", [])
    data.setdefault("settlement_sources", [])
    data.setdefault("contract_url", "")
    data.setdefault("contract_terms_url", "")
    data.setdefault("fee_type", "quadratic")
    data.setdefault("fee_multiplier", 1)
    data.setdefault("additional_prohibitions", [])
    data.setdefault("last_updated_ts", _now(state))
    _store(state, state.series, "series", ticker, data)
    return ticker


def add_event(state: ExchangeState, event: Mapping[str, Any]) -> str:
    """Store an EventData-shaped mapping (``event_ticker`` required); returns its ticker.

    ``series_ticker`` defaults to the part before the first ``-``; a missing series is created.
    """
    data = copy.deepcopy(dict(event))
    ticker = _require_ticker(data, "event_ticker", "event")
    data.pop("markets", None)
    series_ticker = data.setdefault("series_ticker", ticker.split("-", 1)[0])
    with state.lock:
        if series_ticker not in state.series:
            add_series(state, {"ticker": series_ticker, "category": data.get("category", "")})
        data.setdefault("category", state.series[series_ticker]["category"])
    data.setdefault("title", ticker)
    data.setdefault("sub_title", "")
    data.setdefault("collateral_return_type", "")
    data.setdefault("mutually_exclusive", False)
    data.setdefault("strike_date", None)
    data.setdefault("strike_period", "")
    data.setdefault("settlement_sources", [])
    data.setdefault("last_updated_ts", _now(state))
    _store(state, state.events, "event", ticker, data)
    return ticker


def add_market(state: ExchangeState, market: Mapping[str, Any]) -> str:
    """Store a Market-shaped mapping (``ticker`` required, the rest defaulted); returns its ticker.

    ``event_ticker`` defaults to the ticker without its last ``-`` part; a missing event (and
    series) is created. Replacing a market keeps its orders and trading history.
    """
    data = copy.deepcopy(dict(market))
    ticker = _require_ticker(data, "ticker", "market")
    event_ticker = data.setdefault("event_ticker", ticker.rsplit("-", 1)[0] if "-" in ticker else ticker)
    status = data.setdefault("status", "active")
    if status not in MARKET_STATUSES:
        raise ValueError(f"market status must be one of {', '.join(MARKET_STATUSES)}, got {status!r}")
    if data.setdefault("market_type", "binary") not in ("binary", "scalar"):
        raise ValueError(f"market_type must be binary or scalar, got {data['market_type']!r}")
    now = state.now().replace(microsecond=0)
    data.setdefault("title", "")
    data.setdefault("yes_sub_title", "")
    data.setdefault("no_sub_title", "")
    for field, moment in (
        ("created_time", now),
        ("updated_time", now),
        ("open_time", now),
        ("close_time", now + timedelta(days=30)),
        ("latest_expiration_time", now + timedelta(days=37)),
    ):
        data.setdefault(field, format_rfc3339(moment))
        parse_rfc3339(data[field])
    data.setdefault("expected_expiration_time", data["close_time"])
    data.setdefault("settlement_timer_seconds", 300)
    data.setdefault("notional_value_dollars", "1.0000")
    for field in (
        "previous_yes_bid_dollars",
        "previous_yes_ask_dollars",
        "previous_price_dollars",
        "last_price_dollars",
    ):
        data.setdefault(field, "0.0000")
    for field in ("volume_fp", "volume_24h_fp", "open_interest_fp"):
        data.setdefault(field, "0.00")
    data.setdefault("result", "")
    data.setdefault("can_close_early", True)
    data.setdefault("expiration_value", "")
    data.setdefault("rules_primary", "")
    data.setdefault("rules_secondary", "")
    data.setdefault("price_level_structure", "linear_cent")
    data.setdefault("price_ranges", copy.deepcopy(LINEAR_CENT))
    data.setdefault("settlement_bounds_type", "default")
    _price_grid(data)  # fail now, not at the first order, when the ranges are unreadable
    with state.lock:
        if event_ticker not in state.events:
            add_event(state, {"event_ticker": event_ticker})
        _store(state, state.markets, "market", ticker, data)
        state.activity.setdefault(ticker, MarketActivity())
    return ticker


def _price_grid(market: Mapping[str, Any]) -> list[tuple[Decimal, Decimal, Decimal]]:
    try:
        grid = [(Decimal(r["start"]), Decimal(r["end"]), Decimal(r["step"])) for r in market["price_ranges"]]
    except (KeyError, TypeError, InvalidOperation):
        raise ValueError("price_ranges must be a list of {start, end, step} dollar strings") from None
    if not grid or any(step <= 0 for _, _, step in grid):
        raise ValueError("price_ranges must hold at least one range with a positive step")
    return grid


def is_valid_price(market: Mapping[str, Any], price: Decimal) -> bool:
    """Whether ``price`` is strictly between 0 and 1 and on one of the market's price steps."""
    if not ZERO < price < ONE:
        return False
    return any(start <= price <= end and (price - start) % step == 0 for start, end, step in _price_grid(market))


def fee_multiplier(state: ExchangeState, ticker: str) -> Decimal:
    """The fee multiplier of a market: its event's override, else its series' multiplier."""
    event = state.events.get(state.markets[ticker]["event_ticker"], {})
    override = event.get("fee_multiplier_override")
    if override is not None:
        return Decimal(str(override))
    series = state.series.get(event.get("series_ticker", ""), {})
    return Decimal(str(series.get("fee_multiplier", 1)))


def status_group(market: Mapping[str, Any]) -> str:
    """The list-filter word (``open``, ``closed``...) that selects this market."""
    return next(word for word, statuses in STATUS_FILTERS.items() if market["status"] in statuses)


def book_levels(state: ExchangeState, ticker: str) -> tuple[dict[Decimal, Decimal], dict[Decimal, Decimal]]:
    """Resting contracts per price on the YES book: (bids, asks)."""
    bids: dict[Decimal, Decimal] = {}
    asks: dict[Decimal, Decimal] = {}
    for order in state.resting.values():
        if order.ticker == ticker:
            levels = bids if order.side == BID else asks
            levels[order.price] = levels.get(order.price, ZERO) + order.remaining_count
    return bids, asks


def orderbook(state: ExchangeState, ticker: str, depth: int = 0) -> dict[str, list[list[str]]]:
    """The ``OrderbookCountFp`` of a market: YES bids and NO bids (asks seen from the NO side).

    Levels go from the lowest price to the highest, so the best bid of each side is last; with
    ``depth`` > 0 only that many best levels are kept.
    """
    bids, asks = book_levels(state, ticker)
    yes = [[dollars(price), count_fp(size)] for price, size in sorted(bids.items())]
    no = [[dollars(ONE - price), count_fp(size)] for price, size in sorted(asks.items(), reverse=True)]
    if depth > 0:
        yes, no = yes[-depth:], no[-depth:]
    return {"yes_dollars": yes, "no_dollars": no}


def market_to_api(state: ExchangeState, ticker: str) -> dict[str, Any]:
    """A stored market with its live fields: best bid/ask and sizes, last price, volume, open interest."""
    data = copy.deepcopy(state.markets[ticker])
    bids, asks = book_levels(state, ticker)
    best_bid = max(bids) if bids else ZERO
    best_ask = min(asks) if asks else ZERO
    activity = state.activity.get(ticker) or MarketActivity()
    held = sum(
        (
            max(ZERO, account.positions[ticker].contracts)
            for account in state.accounts.values()
            if ticker in account.positions
        ),
        ZERO,
    )
    data.update(
        {
            "yes_bid_dollars": dollars(best_bid),
            "yes_bid_size_fp": count_fp(bids.get(best_bid, ZERO)),
            "yes_ask_dollars": dollars(best_ask),
            "yes_ask_size_fp": count_fp(asks.get(best_ask, ZERO)),
            "no_bid_dollars": dollars(ONE - best_ask),
            "no_ask_dollars": dollars(ONE - best_bid),
            "volume_fp": count_fp(Decimal(data["volume_fp"]) + activity.volume),
            "volume_24h_fp": count_fp(Decimal(data["volume_24h_fp"]) + activity.volume),
            "open_interest_fp": count_fp(Decimal(data["open_interest_fp"]) + held),
        }
    )
    if activity.last_price is not None:
        data["last_price_dollars"] = dollars(activity.last_price)
    return data


def event_markets(state: ExchangeState, event_ticker: str) -> list[str]:
    """Tickers of an event's markets, in listing order."""
    return [ticker for ticker, market in state.markets.items() if market["event_ticker"] == event_ticker]


def event_to_api(state: ExchangeState, event_ticker: str, *, nested_markets: bool) -> dict[str, Any]:
    """A stored event, with its markets inside when ``nested_markets``."""
    data = copy.deepcopy(state.events[event_ticker])
    if nested_markets:
        data["markets"] = [market_to_api(state, ticker) for ticker in event_markets(state, event_ticker)]
    return data


def event_status_groups(state: ExchangeState, event_ticker: str) -> set[str]:
    """The status words of an event's markets (an event matches a status filter if any market does)."""
    return {status_group(state.markets[ticker]) for ticker in event_markets(state, event_ticker)}


def resting_for(state: ExchangeState, ticker: str, side: str) -> list[Order]:
    """Resting orders on one side of a market in price-time priority."""
    return sorted((o for o in state.resting.values() if o.ticker == ticker and o.side == side), key=queue_key)
