"""The client-side rate limiter: tiers and options, the token bucket's arithmetic, and its reaction to 429s.

The bucket is tested on a fake clock (no sleeping, no timing); the rate a loaded client really
achieves is measured in tests/test_load.py.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest

from kalshi_sdk import AsyncKalshi, Kalshi, RateLimit
from kalshi_sdk import _rate_limit as rate_limit_module
from kalshi_sdk._rate_limit import TokenBucket

from .conftest import KEY_ID, KeyPair
from .fault_server import FAST_RETRIES, Fault, FaultServer, order_spec


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(rate_limit_module, "time", fake)
    return fake


def test_a_burst_then_one_request_per_interval(clock: FakeClock) -> None:
    bucket = TokenBucket(rate=10, burst=5)
    assert [bucket.reserve() for _ in range(5)] == [0.0] * 5
    assert [round(bucket.reserve(), 6) for _ in range(3)] == [0.1, 0.2, 0.3]
    clock.now += 2.0  # idle long enough to refill the burst
    assert [bucket.reserve() for _ in range(5)] == [0.0] * 5
    assert round(bucket.reserve(), 6) == 0.1


def test_cost_spends_several_requests(clock: FakeClock) -> None:
    bucket = TokenBucket(rate=10, burst=1)
    assert bucket.reserve(cost=3) == 0.0
    assert round(bucket.reserve(), 6) == 0.3


def test_a_429_halves_the_rate_pauses_and_recovers(clock: FakeClock) -> None:
    bucket = TokenBucket(rate=10, burst=4)
    bucket.reserve()
    bucket.slow_down(pause=2.0)
    assert bucket.current_rate == 5
    # Nothing before the pause is over, and no burst after it: one request per 0.2 s.
    assert [round(bucket.reserve(), 6) for _ in range(3)] == [2.0, 2.2, 2.4]
    for _ in range(5):
        bucket.slow_down()
    assert bucket.current_rate == 10 / 8  # at most three halvings
    clock.now += 5.0
    bucket.reserve()
    assert bucket.current_rate == 10 / 4  # one step back per 5 s without a 429
    clock.now += 5.0
    bucket.reserve()
    clock.now += 5.0
    bucket.reserve()
    assert bucket.current_rate == 10


def test_tiers_and_options() -> None:
    assert Kalshi().rate_limiter is not None
    assert Kalshi().rate_limiter.limit == RateLimit(reads_per_second=20, writes_per_second=10)  # type: ignore[union-attr]
    assert RateLimit.tier("Advanced") == RateLimit(30, 30)
    assert Kalshi(rate_limit="PREMIER").rate_limiter.limit == RateLimit(100, 100)  # type: ignore[union-attr]
    assert Kalshi(rate_limit="prime").rate_limiter.limit == RateLimit(400, 400)  # type: ignore[union-attr]
    assert Kalshi(rate_limit=RateLimit(5, 2)).rate_limiter.limit == RateLimit(5, 2)  # type: ignore[union-attr]
    assert Kalshi(rate_limit=None).rate_limiter is None
    assert Kalshi(rate_limit=False).rate_limiter is None
    with pytest.raises(ValueError, match="tier must be one of basic, advanced, premier, prime; got 'gold'"):
        Kalshi(rate_limit="gold")
    with pytest.raises(TypeError, match="rate_limit must be a tier name"):
        Kalshi(rate_limit=5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reads_per_second must be a positive number, got 0"):
        RateLimit(0, 1)


def test_one_limiter_per_client_shared_by_its_copies() -> None:
    client = Kalshi(rate_limit="basic")
    limiter = client.rate_limiter
    assert limiter is not None
    assert client.with_options(max_retries=0).rate_limiter is limiter
    assert client.with_options(timeout=1).rate_limiter is limiter
    assert limiter.bucket_for("GET") is limiter.reads
    assert limiter.bucket_for("POST") is limiter.writes and limiter.bucket_for("DELETE") is limiter.writes
    assert Kalshi().rate_limiter is not limiter
    assert repr(limiter) == "RateLimiter(20 reads/s, 10 writes/s)"


@pytest.fixture
def server(rsa_keys: KeyPair) -> Iterator[FaultServer]:
    with FaultServer(public_key_pem=rsa_keys.public_pem, key_id=KEY_ID) as fault_server:
        yield fault_server


def test_reads_and_writes_spend_their_own_budget(server: FaultServer, rsa_keys: KeyPair) -> None:
    limit = RateLimit(reads_per_second=1, writes_per_second=1)
    with Kalshi(
        base_url=server.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem, rate_limit=limit
    ) as client:
        client.request(order_spec(str(uuid.uuid4())))
        limiter = client.rate_limiter
        assert limiter is not None
        # The write budget (one a second, no burst) is spent; the read budget is untouched.
        assert limiter.writes.reserve() > 0.5
        assert limiter.reads.reserve() == 0.0


def test_a_429_from_the_server_slows_the_client_down(server: FaultServer) -> None:
    with Kalshi(base_url=server.base_url, retry_policy=FAST_RETRIES, rate_limit=RateLimit(100, 100)) as client:
        server.inject(Fault.status_error(429))
        assert client.exchange.status().exchange_active
        limiter = client.rate_limiter
        assert limiter is not None
        assert limiter.reads.current_rate == 50 and limiter.writes.current_rate == 100


async def test_async_client_429_slows_its_limiter(server: FaultServer) -> None:
    async with AsyncKalshi(base_url=server.base_url, retry_policy=FAST_RETRIES, rate_limit="prime") as client:
        server.inject(Fault.status_error(429, retry_after="0"), count=2)
        assert (await client.exchange.status()).exchange_active
        assert client.rate_limiter is not None and client.rate_limiter.reads.current_rate == 100


def test_a_bot_keeping_to_its_budget_meets_no_429(rsa_keys: KeyPair) -> None:
    """Against the fake exchange's own limit (at most 10 requests in any second), 4 threads sending
    20 requests through a client limited to 6 a second (a burst of 3) are never refused."""
    from kalshi_sdk.testing import FakeExchange

    errors: list[BaseException] = []
    with FakeExchange(rate_limit=10) as exchange, exchange.client(rate_limit=RateLimit(6, 6), max_retries=0) as client:

        def bot() -> None:
            for _ in range(5):
                try:
                    client.exchange.status()
                except Exception as error:  # a 429 would land here
                    errors.append(error)

        threads = [threading.Thread(target=bot) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert errors == []
