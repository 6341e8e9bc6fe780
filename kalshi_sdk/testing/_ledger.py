"""Accounts, positions and orders of the fake exchange, and how a fill moves cash and positions.

Money model (one binary market, prices on the YES book):

* A ``bid`` at price p buys YES and pays p per contract; an ``ask`` at p sells YES, which is
  buying NO for 1 - p per contract. A position is one signed number: positive = YES, negative = NO.
* A fill that reduces the opposite holding closes pairs instead of opening new ones: a YES and
  a NO together are worth exactly $1, so closing NO with a bid at p returns 1 - p per contract
  and closing YES with an ask at p returns p.
* Resting orders hold collateral: the available balance is cash minus what resting orders would
  cost if they filled at their limit, except the part that would only close the current position.
* Takers pay a fee, makers none (see :func:`taker_fee`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from ._numbers import ONE, ZERO, count_fp, dollars, round_up_to_cent
from ._times import format_rfc3339

BID = "bid"
ASK = "ask"
RESTING = "resting"
CANCELED = "canceled"
EXECUTED = "executed"


@dataclass
class Order:
    """One order. ``priority`` orders the queue at a price (lower first); ``seq`` orders listings."""

    order_id: str
    user_id: str
    ticker: str
    side: str
    price: Decimal
    initial_count: Decimal
    time_in_force: str
    self_trade_prevention_type: str | None
    created: datetime
    seq: int
    priority: int
    client_order_id: str = ""
    post_only: bool = False
    reduce_only: bool = False
    cancel_order_on_pause: bool = False
    expiration_ts: int | None = None
    order_group_id: str | None = None
    subaccount: int = 0
    fill_count: Decimal = ZERO
    remaining_count: Decimal = ZERO
    status: str = RESTING
    updated: datetime | None = None
    taker_fill_cost: Decimal = ZERO
    maker_fill_cost: Decimal = ZERO
    taker_fees: Decimal = ZERO
    maker_fees: Decimal = ZERO
    fill_value: Decimal = ZERO
    """Sum of count x YES price over this order's fills, for the average fill price."""

    def unit_cost(self, price: Decimal | None = None) -> Decimal:
        """What one contract costs this order at ``price`` (default: its limit): p for bids, 1 - p for asks."""
        at = self.price if price is None else price
        return at if self.side == BID else ONE - at

    def crosses(self, resting: Order) -> bool:
        """Whether this order would trade with ``resting`` (an order on the other side)."""
        return resting.price <= self.price if self.side == BID else resting.price >= self.price

    def to_api(self) -> dict[str, object]:
        """The order as the API's ``Order`` schema."""
        return {
            "order_id": self.order_id,
            "user_id": self.user_id,
            "client_order_id": self.client_order_id,
            "ticker": self.ticker,
            "outcome_side": "yes" if self.side == BID else "no",
            "book_side": self.side,
            "type": "limit",
            "status": self.status,
            "yes_price_dollars": dollars(self.price),
            "no_price_dollars": dollars(ONE - self.price),
            "fill_count_fp": count_fp(self.fill_count),
            "remaining_count_fp": count_fp(self.remaining_count),
            "initial_count_fp": count_fp(self.initial_count),
            "taker_fill_cost_dollars": dollars(self.taker_fill_cost),
            "maker_fill_cost_dollars": dollars(self.maker_fill_cost),
            "taker_fees_dollars": dollars(self.taker_fees),
            "maker_fees_dollars": dollars(self.maker_fees),
            "expiration_time": (
                None
                if self.expiration_ts is None
                else format_rfc3339(datetime.fromtimestamp(self.expiration_ts, timezone.utc))
            ),
            "created_time": format_rfc3339(self.created),
            "last_update_time": format_rfc3339(self.updated or self.created),
            "self_trade_prevention_type": self.self_trade_prevention_type,
            "order_group_id": self.order_group_id,
            "cancel_order_on_pause": self.cancel_order_on_pause,
            "subaccount_number": self.subaccount,
            "exchange_index": 0,
        }

    def average_fill_price(self) -> str | None:
        return dollars(self.fill_value / self.fill_count) if self.fill_count else None

    def average_fee_paid(self) -> str | None:
        return dollars((self.taker_fees + self.maker_fees) / self.fill_count) if self.fill_count else None


@dataclass
class Position:
    """An account's holding in one market."""

    ticker: str
    event_ticker: str
    contracts: Decimal = ZERO
    exposure: Decimal = ZERO
    """What the open contracts cost (cost basis)."""
    realized_pnl: Decimal = ZERO
    fees_paid: Decimal = ZERO
    total_traded: Decimal = ZERO
    updated: datetime | None = None

    def to_api(self) -> dict[str, object]:
        """The position as the API's ``MarketPosition`` schema."""
        return {
            "ticker": self.ticker,
            "exchange_index": 0,
            "total_traded_dollars": dollars(self.total_traded),
            "position_fp": count_fp(self.contracts),
            "market_exposure_dollars": dollars(self.exposure),
            "realized_pnl_dollars": dollars(self.realized_pnl),
            "fees_paid_dollars": dollars(self.fees_paid),
            "last_updated_ts": format_rfc3339(self.updated) if self.updated else None,
        }

    def apply_fill(self, side: str, count: Decimal, price: Decimal, fee: Decimal) -> Decimal:
        """Book a fill of ``count`` contracts at YES price ``price``; returns the change in cash."""
        held_before = abs(self.contracts)
        if side == BID:
            closing = min(count, max(ZERO, -self.contracts))
            close_value, open_cost = ONE - price, price
            self.contracts += count
        else:
            closing = min(count, max(ZERO, self.contracts))
            close_value, open_cost = price, ONE - price
            self.contracts -= count
        opening = count - closing
        cash = -fee
        if closing:
            average_cost = self.exposure / held_before
            self.realized_pnl += closing * (close_value - average_cost)
            # Closing everything leaves no cost behind, whatever the division above rounded.
            self.exposure = ZERO if closing == held_before else self.exposure - closing * average_cost
            cash += closing * close_value
        self.exposure += opening * open_cost
        cash -= opening * open_cost
        self.fees_paid += fee
        self.total_traded += count * open_cost
        return cash


@dataclass
class Account:
    """One trader: cash, positions and fills. The market maker's account has ``unlimited`` cash."""

    user_id: str
    cash: Decimal = ZERO
    unlimited: bool = False
    portfolio_offset: Decimal = ZERO
    """Added to the computed portfolio value (set_balance(portfolio_value=...) sets it)."""
    positions: dict[str, Position] = field(default_factory=dict)
    fills: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    updated_ts: int = 0

    def position(self, ticker: str, event_ticker: str) -> Position:
        """This account's position in ``ticker``, created empty on first use."""
        existing = self.positions.get(ticker)
        if existing is None:
            existing = self.positions[ticker] = Position(ticker, event_ticker)
        return existing

    def exposure(self) -> Decimal:
        """The cost basis of every open position."""
        return sum((p.exposure for p in self.positions.values()), ZERO)


def reserved_collateral(account: Account, resting: list[Order]) -> Decimal:
    """What ``account``'s resting orders would cost at their limits, beyond closing what it holds.

    Orders closing the current position are counted first, best price first, so a resting ask
    against a YES holding needs no cash.
    """
    reserved = ZERO
    by_market: dict[tuple[str, str], list[Order]] = {}
    for order in resting:
        by_market.setdefault((order.ticker, order.side), []).append(order)
    for (ticker, side), orders in by_market.items():
        held = account.positions.get(ticker)
        contracts = held.contracts if held else ZERO
        closable = max(ZERO, -contracts) if side == BID else max(ZERO, contracts)
        for order in sorted(orders, key=queue_key):
            covered = min(order.remaining_count, closable)
            closable -= covered
            reserved += (order.remaining_count - covered) * order.unit_cost()
    return reserved


def queue_key(order: Order) -> tuple[Decimal, int]:
    """Price-time priority: better price first (higher bid, lower ask), then earlier."""
    return (-order.price if order.side == BID else order.price, order.priority)


def taker_fee(rate: Decimal, multiplier: Decimal, count: Decimal, price: Decimal) -> Decimal:
    """The fee a taker pays: rate x multiplier x count x p x (1 - p), rounded up to the cent."""
    if rate == 0 or multiplier == 0:
        return ZERO
    return round_up_to_cent(rate * multiplier * count * price * (ONE - price))
