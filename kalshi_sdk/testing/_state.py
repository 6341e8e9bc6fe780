"""The fake exchange's data: plain dicts guarded by one re-entrant lock."""

from __future__ import annotations

import copy
import itertools
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from ._auth import HEADER_KEY, PublicKey
from ._http import RecordedRequest
from ._ledger import Account, Order, reserved_collateral
from ._numbers import ZERO, cents, dollars
from ._times import Clock, format_rfc3339, parse_rfc3339

__all__ = ["DEFAULT_USER_ID", "MARKET_MAKER_ID", "ExchangeState", "MarketActivity", "format_rfc3339", "parse_rfc3339"]

# The account every registered key trades for unless register_key names another one.
DEFAULT_USER_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "kalshi-fake:default-user"))
# What every account holds when it opens: $100.00.
STARTING_BALANCE = Decimal(100)
# The account behind the seeded liquidity: unlimited cash, never shown through the API.
MARKET_MAKER_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "kalshi-fake:market-maker"))


@dataclass
class MarketActivity:
    """What trading in the fake added to a market's seeded statistics."""

    volume: Decimal = ZERO
    last_price: Decimal | None = None


class ExchangeState:
    """Everything the fake exchange knows. Hold ``lock`` while reading or writing any field."""

    def __init__(self, clock: Clock = time.time) -> None:
        self.lock = threading.RLock()
        # The exchange's time (epoch seconds): expiry, rate-limit windows, every timestamp it writes.
        self.clock = clock
        self.keys: dict[str, PublicKey] = {}
        self.exchange_status: dict[str, Any] = {
            "exchange_active": True,
            "trading_active": True,
            "exchange_estimated_resume_time": None,
        }
        self.milestones: dict[str, dict[str, Any]] = {}
        # Parsed start_date per milestone id, kept beside the dicts for sorting and filtering.
        self.milestone_starts: dict[str, datetime] = {}
        self.live_data: dict[str, dict[str, Any]] = {}
        self.game_stats: dict[str, dict[str, Any] | None] = {}
        self.schedule: dict[str, Any] = {"standard_hours": [], "maintenance_windows": []}
        # The catalogue: API-shaped dicts keyed by ticker, and each one's listing position.
        self.series: dict[str, dict[str, Any]] = {}
        self.events: dict[str, dict[str, Any]] = {}
        self.markets: dict[str, dict[str, Any]] = {}
        self.listing_seq: dict[str, int] = {}
        # Trading.
        self.fee_rate = Decimal("0.07")
        self.key_users: dict[str, str] = {}
        self.accounts: dict[str, Account] = {MARKET_MAKER_ID: Account(MARKET_MAKER_ID, unlimited=True)}
        self.orders: dict[str, Order] = {}
        self.resting: dict[str, Order] = {}
        self.client_order_ids: dict[tuple[str, str], str] = {}
        self.create_counts: Counter[str] = Counter()
        self.trades: list[tuple[int, dict[str, Any]]] = []
        self.activity: dict[str, MarketActivity] = {}
        self._sequence = itertools.count(1)
        # Called with every matching-engine event (see _events), under the lock.
        self.listeners: list[Callable[[Any], None]] = []

    def publish(self, event: object) -> None:
        """Hand an engine event to every listener (the caller holds the lock)."""
        for listener in self.listeners:
            listener(event)

    def now(self) -> datetime:
        """The exchange's current time, in UTC."""
        return datetime.fromtimestamp(self.clock(), timezone.utc)

    def next_seq(self) -> int:
        """A number larger than every one handed out before (orders, fills, trades, listings)."""
        return next(self._sequence)

    def account(self, user_id: str) -> Account:
        """The account of ``user_id``, opened on first use with the starting balance and nothing else."""
        with self.lock:
            account = self.accounts.get(user_id)
            if account is None:
                account = self.accounts[user_id] = Account(user_id, STARTING_BALANCE, updated_ts=int(self.clock()))
            return account

    def user_for(self, request: RecordedRequest) -> str:
        """The account a request acts for: the one its API key belongs to, else the default one."""
        with self.lock:
            return self.key_users.get(request.header(HEADER_KEY) or "", DEFAULT_USER_ID)

    def resting_orders(self, user_id: str) -> list[Order]:
        """The resting orders of one account, in no particular order."""
        with self.lock:
            return [order for order in self.resting.values() if order.user_id == user_id]

    def set_balance(self, balance: int, *, portfolio_value: int | None = None, user_id: str = DEFAULT_USER_ID) -> None:
        """Set an account's available balance and, optionally, its portfolio value (both in cents)."""
        with self.lock:
            account = self.account(user_id)
            account.cash = Decimal(int(balance)) / 100 + reserved_collateral(account, self.resting_orders(user_id))
            if portfolio_value is not None:
                account.portfolio_offset = Decimal(int(portfolio_value)) / 100 - account.exposure()
            account.updated_ts = int(self.clock())

    def balance(self, user_id: str) -> dict[str, Any]:
        """The ``GetBalanceResponse`` of an account."""
        with self.lock:
            account = self.account(user_id)
            available = account.cash - reserved_collateral(account, self.resting_orders(user_id))
            return {
                "balance": cents(available),
                "balance_dollars": dollars(available),
                "portfolio_value": cents(account.exposure() + account.portfolio_offset),
                "updated_ts": account.updated_ts,
            }

    def add_milestone(self, milestone: Mapping[str, Any]) -> str:
        """Store a copy of a Milestone-shaped mapping (replacing one with the same id); returns its id."""
        data = copy.deepcopy(dict(milestone))
        for required in ("id", "category", "type", "start_date"):
            if not isinstance(data.get(required), str) or not data[required]:
                raise ValueError(f"milestone needs a non-empty string {required!r}")
        start = parse_rfc3339(data["start_date"])
        if data.get("last_updated_ts") is not None:
            parse_rfc3339(data["last_updated_ts"])
        data.setdefault("end_date", None)
        data.setdefault("title", "")
        data.setdefault("notification_message", "")
        data.setdefault("source_id", None)
        data.setdefault("details", {})
        data.setdefault("related_event_tickers", [])
        data.setdefault("primary_event_tickers", [])
        if data.get("last_updated_ts") is None:
            data["last_updated_ts"] = format_rfc3339(self.now())
        with self.lock:
            self.milestones[data["id"]] = data
            self.milestone_starts[data["id"]] = start
        return str(data["id"])

    def set_live_data(self, milestone_id: str, live_data: Mapping[str, Any]) -> None:
        """Store a copy of a LiveData-shaped mapping for ``milestone_id``.

        ``type`` defaults to the milestone's type when the milestone is known; ``milestone_id``
        is always set to the given id.
        """
        data = copy.deepcopy(dict(live_data))
        with self.lock:
            if "type" not in data and milestone_id in self.milestones:
                data["type"] = self.milestones[milestone_id]["type"]
            if not isinstance(data.get("type"), str):
                raise ValueError("live data needs a string 'type'")
            data.setdefault("details", {})
            data["milestone_id"] = milestone_id
            self.live_data[milestone_id] = data

    def set_game_stats(self, milestone_id: str, pbp: Mapping[str, Any] | None) -> None:
        """Store the play-by-play (``{"periods": [...]}``) served by the game_stats endpoint."""
        with self.lock:
            self.game_stats[milestone_id] = None if pbp is None else copy.deepcopy(dict(pbp))
