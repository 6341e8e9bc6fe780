"""Load through one client with its rate limiter set: the rate holds, nothing fails, nothing leaks.

2,000 async requests at a concurrency of 100, and 500 sync requests from 8 threads, against the
loopback server running in its own process (so the server does not compete with the client for
the GIL). The request rate the server observes must be within 10% of the configured limit: the
one timed assertion of the suite, which the limiter exists to meet. It is measured from the
server's arrival times over the steady part of the run, after the initial burst the bucket
allows. Retrying is off, so every error counts.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from kalshi_sdk import AsyncKalshi, Kalshi, RateLimit
from kalshi_sdk._constants import DEFAULT_MAX_CONNECTIONS

from .fault_server import PREFIX, STATS_PATH

# 80 requests/s leaves the async client (about 150 requests/s here unthrottled) headroom on a loaded
# 2-core machine, so the rate measured is the limiter's and not the CPU's.
ASYNC_REQUESTS, ASYNC_CONCURRENCY, ASYNC_RATE = 2000, 100, 80
SYNC_REQUESTS, SYNC_THREADS, SYNC_RATE = 500, 8, 200
TOLERANCE = 0.10


@dataclass
class Served:
    process: subprocess.Popen[str]
    port: int

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{PREFIX}"

    def stats(self) -> dict[str, Any]:
        with httpx.Client() as plain:
            stats: dict[str, Any] = plain.get(f"http://127.0.0.1:{self.port}{STATS_PATH}").json()
        return stats

    def wait_until_idle(self) -> dict[str, Any]:
        """The stats once every client connection is closed (the server notices within moments)."""
        for _ in range(200):
            stats = self.stats()
            if stats["open_connections"] == 0:
                return stats
            threading.Event().wait(0.025)
        return stats


@pytest.fixture
def served() -> Iterator[Served]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fault_server"],
        cwd=Path(__file__).resolve().parents[1],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield Served(process, int(process.stdout.readline()))
    finally:
        assert process.stdin is not None
        process.stdin.close()  # the server's signal to stop
        process.wait(10)


def steady_rate(arrivals: list[float], burst: float) -> float:
    """Requests per second after the initial burst."""
    steady = sorted(arrivals)[int(burst) :]
    return (len(steady) - 1) / (steady[-1] - steady[0])


def report(
    label: str, stats: dict[str, Any], configured: float, rate: float, capsys: pytest.CaptureFixture[str]
) -> None:
    arrivals = stats["arrivals"]
    with capsys.disabled():
        print(
            f"\nload ({label}): {len(arrivals)} requests in {max(arrivals) - min(arrivals):.2f} s, limit "
            f"{configured:g}/s, observed {rate:.1f}/s ({(rate / configured - 1) * 100:+.1f}%), "
            f"{stats['connections_opened']} connections opened, {stats['open_connections']} left open"
        )


async def test_async_load_keeps_to_the_limit(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    errors: list[BaseException] = []
    tasks_before = asyncio.all_tasks()
    async with AsyncKalshi(
        base_url=served.base_url, rate_limit=RateLimit(ASYNC_RATE, ASYNC_RATE), max_retries=0
    ) as client:
        remaining = list(range(ASYNC_REQUESTS))

        async def worker() -> None:
            while remaining:
                remaining.pop()
                try:
                    assert (await client.exchange.status()).exchange_active is True
                except Exception as error:  # counted, then asserted to be none
                    errors.append(error)

        await asyncio.gather(*(worker() for _ in range(ASYNC_CONCURRENCY)))
        assert client.rate_limiter is not None
        burst = client.rate_limiter.reads.burst
    stats = served.wait_until_idle()
    rate = steady_rate(stats["arrivals"], burst)
    report("async, concurrency 100", stats, ASYNC_RATE, rate, capsys)
    assert errors == []
    assert len(stats["arrivals"]) == ASYNC_REQUESTS
    assert abs(rate / ASYNC_RATE - 1) <= TOLERANCE
    # Nothing left behind: no task, no open connection.
    assert asyncio.all_tasks() == tasks_before
    assert client._http.is_closed
    assert stats["open_connections"] == 0
    assert stats["connections_opened"] <= DEFAULT_MAX_CONNECTIONS


def test_threaded_load_keeps_to_the_limit(served: Served, capsys: pytest.CaptureFixture[str]) -> None:
    errors: list[BaseException] = []
    threads_before = threading.active_count()
    with Kalshi(base_url=served.base_url, rate_limit=RateLimit(SYNC_RATE, SYNC_RATE), max_retries=0) as client:
        tickets = iter(range(SYNC_REQUESTS))
        lock = threading.Lock()

        def worker() -> None:
            while True:
                with lock:
                    if next(tickets, None) is None:
                        return
                try:
                    assert client.exchange.status().exchange_active is True
                except Exception as error:  # counted, then asserted to be none
                    errors.append(error)

        threads = [threading.Thread(target=worker) for _ in range(SYNC_THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not any(thread.is_alive() for thread in threads)
        assert client.rate_limiter is not None
        burst = client.rate_limiter.reads.burst
    stats = served.wait_until_idle()
    rate = steady_rate(stats["arrivals"], burst)
    report("sync, 8 threads", stats, SYNC_RATE, rate, capsys)
    assert errors == []
    assert len(stats["arrivals"]) == SYNC_REQUESTS
    assert abs(rate / SYNC_RATE - 1) <= TOLERANCE
    assert client._http.is_closed
    assert stats["open_connections"] == 0
    assert stats["connections_opened"] <= SYNC_THREADS
    assert threading.active_count() == threads_before
