"""Error statuses and transport failures map to the typed exceptions, sync and async.

The clients here do not retry (max_retries=0), so each failure surfaces from its first attempt;
tests/test_retries.py covers retrying.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from kalshi_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncKalshi,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    Kalshi,
    KalshiError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from kalshi_sdk.testing import FakeExchange


@pytest.fixture
def public_client(exchange: FakeExchange) -> Iterator[Kalshi]:
    with Kalshi(base_url=exchange.base_url, max_retries=0) as kalshi:
        yield kalshi


STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
]


@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
def test_status_maps_to_class_with_code_and_message(
    exchange: FakeExchange, public_client: Kalshi, status: int, error_class: type[APIStatusError]
) -> None:
    exchange.fail_next(status, {"error": {"code": "some_code", "message": "what went wrong", "details": "x"}})
    with pytest.raises(error_class) as caught:
        public_client.exchange.status()
    error = caught.value
    assert isinstance(error, APIStatusError) and isinstance(error, KalshiError)
    assert (error.status_code, error.code, error.error_message, error.details) == (
        status, "some_code", "what went wrong", "x")
    assert error.method == "GET" and error.path == "/trade-api/v2/exchange/status"
    assert f"HTTP {status}" in str(error) and "some_code" in str(error) and "/exchange/status" in str(error)
    assert error.attempts == 1 and str(error).endswith("(after 1 attempt)")


def test_retry_after_header_is_kept(exchange: FakeExchange, public_client: Kalshi) -> None:
    exchange.fail_next(429, headers={"Retry-After": "3"})
    with pytest.raises(RateLimitError) as caught:
        public_client.exchange.status()
    assert caught.value.headers.get("retry-after") == "3"


def test_flat_and_plain_text_error_bodies(exchange: FakeExchange, public_client: Kalshi) -> None:
    exchange.fail_next(400, {"code": "flat_code", "message": "flat message"})
    with pytest.raises(BadRequestError) as caught:
        public_client.exchange.status()
    assert (caught.value.code, caught.value.error_message) == ("flat_code", "flat message")


def test_success_with_unreadable_body(exchange: FakeExchange, public_client: Kalshi) -> None:
    exchange.fail_next(200, ["not", "an", "object"])
    with pytest.raises(APIResponseValidationError, match="not a JSON object"):
        public_client.exchange.status()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(listener.getsockname()[1])
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    listener.close()


def test_connection_refused(closed_port: int) -> None:
    with Kalshi(base_url=f"http://127.0.0.1:{closed_port}/trade-api/v2", max_retries=0) as kalshi:
        with pytest.raises(APIConnectionError) as caught:
            kalshi.exchange.status()
    assert not isinstance(caught.value, APITimeoutError)
    assert caught.value.request_sent is False
    assert caught.value.path == "/trade-api/v2/exchange/status"


def test_timeout(silent_server: int) -> None:
    with Kalshi(base_url=f"http://127.0.0.1:{silent_server}/trade-api/v2", timeout=0.3, max_retries=0) as kalshi:
        with pytest.raises(APITimeoutError, match="timed out"):
            kalshi.exchange.status()


async def test_async_errors(exchange: FakeExchange, closed_port: int, silent_server: int) -> None:
    async with AsyncKalshi(base_url=exchange.base_url, max_retries=0) as kalshi:
        exchange.fail_next(503, {"error": {"code": "unavailable", "message": "restarting"}})
        with pytest.raises(InternalServerError) as caught:
            await kalshi.exchange.status()
        assert caught.value.code == "unavailable"
    async with AsyncKalshi(base_url=f"http://127.0.0.1:{closed_port}/trade-api/v2", max_retries=0) as kalshi:
        with pytest.raises(APIConnectionError):
            await kalshi.exchange.status()
    async with AsyncKalshi(
        base_url=f"http://127.0.0.1:{silent_server}/trade-api/v2", timeout=0.3, max_retries=0
    ) as kalshi:
        with pytest.raises(APITimeoutError):
            await kalshi.exchange.status()
