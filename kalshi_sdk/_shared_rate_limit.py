"""A rate budget kept in Redis, shared by every client (process, host) that names the same key.

Kalshi's budget is per account, so several processes under one API key must draw from one bucket.
`RateLimit(..., shared="redis://host:6379/0", key="my-account")` keeps the read and write buckets
in Redis. Booking a slot is one Lua script, run atomically by the Redis server with the server's
clock (TIME), so hosts whose clocks disagree still share one schedule: the script moves the
bucket on and answers how long the caller must wait. A 429 seen by any client halves the shared
rate (and holds it for the server's Retry-After), so all clients slow down together.

When Redis cannot be reached (or answers nothing within a short timeout), the client logs a
warning and falls back to its own local bucket with the same budget: never unlimited sending,
never a hang. It tries Redis again after a few seconds.

A client calls the bucket without awaiting it, so the async client must not wait on a socket
there. Inside a running event loop the booking is handed to one worker thread per budget and the
caller polls for its answer with short sleeps (which the async client awaits); a blocking client
books inline.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from ._constants import (
    RATE_LIMIT_MAX_SLOWDOWNS,
    RATE_LIMIT_RECOVERY_SECONDS,
    SHARED_RATE_LIMIT_KEY_PREFIX,
    SHARED_RATE_LIMIT_POLL_SECONDS,
    SHARED_RATE_LIMIT_RETRY_SECONDS,
    SHARED_RATE_LIMIT_TIMEOUT_SECONDS,
    SHARED_RATE_LIMIT_TTL_SECONDS,
)
from ._rate_limit import _NEGLIGIBLE, RateLimit, RateLimiter, TokenBucket, _burst
from ._tabular import require

__all__ = ["SharedRateLimiter", "SharedTokenBucket", "redacted_url"]

log = logging.getLogger("kalshi_sdk")

# The bucket as a "theoretical arrival time" (tat, microseconds of the server's clock), like the
# local TokenBucket, plus its slowdowns after 429s. Returns the microseconds the caller waits.
_RESERVE = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local interval, cost, burst = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local recovery = tonumber(ARGV[4])
local state = redis.call('HMGET', KEYS[1], 'tat', 'slow', 'recover_at')
local tat, slow, recover_at = tonumber(state[1]) or 0, tonumber(state[2]) or 0, tonumber(state[3]) or 0
if slow > 0 and now >= recover_at then
  slow = slow - 1
  recover_at = now + recovery
end
local step = interval * 2 ^ slow
local start = math.max(tat, now)
local allowed = start - (burst - 1) * step
redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', start + cost * step), 'slow', slow,
  'recover_at', string.format('%.0f', recover_at))
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return string.format('%.0f', math.max(0, allowed - now))
"""

# A 429: one more halving (up to the cap), no burst, and every booking held `pause` microseconds.
_SLOW_DOWN = """
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local interval, burst, recovery = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local most, pause = tonumber(ARGV[4]), tonumber(ARGV[5])
local state = redis.call('HMGET', KEYS[1], 'tat', 'slow')
local tat, slow = tonumber(state[1]) or 0, tonumber(state[2]) or 0
local next_allowed = tat - (burst - 1) * interval * 2 ^ slow
slow = math.min(slow + 1, most)
tat = math.max(next_allowed, now) + pause + (burst - 1) * interval * 2 ^ slow
redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', tat), 'slow', slow,
  'recover_at', string.format('%.0f', now + recovery))
redis.call('PEXPIRE', KEYS[1], ARGV[6])
return slow
"""


def redacted_url(url: str) -> str:
    """The Redis URL without its user name and password, fit for a log line or a repr."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    where = f"{host}:{parts.port}" if parts.port else host
    return f"{parts.scheme}://{where}{parts.path}" if where else f"{parts.scheme}://{parts.path}"


class _RedisStore:
    """The connection to the shared budget, its scripts, and whether it is reachable now."""

    def __init__(self, url: str) -> None:
        redis = require("redis", "a rate budget shared through Redis (RateLimit(shared=...))")
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        self.where = redacted_url(url)
        # Short timeouts and no retries inside the client: a Redis that does not answer costs a
        # request at most one timeout, then the local bucket takes over.
        self.client = redis.Redis.from_url(
            url,
            socket_timeout=SHARED_RATE_LIMIT_TIMEOUT_SECONDS,
            socket_connect_timeout=SHARED_RATE_LIMIT_TIMEOUT_SECONDS,
            retry=Retry(NoBackoff(), 0),
        )
        self.reserve_script = self.client.register_script(_RESERVE)
        self.slow_down_script = self.client.register_script(_SLOW_DOWN)
        self._lock = threading.Lock()
        self._down_until = 0.0
        self._down = False
        self._executor: ThreadPoolExecutor | None = None

    def submit(self, work: Any, *args: Any) -> Future[Any]:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kalshi-shared-budget")
            executor = self._executor
        return executor.submit(work, *args)

    def reachable(self) -> bool:
        """False for a while after Redis failed (the local bucket serves meanwhile)."""
        return not self._down or time.monotonic() >= self._down_until

    def call(self, script: Any, key: str, *args: Any) -> Any:
        """Run a script; on failure, note that Redis is down and return None."""
        try:
            result = script(keys=[key], args=args)
        except Exception as error:  # redis.RedisError, OSError: whatever the connection raised
            with self._lock:
                first = not self._down
                self._down, self._down_until = True, time.monotonic() + SHARED_RATE_LIMIT_RETRY_SECONDS
            if first:
                log.warning(
                    "shared rate budget at %s unreachable (%s); this client keeps to its own limiter "
                    "meanwhile and tries again every %g s",
                    self.where,
                    type(error).__name__,
                    SHARED_RATE_LIMIT_RETRY_SECONDS,
                )
            return None
        if self._down:
            with self._lock:
                self._down = False
            log.warning("shared rate budget at %s reachable again", self.where)
        return result


class SharedTokenBucket(TokenBucket):
    """A token bucket kept in Redis; its local half is the fallback while Redis is unreachable."""

    def __init__(self, rate: float, burst: float, store: _RedisStore, key: str) -> None:
        super().__init__(rate, burst)
        self._store = store
        self._key = key
        self._interval_us = 1_000_000 / self.rate
        self._pending: dict[int, Future[float]] = {}
        self._ids = itertools.count(1)

    def reserve(self, cost: float = 1.0) -> tuple[float, float]:
        """Book a slot: (seconds to wait, ticket). Inside an event loop the booking runs on the
        budget's worker thread, and the wait is a short poll for its answer (a negative ticket)."""
        if _in_event_loop():
            ticket = next(self._ids)
            self._pending[ticket] = self._store.submit(self._book, cost)
            if len(self._pending) > 1024:  # waiters that were cancelled leave their bookings behind
                for stale in [key for key, future in self._pending.items() if future.done() and key != ticket]:
                    self._pending.pop(stale, None)
            return SHARED_RATE_LIMIT_POLL_SECONDS, float(-ticket)
        allowed = self._book(cost)
        wait = allowed - time.monotonic()
        return (wait if wait > _NEGLIGIBLE else 0.0), allowed

    def wait_again(self, ticket: float) -> float:
        if ticket < 0:
            future = self._pending.get(int(-ticket))
            if future is None:
                return 0.0
            if not future.done():
                return SHARED_RATE_LIMIT_POLL_SECONDS
            del self._pending[int(-ticket)]
            ticket = future.result()
        wait = ticket - time.monotonic()
        return wait if wait > _NEGLIGIBLE else 0.0

    def slow_down(self, pause: float | None = None) -> None:
        """A 429: slow the shared bucket for every client (and this client's local one)."""
        super().slow_down(pause)
        args = (
            self._interval_us,
            self.burst,
            RATE_LIMIT_RECOVERY_SECONDS * 1_000_000,
            RATE_LIMIT_MAX_SLOWDOWNS,
            (pause or 0.0) * 1_000_000,
            int(SHARED_RATE_LIMIT_TTL_SECONDS * 1000),
        )
        self._store.submit(self._store.call, self._store.slow_down_script, self._key, *args)

    def _book(self, cost: float) -> float:
        """The local monotonic time at which the booked request may go (the local bucket's when Redis is down)."""
        store = self._store
        if store.reachable():
            args = (
                self._interval_us,
                cost,
                self.burst,
                RATE_LIMIT_RECOVERY_SECONDS * 1_000_000,
                int(SHARED_RATE_LIMIT_TTL_SECONDS * 1000),
            )
            answer = store.call(store.reserve_script, self._key, *args)
            if answer is not None:
                return time.monotonic() + int(answer) / 1_000_000
        wait, _ = TokenBucket.reserve(self, cost)
        return time.monotonic() + wait


class SharedRateLimiter(RateLimiter):
    """The read and write buckets of a client, kept in Redis under the limit's key."""

    def __init__(self, limit: RateLimit) -> None:
        assert limit.shared is not None
        self.limit = limit
        self.store = _RedisStore(limit.shared)
        prefix = f"{SHARED_RATE_LIMIT_KEY_PREFIX}{limit.key}"
        reads, writes = limit.reads_per_second, limit.writes_per_second
        self.reads = SharedTokenBucket(reads, _burst(reads), self.store, f"{prefix}:reads")
        self.writes = SharedTokenBucket(writes, _burst(writes), self.store, f"{prefix}:writes")

    def __repr__(self) -> str:
        return (
            f"SharedRateLimiter({self.limit.reads_per_second:g} reads/s, {self.limit.writes_per_second:g} writes/s, "
            f"key={self.limit.key!r} at {self.store.where})"
        )


def _in_event_loop() -> bool:
    import sys

    asyncio = sys.modules.get("asyncio")  # no loop can run before asyncio is imported
    return asyncio is not None and asyncio.events._get_running_loop() is not None
