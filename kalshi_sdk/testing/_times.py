"""Timestamps as the API writes and reads them (RFC 3339, UTC), and the clocks the fake exchange keeps time by."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone

__all__ = ["Clock", "FakeClock", "format_rfc3339", "parse_rfc3339"]

# What the fake exchange reads the time from: seconds since the Unix epoch, like time.time.
Clock = Callable[[], float]


class FakeClock:
    """A clock that stands still until told to move: pass it as ``FakeExchange(clock=...)``.

    Order expiry, the rate-limit window and the timestamps the exchange writes then follow
    :meth:`advance` instead of the wall clock, so a test of timing waits for nothing.
    It starts at ``start`` (epoch seconds; default: the wall clock's time when it is made).
    """

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else float(start)
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        """Move the clock forward by ``seconds`` (not negative: time never runs backwards)."""
        if not seconds >= 0:
            raise ValueError(f"seconds must be zero or more, got {seconds!r}")
        with self._lock:
            self._now += seconds

    def __repr__(self) -> str:
        return f"FakeClock({self():.3f})"


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
