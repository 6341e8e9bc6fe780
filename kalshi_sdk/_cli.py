"""The `kalshi` command: everyday lookups against any environment, and an offline demo.

    kalshi markets list --series-ticker KXHIGHNY --status open
    kalshi markets get KXHIGHNY-26NOV21-T60
    kalshi orderbook KXHIGHNY-26NOV21-T60 --depth 5
    kalshi milestones list --category Sports
    kalshi live-data MILESTONE_ID [MILESTONE_ID ...]
    kalshi balance                      # needs KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH
    kalshi orders list --status resting
    kalshi demo                         # a walk through the main job against a local fake exchange
    kalshi watch TICKER                 # a live orderbook ladder; `kalshi stream CHANNEL` prints JSON lines

`--env prod|demo|URL` picks the server; `--json` prints machine-readable output. Failures print one
line on stderr and exit with status 1 (2 for a usage error); no traceback.
"""

from __future__ import annotations

import argparse
import enum
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, TextIO

from ._cli_export import register_export
from ._cli_stream import register as register_stream_commands
from ._client import Kalshi
from ._constants import ENV_API_KEY_ID, ENV_PRIVATE_KEY, ENV_PRIVATE_KEY_PATH
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    KalshiError,
    MissingCredentialsError,
    NotFoundError,
)

__all__ = ["main"]

CELL_WIDTH = 60
ENVIRONMENT_NAMES = {"prod": "production", "production": "production", "demo": "demo"}


class Output:
    """Where a command's results go: aligned tables for people, JSON for programs."""

    def __init__(self, as_json: bool, stream: TextIO) -> None:
        self.as_json = as_json
        self.stream = stream

    def title(self, text: str) -> None:
        if not self.as_json:
            print(f"\n== {text}", file=self.stream)

    def table(self, rows: Iterable[Any], columns: Sequence[str], *, key: str | None = None) -> None:
        """Rows (models or dicts) as a table of `columns`, or as one JSON document."""
        rows = list(rows)
        if self.as_json:
            document: Any = [plain(row) for row in rows]
            print(json.dumps({key: document} if key else document, default=str, indent=2), file=self.stream)
            return
        cells = [[text(field(row, column)) for column in columns] for row in rows]
        widths = [max([len(column), *(len(line[index]) for line in cells)]) for index, column in enumerate(columns)]
        for line in [list(columns), *cells]:
            padded = (cell.ljust(width) for cell, width in zip(line, widths, strict=True))
            print("  ".join(padded).rstrip(), file=self.stream)
        if not cells:
            print("(none)", file=self.stream)

    def record(self, row: Any, columns: Sequence[str]) -> None:
        """One object as `name  value` lines, or as JSON."""
        if self.as_json:
            print(json.dumps(plain(row), default=str, indent=2), file=self.stream)
            return
        width = max(len(column) for column in columns)
        for column in columns:
            print(f"{column.ljust(width)}  {text(field(row, column))}", file=self.stream)


def plain(value: Any) -> Any:
    """A model as its JSON-ready dict; anything else as it is."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def field(row: Any, name: str) -> Any:
    if isinstance(row, dict):
        return row.get(name)
    return getattr(row, name, None)


def text(value: Any) -> str:
    if value is None or type(value).__name__ == "Unset":
        return "-"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, enum.Enum):
        return str(value.value)
    shown = json.dumps(value, default=str) if isinstance(value, (dict, list)) else str(value)
    # Long cells (free-form details) would stretch a table past any terminal.
    return shown if len(shown) <= CELL_WIDTH else shown[: CELL_WIDTH - 1] + "…"


def client_for(environment: str, **options: Any) -> Kalshi:
    """A client for `--env`: prod, demo, or any base URL."""
    if "://" in environment:
        return Kalshi(base_url=environment, **options)
    if environment not in ENVIRONMENT_NAMES:
        raise UsageError(f"--env must be prod, demo or a URL, got {environment!r}")
    return Kalshi(environment=ENVIRONMENT_NAMES[environment], **options)


class UsageError(Exception):
    """A command line that cannot be run as given."""


MARKET_COLUMNS = ("ticker", "status", "yes_bid_dollars", "yes_ask_dollars", "last_price_dollars", "volume_fp", "title")
ORDER_COLUMNS = (
    "order_id",
    "ticker",
    "book_side",
    "status",
    "yes_price_dollars",
    "remaining_count_fp",
    "fill_count_fp",
)
MILESTONE_COLUMNS = ("id", "type_", "category", "start_date", "title")


def markets_list(client: Kalshi, options: argparse.Namespace, out: Output) -> None:
    markets = client.markets.list(
        event_ticker=options.event_ticker,
        series_ticker=options.series_ticker,
        status=options.status,
        tickers=options.tickers,
        max_items=options.limit,
    )
    out.table(markets, MARKET_COLUMNS, key="markets")


def markets_get(client: Kalshi, options: argparse.Namespace, out: Output) -> None:
    out.record(client.markets.get(options.ticker), ("ticker", "event_ticker", *MARKET_COLUMNS[1:], "close_time"))


def orderbook(client: Kalshi, options: argparse.Namespace, out: Output) -> None:
    book = client.markets.orderbook(options.ticker, depth=options.depth)
    if out.as_json:
        out.record(book, ())
        return
    for side in ("yes_dollars", "no_dollars"):
        levels = field(book, side) or []
        out.title(f"{options.ticker}: {side.split('_')[0]} bids")
        out.table([{"price": level[0], "count": level[1]} for level in levels], ("price", "count"))


def milestones_list(client: Kalshi, options: argparse.Namespace, out: Output) -> None:
    milestones = client.milestones.list(category=options.category, type=options.type, max_items=options.limit)
    out.table(milestones, MILESTONE_COLUMNS, key="milestones")


def live_data(client: Kalshi, options: argparse.Namespace, out: Output) -> None:
    out.table(client.live_data.batch(options.milestone_ids), ("milestone_id", "type_", "details"), key="live_datas")


def balance(client: Kalshi, options: argparse.Namespace, out: Output) -> None:
    out.record(client.portfolio.balance(), ("balance_dollars", "portfolio_value", "updated_ts"))


def orders_list(client: Kalshi, options: argparse.Namespace, out: Output) -> None:
    orders = client.orders.list(ticker=options.ticker, status=options.status, max_items=options.limit)
    out.table(orders, ORDER_COLUMNS, key="orders")


def demo(client: Kalshi | None, options: argparse.Namespace, out: Output) -> None:
    from ._demo import run_demo

    run_demo(out)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kalshi", description="Kalshi Trade API v2 from the command line.")
    parser.add_argument("--env", default="prod", help="prod (default), demo, or a base URL")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    markets = commands.add_parser("markets", help="list or look up markets")
    market_commands = markets.add_subparsers(dest="markets_command", required=True, metavar="list|get")
    listing = market_commands.add_parser("list", help="markets matching filters")
    listing.add_argument("--event-ticker")
    listing.add_argument("--series-ticker")
    listing.add_argument("--status", help="unopened, open, paused, closed or settled")
    listing.add_argument("--tickers", help="comma-separated market tickers")
    listing.add_argument("--limit", type=int, default=20, help="most markets to show (default 20)")
    listing.set_defaults(handler=markets_list)
    getting = market_commands.add_parser("get", help="one market")
    getting.add_argument("ticker")
    getting.set_defaults(handler=markets_get)

    book = commands.add_parser("orderbook", help="a market's orderbook")
    book.add_argument("ticker")
    book.add_argument("--depth", type=int)
    book.set_defaults(handler=orderbook)

    milestones = commands.add_parser("milestones", help="list milestones")
    milestone_commands = milestones.add_subparsers(dest="milestones_command", required=True, metavar="list")
    milestone_listing = milestone_commands.add_parser("list", help="milestones matching filters")
    milestone_listing.add_argument("--category")
    milestone_listing.add_argument("--type")
    milestone_listing.add_argument("--limit", type=int, default=20, help="most milestones to show (default 20)")
    milestone_listing.set_defaults(handler=milestones_list)

    live = commands.add_parser("live-data", help="live data of milestones")
    live.add_argument("milestone_ids", nargs="+", metavar="MILESTONE_ID")
    live.set_defaults(handler=live_data)

    commands.add_parser("balance", help="your balance (needs credentials)").set_defaults(handler=balance)

    orders = commands.add_parser("orders", help="your orders (needs credentials)")
    order_commands = orders.add_subparsers(dest="orders_command", required=True, metavar="list")
    order_listing = order_commands.add_parser("list", help="your orders")
    order_listing.add_argument("--ticker")
    order_listing.add_argument("--status", help="resting, canceled or executed")
    order_listing.add_argument("--limit", type=int, default=20, help="most orders to show (default 20)")
    order_listing.set_defaults(handler=orders_list)

    register_export(commands)

    walk = commands.add_parser("demo", help="the main job end to end against a local fake exchange (offline)")
    walk.set_defaults(handler=demo, offline=True)
    register_stream_commands(commands)
    return parser


def describe(error: Exception) -> str:
    """One line saying what went wrong, for a person at a terminal."""
    if isinstance(error, MissingCredentialsError):
        return f"this command needs an API key: set {ENV_API_KEY_ID} and {ENV_PRIVATE_KEY_PATH} (or {ENV_PRIVATE_KEY})"
    if isinstance(error, NotFoundError):
        return f"not found: {error.path} ({error.error_message or error.code or 'HTTP 404'})"
    if isinstance(error, APIStatusError):
        return (
            f"the exchange refused the request: HTTP {error.status_code} {error.code or ''} {error.error_message or ''}"
        )
    if isinstance(error, APIConnectionError):
        return f"could not reach the exchange: {error}"
    return str(error)


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    options = build_parser().parse_args(argv)
    out = Output(options.json, stdout)
    handler: Callable[[Any, argparse.Namespace, Output], None] = options.handler
    try:
        if getattr(options, "offline", False):
            handler(None, options, out)
            return 0
        with client_for(options.env) as client:
            handler(client, options, out)
    except UsageError as error:
        print(f"kalshi: {error}", file=stderr)
        return 2
    except (KalshiError, ValueError, TypeError) as error:
        print(f"kalshi: {describe(error).strip()}", file=stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0
