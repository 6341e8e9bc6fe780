"""The streaming commands of `kalshi` (they need an API key: the WebSocket API wants one).

    kalshi watch KXHIGHNY-26NOV21-T60            # a live orderbook ladder, redrawn in place; Ctrl-C stops
    kalshi stream trade --market KXHIGHNY-26NOV21-T60 | jq .msg.yes_price_dollars
    kalshi stream fill                           # one JSON object a line, for piping

`register(commands)` adds them to the `kalshi` parser; the handlers take (client, options, out)
like every other command.
"""

from __future__ import annotations

import argparse
import datetime
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from kalshi_api.streaming import CHANNELS

from ._cli import open_client

if TYPE_CHECKING:
    from ._cli import Output
    from ._orderbook import Orderbook

__all__ = ["ladder", "register"]

# ANSI: cursor to the top left, then clear to the end of the screen.
_REDRAW = "\x1b[H\x1b[J"


def register(commands: Any) -> None:
    """Add `watch` and `stream` to the subcommands of the `kalshi` parser."""
    watch = commands.add_parser("watch", help="a market's live orderbook ladder (needs credentials; Ctrl-C stops)")
    watch.add_argument("ticker")
    watch.add_argument("--depth", type=int, default=10, help="price levels shown on each side (default 10)")
    watch.add_argument("--updates", type=int, help="stop after this many redraws (default: run until Ctrl-C)")
    watch.add_argument("--ws-url", help="the WebSocket URL (default: the environment's)")
    watch.set_defaults(handler=watch_command)

    stream = commands.add_parser("stream", help="a channel's messages, one JSON object a line (needs credentials)")
    stream.add_argument("channel", choices=list(CHANNELS), metavar="CHANNEL", help=", ".join(CHANNELS))
    stream.add_argument("--market", action="append", dest="markets", metavar="TICKER", help="a market (repeatable)")
    stream.add_argument("--count", type=int, help="stop after this many messages (default: run until Ctrl-C)")
    stream.add_argument("--ws-url", help="the WebSocket URL (default: the environment's)")
    stream.set_defaults(handler=stream_command, json_lines=True)


def ladder(book: Orderbook, depth: int) -> list[str]:
    """The book as text lines: yes asks (from no bids) above, yes bids below, best prices in the middle."""
    asks = [(1 - price, size) for price, size in book.depth("no", depth)]
    bids = book.depth("yes", depth)
    updated = "" if book.updated_ms is None else f"  updated {_clock(book.updated_ms)} UTC"
    state = "" if book.consistent else "  (resyncing)"
    best = f"yes bid {_cell(book.best_yes_bid)} / ask {_cell(book.best_yes_ask)}"
    lines = [f"{book.market_ticker}  {best}{updated}{state}"]
    lines.append(f"{'':4}{'price':>8}  {'contracts':>12}")
    lines += [f"ASK {price:>8}  {size:>12}" for price, size in reversed(asks)]
    lines.append("-" * 26)
    lines += [f"BID {price:>8}  {size:>12}" for price, size in bids]
    return lines


def _clock(ms: int) -> str:
    moment = datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc)
    return moment.strftime("%H:%M:%S.%f")[:-3]


def _cell(value: Decimal | None) -> str:
    return "-" if value is None else str(value)


def watch_command(options: argparse.Namespace, out: Output) -> None:
    if options.depth < 1:
        raise ValueError(f"--depth must be at least 1, got {options.depth}")
    terminal = out.stream.isatty()
    with open_client(options, credentials=True) as client, client.stream(ws_url=options.ws_url) as stream:
        books = stream.orderbooks([options.ticker])
        subscription = books.subscription
        redraws = 0
        while options.updates is None or redraws < options.updates:
            lines = ladder(books[options.ticker], options.depth)
            out.stream.write((_REDRAW if terminal else "\n") + "\n".join(lines) + "\n")
            out.stream.flush()
            redraws += 1
            if options.updates is not None and redraws >= options.updates:
                break
            message = subscription.get()  # wait for the next change of the book
            if message is None:
                break
            while subscription.get(timeout=0) is not None:  # draw once for a burst of changes
                pass


def stream_command(options: argparse.Namespace, out: Output) -> None:
    params: dict[str, Any] = {"market_tickers": options.markets} if options.markets else {}
    with open_client(options, credentials=True) as client, client.stream(ws_url=options.ws_url) as stream:
        subscription = stream.subscribe(options.channel, **params)
        for printed, message in enumerate(subscription, start=1):
            # One compact JSON document a line, whatever --json says: a stream is for piping.
            document = message.to_dict() if hasattr(message, "to_dict") else message
            out.line(json.dumps(document, default=str, separators=(",", ":")))
            if options.count is not None and printed >= options.count:
                break
