"""Fixtures: key pairs, the fake exchange on 127.0.0.1, and clients pointed at it."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from kalshi_sdk import AsyncKalshi, Kalshi
from kalshi_sdk._base_client import AsyncAPIClient
from kalshi_sdk.testing import FakeExchange

from .support.spec_server import SpecServer

KEY_ID = "test-key-id"


@dataclass(frozen=True)
class KeyPair:
    private_pem: bytes
    public_pem: bytes


def _pair(private_key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey) -> KeyPair:
    return KeyPair(
        private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ),
        private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ),
    )


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--async-transport",
        choices=("httpx", "aiohttp"),
        default="httpx",
        help="what the AsyncKalshi clients of the tests send over: httpx's own transport, or aiohttp "
        "(the pool a client makes for itself is a DefaultAioHttpClient); with aiohttp, only the tests "
        "of the async client run",
    )


_NOT_OVER_AIOHTTP = frozenset({"test_load.py", "test_import_cost.py", "test_coverage.py"})


def _uses_aiohttp(config: pytest.Config) -> bool:
    return bool(config.getoption("--async-transport") == "aiohttp")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not _uses_aiohttp(config):
        return
    # The async client's tests: coroutine tests, and those named for the async client; not those
    # that run the client in a child process or only compare signatures (a second run adds nothing).
    selected = [
        item
        for item in items
        if (item.get_closest_marker("asyncio") or "async" in item.name)
        and item.path.name not in _NOT_OVER_AIOHTTP
    ]
    config.hook.pytest_deselected(items=[item for item in items if item not in selected])
    items[:] = selected


@pytest.fixture(autouse=True, scope="session")
def _async_transport(request: pytest.FixtureRequest) -> Iterator[None]:
    """With --async-transport=aiohttp, an AsyncKalshi's own pool is a DefaultAioHttpClient."""
    if not _uses_aiohttp(request.config):
        yield
        return
    from kalshi_sdk import DefaultAioHttpClient

    def new_http(self: AsyncAPIClient) -> Any:
        return DefaultAioHttpClient(**self._http_options())

    patch = pytest.MonkeyPatch()
    patch.setattr(AsyncAPIClient, "_new_http", new_http)
    yield
    patch.undo()


@pytest.fixture(scope="session")
def rsa_keys() -> KeyPair:
    return _pair(rsa.generate_private_key(public_exponent=65537, key_size=2048))


@pytest.fixture(scope="session")
def other_rsa_keys() -> KeyPair:
    return _pair(rsa.generate_private_key(public_exponent=65537, key_size=2048))


@pytest.fixture(scope="session")
def ed25519_keys() -> KeyPair:
    return _pair(ed25519.Ed25519PrivateKey.generate())


@pytest.fixture(autouse=True)
def _no_credentials_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up a developer's real Kalshi credentials."""
    for name in ("KALSHI_API_KEY_ID", "KALSHI_PRIVATE_KEY_PATH", "KALSHI_PRIVATE_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def exchange(rsa_keys: KeyPair) -> Iterator[FakeExchange]:
    with FakeExchange() as fake:
        fake.register_key(KEY_ID, rsa_keys.public_pem)
        yield fake


@pytest.fixture
def client(exchange: FakeExchange, rsa_keys: KeyPair) -> Iterator[Kalshi]:
    with Kalshi(base_url=exchange.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as kalshi:
        yield kalshi


@pytest.fixture
def public_client(exchange: FakeExchange) -> Iterator[Kalshi]:
    with Kalshi(base_url=exchange.base_url) as kalshi:
        yield kalshi


@pytest.fixture
async def async_client(exchange: FakeExchange, rsa_keys: KeyPair) -> AsyncIterator[AsyncKalshi]:
    async with AsyncKalshi(base_url=exchange.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as kalshi:
        yield kalshi


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def spec_server() -> Iterator[SpecServer]:
    """The spec-checking loopback server (tests/support/spec_server.py), shared by the session."""
    with SpecServer() as server:
        yield server


@pytest.fixture
def spec_client(spec_server: SpecServer, rsa_keys: KeyPair) -> Iterator[Kalshi]:
    spec_server.clear()
    with Kalshi(base_url=spec_server.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as kalshi:
        yield kalshi


@pytest.fixture
async def async_spec_client(spec_server: SpecServer, rsa_keys: KeyPair) -> AsyncIterator[AsyncKalshi]:
    spec_server.clear()
    async with AsyncKalshi(
        base_url=spec_server.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem
    ) as kalshi:
        yield kalshi
