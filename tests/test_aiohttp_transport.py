"""DefaultAioHttpClient: AsyncKalshi over aiohttp, against servers on 127.0.0.1.

The whole async suite also runs over it once (`pytest --async-transport=aiohttp`, part of
`make test`); these tests cover what only this transport has: adoption by the client, the missing
extra, and how aiohttp's failures come out as the SDK's typed errors.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from decimal import Decimal

import aiohttp
import httpx
import pytest

from kalshi_sdk import APIConnectionError, APITimeoutError, AsyncKalshi, DefaultAioHttpClient, NotFoundError
from kalshi_sdk._aiohttp import MISSING_EXTRA, _transport_class
from kalshi_sdk.testing import FakeExchange

from .conftest import KEY_ID, KeyPair

TICKER = "KXNFLGAME-25NOV23KCBUF-KC"  # one of the fake exchange's markets, with a market maker


async def test_signed_trading_over_aiohttp(exchange: FakeExchange, rsa_keys: KeyPair) -> None:
    http = DefaultAioHttpClient()
    async with AsyncKalshi(
        base_url=exchange.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem, http_client=http
    ) as client:
        # Adopted: the client's base URL and headers, and requests go through aiohttp's session.
        assert str(http.base_url).rstrip("/") == exchange.base_url.rstrip("/")
        assert http.headers["User-Agent"].startswith("kalshi-trade-sdk/")
        book = await client.markets.orderbook(TICKER)
        assert book is not None
        placed = await client.orders.create(ticker=TICKER, side="bid", price="0.5900", count="2.00")
        assert placed.fill_count == Decimal("2.00")
        assert placed.order_id
        assert (await client.orders.get(placed.order_id)).order_id == placed.order_id
        balance = await client.portfolio.balance()
        assert isinstance(balance.balance, int)
        with pytest.raises(NotFoundError) as missing:
            await client.markets.get("NO-SUCH-MARKET")
        assert missing.value.status_code == 404
        transport = http._transport
        assert isinstance(transport, _transport_class())
        session = transport.client
        assert isinstance(session, aiohttp.ClientSession) and not session.closed
        assert isinstance(placed.client_order_id, str)
        assert exchange.create_count(placed.client_order_id) == 1
    assert session.closed  # closed with the AsyncKalshi that adopted it


async def test_a_client_with_its_own_base_url_stays_the_callers(exchange: FakeExchange) -> None:
    http = DefaultAioHttpClient(base_url=exchange.base_url)
    async with AsyncKalshi(base_url="http://127.0.0.1:9/unused", http_client=http) as client:
        status = await client.exchange.status()
        assert status.trading_active in (True, False)
    assert not http.is_closed  # the caller's to close
    await http.aclose()


def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    _transport_class.cache_clear()
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # as if not installed
    try:
        with pytest.raises(ImportError, match=r'pip install "kalshi-trade-sdk\[aiohttp\]"') as caught:
            DefaultAioHttpClient()
        assert str(caught.value) == MISSING_EXTRA
    finally:
        _transport_class.cache_clear()


def test_importing_the_sdk_does_not_import_aiohttp() -> None:
    import subprocess

    code = "import sys, kalshi_sdk; kalshi_sdk.AsyncKalshi(); print('aiohttp' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


# --- failures ------------------------------------------------------------------------------------


async def test_refused_connection_is_never_sent(closed_port: int) -> None:
    async with AsyncKalshi(
        base_url=f"http://127.0.0.1:{closed_port}/trade-api/v2", http_client=DefaultAioHttpClient(), max_retries=0
    ) as client:
        with pytest.raises(APIConnectionError) as caught:
            await client.exchange.status()
    assert caught.value.request_sent is False
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


async def _serve(handle: object) -> AsyncIterator[str]:
    server = await asyncio.start_server(handle, "127.0.0.1", 0)  # type: ignore[arg-type]
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/trade-api/v2"
    finally:
        server.close()
        await server.wait_closed()


async def _read_request(reader: asyncio.StreamReader) -> None:
    head = await reader.readuntil(b"\r\n\r\n")
    length = next(
        (int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:")), 0
    )
    await reader.readexactly(length)


async def test_connection_lost_after_sending_is_a_sent_request() -> None:
    """A write whose connection drops after it went out may have landed: never 'not sent'."""
    requests = 0

    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal requests
        await _read_request(reader)
        requests += 1
        writer.close()

    async for base_url in _serve(hang_up):
        async with AsyncKalshi(base_url=base_url, http_client=DefaultAioHttpClient(), max_retries=0) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.exchange.status()
    assert caught.value.request_sent is True
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert requests == 1


async def test_truncated_body_is_a_connection_error() -> None:
    async def truncate(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"exch")
        await writer.drain()
        writer.close()

    async for base_url in _serve(truncate):
        async with AsyncKalshi(base_url=base_url, http_client=DefaultAioHttpClient(), max_retries=0) as client:
            with pytest.raises(APIConnectionError) as caught:
                await client.exchange.status()
    assert caught.value.request_sent is True


async def test_slow_answer_times_out() -> None:
    answered = asyncio.Event()

    async def stall(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _read_request(reader)
        await answered.wait()  # never answers before the client gives up
        writer.close()

    async for base_url in _serve(stall):
        async with AsyncKalshi(
            base_url=base_url, http_client=DefaultAioHttpClient(), max_retries=0, timeout=0.2
        ) as client:
            with pytest.raises(APITimeoutError) as caught:
                await client.exchange.status()
        answered.set()
    assert caught.value.request_sent is True
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


async def test_retries_and_decimal_results_over_aiohttp() -> None:
    """A 503 then a success: retried by the SDK's policy, parsed by its models."""
    attempts = 0
    body = b'{"balance": 100, "portfolio_value": 5, "updated_ts": 1}'
    market = b'{"market": {"ticker": "T", "yes_bid_dollars": "0.5600"}}'

    async def flaky(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal attempts
        while True:
            try:
                await _read_request(reader)
            except (asyncio.IncompleteReadError, ConnectionError):
                return
            attempts += 1
            if attempts == 1:
                writer.write(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 0\r\n\r\n")
            else:
                payload = market if attempts == 2 else body
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(payload), payload))
            await writer.drain()

    async for base_url in _serve(flaky):
        async with AsyncKalshi(base_url=base_url, http_client=DefaultAioHttpClient()) as client:
            got = await client.markets.get("T")
    assert attempts == 2
    assert got.yes_bid_dollars == Decimal("0.5600")
