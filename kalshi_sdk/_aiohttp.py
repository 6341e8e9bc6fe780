"""`DefaultAioHttpClient`: an httpx client for `AsyncKalshi` that sends over aiohttp (optional extra).

    pip install "kalshi-trade-sdk[aiohttp]"

    async with AsyncKalshi(http_client=DefaultAioHttpClient()) as client:
        ...

httpx's own asyncio stack costs a few milliseconds of CPU per request; aiohttp's connection pool
and C HTTP parser cost a fraction of that, so a busy async bot sends several times as many
requests a second. Only the transport changes: the request is still an httpx request, signed by
the SDK's `httpx.Auth`, retried by its policy within its rate budget, and its failures are the
same typed exceptions (aiohttp's errors are translated below into the httpx errors they mean).
aiohttp is imported when the first such client is made, never by `import kalshi_sdk`.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from typing import Any, NoReturn

import httpx

from ._constants import DEFAULT_LIMITS, DEFAULT_TIMEOUT

__all__ = ["DefaultAioHttpClient"]

MISSING_EXTRA = (
    'DefaultAioHttpClient needs the "aiohttp" extra of kalshi-trade-sdk: pip install "kalshi-trade-sdk[aiohttp]"'
)


class DefaultAioHttpClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` whose requests go over aiohttp; pass it as `AsyncKalshi(http_client=...)`.

    Made without a base URL, it is configured by the `AsyncKalshi` it is given to (base URL,
    headers) and closed with it. Keyword arguments are those of `httpx.AsyncClient` (`limits`,
    `verify`, `cert`, `trust_env`, `proxy`, ...); the timeout and pool limits default to the SDK's.

    Raises:
        ImportError: naming the extra to install, when aiohttp or httpx-aiohttp is missing.
    """

    def __init__(self, **kwargs: Any) -> None:
        transport_class = _transport_class()
        limits = kwargs.pop("limits", DEFAULT_LIMITS)
        proxy = kwargs.pop("proxy", None)
        transport = transport_class(
            verify=kwargs.pop("verify", True),
            cert=kwargs.pop("cert", None),
            trust_env=kwargs.get("trust_env", True),
            limits=limits,
            proxy=httpx.Proxy(proxy) if isinstance(proxy, (str, httpx.URL)) else proxy,
        )
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        super().__init__(transport=transport, limits=limits, **kwargs)


@functools.cache
def _transport_class() -> Any:
    """httpx-aiohttp's transport, with aiohttp's errors translated as httpx's own transports raise them."""
    try:
        import asyncio

        import aiohttp
        from httpx_aiohttp import AiohttpTransport
    except ImportError as exc:
        raise ImportError(MISSING_EXTRA) from exc

    def translated(exc: BaseException) -> httpx.TransportError | None:
        """The httpx error an aiohttp error means, or None when it is not a transport failure.

        What matters to the SDK is whether the request can have reached the server: only a
        connection that was never made (ConnectError, ConnectTimeout) is safe to send a write again.
        httpx-aiohttp calls any lost connection a ConnectTimeout, including one lost after the
        request went out, so its mapping is not used.
        """
        message = str(exc) or type(exc).__name__
        if isinstance(exc, aiohttp.ClientConnectorError):
            return httpx.ConnectError(message)
        if isinstance(exc, aiohttp.ConnectionTimeoutError):  # connecting, or waiting for the pool
            return httpx.ConnectTimeout(message)
        if isinstance(exc, (aiohttp.ServerTimeoutError, asyncio.TimeoutError)):
            return httpx.ReadTimeout(message)
        if isinstance(exc, (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError)):
            return httpx.RemoteProtocolError(message)
        if isinstance(exc, (aiohttp.ClientConnectionError, OSError)):
            return httpx.ReadError(message)
        return None

    def reraise(exc: BaseException) -> NoReturn:
        # httpx-aiohttp raises its mapped error `from` aiohttp's; some aiohttp errors pass unmapped.
        original = exc.__cause__ if isinstance(exc, httpx.TransportError) and exc.__cause__ else exc
        error = translated(original)
        if error is None:
            raise exc
        raise error from original

    class ResponseStream(httpx.AsyncByteStream):
        def __init__(self, stream: Any) -> None:
            self._stream = stream

        async def __aiter__(self) -> AsyncIterator[bytes]:
            try:
                async for chunk in self._stream:
                    yield chunk
            except (httpx.TransportError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
                reraise(exc)

        async def aclose(self) -> None:
            await self._stream.aclose()

    class KalshiAiohttpTransport(AiohttpTransport):
        def get_client(self) -> aiohttp.ClientSession:
            session: aiohttp.ClientSession = super().get_client()
            # aiohttp sends a GET, PUT or DELETE a second time when its connection drops; the SDK's
            # retry policy decides that (and keeps to the rate budget), as over httpx's transport.
            if hasattr(session, "_retry_connection"):
                session._retry_connection = False
            return session

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            try:
                response: httpx.Response = await super().handle_async_request(request)
            except (httpx.TransportError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
                reraise(exc)
            response.stream = ResponseStream(response.stream)
            return response

    return KalshiAiohttpTransport
