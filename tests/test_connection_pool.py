"""The connection pool is made on the first request, once, and shared with with_options() copies."""

from __future__ import annotations

import sys
import threading

import httpx
import pytest

from kalshi_sdk import AsyncKalshi, Kalshi
from kalshi_sdk.testing import FakeExchange


def test_constructing_a_client_makes_no_pool(exchange: FakeExchange) -> None:
    client = Kalshi(base_url=exchange.base_url)
    assert client._pool.http is None
    copy = client.with_options(timeout=2.0)  # a copy made before the first request shares the pool too
    assert copy.exchange.status().exchange_active is True
    assert isinstance(client._pool.http, httpx.Client)
    assert client._http is copy._http
    assert client.exchange.status().exchange_active is True
    client.close()
    assert client._http.is_closed


def test_a_client_of_your_own_is_used_as_given(exchange: FakeExchange) -> None:
    with httpx.Client(base_url=exchange.base_url) as own:
        client = Kalshi(base_url=exchange.base_url, http_client=own)
        assert client._http is own
        assert client.exchange.status().trading_active in (True, False)
        client.close()  # not ours to close
        assert not own.is_closed


def test_concurrent_first_requests_make_one_pool(exchange: FakeExchange, monkeypatch: pytest.MonkeyPatch) -> None:
    client = Kalshi(base_url=exchange.base_url)
    made: list[httpx.Client] = []
    make = client._pool._make

    def counting_make() -> httpx.Client:
        made.append(make())
        return made[-1]

    monkeypatch.setattr(client._pool, "_make", counting_make)
    start = threading.Barrier(8)
    failures: list[BaseException] = []

    def first_request() -> None:
        start.wait()
        try:
            client.exchange.status()
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=first_request) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    assert failures == []
    assert len(made) == 1


def test_a_closed_client_refuses_requests_whether_or_not_it_sent_any(exchange: FakeExchange) -> None:
    unused = Kalshi(base_url=exchange.base_url)
    unused.close()
    assert unused._pool.http is None  # closing an unused client does not make a pool to close it
    with pytest.raises(RuntimeError, match="closed"):
        unused.exchange.status()
    used = Kalshi(base_url=exchange.base_url)
    used.exchange.status()
    used.close()
    with pytest.raises(RuntimeError, match="closed"):
        used.exchange.status()


async def test_async_client_pool_is_made_on_first_request(exchange: FakeExchange) -> None:
    client = AsyncKalshi(base_url=exchange.base_url)
    assert client._pool.http is None
    assert (await client.exchange.status()).exchange_active is True
    assert isinstance(client._pool.http, httpx.AsyncClient)
    await client.aclose()
    assert client._http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await client.exchange.status()


async def test_async_requests_import_nothing_once_warm(exchange: FakeExchange) -> None:
    """A warm async client searches for no module per request (httpcore imports sniffio on every
    request, and a failed import is retried each time: sniffio is a dependency for that reason)."""
    searched: list[str] = []

    class RecordingFinder:
        @staticmethod
        def find_spec(fullname: str, *args: object) -> None:
            searched.append(fullname)

    async with AsyncKalshi(base_url=exchange.base_url) as client:
        await client.exchange.status()  # the pool and everything the request path imports
        sys.meta_path.insert(0, RecordingFinder)
        try:
            for _ in range(5):
                assert (await client.exchange.status()).exchange_active in (True, False)
        finally:
            sys.meta_path.remove(RecordingFinder)
    assert searched == []
