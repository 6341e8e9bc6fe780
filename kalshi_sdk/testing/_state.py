"""The fake exchange's data: plain dicts guarded by one re-entrant lock."""

from __future__ import annotations

import copy
import re
import threading
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from ._auth import PublicKey

_FRACTION = re.compile(r"\.(\d+)")


def parse_rfc3339(value: str) -> datetime:
    """Parse an RFC 3339 / ISO 8601 timestamp (``Z`` suffix and any fraction length accepted) as UTC.

    A value without an offset is taken as UTC. Raises ValueError when it cannot be read.
    """
    text = value.strip()
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    # datetime.fromisoformat on 3.10 only accepts 3 or 6 fraction digits.
    text = _FRACTION.sub(lambda m: "." + (m.group(1) + "000000")[:6], text, count=1)
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def format_rfc3339(moment: datetime) -> str:
    """A UTC timestamp in the ``2025-11-23T18:00:00Z`` style Kalshi uses."""
    text = moment.astimezone(timezone.utc).isoformat()
    return text.replace("+00:00", "Z")


def cents_to_dollars(cents: int) -> str:
    """Cents as a fixed-point dollar string with four decimals, e.g. 10000 -> ``"100.0000"``."""
    return str((Decimal(cents) / 100).quantize(Decimal("0.0001")))


class ExchangeState:
    """Everything the fake exchange knows. Hold ``lock`` while reading or writing any field."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.keys: dict[str, PublicKey] = {}
        self.exchange_status: dict[str, Any] = {
            "exchange_active": True,
            "trading_active": True,
            "exchange_estimated_resume_time": None,
        }
        self.balance: dict[str, Any] = {}
        self.set_balance(10_000, portfolio_value=25_000)
        self.milestones: dict[str, dict[str, Any]] = {}
        # Parsed start_date per milestone id, kept beside the dicts for sorting and filtering.
        self.milestone_starts: dict[str, datetime] = {}
        self.live_data: dict[str, dict[str, Any]] = {}
        self.game_stats: dict[str, dict[str, Any] | None] = {}

    def set_balance(self, balance: int, *, portfolio_value: int | None = None) -> None:
        """Replace the balance (cents) and, optionally, the portfolio value (cents)."""
        with self.lock:
            if portfolio_value is None:
                portfolio_value = int(self.balance.get("portfolio_value", 0))
            self.balance = {
                "balance": int(balance),
                "balance_dollars": cents_to_dollars(int(balance)),
                "portfolio_value": int(portfolio_value),
                "updated_ts": int(time.time()),
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
            data["last_updated_ts"] = format_rfc3339(datetime.now(timezone.utc))
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
