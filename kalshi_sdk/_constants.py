"""Defaults of the SDK, in one place."""

from __future__ import annotations

import httpx

# A call never waits forever: a slow exchange answer raises APITimeoutError instead.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_CONNECTIONS = 100
DEFAULT_PAGE_SIZE = 100

API_PATH_PREFIX = "/trade-api/v2"

ENV_API_KEY_ID = "KALSHI_API_KEY_ID"
ENV_PRIVATE_KEY_PATH = "KALSHI_PRIVATE_KEY_PATH"
ENV_PRIVATE_KEY = "KALSHI_PRIVATE_KEY"

HEADER_KEY = "KALSHI-ACCESS-KEY"
HEADER_SIGNATURE = "KALSHI-ACCESS-SIGNATURE"
HEADER_TIMESTAMP = "KALSHI-ACCESS-TIMESTAMP"
