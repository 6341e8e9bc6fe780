"""Conformance against Prism: requests the SDK sends must follow the spec, and any answer that
follows the spec must parse into the typed models.

Prism (see tests/prism_support.py) runs once per session in dynamic mode: every answer is a new
random draw from the response schema, so each call is repeated a few times.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from kalshi_sdk import APIStatusError, Kalshi
from kalshi_sdk._operation_map import OPERATION_METHODS
from kalshi_sdk._operations import build_request_spec
from tests.prism_support import Prism, prism_missing, prism_verdict, run_prism, typing_problems
from tests.support.spec_examples import flatten, operations
from tests.test_operations import expect_deprecation, facade_arguments, facade_method, is_paginated

DRAWS = 5
GENERIC_DRAWS = 3


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    missing = prism_missing()
    if missing is not None:
        pytest.fail(missing, pytrace=False)
    with run_prism(Path(tmp_path_factory.mktemp("prism")) / "prism.log") as server:
        yield server


class Exchanges:
    """The HTTP responses a client received, kept for the checks."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []

    def __call__(self, response: httpx.Response) -> None:
        response.read()
        self.responses.append(response)


@pytest.fixture(scope="session")
def seen() -> Exchanges:
    return Exchanges()


@pytest.fixture(scope="session")
def client(prism: Prism, seen: Exchanges) -> Iterator[Kalshi]:
    """A signed client pointed at Prism (Prism only checks that the three KALSHI-ACCESS-* headers are there)."""
    key = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    http = httpx.Client(base_url=prism.base_url, timeout=30, event_hooks={"response": [seen]})
    with Kalshi(api_key_id="prism-test-key", private_key=key, http_client=http) as kalshi:
        yield kalshi
    http.close()


def accepted(seen: Exchanges, call: Callable[[], Any]) -> tuple[Any, httpx.Response]:
    """Run one SDK call; fail with Prism's reasons unless Prism accepted every request it sent."""
    seen.responses.clear()
    try:
        result = call()
    except APIStatusError as error:
        pytest.fail(prism_verdict(error.status_code, error.headers, error.body) or str(error), pytrace=False)
    assert seen.responses, "the call sent nothing"
    for response in seen.responses:
        verdict = prism_verdict(response.status_code, response.headers, None)
        if verdict is not None:
            pytest.fail(verdict, pytrace=False)
    return result, seen.responses[-1]


def assert_parsed(operation_id: str, response: httpx.Response, result: Any) -> None:
    """The SDK's result holds the random body, or the one field of it the method returns, in typed form."""
    schema = operations()[operation_id].response_schema
    if schema is None or not flatten(schema).get("properties"):
        assert result is None, f"{operation_id} answers no body or an empty object, yet returned {result!r}"
        return
    raw = response.json()
    schema = flatten(schema)
    candidates = [(schema, raw)] + [(part, raw[key]) for key, part in schema["properties"].items() if key in raw]
    attempts = [typing_problems(part, result, body) for part, body in candidates]
    assert any(not problems for problems in attempts), f"{operation_id}: the parsed result lost types:\n" + "\n".join(
        attempts[0][:20]
    )


def path_template(operation_id: str) -> str:
    return re.sub(r"\{[^}]+\}", "[^/]+", operations()[operation_id].path)


# The facade calls the project had before every operation got one, written out by hand.
FACADE_CALLS: list[tuple[str, Callable[[Kalshi], Any]]] = [
    ("GetMilestones", lambda c: next(iter(c.milestones.list(limit=5, category="Sports").iter_pages()))),
    ("GetMilestone", lambda c: c.milestones.get("3f1d2c9e-7b4a-4e8f-9a61-2c5d8e7f1b03")),
    ("GetLiveData", lambda c: c.live_data.get("football_game", "M-1", include_player_stats=True)),
    ("GetLiveDataByMilestone", lambda c: c.live_data.get(None, "M-1")),
    ("GetLiveDatas", lambda c: c.live_data.batch(["M-1", "M-2"])),
    ("GetGameStats", lambda c: c.live_data.game_stats("M-1")),
    ("GetEventLiveData", lambda c: c.live_data.for_event("KXNFLGAME-25NOV23KCBUF")),
    ("GetWeatherIndex", lambda c: c.live_data.weather("NYC", from_=1_763_900_000, to=1_763_990_000)),
    ("GetWeatherIndexCalibrations", lambda c: c.live_data.weather_calibrations("NYC")),
    ("GetExchangeStatus", lambda c: c.exchange.status()),
    ("GetBalance", lambda c: c.portfolio.balance()),
]


@pytest.mark.parametrize(("operation_id", "call"), FACADE_CALLS, ids=[c[0] for c in FACADE_CALLS])
def test_first_facade_calls_are_accepted_and_parse(
    client: Kalshi, seen: Exchanges, operation_id: str, call: Callable[[Kalshi], Any]
) -> None:
    for _ in range(DRAWS):
        result, response = accepted(seen, lambda: call(client))
        assert re.fullmatch(path_template(operation_id), response.request.url.path), response.request.url
        assert_parsed(operation_id, response, result)


def test_signed_calls_carry_the_three_headers(client: Kalshi, seen: Exchanges) -> None:
    accepted(seen, client.portfolio.balance)
    sent = seen.responses[-1].request.headers
    assert {"kalshi-access-key", "kalshi-access-timestamp", "kalshi-access-signature"} <= set(sent)


@pytest.mark.parametrize("operation_id", sorted(OPERATION_METHODS))
def test_every_operation_through_the_facade(client: Kalshi, seen: Exchanges, operation_id: str) -> None:
    """Each operation's facade method (from the operation map), with every argument the spec offers."""
    method = facade_method(client, operation_id)
    arguments = facade_arguments(operation_id)

    def call() -> Any:
        with expect_deprecation(operation_id):
            result = method(**arguments)
        return next(iter(result.iter_pages())) if is_paginated(operation_id) else result

    for _ in range(GENERIC_DRAWS):
        result, response = accepted(seen, call)
        assert response.request.method == operations()[operation_id].method
        assert re.fullmatch(path_template(operation_id), response.request.url.path), response.request.url
        assert_parsed(operation_id, response, result)


def test_a_rejection_shows_prisms_reasons(client: Kalshi, prism: Prism) -> None:
    raw = httpx.get(f"{prism.base_url}/milestones", params={"category": "Sports"})
    verdict = prism_verdict(raw.status_code, raw.headers, raw.text)
    assert verdict is not None and "Prism answered 400" in verdict and "'limit'" in verdict
    # The same request through the SDK (its own check bypassed): the typed error carries the reasons.
    unchecked = dataclasses.replace(build_request_spec("get_milestones", limit=5), params={"category": "Sports"})
    with pytest.raises(APIStatusError) as caught:
        client.request(unchecked)
    verdict = prism_verdict(caught.value.status_code, caught.value.headers, caught.value.body)
    assert verdict is not None and "'limit'" in verdict
    assert prism_verdict(200, httpx.Headers(), None) is None
