"""The fake exchange speaks the spec: Schemathesis generates requests from openapi/openapi.yaml for
every operation the fake serves, valid and malformed ones, signed with the SDK's KalshiAuth, and
checks every answer against the spec. Operations the fake does not serve answer 501.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode, Response
from schemathesis.checks import CheckContext
from schemathesis.specs.openapi.checks import positive_data_acceptance, status_code_conformance

from kalshi_sdk import KalshiAuth
from kalshi_sdk.testing import FakeExchange
from kalshi_sdk.testing._keys import generate_api_key
from kalshi_sdk.testing._router import Router
from kalshi_sdk.testing._routes import build_router, unimplemented_operations
from kalshi_sdk.testing._state import ExchangeState
from tests.support.spec_examples import SPEC_PATH


def _shape(method: str, path: str) -> tuple[str, str]:
    """An operation's method and path with its placeholders unnamed (the generated client renames some)."""
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path)


UNIMPLEMENTED = {_shape(method, path) for _, method, path in unimplemented_operations()}

schema = schemathesis.openapi.from_path(SPEC_PATH).exclude(
    func=lambda ctx: _shape(ctx.operation.method, ctx.operation.path) in UNIMPLEMENTED
)
# Valid and malformed requests; the signing headers are left to the auth below, not generated.
schema.config.generation.update(
    # Called, not attribute access: some Schemathesis releases type the members as plain str.
    modes=[GenerationMode("positive"), GenerationMode("negative")],
    max_examples=10,
    with_security_parameters=False,
)

# One key for the module's exchange; Schemathesis applies the signing itself (and leaves it off to check
# that the fake refuses unsigned requests to authenticated operations).
API_KEY = generate_api_key("schemathesis", "ed25519")


class _Signed(requests.auth.AuthBase):
    """Signs each prepared request (its final path) with the SDK's KalshiAuth."""

    def __init__(self, auth: KalshiAuth) -> None:
        self.auth = auth

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers.update(self.auth.signed_headers(str(request.method), urlsplit(str(request.url)).path))
        return request


SIGNED = _Signed(KalshiAuth(API_KEY.key_id, API_KEY.private_key_pem))
schema.auth.set_from_requests(SIGNED)


@pytest.fixture(scope="module")
def exchange() -> Iterator[FakeExchange]:
    with FakeExchange() as fake:
        fake.register_key(API_KEY.key_id, API_KEY.public_key_pem)
        yield fake
        routes = {(request.method, request.path) for request in fake.requests}
        print(
            f"\nschemathesis: {len(fake.requests)} requests ({len(routes)} distinct method+path) to the fake exchange"
        )


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    with requests.Session() as http:
        yield http


def kalshi_error_body(ctx: CheckContext, response: Response, case: schemathesis.Case[Any]) -> bool | None:
    """Every 4xx (documented or not) carries Kalshi's error body: {"error": {"code": ..., "message": ...}}."""
    if not 400 <= response.status_code < 500:
        return None
    body = response.json()
    error = body.get("error") if isinstance(body, dict) else None
    assert isinstance(error, dict), f"{response.status_code} without an error object: {response.text[:200]}"
    assert isinstance(error.get("code"), str) and error["code"], f"error without a code: {body}"
    assert isinstance(error.get("message"), str) and error["message"], f"error without a message: {body}"
    return True


# Left out: positive_data_acceptance (a schema-valid request may still be refused by a stateful exchange:
# an unknown ticker, a cursor it never issued) and status_code_conformance (the spec lists no 400 or 404
# for many operations, though the real server answers malformed requests with them); kalshi_error_body
# holds every 4xx to Kalshi's error shape instead.
EXCLUDED = [positive_data_acceptance, status_code_conformance]


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_fake_exchange_follows_the_spec(
    case: schemathesis.Case[Any], exchange: FakeExchange, session: requests.Session
) -> None:
    case.call_and_validate(
        base_url=exchange.base_url,
        session=session,
        excluded_checks=EXCLUDED,
        additional_checks=[kalshi_error_body],
    )


@pytest.mark.parametrize(("name", "method", "path"), unimplemented_operations(), ids=lambda value: str(value))
def test_operations_the_fake_does_not_serve_answer_501(
    name: str, method: str, path: str, exchange: FakeExchange, session: requests.Session
) -> None:
    url = exchange.base_url + re.sub(r"\{[^}]*\}", "X", path)
    response = session.request(method, url, json={} if method in ("POST", "PUT") else None, auth=SIGNED)
    assert response.status_code == 501, response.text
    error = response.json()["error"]
    assert error["code"] == "not_implemented"
    assert error["message"] == f"the fake exchange does not implement {name} ({method} {path})"


def test_every_operation_of_the_spec_is_served_or_answered_501() -> None:
    from kalshi_api.api import OPERATIONS

    served = {_shape(method, path) for method, path in _router().patterns()}
    stand_ins = {_shape(method, path) for method, path in _router().patterns(implemented=False)}
    spec = {_shape(op.method, op.path) for op in OPERATIONS.values()}
    assert served | stand_ins == spec and not served & stand_ins
    assert len(served) == len(spec) - len(UNIMPLEMENTED) > 0


def _router() -> Router:
    return build_router(ExchangeState(), max_batch_size=lambda: 1)
