"""Each operation of the spec, called through its facade method, against a server that checks the spec.

`SpecServer` rejects a request whose method, path, query or body break the spec (400 naming the
rule), and answers with a body shaped by the response schema. The arguments come from the spec's
own parameters and request bodies, so a facade method that lacks one of the spec's arguments
fails here with a TypeError.
"""

from __future__ import annotations

import inspect
import warnings
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from kalshi_sdk import AsyncCursorPage, AsyncKalshi, CursorPage, Kalshi
from kalshi_sdk._operation_map import OPERATION_METHODS

from .conftest import KEY_ID, KeyPair
from .support.spec_examples import example_arguments, load_spec, operations
from .support.spec_server import SpecServer

# Operations sharing a facade method with another need the argument that picks them.
EXTRA_ARGUMENTS: dict[str, dict[str, Any]] = {"GetLiveDataByMilestone": {"type": None}}
# Arguments the spec allows together but the facade refuses to combine.
DROPPED_ARGUMENTS: dict[str, tuple[str, ...]] = {
    "DecreaseOrderV2": ("reduce_to",),
    "ProposeBlockTrade": ("buyer_subaccount", "seller_subaccount"),
    "AcceptBlockTradeProposal": ("subaccount",),
}

ALL_OPERATIONS = sorted(OPERATION_METHODS)


def facade_arguments(operation_id: str) -> dict[str, Any]:
    arguments = example_arguments(operation_id)
    for name in DROPPED_ARGUMENTS.get(operation_id, ()):
        arguments.pop(name, None)
    arguments.update(EXTRA_ARGUMENTS.get(operation_id, {}))
    return arguments


def is_paginated(operation_id: str) -> bool:
    return any(parameter.name == "cursor" for parameter in operations()[operation_id].parameters)


def facade_method(client: Any, operation_id: str) -> Any:
    resource, method = OPERATION_METHODS[operation_id].split(".")
    return getattr(getattr(client, resource), method)


def is_deprecated(operation_id: str) -> bool:
    info = operations()[operation_id]
    return bool(load_spec()["paths"][info.path][info.method.lower()].get("deprecated"))


def expect_deprecation(operation_id: str) -> Any:
    if is_deprecated(operation_id):
        return pytest.warns(DeprecationWarning)
    return warnings.catch_warnings()


@pytest.fixture(scope="module")
def server() -> Iterator[SpecServer]:
    with SpecServer() as spec_server:
        yield spec_server


@pytest.fixture
def sync_client(server: SpecServer, rsa_keys: KeyPair) -> Iterator[Kalshi]:
    server.clear()
    with Kalshi(base_url=server.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as client:
        yield client


@pytest.fixture
async def async_client(server: SpecServer, rsa_keys: KeyPair) -> AsyncIterator[AsyncKalshi]:
    server.clear()
    async with AsyncKalshi(base_url=server.base_url, api_key_id=KEY_ID, private_key=rsa_keys.private_pem) as client:
        yield client


def check_hits(server: SpecServer, operation_id: str) -> None:
    hits = [hit.operation_id for hit in server.hits]
    assert hits, f"{operation_id}: nothing reached the server"
    assert set(hits) == {operation_id}, f"{operation_id}: the server saw {hits}"
    rejected = [hit for hit in server.hits if hit.status >= 400]
    assert not rejected, f"{operation_id}: the server rejected {[(hit.status, hit.violations) for hit in rejected]}"


@pytest.mark.parametrize("operation_id", ALL_OPERATIONS)
def test_operation_through_the_sync_client(operation_id: str, server: SpecServer, sync_client: Kalshi) -> None:
    with expect_deprecation(operation_id):
        result = facade_method(sync_client, operation_id)(**facade_arguments(operation_id))
    if is_paginated(operation_id):
        assert isinstance(result, CursorPage), f"{operation_id} has a cursor and should return a CursorPage"
        assert not server.hits, "a page object sends nothing until iterated"
        first_page = next(iter(result.iter_pages()))
        assert first_page is not None
    check_hits(server, operation_id)


@pytest.mark.parametrize("operation_id", ALL_OPERATIONS)
async def test_operation_through_the_async_client(
    operation_id: str, server: SpecServer, async_client: AsyncKalshi
) -> None:
    method = facade_method(async_client, operation_id)
    with expect_deprecation(operation_id):
        result = method(**facade_arguments(operation_id))
        if inspect.isawaitable(result):
            result = await result
    if is_paginated(operation_id):
        assert isinstance(result, AsyncCursorPage), f"{operation_id} should return an AsyncCursorPage"
        async for first_page in result.iter_pages():
            assert first_page is not None
            break
    check_hits(server, operation_id)
