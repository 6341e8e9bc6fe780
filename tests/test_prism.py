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

from kalshi_api.api import OPERATIONS
from kalshi_sdk import APIStatusError, Kalshi
from kalshi_sdk._operations import build_request_spec
from tests.prism_support import Prism, example_arguments, prism_verdict, run_prism, spec, typing_problems

DRAWS = 5
GENERIC_DRAWS = 3


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prism]:
    try:
        with run_prism(Path(tmp_path_factory.mktemp("prism")) / "prism.log") as server:
            yield server
    except AssertionError as problem:
        pytest.fail(str(problem), pytrace=False)


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
    """Run one SDK call; fail with Prism's reasons unless Prism accepted the request."""
    seen.responses.clear()
    try:
        result = call()
    except APIStatusError as error:
        pytest.fail(prism_verdict(error.status_code, error.headers, error.body) or str(error), pytrace=False)
    response = seen.responses[-1]
    verdict = prism_verdict(response.status_code, response.headers, None)
    if verdict is not None:
        pytest.fail(verdict, pytrace=False)
    return result, response


def assert_parsed(operation: str, response: httpx.Response, result: Any, unwrap: str | None = None) -> None:
    """The SDK's result holds the random body in its typed form (models, enums, datetimes...)."""
    schema = spec().response_schema(operation, response.status_code)
    if schema is None or spec().resolve(schema) == {"type": "object"}:
        assert result is None  # no body, or an empty object: the SDK returns None
        return
    raw = response.json()
    if unwrap is not None:
        schema, raw = spec().resolve(schema)["properties"][unwrap], raw[unwrap]
    problems = typing_problems(schema, result, raw)
    assert not problems, f"{operation}: the parsed result lost types:\n" + "\n".join(problems[:20])


FACADE_CALLS: list[tuple[str, str | None, Callable[[Kalshi], Any]]] = [
    ("get_milestones", None, lambda c: next(iter(c.milestones.list(limit=5, category="Sports").iter_pages()))),
    ("get_milestone", "milestone", lambda c: c.milestones.get("3f1d2c9e-7b4a-4e8f-9a61-2c5d8e7f1b03")),
    ("get_live_data", "live_data", lambda c: c.live_data.get("football_game", "M-1", include_player_stats=True)),
    ("get_live_data_by_milestone", "live_data", lambda c: c.live_data.get(None, "M-1")),
    ("get_live_datas", "live_datas", lambda c: c.live_data.batch(["M-1", "M-2"])),
    ("get_game_stats", None, lambda c: c.live_data.game_stats("M-1")),
    ("get_event_live_data", None, lambda c: c.live_data.for_event("KXNFLGAME-25NOV23KCBUF")),
    ("get_weather_index", None, lambda c: c.live_data.weather("NYC", from_=1_763_900_000, to=1_763_990_000)),
    ("get_weather_index_calibrations", None, lambda c: c.live_data.weather_calibrations("NYC")),
    ("get_exchange_status", None, lambda c: c.exchange.status()),
    ("get_balance", None, lambda c: c.portfolio.balance()),
]


@pytest.mark.parametrize(("operation", "unwrap", "call"), FACADE_CALLS, ids=[c[0] for c in FACADE_CALLS])
def test_facade_calls_are_accepted_and_parse(
    client: Kalshi, seen: Exchanges, operation: str, unwrap: str | None, call: Callable[[Kalshi], Any]
) -> None:
    for _ in range(DRAWS):
        result, response = accepted(seen, lambda: call(client))
        template = re.sub(r"\{[^}]+\}", "[^/]+", spec().by_name(operation).path)
        assert re.fullmatch(template, response.request.url.path), (operation, response.request.url.path)
        assert_parsed(operation, response, result, unwrap)


def test_signed_calls_carry_the_three_headers(client: Kalshi, seen: Exchanges) -> None:
    accepted(seen, client.portfolio.balance)
    sent = seen.responses[-1].request.headers
    assert {"kalshi-access-key", "kalshi-access-timestamp", "kalshi-access-signature"} <= set(sent)


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_every_operation_is_accepted_and_parses(client: Kalshi, seen: Exchanges, operation: str) -> None:
    arguments = example_arguments(operation)
    for _ in range(GENERIC_DRAWS):
        result, response = accepted(seen, lambda: client.request(build_request_spec(operation, **arguments)))
        assert response.request.method == OPERATIONS[operation].method
        assert_parsed(operation, response, result)


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
