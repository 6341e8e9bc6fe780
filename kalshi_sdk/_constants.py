"""Defaults of the SDK, in one place."""

from __future__ import annotations

import httpx

# A call never waits forever: a slow exchange answer raises APITimeoutError instead.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Connection pool: httpx's own defaults, up to 100 connections of which 20 are kept open when idle.
# httpcore's pool walks every connection (and, for each idle one, every connection again) whenever
# a request starts or ends, so each idle connection it keeps costs CPU on every request: keeping
# 100 made an async client at concurrency 50 half as fast as httpx's defaults (issue 12). 20 cover
# what the rate budget lets a client have in flight (up to 10 at the Basic tier), and bursts above
# that still get up to 100 connections, closed when they go idle. Over aiohttp
# (DefaultAioHttpClient) the pool costs the same at any size, and keeps its connections open.
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 20
DEFAULT_LIMITS = httpx.Limits(
    max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS
)
DEFAULT_PAGE_SIZE = 100

# Retries: 3 retries wait about 0.5 + 1 + 2 s (jittered), which rides out a restart of a few
# seconds without holding a trading loop for long. A server's Retry-After is obeyed up to 30 s.
DEFAULT_MAX_RETRIES = 3
RETRY_BACKOFF_BASE = 0.5
RETRY_BACKOFF_CAP = 8.0
RETRY_AFTER_CAP = 30.0
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

# Kalshi's published API usage tiers: (reads per second, writes per second).
RATE_LIMIT_TIERS: dict[str, tuple[float, float]] = {
    "basic": (20, 10),
    "advanced": (30, 30),
    "premier": (100, 100),
    "prime": (400, 400),
}
# Every account has at least the Basic tier, so its budget never draws 429s on any account.
DEFAULT_RATE_LIMIT = "basic"
# A client may send half a second's budget at once, and at most 10 requests: the server's bucket
# holds a full second, so the rest absorbs network jitter that bunches requests on arrival; and
# with ~100 requests in flight at once, httpx's async connection pool slows down so much that it
# does not recover while the load lasts (at high tiers, the rest follow within milliseconds).
RATE_LIMIT_BURST_SECONDS = 0.5
RATE_LIMIT_MAX_BURST = 10
# A request whose caller woke late (a busy machine) still goes with those booked up to half a
# second after it: the exchange's bucket refilled for them while nothing was sent. Later than that,
# the bookings behind it move back instead of following in one surge.
RATE_LIMIT_CATCH_UP_SECONDS = 0.5
# After a 429 the budget halves (at most three times, to 1/8), and steps back up one halving per
# this many seconds without another 429.
RATE_LIMIT_MAX_SLOWDOWNS = 3
RATE_LIMIT_RECOVERY_SECONDS = 5.0
# A budget shared through Redis (RateLimit(shared=...)): its keys, "kalshi-sdk:<key>:reads" and
# ":writes", expire after a minute unused. A Redis call gives up after a quarter of a second (the
# local bucket then serves, and Redis is tried again after a few seconds); an async caller polls
# for its booking every half millisecond.
SHARED_RATE_LIMIT_KEY_PREFIX = "kalshi-sdk:"
SHARED_RATE_LIMIT_TTL_SECONDS = 60.0
SHARED_RATE_LIMIT_TIMEOUT_SECONDS = 0.25
SHARED_RATE_LIMIT_RETRY_SECONDS = 5.0
SHARED_RATE_LIMIT_POLL_SECONDS = 0.0005

API_PATH_PREFIX = "/trade-api/v2"

ENV_API_KEY_ID = "KALSHI_API_KEY_ID"
ENV_PRIVATE_KEY_PATH = "KALSHI_PRIVATE_KEY_PATH"
ENV_PRIVATE_KEY = "KALSHI_PRIVATE_KEY"

HEADER_KEY = "KALSHI-ACCESS-KEY"
HEADER_SIGNATURE = "KALSHI-ACCESS-SIGNATURE"
HEADER_TIMESTAMP = "KALSHI-ACCESS-TIMESTAMP"
