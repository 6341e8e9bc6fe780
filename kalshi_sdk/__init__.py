"""kalshi_sdk: a typed client of the Kalshi Trade API v2, blocking (`Kalshi`) and asyncio (`AsyncKalshi`).

    from kalshi_sdk import Kalshi

    with Kalshi() as client:                       # public data needs no credentials
        for milestone in client.milestones.list(category="Sports", max_items=20):
            print(milestone.title)
"""

import logging
from typing import TYPE_CHECKING

from . import _drift
from ._auth import KalshiAuth, load_private_key
from ._client import AsyncKalshi, Kalshi
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._environments import ENVIRONMENTS
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchIncompleteError,
    ConflictError,
    CursorLoopError,
    DuplicateClientOrderIdError,
    InternalServerError,
    KalshiError,
    MissingCredentialsError,
    NotFoundError,
    OperationUnavailableError,
    PermissionDeniedError,
    RateLimitError,
    StreamCommandError,
    StreamConnectionError,
    StreamError,
    StreamOverflowError,
    UnprocessableEntityError,
)
from ._export import ExportResult, export
from ._rate_limit import RateLimit
from ._retry import RetryPolicy
from ._tabular import to_arrow, to_pandas, to_polars
from ._version import __version__
from .pagination import AsyncCursorPage, CursorPage

if TYPE_CHECKING:
    from ._aiohttp import DefaultAioHttpClient

_drift.install()


def __getattr__(name: str) -> object:
    # DefaultAioHttpClient's module loads on first use: most programs never need it.
    if name == "DefaultAioHttpClient":
        from ._aiohttp import DefaultAioHttpClient

        return DefaultAioHttpClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# A library's records reach the application's handlers, or nowhere: without this, logging's
# last-resort handler would print retry warnings to stderr of programs that configure no logging.
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENVIRONMENTS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCursorPage",
    "AsyncKalshi",
    "AuthenticationError",
    "BadRequestError",
    "BatchIncompleteError",
    "ConflictError",
    "CursorLoopError",
    "CursorPage",
    "DefaultAioHttpClient",
    "DuplicateClientOrderIdError",
    "ExportResult",
    "InternalServerError",
    "Kalshi",
    "KalshiAuth",
    "KalshiError",
    "MissingCredentialsError",
    "NotFoundError",
    "OperationUnavailableError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RetryPolicy",
    "StreamCommandError",
    "StreamConnectionError",
    "StreamError",
    "StreamOverflowError",
    "UnprocessableEntityError",
    "__version__",
    "export",
    "load_private_key",
    "to_arrow",
    "to_pandas",
    "to_polars",
]
