"""An optional request-rate limit: at most N requests in any window of S seconds."""

from __future__ import annotations

import math
from collections import deque

from ._http import ApiError


class RateLimiter:
    """A sliding-window limit. Requests refused with 429 do not count against it."""

    def __init__(self, max_requests: int, per_seconds: float) -> None:
        if isinstance(max_requests, bool) or not isinstance(max_requests, int) or max_requests < 1:
            raise ValueError(f"max_requests must be a positive integer, got {max_requests!r}")
        if not per_seconds > 0:
            raise ValueError(f"per_seconds must be positive, got {per_seconds!r}")
        self.max_requests = max_requests
        self.per_seconds = float(per_seconds)
        self._accepted: deque[float] = deque()

    def admit(self, now: float) -> None:
        """Count one request arriving at ``now`` (seconds, any clock that does not run backwards), or raise
        ApiError 429 with a Retry-After header (whole seconds, at least 1)."""
        moment = now
        while self._accepted and self._accepted[0] <= moment - self.per_seconds:
            self._accepted.popleft()
        if len(self._accepted) >= self.max_requests:
            wait = self._accepted[0] + self.per_seconds - moment
            raise ApiError(
                429,
                "too_many_requests",
                f"rate limit exceeded: at most {self.max_requests} requests per {self.per_seconds:g} s",
                headers={"Retry-After": str(max(1, math.ceil(wait)))},
            )
        self._accepted.append(moment)
