"""Client-side rate limiting: one token bucket for reads and one for writes, per client.

Kalshi answers 429 when an account exceeds its tier's budget. The client keeps under the budget
itself, so a burst of calls queues up here instead of failing there. The buckets are shared by
every thread using a `Kalshi` client (and every task of an `AsyncKalshi`), and by the copies
`with_options()` makes.

A bucket is sans-IO. `reserve()` books the next free slot and says how long to wait for it; the
caller sleeps (time.sleep or asyncio.sleep) and asks `wait_again()` whether it may go. Booking
happens under a lock and never blocks, so waiting callers go in arrival order, and a cancelled
waiter costs one slot. A caller that wakes late (a busy machine, a starved event loop) goes at
once, with the requests booked for up to half a second after it; when it is later than that,
every later booking moves back, so the exchange never sees a catch-up surge above its bucket.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from ._constants import (
    RATE_LIMIT_BURST_SECONDS,
    RATE_LIMIT_CATCH_UP_SECONDS,
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
    """A request budget: reads (GET) and writes (every other method) per second.

    With `shared` (a Redis URL such as "redis://host:6379/0"), the budget is kept in Redis and
    shared by every client, in any process or host, using the same `key` (one per account); see
    "Running many processes" in the README. Needs the `redis` extra.
    """

    reads_per_second: float
    writes_per_second: float
    shared: str | None = field(default=None, repr=False)  # the URL may carry a password
    key: str = "default"

    def __post_init__(self) -> None:
        for name in ("reads_per_second", "writes_per_second"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                raise ValueError(f"{name} must be a positive number, got {value!r}")
        if self.shared is not None and (
            not isinstance(self.shared, str) or not self.shared.startswith(("redis://", "rediss://", "unix://"))
        ):
            raise ValueError("shared must be a Redis URL (redis://, rediss:// or unix://) or None")
        if not isinstance(self.key, str) or not self.key:
            raise ValueError(f"key must be a non-empty string naming the shared budget, got {self.key!r}")

    @classmethod
    def tier(cls, name: str, *, shared: str | None = None, key: str = "default") -> RateLimit:
        """The budget of one of Kalshi's API usage tiers: "basic", "advanced", "premier" or "prime"."""
        rates = RATE_LIMIT_TIERS.get(name.strip().lower()) if isinstance(name, str) else None
        if rates is None:
            raise ValueError(f"rate_limit tier must be one of {', '.join(RATE_LIMIT_TIERS)}; got {name!r}")
        return cls(*rates, shared=shared, key=key)


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
        # How far all bookings have been moved back since the start (late wake-ups, 429 pauses).
        self._slip = 0.0
        self._slowdowns = 0
        self._recover_at = 0.0

    @property
    def current_rate(self) -> float:
        """Requests per second allowed now (lower than `rate` for a while after a 429)."""
        return 1.0 / self._interval

    def reserve(self, cost: float = 1.0) -> tuple[float, float]:
        """Book a slot for a request: (seconds to wait, 0 to go now; the booking's ticket)."""
        now = time.monotonic()
        with self._lock:
            if self._slowdowns and now >= self._recover_at:
                self._set_slowdowns(self._slowdowns - 1, now)
            start = self._next_free if self._next_free > now else now
            self._next_free = start + cost * self._interval
            allowed = start - self._tolerance
            # The ticket is the time the request may go, less the moves so far: later moves apply.
            ticket = allowed - self._slip
        wait = allowed - now
        return (wait if wait > _NEGLIGIBLE else 0.0), ticket

    def wait_again(self, ticket: float) -> float:
        """After waiting: the seconds still to wait for the booking (0 to go now)."""
        now = time.monotonic()
        with self._lock:
            allowed = ticket + self._slip
            if allowed - now > _NEGLIGIBLE:  # bookings were moved back while this one waited
                return allowed - now
            excess = now - allowed - max(self._tolerance, RATE_LIMIT_CATCH_UP_SECONDS)
            if excess > 0:  # woke so late that the bookings after this one would surge
                self._slip += excess
                self._next_free += excess
        return 0.0

    def slow_down(self, pause: float | None = None) -> None:
        """React to a 429: halve the rate for a while, spend the burst, and hold every booking `pause` seconds."""
        now = time.monotonic()
        held = pause or 0.0
        with self._lock:
            next_allowed = self._next_free - self._tolerance
            self._set_slowdowns(min(self._slowdowns + 1, RATE_LIMIT_MAX_SLOWDOWNS), now)
            self._slip += held
            # New bookings go after the held ones, none before now + pause, and none in a burst.
            self._next_free = max(next_allowed, now) + held + self._tolerance

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
        if option.shared is not None:
            from ._shared_rate_limit import SharedRateLimiter

            return SharedRateLimiter(option)
        return RateLimiter(option)
    if isinstance(option, str):
        return RateLimiter(RateLimit.tier(option))
    raise TypeError(
        f"rate_limit must be a tier name ({', '.join(RATE_LIMIT_TIERS)}), a RateLimit, or None/False; got {option!r}"
    )
