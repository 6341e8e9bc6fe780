"""Portfolio endpoints: balance, positions and fills. The server checks signatures for /portfolio/ first."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .._http import RecordedRequest, Response, bad_params, ok
from .._ledger import Position
from .._numbers import ZERO, count_fp, dollars
from .._query import int_param, list_param, newest_first, paginate, parse_limit
from .._router import Router
from .._state import ExchangeState

COUNT_FILTERS = ("position", "total_traded")


def _event_positions(positions: list[Position]) -> list[dict[str, Any]]:
    """EventPosition entries: the market positions summed per event, in first-seen order."""
    by_event: dict[str, list[Position]] = {}
    for position in positions:
        by_event.setdefault(position.event_ticker, []).append(position)

    def total(group: list[Position], field: str) -> Decimal:
        return sum((getattr(p, field) for p in group), ZERO)

    return [
        {
            "event_ticker": event_ticker,
            "total_cost_dollars": dollars(total(group, "total_traded")),
            "total_cost_shares_fp": count_fp(sum((abs(p.contracts) for p in group), ZERO)),
            "event_exposure_dollars": dollars(total(group, "exposure")),
            "realized_pnl_dollars": dollars(total(group, "realized_pnl")),
            "fees_paid_dollars": dollars(total(group, "fees_paid")),
        }
        for event_ticker, group in by_event.items()
    ]


def register(router: Router, state: ExchangeState) -> None:
    """Register the portfolio routes."""

    @router.get("/portfolio/balance")
    def balance(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        return ok(state.balance(state.user_for(request)))

    @router.get("/portfolio/positions")
    def positions(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        limit = parse_limit(request, "get_positions")
        count_filter = list_param(request, "count_filter")
        unknown = [name for name in count_filter if name not in COUNT_FILTERS]
        if unknown:
            raise bad_params(f"count_filter accepts {', '.join(COUNT_FILTERS)}", f"got {', '.join(unknown)}")
        ticker = request.query_value("ticker")
        event_ticker = request.query_value("event_ticker")
        int_param(request, "subaccount", minimum=0)

        def wanted(position: Position) -> bool:
            nonzero = {"position": position.contracts != 0, "total_traded": position.total_traded != 0}
            return (
                (not ticker or position.ticker == ticker)
                and (not event_ticker or position.event_ticker == event_ticker)
                and (not count_filter or any(nonzero[name] for name in count_filter))
            )

        with state.lock:
            account = state.account(state.user_for(request))
            held = sorted(
                (p for p in account.positions.values() if wanted(p)),
                key=lambda p: state.listing_seq[f"market:{p.ticker}"],
            )
            page, cursor = paginate(
                held,
                list_name="positions",
                seq=lambda p: state.listing_seq[f"market:{p.ticker}"],
                limit=limit,
                cursor=request.query_value("cursor"),
            )
            return ok(
                {
                    "market_positions": [p.to_api() for p in page],
                    "event_positions": _event_positions(page),
                    "cursor": cursor,
                }
            )

    @router.get("/portfolio/fills")
    def fills(request: RecordedRequest, params: Mapping[str, str]) -> Response:
        limit = parse_limit(request, "get_fills")
        ticker = request.query_value("ticker")
        order_id = request.query_value("order_id")
        low, high = int_param(request, "min_ts"), int_param(request, "max_ts")
        subaccount = int_param(request, "subaccount", minimum=0)
        with state.lock:
            account = state.account(state.user_for(request))
            page, cursor = newest_first(
                account.fills,
                lambda fill: (
                    (not ticker or fill["ticker"] == ticker)
                    and (not order_id or fill["order_id"] == order_id)
                    and (low is None or fill["ts"] >= low)
                    and (high is None or fill["ts"] <= high)
                    and (subaccount is None or fill["subaccount_number"] == subaccount)
                ),
                list_name="fills",
                limit=limit,
                cursor=request.query_value("cursor"),
            )
            return ok({"fills": [dict(fill) for fill in page], "cursor": cursor})
