"""The machinery shared by `Kalshi` and `AsyncKalshi`.

A call is a `RequestSpec`. `BaseClient` turns it into an httpx request, reads each response into a
model or a typed exception, and decides whether a failed attempt goes again (`RetryPolicy`) and
how long a request waits for the rate budget (`RateLimiter`). The sync and async clients add only
the lines that send and sleep.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from ._auth import KalshiAuth
from ._constants import (
    DEFAULT_LIMITS,
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
    ENV_API_KEY_ID,
    ENV_PRIVATE_KEY,
    ENV_PRIVATE_KEY_PATH,
)
from ._environments import resolve_base_url
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    MissingCredentialsError,
    RateLimitError,
    make_status_error,
)
from ._operations import RequestSpec
from ._rate_limit import RateLimiter, RateLimitOption, TokenBucket, resolve_rate_limit
from ._retry import IDEMPOTENT_METHODS, RetryPolicy
from ._version import __version__

__all__ = ["AsyncAPIClient", "BaseClient", "SyncAPIClient"]

log = logging.getLogger("kalshi_sdk")

HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)
ClientT = TypeVar("ClientT", bound="BaseClient[Any]")

_NOT_GIVEN: Any = object()


class _Pool(Generic[HttpClientT]):
    """A client's httpx pool, made on first use and shared with the client's `with_options()` copies.

    Making an httpx client builds an SSL context, which takes longer than importing the SDK: a
    client that is constructed but has not sent anything yet should not pay for it.
    """

    def __init__(self, make: Callable[[], HttpClientT], http: HttpClientT | None) -> None:
        self._make: Callable[[], HttpClientT] = make
        self._lock = threading.Lock()
        self.http: HttpClientT | None = http
        self.closed = False

    def get(self) -> HttpClientT:
        http = self.http
        if http is None:
            with self._lock:  # two threads sending their first request must not make two pools
                if self.http is None:
                    if self.closed:
                        raise RuntimeError("Cannot send a request, as the client has been closed.")
                    self.http = self._make()
                http = self.http
        return http

    def close(self) -> HttpClientT | None:
        """Mark the pool closed; returns the httpx client to close, if one was made."""
        self.closed = True
        return self.http


class BaseClient(Generic[HttpClientT]):
    """Configuration and request/response handling common to both clients."""

    def __init__(
        self,
        *,
        api_key_id: str | None = None,
        private_key: Any = None,
        private_key_path: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limit: RateLimitOption = DEFAULT_RATE_LIMIT,
        default_headers: dict[str, str] | None = None,
        http_client: HttpClientT | None = None,
        credentials_from_env: bool = True,
    ) -> None:
        self.base_url = resolve_base_url(environment, base_url)
        self.timeout = _as_timeout(timeout)
        self.retry_policy = _retry_policy(retry_policy or RetryPolicy(), max_retries)
        self.rate_limiter: RateLimiter | None = resolve_rate_limit(rate_limit)
        self._auth = _resolve_auth(api_key_id, private_key, private_key_path, credentials_from_env)
        self._headers = {"User-Agent": f"kalshi-trade-sdk/{__version__}", "Accept": "application/json"}
        self._headers.update(default_headers or {})
        adopted = http_client is not None and not str(http_client.base_url)
        if adopted:
            # A client of the user's with no base URL (such as DefaultAioHttpClient()) cannot send
            # anything on its own: it takes this client's base URL and headers, and closes with it.
            assert http_client is not None
            http_client.base_url = self.base_url
            http_client.headers.update(self._headers)
        self._owns_http = http_client is None or adopted
        self._pool: _Pool[HttpClientT] = _Pool(self._new_http, http_client)

    @property
    def _http(self) -> HttpClientT:
        """The connection pool (made on the first request)."""
        return self._pool.get()

    def _new_http(self) -> HttpClientT:
        """A connection pool configured from this client's settings."""
        raise NotImplementedError

    @property
    def has_credentials(self) -> bool:
        """Whether requests that need an API key can be signed."""
        return self._auth is not None

    def __repr__(self) -> str:
        key = f", api_key_id={self._auth.key_id!r}" if self._auth else ""
        return f"{type(self).__name__}(base_url={self.base_url!r}{key})"

    def with_options(
        self: ClientT,
        *,
        timeout: float | httpx.Timeout | None = _NOT_GIVEN,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> ClientT:
        """A copy of this client with other settings, sharing its connection pool and rate limiter.

        For one call: `client.with_options(max_retries=0).orders.create(...)`. Closing the copy
        does nothing; close the original when done.
        """
        from .resources._base import AsyncAPIResource, SyncAPIResource

        clone = copy.copy(self)
        # Cached resource groups are bound to this client; the copy builds its own.
        clone.__dict__ = {
            key: value
            for key, value in self.__dict__.items()
            if not isinstance(value, (SyncAPIResource, AsyncAPIResource))
        }
        if timeout is not _NOT_GIVEN:
            clone.timeout = _as_timeout(timeout)
        clone.retry_policy = _retry_policy(retry_policy or self.retry_policy, max_retries)
        clone._owns_http = False
        return clone

    def _http_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "headers": self._headers,
            "timeout": self.timeout,
            "limits": DEFAULT_LIMITS,
        }

    def _auth_for(self, spec: RequestSpec) -> KalshiAuth | None:
        """The signer for a call; raises before sending when the call needs one and there is none."""
        if spec.requires_auth and self._auth is None:
            raise MissingCredentialsError(
                f"{spec.method} {spec.url} needs an API key: pass api_key_id and private_key (or "
                f"private_key_path) to the client, or set {ENV_API_KEY_ID} and {ENV_PRIVATE_KEY_PATH} "
                f"or {ENV_PRIVATE_KEY}"
            )
        return self._auth if spec.requires_auth else None

    def _build_request(self, spec: RequestSpec) -> httpx.Request:
        request: httpx.Request = self._http.build_request(
            spec.method,
            spec.url,
            params=spec.params or None,
            json=spec.json,
            headers=spec.headers,
            timeout=self.timeout,
        )
        return request

    def _start(self, spec: RequestSpec) -> _Call:
        """The state of a new call; raises before sending when it needs credentials there are not."""
        auth = self._auth_for(spec)
        retry_safe = spec.retry_safe if spec.retry_safe is not None else spec.method in IDEMPOTENT_METHODS
        bucket = None if self.rate_limiter is None else self.rate_limiter.bucket_for(spec.method)
        return _Call(spec, self._build_request(spec), auth, bucket, retry_safe)

    def _transport_error(self, call: _Call, exc: httpx.TransportError, started: float) -> APIConnectionError:
        request = call.request
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %s in %.1f ms (attempt %d)",
                request.method,
                request.url.path,
                type(exc).__name__,
                (time.perf_counter() - started) * 1000,
                call.attempt,
            )
        # A connection that was never made cannot have delivered the request.
        sent = not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
        reason = str(exc) or type(exc).__name__
        error_class = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        error = error_class(method=request.method, path=request.url.path, reason=reason, request_sent=sent)
        # Chain a copy without `.request`: the original holds the request's signature header.
        error.__cause__ = _without_request(exc)
        return error

    def _read_response(self, call: _Call, response: httpx.Response, started: float) -> Any:
        """The parsed body of a successful response; the typed exception for an error status."""
        request, spec = call.request, call.spec
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %s in %.1f ms (attempt %d)",
                request.method,
                request.url.path,
                response.status_code,
                (time.perf_counter() - started) * 1000,
                call.attempt,
            )
        if response.status_code >= 400:
            raise make_status_error(
                method=request.method,
                path=request.url.path,
                status_code=response.status_code,
                content=response.content,
                headers=dict(response.headers),
            )
        if spec.response_model is None:
            return None
        try:
            data = json.loads(response.content)
        except ValueError:
            reason = "the body is empty" if not response.content else "the body is not valid JSON"
            raise _unreadable(response, reason) from None
        if not isinstance(data, dict):
            raise _unreadable(response, "the body is not a JSON object")
        parsed = spec.response_model.from_dict(data)
        if spec.unwrap is None:
            return parsed
        if data.get(spec.unwrap) is None:
            raise _unreadable(response, f"the response has no {spec.unwrap!r} field")
        # A model generated from an older spec may not know the field: its JSON is returned as sent.
        return getattr(parsed, spec.unwrap, data[spec.unwrap])

    def _retry_delay(self, call: _Call, error: APIError) -> float:
        """Seconds to wait before the call's next attempt; raises `error` when there is none."""
        policy = self.retry_policy
        if isinstance(error, RateLimitError) and call.bucket is not None:
            call.bucket.slow_down(policy.retry_after(error))
        delay = policy.next_delay(error, call.attempt, call.retry_safe)
        if delay is None:
            error.attempts = call.attempt
            raise error
        call.attempt += 1
        log.warning(
            "%s; retrying in %.2f s (attempt %d of %d)",
            error.message,
            delay,
            call.attempt,
            policy.max_retries + 1,
        )
        return delay


class _Call:
    """One call in flight: the request (sent again as it is, signed afresh), its budget, its attempts."""

    __slots__ = ("attempt", "auth", "bucket", "request", "retry_safe", "spec")

    def __init__(
        self,
        spec: RequestSpec,
        request: httpx.Request,
        auth: KalshiAuth | None,
        bucket: TokenBucket | None,
        retry_safe: bool,
    ) -> None:
        self.spec = spec
        self.request = request
        self.auth = auth
        self.bucket = bucket
        self.retry_safe = retry_safe
        self.attempt = 1


class SyncAPIClient(BaseClient[httpx.Client]):
    """Executes request descriptions with an `httpx.Client`."""

    def _new_http(self) -> httpx.Client:
        return httpx.Client(**self._http_options())

    def request(self, spec: RequestSpec) -> Any:
        """Send one call and return its parsed result (or raise its typed exception), retrying as the policy says."""
        call = self._start(spec)
        send, bucket = self._http.send, call.bucket
        while True:
            if bucket is not None:
                wait, ticket = bucket.reserve(spec.cost)
                while wait:
                    time.sleep(wait)
                    wait = bucket.wait_again(ticket)
            started = time.perf_counter()
            try:
                response = send(call.request, auth=call.auth) if call.auth else send(call.request)
            except httpx.TransportError as exc:
                error: APIError = self._transport_error(call, exc, started)
            else:
                try:
                    return self._read_response(call, response, started)
                except APIError as exc:
                    error = exc
            time.sleep(self._retry_delay(call, error))

    def close(self) -> None:
        """Close the connection pool (if this client created it)."""
        http = self._pool.close() if self._owns_http else None
        if http is not None:
            http.close()

    def __enter__(self: ClientT) -> ClientT:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


async def _async_sleep(seconds: float) -> None:
    # asyncio is imported on first use: it takes longer to import than the rest of the SDK, and a
    # program using only the blocking client never needs it.
    import asyncio

    await asyncio.sleep(seconds)


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """Executes request descriptions with an `httpx.AsyncClient`."""

    def _new_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(**self._http_options())

    async def request(self, spec: RequestSpec) -> Any:
        """Send one call and return its parsed result (or raise its typed exception), retrying as the policy says."""
        call = self._start(spec)
        send, bucket = self._http.send, call.bucket
        while True:
            if bucket is not None:
                wait, ticket = bucket.reserve(spec.cost)
                while wait:
                    await _async_sleep(wait)
                    wait = bucket.wait_again(ticket)
            started = time.perf_counter()
            try:
                response = await (send(call.request, auth=call.auth) if call.auth else send(call.request))
            except httpx.TransportError as exc:
                error: APIError = self._transport_error(call, exc, started)
            else:
                try:
                    return self._read_response(call, response, started)
                except APIError as exc:
                    error = exc
            await _async_sleep(self._retry_delay(call, error))

    async def aclose(self) -> None:
        """Close the connection pool (if this client created it)."""
        http = self._pool.close() if self._owns_http else None
        if http is not None:
            await http.aclose()

    async def __aenter__(self: ClientT) -> ClientT:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ValueError(f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}")
    return httpx.Timeout(float(timeout))


def _unreadable(response: httpx.Response, reason: str) -> APIResponseValidationError:
    """The error for a successful response whose body the SDK cannot read."""
    request = response.request
    return APIResponseValidationError(
        method=request.method,
        path=request.url.path,
        status_code=response.status_code,
        body=response.content.decode("utf-8", "replace"),
        reason=reason,
    )


def _retry_policy(policy: RetryPolicy, max_retries: int | None) -> RetryPolicy:
    return policy if max_retries is None else dataclasses.replace(policy, max_retries=max_retries)


def _without_request(exc: httpx.TransportError) -> Exception:
    """The same httpx error, detached from its request (and so from the request's headers)."""
    try:
        return type(exc)(str(exc))
    except Exception:  # an exception class with another constructor
        return httpx.TransportError(str(exc))


def _resolve_auth(
    api_key_id: str | None, private_key: Any, private_key_path: str | None, from_env: bool = True
) -> KalshiAuth | None:
    """Credentials from the arguments, else from the environment (if `from_env`); None when there are none."""
    from ._auth import read_key_file

    if private_key is not None and private_key_path is not None:
        raise ValueError("give either private_key or private_key_path, not both")
    if private_key_path is not None:
        private_key = read_key_file(private_key_path)
    if api_key_id is None and private_key is None:
        return KalshiAuth.from_environment() if from_env else None
    if api_key_id is None:
        raise ValueError(f"a private key was given without api_key_id (or {ENV_API_KEY_ID})")
    if private_key is None:
        raise ValueError("api_key_id was given without private_key or private_key_path")
    return KalshiAuth(api_key_id, private_key)
