"""Helpers of the streaming tests: trading on the fake exchange and comparing books with REST."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from kalshi_sdk import Kalshi
from kalshi_sdk._orderbook import Orderbook
from kalshi_sdk.testing import FakeExchange

ASYNCAPI = Path(__file__).resolve().parents[2] / "openapi" / "asyncapi.yaml"


def open_tickers(exchange: FakeExchange, count: int) -> list[str]:
    with exchange.client() as client:
        return [market.ticker for market in client.markets.list(status="open", max_items=count)]


def rest_levels(client: Kalshi, ticker: str) -> dict[str, list[tuple[Decimal, Decimal]]]:
    """The exchange's book of one market over REST, as the local books list it."""
    book = client.markets.orderbook(ticker)
    return {
        side: sorted((Decimal(price), Decimal(size)) for price, size in levels)
        for side, levels in (("yes", book.yes_dollars), ("no", book.no_dollars))
    }


def same_book(local: Orderbook, rest: dict[str, list[tuple[Decimal, Decimal]]]) -> bool:
    return local.consistent and local.as_levels() == rest


def trade_burst(maker: Kalshi, taker: Kalshi, tickers: list[str], orders: int, seed: int = 7) -> None:
    """Rest asks from the maker and send crossing bids from the taker, at a few price levels, so
    that books move, trades print and both accounts fill."""
    rng = random.Random(seed)
    for n in range(orders):
        ticker = tickers[n % len(tickers)]
        price = Decimal("0.60") + Decimal(rng.randrange(0, 5)) / 100
        maker.orders.create(ticker=ticker, side="ask", count=2, price=price)
        taker.orders.create(ticker=ticker, side="bid", count=1, price=price, time_in_force="immediate_or_cancel")


def document_examples() -> list[tuple[str, dict[str, Any]]]:
    """(channel, example frame) for every server message example of the AsyncAPI document."""
    document = yaml.safe_load(ASYNCAPI.read_text(encoding="utf-8"))
    examples = []
    for channel in document["channels"].values():
        address = channel.get("address")
        if not address or address == "/":
            continue
        for ref in channel.get("messages", {}).values():
            message = document["components"]["messages"][ref["$ref"].rsplit("/", 1)[-1]]
            for example in message.get("examples", []):
                payload = example.get("payload")
                if isinstance(payload, dict) and "msg" in payload and "id" not in payload:
                    examples.append((address, payload))
    return examples
