"""What the matching engine tells listeners (the WebSocket hub) as it changes orders and accounts.

Events are published while ``state.lock`` is held, in the order the changes happen, so a
listener sees the book, trades and fills exactly as the engine made them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._ledger import Order, Position


@dataclass(frozen=True)
class OrderChanged:
    """An order was created or changed (fill, amend, decrease, cancel); ``reason`` as Kalshi names it."""

    order: Order
    reason: str | None = None


@dataclass(frozen=True)
class Traded:
    """A public trade (the API's Trade shape) just printed; ``taker`` is the order that caused it."""

    trade: dict[str, Any]
    taker: Order


@dataclass(frozen=True)
class Filled:
    """One side of a trade: ``order`` filled ``fill`` (the API's Fill shape), leaving ``position``."""

    order: Order
    fill: dict[str, Any]
    position: Position


@dataclass(frozen=True)
class MarketListed:
    """A market was added to the exchange (not replaced)."""

    ticker: str


Event = OrderChanged | Traded | Filled | MarketListed
