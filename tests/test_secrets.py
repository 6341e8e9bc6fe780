"""Secret hygiene: the private key and request signatures appear nowhere a failing call leaves text.

Failing calls of every kind (rejected signature, retries spent, broken connection, timeout, refused
connection, unreadable body, bad input, bad key) are made with every logger at DEBUG. Then the
text of everything they produced is gathered: each exception's str, repr and formatted traceback
with its whole cause/context chain, the attributes of those exceptions (walked a few levels
deep), every log record, and the repr of the client and its copies. None of it may contain the
private key (its PEM, its base64 body, its numbers) or any signature the server received.
"""

from __future__ import annotations

import base64
import logging
import traceback
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key

from kalshi_sdk import Kalshi, KalshiAuth, KalshiError, RetryPolicy
from kalshi_sdk._operations import build_request_spec

from .conftest import KEY_ID, KeyPair
from .fault_server import FAST_RETRIES, Fault, FaultServer, order_spec

ATTEMPTS = FAST_RETRIES.max_retries + 1
SIGNATURE = "kalshi-access-signature"


def secret_strings(keys: KeyPair) -> list[str]:
    """Every form in which the private key could leak."""
    pem = keys.private_pem.decode()
    body_lines = [line for line in pem.splitlines() if line and not line.startswith("-----")]
    key = load_pem_private_key(keys.private_pem, password=None)
    assert isinstance(key, RSAPrivateKey)
    numbers = key.private_numbers()
    forms = [pem, "".join(body_lines), *body_lines]
    for number in (numbers.d, numbers.p, numbers.q, numbers.dmp1, numbers.dmq1, numbers.iqmp):
        forms += [str(number), format(number, "x")]
    # Also the key as a bytes repr, as it would show if the PEM bytes were printed.
    forms.append(repr(keys.private_pem)[2:60])
    return forms


def text_of(value: Any, depth: int = 0, seen: set[int] | None = None) -> str:
    """The repr of a value and of everything reachable through its attributes and items (a few levels)."""
    seen = set() if seen is None else seen
    if id(value) in seen or depth > 4:
        return ""
    seen.add(id(value))
    parts = [repr(value)]
    if isinstance(value, BaseException):
        parts += [str(value), "".join(traceback.format_exception(type(value), value, value.__traceback__))]
        for linked in (value.__cause__, value.__context__):
            if linked is not None:
                parts.append(text_of(linked, depth + 1, seen))
    if isinstance(value, dict):
        parts += [text_of(key, depth + 1, seen) + text_of(item, depth + 1, seen) for key, item in value.items()]
    elif isinstance(value, (list, tuple, set)):
        parts += [text_of(item, depth + 1, seen) for item in value]
    elif hasattr(value, "__dict__") and not isinstance(value, type):
        parts += [text_of(item, depth + 1, seen) for item in vars(value).values()]
    return "\n".join(parts)


@pytest.fixture
def server(other_rsa_keys: KeyPair) -> Iterator[FaultServer]:
    # The server knows a different key for KEY_ID, so every signed request is answered 401.
    with FaultServer(public_key_pem=other_rsa_keys.public_pem, key_id=KEY_ID) as fault_server:
        yield fault_server


def test_nothing_a_failing_call_produces_holds_a_secret(
    server: FaultServer, rsa_keys: KeyPair, closed_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's, httpcore's
    errors: list[BaseException] = []
    options: dict[str, Any] = {"api_key_id": KEY_ID, "private_key": rsa_keys.private_pem, "rate_limit": None}

    def attempt(call: Any) -> None:
        with pytest.raises((KalshiError, ValueError, TypeError)) as caught:
            call()
        errors.append(caught.value)

    with Kalshi(base_url=server.base_url, retry_policy=FAST_RETRIES, timeout=0.2, **options) as client:
        attempt(lambda: client.request(build_request_spec("get_orders")))  # 401: the signature does not verify
        server.inject(Fault.status_error(503), count=ATTEMPTS)
        attempt(lambda: client.request(build_request_spec("get_orders")))  # retries spent, warnings logged
        server.inject(Fault.close_mid_body(), count=ATTEMPTS)
        attempt(lambda: client.request(order_spec(str(uuid.uuid4()))))  # cut mid-body, every attempt
        server.inject(Fault.slow(), count=ATTEMPTS)
        attempt(lambda: client.request(build_request_spec("get_orders")))  # timeouts
        server.inject(Fault.truncated_json(), count=ATTEMPTS)
        attempt(lambda: client.exchange.status())  # unreadable body
        attempt(lambda: client.request(build_request_spec("get_order", order_id="")))  # bad input
        copies = [client, client.with_options(max_retries=0), client.with_options(retry_policy=RetryPolicy())]
        client_text = [text_of(copy) + str(copy) for copy in copies]
    with Kalshi(base_url=f"http://127.0.0.1:{closed_port}/trade-api/v2", retry_policy=FAST_RETRIES, **options) as gone:
        attempt(lambda: gone.request(build_request_spec("get_orders")))  # connection refused
    mangled = rsa_keys.private_pem[:100] + b"AAAA" + rsa_keys.private_pem[104:]
    attempt(lambda: Kalshi(api_key_id=KEY_ID, private_key=mangled))  # an unreadable key
    attempt(lambda: KalshiAuth(KEY_ID, rsa_keys.private_pem[:-40]))  # a truncated key

    signatures = [r.headers[SIGNATURE] for r in server.requests if SIGNATURE in r.headers]
    assert len(signatures) >= 10  # the server did see signed requests: there was something to leak
    secrets = [*secret_strings(rsa_keys), *signatures]
    secrets += [base64.b64decode(signature).hex() for signature in signatures]
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    log_text = [formatter.format(record) for record in caplog.records]
    produced = "\n".join([*(text_of(error) for error in errors), *log_text, *client_text])

    assert len(errors) == 9 and len(caplog.records) > 20 and "HTTP 401" in produced
    assert any(record.name.startswith("httpcore") for record in caplog.records)  # third-party logs were on
    leaked = [secret[:16] + "..." for secret in secrets if secret in produced]
    assert leaked == []
    # The scan itself can see a leak: a signature in the output would be found.
    assert [s for s in secrets if s in produced + signatures[0]] == [signatures[0]]


def test_transport_errors_chain_a_copy_without_the_signed_request(closed_port: int, rsa_keys: KeyPair) -> None:
    with Kalshi(
        base_url=f"http://127.0.0.1:{closed_port}/trade-api/v2",
        api_key_id=KEY_ID,
        private_key=rsa_keys.private_pem,
        max_retries=0,
    ) as client:
        with pytest.raises(KalshiError) as caught:
            client.request(build_request_spec("get_orders"))
    cause = caught.value.__cause__
    assert cause is not None and "Connect" in type(cause).__name__
    with pytest.raises(RuntimeError):  # httpx: "The .request property has not been set."
        cause.request  # type: ignore[attr-defined]  # noqa: B018
    assert caught.value.__context__ is None


def test_reprs_name_the_key_id_only(rsa_keys: KeyPair) -> None:
    client = Kalshi(api_key_id=KEY_ID, private_key=rsa_keys.private_pem)
    assert repr(client) == f"Kalshi(base_url='https://external-api.kalshi.com/trade-api/v2', api_key_id='{KEY_ID}')"
    assert repr(client._auth) == f"KalshiAuth(key_id='{KEY_ID}')"


def test_a_generated_private_key_stays_out_of_the_models_repr() -> None:
    from kalshi_api.models import GenerateApiKeyResponse

    secret = "-----BEGIN PRIVATE KEY-----not-a-real-key"
    response = GenerateApiKeyResponse.from_dict({"api_key_id": "key-1", "private_key": secret})
    assert response.private_key == secret and response.to_dict()["private_key"] == secret
    assert secret not in repr(response) and secret not in str(response)
    assert "key-1" in repr(response)
