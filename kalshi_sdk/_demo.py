"""`kalshi demo`: the SDK's main job end to end, offline, against a fake exchange on 127.0.0.1.

It starts `kalshi_sdk.testing.FakeExchange`, makes a throwaway key pair, and uses the same public
API a trading bot would: exchange status, milestones and their live data, an event's markets and
an orderbook, an order placed, seen resting and cancelled, then a trade, the balance and positions;
last, a WebSocket stream keeps a local orderbook and reports a fill as it happens.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._client import Kalshi

if TYPE_CHECKING:
    from ._cli import Output

__all__ = ["register", "run_demo"]

TICK = Decimal("0.01")


def best_prices(book: Any) -> tuple[Decimal | None, Decimal | None]:
    """The best yes bid and the best yes ask (one minus the best no bid) of an orderbook."""
    yes_bids = [Decimal(str(level[0])) for level in (book.yes_dollars or [])]
    no_bids = [Decimal(str(level[0])) for level in (book.no_dollars or [])]
    best_bid = max(yes_bids) if yes_bids else None
    best_ask = 1 - max(no_bids) if no_bids else None
    return best_bid, best_ask


def register(commands: Any) -> None:
    walk = commands.add_parser("demo", help="the main job end to end against a local fake exchange (offline)")
    # With --json, one JSON line per step: {"section": ..., "data": ...}.
    walk.set_defaults(handler=run_demo, json_lines=True)


def run_demo(options: argparse.Namespace, out: Output) -> None:
    """Start a fake exchange with a throwaway key and walk through the main job against it."""
    from .testing import FakeExchange

    with FakeExchange() as exchange:
        key = exchange.new_api_key()
        out.title("Fake exchange")
        out.record({"base_url": exchange.base_url, "api_key_id": key.key_id}, ("base_url", "api_key_id"))
        with Kalshi(base_url=exchange.base_url, api_key_id=key.key_id, private_key=key.private_key_pem) as client:
            walk_through(client, out)
            stream_walk_through(client, exchange.ws_url, out)


def walk_through(client: Kalshi, out: Output) -> None:
    out.title("Exchange status")
    out.record(client.exchange.status(), ("exchange_active", "trading_active"))

    out.title("Milestones")
    milestones = client.milestones.list(max_items=5).to_list()
    out.table(milestones, ("id", "type", "category", "title"))
    out.title("Their live data")
    out.table(client.live_data.batch([m.id for m in milestones]), ("milestone_id", "type", "details"))

    event = next(iter(client.events.list(status="open", max_items=1)))
    out.title(f"Markets of event {event.event_ticker}: {event.title}")
    markets = client.markets.list(event_ticker=event.event_ticker).to_list()
    out.table(markets, ("ticker", "status", "yes_bid_dollars", "yes_ask_dollars", "yes_sub_title"))

    market = markets[0]
    book = client.markets.orderbook(market.ticker)
    out.title(f"Orderbook of {market.ticker}: yes bids and no bids")
    levels = [
        {"bid": side, "price_dollars": price, "count_fp": count}
        for side, side_levels in (("yes", book.yes_dollars), ("no", book.no_dollars))
        for price, count in side_levels or []
    ]
    out.table(levels, ("bid", "price_dollars", "count_fp"))

    best_bid, best_ask = best_prices(book)
    resting_price = (best_bid or TICK) if best_ask is None else min(best_bid or TICK, best_ask - TICK)
    out.title(f"Place a bid for 5 at {resting_price} (below the ask, so it rests)")
    created = client.orders.create(ticker=market.ticker, side="bid", count=5, price=resting_price)
    out.record(created, ("order_id", "client_order_id", "fill_count", "remaining_count"))
    out.title("Resting orders")
    out.table(client.orders.list(status="resting"), ("order_id", "ticker", "book_side", "status", "yes_price_dollars"))
    out.title("Cancel it")
    out.record(client.orders.cancel(created.order_id), ("order_id", "reduced_by"))
    out.title("The order now")
    out.record(client.orders.get(created.order_id), ("order_id", "status"))

    if best_ask is not None:
        out.title(f"Buy 3 at the ask, {best_ask} (immediate or cancel)")
        taken = client.orders.create(
            ticker=market.ticker, side="bid", count=3, price=best_ask, time_in_force="immediate_or_cancel"
        )
        out.record(taken, ("order_id", "fill_count", "remaining_count", "average_fill_price"))

    out.title("Balance")
    out.record(client.portfolio.balance(), ("balance_dollars", "portfolio_value_dollars"))
    out.title("Positions")
    out.table(
        client.portfolio.positions(), ("ticker", "position_fp", "market_exposure_dollars", "total_traded_dollars")
    )
    out.title("Fills")
    fill_columns = ("ticker", "book_side", "count_fp", "yes_price_dollars", "is_taker", "fee_cost", "created_time")
    out.table(client.portfolio.fills(), fill_columns)


def stream_walk_through(client: Kalshi, ws_url: str, out: Output) -> None:
    """A local orderbook and the account's fills over the WebSocket API, while an order trades."""
    from kalshi_api.models import WsFill

    market = next(iter(client.markets.list(status="open", max_items=1)))
    book_columns = ("best_yes_bid", "best_yes_ask", "contracts_at_best_ask", "yes_levels", "no_levels")
    with client.stream(ws_url=ws_url) as stream:
        book = stream.orderbooks([market.ticker])[market.ticker]
        fills = stream.subscribe("fill", market_tickers=[market.ticker])
        out.title(f"Stream: local orderbook of {market.ticker}, from its snapshot")
        out.record(_book_summary(book), book_columns)
        ask = book.best_yes_ask
        if ask is None:
            return
        out.title(f"Stream: buy 2 at {ask}; the fill arrives on the stream")
        client.orders.create(ticker=market.ticker, side="bid", count=2, price=ask, time_in_force="immediate_or_cancel")
        fill = fills.get(timeout=10)
        if isinstance(fill, WsFill):
            out.record(fill.msg, ("trade_id", "market_ticker", "count_fp", "yes_price_dollars", "is_taker"))
        before = book.size_at("no", 1 - ask)
        stream.wait_for(lambda: book.size_at("no", 1 - ask) != before, timeout=5)
        out.title("Stream: the local orderbook after the delta")
        out.record(_book_summary(book), book_columns)


def _book_summary(book: Any) -> dict[str, Any]:
    return {
        "best_yes_bid": book.best_yes_bid,
        "best_yes_ask": book.best_yes_ask,
        "contracts_at_best_ask": None if book.best_no_bid is None else book.size_at("no", book.best_no_bid),
        "yes_levels": len(book.yes),
        "no_levels": len(book.no),
    }
