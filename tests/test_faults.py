"""Fault injection: every misbehaviour of tests/fault_server.py, against the sync and the async client.

Each scenario injects faults, makes one call (a read, `orders.create`, or a walk over a paginated
list) and checks the outcome: either the call recovered within the retry budget and returned the
right answer, or it raised the documented typed exception. Order creates are counted by the
server per client_order_id, so a doubled order cannot go unnoticed. A summary line is printed.
"""

from __future__ import annotations

import dataclasses
import email.utils
import inspect
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from kalshi_sdk import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncKalshi,
    InternalServerError,
    Kalshi,
    RateLimitError,
)

from .conftest import KEY_ID, KeyPair
from .fault_server import FAST_RETRIES, ORDER, Fault, FaultServer, client_options

TIMEOUT = 0.2  # the clients' timeout; Fault.slow answers only once the client has given up
MILESTONES = 250
PAGE = 50


@dataclass(frozen=True)
class Scenario:
    name: str
    call: str  # "read", "create" or "pages"
    faults: list[tuple[Fault, int]]
    expect: type[Exception] | None = None  # None: the call recovers
    expect_attempts: int | None = None

    def __str__(self) -> str:
        return f"{self.call}: {self.name}"


def _after_acting(fault: Fault) -> Fault:
    return dataclasses.replace(fault, handle_first=True)


def _http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


EXHAUSTED = FAST_RETRIES.max_retries + 1  # enough faults to outlast every attempt

SCENARIOS = [
    # Reads: retried until they succeed, or the budget is spent.
    Scenario("429 with Retry-After seconds", "read", [(Fault.status_error(429, retry_after="0"), 1)]),
    Scenario("429 with Retry-After date", "read", [(Fault.status_error(429, retry_after=_http_date(30)), 1)]),
    Scenario("429 without Retry-After x2", "read", [(Fault.status_error(429), 2)]),
    *(Scenario(f"{code} burst x3", "read", [(Fault.status_error(code), 3)]) for code in (500, 502, 503, 504)),
    Scenario("slower than the timeout", "read", [(Fault.slow(), 1)]),
    Scenario("connection closed mid-body", "read", [(Fault.close_mid_body(), 1)]),
    Scenario("truncated JSON", "read", [(Fault.truncated_json(), 1)]),
    Scenario("HTML error page", "read", [(Fault.html_page(502), 1)]),
    Scenario("empty body with 200", "read", [(Fault.empty_200(), 1)]),
    Scenario("mixed burst", "read", [(Fault.html_page(503), 1), (Fault.close_mid_body(), 1), (Fault.empty_200(), 1)]),
    Scenario("429 storm", "read", [(Fault.status_error(429), EXHAUSTED)], RateLimitError, EXHAUSTED),
    Scenario("503 outlasting the retries", "read", [(Fault.status_error(503), EXHAUSTED)],
             InternalServerError, EXHAUSTED),
    Scenario("always slow", "read", [(Fault.slow(), EXHAUSTED)], APITimeoutError, EXHAUSTED),
    Scenario("always cut mid-body", "read", [(Fault.close_mid_body(), EXHAUSTED)], APIConnectionError, EXHAUSTED),
    Scenario("always truncated", "read", [(Fault.truncated_json(), EXHAUSTED)], APIResponseValidationError, EXHAUSTED),
    Scenario("always HTML", "read", [(Fault.html_page(502), EXHAUSTED)], InternalServerError, EXHAUSTED),
    Scenario("always empty", "read", [(Fault.empty_200(), EXHAUSTED)], APIResponseValidationError, EXHAUSTED),
    # Order creates: retried because they carry a client_order_id; never placed twice.
    Scenario("503 before the order is placed x2", "create", [(Fault.status_error(503), 2)]),
    Scenario("429 before the order is placed x2", "create", [(Fault.status_error(429), 2)]),
    # The order was placed, but its answer was lost: the retry meets a 409, and orders.create
    # returns the order the first attempt placed.
    Scenario("order placed, then 503", "create", [(_after_acting(Fault.status_error(503)), 1)]),
    Scenario("order placed, then cut mid-body", "create", [(Fault.close_mid_body(), 1)]),
    Scenario("order placed, then truncated JSON", "create", [(Fault.truncated_json(), 1)]),
    Scenario("order placed, then empty 200", "create", [(Fault.empty_200(handle_first=True), 1)]),
    Scenario("order placed, then 502 HTML page", "create", [(_after_acting(Fault.html_page(502)), 1)]),
    Scenario("order placed late, after the timeout", "create", [(Fault.slow(), 1)]),
    Scenario("HTML 502 outlasting the retries", "create", [(Fault.html_page(502), EXHAUSTED)],
             InternalServerError, EXHAUSTED),
    Scenario("order placed, then 503s outlasting the retries", "create",
             [(_after_acting(Fault.status_error(503)), EXHAUSTED)], InternalServerError, EXHAUSTED),
    # Pagination: a fault on the third page.
    Scenario("page 3 cut mid-body", "pages", [(Fault.close_mid_body(), 1)]),
    Scenario("page 3 truncated, then 504", "pages", [(Fault.truncated_json(), 1), (Fault.status_error(504), 1)]),
    Scenario("page 3 failing every attempt", "pages", [(Fault.status_error(503), EXHAUSTED)],
             InternalServerError, EXHAUSTED),
]


@dataclass
class Tally:
    calls: int = 0
    recovered: int = 0
    typed: int = 0
    lost_or_duplicated: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self, label: str, injected: int) -> str:
        return (
            f"fault injection ({label}): {injected} faults injected in {self.calls} calls; "
            f"recovered {self.recovered}, raised as typed errors {self.typed}, "
            f"lost or duplicated {self.lost_or_duplicated}"
        )


@pytest.fixture
def server(rsa_keys: KeyPair) -> Iterator[FaultServer]:
    with FaultServer(milestones=MILESTONES, public_key_pem=rsa_keys.public_pem, key_id=KEY_ID) as fault_server:
        yield fault_server


def _inject(server: FaultServer, scenario: Scenario) -> None:
    method = "POST" if scenario.call == "create" else "GET"
    for fault, count in scenario.faults:
        server.inject(fault, count=count, method=method)


def _judge(
    server: FaultServer, scenario: Scenario, tally: Tally, result: Any, error: Exception | None, client_order_id: str
) -> None:
    """Count one call's outcome; note anything that is not what the scenario documents."""
    tally.calls += 1
    if scenario.call == "create":
        if server.creates[client_order_id] > 1:
            tally.lost_or_duplicated += 1
            tally.problems.append(f"{scenario}: order placed {server.creates[client_order_id]} times")
        placed = server.order_id_of(client_order_id)
        if error is None and (result.client_order_id != client_order_id or result.order_id != placed):
            tally.lost_or_duplicated += 1
            tally.problems.append(f"{scenario}: success reported, but the exchange holds no such order")
    if scenario.call == "pages" and result is not None:
        expected = [f"00000000-0000-4000-8000-{index:012d}" for index in range(MILESTONES)]
        if result != expected:
            tally.lost_or_duplicated += 1
            tally.problems.append(f"{scenario}: {len(result)} items, {len(set(result))} distinct, out of {MILESTONES}")
    if scenario.expect is None and error is None:
        tally.recovered += 1
    elif scenario.expect is not None and isinstance(error, scenario.expect):
        assert isinstance(error, APIError)
        if error.attempts != scenario.expect_attempts:
            tally.problems.append(f"{scenario}: {error.attempts} attempts, expected {scenario.expect_attempts}")
        elif f"after {error.attempts} attempts" not in str(error):
            tally.problems.append(f"{scenario}: the message does not say how many attempts: {error}")
        else:
            tally.typed += 1
    else:
        tally.problems.append(f"{scenario}: expected {scenario.expect}, got {error!r}")
    if server.pending_faults():
        tally.problems.append(f"{scenario}: {server.pending_faults()} faults were never met")


def _finish(server: FaultServer, tally: Tally, label: str, capsys: pytest.CaptureFixture[str]) -> None:
    injected = sum(server.faults_applied.values())
    with capsys.disabled():
        print("\n" + tally.line(label, injected))
    assert tally.problems == []
    assert tally.lost_or_duplicated == 0
    assert tally.recovered + tally.typed == len(SCENARIOS) == tally.calls
    assert injected == sum(count for scenario in SCENARIOS for _, count in scenario.faults)
    assert all(count == 1 for count in server.creates.values())


def _client_options(server: FaultServer, rsa_keys: KeyPair) -> dict[str, Any]:
    return client_options(server, rsa_keys.private_pem, KEY_ID, timeout=TIMEOUT)


def _walk_pages(client: Kalshi, server: FaultServer, scenario: Scenario) -> list[str]:
    """Every milestone id of the list, the faults injected just before the third page; resumes on failure."""
    pages = client.milestones.list(limit=PAGE)
    ids: list[str] = []
    try:
        for milestone in pages:
            ids.append(milestone.id)
            if len(ids) == 2 * PAGE:
                _inject(server, scenario)
    except APIError as error:
        assert error.resume_cursor == str(2 * PAGE)
        ids.extend(milestone.id for milestone in pages.from_cursor(error.resume_cursor))
        raise _Resumed(ids, error) from None
    return ids


class _Resumed(Exception):
    def __init__(self, ids: list[str], error: APIError) -> None:
        self.ids, self.error = ids, error


async def _settled(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _run_matrix(server: FaultServer, client: Kalshi | AsyncKalshi, walk_pages: Any) -> Tally:
    """Every scenario against one client; the sync client's calls simply return without awaiting."""
    tally = Tally()
    for scenario in SCENARIOS:
        client_order_id = str(uuid.uuid4())
        result: Any = None
        error: Exception | None = None
        try:
            if scenario.call == "pages":
                result = await _settled(walk_pages(client, server, scenario))
            else:
                _inject(server, scenario)
                if scenario.call == "read":
                    result = await _settled(client.exchange.status())
                    assert result.exchange_active is True
                else:
                    result = await _settled(client.orders.create(**ORDER, client_order_id=client_order_id))
        except _Resumed as resumed:
            result, error = resumed.ids, resumed.error
        except APIError as caught:
            error = caught
        _judge(server, scenario, tally, result, error, client_order_id)
    return tally


async def test_fault_matrix_sync(server: FaultServer, rsa_keys: KeyPair, capsys: pytest.CaptureFixture[str]) -> None:
    with Kalshi(**_client_options(server, rsa_keys)) as client:
        tally = await _run_matrix(server, client, _walk_pages)
    _finish(server, tally, "sync", capsys)


async def test_fault_matrix_async(server: FaultServer, rsa_keys: KeyPair, capsys: pytest.CaptureFixture[str]) -> None:
    async with AsyncKalshi(**_client_options(server, rsa_keys)) as client:
        tally = await _run_matrix(server, client, _walk_pages_async)
    _finish(server, tally, "async", capsys)


async def _walk_pages_async(client: AsyncKalshi, server: FaultServer, scenario: Scenario) -> list[str]:
    pages = client.milestones.list(limit=PAGE)
    ids: list[str] = []
    try:
        async for milestone in pages:
            ids.append(milestone.id)
            if len(ids) == 2 * PAGE:
                _inject(server, scenario)
    except APIError as error:
        assert error.resume_cursor == str(2 * PAGE)
        ids.extend([milestone.id async for milestone in pages.from_cursor(error.resume_cursor)])
        raise _Resumed(ids, error) from None
    return ids


def test_a_list_that_fails_on_its_first_page_resumes_from_the_start(server: FaultServer) -> None:
    with Kalshi(base_url=server.base_url, retry_policy=FAST_RETRIES, rate_limit=None) as client:
        pages = client.milestones.list(limit=PAGE, max_items=120)
        server.inject(Fault.status_error(502), count=EXHAUSTED)
        with pytest.raises(InternalServerError) as caught:
            pages.to_list()
        assert caught.value.resume_cursor is None and caught.value.attempts == EXHAUSTED
        assert len(pages.from_cursor(caught.value.resume_cursor).to_list()) == 120
        later = pages.from_cursor("200")
        assert later.start_cursor == "200" and pages.start_cursor is None
        assert [m.id[-3:] for m in later] == [f"{index:03d}" for index in range(200, MILESTONES)]
        assert len(pages.from_cursor("100", max_items=7).to_list()) == 7
        with pytest.raises(ValueError, match="max_items must be a non-negative integer or None, got -1"):
            pages.from_cursor("100", max_items=-1)
