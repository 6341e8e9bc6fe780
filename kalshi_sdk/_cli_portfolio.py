"""`kalshi balance` and `kalshi orders`: your account, with credentials from the environment."""

from __future__ import annotations

import argparse
from typing import Any

from ._cli import Output, open_client, positive_int

__all__ = ["register"]

BALANCE_COLUMNS = ("balance_dollars", "portfolio_value_dollars", "updated_ts")
ORDER_COLUMNS = (
    "order_id",
    "ticker",
    "book_side",
    "status",
    "yes_price_dollars",
    "remaining_count_fp",
    "fill_count_fp",
    "created_time",
)


def register(commands: Any) -> None:
    commands.add_parser("balance", help="your balance (needs credentials)").set_defaults(handler=balance)

    orders = commands.add_parser("orders", help="your orders (needs credentials)")
    order_commands = orders.add_subparsers(dest="orders_command", required=True, metavar="list")
    order_listing = order_commands.add_parser("list", help="your orders")
    order_listing.add_argument("--ticker")
    order_listing.add_argument("--status", help="resting, canceled or executed")
    order_listing.add_argument("--limit", type=positive_int, default=20, help="most orders to show (default 20)")
    order_listing.set_defaults(handler=orders_list)


def balance(options: argparse.Namespace, out: Output) -> None:
    with open_client(options, credentials=True) as client:
        out.record(client.portfolio.balance(), BALANCE_COLUMNS)


def orders_list(options: argparse.Namespace, out: Output) -> None:
    with open_client(options, credentials=True) as client:
        orders = client.orders.list(ticker=options.ticker, status=options.status, max_items=options.limit)
        out.table(orders, ORDER_COLUMNS, key="orders")
