"""When to send a failed request again, and how long to wait first: a sans-IO policy.

The sync and async clients both ask `RetryPolicy.next_delay` after a failed attempt; it answers
with seconds to sleep, or None to give up. Only the sleeping differs between the two clients.

What is retried: connection failures, timeouts and the statuses in RETRY_STATUSES (408, 429,
500, 502, 503, 504), and a success whose body cannot be read. Reads (GET) and deletes are
retried; a POST or PUT only when its request says it is safe (an order create carrying a
client_order_id, which the server de-duplicates), or when the connection was never made, so the
server cannot have seen it.
"""

from __future__ import annotations

import datetime
import email.utils
import random
import time
from dataclasses import dataclass
from typing import Any

from ._constants import (
    DEFAULT_MAX_RETRIES,
    RETRY_AFTER_CAP,
    RETRY_BACKOFF_BASE,
    RETRY_BACKOFF_CAP,
    RETRY_STATUSES,
)
from ._exceptions import APIConnectionError, APIResponseValidationError, APIStatusError

__all__ = ["RetryPolicy", "parse_retry_after"]

# Methods whose repetition leaves the server as one request would.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries failed requests.

    Args:
        max_retries: retries after the first attempt (0 turns retrying off).
        backoff_base: seconds before the first retry; each further retry waits twice as long,
            up to `backoff_cap`. Each wait is jittered to between half and all of that.
        backoff_cap: the longest wait between two attempts, in seconds.
        retry_after_cap: a server's Retry-After (seconds or an HTTP date) is obeyed up to this
            many seconds.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    backoff_base: float = RETRY_BACKOFF_BASE
    backoff_cap: float = RETRY_BACKOFF_CAP
    retry_after_cap: float = RETRY_AFTER_CAP

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative integer, got {self.max_retries!r}")
        for name in ("backoff_base", "backoff_cap", "retry_after_cap"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"{name} must be a non-negative number of seconds, got {value!r}")

    def should_retry(self, error: Exception, attempt: int, retry_safe: bool) -> bool:
        """Whether the request that failed with `error` on attempt number `attempt` goes again."""
        if attempt > self.max_retries:
            return False
        if isinstance(error, APIConnectionError):
            return retry_safe or not error.request_sent
        if isinstance(error, APIStatusError):
            return retry_safe and error.status_code in RETRY_STATUSES
        return retry_safe and isinstance(error, APIResponseValidationError)

    def backoff(self, attempt: int) -> float:
        """The jittered wait after failed attempt number `attempt` (1 for the first)."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** (attempt - 1))
        return ceiling * (0.5 + random.random() / 2)

    def retry_after(self, error: Exception) -> float | None:
        """The server's Retry-After in seconds (capped), or None when it sent none we can read."""
        headers = getattr(error, "headers", None)
        value = headers.get("retry-after") if headers else None
        seconds = parse_retry_after(value) if value else None
        return None if seconds is None else min(seconds, self.retry_after_cap)

    def next_delay(self, error: Exception, attempt: int, retry_safe: bool) -> float | None:
        """Seconds to wait before the next attempt, or None when the request should not be retried."""
        if not self.should_retry(error, attempt, retry_safe):
            return None
        told = self.retry_after(error)
        return told if told is not None else self.backoff(attempt)


def parse_retry_after(value: Any) -> float | None:
    """A Retry-After header as seconds from now (never negative); None when it is neither form."""
    text = str(value).strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # "-0000": HTTP dates are in UTC
            when = when.replace(tzinfo=datetime.timezone.utc)
        seconds = when.timestamp() - time.time()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):  # NaN or infinite
        return None
    return max(0.0, seconds)
