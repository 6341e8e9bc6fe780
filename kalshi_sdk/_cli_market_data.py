"""`kalshi markets`, `orderbook`, `milestones`, `live-data`: public data, no credentials needed."""

from __future__ import annotations

import argparse
from typing import Any

from ._cli import Output, allowed_values, open_client, positive_int, require_found

__all__ = ["register"]

MARKET_COLUMNS = ("ticker", "status", "yes_bid_dollars", "yes_ask_dollars", "last_price_dollars", "volume_fp", "title")
MILESTONE_COLUMNS = ("id", "type", "category", "start_date", "title")
LIVE_DATA_COLUMNS = ("milestone_id", "type", "details")


def register(commands: Any) -> None:
    markets = commands.add_parser("markets", help="list or look up markets")
    market_commands = markets.add_subparsers(dest="markets_command", required=True, metavar="list|get")
    listing = market_commands.add_parser("list", help="markets matching filters")
    listing.add_argument("--event-ticker")
    listing.add_argument("--series-ticker")
    listing.add_argument("--status", help=allowed_values("get_markets", "status"))
    listing.add_argument("--tickers", help="comma-separated market tickers (each must exist)")
    listing.add_argument("--limit", type=positive_int, default=20, help="most markets to show (default 20)")
    listing.set_defaults(handler=markets_list)
    getting = market_commands.add_parser("get", help="one market")
    getting.add_argument("ticker", metavar="TICKER")
    getting.set_defaults(handler=markets_get)

    book = commands.add_parser("orderbook", help="a market's orderbook")
    book.add_argument("ticker", metavar="TICKER")
    book.add_argument("--depth", type=int, help="price levels per side (default: all)")
    book.set_defaults(handler=orderbook)

    milestones = commands.add_parser("milestones", help="list milestones")
    milestone_commands = milestones.add_subparsers(dest="milestones_command", required=True, metavar="list")
    milestone_listing = milestone_commands.add_parser("list", help="milestones matching filters")
    milestone_listing.add_argument("--category")
    milestone_listing.add_argument("--type")
    milestone_listing.add_argument(
        "--limit", type=positive_int, default=20, help="most milestones to show (default 20)"
    )
    milestone_listing.set_defaults(handler=milestones_list)

    live = commands.add_parser("live-data", help="live data of milestones (each id must exist)")
    live.add_argument("milestone_ids", nargs="+", metavar="MILESTONE_ID")
    live.set_defaults(handler=live_data)


def markets_list(options: argparse.Namespace, out: Output) -> None:
    tickers = [ticker.strip() for ticker in options.tickers.split(",") if ticker.strip()] if options.tickers else None
    with open_client(options) as client:
        markets = client.markets.list(
            event_ticker=options.event_ticker,
            series_ticker=options.series_ticker,
            status=options.status,
            tickers=",".join(tickers) if tickers else None,
            max_items=options.limit,
        )
        shown = out.table(markets, MARKET_COLUMNS, key="markets")
    if tickers:
        require_found("market", tickers, (market["ticker"] for market in shown))


def markets_get(options: argparse.Namespace, out: Output) -> None:
    with open_client(options) as client:
        market = client.markets.get(options.ticker)
    out.record(market, ("ticker", "event_ticker", *MARKET_COLUMNS[1:], "close_time"))


def orderbook(options: argparse.Namespace, out: Output) -> None:
    with open_client(options) as client:
        book = client.markets.orderbook(options.ticker, depth=options.depth)
    if out.as_json:
        out.record(book, ())
        return
    for side in ("yes", "no"):
        levels = getattr(book, f"{side}_dollars", None) or []
        out.title(f"{options.ticker}: {side} bids")
        rows = [{"price_dollars": price, "count_fp": count} for price, count in levels]
        out.table(rows, ("price_dollars", "count_fp"))


def milestones_list(options: argparse.Namespace, out: Output) -> None:
    with open_client(options) as client:
        milestones = client.milestones.list(category=options.category, type=options.type, max_items=options.limit)
        out.table(milestones, MILESTONE_COLUMNS, key="milestones")


def live_data(options: argparse.Namespace, out: Output) -> None:
    with open_client(options) as client:
        shown = out.table(client.live_data.batch(options.milestone_ids), LIVE_DATA_COLUMNS, key="live_datas")
    require_found("live data for milestone", options.milestone_ids, (live["milestone_id"] for live in shown))
