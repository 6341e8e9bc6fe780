"""Request signing, credentials and secret hygiene, checked by the fake exchange's verifier."""

from __future__ import annotations

import base64
import logging
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from kalshi_sdk import AsyncKalshi, AuthenticationError, Kalshi, KalshiAuth, MissingCredentialsError
from kalshi_sdk.testing import FakeExchange

from .conftest import KEY_ID, KeyPair


def test_signed_request_is_accepted(exchange: FakeExchange, client: Kalshi) -> None:
    balance = client.portfolio.balance()
    assert isinstance(balance.balance, int)
    headers = exchange.requests[-1].headers
    assert headers["kalshi-access-key"] == KEY_ID
    assert headers["kalshi-access-timestamp"].isdigit()


def test_signature_covers_timestamp_method_and_path_without_query(rsa_keys: KeyPair) -> None:
    auth = KalshiAuth(KEY_ID, rsa_keys.private_pem)
    request = httpx.Request("GET", "https://x.test/trade-api/v2/portfolio/balance?subaccount=1")
    signed = next(auth.auth_flow(request))
    timestamp = signed.headers["KALSHI-ACCESS-TIMESTAMP"]
    public_key = serialization.load_pem_public_key(rsa_keys.public_pem)
    public_key.verify(  # type: ignore[union-attr,call-arg]
        base64.b64decode(signed.headers["KALSHI-ACCESS-SIGNATURE"]),
        f"{timestamp}GET/trade-api/v2/portfolio/balance".encode(),
        padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH),  # type: ignore[arg-type]
        hashes.SHA256(),
    )


def test_every_attempt_is_signed_afresh(rsa_keys: KeyPair) -> None:
    auth = KalshiAuth(KEY_ID, rsa_keys.private_pem)
    first = auth.signed_headers("GET", "/trade-api/v2/portfolio/balance", timestamp_ms=1_000)
    second = auth.signed_headers("GET", "/trade-api/v2/portfolio/balance", timestamp_ms=2_000)
    assert first["KALSHI-ACCESS-SIGNATURE"] != second["KALSHI-ACCESS-SIGNATURE"]


def test_ed25519_key_is_accepted(exchange: FakeExchange, ed25519_keys: KeyPair) -> None:
    exchange.register_key("ed-key", ed25519_keys.public_pem)
    with Kalshi(base_url=exchange.base_url, api_key_id="ed-key", private_key=ed25519_keys.private_pem) as kalshi:
        assert kalshi.portfolio.balance().balance is not None


def test_wrong_key_maps_to_authentication_error(exchange: FakeExchange, other_rsa_keys: KeyPair) -> None:
    with Kalshi(base_url=exchange.base_url, api_key_id=KEY_ID, private_key=other_rsa_keys.private_pem) as kalshi:
        with pytest.raises(AuthenticationError) as caught:
            kalshi.portfolio.balance()
    assert caught.value.status_code == 401
    assert caught.value.code
    assert caught.value.path.endswith("/portfolio/balance")


def test_missing_credentials_raise_before_sending(exchange: FakeExchange, public_client: Kalshi) -> None:
    with pytest.raises(MissingCredentialsError, match="KALSHI_API_KEY_ID") as caught:
        public_client.portfolio.balance()
    assert "KALSHI_PRIVATE_KEY_PATH" in str(caught.value)
    assert exchange.requests == []
    # Public endpoints still work without credentials.
    assert public_client.exchange.status().exchange_active is True


def test_credentials_from_environment_path(
    exchange: FakeExchange, rsa_keys: KeyPair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "key.pem"
    key_file.write_bytes(rsa_keys.private_pem)
    monkeypatch.setenv("KALSHI_API_KEY_ID", KEY_ID)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PATH", str(key_file))
    with Kalshi(base_url=exchange.base_url) as kalshi:
        assert kalshi.has_credentials
        kalshi.portfolio.balance()


def test_credentials_from_environment_text_with_escaped_newlines(
    exchange: FakeExchange, rsa_keys: KeyPair, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KALSHI_API_KEY_ID", KEY_ID)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", rsa_keys.private_pem.decode().replace("\n", "\\n"))
    with Kalshi(base_url=exchange.base_url) as kalshi:
        kalshi.portfolio.balance()


def test_key_file_argument(exchange: FakeExchange, rsa_keys: KeyPair, tmp_path: Path) -> None:
    key_file = tmp_path / "key.pem"
    key_file.write_bytes(rsa_keys.private_pem)
    with Kalshi(base_url=exchange.base_url, api_key_id=KEY_ID, private_key_path=str(key_file)) as kalshi:
        kalshi.portfolio.balance()


def test_half_given_credentials_are_errors(rsa_keys: KeyPair, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="private_key"):
        Kalshi(api_key_id=KEY_ID)
    with pytest.raises(ValueError, match="api_key_id"):
        Kalshi(private_key=rsa_keys.private_pem)
    monkeypatch.setenv("KALSHI_API_KEY_ID", KEY_ID)
    with pytest.raises(ValueError, match="KALSHI_PRIVATE_KEY_PATH"):
        Kalshi()


def test_unreadable_key_error_does_not_echo_it() -> None:
    secret = "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LXNlY3JldA==\n-----END PRIVATE KEY-----\n"
    with pytest.raises(ValueError) as caught:
        Kalshi(api_key_id=KEY_ID, private_key=secret)
    assert "c2VjcmV0" not in str(caught.value)


def test_secrets_never_show_in_repr_errors_or_logs(
    exchange: FakeExchange, other_rsa_keys: KeyPair, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    key_body = "".join(other_rsa_keys.private_pem.decode().splitlines()[1:-1])
    with Kalshi(base_url=exchange.base_url, api_key_id=KEY_ID, private_key=other_rsa_keys.private_pem) as kalshi:
        with pytest.raises(AuthenticationError) as caught:
            kalshi.portfolio.balance()
        seen = " ".join([repr(kalshi), repr(kalshi._auth), str(caught.value), repr(caught.value),
                         repr(vars(caught.value)), caplog.text])
    signature = exchange.requests[-1].headers["kalshi-access-signature"]
    assert signature and signature not in seen
    assert key_body[:40] not in seen and key_body[-40:] not in seen


async def test_async_signed_and_wrong_key(exchange: FakeExchange, async_client: AsyncKalshi,
                                          other_rsa_keys: KeyPair) -> None:
    assert (await async_client.portfolio.balance()).balance is not None
    async with AsyncKalshi(base_url=exchange.base_url, api_key_id=KEY_ID,
                           private_key=other_rsa_keys.private_pem) as kalshi:
        with pytest.raises(AuthenticationError):
            await kalshi.portfolio.balance()
    async with AsyncKalshi(base_url=exchange.base_url) as anonymous:
        with pytest.raises(MissingCredentialsError):
            await anonymous.portfolio.balance()


def test_a_client_may_ignore_credentials_in_the_environment(
    exchange: FakeExchange, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KALSHI_API_KEY_ID", KEY_ID)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY", "not a key")
    with pytest.raises(ValueError, match="not a readable PEM private key"):
        Kalshi(base_url=exchange.base_url)
    with Kalshi(base_url=exchange.base_url, credentials_from_env=False) as public:
        assert not public.has_credentials
        assert public.exchange.status().exchange_active
        with pytest.raises(MissingCredentialsError):
            public.portfolio.balance()
