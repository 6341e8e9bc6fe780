"""Client-side rate limiting: one token bucket for reads and one for writes, per client.

Kalshi answers 429 when an account exceeds its tier's budget. The client keeps under the budget
itself, so a burst of calls queues up here instead of failing there. The buckets are shared by
every thread using a `Kalshi` client (and every task of an `AsyncKalshi`), and by the copies
`with_options()` makes.

A bucket is sans-IO: `reserve()` books the next free slot and returns how long the caller must
wait for it, and the caller sleeps (time.sleep or asyncio.sleep). Booking happens under a lock
and never blocks, so waiting callers go in arrival order and a cancelled waiter costs one slot.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from ._constants import (
    RATE_LIMIT_BURST_SECONDS,
    RATE_LIMIT_MAX_BURST,
    RATE_LIMIT_MAX_SLOWDOWNS,
    RATE_LIMIT_RECOVERY_SECONDS,
    RATE_LIMIT_TIERS,
)

__all__ = ["RateLimit", "RateLimitOption", "RateLimiter", "TokenBucket", "resolve_rate_limit"]

# Waits shorter than this are float rounding in the slot arithmetic, not a real wait.
_NEGLIGIBLE = 1e-6


@dataclass(frozen=True)
class RateLimit:
    """A request budget: reads (GET) and writes (every other method) per second."""

    reads_per_second: float
    writes_per_second: float

    def __post_init__(self) -> None:
        for name in ("reads_per_second", "writes_per_second"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                raise ValueError(f"{name} must be a positive number, got {value!r}")

    @classmethod
    def tier(cls, name: str) -> RateLimit:
        """The budget of one of Kalshi's API usage tiers: "basic", "advanced", "premier" or "prime"."""
        rates = RATE_LIMIT_TIERS.get(name.strip().lower()) if isinstance(name, str) else None
        if rates is None:
            raise ValueError(f"rate_limit tier must be one of {', '.join(RATE_LIMIT_TIERS)}; got {name!r}")
        return cls(*rates)


RateLimitOption = str | RateLimit | bool | None
"""What a client's `rate_limit=` takes: a tier name, a `RateLimit`, or None/False for no limit."""


class TokenBucket:
    """One budget of `rate` requests per second, allowing bursts of `burst` requests.

    Kept as the earliest time the next request may go (a "theoretical arrival time"): each request
    moves it on by its cost in intervals, and a request may go once it is no further ahead of now
    than the burst allows.
    """

    def __init__(self, rate: float, burst: float) -> None:
        self.rate = float(rate)
        self.burst = max(1.0, float(burst))
        self._lock = threading.Lock()
        self._interval = 1.0 / self.rate
        self._tolerance = (self.burst - 1.0) * self._interval
        self._next_free = 0.0
        self._slowdowns = 0
        self._recover_at = 0.0

    @property
    def current_rate(self) -> float:
        """Requests per second allowed now (lower than `rate` for a while after a 429)."""
        return 1.0 / self._interval

    def reserve(self, cost: float = 1.0) -> float:
        """Book a slot for a request; returns the seconds to wait before sending it (0 to go now)."""
        now = time.monotonic()
        with self._lock:
            if self._slowdowns and now >= self._recover_at:
                self._set_slowdowns(self._slowdowns - 1, now)
            start = self._next_free if self._next_free > now else now
            self._next_free = start + cost * self._interval
            wait = start - self._tolerance - now
        return wait if wait > _NEGLIGIBLE else 0.0

    def slow_down(self, pause: float | None = None) -> None:
        """React to a 429: halve the rate for a while, spend the burst, and pause `pause` seconds."""
        now = time.monotonic()
        with self._lock:
            self._set_slowdowns(min(self._slowdowns + 1, RATE_LIMIT_MAX_SLOWDOWNS), now)
            # No request may go before now + pause, and none in a burst after that.
            self._next_free = max(self._next_free, now + (pause or 0.0) + self._tolerance)

    def _set_slowdowns(self, count: int, now: float) -> None:
        self._slowdowns = count
        self._interval = (2**count) / self.rate
        self._tolerance = (self.burst - 1.0) * self._interval
        self._recover_at = now + RATE_LIMIT_RECOVERY_SECONDS


class RateLimiter:
    """The read and write buckets of one client."""

    def __init__(self, limit: RateLimit) -> None:
        self.limit = limit
        self.reads = TokenBucket(limit.reads_per_second, _burst(limit.reads_per_second))
        self.writes = TokenBucket(limit.writes_per_second, _burst(limit.writes_per_second))

    def bucket_for(self, method: str) -> TokenBucket:
        """The budget a request of this HTTP method spends."""
        return self.reads if method == "GET" else self.writes

    def __repr__(self) -> str:
        return f"RateLimiter({self.limit.reads_per_second:g} reads/s, {self.limit.writes_per_second:g} writes/s)"


def _burst(rate: float) -> float:
    return min(rate * RATE_LIMIT_BURST_SECONDS, RATE_LIMIT_MAX_BURST)


def resolve_rate_limit(option: RateLimitOption) -> RateLimiter | None:
    """The limiter for a client's `rate_limit=` argument; None when limiting is off."""
    if option is None or option is False:
        return None
    if isinstance(option, RateLimit):
        return RateLimiter(option)
    if isinstance(option, str):
        return RateLimiter(RateLimit.tier(option))
    raise TypeError(
        f"rate_limit must be a tier name ({', '.join(RATE_LIMIT_TIERS)}), a RateLimit, or None/False; got {option!r}"
    )
