"""Retries over real sockets: what is retried, how often, how long it waits, and how it is signed."""

from __future__ import annotations

import base64
import dataclasses
import email.utils
import logging
import time
import uuid
from collections.abc import Iterator

import pytest

from kalshi_sdk import (
    APIConnectionError,
    APITimeoutError,
    AsyncKalshi,
    BadRequestError,
    ConflictError,
    DuplicateClientOrderIdError,
    InternalServerError,
    Kalshi,
    NotFoundError,
    RateLimitError,
    RetryPolicy,
)
from kalshi_sdk._exceptions import APIResponseValidationError, make_status_error
from kalshi_sdk._operations import build_request_spec
from kalshi_sdk._retry import parse_retry_after

from .conftest import KEY_ID, KeyPair
from .fault_server import FAST_RETRIES, ORDER, Fault, FaultServer, client_options, order_spec


@pytest.fixture
def server(rsa_keys: KeyPair) -> Iterator[FaultServer]:
    with FaultServer(public_key_pem=rsa_keys.public_pem, key_id=KEY_ID) as fault_server:
        yield fault_server


@pytest.fixture
def client(server: FaultServer, rsa_keys: KeyPair) -> Iterator[Kalshi]:
    with Kalshi(**client_options(server, rsa_keys.private_pem, KEY_ID)) as kalshi:
        yield kalshi


def status(client: Kalshi) -> bool:
    return bool(client.exchange.status().exchange_active)


@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504])
def test_reads_recover_from_a_burst_of_retryable_statuses(server: FaultServer, client: Kalshi, code: int) -> None:
    server.inject(Fault.status_error(code), count=3)
    assert status(client)
    assert len(server.requests) == 4 and server.pending_faults() == 0


def test_the_last_error_says_how_many_attempts(server: FaultServer, client: Kalshi) -> None:
    server.inject(Fault.status_error(503), count=10)
    with pytest.raises(InternalServerError) as caught:
        client.exchange.status()
    assert caught.value.attempts == 4 and len(server.requests) == 4
    assert str(caught.value).endswith("(after 4 attempts)")
    assert caught.value.status_code == 503


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422])
def test_other_statuses_are_not_retried(server: FaultServer, client: Kalshi, code: int) -> None:
    server.inject(Fault.status_error(code), count=5)
    with pytest.raises(type(make_status_error(method="GET", path="/", status_code=code, content=b"", headers={}))):
        client.exchange.status()
    assert len(server.requests) == 1


def test_every_attempt_is_signed_afresh(server: FaultServer, client: Kalshi) -> None:
    server.inject(Fault.status_error(503), count=2)
    assert client.request(build_request_spec("get_orders")).orders == []
    signed = [(r.headers["kalshi-access-timestamp"], r.headers["kalshi-access-signature"]) for r in server.requests]
    assert len(signed) == 3
    # The server verified each signature (or it would have answered 401); each is new.
    assert len({signature for _, signature in signed}) == 3
    timestamps = [int(timestamp) for timestamp, _ in signed]
    assert timestamps == sorted(timestamps) and len(set(timestamps)) == 3
    assert all(len(base64.b64decode(signature)) == 256 for _, signature in signed)


def test_deletes_are_retried(server: FaultServer, client: Kalshi) -> None:
    created = client.request(order_spec(str(uuid.uuid4())))
    server.inject(Fault.status_error(502), count=2, method="DELETE")
    cancelled = client.request(build_request_spec("cancel_order_v2", order_id=created.order_id))
    assert cancelled.order_id == created.order_id
    assert [r.method for r in server.requests].count("DELETE") == 3


def test_a_plain_write_is_not_retried_once_it_may_have_arrived(server: FaultServer, client: Kalshi) -> None:
    plain = dataclasses.replace(order_spec(str(uuid.uuid4())), retry_safe=None)
    server.inject(Fault.status_error(503), count=1)
    with pytest.raises(InternalServerError) as caught:
        client.request(plain)
    assert caught.value.attempts == 1 and len(server.requests) == 1
    server.inject(Fault.slow())
    with pytest.raises(APITimeoutError) as timed_out:
        client.with_options(timeout=0.1).request(plain)
    assert timed_out.value.attempts == 1 and timed_out.value.request_sent


def test_a_write_is_retried_when_the_connection_was_never_made(closed_port: int, rsa_keys: KeyPair) -> None:
    plain = dataclasses.replace(order_spec(str(uuid.uuid4())), retry_safe=None)
    with Kalshi(
        base_url=f"http://127.0.0.1:{closed_port}/trade-api/v2",
        api_key_id=KEY_ID,
        private_key=rsa_keys.private_pem,
        retry_policy=FAST_RETRIES,
        rate_limit=None,
    ) as kalshi:
        with pytest.raises(APIConnectionError) as caught:
            kalshi.request(plain)
    assert caught.value.request_sent is False and caught.value.attempts == 4


def test_an_order_create_is_retried_without_doubling(server: FaultServer, client: Kalshi) -> None:
    client_order_id = str(uuid.uuid4())
    # The exchange placed the order, then a gateway answered 503: the retry meets the existing id
    # (409 on attempt 2), and orders.create returns the order the first attempt placed.
    server.inject(Fault.status_error(503, handle_first=True), method="POST")
    created = client.orders.create(**ORDER, client_order_id=client_order_id)
    assert created.client_order_id == client_order_id and server.creates[client_order_id] == 1
    assert created.order_id == server.order_id_of(client_order_id)
    posts = [r for r in server.requests if r.method == "POST"]
    assert len(posts) == 2 and {r.json()["client_order_id"] for r in posts} == {client_order_id}
    # A 503 before the exchange acted: the retry places the order, once.
    other = str(uuid.uuid4())
    server.inject(Fault.status_error(503), count=2, method="POST")
    assert client.orders.create(**ORDER, client_order_id=other).client_order_id == other
    assert server.creates[other] == 1


def test_the_retry_loop_itself_reports_the_409_with_its_attempts(server: FaultServer, client: Kalshi) -> None:
    client_order_id = str(uuid.uuid4())
    server.inject(Fault.status_error(503, handle_first=True), method="POST")
    with pytest.raises(ConflictError) as caught:
        client.request(order_spec(client_order_id))
    assert caught.value.attempts == 2 and not isinstance(caught.value, DuplicateClientOrderIdError)


def test_reusing_a_client_order_id_is_a_duplicate_of_one_attempt(server: FaultServer, client: Kalshi) -> None:
    client_order_id = str(uuid.uuid4())
    client.orders.create(**ORDER, client_order_id=client_order_id)
    with pytest.raises(DuplicateClientOrderIdError) as caught:
        client.orders.create(**ORDER, client_order_id=client_order_id)
    assert caught.value.attempts == 1 and caught.value.client_order_id == client_order_id
    assert caught.value.status_code == 409 and server.creates[client_order_id] == 1


def test_timeouts_and_broken_bodies_are_retried(server: FaultServer, client: Kalshi) -> None:
    server.inject(Fault.slow())
    assert status(client.with_options(timeout=0.1))
    for fault in (Fault.close_mid_body(), Fault.truncated_json(), Fault.empty_200(), Fault.html_page(502)):
        server.inject(fault)
        assert status(client)
    assert server.pending_faults() == 0


def test_retry_after_in_seconds_and_as_a_date_is_obeyed_up_to_the_cap(
    server: FaultServer, client: Kalshi, caplog: pytest.LogCaptureFixture
) -> None:
    patient = client.with_options(retry_policy=RetryPolicy(max_retries=2, backoff_base=5, retry_after_cap=0.2))
    server.inject(Fault.status_error(429, retry_after="0.03"))
    server.inject(Fault.status_error(503, retry_after="7"))
    caplog.set_level(logging.WARNING, logger="kalshi_sdk")
    assert status(patient)
    waits = [record.getMessage().split("retrying in ")[1].split(" s")[0] for record in caplog.records]
    assert waits == ["0.03", "0.20"]  # as told; then capped (the 5 s backoff was never used)
    date = email.utils.formatdate(time.time() + 60, usegmt=True)
    server.inject(Fault.status_error(429, retry_after=date))
    caplog.clear()
    assert status(patient)
    assert "retrying in 0.20 s" in caplog.records[0].getMessage()


def test_with_options_overrides_retries_for_one_call(server: FaultServer, client: Kalshi) -> None:
    server.inject(Fault.status_error(500), count=2)
    with pytest.raises(InternalServerError) as caught:
        client.with_options(max_retries=0).exchange.status()
    assert caught.value.attempts == 1
    assert status(client)  # the client itself still retries: the second 500, then success
    assert client.retry_policy.max_retries == 3


async def test_async_client_retries_the_same_way(server: FaultServer, rsa_keys: KeyPair) -> None:
    async with AsyncKalshi(**client_options(server, rsa_keys.private_pem, KEY_ID)) as kalshi:
        server.inject(Fault.status_error(503), count=2)
        server.inject(Fault.close_mid_body())
        assert (await kalshi.exchange.status()).exchange_active is True
        client_order_id = str(uuid.uuid4())
        server.inject(Fault.close_mid_body(), method="POST")
        created = await kalshi.orders.create(**ORDER, client_order_id=client_order_id)
        assert created.client_order_id == client_order_id and server.creates[client_order_id] == 1
        server.inject(Fault.status_error(504), count=9)
        with pytest.raises(InternalServerError) as failed:
            await kalshi.exchange.status()
        assert failed.value.attempts == 4


# -- the policy itself (no I/O) ----------------------------------------------------------------


def _error(code: int, retry_after: str | None = None) -> Exception:
    headers = {"retry-after": retry_after} if retry_after is not None else {}
    return make_status_error(method="GET", path="/x", status_code=code, content=b"", headers=headers)


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_cap=3.0)
    for attempt, ceiling in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 3.0), (10, 3.0)]:
        waits = [policy.backoff(attempt) for _ in range(200)]
        assert all(ceiling / 2 <= wait <= ceiling for wait in waits)
        assert max(waits) - min(waits) > ceiling / 10  # jittered, not constant


def test_policy_decisions() -> None:
    policy = RetryPolicy(max_retries=2)
    assert policy.next_delay(_error(503), 1, retry_safe=True) is not None
    assert policy.next_delay(_error(503), 3, retry_safe=True) is None  # budget spent
    assert policy.next_delay(_error(503), 1, retry_safe=False) is None
    assert policy.next_delay(_error(400), 1, retry_safe=True) is None
    assert policy.next_delay(_error(429, "4"), 1, retry_safe=True) == 4.0
    assert RetryPolicy(retry_after_cap=1.5).next_delay(_error(429, "4"), 1, retry_safe=True) == 1.5
    never_sent = APIConnectionError(method="POST", path="/x", reason="refused", request_sent=False)
    maybe_sent = APIConnectionError(method="POST", path="/x", reason="reset")
    assert policy.should_retry(never_sent, 1, retry_safe=False)
    assert not policy.should_retry(maybe_sent, 1, retry_safe=False)
    unreadable = APIResponseValidationError(method="GET", path="/x", status_code=200, body="", reason="empty")
    assert policy.should_retry(unreadable, 1, retry_safe=True)
    assert not policy.should_retry(unreadable, 1, retry_safe=False)
    assert not RetryPolicy(max_retries=0).should_retry(_error(503), 1, retry_safe=True)
    assert isinstance(_error(429), RateLimitError) and isinstance(_error(404), NotFoundError)
    assert isinstance(_error(400), BadRequestError)


def test_retry_after_forms() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 0.5 ") == 0.5
    assert parse_retry_after("-2") == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after("nan") is None
    in_a_minute = parse_retry_after(email.utils.formatdate(time.time() + 60, usegmt=True))
    assert in_a_minute is not None and 55 < in_a_minute <= 60
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 -0000") == 0.0


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_retries": -1}, "max_retries must be a non-negative integer, got -1"),
        ({"max_retries": 1.5}, "max_retries must be a non-negative integer, got 1.5"),
        ({"backoff_cap": -1}, "backoff_cap must be a non-negative number of seconds, got -1"),
    ],
)
def test_bad_retry_options(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RetryPolicy(**options)  # type: ignore[arg-type]
    if "max_retries" in options:
        with pytest.raises(ValueError, match=message):
            Kalshi(max_retries=options["max_retries"])  # type: ignore[arg-type]
