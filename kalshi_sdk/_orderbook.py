"""A market's order book kept locally from `orderbook_snapshot` and `orderbook_delta` messages.

Kalshi books hold bids only: yes bids and no bids. A yes ask at price p is a no bid at 1 - p, so
the best yes ask is 1 minus the best no bid (and the other way round). Prices and sizes are
Decimal, exactly as the server writes them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

__all__ = ["Orderbook"]

_ONE = Decimal(1)
_ZERO = Decimal(0)
# Prices and sizes repeat from frame to frame; parsing the same string again costs more than a
# dict lookup. Bounded: cleared when it grows past this many entries.
_CACHE_LIMIT = 20_000
_decimals: dict[str, Decimal] = {}


def _decimal(text: Any) -> Decimal:
    """Decimal(text) for a decimal string, from the cache when seen before; raises like Decimal()."""
    number = _decimals.get(text) if text.__class__ is str else None
    if number is None:
        number = Decimal(text)
        if not number.is_finite():
            raise ValueError(f"not a finite number: {text!r}")
        if text.__class__ is str:
            if len(_decimals) >= _CACHE_LIMIT:
                _decimals.clear()
            _decimals[text] = number
    return number


def _levels(raw: Any) -> dict[Decimal, Decimal]:
    """[[price, size], ...] as {price: size}; levels that are not two decimal strings are skipped."""
    levels: dict[Decimal, Decimal] = {}
    if not isinstance(raw, list):
        return levels
    for level in raw:
        try:
            price, size = _decimal(level[0]), _decimal(level[1])
        except (ArithmeticError, ValueError, TypeError, IndexError, KeyError):
            continue
        if size > _ZERO:
            levels[price] = size
    return levels


class Orderbook:
    """The resting bids of one market, on the yes and the no side.

    `consistent` is False between a detected gap (or a reconnect) and the fresh snapshot that
    follows it: the levels are then the last known ones, not the exchange's.
    """

    __slots__ = ("consistent", "market_ticker", "no", "snapshots", "updated_ms", "yes")

    def __init__(self, market_ticker: str) -> None:
        self.market_ticker = market_ticker
        self.yes: dict[Decimal, Decimal] = {}
        self.no: dict[Decimal, Decimal] = {}
        self.updated_ms: int | None = None
        self.consistent = False
        self.snapshots = 0

    def __repr__(self) -> str:
        state = "" if self.consistent else ", stale"
        return (
            f"Orderbook({self.market_ticker!r}, yes bid {self.best_yes_bid} / ask {self.best_yes_ask}, "
            f"{len(self.yes)}+{len(self.no)} levels{state})"
        )

    # Applying messages (called by the stream's reader with the raw `msg` dict of a frame).

    def apply_snapshot(self, msg: dict[str, Any], sent_ms: int | None) -> None:
        self.yes = _levels(msg.get("yes_dollars_fp"))
        self.no = _levels(msg.get("no_dollars_fp"))
        self.updated_ms = sent_ms
        self.consistent = True
        self.snapshots += 1

    def apply_delta(self, msg: dict[str, Any], sent_ms: int | None) -> bool:
        """Add the delta to its level; False (and nothing changed) when the delta is unreadable."""
        side = msg.get("side")
        levels = self.yes if side == "yes" else self.no if side == "no" else None
        if levels is None:
            return False
        try:
            price, delta = _decimal(msg["price_dollars"]), _decimal(msg["delta_fp"])
        except (ArithmeticError, ValueError, TypeError, KeyError):
            return False
        size = levels.get(price, _ZERO) + delta
        if size > _ZERO:
            levels[price] = size
        else:
            levels.pop(price, None)
        ts = msg.get("ts_ms")
        self.updated_ms = ts if ts.__class__ is int else sent_ms
        return True

    # Reading.

    @property
    def best_yes_bid(self) -> Decimal | None:
        """The highest yes bid, or None when nobody bids yes."""
        return max(self.yes) if self.yes else None

    @property
    def best_no_bid(self) -> Decimal | None:
        """The highest no bid, or None when nobody bids no."""
        return max(self.no) if self.no else None

    @property
    def best_yes_ask(self) -> Decimal | None:
        """The cheapest price to buy yes: 1 minus the best no bid."""
        best = self.best_no_bid
        return None if best is None else _ONE - best

    @property
    def best_no_ask(self) -> Decimal | None:
        """The cheapest price to buy no: 1 minus the best yes bid."""
        best = self.best_yes_bid
        return None if best is None else _ONE - best

    def depth(self, side: str, levels: int | None = None) -> list[tuple[Decimal, Decimal]]:
        """(price, size) levels of the "yes" or "no" bids, best first; at most `levels` of them."""
        if side not in ("yes", "no"):
            raise ValueError(f"side must be 'yes' or 'no', got {side!r}")
        book = self.yes if side == "yes" else self.no
        ordered = sorted(book.items(), reverse=True)
        return ordered if levels is None else ordered[:levels]

    def size_at(self, side: str, price: Decimal | str) -> Decimal:
        """The contracts resting at one price of the "yes" or "no" bids (0 when none)."""
        if side not in ("yes", "no"):
            raise ValueError(f"side must be 'yes' or 'no', got {side!r}")
        return (self.yes if side == "yes" else self.no).get(Decimal(price), _ZERO)

    def as_levels(self) -> dict[str, list[tuple[Decimal, Decimal]]]:
        """Both sides as ascending (price, size) lists, the order the REST orderbook uses."""
        return {"yes": sorted(self.yes.items()), "no": sorted(self.no.items())}
